// Trains the person tagger on CoNLL-style JSON Lines ({"text","people":[{"start","end"}]}) and
// writes data/people-model.bin (see src/core/hashed-weights.ts). Deterministic: fixed epochs and a seeded shuffle.
// usage: npm run train:people -- ../shared/eval/people/train.jsonl
import { readFileSync, writeFileSync } from 'node:fs';
import { parseArticle } from '../src/core/article.js';
import { nameTokens, type NameToken } from '../src/core/name-tokens.js';
// @ts-expect-error plain JavaScript build helper without types
import { givenNamesTable } from './given-names.js';
import { foldingAccents, parseGivenNames } from '../src/core/lexicon/given-names.js';
import { bestTag, FEATURES, featureKeys, featuresAt, TAGS, type Tag } from '../src/core/person-tagger.js';
import { documentFacts, type DocumentFacts } from '../src/core/tagger-facts.js';
import { HashedWeights } from '../src/core/hashed-weights.js';

interface Doc { tokens: NameToken[]; gold: Tag[]; facts: DocumentFacts }

const [trainPath = '../shared/eval/people/train.jsonl', outPath = 'data/people-model.bin'] = process.argv.slice(2);
const EPOCHS = Number(process.env.EPOCHS ?? 20);
const PRUNE_BELOW = 0.02;

const givenNames = foldingAccents(parseGivenNames(givenNamesTable() as string));

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

// One entry per feature key (a, b); the tagger's keys have b = a, so a alone indexes the Map.
interface Entry { a: number; b: number; w: number[]; total: number[]; stamp: number[] }
const entries = new Map<number, Entry>();
let clock = 0;
const keyOf = (a: number, b: number): number => (a >>> 0) * 2097152 + ((b >>> 0) & 0x1fffff);

function update(a: number, b: number, k: number, delta: number): void {
  const id = keyOf(a, b);
  let e = entries.get(id);
  if (!e) { e = { a, b, w: [0, 0, 0], total: [0, 0, 0], stamp: [0, 0, 0] }; entries.set(id, e); }
  e.total[k]! += (clock - e.stamp[k]!) * e.w[k]!;
  e.stamp[k] = clock;
  e.w[k]! += delta;
}

const random = rng(20261127);
const order = docs.map((_, i) => i);
const keys = featureKeys();
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
      featuresAt(tokens, i, prev, facts, keys);
      const scores = [0, 0, 0];
      for (let f = 0; f < FEATURES; f++) {
        const e = entries.get(keyOf(keys.a[f]!, keys.b[f]!));
        if (e) { scores[0]! += e.w[0]!; scores[1]! += e.w[1]!; scores[2]! += e.w[2]!; }
      }
      const guess = bestTag(scores, prev);
      // After a predicted O, an I is impossible: the right move from here is to begin a name.
      const truth: Tag = gold[i] === 'I' && prev === 'O' ? 'B' : gold[i]!;
      if (guess !== truth) {
        errors++;
        for (let f = 0; f < FEATURES; f++) {
          update(keys.a[f]!, keys.b[f]!, TAGS.indexOf(truth), 1);
          update(keys.a[f]!, keys.b[f]!, TAGS.indexOf(guess), -1);
        }
      }
      count++;
      prev = guess;
    }
  }
  process.stderr.write(`epoch ${epoch + 1}: ${(100 * errors / count).toFixed(2)}% token errors\n`);
}

const averaged: [number, number, number[]][] = [];
for (const id of [...entries.keys()].sort((x, y) => x - y)) {
  const e = entries.get(id)!;
  const avg = e.w.map((wk, k) => (e.total[k]! + (clock - e.stamp[k]!) * wk) / clock);
  if (Math.max(...avg.map(Math.abs)) < PRUNE_BELOW) continue;
  averaged.push([e.a, e.b, avg]);
}
writeFileSync(outPath, HashedWeights.encode(averaged));
process.stderr.write(`${averaged.length} of ${entries.size} features kept → ${outPath}\n`);
