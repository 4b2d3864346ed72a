// The word scanner both extractors use: words with inner apostrophes, hyphens and periods
// ("don't", "al-Asad", "U.S"), initials and abbreviations keeping their final period ("H.W.",
// "Mr."), a doubled apostrophe ('') as one quotation mark, any other mark as a token of its own.
// A hand-written scanner: the equivalent Unicode-property regex costs milliseconds to compile.
import type { Span } from './article.js';
import { isWordChar, isWordCode } from './text.js';

export interface RawToken extends Span { text: string; word: boolean }

const ABBREVIATIONS = new Set(['mr', 'mrs', 'ms', 'dr', 'jr', 'sr', 'st', 'sen', 'rep', 'gov', 'gen', 'col', 'lt', 'sgt',
  'capt', 'maj', 'prof', 'rev', 'hon', 'pres', 'adm', 'cmdr', 'mt', 'ft', 'no', 'vs', 'inc', 'corp', 'co', 'ltd']);
const JOINER_CODES = new Set([0x27, 0x2019, 0x2d, 0x2e]); // ' ’ - .

/** "U.S", "H.W", "J": single letters joined by periods. */
function isInitials(word: string): boolean {
  if (word.length % 2 === 0) return false;
  for (let i = 0; i < word.length; i++) {
    if (i % 2 === 0 ? !isWordChar(word[i]!) || (word[i]! >= '0' && word[i]! <= '9') : word[i] !== '.') return false;
  }
  return true;
}

export function scanTokens(text: string, start: number, end: number): RawToken[] {
  const out: RawToken[] = [];
  let i = start;
  while (i < end) {
    const c = text.charCodeAt(i);
    if (c === 32 || c === 10 || c === 9 || c === 13 || (c > 0x7f && (c === 0xa0 || c === 0x3000 || (c >= 0x2000 && c <= 0x200a) || c === 0x202f || c === 0x205f || c === 0x2028 || c === 0x2029 || c === 0x1680 || c === 0x85 || c === 0xfeff))) { i++; continue; }
    if (isWordCode(c)) {
      let j = i + 1;
      for (;;) {
        if (j < end && isWordCode(text.charCodeAt(j))) j++;
        else if (j + 1 < end && JOINER_CODES.has(text.charCodeAt(j)) && isWordCode(text.charCodeAt(j + 1))) j += 2;
        else break;
      }
      if (j < end && text.charCodeAt(j) === 46) {
        const word = text.slice(i, j);
        if (isInitials(word) || ABBREVIATIONS.has(word.toLowerCase())) j++;
      }
      out.push({ text: text.slice(i, j), start: i, end: j, word: true });
      i = j;
      continue;
    }
    const len = c === 39 && i + 1 < end && text.charCodeAt(i + 1) === 39 ? 2 : 1;
    out.push({ text: text.slice(i, i + len), start: i, end: i + len, word: false });
    i += len;
  }
  return out;
}
