// Hostile text, bad input, nothing lost, and the package as users install it.
import { describe, expect, it } from 'vitest';
import { execFileSync, spawn, spawnSync } from 'node:child_process';
import { mkdirSync, readFileSync, readdirSync, statSync, writeFileSync } from 'node:fs';
import { join } from 'node:path';
import { ARTICLE, BIN, ESC, ROOT, expectOneLineError, jsonLines, run, runInTerminal, tempDir, tempFile } from './helpers/cli.js';

// Every way text can try to drive a terminal: CSI (clear screen), OSC (window title, OSC 8
// hyperlink), BEL, CR, other C0 controls, DEL, C1 controls (NEL, CSI), bidi overrides/isolates.
const HOSTILE = [
  'Maria Costa said, “We will win.\u001b[2J\u001b]0;pwned\u0007 Truly.” Analysts say security matters.',
  'Visit \u001b]8;;http://evil.example\u001b\\click\u001b]8;;\u001b\\ now.\rOverwritten line. Officials said the plan\u0008\u0008 works.',
  'Omar Haddad noted that \u202eright-to-left\u202c and \u2066isolated\u2069 text is here \u0085 with C1 \u009b31m and DEL \u007f too.',
  'Security\u000b matters, Omar Haddad told reporters.',
].join('\n') + '\n';

