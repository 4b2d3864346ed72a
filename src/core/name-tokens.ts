// Tokens for finding names: words (with inner hyphens, apostrophes and periods), initials and
// abbreviations with their final period ("H.W.", "Jr."), possessive endings split off
// ("Costa" + "'s"), and punctuation marks as tokens of their own.
import type { Article } from './article.js';

export interface NameToken {
  text: string;
  start: number;
  end: number;
  /** Index of the sentence in article.sentences. */
  sentence: number;
  /** First token of its sentence. */
  first: boolean;
}

const TOKEN_RE = /[\p{L}\p{N}\p{M}]+(?:['’\-.][\p{L}\p{N}\p{M}]+)*\.?|[^\s\p{L}\p{N}\p{M}]/gu;
const POSSESSIVE_RE = /['’]s$/i;
const ABBREVIATION_RE = /^(?:\p{L}\.)+$|^(?:mr|mrs|ms|dr|jr|sr|st|sen|rep|gov|gen|col|lt|sgt|capt|maj|prof|rev|hon|pres|adm|cmdr|mt|ft|no|vs|inc|corp|co|ltd)\.$/iu;

export function nameTokens(article: Article): NameToken[] {
  const { text } = article;
  const tokens: NameToken[] = [];
  article.sentences.forEach((s, si) => {
    const re = new RegExp(TOKEN_RE.source, 'gu');
    re.lastIndex = s.start;
    let m: RegExpExecArray | null;
    let first = true;
    while ((m = re.exec(text)) !== null && m.index < s.end) {
      let word = m[0];
      let start = m.index;
      // A trailing period belongs to the word only for initials and abbreviations.
      if (word.length > 1 && word.endsWith('.') && !ABBREVIATION_RE.test(word)) {
        word = word.slice(0, -1);
        re.lastIndex = start + word.length;
      }
      const end = Math.min(start + word.length, s.end);
      if (POSSESSIVE_RE.test(word) && word.length > 2) {
        tokens.push({ text: word.slice(0, -2), start, end: end - 2, sentence: si, first });
        start = end - 2;
        word = word.slice(-2);
        first = false;
      }
      tokens.push({ text: word, start, end, sentence: si, first });
      first = false;
    }
  });
  return tokens;
}
