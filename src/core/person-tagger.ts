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
}

export function documentFacts(tokens: NameToken[], givenNames: GivenNames): DocumentFacts {
  const lowercaseWords = new Set<string>();
  const letters: number[] = [];
  const upper: number[] = [];
  for (const t of tokens) {
    if (isLower(t.text[0]!)) lowercaseWords.add(t.text);
    // case-mapping the whole token once beats testing each character
    const lower = t.text.toLowerCase();
    const upperCased = t.text.toUpperCase();
    let l = 0;
    let u = 0;
    for (let i = 0; i < t.text.length; i++) {
      if (lower[i] !== upperCased[i]) { l++; if (t.text[i] !== lower[i]) u++; }
    }
    letters[t.sentence] = (letters[t.sentence] ?? 0) + l;
    upper[t.sentence] = (upper[t.sentence] ?? 0) + u;
  }
  const shouting = letters.map((n, i) => n > 0 && (upper[i] ?? 0) / n > 0.7);
  return { lowercaseWords, shouting, givenNames };
}

const word = (tokens: NameToken[], i: number): string => {
  const t = tokens[i];
  if (!t) return i < 0 ? '<s>' : '</s>';
  return t.text.toLowerCase();
};

/** The features of token i given the tag chosen for the token before it. */
export function featuresAt(tokens: NameToken[], i: number, prevTag: Tag, facts: DocumentFacts): string[] {
  const t = tokens[i]!;
  const w = t.text;
  const lw = w.toLowerCase();
  const sameSentence = (j: number): boolean => tokens[j]?.sentence === t.sentence;
  const p1 = sameSentence(i - 1) ? word(tokens, i - 1) : '<s>';
  const p2 = sameSentence(i - 2) ? word(tokens, i - 2) : '<s>';
  const n1 = sameSentence(i + 1) ? word(tokens, i + 1) : '</s>';
  const n2 = sameSentence(i + 2) ? word(tokens, i + 2) : '</s>';
  const shape = shapeOf(w);
  const p1shape = sameSentence(i - 1) ? shapeOf(tokens[i - 1]!.text) : '<s>';
  const n1shape = sameSentence(i + 1) ? shapeOf(tokens[i + 1]!.text) : '</s>';
  const loud = facts.shouting[t.sentence] ? 'L' : 'q';
  const lower = facts.lowercaseWords.has(lw) ? 'lc' : 'nolc';
  const given = (j: number): string => (sameSentence(j) && isUpper(tokens[j]!.text[0]!) ? facts.givenNames.get(word(tokens, j)) ?? '-' : '-');
  const gn = given(i);
  const p1gn = given(i - 1);
  return [
    'b',
    `w=${lw}`,
    `s=${shape}`,
    `s3=${lw.slice(-3)}`,
    `s2=${lw.slice(-2)}`,
    `p3=${lw.slice(0, 3)}`,
    `p1=${p1}`,
    `p2=${p2}`,
    `n1=${n1}`,
    `n2=${n2}`,
    `p1w=${p1}|${lw}`,
    `wn1=${lw}|${n1}`,
    `p1s=${p1shape}`,
    `n1s=${n1shape}`,
    `p1s_s_n1s=${p1shape}|${shape}|${n1shape}`,
    `f=${t.first}|${shape}`,
    `t=${prevTag}`,
    `t_s=${prevTag}|${shape}`,
    `t_w=${prevTag}|${lw}`,
    `t_p1=${prevTag}|${p1}`,
    `L=${loud}|${shape}`,
    `L_w=${loud}|${lw}`,
    `lc=${lower}|${shape}|${t.first}`,
    `gn=${gn}`,
    `gn_n1s=${gn}|${n1shape}`,
    `p1gn=${p1gn}|${shape}`,
    `gn_lc=${gn}|${lower}`,
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
