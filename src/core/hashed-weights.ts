// The person tagger's weights as a hash table in one binary blob, so loading is a file read
// and two typed-array views instead of parsing megabytes of JSON.
//
// Layout (little-endian): "APW1", slot count N (power of two), scale (float32), then N int32
// fingerprints (0 = empty slot), then N × 3 int16 weights (weight = int16 × scale).
// A feature goes to slot (first hash) & (N-1), probing linearly; the second hash identifies it.

const MAGIC = 0x31575041; // "APW1"
const HEADER = 12;

/** Two independent 32-bit hashes in one pass: [slot hash, fingerprint (never 0)]. */
function hashes(s: string, out: Int32Array): void {
  let a = 0x811c9dc5;
  let b = 0x9747b28c;
  for (let i = 0; i < s.length; i++) {
    const c = s.charCodeAt(i);
    a = Math.imul(a ^ c, 0x01000193);
    b = Math.imul(b ^ c, 0x5bd1e995);
    b ^= b >>> 15;
  }
  out[0] = a;
  out[1] = b | 1;
}

export class HashedWeights {
  private readonly mask: number;
  constructor(private readonly fingerprints: Int32Array, private readonly weights: Int16Array, private readonly scale: number) {
    this.mask = fingerprints.length - 1;
  }

  private readonly h = new Int32Array(2);

  /** Adds the feature's three weights into scores; unknown features add nothing. */
  addInto(feature: string, scores: number[]): void {
    hashes(feature, this.h);
    const fp = this.h[1]!;
    for (let slot = this.h[0]! & this.mask; ; slot = (slot + 1) & this.mask) {
      const here = this.fingerprints[slot]!;
      if (here === 0) return;
      if (here === fp) {
        const k = slot * 3;
        scores[0]! += this.weights[k]! * this.scale;
        scores[1]! += this.weights[k + 1]! * this.scale;
        scores[2]! += this.weights[k + 2]! * this.scale;
        return;
      }
    }
  }

  static decode(bytes: Uint8Array): HashedWeights {
    const view = new DataView(bytes.buffer, bytes.byteOffset, bytes.byteLength);
    if (bytes.byteLength < HEADER || view.getUint32(0, true) !== MAGIC) throw new Error('not a person-model file');
    const slots = view.getUint32(4, true);
    const scale = view.getFloat32(8, true);
    // typed-array views need aligned offsets; a Buffer from readFileSync usually is aligned
    let buffer = bytes.buffer;
    let base = bytes.byteOffset + HEADER;
    if (base % 4 !== 0) {
      const copy = new Uint8Array(bytes.byteLength - HEADER);
      copy.set(bytes.subarray(HEADER));
      buffer = copy.buffer;
      base = 0;
    }
    return new HashedWeights(new Int32Array(buffer, base, slots), new Int16Array(buffer, base + slots * 4, slots * 3), scale);
  }

  /** Builds the blob from feature → [w0, w1, w2]; slots are a power of two at most 62% full. */
  static encode(entries: Map<string, number[]>): Uint8Array {
    let slots = 1024;
    while (entries.size / slots > 0.62) slots *= 2;
    let max = 0;
    for (const w of entries.values()) for (const x of w) max = Math.max(max, Math.abs(x));
    const scale = max > 0 ? max / 32767 : 1;
    const out = new Uint8Array(HEADER + slots * 4 + slots * 6);
    const view = new DataView(out.buffer);
    view.setUint32(0, MAGIC, true);
    view.setUint32(4, slots, true);
    view.setFloat32(8, scale, true);
    const fingerprints = new Int32Array(out.buffer, HEADER, slots);
    const weights = new Int16Array(out.buffer, HEADER + slots * 4, slots * 3);
    const realScale = view.getFloat32(8, true);
    const h = new Int32Array(2);
    for (const [feature, w] of entries) {
      hashes(feature, h);
      const fp = h[1]!;
      let slot = h[0]! & (slots - 1);
      while (fingerprints[slot] !== 0) {
        if (fingerprints[slot] === fp) throw new Error(`hash collision on ${feature}`);
        slot = (slot + 1) & (slots - 1);
      }
      fingerprints[slot] = fp;
      for (let k = 0; k < 3; k++) weights[slot * 3 + k] = Math.round(w[k]! / realScale);
    }
    return out;
  }
}
