// Loads the shipped tagger weights (data/people-model.json) once, on first use.
import { readFileSync } from 'node:fs';
import { fileURLToPath } from 'node:url';
import type { PersonModel } from '../core/person-tagger.js';

let model: PersonModel | undefined;

export function loadPersonModel(): PersonModel {
  model ??= JSON.parse(readFileSync(fileURLToPath(new URL('../data/people-model.json', import.meta.url)), 'utf8')) as PersonModel;
  return model;
}
