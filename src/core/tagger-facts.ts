// What the person tagger knows about a document before it tags: per token, hashes of the
// lower-cased word and of its shape; per sentence, whether it is shouted (mostly capitals);
// and which words the document also writes in lower case. Made in one pass over the tokens,
// reading characters in the article's text.
import { spells, type NameToken } from './name-tokens.js';
import type { GivenNames } from './lexicon/given-names.js';
import { isLower, isUpper } from './text.js';

export interface DocumentFacts {
  givenNames: GivenNames;
  /** Lower-cased words the document also uses in lower case (so they are ordinary words). */
  lowercaseWords: LowercaseWords;
  /** For each sentence: is it mostly upper case (a headline or a dateline)? 1 yes, 0 no. */
  shouting: Uint8Array;
  /** Per token: hashes of the lower-cased word and of its shape, made in one pass over every token. */
  wordHash: Int32Array;
  shapeHash: Int32Array;
  /** Per token, filled on first use (known[i] says so): the hash of its given-name gender. */
  genderHash: Int32Array;
  known: Uint8Array;
}

/** known[i] bit: genderHash[i] is filled. */
export const KNOWN_GENDER = 4;

// Case of each UTF-16 code unit, worked out on first sight: 0 not yet known, 1 no letter, 2 lower
// case, 3 upper case. A letter is what case mapping changes.
const CASE = new Uint8Array(65536);
function caseOf(code: number): number {
  const known = CASE[code]!;
  if (known !== 0) return known;
  const ch = String.fromCharCode(code);
  const lower = ch.toLowerCase();
  return (CASE[code] = lower === ch.toUpperCase() ? 1 : ch === lower ? 2 : 3);
}
for (let c = 0; c < 128; c++) CASE[c] = c >= 65 && c <= 90 ? 3 : c >= 97 && c <= 122 ? 2 : 1;

// A word's look for the lower-case-word filter: its length and its first and last code units,
// each mod 32 (so an ASCII letter and its capital look the same).
const lookOf = (w: string): number => ((w.length & 31) << 10) | ((w.charCodeAt(0) & 31) << 5) | (w.charCodeAt(w.length - 1) & 31);

/**
 * "Does the document also write this word in lower case?" The tagger asks it of capitalized
 * words, so only lower-case words that look like one of those (same length, same first and
 * last letter) are kept: most are never hashed. A word of another look, asked only in
 * training, gets the answer from every lower-case word, gathered on first need.
 */
export class LowercaseWords {
  private readonly kept = new Set<string>();
  private all: Set<string> | undefined;

  /** lowerLooks[i]: the look of token i when it begins in lower case, else -1. */
  constructor(private readonly tokens: NameToken[], private readonly looks: Uint8Array, lowerLooks: Int32Array, wordHashes: Int32Array) {
    // a word met again is recognized by its hash and spelling, so its string is made once
    const met = new Map<number, string>();
    for (let i = 0; i < lowerLooks.length; i++) {
      if (lowerLooks[i]! < 0 || looks[lowerLooks[i]!] !== 1) continue;
      const before = met.get(wordHashes[i]!);
      if (before !== undefined && spells(tokens[i]!, before)) continue;
      const word = tokens[i]!.text;
      this.kept.add(word);
      if (before === undefined) met.set(wordHashes[i]!, word);
    }
  }

  /** `lower` is token i's text lower-cased. */
  has(lower: string, i: number): boolean {
    if (caseOf(lower.charCodeAt(0)) !== 2) return false; // only such words are kept
    if (lower === this.tokens[i]!.text) return true; // the token itself is one
    if (this.looks[lookOf(lower)] === 1) return this.kept.has(lower);
    if (!this.all) {
      this.all = new Set();
      for (const t of this.tokens) if (caseOf(t.text.charCodeAt(0)) === 2) this.all.add(t.text);
    }
    return this.all.has(lower);
  }
}

