// A greedy averaged-perceptron tagger marking person names as B(egin)/I(nside)/O(utside) tokens.
// Features are integer hashes of the word, its neighbours and the document facts
// (tagger-facts.ts); the model maps each to one weight per tag. Training lives in
// scripts/train-people.ts and uses these same features, so the two can never drift apart.
import { spells, type NameToken } from './name-tokens.js';
import type { GivenNames } from './lexicon/given-names.js';
import { mix, type HashedWeights } from './hashed-weights.js';
import { h32, KNOWN_GENDER, neverScored, type DocumentFacts } from './tagger-facts.js';

export const TAGS = ['O', 'B', 'I'] as const;
export type Tag = (typeof TAGS)[number];

/** Anything that adds a feature's weights (in TAGS order) into a score triple. */
export interface PersonModel {
  addPair(a: number, b: number, scores: number[]): void;
  /** Adds the stored weights as integers (weight / scale) into sums[at..at+2]. */
  addPairInt(a: number, b: number, sums: Int32Array, at: number): void;
}
export type { HashedWeights };

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

function wordHashAt(_tokens: NameToken[], i: number, facts: DocumentFacts): number {
  return facts.wordHash[i]!;
}

function shapeHashAt(_tokens: NameToken[], i: number, facts: DocumentFacts): number {
  return facts.shapeHash[i]!;
}

/** The hash of token i's usual gender as a given name; NO_NAME when it is none (or lower case). */
function genderHashAt(tokens: NameToken[], i: number, facts: DocumentFacts, lower?: string): number {
  if ((facts.known[i]! & KNOWN_GENDER) === 0) {
    const t = tokens[i]!;
    const g = t.cap ? facts.givenNames.get(lower ?? t.text.toLowerCase()) : undefined;
    facts.genderHash[i] = g ? GENDER[g]! : NO_NAME;
    facts.known[i]! |= KNOWN_GENDER;
  }
  return facts.genderHash[i]!;
}

// One 32-bit hash per feature serves as both slot and fingerprint: a lookup only compares keys
// in one short probe chain, so 32 bits tell them apart; mixing only the components a template
// has keeps this the cheap part of tagging.
function put1(out: FeatureKeys, k: number, template: number, c1: number): void {
  const h = mix(SEED_A ^ template, c1);
  out.a[k] = h;
  out.b[k] = h;
}
function put2(out: FeatureKeys, k: number, template: number, c1: number, c2: number): void {
  const h = mix(mix(SEED_A ^ template, c1), c2);
  out.a[k] = h;
  out.b[k] = h;
}
function put3(out: FeatureKeys, k: number, template: number, c1: number, c2: number, c3: number): void {
  const h = mix(mix(mix(SEED_A ^ template, c1), c2), c3);
  out.a[k] = h;
  out.b[k] = h;
}

/**
 * The features of token i given the tag chosen for the token before it, as keys: a template
 * number mixed with hashed components (the word, its neighbours, shapes, affixes, the previous
 * tag, the document facts). No strings are built for ASCII words, which keeps tagging fast.
 */
export function featuresAt(tokens: NameToken[], i: number, prevTag: Tag, facts: DocumentFacts, out: FeatureKeys): void {
  const t = tokens[i]!;
  const lw = t.text.toLowerCase();
  const w = wordHashAt(tokens, i, facts);
  const shape = shapeHashAt(tokens, i, facts);
  const gn = genderHashAt(tokens, i, facts);
  const tag = TAG_ID[prevTag];
  staticKeys(w, shape, gn, lw, facts.lowercaseWords.has(lw, i) ? 1 : 2, facts.shouting[t.sentence] ? 1 : 2, t.first ? 1 : 2, tag, scratchStatic);
  contextKeys(tokens, i, facts, w, shape, gn, tag, scratchContext);
  // in the order the model was trained with
  for (let k = 0; k < STATIC_SLOTS.length; k++) { out.a[STATIC_SLOTS[k]!] = scratchStatic.a[k]!; out.b[STATIC_SLOTS[k]!] = scratchStatic.b[k]!; }
  for (let k = 0; k < CONTEXT_SLOTS.length; k++) { out.a[CONTEXT_SLOTS[k]!] = scratchContext.a[k]!; out.b[CONTEXT_SLOTS[k]!] = scratchContext.b[k]!; }
}

/**
 * The features of a word on its own (given its place and the previous tag), as 15 keys in
 * out[0..14]: the word, its shape, affixes, given-name gender, sentence-first, shouting,
 * lower-case use, each alone or with the tag before.
 */
function staticKeys(w: number, shape: number, gn: number, lw: string, lower: number, loud: number, first: number, tag: number, out: FeatureKeys): void {
  const len = lw.length;
  put1(out, 0, 1, 0); // bias
  put1(out, 1, 2, w);
  put1(out, 2, 3, shape);
  put1(out, 3, 4, h32(lw, Math.max(0, len - 3)));
  put1(out, 4, 5, h32(lw, Math.max(0, len - 2)));
  put1(out, 5, 6, h32(lw, 0, Math.min(3, len)));
  put2(out, 6, 16, first, shape);
  put1(out, 7, 17, tag);
  put2(out, 8, 18, tag, shape);
  put2(out, 9, 19, tag, w);
  put2(out, 10, 21, loud, shape);
  put2(out, 11, 22, loud, w);
  put3(out, 12, 23, lower, shape, first);
  put1(out, 13, 24, gn);
  put2(out, 14, 27, gn, lower);
}
const STATIC_FEATURES = 15;

