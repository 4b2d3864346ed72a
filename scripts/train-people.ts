// Trains the person tagger on CoNLL-style JSON Lines ({"text","people":[{"start","end"}]}) and
// writes data/people-model.bin (see src/core/hashed-weights.ts). Deterministic: fixed epochs and a seeded shuffle.
// usage: npm run train:people -- ../shared/eval/people/train.jsonl
import { readFileSync, writeFileSync } from 'node:fs';
import { parseArticle } from '../src/core/article.js';
import { nameTokens, type NameToken } from '../src/core/name-tokens.js';
// @ts-expect-error plain JavaScript build helper without types
import { givenNamesTable } from './given-names.js';
import { parseGivenNames } from '../src/core/lexicon/given-names.js';
import { bestTag, documentFacts, featuresAt, TAGS, type DocumentFacts, type Tag } from '../src/core/person-tagger.js';
import { HashedWeights } from '../src/core/hashed-weights.js';

interface Doc { tokens: NameToken[]; gold: Tag[]; facts: DocumentFacts }

const [trainPath = '../shared/eval/people/train.jsonl', outPath = 'data/people-model.bin'] = process.argv.slice(2);
const EPOCHS = Number(process.env.EPOCHS ?? 20);
const PRUNE_BELOW = 0.02;

const givenNames = parseGivenNames(givenNamesTable() as string);

function load(path: string): Doc[] {
  return readFileSync(path, 'utf8').split('\n').filter(Boolean).map((line) => {
    const d = JSON.parse(line) as { text: string; people: { start: number; end: number }[] };
    const tokens = nameTokens(parseArticle(d.text));
    const gold: Tag[] = tokens.map((t) => {
      const span = d.people.find((p) => t.start >= p.start && t.end <= p.end);
      if (!span) return 'O';
      return t.start === span.start ? 'B' : 'I';
    });
    return { tokens, gold, facts: documentFacts(tokens, givenNames) };
  });
}

// mulberry32: a tiny seeded PRNG so the shuffle (and so the model) is reproducible.
function rng(seed: number): () => number {
  return () => {
    seed |= 0; seed = (seed + 0x6d2b79f5) | 0;
    let t = Math.imul(seed ^ (seed >>> 15), 1 | seed);
    t = (t + Math.imul(t ^ (t >>> 7), 61 | t)) ^ t;
    return ((t ^ (t >>> 14)) >>> 0) / 4294967296;
  };
}

const docs = load(trainPath);
const weights = new Map<string, number[]>();
const totals = new Map<string, number[]>();
const stamps = new Map<string, number[]>();
let clock = 0;


function update(f: string, k: number, delta: number): void {
  let w = weights.get(f);
  if (!w) { w = [0, 0, 0]; weights.set(f, w); totals.set(f, [0, 0, 0]); stamps.set(f, [0, 0, 0]); }
  const tot = totals.get(f)!;
  const st = stamps.get(f)!;
  tot[k]! += (clock - st[k]!) * w[k]!;
  st[k] = clock;
  w[k]! += delta;
}

const random = rng(20261127);
const order = docs.map((_, i) => i);
for (let epoch = 0; epoch < EPOCHS; epoch++) {
  for (let i = order.length - 1; i > 0; i--) {
    const j = Math.floor(random() * (i + 1));
    [order[i], order[j]] = [order[j]!, order[i]!];
  }
  let errors = 0;
  let count = 0;
  for (const di of order) {
    const { tokens, gold, facts } = docs[di]!;
    let prev: Tag = 'O';
    for (let i = 0; i < tokens.length; i++) {
      if (i > 0 && tokens[i - 1]!.sentence !== tokens[i]!.sentence) prev = 'O';
      clock++;
      const feats = featuresAt(tokens, i, prev, facts);
      const scores = [0, 0, 0];
      for (const f of feats) {
        const w = weights.get(f);
        if (w) { scores[0]! += w[0]!; scores[1]! += w[1]!; scores[2]! += w[2]!; }
      }
      const guess = bestTag(scores, prev);
      // After a predicted O, an I is impossible: the right move from here is to begin a name.
      const truth: Tag = gold[i] === 'I' && prev === 'O' ? 'B' : gold[i]!;
      if (guess !== truth) {
        errors++;
        for (const f of feats) { update(f, TAGS.indexOf(truth), 1); update(f, TAGS.indexOf(guess), -1); }
      }
      count++;
      prev = guess;
    }
  }
  process.stderr.write(`epoch ${epoch + 1}: ${(100 * errors / count).toFixed(2)}% token errors\n`);
}

const averaged = new Map<string, number[]>();
let kept = 0;
for (const [f, w] of [...weights.entries()].sort(([a], [b]) => (a < b ? -1 : a > b ? 1 : 0))) {
  const tot = totals.get(f)!;
  const st = stamps.get(f)!;
  const avg = w.map((wk, k) => (tot[k]! + (clock - st[k]!) * wk) / clock);
  if (Math.max(...avg.map(Math.abs)) < PRUNE_BELOW) continue;
  averaged.set(f, avg);
  kept++;
}
writeFileSync(outPath, HashedWeights.encode(averaged));
process.stderr.write(`${kept} of ${weights.size} features kept → ${outPath}\n`);
