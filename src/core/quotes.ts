// Direct quotations and reported speech, each attributed to a speaker. Speakers that the
// article names resolve to the same canonical names as `people` (pronouns and role
// descriptions included); unnamed sources are kept as written.
import { sentenceAt, type Article, type Span } from './article.js';
import type { Person } from './people.js';
import type { GivenNames } from './lexicon/given-names.js';
import { OBJECT_VERBS, SPEECH_VERBS, THOUGHT_VERBS, VERB_MODIFIERS } from './lexicon/speech-verbs.js';
import { ROLE_HEADS } from './lexicon/titles.js';

export type QuoteKind = 'direct' | 'indirect' | 'mixed';
export interface Speaker extends Span { name: string; text: string }
export interface Quote extends Span {
  text: string;
  kind: QuoteKind;
  speaker: Speaker | null;
  cue: string | null;
  paragraph: number;
  sentence: number;
}

interface Mark extends Span { /** offsets of the opening and closing marks */ open: number; close: number }
interface Found extends Span { kind: QuoteKind; speakerSpan: Span | null; cue: string | null; inherit?: boolean }

const OPENING = new Set(['“', '"', '«', '„']);
const CLOSING = new Set(['”', '"', '»']);

/**
 * Pairs quotation marks paragraph by paragraph. A quote still open at a paragraph's end runs on
 * when the next paragraph opens with a mark (the newspaper convention), else it ends there, so an
 * unbalanced mark never swallows the rest of the article.
 */
export function findQuotationMarks(article: Article): Mark[] {
  const { text, paragraphs } = article;
  const marks: Mark[] = [];
  let open = -1;
  let runs = 0;
  for (let pi = 0; pi < paragraphs.length; pi++) {
    const p = paragraphs[pi]!;
    const from = open >= 0 ? p.start + 1 : p.start; // skip the mark that reopens a running quote
    for (let i = from; i < p.end; i++) {
      const c = text[i]!;
      if (open < 0) {
        if (OPENING.has(c) && !(c === '"' && /\s/.test(text[i + 1] ?? ' '))) open = i;
      } else if (CLOSING.has(c)) {
        marks.push({ open, close: i, start: open + 1, end: i });
        open = -1;
        runs = 0;
      }
    }
    if (open >= 0) {
      const next = paragraphs[pi + 1];
      if (next && OPENING.has(text[next.start]!) && runs < 5) { runs++; continue; }
      marks.push({ open, close: p.end, start: open + 1, end: p.end });
      open = -1;
      runs = 0;
    }
  }
  return marks.map((m) => trimSpan(text, m)).filter((m) => m.end > m.start);
}

function trimSpan<T extends Span>(text: string, s: T): T {
  let { start, end } = s;
  while (start < end && /\s/.test(text[start]!)) start++;
  while (end > start && /\s/.test(text[end - 1]!)) end--;
  return { ...s, start, end };
}