/** The features of token i's neighbours, as 12 keys in out[0..11]. */
function contextKeys(tokens: NameToken[], i: number, facts: DocumentFacts, w: number, shape: number, gn: number, tag: number, out: FeatureKeys): void {
  const sentence = tokens[i]!.sentence;
  const n = tokens.length;
  const hasP1 = i >= 1 && tokens[i - 1]!.sentence === sentence;
  const hasP2 = i >= 2 && tokens[i - 2]!.sentence === sentence;
  const hasN1 = i + 1 < n && tokens[i + 1]!.sentence === sentence;
  const hasN2 = i + 2 < n && tokens[i + 2]!.sentence === sentence;
  const p1 = hasP1 ? wordHashAt(tokens, i - 1, facts) : START;
  const p2 = hasP2 ? wordHashAt(tokens, i - 2, facts) : START;
  const n1 = hasN1 ? wordHashAt(tokens, i + 1, facts) : END;
  const n2 = hasN2 ? wordHashAt(tokens, i + 2, facts) : END;
  const p1s = hasP1 ? shapeHashAt(tokens, i - 1, facts) : START;
  const n1s = hasN1 ? shapeHashAt(tokens, i + 1, facts) : END;
  const p1gn = hasP1 ? genderHashAt(tokens, i - 1, facts) : NO_NAME;
  put1(out, 0, 7, p1);
  put1(out, 1, 8, p2);
  put1(out, 2, 9, n1);
  put1(out, 3, 10, n2);
  put2(out, 4, 11, p1, w);
  put2(out, 5, 12, w, n1);
  put1(out, 6, 13, p1s);
  put1(out, 7, 14, n1s);
  put3(out, 8, 15, p1s, shape, n1s);
  put2(out, 9, 20, tag, p1);
  put2(out, 10, 25, gn, n1s);
  put2(out, 11, 26, p1gn, shape);
}
const CONTEXT_FEATURES = 12;

// Where each half's keys sit among the 27 (the order training and the shipped weights use).
const STATIC_SLOTS = [0, 1, 2, 3, 4, 5, 15, 16, 17, 18, 20, 21, 22, 23, 26];
const CONTEXT_SLOTS = [6, 7, 8, 9, 10, 11, 12, 13, 14, 19, 24, 25];
const scratchStatic = featureKeys();
const scratchContext = featureKeys();

/** Did training see token i's word (it has a weight of its own)? A word never seen may be a name the tagger could not know. */
export function wordKnown(model: PersonModel, facts: DocumentFacts, i: number): boolean {
  const h = mix(SEED_A ^ 2, facts.wordHash[i]!);
  const sums = new Int32Array(3);
  model.addPairInt(h, h, sums, 0);
  return sums[0] !== 0 || sums[1] !== 0 || sums[2] !== 0;
}

export function bestTag(scores: number[], prevTag: Tag): Tag {
  let best: Tag = 'O';
  let bestScore = scores[0]!;
  if (scores[1]! > bestScore) { bestScore = scores[1]!; best = 'B'; }
  if (prevTag !== 'O' && scores[2]! > bestScore) best = 'I'; // I only continues a name
  return best;
}


/**
 * Only a capitalized word starts a name, so after an O any other token is O without scoring:
 * most of the work, in any text; so is a function word opening a sentence. (Training scores
 * every token; the trained model gives such tokens O anyway, and the dev scores are the same.)
 */
export function mayBeName(token: NameToken, prevTag: Tag): boolean {
  if (prevTag !== 'O') return true;
  if (!token.cap) return false;
  return !neverScored(token);
}


/**
 * What tagging learns about a word once and reuses wherever it appears, in any document:
 * its hashes, and the integer sums of the weights of the features that depend only on the
 * word, its place (sentence-first, shouting sentence), the document's lower-case use of it
 * and the previous tag. Those are 15 of the 27 features; a repeated word looks up only the
 * other 12. Integer sums are exact, so the order features are added in cannot change a tag.
 */
class WordFacts {
  /** The document (a serial) `lower` was worked out for. */
  doc = -1;
  lower = 0;
  /** Bit c set: sums[3c..3c+2] hold combination c (see combination()). */
  known = 0;
  readonly sums = new Int32Array(24 * 3);
  constructor(readonly text: string, readonly w: number, readonly shape: number, readonly gn: number) {}
}

// (each word keeps 72 sums: about 40 MB at most for 128k words, 10 MB for 32k)
const MEMO_LIMIT = 1 << 15;

