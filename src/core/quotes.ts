// Direct quotations and reported speech, each attributed to a speaker. Speakers that the
// article names resolve to the same canonical names as `people` (pronouns and role
// descriptions included); unnamed sources ("Analysts", "a spokesperson") are kept as written.
import { sentenceAt, type Article, type Sentence, type Span } from './article.js';
import type { Person } from './people.js';
import type { GivenNames } from './lexicon/given-names.js';
import { findQuotedSpans, type QuotedSpan } from './quote-marks.js';
import { scanSpans, scanTokens } from './tokens.js';
import { isLower, isUpper } from './text.js';
import { SpeakerResolver, type Speaker } from './speakers.js';
import { ACT_VERBS, OBJECT_VERBS, SPEECH_VERBS, THOUGHT_VERBS, VERB_MODIFIERS, VERB_PARTICLES } from './lexicon/speech-verbs.js';

export type { Speaker } from './speakers.js';
export type QuoteKind = 'direct' | 'indirect' | 'mixed';
export interface Quote extends Span {
  text: string;
  kind: QuoteKind;
  speaker: Speaker | null;
  cue: string | null;
  paragraph: number;
  sentence: number;
}

interface Found extends Span {
  kind: QuoteKind;
  speakerSpan: Span | null;
  cue: string | null;
  inherit?: boolean;
  /** Kept only when the speaker is a person the article names ("Pence: …" headlines). */
  personOnly?: boolean;
}

interface Tok extends Span { text: string; lower: string; word: boolean }

/** ASCII with no capital: its own lower-case form (most words, so no new string for them). */
function isPlainLower(w: string): boolean {
  for (let i = 0; i < w.length; i++) {
    const c = w.charCodeAt(i);
    if (c >= 128 || (c >= 65 && c <= 90)) return false;
  }
  return true;
}

const spans: number[] = [];
function tokensOf(text: string, start: number, end: number): Tok[] {
  spans.length = 0;
  scanSpans(text, start, end, spans);
  const out: Tok[] = new Array(spans.length / 3);
  for (let k = 0; k < spans.length; k += 3) {
    const word = spans[k + 2] === 1;
    const t = text.slice(spans[k]!, spans[k + 1]!);
    let lower = t;
    if (word && !isPlainLower(t)) {
      lower = t.toLowerCase();
      if (lower.includes('’')) lower = lower.replace(/’/g, "'");
    }
    out[k / 3] = { text: t, start: spans[k]!, end: spans[k + 1]!, word, lower };
  }
  return out;
}

// Attribution is looked for this far around a quotation mark: enough for any speaker phrase,
// and it keeps very long "sentences" (tables, lists) from making the work quadratic.
const ATTRIBUTION_WINDOW = 400;

const wordCount = (s: string): number => scanTokens(s, 0, s.length).filter((t) => t.word).length;
const isCap = (t: Tok | undefined): boolean => t !== undefined && isUpper(t.text[0]!);
const startsLower = (w: string): boolean => isLower(w[0]!);

const PRONOUNS = new Set(['he', 'she', 'they', 'we', 'i', 'you', 'it']);
const SUBJECT_DETERMINERS = new Set(['the', 'a', 'an', 'both', 'some', 'many', 'most', 'several', 'two', 'three',
  'four', 'other', 'his', 'her', 'their', 'its', 'our', 'one', 'few', 'all', 'senior', 'top', 'another', 'these',
  'those', 'this', 'that', 'each', 'every', 'no', 'former', 'local', 'u.s.']);
const NP_STOP = new Set(['that', 'which', 'who', 'whom', 'whose', 'and', 'but', 'because', 'when', 'while', 'as', 'if',
  'after', 'before', 'since', 'although', 'though', 'where', 'so', 'or', 'than', 'what', 'whether', 'how', 'to',
  'in', 'on', 'at', 'for', 'with', 'by', 'from', 'into', 'about', 'over', 'is', 'are', 'was', 'were', 'be', 'not',
  'there', 'also', 'has', 'have', 'had', 'would', 'will', 'could', 'should', 'may', 'might', 'can', 'did', 'does',
  'do', 'said', 'says', 'say', 'told', 'during', 'under', 'against', 'between', 'through', 'without', 'why', 'then',
  'just', 'even', 'only', 'now', 'still', 'yet', 'once', 'very', 'too', 'more', 'less']);
const INTRO_WORDS = new Set(['in', 'on', 'at', 'after', 'before', 'during', 'since', 'meanwhile', 'however', 'moreover',
  'additionally', 'also', 'still', 'instead', 'later', 'earlier', 'separately', 'last', 'for', 'as', 'with', 'when',
  'while', 'speaking', 'looking', 'asked', 'writing', 'but', 'and', 'yet', 'so', 'then', 'now', 'today', 'yesterday',
  'furthermore', 'nevertheless', 'similarly', 'likewise', 'indeed', 'finally', 'first', 'second', 'third', 'by',
  'under', 'from', 'to', 'if', 'although', 'though', 'because', 'despite', 'according', 'in addition', 'consequently',
  'therefore', 'thus', 'overall', 'notably', 'elsewhere', 'again', 'back']);
const CLAUSE_STARTERS = new Set([...PRONOUNS, 'the', 'a', 'an', 'this', 'that', 'these', 'those', 'there', 'his', 'her',
  'their', 'its', 'our', 'my', 'your', 'some', 'many', 'most', 'no', 'all', 'both', 'one', 'every', 'each', 'any',
  'nobody', 'everyone', 'nothing', 'everything', 'someone', 'something', 'if', 'when', 'while', 'because', 'as',
  'unless', 'although', 'whether', 'americans', 'people', 'voters']);
const PREPOSITIONS = new Set(['in', 'on', 'at', 'after', 'before', 'during', 'since', 'last', 'this', 'to', 'from', 'with',
  'earlier', 'later', 'repeatedly', 'privately', 'publicly', 'recently', 'previously', 'again', 'then', 'yesterday',
  'today', 'monday', 'tuesday', 'wednesday', 'thursday', 'friday', 'saturday', 'sunday', 'when', 'while', 'through',
  'via', 'over', 'under', 'outside', 'inside', 'near', 'afterward', 'afterwards', 'onstage', 'of']);