// Our own colour codes are the only escapes allowed: SGR sequences, ESC [ digits ; m.
const withoutOurColour = (s: string): string => s.replace(/\u001b\[[0-9;]*m/g, '');
const RAW = /[\u0000-\u0008\u000b-\u001f\u007f-\u009f\u202a-\u202e\u2066-\u2069]/;

describe('hostile text never reaches the terminal raw', () => {
  const file = tempFile(HOSTILE, 'hostile.txt');
  const commands: string[][] = [['print'], ['print', '--sentences'], ['search', 'security'], ['search', '-o', 'said'], ['quotes'], ['people']];

  it.each(commands)('%s piped, --color always and in a terminal', (...args) => {
    for (const extra of [[], ['--color', 'always']]) {
      const r = run([...args, ...extra, file]);
      expect(r.status).toBe(0);
      expect(withoutOurColour(r.stdout)).not.toMatch(RAW);
      if (extra.length === 0) expect(r.stdout).not.toContain(ESC);
    }
    const t = runInTerminal([...args, file], 80);
    expect(withoutOurColour(t.stdout)).not.toMatch(RAW);
  });

  it('is shown as visible stand-ins, so words and offsets stay where they were', () => {
    const out = run(['print', file]).stdout;
    expect(out).toContain('␛[2J');
    expect(out).toContain('␇');
    expect(out).toContain('␍Overwritten');
    expect(out.length).toBe(HOSTILE.length);
  });

  it.each([['print'], ['search', 'security'], ['quotes'], ['people']])('%s --json escapes it and offsets slice the original', (...args) => {
    const r = run([...args, '--json', file]);
    expect(r.stdout.slice(0, -1)).not.toMatch(RAW);
    const [doc] = jsonLines(r.stdout);
    const spans: { start: number; end: number; text: string }[] = [
      ...(doc.paragraphs ?? []).flatMap((p: any) => [p, ...p.sentences]),
      ...(doc.matches ?? []).flatMap((m: any) => [m, m.context]),
      ...(doc.quotes ?? []).flatMap((q: any) => [q, ...(q.speaker ? [q.speaker] : [])]),
      ...(doc.people ?? []).flatMap((p: any) => p.mentions),
    ];
    expect(spans.length).toBeGreaterThan(0);
    for (const s of spans) expect(HOSTILE.slice(s.start, s.end)).toBe(s.text);
  });
});

describe('bad input: exit 2, nothing on stdout, one line naming the input and the problem', () => {
  const dir = tempDir();
  const binary = tempFile(Buffer.from([0x66, 0x6f, 0x00, 0x6f]), 'binary.bin');
  const cases: [string, string[], RegExp][] = [
    ['missing path', ['print', join(dir, 'missing.txt')], /^article: .*missing\.txt: no such file\n$/],
    ['directory', ['people', dir], new RegExp(`^article: ${dir}: is a directory\\n$`)],
    ['binary data', ['quotes', binary], /^article: .*binary\.bin: binary data \(a NUL byte\), not text\n$/],
    ['unreadable file', ['print', '/proc/self/mem'], /^article: \/proc\/self\/mem: input\/output error \(unreadable\)\n$/],
    ['invalid regex', ['search', '[a-'], /^article: invalid pattern "\[a-": Unterminated character class\n$/],
    ['unknown command', ['summarize'], /^article: unknown command 'summarize'\n$/],
    ['unknown option', ['people', '--bogus'], /^article: unknown option '--bogus'\n$/],
    ['negative width', ['print', '--width', '-5'], /^article: .*\n$/],
    ['width not a number', ['print', '--width', 'abc'], /^article: .*'abc' is invalid.*\n$/],
    ['choice outside the list', ['print', '--color', 'purple'], /^article: .*purple.*\n$/],
    ['sort outside the list', ['people', '--sort', 'height'], /^article: .*height.*\n$/],
    ['kind outside the list', ['quotes', '--kind', 'rumour'], /^article: .*rumour.*\n$/],
  ];
  it.each(cases)('%s', (_name, args, message) => expectOneLineError(args, message));

  it('a pathological regex stops in bounded time', () => {
    const file = tempFile('a'.repeat(40000) + '!\n');
    const started = Date.now();
    const r = run(['search', '^(a|aa)+$', file]);
    expect(Date.now() - started).toBeLessThan(5000);
    expect([r.status, r.stdout]).toEqual([2, '']);
  });

  it('invalid UTF-8: one line naming the input, exit 2, nothing on stdout, for every command', () => {
    const file = tempFile(Buffer.concat([Buffer.from('Maria Costa said it works. '), Buffer.from([0xc3, 0x28]), Buffer.from('\n')]));
    for (const args of [['print'], ['people'], ['quotes'], ['search', 'x'], ['people', '--json']]) {
      const r = run([...args, file]);
      expect([r.status, r.stdout]).toEqual([2, '']);
      expect(r.stderr).toBe(`article: ${file}: not UTF-8 text (invalid byte 0xC3 at offset 27); convert it first, e.g. iconv -f latin1 -t utf-8\n`);
    }
  });

  it('empty file and empty stdin: one line, exit 2, nothing on stdout, for every command', () => {
    const empty = tempFile('');
    for (const args of [['print'], ['people'], ['quotes'], ['search', 'x'], ['quotes', '--json']]) {
      expect(run([...args, empty])).toEqual({ status: 2, stdout: '', stderr: `article: ${empty}: empty, no article to read\n` });
      expect(run([...args, '-'], { input: '' })).toEqual({ status: 2, stdout: '', stderr: 'article: stdin: empty, no article to read\n' });
    }
  });

  it('a byte-order mark and nothing else is empty too; overlong and surrogate encodings are not UTF-8', () => {
    expect(run(['print', tempFile(Buffer.from([0xef, 0xbb, 0xbf]))]).stderr).toMatch(/: empty, no article to read\n$/);
    // "A" written in two bytes, and U+D800 written in three: both decoders must refuse them
    expect(run(['print', tempFile(Buffer.from([0x41, 0xc1, 0x81]))]).stderr).toMatch(/invalid byte 0xC1 at offset 1\)/);
    expect(run(['print', tempFile(Buffer.from([0xef, 0xbb, 0xbf, 0x41, 0xed, 0xa0, 0x80]))]).stderr).toMatch(/invalid byte 0xED at offset 4\)/);
  });

  it('UTF-16 with a lone surrogate or an odd byte is an error, not U+FFFD', () => {
    const lone = tempFile(Buffer.from([0xff, 0xfe, 0x41, 0x00, 0x00, 0xd8, 0x42, 0x00]));
    expect(run(['print', lone])).toEqual({ status: 2, stdout: '', stderr: `article: ${lone}: not UTF-16LE text after its byte-order mark (an odd byte count or a lone surrogate)\n` });
    const odd = tempFile(Buffer.from([0xfe, 0xff, 0x00, 0x41, 0x00]));
    expect(run(['print', odd]).stderr).toMatch(/: not UTF-16BE text after its byte-order mark/);
  });

  it('UTF-16 with a byte-order mark is decoded (both byte orders)', () => {
    const le = tempFile(Buffer.concat([Buffer.from([0xff, 0xfe]), Buffer.from('Maria Costa said it works.\n', 'utf16le')]));
    const beBody = Buffer.from('Maria Costa said it works.\n', 'utf16le').swap16();
    const be = tempFile(Buffer.concat([Buffer.from([0xfe, 0xff]), beBody]));
    for (const f of [le, be]) expect(run(['people', f]).stdout).toBe('Maria Costa\t1\t\n');
  });
});