export function documentFacts(tokens: NameToken[], givenNames: GivenNames): DocumentFacts {
  const n = tokens.length;
  const wordHashes = new Int32Array(n);
  const shapeHashes = new Int32Array(n);
  const looks = new Uint8Array(1 << 15);
  const lowerLooks = new Int32Array(n);
  const wide: number[] = [];
  const sentences = tokens.length === 0 ? 0 : tokens[tokens.length - 1]!.sentence + 1;
  const shouting = new Uint8Array(sentences);
  // per sentence: letters and capitals (shouting), and the looks of the capitalized words
  for (let from = 0; from < tokens.length;) {
    const sentence = tokens[from]!.sentence;
    let to = from + 1;
    while (to < tokens.length && tokens[to]!.sentence === sentence) to++;
    // letters fit in the sentence's span, so once lower case makes up 30% of the span the
    // sentence cannot be 70% capitals: the rest of its characters need no look
    const span = tokens[to - 1]!.end - tokens[from]!.start;
    let letters = 0;
    let capitals = 0;
    let decided = false;
    // the characters are read in the article's text, so no token needs its own string made
    for (let i = from; i < to; i++) {
      const t = tokens[i]!;
      const source = t.source;
      const start = t.start;
      const end = t.end;
      if (!decided) {
        for (let k = start; k < end; k++) {
          const kind = CASE[source.charCodeAt(k)] || caseOf(source.charCodeAt(k));
          if (kind >= 2) { letters++; if (kind === 3) capitals++; }
        }
        if ((letters - capitals) * 10 >= span * 3) decided = true;
      }
      const look = (((end - start) & 31) << 10) | ((source.charCodeAt(start) & 31) << 5) | (source.charCodeAt(end - 1) & 31);
      if (hashWord(source, start, end, i, wordHashes, shapeHashes)) {
        // an ASCII word's lower-case form has its look; a word that is never scored asks nothing
        if (t.cap && !neverScored(t)) looks[look] = 1;
      } else {
        wide.push(i);
      }
      lowerLooks[i] = (CASE[source.charCodeAt(start)] || caseOf(source.charCodeAt(start))) === 2 ? look : -1;
    }
    shouting[sentence] = !decided && letters > 0 && capitals / letters > 0.7 ? 1 : 0;
    from = to;
  }
  // words beyond ASCII, apart: case mapping may change their length
  for (const i of wide) {
    const w = tokens[i]!.text;
    wordHashes[i] = lowerHash(w);
    shapeHashes[i] = shapeHash(w);
    if (tokens[i]!.cap && !neverScored(tokens[i]!)) looks[lookOf(w.toLowerCase())] = 1;
  }
  return { lowercaseWords: new LowercaseWords(tokens, looks, lowerLooks, wordHashes), shouting, givenNames, wordHash: wordHashes, shapeHash: shapeHashes, genderHash: new Int32Array(n), known: new Uint8Array(n) };
}

const FNV_OFFSET = 0x811c9dc5;
const FNV_PRIME = 0x01000193;

/** FNV-1a over text[from, to): the hash of one feature component. */
export function h32(text: string, from = 0, to = text.length): number {
  let h = FNV_OFFSET;
  for (let i = from; i < to; i++) h = Math.imul(h ^ text.charCodeAt(i), FNV_PRIME);
  return h | 0;
}

/**
 * A small-integer key of a word, case aside (its lower-case hash, cut to 30 bits). Two equal
 * words (case aside) have the same key, so a set of the keys of a word list rules a word out
 * without hashing its string; a key found still needs the word itself checked.
 */
export const wordKey = (w: string): number => lowerHash(w) & 0x3fffffff;
/** wordKey of token i, from the document facts' hashes. */
export const tokenKey = (facts: DocumentFacts, i: number): number => facts.wordHash[i]! & 0x3fffffff;

/** h32(text.toLowerCase()), without making the string when the word is ASCII. */
function lowerHash(text: string): number {
  let h = FNV_OFFSET;
  for (let i = 0; i < text.length; i++) {
    let c = text.charCodeAt(i);
    if (c >= 128) return h32(text.toLowerCase());
    if (c >= 65 && c <= 90) c += 32;
    h = Math.imul(h ^ c, FNV_PRIME);
  }
  return h | 0;
}

