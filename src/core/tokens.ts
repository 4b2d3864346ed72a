// The word scanner both extractors use: words with inner apostrophes, hyphens and periods
// ("don't", "al-Asad", "U.S"), initials and abbreviations keeping their final period ("H.W.",
// "Mr."), a doubled apostrophe ('') as one quotation mark, any other mark as a token of its own.
// A hand-written scanner: the equivalent Unicode-property regex costs milliseconds to compile.
import type { Span } from './article.js';
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

/**
 * The tokens of text[start, end) as flat triples (start, end, 1 for a word, 0 for a mark)
 * appended to `out`: no object per token, for the callers that build their own.
 */
export function scanSpans(text: string, start: number, end: number, out: number[]): void {
  let i = start;
  while (i < end) {
    const c = text.charCodeAt(i);
    if (c === 32 || c === 10 || c === 9 || c === 13 || (c > 0x7f && (c === 0xa0 || c === 0x3000 || (c >= 0x2000 && c <= 0x200a) || c === 0x202f || c === 0x205f || c === 0x2028 || c === 0x2029 || c === 0x1680 || c === 0x85 || c === 0xfeff))) { i++; continue; }
    if (isWordCode(c)) {
      let j = i + 1;
      for (;;) {
        if (j < end && isWordCode(text.charCodeAt(j))) { j++; continue; }
        const joiner = j + 1 < end ? text.charCodeAt(j) : 0;
        if ((joiner === 0x27 || joiner === 0x2019 || joiner === 0x2d || joiner === 0x2e) && isWordCode(text.charCodeAt(j + 1))) j += 2;
        else break;
      }
      if (j < end && text.charCodeAt(j) === 46) {
        const word = text.slice(i, j);
        if (isInitials(word) || ABBREVIATIONS.has(word.toLowerCase())) j++;
      }
      out.push(i, j, 1);
      i = j;
      continue;
    }
    const len = c === 39 && i + 1 < end && text.charCodeAt(i + 1) === 39 ? 2 : 1;
    out.push(i, i + len, 0);
    i += len;
  }
}

export function scanTokens(text: string, start: number, end: number): RawToken[] {
  const spans: number[] = [];
  scanSpans(text, start, end, spans);
  const out: RawToken[] = new Array(spans.length / 3);
  for (let k = 0; k < spans.length; k += 3) {
    out[k / 3] = { text: text.slice(spans[k]!, spans[k + 1]!), start: spans[k]!, end: spans[k + 1]!, word: spans[k + 2] === 1 };
  }
  return out;
}
