// Loads the shipped tagger weights (data/people-model.bin) once, on first use.
import { readFileSync } from 'node:fs';
import { fileURLToPath } from 'node:url';
import type { PersonModel } from '../core/person-tagger.js';
import { HashedWeights } from '../core/hashed-weights.js';
import { parseGivenNames, type GivenNames } from '../core/lexicon/given-names.js';

let model: PersonModel | undefined;
let givenNames: GivenNames | undefined;

/** dist/given-names.tsv, written by the build beside the bundle. */
export function loadGivenNames(): GivenNames {
  givenNames ??= parseGivenNames(readFileSync(fileURLToPath(new URL('./given-names.tsv', import.meta.url)), 'utf8'));
  return givenNames;
}

export function loadPersonModel(): PersonModel {
  model ??= HashedWeights.decode(readFileSync(fileURLToPath(new URL('../data/people-model.bin', import.meta.url))));
  return model;
}
