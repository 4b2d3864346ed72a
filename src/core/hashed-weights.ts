// The person tagger's weights as a hash table in one binary blob, so loading is a file read
// and two typed-array views instead of parsing megabytes of JSON.
//
// Layout (little-endian): "APW1", slot count N (power of two), scale (float32), then N int32
// fingerprints (0 = empty slot), then N × 3 int16 weights (weight = int16 × scale).
// A feature goes to slot hashA & (N-1), probing linearly; hashB identifies it there.

const MAGIC = 0x31575041; // "APW1"
const HEADER = 12;

function hashA(s: string): number {
  let h = 0x811c9dc5;
  for (let i = 0; i < s.length; i++) { h ^= s.charCodeAt(i); h = Math.imul(h, 0x01000193); }
  return h >>> 0;
}

function hashB(s: string): number {
  let h = 0x9747b28c;
  for (let i = 0; i < s.length; i++) { h = Math.imul(h ^ s.charCodeAt(i), 0x5bd1e995); h ^= h >>> 15; }
  return (h | 1) >>> 0; // never 0, which marks an empty slot
}

export class HashedWeights {
  private readonly mask: number;
  constructor(private readonly fingerprints: Int32Array, private readonly weights: Int16Array, private readonly scale: number) {
    this.mask = fingerprints.length - 1;
  }

  /** Adds the feature's three weights into scores; unknown features add nothing. */
  addInto(feature: string, scores: number[]): void {
    const fp = hashB(feature) | 0;
    for (let slot = hashA(feature) & this.mask; ; slot = (slot + 1) & this.mask) {
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
    // copy into aligned buffers (a Buffer from readFileSync may sit at any offset)
    const aligned = new Uint8Array(bytes.byteLength - HEADER);
    aligned.set(bytes.subarray(HEADER));
    return new HashedWeights(new Int32Array(aligned.buffer, 0, slots), new Int16Array(aligned.buffer, slots * 4, slots * 3), scale);
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
    for (const [feature, w] of entries) {
      const fp = hashB(feature) | 0;
      let slot = hashA(feature) & (slots - 1);
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
