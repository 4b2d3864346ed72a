// What the quote finders share: their tokens (with a lower-case form for lookups), the
// candidate quotes they return, and small helpers over both.
import type { Span } from './article.js';
import { scanSpans, sentenceSpans, Spans } from './tokens.js';
import type { Article } from './article.js';
import { isLower, isUpper } from './text.js';

export type QuoteKind = 'direct' | 'indirect' | 'mixed';

/** A quote a finder proposes: its span, its kind, and the phrase naming its speaker (resolved later). */
export interface Found extends Span {
  kind: QuoteKind;
  speakerSpan: Span | null;
  cue: string | null;
  inherit?: boolean;
  /** "Adding, “…”": the quote goes on from the last quote of any kind in its paragraph. */
  continues?: boolean;
  /** Kept only when the speaker is a person the article names ("Pence: …" headlines). */
  personOnly?: boolean;
  /** Its speaker counts only when a person the article names ("Dr. Ben Carson: Hillary ‘Not Fit …’"). */
  speakerIfPerson?: boolean;
  /** A quoted fragment no frame was found for: listed only where nothing else covers it. */
  fragment?: boolean;
}

export interface Tok extends Span { text: string; lower: string; word: boolean }

/** ASCII with no capital: its own lower-case form (most words, so no new string for them). */
function isPlainLower(w: string): boolean {
  for (let i = 0; i < w.length; i++) {
    const c = w.charCodeAt(i);
    if (c >= 128 || (c >= 65 && c <= 90)) return false;
  }
  return true;
}

const spans = new Spans();
export function tokensOf(text: string, start: number, end: number): Tok[] {
  spans.length = 0;
  scanSpans(text, start, end, spans);
  return toks(text, spans.data, 0, spans.length);
}

/** The tokens of sentence k of the article, from the spans scanned once per article. */
export function sentenceTokens(article: Article, k: number): Tok[] {
  const { data, from } = sentenceSpans(article);
  return toks(article.text, data, from[k]!, from[k + 1]!);
}

function toks(text: string, d: Int32Array, begin: number, end: number): Tok[] {
  const out: Tok[] = new Array((end - begin) / 3);
  for (let k = begin; k < end; k += 3) {
    const word = d[k + 2] === 1;
    const t = text.slice(d[k]!, d[k + 1]!);
    let lower = t;
    if (word && !isPlainLower(t)) {
      lower = t.toLowerCase();
      if (lower.includes('’')) lower = lower.replace(/’/g, "'");
    }
    out[(k - begin) / 3] = { text: t, start: d[k]!, end: d[k + 1]!, word, lower };
  }
  return out;
}

// Attribution is looked for this far around a quotation mark: enough for any speaker phrase,
// and it keeps very long "sentences" (tables, lists) from making the work quadratic.
/** An article or a possessive: after one, a speech verb's form is a noun ("an afternoon tweet", "his public remarks"). */
export const NOUN_MARKERS: ReadonlySet<string> = new Set(['a', 'an', 'the', 'his', 'her', 'their', 'its', 'these', 'those']);

export const ATTRIBUTION_WINDOW = 400;

/** How many words text[start, end) holds (no token objects made). */
export function wordCount(text: string, start = 0, end = text.length): number {
  spans.length = 0;
  scanSpans(text, start, end, spans);
  let n = 0;
  for (let k = 2; k < spans.length; k += 3) n += spans.data[k]!;
  return n;
}
export const isCap = (t: Tok | undefined): boolean => t !== undefined && isUpper(t.text[0]!);
export const startsLower = (w: string): boolean => isLower(w[0]!);

export const spanOf = (toks: Tok[], [a, b]: [number, number]): Span => ({ start: toks[a]!.start, end: toks[b]!.end });
