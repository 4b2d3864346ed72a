#!/usr/bin/env node
// npm run bench: start-up against `node -e 0`, corpus throughput of people and quotes, and a
// 100 MB search against grep. Commands are interleaved round by round and medians reported,
// so a noisy neighbour slows every command alike. Never part of `npm test`.
import { execFileSync, spawnSync } from 'node:child_process';
import { existsSync, mkdirSync, readFileSync, readdirSync, rmSync, statSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join, resolve } from 'node:path';

const ROOT = resolve(import.meta.dirname, '..');
const BIN = join(ROOT, 'bin', 'article.js');
const NODE = process.execPath;
const RUNS = Number(process.env.BENCH_RUNS ?? 25);
const WORK = join(tmpdir(), 'article-bench');
const EVAL = resolve(ROOT, '..', 'shared', 'eval');

const median = (xs) => { const s = [...xs].sort((a, b) => a - b); return s[Math.floor(s.length / 2)]; };
const ms = (t0) => Number(process.hrtime.bigint() - t0) / 1e6;

// stdout is a pipe, as in real use: GNU grep treats a /dev/null stdout like -q and stops at
// the first match, which would make any comparison meaningless.
function timeOnce(cmd, args, opts = {}) {
  const t0 = process.hrtime.bigint();
  const r = spawnSync(cmd, args, { stdio: ['ignore', 'pipe', 'pipe'], maxBuffer: 1 << 30, ...opts });
  if (r.status !== 0 && r.status !== 1) throw new Error(`${cmd} ${args.join(' ')} exited ${r.status}: ${r.stderr}`);
  return ms(t0);
}

function startup() {
  const script = (line) => ['script', ['-qec', line, '/dev/null']];
  const cases = [
    ['node -e 0', NODE, ['-e', '0']],
    ['print (piped)', NODE, [BIN, 'print']],
    ['print (terminal, under script)', ...script(`${NODE} ${BIN} print`)],
    ['node -e 0 (under script)', ...script(`${NODE} -e 0`)],
    ['search security', NODE, [BIN, 'search', 'security']],
    ['quotes', NODE, [BIN, 'quotes']],
    ['people', NODE, [BIN, 'people']],
    ['print --json', NODE, [BIN, 'print', '--json']],
  ];
  const times = cases.map(() => []);
  for (let round = 0; round < RUNS + 3; round++) {
    cases.forEach(([, cmd, args], i) => {
      const t = timeOnce(cmd, args);
      if (round >= 3) times[i].push(t); // three warm-up rounds
    });
  }
  const floor = median(times[0]);
  const scriptFloor = median(times[3]);
  return cases.map(([name], i) => ({ name, ms: median(times[i]), ratio: median(times[i]) / floor }))
    .concat([{ name: 'print (terminal) against node -e 0 under script', ms: median(times[2]), ratio: median(times[2]) / scriptFloor }]);
}

/** About 20 MB in 1,000 files, from the eval texts when ../shared is there, else generated. */
function corpus() {
  const dir = join(WORK, 'corpus');
  if (existsSync(dir) && readdirSync(dir).length === 1000) return dir;
  rmSync(dir, { recursive: true, force: true });
  mkdirSync(dir, { recursive: true });
  let texts = [];
  for (const f of ['quotes/train.jsonl', 'quotes/dev.jsonl', 'people/train.jsonl']) {
    const p = join(EVAL, f);
    if (existsSync(p)) texts.push(...readFileSync(p, 'utf8').split('\n').filter(Boolean).map((l) => JSON.parse(l).text));
  }
  if (texts.length === 0) {
    const article = readFileSync(join(ROOT, 'data', 'article.txt'), 'utf8');
    texts = [article];
  }
  const target = 20 * 1024 * 1024 / 1000;
  let k = 0;
  for (let i = 0; i < 1000; i++) {
    let doc = '';
    while (Buffer.byteLength(doc) < target) doc += texts[k++ % texts.length] + '\n';
    writeFileSync(join(dir, `doc${String(i).padStart(4, '0')}.txt`), doc);
  }
  return dir;
}

function throughput() {
  const dir = corpus();
  const files = readdirSync(dir).sort().map((f) => join(dir, f));
  const bytes = files.reduce((n, f) => n + statSync(f).size, 0);
  return ['people', 'quotes'].map((cmd) => {
    const runs = [1, 2, 3].map(() => timeOnce(NODE, [BIN, cmd, '--json', ...files]));
    const seconds = median(runs) / 1000;
    return { name: `${cmd} --json, ${files.length} files`, mb: bytes / 1e6, seconds, mbps: bytes / 1e6 / seconds };
  });
}

function bigSearch() {
  const file = join(WORK, 'big.txt');
  if (!existsSync(file) || statSync(file).size < 100e6) {
    const dir = corpus();
    const parts = readdirSync(dir).sort().map((f) => readFileSync(join(dir, f)));
    const chunk = Buffer.concat(parts);
    const out = [];
    let size = 0;
    while (size < 100e6) { out.push(chunk); size += chunk.length; }
    writeFileSync(file, Buffer.concat(out).subarray(0, 100_000_000));
  }
  const size = statSync(file).size;
  const ours = [];
  const grep = [];
  for (let i = 0; i < 5; i++) {
    ours.push(timeOnce(NODE, [BIN, 'search', '-c', 'security', file]));
    grep.push(timeOnce('grep', ['-c', 'security', file]));
  }
  const v = spawnSync('/usr/bin/time', ['-v', NODE, BIN, 'search', '-c', 'security', file], { encoding: 'utf8' });
  const kb = Number(/Maximum resident set size \(kbytes\): (\d+)/.exec(v.stderr)?.[1] ?? NaN);
  return { size, ours: median(ours), grep: median(grep), ratio: median(ours) / median(grep), peakMB: kb / 1024, memRatio: (kb * 1024) / size };
}

mkdirSync(WORK, { recursive: true });
execFileSync(NODE, [BIN, '--version']); // fail early if the build is missing
console.log(`article benchmark — node ${process.version}, ${RUNS} interleaved runs per command, medians\n`);
const rows = startup();
console.log('| start-up on the bundled article | median ms | × node -e 0 |');
console.log('|---|---:|---:|');
for (const r of rows) console.log(`| ${r.name} | ${r.ms.toFixed(1)} | ${r.ratio.toFixed(2)} |`);
console.log('\n| throughput | MB | s | MB/s |');
console.log('|---|---:|---:|---:|');
for (const r of throughput()) console.log(`| ${r.name} | ${r.mb.toFixed(1)} | ${r.seconds.toFixed(2)} | ${r.mbps.toFixed(1)} |`);
const b = bigSearch();
console.log('\n| search -c security, one file | size MB | article s | grep -c s | × grep | peak RSS MB | × file size |');
console.log('|---|---:|---:|---:|---:|---:|---:|');
console.log(`| 100 MB | ${(b.size / 1e6).toFixed(0)} | ${(b.ours / 1000).toFixed(2)} | ${(b.grep / 1000).toFixed(3)} | ${b.ratio.toFixed(1)} | ${b.peakMB.toFixed(0)} | ${b.memRatio.toFixed(2)} |`);
