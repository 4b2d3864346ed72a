// A greedy averaged-perceptron tagger marking person names as B(egin)/I(nside)/O(utside) tokens.
// Features are strings; the model maps each feature to one weight per tag. Training lives in
// scripts/train-people.ts and uses these same features, so the two can never drift apart.
import type { NameToken } from './name-tokens.js';
import type { GivenNames } from './lexicon/given-names.js';
import type { HashedWeights } from './hashed-weights.js';
import { isLower, isUpper } from './text.js';

export const TAGS = ['O', 'B', 'I'] as const;
export type Tag = (typeof TAGS)[number];

/** Anything that adds a feature's weights (in TAGS order) into a score triple. */
export interface PersonModel {
  addInto(feature: string, scores: number[]): void;
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
  /** Per token, filled on first use: the lower-cased text and the shape. */
  lower: (string | undefined)[];
  shape: (string | undefined)[];
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
      if (lower[k] !== upper[k]) { letters++; if (words[k] !== lower[k]) capitals++; }
    }
    if (from < tokens.length) shouting[tokens[from]!.sentence] = letters > 0 && capitals / letters > 0.7;
    from = i;
  }
  for (const t of tokens) if (isLower(t.text[0]!)) lowercaseWords.add(t.text);
  return { lowercaseWords, shouting, givenNames, lower: [], shape: [] };
}

function lowerAt(tokens: NameToken[], i: number, facts: DocumentFacts): string {
  return (facts.lower[i] ??= tokens[i]!.text.toLowerCase());
}

function shapeAt(tokens: NameToken[], i: number, facts: DocumentFacts): string {
  return (facts.shape[i] ??= shapeOf(tokens[i]!.text));
}

/** The features of token i given the tag chosen for the token before it. */
export function featuresAt(tokens: NameToken[], i: number, prevTag: Tag, facts: DocumentFacts): string[] {
  const t = tokens[i]!;
  const lw = lowerAt(tokens, i, facts);
  const same = (j: number): boolean => tokens[j]?.sentence === t.sentence;
  const p1 = same(i - 1) ? lowerAt(tokens, i - 1, facts) : '<s>';
  const p2 = same(i - 2) ? lowerAt(tokens, i - 2, facts) : '<s>';
  const n1 = same(i + 1) ? lowerAt(tokens, i + 1, facts) : '</s>';
  const n2 = same(i + 2) ? lowerAt(tokens, i + 2, facts) : '</s>';
  const shape = shapeAt(tokens, i, facts);
  const p1shape = same(i - 1) ? shapeAt(tokens, i - 1, facts) : '<s>';
  const n1shape = same(i + 1) ? shapeAt(tokens, i + 1, facts) : '</s>';
  const loud = facts.shouting[t.sentence] ? 'L' : 'q';
  const lower = facts.lowercaseWords.has(lw) ? 'lc' : 'nolc';
  const given = (j: number): string => (same(j) && isUpper(tokens[j]!.text[0]!) ? facts.givenNames.get(lowerAt(tokens, j, facts)) ?? '-' : '-');
  const gn = given(i);
  const p1gn = given(i - 1);
  return [
    'b',
    'w=' + lw,
    's=' + shape,
    's3=' + lw.slice(-3),
    's2=' + lw.slice(-2),
    'p3=' + lw.slice(0, 3),
    'p1=' + p1,
    'p2=' + p2,
    'n1=' + n1,
    'n2=' + n2,
    'p1w=' + p1 + '|' + lw,
    'wn1=' + lw + '|' + n1,
    'p1s=' + p1shape,
    'n1s=' + n1shape,
    'p1s_s_n1s=' + p1shape + '|' + shape + '|' + n1shape,
    'f=' + t.first + '|' + shape,
    't=' + prevTag,
    't_s=' + prevTag + '|' + shape,
    't_w=' + prevTag + '|' + lw,
    't_p1=' + prevTag + '|' + p1,
    'L=' + loud + '|' + shape,
    'L_w=' + loud + '|' + lw,
    'lc=' + lower + '|' + shape + '|' + t.first,
    'gn=' + gn,
    'gn_n1s=' + gn + '|' + n1shape,
    'p1gn=' + p1gn + '|' + shape,
    'gn_lc=' + gn + '|' + lower,
  ];
}

export function score(model: PersonModel, features: string[]): number[] {
  const scores = [0, 0, 0];
  for (const f of features) model.addInto(f, scores);
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
  let prev: Tag = 'O';
  for (let i = 0; i < tokens.length; i++) {
    if (i > 0 && tokens[i - 1]!.sentence !== tokens[i]!.sentence) prev = 'O';
    const tag: Tag = mayBeName(tokens[i]!, prev) ? bestTag(score(model, featuresAt(tokens, i, prev, facts)), prev) : 'O';
    tags.push(tag);
    prev = tag;
  }
  return tags;
}