/** A noun phrase ending at token index `last` (inclusive): name, pronoun or short description. */
function nounPhraseEndingAt(toks: Tok[], last: number): [number, number] | null {
  if (last < 0) return null;
  const end = toks[last]!;
  if (!end.word) {
    // "Rep. Meeks (D-N.Y.)" — a parenthesis after a name
    if (end.text === ')') {
      let j = last;
      while (j >= 0 && toks[j]!.text !== '(') j--;
      const inner = nounPhraseEndingAt(toks, j - 1);
      return inner ? [inner[0], last] : null;
    }
    return null;
  }
  if (PRONOUNS.has(end.lower)) return [last, last];
  if (TIME_WORDS.has(end.lower) && last > 0) {
    // "the Supreme Court this month", "The IMF last week"
    const before = toks[last - 1]!.lower;
    return nounPhraseEndingAt(toks, /^(?:this|last|next|that|each|every|earlier|on|late|early)$/.test(before) ? last - 2 : last - 1);
  }
  if (NP_STOP.has(end.lower) || SPEECH_VERBS.has(end.lower)) return null;
  let first = last;
  while (first - 1 >= 0 && last - first < 7) {
    const t = toks[first - 1]!;
    if (t.word) {
      if (NP_STOP.has(t.lower) && t.lower !== 'of') break;
      if (PRONOUNS.has(t.lower)) break;
      if (SPEECH_VERBS.has(t.lower) || ACT_VERBS.has(t.lower)) break;
      // a lower-case word ending in -ed is a verb ("Teneo issued a statement"): the phrase starts after it
      if (startsLower(t.text) && t.text.endsWith('ed')) break;
      first--;
      continue;
    }
    // possessive and inner punctuation of names: "Trump's", "D-N.Y."
    if (t.text === "'" || t.text === '’' || t.text === '-') { first--; continue; }
    break;
  }
  // trim leading "of" and lone lowercase connectors
  while (first < last && (toks[first]!.lower === 'of' || toks[first]!.lower === 'and')) first++;
  const words = toks.slice(first, last + 1).filter((t) => t.word);
  const hasCap = words.some((t) => isCap(t));
  const head = words[0]!.lower;
  const plural = words.length <= 3 && /s$/.test(words[words.length - 1]!.lower);
  // (a number heads a phrase too: "63 percent said")
  if (!hasCap && !SUBJECT_DETERMINERS.has(head) && !plural && !/^[0-9]/.test(head)) return null;
  // a capitalized phrase must not start with a mid-sentence lowercase verb-like word
  return [first, last];
}

