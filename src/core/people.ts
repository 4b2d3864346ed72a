// Person mentions, grouped into people under their fullest name, with the roles the article
// gives them. Mentions come from the trained tagger; back-references, grouping and roles are rules.
import type { Article, Span } from './article.js';
import { sentenceAt } from './article.js';
import { isCapitalized, key, keyOf, nameTokens, type NameToken, type RawMention } from './name-tokens.js';
import { describesOrganization, isRoleWord, roleAfter, roleBeforeApposition, rolesBefore } from './person-roles.js';
import { isLower, isUpper, isWordChar } from './text.js';
import { usualGender, type GivenNames } from './lexicon/given-names.js';
import { tagTokens, wordKnown, type PersonModel } from './person-tagger.js';
import { documentFacts, isFunctionWord, neverScored, tokenKey, wordKey, type DocumentFacts } from './tagger-facts.js';
import { HONORIFICS, OFFICES, PLURAL_OFFICES } from './lexicon/titles.js';
import { CHINESE_FAMILY_NAMES, KOREAN_FAMILY_NAMES, KOREAN_SYLLABLE, COUNTRIES, DEMONYMS, MONARCHS, PINYIN_GIVEN, NAME_PARTICLES, NAME_SUFFIXES, NEVER_NAMES, NON_PERSON_HEADS, PERSON_CUES, PLACE_PREFIXES, PLACES_LIKE_NAMES, STATES_ALONE, STATES_OF_TWO } from './lexicon/name-parts.js';

export interface Mention extends Span { text: string; paragraph: number; sentence: number }
export interface Person { name: string; roles: string[]; count: number; mentions: Mention[] }

const isWordy = (w: string): boolean => w.length > 0 && isWordChar(w[0]!);
/** A hyphenated given name after the family name, as Korean names are written: "Park Chan-wook", "Moon Jae-in". */
const hyphenatedGiven = (given: string): boolean => given.includes('-') && /^[A-Za-z][a-z]+-[a-z]+$/.test(given);
/**
 * Is a two-word name written family name first? A hyphenated given name ("Park Chan-wook",
 * "Moon Jae-in"), or a common Chinese family name before a given name in pinyin ("Xi Jinping",
 * "Li Qiang"), which news shortens to the family name: "Xi said".
 */
const familyNameFirst = (familyKey: string, given: string): boolean => hyphenatedGiven(given) || (CHINESE_FAMILY_NAMES.has(familyKey) && PINYIN_GIVEN.test(given));
/** A Korean name of three words, family name first: "Yoon Suk Yeol", "Kim Jong Un". */
const koreanName = (words: string[]): boolean => words.length === 3 && KOREAN_FAMILY_NAMES.has(words[0]!) && KOREAN_SYLLABLE.test(words[1]!) && KOREAN_SYLLABLE.test(words[2]!);