/**
 * Word facts for one model and one given-name table, by a 30-bit key: an open-addressing
 * table (a Map's own hashing of the key was a tenth of tagging). It starts small, for the
 * one short article of a single run, and doubles when half full; the tagger starts a new one
 * past MEMO_LIMIT words.
 */
class WordMemo {
  private keys = new Int32Array(1024).fill(-1);
  private facts: (WordFacts | undefined)[] = new Array<WordFacts | undefined>(1024).fill(undefined);
  size = 0;
  constructor(readonly model: PersonModel, readonly givenNames: GivenNames) {}

  get(key: number): WordFacts | undefined {
    const mask = this.keys.length - 1;
    for (let slot = key & mask; ; slot = (slot + 1) & mask) {
      const here = this.keys[slot]!;
      if (here === key) return this.facts[slot];
      if (here === -1) return undefined;
    }
  }

  set(key: number, word: WordFacts): void {
    if (2 * (this.size + 1) > this.keys.length) this.grow();
    this.place(key, word);
    this.size++;
  }

  private place(key: number, word: WordFacts): void {
    const mask = this.keys.length - 1;
    let slot = key & mask;
    while (this.keys[slot] !== -1) slot = (slot + 1) & mask;
    this.keys[slot] = key;
    this.facts[slot] = word;
  }

  private grow(): void {
    const { keys, facts } = this;
    this.keys = new Int32Array(keys.length * 2).fill(-1);
    this.facts = new Array<WordFacts | undefined>(keys.length * 2).fill(undefined);
    for (let i = 0; i < keys.length; i++) if (keys[i] !== -1) this.place(keys[i]!, facts[i]!);
  }
}
let memo: WordMemo | undefined;
let docSerial = 0;

const combination = (lower: number, loud: number, first: number, tag: number): number =>
  (((lower - 1) * 2 + (loud - 1)) * 2 + (first - 1)) * 3 + (tag - 11);


/** Tags every token, left to right, each decision seeing the one before it. */
export function tagTokens(model: PersonModel, tokens: NameToken[], facts: DocumentFacts): Tag[] {
  if (!memo || memo.model !== model || memo.givenNames !== facts.givenNames || memo.size >= MEMO_LIMIT) memo = new WordMemo(model, facts.givenNames);
  const words = memo;
  const doc = ++docSerial;
  const tags: Tag[] = new Array(tokens.length);
  const keys = featureKeys();
  const sums = new Int32Array(3);
  const n = tokens.length;
  let prev: Tag = 'O';
  for (let i = 0; i < n; i++) {
    const t = tokens[i]!;
    const sentence = t.sentence;
    if (i > 0 && tokens[i - 1]!.sentence !== sentence) prev = 'O';
    if (!mayBeName(t, prev)) {
      tags[i] = 'O';
      prev = 'O';
      continue;
    }
    // keyed by the token's hashes (a small integer, so no string hashing), checked by its text
    const key = mix(facts.wordHash[i]!, facts.shapeHash[i]!) & 0x3fffffff;
    let word = words.get(key);
    let lw: string | undefined;
    if (!word || !spells(t, word.text)) {
      lw = t.text.toLowerCase();
      const fresh = new WordFacts(t.text, facts.wordHash[i]!, facts.shapeHash[i]!, genderHashAt(tokens, i, facts, lw));
      if (!word) words.set(key, fresh);
      word = fresh; // a different word under the same key is scored without being kept
    } else if ((facts.known[i]! & KNOWN_GENDER) === 0) {
      facts.genderHash[i] = word.gn;
      facts.known[i]! |= KNOWN_GENDER;
    }
    if (word.doc !== doc) {
      lw ??= t.text.toLowerCase();
      word.doc = doc;
      word.lower = facts.lowercaseWords.has(lw, i) ? 1 : 2;
    }
    const tag = TAG_ID[prev];
    const c = combination(word.lower, facts.shouting[sentence] ? 1 : 2, t.first ? 1 : 2, tag);
    if ((word.known & (1 << c)) === 0) {
      staticKeys(word.w, word.shape, word.gn, lw ?? t.text.toLowerCase(), word.lower, facts.shouting[sentence] ? 1 : 2, t.first ? 1 : 2, tag, keys);
      for (let k = 0; k < STATIC_FEATURES; k++) model.addPairInt(keys.a[k]!, keys.b[k]!, word.sums, 3 * c);
      word.known |= 1 << c;
    }
    sums[0] = word.sums[3 * c]!;
    sums[1] = word.sums[3 * c + 1]!;
    sums[2] = word.sums[3 * c + 2]!;
    contextKeys(tokens, i, facts, word.w, word.shape, word.gn, tag, keys);
    for (let k = 0; k < CONTEXT_FEATURES; k++) model.addPairInt(keys.a[k]!, keys.b[k]!, sums, 0);
    let best: Tag = 'O';
    let bestSum = sums[0]!;
    if (sums[1]! > bestSum) { bestSum = sums[1]!; best = 'B'; }
    if (prev !== 'O' && sums[2]! > bestSum) best = 'I'; // I only continues a name
    tags[i] = best;
    prev = best;
  }
  return tags;
}
