// A greedy averaged-perceptron tagger marking person names as B(egin)/I(nside)/O(utside) tokens.
// Features are strings; the model maps each feature to one weight per tag. Training lives in
// scripts/train-people.ts and uses these same features, so the two can never drift apart.
import type { NameToken } from './name-tokens.js';
import type { GivenNames } from './lexicon/given-names.js';
import { mix, type HashedWeights } from './hashed-weights.js';
import { isLower, isUpper } from './text.js';

export const TAGS = ['O', 'B', 'I'] as const;
export type Tag = (typeof TAGS)[number];

/** Anything that adds a feature's weights (in TAGS order) into a score triple. */
export interface PersonModel {
  addPair(a: number, b: number, scores: number[]): void;
}
export type { HashedWeights };

/** "Xxxx", "XX", "X.X.", "dd-xx": the word's look, runs of one class capped at two. */
export function shapeOf(word: string): string {
  let out = '';
  let last = '';
  let run = 0;
  for (let i = 0; i < word.length && out.length < 8; i++) {
    const ch = word[i]!;
    const c = ch >= '0' && ch <= '9' ? 'd' : isUpper(ch) ? 'X' : isLower(ch) || ch.charCodeAt(0) > 0x2af ? 'x' : ch;
    run = c === last ? run + 1 : 1;
    last = c;
    if (run <= 2) out += c;
  }
  return out;
}

export interface DocumentFacts {
  givenNames: GivenNames;
  /** Lower-cased words the document also uses in lower case (so they are ordinary words). */
  lowercaseWords: Set<string>;
  /** For each sentence: is it mostly upper case (a headline or a dateline)? */
  shouting: boolean[];
  /** Per token, filled on first use: the lower-cased text, and hashes of it and of its shape. */
  lower: (string | undefined)[];
  wordHash: (number | undefined)[];
  shapeHash: (number | undefined)[];
}

export function documentFacts(tokens: NameToken[], givenNames: GivenNames): DocumentFacts {
  const lowercaseWords = new Set<string>();
  const shouting: boolean[] = [];
  // case-map each sentence's words once: far cheaper than testing character by character
  let from = 0;
  for (let i = 0; i <= tokens.length; i++) {
    if (i < tokens.length && tokens[i]!.sentence === tokens[from]!.sentence) continue;
    const words = tokens.slice(from, i).map((t) => t.text).join('');
    const lower = words.toLowerCase();
    const upper = words.toUpperCase();
    let letters = 0;
    let capitals = 0;
    for (let k = 0; k < words.length; k++) {
      const l = lower.charCodeAt(k);
      if (l !== upper.charCodeAt(k)) { letters++; if (words.charCodeAt(k) !== l) capitals++; }
    }
    if (from < tokens.length) shouting[tokens[from]!.sentence] = letters > 0 && capitals / letters > 0.7;
    from = i;
  }
  for (const t of tokens) if (isLower(t.text[0]!)) lowercaseWords.add(t.text);
  return { lowercaseWords, shouting, givenNames, lower: [], wordHash: [], shapeHash: [] };
}

/** FNV-1a over text[from, to): the hash of one feature component. */
function h32(text: string, from = 0, to = text.length): number {
  let h = 0x811c9dc5;
  for (let i = from; i < to; i++) h = Math.imul(h ^ text.charCodeAt(i), 0x01000193);
  return h | 0;
}

const START = h32('<s>');
const END = h32('</s>');
const NO_NAME = h32('-');
const GENDER: Record<string, number> = { m: h32('m'), f: h32('f'), mf: h32('mf') };
const TAG_ID: Record<Tag, number> = { O: 11, B: 12, I: 13 };
const SEED_A = 0x3c6ef372;

/** The feature keys of one token: FEATURES pairs of 32-bit hashes. */
export const FEATURES = 27;
export interface FeatureKeys { a: Int32Array; b: Int32Array }
export function featureKeys(): FeatureKeys {
  return { a: new Int32Array(FEATURES), b: new Int32Array(FEATURES) };
}

function lowerAt(tokens: NameToken[], i: number, facts: DocumentFacts): string {
  return (facts.lower[i] ??= tokens[i]!.text.toLowerCase());
}

function wordHashAt(tokens: NameToken[], i: number, facts: DocumentFacts): number {
  return (facts.wordHash[i] ??= h32(lowerAt(tokens, i, facts)));
}

function shapeHashAt(tokens: NameToken[], i: number, facts: DocumentFacts): number {
  return (facts.shapeHash[i] ??= h32(shapeOf(tokens[i]!.text)));
}

/**
 * The features of token i given the tag chosen for the token before it, as keys: a template
 * number mixed with hashed components (the word, its neighbours, shapes, affixes, the previous
 * tag, the document facts). No strings are built, which is what makes tagging fast.
 */