/** The hash of the word's look ("Xxxx", "XX", "X.X.", "dd-xx": runs of one class capped at two, at most 8 long). */
function shapeHash(word: string): number {
  let h = FNV_OFFSET;
  let n = 0;
  let last = -1;
  let run = 0;
  for (let i = 0; i < word.length && n < 8; i++) {
    const code = word.charCodeAt(i);
    let c: number;
    if (code >= 48 && code <= 57) c = 100; // d
    else if (code < 128) c = code >= 65 && code <= 90 ? 88 : code >= 97 && code <= 122 ? 120 : code; // X, x
    else {
      const ch = word[i]!;
      c = isUpper(ch) ? 88 : isLower(ch) || code > 0x2af ? 120 : code;
    }
    run = c === last ? run + 1 : 1;
    last = c;
    if (run <= 2) { h = Math.imul(h ^ c, FNV_PRIME); n++; }
  }
  return h | 0;
}

// Per ASCII code: its lower-case form, and its shape class (d, X, x, or itself).
const ASCII_LOWER = new Uint8Array(128);
const ASCII_SHAPE = new Uint8Array(128);
for (let c = 0; c < 128; c++) {
  ASCII_LOWER[c] = c >= 65 && c <= 90 ? c + 32 : c;
  ASCII_SHAPE[c] = c >= 48 && c <= 57 ? 100 : c >= 65 && c <= 90 ? 88 : c >= 97 && c <= 122 ? 120 : c;
}

/** lowerHash and shapeHash of source[start, end) into wordHashes[i] and shapeHashes[i], in one pass, for an ASCII word; false (and nothing written) for any other. */
function hashWord(source: string, start: number, end: number, i: number, wordHashes: Int32Array, shapeHashes: Int32Array): boolean {
  let h = FNV_OFFSET;
  let sh = FNV_OFFSET;
  let n = 0;
  let last = -1;
  let run = 0;
  for (let k = start; k < end; k++) {
    const code = source.charCodeAt(k);
    if (code >= 128) return false;
    h = Math.imul(h ^ ASCII_LOWER[code]!, FNV_PRIME);
    if (n < 8) {
      const c = ASCII_SHAPE[code]!;
      run = c === last ? run + 1 : 1;
      last = c;
      if (run <= 2) { sh = Math.imul(sh ^ c, FNV_PRIME); n++; }
    }
  }
  wordHashes[i] = h | 0;
  shapeHashes[i] = sh | 0;
  return true;
}

/** A capitalized function word opening a sentence ("The", "But", "He") starts no name: tagging never scores it. */
export const neverScored = (token: NameToken): boolean => token.first && FUNCTION_WORDS.has(token.text);
/** A capitalized function word ("About", "To", "The"): inside a sentence, a sign of a title-case headline, never of a name. */
export const isFunctionWord = (text: string): boolean => FUNCTION_WORDS.has(text);

const FUNCTION_WORDS = new Set(['The', 'A', 'An', 'He', 'She', 'It', 'They', 'We', 'I', 'You', 'His', 'Her', 'Its',
  'Their', 'Our', 'My', 'This', 'That', 'These', 'Those', 'There', 'Here', 'But', 'And', 'Or', 'So', 'Yet', 'If',
  'When', 'While', 'As', 'After', 'Before', 'Since', 'Because', 'Although', 'Though', 'In', 'On', 'At', 'For', 'With',
  'From', 'By', 'To', 'Of', 'Into', 'Over', 'Under', 'During', 'Meanwhile', 'However', 'Also', 'Still', 'Now', 'Then',
  'Some', 'Many', 'Most', 'All', 'Both', 'Each', 'Every', 'No', 'Not', 'What', 'Which', 'Who', 'Why', 'How', 'Where',
  'Is', 'Are', 'Was', 'Were', 'Has', 'Have', 'Had', 'Do', 'Does', 'Did', 'Would', 'Could', 'Should', 'Can', 'Its',
  'Such', 'Other', 'Another', 'One', 'Two', 'Three', 'Even', 'Only', 'Just', 'Instead', 'Yes', 'Thus', 'Indeed', 'Neither',
  'Either', 'Nor', 'Unlike', 'Whether', 'Until', 'Despite', 'Among', 'Against', 'Without', 'Through']);

