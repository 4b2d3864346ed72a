// Tokens for finding names: words (with inner hyphens, apostrophes and periods), initials and
// abbreviations with their final period ("H.W.", "Jr."), possessive endings split off
// ("Costa" + "'s"), and punctuation marks as tokens of their own.
import type { Article } from './article.js';
import { sentenceSpans } from './tokens.js';
import { isUpper } from './text.js';

export interface NameToken {
  text: string;
  start: number;
  end: number;
  /** Index of the sentence in article.sentences. */
  sentence: number;
  /** First token of its sentence. */
  first: boolean;
  /** Starts with an upper-case letter: asked of every token by several rules, so kept. */
  cap: boolean;
  /** The lower-cased form the name rules look words up by; '' until first asked (people.ts). */
  key: string;
}

function startsUpper(text: string, at: number): boolean {
  const c = text.charCodeAt(at);
  return c < 128 ? c >= 65 && c <= 90 : isUpper(text[at]!);
}

export function nameTokens(article: Article): NameToken[] {
  const { text, sentences } = article;
  const tokens: NameToken[] = [];
  const { data: d, from } = sentenceSpans(article);
  for (let si = 0; si < sentences.length; si++) {
    let first = true;
    for (let k = from[si]!; k < from[si + 1]!; k += 3) {
      let start = d[k]!;
      const end = d[k + 1]!;
      // a possessive ending is a token of its own: "Costa's" → "Costa" "'s"
      if (end - start > 2 && (text.charCodeAt(end - 1) | 32) === 115 && (text.charCodeAt(end - 2) === 39 || text.charCodeAt(end - 2) === 0x2019)) {
        tokens.push({ text: text.slice(start, end - 2), start, end: end - 2, sentence: si, first, cap: startsUpper(text, start), key: '' });
        start = end - 2;
        first = false;
      }
      tokens.push({ text: text.slice(start, end), start, end, sentence: si, first, cap: startsUpper(text, start), key: '' });
      first = false;
    }
  }
  return tokens;
}
