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
  /** Plain ASCII words, no -w, no typography: countable on raw UTF-8 bytes (countInUtf8). */
  bytewise: boolean;
  /**
   * For a bytewise query: the source that runs on bytes read as Latin-1, where white space is
   * spelled out (\s would take the 0xA0 inside a UTF-8 sequence for a no-break space), and
   * the characters it can match that a folded sequence may turn into (letters, a space).
   */
  bytes?: {
    source: string;
    targets: Set<string>;
    folds?: Map<number, Set<string>>;
    /**
     * One pattern with no space in it is plain text: its matches are where Buffer.indexOf finds
     * it (lower-cased when the query ignores case), with no string made of the bytes at all.
     */
    literal?: { text: string; ignoreCase: boolean };
  };
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
    // checked alone first, so the engine's reason speaks of the pattern as the user wrote it
    try {
      new RegExp(src, 'u');
    } catch (err) {
      throw new PatternError(`invalid pattern ${JSON.stringify(p)}: ${(err as Error).message.replace(/^Invalid regular expression: \/.*\/[a-z]*: /s, '')}`);
    }
    return opts.word ? `(?<![\\p{L}\\p{N}_])(?:${src})(?![\\p{L}\\p{N}_])` : `(?:${src})`;
  });
  const source = parts.join('|');
  // Plain ASCII words need no Unicode mode (with the text's accents folded, and the letters
  // Unicode case folding adds folded too, they match the same), and run several times faster.
  const plainAscii = !opts.word && !patterns.some(hasAccents)
    && patterns.every((p) => (opts.fixed ? /^[\x20-\x7e]*$/ : /^[A-Za-z0-9 _]*$/).test(p));
  const flags = (insensitive ? 'gi' : 'g') + (plainAscii ? '' : 'u');
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
  const foldTypo = fold && typographyMatters;
  const bytewise = plainAscii && !foldTypo;
  const query: Query = { patterns, source, flags, foldAccents: !patterns.some(hasAccents), foldTypography: foldTypo, bytewise };
  if (bytewise) {
    const targets = new Set<string>();
    for (const ch of patterns.join('')) {
      if (ch === ' ') targets.add(' ');
      else if (/[A-Za-z]/.test(ch)) for (const c of insensitive ? [ch.toLowerCase(), ch.toUpperCase()] : [ch]) targets.add(c);
    }
    const byteSource = patterns.map((p) => `(?:${(opts.fixed ? escapeRegExp(p) : p).replace(/ +/g, '[\\t\\v\\f\\r ]+')})`).join('|');
    query.bytes = { source: byteSource, targets };
    const only = patterns.length === 1 ? patterns[0]! : '';
    if (only !== '' && !only.includes(' ')) query.bytes.literal = { text: insensitive ? only.toLowerCase() : only, ignoreCase: insensitive };
  }
  return query;
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

// UTF-8 sequences, read as Latin-1, that count as something else for an ASCII pattern: accented
// letters as their base letter (as foldAccents), and Unicode spaces as a space (as \s does).
let utf8Folds: Map<string, string> | undefined;
const UTF8_FOLD_RE = /[\xC2-\xC9][\x80-\xBF]|\xE1[\xB8-\xBB][\x80-\xBF]|\xE1\x9A\x80|\xE2\x80[\x80-\x8A\xA8\xA9\xAF]|\xE2\x81\x9F|\xE2\x84[\xAA\xAB]|\xE3\x80\x80|\xEF\xBB\xBF/g;

function latin1Of(s: string): string {
  return Buffer.from(s, 'utf8').toString('latin1');
}

function foldsForBytes(): Map<string, string> {
  if (utf8Folds) return utf8Folds;
  utf8Folds = new Map();
  const letters = [[0xc0, 0x24f], [0x1e00, 0x1eff], [0x212a, 0x212b]];
  for (const [from, to] of letters) {
    for (let cp = from!; cp <= to!; cp++) {
      const ch = String.fromCodePoint(cp);
      const base = foldAccents(ch);
      if (base !== ch) utf8Folds.set(latin1Of(ch), latin1Of(base));
    }
  }
  for (const cp of [0xa0, 0x1680, 0x2000, 0x2001, 0x2002, 0x2003, 0x2004, 0x2005, 0x2006, 0x2007, 0x2008, 0x2009, 0x200a, 0x2028, 0x2029, 0x202f, 0x205f, 0x3000, 0xfeff]) {
    utf8Folds.set(latin1Of(String.fromCodePoint(cp)), ' ');
  }
  return utf8Folds;
}

/** The folded sequences (as Latin-1 strings) that can turn into one of `targets`, by lead byte. */
function relevantFolds(targets: Set<string>): Map<number, Set<string>> {
  const byLead = new Map<number, Set<string>>();
  for (const [seq, base] of foldsForBytes()) {
    if (!targets.has(base)) continue;
    const lead = seq.charCodeAt(0);
    if (!byLead.has(lead)) byLead.set(lead, new Set());
    byLead.get(lead)!.add(seq);
  }
  return byLead;
}

/**
 * The lines of `bytes` (merged [start, end) ranges) that hold a sequence folding into a
 * character the query can match: only there can folding change a match. Found with
 * Buffer.indexOf on each lead byte, which runs at memory speed, jumping to the line's end on a hit.
 */
