// Turning a speaker phrase into a speaker: a person the article names (directly, through a
// pronoun, or through a role such as "the minister"), or the phrase as written.
import { sentenceAt, type Article, type Span } from './article.js';
import type { Person } from './people.js';
import type { GivenNames } from './lexicon/given-names.js';
import { ROLE_HEADS } from './lexicon/titles.js';

export interface Speaker extends Span { name: string; text: string }

interface PlacedMention extends Span { person: Person }

export class SpeakerResolver {
  private readonly mentions: PlacedMention[];
  /** Genders learned from the article itself: "Costa … she said" makes Costa female. */
  private readonly genders = new Map<Person, 'm' | 'f'>();

  constructor(private readonly article: Article, people: Person[], private readonly givenNames: GivenNames) {
    this.mentions = people.flatMap((p) => p.mentions.map((m) => ({ start: m.start, end: m.end, person: p })))
      .sort((a, b) => a.start - b.start);
  }

  resolve(span: Span): Speaker {
    const { text } = this.article;
    const phrase = text.slice(span.start, span.end);
    const inside = this.mentions.filter((m) => m.start >= span.start && m.end <= span.end);
    if (inside.length > 0) {
      const m = inside[0]!;
      return { name: m.person.name, text: text.slice(m.start, m.end), start: m.start, end: m.end };
    }
    const lower = phrase.toLowerCase();
    if (lower === 'he' || lower === 'she') {
      const gender = lower === 'he' ? 'm' : 'f';
      const person = this.antecedent(span.start, gender);
      if (person) {
        if (!this.genders.has(person)) this.genders.set(person, gender);
        return { name: person.name, text: phrase, start: span.start, end: span.end };
      }
    }
    const role = /^(?:the|our|their|his|her)\s+(?:[\p{L}.-]+\s+){0,3}?([\p{L}-]+)$/iu.exec(phrase);
    if (role && ROLE_HEADS.has(role[1]!.toLowerCase())) {
      const head = role[1]!.toLowerCase();
      const holders = this.mentions.filter((m) => m.start < span.start
        && m.person.roles.some((r) => r.toLowerCase().split(/[\s,]+/).includes(head)));
      const m = holders[holders.length - 1];
      if (m) return { name: m.person.name, text: phrase, start: span.start, end: span.end };
    }
    return { name: phrase.replace(/\s+/g, ' '), text: phrase, start: span.start, end: span.end };
  }

  private genderOf(person: Person): 'm' | 'f' | 'mf' | undefined {
    const known = this.genders.get(person);
    if (known) return known;
    const parts = person.name.split(/\s+/);
    return parts.length > 1 ? this.givenNames.get(parts[0]!.toLowerCase()) : undefined;
  }

  /**
   * "He" and "she" refer to the nearest earlier sentence's compatible person, taking the one
   * named first there (the subject, in news prose).
   */
  private antecedent(at: number, gender: 'm' | 'f'): Person | undefined {
    const sentences = this.article.sentences;
    const current = sentenceAt(this.article, at);
    let idx = current ? sentences.indexOf(current) : sentences.length - 1;
    for (let hops = 0; idx >= 0 && hops < 8; idx--, hops++) {
      const s = sentences[idx]!;
      const limit = Math.min(s.end, at);
      const compatible = this.mentions.filter((m) => m.start >= s.start && m.end <= limit).filter((m) => {
        const g = this.genderOf(m.person);
        return g === undefined || g === 'mf' || g === gender;
      });
      if (compatible.length > 0) return compatible[0]!.person;
    }
    return undefined;
  }
}
