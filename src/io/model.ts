// Loads the shipped tagger weights (data/people-model.bin) and the given-name table once, on
// first use, into memory the loader lent when there is room (see lendMemory).
import { closeSync, fstatSync, openSync, readSync } from 'node:fs';
import { join } from 'node:path';
import type { PersonModel } from '../core/person-tagger.js';
import { HashedWeights } from '../core/hashed-weights.js';
import { decodeGivenNames, type GivenNames } from '../core/lexicon/given-names.js';

let model: PersonModel | undefined;
let givenNames: GivenNames | undefined;

let lent: Buffer | undefined;
let lentUsed = 0;

/**
 * Memory bin/load-bundle.js has already touched (it read the bundle and its code cache there).
 * The two tables are read into it rather than into fresh buffers: on some machines a fresh
 * page costs about 10 µs when first touched, and these two are 200 pages. The tables stay
 * there for the life of the process, so only the first loan counts.
 */
export function lendMemory(spare: Buffer): void {
  lent ??= spare;
}

/** A file's bytes, placed in the lent memory (8-byte aligned, for typed-array views) when they fit. */
function readData(file: string): Buffer {
  const fd = openSync(file, 'r');
  try {
    const size = fstatSync(fd).size;
    const at = (lentUsed + 7) & ~7;
    const fits = lent !== undefined && at + size <= lent.length;
    const into = fits ? lent!.subarray(at, at + size) : Buffer.allocUnsafeSlow(size);
    let n = 0;
    while (n < size) {
      const read = readSync(fd, into, n, size - n, n);
      if (read === 0) break;
      n += read;
    }
    if (fits) lentUsed = at + n;
    return into.subarray(0, n);
  } finally {
    closeSync(fd);
  }
}

/** dist/given-names.bin, written by the build beside the bundle. */
export function loadGivenNames(): GivenNames {
  givenNames ??= decodeGivenNames(readData(join(import.meta.dirname, 'given-names.bin')));
  return givenNames;
}

export function loadPersonModel(): PersonModel {
  model ??= HashedWeights.decode(readData(join(import.meta.dirname, '..', 'data', 'people-model.bin')));
  return model;
}
