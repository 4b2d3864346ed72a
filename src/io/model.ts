// Loads the shipped tagger weights (data/people-model.bin) once, on first use.
import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import type { PersonModel } from '../core/person-tagger.js';
import { HashedWeights } from '../core/hashed-weights.js';
import { decodeGivenNames, type GivenNames } from '../core/lexicon/given-names.js';

let model: PersonModel | undefined;
let givenNames: GivenNames | undefined;

/** dist/given-names.bin, written by the build beside the bundle. */
export function loadGivenNames(): GivenNames {
  givenNames ??= decodeGivenNames(readFileSync(join(import.meta.dirname, 'given-names.bin')));
  return givenNames;
}

export function loadPersonModel(): PersonModel {
  model ??= HashedWeights.decode(readFileSync(join(import.meta.dirname, '..', 'data', 'people-model.bin')));
  return model;
}
