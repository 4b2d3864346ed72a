// Bundles the CLI into dist/ with esbuild. chalk and wrap-ansi stay in separate chunks that
// are loaded only when rendering for a terminal, so piped and JSON runs never pay for them.
import { build } from 'esbuild';
import { readFileSync, rmSync } from 'node:fs';

const pkg = JSON.parse(readFileSync(new URL('../package.json', import.meta.url), 'utf8'));
rmSync(new URL('../dist', import.meta.url), { recursive: true, force: true });
await build({
  entryPoints: { cli: 'src/main.ts' },
  outdir: 'dist',
  bundle: true,
  splitting: true,
  format: 'esm',
  platform: 'node',
  // es2022, not node20: for node20 esbuild rewrites \p{…} regex literals into new RegExp() calls
  // made on every use, which costs milliseconds in hot paths.
  target: 'es2022',
  minify: true,
  legalComments: 'none',
  define: { __ARTICLE_VERSION__: JSON.stringify(pkg.version) },
  // commander is CommonJS: give the ESM bundle a require() for its node: built-ins.
  banner: { js: "import{createRequire as __articleRequire}from'node:module';const require=__articleRequire(import.meta.url);" },
  logLevel: 'warning',
});

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
