// Invariants over arbitrary text (fast-check): nothing lost, every span points at its text.
import { describe, expect, it } from 'vitest';
import fc from 'fast-check';
import { parseArticle } from '../src/core/article.js';
import { renderPrintPlain } from '../src/render/plain.js';
import { compileQuery, findMatches, haystackFor } from '../src/core/search.js';
import { findPeople } from '../src/core/people.js';
import { findQuotes } from '../src/core/quotes.js';
import { foldAccents, foldTypography, sanitizeForTerminal } from '../src/core/text.js';
import { jsonLine } from '../src/render/json.js';
import { firstInvalidUtf8 } from '../src/io/input.js';
import { isUtf8 } from 'node:buffer';
import { GIVEN_NAMES, MODEL } from './helpers/model.js';
import { run } from './helpers/cli.js';

// A fixed seed keeps CI deterministic; FC_SEED=<n> npm test explores other inputs (and a
// failure prints the seed and the shrunk counterexample to reproduce it).
fc.configureGlobal({ seed: Number(process.env.FC_SEED ?? 20261128) });

// The words a reader sees: control characters are shown (as ␛, ␋ …), so they belong to words;
// only blanks separate words, and the CR of a line ending (blanks may follow it) is not content.
const BLANKS = /[\t\n \u00a0\u1680\u2000-\u200a\u2028\u2029\u202f\u205f\u3000\ufeff]+/;
const visibleWords = (text: string): string[] =>
  sanitizeForTerminal(text.replace(/\r+(?=[\t ]*(?:\n|$))/g, '').replace(/(^|\n)[\t \r]+/g, '$1')).split(BLANKS).filter(Boolean);
const outputWords = (out: string): string[] => out.split(BLANKS).filter(Boolean);

// Text that looks like news: names, quotes, abbreviations, line breaks, controls and all.
const newsy = fc.array(fc.oneof(
  fc.constantFrom('Maria', 'Costa', 'said', 'that', 'the', 'U.S.', 'Dr.', 'Mr.', 'He', 'she', 'told', 'reporters',
    '“', '”', '"', "''", '‘', '’', ',', '.', '?', '!', ':', ';', '—', '...', '2.5', 'al-Asad', 'de', 'Gaulle',
    'According', 'to', 'Analysts', 'say', 'São', 'Paulo', 'Jr.', 'H.W.', 'Bush', '\n', '\n\n', '\r\n', ' ', '  ',
    '\t', '\u00a0', '\u001b[2J', '\u0007', '\u202e', '\u0085', '\u007f'),
  fc.string({ maxLength: 6 }),
), { maxLength: 60 }).map((parts) => parts.join(' '));
const anyText = fc.oneof(newsy, fc.string({ maxLength: 200 }), fc.string({ unit: 'binary', maxLength: 120 }));

describe('text model', () => {
  it('never throws; paragraphs and sentences are ordered, inside the text and non-blank', () => {
    fc.assert(fc.property(anyText, (text) => {
      const a = parseArticle(text);
      let last = 0;
      for (const s of a.sentences) {
        expect(s.start).toBeGreaterThanOrEqual(last);
        expect(s.end).toBeLessThanOrEqual(text.length);
        expect(text.slice(s.start, s.end).trim()).not.toBe('');
        last = s.end;
      }
    }), { numRuns: 500 });
  });
});

describe('print keeps every word', () => {
  it('plain print: the words equal the words of the input (control characters made visible)', () => {
    fc.assert(fc.property(anyText, (text) => {
      const out = renderPrintPlain(parseArticle(text), { width: 0, wrap: null }, {});
      expect(outputWords(out)).toEqual(visibleWords(text));
      expect(out).not.toMatch(/[\u0000-\u0008\u000b-\u001f\u007f-\u009f\u202a-\u202e\u2066-\u2069]/);
    }), { numRuns: 500 });
  });

  it('the CLI agrees on a few arbitrary texts', () => {
    fc.assert(fc.property(newsy, (text) => {
      fc.pre(text.trim() !== ''); // blank input is an error (hardening.test.ts)
      const r = run(['print', '-'], { input: text });
      expect(r.status).toBe(0);
      expect(outputWords(r.stdout)).toEqual(visibleWords(text));
    }), { numRuns: 15 });
  });
});

describe('search -F', () => {
  it('any substring is found at its first folded occurrence, and the match slices back to it', () => {
    fc.assert(fc.property(anyText, fc.nat(), fc.integer({ min: 1, max: 12 }), (text, at, len) => {
      if (text.length === 0) return;
      const start = at % text.length;
      const sub = text.slice(start, start + len);
      if (/\s/.test(sub) || sub.length === 0) return;
      // a substring that cuts a surrogate pair in half is not text anyone can type
      if (/^[\udc00-\udfff]|[\ud800-\udbff]$/.test(sub)) return;
      const q = compileQuery([sub], { fixed: true, caseMode: 'sensitive' });
      const hay = haystackFor(text, q);
      const needle = q.foldAccents ? foldAccents(foldTypography(sub)) : foldTypography(sub);
      const first = hay.indexOf(needle);
      const [m] = findMatches(hay, q, 1);
      expect(m).toEqual({ start: first, end: first + needle.length });
      expect(hay.slice(m!.start, m!.end)).toBe(needle);
    }), { numRuns: 500 });
  });
});

