// Run by the build in a child process (its output goes nowhere), once per cache: runs commands
// on the bundled article so V8 compiles what a real run compiles, then writes the code cache.
// `node scripts/make-code-cache.cjs` makes dist/cli.cjs.cache from every command in every mode;
// `… quotes` makes dist/cli.cjs.quotes.cache from the plain and JSON runs of quotes only.
'use strict';
const fs = require('node:fs');
const { loadBundle, BUNDLE, PIPED_CACHES } = require('../bin/load-bundle.js');

const PIPED = {
  print: [['print'], ['print', '--json']],
  search: [['search', 'security'], ['search', '-c', '-w', 'Iran'], ['search', '--json', '-C', '1', 'Iraq']],
  people: [['people'], ['people', '--json']],
  quotes: [['quotes'], ['quotes', '--json']],
};
// what a terminal shows (`--color always` takes the terminal layout off a terminal too)
const TERMINAL = {
  print: [['print', '--color', 'always'], ['print', '--color', 'always', '--numbered']],
  search: [['search', '--color', 'always', 'security']],
  people: [['people', '--color', 'always']],
  quotes: [['quotes', '--color', 'always']],
};
const ALL = [
  ...PIPED.print, ['print', '--color', 'always', '--numbered'], ...PIPED.search,
  ...PIPED.people, ...PIPED.quotes, ['quotes', '--color', 'always'],
];

(async () => {
  const name = process.argv[2];
  const command = name?.replace(/\.tty$/, '');
  if (name !== undefined && !PIPED_CACHES.has(command)) throw new Error(`no cache named ${name}`);
  // (loaded without a cache: the file does not exist yet)
  const { exports, script, spare } = loadBundle(name ?? 'none');
  for (const args of name ? (name.endsWith('.tty') ? TERMINAL : PIPED)[command] : ALL) await exports.main([process.execPath, 'article', ...args], spare);
  fs.writeFileSync(name ? `${BUNDLE}.${name}.cache` : `${BUNDLE}.cache`, script.createCachedData());
  process.exitCode = 0;
})();