describe('nothing lost', () => {
  it('10 MB of output through cat and wc -c delivers every byte', () => {
    const big = tempFile(ARTICLE.repeat(Math.ceil(10_000_000 / ARTICLE.length)));
    const r = spawnSync('bash', ['-c', `'${process.execPath}' '${BIN}' print '${big}' | cat | wc -c`], { encoding: 'utf8' });
    expect(Number(r.stdout.trim())).toBe(statSync(big).size);
  });

  it.each([['print'], ['search', 'security'], ['quotes'], ['people'], ['print', '--json']])('%s | head -1 ends quietly with 0', (...args) => {
    const big = tempFile(ARTICLE.repeat(400));
    const r = spawnSync('bash', ['-c', `set -o pipefail; '${process.execPath}' '${BIN}' ${args.join(' ')} '${big}' | head -1 >/dev/null`], { encoding: 'utf8' });
    expect(r.stderr).toBe('');
    expect(r.status).toBe(0);
  });

  // (a reader that is gone before anything is written: `true` exits at once)
  it.each([['--help'], ['quotes', '--help'], ['-V']])('%s into a closed pipe ends quietly with 0', (...args) => {
    const r = spawnSync('bash', ['-c', `set -o pipefail; '${process.execPath}' '${BIN}' ${args.join(' ')} | true`], { encoding: 'utf8' });
    expect(r.stderr).toBe('');
    expect(r.status).toBe(0);
  });

  it('eight instances in parallel give the same output as serial runs', async () => {
    const dir = tempDir();
    const files = Array.from({ length: 8 }, (_, i) => {
      const f = join(dir, `doc${i}.txt`);
      writeFileSync(f, `Story ${i}. ` + ARTICLE.split('\n').slice(i % 4).join('\n'));
      return f;
    });
    const serial = files.map((f) => run(['quotes', '--json', f]).stdout);
    const parallel = await Promise.all(files.map((f) => new Promise<string>((done) => {
      const child = spawn(process.execPath, [BIN, 'quotes', '--json', f], { stdio: ['ignore', 'pipe', 'ignore'] });
      let out = '';
      child.stdout.on('data', (d) => { out += d; });
      child.on('close', () => done(out));
    })));
    expect(parallel).toEqual(serial);
  });
});

describe('the code caches', () => {
  it('every cache the build made is accepted by this Node, and a piped or a coloured command picks its own', () => {
    const probe = `const { loadBundle, cacheFor } = require(${JSON.stringify(join(ROOT, 'bin', 'load-bundle.js'))});
      const names = [undefined, 'print', 'search', 'people', 'quotes', 'print.tty', 'search.tty', 'people.tty', 'quotes.tty'];
      const rejected = names.filter((n) => loadBundle(n).script.cachedDataRejected !== false);
      console.log(JSON.stringify({ rejected, piped: cacheFor(['node', 'article', 'quotes']), colour: cacheFor(['node', 'article', 'quotes', '--color', 'always']) ?? null, other: cacheFor(['node', 'article', 'completion', 'bash']) ?? null }));`;
    // (stdout a pipe, as in real piped use)
    const out = JSON.parse(execFileSync(process.execPath, ['-e', probe], { encoding: 'utf8' }));
    expect(out).toEqual({ rejected: [], piped: 'quotes', colour: 'quotes.tty', other: null });
  });

  it('the bundle is ASCII, so reading it as latin1 changes nothing', () => {
    const bundle = readFileSync(join(ROOT, 'dist', 'cli.cjs'));
    expect(bundle.every((b) => b < 0x80)).toBe(true);
  });
});

describe('the real package', () => {
  it('npm pack holds only what runs, and installs offline into an empty folder', () => {
    const dest = tempDir();
    const packed = JSON.parse(execFileSync('npm', ['pack', '--json', '--ignore-scripts', '--pack-destination', dest], { cwd: ROOT, encoding: 'utf8' }))[0];
    const paths: string[] = packed.files.map((f: { path: string }) => f.path);
    for (const p of paths) expect(p).toMatch(/^(bin|dist|data|man)\/|^(README\.md|LICENSE|package\.json)$/);
    for (const needed of ['bin/article.js', 'dist/cli.cjs', 'data/article.txt', 'data/people-model.bin', 'README.md', 'LICENSE']) expect(paths).toContain(needed);
    expect(packed.size).toBeLessThanOrEqual(2.5 * 1024 * 1024);

    const home = tempDir();
    const app = join(home, 'app');
    mkdirSync(app);
    writeFileSync(join(app, 'package.json'), '{"name":"app","version":"1.0.0","private":true}');
    const tarball = join(dest, readdirSync(dest).find((f) => f.endsWith('.tgz'))!);
    execFileSync('npm', ['install', '--offline', '--no-audit', '--no-fund', tarball], { cwd: app, stdio: 'ignore', env: { ...process.env, npm_config_cache: join(home, 'cache') } });
    const printed = execFileSync('npx', ['--no-install', 'article', 'print'], { cwd: app, encoding: 'utf8' });
    expect(printed).toBe(ARTICLE);
    const quotes = jsonLines(execFileSync(join(app, 'node_modules', '.bin', 'article'), ['quotes', '--json'], { cwd: app, encoding: 'utf8' }));
    expect(quotes[0].quotes.some((q: any) => q.kind === 'direct' && q.speaker?.name === 'Abbas Araghchi')).toBe(true);
  }, 120_000);
});