/** The subject that a speech verb at token `v` has: before it, through appositions and "… and said". */
function subjectOf(toks: Tok[], v: number): [number, number] | null {
  let k = v - 1;
  while (k >= 0 && toks[k]!.word && (VERB_MODIFIERS.has(toks[k]!.lower) || /n['’]t$/.test(toks[k]!.lower) || (startsLower(toks[k]!.text) && toks[k]!.text.endsWith('ly')))) k--;
  if (k < 0) return null;
  const before = toks[k]!;
  // "…, saying …" / "… issued a statement saying …": the participle's subject is the clause's
  if (/ing$/.test(toks[v]!.lower) && k === v - 1 && (before.text === ',' || startsLower(before.text))) {
    const subject = clauseSubject(toks, 0, v);
    if (subject || before.text !== ',') return subject;
    // "“…,” Ed Rendell recalled, suggesting …": the subject of the speech verb before the comma
    const previous = toks[k - 1];
    return previous && SPEECH_VERBS.has(previous.lower) && !previous.lower.endsWith('ing') ? subjectOf(toks, k - 1) : null;
  }
  // "listeners … who said they …": the speaker is the phrase "who" stands for
  if (before.lower === 'who') {
    const j = toks[k - 1]?.text === ',' ? k - 2 : k - 1;
    return nounPhraseEndingAt(toks, j) ?? [k, k];
  }
  // "A lobbyist who spoke on the condition of anonymity said": the verb's subject is the
  // phrase before the relative clause, not the end of that clause
  if (before.word && before.lower !== 'who') {
    for (let r = k - 1; r >= 1 && k - r <= 10; r--) {
      const w = toks[r]!;
      if (!w.word) break;
      if (w.lower === 'who' && toks[r - 1]!.word) {
        const np = nounPhraseEndingAt(toks, r - 1);
        if (np) return np;
        break;
      }
    }
  }
  if (before.text === ',' || before.lower === 'and' || before.lower === 'but' || before.text === ')') {
    if (before.text === ')') {
      const np = nounPhraseEndingAt(toks, k);
      if (np) return np;
    }
    // "Mike Shields, the group's president, said" / "Obama blasted Trump and said": the clause subject.
    const subject = clauseSubject(toks, 0, k);
    // "His daughter, Emma Hastings, said": the apposition names the speaker, so it joins the span
    if (subject && before.text === ',' && toks[subject[1] + 1]?.text === ',' && k - subject[1] <= 8) return [subject[0], k - 1];
    return subject;
  }
  const np = nounPhraseEndingAt(toks, k);
  // "Trump in the past has called …", "Obama last week said": a time phrase is no subject
  if (np && np[0] >= 2 && /^(?:in|during|over|since|on)$/.test(toks[np[0] - 1]!.lower)
    && toks.slice(np[0], np[1] + 1).some((t) => TIME_WORDS.has(t.lower) || /^(?:past|days|weeks|months|years|recent|interview)$/.test(t.lower))) {
    return nounPhraseEndingAt(toks, np[0] - 2) ?? np;
  }
  return np;
}

const ONE_WORD_TIMES = new Set(['today', 'yesterday', 'monday', 'tuesday', 'wednesday', 'thursday', 'friday', 'saturday',
  'sunday', 'earlier', 'later', 'recently', 'previously', 'again', 'repeatedly', 'privately', 'publicly', 'afterward', 'afterwards']);
const NP_OPENERS = new Set(['the', 'a', 'an', 'his', 'her', 'their', 'its', 'our', 'these', 'those', 'some', 'many', 'most', 'no', 'every']);
const PERIODS = new Set(['day', 'days', 'week', 'weeks', 'month', 'months', 'year', 'years', 'time', 'weekend', 'night', 'morning', 'afternoon', 'evening', 'statement', 'interview', 'letter', 'email', 'speech']);
const BE_FORMS = new Set(['is', 'are', 'was', 'were', 'be', 'been', 'being', "'s", '’s']);
const NOT_SPEECH_AFTER = new Set(['into', 'back', 'off', 'away']);
const INFINITIVE_ONLY = new Set(['declined', 'declines', 'refused', 'refuses']);
const DETERMINERS = new Set(['the', 'a', 'an', 'his', 'her', 'its', 'their', 'our', 'my', 'your', 'this', 'these', 'those', 'every', 'each', 'any', 'no']);
const POSSESSIVES = new Set(['his', 'her', 'their', 'its', 'our', 'my', 'your']);
const CLOSING_MARKS = new Set(['”', '"', "''", '»']);
const CONJUNCTIONS = new Set(['but', 'and', 'yet', 'so']);

const TIME_WORDS = new Set(['monday', 'tuesday', 'wednesday', 'thursday', 'friday', 'saturday', 'sunday', 'today',
  'yesterday', 'tonight', 'morning', 'afternoon', 'evening', 'night', 'week', 'month', 'year', 'recently']);

/** The subject opening a clause, after an introductory phrase ("In a statement, the ministry said"). */
function clauseSubject(toks: Tok[], from: number, limit: number): [number, number] | null {
  let i = from;
  // skip one or two introductory phrases ending in a comma
  for (let guard = 0; guard < 2; guard++) {
    const t = toks[i];
    if (!t || !INTRO_WORDS.has(t.lower)) break;
    // a bare conjunction opening the sentence: "But Teneo issued a statement saying …"
    if (CONJUNCTIONS.has(t.lower) && toks[i + 1]?.word && from === i) {
      const after = clauseSubject(toks, i + 1, limit);
      if (after) return after;
    }
    let j = i;
    while (j < limit && toks[j]!.text !== ',') j++;
    if (j >= limit || j - i > 12) break;
    i = j + 1;
  }
  if (i >= limit) return null;
  const t = toks[i]!;
  if (!t.word) return null;
  if (PRONOUNS.has(t.lower)) return [i, i];
  // "economist Lena Park": a lower-case descriptor right before a name
  if (!SUBJECT_DETERMINERS.has(t.lower) && !isCap(t)) {
    let k = i;
    while (k < limit && k - i < 3 && toks[k]!.word && startsLower(toks[k]!.text) && !NP_STOP.has(toks[k]!.lower) && !SPEECH_VERBS.has(toks[k]!.lower) && !VERB_MODIFIERS.has(toks[k]!.lower)) k++;
    if (k === i || k >= limit || !isCap(toks[k])) return null;
  }
  if (INTRO_WORDS.has(t.lower) || NP_STOP.has(t.lower)) return null;
  // the phrase runs to the first comma, parenthesis or verb-like word, at most eight words
  let j = i;
  while (j + 1 < limit && j - i < 8) {
    const n = toks[j + 1]!;
    if (!n.word) {
      if (n.text === "'" || n.text === '’' || n.text === '-' || n.text === '.' || n.text === '&') { j++; continue; }
      break;
    }
    if (isCap(n) || n.lower === 'of' || n.lower === 'de' || n.lower === 'al' || n.lower === 'for') { j++; continue; }
    // a possessive takes its noun: "Taremi's agent", "the mayor's spokesman"
    if (/['’]s$/i.test(toks[j]!.text)) {
      let k = j + 1; // "Finland's economy minister": up to three lower-case nouns
      while (k < limit && k - j <= 3 && toks[k]!.word && startsLower(toks[k]!.text) && !NP_STOP.has(toks[k]!.lower) && !SPEECH_VERBS.has(toks[k]!.lower)
        && !ACT_VERBS.has(toks[k]!.lower) && !VERB_MODIFIERS.has(toks[k]!.lower) && !/(?:ed|ing|ly)$/.test(toks[k]!.lower)) k++;
      if (k > j + 1) { j = k - 1; continue; }
    }
    // a name ends at its first lower-case word, unless a name or a plural head follows soon
    // ("Conservative economist Aparna Mathur", "Younger black voters"); a description may go on
    if (!SUBJECT_DETERMINERS.has(t.lower)) {
      let k = j + 1;
      while (k < limit && k - j <= 3 && toks[k]!.word && startsLower(toks[k]!.text) && !NP_STOP.has(toks[k]!.lower) && !SPEECH_VERBS.has(toks[k]!.lower) && !ACT_VERBS.has(toks[k]!.lower) && !VERB_MODIFIERS.has(toks[k]!.lower) && !/(?:ed|ing|ly)$/.test(toks[k]!.lower)) k++;
      const stop = toks[k];
      if (k > j + 1 && stop && stop.word && isCap(stop)) { j = k - 1; continue; }
      if (k > j + 1 && /s$/.test(toks[k - 1]!.lower) && (!stop || !stop.word || SPEECH_VERBS.has(stop.lower) || VERB_MODIFIERS.has(stop.lower))) { j = k - 1; break; }
      break;
    }
    if (NP_STOP.has(n.lower) || SPEECH_VERBS.has(n.lower) || ACT_VERBS.has(n.lower) || VERB_MODIFIERS.has(n.lower) || TIME_WORDS.has(n.lower)) break;
    if (/(?:ed|ing|ly)$/.test(n.lower)) break;
    j++;
  }
  while (j > i && (toks[j]!.lower === 'of' || toks[j]!.lower === 'for' || !toks[j]!.word)) j--;
  return [i, j];
}

/** Where a reported clause starting at token `from` ends: the sentence end, or a new clause. */
function clauseEndToken(toks: Tok[], from: number, quoted: (at: number) => boolean): number {
  for (let i = from; i < toks.length; i++) {
    const t = toks[i]!;
    if (quoted(t.start)) continue;
    if (t.text === ';') return i;
    // "… and said …", "… but noted …", "…, calling it …": a new speech act starts a new clause
    if (i > from && (t.lower === 'and' || t.lower === 'but' || t.text === ',') && toks[i + 1] && ((SPEECH_VERBS.has(toks[i + 1]!.lower) && !THOUGHT_VERBS.has(toks[i + 1]!.lower)) || ACT_VERBS.has(toks[i + 1]!.lower)) && !isCap(toks[i + 1])) return i;
    if (t.text === ',' && i > from) {
      const n = toks[i + 1];
      const n2 = toks[i + 2];
      if (n && (n.lower === 'but' || n.lower === 'saying' || n.lower === 'adding' || n.lower === 'according' || n.lower === 'noting' || n.lower === 'arguing' || n.lower === 'while' || n.lower === 'although' || n.lower === 'though')) return i;
      if (n && n.lower === 'and' && n2 && PRONOUNS.has(n2.lower)) return i;
      // "…, with the former secretary calling the move …": another speaker's act
      if (n && n.lower === 'with' && toks.slice(i + 2, i + 9).some((x) => x.word && x.lower.endsWith('ing') && (SPEECH_VERBS.has(x.lower) || ACT_VERBS.has(x.lower)))) return i;
      if (n && n2 && (SPEECH_VERBS.has(n2.lower) || (toks[i + 3] && SPEECH_VERBS.has(toks[i + 3]!.lower))) && (PRONOUNS.has(n.lower) || isCap(n))) return i;
    }
  }
  let e = toks.length;
  while (e > from && !toks[e - 1]!.word && !/["”'’)\]]/.test(toks[e - 1]!.text)) e--;
  return e;
}

const SUBORDINATORS = new Set(['when', 'if', 'while', 'as', 'after', 'before', 'because', 'although', 'though', 'since', 'once', 'unless', 'whenever']);
const INFINITIVE_VERBS = new Set(['vowed', 'vows', 'promised', 'promises', 'pledged', 'pledges', 'threatened', 'threatens',
  'refused', 'refuses', 'declined', 'declines', 'agreed', 'agrees', 'offered', 'offers', 'vowing', 'promising', 'pledging']);

const spanOf = (toks: Tok[], [a, b]: [number, number]): Span => ({ start: toks[a]!.start, end: toks[b]!.end });

export interface QuoteContext {
  article: Article;
  people: Person[];
  givenNames: GivenNames;
}

/** Finds every direct quote and piece of reported speech, in text order, without overlaps. */
export function findQuotes({ article, people, givenNames }: QuoteContext): Quote[] {
  const { text } = article;
  const direct = findDirect(article);
  const inDirect = insideAny(direct.map((d) => ({ start: d.open, end: d.close + d.closeLength })));
  const quotedAnywhere = findQuotedSpans(article);
  const inQuotes = insideAny(quotedAnywhere.map((q) => ({ start: q.open, end: q.close + q.closeLength })));
  const found: Found[] = [...direct];
  for (const s of article.sentences) found.push(...findReported(article, s, inDirect, inQuotes));
  found.push(...findColonAttributions(article, inQuotes));

  found.sort((a, b) => a.start - b.start || b.end - a.end);
  const resolver = new SpeakerResolver(article, people, givenNames, quotedAnywhere.map((q) => ({ start: q.open, end: q.close + q.closeLength })));
  const quotes: Quote[] = [];
  let previous: Quote | undefined; // the last direct quote
  let previousQuoting: Quote | undefined; // the last direct or mixed one
  // a "Name: …" line counts only when the name is a person's (not "Update:", "WASHINGTON:")
  const kept = found.filter((f) => !f.personOnly || people.some((p) => p.name === resolver.resolve(f.speakerSpan!).name));
  for (const f of dropOverlaps(kept)) {
    const s = sentenceAt(article, f.start)!;
    let speaker = f.speakerSpan ? resolver.resolve(f.speakerSpan) : null;
    // An unattributed quote continues the speaker of the direct quote before it in the same
    // paragraph, or of the quotation (direct or mixed) ending the paragraph before when it opens its own.
    const opensParagraph = f.start - 1 <= article.paragraphs[s.paragraph - 1]!.start + 2;
    if (!speaker && f.inherit && previous?.speaker && previous.paragraph === s.paragraph) speaker = previous.speaker;
    else if (!speaker && f.inherit && previousQuoting?.speaker && previousQuoting.paragraph === s.paragraph - 1 && opensParagraph) speaker = previousQuoting.speaker;
    const q: Quote = { text: text.slice(f.start, f.end), start: f.start, end: f.end, kind: f.kind, speaker, cue: f.cue, paragraph: s.paragraph, sentence: s.n };
    if (speaker) resolver.noteSpeaker(speaker, f.start);
    quotes.push(q);
    if (q.kind === 'direct') previous = q;
    if (q.kind !== 'indirect') previousQuoting = q;
  }
  return quotes;
}

/** A test for "is this offset inside one of these spans", by binary search over them. */
function insideAny(spans: Span[]): (at: number) => boolean {
  const sorted = [...spans].sort((a, b) => a.start - b.start);
  return (at) => {
    let lo = 0;
    let hi = sorted.length - 1;
    while (lo <= hi) {
      const mid = (lo + hi) >> 1;
      const s = sorted[mid]!;
      if (at < s.start) hi = mid - 1;
      else if (at >= s.end) lo = mid + 1;
      else return true;
    }
    return false;
  };
}

interface DirectFound extends Found { open: number; close: number; closeLength: number }

/** A speaker named right after a quote: "…," said Smith / "…," Smith said / "…," she added. */
function attributionAfter(toks: Tok[]): { speaker: Span; cue: string } | null {
  let i = 0;
  while (i < toks.length && (toks[i]!.text === ',' || toks[i]!.text === '—' || toks[i]!.text === '–' || toks[i]!.text === '-')) i++;
  const t = toks[i];
  if (!t || !t.word) return null;
  // "…," according to the report.
  if (t.lower === 'according' && toks[i + 1]?.lower === 'to' && i + 2 < toks.length) {
    let e = toks.length;
    while (e > i + 2 && (!toks[e - 1]!.word || toks[e - 1]!.text === ',')) e--;
    let c = i + 2;
    while (c < e && toks[c]!.text !== ',') c++;
    return c > i + 2 ? { speaker: spanOf(toks, [i + 2, c - 1]), cue: 'according to' } : null;
  }
  if (SPEECH_VERBS.has(t.lower) && !THOUGHT_VERBS.has(t.lower)) {
    // inverted: said Martin Smith, a senior analyst …
    let j = i + 1;
    while (j < toks.length && toks[j]!.word && VERB_MODIFIERS.has(toks[j]!.lower)) j++;
    const np = clauseSubject(toks, j, toks.length);
    if (np && np[0] === j) return { speaker: spanOf(toks, np), cue: t.text };
    return null;
  }
  // normal: Smith said / the former minister told reporters / Smith, a pollster at …, told NBC
  for (let v = i + 1; v < Math.min(toks.length, i + 24); v++) {
    const w = toks[v]!;
    if (!w.word) {
      if (w.text === '(' || w.text === ')' || w.text === '.' || w.text === "'" || w.text === '’' || w.text === ',') continue;
      return null;
    }
    if (SPEECH_VERBS.has(w.lower) && !THOUGHT_VERBS.has(w.lower)) {
      const np = subjectOf(toks, v);
      if (np && np[0] <= i + 1) return { speaker: spanOf(toks, [Math.max(np[0], i), np[1]]), cue: w.text };
      return null;
    }
  }
  return null;
}

/** A speaker introducing a quote: Smith said, "…" / She put it plainly: "…" */
function attributionBefore(toks: Tok[]): { speaker: Span; cue: string } | null {
  let e = toks.length - 1;
  if (e < 0) return null;
  const last = toks[e]!;
  const colon = last.text === ':';
  if (last.text === ',' || colon) e--;
  // "as The New Yorker put it (in a profile), “the operator.”"
  for (let j = e; j >= 2 && e - j <= 6 && toks[j]!.text !== '.'; j--) {
    if (toks[j]!.lower !== 'it' || toks[j - 1]!.lower !== 'put') continue;
    const np = nounPhraseEndingAt(toks, j - 2);
    if (np) return { speaker: spanOf(toks, np), cue: 'put it' };
    break;
  }
  // the nearest speech verb within the last words before the quote
  for (let v = e; v >= Math.max(0, e - 12); v--) {
    const w = toks[v]!;
    if (!w.word) { if (w.text === '.' || w.text === '!' || w.text === '?') break; continue; }
    if (SPEECH_VERBS.has(w.lower) || ACT_VERBS.has(w.lower)) {
      const np = subjectOf(toks, v);
      if (np) return { speaker: spanOf(toks, np), cue: w.text };
      break;
    }
  }
  if (colon) {
    const np = clauseSubject(toks, 0, e + 1);
    if (np) return { speaker: spanOf(toks, np), cue: ':' };
  }
  return null;
}

const TITLE_SMALL_WORDS = new Set(['the', 'of', 'a', 'an', 'and', 'in', 'on', 'to', 'for', 'at', 'by', 'with', 'or', 'from']);

/**
 * "Face the Nation," "Meet the Press", "State of the Union.": a short span in title case names a
 * show, a book or a slogan (an exclamation or a question aside); speech is not written so.
 */
function isTitleLike(content: string): boolean {
  if (/[!?…]["”'’]?$/.test(content)) return false;
  const words = scanTokens(content, 0, content.length).filter((t) => t.word).map((t) => t.text);
  if (words.length === 0 || words.length > 7) return false;
  return words.every((w, k) => isUpper(w[0]!) || /^[0-9]/.test(w) || (k > 0 && TITLE_SMALL_WORDS.has(w)));
}

const NAMING_NOUNS = new Set(['phrase', 'term', 'word', 'words', 'slogan', 'alias', 'nickname', 'motto', 'label', 'hashtag']);

/** "known as", "dubbed", "labeled", "the phrase": the quote right after names something. */
function namingCue(before: Tok[]): string | null {
  // (an article may come between: known as the “Justice Against Sponsors of Terrorism Act”)
  const n = before.length > 1 && /^(?:the|a|an)$/.test(before[before.length - 1]!.lower) ? before.length - 1 : before.length;
  const last = before[n - 1];
  const prev = before[n - 2];
  if (!last?.word) return null;
  if (/^(?:dubbed|labeled|labelled|nicknamed|branded|titled|entitled)$/.test(last.lower)) return last.text;
  if (last.lower === 'as' && prev && /^(?:known|billed|described|touted)$/.test(prev.lower)) return `${prev.text} as`;
  if (NAMING_NOUNS.has(last.lower) && prev && /^(?:the|a|an|this|that|his|her|their)$/.test(prev.lower)) return last.text;
  return null;
}

function findDirect(article: Article): DirectFound[] {
  const { text } = article;
  const marks = findQuotedSpans(article);
  const out: DirectFound[] = [];
  for (let qi = 0; qi < marks.length; qi++) {
    const m: QuotedSpan = marks[qi]!;
    const content = text.slice(m.start, m.end);
    const sentence = sentenceAt(article, m.open) ?? sentenceAt(article, m.start)!;
    const paragraph = article.paragraphs[sentence.paragraph - 1]!;
    const closeEnd = m.close + m.closeLength;
    // after: to the end of the sentence that holds the closing mark
    const closingSentence = sentenceAt(article, Math.max(m.start, m.close - 1)) ?? sentence;
    // after: to the end of the sentence that holds the closing mark; when a question or an
    // exclamation ends that sentence at the mark, the attribution opens the next one ("…?” Graham asked.)
    let afterEnd = Math.min(closingSentence.end, closeEnd + ATTRIBUTION_WINDOW);
    if (m.closeLength > 0 && afterEnd <= closeEnd && /[?!]$/.test(text.slice(m.start, m.close))) {
      const next = article.sentences[article.sentences.indexOf(closingSentence) + 1];
      if (next && next.paragraph === closingSentence.paragraph && next.start - closeEnd <= 2) afterEnd = Math.min(next.end, closeEnd + ATTRIBUTION_WINDOW);
    }
    const afterToks = m.closeLength > 0 ? tokensOf(text, closeEnd, Math.max(closeEnd, afterEnd)) : [];
    const beforeToks = tokensOf(text, Math.max(sentence.start, paragraph.start, m.open - ATTRIBUTION_WINDOW), m.open);
    let speakerSpan: Span | null = null;
    let cue: string | null = null;
    // a transcript line: "WALLACE: Let's start …"
    const transcript = /^([A-ZÀ-Þ][A-ZÀ-Þ.'’\- ]{1,30}[A-ZÀ-Þ]):\s+/.exec(content);
    if (transcript) {
      out.push({ start: m.start + transcript[0].length, end: m.end, kind: 'direct', speakerSpan: { start: m.start, end: m.start + transcript[1]!.length }, cue: ':', open: m.open, close: m.close, closeLength: m.closeLength });
      continue;
    }
    const after = attributionAfter(afterToks);
    if (after) { speakerSpan = after.speaker; cue = after.cue; }
    if (!speakerSpan) {
      const before = attributionBefore(beforeToks);
      if (before) { speakerSpan = before.speaker; cue = before.cue; }
    }
    // a quote opening its paragraph after one that ends "… continued:" belongs to that speaker
    if (!speakerSpan && m.open === paragraph.start && paragraph.n > 1) {
      const prev = article.paragraphs[paragraph.n - 2]!;
      if (text[prev.end - 1] === ':') {
        const lastSentence = article.sentences.filter((s) => s.paragraph === prev.n).pop()!;
        const before = attributionBefore(tokensOf(text, lastSentence.start, prev.end));
        if (before) { speakerSpan = before.speaker; cue = before.cue; }
      }
    }
    const words = wordCount(content);
    const startsSentence = beforeToks.length === 0 || /[:,]$/.test(beforeToks[beforeToks.length - 1]!.text) || isUpper(content[0]!);
    const sentenceLike = isUpper(content[0]!) || /^[0-9'‘"“(\[…]/.test(content) || /[.!?,…]$/.test(content);
    // A name someone uses ("known as “…”", "dubbed “…”", "the phrase “…”") is listed, with a
    // speaker only when the text says whose: dubbed "Hillblazers" by the campaign.
    const naming = namingCue(beforeToks);
    if (naming && words <= 8 && m.closeLength > 0) {
      const by = afterToks[0]?.lower === 'by' ? clauseSubject(afterToks, 1, afterToks.length) : null;
      out.push({ start: m.start, end: m.end, kind: 'direct', speakerSpan: by ? spanOf(afterToks, by) : null, cue: naming, open: m.open, close: m.close, closeLength: m.closeLength });
      continue;
    }
    // Titles, names and scare quotes are not speech; fragments inside reported speech come back as mixed.
    // (a title follows a word: on "Face the Nation," / CNN's "State of the Union")
    const lastBefore = beforeToks[beforeToks.length - 1];
    if (lastBefore?.word && isTitleLike(content)) continue;
    // ("…,” according to X" only attributes a quote that opens its clause: otherwise it is mixed)
    if (!sentenceLike || (words < 3 && !speakerSpan) || (!startsSentence && (!after || after.cue === 'according to'))) continue;
    const f: DirectFound = { start: m.start, end: m.end, kind: 'direct', speakerSpan, cue, open: m.open, close: m.close, closeLength: m.closeLength };
    // A split quote ("A," he said, "B.") is one quote: the attribution after the first part is
    // all that stands between, in one sentence, and the second part has no attribution of its own.
    const prev = out[out.length - 1];
    if (prev && !after && prev.closeLength > 0 && m.open - prev.close < ATTRIBUTION_WINDOW && !text.slice(prev.close, m.open).includes('\n')) {
      const between = tokensOf(text, prev.close + prev.closeLength, m.open);
      const bridge = attributionAfter(between);
      // one sentence at most between them (the second part may open a sentence of its own)
      const newSentence = article.sentences.some((x) => x.start > prev.close && x.start < m.open);
      // a participial clause after the attribution ("…," he said, referring to Trump. "…") is
      // something of its own: the two parts stay two quotes
      const newAct = between.some((t, i) => /^(?:adding|saying|continuing|noting|telling|asking|arguing)$/.test(t.lower)
        || (i > 0 && between[i - 1]!.text === ',' && t.word && startsLower(t.text) && t.lower.endsWith('ing')
          && between.slice(i + 1).filter((x) => x.word).length >= 2)); // ("she said, clapping." stays one)
      // a second speech verb in the bridge is somebody else speaking ("…," McCaul said, though
      // officials haven't said …)
      const speechVerbs = between.filter((t) => t.word && SPEECH_VERBS.has(t.lower)).length;
      if (bridge && !newSentence && !newAct && speechVerbs <= 1 && between.length <= 40) {
        prev.end = m.end;
        prev.close = m.close;
        prev.closeLength = m.closeLength;
        continue;
      }
    }
    if (!speakerSpan) f.inherit = true;
    out.push(f);
  }
  return out;
}

/** Reported speech in one sentence: "X said (that) …", "…, X said.", "According to X, …". */
// A sentence without any of these words reports no speech: it is not tokenized at all. (A
// set and a scan over letter runs: the same test as one regex alternation of the ~350 verb
// forms costs milliseconds to compile, which start-up would feel.)
let reportingWords: Set<string> | undefined;
// Which (first letter, second letter, last letter) triples, case aside, begin and end a
// reporting word: most words are ruled out by this table before a string is made of them.
let reportingShapes: Uint8Array | undefined;
const shapeKey = (a: number, b: number, z: number): number => ((a - 97) * 26 + (b - 97)) * 26 + (z - 97);
function mayReport(text: string, s: Sentence): boolean {
  reportingWords ??= new Set([...SPEECH_VERBS, ...ACT_VERBS, 'according', 'According']);
  if (!reportingShapes) {
    reportingShapes = new Uint8Array(26 * 26 * 26);
    for (const w of reportingWords) {
      const l = w.toLowerCase();
      if (/^[a-z]+$/.test(l)) reportingShapes[shapeKey(l.charCodeAt(0), l.charCodeAt(1), l.charCodeAt(l.length - 1))] = 1;
    }
  }
  let run = -1;
  for (let i = s.start; i <= s.end; i++) {
    const c = i < s.end ? text.charCodeAt(i) | 32 : 0;
    if (c >= 97 && c <= 122) { if (run < 0) run = i; continue; }
    if (run >= 0 && i - run >= 3 && i - run <= 12
      && reportingShapes[shapeKey(text.charCodeAt(run) | 32, text.charCodeAt(run + 1) | 32, text.charCodeAt(i - 1) | 32)] === 1
      && reportingWords.has(text.slice(run, i))) return true;
    run = -1;
  }
  return false;
}

// "Pence: Gennifer Flowers Won’t Be at Debate": a name, a colon, then what the person said.
const COLON_ATTRIBUTION = /^([A-ZÀ-Þ][A-Za-zÀ-ÿ.'’-]*(?: [A-ZÀ-Þ][A-Za-zÀ-ÿ.'’-]*){0,3}): (?=\S)/;

function findColonAttributions(article: Article, inQuotes: (at: number) => boolean): Found[] {
  const { text } = article;
  const out: Found[] = [];
  for (const p of article.paragraphs) {
    const m = COLON_ATTRIBUTION.exec(text.slice(p.start, Math.min(p.end, p.start + 60)));
    if (!m || inQuotes(p.start)) continue;
    const start = p.start + m[0].length;
    const first = p.sentences[0]!;
    const end = first.end > start ? first.end : p.end;
    if (wordCount(text.slice(start, end)) < 3) continue;
    out.push({ start, end, kind: /["“”‘]|''/.test(text.slice(start, end)) ? 'mixed' : 'indirect', speakerSpan: { start: p.start, end: p.start + m[1]!.length }, cue: ':', personOnly: true });
  }
  return out;
}

function findReported(article: Article, s: Sentence, inDirect: (at: number) => boolean, inQuotes: (at: number) => boolean): Found[] {
  const { text } = article;
  if (!mayReport(text, s)) return [];
  const toks = tokensOf(text, s.start, s.end);
  const out: Found[] = [];
  const kindOf = (start: number, end: number): QuoteKind => (/["“”]|''/.test(text.slice(start, end)) ? 'mixed' : 'indirect');
  const push = (a: number, b: number, speaker: Span | null, cue: string): void => {
    if (b <= a) return;
    const start = toks[a]!.start;
    const end = toks[b - 1]!.end;
    if (end - start < 6 || inDirect(start)) return;
    out.push({ start, end, kind: kindOf(start, end), speakerSpan: speaker, cue });
  };

  // "According to X, …" and "…, according to X."
  const acc = toks.findIndex((t, i) => t.lower === 'according' && toks[i + 1]?.lower === 'to');
  if (acc >= 0 && !inQuotes(toks[acc]!.start)) {
    let comma = acc + 2;
    while (comma < toks.length && toks[comma]!.text !== ',') comma++;
    const np: [number, number] | null = comma - 1 >= acc + 2 ? [acc + 2, comma - 1] : null;
    if (acc === 0 || (acc <= 3 && toks.slice(0, acc).every((t) => !t.word || INTRO_WORDS.has(t.lower)))) {
      // "According to X, the commission president, a plan …": the apposition is not the content
      let from = comma + 1;
      if (toks[from] && /^(?:the|a|an)$/.test(toks[from]!.lower)) {
        let next = from;
        while (next < toks.length && next - from < 10 && toks[next]!.text !== ',') next++;
        if (next < toks.length - 2 && toks[next]!.text === ',') from = next + 1;
      }
      if (np && comma < toks.length - 2) push(from, clauseEndToken(toks, from, inQuotes), spanOf(toks, np), 'according to');
    } else if (toks[acc - 1]?.text === ',' || (CLOSING_MARKS.has(toks[acc - 1]?.text ?? '') && toks[acc - 2]?.text === ',')) {
      // "…, according to X." and "… “…,” according to X." (the closing mark stays with the text)
      let e = toks.length;
      while (e > acc + 2 && !toks[e - 1]!.word) e--;
      if (e > acc + 2) push(0, toks[acc - 1]!.text === ',' ? acc - 1 : acc, spanOf(toks, [acc + 2, e - 1]), 'according to');
    }
    if (out.length > 0) return out;
  }

  for (let v = 0; v < toks.length; v++) {
    const t = toks[v]!;
    if (!t.word || isCap(t) || inQuotes(t.start)) continue;
    const speech = SPEECH_VERBS.has(t.lower);
    const act = ACT_VERBS.has(t.lower);
    if (!speech && !act) continue;
    // a noun after a possessive ("Editor’s note:", "Trump's claim") is no speech act; in a
    // passive ("was accused of", "is expected to") the subject is not the speaker: none is named
    let b = v - 1;
    let passive = false;
    while (b >= 0 && toks[b]!.word && (toks[b]!.lower === 'not' || BE_FORMS.has(toks[b]!.lower) || VERB_MODIFIERS.has(toks[b]!.lower))) {
      if (BE_FORMS.has(toks[b]!.lower) && !t.lower.endsWith('ing')) passive = true; // "is saying" is no passive
      b--;
    }
    if (b >= 0 && /['’]s$/i.test(toks[b]!.text)) continue;
    // right after a determiner the word is a noun: "the worry among …", "his remarks"; with a
    // "that" clause it still reports something ("his assertion that …"), said by the possessor
    if (v >= 1 && DETERMINERS.has(toks[v - 1]!.lower)) {
      if (toks[v + 1]?.lower === 'that' && !inQuotes(toks[v + 1]!.start)) {
        const owner = POSSESSIVES.has(toks[v - 1]!.lower) ? spanOf(toks, [v - 1, v - 1]) : null;
        push(v + 2, clauseEndToken(toks, v + 2, inQuotes), owner, t.text);
      }
      continue;
    }
    // no speech act: "called into a show", "wrote back", "reports for a paper", "declined slightly",
    // "was denounced by …" (what was said is not after the verb)
    const after = toks[v + 1]?.lower ?? '';
    if (NOT_SPEECH_AFTER.has(after) || (after === 'for' && t.lower.startsWith('report')) || (after === 'in' && t.lower.startsWith('call'))
      || (INFINITIVE_ONLY.has(t.lower) && after !== 'to') || (passive && (after === 'by' || after === 'as'))) continue;
    // "the economy is adding 182,000 jobs", "spoke on the condition of anonymity"
    if (t.lower.startsWith('add') && /^(?:[0-9$€£]|more\b|about\b|nearly\b|roughly\b|some\b)/.test(after)) continue;
    if (t.lower === 'spoke' && after === 'on' && /^(?:the\s+)?conditions?\b/.test(text.slice(toks[v + 1]!.end + 1, toks[v + 1]!.end + 20))) continue;

    // Post-posed or parenthetical: "…, said X." / "…, X said." / "A, X said, B."
    const quotedStart = /^["“]|^''/.test(toks[0]!.text) && inDirect(toks[0]!.start);
    // (a participle never has its subject after it: "…, saying he …" is no "…, said he")
    const participle = t.lower.endsWith('ing');
    if (speech && !participle && !passive && !quotedStart && v >= 2 && toks[v - 1]!.text === ',' && !inQuotes(toks[v - 1]!.start)) {
      let j = v + 1;
      while (j < toks.length && toks[j]!.word && VERB_MODIFIERS.has(toks[j]!.lower)) j++;
      const inverted = clauseSubject(toks, j, toks.length);
      const next = inverted ? toks[inverted[1] + 1] : undefined;
      // an inverted subject is short ("said Maria Costa", "said a spokesman for the firm"); a
      // longer phrase is the clause said: "…, said the event brought back memories of her father"
      if (inverted && inverted[0] === j && (!next || !next.word) && inverted[1] - inverted[0] < 6) {
        push(0, v - 1, spanOf(toks, inverted), t.text);
        if (out.length > 0) return out;
      }
    }
    const subj = subjectOf(toks, v);
    if (speech && !participle && !passive && subj && !quotedStart && subj[0] >= 2 && toks[subj[0] - 1]!.text === ',' && !inQuotes(toks[subj[0] - 1]!.start)) {
      const comma = subj[0] - 1;
      // adjuncts after the verb ("in the video", "on Sunday") up to a comma or the end
      let k = v + 1;
      const adjunct = toks[k] !== undefined && toks[k]!.word && (PREPOSITIONS.has(toks[k]!.lower) || TIME_WORDS.has(toks[k]!.lower) || VERB_MODIFIERS.has(toks[k]!.lower));
      if (adjunct) while (k < toks.length && k - v <= 8 && toks[k]!.word && toks[k]!.lower !== 'that' && !SPEECH_VERBS.has(toks[k]!.lower) && !PRONOUNS.has(toks[k]!.lower)) k++;
      const rest = toks.slice(k).filter((x) => x.word).length;
      // what was said is a clause, not an opener like "Meanwhile,"
      const said = toks.slice(0, comma).filter((x) => x.word).length;
      // (", though officials …" / ", since …" after the verb is the writer's clause, not the rest of what was said)
      const writerGoesOn = toks[k]?.text === ',' && (SUBORDINATORS.has(toks[k + 1]?.lower ?? '') || toks[k + 1]?.lower === 'though');
      if ((rest === 0 || writerGoesOn) && said >= 3) { push(0, comma, spanOf(toks, subj), t.text); if (out.length > 0) return out; }
      else if (toks[k]?.text === ',' && rest > 2 && !writerGoesOn) {
        // the attribution sits inside what was said
        push(0, clauseEndToken(toks, k + 1, inQuotes), spanOf(toks, subj), t.text);
        if (out.length > 0) return out;
      }
    }
    if (!subj) continue;
    // The reported clause: after "that" when it comes soon, else right after the verb (and its object).
    let c = v + 1;
    if (act) {
      if (toks[c] && VERB_PARTICLES.has(toks[c]!.lower) && (toks[c]!.lower !== 'to' || t.lower.startsWith('refer'))) c++;
      // "spoke at a press conference" is no content: these need their particle
      if ((t.lower === 'pointed' || t.lower === 'spoke' || t.lower === 'talked') && c === v + 1) continue;
    } else {
      // (a subject pronoun or "there" on the way means the clause began before it: "says he asked whether …")
      const that = toks.findIndex((x, i) => i > v && i <= v + 12 && (x.lower === 'that' || x.lower === 'whether') && !toks.slice(v + 1, i).some((y) => y.text === '.' || y.text === ';' || inQuotes(y.start) || (y.word && (PRONOUNS.has(y.lower) || y.lower === 'there'))));
      // "said the demands that come with …": a noun phrase right after a verb that takes no
      // object is the clause's subject and "that" a relative pronoun ("said the next day that": not)
      const subjectAfter = that > 0 && !OBJECT_VERBS.has(t.lower) && NP_OPENERS.has(toks[v + 1]?.lower ?? '')
        && !toks.slice(v + 1, that).some((y) => TIME_WORDS.has(y.lower) || PERIODS.has(y.lower));
      if (that > 0 && !subjectAfter) c = that + 1;
      else if (that > 0) { /* the clause starts right after the verb */ }
      // a belief is reported speech only with "that", or when it carries a quotation:
      // she believes he "surrounds himself with highly intelligent people."
      else if (THOUGHT_VERBS.has(t.lower) && !toks.slice(v + 1, v + 5).some((y) => inQuotes(y.start))) continue;
      else if (OBJECT_VERBS.has(t.lower)) {
        // told reporters …, asked him whether …
        let o = c;
        // the object comes first, whatever word opens it ("told the group", "asked its members")
        const opensObject = (k: number): boolean => k === c && toks[k] !== undefined && toks[k]!.word && !/^(?:to|not|about|of|that|whether|if)$/.test(toks[k]!.lower);
        while (o < toks.length && o - c < 5 && toks[o]!.word && !CLAUSE_STARTERS.has(toks[o]!.lower) && !/^(?:to|not|about|of)$/.test(toks[o]!.lower) || opensObject(o)) o++;
        if (o === c || o >= toks.length) continue;
        if (toks[o]!.text === ',' || toks[o]!.text === ':') o++;
        if (toks[o] && /^(?:to|not|about|of)$/.test(toks[o]!.lower)) {
          // "urged Comey not to …", "asked them to …", "told him to …": who was asked belongs to what was asked
          if (t.lower.startsWith('ask') || t.lower.startsWith('urg') || t.lower.startsWith('tell') || t.lower === 'told') { /* c stays at the object */ } else continue;
        } else c = o;
      } else {
        while (toks[c] && (toks[c]!.text === ',' || toks[c]!.text === ':')) c++;
        // "he said, though officials …": the writer's clause, not what was said
        if (c > v + 1 && toks[c - 1]!.text === ',' && (SUBORDINATORS.has(toks[c]?.lower ?? '') || toks[c]?.lower === 'though')) continue;
        // "he said, referring to Trump": what follows is no clause but what the speaker meant
        if (c > v + 1 && toks[c - 1]!.text === ',' && toks[c]?.word && startsLower(toks[c]!.text) && toks[c]!.lower.endsWith('ing')) {
          if (!/^(?:to|of|about|on)$/.test(toks[c + 1]?.lower ?? '')) continue;
          c += 2;
        }
        // "vowed to fight", "promised to …": the infinitive is what was said
        const infinitive = toks[c]?.lower === 'to' && INFINITIVE_VERBS.has(t.lower);
        // one time word: "said Monday the plan …", "said Sunday night it …" (not "said Sunday night’s …")
        const timeOwns = /^(?:night|morning|afternoon|evening)['’]s$/i.test(toks[c + 1]?.text ?? '');
        if (!infinitive && !timeOwns && toks[c] && ONE_WORD_TIMES.has(toks[c]!.lower)) {
          let j = c + 1;
          if (toks[j] && /^(?:night|morning|afternoon|evening)$/.test(toks[j]!.lower)) j++;
          if (toks[j]?.text === ',') j++;
          if (toks[j]?.word) c = j;
        }
        // skip a short time or place phrase: "said on Sunday the two …", "said after the convention he …"
        if (!infinitive && !timeOwns && toks[c] && PREPOSITIONS.has(toks[c]!.lower)) {
          // the clause opens with a pronoun, or with a determiner after the phrase's noun
          // ("said in an interview the plan …")
          const opensClause = (j: number): boolean => j > c && toks[j]!.word && (PRONOUNS.has(toks[j]!.lower)
            || (NP_OPENERS.has(toks[j]!.lower) && toks[j - 1]!.word && j - 1 > c && !NP_OPENERS.has(toks[j - 1]!.lower) && !PREPOSITIONS.has(toks[j - 1]!.lower)));
          let j = c;
          while (j < toks.length && j - c < 7 && toks[j]!.word && !opensClause(j)) j++;
          if (j < toks.length && opensClause(j)) c = j;
          else continue;
        }
        const first = toks[c];
        if (!first) continue;
        if (infinitive) { /* content from "to" */ } else
        if (!first.word && !/^["“]|^''/.test(first.text)) continue;
        if (first.word && !isCap(first) && !CLAUSE_STARTERS.has(first.lower) && !/^[0-9]/.test(first.text)) {
          // "said goodbye", "said in", "says much about": not a clause
          const second = toks[c + 1];
          if (!second || !second.word || SPEECH_VERBS.has(first.lower) || /^(?:so|goodbye|hello|nothing|something|much|little|more|yes|no|sorry|thanks|thank)$/.test(first.lower)) continue;
        }
      }
    }
    if (c >= toks.length) continue;
    const end = clauseEndToken(toks, c, inQuotes);
    if (end - c < 2) continue;
    // "When she is looking …, she said she …": the opening clause is part of what was said
    const opensWithClause = subj[0] >= 2 && toks[subj[0] - 1]!.text === ',' && SUBORDINATORS.has(toks[0]!.lower);
    push(opensWithClause ? 0 : c, end, passive ? null : spanOf(toks, subj), t.text);
    v = end;
  }
  return out;
}

/** Spans never overlap: a direct quote wins, else the longer span. */
function dropOverlaps(found: Found[]): Found[] {
  const out: Found[] = [];
  for (const f of found) {
    const last = out[out.length - 1];
    if (last && f.start < last.end) {
      const fLen = f.end - f.start;
      const lastLen = last.end - last.start;
      if (last.kind === 'direct' && f.kind !== 'direct') continue;
      if (f.kind === 'direct' && last.kind !== 'direct') {
        // keep the reported clause when it is much longer and only partly quoted
        if (lastLen > fLen * 2 && f.start >= last.start && f.end <= last.end) { last.kind = 'mixed'; continue; }
        out[out.length - 1] = f;
        continue;
      }
      if (fLen > lastLen) out[out.length - 1] = f;
      continue;
    }
    out.push(f);
  }
  return out;
}

const fold = (s: string): string => s.normalize('NFD').replace(/\p{M}+/gu, '').toLowerCase();

/** --kind and --by: kinds to keep, and a speaker given by any part of the name. */
export function filterQuotes(quotes: Quote[], kinds?: QuoteKind[], by?: string): Quote[] {
  const wanted = by === undefined ? undefined : fold(by).trim();
  return quotes.filter((q) => (!kinds || kinds.includes(q.kind))
    && (wanted === undefined || (q.speaker !== null && (fold(q.speaker.name).includes(wanted) || fold(q.speaker.text).includes(wanted)))));
}

