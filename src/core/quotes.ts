// Direct quotations and reported speech, each attributed to a speaker. Speakers that the
// article names resolve to the same canonical names as `people` (pronouns and role
// descriptions included); unnamed sources ("Analysts", "a spokesperson") are kept as written.
import { ROLE_WORDS } from './lexicon/titles.js';
import { sentenceAt, sentenceIndexAt, type Article, type Span } from './article.js';
import type { Person } from './people.js';
import type { GivenNames } from './lexicon/given-names.js';
import { findQuotedSpans } from './quote-marks.js';
import { SpeakerResolver, type Speaker } from './speakers.js';
import { sentenceTokens, type QuoteKind, type Found, type Tok } from './quote-tokens.js';
import { clauseSubject, subjectOf } from './speaker-phrases.js';
import { ACT_VERBS, SPEECH_VERBS } from './lexicon/speech-verbs.js';
import { findDirect } from './direct-quotes.js';
import { findColonAttributions, findReported } from './reported-speech.js';

export type { Speaker } from './speakers.js';
export type { QuoteKind } from './quote-tokens.js';
export interface Quote extends Span {
  text: string;
  kind: QuoteKind;
  speaker: Speaker | null;
  cue: string | null;
  paragraph: number;
  sentence: number;
}

export interface QuoteContext {
  article: Article;
  people: Person[];
  givenNames: GivenNames;
}

/** Finds every direct quote and piece of reported speech, in text order, without overlaps. */
export function findQuotes({ article, people, givenNames }: QuoteContext): Quote[] {
  const { text } = article;
  const quotedAnywhere = findQuotedSpans(article);
  const direct = findDirect(article, quotedAnywhere);
  const inDirect = insideAny(direct.map((d) => ({ start: d.open, end: d.close + d.closeLength })));
  const inQuotes = insideAny(quotedAnywhere.map((q) => ({ start: q.open, end: q.close + q.closeLength })));
  const found: Found[] = [...direct];
  for (let k = 0; k < article.sentences.length; k++) found.push(...findReported(article, k, inDirect, inQuotes));
  found.push(...findColonAttributions(article, inQuotes));

  found.sort((a, b) => a.start - b.start || b.end - a.end);
  const resolver = new SpeakerResolver(article, people, givenNames, quotedAnywhere.map((q) => ({ start: q.open, end: q.close + q.closeLength })));
  const quotes: Quote[] = [];
  let last: Quote | undefined;
  let previous: Quote | undefined; // the last direct quote
  let previousQuoting: Quote | undefined; // the last direct or mixed one
  // a "Name: …" line counts only when the name is a person's (not "Update:", "WASHINGTON:")
  const names = new Set(people.map((p) => p.name));
  const subjects = new Map<number, SentenceFacts>();
  const kept = found.filter((f) => !f.personOnly || people.some((p) => p.name === resolver.resolve(f.speakerSpan!).name));
  for (const f of dropOverlaps(kept)) {
    const s = sentenceAt(article, f.start)!;
    let speaker = f.speakerSpan ? resolver.resolve(f.speakerSpan) : null;
    if (speaker && f.speakerIfPerson && !names.has(speaker.name)) speaker = null;
    // An unattributed quote continues the speaker of the direct quote before it in the same
    // paragraph, or of the quotation (direct or mixed) ending the paragraph before when it opens its own.
    const opensParagraph = f.start - 1 <= article.paragraphs[s.paragraph - 1]!.start + 2;
    if (!speaker && f.continues && last?.speaker && last.paragraph === s.paragraph) speaker = last.speaker;
    else if (!speaker && f.inherit && previous?.speaker && previous.paragraph === s.paragraph) speaker = previous.speaker;
    // (with no direct quote before it there, a mixed one: "Obama “felt …” climate change, Axelrod said. “This is not …”")
    else if (!speaker && f.inherit && previous?.paragraph !== s.paragraph && previousQuoting?.speaker && previousQuoting.paragraph === s.paragraph) speaker = previousQuoting.speaker;
    else if (!speaker && f.inherit && previousQuoting?.speaker && previousQuoting.paragraph === s.paragraph - 1 && opensParagraph) speaker = previousQuoting.speaker;
    else if (!speaker && f.inherit) speaker = introducedBy(article, f, resolver, names);
    let cue = f.cue;
    if (!speaker && f.fragment) ({ speaker, cue } = subjectBefore(article, f, resolver, subjects, inQuotes, names));
    // (a fragment no verb frames, in the sentence right after a direct quote of the same paragraph,
    // goes on with its speaker: "“…,” said Aida. Biden “kind of missed the point.”")
    if (!speaker && f.fragment && previous?.speaker && previous.paragraph === s.paragraph && previous.sentence === s.n - 1) speaker = previous.speaker;
    // (or of reported speech: "This makes it harder, he said. Good information still wins, but only when “the truth is sexier …”")
    else if (!speaker && f.fragment && last?.speaker && last.paragraph === s.paragraph && last.sentence === s.n - 1) speaker = last.speaker;
    const q: Quote = { text: text.slice(f.start, f.end), start: f.start, end: f.end, kind: f.kind, speaker, cue, paragraph: s.paragraph, sentence: s.n };
    if (speaker) resolver.noteSpeaker(speaker, f.start, f.end);
    quotes.push(q);
    last = q;
    if (q.kind === 'direct') previous = q;
    if (q.kind !== 'indirect') previousQuoting = q;
  }
  return quotes;
}