function linesNeedingFolds(bytes: Buffer, folds: Map<number, Set<string>>): number[] {
  const ranges: [number, number][] = [];
  for (const [lead, seqs] of folds) {
    let i = bytes.indexOf(lead);
    while (i !== -1) {
      if (seqs.has(bytes.toString('latin1', i, i + 2)) || seqs.has(bytes.toString('latin1', i, i + 3))) {
        const start = bytes.lastIndexOf(0x0a, i) + 1;
        const newline = bytes.indexOf(0x0a, i);
        const end = newline === -1 ? bytes.length : newline;
        ranges.push([start, end]);
        i = newline === -1 ? -1 : bytes.indexOf(lead, newline);
      } else {
        i = bytes.indexOf(lead, i + 1);
      }
    }
  }
  ranges.sort((a, b) => a[0] - b[0]);
  const merged: number[] = [];
  for (const [start, end] of ranges) {
    if (merged.length > 0 && start <= merged[merged.length - 1]!) merged[merged.length - 1] = Math.max(merged[merged.length - 1]!, end);
    else merged.push(start, end);
  }
  return merged;
}

// Reused for every piece, so a large file costs no fresh memory per piece: on some machines
// touching new pages costs more than searching them.
let lowered: Buffer | undefined;

/** Four bytes with ASCII capitals made small: per byte, 0x20 is set where 0x41 <= byte <= 0x5a. */
const lowerWord = (x: number): number => {
  const low = x & 0x7f7f7f7f; // (no sum below carries into the next byte: each byte is < 0x80)
  return x | ((((low + 0x3f3f3f3f) & ~x) & ~(low + 0x25252525) & 0x80808080) >>> 2);
};

/** A copy of `bytes` with ASCII capitals made small, four bytes at a time (other bytes kept). */
function lowerAscii(bytes: Buffer): Buffer {
  const words = (bytes.length + 3) >> 2;
  if (!lowered || lowered.length < words * 4) lowered = Buffer.allocUnsafeSlow(Math.max(words * 4, 1 << 16));
  // whole words need an aligned source: a piece nearly always is one (it starts its read buffer)
  const source = bytes.byteOffset % 4 === 0 ? bytes : Buffer.from(bytes);
  const whole = bytes.length >> 2;
  const from = new Int32Array(source.buffer, source.byteOffset, whole);
  const to = new Int32Array(lowered.buffer, lowered.byteOffset, words);
  for (let i = 0; i < whole; i++) to[i] = lowerWord(from[i]!);
  // the last few bytes, copied then lowered in place; done even when there are none, since an
  // optimized loop that meets a branch it never took is thrown away (and would be each piece)
  lowered.set(bytes.subarray(whole * 4), whole * 4);
  if (words > whole) to[whole] = lowerWord(to[whole]!);
  return lowered.subarray(0, bytes.length);
}

/** Non-overlapping occurrences of a literal, leftmost first as a regular expression finds them, outside the `skip` ranges. */
function countLiteral(bytes: Buffer, literal: { text: string; ignoreCase: boolean }, skip: number[], limit: number): number {
  const hay = literal.ignoreCase ? lowerAscii(bytes) : bytes;
  const needle = Buffer.from(literal.text, 'latin1');
  let found = 0;
  let k = 0;
  for (let at = hay.indexOf(needle); at !== -1 && found < limit; at = hay.indexOf(needle, at + needle.length)) {
    while (k < skip.length && skip[k + 1]! <= at) k += 2;
    if (k < skip.length && at >= skip[k]!) continue; // inside a line counted folded
    found++;
  }
  return found;
}

/**
 * Counts the matches of a bytewise query in valid UTF-8 without decoding it: the bytes read as
 * Latin-1 (one character per byte). Lines holding a sequence that folds into something the
 * pattern matches (an accented letter of the pattern, a Unicode space) are counted on a folded
 * copy; every other line is counted as it is, since the rest of UTF-8 cannot match an ASCII
 * pattern. Matches never cross a line, so the two counts add up to exactly what the decoded,
 * folded text holds. Offsets are not kept, so this serves counting only. A single word is found
 * with Buffer.indexOf on the bytes themselves; anything else runs the pattern on a Latin-1 view.
 */
export function countInUtf8(bytes: Uint8Array, query: Query, limit = Infinity, timeoutMs = 3000): number {
  if (!query.bytes) throw new Error('countInUtf8 needs a bytewise query');
  const byteQuery: Query = { ...query, source: query.bytes.source };
  const buffer = Buffer.from(bytes.buffer, bytes.byteOffset, bytes.byteLength);
  query.bytes.folds ??= relevantFolds(query.bytes.targets); // once per query, not per piece
  const dirty = linesNeedingFolds(buffer, query.bytes.folds);
  let found = 0;
  if (query.bytes.literal) {
    found = countLiteral(buffer, query.bytes.literal, dirty, limit);
  } else {
    const view = buffer.toString('latin1');
    if (dirty.length === 0) return findMatches(view, byteQuery, limit, timeoutMs).length;
    let k = 0;
    for (const match of findMatches(view, byteQuery, Infinity, timeoutMs)) {
      while (k < dirty.length && dirty[k + 1]! <= match.start) k += 2;
      if (k < dirty.length && match.start >= dirty[k]!) continue; // inside a line counted folded below
      found++;
    }
  }
  if (dirty.length === 0 || found >= limit) return Math.min(found, limit);
  // the folded lines, joined by newlines, in one search: each search starts a timeout watchdog
  const folds = foldsForBytes();
  const lines: string[] = [];
  for (let j = 0; j < dirty.length; j += 2) lines.push(buffer.toString('latin1', dirty[j], dirty[j + 1]).replace(UTF8_FOLD_RE, (seq) => folds.get(seq) ?? seq));
  found += findMatches(lines.join('\n'), byteQuery, Infinity, timeoutMs).length;
  return Math.min(found, limit);
}
