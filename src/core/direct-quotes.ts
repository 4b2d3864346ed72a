// Direct quotations: paired quotation marks that read like speech, the attribution next to
// them ("…," said X / X said: "…"), split quotes, titles and names in quotation marks.
import { sentenceAt, sentenceIndexAt, type Article, type Span } from './article.js';
import type { QuotedSpan } from './quote-marks.js';
import { scanTokens } from './tokens.js';
import { isUpper } from './text.js';
import { ACT_VERBS, QUOTE_ONLY_VERBS, SHOUT_VERBS, SPEECH_VERBS, THOUGHT_VERBS, VERB_MODIFIERS, WRITING_NOUNS } from './lexicon/speech-verbs.js';
import { ROLE_WORDS } from './lexicon/titles.js';
import { isCap, tokensOf, ATTRIBUTION_WINDOW, NOUN_MARKERS, wordCount, startsLower, spanOf, type Found, type Tok } from './quote-tokens.js';
import { nounPhraseEndingAt, subjectOf, clauseSubject, withApposition, givenModal, PRONOUNS } from './speaker-phrases.js';

// (before a subject these make no relative clause: "was described as", "and described as")
const BE_OR_AUX = new Set(['is', 'are', 'was', 'were', 'be', 'been', 'being', 'has', 'have', 'had', 'and', 'or', 'but', 'as', 'not']);

interface DirectFound extends Found { open: number; close: number; closeLength: number }

/** "pointed out", "shot back", "chimed in": a verb that speaks with its particle. */
const phrasalSpeech = (toks: Tok[], v: number): boolean =>
  /^(?:pointed|points|shot|fired|hit|pushed|chimed|summed|spelled|cut|lashed)$/.test(toks[v]!.lower) && /^(?:out|back|in|up)$/.test(toks[v + 1]?.lower ?? '');

