// Run by the build: writes dist/given-names.bin from the stdlib first-name lists.
import { writeFileSync } from 'node:fs';
// @ts-expect-error plain JavaScript build helper without types
import { givenNamesTable } from './given-names.js';
import { encodeGivenNames, parseGivenNames } from '../src/core/lexicon/given-names.js';

writeFileSync('dist/given-names.bin', encodeGivenNames(parseGivenNames(givenNamesTable() as string)));
