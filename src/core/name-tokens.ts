// Tokens for finding names: words (with inner hyphens, apostrophes and periods), initials and
// abbreviations with their final period ("H.W.", "Jr."), possessive endings split off
// ("Costa" + "'s"), and punctuation marks as tokens of their own.
import type { Article } from './article.js';
import { sentenceSpans } from './tokens.js';
import { isUpper } from './text.js';

export interface NameToken {
  /** The text the token is in (the article's): rules that only look at characters read it there. */
  readonly source: string;
  readonly text: string;
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
  /** Whether the token can be part of a name (people.ts): 0 until first asked, then 1 yes, 2 no. */
  namePart: number;
}

// A token's text is made only when some rule asks for it: most tokens are never asked.
class LazyToken implements NameToken {
  private made: string | undefined;
  key = '';
  namePart = 0;
  constructor(readonly source: string, readonly start: number, readonly end: number, readonly sentence: number, readonly first: boolean, readonly cap: boolean) {}
  get text(): string {
    return (this.made ??= this.source.slice(this.start, this.end));
  }
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
        tokens.push(new LazyToken(text, start, end - 2, si, first, startsUpper(text, start)));
        start = end - 2;
        first = false;
      }
      tokens.push(new LazyToken(text, start, end, si, first, startsUpper(text, start)));
      first = false;
    }
  }
  return tokens;
}

/** Does the token spell `word`? Read in the article's text, so the token's own string is not made. */
export function spells(t: NameToken, word: string): boolean {
  if (t.end - t.start !== word.length) return false;
  const source = t.source;
  for (let k = 0; k < word.length; k++) if (source.charCodeAt(t.start + k) !== word.charCodeAt(k)) return false;
  return true;
}

/** A name's place among the tokens: indices of its first and last token, inclusive. */
export interface RawMention { first: number; last: number }

export const isCapitalized = (w: string): boolean => w.length > 0 && isUpper(w[0]!);

/** The token's key(), worked out once: the rules ask for it again and again. */
export const keyOf = (t: NameToken): string => t.key || (t.key = key(t.text));
export const key = (w: string): string => {
  // most words are lower-case ASCII already: they are their own key
  let plain = true;
  for (let i = 0; i < w.length && plain; i++) {
    const c = w.charCodeAt(i);
    plain = c < 128 && !(c >= 65 && c <= 90);
  }
  if (plain) return w;
  const lower = w.toLowerCase();
  return lower.includes('’') ? lower.replace(/’/g, "'") : lower;
};
