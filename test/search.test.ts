import { describe, expect, it } from 'vitest';
import { compileQuery, findMatches, haystackFor, placeMatches, PatternError, TooSlowError } from '../src/core/search.js';
import { contextGroups } from '../src/core/context-groups.js';
import { parseArticle } from '../src/core/article.js';
import { foldAccents, foldTypography } from '../src/core/text.js';

const find = (text: string, patterns: string[], opts = {}) => {
  const q = compileQuery(patterns, opts);
  return findMatches(haystackFor(text, q), q).map((s) => text.slice(s.start, s.end));
};

describe('folding', () => {
  it('typographic folding is length-preserving', () => {
    const s = '“Iraq’s” — a–b\u00A0c ‘x’ 5′ 6″ −3';
    const folded = foldTypography(s);
    expect(folded).toBe('"Iraq\'s" - a-b c \'x\' 5\' 6" -3');
    expect(folded.length).toBe(s.length);
  });

  it('accent folding is length-preserving and keeps letters without an ASCII base', () => {
    expect(foldAccents('São Paulo, Erdoğan, Łódź, Øresund, Straße')).toBe('Sao Paulo, Erdogan, Lodz, Oresund, Straße');
  });
});

describe('compileQuery and findMatches', () => {
  const text = 'Iraq’s role. “We are working,” he said. São Paulo voted. Iranian and Iran differ.';
  it('straight quotes and apostrophes find curly ones', () => {
    expect(find(text, ["Iraq's"])).toEqual(['Iraq’s']);
    expect(find(text, ['"We are'])).toEqual(['“We are']);
  });
  it('accent-blind unless the pattern has accents', () => {
    expect(find(text, ['sao paulo'])).toEqual(['São Paulo']);
    expect(find(text, ['São'])).toEqual(['São']);
    expect(find('Sao Paulo', ['São'])).toEqual([]);
  });
  it('smart case, forced either way', () => {
    expect(find('Iran iran', ['iran'])).toEqual(['Iran', 'iran']);
    expect(find('Iran iran', ['Iran'])).toEqual(['Iran']);
    expect(find('Iran iran', ['Iran'], { caseMode: 'insensitive' })).toEqual(['Iran', 'iran']);
    expect(find('Iran iran', ['iran'], { caseMode: 'sensitive' })).toEqual(['iran']);
    expect(find('A\\S', ['\\S+'])).toEqual(['A\\S']); // an escape is not an uppercase letter
  });
  it('whole words, fixed strings, several patterns, spaces match any white space', () => {
    expect(find(text, ['Iran'], { word: true })).toEqual(['Iran']);
    expect(find('the U.S. and USA', ['U.S.'], { fixed: true })).toEqual(['U.S.']);
    expect(find('a+b a', ['a+b'], { fixed: true })).toEqual(['a+b']);
    expect(find('Tehran and Baghdad', ['Tehran', 'Baghdad'])).toEqual(['Tehran', 'Baghdad']);
    expect(find('security\t  cooperation', ['security cooperation'])).toEqual(['security\t  cooperation']);
  });
  it('empty matches are skipped; matches never cross a line break', () => {
    expect(find('abc', ['x*'])).toEqual([]);
    expect(find('one\ntwo', ['one\\stwo'])).toEqual([]);
  });
  it('an invalid pattern is a PatternError with the engine reason', () => {
    expect(() => compileQuery(['('])).toThrow(PatternError);
    expect(() => compileQuery(['('])).toThrow(/Unterminated group/);
  });
  it('a catastrophic pattern stops with TooSlowError', () => {
    const q = compileQuery(['(a+)+$']);
    const started = Date.now();
    expect(() => findMatches('a'.repeat(40000) + 'b', q, Infinity, 300)).toThrow(TooSlowError);
    expect(Date.now() - started).toBeLessThan(3000);
  });
});

describe('placing matches', () => {
  const text = 'One alpha. Two beta. Three alpha.\nFour. Five alpha.';
  const article = parseArticle(text);
  const q = compileQuery(['alpha']);
  const matches = placeMatches(article, findMatches(haystackFor(text, q), q), 1, 0);
  it('each match has its sentence and a context span that slices to its text', () => {
    expect(matches.map((m) => [m.paragraph, m.sentence])).toEqual([[1, 1], [1, 3], [2, 2]]);
    for (const m of matches) expect(text.slice(m.context.start, m.context.end)).toBe(m.context.text);
    expect(matches[1]!.context.text).toBe('Two beta. Three alpha.');
  });
  it('context groups merge touching ranges like grep', () => {
    const groups = contextGroups(matches, article.sentences.length, 1, 0);
    expect(groups.map((g) => g.map((l) => `${l.index}${l.isMatch ? '*' : ''}`))).toEqual([['0*', '1', '2*', '3', '4*']]);
    const tight = contextGroups(matches, article.sentences.length, 0, 0);
    expect(tight.map((g) => g.map((l) => l.index))).toEqual([[0], [2], [4]]);
  });
});

describe('counting on UTF-8 bytes', () => {
  it('gives the same count as the decoded, folded text for plain ASCII words', async () => {
    const { countInUtf8 } = await import('../src/core/search.js');
    const text = 'Sécurité and SECURITY\u00a0talks; ſecurity, “security” — security\u2003talks. Señor Núñez.\n';
    for (const pattern of ['security', 'security talks', 'senor nunez', 'talks']) {
      const q = compileQuery([pattern]);
      expect(q.bytewise).toBe(true);
      const decoded = findMatches(haystackFor(text, q), q).length;
      expect(countInUtf8(Buffer.from(text, 'utf8'), q)).toBe(decoded);
      expect(decoded).toBeGreaterThan(0);
    }
    expect(compileQuery(["Iraq's"]).bytewise).toBe(false);
    expect(compileQuery(['sec.rity']).bytewise).toBe(false);
    expect(compileQuery(['security'], { word: true }).bytewise).toBe(false);
  });
});
