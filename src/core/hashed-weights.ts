// Feature weights as a hash table in one binary blob, so loading is a file read and two
// typed-array views instead of parsing megabytes of JSON. Used for the person tagger's weights
// and for the given-name table.
//
// Layout (little-endian): "APW2", slot count N (power of two), scale (float32), then N int32
// fingerprints (0 = empty slot), then N × 3 int16 weights (weight = int16 × scale).
// A key is a pair of 32-bit hashes (a, b): it sits at slot a & (N-1) or, probing linearly,
// after it; b (never 0) identifies it there.

const MAGIC = 0x32575041; // "APW2"
const HEADER = 12;

/** A string's key: two independent 32-bit FNV-style hashes in one pass, written into out. */
export function hashString(s: string, out: Int32Array): void {
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

/** Mixes a value into a running 32-bit hash (murmur3's finalizer on the combination). */
export function mix(h: number, v: number): number {
  h = Math.imul(h ^ v, 0xcc9e2d51);
  h = (h << 15) | (h >>> 17);
  h = Math.imul(h, 0x1b873593) + 0xe6546b64;
  h ^= h >>> 16;
  h = Math.imul(h, 0x85ebca6b);
  h ^= h >>> 13;
  return h | 0;
}

export class HashedWeights {
  private readonly mask: number;
  private readonly h = new Int32Array(2);

  constructor(private readonly fingerprints: Int32Array, private readonly weights: Int16Array, private readonly scale: number) {
    this.mask = fingerprints.length - 1;
  }

  /** Where key (a, b)'s three weights start in `weights`, or -1 for an unknown key. */
  private find(a: number, b: number): number {
    const fp = b | 1;
    for (let slot = a & this.mask; ; slot = (slot + 1) & this.mask) {
      const here = this.fingerprints[slot]!;
      if (here === 0) return -1;
      if (here === fp) return slot * 3;
    }
  }

  /** Adds the weights stored under key (a, b) into scores; an unknown key adds nothing. */
  addPair(a: number, b: number, scores: number[]): void {
    const k = this.find(a, b);
    if (k < 0) return;
    scores[0]! += this.weights[k]! * this.scale;
    scores[1]! += this.weights[k + 1]! * this.scale;
    scores[2]! += this.weights[k + 2]! * this.scale;
  }

  /** Adds the weights stored under key (a, b), unscaled, into sums[at..at+2]. */
  addPairInt(a: number, b: number, sums: Int32Array, at: number): void {
    const k = this.find(a, b);
    if (k < 0) return;
    sums[at] = sums[at]! + this.weights[k]!;
    sums[at + 1] = sums[at + 1]! + this.weights[k + 1]!;
    sums[at + 2] = sums[at + 2]! + this.weights[k + 2]!;
  }

  /** Adds the weights stored under a string key into scores. */
  addInto(key: string, scores: number[]): void {
    hashString(key, this.h);
    this.addPair(this.h[0]!, this.h[1]!, scores);
  }

  static decode(bytes: Uint8Array): HashedWeights {
    const view = new DataView(bytes.buffer, bytes.byteOffset, bytes.byteLength);
    if (bytes.byteLength < HEADER || view.getUint32(0, true) !== MAGIC) throw new Error('not a hashed-weights file');
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

  /** Builds the blob from [a, b, weights] entries; slots are a power of two at most 62% full. */
  static encode(entries: [number, number, number[]][]): Uint8Array {
    let slots = 1024;
    while (entries.length / slots > 0.62) slots *= 2;
    let max = 0;
    for (const [, , w] of entries) for (const x of w) max = Math.max(max, Math.abs(x));
    const out = new Uint8Array(HEADER + slots * 4 + slots * 6);
    const view = new DataView(out.buffer);
    view.setUint32(0, MAGIC, true);
    view.setUint32(4, slots, true);
    view.setFloat32(8, max > 0 ? max / 32767 : 1, true);
    const scale = view.getFloat32(8, true);
    const fingerprints = new Int32Array(out.buffer, HEADER, slots);
    const weights = new Int16Array(out.buffer, HEADER + slots * 4, slots * 3);
    for (const [a, b, w] of entries) {
      const fp = b | 1;
      let slot = a & (slots - 1);
      while (fingerprints[slot] !== 0) {
        if (fingerprints[slot] === fp) break; // the same key twice: the later one wins
        slot = (slot + 1) & (slots - 1);
      }
      fingerprints[slot] = fp;
      for (let k = 0; k < 3; k++) weights[slot * 3 + k] = Math.round(w[k]! / scale);
    }
    return out;
  }

  /** encode() for string keys. */
  static encodeStrings(entries: Map<string, number[]>): Uint8Array {
    const h = new Int32Array(2);
    return HashedWeights.encode([...entries].map(([key, w]) => { hashString(key, h); return [h[0]!, h[1]!, w]; }));
  }
}
