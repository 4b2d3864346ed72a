// The word scanner both extractors use: words with inner apostrophes, hyphens and periods
// ("don't", "al-Asad", "U.S"), initials and abbreviations keeping their final period ("H.W.",
// "Mr."), a doubled apostrophe ('') as one quotation mark, any other mark as a token of its own.
// A hand-written scanner: the equivalent Unicode-property regex costs milliseconds to compile.
import type { Article, Span } from './article.js';
import { isWordChar, isWordCode } from './text.js';

export interface RawToken extends Span { text: string; word: boolean }

const ABBREVIATIONS = new Set(['mr', 'mrs', 'ms', 'dr', 'jr', 'sr', 'st', 'sen', 'rep', 'gov', 'gen', 'col', 'lt', 'sgt',
  'capt', 'maj', 'prof', 'rev', 'hon', 'pres', 'adm', 'cmdr', 'mt', 'ft', 'no', 'vs', 'inc', 'corp', 'co', 'ltd']);

/** "U.S", "H.W", "J": single letters joined by periods. */
function isInitials(word: string): boolean {
  if (word.length % 2 === 0) return false;
  for (let i = 0; i < word.length; i++) {
    if (i % 2 === 0 ? !isWordChar(word[i]!) || (word[i]! >= '0' && word[i]! <= '9') : word[i] !== '.') return false;
  }
  return true;
}

// The class of each UTF-16 code unit for the scanner, worked out on first sight: 0 not yet
// known, then white space, word, joiner (may join two word runs) or other.
const UNKNOWN = 0;
const SPACE = 1;
const WORD = 2;
const JOINER = 3;
const OTHER = 4;
const CLASS = new Uint8Array(65536);
function classOf(c: number): number {
  const known = CLASS[c]!;
  if (known !== UNKNOWN) return known;
  const space = c === 32 || c === 10 || c === 9 || c === 13 || c === 0xa0 || c === 0x3000 || (c >= 0x2000 && c <= 0x200a)
    || c === 0x202f || c === 0x205f || c === 0x2028 || c === 0x2029 || c === 0x1680 || c === 0x85 || c === 0xfeff;
  return (CLASS[c] = space ? SPACE : isWordCode(c) ? WORD : c === 0x27 || c === 0x2019 || c === 0x2d || c === 0x2e ? JOINER : OTHER);
}

for (let c = 0; c < 128; c++) classOf(c);

/** Token spans as flat triples (start, end, 1 for a word, 0 for a mark) in a growing typed array. */
export class Spans {
  data: Int32Array;
  length = 0;
  /** capacity: how many numbers to make room for at first (three per token). */
  constructor(capacity = 3 * 256) {
    this.data = new Int32Array(capacity);
  }
  grow(): void {
    const bigger = new Int32Array(this.data.length * 2);
    bigger.set(this.data);
    this.data = bigger;
  }
}

/** Appends the tokens of text[start, end) to `out`: no object per token, for callers that build their own. */
export function scanSpans(text: string, start: number, end: number, out: Spans): void {
  let data = out.data;
  let n = out.length;
  let i = start;
  while (i < end) {
    const c = text.charCodeAt(i);
    const kind = CLASS[c] || classOf(c);
    if (kind === SPACE) { i++; continue; }
    if (n + 3 > data.length) { out.grow(); data = out.data; }
    if (kind === WORD) {
      let j = i + 1;
      for (;;) {
        while (j < end) {
          const d = text.charCodeAt(j);
          if ((CLASS[d] || classOf(d)) !== WORD) break;
          j++;
        }
        // a joiner between two word characters keeps the word going: "don't", "al-Asad", "U.S"
        if (j + 1 < end && CLASS[text.charCodeAt(j)] === JOINER) {
          const d = text.charCodeAt(j + 1);
          if ((CLASS[d] || classOf(d)) === WORD) { j += 2; continue; }
        }
        break;
      }
      if (j < end && text.charCodeAt(j) === 46) {
        const word = text.slice(i, j);
        if (isInitials(word) || ABBREVIATIONS.has(word.toLowerCase())) j++;
      }
      data[n] = i;
      data[n + 1] = j;
      data[n + 2] = 1;
      n += 3;
      i = j;
      continue;
    }
    const len = c === 39 && i + 1 < end && text.charCodeAt(i + 1) === 39 ? 2 : 1;
    data[n] = i;
    data[n + 1] = i + len;
    data[n + 2] = 0;
    n += 3;
    i += len;
  }
  out.length = n;
}

/** Every sentence's token spans: sentence k's triples are data[from[k] .. from[k + 1]). */
export interface SentenceSpans { data: Int32Array; from: Int32Array }

// Scanned once per article: the name finder and the reported-speech finder read the same spans.
const scannedArticles = new WeakMap<Article, SentenceSpans>();

export function sentenceSpans(article: Article): SentenceSpans {
  let done = scannedArticles.get(article);
  if (!done) {
    const { text, sentences } = article;
    // news runs about five characters a token: room for one token per two characters rarely grows
    const spans = new Spans(Math.max(3 * 256, Math.ceil(text.length * 1.5)));
    const from = new Int32Array(sentences.length + 1);
    for (let k = 0; k < sentences.length; k++) {
      from[k] = spans.length;
      scanSpans(text, sentences[k]!.start, sentences[k]!.end, spans);
    }
    from[sentences.length] = spans.length;
    done = { data: spans.data, from };
    scannedArticles.set(article, done);
  }
  return done;
}

export function scanTokens(text: string, start: number, end: number): RawToken[] {
  const spans = new Spans();
  scanSpans(text, start, end, spans);
  const d = spans.data;
  const out: RawToken[] = new Array(spans.length / 3);
  for (let k = 0; k < spans.length; k += 3) {
    out[k / 3] = { text: text.slice(d[k]!, d[k + 1]!), start: d[k]!, end: d[k + 1]!, word: d[k + 2] === 1 };
  }
  return out;
}
