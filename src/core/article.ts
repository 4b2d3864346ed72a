// The one text model every command reads: paragraphs and sentences as spans of the input.
import { isLower, isUpper, isWordChar, WORD_RE } from './text.js';

export interface Span { start: number; end: number }
export interface Sentence extends Span { n: number; paragraph: number }
export interface Paragraph extends Span { n: number; sentences: Sentence[] }
export interface Article {
  text: string;
  paragraphs: Paragraph[];
  /** All sentences in order; `paragraph` and `n` are 1-based. */
  sentences: Sentence[];
}
export interface Token extends Span { text: string }

// Words that, followed by a period, almost never end a sentence.
const TITLE_ABBREVIATIONS = new Set([
  'mr', 'mrs', 'ms', 'messrs', 'dr', 'prof', 'sen', 'sens', 'rep', 'reps', 'gov', 'gen', 'col', 'lt', 'sgt',
  'capt', 'cpl', 'maj', 'adm', 'cmdr', 'st', 'rev', 'hon', 'pres', 'supt', 'det', 'insp', 'fr', 'sr', 'jr',
  'no', 'nos', 'vs', 'v', 'mt', 'ft', 'ave', 'blvd', 'jan', 'feb', 'mar', 'apr', 'jun', 'jul', 'aug', 'sep',
  'sept', 'oct', 'nov', 'dec', 'approx', 'dept', 'est', 'fig', 'gens', 'govs', 'atty', 'sup', 'ste',
]);
// Abbreviations that can also end a sentence ("… left the U.S. He said"): split only before a
// word that typically starts one.
const AMBIGUOUS_ABBREVIATIONS = new Set(['inc', 'corp', 'ltd', 'co', 'etc', 'bros', 'plc', 'llc']);
const SENTENCE_STARTERS = new Set([
  'the', 'a', 'an', 'he', 'she', 'it', 'they', 'we', 'i', 'you', 'his', 'her', 'its', 'their', 'our', 'this',
  'that', 'these', 'those', 'there', 'but', 'and', 'so', 'yet', 'in', 'on', 'at', 'for', 'as', 'after',
  'before', 'when', 'while', 'if', 'meanwhile', 'however', 'moreover', 'still', 'then', 'now', 'many',
  'some', 'most', 'both', 'all', 'no', 'one', 'two', 'officials', 'analysts', 'experts', 'according',
  'since', 'during', 'under', 'with', 'without', 'by', 'from', 'to', 'what', 'why', 'how', 'who', 'where',
  'additionally', 'also', 'earlier', 'later', 'last', 'next', 'instead', 'thus', 'therefore', 'yes',
]);

const CLOSERS = new Set(['"', "'", '\u201D', '\u2019', ')', ']', '»', '\u00BB']);

const isUpperStart = isUpper;

/** The word just before position `dot` (where text[dot] === '.'), including inner periods. */
function wordBefore(text: string, dot: number): string {
  let i = dot;
  while (i > 0 && (text[i - 1] === '.' || isWordChar(text[i - 1]!))) i--;
  return text.slice(i, dot);
}

