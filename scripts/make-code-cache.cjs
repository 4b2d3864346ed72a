// Run by the build in a child process (its output goes nowhere): runs every command once on
// the bundled article so V8 compiles what a real run compiles, then writes the code cache.
'use strict';
const fs = require('node:fs');
const { loadBundle, BUNDLE } = require('../bin/load-bundle.js');

const RUNS = [
  ['print'], ['print', '--json'], ['print', '--color', 'always', '--numbered'],
  ['search', 'security'], ['search', '-c', '-w', 'Iran'], ['search', '--json', '-C', '1', 'Iraq'],
  ['people'], ['people', '--json'], ['quotes'], ['quotes', '--json'], ['quotes', '--color', 'always'],
];

(async () => {
  const { exports, script } = loadBundle();
  for (const args of RUNS) await exports.main([process.execPath, 'article', ...args]);
  fs.writeFileSync(BUNDLE + '.cache', script.createCachedData());
  process.exitCode = 0;
})();
