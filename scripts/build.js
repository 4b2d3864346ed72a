// Builds dist/: one CommonJS bundle of the CLI (esbuild), the given-name table, and V8 code
// caches for the bundle. CommonJS and one file because Node's ES-module loader and each extra
// module cost start-up time; chalk and wrap-ansi sit in the bundle but only run when a
// terminal is rendered.
import { build } from 'esbuild';
import { execFileSync } from 'node:child_process';
import { mkdirSync, readFileSync, rmSync, writeFileSync } from 'node:fs';
import { createRequire } from 'node:module';

/**
 * Commander requires node:child_process when it loads, for subcommands that are separate
 * executables, which this program has none of; loading that module costs every run about two
 * milliseconds. Commander gets a stand-in that loads it only if spawn is ever asked for.
 */
function lazyChildProcess() {
  return {
    name: 'lazy-child-process',
    setup(b) {
      b.onResolve({ filter: /^(?:node:)?child_process$/ }, (args) =>
        /[\\/]node_modules[\\/]commander[\\/]/.test(args.importer) ? { path: 'child_process', namespace: 'lazy-child-process' } : undefined);
      b.onLoad({ filter: /.*/, namespace: 'lazy-child-process' }, () => ({
        contents: "module.exports = { get spawn() { return require('node:child_process').spawn; } };",
        loader: 'js',
      }));
    },
  };
}

const pkg = JSON.parse(readFileSync(new URL('../package.json', import.meta.url), 'utf8'));
rmSync(new URL('../dist', import.meta.url), { recursive: true, force: true });

await build({
  entryPoints: ['src/cli.ts'],
  outfile: 'dist/cli.cjs',
  bundle: true,
  format: 'cjs',
  platform: 'node',
  // es2022, not node20: for node20 esbuild rewrites \p{…} regex literals into new RegExp()
  // calls made on every use.
  target: 'es2022',
  minify: true,
  legalComments: 'none',
  define: { __ARTICLE_VERSION__: JSON.stringify(pkg.version), 'import.meta.url': 'importMeta.url', 'import.meta.dirname': 'importMeta.dirname', 'import.meta.filename': 'importMeta.filename' },
  inject: ['scripts/import-meta-url.js'],
  logLevel: 'warning',
  plugins: [lazyChildProcess()],
});

// esbuild leaves non-ASCII characters inside regular-expression literals. Escaped (\uXXXX means
// the same there and in strings), the bundle is ASCII: the loader reads it as latin1 into a
// one-byte string, with no UTF-8 decoding (bin/load-bundle.js).
{
  const bundle = readFileSync('dist/cli.cjs', 'utf8');
  const hex = (c) => '\\u' + c.toString(16).padStart(4, '0');
  // (a code point past the BMP as its surrogate pair, which a /u pattern reads as one again)
  const ascii = bundle.replace(/[^\x00-\x7f]/gu, (ch) => [...ch].flatMap((c) => {
    const code = c.codePointAt(0);
    return code < 0x10000 ? [hex(code)] : [hex(0xd800 + ((code - 0x10000) >> 10)), hex(0xdc00 + ((code - 0x10000) & 0x3ff))];
  }).join(''));
  // wrapped as Node wraps a CommonJS module, for bin/load-bundle.js to compile as it is
  writeFileSync('dist/cli.cjs', '(function (exports, require, module, __filename, __dirname) {' + ascii + '\n})');
}

// The given-name list ships as a hashed binary beside the bundle (src/core/lexicon/given-names.ts).
await build({
  entryPoints: ['scripts/given-names-bin.ts'],
  outfile: '.cache/given-names-bin.mjs',
  bundle: true,
  platform: 'node',
  format: 'esm',
  target: 'es2022',
  logLevel: 'warning',
});
await import(new URL('../.cache/given-names-bin.mjs', import.meta.url).href);

// the whole cache first, then one per command for plain and JSON output (bin/load-bundle.js)
for (const name of [undefined, 'print', 'search', 'people', 'quotes', 'print.tty', 'search.tty', 'people.tty', 'quotes.tty']) {
  execFileSync(process.execPath, ['scripts/make-code-cache.cjs', ...(name ? [name] : [])], { stdio: ['ignore', 'ignore', 'inherit'] });
}

// The man page, from the built program's own definitions and the README's examples.
const { renderManPage } = createRequire(import.meta.url)('../bin/load-bundle.js').loadBundle('none').exports;
mkdirSync(new URL('../man', import.meta.url), { recursive: true });
const date = new Date(Number(process.env.SOURCE_DATE_EPOCH ?? 0) * 1000 || Date.now()).toISOString().slice(0, 10);
writeFileSync(new URL('../man/article.1', import.meta.url), renderManPage(readFileSync(new URL('../README.md', import.meta.url), 'utf8'), date));
