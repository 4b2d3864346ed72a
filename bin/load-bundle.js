// Loads dist/cli.cjs through vm.Script with V8's code cache (made at build time), so start-up
// skips parsing and compiling the bundle: about a third of a run's own time. A cache from
// another Node version is rejected by V8 and the bundle simply compiles as usual.
//
// Deserializing a cache costs time by its size, so a command whose output goes to a pipe or a
// file gets a cache of its own (dist/cli.cjs.<command>.cache: that command's plain and JSON
// runs, without the terminal layout, chalk and wrap-ansi), about 3 ms less than the whole
// one; so does one whose output goes to a terminal or is coloured (dist/cli.cjs.<command>.tty.cache:
// its terminal layout only, about 3 ms less for print). Help and completion take
// dist/cli.cjs.cache. A function missing from the cache chosen is compiled when first called:
// only slower, never wrong.
'use strict';
const fs = require('node:fs');
const path = require('node:path');
const vm = require('node:vm');
const { createRequire } = require('node:module');

const BUNDLE = path.join(__dirname, '..', 'dist', 'cli.cjs');
const PIPED_CACHES = new Set(['print', 'search', 'people', 'quotes']);

/**
 * The command's own cache: for plain text or JSON (`<command>`), or for the terminal layout
 * (`<command>.tty`: stdout a terminal, or colour asked for); none (the whole cache) for help
 * and any other command.
 */
function cacheFor(argv) {
  const command = argv[2];
  if (!PIPED_CACHES.has(command)) return undefined;
  let colour = false;
  for (const arg of argv) {
    if (arg === '-h' || arg === '--help') return undefined;
    if (arg === '--color' || arg.startsWith('--color=')) colour = true;
  }
  try {
    if (colour || fs.fstatSync(1).isCharacterDevice()) return `${command}.tty`;
  } catch {
    return undefined;
  }
  return command;
}

// Every file a run reads at start goes through one buffer: the bundle, then its code cache, then
// (lent to the program, src/io/model.ts) the tagger's weights and the given-name table. On some
// machines a page of fresh memory costs about 10 µs when first touched, more than reading it:
// separate buffers, and a second copy of the bundle, touched three times as many.
const SPARE_SIZE = 1 << 20;

/** The file's bytes, in `spare` when they fit (else in a buffer of their own). */
function readWhole(file, spare) {
  const fd = fs.openSync(file, 'r');
  try {
    const size = fs.fstatSync(fd).size;
    const into = size <= spare.length ? spare : Buffer.allocUnsafe(size);
    let n = 0;
    while (n < size) {
      const read = fs.readSync(fd, into, n, size - n, n);
      if (read === 0) break;
      n += read;
    }
    return into.subarray(0, n);
  } finally {
    fs.closeSync(fd);
  }
}

function loadBundle(cacheName) {
  const spare = Buffer.allocUnsafeSlow(SPARE_SIZE);
  // The build writes the bundle already wrapped as a CommonJS module function, and ASCII, so
  // latin1 reads it straight into a one-byte string: no decoding, no second copy to wrap it.
  const source = readWhole(BUNDLE, spare).toString('latin1');
  let cachedData;
  try {
    cachedData = readWhole(cacheName ? `${BUNDLE}.${cacheName}.cache` : `${BUNDLE}.cache`, spare);
  } catch {
    cachedData = undefined;
  }
  // (V8 reads the cache while compiling: after this, `spare` is free for the program)
  const script = new vm.Script(source, { filename: BUNDLE, cachedData });
  const module = { exports: {} };
  script.runInThisContext().call(module.exports, module.exports, createRequire(BUNDLE), module, BUNDLE, path.dirname(BUNDLE));
  return { exports: module.exports, script, spare };
}

module.exports = { loadBundle, cacheFor, BUNDLE, PIPED_CACHES };