const COMPANY_OFFICE = /^[A-ZÀ-Þ][\w&-]*(?:\s+(?:chief executive(?: officer)?|CEO|chief|chairman|chairwoman|co-founder|founder|boss|chief financial officer|CFO)|['’]s\s+(?:general counsel|chief executive(?: officer)?|CEO|chief financial officer|CFO|chief operating officer|COO))$/;

const INITIALS = /^[A-Z]\.(?:[A-Z]\.)*$/;
const PLACE_INITIALS = new Set(['U.S.', 'U.K.', 'U.N.', 'E.U.', 'D.C.', 'L.A.', 'N.Y.', 'N.J.', 'N.C.', 'S.C.', 'N.H.', 'N.D.', 'S.D.', 'N.M.', 'R.I.', 'W.Va.', 'P.R.']);

/** Is the mention after a comma at the end of a line that opens with a dash and a name ("— Ian Shepherdson, Pantheon Macroeconomics")? */
function signatureAffiliation(tokens: NameToken[], m: RawMention): boolean {
  if (m.first < 3 || tokens[m.first - 1]!.text !== ',') return false;
  const sentence = tokens[m.first]!.sentence;
  let f = m.first;
  while (f > 0 && tokens[f - 1]!.sentence === sentence) f--;
  // (and ends the line: not one of a list, "— Neela Banerjee, John Cushman Jr., David Hasemyer and …")
  const next = tokens[m.last + 1];
  const ends = !next || next.sentence !== sentence || (next.text === '.' && tokens[m.last + 2]?.sentence !== sentence);
  return ends && /^(?:—|–|-|--)$/.test(tokens[f]!.text) && tokens[f + 1]!.cap && m.first - f <= 16;
}

/**
 * The name a Portuguese or Spanish name of four words or more is also known by, before its
 * particle: "Lula" of "Luiz Inácio Lula da Silva".
 */
const ROMANCE_PARTICLES = new Set(['da', 'das', 'do', 'dos', 'de', 'del', 'della', 'di']);
const innerSurname = (words: string[]): string | null => {
  for (let k = 1; k + 2 < words.length; k++) if (ROMANCE_PARTICLES.has(words[k + 1]!)) return words[k]!;
  return null;
};

/** A surname's key without its Arabic article ("al-assad" → "assad"), or null when it has none. */
// (character tests, no regular expression: this runs for every name and every short form's candidates)
const withoutArticle = (key: string): string | null => {
  if (key.length < 5 || key.charCodeAt(1) !== 108 || (key.charCodeAt(0) !== 97 && key.charCodeAt(0) !== 101)) return null; // al, el
  const mark = key.charCodeAt(2);
  if (mark !== 45 && mark !== 39) return null; // - or '
  const rest = key.slice(3);
  return rest.includes('-') || rest.includes("'") ? null : rest;
};

/** "DURAN", "O'BRIEN": no lower-case letter and two capitals in a row. */
function isAllCaps(w: string): boolean {
  if (w.length < 2 || !isUpper(w[0]!)) return false;
  // a lower-case ASCII letter settles it without making the upper-case copy
  for (let i = 1; i < w.length; i++) {
    const c = w.charCodeAt(i);
    if (c >= 97 && c <= 122) return false;
    if (c >= 128) break;
  }
  if (w !== w.toUpperCase()) return false;
  for (let i = 1; i < w.length; i++) if (isUpper(w[i]!) && isUpper(w[i - 1]!)) return true;
  return false;
}
function mentionsFromTags(tokens: NameToken[], tags: string[]): RawMention[] {
  const out: RawMention[] = [];
  for (let i = 0; i < tokens.length; i++) {
    if (tags[i] !== 'B') continue;
    let j = i;
    while (j + 1 < tokens.length && tags[j + 1] === 'I' && tokens[j + 1]!.sentence === tokens[i]!.sentence) j++;
    out.push({ first: i, last: j });
    i = j;
  }
  return out;
}

/**
 * Drops honorifics and offices in front, punctuation and possessives at either end, and
 * anything from a lower-case word that is no name particle on; null if nothing is left.
 */
// Words that open a sentence before a name and are never part of it: "Like Makaeff, …", "Unlike Cruz, …"
const SENTENCE_OPENERS = new Set(['Like', 'Unlike', 'Without', 'Beyond', 'Within', 'Besides', 'Outside', 'Inside', 'Despite',
  'Amid', 'Against', 'Regarding', 'Following', 'Including', 'Among', 'Behind', 'Throughout', 'Toward', 'Towards']);

/**
 * A sentence's opening preposition, or a verb's form the article also writes in lower case,
 * is no given name: "Like Makaeff", "Debating Clinton's character", "Endorsed Trump".
 */
function dropSentenceOpener(tokens: NameToken[], m: RawMention, givenNames: GivenNames, facts: DocumentFacts): void {
  const opener = tokens[m.first]!;
  // (a gerund before a possessive need not be written in lower case too: "Debating Clinton's character.")
  const possessive = m.last === m.first + 1 && /^['’]s$/.test(tokens[m.last + 1]?.text ?? '');
  if (m.first < m.last && opener.first && (SENTENCE_OPENERS.has(opener.text)
    || (/^[A-Z][a-z]+(?:ing|ed)$/.test(opener.text) && !givenNames.has(keyOf(opener))
      && (facts.lowercaseWords.has(keyOf(opener), m.first) || (possessive && opener.text.endsWith('ing')))))) m.first++;
}

function trimMention(tokens: NameToken[], m: RawMention, givenNames: GivenNames): RawMention | null {
  let { first, last } = m;
  // (a nationality that is also a given name may be one: "German Villa")
  const leading = (t: NameToken): boolean => HONORIFICS.has(keyOf(t)) || OFFICES.has(keyOf(t)) || (DEMONYMS.has(keyOf(t)) && !givenNames.has(keyOf(t))) || !isWordy(t.text);
  // ("Dean" before one surname is the given name: "captain Dean Jones", not the office)
  while (first < last && leading(tokens[first]!) && !(last === first + 1 && keyOf(tokens[first]!) === 'dean')) first++;
  if (HONORIFICS.has(keyOf(tokens[first]!)) || !isWordy(tokens[first]!.text)) first++;
  // a place before an office before the name: "Flint Mayor Karen Weaver" is Karen Weaver
  for (let p = first + 1; p + 2 <= last; p++) {
    if (INNER_OFFICES.has(keyOf(tokens[p]!))) { first = p + 1; break; }
  }
  for (let i = first + 1; i <= last; i++) {
    const w = tokens[i]!.text;
    if (isLower(w[0]!) && !NAME_PARTICLES.has(w)) { last = i - 1; break; }
    // a headline in title case: "Glenn Beck Says Trump …" names Glenn Beck
    if (HEADLINE_VERBS.has(w)) { last = i - 1; break; }
    // a pronoun's contraction starts the next clause: "other than Jim Eastland I’ve presided"
    if (isContraction(w)) { last = i - 1; break; }
    // and a name never runs over a comma, semicolon or colon: "O'Brien; Vance"
    if (w === ';' || w === ',' || w === ':') { last = i - 1; break; }
  }
  while (last >= first && (!isWordy(tokens[last]!.text) || /^['’]s$/i.test(tokens[last]!.text))) last--;
  if (first > last) return null;
  // one letter alone ("I.", "J.") is an initial or the pronoun, never a person
  // (character tests, not \p{L}: a Unicode-property regular expression costs milliseconds to compile)
  const lone = tokens[first]!.text;
  if (first === last && (lone.length === 1 || (lone.length === 2 && lone[1] === '.')) && isWordChar(lone[0]!)) return null;
  // a pronoun's contraction alone is no one: "I’ve", "I’m"
  if (first === last && isContraction(lone)) return null;
  // one word inside quotation marks before a name is a label or a nickname: "‘Pervert’ Anthony Weiner"
  // (alone it may be a code name: Commanders "Vicente" and "Oscar")
  if (first === last && tokens[first + 2]?.cap && tokens[first + 2]!.sentence === tokens[first]!.sentence
    && isMark(tokens[first - 1], OPENING_MARKS) && isMark(tokens[first + 1], CLOSING_MARKS)) return null;
  const words = tokens.slice(first, last + 1);
  if (!words.some((t) => isCapitalized(t.text))) return null;
  // nothing but titles and common words ("Mayor" tagged apart from "Tom Reilly") names no one
  if (words.every((t) => NEVER_NAMES.has(keyOf(t)) || OFFICES.has(keyOf(t)) || HONORIFICS.has(keyOf(t)) || !isWordy(t.text))) return null;
  return { first, last };
}

// Offices that, inside a run of capitals, stand between a place and a name (never part of either)
const INNER_OFFICES = new Set(['mayor', 'governor', 'senator', 'president', 'minister', 'secretary', 'chancellor', 'premier',
  'ambassador', 'spokesman', 'spokeswoman', 'commissioner', 'sheriff', 'prosecutor', 'chairman', 'chairwoman', 'congressman',
  'congresswoman', 'councilman', 'councilwoman', 'councillor', 'coach', 'ceo']);

/** "I’ve", "he's", "we'd": a pronoun's contraction (a length and a mark first: this runs on every word of every mention). */
const isContraction = (w: string): boolean => w.length >= 3 && w.length <= 7 && (w.includes('’') || w.includes("'"))
  && /^(?:i|he|she|we|they|you|it)['’](?:ve|m|d|ll|s|re)$/i.test(w);
const OPENING_MARKS = '‘“"\'';
const CLOSING_MARKS = '’”"\'';
/** Is the token one quotation mark of these? Read in the text: no string is made. */
const isMark = (t: NameToken | undefined, marks: string): boolean => t !== undefined && t.end - t.start === 1 && marks.includes(t.source[t.start]!);

// asked of the same tokens by several passes, so worked out once per token
const isNamePart = (t: NameToken | undefined): boolean => {
  if (t === undefined || !t.cap) return false;
  if (t.namePart === 0) t.namePart = !/[0-9]/.test(t.text) && !NEVER_NAMES.has(keyOf(t)) && !isAllCaps(t.text) ? 1 : 2;
  return t.namePart === 1;
};
const particleJoined = (t: NameToken | undefined): boolean =>
  t !== undefined && /^(?:al|el|bin|ibn|abu|ben|ul|ud|de|da|di|du|van|von|le|la)[-’']/i.test(t.text) && isUpper(t.text[t.text.search(/[-’']/) + 1] ?? '');

/**
 * Completes and adds names by rule where the tagger, trained on 1990s newswire, falls short:
 * particles and suffixes ("Mohammed bin Rashid", "Ahmad al-Shara", "King Jr."), unknown names
 * after a descriptor ("striker Erling Haaland"), and a name joined to a person by "and".
 */
function completeNames(tokens: NameToken[], found: RawMention[], givenNames: GivenNames, facts: DocumentFacts, model: PersonModel, acts: CapitalsWalk): RawMention[] {
  // Each pass is a function of its own: V8 compiles (and, on a new path, recompiles) one
  // function at a time, and one large function cost hundreds of milliseconds each time.
  // (copied field by field: a spread copy gets another hidden class than the { first, last }
  // literals made elsewhere, and mixing the two deoptimized the passes that sort mentions)
  const out: RawMention[] = [];
  for (const m of found) out.push({ first: m.first, last: m.last });
  for (const m of out) extendName(tokens, m, givenNames);
  // a tagged word alone and a capitalized word after it the tagger never met: that word is the
  // surname ("and Jesper" + "Parnevik", where the name list lacks "Jesper")
  // (not a word the article also writes in lower case, "Fox Business", "Clinton Camp"; not the
  // surname of a name found in full, "Obama Speech"; not in a run of capitals, as a title-case
  // headline writes every word)
  let surnames: Set<string> | undefined;
  for (const m of out) {
    const next = tokens[m.last + 1];
    if (m.first !== m.last || !next || !next.cap || next.sentence !== tokens[m.last]!.sentence || !isNamePart(next) || NON_PERSON_HEADS.has(keyOf(next))) continue;
    const after = tokens[m.last + 2];
    const before = tokens[m.first - 1];
    if ((after && after.sentence === next.sentence && after.cap) || (before && before.sentence === next.sentence && before.cap && !isMark(before, OPENING_MARKS))) continue;
    if (wordKnown(model, facts, m.last + 1) || facts.lowercaseWords.has(keyOf(next), m.last + 1) || isFunctionWord(next.text) || HEADLINE_VERBS.has(next.text) || isContraction(next.text)) continue;
    surnames ??= new Set(out.filter((x) => x.last > x.first).map((x) => keyOf(tokens[x.last]!)));
    if (surnames.has(keyOf(tokens[m.first]!))) continue;
    m.last++;
  }
  // and a capitalized word or two before a name found that the tagger never met are the rest of
  // it ("Sri" + "Mulyani Indrawati", "Purbaya Yudhi" + "Sadewa"), when no capital stands before them
  // (not before a listed given name, which opens the name itself: "Kentuckian Rand Paul", "Famer Dick Butkus";
  // unless the word before is one too, "Mostafa Mohamed Talaat")
  for (const m of out) {
    if (givenNames.has(keyOf(tokens[m.first]!)) && !(m.first > 0 && givenNames.has(keyOf(tokens[m.first - 1]!)))) continue;
    let first = m.first;
    while (m.first - first < 2 && unknownNameWordBefore(tokens, first, facts, model)) first--;
    const before = tokens[first - 1];
    // (nor after an article: "the Republic Costis Stephanopoulos")
    if (first < m.first && !(before && before.sentence === tokens[first]!.sentence && (before.cap || isMark(before, OPENING_MARKS) || /^(?:the|a|an)$/.test(before.text)))) m.first = first;
  }
  for (const m of out) if (m.first === m.last) m.first = maidenNameStart(tokens, m.first, givenNames);
  // initials before a name are part of it: "President-elect J.D. Vance"
  // (and the given name before them: "George W." + "Bush"; not a place's abbreviation: "Cresskill, N.J. Roger Ailes")
  // (also when the tagger's name starts at the initial: "and George" + "W. Bush")
  const lasts = new Set<number>();
  for (const m of out) lasts.add(m.last);
  for (const m of out) {
    const sentence = tokens[m.first]!.sentence;
    let first = m.first;
    while (first > 0 && tokens[first - 1]!.sentence === sentence && INITIALS.test(tokens[first - 1]!.text) && !PLACE_INITIALS.has(tokens[first - 1]!.text)
      && tokens[first - 2]?.text !== ',') first--;
    const startsAtInitial = first === m.first && m.last > m.first && INITIALS.test(tokens[m.first]!.text) && !PLACE_INITIALS.has(tokens[m.first]!.text);
    if ((first < m.first || startsAtInitial) && first > 0 && tokens[first - 1]!.sentence === sentence && givenNames.has(keyOf(tokens[first - 1]!)) && !lasts.has(first - 1)) first--;
    if (tokens[m.first]!.cap) m.first = first;
  }
  // one word tagged after a descriptor takes the capitals that follow it: "democracy leader Aung San Suu Kyi hit out"
  for (const m of out) {
    const cue = tokens[m.first - 1];
    if (m.first !== m.last || !cue || cue.cap || cue.sentence !== tokens[m.first]!.sentence || !PERSON_CUES.has(keyOf(cue))) continue;
    let last = m.last;
    while (last - m.first < 3 && isNamePart(tokens[last + 1]) && tokens[last + 1]!.sentence === cue.sentence && !NON_PERSON_HEADS.has(keyOf(tokens[last + 1]!))) last++;
    const after = tokens[last + 1];
    if (last > m.last && (!after || after.sentence !== cue.sentence || !after.cap)) m.last = last;
  }
  // a capitalized word or two between a title and a tagged name are its given names
  takeTitledGivenNames(tokens, out);
  // a particle before a name is part of it, and so is a capitalized word before that: "de Silva",
  // "Aravinda de Silva"
  for (const m of out) {
    const particle = tokenAt(tokens, m.first - 1);
    if (!particle || particle.sentence !== tokens[m.first]!.sentence || !LEADING_PARTICLES.has(particle.text)) continue;
    m.first--;
    const given = tokenAt(tokens, m.first - 1);
    if (given && given.sentence === particle.sentence && isNamePart(given) && !neverScored(given) && !HONORIFICS.has(keyOf(given)) && !OFFICES.has(keyOf(given))) m.first--;
  }
  // a name run on over the next one joins it: "Mohammed" + "bin Abdulrahman" meets "Abdulrahman Al Thani"
  // (compacted in one pass: a splice per merge made a text of such names quadratic)
  let kept = 0;
  for (let k = 0; k < out.length; k++) {
    const m = out[k]!;
    const before = kept > 0 ? out[kept - 1]! : undefined;
    if (before && before.last >= m.first) { before.last = Math.max(before.last, m.last); continue; }
    out[kept++] = m;
  }
  out.length = kept;
  const covered = new Uint8Array(tokens.length);
  for (const m of out) for (let i = m.first; i <= m.last; i++) covered[i] = 1;
  // Surnames the article shows: the last word of every name found, and a word used as a
  // speaker on its own ("Musk has said he …") when a personal pronoun follows soon. A
  // capitalized word just before such a surname elsewhere is the rest of that person's name
  // ("Satya Nadella", "Pep Guardiola"), which the tagger, trained on 1990s newswire, may miss.
  addSpeakingNames(tokens, facts, out, covered);
  const speakers = new Set<string>();
  for (const m of out) if (isNamePart(tokens[m.last])) speakers.add(tokens[m.last]!.text);

  addLoneSpeakers(tokens, facts, speakers, covered, acts);
  addActingSurnames(tokens, facts, givenNames, speakers, acts, (i) => wordKnown(model, facts, i));
  joinGivenNames(tokens, facts, out, covered, speakers);
  addMononyms(tokens, out, covered, speakers, (i) => wordKnown(model, facts, i));
  addCuedNames(tokens, out, covered, givenNames, (i) => wordKnown(model, facts, i));
  addGivenNamePairs(tokens, facts, out, covered, givenNames);
  addInitialedNames(tokens, out, covered, givenNames, acts.initialedAt);
  addChineseNames(tokens, out, covered, acts.chineseAt);
  addNicknamedNames(tokens, out, covered, givenNames);
  addBylineNames(tokens, out, covered);
  addKoreanNames(tokens, out, covered);
  addRegnalNames(tokens, out, covered, givenNames);
  for (const m of out) dropSentenceOpener(tokens, m, givenNames, facts);
  return out.sort((a, b) => a.first - b.first);
}

/**
 * A listed given name before a regnal number of two letters or more is a monarch or a pope,
 * title or not: "Daughter of Henry VIII", "Louis XIV built Versailles" (the tagger, meeting the
 * numeral as a word in capitals, leaves them out).
 */
function addRegnalNames(tokens: NameToken[], out: RawMention[], covered: Uint8Array, givenNames: GivenNames): void {
  for (let i = 0; i + 1 < tokens.length; i++) {
    const t = tokens[i]!;
    const numeral = tokens[i + 1]!;
    if (covered[i] || covered[i + 1] || !t.cap || numeral.sentence !== t.sentence || numeral.text.length < 2 || !/^[IVX]+$/.test(numeral.text)) continue;
    if (!NAME_SUFFIXES.has(keyOf(numeral)) || !givenNames.has(keyOf(t)) || !isNamePart(t)) continue;
    // (not a name a capital goes on after: the club "Willem II Tilburg")
    const after = tokens[i + 2];
    if (after && after.sentence === t.sentence && after.cap) continue;
    out.push({ first: i, last: i + 1 });
    covered[i] = 1;
    covered[i + 1] = 1;
  }
}

/**
 * A capitalized word or two between a title and a tagged name are the given names the tagger
 * did not know: "Gov. Jeb" + "Smith", "Justice Ketanji Brown" + "Jackson". (A function of its
 * own: V8 compiles and recompiles one function at a time.)
 */
function takeTitledGivenNames(tokens: NameToken[], out: RawMention[]): void {
  const ends = new Set<number>();
  for (const m of out) ends.add(m.last);
  const givenWord = (given: NameToken | undefined, sentence: number): boolean => {
    if (!given || given.sentence !== sentence || !isNamePart(given)) return false;
    const g = keyOf(given);
    if (OFFICES.has(g) || HONORIFICS.has(g) || PERSON_CUES.has(g) || NON_PERSON_HEADS.has(g) || DEMONYMS.has(g) || COUNTRIES.has(g) || neverScored(given)) return false;
    if (g.includes('-') && g.split('-').some((part) => OFFICES.has(part))) return false; // "Lieutenant-Colonel"
    return !(isFunctionWord(given.text) || HEADLINE_PREPOSITIONS.has(given.text) || HEADLINE_VERBS.has(given.text)); // "Super PAC Chief Praises Marco Rubio"
  };
  for (const m of out) {
    const sentence = tokens[m.first]!.sentence;
    let first = m.first;
    while (m.first - first < 2 && !ends.has(first - 1) && givenWord(tokenAt(tokens, first - 1), sentence)) first--;
    const title = tokenAt(tokens, first - 1);
    if (first < m.first && title && title.sentence === sentence && isTitleCue(title)) m.first = first;
  }
}

/** Is the word before token i a capitalized word of a name that the tagger never met (no weight of its own)? */
function unknownNameWordBefore(tokens: NameToken[], i: number, facts: DocumentFacts, model: PersonModel): boolean {
  const w = tokens[i - 1];
  // (not a sentence's first word, "Fullback Andre Joubert", nor a compound, "Top-seeded", "Brazilian-born")
  // (nor a brand's word with a capital inside, "BuzzFeed")
  if (!w || !w.cap || w.first || w.sentence !== tokens[i]!.sentence || !isNamePart(w) || w.text.includes('-') || /[a-z][A-Z]/.test(w.text) || wordKnown(model, facts, i - 1)) return false;
  const k = keyOf(w);
  return !facts.lowercaseWords.has(k, i - 1) && !isFunctionWord(w.text) && !HEADLINE_VERBS.has(w.text) && !HEADLINE_PREPOSITIONS.has(w.text) && !isContraction(w.text)
    && !NON_PERSON_HEADS.has(k) && !OFFICES.has(k) && !PLURAL_OFFICES.has(k) && !HONORIFICS.has(k) && !PERSON_CUES.has(k) && !DEMONYMS.has(k) && !DEMONYMS.has(k.slice(0, -1))
    && !COUNTRIES.has(k) && !STATES_ALONE.has(k) && !PLACE_WORDS.has(k);
}

/**
 * A Korean family name before a hyphenated given name of two syllables is a name, cue or
 * not: "Cho Seung-rae said", "His spokesman, Cho Seung-rae," (the tagger, trained on 1990s
 * newswire, knows few of them). A mention of the family name alone takes the given name.
 */
function addKoreanNames(tokens: NameToken[], out: RawMention[], covered: Uint8Array): void {
  // (found from the text's hyphens, few in any article, not by a walk over every token or a
  // pattern tried at every character: each cost 1% to 2% of a run)
  const source = tokens[0]!.source;
  let byLast: Map<number, RawMention> | undefined;
  for (let h = source.indexOf('-'); h >= 0; h = source.indexOf('-', h + 1)) {
    let g = h - 1;
    while (g > 0 && isAsciiLower(source.charCodeAt(g))) g--;
    if (g === h - 1 || !isAsciiUpper(source.charCodeAt(g)) || (g > 0 && isWordChar(source[g - 1]!))) continue;
    // (written given name first, as papers abroad often do: "Hyun-woo Park")
    if (isAsciiUpper(source.charCodeAt(source.indexOf(' ', h) + 1))) addGivenFirstKorean(tokens, out, covered, g);
    if (source.charCodeAt(g - 1) !== 32) continue;
    let f = g - 2;
    while (f > 0 && isAsciiLower(source.charCodeAt(f))) f--;
    if (g - 1 - f < 2 || g - 1 - f > 5 || !isAsciiUpper(source.charCodeAt(f)) || (f > 0 && isWordChar(source[f - 1]!))) continue;
    let lo = 0;
    let hi = tokens.length - 1;
    while (lo < hi) { const mid = (lo + hi) >> 1; if (tokens[mid]!.start < f) lo = mid + 1; else hi = mid; }
    const i = lo;
    const t = tokens[i]!;
    const given = tokens[i + 1];
    if (t.start !== f || !given || given.start !== g || given.sentence !== t.sentence || covered[i + 1] || !KOREAN_FAMILY_NAMES.has(keyOf(t))) continue;
    const halves = keyOf(given).split('-');
    if (halves.length !== 2 || !KOREAN_SYLLABLE.test(halves[0]!) || !KOREAN_SYLLABLE.test(halves[1]!)) continue;
    if (covered[i]) {
      // (the mentions by their last token, made once: a search of them per name was quadratic)
      if (!byLast) { byLast = new Map(); for (const x of out) byLast.set(x.last, x); }
      const m = byLast.get(i);
      if (m) { m.last = i + 1; covered[i + 1] = 1; byLast.delete(i); byLast.set(i + 1, m); }
      continue;
    }
    const added = { first: i, last: i + 1 };
    out.push(added);
    byLast?.set(i + 1, added);
    covered[i] = covered[i + 1] = 1;
  }
}
/** "Hyun-woo Park": a Korean given name of two syllables joined by a hyphen, at `g`, before a Korean family name. */
function addGivenFirstKorean(tokens: NameToken[], out: RawMention[], covered: Uint8Array, g: number): void {
  let lo = 0;
  let hi = tokens.length - 1;
  while (lo < hi) { const mid = (lo + hi) >> 1; if (tokens[mid]!.start < g) lo = mid + 1; else hi = mid; }
  const given = tokens[lo]!;
  const family = tokens[lo + 1];
  if (given.start !== g || !family || family.sentence !== given.sentence || !family.cap || covered[lo] || covered[lo + 1] || !KOREAN_FAMILY_NAMES.has(keyOf(family))) return;
  const halves = keyOf(given).split('-');
  if (halves.length !== 2 || !KOREAN_SYLLABLE.test(halves[0]!) || !KOREAN_SYLLABLE.test(halves[1]!)) return;
  out.push({ first: lo, last: lo + 1 });
  covered[lo] = covered[lo + 1] = 1;
}
const isAsciiLower = (c: number): boolean => c >= 97 && c <= 122;
const isAsciiUpper = (c: number): boolean => c >= 65 && c <= 90;

/** A surname after a maiden name in parentheses and a given name: "Edith (Moore) Bennett" starts at "Edith"; else i. */
function maidenNameStart(tokens: NameToken[], i: number, givenNames: GivenNames): number {
  const given = tokenAt(tokens, i - 4);
  if (!given || tokens[i - 1]!.text !== ')' || tokens[i - 3]!.text !== '(' || !tokens[i - 2]!.cap || !given.cap) return i;
  // (not a results table's "Damon Hill (Britain) Williams": the given name opens the name, and a
  // country or a state in parentheses is no maiden name)
  const before = tokenAt(tokens, i - 5);
  const inside = keyOf(tokens[i - 2]!);
  if ((before && before.sentence === given.sentence && before.cap) || COUNTRIES.has(inside) || STATES_ALONE.has(inside) || DEMONYMS.has(inside)) return i;
  return given.sentence === tokens[i]!.sentence && givenNames.has(keyOf(given)) ? i - 4 : i;
}

/** Token i, or undefined outside the list (read without going out of bounds). */
const tokenAt = (tokens: NameToken[], i: number): NameToken | undefined => (i >= 0 && i < tokens.length ? tokens[i] : undefined);

/** A name goes on: a given name's surname, particles and the word after them, suffixes. */
function extendName(tokens: NameToken[], m: RawMention, givenNames: GivenNames): void {
  for (;;) {
    const next = tokenAt(tokens, m.last + 1);
    const after = tokenAt(tokens, m.last + 2);
    if (!next || next.sentence !== tokens[m.last]!.sentence) return;
    // a lone given name followed by a capitalized word: "Lena Park"
    if (m.first === m.last && givenNames.has(keyOf(tokens[m.first]!)) && isNamePart(next)
      && !NON_PERSON_HEADS.has(keyOf(next)) && !(after && after.sentence === next.sentence && isCapitalized(after.text))) { m.last++; continue; }
    if (particleJoined(next) || (NAME_SUFFIXES.has(keyOf(next)) && next.cap)) { m.last++; continue; }
    // a middle initial and the surname after it: "George" + "W. Bush"
    if (INITIALS.test(next.text) && !PLACE_INITIALS.has(next.text) && isNamePart(after) && after!.sentence === next.sentence
      && !INITIALS.test(after!.text) && givenNames.has(keyOf(tokens[m.last]!))) { m.last += 2; continue; }
    // the second syllable of a Korean given name written apart: "Kim Jong" + "Un"
    if (m.last === m.first + 1 && next.cap && koreanName([keyOf(tokens[m.first]!), keyOf(tokens[m.last]!), keyOf(next)])
      && !(after && after.sentence === next.sentence && after.cap)) { m.last++; return; }
    // a one-word name and a capitalized word before an apposition: "said Xu Mingqi, an economist"
    // (not a thing after "the": "the Cuccinelli Compass, a regular update")
    if (m.first === m.last && isNamePart(next) && !NON_PERSON_HEADS.has(keyOf(next)) && after?.text === ',' && after.sentence === next.sentence
      && !/^the$/i.test(tokenAt(tokens, m.first - 1)?.text ?? '')
      && /^(?:a|an|the)$/.test(tokenAt(tokens, m.last + 3)?.text ?? '')) { m.last++; return; }
    // a nickname in quotation marks or a parenthesis inside the name: Roberto "Hands of Stone"
    // Duran, Alan John Percivale (A.J.P.) Taylor
    const bridge = bridgedName(tokens, m.last + 1, givenNames);
    if (bridge > 0) { m.last = bridge; continue; }
    // a regnal "I" after a monarch's title: "Queen Elizabeth I", "King Baudouin I"
    const title = tokenAt(tokens, m.first - 1);
    if (next.text === 'I' && m.first === m.last && title && title.sentence === next.sentence && MONARCHS.has(keyOf(title))) { m.last++; continue; }
    // a particle in capitals inside a name: "Zine al-Abidine Ben Ali"
    // (or after a lone given name: "Marine Le Pen")
    if (CAPITAL_PARTICLES.has(next.text) && isNamePart(after) && after!.sentence === next.sentence) { m.last += 2; continue; }
    // one or two particles, then a capitalized word: "de Gaulle", "bin Rashid", "von der Leyen"
    const third = tokenAt(tokens, m.last + 3);
    if (NAME_PARTICLES.has(next.text) && isNamePart(after) && after!.sentence === next.sentence) { m.last += 2; continue; }
    if (NAME_PARTICLES.has(next.text) && after && NAME_PARTICLES.has(after.text) && isNamePart(third) && third!.sentence === next.sentence) { m.last += 3; continue; }
    return;
  }
}

/** "A.J.P." or "A.J.P": three capital initials or more, joined by periods. */
function bracketedInitials(w: string): boolean {
  let letters = 0;
  for (let i = 0; i < w.length; i += 2) {
    if (!isUpper(w[i]!) || (i + 1 < w.length && w[i + 1] !== '.')) return false;
    letters++;
  }
  return letters >= 3;
}

/** Where a name goes on after a quoted nickname or a parenthesis opening at `open`: its last token, or -1. */
function bridgedName(tokens: NameToken[], open: number, givenNames: GivenNames): number {
  const mark = tokens[open]!;
  const closer = mark.text === '"' ? '"' : mark.text === '“' ? '”' : mark.text === "''" ? "''" : mark.text === '(' ? ')' : '';
  if (!closer) return -1;
  for (let k = open + 1; k < tokens.length && k - open <= 5 && tokens[k]!.sentence === mark.sentence; k++) {
    const t = tokens[k]!;
    if (t.text === closer) {
      const name = tokenAt(tokens, k + 1);
      // (something inside, all capitalized, and a name part right after: not "(19-7) allowed")
      if (k === open + 1 || !name || name.sentence !== mark.sentence || !isNamePart(name)) return -1;
      for (let j = open + 1; j < k; j++) if (isWordy(tokens[j]!.text) && !tokens[j]!.cap && !/^(?:of|the|de|la)$/.test(tokens[j]!.text)) return -1;
      // (in a parenthesis only initials or one given name: "Ramon Vega (Cagliari) Raphael Wicky" is a
      // team sheet, "James Leander (Leo) Nichols" a name)
      // (three initials at least: "(U.S.)" in "Lance Armstrong (U.S.) Motorola" is a country)
      if (closer === ')' && !tokens.slice(open + 1, k).every((t) => t.text === '.' || bracketedInitials(t.text))
        && !(k === open + 2 && givenNames.has(keyOf(tokens[open + 1]!)))) return -1;
      return k + 1;
    }
    if (!isWordy(t.text) && t.text !== '.') return -1;
  }
  return -1;
}

/**
 * Names the tagger has no given name for ("Chinedu Okafor", "Xi Jinping"), shown to be people
 * by what follows: two or three capitalized words that open their clause and say something
 * ("Chinedu Okafor said …"), or any such run with an age set off by commas ("Okafor, 23,"),
 * or two or three words described as a person ("Park Ji-won, the founder of Hanul …").
 */
function addSpeakingNames(tokens: NameToken[], facts: DocumentFacts, out: RawMention[], covered: Uint8Array): void {
  let speakingAlone: Set<string> | undefined;
  // found from the word after the name (a speech verb, or the comma before an age): integer
  // keys and one character rule out almost every token, so this costs little on any text
  for (let v = 1; v < tokens.length; v++) {
    if (!tokens[v - 1]!.cap) continue;
    const after = tokens[v]!;
    const age = isComma(after) && isComma(tokenAt(tokens, v + 2)) && isAge(tokens[v + 1]!);
    const described = !age && isComma(after) && describedAsPerson(tokens, v);
    if (!age && !described && !(SPEAKING_KEYS.has(tokenKey(facts, v)) && SPEAKING.has(after.text))) continue;
    const last = v - 1;
    const sentence = after.sentence;
    if (covered[last] || tokens[last]!.sentence !== sentence || !isNamePart(tokens[last])) continue;
    // the run of capitalized words before it, at most three, without a description opening it
    // ("Broker Khurshid Alam said"), nor a word the article also writes in lower case that
    // only opens the sentence
    let first = last;
    while (first - 1 >= 0 && last - first < 2 && tokens[first - 1]!.sentence === sentence && !covered[first - 1] && isNamePart(tokens[first - 1])) first--;
    while (first < last && (PERSON_CUES.has(keyOf(tokens[first]!)) || DEMONYMS.has(keyOf(tokens[first]!)) || (tokens[first]!.first && facts.lowercaseWords.has(tokens[first]!.text.toLowerCase(), first)))) first++;
    const before = tokenAt(tokens, first - 1);
    if (before && before.sentence === sentence && (before.cap || /^(?:the|a|an)$/.test(keyOf(before)))) continue;
    let plain = true;
    for (let k = first; k <= last && plain; k++) {
      const key = keyOf(tokens[k]!);
      plain = !NON_PERSON_HEADS.has(key) && !OFFICES.has(key) && !HONORIFICS.has(key) && !PERSON_CUES.has(key);
    }
    // (and, as news names a person in full once and then by surname, a speaking name's last
    // word speaks alone elsewhere: "Sri Lanka said", "Advanced Medical said" never go on as
    // "Lanka said", "Medical said")
    if (!plain || (described && first === last)) continue;
    if (!age && !described && (first === last || !(speakingAlone ??= wordsSpeakingAlone(tokens)).has(tokens[last]!.text))) continue;
    out.push({ first, last });
    for (let k = first; k <= last; k++) covered[k] = 1;
  }
}

/** ", the founder of …", ", a technology analyst at …": an apposition after `comma` describes a person. */
function describedAsPerson(tokens: NameToken[], comma: number): boolean {
  const det = tokenAt(tokens, comma + 1);
  if (!det || det.sentence !== tokens[comma]!.sentence) return false;
  // (or a possessive: "Xi Jinping, China's president,")
  const possessive = det.cap && /^['’]s$/.test(tokenAt(tokens, comma + 2)?.text ?? '');
  if (!possessive && !/^(?:the|a|an)$/.test(det.text)) return false;
  for (let k = comma + (possessive ? 3 : 2); k < tokens.length && k - comma <= 5; k++) {
    const t = tokens[k]!;
    if (t.sentence !== det.sentence || isComma(t)) return false;
    if (t.cap || !PERSON_CUES.has(keyOf(t))) continue;
    // (not the subject of what follows: "… in Hong Kong, an official of the consulate said")
    for (let j = k + 1; j < tokens.length && j - k <= 8 && tokens[j]!.sentence === t.sentence && !isComma(tokens[j]); j++) {
      if (SPEAKING.has(tokens[j]!.text)) return false;
    }
    return true;
  }
  return false;
}

const isComma = (t: NameToken | undefined): boolean => t !== undefined && t.end - t.start === 1 && t.source.charCodeAt(t.start) === 44;
/** 15 to 109: a number that reads as a person's age. */
const isAge = (t: NameToken): boolean => {
  const n = t.end - t.start;
  if (n < 2 || n > 3) return false;
  const c = t.source.charCodeAt(t.start);
  return c >= 48 && c <= 57 && /^(?:1[5-9]|[2-9][0-9]|10[0-9])$/.test(t.text);
};

/**
 * The capitalized words that speak on their own somewhere: alone between lower-case words,
 * right before or after a speech verb ("Okafor said", "said Okafor"). One pass over the text.
 */
function wordsSpeakingAlone(tokens: NameToken[]): Set<string> {
  const found = new Set<string>();
  for (let k = 0; k < tokens.length; k++) {
    if (!tokens[k]!.cap) continue;
    const sentence = tokens[k]!.sentence;
    const before = tokenAt(tokens, k - 1);
    const after = tokenAt(tokens, k + 1);
    const inSentence = (t: NameToken | undefined): t is NameToken => t !== undefined && t.sentence === sentence;
    if ((inSentence(before) && before.cap) || (inSentence(after) && after.cap)) continue;
    if ((inSentence(after) && SPEAKING.has(after.text)) || (inSentence(before) && SPEAKING.has(before.text))) found.add(tokens[k]!.text);
  }
  return found;
}

/** Capitalized words that speak on their own ("Musk has said he …"): into `speakers`. */
function addLoneSpeakers(tokens: NameToken[], facts: DocumentFacts, speakers: Set<string>, covered: Uint8Array, acts: CapitalsWalk): void {
  // the cheap tests first, this runs on every token: integer keys rule most words out
  for (let i = 0; i + 1 < tokens.length; i++) {
    if (!tokens[i]!.cap) continue;
    // (what addActingSurnames needs is gathered in the same pass: one walk over the tokens)
    noteActing(tokens, facts, covered, i, acts);
    const next = tokens[i + 1]!;
    if (next.end - next.start <= 8 && next.source.charCodeAt(next.start + 1) === 46) acts.initialedAt.push(i);
    if (next.cap && CHINESE_FAMILY_KEYS.has(tokenKey(facts, i))) acts.chineseAt.push(i);
    // "Haaland, who had missed two chances, said afterward that he …": "who" speaks of a person
    // (not a team's plural: "Dunmore, who have won …")
    if (isComma(next) && tokens[i + 2]?.text === 'who' && !/^(?:have|are|were)$/.test(tokens[i + 3]?.text ?? '') && tokens[i + 2]!.sentence === tokens[i]!.sentence
      && !(i > 0 && tokens[i - 1]!.sentence === tokens[i]!.sentence && tokens[i - 1]!.cap) && isNamePart(tokens[i]) && !NON_PERSON_HEADS.has(keyOf(tokens[i]!)) && !OFFICES.has(keyOf(tokens[i]!))) {
      for (let j = i + 3; j < tokens.length && j - i <= 60 && tokens[j]!.sentence === tokens[i]!.sentence; j++) {
        if (/^(?:he|she|his|her|him)$/i.test(tokens[j]!.text)) { speakers.add(tokens[i]!.text); break; }
      }
      continue;
    }
    let v = i + 1;
    while (v < tokens.length && v - i <= 2 && SPEAKER_ADVERB_KEYS.has(tokenKey(facts, v)) && SPEAKER_ADVERBS.has(tokens[v]!.text)) v++;
    if (v >= tokens.length) continue;
    const verb = tokens[v]!;
    if (!SPEAKING_KEYS.has(tokenKey(facts, v)) || !SPEAKING.has(verb.text) || !isNamePart(tokens[i]) || NON_PERSON_HEADS.has(keyOf(tokens[i]!)) || OFFICES.has(keyOf(tokens[i]!))) continue;
    const sentence = tokens[i]!.sentence;
    if (endsOrganizationName(tokens, i)) continue;
    // (within a hundred tokens: a sentence with no end in sight must not make this quadratic)
    for (let j = v + 1; j < tokens.length && j - v <= 100 && tokens[j]!.sentence <= sentence + 1; j++) {
      if (/^(?:he|she|his|her|him)$/i.test(tokens[j]!.text)) { speakers.add(tokens[i]!.text); break; }
    }
  }
}

/**
 * Is the capitalized word at i the end of a name joined by "of", "for" or "and" to capitals before
 * it ("The Department of Water Resources said")? Such a name is a body's, not a person's.
 */
function endsOrganizationName(tokens: NameToken[], i: number): boolean {
  const sentence = tokens[i]!.sentence;
  let j = i;
  while (j > 0 && i - j < 4 && tokens[j - 1]!.cap && tokens[j - 1]!.sentence === sentence) j--;
  const joiner = tokens[j - 1];
  const head = tokens[j - 2];
  return joiner !== undefined && head !== undefined && head.sentence === sentence && head.cap && /^(?:of|for|and|&)$/.test(joiner.text);
}

/** What one walk over the capitalized tokens gathers for later passes. */
interface CapitalsWalk {
  pairs: number[]; acting: Set<number>;
  /** words standing alone right before a past-tense speech verb ("Guardiola said") */ speaking: Set<number>;
  /** tokens before a company's designation ("Halvorsen" of "Halvorsen Foods") */ companyAt: number[];
  /** capitalized tokens before what may be initials ("George" of "George H.W. Bush") */ initialedAt: number[];
  /** a Chinese family name before a capitalized word ("Xi" of "Xi Jinping") */ chineseAt: number[];
}

/** For addActingSurnames, at a capitalized token k: a capitalized pair standing alone, or a word acting alone. */
function noteActing(tokens: NameToken[], facts: DocumentFacts, covered: Uint8Array, k: number, acts: CapitalsWalk): void {
  const t = tokens[k]!;
  const next = tokens[k + 1]!;
  if (next.sentence !== t.sentence) return;
  const prev = tokens[k - 1];
  const prevInSentence = prev !== undefined && prev.sentence === t.sentence;
  if (next.cap) {
    if (COMPANY_KEYS.has(tokenKey(facts, k + 1))) acts.companyAt.push(k);
    const after = tokens[k + 2];
    if (!covered[k + 1] && !(prevInSentence && prev.cap) && !(after && after.sentence === t.sentence && after.cap)) acts.pairs.push(k);
    return;
  }
  if (prevInSentence && (prev.cap || AFTER_KEYS.has(tokenKey(facts, k - 1)))) return;
  // (an adverb may stand between: "Musk later posted a meme")
  let v = k + 1;
  if (ACT_ADVERB_KEYS.has(tokenKey(facts, v)) && tokens[v + 1] !== undefined && tokens[v + 1]!.sentence === t.sentence) v++;
  // (and an apposition: "Sinner, the world No. 1, was gracious")
  else if (isComma(next) && tokens[k + 2] !== undefined && ARTICLE_KEYS.has(tokenKey(facts, k + 2)) && !tokens[k + 2]!.cap) {
    let j = k + 3;
    while (j < tokens.length && j - k <= 10 && tokens[j]!.sentence === t.sentence && !isComma(tokens[j])) j++;
    if (j + 1 < tokens.length && isComma(tokens[j]) && tokens[j + 1]!.sentence === t.sentence) v = j + 1;
  }
  const verb = tokens[v]!;
  const key = tokenKey(facts, v);
  if (SPEECH_PAST_KEYS.has(key)) { acts.speaking.add(tokenKey(facts, k)); return; }
  const edForm = verb.end - verb.start > 3 && verb.source.charCodeAt(verb.end - 1) === 100 && verb.source.charCodeAt(verb.end - 2) === 101;
  if (edForm || IRREGULAR_PAST_KEYS.has(key)) acts.acting.add(tokenKey(facts, k));
}

/**
 * Surnames shown by what they do: the second of two capitalized words ("Chinedu Okafor") that
 * the article also writes alone as the subject of a past-tense verb ("Okafor thanked voters",
 * "Guardiola said"). A place or a body says things by its last word alone ("France said"), but
 * then it is a word the tagger has met ("Iraq", "Yorkshire" it knows are no one): neither word
 * of the pair may be one. Into `speakers`.
 * (The pairs and the acting words are gathered during addLoneSpeakers' walk over the tokens.)
 */
function addActingSurnames(tokens: NameToken[], facts: DocumentFacts, givenNames: GivenNames, speakers: Set<string>, acts: CapitalsWalk, known: (i: number) => boolean): void {
  const { pairs, acting, speaking } = acts;
  if (acting.size === 0 && speaking.size === 0) return;
  for (const i of pairs) {
    if (!acting.has(tokenKey(facts, i + 1)) && !speaking.has(tokenKey(facts, i + 1))) continue;
    const given = tokens[i]!;
    const surname = tokens[i + 1]!;
    const before = tokens[i - 1];
    if (!isNamePart(given) || !isNamePart(surname) || neverScored(given)) continue;
    if (before && before.sentence === given.sentence && ARTICLE_KEYS.has(tokenKey(facts, i - 1)) && /^(?:the|a|an)$/i.test(before.text)) continue;
    if (speakers.has(surname.text) || /[-.]/.test(given.text)) continue;
    const gk = keyOf(given);
    const sk = keyOf(surname);
    if (NON_PERSON_HEADS.has(gk) || OFFICES.has(gk) || HONORIFICS.has(gk) || DEMONYMS.has(gk) || PERSON_CUES.has(gk) || PLACE_WORDS.has(gk)
      || NON_PERSON_HEADS.has(sk) || OFFICES.has(sk) || PERSON_CUES.has(sk) || DEMONYMS.has(sk) || COUNTRIES.has(sk) || STATES_ALONE.has(sk)) continue;
    // (opening a sentence, the first word must be a given name the list knows: "Absent Trump",
    // "Besides Centerview", "Political Frankenstein" are words of the sentence, not of a name)
    if (!known(i + 1) && !known(i) && (givenNames.has(gk) || !given.first)) speakers.add(surname.text);
  }
}

const PLACE_WORDS = new Set(['north', 'south', 'east', 'west', 'northern', 'southern', 'eastern', 'western', 'central', 'new', 'greater', 'upper', 'lower', 'san', 'santa', 'los', 'las', 'fort', 'port', 'lake', 'mount', 'saint', 'st.']);
const IRREGULAR_PASTS = new Set(['was', 'won', 'lost', 'met', 'took', 'made', 'gave', 'went', 'came', 'left', 'ran', 'led', 'sent', 'spent', 'beat', 'thought', 'felt', 'wrote', 'began', 'became', 'held', 'kept', 'sat', 'stood', 'drew', 'grew', 'flew', 'fell', 'rose', 'broke', 'chose', 'fought', 'bought', 'brought', 'caught', 'taught', 'hit', 'quit', 'put']);
const SPEECH_PASTS = new Set(['said', 'told', 'added', 'noted', 'argued', 'warned', 'explained', 'announced', 'reported', 'stated', 'claimed', 'insisted', 'asked', 'replied', 'responded', 'declared', 'confirmed', 'denied', 'wrote']);
const SPEECH_PAST_KEYS = new Set([...SPEECH_PASTS].map(wordKey));
const IRREGULAR_PAST_KEYS = new Set([...IRREGULAR_PASTS].map(wordKey));
// (words before a subject that make it no subject: an article or a preposition)
const AFTER_KEYS = new Set(['the', 'a', 'an', 'of', 'in', 'at', 'to', 'from', 'for'].map(wordKey));
const ARTICLE_KEYS = new Set(['the', 'a', 'an'].map(wordKey));
const CHINESE_FAMILY_KEYS = new Set([...CHINESE_FAMILY_NAMES].map(wordKey));
const ACT_ADVERB_KEYS = new Set(['later', 'also', 'then', 'again', 'quickly', 'previously', 'recently', 'finally', 'initially', 'subsequently', 'once', 'never', 'first'].map(wordKey));

/**
 * A word the tagger never met that speaks alone as a person does, named by nothing else: one
 * name is all some people go by ("offers for Rodrygo, who lost his place"). Each of its
 * standing-alone uses is a mention.
 */
function addMononyms(tokens: NameToken[], out: RawMention[], covered: Uint8Array, speakers: Set<string>, known: (i: number) => boolean): void {
  if (speakers.size === 0) return;
  const named = new Set<string>();
  for (const m of out) for (let i = m.first; i <= m.last; i++) named.add(tokens[i]!.text);
  const lone = new Set([...speakers].filter((w) => !named.has(w)));
  if (lone.size === 0) return;
  for (let i = 0; i < tokens.length; i++) {
    const t = tokens[i]!;
    // (not a contraction, "I've", nor a brand's capital inside the word, "HuffPost")
    if (!t.cap || covered[i] || !lone.has(t.text) || known(i) || !isNamePart(t) || t.first || isContraction(t.text) || /[a-z][A-Z]/.test(t.text)) continue;
    const before = tokenAt(tokens, i - 1);
    const after = tokenAt(tokens, i + 1);
    if ((before && before.sentence === t.sentence && before.cap) || (after && after.sentence === t.sentence && after.cap)) continue;
    // (not a place, "a police official in Liege said. He …", nor the end of a name with a
    // particle, "Kengo wa Dondo")
    if (before && before.sentence === t.sentence && (/^(?:in|at|from|of|near|to|into|outside|across)$/.test(before.text) || (!before.cap && before.text.length <= 3 && /^[a-z]+$/.test(before.text) && !/^(?:and|but|or|for|by|said|as|like|with|than)$/.test(before.text)))) continue;
    out.push({ first: i, last: i });
    covered[i] = 1;
  }
}

/** A capitalized word right before a known surname is the rest of the name. */
function joinGivenNames(tokens: NameToken[], facts: DocumentFacts, out: RawMention[], covered: Uint8Array, speakers: Set<string>): void {
  // (a function word opening the sentence is none: "Neither Lebed nor Maskhadov")
  const isGivenBefore = (given: NameToken, at: number): boolean => given.sentence === tokens[at]!.sentence && isNamePart(given) && !neverScored(given)
    && !NON_PERSON_HEADS.has(keyOf(given)) && !OFFICES.has(keyOf(given)) && !HONORIFICS.has(keyOf(given)) && !DEMONYMS.has(keyOf(given))
    && !(at >= 2 && tokens[at - 2]!.sentence === given.sentence && isCapitalized(tokens[at - 2]!.text) && !PERSON_CUES.has(keyOf(tokens[at - 2]!)));
  // a one-word mention of such a surname takes the name before it too
  for (const m of out) {
    if (m.first !== m.last || m.first < 1 || !speakers.has(tokens[m.first]!.text) || covered[m.first - 1]) continue;
    if (!isGivenBefore(tokens[m.first - 1]!, m.first)) continue;
    m.first--;
    covered[m.first] = 1;
  }
  const speakerKeys = new Set([...speakers].map(wordKey));
  for (let i = 1; i < tokens.length; i++) {
    if (covered[i] || covered[i - 1] || !tokens[i]!.cap || !speakerKeys.has(tokenKey(facts, i)) || !speakers.has(tokens[i]!.text)) continue;
    if (!isGivenBefore(tokens[i - 1]!, i)) continue;
    out.push({ first: i - 1, last: i });
    covered[i - 1] = 1;
    covered[i] = 1;
  }
}

/**
 * A given name of one sex only and a capitalized word after it, standing alone: "Sonia Sotomayor
 * wrote …", "Loretta Lynch testified …". The tagger learned from word endings that "-ia" and
 * "-etta" words are often places, and misses such names at a sentence's start, and after "from".
 */
function addGivenNamePairs(tokens: NameToken[], facts: DocumentFacts, out: RawMention[], covered: Uint8Array, givenNames: GivenNames): void {
  // capitalized words the article also writes alone, as a surname is after the first mention
  // (by their integer keys: reading every token's text would make a string of each)
  let alone: Set<number> | undefined;
  const writtenAlone = (i: number): boolean => {
    if (!alone) {
      alone = new Set();
      for (let k = 1; k < tokens.length; k++) {
        const t = tokens[k]!;
        if (!t.cap || t.first) continue;
        const before = tokens[k - 1]!;
        const after = tokenAt(tokens, k + 1);
        // (not after an article: "the Braves" is a team)
        if ((before.sentence === t.sentence && (before.cap || ARTICLE_KEYS.has(tokenKey(facts, k - 1)))) || (after && after.sentence === t.sentence && after.cap)) continue;
        alone.add(tokenKey(facts, k));
      }
    }
    return alone.has(tokenKey(facts, i));
  };
  for (let i = 0; i + 1 < tokens.length; i++) {
    const given = tokens[i]!;
    const surname = tokens[i + 1]!;
    // (the cheap tests first: this runs on every token)
    if (!given.cap || !surname.cap || covered[i] || covered[i + 1] || given.sentence !== surname.sentence) continue;
    // standing alone: no capitalized word after it, and before it none but a title or the sentence's start
    const after = tokenAt(tokens, i + 2);
    if (after && after.sentence === given.sentence && after.cap) continue;
    const before = tokenAt(tokens, i - 1);
    if (before && before.sentence === given.sentence && before.cap && !OFFICES.has(keyOf(before)) && !HONORIFICS.has(keyOf(before)) && !PERSON_CUES.has(keyOf(before))) continue;
    if (neverScored(given) || isAllCaps(given.text) || !isNamePart(surname)) continue;
    const g = keyOf(given);
    const gender = givenNames.get(g);
    // (a relative clause for a person after it says as much, for a man's name too: "heard from Vincent Brandt, who testified")
    const who = after !== undefined && !after.cap && after.end - after.start === 1 && after.source.charCodeAt(after.start) === 44 && tokenAt(tokens, i + 3)?.text === 'who';
    if ((gender !== 'f' && !(who && gender === 'm')) || PLACE_GIVEN_NAMES.has(g) || STATES_ALONE.has(g) || COUNTRIES.has(g) || NEVER_NAMES.has(g)) continue;
    const s = keyOf(surname);
    // (and the article names the person by the surname alone elsewhere: not "Star Wars", "Atlanta Games")
    if (NON_PERSON_HEADS.has(s) || STATES_ALONE.has(s) || COUNTRIES.has(s) || NEVER_NAMES.has(s) || facts.lowercaseWords.has(g, i) || (!who && !writtenAlone(i + 1))) continue;
    out.push({ first: i, last: i + 1 });
    covered[i] = 1;
    covered[i + 1] = 1;
  }
}
/**
 * A given name, initials and a capitalized word are a person's name wherever they stand:
 * "the son of George H.W. Bush" (the tagger, trained on 1990s newswire, may see none of it).
 * Not a place's abbreviation ("Washington D.C. Police") or a given name that is a place first.
 */
function addInitialedNames(tokens: NameToken[], out: RawMention[], covered: Uint8Array, givenNames: GivenNames, candidates: number[]): void {
  // (at the capitalized tokens the walk over capitals found before something like initials)
  let after = -1;
  for (const i of candidates) {
    if (i <= after || i + 2 >= tokens.length || covered[i] || covered[i + 1] || covered[i + 2]) continue;
    const given = tokens[i]!;
    const initials = tokens[i + 1]!;
    const surname = tokens[i + 2]!;
    if (given.sentence !== surname.sentence || !INITIALS.test(initials.text) || PLACE_INITIALS.has(initials.text) || !isNamePart(surname) || INITIALS.test(surname.text)) continue;
    const g = keyOf(given);
    if (!givenNames.has(g) || neverScored(given) || isAllCaps(given.text) || PLACE_GIVEN_NAMES.has(g) || STATES_ALONE.has(g) || COUNTRIES.has(g) || NEVER_NAMES.has(g)) continue;
    out.push({ first: i, last: i + 2 });
    covered.fill(1, i, i + 3);
    after = i + 2;
  }
}

/**
 * A common Chinese family name before a given name in pinyin is a name, cue or not: "Xi
 * Jinping met …" (the tagger, trained on 1990s newswire, misses many at a sentence's start).
 * Not "He" (a pronoun first) or the "Kong" of Hong Kong, nor before a third capitalized word.
 */
function addChineseNames(tokens: NameToken[], out: RawMention[], covered: Uint8Array, candidates: number[]): void {
  for (const i of candidates) {
    const given = tokens[i + 1];
    if (!given || covered[i] || covered[i + 1] || given.sentence !== tokens[i]!.sentence || tokens[i]!.text === 'He' || tokens[i]!.text === 'Kong') continue;
    if (given.end - given.start < 2 || !PINYIN_GIVEN.test(given.text) || isAllCaps(given.text) || isAllCaps(tokens[i]!.text)) continue;
    // (a third capitalized word makes it a firm's or a thing's name: "Liu Chong Hing Investment")
    const third = tokens[i + 2];
    if (third && third.sentence === given.sentence && third.cap) continue;
    const before = tokens[i - 1];
    if (before && before.sentence === given.sentence && before.cap && !isTitleCue(before)) continue;
    out.push({ first: i, last: i + 1 });
    covered[i] = covered[i + 1] = 1;
  }
}

// Given names that are places first: "Victoria Station", "Sydney Harbour", "Austin Energy"
const PLACE_GIVEN_NAMES = new Set(['victoria', 'sydney', 'charlotte', 'madison', 'austin', 'jordan', 'florence', 'chelsea', 'lincoln',
  'paris', 'carolina', 'india', 'china', 'savannah', 'phoenix', 'aurora', 'dallas', 'houston', 'denver', 'orlando', 'camden',
  'kent', 'israel', 'florida', 'georgia', 'virginia', 'regina', 'adelaide', 'alexandria', 'augusta', 'columbia', 'eugene',
  'salem', 'tyler', 'troy', 'beverly', 'brooklyn', 'chester', 'clifton', 'hamilton', 'lafayette', 'marion', 'montgomery', 'sofia',
  'atlanta', 'geneva', 'asia', 'africa', 'america', 'europa', 'roma', 'vienna', 'lima', 'valencia', 'verona', 'siena', 'marietta',
  // (and given names that are words first: "Star Wars", "Liberty Bell", "Grace Church")
  'star', 'sky', 'ivy', 'coral', 'dawn', 'hope', 'faith', 'joy', 'grace', 'june', 'april', 'may', 'summer', 'autumn', 'holly',
  'daisy', 'lily', 'iris', 'ruby', 'pearl', 'amber', 'crystal', 'destiny', 'harmony', 'honey', 'sunny', 'storm', 'rain', 'river',
  'angel', 'charity', 'liberty', 'mercy', 'patience', 'trinity', 'unity', 'victory', 'glory', 'haven', 'justice', 'bliss', 'doe']);

// Offices written short ("Gov.", "Sen.", "Lt.", "Rev."): as sure a sign of a name as "governor"
// (and "Justice" capitalized, which in lower case is mostly the noun).
const TITLE_ABBREVIATIONS = new Set([...OFFICES, ...HONORIFICS].filter((w) => w.endsWith('.')));

/** A word that announces a person's name after it: "striker", "Gov.", "President" (capitalized: an office or an honorific, or opening its sentence). */
function isTitleCue(cue: NameToken): boolean {
  const k = keyOf(cue);
  if (TITLE_ABBREVIATIONS.has(k) || (k === 'justice' && cue.cap)) return true;
  return PERSON_CUES.has(k) && (!isCapitalized(cue.text) || cue.first || HONORIFICS.has(k) || OFFICES.has(k));
}

/** Names after a cue: "Mr. Obama", "striker Erling Haaland", "… and Maria Costa", "a spokeswoman, Priya Natarajan". */
function addCuedNames(tokens: NameToken[], out: RawMention[], covered: Uint8Array, givenNames: GivenNames, known: (i: number) => boolean): void {
  const fullNameEnds = new Set(out.filter((m) => m.last > m.first).map((m) => m.last));
  const fullNameStarts = new Set(out.filter((m) => m.last > m.first).map((m) => m.first));
  const singles = new Map<number, RawMention>();
  for (const m of out) if (m.first === m.last) singles.set(m.first, m);
  for (let i = 1; i < tokens.length; i++) {
    const cue = tokens[i - 1]!;
    if (covered[i] || !tokens[i]!.cap || !isNamePart(tokens[i]) || cue.sentence !== tokens[i]!.sentence) continue;
    // "Mr. Obama", "Lord Kinnock": after Mr., Mrs., Ms., Dr. or a peer's title one capitalized word is a person's name
    const next = tokenAt(tokens, i + 1);
    if (/^(?:mr|mrs|ms|dr|lord|baroness|baron)\.?$/.test(keyOf(cue)) && !(next && next.sentence === cue.sentence && next.cap)) {
      out.push({ first: i, last: i });
      covered[i] = 1;
    } else if (isTitleCue(cue) || (cue.cap && PLURAL_OFFICES.has(keyOf(cue)))) {
      // ("Justices Sonia Sotomayor and Ketanji Brown Jackson": the name after "and" is cued too)
      const m = addCued(tokens, i, out, covered, singles);
      if (m && m.last > m.first) fullNameEnds.add(m.last);
    } else if (cue.text === 'and' && i >= 2 && fullNameEnds.has(i - 2)) addCued(tokens, i, out, covered, singles);
    // a nationality before a listed given name and a word the tagger never met: "second-seeded
    // Australian Rodney Eyles" (not "North Korean Red Cross", "Italian Roman Catholic")
    else if (cue.cap && DEMONYMS.has(keyOf(cue)) && !cue.first && givenNames.has(keyOf(tokens[i]!)) && !PLACE_GIVEN_NAMES.has(keyOf(tokens[i]!))
      && tokens[i + 1] !== undefined && tokens[i + 1]!.sentence === cue.sentence && !known(i + 1)) addCued(tokens, i, out, covered);
    // a wire story's credits: "(Reporting by Ananda Teresia; Editing by Kate Mayberry)"
    else if (cue.text === 'by' && i >= 2 && /^(?:reporting|editing|writing)$/.test(keyOf(tokens[i - 2]!))) addCued(tokens, i, out, covered);
    // and before one, after a plural cue: "former Google engineers Priya Raman and Tobias Becker"
    // (or a comma after it: "two opposition leaders, Zenon Poznyak and Sergei Naumchik")
    else if (pluralCue(tokens, i - 1) && isNamePart(tokenAt(tokens, i + 1))
      && tokenAt(tokens, i + 2)?.text === 'and' && fullNameStarts.has(i + 3) && !covered[i + 1]) {
      out.push({ first: i, last: i + 1 });
      covered[i] = 1;
      covered[i + 1] = 1;
    }
    // an apposition after a description of a person: "A spokeswoman for the office, Priya Natarajan,"
    // (not a place: "the victim, New York jewelry wholesaler Jerry Schecter")
    else if (cue.text === ',' && describesPersonBefore(tokens, i - 1) && !PLACE_WORDS.has(keyOf(tokens[i]!)) && !STATES_ALONE.has(keyOf(tokens[i]!)) && !COUNTRIES.has(keyOf(tokens[i]!))) addCued(tokens, i, out, covered);
    // a description in parentheses before the name: "(Air France chairman) Christian Blanc"
    else if (cue.text === ')' && i >= 2 && !tokens[i - 2]!.cap && PERSON_CUES.has(keyOf(tokens[i - 2]!)) && tokens[i - 2]!.sentence === cue.sentence
      && isNamePart(tokenAt(tokens, i + 1)) && tokenAt(tokens, i + 1)!.sentence === cue.sentence) addCued(tokens, i, out, covered);
  }
}

// Words that end a byline's names: the outlet or the writer's job ("By Mark Pratt, Associated Press")
const BYLINE_STOPS = new Set(['associated', 'press', 'ap', 'afp', 'reuters', 'bloomberg', 'staff', 'writer', 'writers', 'reporter',
  'correspondent', 'editor', 'news', 'times', 'post', 'journal', 'cnn', 'bbc', 'npr', 'for', 'in', 'of', 'the', 'contributor']);

/**
 * A byline, a short line of its own near the top opening "By": the names in it, two to four
 * capitalized words each, joined by "and" or commas ("By JENNIFER MCDERMOTT and MARK PRATT
 * Associated Press"). The tagger, trained on prose, misses names in capitals there.
 */
function addBylineNames(tokens: NameToken[], out: RawMention[], covered: Uint8Array): void {
  for (let i = 0; i + 2 < tokens.length && tokens[i]!.sentence < 4; i++) {
    const by = tokens[i]!;
    if (!by.first || by.text !== 'By' && by.text !== 'BY') continue;
    const source = by.source;
    let end = i;
    while (end + 1 < tokens.length && tokens[end + 1]!.sentence === by.sentence) end++;
    // a line of its own, and short
    if ((by.start > 0 && source[by.start - 1] !== '\n') || (tokens[end]!.end < source.length && source[tokens[end]!.end] !== '\n' && source[tokens[end]!.end] !== '\r')
      || tokens[end]!.end - by.start > 100) continue;
    let k = i + 1;
    while (k <= end) {
      let run = k;
      while (run <= end && tokens[run]!.cap && isWordy(tokens[run]!.text) && !BYLINE_STOPS.has(keyOf(tokens[run]!)) && run - k < 4) run++;
      const stop = tokens[run];
      // (a run ends at "and", a comma, an outlet word or the line's end; anything else is no byline)
      const joins = !stop || run > end || stop.text === ',' || stop.text === '&' || keyOf(stop) === 'and' || BYLINE_STOPS.has(keyOf(stop));
      if (!joins) break;
      if (run - k >= 2 && !covered.subarray(k, run).some((c) => c === 1)) {
        out.push({ first: k, last: run - 1 });
        covered.fill(1, k, run);
      }
      if (run > end || BYLINE_STOPS.has(keyOf(stop!))) break;
      k = run + 1;
    }
    return;
  }
}

/** "Hector "Macho" Camacho": a given name, a nickname in quotation marks and a surname, which the tagger may miss whole. */
function addNicknamedNames(tokens: NameToken[], out: RawMention[], covered: Uint8Array, givenNames: GivenNames): void {
  for (let i = 0; i + 4 < tokens.length; i++) {
    const open = tokens[i + 1]!.text;
    if ((open !== '"' && open !== '“') || covered[i] || !tokens[i]!.cap || !givenNames.has(keyOf(tokens[i]!))) continue;
    const close = tokens[i + 3]!.text;
    if ((close !== '"' && close !== '”') || !isNamePart(tokens[i + 2]) || !isNamePart(tokens[i + 4]) || covered[i + 4]) continue;
    if (tokens[i + 4]!.sentence !== tokens[i]!.sentence || NON_PERSON_HEADS.has(keyOf(tokens[i + 4]!))) continue;
    out.push({ first: i, last: i + 4 });
    for (let k = i; k <= i + 4; k++) covered[k] = 1;
  }
}

/** A plural cue at k ("engineers"), or one and a comma ("leaders,"). */
function pluralCue(tokens: NameToken[], k: number): boolean {
  const cue = tokens[k]!.text === ',' && k > 0 ? tokens[k - 1]! : tokens[k]!;
  return !cue.cap && keyOf(cue).endsWith('s') && PERSON_CUES.has(keyOf(cue).slice(0, -1));
}

function addCued(tokens: NameToken[], first: number, out: RawMention[], covered: Uint8Array, singles?: Map<number, RawMention>): RawMention | null {
  // (a second title after the cue is no part of the name: "Detective Inspector Ciaran Murphy")
  // (two at most: a run of titles, each a cue of its own, must not be walked from every one)
  for (let n = 0; n < 2 && (OFFICES.has(keyOf(tokens[first]!)) || HONORIFICS.has(keyOf(tokens[first]!))) && isNamePart(tokenAt(tokens, first + 1)) && tokens[first + 1]!.sentence === tokens[first]!.sentence; n++) first++;
  let last = first;
  for (;;) {
    const next = tokenAt(tokens, last + 1);
    if (!next || last - first >= 3 || next.sentence !== tokens[first]!.sentence) break;
    if (isNamePart(next) || particleJoined(next)) { last++; continue; }
    // a regnal number: "Emperor Charles VI"
    if (next.cap && NAME_SUFFIXES.has(keyOf(next)) && next.text !== 'I') { last++; break; }
    // a particle and the name after it: "Prince Faisal bin Farhan"
    const after = tokenAt(tokens, last + 2);
    if (NAME_PARTICLES.has(next.text) && isNamePart(after) && after!.sentence === next.sentence) { last += 2; continue; }
    break;
  }
  if (last === first) return null; // one capitalized word after a cue is too often a place or a team
  // (the tagger may have found the surname alone: the name found takes the words before it,
  // "Ketanji Brown" + "Jackson")
  let surname: RawMention | undefined;
  for (let k = first; k <= last; k++) {
    if (!covered[k]) continue;
    if (k !== last || k === first) return null;
    // (looked up by position: a search of every name for every cue made a text of many names quadratic)
    surname = singles?.get(k);
    if (!surname || surname.first !== k || surname.last !== k) return null;
  }
  // (a title-case headline: "Texas Gov. Hears About Obama’s Gun Grab")
  for (let k = first; k <= last; k++) if (isFunctionWord(tokens[k]!.text) || HEADLINE_PREPOSITIONS.has(tokens[k]!.text) || HEADLINE_VERBS.has(tokens[k]!.text)) return null;
  const next = tokenAt(tokens, last + 1);
  if (next && next.sentence === tokens[first]!.sentence && isCapitalized(next.text)) return null;
  for (let i = first; i <= last; i++) covered[i] = 1;
  if (surname) { surname.first = first; return surname; }
  const m = { first, last };
  out.push(m);
  return m;
}

// People in a crowd, who describe a name set off after them: "said one fan, Priya Menon"
const CROWD_WORDS = new Set(['fan', 'supporter', 'voter', 'shopper', 'customer', 'protester', 'protestor', 'witness', 'neighbor',
  'neighbour', 'passenger', 'attendee', 'worker', 'patient', 'survivor', 'victim', 'visitor', 'tourist', 'mourner', 'spectator',
  'demonstrator', 'commuter', 'homeowner', 'retiree', 'tenant', 'parishioner', 'churchgoer']);

/** Does a description of a person ("a spokeswoman for the office") end at token `comma` - 1? */
function describesPersonBefore(tokens: NameToken[], comma: number): boolean {
  const sentence = tokens[comma]!.sentence;
  for (let k = comma - 1; k >= 0 && comma - k <= 6 && tokens[k]!.sentence === sentence; k--) {
    const t = tokens[k]!;
    if (!isWordy(t.text)) return false;
    if (!t.cap && (PERSON_CUES.has(keyOf(t)) || CROWD_WORDS.has(keyOf(t)))) return k >= 1 && /^(?:a|an|the|his|her|their|its|one|another)$/.test(keyOf(tokens[k - 1]!));
  }
  return false;
}

const LEADING_PARTICLES = new Set(['de', 'da', 'di', 'du', 'del', 'della', 'van', 'von', 'der', 'den', 'ter', 'ten', 'bin', 'ibn', 'al', 'el', 'dos', 'das']);
const CAPITAL_PARTICLES = new Set(['Ben', 'Bin', 'Ibn', 'Abu', 'Al', 'El', 'Van', 'Von', 'De', 'Del', 'Della', 'Da', 'Di', 'Du', 'Le', 'La', 'Ter', 'Ten']);
const PLACE_PREPOSITIONS = new Set(['from', 'in', 'near', 'outside', 'inside', 'within', 'beyond', 'across', 'throughout']);
// Prepositions a title-case headline capitalizes (FUNCTION_WORDS holds the commonest)
const HEADLINE_PREPOSITIONS = new Set(['About', 'Above', 'Across', 'Along', 'Around', 'Behind', 'Below', 'Beside', 'Between', 'Beyond',
  'Near', 'Off', 'Onto', 'Out', 'Toward', 'Towards', 'Upon', 'Via', 'Within', 'Amid', 'Vs', 'Vs.']);
/** A title-case headline's run of capitals split at its verbs: "Glenn Beck Meets Ted Cruz" is two names. */
function splitAtHeadlineVerbs(tokens: NameToken[], m: RawMention, givenNames: GivenNames): RawMention[] {
  let parts: RawMention[] | undefined;
  let from = m.first;
  for (let i = m.first + 1; i < m.last; i++) {
    if (!tokens[i]!.cap) continue;
    // (or any verb in -s between two names that open with given names: "Bernie Sanders Burns Hillary Clinton")
    const between = i - from >= 2 && /[^s]s$/.test(tokens[i]!.text) && !givenNames.has(keyOf(tokens[i]!))
      && givenNames.has(keyOf(tokens[from]!)) && givenNames.has(keyOf(tokens[i + 1]!));
    if (!HEADLINE_VERBS.has(tokens[i]!.text) && !between) continue;
    (parts ??= []).push({ first: from, last: i - 1 });
    from = i + 1;
  }
  if (!parts) return [m];
  parts.push({ first: from, last: m.last });
  return parts;
}

// Verbs as a title-case headline writes them: never part of a name.
const HEADLINE_VERBS = new Set(['Says', 'Tells', 'Warns', 'Slams', 'Blasts', 'Urges', 'Claims', 'Admits', 'Denies', 'Vows',
  'Rips', 'Praises', 'Asks', 'Insists', 'Accuses', 'Calls', 'Defends', 'Mocks', 'Attacks', 'Responds', 'Reveals', 'Announces',
  'Visits', 'Meets', 'Wins', 'Faces', 'Seeks', 'Plans', 'Backs', 'Rejects', 'Signs', 'Takes', 'Makes', 'Gets', 'Leads', 'Unveils',
  'Launches', 'Joins', 'Leaves', 'Quits', 'Resigns', 'Dies', 'Returns', 'Beats', 'Endorses', 'Sues', 'Wants', 'Pledges',
  'Promises', 'Invokes', 'Ousts', 'Fires', 'Hires', 'Buys', 'Sells', 'Loses', 'Eyes', 'Targets', 'Touts', 'Pushes', 'Blocks',
  'Bans', 'Orders', 'Approves', 'Proposes', 'Offers', 'Thanks', 'Honors', 'Mourns', 'Marries', 'Welcomes', 'Hails', 'Greets',
  'Admits', 'Explains', 'Jokes', 'Shares', 'Opens', 'Breaks', 'Slams', 'Blames', 'Confirms', 'Predicts', 'Questions']);
const SPEAKER_ADVERBS = new Set(['has', 'had', 'also', 'then', 'later']);
const SPEAKING = new Set(['said', 'says', 'told', 'added', 'wrote', 'noted', 'argued', 'spoke', 'asked', 'insisted', 'warned', 'explained']);
const SPEAKER_ADVERB_KEYS = new Set([...SPEAKER_ADVERBS].map(wordKey));
const SPEAKING_KEYS = new Set([...SPEAKING].map(wordKey));

/** Phrases named after people are places or things: "the Lincoln Memorial", "Fort Bragg". */
function isThingNamedAfterPerson(tokens: NameToken[], m: RawMention): boolean {
  const next = tokens[m.last + 1];
  if (next && next.sentence === tokens[m.last]!.sentence && NON_PERSON_HEADS.has(keyOf(next)) && isCapitalized(next.text)) return true;
  if (m.last > m.first && NON_PERSON_HEADS.has(keyOf(tokens[m.last]!))) return true;
  // (a given name found alone before the rest of a thing's name: "the Margaret [Lindqvist] Library")
  const then = tokens[m.last + 2];
  if (m.first === m.last && next && next.cap && then && then.sentence === next.sentence && next.sentence === tokens[m.last]!.sentence && NON_PERSON_HEADS.has(keyOf(then)) && isCapitalized(then.text)) return true;
  const before = tokens[m.first - 1];
  // firms named after their founders: "Johnson & Johnson", "Harlow & Sons", "Marks & Spencer"
  const amp = (t: NameToken | undefined): boolean => t !== undefined && t.sentence === tokens[m.first]!.sentence && t.end - t.start === 1 && t.source.charCodeAt(t.start) === 38;
  if (amp(next) || amp(before)) return true;
  // a company traded under a founder's name: "shares of Charles Schwab", "stock in Goldman Sachs"
  const owner = tokens[m.first - 2];
  if (before && owner && owner.sentence === tokens[m.first]!.sentence && /^(?:of|in)$/.test(before.text) && /^(?:shares|stock|stocks|stake)$/i.test(owner.text)) return true;
  // storms go by given names: "Storm Imogen", "Hurricane Katrina"
  if (m.last > m.first && tokens[m.first]!.end - tokens[m.first]!.start >= 5 && STORM_WORDS.has(keyOf(tokens[m.first]!))) return true;
  // a saint's possessive names a place or a day: "St Stephen's Green", "St Patrick's Day"
  const saint = (i: number): boolean => i >= 0 && tokens[i]!.cap && tokens[i]!.end - tokens[i]!.start <= 5 && /^(?:st\.?|saint)$/.test(keyOf(tokens[i]!));
  const possessive = (t: NameToken | undefined): boolean => t !== undefined && t.end - t.start === 2 && /^['’]s$/.test(t.text);
  if (possessive(next) && (saint(m.first) || saint(m.first - 1))) return true;
  if (m.first >= 3 && possessive(tokens[m.first - 1]) && saint(m.first - 3) && tokens[m.first - 3]!.sentence === tokens[m.first]!.sentence) return true;
  return before !== undefined && before.cap && before.sentence === tokens[m.first]!.sentence && (PLACE_PREFIXES.has(keyOf(before)) || STORM_WORDS.has(keyOf(before)));
}
const STORM_WORDS = new Set(['storm', 'hurricane', 'typhoon', 'cyclone']);

/**
 * Later short forms that the tagger missed: a capitalized token equal to the last word of a
 * name found elsewhere in the article ("Araghchi" after "Abbas Araghchi"), and repeats of a
 * full name.
 */
function addBackReferences(tokens: NameToken[], found: RawMention[], facts: DocumentFacts, givenNames: GivenNames, givenRefs?: Set<RawMention>): RawMention[] {
  const covered = new Uint8Array(tokens.length);
  for (const m of found) for (let i = m.first; i <= m.last; i++) covered[i] = 1;
  const surnames = new Set<string>();
  const fullNames: string[][] = [];
  for (const m of found) {
    // (a surname alone after an honorific or an abbreviated title is one too: "Pres. Obama", "Mr. Obama")
    const title = m.first === m.last ? tokens[m.first - 1] : undefined;
    if (title && title.sentence === tokens[m.first]!.sentence && (HONORIFICS.has(keyOf(title)) || TITLE_ABBREVIATIONS.has(keyOf(title))) && isNamePart(tokens[m.first])) surnames.add(tokens[m.first]!.text);
    if (m.last > m.first) {
      // (the surname before a suffix: "Bishop" of "Harold T. Bishop Jr.")
      const surname = m.last - 1 > m.first && NAME_SUFFIXES.has(keyOf(tokens[m.last]!)) ? m.last - 1 : m.last;
      // (a regnal number is no surname: "Charles III", "Henry VIII")
      if (!NAME_SUFFIXES.has(keyOf(tokens[surname]!))) surnames.add(tokens[surname]!.text);
      // (capitalized when it opens a sentence: "Al-Sharaa thanked …" after "Ahmad al-Sharaa")
      if (!tokens[surname]!.cap) surnames.add(tokens[surname]!.text[0]!.toUpperCase() + tokens[surname]!.text.slice(1));
      otherSurnames(tokens, m, surname, surnames);
      fullNames.push(tokens.slice(m.first, m.last + 1).map((t) => t.text.toUpperCase()));
    }
  }
  const loudSurnames = new Set([...surnames].map((w) => w.toUpperCase()));
  // by first word, in order, so the first full name that matches is the one found
  const fullNamesByFirst = new Map<string, string[][]>();
  for (const f of fullNames) {
    const list = fullNamesByFirst.get(f[0]!) ?? [];
    list.push(f);
    fullNamesByFirst.set(f[0]!, list);
  }
  // a given name the list lacks, alone later, is the one person named in full with it ("Morag"
  // after "Morag MacInnes"): by its first word, for full names no other full name opens with
  // (a word that opens other capitalized phrases too is no given name: "Republican" of a
  // mistaken "Republican Trump" and of "Republican Party", "South" of "South Carolina")
  // (by the words as written, so a token is looked up without making a string of it)
  const opening = new Map<string, RawMention | null>();
  const sameWords = (a: RawMention, b: RawMention): boolean => a.last - a.first === b.last - b.first && tokens.slice(a.first, a.last + 1).every((t, k) => t.text === tokens[b.first + k]!.text);
  for (const m of found) {
    if (m.last === m.first || m.last - m.first > 2) continue;
    const w = tokens[m.first]!.text;
    const had = opening.get(w);
    if (had === undefined) opening.set(w, m);
    else if (had !== null && !sameWords(had, m)) opening.set(w, null);
  }
  const decided = new Map<string, boolean>();
  const opensOnlyItsName = (w: string): boolean => {
    const f = opening.get(w);
    if (!f) return false;
    const known = decided.get(w);
    if (known !== undefined) return known;
    const answer = opensOnly(f);
    decided.set(w, answer);
    return answer;
  };
  // (one walk over the tokens for all candidates, made when the first is met: a walk per
  // candidate word made a text of many names quadratic)
  let followers: Map<string, string | null> | undefined;
  const alone = new Set<string>();
  const opensOnly = (f: RawMention): boolean => {
    if (!followers) {
      followers = new Map();
      for (let k = 0; k < tokens.length; k++) {
        const x = tokens[k]!;
        if (!x.cap) continue;
        const next = tokens[k + 1];
        const capAfter = next !== undefined && next.cap && next.sentence === x.sentence;
        if (capAfter) {
          const had = followers.get(x.text);
          if (had === undefined) followers.set(x.text, next!.text);
          else if (had !== null && had !== next!.text) followers.set(x.text, null);
        } else if (!(tokens[k - 1]?.cap && tokens[k - 1]!.sentence === x.sentence)) alone.add(x.text);
      }
    }
    const after = followers.get(tokens[f.first]!.text);
    if (after !== undefined && after !== tokens[f.first + 1]!.text) return false;
    // (and its surname stands alone somewhere too, as a person's does: not "Google" of a mistaken "Google Plus";
    // or a title cues the full name: "President Prabowo Subianto" … "Prabowo named", as Indonesian news writes)
    const title = tokens[f.first - 1];
    return alone.has(tokens[f.last]!.text) || (title !== undefined && title.sentence === tokens[f.first]!.sentence && title.cap && isTitleCue(title));
  };
  const anyLowerSurname = [...surnames].some((w) => !isCapitalized(w));
  const surnameKeys = new Set([...surnames].map(wordKey));
  const added: RawMention[] = [];
  for (let i = 0; i < tokens.length; i++) {
    // only a capitalized word can be a loud name or (unless a surname is not) a surname
    if (covered[i] || (!tokens[i]!.cap && !anyLowerSurname)) continue;
    const t = tokens[i]!;
    // Headlines in capitals: "ROBERTO DURAN" and "DURAN" name the people the story names.
    if (isAllCaps(t.text)) {
      const full = fullNamesByFirst.get(t.text)?.find((f) => f.every((w, k) => tokens[i + k]?.text === w && !covered[i + k]));
      if (full) { added.push({ first: i, last: i + full.length - 1 }); i += full.length - 1; continue; }
      if (loudSurnames.has(t.text)) { added.push({ first: i, last: i }); continue; }
    }
    if (t.cap && opening.get(t.text) && !surnames.has(t.text) && givenAlone(tokens, i, facts, givenNames) && opensOnlyItsName(t.text)) {
      added.push({ first: i, last: i });
      givenRefs?.add(added[added.length - 1]!);
      continue;
    }
    if ((!anyLowerSurname && !isCapitalized(t.text)) || !surnameKeys.has(tokenKey(facts, i)) || !surnames.has(t.text)) continue;
    // "Araghchi" inside "the Araghchi Foundation"-like runs stays out: the next word must not be capitalized.
    const next = tokens[i + 1];
    if (next && next.sentence === t.sentence && isCapitalized(next.text) && !HONORIFICS.has(keyOf(next))) continue;
    const first = withParticlesBefore(tokens, i, covered, fullNames, givenNames);
    added.push({ first: first === i && i >= 4 && !covered[i - 4] ? maidenNameStart(tokens, i, givenNames) : first, last: i });
  }
  return [...found, ...added].sort((a, b) => a.first - b.first);
}

/**
 * Whether the capitalized word at i, the first word of a full name found elsewhere, stands
 * alone as that person: not a word the list knows as a given name (the tagger finds those),
 * never written in lower case, no capital after it, no article before it ("the Grant").
 */
const NOT_GIVEN = new Set(['republican', 'democrat', 'democratic', 'conservative', 'liberal', 'labour', 'socialist', 'independent',
  'monday', 'tuesday', 'wednesday', 'thursday', 'friday', 'saturday', 'sunday', 'maybe', 'perhaps', 'dear', 'sir', 'madam']);
function givenAlone(tokens: NameToken[], i: number, facts: DocumentFacts, givenNames: GivenNames): boolean {
  const t = tokens[i]!;
  const k = keyOf(t);
  if (t.text.length < 3 || isAllCaps(t.text) || givenNames.has(k)) return false;
  // (nor a word of another kind: "Republican", "South", "Sunday", "Floridians", "I’m")
  if (NOT_GIVEN.has(k) || NEVER_NAMES.has(k) || DEMONYMS.has(k) || PLACE_WORDS.has(k) || COUNTRIES.has(k) || /s$|['’.-]/.test(k)) return false;
  const next = tokens[i + 1];
  if (next && next.sentence === t.sentence && next.cap) return false;
  const before = tokens[i - 1];
  if (before && before.sentence === t.sentence && /^(?:the|a|an|of)$/i.test(before.text)) return false;
  return !facts.lowercaseWords.has(t.text.toLowerCase(), i);
}

/**
 * The other words a name goes by alone: the family name written first ("Park Chan-wook", "Xi
 * Jinping", "Yoon Suk Yeol"), the surname without its Arabic article ("Assad" of "Bashar
 * al-Assad"). (A function of its own: its rare branches, met late, would otherwise deoptimize
 * the pass that calls it.)
 */
function otherSurnames(tokens: NameToken[], m: RawMention, surname: number, surnames: Set<string>): void {
  if (m.last === m.first + 1 && familyNameFirst(keyOf(tokens[m.first]!), tokens[m.last]!.text)) surnames.add(tokens[m.first]!.text);
  if (m.last === m.first + 2 && koreanName([keyOf(tokens[m.first]!), keyOf(tokens[m.first + 1]!), keyOf(tokens[m.last]!)])) surnames.add(tokens[m.first]!.text);
  const bare = withoutArticle(keyOf(tokens[surname]!));
  if (bare) surnames.add(tokens[surname]!.text.slice(3));
}

/**
 * Where a surname found again at i starts with the particles a full name gives it ("von der
 * Leyen"), and the given name before them: "Ursula von der Leyen" where the tagger saw only
 * "Von der Leyen" later.
 */
function withParticlesBefore(tokens: NameToken[], i: number, covered: Uint8Array, fullNames: string[][], givenNames: GivenNames): number {
  let first = i;
  while (first > 0 && i - first < 2 && !covered[first - 1] && tokens[first - 1]!.sentence === tokens[i]!.sentence && NAME_PARTICLES.has(tokens[first - 1]!.text)) first--;
  if (first === i) {
    // (or a capitalized word the full name has right before its last: "Suu Kyi" of "Aung San Suu Kyi")
    const before = tokens[i - 1];
    if (!before || covered[i - 1] || !before.cap || before.first || before.sentence !== tokens[i]!.sentence) return i;
    const pair = [before.text.toUpperCase(), tokens[i]!.text.toUpperCase()];
    return fullNames.some((f) => f.length >= 3 && f[f.length - 2] === pair[0] && f[f.length - 1] === pair[1]) ? i - 1 : i;
  }
  const written = tokens.slice(first, i + 1).map((t) => t.text.toUpperCase());
  if (!fullNames.some((f) => f.length >= written.length && written.every((w, k) => f[f.length - written.length + k] === w))) return i;
  const given = tokens[first - 1];
  return given && !covered[first - 1] && given.sentence === tokens[i]!.sentence && given.cap && givenNames.has(keyOf(given)) ? first - 1 : first;
}

/**
 * "Late Diaz winner keeps Valley unbeaten": a headline's first word, capitalized only because
 * it opens the line, joins the name after it. When the headline (the first paragraph, one line
 * with no full stop) opens with a pair written nowhere else, whose first word is no given name,
 * and the story names someone else with the same last word ("Rafael Diaz"), the word is dropped.
 */
function dropHeadlineOpener(article: Article, tokens: NameToken[], mentions: RawMention[], givenNames: GivenNames): void {
  const m = mentions[0];
  const first = article.paragraphs[0];
  if (!m || m.first !== 0 || m.last !== 1 || !first || article.paragraphs.length < 2 || first.sentences.length !== 1) return;
  if (/[.!?]["”’']?\s*$/.test(article.text.slice(first.start, first.end)) || givenNames.has(keyOf(tokens[0]!))) return;
  const whole = (o: RawMention): string => tokens.slice(o.first, o.last + 1).map((t) => keyOf(t)).join(' ');
  const mine = whole(m);
  const last = keyOf(tokens[1]!);
  let elsewhere = false;
  for (let k = 1; k < mentions.length; k++) {
    const o = mentions[k]!;
    if (o.last > o.first && keyOf(tokens[o.last]!) === last) {
      if (whole(o) === mine) return;
      elsewhere = true;
    }
  }
  if (elsewhere) m.first = 1;
}

/**
 * A title-case headline capitalizes every word, so its capitals say nothing of where a name
 * starts or ends: "Sabalenka Outlasts Gauff to Reach Final" reads as one run of capitals. There
 * the names are the ones the story itself writes: each of its full names, and each word it
 * names someone by alone (a surname, "Hillary"), wherever the headline has them. A mention the
 * tagger made in the headline that holds such names gives way to them; one that holds none
 * stays (a person only the headline names, such as "Glenn Beck Says …").
 */
// (a headline's modal is no surname, whoever the story names so: "Hillary Will Be …")
const HEADLINE_MODALS = new Set(['Will', 'Can', 'Must', 'Should', 'Would', 'Could', 'Might', 'Shall']);
function headlineNames(article: Article, tokens: NameToken[], mentions: RawMention[], facts: DocumentFacts, givenNames: GivenNames): RawMention[] {
  if (titleCaseHeadline(article, tokens) !== 0) return mentions;
  let end = 0;
  while (end < tokens.length && tokens[end]!.sentence === 0) end++;
  // the story's names as written (upper-cased, so a capitalized word matches its headline form)
  const full: string[][] = [];
  const alone = new Set<string>();
  // a full name's first word and surname, which side by side are that name shortened: "Omar Mateen" of "Omar Mir Seddique Mateen"
  const pairs = new Set<string>();
  const shortened = (a: RawMention, b: RawMention): boolean =>
    a.first === a.last && b.first === b.last && b.first === a.last + 1 && pairs.has(`${tokens[a.first]!.text.toUpperCase()} ${tokens[b.first]!.text.toUpperCase()}`);
  for (const m of mentions) {
    if (m.first < end) continue;
    const words = tokens.slice(m.first, m.last + 1).map((t) => t.text.toUpperCase());
    if (words.length === 1) { alone.add(words[0]!); continue; }
    full.push(words);
    const surname = words.length > 2 && NAME_SUFFIXES.has(keyOf(tokens[m.last]!)) ? words.length - 2 : words.length - 1;
    alone.add(words[surname]!);
    pairs.add(`${words[0]} ${words[surname]}`);
    // (and a listed given name, as headlines call people: "Hillary", "Bernie")
    if (givenNames.has(keyOf(tokens[m.first]!))) alone.add(words[0]!);
  }
  if (full.length === 0 && alone.size === 0) return mentions;
  // the longest of the story's names starting at i, as a mention, or null
  const nameAt = (i: number, limit: number): RawMention | null => {
    let best = -1;
    for (const f of full) {
      if (f.length > best + 1 && i + f.length <= limit && f.every((w, k) => tokens[i + k]!.text.toUpperCase() === w)) best = f.length - 1;
    }
    // (a word alone only if the story never writes it in lower case: not the modal of "Hillary
    // Will Be …" for the "Will" of "George Will")
    if (best < 0 && tokens[i]!.cap && alone.has(tokens[i]!.text.toUpperCase()) && !facts.lowercaseWords.has(keyOf(tokens[i]!), i)
      && !isFunctionWord(tokens[i]!.text) && !HEADLINE_VERBS.has(tokens[i]!.text) && !HEADLINE_MODALS.has(tokens[i]!.text)) best = 0;
    return best < 0 ? null : { first: i, last: i + best };
  };
  const out: RawMention[] = [];
  const covered = new Uint8Array(end);
  for (const m of mentions) {
    if (m.first >= end) { out.push(m); continue; }
    // the story's names inside the tagger's mention, if any
    const inside: RawMention[] = [];
    for (let i = m.first; i <= m.last && m.last < end; i++) {
      const n = nameAt(i, m.last + 1);
      if (!n) continue;
      const before = inside[inside.length - 1];
      if (before && shortened(before, n)) before.last = n.last;
      else inside.push(n);
      i = n.last;
    }
    // (a listed given name before the surname the story uses is the full name the story
    // leaves out: "Cecile Richards Says …" then "Richards said")
    const givenFirst = inside.length === 1 && inside[0]!.first === m.last && m.last - m.first <= 2 && givenNames.has(keyOf(tokens[m.first]!));
    for (const n of inside.length > 0 && !givenFirst ? inside : [m]) {
      out.push(n);
      for (let i = n.first; i <= n.last && i < end; i++) covered[i] = 1;
    }
  }
  // and the story's names the tagger did not mark at all
  for (let i = 0; i < end; i++) {
    if (covered[i]) continue;
    const n = nameAt(i, end);
    if (!n || [...Array(n.last - n.first + 1).keys()].some((k) => covered[n.first + k])) continue;
    const before = out[out.length - 1];
    if (before && before.first < end && shortened(before, n)) before.last = n.last;
    else out.push(n);
    for (let k = n.first; k <= n.last; k++) covered[k] = 1;
    i = n.last;
  }
  return out.sort((a, b) => a.first - b.first);
}

/**
 * A word opening a sentence before the surname, or the given name, of someone the article names
 * in full is no part of that name: "Calls Trump …", "Endorsed Trump …", "Former Clinton …",
 * "Crooked Hillary …" next to "Donald Trump" and "Hillary Clinton" (not a listed given name:
 * "Bill Clinton" stays, nor a word the article never writes in lower case: "Naina Yeltsin"). Without this the pair
 * takes every later "Trump" as its own.
 */
function dropStrayOpeners(tokens: NameToken[], mentions: RawMention[], givenNames: GivenNames, facts: DocumentFacts): void {
  // the full names that open with a listed given name: their surnames and their given names
  const surnames = new Map<string, string>();
  const given = new Map<string, string>();
  const whole = (o: RawMention): string => tokens.slice(o.first, o.last + 1).map((t) => keyOf(t)).join(' ');
  for (const o of mentions) {
    if (o.last === o.first || !givenNames.has(keyOf(tokens[o.first]!))) continue;
    surnames.set(keyOf(tokens[o.last]!), whole(o));
    given.set(keyOf(tokens[o.first]!), whole(o));
  }
  if (surnames.size === 0) return;
  for (const m of mentions) {
    const opener = tokens[m.first]!;
    // (a word, not a name the lists lack: the article writes it in lower case too; "Naina
    // Yeltsin" beside "Boris Yeltsin" stays)
    // (or a headline's verb, wherever it stands: "Clinton Says Russians Hacked DNC, Calls Trump's
    // Putin Remarks", "Understated Perez raises political profile")
    if (m.last !== m.first + 1 || givenNames.has(keyOf(opener)) || isAllCaps(opener.text) || opener.text.includes('.')) continue;
    if (!HEADLINE_VERBS.has(opener.text) && !(opener.first && (facts.lowercaseWords.has(keyOf(opener), m.first) || /^[A-Z][a-z]{3,}ed$/.test(opener.text)))) continue;
    const second = keyOf(tokens[m.last]!);
    const full = surnames.get(second) ?? given.get(second);
    if (full !== undefined && full !== whole(m)) m.first++;
  }
}

export function findPeople(article: Article, model: PersonModel, givenNames: GivenNames): Person[] {
  const tokens = nameTokens(article);
  if (tokens.length === 0) return [];
  const facts = documentFacts(tokens, givenNames);
  const tags = tagTokens(model, tokens, facts);
  const trimmed = mentionsFromTags(tokens, tags).flatMap((m) => splitAtHeadlineVerbs(tokens, m, givenNames)).map((m) => trimMention(tokens, m, givenNames)).filter((m): m is RawMention => m !== null);
  const acts: CapitalsWalk = { pairs: [], acting: new Set(), speaking: new Set(), companyAt: [], initialedAt: [], chineseAt: [] };
  // (the names of storms dropped here are no one alone later either: "Debby" after "Tropical Storm Debby")
  const storms = new Set<string>();
  const completed = completeNames(tokens, trimmed, givenNames, facts, model, acts).filter((m) => {
    if (!isThingNamedAfterPerson(tokens, m)) return true;
    const before = tokens[m.first - 1];
    if (m.last > m.first && STORM_WORDS.has(keyOf(tokens[m.first]!))) storms.add(keyOf(tokens[m.last]!));
    else if (m.first === m.last && before && before.cap && STORM_WORDS.has(keyOf(before))) storms.add(keyOf(tokens[m.first]!));
    return false;
  });
  // a phrase of capitals alone in quotation marks that opens with no given name is a name for
  // something ("''Wilayat Twitter,''"): it must not make the later "Twitter"s a surname
  for (let k = completed.length - 1; k >= 0; k--) {
    const m = completed[k]!;
    if (m.last > m.first && !givenNames.has(keyOf(tokens[m.first]!)) && quotedAlone(tokens, m)) completed.splice(k, 1);
  }
  const givenRefs = new Set<RawMention>();
  const raw = headlineNames(article, tokens, addBackReferences(tokens, completed, facts, givenNames, givenRefs), facts, givenNames);
  dropHeadlineOpener(article, tokens, raw, givenNames);
  dropStrayOpeners(tokens, raw, givenNames, facts);
  const { text } = article;

  // Group: a multi-word name is a person; a shorter form joins a person whose name ends with it
  // (of several, the one named in full first); otherwise it starts a person of its own.
  interface Group { words: string[]; mentions: RawMention[]; roles: string[]; /** where it is first named in full */ firstAt: number }
  const groups: Group[] = [];
  const byName = new Map<string, Group>();
  const byLastWord = new Map<string, Group[]>();
  const byFirstWord = new Map<string, Group[]>();
  const wordsOf = (m: RawMention): string[] => {
    // (a nickname in quotation marks is no word of the name: Margaret "Peggy" Lindqvist is Margaret Lindqvist)
    const words: string[] = [];
    let nickname = false;
    for (let i = m.first; i <= m.last; i++) {
      const t = tokens[i]!;
      if (t.text === '"' || t.text === '“' || t.text === '”') nickname = !nickname;
      else if (!nickname && isWordy(t.text)) words.push(keyOf(t));
    }
    return words;
  };
  const withoutSuffix = (words: string[]): string[] => (words.length > 2 && NAME_SUFFIXES.has(words[words.length - 1]!) ? words.slice(0, -1) : words);
  const endsWith = (whole: string[], part: string[]): boolean =>
    part.length < whole.length && part.every((w, k) => whole[whole.length - part.length + k] === w);
  const ordered = [...raw].sort((a, b) => (b.last - b.first) - (a.last - a.first) || a.first - b.first);
  const groupOf = new Map<RawMention, Group>();
  const cued = new Map<Group, number>();
  const undecided: { m: RawMention; pool: Group[] }[] = [];
  // the person named in full first, when named before this mention (the article's subject:
  // "Clinton" stays Hillary Clinton after a passing "Bill Clinton"), else the first named after it
  const namedFirst = (pool: Group[], m: RawMention): Group => {
    let best = pool[0]!;
    let bestAt = Infinity;
    for (const c of pool) {
      const first = c.firstAt;
      if (first < m.first && first < bestAt) { bestAt = first; best = c; }
    }
    return best;
  };
  // Full names first, so a surname seen before its full name still joins it.
  for (const m of ordered) {
    const w = wordsOf(m);
    const name = w.join(' ');
    let g = byName.get(name);
    if (!g) {
      let candidates = (byLastWord.get(w[w.length - 1]!) ?? []).filter((c) => endsWith(c.words, w) || endsWith(withoutSuffix(c.words), w)
        || (w.length === 1 && (c.words.length === 2 || koreanName(c.words)) && c.words[0] === w[0]) || (w.length === 1 && withoutArticle(c.words[c.words.length - 1]!) === w[0]) || (w.length === 1 && c.words.length >= 4 && innerSurname(c.words) === w[0]));
      // a given name alone is the one person named in full with it: "Joan" after "Joan Whitmore"
      // (so is one the list lacks that the tagger took for a name: "Tomasz" after "Tomasz Lewandowski")
      if (candidates.length === 0 && w.length === 1) {
        const named = byFirstWord.get(w[0]!) ?? [];
        if (named.length === 1 && (givenNames.has(w[0]!) || givenRefs.has(m) || named[0]!.words.length <= 3)) candidates = named;
      }
      if (candidates.length > 0) {
        // ("Mr. Clinton" and "Mrs. Clinton" go by the given name's usual gender when it tells)
        const honorific = m.first > 0 ? keyOf(tokens[m.first - 1]!) : '';
        const want = /^mr\.?$/.test(honorific) ? 'm' : /^(?:mrs|ms)\.?$/.test(honorific) ? 'f' : null;
        const fits = want ? candidates.filter((c) => usualGender(givenNames, c.words[0]!) !== (want === 'm' ? 'f' : 'm')) : [];
        const pool = fits.length > 0 ? fits : candidates;
        if (fits.length === 1) cued.set(fits[0]!, (cued.get(fits[0]!) ?? 0) + 1);
        // a bare "Obama" between Michelle and Barack Obama waits for the Mr./Mrs. forms to count
        if (pool.length > 1 && !want) { undecided.push({ m, pool }); continue; }
        g = namedFirst(pool, m);
      } else {
        g = { words: w, mentions: [], roles: [], firstAt: Infinity };
        groups.push(g);
        byName.set(name, g);
        if (w.length >= 2) byFirstWord.set(w[0]!, [...(byFirstWord.get(w[0]!) ?? []), g]);
        const list = byLastWord.get(w[w.length - 1]!) ?? [];
        list.push(g);
        byLastWord.set(w[w.length - 1]!, list);
        // "Harold T. Bishop Jr." is "Bishop" later
        if (w.length > 2 && NAME_SUFFIXES.has(w[w.length - 1]!)) byLastWord.set(w[w.length - 2]!, [...(byLastWord.get(w[w.length - 2]!) ?? []), g]);
        // "Park Chan-wook" is "Park" later: the family name comes first
        if ((w.length === 2 && familyNameFirst(w[0]!, w[1]!)) || koreanName(w)) byLastWord.set(w[0]!, [...(byLastWord.get(w[0]!) ?? []), g]);
        // "Bashar al-Assad" is "Assad" later: the Arabic article drops from the short form
        const bare = w.length >= 2 ? withoutArticle(w[w.length - 1]!) : null;
        if (bare) byLastWord.set(bare, [...(byLastWord.get(bare) ?? []), g]);
        // "Luiz Inácio Lula da Silva" is "Lula" later
        const inner = w.length >= 4 ? innerSurname(w) : null;
        if (inner) byLastWord.set(inner, [...(byLastWord.get(inner) ?? []), g]);
      }
    }
    if (w.length === g.words.length && m.first < g.firstAt) g.firstAt = m.first;
    groupOf.set(m, g);
  }
  // A short form several people share goes to the one its Mr./Mrs. forms point to most (the
  // article's "Mr. Obama" fifteen times), else to the one named in full first.
  for (const { m, pool } of undecided) {
    let best: Group | undefined;
    let most = 0;
    let tie = false;
    for (const c of pool) {
      const n = cued.get(c) ?? 0;
      if (n > most) { most = n; best = c; tie = false; } else if (n === most) tie = true;
    }
    groupOf.set(m, best && !tie ? best : namedFirst(pool, m));
  }
  for (const m of raw) {
    const g = groupOf.get(m)!;
    g.mentions.push(m);
    for (const role of [rolesBefore(tokens, m), roleAfter(text, tokens, m), roleBeforeApposition(text, tokens, m)]) {
      if (role && !g.roles.includes(role)) g.roles.push(role);
    }
  }

  const people: Person[] = [];
  let companies: Set<string> | undefined;
  const namedOnceOnly = namedOnceAmongOthers(tokens, facts, raw, groups, givenNames);
  const headline = titleCaseHeadline(article, tokens);
  // a word before a company office in another person's title is a company's name: "Google chief
  // executive Sundar Pichai", "AMD chief Lisa Su", "Visa's general counsel" (not "a Reagan
  // appointee", "Obama adviser")
  const titleOpeners = new Set<string>();
  for (const g of groups) for (const r of g.roles) if (isUpper(r[0]!) && COMPANY_OFFICE.test(r)) titleOpeners.add(key(r.slice(0, r.search(/['’]s\s|\s/))));
  // whether a group is no one after all (a function of its own: V8 compiles it apart from the
  // grouping, which keeps recompiling this large function cheaper)
  const noOne = (g: Group): boolean => {
    if (g.roles.some(describesOrganization)) return true;
    if (g.words.length === 1 && g.roles.length === 0 && titleOpeners.has(g.words[0]!)) return true;
    // after the name and a comma in a signature line, a name is the affiliation's: "— Sarah House, senior economist, Wells Fargo"
    if (g.mentions.every((m) => signatureAffiliation(tokens, m))) return true;
    // a title-case headline capitalizes every word: there a phrase with no given name that the
    // story never names again is no one ("Storm Batters Coast", "Senate Passes Climate Bill")
    // (nor does a word in capitals there, whatever the name list says: "EV" of "… as EV Demand Cools")
    if (headline >= 0 && (!givenNames.has(g.words[0]!) || isAllCaps(tokens[g.mentions[0]!.first]!.text)) && g.mentions.every((m) => tokens[m.first]!.sentence === headline)) return true;
    // a headline's first word the story never names again is no one, in sentence case too: "Storm knocks out power …"
    if (g.words.length === 1 && g.mentions.length === 1 && g.mentions[0]!.first === 0 && g.roles.length === 0 && sentenceCaseHeadline(article)) return true;
    // one word only ever after "from" or "in" is a place: "a 24-year-old man from Bath"
    if (g.words.length === 1 && g.roles.length === 0 && g.mentions.every((m) => m.first > 0 && PLACE_PREPOSITIONS.has(keyOf(tokens[m.first - 1]!)))) return true;
    // a name of one or two words that the article also writes as a company's is the company: "Halvorsen" after "Halvorsen Foods", "Wells Fargo" after "Wells Fargo Securities"
    if (g.words.length <= 2 && g.roles.length === 0 && acts.companyAt.length > 0 && (companies ??= companyNames(tokens, acts.companyAt)).has(mentionText(tokens, g.mentions[0]!))) return true;
    // one word only ever opening a sentence that the article also writes in lower case: "Sorry,", "Look,", "Often"
    if (g.words.length === 1 && g.roles.length === 0 && g.mentions.every((m) => tokens[m.first]!.first && facts.lowercaseWords.has(g.words[0]!, m.first))) return true;
    if (g.words.length === 1 && STATES_ALONE.has(g.words[0]!)) return true;
    // a title of office words only: "Executive Officer" of "Gwen Pritchard, Chief Executive Officer"
    if (g.words.every((w) => isRoleWord(w) || OFFICES.has(w))) return true;
    // a name a plural verb follows is a team or a group: "Dunmore, who have won once in six games"
    if (g.words.length === 1 && g.roles.length === 0 && g.mentions.some((m) => pluralWho(tokens, m))) return true;
    // a storm's name alone: "Debby" after "Tropical Storm Debby"
    if (g.words.length === 1 && g.roles.length === 0 && storms.has(g.words[0]!)) return true;
    if (g.words.length >= 2 && PLACES_LIKE_NAMES.has(g.words.join(' '))) return true;
    // a name that ends in a company's designation is the company's: "Meta Platforms", "Halvorsen Foods Inc."
    if (g.words.length >= 2 && g.words[g.words.length - 1]!.length >= 3 && COMPANY_DESIGNATIONS.has(g.words[g.words.length - 1]!.replace(/\.$/, ''))) return true;
    if (g.words.length === 1 && COUNTRIES.has(g.words[0]!) && !givenNames.has(g.words[0]!)) return true;
    // a name a kind of thing stands beside, in lower case, is that thing's: "Zycie Warszawy daily said",
    // "the news weekly Der Spiegel", "the aircraft carrier Carl Vinson"
    if (g.mentions.some((m) => namesAThing(tokens, m))) return true;
    // a name only ever set alone in quotation marks, with no role, is a work's or a slogan's:
    // “Veep”, “Morning Joe”, “Dump Trump” (not a given name alone: a nickname, “Vito”)
    if (g.roles.length === 0 && !(g.words.length === 1 && givenNames.has(g.words[0]!)) && g.mentions.every((m) => quotedAlone(tokens, m))) return true;
    // a place its state follows: "a 59-year-old from Hilton Head, South Carolina, who …"
    if (g.roles.length === 0 && g.mentions.every((m) => placeBeforeState(text, tokens, m))) return true;
    // a product an apposition describes: "Alexa, Amazon's voice assistant,", "Grok, its chatbot,"
    if (g.words.length <= 2 && g.roles.length === 0 && g.mentions.some((m) => PRODUCT_APPOSITION.test(text.slice(tokens[m.last]!.end, tokens[m.last]!.end + 80)))) return true;
    // one word named once that the article writes twice more where it names no one: "said Apple
    // had" among "Apple on Thursday unveiled", "Shares of Apple", "on Apple to $260"
    // (not a given name alone, which names someone however often it stands apart: "Hillary merits …")
    if (namedOnceOnly.has(g)) return true;
    return false;
  };
  for (const g of groups) {
    // a surname alone that a kind of thing stands beside is the firm named after the person
    // named in full with a role: "founder Erik Halvorsen" stays, "chipmaker Halvorsen" goes
    if (g.words.length >= 2 && g.roles.length > 0) g.mentions = g.mentions.filter((m) => m.last > m.first || !namesTheFirm(tokens, m));
    if (noOne(g)) continue;
    // (built by push: arrays made by map() came in two element kinds, and meeting the other
    // one deoptimized this function again and again)
    const mentions: Mention[] = [];
    for (const m of [...g.mentions].sort((a, b) => a.first - b.first)) {
      const start = tokens[m.first]!.start;
      const end = tokens[m.last]!.end;
      const s = sentenceAt(article, start)!;
      mentions.push({ text: text.slice(start, end), start, end, paragraph: s.paragraph, sentence: s.n });
    }
    // The fullest form: most words, then not in capitals (a byline's "JANE MORRISON"), then the first written.
    let fullest = g.mentions[0]!;
    let most = wordsOf(fullest).length;
    let loud = isAllCaps(tokens[fullest.last]!.text);
    for (const m of g.mentions) {
      const n = wordsOf(m).length;
      const shouted = isAllCaps(tokens[m.last]!.text);
      if (n > most || (n === most && ((loud && !shouted) || (loud === shouted && m.first < fullest.first)))) { fullest = m; most = n; loud = shouted; }
    }
    const name = text.slice(tokens[fullest.first]!.start, tokens[fullest.last]!.end).replace(/\s+/g, ' ');
    people.push({ name, roles: g.roles, count: mentions.length, mentions });
  }
  // by first mention, stably; a plain insertion sort (a few dozen people), because
  // Array.prototype.sort with a comparator here deoptimized this function again and again
  for (let i = 1; i < people.length; i++) {
    const p = people[i]!;
    const at = p.mentions[0]!.start;
    let j = i - 1;
    while (j >= 0 && people[j]!.mentions[0]!.start > at) { people[j + 1] = people[j]!; j--; }
    people[j + 1] = p;
  }
  return people;
}

/**
 * The groups of one word named once, with no role and no given name alone, that the article
 * writes at least twice more where the tagger saw no one ("said Apple had" among "Shares of
 * Apple", "on Apple to $260"). (Outside findPeople: V8 recompiles a large function whole.)
 */
function namedOnceAmongOthers<G extends { words: string[]; mentions: RawMention[]; roles: string[] }>(tokens: NameToken[], facts: DocumentFacts, mentions: RawMention[], groups: G[], givenNames: GivenNames): Set<G> {
  const found = new Set<G>();
  const candidates: G[] = [];
  const keys = new Set<number>();
  for (const g of groups) {
    const w = g.words[0]!;
    if (g.words.length !== 1 || g.mentions.length !== 1 || g.roles.length !== 0 || (givenNames.has(w) && !PLACE_GIVEN_NAMES.has(w))) continue;
    candidates.push(g);
    keys.add(wordKey(w));
  }
  if (candidates.length === 0) return found;
  const uses = unnamedCapitalUses(tokens, facts, mentions, keys);
  for (const g of candidates) if ((uses.get(wordKey(g.words[0]!)) ?? 0) >= 2) found.add(g);
  return found;
}

/** How often each of `words` stands capitalized outside every mention (by integer key): where the tagger saw no one. */
function unnamedCapitalUses(tokens: NameToken[], facts: DocumentFacts, mentions: RawMention[], words: Set<number>): Map<number, number> {
  const inMention = new Uint8Array(tokens.length);
  for (const m of mentions) inMention.fill(1, m.first, m.last + 1);
  const uses = new Map<number, number>();
  for (let i = 0; i < tokens.length; i++) {
    if (inMention[i] || !tokens[i]!.cap) continue;
    const k = tokenKey(facts, i);
    if (words.has(k)) uses.set(k, (uses.get(k) ?? 0) + 1);
  }
  return uses;
}

/** The sentence index of a title-case headline opening the article (a paragraph of its own, most words capitalized), or -1. */
/** Does the article open with a headline: a first paragraph of one short sentence with no full stop, before more paragraphs? */
function sentenceCaseHeadline(article: Article): boolean {
  const first = article.paragraphs[0];
  if (!first || article.paragraphs.length < 2 || first.sentences.length !== 1 || first.end - first.start > 120) return false;
  return !/[.!?"”]$/.test(article.text.slice(first.start, first.end));
}

function titleCaseHeadline(article: Article, tokens: NameToken[]): number {
  const first = article.paragraphs[0];
  if (!first || article.paragraphs.length < 2 || first.sentences.length !== 1) return -1;
  let words = 0;
  let capitals = 0;
  let shouted = 0;
  for (let i = 0; i < tokens.length && tokens[i]!.sentence === 0; i++) {
    const w = tokens[i]!.text;
    if (!isWordy(w)) continue;
    words++;
    if (tokens[i]!.cap) capitals++;
    if (w.length > 1 && w === w.toUpperCase()) shouted++;
  }
  // (not a headline in capitals: the tagger reads those as shouted)
  return words >= 3 && capitals >= 0.7 * words && shouted < 0.5 * words ? 0 : -1;
}

/** Does a US state follow the mention after a comma, and end there ("Hilton Head, South Carolina,")? */
function placeBeforeState(text: string, tokens: NameToken[], m: RawMention): boolean {
  const after = /^,\s+([A-Z][a-z]+(?:\s+[A-Z][a-z]+)?)(?=[,.;)]|\s*$)/.exec(text.slice(tokens[m.last]!.end, tokens[m.last]!.end + 40));
  if (!after) return false;
  const state = after[1]!.toLowerCase();
  return STATES_ALONE.has(state) || STATES_OF_TWO.has(state);
}

const PRODUCT_APPOSITION = /^,\s+(?:the|a|an|its|their|[A-Z][\w-]*['’]s)\s+(?:[\w-]+\s+){0,2}?(?:chatbot|(?:voice|virtual|digital|AI|smart) assistant|smart speaker|app|robot|gadget|software)\b/;
const THING_AFTER = new Set(['daily', 'weekly', 'newspaper', 'magazine', 'tabloid']);
const THING_BEFORE = new Set(['daily', 'weekly', 'newspaper', 'magazine', 'tabloid', 'broadcaster', 'carrier', 'carriers',
  'ship', 'ships', 'vessel', 'frigate', 'destroyer', 'submarine', 'yacht', 'tanker', 'warship', 'liner',
  // (and a company or a body: "the housing charity Shelter", "the French carmaker Renault", "tech giant Apple";
  // not "publisher", "insurer", "developer", "producer": people too)
  'company', 'firm', 'startup', 'start-up', 'retailer', 'supermarket', 'bank', 'charity', 'agency',
  'network', 'airline', 'chipmaker', 'carmaker', 'automaker', 'drugmaker', 'conglomerate', 'regulator', 'giant',
  'subsidiary', 'brand', 'nonprofit', 'non-profit', 'watchdog', 'thinktank', 'think-tank', 'outlet', 'website', 'app']);
const namesAThing = (tokens: NameToken[], m: RawMention): boolean => {
  const before = tokens[m.first - 1];
  const after = tokens[m.last + 1];
  const sentence = tokens[m.first]!.sentence;
  return (before !== undefined && before.sentence === sentence && !before.cap && THING_BEFORE.has(keyOf(before)))
    || (after !== undefined && after.sentence === sentence && !after.cap && THING_AFTER.has(keyOf(after)));
};

/** Does the mention stand alone between quotation marks: “Veep”, ''Morning Joe,'', "Taken." */
function quotedAlone(tokens: NameToken[], m: RawMention): boolean {
  const source = tokens[m.first]!.source;
  const start = tokens[m.first]!.start;
  let end = tokens[m.last]!.end;
  const open = source.charCodeAt(start - 1);
  const twoSingles = open === 39 && source.charCodeAt(start - 2) === 39;
  // (a single quotation mark closes a single one only: "Paul’s knowledge" opens no quote)
  if (open !== 0x201c && open !== 34 && !twoSingles) return false;
  const punct = source.charCodeAt(end);
  if (punct === 44 || punct === 46 || punct === 33 || punct === 63) end++;
  const close = source.charCodeAt(end);
  return twoSingles ? close === 39 && source.charCodeAt(end + 1) === 39 : close === 0x201d || close === 34;
}

function pluralWho(tokens: NameToken[], m: RawMention): boolean {
  const comma = tokens[m.last + 1];
  if (!comma || comma.source.charCodeAt(comma.start) !== 44) return false;
  const [who, verb, before] = [tokens[m.last + 2], tokens[m.last + 3], tokens[m.first - 1]];
  if (!who || !verb || who.text !== 'who' || !/^(?:have|are|were)$/.test(verb.text)) return false;
  return !(before && before.sentence === comma.sentence && /^(?:and|or|&|,)$/.test(before.text));
}

/** A one-word mention that is a firm's name: after its kind, capitalized or not ("Chipmaker Halvorsen cuts …"), or its shares ("Shares in Halvorsen rose"). */
function namesTheFirm(tokens: NameToken[], m: RawMention): boolean {
  if (namesAThing(tokens, m)) return true;
  const before = tokens[m.first - 1];
  const owner = tokens[m.first - 2];
  if (!before || before.sentence !== tokens[m.first]!.sentence) return false;
  if (THING_BEFORE.has(keyOf(before))) return true;
  return owner !== undefined && owner.sentence === before.sentence && /^(?:of|in)$/.test(before.text) && /^(?:shares|stock|stocks|stake)$/i.test(owner.text);
}

const mentionText = (tokens: NameToken[], m: RawMention): string => (m.first === m.last ? tokens[m.first]!.text : tokens.slice(m.first, m.last + 1).map((t) => t.text).join(' '));

/** Words the article writes before a company's designation ("Halvorsen Foods", "Nordtek Inc."), from the walk's candidates. */
function companyNames(tokens: NameToken[], at: number[]): Set<string> {
  const out = new Set<string>();
  for (const i of at) {
    if (!COMPANY_DESIGNATIONS.has(keyOf(tokens[i + 1]!).replace(/\.$/, ''))) continue;
    out.add(tokens[i]!.text);
    // (and two capitalized words: "Wells Fargo" of "Wells Fargo Securities")
    const before = tokens[i - 1];
    if (before && before.cap && before.sentence === tokens[i]!.sentence) out.add(`${before.text} ${tokens[i]!.text}`);
  }
  return out;
}
const COMPANY_DESIGNATIONS = new Set(['foods', 'inc', 'corp', 'ltd', 'llc', 'plc', 'gmbh', 'holdings', 'industries', 'motors', 'airlines',
  'airways', 'pharmaceuticals', 'pharma', 'technologies', 'systems', 'energy', 'brands', 'securities', 'insurance', 'labs',
  'software', 'electronics', 'enterprises', 'ventures', 'logistics', 'mining', 'petroleum', 'chemicals', 'telecom', 'robotics',
  'platforms', 'devices', 'semiconductor', 'semiconductors', 'therapeutics', 'biosciences', 'networks', 'communications',
  // (and the designations of other countries: "Pirelli SpA", "Nokia Oyj", "Philips NV")
  'spa', 'sa', 'nv', 'bv', 'ab', 'asa', 'oyj', 'srl', 'sarl', 'kk', 'bhd', 'pty', 'ltda', 'sab', 'ag']);
// (the keys of the designations with and without a final period, "Inc" and "Inc.")
const COMPANY_KEYS = new Set([...COMPANY_DESIGNATIONS].flatMap((w) => [wordKey(w), wordKey(w + '.')]));

export type PeopleOrder = 'appearance' | 'mentions' | 'name';

export function sortPeople(people: Person[], order: PeopleOrder): Person[] {
  const list = [...people];
  if (order === 'mentions') list.sort((a, b) => b.count - a.count || a.mentions[0]!.start - b.mentions[0]!.start);
  else if (order === 'name') list.sort((a, b) => a.name.localeCompare(b.name));
  return list;
}
