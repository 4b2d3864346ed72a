// Compiling a query and finding its matches. Matching runs on a folded copy of the text that
// has the same length, so every offset found indexes the original.
import { createRequire } from 'node:module';
import type * as VM from 'node:vm';
import { foldAccents, foldTypography, hasAccents } from './text.js';
import { sentenceAt, type Article, type Span } from './article.js';

export type CaseMode = 'smart' | 'insensitive' | 'sensitive';

export interface QueryOptions {
  fixed?: boolean;
  word?: boolean;
  caseMode?: CaseMode;
  /** Typographic folding of quotes, dashes and spaces (on by default). */
  foldTypography?: boolean;
}

export interface Query {
  patterns: string[];
  source: string;
  flags: string;
  foldAccents: boolean;
  foldTypography: boolean;
}

export class PatternError extends Error {}

// "-" is special only inside a class, and "\-" is a syntax error in Unicode mode: leave it.
const escapeRegExp = (s: string): string => s.replace(/[\\^$.*+?()[\]{}|\/]/g, '\\$&');

/** Without escapes (\S, \W, \p{Lu}), does the pattern contain an uppercase letter? */
function hasUppercase(pattern: string, fixed: boolean): boolean {
  const bare = fixed ? pattern : pattern.replace(/\\p\{[^}]*\}|\\P\{[^}]*\}|\\./g, '');
  return bare !== bare.toLowerCase();
}

/** A literal space (outside a character class) matches any run of white space but a newline. */
function spacesToWhitespace(source: string): string {
  let out = '';
  let inClass = false;
  for (let i = 0; i < source.length; i++) {
    const c = source[i]!;
    if (c === '\\') { out += c + (source[i + 1] ?? ''); i++; continue; }
    if (c === '[') inClass = true;
    else if (c === ']') inClass = false;
    if (c === ' ' && !inClass) {
      while (source[i + 1] === ' ') i++;
      out += '[^\\S\\n]+';
      continue;
    }
    out += c;
  }
  return out;
}

export function compileQuery(patterns: string[], opts: QueryOptions = {}): Query {
  const fold = opts.foldTypography !== false;
  const caseMode = opts.caseMode ?? 'smart';
  const insensitive = caseMode === 'insensitive' || (caseMode === 'smart' && !patterns.some((p) => hasUppercase(p, opts.fixed === true)));
  const parts = patterns.map((p) => {
    let src = fold ? foldTypography(p) : p;
    if (opts.fixed) src = escapeRegExp(src);
    src = spacesToWhitespace(src);
    return opts.word ? `(?<![\\p{L}\\p{N}_])(?:${src})(?![\\p{L}\\p{N}_])` : `(?:${src})`;
  });
  const source = parts.join('|');
  const flags = insensitive ? 'giu' : 'gu';
  try {
    new RegExp(source, flags);
  } catch (err) {
    const reason = (err as Error).message.replace(/^Invalid regular expression: \/.*\/[a-z]*: /s, '');
    throw new PatternError(`invalid pattern ${JSON.stringify(patterns.length === 1 ? patterns[0] : patterns.join(' | '))}: ${reason}`);
  }
  // Folding quotes, dashes and spaces can only change a match when the pattern names a quote,
  // a dash or an escape that could stand for one (spaces already match any white space):
  // otherwise the text is left as it is, which saves a pass over it.
  const typographyMatters = patterns.some((p) => /['"\-‘’“”–—]|\\[xuc]/.test(p));
  return { patterns, source, flags, foldAccents: !patterns.some(hasAccents), foldTypography: fold && typographyMatters };
}

/** The text the query runs on: same length as `text`, folded as the query asks. */
export function haystackFor(text: string, query: Query): string {
  let hay = query.foldTypography ? foldTypography(text) : text;
  if (query.foldAccents) hay = foldAccents(hay);
  return hay;
}

// The match loop runs inside a vm context so a catastrophic pattern can be stopped by a timeout;
// the context is made once, on the first search, and costs about a millisecond.
const MATCH_LOOP = `(() => {
  const re = new RegExp(source, flags);
  const found = [];
  let m;
  while (found.length < limit * 2 && (m = re.exec(hay)) !== null) {
    const len = m[0].length;
    if (len === 0) { re.lastIndex = m.index + (hay.codePointAt(m.index) > 0xffff ? 2 : 1); continue; }
    if (m[0].indexOf('\\n') === -1) found.push(m.index, m.index + len);
  }
  return found;
})()`;
let loopScript: VM.Script | undefined;
let loopContext: VM.Context | undefined;

export class TooSlowError extends Error {}

/**
 * Every non-empty match of `query` in `hay` (matches never span a line break), at most
 * `limit`. Throws TooSlowError when matching takes longer than `timeoutMs`.
 */
export function findMatches(hay: string, query: Query, limit = Infinity, timeoutMs = 3000): Span[] {
  // node:vm is loaded on the first search only
  const vm = createRequire(import.meta.url)('node:vm') as typeof VM;
  loopScript ??= new vm.Script(MATCH_LOOP);
  loopContext ??= vm.createContext({});
  Object.assign(loopContext, { hay, source: query.source, flags: query.flags, limit });
  let flat: number[];
  try {
    flat = loopScript.runInContext(loopContext, { timeout: Math.max(1, Math.round(timeoutMs)) }) as number[];
  } catch (err) {
    if ((err as NodeJS.ErrnoException).code === 'ERR_SCRIPT_EXECUTION_TIMEOUT') {
      throw new TooSlowError(`pattern too slow: gave up after ${(timeoutMs / 1000).toFixed(0)} s (catastrophic backtracking? simplify it or use -F)`);
    }
    throw err;
  } finally {
    loopContext.hay = '';
  }
  const spans: Span[] = [];
  for (let i = 0; i < flat.length && spans.length < limit; i += 2) spans.push({ start: flat[i]!, end: flat[i + 1]! });
  return spans;
}

export interface SearchMatch extends Span {
  text: string;
  paragraph: number;
  sentence: number;
  /** Index of the sentence in article.sentences. */
  sentenceIndex: number;
  context: Span & { text: string };
}

/** Places each match in its sentence; the context is that sentence widened by before/after. */
export function placeMatches(article: Article, spans: Span[], before = 0, after = 0): SearchMatch[] {
  const { text, sentences } = article;
  const index = new Map(sentences.map((s, i) => [s, i]));
  const out: SearchMatch[] = [];
  for (const span of spans) {
    const s = sentenceAt(article, span.start);
    if (!s) continue; // cannot happen for text inside a paragraph
    const i = index.get(s)!;
    const first = sentences[Math.max(0, i - before)]!;
    const last = sentences[Math.min(sentences.length - 1, i + after)]!;
    out.push({
      start: span.start, end: span.end, text: text.slice(span.start, span.end),
      paragraph: s.paragraph, sentence: s.n, sentenceIndex: i,
      context: { start: first.start, end: last.end, text: text.slice(first.start, last.end) },
    });
  }
  return out;
}
