// Tokens for finding names: words (with inner hyphens, apostrophes and periods), initials and
// abbreviations with their final period ("H.W.", "Jr."), possessive endings split off
// ("Costa" + "'s"), and punctuation marks as tokens of their own.
import type { Article } from './article.js';
import { scanTokens } from './tokens.js';

export interface NameToken {
  text: string;
  start: number;
  end: number;
  /** Index of the sentence in article.sentences. */
  sentence: number;
  /** First token of its sentence. */
  first: boolean;
}

export function nameTokens(article: Article): NameToken[] {
  const { text } = article;
  const tokens: NameToken[] = [];
  article.sentences.forEach((s, si) => {
    let first = true;
    for (const raw of scanTokens(text, s.start, s.end)) {
      let { start, text: word } = raw;
      const end = raw.end;
      // a possessive ending is a token of its own: "Costa's" → "Costa" "'s"
      if (word.length > 2 && (word.endsWith("'s") || word.endsWith('’s') || word.endsWith("'S") || word.endsWith('’S'))) {
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