function nextWord(text: string, from: number): string {
  let i = from;
  const limit = Math.min(text.length, from + 40);
  while (i < limit && /[\s"'“‘(\[]/.test(text[i]!)) i++;
  let j = i;
  while (j < limit && isWordChar(text[j]!)) j++;
  return text.slice(i, j);
}

/** Initials and dotted abbreviations: "W.E.B", "U.S", "a.m", a lone "J". */
function isInitials(word: string): boolean {
  for (let i = 0; i < word.length; i++) {
    const letter = i % 2 === 0;
    if (letter ? !isWordChar(word[i]!) || /[0-9]/.test(word[i]!) : word[i] !== '.') return false;
  }
  return word.length % 2 === 1;
}

/**
 * Decides whether a terminator at `at` (text[at] is . ! ? or …) ending at `after` (past closing
 * quotes/brackets), followed by whitespace and `next`, ends a sentence.
 */
function endsSentence(text: string, at: number, after: number, nextStart: number): boolean {
  const next = text[nextStart]!;
  const nextIsLower = isLower(next);
  if (nextIsLower) return false;
  // (nor a dash: "SPRINGFIELD, Ill. — Two people …" is a dateline, and no sentence opens with a dash)
  if (/[,;:\u2014\u2013]/.test(next)) return false;
  const ch = text[at]!;
  if (ch === '!' || ch === '?') return true;
  // (a closing bracket alone leaves the abbreviation test to decide: "Alan John Percivale (A.J.P.) Taylor")
  const closedByQuote = after > at + 1 && !/^\)+$/.test(text.slice(at + 1, after));
  // "..." or "…": a pause, unless what follows starts a sentence.
  const isEllipsis = ch === '…' || (at >= 2 && text[at - 1] === '.' && text[at - 2] === '.');
  if (isEllipsis) return isUpperStart(next) || /["“‘']/.test(next);
  const word = wordBefore(text, at);
  const lower = word.toLowerCase();
  const following = nextWord(text, nextStart).toLowerCase();
  if (word.length === 0) return true;
  if (closedByQuote) return true;
  if (lower === 'no' || lower === 'nos') return !/\d/.test(next); // "No. 5" versus "he said no."
  if (TITLE_ABBREVIATIONS.has(lower)) {
    // "No. 5" or "Jan. 5" continue; "… in Jan. The" or "… St. He" are rare enough to keep together,
    // except before a clear sentence starter for month names.
    return /^(jan|feb|mar|apr|jun|jul|aug|sep|sept|oct|nov|dec)$/.test(lower) && SENTENCE_STARTERS.has(following) && following !== 'no';
  }
  if (AMBIGUOUS_ABBREVIATIONS.has(lower)) return SENTENCE_STARTERS.has(following);
  // Initials and dotted abbreviations: "W.E.B.", "H.W.", "U.S.", "a.m.", a lone "J."
  if (isInitials(word)) {
    if (word.length === 1 && !isUpperStart(word)) return true;
    return SENTENCE_STARTERS.has(following);
  }
  return true;
}

/** Splits the paragraph span [start, end) of `text` into sentence spans. */
/** . ! ? … */
const isSentenceMark = (c: number): boolean => c === 46 || c === 33 || c === 63 || c === 0x2026;

export function splitSentences(text: string, start: number, end: number): Span[] {
  const spans: Span[] = [];
  let sentenceStart = start;
  // (a scan bounded by the paragraph: a regular expression searching on to the next mark
  // anywhere in the text made many paragraphs without one quadratic)
  let from = start;
  for (;;) {
    let i = from;
    while (i < end && !isSentenceMark(text.charCodeAt(i))) i++;
    if (i >= end) break;
    let j = i + 1;
    while (j < end && isSentenceMark(text.charCodeAt(j))) j++;
    from = j;
    const at = j - 1;
    let after = at + 1;
    while (after < end && CLOSERS.has(text[after]!)) after++;
    let nextStart = after;
    while (nextStart < end && /\s/.test(text[nextStart]!)) nextStart++;
    if (nextStart === after || nextStart >= end) continue; // no space after, or paragraph end
    if (endsSentence(text, at, after, nextStart)) {
      spans.push({ start: sentenceStart, end: after });
      sentenceStart = nextStart;
    }
    from = nextStart;
  }
  let last = end;
  while (last > sentenceStart && /\s/.test(text[last - 1]!)) last--;
  if (last > sentenceStart) spans.push({ start: sentenceStart, end: last });
  return spans;
}

// White space trimmed from paragraph edges: blanks and the CR of CRLF, but no other control
// character (a vertical tab is content, shown as ␋, never silently dropped).
const EDGE_SPACE = /[\t\r \u00a0\u1680\u2000-\u200a\u2028\u2029\u202f\u205f\u3000\ufeff]/;

/** Paragraphs are non-blank lines (LF or CRLF), trimmed of surrounding blanks. */
export function splitParagraphs(text: string): Span[] {
  const spans: Span[] = [];
  const re = /[^\n]+/g;
  let m: RegExpExecArray | null;
  while ((m = re.exec(text)) !== null) {
    let s = m.index;
    let e = m.index + m[0].length;
    while (s < e && EDGE_SPACE.test(text[s]!)) s++;
    while (e > s && EDGE_SPACE.test(text[e - 1]!)) e--;
    if (e > s) spans.push({ start: s, end: e });
  }
  return spans;
}

export function parseArticle(text: string): Article {
  const paragraphs: Paragraph[] = [];
  const sentences: Sentence[] = [];
  const spans = splitParagraphs(text);
  for (let i = 0; i < spans.length; i++) {
    const p = spans[i]!;
    const n = i + 1;
    const own: Sentence[] = [];
    const split = splitSentences(text, p.start, p.end);
    for (let j = 0; j < split.length; j++) {
      const s: Sentence = { start: split[j]!.start, end: split[j]!.end, n: j + 1, paragraph: n };
      own.push(s);
      sentences.push(s);
    }
    paragraphs.push({ start: p.start, end: p.end, n, sentences: own });
  }
  return { text, paragraphs, sentences };
}

/** Word tokens of text[start, end) with their offsets. */
export function tokenize(text: string, start = 0, end = text.length): Token[] {
  const tokens: Token[] = [];
  const re = new RegExp(WORD_RE.source, 'gu');
  re.lastIndex = start;
  let m: RegExpExecArray | null;
  while ((m = re.exec(text)) !== null && m.index < end) {
    const tokEnd = Math.min(m.index + m[0].length, end);
    tokens.push({ start: m.index, end: tokEnd, text: text.slice(m.index, tokEnd) });
  }
  return tokens;
}

/** The sentence containing offset `at` (binary search over the ordered sentence list). */
/** The index in article.sentences of the sentence holding offset `at` (-1 before the first). */
export function sentenceIndexAt(article: Article, at: number): number {
  const list = article.sentences;
  let lo = 0;
  let hi = list.length - 1;
  let found = -1;
  while (lo <= hi) {
    const mid = (lo + hi) >> 1;
    if (list[mid]!.start <= at) { found = mid; lo = mid + 1; } else hi = mid - 1;
  }
  return found;
}

export function sentenceAt(article: Article, at: number): Sentence | undefined {
  const list = article.sentences;
  let lo = 0;
  let hi = list.length - 1;
  let found: Sentence | undefined;
  while (lo <= hi) {
    const mid = (lo + hi) >> 1;
    const s = list[mid]!;
    if (s.start <= at) { found = s; lo = mid + 1; } else hi = mid - 1;
  }
  return found;
}