export function featuresAt(tokens: NameToken[], i: number, prevTag: Tag, facts: DocumentFacts, out: FeatureKeys): void {
  const t = tokens[i]!;
  const same = (j: number): boolean => tokens[j]?.sentence === t.sentence;
  const lw = lowerAt(tokens, i, facts);
  const w = wordHashAt(tokens, i, facts);
  const p1 = same(i - 1) ? wordHashAt(tokens, i - 1, facts) : START;
  const p2 = same(i - 2) ? wordHashAt(tokens, i - 2, facts) : START;
  const n1 = same(i + 1) ? wordHashAt(tokens, i + 1, facts) : END;
  const n2 = same(i + 2) ? wordHashAt(tokens, i + 2, facts) : END;
  const shape = shapeHashAt(tokens, i, facts);
  const p1s = same(i - 1) ? shapeHashAt(tokens, i - 1, facts) : START;
  const n1s = same(i + 1) ? shapeHashAt(tokens, i + 1, facts) : END;
  const loud = facts.shouting[t.sentence] ? 1 : 2;
  const lower = facts.lowercaseWords.has(lw) ? 1 : 2;
  const first = t.first ? 1 : 2;
  const given = (j: number): number => {
    if (!same(j) || !isUpper(tokens[j]!.text[0]!)) return NO_NAME;
    const g = facts.givenNames.get(lowerAt(tokens, j, facts));
    return g ? GENDER[g]! : NO_NAME;
  };
  const gn = given(i);
  const p1gn = given(i - 1);
  const tag = TAG_ID[prevTag];
  let k = 0;
  // One 32-bit hash per feature serves as both slot and fingerprint: a lookup only compares
  // keys in one short probe chain, so 32 bits tell them apart; mixing only the components a
  // template has keeps this the cheap part of tagging.
  const put = (template: number, c1: number, c2?: number, c3?: number): void => {
    let h = mix(SEED_A ^ template, c1);
    if (c2 !== undefined) h = mix(h, c2);
    if (c3 !== undefined) h = mix(h, c3);
    out.a[k] = h;
    out.b[k] = h;
    k++;
  };
  const len = lw.length;
  put(1, 0); // bias
  put(2, w);
  put(3, shape);
  put(4, h32(lw, Math.max(0, len - 3)));
  put(5, h32(lw, Math.max(0, len - 2)));
  put(6, h32(lw, 0, Math.min(3, len)));
  put(7, p1);
  put(8, p2);
  put(9, n1);
  put(10, n2);
  put(11, p1, w);
  put(12, w, n1);
  put(13, p1s);
  put(14, n1s);
  put(15, p1s, shape, n1s);
  put(16, first, shape);
  put(17, tag);
  put(18, tag, shape);
  put(19, tag, w);
  put(20, tag, p1);
  put(21, loud, shape);
  put(22, loud, w);
  put(23, lower, shape, first);
  put(24, gn);
  put(25, gn, n1s);
  put(26, p1gn, shape);
  put(27, gn, lower);
}

export function score(model: PersonModel, keys: FeatureKeys): number[] {
  const scores = [0, 0, 0];
  for (let k = 0; k < FEATURES; k++) model.addPair(keys.a[k]!, keys.b[k]!, scores);
  return scores;
}

export function bestTag(scores: number[], prevTag: Tag): Tag {
  let best: Tag = 'O';
  let bestScore = -Infinity;
  TAGS.forEach((tag, k) => {
    if (tag === 'I' && prevTag === 'O') return; // I only continues a name
    if (scores[k]! > bestScore) { bestScore = scores[k]!; best = tag; }
  });
  return best;
}

/**
 * Only a capitalized word starts a name, so after an O any other token is O without scoring:
 * most of the work, in any text. (Training scores every token; the trained model gives such
 * tokens O anyway, and the dev scores are the same either way.)
 */
export function mayBeName(token: NameToken, prevTag: Tag): boolean {
  return prevTag !== 'O' || isUpper(token.text[0]!);
}

/** Tags every token, left to right, each decision seeing the one before it. */
export function tagTokens(model: PersonModel, tokens: NameToken[], facts: DocumentFacts): Tag[] {
  const tags: Tag[] = [];
  const keys = featureKeys();
  let prev: Tag = 'O';
  for (let i = 0; i < tokens.length; i++) {
    if (i > 0 && tokens[i - 1]!.sentence !== tokens[i]!.sentence) prev = 'O';
    let tag: Tag = 'O';
    if (mayBeName(tokens[i]!, prev)) {
      featuresAt(tokens, i, prev, facts, keys);
      tag = bestTag(score(model, keys), prev);
    }
    tags.push(tag);
    prev = tag;
  }
  return tags;
}
