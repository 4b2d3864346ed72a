import { describe, expect, it } from 'vitest';
import fc from 'fast-check';
import { displayWidth, wrapText } from '../src/render/wrap.js';

const strip = (s: string): string => s.replace(/\u001b\[[0-9;]*m/g, '');

describe('wrapText', () => {
  it('breaks at spaces, lines at most the width, trimmed', () => {
    expect(wrapText('the quick brown fox jumps over the lazy dog', 10, true)).toBe('the quick\nbrown fox\njumps over\nthe lazy\ndog');
  });
  it('colour codes take no columns and are kept', () => {
    const red = '\u001b[31mred\u001b[39m';
    const out = wrapText(`a ${red} word here`, 6, true);
    expect(strip(out)).toBe('a red\nword\nhere');
    expect(out).toContain(red);
  });
  it('wide characters take two columns; marks none', () => {
    expect(displayWidth('日本語')).toBe(6);
    expect(displayWidth('e\u0301')).toBe(1);
    expect(wrapText('日本語 日本語', 7, true)).toBe('日本語\n日本語');
  });
  it('hard breaks long words; soft wrapping keeps them whole', () => {
    expect(wrapText('abcdefghij', 4, true)).toBe('abcd\nefgh\nij');
    expect(wrapText('abcdefghij xy', 4, false)).toBe('abcdefghij\nxy');
  });
  it('keeps every word and never exceeds the width (property)', () => {
    fc.assert(fc.property(fc.array(fc.stringMatching(/^[a-zé日]{1,8}$/), { maxLength: 40 }), fc.integer({ min: 16, max: 60 }), (words, width) => {
      const out = wrapText(words.join(' '), width, true);
      expect(out.split(/\s+/).filter(Boolean)).toEqual(words);
      for (const line of out.split('\n')) expect(displayWidth(line)).toBeLessThanOrEqual(width);
    }), { numRuns: 300 });
  });
});
