// The word scanner both extractors use: words with inner apostrophes, hyphens and periods
// ("don't", "al-Asad", "U.S"), initials and abbreviations keeping their final period ("H.W.",
// "Mr."), a doubled apostrophe ('') as one quotation mark, any other mark as a token of its own.
// A hand-written scanner: the equivalent Unicode-property regex costs milliseconds to compile.
import type { Span } from './article.js';
import { isWordChar } from './text.js';

export interface RawToken extends Span { text: string; word: boolean }

const ABBREVIATIONS = new Set(['mr', 'mrs', 'ms', 'dr', 'jr', 'sr', 'st', 'sen', 'rep', 'gov', 'gen', 'col', 'lt', 'sgt',
  'capt', 'maj', 'prof', 'rev', 'hon', 'pres', 'adm', 'cmdr', 'mt', 'ft', 'no', 'vs', 'inc', 'corp', 'co', 'ltd']);
const JOINERS = new Set(["'", '’', '-', '.']);

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
    const ch = text[i]!;
    if (ch === ' ' || ch === '\n' || ch === '\t' || ch === '\r' || (ch > '\u007f' && /\s/.test(ch))) { i++; continue; }
    if (isWordChar(ch)) {
      let j = i + 1;
      for (;;) {
        if (j < end && isWordChar(text[j]!)) j++;
        else if (j + 1 < end && JOINERS.has(text[j]!) && isWordChar(text[j + 1]!)) j += 2;
        else break;
      }
      if (j < end && text[j] === '.') {
        const word = text.slice(i, j);
        if (isInitials(word) || ABBREVIATIONS.has(word.toLowerCase())) j++;
      }
      out.push({ text: text.slice(i, j), start: i, end: j, word: true });
      i = j;
      continue;
    }
    const len = ch === "'" && text[i + 1] === "'" && i + 1 < end ? 2 : 1;
    out.push({ text: text.slice(i, i + len), start: i, end: i + len, word: false });
    i += len;
  }
  return out;
}
