// Reported speech, sentence by sentence: "X said (that) …", "…, X said.", "According to X, …",
// act verbs ("called the plan reckless"), participles, passives, and "Name: …" lines.
import { DEMONYMS, NAME_PARTICLES } from './lexicon/name-parts.js';
import type { Article, Span } from './article.js';
import { sentenceSpans } from './tokens.js';
import { ACT_BASE_FORMS, ACT_VERBS, BASE_FORMS, OBJECT_VERBS, SPEECH_VERBS, THOUGHT_VERBS, VERB_MODIFIERS, VERB_PARTICLES } from './lexicon/speech-verbs.js';
import { sentenceTokens, wordCount, isCap, startsLower, spanOf, type QuoteKind, type Found, type Tok } from './quote-tokens.js';
import { PRONOUNS, INTRO_WORDS, subjectOf, TIME_WORDS, clauseSubject, clauseEndToken, dashesBefore, firstComma, opensWithSubordinate, SUBORDINATORS, AUXILIARIES, datelineEnd, givenModal, anotherSpeakerAt } from './speaker-phrases.js';

const SUBJECT_CONTRACTION = /^(?:he|she|they|we|i|you|it|there|that)['’](?:s|d|ll|re|ve|m)$/;
const CLAUSE_STARTERS = new Set([...PRONOUNS, 'the', 'a', 'an', 'this', 'that', 'these', 'those', 'there', 'his', 'her',
  'their', 'its', 'our', 'my', 'your', 'some', 'many', 'most', 'no', 'all', 'both', 'one', 'every', 'each', 'any',
  'nobody', 'everyone', 'nothing', 'everything', 'someone', 'something', 'if', 'when', 'while', 'because', 'as',
  'unless', 'although', 'whether', 'what', 'how', 'why', 'where', 'americans', 'people', 'voters']);
const ARTICLES = new Set(['the', 'a', 'an']);
const DASH_TOKENS = new Set(['-', '—', '–', '--']);
const URGING = /^(?:urg|prompt|lead|led|caus|forc|push|press|encourag|pressur)(?:e|es|ed|ing|s)?$/;
const FINITE_AFTER_COMMA = new Set(['is', 'are', 'was', 'were', 'has', 'have', 'had', 'will', 'would']);
const PLURAL_SUBJECT = /^(?:[A-Za-z]+[^s's’]s|[A-Za-z]+ies|[Tt]hey|[Ww]e|[Yy]ou|I|percent|people|police|others|some|many|most|both|who|that|men|women|children|will|would|can|could|should|might|may|must|often|also|still|now|sometimes|regularly|openly|frequently|routinely)$/;
const ARTICLE_AFTER = new Set(['in', 'on', 'at', 'after', 'before', 'during', 'since', 'to', 'from', 'with', 'through', 'via',
  'over', 'under', 'outside', 'inside', 'near', 'of', 'by', 'for', 'about', 'into', 'across', 'throughout', 'following', 'ahead']);
const PREPOSITIONS = new Set(['in', 'on', 'at', 'after', 'before', 'during', 'since', 'last', 'this', 'to', 'from', 'with',
  'earlier', 'later', 'repeatedly', 'privately', 'publicly', 'recently', 'previously', 'again', 'then', 'yesterday',
  'today', 'monday', 'tuesday', 'wednesday', 'thursday', 'friday', 'saturday', 'sunday', 'when', 'while', 'through',
  'via', 'over', 'under', 'outside', 'inside', 'near', 'afterward', 'afterwards', 'onstage', 'of']);

const ONE_WORD_TIMES = new Set(['today', 'yesterday', 'monday', 'tuesday', 'wednesday', 'thursday', 'friday', 'saturday',
  'sunday', 'earlier', 'later', 'recently', 'previously', 'again', 'repeatedly', 'privately', 'publicly', 'afterward', 'afterwards']);
const NP_OPENERS = new Set(['the', 'a', 'an', 'his', 'her', 'their', 'its', 'our', 'these', 'those', 'some', 'many', 'most', 'no', 'every']);
const PERIODS = new Set(['day', 'days', 'week', 'weeks', 'month', 'months', 'year', 'years', 'time', 'weekend', 'night', 'morning', 'afternoon', 'evening', 'statement', 'interview', 'letter', 'email', 'speech']);
// Things said or done that follow a verb as its object, never as its inverted subject
const SAID_THINGS = new Set(['report', 'reports', 'claim', 'claims', 'allegation', 'allegations', 'accusation', 'accusations', 'charge',
  'charges', 'rumor', 'rumors', 'rumour', 'rumours', 'story', 'stories', 'request', 'requests', 'offer', 'proposal', 'plan', 'deal',
  'decision', 'bill', 'measure', 'idea', 'suggestion', 'move', 'remarks', 'comments', 'findings', 'notion', 'account', 'assertion',
  'wrongdoing', 'responsibility', 'it', 'them', 'this', 'that']);
// (verbs that take such an object; "…, said the report" is an inverted subject still)
const TAKES_A_THING = /^(?:den(?:y|ies|ied)|confirm(?:s|ed)?|announc(?:e|es|ed)|acknowledg(?:e|es|ed)|admit(?:s|ted)?|predict(?:s|ed)?|promis(?:e|es|ed)|pledg(?:e|es|ed)|declar(?:e|es|ed)|reiterat(?:e|es|ed))$/;
// adjectives the suffix test above misses: "Trump's false claims", "his wild accusations"
const SHORT_ADJECTIVES = new Set(['false', 'bogus', 'wild', 'big', 'bold', 'vague', 'true', 'odd', 'many', 'fake', 'wrong', 'same', 'other', 'latest']);
const BE_FORMS = new Set(['is', 'are', 'was', 'were', 'be', 'been', 'being', "'s", '’s']);
const NOT_SPEECH_AFTER = new Set(['into', 'back', 'off', 'away']);
const INFINITIVE_ONLY = new Set(['declined', 'declines', 'refused', 'refuses']);
const PLURAL_NOUNS_TOO = new Set(['claims', 'questions', 'remarks', 'reports', 'comments', 'notes', 'promises', 'answers',
  'replies', 'tweets', 'pledges', 'vows', 'estimates', 'warnings', 'statements', 'predictions', 'complaints', 'threats']);
const NOUN_PREPOSITIONS = new Set(['of', 'to', 'for', 'with', 'about', 'from', 'by', 'into', 'among', 'between', 'against', 'toward', 'towards']);
// prepositions of where an audience was told something
const PLACE_PREPOSITIONS = new Set(['at', 'in', 'on', 'outside', 'inside', 'near', 'aboard', 'from', 'during', 'after', 'before']);
const DETERMINERS = new Set(['the', 'a', 'an', 'his', 'her', 'its', 'their', 'our', 'my', 'your', 'this', 'these', 'those', 'every', 'each', 'any', 'no']);
const COUNTING = new Set(['few', 'several', 'many', 'some', 'numerous', 'multiple', 'two', 'three', 'four', 'five', 'both', 'other', 'such', 'more', 'fewer', 'repeated']);
const POSSESSIVES = new Set(['his', 'her', 'their', 'its', 'our', 'my', 'your']);
const CLOSING_MARKS = new Set(['”', '"', "''", '»']);
const INFINITIVE_VERBS = new Set(['vowed', 'vows', 'promised', 'promises', 'pledged', 'pledges', 'threatened', 'threatens',
  'refused', 'refuses', 'declined', 'declines', 'agreed', 'agrees', 'offered', 'offers', 'vowing', 'promising', 'pledging',
  'promise', 'pledge', 'vow']);

/** Reported speech in one sentence: "X said (that) …", "…, X said.", "According to X, …". */
// A sentence without any of these words reports no speech: no token objects are made for it.
// (A set and a look at the sentence's scanned word spans: the same test as one regex
// alternation of the ~350 verb forms costs milliseconds to compile, which start-up would feel.)
let reportingWords: Set<string> | undefined;
// Which (first letter, second letter, last letter) triples, case aside, begin and end a
// reporting word: most words are ruled out by this table before a string is made of them.
let reportingShapes: Uint8Array | undefined;
let longestReportingWord = 0;
const shapeKey = (a: number, b: number, z: number): number => ((a - 97) * 26 + (b - 97)) * 26 + (z - 97);
/** "Lloyd Grove, the Daily Beast editor, wrote …": the comma at `comma` closes an apposition to a subject. */
const QUESTION_OPENERS = new Set(['if', 'whether', 'about', 'what', 'why', 'how', 'when', 'who', 'whom', 'which', 'where', 'to']);
/**
 * The question in "Asked [by X] [where or when] whether …": its start, its end (the comma that
 * ends an opening phrase, else the clause's end) and the asker after "by", if any.
 */
function askedQuestion(toks: Tok[], v: number, inQuotes: (at: number) => boolean): [number, number, [number, number] | null] | null {
  let asker: [number, number] | null = null;
  let c = v + 1;
  // ("asked directly by The Times")
  if (toks[c]?.word && startsLower(toks[c]!.text) && toks[c]!.lower.endsWith('ly') && toks[c + 1]?.lower === 'by') c++;
  if (toks[c]?.lower === 'by') {
    let j = c + 1;
    while (j < toks.length && j - c <= 6 && toks[j]!.word && !(QUESTION_OPENERS.has(toks[j]!.lower) && startsLower(toks[j]!.text))) j++;
    if (j === c + 1 || j >= toks.length || !QUESTION_OPENERS.has(toks[j]!.lower)) return null;
    asker = [c + 1, j - 1];
    c = j;
  }
  // (where or when it was asked: "at a briefing Monday in Washington", "on Fox News")
  while (c < toks.length && c - v <= 10 && toks[c]!.word && !(QUESTION_OPENERS.has(toks[c]!.lower) && startsLower(toks[c]!.text))) c++;
  if (c >= toks.length || !QUESTION_OPENERS.has(toks[c]!.lower)) return null;
  // ("asked to leave" right after the verb is an order given, not a question: only after "by")
  if (toks[c]!.lower === 'to' && !asker) return null;
  // (it ends at the comma or the dash that closes it, "when asked about Trump, Obama said …",
  // one inside the closing quotation mark too: "… on “CBS This Morning,” Sanders said …")
  let end = clauseEndToken(toks, c, inQuotes);
  for (let i = c + 1; i < end; i++) {
    const x = toks[i]!;
    if ((x.text === ',' && !inQuotes(x.start)) || DASH_TOKENS.has(x.text)) { end = i; break; }
    if (x.text === ',' && CLOSING_MARKS.has(toks[i + 1]?.text ?? '')) { end = i + 2; break; }
  }
  return end - c >= 2 ? [c, end, asker] : null;
}

/**
 * Where what a post-posed attribution reports starts: after a pair of dashes holding a speech
 * verb of its own, at the closing dash ("They acquire a kind of radar - some lobbyists said they
 * know … - and develop a set of defenses, said Julie Mason"), else at the sentence's start.
 */
function afterDashedAside(toks: Tok[], comma: number): number {
  if (dashesBefore(toks, comma) < 2) return 0;
  let close = comma - 1;
  while (close > 0 && !DASH_TOKENS.has(toks[close]!.text)) close--;
  let open = close - 1;
  while (open > 0 && !DASH_TOKENS.has(toks[open]!.text)) open--;
  // (bounded: the aside is short, and a sentence of many dashes must not make this quadratic)
  if (close - open > 40 || !DASH_TOKENS.has(toks[open]!.text) || comma - close <= 2) return 0;
  for (let i = open + 1; i < close; i++) if (toks[i]!.word && SPEECH_VERBS.has(toks[i]!.lower)) return close + 1;
  return 0;
}

const MEDIA = new Set(['radio', 'television', 'tv', 'broadcaster', 'network', 'channel', 'show', 'program', 'programme', 'podcast', 'air',
  'camera', 'phone', 'telephone', 'condition', 'background', 'record', 'stage', 'panel', 'livestream', 'video']);

/** "prompting an unprecedented number of Republicans to …", "urged voters to …": the "to" at `to` follows someone made or urged to act. */
function urgedBefore(toks: Tok[], to: number): boolean {
  const last = toks[to - 1];
  if (!last?.word || !(isCap(last) || /s$/.test(last.lower))) return false;
  for (let c = to - 2; c >= 0 && to - c <= 8 && toks[c]!.word; c--) if (URGING.test(toks[c]!.lower)) return true;
  return false;
}

function closesApposition(toks: Tok[], comma: number): boolean {
  // (or a name after its description: "His daughter, Emma Hastings, wrote a letter")
  let n = comma - 1;
  while (n >= 0 && comma - n <= 5 && isCap(toks[n])) n--;
  if (n >= 2 && n < comma - 1 && toks[n]!.text === ',') {
    let d = n - 1;
    while (d >= 0 && n - d <= 6 && toks[d]!.word) d--;
    const opener = toks[d + 1]!;
    if (d + 1 < n && (d < 0 || toks[d]!.text === ',') && /^(?:the|a|an|his|her|their|its|our|my)$/.test(opener.lower)) return true;
  }
  for (let k = comma - 1; k >= 1 && comma - k <= 8; k--) {
    const t = toks[k]!;
    // (or a relative clause after a name: "Maria Costa, who leads the council, said the plan works")
    if (t.text === ',') return (/^(?:the|a|an)$/.test(toks[k + 1]?.lower ?? '') || /^(?:who|whose)$/.test(toks[k + 1]?.lower ?? '')) && isCap(toks[k - 1]);
    if (!t.word) return false;
  }
  return false;
}

/** Whether a lower-case word could be a reporting word, by its length and shape alone (no hashing). */
function hasReportingShape(w: string): boolean {
  const n = w.length;
  if (n < 3 || n > longestReportingWord) return false;
  const c0 = w.charCodeAt(0);
  const c1 = w.charCodeAt(1);
  const cz = w.charCodeAt(n - 1);
  return c0 >= 97 && c0 <= 122 && c1 >= 97 && c1 <= 122 && cz >= 97 && cz <= 122 && reportingShapes![shapeKey(c0, c1, cz)] === 1;
}

function mayReport(article: Article, k: number): boolean {
  reportingWords ??= new Set([...SPEECH_VERBS, ...ACT_VERBS, 'according', 'According']);
  if (!reportingShapes) {
    reportingShapes = new Uint8Array(26 * 26 * 26);
    for (const w of reportingWords) {
      const l = w.toLowerCase();
      if (/^[a-z]+$/.test(l)) reportingShapes[shapeKey(l.charCodeAt(0), l.charCodeAt(1), l.charCodeAt(l.length - 1))] = 1;
      longestReportingWord = Math.max(longestReportingWord, l.length);
    }
  }
  // the word tokens the verb finder will read (scanned once per article): only a whole token
  // can be a reporting word there
  const { text } = article;
  const { data, from } = sentenceSpans(article);
  for (let t = from[k]!, end = from[k + 1]!; t < end; t += 3) {
    if (data[t + 2] !== 1) continue;
    const a = data[t]!;
    const length = data[t + 1]! - a;
    if (length < 3 || length > longestReportingWord) continue;
    const c0 = text.charCodeAt(a) | 32;
    const c1 = text.charCodeAt(a + 1) | 32;
    const cz = text.charCodeAt(a + length - 1) | 32;
    if (c0 < 97 || c0 > 122 || c1 < 97 || c1 > 122 || cz < 97 || cz > 122) continue;
    if (reportingShapes[shapeKey(c0, c1, cz)] === 1 && reportingWords.has(text.slice(a, a + length).toLowerCase())) return true;
  }
  return false;
}

// "Pence: Gennifer Flowers Won’t Be at Debate": a name, a colon, then what the person said.
const COLON_ATTRIBUTION = /^([A-ZÀ-Þ][A-Za-zÀ-ÿ.'’-]*(?: [A-ZÀ-Þ][A-Za-zÀ-ÿ.'’-]*){0,3}): (?=\S)/;

export function findColonAttributions(article: Article, inQuotes: (at: number) => boolean): Found[] {
  const { text } = article;
  const out: Found[] = [];
  for (const p of article.paragraphs) {
    const m = COLON_ATTRIBUTION.exec(text.slice(p.start, Math.min(p.end, p.start + 60)));
    // (an interview's "Q:" and "A:" label no one)
    if (!m || m[1]!.length < 2 || inQuotes(p.start)) continue;
    const start = p.start + m[0].length;
    const first = p.sentences[0]!;
    // a transcript's speaker in capitals ("FOLAU: Every day. I walk into …") says the whole
    // paragraph; a headline's name says its first sentence
    const transcript = m[1]!.length >= 2 && m[1] === m[1]!.toUpperCase() && /[A-Z]{2}/.test(m[1]!);
    const end = first.end > start && !transcript ? first.end : p.end;
    if (wordCount(text, start, end) < 3) continue;
    // (a list of names is no speech: "Valley: Reyes; Okafor, Lindgren, …")
    const head = text.slice(start, Math.min(end, start + 200));
    if (head.includes(';') && !/\b[a-z]{2,}\b/.test(head)) continue;
    out.push({ start, end, kind: /["“”‘]|''/.test(text.slice(start, end)) ? 'mixed' : 'indirect', speakerSpan: { start: p.start, end: p.start + m[1]!.length }, cue: ':', personOnly: true });
  }
  return out;
}

/** Is "states" at v the verb? Before a clause ("that the …", "that he …") or at a clause's end, after a singular subject. */
function statesReports(toks: Tok[], v: number): boolean {
  const before = toks[v - 1];
  if (!before || !before.word || (isCap(before) && !PRONOUNS.has(before.lower)) || DETERMINERS.has(before.lower) || /^[0-9]/.test(before.text)
    || COUNTING_WORDS.has(before.lower) || (before.lower.endsWith('s') && !before.lower.endsWith('ss'))) return false;
  const next = toks[v + 1];
  if (!next) return true;
  // ("the four states that voted", "states that will hold contests": "that" opens a relative clause)
  if (next.lower === 'that') {
    const opener = toks[v + 2];
    return opener !== undefined && !AUXILIARIES.has(opener.lower) && !/^(?:will|have|hold|held|cast|vote|voted)$/.test(opener.lower) && !(startsLower(opener.text) && opener.lower.endsWith('ed'));
  }
  return /^(?:,|:|\.|["“])$/.test(next.text);
}
/** "continued to attack", "continues to insist": the base form of a speech or act verb. */
const reportsAsBase = (w: string): boolean => SPEECH_VERBS.has(w) || ACT_VERBS.has(w + 's') || ACT_VERBS.has(w + 'es') || ACT_VERBS.has(w + 'ed') || ACT_VERBS.has(w + 'd');
const COUNTING_WORDS = new Set(['two', 'three', 'four', 'five', 'six', 'seven', 'eight', 'nine', 'ten', 'dozen', 'several', 'many',
  'some', 'most', 'both', 'all', 'other', 'few', 'key', 'early', 'remaining', 'battleground', 'swing', 'member', 'southern', 'northern',
  'western', 'eastern', 'neighboring', 'neighbouring']);
// Participles of criticism that report only after a comma: "…, denouncing the plan as …"
const COMMA_PARTICIPLES = new Set(['chiding', 'scolding', 'mocking', 'slamming', 'blasting', 'denouncing', 'condemning', 'lambasting', 'deriding']);
const RECEIVING_VERBS = new Set(['answered', 'answering', 'answer', 'answers', 'fielded', 'fielding', 'dodged', 'dodging', 'deflected', 'ducked', 'received', 'receiving', 'took', 'taking', 'face', 'faces', 'faced', 'facing', 'drew', 'drawing']);

// Adjectives that stand before a plural noun, never before a verb: "the current pledges", "the latest claims"
const NOUN_ADJECTIVES = new Set(['current', 'latest', 'recent', 'new', 'previous', 'earlier', 'original', 'initial', 'final',
  'same', 'official', 'public', 'private', 'repeated', 'similar', 'such', 'various', 'many', 'numerous', 'frequent', 'past']);

export function findReported(article: Article, sentenceIndex: number, inDirect: (at: number) => boolean, inQuotes: (at: number) => boolean): Found[] {
  const { text } = article;
  const s = article.sentences[sentenceIndex]!;
  if (!mayReport(article, sentenceIndex)) return [];
  const toks = sentenceTokens(article, sentenceIndex);
  const out: Found[] = [];
  // A headline in title case ("Chris Christie Calls Hillary Clinton ‘A Disgrace’") capitalizes
  // its verbs too: there a capitalized speech verb counts
  const words = s.paragraph === 1 ? toks.filter((t) => t.word) : [];
  const headline = words.length >= 4 && words.filter((t) => isCap(t)).length >= 0.7 * words.length;
  // (a straight single mark counts where the article's marks pair it, not as an apostrophe: "were 'deeply worrying'")
  const kindOf = (start: number, end: number): QuoteKind => {
    const part = text.slice(start, end);
    if (/["“”‘]|''/.test(part)) return 'mixed';
    for (let k = part.indexOf("'"); k >= 0; k = part.indexOf("'", k + 1)) if (inQuotes(start + k)) return 'mixed';
    return 'indirect';
  };
  const push = (a: number, b: number, speaker: Span | null, cue: string): void => {
    // a dateline is no part of what was said: "SAN FRANCISCO — Anthropic … has raised …"
    let d = a;
    while (d < b && toks[d]!.word && toks[d]!.text.length > 1 && toks[d]!.text === toks[d]!.text.toUpperCase() && /[A-Z]/.test(toks[d]!.text)) d++;
    if (d > a && d < b - 1 && /^[—–-]$/.test(toks[d]!.text)) a = d + 1;
    // (with a state, a date or an agency: "DAYTON, Ohio —", "SANTIAGO, March 4 (Reuters) -")
    else if (a === 0) {
      const end = datelineEnd(toks, b);
      if (end > 0 && end < b - 1) a = end;
    }
    // (nor a comma opening it: "said that, for $35,000, they might …")
    while (a < b - 1 && toks[a]!.text === ',') a++;
    // (no closing punctuation of the writer's: "(… who argue that taxes should be low.)")
    while (b > a + 1 && /^[.,;:)]$/.test(toks[b - 1]!.text) && !(toks[b - 1]!.text === ')' && toks.slice(a, b - 1).some((x) => x.text === '('))) b--;
    if (b <= a) return;
    const start = toks[a]!.start;
    const end = toks[b - 1]!.end;
    if (end - start < 6 || inDirect(start)) return;
    out.push({ start, end, kind: kindOf(start, end), speakerSpan: speaker, cue });
  };

  // "As reported by Western Journalism, the Times …": the source after "by", what it reported after the comma
  if (toks.length > 6 && toks[0]!.lower === 'as' && /^(?:reported|noted|stated|announced|explained|said)$/.test(toks[1]!.lower) && toks[2]!.lower === 'by' && !inQuotes(toks[0]!.start)) {
    let comma = 3;
    while (comma < toks.length && comma <= 10 && toks[comma]!.text !== ',') comma++;
    if (comma > 3 && toks[comma]?.text === ',' && comma < toks.length - 3) {
      push(comma + 1, clauseEndToken(toks, comma + 1, inQuotes), spanOf(toks, [3, comma - 1]), `${toks[1]!.text} by`);
      return out;
    }
  }
  // "According to X, …" and "…, according to X."
  const mentionsAccording = text.slice(s.start, s.end).includes('ccording');
  const acc = mentionsAccording ? toks.findIndex((t, i) => t.lower === 'according' && toks[i + 1]?.lower === 'to') : -1;
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
        // (a clause is no apposition: "According to the ONS, the state borrowed £20bn in October, the …")
        const clause = toks.slice(from, next).some((x) => x.word && startsLower(x.text) && (AUXILIARIES.has(x.lower) || /[^e]ed$/.test(x.lower)));
        if (next < toks.length - 2 && toks[next]!.text === ',' && !clause) from = next + 1;
      }
      if (np && comma < toks.length - 2) push(from, clauseEndToken(toks, from, inQuotes), spanOf(toks, np), 'according to');
    } else if (toks[acc - 1]?.text === ',' || (CLOSING_MARKS.has(toks[acc - 1]?.text ?? '') && toks[acc - 2]?.text === ',')) {
      // "…, according to X." and "… “…,” according to X." (the closing mark stays with the text)
      let e = toks.length;
      while (e > acc + 2 && !toks[e - 1]!.word) e--;
      // (the source ends at a comma when the sentence goes on: "…, according to court
      // documents, because …")
      let source = acc + 2;
      while (source < e && toks[source]!.text !== ',') source++;
      // (the attribution may sit inside what was said: "Over the long term, according to the
      // budget office, the rise in deficits will …"; not before the writer's clause, "because …")
      // (nor before the source's apposition or relative clause: "…, according to Sgt. Marcus Webb,
      // a police spokesman", "…, according to a person familiar with the plans, who asked …")
      const inside = source < e - 2 && toks[source + 1]!.word && !SUBORDINATORS.has(toks[source + 1]!.lower) && !/^(?:though|who|which|whose|a|an)$/.test(toks[source + 1]!.lower)
        && !(startsLower(toks[source + 1]!.text) && toks[source + 1]!.lower.endsWith('ing'));
      if (source < e && source > acc + 2) e = source;
      if (e > acc + 2 && inside) push(0, clauseEndToken(toks, source + 1, inQuotes), spanOf(toks, [acc + 2, e - 1]), 'according to');
      else if (e > acc + 2) push(0, toks[acc - 1]!.text === ',' ? acc - 1 : acc, spanOf(toks, [acc + 2, e - 1]), 'according to');
    }
    if (out.length > 0) return out;
  }

  // each verb in a function of its own: V8 compiles and recompiles one function at a time,
  // and this sentence loop as one function cost it hundreds of milliseconds each time
  // returns where to go on from (-1: done)
  const reportAt = (v: number): number => {
    const t = toks[v]!;
    // (a capitalized verb is a headline's, or "Asked" opening a sentence)
    if (!t.word || !hasReportingShape(t.lower) || (isCap(t) && !headline && !(v === 0 && t.text === 'Asked')) || inQuotes(t.start)) return v;
    const speech = SPEECH_VERBS.has(t.lower);
    const act = ACT_VERBS.has(t.lower);
    if (!speech && !act) return v;
    // "Asked on Fox News who leads the party, he said …", "…, Nunberg said when asked how Trump
    // digests the news": a question put to the speaker, by someone unnamed (or named after "by")
    if (t.lower === 'asked' && (v === 0 || (v === 1 && /^(?:when|after|once)$/.test(toks[0]!.lower)) || (v >= 2 && toks[v - 1]!.lower === 'when'))) {
      const asked = askedQuestion(toks, v, inQuotes);
      if (asked) { push(asked[0], asked[1], asked[2] ? spanOf(toks, asked[2]) : null, t.text); return asked[1] - 1; }
    }
    // ("the gruff bigot denouncing communists": right after a noun such a participle describes it)
    if (COMMA_PARTICIPLES.has(t.lower) && toks[v - 1]?.text !== ',') return v;
    // "remembered her as demanding", "most promising": after these an -ing word is an adjective
    // (but "quoted him as saying that …" reports)
    const degree = toks[v - 1]?.lower ?? '';
    if (t.lower.endsWith('ing') && (/^(?:so|very|too|more|most|less|least)$/.test(degree) || (degree === 'as' && !speech))) return v;
    // "following reports that …", "amid claims that …": after a preposition, the plural noun
    if (PLURAL_NOUNS_TOO.has(t.lower) && /^(?:following|amid|amidst|despite|after|before|over|about|to|with|from|by|for)$/.test(toks[v - 1]?.lower ?? '')) return v;
    // ("to calm Russian fears", "American warnings": after a nationality, the plural noun)
    if (t.lower.endsWith('s') && v >= 1 && DEMONYMS.has(toks[v - 1]!.lower)) return v;
    // ("The current pledges countries have made", "the latest claims": after an article and such an adjective too)
    if (t.lower.endsWith('s') && v >= 2 && NOUN_ADJECTIVES.has(toks[v - 1]!.lower) && /^(?:the|these|those|its|their|his|her|our)$/.test(toks[v - 2]!.lower)) return v;
    // a noun after a possessive ("Editor’s note:", "Trump's claim") is no speech act; in a
    // passive ("was accused of", "is expected to") the subject is not the speaker: none is named
    let b = v - 1;
    let passive = false;
    while (b >= 0 && toks[b]!.word && (toks[b]!.lower === 'not' || BE_FORMS.has(toks[b]!.lower) || VERB_MODIFIERS.has(toks[b]!.lower))) {
      if (BE_FORMS.has(toks[b]!.lower) && !t.lower.endsWith('ing')) passive = true; // "is saying" is no passive
      b--;
    }
    if (b >= 0 && /['’]s$/i.test(toks[b]!.text)) return v;
    // right after a determiner the word is a noun: "the worry among …", "his remarks"; with a
    // "that" clause it still reports something ("his assertion that …"), said by the possessor
    // (so it is after a possessive and a participle: "his prepared remarks", "her written statement")
    // (or, for a base form, an adjective: "his constant pledge", "Trump's controversial vow"; in
    // "sources close to her campaign say" it is the verb)
    const afterParticiple = v >= 2 && (POSSESSIVES.has(toks[v - 2]!.lower) || (/['’]s$/.test(toks[v - 2]!.text) && BASE_FORMS.has(t.lower))) && startsLower(toks[v - 1]!.text)
      && (/(?:ed|en)$/.test(toks[v - 1]!.lower) || ((BASE_FORMS.has(t.lower) || t.lower.endsWith('s')) && (/(?:al|ant|ent|ive|ous|ic|ful|less|ary|ory|ible|able|st|nd|rd|own|new)$/.test(toks[v - 1]!.lower) || (t.lower.endsWith('s') && toks[v - 1]!.lower.endsWith('ing')) || SHORT_ADJECTIVES.has(toks[v - 1]!.lower))))
      // (a plural too after a name's possessive and a plain adjective: "Trump's false claims that …"; not "Trump's rival claims")
      || (v >= 2 && /['’]s$/.test(toks[v - 2]!.text) && t.lower.endsWith('s') && SHORT_ADJECTIVES.has(toks[v - 1]!.lower));
    // ("a few questions", "several claims": a plural after a word that counts is a noun; "some say" is a verb)
    // (its "that" opens a relative clause: "the four states that voted")
    if (v >= 1 && t.lower.endsWith('s') && COUNTING.has(toks[v - 1]!.lower)) return v;
    // ("One tweet said …", "another report": a base form after "one" or "another" is the noun)
    const counted = (v >= 1 && /^(?:one|another)$/.test(toks[v - 1]!.lower) && BASE_FORMS.has(t.lower))
      // ("a five-alarm call to voters", "the public praise": an act verb's base form after an article and a word is the noun)
      // (and a present plural has its plural subject right before it: "31 percent call", "Critics
      // accuse", "they blame"; "heaping praise", "the roll call" are nouns)
      || (v >= 1 && ACT_BASE_FORMS.has(t.lower) && !PLURAL_SUBJECT.test(toks[v - 1]!.text) && !(toks[v - 1]!.lower === 'to' && urgedBefore(toks, v - 1)));
    if (v >= 1 && (DETERMINERS.has(toks[v - 1]!.lower) || afterParticiple || counted)) {
      if (toks[v + 1]?.lower === 'that' && !inQuotes(toks[v + 1]!.start)) {
        const owner = POSSESSIVES.has(toks[v - 1]!.lower) ? spanOf(toks, [v - 1, v - 1]) : afterParticiple ? spanOf(toks, [v - 2, v - 2]) : null;
        push(v + 2, clauseEndToken(toks, v + 2, inQuotes), owner, t.text);
      }
      return v;
    }
    // "states" reports only before what is stated, after a singular subject: "the law states that
    // the …", "…, the report states." ("six Gulf states met …", "the four states that voted",
    // "in other Democratic states, like …" are the noun)
    if (t.lower === 'states' && !statesReports(toks, v)) return v;
    // "experts note that …", "they note"; not "the 10-year note rose", "a handwritten note"
    // (but a note sounded or struck is a sentiment voiced: "sounded a nostalgic note for …")
    if (t.lower === 'note' && !PLURAL_SUBJECT.test(toks[v - 1]?.text ?? '') && !/^(?:to|do|did|does|not)$/.test(toks[v - 1]?.lower ?? '')
      && !toks.slice(Math.max(0, v - 4), v).some((x) => /^(?:sound(?:s|ed|ing)?|str(?:ike|ikes|uck|iking))$/.test(x.lower))) return v;
    // "polls show that …", "the data show that …"; not "an hourlong show that aired …"
    if (t.lower === 'show' && !/(?:s|^data|^they|^we|^these|^those|^people)$/.test(toks[v - 1]?.lower ?? '')) return v;
    // "terrorist attacks in Paris", "his attacks on Clinton": the noun; "Trump attacks Clinton": the verb
    if (t.lower === 'attacks' && /^(?:on|in|against|by|from|at|of|over|since|during|,|\.|\))$/.test(toks[v + 1]?.lower ?? '.')) return v;
    // "4,051 pledged delegates"
    if (t.lower === 'pledged' && /^delegates?$/.test(toks[v + 1]?.lower ?? '')) return v;
    // "The glasses, called Lumen, will cost …": a thing's name set off by commas, no speech
    if (/^(?:called|named|dubbed)$/.test(t.lower) && toks[v - 1]?.text === ',') {
      let n = v + 1;
      while (n < toks.length && n - v <= 3 && isCap(toks[n])) n++;
      if (n > v + 1 && toks[n]?.text === ',') return v;
    }
    // "continues to dominate", "maintained his lead": speech only before what is said
    if (t.lower.startsWith('continu') && !/^(?:that|,|:)$/.test(toks[v + 1]?.lower ?? '') && !(toks[v + 1]?.lower === 'to' && reportsAsBase(toks[v + 2]?.lower ?? ''))) return v;
    if (t.lower.startsWith('maintain') && toks[v + 1]?.lower !== 'that') return v;
    // what someone answers or receives is a noun: "answered questions about …", "fielded calls"
    if (v >= 1 && /[^s]s$/.test(t.lower) && RECEIVING_VERBS.has(toks[v - 1]!.lower)) return v;
    // no speech act: "called into a show", "wrote back", "reports for a paper", "declined slightly",
    // "was denounced by …" (what was said is not after the verb)
    const after = toks[v + 1]?.lower ?? '';
    // ("charged with arson" is a crime, not something said; "were called to the scene" a summons)
    if (NOT_SPEECH_AFTER.has(after) || (after === 'with' && t.lower === 'charged') || (after === 'for' && (t.lower.startsWith('report') || /^(?:write|writes|wrote|writing)$/.test(t.lower))) || (after === 'in' && t.lower.startsWith('call')) || (after === 'to' && t.lower.startsWith('call') && toks[v + 2] !== undefined && (isCap(toks[v + 2]!) || DETERMINERS.has(toks[v + 2]!.lower)))
      || (INFINITIVE_ONLY.has(t.lower) && after !== 'to') || (passive && (after === 'by' || after === 'as'))
      // (hearsay before a speech verb of the subject's own: "Smith is said to have told aides that …")
      || (passive && after === 'to' && /^(?:said|reported|alleged|rumou?red)$/.test(t.lower) && SPEECH_VERBS.has((toks[v + 2]?.lower === 'have' ? toks[v + 3] : toks[v + 2])?.lower ?? ''))
      // ("The council's answer, announced by Gary Pullman, is …": a participle in the passive)
      // (but "responded by saying …" is active)
      || (after === 'by' && t.lower.endsWith('ed') && !(toks[v + 2]?.lower ?? '').endsWith('ing'))
      // ("responded by saying …": the participle reports it)
      || (after === 'by' && SPEECH_VERBS.has(toks[v + 2]?.lower ?? ''))) return v;
    // "Having said that, there are …": what was said went before; "that" is no clause opener here
    if ((after === 'that' || after === 'this') && toks[v + 2]?.text === ',' && toks[v - 1]?.lower === 'having') return v;
    // "the economy is adding 182,000 jobs", "spoke on the condition of anonymity"
    // ("added a second from the penalty spot", "added two more": an object, not a clause)
    // ("with 156,000 jobs added in September": a count added, no speech)
    if ((t.lower.startsWith('add') && v >= 2 && /^[0-9]/.test(toks[v - 2]!.text) && toks[v - 1]!.word && startsLower(toks[v - 1]!.text))
      || (t.lower.startsWith('add') && /^(?:[0-9$€£]|more\b|about\b|nearly\b|roughly\b|some\b|two\b|three\b|four\b|five\b|several\b)/.test(after))
      || (after === 'a' && /^(?:second|third|fourth|fifth|goal|try|point|run)$/.test(toks[v + 2]?.lower ?? ''))) return v;
    // "cut its profit forecast", "forecast growth of 2%": a forecast reports only what follows "that"
    if (t.lower === 'forecast' && after !== 'that') return v;
    // "threatened staff with a handgun" is no speech; "threatened to sue", "threatened that …" is
    if (t.lower.startsWith('threaten') && !/^(?:to|not|that|,|:)$/.test(after)) return v;
    // "recalling about 80,000 vehicles", "recalls 1.2 million cars": a product recall, no memory told
    if (t.lower.startsWith('recall') && (/^[0-9]/.test(toks[v + 1]?.text ?? '') || (/^(?:about|nearly|roughly|some|almost|around|over|more|up)$/.test(after) && /^(?:[0-9]|than$|to$)/.test(toks[v + 2]?.text ?? '')))) return v;
    if (/^(?:spoke|speak|speaks|speaking|spoken)$/.test(t.lower) && after === 'on' && /^(?:the\s+)?conditions?\b/.test(text.slice(toks[v + 1]!.end + 1, toks[v + 1]!.end + 20))) return v;
    // "spoke for 77 minutes", "spoke for about an hour": how long, not what (what follows as a
    // participle is what was said: "spoke for about 15 minutes, echoing his attacks on …")
    if (/^(?:spoke|speak|speaks|speaking|spoken)$/.test(t.lower) && after === 'for' && /^(?:[0-9]|an?\b|about\b|nearly\b|almost\b|roughly\b|more\b|over\b|less\b|just\b|only\b|several\b|two\b|three\b|half\b|hours?\b|minutes?\b)/.test(text.slice(toks[v + 1]!.end + 1, toks[v + 1]!.end + 12))) {
      let c = v + 2;
      while (c < toks.length && c - v <= 7 && toks[c]!.word) c++;
      const p = toks[c + 1];
      if (toks[c]?.text !== ',' || !p?.word || !startsLower(p.text) || !p.lower.endsWith('ing')) return v;
      const subject = subjectOf(toks, v);
      const end = clauseEndToken(toks, c + 1, inQuotes);
      if (subject && end > c + 2) push(c + 1, end, spanOf(toks, subject), t.text);
      return end - 1;
    }

    // Post-posed or parenthetical: "…, said X." / "…, X said." / "A, X said, B."
    const quotedStart = /^["“]|^''/.test(toks[0]!.text) && inDirect(toks[0]!.start);
    // (a participle never has its subject after it: "…, saying he …" is no "…, said he")
    const participle = t.lower.endsWith('ing');
    if (speech && !participle && !passive && !quotedStart && v >= 2 && toks[v - 1]!.text === ',' && !inQuotes(toks[v - 1]!.start) && !closesApposition(toks, v - 1)) {
      let j = v + 1;
      while (j < toks.length && toks[j]!.word && VERB_MODIFIERS.has(toks[j]!.lower) && !givenModal(toks, j)) j++;
      const inverted = clauseSubject(toks, j, toks.length);
      const next = inverted ? toks[inverted[1] + 1] : undefined;
      // an inverted subject is short ("said Maria Costa", "said a spokesman for the firm"); a
      // longer phrase is the clause said: "…, said the event brought back memories of her father"
      // (not before a quotation: "X, on his first visit, said the two countries “share …”")
      // (nor before a colon or comma and a quotation, which is what the speaker says: "In other words, explained X: “…”")
      const quoteAfterColon = inverted !== null && (next?.text === ':' || next?.text === ',') && /^[“"‘]$|^''$/.test(toks[inverted![1] + 2]?.text ?? '');
      // (nor a thing said, which is the verb's object: "The ministry, in a statement, denied the report.")
      const object = inverted !== null && SAID_THINGS.has(toks[inverted[1]]!.lower) && TAKES_A_THING.test(t.lower);
      if (inverted && inverted[0] === j && (!next || (!next.word && !/^[“"‘]$|^''$/.test(next.text))) && !quoteAfterColon && !object && inverted[1] - inverted[0] < 6) {
        // (set off inside what was said, which goes on after it: "The plan, said Ana Costa, would
        // fail"; not before an apposition, a relative clause or a participle of its own)
        const rest = toks[inverted[1] + 2];
        // (the rest opens with its verb, so the subject stood before the attribution; an
        // apposition does not: "…, said James Henson, director of …")
        const inside = next?.text === ',' && rest !== undefined && /^(?:is|are|was|were|has|have|had|would|will|could|can|may|might|must|should|does|did|do)$/.test(rest.lower);
        if (inside) {
          const end = clauseEndToken(toks, inverted[1] + 2, inQuotes);
          if (end - inverted[1] > 3) { push(afterDashedAside(toks, v - 1), end, spanOf(toks, inverted), t.text); return end - 1; }
        }
        push(afterDashedAside(toks, v - 1), v - 1, spanOf(toks, inverted), t.text);
        // (a speech participle after the name, maybe past its apposition, reports more: "…, said
        // Ana Ruiz, a spokeswoman, adding that no decision had been made")
        let c = inverted[1] + 1;
        if (toks[c]?.text === ',' && /^(?:a|an|the)$/.test(toks[c + 1]?.lower ?? '')) { c++; while (c < toks.length && c - inverted[1] <= 10 && toks[c]!.word) c++; }
        const more = toks[c]?.text === ',' && toks[c + 1] !== undefined && toks[c + 1]!.lower.endsWith('ing') && SPEECH_VERBS.has(toks[c + 1]!.lower);
        if (out.length > 0) return more ? c : -1;
      }
    }
    // "When asked directly by The Times if they were involved, …": the asker is named after "by"
    if (/^(?:asked|questioned|pressed)$/.test(t.lower)) {
      let b2 = v + 1;
      if (toks[b2]?.word && startsLower(toks[b2]!.text) && toks[b2]!.lower.endsWith('ly')) b2++;
      if (toks[b2]?.lower === 'by') {
        const asker = clauseSubject(toks, b2 + 1, toks.length);
        if (asker && asker[0] === b2 + 1 && /^(?:if|whether|about|what|why|how|when|who)$/.test(toks[asker[1] + 1]?.lower ?? '')) {
          const end = clauseEndToken(toks, asker[1] + 1, inQuotes);
          if (end - asker[1] > 3) { push(asker[1] + 1, end, spanOf(toks, asker), t.text); return end - 1; }
        }
      }
    }
    let subj = subjectOf(toks, v);
    // (an interview's label is no subject: "Q: Your opponent, Greg Hollins, said …")
    if (subj && subj[0] === 0 && subj[1] === 0 && toks[1]?.text === ':' && v > 2) {
      const after = subjectOf(toks.slice(2), v - 2);
      if (after) subj = [after[0] + 2, after[1] + 2];
    }
    // (the subject next to its verb: "…, Mrs. Clinton delivered a forceful promise to …" opens a clause of its own)
    if (speech && !participle && !passive && subj && v - subj[1] <= 3 && !quotedStart && subj[0] >= 2 && toks[subj[0] - 1]!.text === ',' && !inQuotes(toks[subj[0] - 1]!.start)) {
      const comma = subj[0] - 1;
      // adjuncts after the verb ("in the video", "on Sunday") up to a comma or the end
      let k = v + 1;
      // ("refused to leave" is no adjunct but what the verb reports)
      // (and the audience of "told": "…, Costa told reporters on Monday.")
      const told = /^(?:told|tells)$/.test(t.lower) && toks[k] !== undefined && toks[k]!.word && toks[k]!.lower !== 'that' && !PRONOUNS.has(toks[k]!.lower);
      const adjunct = toks[k] !== undefined && toks[k]!.word && (PREPOSITIONS.has(toks[k]!.lower) || TIME_WORDS.has(toks[k]!.lower) || VERB_MODIFIERS.has(toks[k]!.lower) || told)
        && !(toks[k]!.lower === 'to' && INFINITIVE_VERBS.has(t.lower));
      // (an article opens a noun phrase only after a preposition or the verb: in "said on Monday
      // the plan would fail" it opens what was said)
      if (adjunct) {
        while (k < toks.length && k - v <= 8 && toks[k]!.word && toks[k]!.lower !== 'that' && !SPEECH_VERBS.has(toks[k]!.lower) && !PRONOUNS.has(toks[k]!.lower)
          && !(ARTICLES.has(toks[k]!.lower) && k > v + 1 && !ARTICLE_AFTER.has(toks[k - 1]!.lower))) k++;
      }
      const rest = toks.slice(k).filter((x) => x.word).length;
      // (a participle and a word after the comma are no clause said: "…, researchers reported Wednesday, raising hopes.")
      const shortTail = toks[k]?.text === ',' && rest > 0 && rest <= 2 && toks[k + 1] !== undefined && startsLower(toks[k + 1]!.text) && toks[k + 1]!.lower.endsWith('ing') && toks[k + 1]!.lower.length > 4;
      // what was said is a clause, not an opener like "Meanwhile,"
      const said = toks.slice(0, comma).filter((x) => x.word).length;
      // (", though officials …" / ", since …" after the verb is the writer's clause, not the rest of what was said)
      // (so is a participle that is no speech verb: "…, officials said Friday, making it the largest …")
      const writerGoesOn = toks[k]?.text === ',' && (SUBORDINATORS.has(toks[k + 1]?.lower ?? '') || toks[k + 1]?.lower === 'though'
        || (toks[k + 1] !== undefined && startsLower(toks[k + 1]!.text) && toks[k + 1]!.lower.endsWith('ing') && toks[k + 1]!.lower.length > 4 && !SPEECH_VERBS.has(toks[k + 1]!.lower) && !ACT_VERBS.has(toks[k + 1]!.lower)
          // (not "including" or a manner of speaking, "musing why …", nor a gerund that is a
          // clause's subject: "…, he said, replacing Clinton would be …")
          && !/^(?:including|musing|wondering|joking|quipping|boasting|bragging|complaining|lamenting|recalling|conceding)$/.test(toks[k + 1]!.lower) && !toks.slice(k + 2, k + 8).some((x) => x.word && AUXILIARIES.has(x.lower))
          // (and what comes before is a clause, not an opening phrase: "Before dropping out, …")
          && !SUBORDINATORS.has(toks[0]!.lower) && !PREPOSITIONS.has(toks[0]!.lower)));
      // (what comes before is no subordinate clause: in "When asked by The Times if …, neither
      // responded" the clause only sets the scene)
      const scene = SUBORDINATORS.has(toks[0]!.lower) && /^(?:asked|pressed|questioned|told|reached|contacted|confronted|challenged)$/.test(toks[1]?.lower ?? '') && firstComma(toks, inQuotes) >= comma;
      // (after a pair of dashes holding a speech verb of its own, what was said starts after the
      // closing dash: "They acquire a kind of radar - some lobbyists said they know … - and
      // develop a set of defenses, said Julie Mason")
      // (before the attribution only an opening phrase, no clause: what follows it is what was
      // said, a subordinate clause first or not: "In the early 1990s, Ms. Ripert said, when she
      // was earning $24,000 a year, a boss invited her …")
      const openerOnly = said <= 6 && !toks.slice(0, comma).some((x) => x.word && startsLower(x.text) && (AUXILIARIES.has(x.lower) || /[a-z]{3}ed$/.test(x.lower) || PRONOUNS.has(x.lower)));
      // (another speaker's act after ", and": "…, records show, and experts say it is …")
      const nextSpeaker = toks[k]?.text === ',' && toks[k + 1]?.lower === 'and' && anotherSpeakerAt(toks, k + 2);
      if ((rest === 0 || (writerGoesOn && !openerOnly) || shortTail || nextSpeaker) && said >= 3 && !scene) { push(afterDashedAside(toks, comma), comma, spanOf(toks, subj), t.text); if (out.length > 0) return nextSpeaker ? k + 1 : -1; }
      else if (toks[k]?.text === ',' && rest > 2 && (!writerGoesOn || openerOnly)) {
        // the attribution sits inside what was said
        push(0, clauseEndToken(toks, k + 1, inQuotes), spanOf(toks, subj), t.text);
        if (out.length > 0) return -1;
      }
    }
    if (!subj) return v;
    // a word that is also a plural noun, after a phrase that follows a preposition, is that
    // noun: "32% of Republican claims", "answers to detailed USA TODAY questions"
    if (PLURAL_NOUNS_TOO.has(t.lower)) {
      let lead = subj[0] - 1;
      if (lead >= 1 && toks[lead]!.word && startsLower(toks[lead]!.text) && toks[lead]!.lower.endsWith('ed')) lead--;
      if (lead >= 0 && toks[lead]!.word && NOUN_PREPOSITIONS.has(toks[lead]!.lower)) return v;
    }
    // The reported clause: after "that" when it comes soon, else right after the verb (and its object).
    let c = v + 1;
    if (act) {
      if (toks[c] && VERB_PARTICLES.has(toks[c]!.lower) && (toks[c]!.lower !== 'to' || t.lower.startsWith('refer') || t.lower.startsWith('point'))) c++;
      // "spoke at a press conference" is no content: these need their particle
      if (/^(?:pointed|pointing|point|spoke|talked|talking|speaking|speaks)$/.test(t.lower) && c === v + 1) return v;
      // (and "on" a channel or a medium is where, not what: "speaking on the host broadcaster", "spoke on CNN", "on condition of anonymity")
      if (/^(?:spoke|talked|talking|speaking|speaks)$/.test(t.lower) && toks[v + 1]!.lower === 'on') {
        let k = c;
        while (k < toks.length && k - c < 3 && toks[k]!.word && /^(?:the|a|an|his|her|their|its|local|national|state|host|public|live|conservative|radio)$/.test(toks[k]!.lower) && !MEDIA.has(toks[k]!.lower)) k++;
        if (toks[k] && toks[k]!.word && (isCap(toks[k]) || MEDIA.has(toks[k]!.lower))) return v;
      }
      // (one points out or to something; "the westernmost point of Britain" is a place)
      if (/^point/.test(t.lower) && !/^(?:out|to|up)$/.test(toks[v + 1]!.lower)) return v;
      // "“Quiet,” he demanded, as Bush …": the writer's clause, no object of the verb
      if (c === v + 1 && toks[c]?.text === ',' && SUBORDINATORS.has(toks[c + 1]?.lower ?? '')) return v;
    } else {
      // (a subject pronoun or "there" on the way means the clause began before it: "says he asked whether …")
      // (looked for in the next twelve tokens only: a scan of the whole sentence for every verb
      // made a long sentence full of verbs quadratic)
      let that = -1;
      // (not when the verb takes only an infinitive: "declined to name the maker that would …")
      // (further past an object of names and titles: "told European Commission President Ursula
      // von der Leyen and European Council President António Costa that …")
      let reach = v + 12;
      for (let i = v + 1; i < toks.length && i <= reach && !INFINITIVE_ONLY.has(t.lower); i++) {
        const x = toks[i]!;
        if (i === reach && reach < v + 30 && OBJECT_VERBS.has(t.lower) && toks.slice(v + 1, i + 1).every((y) => (y.word ? isCap(y) || NAME_PARTICLES.has(y.lower) || y.lower === 'and' : y.text === '.' || y.text === ','))) reach++;
        // (nor a finite verb: "said Ms Lee had made the call that others ducked")
        if ((x.lower === 'that' || x.lower === 'whether') && !toks.slice(v + 1, i).some((y) => y.text === '.' || y.text === ';' || inQuotes(y.start) || (y.word && (PRONOUNS.has(y.lower) || y.lower === 'there' || AUXILIARIES.has(y.lower))))) { that = i; break; }
      }
      // "said the demands that come with …": a noun phrase right after a verb that takes no
      // object is the clause's subject and "that" a relative pronoun ("said the next day that": not)
      const subjectAfter = that > 0 && !OBJECT_VERBS.has(t.lower) && NP_OPENERS.has(toks[v + 1]?.lower ?? '')
        && !toks.slice(v + 1, that).some((y) => TIME_WORDS.has(y.lower) || PERIODS.has(y.lower));
      if (that > 0 && !subjectAfter) c = that + 1;
      else if (that > 0) { /* the clause starts right after the verb */ }
      // a belief is reported speech only with "that", or when it carries a quotation:
      // she believes he "surrounds himself with highly intelligent people."
      else if (THOUGHT_VERBS.has(t.lower) && !toks.slice(v + 1, v + 5).some((y) => inQuotes(y.start))) return v;
      else if (OBJECT_VERBS.has(t.lower)) {
        // told reporters …, asked him whether …
        let o = c;
        // the object comes first, whatever word opens it ("told the group", "asked its members")
        const opensObject = (k: number): boolean => k === c && toks[k] !== undefined && toks[k]!.word && !/^(?:to|not|about|of|that|whether|if)$/.test(toks[k]!.lower);
        // (a pronoun's contraction opens the clause too: "tell me they'd be in jail")
        while (o < toks.length && o - c < 5 && toks[o]!.word && !CLAUSE_STARTERS.has(toks[o]!.lower) && !SUBJECT_CONTRACTION.test(toks[o]!.lower) && !/^(?:to|not|about|of)$/.test(toks[o]!.lower) || opensObject(o)) o++;
        if (o === c || o >= toks.length) return v;
        // a place after the audience is still the audience's ("told reporters at the National
        // Assembly"): what was told opens only after that noun phrase
        // (and after another such phrase: "told CNN in an interview at the convention")
        while (o - c >= 2 && DETERMINERS.has(toks[o]!.lower) && PLACE_PREPOSITIONS.has(toks[o - 1]!.lower)) {
          let k = o + 1;
          while (k < toks.length && k - o <= 4 && toks[k]!.word && !CLAUSE_STARTERS.has(toks[k]!.lower)) k++;
          if (k >= toks.length || !toks[k]!.word) return v;
          o = k;
        }
        if (toks[o]!.text === ',' || toks[o]!.text === ':') o++;
        // "“Everything has a price,” he tells the matriarch, over a dinner …": after a quotation
        // what follows the audience is the writer's, unless a participle or a clause of time
        // reports more ("…,” Trump told a rally, saying …", "…, when asked if …")
        const afterQuote = quotedStart && !t.lower.endsWith('ing') && subj[0] >= 1 && (CLOSING_MARKS.has(toks[subj[0] - 1]!.text) || (toks[subj[0] - 1]!.text === ',' && CLOSING_MARKS.has(toks[subj[0] - 2]?.text ?? '')));
        // (a speech verb's participle reports on its own: "saying the land would sell")
        if (afterQuote && toks[o] && SPEECH_VERBS.has(toks[o]!.lower) && toks[o]!.lower.endsWith('ing')) return v;
        // (not "according to Harkavy", which names a source)
        if (afterQuote && !(toks[o] && toks[o]!.word && startsLower(toks[o]!.text) && toks[o]!.lower !== 'according' && (toks[o]!.lower.endsWith('ing') || SUBORDINATORS.has(toks[o]!.lower)))) return v;
        // ("she told the meeting, to loud applause": after a comma "to" is no infinitive of what was told)
        if (toks[o - 1]!.text === ',' && toks[o]?.lower === 'to') return v;
        if (toks[o] && /^(?:to|not|about|of)$/.test(toks[o]!.lower)) {
          // "urged Comey not to …", "asked them to …", "told him to …": who was asked belongs to what was asked
          if (t.lower.startsWith('ask') || t.lower.startsWith('urg') || t.lower.startsWith('exhort') || t.lower.startsWith('implor') || t.lower.startsWith('tell') || t.lower === 'told') { /* c stays at the object */ } else return v;
        } else c = o;
      } else {
        // "When the diagnosis was confirmed, Clinton …": the comma closes an opening subordinate
        // clause, and what follows is the main clause, not what was confirmed
        if (toks[c]?.text === ',' && opensWithSubordinate(toks) && firstComma(toks, inQuotes) >= v) return v;
        while (toks[c] && (toks[c]!.text === ',' || toks[c]!.text === ':')) c++;
        // "he said, though officials …": the writer's clause, not what was said
        // (so is one that "and" or "but" joins on: "…,” Ebeling said, and her husband cut in.",
        // "… forecast sales above Wall Street estimates, but its shares fell")
        if (c > v + 1 && toks[c - 1]!.text === ',' && (SUBORDINATORS.has(toks[c]?.lower ?? '') || /^(?:though|and|but)$/.test(toks[c]?.lower ?? ''))) return v;
        // ("“…,” Bill Clinton has said while stumping for his wife": what was said is the quotation)
        if (quotedStart && SUBORDINATORS.has(toks[c]?.lower ?? '')) return v;
        // "he said, referring to Trump": what follows is no clause but what the speaker meant
        if (c > v + 1 && toks[c - 1]!.text === ',' && toks[c]?.word && startsLower(toks[c]!.text) && toks[c]!.lower.endsWith('ing')) {
          if (!/^(?:to|of|about|on)$/.test(toks[c + 1]?.lower ?? '')) return v;
          c += 2;
        }
        // "vowed to fight", "promised to …": the infinitive is what was said
        const infinitive = toks[c]?.lower === 'to' && INFINITIVE_VERBS.has(t.lower);
        // one time word: "said Monday the plan …", "said Sunday night it …" (not "said Sunday night’s …")
        // (nor "earlier studies", "recent polls": an adjective before a plural that opens the clause)
        const timeOwns = /^(?:night|morning|afternoon|evening)['’]s$/i.test(toks[c + 1]?.text ?? '')
          || (/^(?:earlier|later|recent|previous)$/.test(toks[c]?.lower ?? '') && /^[a-z]+[^s']s$/.test(toks[c + 1]?.text ?? '') && !TIME_WORDS.has(toks[c + 1]!.lower) && !/^(?:this|that|days|weeks|months|years)$/.test(toks[c + 1]!.lower));
        if (!infinitive && !timeOwns && toks[c] && ONE_WORD_TIMES.has(toks[c]!.lower)) {
          let j = c + 1;
          if (toks[j] && /^(?:night|morning|afternoon|evening)$/.test(toks[j]!.lower)) j++;
          if (toks[j]?.text === ',') j++;
          if (toks[j]?.word) c = j;
        }
        // skip a short time or place phrase: "said on Sunday the two …", "said after the convention he …"
        // ("said of the encounter he had …": what it was said about, not a time or a place)
        if (toks[c]?.lower === 'of' && c === v + 1 && /^(?:say|says|said|saying)$/.test(t.lower)) return v;
        if (!infinitive && !timeOwns && toks[c] && PREPOSITIONS.has(toks[c]!.lower)) {
          // the clause opens with a pronoun, or with a determiner after the phrase's noun
          // ("said in an interview the plan …")
          const opensClause = (j: number): boolean => j > c && toks[j]!.word && (PRONOUNS.has(toks[j]!.lower)
            || (NP_OPENERS.has(toks[j]!.lower) && toks[j - 1]!.word && j - 1 > c && !NP_OPENERS.has(toks[j - 1]!.lower) && (!PREPOSITIONS.has(toks[j - 1]!.lower) || TIME_WORDS.has(toks[j - 1]!.lower))));
          let j = c;
          while (j < toks.length && j - c < 7 && toks[j]!.word && !opensClause(j)) j++;
          if (j < toks.length && opensClause(j)) c = j;
          // ("As The Times reported on Saturday, he has …": after "As" the phrase ends at a comma)
          else if (toks[0]!.lower === 'as' && toks[j]?.text === ',' && toks[j + 1]?.word && (PRONOUNS.has(toks[j + 1]!.lower) || NP_OPENERS.has(toks[j + 1]!.lower) || isCap(toks[j + 1]!))) c = j + 1;
          else return v;
        }
        const first = toks[c];
        if (!first) return v;
        if (infinitive) { /* content from "to" */ } else
        if (!first.word && !/^["“]|^''/.test(first.text)) return v;
        if (first.word && !isCap(first) && !CLAUSE_STARTERS.has(first.lower) && !/^[0-9]/.test(first.text)) {
          // "said goodbye", "said in", "says much about": not a clause
          const second = toks[c + 1];
          // (a quotation may go on with the clause: "said courts “must exercise their judgment”")
          const quoteGoesOn = second !== undefined && /^[“"]$/.test(second.text) && toks[c + 2]?.word === true && startsLower(toks[c + 2]!.text);
          if (!second || (!second.word && !quoteGoesOn) || SPEECH_VERBS.has(first.lower) || /^(?:so|goodbye|hello|nothing|something|much|little|more|yes|no|sorry|thanks|thank)$/.test(first.lower)) return v;
          // ("conceded shortly before midnight": an adverb and a time, no clause)
          // (not a topic: "bragged prematurely about his success", "complained bitterly about …")
          if (first.lower.endsWith('ly') && (/^(?:before|after|during|since|until|at|in|into|by|from|through|over)$/.test(second.lower) || TIME_WORDS.has(second.lower))) return v;
        }
      }
    }
    if (c >= toks.length) return v;
    let end = clauseEndToken(toks, c, inQuotes);
    // "An explosive report that …, bragging about groping them, is prompting …": a participle set
    // off by commas before a finite verb ends at its closing comma
    if (participle && toks[v - 1]?.text === ',') {
      for (let i = c + 1; i < end - 1; i++) {
        if (toks[i]!.text === ',' && !inQuotes(toks[i]!.start) && FINITE_AFTER_COMMA.has(toks[i + 1]!.lower)) { end = i; break; }
      }
    }
    if (end - c < 2) return v;
    // what someone wrote is no clause when it is a thing: "wrote the bill", "wrote a profile"
    if (/^(?:write|writes|wrote|writing)$/.test(t.lower) && c === v + 1 && DETERMINERS.has(toks[c]!.lower) && toks.slice(c, end).filter((x) => x.word).length <= 3 && !toks.slice(c, end).some((x) => inQuotes(x.start))) return v;
    // "When she is looking …, she said she …": the opening clause is part of what was said
    // (a clause, not a phrase: "As proof, she pointed to …" says nothing of its own)
    // (with a verb of its own: "After the debate, Harper told reporters …" opens with a phrase)
    const opensWithClause = subj[0] >= 4 && toks[subj[0] - 1]!.text === ',' && SUBORDINATORS.has(toks[0]!.lower) && toks[c]!.lower !== 'to'
      && toks.slice(1, subj[0] - 1).some((x) => x.word && (PRONOUNS.has(x.lower) || AUXILIARIES.has(x.lower) || (startsLower(x.text) && /(?:ed|[^s]s)$/.test(x.lower))))
      // (not when it reports speech of its own: "After campaign aides insisted that …, the campaign …")
      && !toks.slice(1, subj[0] - 1).some((x) => x.word && startsLower(x.text) && (SPEECH_VERBS.has(x.lower) || ACT_VERBS.has(x.lower)) && !THOUGHT_VERBS.has(x.lower));
    // (not when "that" opens what was said: "When my company ordered …, the memo promised that …")
    push(opensWithClause && toks[c - 1]?.lower !== 'that' ? 0 : c, end, passive ? null : spanOf(toks, subj), t.text);
    // go on at the token that ended the clause: it may be the next speech act ("…,” noting …)
    return end - 1;
  };
  for (let v = 0; v < toks.length; v++) {
    v = reportAt(v);
    if (v < 0) return out;
  }
  return out;
}
