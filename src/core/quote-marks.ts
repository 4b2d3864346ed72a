// Pairing quotation marks. Curly, straight and doubled-apostrophe ('') marks are all used in
// news text; unbalanced marks must never make a quote swallow the rest of the article.
import type { Article, Span } from './article.js';

export interface QuotedSpan extends Span {
  /** Offsets of the opening mark and of the closing mark (the paragraph end when unclosed). */
  open: number;
  close: number;
  /** Length of the closing mark (0 when unclosed). */
  closeLength: number;
}

const MARK_RE = /''|[“”"«»„]/g;
const OPENS = new Set(['“', '"', "''", '«', '„']);
const CLOSES = new Set(['”', '"', "''", '»', '“']);

/** Does the opening mark at `i` start a quote (a straight mark followed by space does not)? */
function canOpen(text: string, i: number, mark: string): boolean {
  if (!OPENS.has(mark)) return false;
  const next = text[i + mark.length] ?? ' ';
  return !((mark === '"' || mark === "''") && /\s/.test(next));
}

/** A closing mark, unless it is a straight mark that sits before a word (and so opens one). */
function canClose(text: string, i: number, mark: string, opener: string): boolean {
  if (!CLOSES.has(mark)) return false;
  // German-style „…“; or a mistyped closing mark: “Apparently not,“ he said.
  if (mark === '“') return opener === '„' || (/[,.!?]/.test(text[i - 1] ?? '') && /\s/.test(text[i + 1] ?? ' '));
  if (opener === '“' && mark === '"') return true;
  const prev = text[i - 1] ?? ' ';
  // a space after a nested quote's closing mark: 'African American outreach,' "
  if (/\s/.test(prev) && mark === '"' && (text[i - 2] === "'" || text[i - 2] === '’')) return true;
  // a space on both sides, after the quote's own punctuation: "…coalitions, '' said Mr. Gunnels"
  if (/\s/.test(prev) && /[,.!?]/.test(text[i - 2] ?? '') && /\s/.test(text[i + mark.length] ?? ' ')) return true;
  return !(/\s/.test(prev) && (mark === '"' || mark === "''"));
}

/**
 * Quoted spans in text order. A quote still open at a paragraph's end runs on when the next
 * paragraph opens with a mark (the newspaper convention); otherwise it ends with the paragraph.
 */
export function findQuotedSpans(article: Article): QuotedSpan[] {
  const { text, paragraphs } = article;
  const spans: QuotedSpan[] = [];
  let open = -1;
  let opener = '';
  let runs = 0;
  const finish = (close: number, closeLength: number): void => {
    let start = open + opener.length;
    let end = close;
    while (start < end && /\s/.test(text[start]!)) start++;
    while (end > start && /\s/.test(text[end - 1]!)) end--;
    if (end > start) spans.push({ start, end, open, close, closeLength });
    open = -1;
    runs = 0;
  };
  // every mark, in one pass over the text (offset, length pairs); no mark spans a line break
  const marks: number[] = [];
  const re = new RegExp(MARK_RE.source, 'g');
  for (let m = re.exec(text); m !== null; m = re.exec(text)) {
    // Of three apostrophes (a nested single quote beside a doubled-apostrophe mark), the doubled
    // mark is the outer pair: the first two after a space ('''Old), the last two after a word (old,''').
    if (m[0].length === 2 && text.charCodeAt(m.index + 2) === 39 && m.index > 0 && !/\s/.test(text[m.index - 1]!)) {
      marks.push(m.index + 1, 2);
      re.lastIndex = m.index + 3;
      continue;
    }
    marks.push(m.index, m[0].length);
  }
  let k = 0;
  for (let pi = 0; pi < paragraphs.length; pi++) {
    const p = paragraphs[pi]!;
    while (k < marks.length && marks[k]! < p.start) k += 2;
    let first = true;
    for (; k < marks.length && marks[k]! < p.end; k += 2) {
      const at = marks[k]!;
      const mark = text.slice(at, at + marks[k + 1]!);
      if (open >= 0 && first && at === p.start && runs > 0) { first = false; continue; } // reopening a running quote
      first = false;
      if (open < 0) {
        if (canOpen(text, at, mark)) { open = at; opener = mark; }
      } else if (canClose(text, at, mark, opener)) {
        finish(at, mark.length);
      } else if (mark === opener && mark === '“') {
        // a second opening curly mark: the first one was never closed
        finish(at, 0);
        open = at;
        opener = mark;
      }
    }
    if (open >= 0) {
      const next = paragraphs[pi + 1];
      const markLength = next !== undefined && text.startsWith("''", next.start) ? 2 : 1;
      // a transcript's next speaker ("WALLACE: …") starts a quote of its own
      const reopens = next !== undefined && OPENS.has(text.slice(next.start, next.start + markLength))
        && !/^[A-ZÀ-Þ][A-ZÀ-Þ.'’\- ]{1,30}[A-ZÀ-Þ]:\s/.test(text.slice(next.start + markLength, next.start + markLength + 40));
      if (reopens && runs < 5) { runs++; continue; }
      finish(p.end, 0);
    }
  }
  const curly = singleQuotedSpans(article, spans, CURLY_SINGLES);
  const straight = singleQuotedSpans(article, spans, STRAIGHT_SINGLES);
  const all = curly.length + straight.length === 0 ? spans : [...spans, ...curly, ...straight].sort((a, b) => a.open - b.open);
  // short phrases in straight single marks, outside all those ("the figures were 'deeply worrying'");
  // up to a clause, as British papers quote ("were 'still fighting among themselves instead of …'")
  if (!/[\s(]'[a-z][a-z]/.test(article.text)) return all;
  const phrases = singleQuotedSpans(article, all, STRAIGHT_SINGLE_PHRASES).filter((q) => q.end - q.start <= 150 && !/[.!?]\s/.test(article.text.slice(q.start, q.end)));
  return phrases.length === 0 ? all : [...all, ...phrases].sort((a, b) => a.open - b.open);
}

const isCapital = (c: string | undefined): boolean => c !== undefined && c !== c.toLowerCase() && c === c.toUpperCase();
const isLetterOrDigit = (c: string | undefined): boolean => c !== undefined && /[\p{L}\p{N}]/u.test(c);

/** The single marks of one kind: which offsets may open a quote, which may close one. */
interface SingleMarks {
  open: string;
  close: string;
  opens(text: string, at: number, paragraphStart: number): boolean;
  closes(text: string, at: number): boolean;
  /** A mark (of the closing kind, not a closer) that rules out a pair it stands inside. */
  spoils?(text: string, at: number): boolean;
}

/**
 * Curly single quotation marks used as the outer marks (‘…’, as some papers and most British
 * headlines do), outside every double-quoted span. An apostrophe is never taken for one: an
 * opening ‘ follows a space or the start of a paragraph; a closing ’ is not followed by a letter,
 * and "workers’ union" (an s, the mark, a space, a lower-case word) is a possessive.
 */
const CURLY_SINGLES: SingleMarks = {
  open: '‘',
  close: '’',
  opens: (text, at, paragraphStart) => (at === paragraphStart || /[\s(\[—–-]/.test(text[at - 1]!)) && isLetterOrDigit(text[at + 1]),
  closes: (text, c) => {
    const next = text[c + 1];
    if (c === 0 || isLetterOrDigit(next) || /\s/.test(text[c - 1]!)) return false;
    return !(text[c - 1] === 's' && next === ' ' && /[a-z]/.test(text[c + 2] ?? ''));
  },
};

/**
 * Straight single marks as the outer marks ('We are ready,' she said.), taken only where no
 * apostrophe reads so: an opening mark before a capital, after a space or at a paragraph's
 * start; a closing one right after the sentence's own punctuation (,.!?…), before a space or
 * the end, or after a word and before a colon.
 */
const STRAIGHT_SINGLES: SingleMarks = {
  open: "'",
  close: "'",
  opens: (text, at, paragraphStart) => (at === paragraphStart || /\s/.test(text[at - 1]!)) && isCapital(text[at + 1]),
  // (or a headline's quote before a colon: "'I never planned to be a chef': Nadia Karim on …")
  closes: (text, c) => c > 0 && ((/[,.!?…]/.test(text[c - 1]!) && (c + 1 >= text.length || /[\s)\]—–-]/.test(text[c + 1]!)))
    || (/[a-z]/.test(text[c - 1]!) && text[c + 1] === ':' && text[c + 2] === ' ')),
  // a mark before a space on the way closed something else ('Finding Neverland' on …)
  spoils: (text, at) => /\s/.test(text[at + 1] ?? ''),
};

/**
 * Straight single marks around a short phrase in lower case ('deeply worrying'), as British
 * papers quote: an opening mark after a space before two lower-case letters ('n' of "rock 'n'
 * roll" is none, nor '90s), a closing one after a letter or the phrase's punctuation and before
 * a space, punctuation or the end, not a plural's possessive ("the players' union").
 */
const STRAIGHT_SINGLE_PHRASES: SingleMarks = {
  open: "'",
  close: "'",
  opens: (text, at, paragraphStart) => at > paragraphStart && /[\s(]/.test(text[at - 1]!) && /[a-z]/.test(text[at + 1] ?? '') && /[a-z]/.test(text[at + 2] ?? ''),
  closes: (text, c) => c > 1 && /[a-z,.!?]/.test(text[c - 1]!) && (c + 1 >= text.length || /[\s,.;:!?)\]—–-]/.test(text[c + 1]!))
    && !(text[c - 1] === 's' && text[c + 1] === ' ' && /[a-z]/.test(text[c + 2] ?? '')),
};

function singleQuotedSpans(article: Article, doubles: QuotedSpan[], marks: SingleMarks): QuotedSpan[] {
  const { text } = article;
  const out: QuotedSpan[] = [];
  // every opening and closing mark, found once (so the work stays linear in the text)
  const opens: number[] = [];
  for (let at = text.indexOf(marks.open); at >= 0; at = text.indexOf(marks.open, at + 1)) opens.push(at);
  if (opens.length === 0) return out;
  const closers: number[] = [];
  const spoilers: number[] = [];
  for (let c = text.indexOf(marks.close); c >= 0; c = text.indexOf(marks.close, c + 1)) {
    if (marks.closes(text, c)) closers.push(c);
    else if (marks.spoils?.(text, c)) spoilers.push(c);
  }
  let sp = 0;
  let d = 0;
  let k = 0;
  let pi = 0;
  const { paragraphs } = article;
  for (let o = 0; o < opens.length; o++) {
    const at = opens[o]!;
    while (pi < paragraphs.length && paragraphs[pi]!.end <= at) pi++;
    const p = paragraphs[pi];
    if (p === undefined) break;
    if (at < p.start) continue;
    while (d < doubles.length && doubles[d]!.close + doubles[d]!.closeLength <= at) d++;
    const inside = d < doubles.length && doubles[d]!.open <= at;
    if (inside || !marks.opens(text, at, p.start)) continue;
    while (k < closers.length && closers[k]! <= at) k++;
    // in the same paragraph and before the next double-quoted span
    const close = closers[k];
    if (close === undefined || close >= p.end || (d < doubles.length && doubles[d]!.open < close)) continue;
    while (sp < spoilers.length && spoilers[sp]! <= at) sp++;
    if (sp < spoilers.length && spoilers[sp]! < close) continue;
    let start = at + 1;
    let end = close;
    while (start < end && /\s/.test(text[start]!)) start++;
    while (end > start && /\s/.test(text[end - 1]!)) end--;
    if (end > start) out.push({ start, end, open: at, close, closeLength: 1 });
    while (o + 1 < opens.length && opens[o + 1]! < close) o++;
  }
  return out;
}
