// Turning a speaker phrase into a speaker: a person the article names (directly, through a
// pronoun, or through a role such as "the minister"), or the phrase as written.
import { sentenceIndexAt, type Article, type Span } from './article.js';
import type { Person } from './people.js';
import { mostlyGender, usualGender, type GivenNames } from './lexicon/given-names.js';
import { ROLE_WORDS } from './lexicon/titles.js';
import { DEMONYMS } from './lexicon/name-parts.js';

export interface Speaker extends Span { name: string; text: string }

interface PlacedMention extends Span { person: Person }
type Gender = 'm' | 'f';

// between a possessive name and the name its phrase heads: "’s liberal NBC News colleague "
// (no verb among them: "Tuttle’s article also attacked Christie …" names two people)
const POSSESSIVE_QUALIFIER = /^['’]s?\s+(?:(?![a-z]+ed\s|(?:also|is|was|has|had|said|says|will|would|and|or)\s)[\w.-]+\s+){0,5}$/;

// between a name and the name of the one it qualifies, a role in lower case: " consultant ", " campaign manager "
const NOUN_QUALIFIER = /^\s+(?:[a-z][\w-]*\s+){0,2}([a-z][\w-]*)\s+$/;
const RELATION_NOUNS = new Set(['ally', 'friend', 'backer', 'supporter', 'loyalist', 'confidant', 'confidante', 'rival', 'critic', 'surrogate']);
const qualifies = (between: string): boolean => {
  if (POSSESSIVE_QUALIFIER.test(between)) return true;
  const role = NOUN_QUALIFIER.exec(between);
  return role !== null && (ROLE_WORDS.has(role[1]!) || RELATION_NOUNS.has(role[1]!));
};

// Abbreviated titles, as the role words they stand for: "Sen. Ortiz" is "the senator".
const TITLE_WORDS: Record<string, string> = {
  'sen.': 'senator', 'rep.': 'representative', 'gov.': 'governor', 'gen.': 'general', 'col.': 'colonel',
  'lt.': 'lieutenant', 'sgt.': 'sergeant', 'capt.': 'captain', 'adm.': 'admiral', 'prof.': 'professor',
  'dr.': 'doctor', 'pres.': 'president', 'supt.': 'superintendent', 'insp.': 'inspector',
};
// A description's noun for an office the article titles otherwise: "the pontiff" is the pope.
const DESCRIPTION_WORDS: Record<string, string> = { pontiff: 'pope' };

// A kinship word just before a name says its sex as surely as "Mr." does: "a son, Emeka Okafor"
const KIN_BEFORE = /\b(?:(son|husband|father|brother|grandson|nephew|uncle|widower|boyfriend)|daughter|wife|mother|sister|granddaughter|niece|aunt|widow|girlfriend),?\s$/;
// Nouns for a person of a nation ("the Dutchman", "the Spaniard"); the adjectives that are
// nouns too ("the Belgian", "the American"), but not those that name the whole people ("the
// Dutch", "the French", "the Chinese", "the Swiss")
const NATIONALITY_NOUNS = new Set(['dutchman', 'dutchwoman', 'frenchman', 'frenchwoman', 'englishman', 'englishwoman', 'irishman',
  'irishwoman', 'scotsman', 'scotswoman', 'welshman', 'welshwoman', 'briton', 'spaniard', 'dane', 'swede', 'finn', 'pole', 'turk', 'scot']);
const isNationalityNoun = (w: string): boolean => NATIONALITY_NOUNS.has(w) || (DEMONYMS.has(w) && !/(?:ish|ch|ese|ss|ts|thai)$/.test(w));
const SAID_PRONOUN = /^\s+(?:also\s+)?(?:said|says|added|argued|insisted|noted|wrote|told\s+\w+)\s+(?:that\s+)?(he|she|his|her)\b/;

// Capitalized only because they open the sentence: a name after them is no subject.
const CLAUSE_OPENERS = new Set(['when', 'while', 'after', 'before', 'if', 'as', 'although', 'though', 'because', 'since',
  'once', 'until', 'unless', 'whether', 'where', 'at', 'in', 'on', 'for', 'with', 'without', 'during', 'from', 'by', 'to',
  'like', 'unlike', 'despite', 'amid', 'among', 'asked', 'under', 'over', 'but', 'or', 'so', 'yet', 'not', 'even']);

/** Whether a name after `before` (its sentence up to the name) opens a clause: only titles and a leading phrase set off by a comma come first. */
function opensClause(before: string): boolean {
  const clause = before.slice(before.lastIndexOf(',') + 1);
  if (!/^[\s“”"‘’']*(?:(?:[A-Z][\w.'’-]*|of|the|and|former|then)\b\s*)*$/.test(clause)) return false;
  const first = /[A-Za-z]+/.exec(clause);
  return !first || !CLAUSE_OPENERS.has(first[0].toLowerCase());
}

/** Index of the first of `list` (ordered by start) starting at or after `at`. */
function firstAtOrAfter(list: PlacedMention[], at: number): number {
  let lo = 0;
  let hi = list.length;
  while (lo < hi) { const mid = (lo + hi) >> 1; if (list[mid]!.start < at) lo = mid + 1; else hi = mid; }
  return lo;
}

export class SpeakerResolver {
  private readonly mentions: PlacedMention[];
  /** Speakers resolved so far, by the position of what they said. */
  private readonly noted: PlacedMention[] = [];
  private readonly genders = new Map<Person, Gender>();
  private readonly byName: Map<string, Person>;

  /** `quoted`: spans inside quotation marks, where people are talked about rather than talking. */
  constructor(private readonly article: Article, people: Person[], private readonly givenNames: GivenNames, private readonly quoted: Span[] = []) {
    this.mentions = people.flatMap((p) => p.mentions.map((m) => ({ start: m.start, end: m.end, person: p })))
      .sort((a, b) => a.start - b.start);
    this.byName = new Map(people.map((p) => [p.name, p]));
    this.learnGenders();
  }

  /** A resolved speaker is the likeliest referent of a later "he" or "she". */
  noteSpeaker(speaker: Speaker, at: number, end = at): void {
    const person = this.byName.get(speaker.name);
    if (!person) return;
    // kept apart from the names, in order: quotes come in text order, so this appends (an
    // insertion among the names shifted them all, for every quote)
    const noted: PlacedMention = { start: at, end, person };
    const last = this.noted[this.noted.length - 1];
    if (!last || last.start <= at) { this.noted.push(noted); return; }
    let lo = 0;
    let hi = this.noted.length;
    while (lo < hi) { const mid = (lo + hi) >> 1; if (this.noted[mid]!.start <= at) lo = mid + 1; else hi = mid; }
    this.noted.splice(lo, 0, noted);
  }

  resolve(span: Span): Speaker {
    const { text } = this.article;
    // ("Smith and Jones both said": the quantifier after the subject is no part of it)
    const floating = /\S\s+(?:both|all|each|alike)$/.exec(text.slice(span.start, span.end));
    if (floating) span = { start: span.start, end: span.start + floating.index + 1 };
    const phrase = text.slice(span.start, span.end);
    const inside: PlacedMention[] = [];
    for (let i = this.firstAtOrAfter(span.start); i < this.mentions.length && this.mentions[i]!.start < span.end; i++) {
      const m = this.mentions[i]!;
      // (not in a relative clause: "a former aide who worked for Clinton" is not Clinton)
      if (m.end <= span.end && m.end > m.start && !/^['’]s\b/.test(text.slice(m.end, m.end + 3)) && !/\s(?:who|whom|whose)\s/.test(text.slice(span.start, m.start))) inside.push(m);
    }
    // a possessor alone owns what was said: "Trump's" of "Trump's false claims that …"; so
    // does a person's message: "John Smith’s message was simple: “…”"
    const owned = /['’]s(?:(?:\s+[a-z]+){0,2}?\s+(?:message|words|statement|reply|response|answer|tweet|post|letter|email|remarks|comments?|note|memo|verdict|advice|warning|explanation))?$/.exec(phrase);
    if (inside.length === 0 && owned) {
      const owner = this.mentions[this.firstAtOrAfter(span.start)];
      if (owner && owner.start === span.start && owner.end === span.start + owned.index) return { name: owner.person.name, text: phrase, start: span.start, end: span.end };
    }
    // "people close to Clinton", "a source familiar with Cruz's thinking": the person named only says whose
    if (inside.length > 0 && /\b(?:familiar with|close to|near to|knowledgeable about|briefed on|allies of|aides to|friends of)\s/i.test(text.slice(span.start, inside[0]!.start))) {
      return { name: phrase.replace(/\s+/g, ' '), text: phrase, start: span.start, end: span.end };
    }
    if (inside.length > 0) {
      // "Maria Costa and Ana Lopez": two people, each by the name the article gives them
      // (titles may stand before them: "Reps. Elijah Cummings and John Conyers")
      if (inside.length > 1 && /^(?:[A-Z][A-Za-z]*\.?\s+){0,2}$/.test(text.slice(span.start, inside[0]!.start)) && inside[inside.length - 1]!.end === span.end
        && inside.every((m, k) => k === 0 || /^\s*(?:,|,?\s*and|&)\s*$/.test(text.slice(inside[k - 1]!.end, m.start)))) {
        // (several as a list: "Ben Carson, Ted Cruz and Rand Paul")
        const names = inside.map((m) => m.person.name);
        return { name: names.length > 2 ? `${names.slice(0, -1).join(', ')} and ${names[names.length - 1]}` : names.join(' and '), text: phrase, start: span.start, end: span.end };
      }
      // "Jeffrey Lewis of the James Martin Center …": the phrase is the person it opens with
      const head = inside[0]!;
      // (titles may stand before it: "Senator Richard Burr, a North Carolina Republican who has embraced Mr. Trump")
      if (inside.length > 1 && /^(?:[A-Z][\w.'’-]*\s+)*$/.test(text.slice(span.start, head.start)) && /^\s*(?:,|\(|of\b|from\b|at\b|with\b)/.test(text.slice(head.end, span.end))) {
        return { name: head.person.name, text: text.slice(head.start, head.end), start: head.start, end: head.end };
      }
      const m = inside[inside.length - 1]!;
      // "The Clinton campaign", "Trump supporters": the person only qualifies the speaker
      const rest = text.slice(m.end, span.end);
      // … but "Isabella Weber of the University …" and "Weber, an economist" are the person
      if (!/\s[a-zà-ÿ]/.test(rest) || /^\s*(?:,|\(|of\b|from\b|at\b|in\b|with\b)/.test(rest)) {
        return { name: m.person.name, text: text.slice(m.start, m.end), start: m.start, end: m.end };
      }
      return { name: phrase.replace(/\s+/g, ' '), text: phrase, start: span.start, end: span.end };
    }
    // a description with a name set off right after it is that person: "The agency’s chair,
    // Gary Gensler, declined … but said that …" (the subject found for the second verb)
    const setOff = /^,\s+/.exec(text.slice(span.end, span.end + 3));
    // (a description of a person: its last word an office or an occupation, not "an FBI summary")
    if (setOff && /^(?:[Tt]he|[Aa]n?|[Hh]is|[Hh]er|[Tt]heir|[Ii]ts)\s/.test(phrase) && ROLE_WORDS.has(phrase.slice(phrase.search(/\S+$/)).toLowerCase())) {
      const named = this.mentions[this.firstAtOrAfter(span.end)];
      if (named && named.start === span.end + setOff[0].length && /^\s*,/.test(text.slice(named.end, named.end + 2))) {
        return { name: named.person.name, text: phrase, start: span.start, end: span.end };
      }
    }
    // a span that opens one mention is that person: "Patrick" of 'Patrick "Paddy" Doyle Jr.'
    const around = this.mentions[this.firstAtOrAfter(span.start + 1) - 1];
    // (the span stops where a nickname or a parenthesis inside the name begins)
    if (around && around.start === span.start && around.end > span.end && /^\s+["“(]/.test(text.slice(span.end, around.end))) {
      return { name: around.person.name, text: phrase, start: span.start, end: span.end };
    }
    // ("he’s said", "she'd told": the pronoun of a contraction)
    const lower = phrase.toLowerCase().replace(/['’](?:s|d|ll|ve)$/, '');
    if (lower === 'he' || lower === 'she' || lower === 'his' || lower === 'her' || lower === 'him') {
      const gender = lower === 'he' || lower === 'his' || lower === 'him' ? 'm' : 'f';
      const person = this.antecedent(span.start, gender);
      // the pronoun settles a name given to both sexes ("Hillary", "Bill"): a later "he" looks past her
      if (person && this.genderOf(person) === 'mf') this.genders.set(person, gender);
      if (person) return { name: person.name, text: phrase, start: span.start, end: span.end };
    }
    // "the Dutchman", "the Belgian": a nationality for a person refers back as a pronoun does
    const nationality = /^[Tt]he\s+([A-Z][a-z]+)$/.exec(phrase);
    if (nationality && isNationalityNoun(nationality[1]!.toLowerCase())) {
      const word = nationality[1]!.toLowerCase();
      const person = this.antecedent(span.start, word.endsWith('woman') ? 'f' : word.endsWith('man') ? 'm' : null);
      if (person) return { name: person.name, text: phrase, start: span.start, end: span.end };
    }
    // "the Colorado Democrat": the very words of a role the article gave someone before
    const described = /^[Tt]he\s+(.+)$/.exec(phrase);
    if (described) {
      const want = described[1]!.replace(/\s+/g, ' ').toLowerCase();
      const holders = this.roleHolders().get(want);
      if (holders) {
        for (let i = this.firstAtOrAfter(span.start) - 1; i >= 0; i--) {
          const m = this.mentions[i]!;
          if (holders.has(m.person)) return { name: m.person.name, text: phrase, start: span.start, end: span.end };
        }
      }
    }
    const role = /^(?:[Tt]he|[Oo]ur|[Tt]heir|[Hh]is|[Hh]er)\s+(?:[A-Za-zÀ-ÿ.-]+\s+){0,3}?([A-Za-zÀ-ÿ-]+)$/.exec(phrase);
    if (role && (ROLE_WORDS.has(role[1]!.toLowerCase()) || role[1]!.toLowerCase() in DESCRIPTION_WORDS)) {
      // every word of the description must be in the role: "the Democratic nominee" is not
      // the person whose role is "Republican presidential nominee"
      const words = phrase.toLowerCase().split(/\s+/).slice(1).map((w) => DESCRIPTION_WORDS[w] ?? w);
      // (a place the article names a person "of" counts too: "the Nebraska senator" is
      // "Senator Mark Ridley of Nebraska")
      const holders = this.mentions.filter((m) => m.start < span.start
        && m.person.roles.some((r) => { const have = r.toLowerCase().split(/[\s,]+/).map((w) => TITLE_WORDS[w] ?? w); return words.every((w) => have.includes(w) || this.placesOf(m.person).includes(w)); }));
      const m = holders[holders.length - 1];
      if (m) return { name: m.person.name, text: phrase, start: span.start, end: span.end };
    }
    // "Nordtek, the Finnish chipmaker": the name is what comes before the apposition
    // (or a relative clause set off: "The firms, which gave short answers …" are "The firms")
    // (or a participle's phrase: "A state official, speaking on condition of anonymity")
    const apposition = /^([^,]{2,}),\s+(?:the|a|an|who|which|whose|[a-z]+ing)\s/i.exec(phrase);
    // ("I’ve been saying", "They’re saying": the pronoun without the verb it carries)
    const contracted = /^(?:i|you|we|they|it|he|she)(?=['’](?:s|d|ll|ve|re|m)$)/i.exec(phrase);
    return { name: (contracted ? contracted[0] : apposition ? apposition[1]! : phrase).replace(/\s+/g, ' '), text: phrase, start: span.start, end: span.end };
  }

  private places: Map<Person, string[]> | undefined;
  /** Places the article gives a person with "of" after the name ("Senator Mark Ridley of Nebraska"), in lower case. */
  private placesOf(person: Person): string[] {
    this.places ??= new Map();
    let found = this.places.get(person);
    if (!found) {
      found = [];
      for (const m of person.mentions) {
        const of = /^\s+of\s+([A-Z][a-z]+(?:\s+[A-Z][a-z]+)?)/.exec(this.article.text.slice(m.end, m.end + 40));
        if (of) found.push(...of[1]!.toLowerCase().split(/\s+/));
      }
      this.places.set(person, found);
    }
    return found;
  }

  private holdersByRole: Map<string, Set<Person>> | undefined;
  /** Who holds each role the article gives, by the role in lower case (made once, when first asked). */
  private roleHolders(): Map<string, Set<Person>> {
    if (!this.holdersByRole) {
      this.holdersByRole = new Map();
      for (const person of this.byName.values()) {
        for (const r of person.roles) {
          const key = r.toLowerCase();
          const set = this.holdersByRole.get(key) ?? new Set<Person>();
          set.add(person);
          this.holdersByRole.set(key, set);
        }
      }
    }
    return this.holdersByRole;
  }

  /** Index of the first mention starting at or after `at` (mentions are ordered by start). */
  private firstAtOrAfter(at: number): number {
    return firstAtOrAfter(this.mentions, at);
  }

  /** Inside one of the quoted spans (in text order, not overlapping): binary search. */
  private isQuoted(at: number): boolean {
    let lo = 0;
    let hi = this.quoted.length - 1;
    while (lo <= hi) {
      const mid = (lo + hi) >> 1;
      const q = this.quoted[mid]!;
      if (at < q.start) hi = mid - 1;
      else if (at >= q.end) lo = mid + 1;
      else return true;
    }
    return false;
  }

  /**
   * What the article itself says: "Mr."/"Mrs." before a name, and the "he" or "she" that opens
   * the sentence after one whose subject the person is.
   */
  private learnGenders(): void {
    const { text, sentences } = this.article;
    const honorific = new Map<Person, number>();
    const votes = new Map<Person, number>();
    const owned = new Map<Person, number>();
    const add = (map: Map<Person, number>, p: Person, g: Gender): void => { map.set(p, (map.get(p) ?? 0) + (g === 'm' ? 1 : -1)); };
    for (const m of this.mentions) {
      const before = text.slice(Math.max(0, m.start - 5), m.start);
      if (/\bMr\.?\s$/.test(before)) add(honorific, m.person, 'm');
      else if (/\bM(?:rs|s)\.?\s$/.test(before)) add(honorific, m.person, 'f');
      else {
        const kin = KIN_BEFORE.exec(text.slice(Math.max(0, m.start - 16), m.start));
        if (kin) add(honorific, m.person, kin[1] ? 'm' : 'f');
      }
      // "Obama said he …", "Clinton added that she …": the pronoun is the speaker's own
      const own = SAID_PRONOUN.exec(text.slice(m.end, m.end + 40));
      if (own && !this.isQuoted(m.start)) {
        const g = own[1] === 'he' || own[1] === 'his' ? 'm' : 'f';
        add(votes, m.person, g);
        add(owned, m.person, g);
      }
    }
    for (let i = 1; i < sentences.length; i++) {
      const s = sentences[i]!;
      // (not inside a quotation: a quoted "She …" speaks of someone else than the speaker)
      const opener = /^(He|She|His|Her)\b/.exec(text.slice(s.start, s.start + 4));
      if (!opener || this.isQuoted(s.start)) continue;
      const prev = sentences[i - 1]!;
      let subject: PlacedMention | undefined;
      for (let k = this.firstAtOrAfter(prev.start); k < this.mentions.length && this.mentions[k]!.start < prev.end; k++) {
        const m = this.mentions[k]!;
        if (m.end <= prev.end && !this.isQuoted(m.start)) { subject = m; break; }
      }
      // only a name that opens its clause is the subject: not "When Clinton spoke, Trump stood
      // behind her. He …", nor "Clinton's staffers …"
      if (subject && opensClause(text.slice(prev.start, subject.start)) && !/^['’]s\b/.test(text.slice(subject.end, subject.end + 3))) add(votes, subject.person, /^(He|His)$/.test(opener[1]!) ? 'm' : 'f');
    }
    // Mr. and Mrs. first; then the given name's usual gender; the article's pronouns only
    // where the name says nothing (they often refer to someone else than the last subject).
    const people = new Set([...honorific.keys(), ...votes.keys()]);
    for (const p of people) {
      const h = honorific.get(p) ?? 0;
      const listed = this.listedGender(p);
      const v = votes.get(p) ?? 0;
      // (but "Nefzi said he …" and a "He" opening the sentence after another outweigh a list that
      // has "Adel" as a woman's name)
      const o = owned.get(p) ?? 0;
      const against = (listed === 'f' && o >= 1 && v >= 2) || (listed === 'm' && o <= -1 && v <= -2);
      const g = h !== 0 ? (h > 0 ? 'm' : 'f') : (listed === 'm' || listed === 'f') && !against ? listed : v !== 0 ? (v > 0 ? 'm' : 'f') : undefined;
      if (g) this.genders.set(p, g);
    }
    // a name both sexes bear but nearly all bearers of one ("Hillary", "Bernie"), where the
    // article itself said nothing
    for (const m of this.mentions) {
      if (this.genders.has(m.person) || this.listedGender(m.person) !== 'mf') continue;
      const mostly = mostlyGender(m.person.name.split(/\s+/)[0]!.toLowerCase());
      if (mostly) this.genders.set(m.person, mostly);
    }
  }

  private listedGender(person: Person): Gender | 'mf' | undefined {
    const parts = person.name.split(/\s+/);
    if (parts.length < 2) return undefined;
    const given = parts[0]!.toLowerCase();
    return usualGender(this.givenNames, given);
  }

  private genderOf(person: Person): Gender | 'mf' | undefined {
    return this.genders.get(person) ?? this.listedGender(person);
  }

  /**
   * "He" and "she" refer to the nearest earlier sentence's compatible person, taking the one
   * named first there (the subject, in news prose); people named inside quotations are skipped.
   */
  private antecedent(at: number, gender: Gender | null): Person | undefined {
    const sentences = this.article.sentences;
    let idx = sentenceIndexAt(this.article, at);
    if (idx < 0) idx = sentences.length - 1;
    let passed: Person | undefined;
    for (let hops = 0; idx >= 0 && hops < 8; idx--, hops++) {
      const s = sentences[idx]!;
      const limit = Math.min(s.end, at);
      const fits = (m: PlacedMention): boolean => { const g = this.genderOf(m.person); return gender === null || g === undefined || g === 'mf' || g === gender; };
      // a speaker quoted in that sentence outranks the people merely named there, except in
      // what they said, after someone else it names ("X described Clinton as … after she …")
      for (let i = firstAtOrAfter(this.noted, s.start); i < this.noted.length && this.noted[i]!.start <= limit; i++) {
        const n = this.noted[i]!;
        if (!fits(n)) continue;
        if (hops === 0 && at < n.end) {
          // (the 64 names nearest: a quotation full of names and pronouns must not make this quadratic)
          for (let k = Math.max(this.firstAtOrAfter(n.start), this.firstAtOrAfter(at) - 64); k < this.mentions.length && this.mentions[k]!.end <= at; k++) {
            const m = this.mentions[k]!;
            if (m.person !== n.person && fits(m) && !this.isQuoted(m.start)) return m.person;
          }
        }
        return n.person;
      }
      const compatible: PlacedMention[] = [];
      // (at most the 64 names before the pronoun: a sentence without end must not make this quadratic)
      for (let i = Math.max(this.firstAtOrAfter(s.start), this.firstAtOrAfter(limit + 1) - 64); i < this.mentions.length && this.mentions[i]!.start <= limit; i++) {
        const m = this.mentions[i]!;
        if (m.end > limit || this.isQuoted(m.start)) continue;
        if (fits(m)) compatible.push(m);
      }
      // "She has faced questions over her meeting with Bill Clinton. She said …": that "She"
      // is the one meant, not the people named after it; look where it points
      // (also after a conjunction: "And she doesn't think much of Clinton's advisers.")
      if (hops > 0 && gender !== null && (gender === 'm' ? /^(?:(?:And|But|So|Yet|Still)\s+he|He)\b/ : /^(?:(?:And|But|So|Yet|Still)\s+she|She)\b/).test(this.article.text.slice(s.start, s.start + 10)) && !this.isQuoted(s.start)) {
        if (compatible.length > 0) passed ??= compatible[0]!.person;
        continue;
      }
      // "Holt’s NBC colleague Matt Lauer faced criticism after he …": a possessive only qualifies
      // the person its phrase names
      // (so does a name before a role in the same phrase: "Obama consultant Cornell Belcher, …, picked up …")
      // "At Woods Hole she met Chukwuemeka Okafor …": a "she" before the first name there is
      // the one meant, and the name is what she did; look where that "she" points
      // (and when it points nowhere, the name is still the likeliest)
      // (the 200 characters before the name at most: a sentence without end must not make this quadratic)
      if (hops > 0 && gender !== null && compatible.length > 0 && (gender === 'm' ? /\b[Hh]e\b/ : /\b[Ss]he\b/).test(this.article.text.slice(Math.max(s.start, compatible[0]!.start - 200), compatible[0]!.start)) && !this.isQuoted(s.start)) {
        passed ??= compatible[0]!.person;
        continue;
      }
      if (compatible.length > 1 && compatible[1]!.start - compatible[0]!.end < 80 && qualifies(this.article.text.slice(compatible[0]!.end, compatible[1]!.start))) return compatible[1]!.person;
      if (compatible.length > 0) return compatible[0]!.person;
    }
    // eight sentences back and only names passed over: the article's subject, named most, is
    // likelier than they are (an obituary's "she" after "survived by a sister, Britt …")
    if (!passed || gender === null) return passed;
    const main = this.mostNamed(gender);
    return main && main.count > passed.count && main.mentions[0]!.start < at ? main : passed;
  }

  private named: Map<Gender, Person | null> | undefined;
  /** The person of that sex the article names most (three times at least), found once per sex. */
  private mostNamed(gender: Gender): Person | null {
    this.named ??= new Map();
    let main = this.named.get(gender);
    if (main === undefined) {
      main = null;
      for (const p of this.byName.values()) if (this.genderOf(p) === gender && p.count > (main?.count ?? 2)) main = p;
      this.named.set(gender, main);
    }
    return main;
  }
}
