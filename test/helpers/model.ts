// Loads the shipped model and the built given-name table for unit tests of the extractors.
import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import { decodeGivenNames } from '../../src/core/lexicon/given-names.js';
import { HashedWeights } from '../../src/core/hashed-weights.js';
import { ROOT } from './cli.js';

export const MODEL = HashedWeights.decode(readFileSync(join(ROOT, 'data', 'people-model.bin')));
export const GIVEN_NAMES = decodeGivenNames(readFileSync(join(ROOT, 'dist', 'given-names.bin')));
