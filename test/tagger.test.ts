// The person tagger's shortcuts give exactly what the plain definition gives: the word memo and
// integer sums against scoring all 27 features of every token, the lower-case-word filter
// against a set of every lower-case word.
import { describe, expect, it } from 'vitest';
import fc from 'fast-check';
import { parseArticle } from '../src/core/article.js';
import { nameTokens } from '../src/core/name-tokens.js';
import { featureKeys, featuresAt, FEATURES, mayBeName, tagTokens, type Tag } from '../src/core/person-tagger.js';
import { documentFacts } from '../src/core/tagger-facts.js';
import { GIVEN_NAMES, MODEL } from './helpers/model.js';

const words = fc.constantFrom('Maria', 'Costa', 'MARIA', 'COSTA', 'maria', 'said', 'the', 'The', 'He', 'he', 'U.S.', 'Dr.',
  'Mr.', 'de', 'Gaulle', 'De', 'al-Asad', 'Abbas', 'Araghchi', 'Iran', 'iPhone', 'Élodie', 'élan', 'Éric', 'Straße',
  'İstanbul', 'istanbul', 'Ölz', 'Jr.', 'H.W.', 'Bush', 'Fort', 'Bragg', 'President', 'president', 'minister', '“', '”',
  '’s', "'s", ',', '.', '—', '\n\n', '2024', 'Costa’s');
const newsy = fc.array(fc.oneof(words, fc.string({ maxLength: 5 })), { maxLength: 50 }).map((w) => w.join(' '));

/** Every token scored on all its features, in integer weights, with no memo. */
function plainTags(text: string): Tag[] {
  const tokens = nameTokens(parseArticle(text));
  const facts = documentFacts(tokens, GIVEN_NAMES);
  const keys = featureKeys();
  const tags: Tag[] = [];
  let prev: Tag = 'O';
  for (let i = 0; i < tokens.length; i++) {
    if (i > 0 && tokens[i - 1]!.sentence !== tokens[i]!.sentence) prev = 'O';
    let tag: Tag = 'O';
    if (mayBeName(tokens[i]!, prev)) {
      featuresAt(tokens, i, prev, facts, keys);
      const sums = new Int32Array(3);
      for (let k = 0; k < FEATURES; k++) MODEL.addPairInt(keys.a[k]!, keys.b[k]!, sums, 0);
      if (sums[1]! > sums[0]!) tag = 'B';
      if (prev !== 'O' && sums[2]! > Math.max(sums[0]!, sums[1]!)) tag = 'I';
    }
    tags.push(tag);
    prev = tag;
  }
  return tags;
}

const tagsOf = (text: string): Tag[] => {
  const tokens = nameTokens(parseArticle(text));
  return tagTokens(MODEL, tokens, documentFacts(tokens, GIVEN_NAMES));
};

describe('person tagger shortcuts', () => {
  it('the word memo gives the tags that scoring every feature gives, on first sight and on repeats', () => {
    fc.assert(fc.property(newsy, (text) => {
      const want = plainTags(text);
      expect(tagsOf(text)).toEqual(want);
      expect(tagsOf(text)).toEqual(want); // now from the memo
    }), { numRuns: 300 });
  });

  it('the lower-case-word filter answers as a set of every lower-case word would', () => {
    const lowerInitial = (w: string): boolean => w[0]!.toLowerCase() !== w[0]!.toUpperCase() && w[0] === w[0]!.toLowerCase();
    fc.assert(fc.property(newsy, (text) => {
      const tokens = nameTokens(parseArticle(text));
      const facts = documentFacts(tokens, GIVEN_NAMES);
      const all = new Set(tokens.map((t) => t.text).filter(lowerInitial));
      tokens.forEach((t, i) => {
        const lower = t.text.toLowerCase();
        expect(facts.lowercaseWords.has(lower, i)).toBe(all.has(lower));
      });
    }), { numRuns: 300 });
  });
});