/**
 * A quotation with no attribution that opens its sentence, right after a sentence (with no
 * quotation of its own) whose subject is a person the article names: "Sen. Marco Rubio
 * responded first, ripping into the president. ¶ “I have been warning …”" is Rubio's.
 */
/** Every quotation mark in the text pairs around a few capitalized words ("Face the Nation"). */
function onlyTitles(sentence: string): boolean {
  const rest = sentence.replace(/[“"]((?:[A-Z][\w'’-]*|of|the|and|in|on|a|to|for)(?:\s+(?:[A-Z][\w'’-]*|of|the|and|in|on|a|to|for)){0,5}[,.!?]?)[”"]/g, '');
  return !/["“”]|''/.test(rest);
}

function introducedBy(article: Article, f: Found, resolver: SpeakerResolver, names: Set<string>): Speaker | null {
  const { text, sentences } = article;
  const at = sentenceIndexAt(article, f.start);
  if (at <= 0) return null;
  const s = sentences[at]!;
  const before = sentences[at - 1]!;
  if (f.start - s.start > 2 || before.paragraph < s.paragraph - 1) return null;
  // (a title in quotation marks is no quotation: 'On "Face the Nation," Sanders said …')
  if (/["“”]|''/.test(text.slice(before.start, before.end)) && !onlyTitles(text.slice(before.start, before.end))) return null;
  const toks = sentenceTokens(article, at - 1);
  const subject = clauseSubject(toks, 0, toks.length);
  if (!subject) return null;
  const speaker = resolver.resolve({ start: toks[subject[0]]!.start, end: toks[subject[1]]!.end });
  // (a person known by one word only is too often no person: "Often", "X.")
  return names.has(speaker.name) && speaker.name.includes(' ') ? speaker : null;
}

/**
 * A quoted fragment with no frame of its own ("Ms. Lee thanked the mayor for “taking these
 * steps to make us all safer.”") goes to the subject of the speech verb right before it
 * ("…, after Clinton argued that “…”"), else to the subject of its sentence, outside any
 * quotation. (Each sentence's tokens and subject are found once: a
 * sentence of a thousand fragments stays linear.)
 */
function subjectBefore(article: Article, f: Found, resolver: SpeakerResolver, cache: Map<number, SentenceFacts>, inQuotes: (at: number) => boolean, names: Set<string>): { speaker: Speaker | null; cue: string | null } {
  const at = sentenceIndexAt(article, f.start);
  let facts = cache.get(at);
  if (facts === undefined) {
    const toks = sentenceTokens(article, at);
    const found = clauseSubject(toks, 0, toks.length);
    const subject = found && !inQuotes(toks[found[0]]!.start) ? { start: toks[found[0]]!.start, end: toks[found[1]]!.end } : null;
    facts = { toks, subject };
    cache.set(at, facts);
  }
  const { toks } = facts;
  // the token holding the opening mark: the first that ends after f.start - 1
  let lo = 0;
  let hi = toks.length;
  while (lo < hi) {
    const mid = (lo + hi) >> 1;
    if (toks[mid]!.end <= f.start - 1) lo = mid + 1;
    else hi = mid;
  }
  for (let v = lo - 1; v >= 0 && lo - v <= 12; v--) {
    const t = toks[v]!;
    if (!t.word) { if (/^[.;!?”"]$|^''$/.test(t.text)) break; continue; }
    if (!SPEECH_VERBS.has(t.lower) && !ACT_VERBS.has(t.lower)) continue;
    const np = subjectOf(toks, v);
    if (np && !inQuotes(toks[np[0]]!.start)) return { speaker: resolver.resolve({ start: toks[np[0]]!.start, end: toks[np[1]]!.end }), cue: t.text };
    break;
  }
  // (the quotation mark stands right before f.start: the subject ends before it, with a word
  // between; or the fragment is in the phrase opening the sentence: "After saying her foot was
  // “so swollen …,” she was …")
  const { subject } = facts;
  const fits = subject !== null && (subject.end < f.start - 2 || subject.start >= f.end);
  const speaker = fits ? resolver.resolve(subject) : null;
  // (a lone capitalized word that is no one the article names only opens the sentence: "Good
  // information can still drive out bad, but only when “the truth is sexier …”")
  if (speaker && !names.has(speaker.name) && /^[A-Z][a-z]+$/.test(speaker.name) && !/^(?:He|She|They|We|You|It)$/.test(speaker.name) && subject!.start === article.sentences[at]!.start) return { speaker: null, cue: null };
  // (nor a thing the sentence is about: "The timeline of events …", "The contrast with Trump …")
  if (speaker && !names.has(speaker.name) && thingPhrase(speaker.name)) return { speaker: null, cue: null };
  return { speaker, cue: null };
}
interface SentenceFacts { toks: Tok[]; subject: Span | null }

/** A description whose head is no one's role nor a group of people: "The timeline of events", "The move". */
function thingPhrase(phrase: string): boolean {
  const m = /^(?:[Tt]he|[Aa]n?|[Tt]his|[Tt]hat|[Ee]ach|[Ee]very|[Ii]ts)\s+(?:[a-z][\w'’-]*\s+){0,3}?([a-z][\w-]*)(?:\s+of\s.*)?$/.exec(phrase);
  if (!m) return false;
  const head = m[1]!;
  // (a word for a doer is someone's: "the retired neurosurgeon", "the organizers")
  return !ROLE_WORDS.has(head) && !ROLE_WORDS.has(head.replace(/s$/, '')) && !PEOPLE_NOUNS.has(head) && !/(?:ists?|ers?|ors?|ians?|ants?|eons?|m[ae]n|ees?)$/.test(head);
}
const PEOPLE_NOUNS = new Set(['campaign', 'administration', 'government', 'group', 'groups', 'party', 'committee', 'crowd', 'audience',
  'people', 'public', 'voters', 'protesters', 'supporters', 'critics', 'officials', 'students', 'workers', 'residents', 'families',
  'family', 'team', 'company', 'firm', 'agency', 'board', 'panel', 'council', 'court', 'jury', 'police', 'department', 'ministry',
  'office', 'staff', 'coalition', 'union', 'network', 'newspaper', 'paper', 'magazine', 'website', 'report', 'study', 'survey',
  'poll', 'statement', 'letter', 'ad', 'video', 'tweet', 'post', 'memo', 'filing', 'lawsuit', 'complaint', 'editorial', 'article',
  'book', 'document', 'documents', 'email', 'emails', 'speech', 'release', 'analysis', 'data', 'figures', 'polls', 'reports',
  'man', 'woman', 'men', 'women', 'boy', 'girl', 'child', 'children', 'mother', 'father', 'son', 'daughter', 'wife', 'husband',
  'couple', 'others', 'majority', 'minority', 'number', 'source', 'sources', 'person', 'friend', 'friends', 'neighbor', 'neighbors',
  'organization', 'foundation', 'institute', 'center', 'association', 'movement', 'senate', 'house', 'congress', 'caucus',
  'delegation', 'chamber', 'embassy', 'military', 'army', 'navy', 'leadership', 'establishment', 'media', 'press', 'site', 'show',
  'school', 'university', 'college', 'hospital', 'museum', 'church', 'bank', 'club', 'city', 'state', 'county', 'town', 'country',
  'nation', 'district', 'authority', 'commission', 'bureau', 'service', 'station', 'channel', 'outlet', 'campaigns', 'parties',
  'residents', 'students', 'agents', 'parents', 'opponents', 'respondents', 'president', 'resident', 'student', 'agent', 'parent',
  'opponent', 'client', 'clients', 'patient', 'patients']);

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

/** Spans never overlap: a direct quote wins, else the longer span. */
function dropOverlaps(found: Found[]): Found[] {
  const out: Found[] = [];
  for (const f of found) {
    const last = out[out.length - 1];
    if (last && f.start < last.end) {
      if (f.fragment) continue;
      if (last.fragment) { out[out.length - 1] = f; continue; }
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