describe('UTF-8 checking', () => {
  it('finds an invalid byte exactly when Node does not call the bytes UTF-8, and nothing before it is wrong', () => {
    // lead bytes and continuation bytes at the edges of UTF-8's ranges, so overlong forms,
    // surrogates, code points past U+10FFFF and cut sequences all turn up, next to good text
    const lead = fc.constantFrom(0x41, 0x80, 0xbf, 0xc0, 0xc1, 0xc2, 0xdf, 0xe0, 0xed, 0xee, 0xef, 0xf0, 0xf4, 0xf5, 0xf7, 0xff);
    const cont = fc.constantFrom(0x80, 0x8f, 0x90, 0x9f, 0xa0, 0xbf, 0x41);
    const sequence = fc.tuple(lead, fc.array(cont, { maxLength: 3 })).map(([l, c]) => [l, ...c]);
    const chars = fc.string({ unit: 'binary', maxLength: 6 }).map((s) => [...Buffer.from(s, 'utf8')]);
    const bytes = fc.array(fc.oneof(sequence, chars), { maxLength: 8 }).map((parts) => Uint8Array.from(parts.flat()));
    fc.assert(fc.property(bytes, (b) => {
      const at = firstInvalidUtf8(b);
      expect(at === -1).toBe(isUtf8(b));
      if (at >= 0) expect(isUtf8(b.subarray(0, at))).toBe(true);
    }), { numRuns: 3000 });
  });
});

describe('search -c on raw bytes', () => {
  it('counts what the decoded, folded text holds, for any plain ASCII pattern', async () => {
    const { countInUtf8 } = await import('../src/core/search.js');
    // (the letters next to A-Z and a-z in ASCII, @ [ ` {, sit at the edges of the four-bytes-at-a-time lowering)
    const accented = fc.array(fc.constantFrom('said', 'Said', 'SAÏD', 'saïd', 'ſaid', 'a', 'é', 'É', ' ', '\u00a0', '\u2003', '“', '’', '—', 'x', '\n', 'ñ', 'Ø', 'ǅ', '†', 'à', '\u2028', '\ufeff', 'K', '@', '[', '`', '{', 'Z', 'SAIDSAID'), { maxLength: 40 }).map((p) => p.join(''));
    // a piece may start anywhere in its buffer: `skew` bytes of another line come before it
    fc.assert(fc.property(accented, fc.constantFrom('said', 'SAID', 'a', 'x a', 'said a', 'e', 'o', ' a', 'k', '1', 'z', 'saidsaid', 'Z'), fc.nat(3), (text, pattern, skew) => {
      const q = compileQuery([pattern]);
      const bytes = Buffer.from('Zz@'.slice(0, skew) + text, 'utf8').subarray(skew);
      expect(countInUtf8(bytes, q)).toBe(findMatches(haystackFor(text, q), q).length);
    }), { numRuns: 1500 });
  });
});

describe('people and quotes spans', () => {
  it('point at their text, stay in range and never overlap', () => {
    fc.assert(fc.property(newsy, (text) => {
      const article = parseArticle(text);
      const people = findPeople(article, MODEL, GIVEN_NAMES);
      const mentions = people.flatMap((p) => p.mentions).sort((a, b) => a.start - b.start);
      mentions.forEach((m, i) => {
        expect(text.slice(m.start, m.end)).toBe(m.text);
        if (i > 0) expect(m.start).toBeGreaterThanOrEqual(mentions[i - 1]!.end);
      });
      const quotes = findQuotes({ article, people, givenNames: GIVEN_NAMES });
      quotes.forEach((q, i) => {
        expect(q.start).toBeGreaterThanOrEqual(0);
        expect(q.end).toBeLessThanOrEqual(text.length);
        expect(text.slice(q.start, q.end)).toBe(q.text);
        if (q.speaker) expect(text.slice(q.speaker.start, q.speaker.end)).toBe(q.speaker.text);
        if (i > 0) expect(q.start).toBeGreaterThanOrEqual(quotes[i - 1]!.end);
      });
    }), { numRuns: 300 });
  });
});

describe('JSON lines', () => {
  it('every line parses back to the value and holds no raw control or bidi character', () => {
    fc.assert(fc.property(fc.string({ unit: 'binary', maxLength: 80 }), (s) => {
      const line = jsonLine({ source: s, text: s });
      expect(line.endsWith('\n')).toBe(true);
      expect(line.slice(0, -1)).not.toContain('\n');
      expect(JSON.parse(line)).toEqual({ source: s, text: s });
      expect(line.slice(0, -1)).not.toMatch(/[\u0000-\u001f\u007f-\u009f\u2028\u2029\u202a-\u202e\u2066-\u2069]/);
    }), { numRuns: 500 });
  });
});