const WORD = /[\p{L}\p{N}][\p{L}\p{N}'’.\-]*/gu;
const wordCount = (s: string): number => s.match(WORD)?.length ?? 0;

// A noun phrase naming a speaker: at most seven words, no sentence punctuation.
const NP = String.raw`((?:[\p{L}\p{N}][\p{L}\p{N}'’.\-]*)(?:\s+(?:[\p{L}\p{N}][\p{L}\p{N}'’.\-]*|\((?:[^()]{1,20})\))){0,6})`;
const MODS = String.raw`(?:\s+(?:${[...VERB_MODIFIERS].join('|')}))*`;
const VERBS = [...SPEECH_VERBS].sort((a, b) => b.length - a.length).join('|');
const AFTER_QUOTE_INVERTED = new RegExp(String.raw`^[\s,]*(${VERBS})\s+${NP}`, 'u');
const AFTER_QUOTE_NORMAL = new RegExp(String.raw`^[\s,—–-]*${NP}${MODS}\s+(${VERBS})\b`, 'u');
const BEFORE_QUOTE = new RegExp(String.raw`${NP}${MODS}\s+(${VERBS})\b[^.!?"“”]{0,60}?[,:]?\s*$`, 'u');
const COLON_INTRO = /([^.!?:"“”]{1,200}):\s*$/u;

const CLAUSE_BREAKERS = new Set(['that', 'which', 'who', 'whom', 'and', 'but', 'because', 'when', 'while', 'as', 'if',
  'after', 'before', 'since', 'although', 'though', 'where', 'so', 'or', 'than', 'what', 'whether', 'how', 'to',
  'in', 'on', 'at', 'for', 'with', 'by', 'from', 'into', 'about', 'over', 'is', 'are', 'was', 'were', 'be', 'it',
  'not', 'there', 'this', 'these', 'those', 'its']);
const PRONOUNS = new Set(['he', 'she', 'they', 'we', 'i', 'you', 'it']);
const SUBJECT_STARTERS = new Set(['the', 'a', 'an', 'both', 'some', 'many', 'most', 'several', 'two', 'three', 'other', 'his', 'her', 'their', 'its', 'one', 'few', 'all', 'senior', 'top']);

/** The last words before `end` that can be a subject: a name, a pronoun or a short noun phrase. */
function subjectBefore(text: string, from: number, end: number): Span | null {
  const window = text.slice(from, end);
  const words = [...window.matchAll(/[\p{L}\p{N}][\p{L}\p{N}'’.\-]*|[^\s\p{L}\p{N}]/gu)];
  // skip modifiers right before the verb
  let k = words.length - 1;
  while (k >= 0 && VERB_MODIFIERS.has(words[k]![0].toLowerCase())) k--;
  if (k < 0) return null;
  const last = k;
  let first = k;
  while (first >= 0 && last - first < 7) {
    const w = words[first]![0];
    const lw = w.toLowerCase();
    if (!/[\p{L}\p{N}]/u.test(w)) break;
    if (first < last && CLAUSE_BREAKERS.has(lw) && lw !== 'of') break;
    if (first === last && (CLAUSE_BREAKERS.has(lw) && !PRONOUNS.has(lw))) return null;
    first--;
    if (PRONOUNS.has(lw)) break;
  }
  first++;
  if (first > last) return null;
  // a lower-case run must start with a determiner or be a bare plural ("officials", "analysts")
  const phrase = words.slice(first, last + 1).map((m) => m[0]);
  const hasCapital = phrase.some((w) => /^\p{Lu}/u.test(w));
  const isPronoun = phrase.length === 1 && PRONOUNS.has(phrase[0]!.toLowerCase());
  if (!hasCapital && !isPronoun && !(SUBJECT_STARTERS.has(phrase[0]!.toLowerCase()) || (phrase.length <= 2 && /s$/.test(phrase[phrase.length - 1]!)))) return null;
  const start = from + words[first]!.index!;
  const lastWord = words[last]!;
  return { start, end: from + lastWord.index! + lastWord[0].length };
}

export interface QuoteContext {
  article: Article;
  people: Person[];
  givenNames: GivenNames;
}

/** Finds every direct quote and piece of reported speech, in text order. */
export function findQuotes({ article, people, givenNames }: QuoteContext): Quote[] {
  const { text } = article;
  const marks = findQuotationMarks(article);
  const found: Found[] = [];
  const taken: Span[] = [];

  // Direct quotes and their attribution.
  for (let qi = 0; qi < marks.length; qi++) {
    const m = marks[qi]!;
    const content = text.slice(m.start, m.end);
    const sentence = sentenceAt(article, m.open) ?? sentenceAt(article, m.start);
    const paragraph = article.paragraphs[(sentence?.paragraph ?? 1) - 1]!;
    const afterEnd = Math.min(paragraph.end, m.close + 160);
    const after = text.slice(m.close + 1, afterEnd);
    const beforeStart = Math.max(sentence?.start ?? paragraph.start, paragraph.start);
    const before = text.slice(beforeStart, m.open);
    let speakerSpan: Span | null = null;
    let cue: string | null = null;
    let a: RegExpExecArray | null;
    if ((a = AFTER_QUOTE_INVERTED.exec(after))) {
      const npStart = m.close + 1 + a.index + a[0].length - a[2]!.length;
      const np = trimNounPhrase(text, { start: npStart, end: npStart + a[2]!.length });
      if (np) { speakerSpan = np; cue = a[1]!; }
    }
    if (!speakerSpan && (a = AFTER_QUOTE_NORMAL.exec(after))) {
      const verbEnd = m.close + 1 + a.index + a[0].length;
      const subj = subjectBefore(text, m.close + 1, verbEnd - a[a.length - 1]!.length);
      if (subj) { speakerSpan = subj; cue = a[a.length - 1]!; }
    }
    if (!speakerSpan && (a = BEFORE_QUOTE.exec(before))) {
      const verbAt = beforeStart + a.index + a[0].indexOf(a[2]!, a[1]!.length);
      const subj = subjectBefore(text, beforeStart, verbAt);
      if (subj) { speakerSpan = subj; cue = a[2]!; }
    }
    if (!speakerSpan && (a = COLON_INTRO.exec(before))) {
      const clauseStart = beforeStart + a.index;
      const subj = firstSubject(text, clauseStart, beforeStart + a.index + a[1]!.length);
      if (subj) { speakerSpan = subj; cue = ':'; }
    }
    // A quote opening its paragraph after one that ends "… continued:" belongs to that speaker.
    if (!speakerSpan && m.open === paragraph.start && paragraph.n > 1) {
      const prev = article.paragraphs[paragraph.n - 2]!;
      if (text[prev.end - 1] === ':') {
        const last = article.sentences.filter((s) => s.paragraph === prev.n).pop()!;
        const subj = firstSubject(text, last.start, prev.end - 1);
        if (subj) { speakerSpan = subj; cue = ':'; }
      }
    }
    const words = wordCount(content);
    const sentenceLike = /^[\p{Lu}\p{N}'‘"“(\[]/u.test(content) || /[.!?,…]$/.test(content) || m.open === (sentence?.start ?? -1);
    if (!speakerSpan && (words < 4 || !sentenceLike)) continue; // scare quotes and titles: not speech
    if (speakerSpan && words < 3 && !sentenceLike) continue;
    if (!sentenceLike && !speakerSpan) continue;
    // Fragments inside a sentence ("called the plan "reckless"") are found again as mixed speech.
    if (!sentenceLike && m.open > (sentence?.start ?? 0) && !/[:,]\s*$/.test(before)) continue;
    const f: Found = { start: m.start, end: m.end, kind: 'direct', speakerSpan, cue };
    // A split quote ("A," he said, "B.") joins the part before it when only the attribution stands between.
    const prev = found[found.length - 1];
    const prevMark = qi > 0 ? marks[qi - 1] : undefined;
    if (prev && prev.kind === 'direct' && prevMark && prevMark.end === prev.end && m.open > prevMark.close) {
      const between = text.slice(prevMark.close + 1, m.open);
      const attributionOnly = (AFTER_QUOTE_INVERTED.test(between) || AFTER_QUOTE_NORMAL.test(between)) && /[,.:]\s*$/.test(between);
      // A quote that goes on after its attribution, or with none of its own, in the same paragraph.
      if (!between.includes('\n') && between.length < 120 && attributionOnly) {
        prev.end = m.end;
        prev.speakerSpan ??= speakerSpan;
        prev.cue ??= cue;
        taken.push({ start: m.open, end: m.close + 1 });
        continue;
      }
    }
    if (!speakerSpan) f.inherit = true;
    found.push(f);
    taken.push({ start: m.open, end: m.close + 1 });
  }

  // Reported speech, sentence by sentence.
  const inDirect = (at: number): boolean => taken.some((t) => at >= t.start && at < t.end);
  for (const s of article.sentences) {
    const sentenceText = text.slice(s.start, s.end);
    const according = /\b[Aa]ccording to\s+([^,]{2,80}),\s*/u.exec(sentenceText);
    if (according) {
      const npStart = s.start + according.index + according[0].indexOf(according[1]!);
      const contentStart = s.start + according.index + according[0].length;
      const contentEnd = clauseEnd(text, contentStart, s.end);
      if (contentEnd - contentStart > 10 && !inDirect(contentStart)) {
        found.push({ start: contentStart, end: contentEnd, kind: kindOf(text, contentStart, contentEnd), speakerSpan: { start: npStart, end: npStart + according[1]!.length }, cue: 'according to' });
        continue;
      }
    }
    const verbRe = new RegExp(String.raw`(?<![\p{L}\p{N}'’\-])(${VERBS})(?![\p{L}\p{N}'’\-])`, 'gu');
    let v: RegExpExecArray | null;
    let done = false;
    while (!done && (v = verbRe.exec(sentenceText)) !== null) {
      const verbStart = s.start + v.index;
      const verbEnd = verbStart + v[0].length;
      if (inDirect(verbStart)) continue;
      const verb = v[1]!;
      // Post-posed: "…, Smith said." / "…, said Smith."
      const rest = text.slice(verbEnd, s.end);
      const beforeVerb = text.slice(s.start, verbStart);
      const comma = beforeVerb.lastIndexOf(',');
      const between = beforeVerb.slice(comma + 1);
      const invertedForm = /^\s*$/.test(between);
      if (comma > 10 && /^[^,]{0,60}[.!?]?["”]?$/u.test(rest) && wordCount(rest) <= (invertedForm ? 8 : 4)) {
        const subj = subjectBefore(text, s.start + comma + 1, verbStart);
        const inverted = invertedForm ? trimNounPhrase(text, { start: verbEnd, end: s.end }) : null;
        const speaker = subj && /^\s*\S/.test(between) ? subj : inverted;
        const contentStart = s.start;
        const contentEnd = s.start + comma;
        if (speaker && !inDirect(contentStart) && !/^["“]/.test(text.slice(contentStart, contentEnd).trim())) {
          found.push({ start: contentStart, end: contentEnd, kind: kindOf(text, contentStart, contentEnd), speakerSpan: speaker, cue: verb });
          done = true;
          continue;
        }
      }
      const subj = subjectBefore(text, s.start, verbStart);
      if (!subj) continue;
      // The reported clause: after "that" when it comes soon, else right after the verb (and its object).
      const thatMatch = /^(?:[^.;:"“”]{0,60}?)\s(that|whether|if)\s/u.exec(rest);
      let contentStart: number;
      if (thatMatch && wordCount(rest.slice(0, thatMatch.index + thatMatch[0].length)) <= 10) {
        contentStart = verbEnd + thatMatch.index + thatMatch[0].length;
      } else if (THOUGHT_VERBS.has(verb)) {
        continue;
      } else if (OBJECT_VERBS.has(verb)) {
        const obj = /^\s+(?:reporters|journalists|him|her|them|me|us|you|the\s+\p{L}+|[\p{Lu}][\p{L}.]*(?:\s+[\p{Lu}][\p{L}.]*){0,3})\s*[,:]?\s+/u.exec(rest);
        if (!obj) continue;
        contentStart = verbEnd + obj[0].length;
        if (/^(?:to|about|of|on|in)\b/.test(text.slice(contentStart, contentStart + 6))) continue;
      } else {
        const lead = /^\s*[,:]?\s*/u.exec(rest)![0];
        contentStart = verbEnd + lead.length;
        const nextWord = /^[\p{L}\p{N}'’\-]+/u.exec(text.slice(contentStart, contentStart + 30))?.[0]?.toLowerCase() ?? '';
        if (!nextWord || /^(?:to|in|on|at|for|with|by|from|of|about|so|it|nothing|something|anything|goodbye|hello|yes|no|and|or|but|as|after|before|during|last|this|earlier|later|previously|recently|he|she|they|we)$/.test(nextWord) && !/^(?:he|she|they|we|it)$/.test(nextWord)) continue;
        if (/^(?:he|she|they|we|it)$/.test(nextWord) === false && /^[\p{Ll}]/u.test(nextWord) === false && !/^["“\p{Lu}\p{N}]/u.test(text[contentStart] ?? '')) continue;
      }
      const contentEnd = clauseEnd(text, contentStart, s.end);
      if (contentEnd - contentStart < 8 || inDirect(contentStart)) continue;
      if (/^["“]/.test(text[contentStart] ?? '') && taken.some((t) => t.start === contentStart)) continue;
      found.push({ start: contentStart, end: contentEnd, kind: kindOf(text, contentStart, contentEnd), speakerSpan: subj, cue: verb });
      done = true;
    }
  }

  found.sort((a, b) => a.start - b.start);
  const resolver = new SpeakerResolver(article, people, givenNames);
  const quotes: Quote[] = [];
  let previous: Quote | undefined;
  for (const f of found) {
    const s = sentenceAt(article, f.start)!;
    let speaker = f.speakerSpan ? resolver.resolve(f.speakerSpan) : null;
    if (!speaker && f.inherit && previous?.speaker && previous.paragraph === s.paragraph && previous.kind !== 'indirect') speaker = previous.speaker;
    const q: Quote = { text: text.slice(f.start, f.end), start: f.start, end: f.end, kind: f.kind, speaker, cue: f.cue, paragraph: s.paragraph, sentence: s.n };
    quotes.push(q);
    previous = q;
  }
  return dropOverlaps(quotes);
}

function dropOverlaps(quotes: Quote[]): Quote[] {
  const out: Quote[] = [];
  for (const q of quotes) {
    const last = out[out.length - 1];
    if (last && q.start < last.end) {
      // keep the direct quote, or else the longer one
      if (q.kind === 'direct' && last.kind !== 'direct') out[out.length - 1] = q;
      else if (last.kind !== 'direct' && q.end - q.start > last.end - last.start) out[out.length - 1] = q;
      continue;
    }
    out.push(q);
  }
  return out;
}

/** The reported clause ends at the sentence end, less its final punctuation. */
function clauseEnd(text: string, start: number, end: number): number {
  let e = end;
  while (e > start && /[\s.!?]/.test(text[e - 1]!)) e--;
  // keep a closing quotation mark that closes a quote opened inside the clause
  return e;
}

function kindOf(text: string, start: number, end: number): QuoteKind {
  return /["“”]/.test(text.slice(start, end)) ? 'mixed' : 'indirect';
}

/** Trims an inverted subject ("said Martin Smith, a senior analyst at …") to the name or phrase. */
function trimNounPhrase(text: string, span: Span): Span | null {
  const raw = text.slice(span.start, span.end);
  const m = /^\s*((?:the|a|an)\s+)?([^,.;:!?"“”()]+?)(?=\s*(?:[,.;:!?"“”(]|$|\s+(?:in|on|at|during|after|before|when|who|while|as|and)\b))/u.exec(raw);
  if (!m) return null;
  const startOff = raw.indexOf(m[1] ?? m[2]!);
  const phrase = (m[1] ?? '') + m[2]!;
  if (wordCount(phrase) > 7 || wordCount(phrase) === 0) return null;
  return { start: span.start + startOff, end: span.start + startOff + phrase.length };
}

/** The subject opening a clause ("She put it plainly:" → "She"; "Caddell continued:" → "Caddell"). */
function firstSubject(text: string, start: number, end: number): Span | null {
  const clause = text.slice(start, end);
  const m = /^\s*(?:[^,]{0,40},\s+)?((?:(?:the|a|an)\s+)?(?:[\p{Lu}][\p{L}'’.\-]*(?:\s+[\p{Lu}][\p{L}'’.\-]*){0,4}|he|she|they|we|He|She|They|We))\b/u.exec(clause);
  if (!m) return null;
  const at = start + m.index + m[0].length - m[1]!.length;
  if (/^(?:The|A|An|In|On|At|But|And|As|It|This|That|There)$/.test(m[1]!)) return null;
  return { start: at, end: at + m[1]!.length };
}

/** Maps a speaker phrase to a person the article names, or keeps it as written. */
class SpeakerResolver {
  private readonly mentions: { start: number; end: number; person: Person }[];
  constructor(private readonly article: Article, private readonly people: Person[], private readonly givenNames: GivenNames) {
    this.mentions = people.flatMap((p) => p.mentions.map((m) => ({ start: m.start, end: m.end, person: p }))).sort((a, b) => a.start - b.start);
  }

  resolve(span: Span): Speaker {
    const { text } = this.article;
    const phrase = text.slice(span.start, span.end);
    const inside = this.mentions.filter((m) => m.start >= span.start && m.end <= span.end);
    if (inside.length > 0) {
      const m = inside[inside.length - 1]!;
      return { name: m.person.name, text: text.slice(m.start, m.end), start: m.start, end: m.end };
    }
    const lower = phrase.toLowerCase();
    if (lower === 'he' || lower === 'she') {
      const person = this.antecedent(span.start, lower === 'he' ? 'm' : 'f');
      if (person) return { name: person.name, text: phrase, start: span.start, end: span.end };
    }
    const role = /^(?:the|our|their)\s+(?:[\p{L}-]+\s+){0,2}([\p{L}-]+)$/iu.exec(phrase);
    if (role && ROLE_HEADS.has(role[1]!.toLowerCase())) {
      const head = role[1]!.toLowerCase();
      const before = this.mentions.filter((m) => m.start < span.start && m.person.roles.some((r) => r.toLowerCase().split(/\s+/).includes(head)));
      const m = before[before.length - 1];
      if (m) return { name: m.person.name, text: phrase, start: span.start, end: span.end };
    }
    return { name: phrase, text: phrase, start: span.start, end: span.end };
  }

  private genderOf(person: Person): 'm' | 'f' | 'mf' | undefined {
    const first = person.name.split(/\s+/)[0]!.toLowerCase();
    return person.name.includes(' ') ? this.givenNames.get(first) : undefined;
  }

  /** The subject of the nearest earlier sentence that names a compatible person. */
  private antecedent(at: number, gender: 'm' | 'f'): Person | undefined {
    const sentences = this.article.sentences;
    const current = sentenceAt(this.article, at);
    let idx = current ? sentences.indexOf(current) : sentences.length - 1;
    for (let hops = 0; idx >= 0 && hops < 6; idx--, hops++) {
      const s = sentences[idx]!;
      const limit = Math.min(s.end, at);
      const here = this.mentions.filter((m) => m.start >= s.start && m.end <= limit);
      const compatible = here.filter((m) => {
        const g = this.genderOf(m.person);
        return g === undefined || g === 'mf' || g === gender;
      });
      if (compatible.length > 0) return compatible[0]!.person;
    }
    return undefined;
  }
}

const fold = (s: string): string => s.normalize('NFD').replace(/\p{M}+/gu, '').toLowerCase();

/** --kind and --by: kinds to keep, and a speaker given by any part of the name. */
export function filterQuotes(quotes: Quote[], kinds?: QuoteKind[], by?: string): Quote[] {
  const wanted = by === undefined ? undefined : fold(by).trim();
  return quotes.filter((q) => (!kinds || kinds.includes(q.kind))
    && (wanted === undefined || (q.speaker !== null && (fold(q.speaker.name).includes(wanted) || fold(q.speaker.text).includes(wanted)))));
}