/** A speaker named right after a quote: "…," said Smith / "…," Smith said / "…," she added. */
function attributionAfter(toks: Tok[]): { speaker: Span; cue: string } | null {
  // a headline's "‘I never planned to be a chef’: Nadia Karim on her first restaurant"
  if (toks[0]?.text === ':' && isCap(toks[1])) {
    const np = clauseSubject(toks, 1, toks.length);
    const next = np ? toks[np[1] + 1] : undefined;
    if (np && np[0] === 1 && toks.slice(1, np[1] + 1).every((t) => isCap(t) || !t.word) && (!next || /^(?:on|says|said|reflects|recalls|explains)$/.test(next.lower))) return { speaker: spanOf(toks, np), cue: ':' };
  }
  // "…: a conversation with Nobel laureate Amara Diallo": the capitalized words that end it
  if (toks[0]?.text === ':' && /^(?:a|an)$/.test(toks[1]?.lower ?? '') && /^(?:conversation|interview|chat)$/.test(toks[2]?.lower ?? '') && toks[3]?.lower === 'with') {
    let e = toks.length;
    while (e > 4 && !toks[e - 1]!.word) e--;
    let b = e;
    while (b > 4 && isCap(toks[b - 1])) b--;
    if (e - b >= 2 && e - b <= 4) return { speaker: spanOf(toks, [b, e - 1]), cue: ':' };
  }
  let i = 0;
  while (i < toks.length && (toks[i]!.text === ',' || toks[i]!.text === '—' || toks[i]!.text === '–' || toks[i]!.text === '-')) i++;
  const t = toks[i];
  if (!t || !t.word) return null;
  // "“… to serve,” while 73 percent said …": the writer's next clause, with a speaker of its own
  if (/^(?:while|whereas|although|though)$/.test(t.lower)) return null;
  // (so is one that "and" joins on with a subject and a verb of its own: "“…,” and I wanted to
  // write it"; not "“…” and against the law, Clinton said", nor "“…,” and he added"; after
  // "but" it still may be: "“…,” but he kept his temper and responded …")
  if (t.lower === 'and' && /^(?:i|we|he|she|they)$/.test(toks[i + 1]?.lower ?? '') && !SPEECH_VERBS.has(toks[i + 2]?.lower ?? '')) return null;
  // "…," according to the report.
  if (t.lower === 'according' && toks[i + 1]?.lower === 'to' && i + 2 < toks.length) {
    let e = toks.length;
    while (e > i + 2 && (!toks[e - 1]!.word || toks[e - 1]!.text === ',')) e--;
    let c = i + 2;
    while (c < e && toks[c]!.text !== ',') c++;
    return c > i + 2 ? { speaker: spanOf(toks, [i + 2, c - 1]), cue: 'according to' } : null;
  }
  if ((SPEECH_VERBS.has(t.lower) && !THOUGHT_VERBS.has(t.lower)) || QUOTE_ONLY_VERBS.has(t.lower)) {
    // inverted: said Martin Smith, a senior analyst …
    let j = i + 1;
    while (j < toks.length && toks[j]!.word && VERB_MODIFIERS.has(toks[j]!.lower) && !givenModal(toks, j)) j++;
    const np = clauseSubject(toks, j, toks.length);
    if (np && np[0] === j) {
      // (a name set off after the description names the speaker: "said the company's operations director, Neil Fraser —")
      if (startsLower(toks[np[0]]!.text) && toks[np[1] + 1]?.text === ',' && isCap(toks[np[1] + 2])) {
        let e = np[1] + 2;
        while (e < toks.length && e - np[1] <= 5 && isCap(toks[e])) e++;
        if (e >= toks.length || /^(?:,|\.|—|–|-|;)$/.test(toks[e]!.text)) return { speaker: spanOf(toks, [np[0], e - 1]), cue: t.text };
      }
      // (a description keeps what says which one, to the end of the sentence: "said a longtime
      // GOP data expert who has worked for one of Trump's rivals.", "said the former top aide to
      // President George W. Bush.")
      if (/^(?:a|an|one|another|the)$/i.test(toks[np[0]]!.lower) && /^(?:who|to|at|for|with|of)$/.test(toks[np[1] + 1]?.lower ?? '')) {
        let e = np[1] + 1;
        while (e < toks.length && e - np[1] <= 16 && (toks[e]!.word || (/^['’.\-&]$/.test(toks[e]!.text) && toks[e + 1]?.word === true))) e++;
        if (e >= toks.length || /^[.;!?]$/.test(toks[e]!.text)) return { speaker: spanOf(toks, [np[0], e - 1]), cue: t.text };
      }
      return { speaker: spanOf(toks, np), cue: t.text };
    }
    return null;
  }
  // normal: Smith said / the former minister told reporters / Smith, a pollster at …, told NBC
  let relative = -1;
  for (let v = i + 1; v < Math.min(toks.length, i + 24); v++) {
    const w = toks[v]!;
    if (!w.word) {
      if (w.text === '(' || w.text === ')' || w.text === '.' || w.text === "'" || w.text === '’' || w.text === ',' || w.text === '-' || w.text === '&' || w.text === '/') continue;
      // (a short title in quotation marks inside an apposition: "Bill Eastland, wearing “Ted Cruz” pins, said")
      if ((w.text === '“' || w.text === '"') && v > i + 1 && toks.slice(v + 1, v + 5).some((x) => x.text === '”' || x.text === '"')) {
        const close = toks.findIndex((x, n) => n > v && (x.text === '”' || x.text === '"'));
        if (close > v && close - v <= 5) { v = close; continue; }
      }
      return null;
    }
    if ((SPEECH_VERBS.has(w.lower) && !THOUGHT_VERBS.has(w.lower)) || QUOTE_ONLY_VERBS.has(w.lower) || phrasalSpeech(toks, v)) {
      // (a verb of the relative clause the sentence goes on with is no attribution: "…” that would respond to …, X wrote")
      if (v === i + 1 || (v === i + 2 && /^(?:would|could|will|might|may|can|should)$/.test(toks[i + 1]!.lower))) {
        if (/^(?:that|which)$/.test(toks[i]!.lower)) { relative = v; continue; }
      }
      const np = subjectOf(toks, v);
      if (np && np[0] <= i + 1) return { speaker: spanOf(toks, [Math.max(np[0], i), np[1]]), cue: w.text };
      // inverted after the rest of the sentence: "“We’re extremely happy” about the decision, said RoseAnn DeMoro, …"
      if (toks[v - 1]!.text === ',' && SPEECH_VERBS.has(w.lower) && !w.lower.endsWith('ing') && isUpper(toks[v + 1]?.text[0] ?? 'a')) {
        const after = clauseSubject(toks, v + 1, toks.length);
        const next = after ? toks[after[1] + 1] : undefined;
        if (after && after[0] === v + 1 && (!next || next.text === ',' || next.text === '.')) return { speaker: spanOf(toks, after), cue: w.text };
      }
      // after a description set off by a comma: "…,'' Google's chief human resources executive, Laszlo Bock, told …"
      // (a description has a word in lower case: a title-case headline is none)
      if (np && np[0] > i + 1 && np[0] - i <= 10 && toks[np[0] - 1]!.text === ',' && toks.slice(i, np[0] - 1).every((t) => !t.word || (!SPEECH_VERBS.has(t.lower) && !ACT_VERBS.has(t.lower)))
        && toks.slice(i, np[0] - 1).some((t) => t.word && startsLower(t.text))
        && clauseSubject(toks, i, np[0] - 1)?.[0] === i) return { speaker: spanOf(toks, [i, np[1]]), cue: w.text };
      // after a short rest of the sentence: "“… worked so hard” for the victory, Sanders said."
      // (the verb may take an adjunct to the sentence's end: "…” that would respond to requests
      // from Judicial Watch, senior trial counsel Caroline Wolverton wrote in a court filing.")
      const ends = (k: number): boolean => k >= toks.length || !toks[k]!.word
        || (/^(?:in|on|at|during|via|through|to)$/.test(toks[k]!.lower) && toks.slice(k, k + 8).every((x) => x.text !== ',' && x.lower !== 'that' && !SPEECH_VERBS.has(x.lower)) && (k + 8 >= toks.length || toks.slice(k + 1, k + 8).some((x) => /^[.!?]$/.test(x.text))));
      if (np && np[0] >= 2 && np[0] - i <= 8 && toks[np[0] - 1]!.text === ',' && !w.lower.endsWith('ing') && (v + 1 >= toks.length || !toks[v + 1]!.word)) return { speaker: spanOf(toks, np), cue: w.text };
      // (the phrase may open with capitalized words the noun phrase left out: "Justice Department senior trial counsel …")
      let from = np ? np[0] : -1;
      while (from > i + 1 && np && np[0] - from < 3 && toks[from - 1]!.word && isCap(toks[from - 1])) from--;
      if (np && from >= 2 && from - i <= 14 && toks[from - 1]!.text === ',' && !w.lower.endsWith('ing') && ends(v + 1)
        && toks.slice(i, from - 1).every((x, n) => !x.word || i + n === relative || (!SPEECH_VERBS.has(x.lower) && !ACT_VERBS.has(x.lower)))
        && toks.slice(i, from - 1).some((x) => x.word && startsLower(x.text))) return { speaker: spanOf(toks, [from, np[1]]), cue: w.text };
      // two speakers: "…," Cummings and Conyers wrote.
      if (np && np[0] >= 2 && toks[np[0] - 1]!.lower === 'and') {
        const first = nounPhraseEndingAt(toks, np[0] - 2);
        if (first && first[0] <= i + 1) return { speaker: spanOf(toks, [Math.max(first[0], i), np[1]]), cue: w.text };
      }
      return null;
    }
  }
  return null;
}

/** The punctuation a quotation ends with, before any nested closing marks: "?" of "… win Loudoun?’". */
function closingPunctuation(content: string): string {
  let e = content.length;
  while (e > 0 && /['’"”]/.test(content[e - 1]!)) e--;
  let b = e;
  while (b > 0 && /[?!.…,]/.test(content[b - 1]!)) b--;
  return content.slice(b, e);
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
    if (toks[j]!.lower !== 'it' || !/^puts?$/.test(toks[j - 1]!.lower)) continue;
    // (through an apposition: "as Tom Ridge, a former secretary of homeland security, put it:")
    let as = j - 2;
    while (as >= 0 && j - as <= 20 && toks[as]!.lower !== 'as' && toks[as]!.text !== '.') as--;
    let named = as >= 0 && toks[as]!.lower === 'as' ? clauseSubject(toks, as + 1, j - 1) : null;
    if (named && named[0] !== as + 1) named = null;
    // (a name set off after a description names the speaker: "As one developer, Priya Shah, put it:")
    if (named && toks[named[1] + 1]?.text === ',' && toks[j - 2]?.text === ',' && named[1] + 2 < j - 2
      && toks.slice(named[1] + 2, j - 2).every((x) => isUpper(x.text[0]!) || x.text === '.')) named = [named[1] + 2, j - 3];
    const np = named ?? nounPhraseEndingAt(toks, j - 2);
    if (np) return { speaker: spanOf(toks, np), cue: 'put it' };
    break;
  }
  // "According to HuffPo: “…”", "According to Limbaugh, “…”"
  if (toks[0]?.lower === 'according' && toks[1]?.lower === 'to' && e >= 2 && e <= 10) return { speaker: spanOf(toks, [2, e]), cue: 'according to' };
  if (colon) {
    // "… doesn’t surprise Republican pollster Daron Shaw: “…”": a name after its occupation, right before the colon
    if (isCap(toks[e]) && isCap(toks[e - 1])) {
      let b = e - 1;
      while (b > 0 && e - b < 4 && isCap(toks[b - 1])) b--;
      const role = toks[b - 1];
      if (role && role.word && startsLower(role.text) && ROLE_WORDS.has(role.lower)) return { speaker: spanOf(toks, [b, e]), cue: ':' };
    }
    // "Pollsters agree - Carl Bialik: “…”", "… - More from Blumenthal and Cohen: “…”": the name after the last dash
    let dash = e;
    while (dash >= 0 && e - dash <= 7 && !/^[-—–]$/.test(toks[dash]!.text) && (isCap(toks[dash]) || !toks[dash]!.word || /^(?:and|from|more)$/.test(toks[dash]!.lower))) dash--;
    if (dash >= 1 && dash < e && /^[-—–]$/.test(toks[dash]!.text)) {
      let from = dash + 1;
      if (toks[from]?.lower === 'more' && toks[from + 1]?.lower === 'from') from += 2;
      if (from <= e && isCap(toks[from]) && isCap(toks[e])) return { speaker: spanOf(toks, [from, e]), cue: ':' };
    }
  }
  // the nearest speech verb within the last words before the quote (a colon closes a longer lead-in)
  for (let v = e; v >= Math.max(0, e - (colon ? 24 : 12)); v--) {
    const w = toks[v]!;
    if (!w.word) { if (w.text === '.' || w.text === '!' || w.text === '?') break; continue; }
    // "Trump issued a statement, “…”", "she posted a message: “…”": the statement speaks for its maker
    if (/^(?:statement|tweet|message|post)$/.test(w.lower) && v === e && /^(?:a|an|the)$/.test(toks[v - 1]?.lower ?? '')
      && /^(?:issued|released|posted|sent|tweeted|published|put)$/.test(toks[v - 2]?.lower ?? '')) {
      const np = subjectOf(toks, v - 2);
      if (np) return { speaker: spanOf(toks, np), cue: `${toks[v - 2]!.text} ${toks[v - 1]!.text} ${w.text}` };
    }
    if (SPEECH_VERBS.has(w.lower) || ACT_VERBS.has(w.lower) || QUOTE_ONLY_VERBS.has(w.lower) || phrasalSpeech(toks, v)) {
      // (a feeling about something introduces nothing: "With leaders worried about …, Obama …:")
      if (THOUGHT_VERBS.has(w.lower) && /^(?:about|over|for|by|of|that)$/.test(toks[v + 1]?.lower ?? '')) continue;
      // (after an article the word is a noun: "after the attacks, Trump …")
      if (NOUN_MARKERS.has(toks[v - 1]?.lower ?? '')) continue;
      const np = subjectOf(toks, v);
      if (np) return { speaker: spanOf(toks, np), cue: w.text };
      // inverted, opening the sentence: "Said Dorothy Poynter, who grew up with him, “…”"
      if (v === 0 && SPEECH_VERBS.has(w.lower) && !w.lower.endsWith('ing')) {
        const after = clauseSubject(toks, 1, e + 1);
        if (after && after[0] === 1) return { speaker: spanOf(toks, after), cue: w.text };
      }
      // or after an opening phrase, up to the colon or comma: "In other words, explained CBS moderator
      // Nancy Cordes: “…”", "Because of how …, explained Rosenberg, “with this thing …”"
      if ((colon || last.text === ',') && v > 0 && toks[v - 1]!.text === ',' && SPEECH_VERBS.has(w.lower) && !w.lower.endsWith('ing')) {
        const after = clauseSubject(toks, v + 1, e + 1);
        if (after && after[0] === v + 1 && after[1] === e) return { speaker: spanOf(toks, after), cue: w.text };
      }
      break;
    }
  }
  // an interview's "Q:" or "A:" labels a turn, and names no one
  if (colon && e === 0 && /^[QA]$/.test(toks[0]!.text)) return null;
  if (colon) {
    // "From the report: “…”", "More from Jones: “…”": the words are the source's
    for (let f = e - 1; f >= 0 && e - f <= 6; f--) {
      if (toks[f]!.lower !== 'from') continue;
      const source = nounPhraseEndingAt(toks, e);
      if (source && source[0] === f + 1 && (f === 0 || toks.slice(0, f).every((t) => isCap(t) || !t.word) || toks[f - 1]!.text === '-' || toks[f - 1]!.text === '—')) return { speaker: spanOf(toks, source), cue: ':' };
      break;
    }
    const np = clauseSubject(toks, 0, e + 1);
    // "A lesson from Loretta Lynch: “…”": the words are from whoever the phrase names
    if (np && toks[np[1] + 1]?.lower === 'from' && np[1] + 2 <= e && toks.slice(np[1] + 2, e + 1).every((t) => isUpper(t.text[0]!) || t.text === '.')) {
      return { speaker: spanOf(toks, [np[1] + 2, e]), cue: ':' };
    }
    if (np) return { speaker: spanOf(toks, withApposition(toks, np)), cue: ':' };
  }
  return null;
}

/** A paragraph that signs a quote: a dash, then a name of capitalized words, then at most a short description ("— Maria Costa, Porto."). */
function signature(text: string, p: Span): Span | null {
  const line = text.slice(p.start, p.end);
  // (or no dash, a name and an affiliation in capitals: "Dean Baker, Center for Economic and Policy Research")
  const m = /^[-—–―]\s*((?:[A-ZÀ-Þ][^\s,]*\s+){0,4}[A-ZÀ-Þ][^\s,]*?)\.?(?:,[^\n]{0,60})?$/.exec(line)
    ?? (line.length <= 100 ? AFFILIATED.exec(line) : null);
  if (!m) return null;
  const start = p.start + m[0].indexOf(m[1]!);
  return { start, end: start + m[1]!.length };
}

const AFFILIATED = /^((?:[A-ZÀ-Þ][^\s,]*\s){1,3}[A-ZÀ-Þ][^\s,]*), (?:[A-ZÀ-Þ][^\s,]*|of|for|and|the|at|on)(?: (?:[A-ZÀ-Þ][^\s,]*|of|for|and|the|at|on)){0,8}\.?$/;

/** Works that have titles: a title-case quotation set off after one of these is its title. */
const WORK_NOUNS = new Set(['novel', 'book', 'memoir', 'biography', 'film', 'movie', 'documentary', 'album', 'song', 'single',
  'play', 'musical', 'opera', 'show', 'series', 'sitcom', 'podcast', 'poem', 'painting', 'essay', 'exhibition', 'exhibit',
  'collection', 'novella', 'record', 'ep', 'sequel', 'debut', 'episode', 'column', 'game']);

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

/**
 * The quote opens right after a verb of shouting, or after "read" whose subject is a sign (a
 * comma may come between): the verb's index, and for a sign the index of its noun.
 */
function shoutedOrWritten(before: Tok[]): { verb: number; sign: number } | null {
  let v = before.length - 1;
  if (before[v]?.text === ',') v--;
  const verb = before[v];
  if (!verb?.word) return null;
  if (SHOUT_VERBS.has(verb.lower)) return { verb: v, sign: -1 };
  if (!/^(?:read|reads|reading)$/.test(verb.lower)) return null;
  for (let k = v - 1; k >= 0 && v - k <= 4; k--) {
    const w = before[k]!;
    if (WRITING_NOUNS.has(w.lower)) return { verb: v, sign: k };
    if (!(k === v - 1 && /^(?:that|which)$/.test(w.lower)) && !w.word && w.text !== '—' && w.text !== '-') return null;
  }
  return null;
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

/** Direct quotes among the quoted spans of the article (`marks`, from findQuotedSpans). */
export function findDirect(article: Article, marks: QuotedSpan[]): DirectFound[] {
  const { text } = article;
  const out: DirectFound[] = [];
  const fragments: DirectFound[] = [];
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
    let afterFullStop = false;
    // (after a full stop only when the next sentence is no more than the attribution: "…
    // reporting it.” Trump said to cheers.")
    // (a quotation nested at the end closes first: "… How do we win Loudoun?’" Will Estrada said")
    const ending = closingPunctuation(content);
    // (an ellipsis trails off as a question or an exclamation ends: "“It’s fine…” Costa said")
    if (m.closeLength > 0 && afterEnd <= closeEnd && /[?!.…]$/.test(ending)) {
      const next = article.sentences[sentenceIndexAt(article, closingSentence.start) + 1];
      if (next && next.paragraph === closingSentence.paragraph && next.start - closeEnd <= 2
        && (!/[^.]\.$|^\.$/.test(ending) || wordCount(text, next.start, next.end) <= 5)) {
        afterEnd = Math.min(next.end, closeEnd + ATTRIBUTION_WINDOW);
        afterFullStop = /[^.]\.$|^\.$/.test(ending);
      }
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
    // (a sentence of its own after the quote names its speaker only when nothing before it does:
    // "She put it plainly: “…” Nobody answered.")
    let after = attributionAfter(afterToks);
    // (words shouted or on a sign right after their verb are that verb's subject's: "someone
    // shouted, “Cruz,” and the crowd laughed")
    const shout = shoutedOrWritten(beforeToks);
    let before = !after || afterFullStop || shout ? attributionBefore(beforeToks) : null;
    // (a sign with no subject found speaks for itself: "hoisted a sign that read “15%!”")
    if (shout && shout.sign >= 0 && !before) {
      const np = nounPhraseEndingAt(beforeToks, shout.sign)
        ?? [/^(?:a|an|the|one|another|his|her|their|its)$/i.test(beforeToks[shout.sign - 1]?.text ?? '') ? shout.sign - 1 : shout.sign, shout.sign];
      before = { speaker: spanOf(beforeToks, np), cue: beforeToks[shout.verb]!.text };
    }
    if ((afterFullStop || shout) && before) after = null;
    if (after) { speakerSpan = after.speaker; cue = after.cue; }
    if (!speakerSpan && before) { speakerSpan = before.speaker; cue = before.cue; }
    // "Calling Mr. Burr's challenger “exactly the kind of partner I need,” Mrs. Clinton upbraided …":
    // the quotation inside an opening participle's phrase is the main clause's subject's
    const opener = beforeToks[0];
    if (!speakerSpan && opener !== undefined && opener.start === sentence.start && opener.word && opener.lower.endsWith('ing')
      && (ACT_VERBS.has(opener.lower) || SPEECH_VERBS.has(opener.lower)) && afterToks.length > 0) {
      let j = 0;
      while (j < afterToks.length && !afterToks[j]!.word) j++;
      const comma = afterToks.slice(0, j).some((t) => t.text === ',') || /,$/.test(content);
      const np = comma ? clauseSubject(afterToks, j, afterToks.length) : null;
      if (np && np[0] === j && afterToks[np[1] + 1]?.word) { speakerSpan = spanOf(afterToks, np); cue = opener.text; }
    }
    // "He jokes, “It’s a never ending line!”": a sentence quoted after a comma, with no speech
    // verb to say whose, is the sentence's subject's (a subject and a verb of its own before it)
    // (not when a quote before it in the paragraph may go on: that one's speaker is for later to give)
    const earlier = out[out.length - 1];
    if (!speakerSpan && !shout && beforeToks.length >= 3 && beforeToks[beforeToks.length - 1]!.text === ',' && beforeToks[0]!.start === sentence.start
      && /^[A-ZÀ-Þ]/.test(content) && wordCount(text, m.start, m.end) >= 4 && !(earlier && earlier.open >= paragraph.start)) {
      // (a name and a verb in -s may read as one noun phrase, "Lena Park jokes": then the subject of that verb)
      const last = beforeToks.length - 2;
      let np = clauseSubject(beforeToks, 0, beforeToks.length - 1);
      if ((!np || np[1] >= last) && beforeToks[last]!.word && startsLower(beforeToks[last]!.text) && /[a-z](?:[^s]s|ed)$/.test(beforeToks[last]!.lower)) np = subjectOf(beforeToks, last);
      const verb = np ? beforeToks[np[1] + 1] : undefined;
      if (np && np[0] === 0 && np[1] <= 3 && (np[1] === 0 || !beforeToks.slice(1, np[1] + 1).some((t) => PRONOUNS.has(t.lower))) && verb && verb.word && startsLower(verb.text) && !PRONOUNS.has(verb.lower) && !/^(?:who|which|that|and|or|but)$/.test(verb.lower)) { speakerSpan = spanOf(beforeToks, np); cue = verb.text; }
    }
    // a headline "Dr. Ben Carson: Hillary Clinton ‘Not Fit To Serve …’" quotes the name before the colon
    let speakerIfPerson = false;
    if (!speakerSpan && m.open - paragraph.start < 80) {
      const head = tokensOf(text, paragraph.start, m.open);
      const colon = head.findIndex((t) => t.text === ':');
      if (colon >= 2 && colon <= 5 && head.length - colon <= 8 && head.slice(0, colon).every((t) => isCap(t) || t.text === '.')) {
        speakerSpan = { start: head[0]!.start, end: head[colon - 1]!.end };
        cue = ':';
        speakerIfPerson = true;
      }
    }
    // a quote opening its paragraph after one that ends "… continued:" belongs to that speaker
    if (!speakerSpan && m.open === paragraph.start && paragraph.n > 1) {
      const prev = article.paragraphs[paragraph.n - 2]!;
      if (text[prev.end - 1] === ':') {
        const lastSentence = prev.sentences[prev.sentences.length - 1]!;
        const before = attributionBefore(tokensOf(text, lastSentence.start, prev.end));
        if (before) { speakerSpan = before.speaker; cue = before.cue; }
      }
    }
    // a quote that is its whole paragraph, signed on the next line: "…"  / "- Bernie Sanders."
    if (!speakerSpan && m.open === paragraph.start && closeEnd >= paragraph.end - 1 && paragraph.n < article.paragraphs.length) {
      const next = article.paragraphs[paragraph.n]!;
      const sign = signature(text, next);
      if (sign) { speakerSpan = sign; cue = '—'; }
      // or the next paragraph looks back at it: "That was how Jeffrey Bewkes, the chief executive, described …"
      const back = sign ? null : /^(?:That|This)(?: was|’s|'s| is) (?:how|what) /.exec(text.slice(next.start, next.start + 40));
      if (back) {
        const toks = tokensOf(text, next.start + back[0].length, Math.min(next.end, next.start + back[0].length + ATTRIBUTION_WINDOW));
        const np = clauseSubject(toks, 0, toks.length);
        const v = np ? np[1] + 1 : -1;
        // (the subject is followed by its verb, maybe after an apposition: "…, once described")
        if (np && np[0] === 0 && toks[v] !== undefined && (toks[v]!.word || toks[v]!.text === ',')) {
          speakerSpan = spanOf(toks, np);
          // (the cue is the verb that follows: "described", "put it")
          const verb = toks.slice(v, v + 12).find((t) => t.word && (SPEECH_VERBS.has(t.lower) || ACT_VERBS.has(t.lower) || QUOTE_ONLY_VERBS.has(t.lower) || t.lower === 'put'));
          cue = verb?.text ?? back[0].trim();
        }
      }
    }
    const words = wordCount(text, m.start, m.end);
    const startsSentence = beforeToks.length === 0 || /[:,]$/.test(beforeToks[beforeToks.length - 1]!.text) || isUpper(content[0]!);
    const sentenceLike = isUpper(content[0]!) || /^[0-9'‘"“(\[…]/.test(content) || ending !== '';
    // A name someone uses ("known as “…”", "dubbed “…”", "the phrase “…”") is listed, with a
    // speaker only when the text says whose: dubbed "Hillblazers" by the campaign.
    const naming = namingCue(beforeToks);
    if (naming && words <= 8 && m.closeLength > 0) {
      const by = afterToks[0]?.lower === 'by' ? clauseSubject(afterToks, 1, afterToks.length) : null;
      // (or whoever used the words: "what Zimmerman described as “a piece of history”")
      const verb = beforeToks.length - (/^(?:the|a|an)$/.test(beforeToks[beforeToks.length - 1]!.lower) ? 3 : 2);
      let user = !by && naming === 'described as' && verb >= 1 ? subjectOf(beforeToks, verb) : null;
      // (the thing and the subject run together with no "that": "a case the sentencing judge described as")
      if (user) for (let k = user[1]; k > user[0]; k--) if (/^(?:the|a|an)$/.test(beforeToks[k]!.lower)) { user = [k, user[1]]; break; }
      // (also in a relative clause on the thing named, its subject right before the verb: "a call
      // Bucks coach Doc Rivers described as “…”", "the plan that Costa described as “…”")
      const opener = user ? beforeToks[user[0] - 1] : undefined;
      const relative = user !== null && user[1] === verb - 1 && opener !== undefined && opener.word
        && (/^(?:that|which|whom)$/.test(opener.lower) || (startsLower(opener.text) && !BE_OR_AUX.has(opener.lower) && !PRONOUNS.has(opener.lower)));
      // (or whoever used the phrase: "Trump has used the phrase “Islamic terrorism” often")
      const usedAt = beforeToks.length - 3;
      const usedBy = !by && !user && NAMING_NOUNS.has(naming.toLowerCase()) && usedAt >= 1 && /^(?:used|uses|using|use|uttered|utters|coined|coins|invoked|invokes|repeated|repeats)$/.test(beforeToks[usedAt]!.lower)
        ? subjectOf(beforeToks, usedAt) : null;
      const speaker = by ? spanOf(afterToks, by) : user && (opener?.lower === 'what' || relative) ? spanOf(beforeToks, user) : usedBy ? spanOf(beforeToks, usedBy) : null;
      out.push({ start: m.start, end: m.end, kind: 'direct', speakerSpan: speaker, cue: naming, open: m.open, close: m.close, closeLength: m.closeLength });
      continue;
    }
    // Titles, names and scare quotes are not speech; fragments inside reported speech come back as mixed.
    // (a title follows a word: on "Face the Nation," / CNN's "State of the Union")
    const lastBefore = beforeToks[beforeToks.length - 1];
    // …but words shouted, or written on a sign, right after their verb are what was said,
    // whatever their case and length: chanting "no contract, no peace", a sign that read "15%!"
    const uttered = shout !== null && speakerSpan !== null && before !== null && speakerSpan === before.speaker;
    // (or is set off after a work's noun: Her third novel, "The Lagoon Hours," arrives …)
    const work = lastBefore?.text === ',' && WORK_NOUNS.has(beforeToks[beforeToks.length - 2]?.lower ?? '');
    if ((lastBefore?.word || work) && isTitleLike(content) && !uttered) continue;
    // ("…,” according to X" only attributes a quote that opens its clause: otherwise it is mixed)
    // (a short sentence goes on after the attribution: "“… bill,” she said. “Not one.”")
    const prior = out[out.length - 1];
    const goesOn = words < 3 && prior !== undefined && prior.closeLength > 0 && isUpper(content[0]!) && /[.!?]$/.test(ending)
      && m.open - (prior.close + prior.closeLength) <= 40 && !text.slice(prior.close, m.open).includes('\n')
      && attributionAfter(tokensOf(text, prior.close + prior.closeLength, m.open)) !== null;
    if (!uttered && (!sentenceLike || (words < 3 && !speakerSpan && !goesOn) || (!startsSentence && (!after || after.cue === 'according to')))) {
      // (five words or more is no scare quote: "thanked Obama for “taking these steps to make us safer.”")
      if (words >= 5 && m.closeLength > 0) fragments.push({ start: m.start, end: m.end, kind: 'mixed', speakerSpan: null, cue: null, open: m.open, close: m.close, closeLength: m.closeLength, fragment: true });
      continue;
    }
    const f: DirectFound = { start: m.start, end: m.end, kind: 'direct', speakerSpan, cue, open: m.open, close: m.close, closeLength: m.closeLength };
    if (speakerIfPerson) f.speakerIfPerson = true;
    // "It has a voluntary program, but “not all members take advantage of it,” said Paula
    // Sumberg": an attribution after the quotation takes in the words its sentence opens with
    if (after && after.cue !== 'according to' && m.closeLength > 0 && sentence.start < m.open && !/["“”‘«»]|''/.test(text.slice(sentence.start, m.open))) {
      const lead = tokensOf(text, sentence.start, m.open);
      // (not after a phrase of time or place: "In his 2002 book, ''Make Your Kid a Millionaire,'' …")
      if (lead.filter((t) => t.word).length >= 4 && !/^(?:in|on|at|during|after|before|from|for|with|under|by|over|since|throughout)$/.test(lead[0]!.lower) && !lead.some((t) => t.text === ':' || (t.word && (SPEECH_VERBS.has(t.lower) || ACT_VERBS.has(t.lower) || QUOTE_ONLY_VERBS.has(t.lower))))) {
        f.start = lead[0]!.start;
        f.end = closeEnd;
        f.kind = 'mixed';
      }
    }
    // A split quote ("A," he said, "B.") is one quote: the attribution after the first part is
    // all that stands between, in one sentence, and the second part has no attribution of its own.
    const prev = out[out.length - 1];
    if (prev && !after && prev.closeLength > 0 && m.open - prev.close < ATTRIBUTION_WINDOW && !text.slice(prev.close, m.open).includes('\n')) {
      const between = tokensOf(text, prev.close + prev.closeLength, m.open);
      const bridge = attributionAfter(between);
      // one sentence at most between them (the second part may open a sentence of its own)
      // (a sentence starting between them: the one holding m.open starts after prev.close)
      const newSentence = (sentenceAt(article, m.open - 1)?.start ?? -1) > prev.close;
      // a participial clause after the attribution ("…," he said, referring to Trump. "…") is
      // something of its own: the two parts stay two quotes
      const newAct = between.some((t, i) => /^(?:adding|saying|continuing|noting|telling|asking|arguing)$/.test(t.lower)
        || (i > 0 && between[i - 1]!.text === ',' && t.word && startsLower(t.text) && t.lower.endsWith('ing')
          && between.slice(i + 1).filter((x) => x.word).length >= 2) // ("she said, clapping." stays one)
        // (so is a clause with a subject of its own after ", and": "…,” Ebeling said, and her husband cut in. “…”)
        || (i > 0 && t.lower === 'and' && between[i - 1]!.text === ',' && between[i + 1] !== undefined
          && (PRONOUNS.has(between[i + 1]!.lower) || /^(?:the|a|an|his|her|their|its|my|our)$/.test(between[i + 1]!.lower) || isCap(between[i + 1]))));
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
    if (!speakerSpan) {
      f.inherit = true;
      // "Maher said the report “wasn’t good.” Adding, “…”": a participle alone before the quote
      if (beforeToks.length === 2 && beforeToks[1]!.text === ',' && /^(?:adding|continuing|concluding|noting|explaining)$/.test(beforeToks[0]!.lower)) f.continues = true;
    }
    out.push(f);
  }
  return out.concat(fragments);
}
