import { describe, expect, it } from 'vitest';
import { parseArticle, tokenize, sentenceAt } from '../src/core/article.js';

const sentencesOf = (text: string): string[] =>
  parseArticle(text).sentences.map((s) => text.slice(s.start, s.end));

// [input, expected sentences]
const TABLE: [string, string[]][] = [
  ['The U.S. left the base. Iran welcomed it.', ['The U.S. left the base.', 'Iran welcomed it.']],
  ['Troops left the U.S. Army base on Monday.', ['Troops left the U.S. Army base on Monday.']],
  ['Dr. Smith arrived. He spoke briefly.', ['Dr. Smith arrived.', 'He spoke briefly.']],
  ['Mr. Jones and Mrs. Jones left.', ['Mr. Jones and Mrs. Jones left.']],
  ['Ms. Park met Sen. Warren and Gov. Newsom.', ['Ms. Park met Sen. Warren and Gov. Newsom.']],
  ['It happened on Jan. 5 in Paris. Nobody saw it.', ['It happened on Jan. 5 in Paris.', 'Nobody saw it.']],
  ['W.E.B. Du Bois wrote books. They sold well.', ['W.E.B. Du Bois wrote books.', 'They sold well.']],
  ['George H.W. Bush spoke. Then he left.', ['George H.W. Bush spoke.', 'Then he left.']],
  ['J. K. Rowling wrote it.', ['J. K. Rowling wrote it.']],
  // initials in brackets end no sentence; a sentence closed inside brackets still ends
  ['Historian Alan John Percivale (A.J.P.) Taylor died. He was 84.', ['Historian Alan John Percivale (A.J.P.) Taylor died.', 'He was 84.']],
  ['He won (narrowly.) The vote was close.', ['He won (narrowly.)', 'The vote was close.']],
  ['Growth was 2.5 percent. Prices rose 3.1 percent.', ['Growth was 2.5 percent.', 'Prices rose 3.1 percent.']],
  ['He waited... and waited. Then he left.', ['He waited... and waited.', 'Then he left.']],
  ['He waited … and then left.', ['He waited … and then left.']],
  ['She said, “We are ready.” He added more.', ['She said, “We are ready.”', 'He added more.']],
  ['“We are working with Iraq.” He added that it helps.', ['“We are working with Iraq.”', 'He added that it helps.']],
  ['"Is it over?" she asked. Nobody answered.', ['"Is it over?" she asked.', 'Nobody answered.']],
  ['"Stop!" he shouted. They stopped.', ['"Stop!" he shouted.', 'They stopped.']],
  ['Is this true? Yes, it is.', ['Is this true?', 'Yes, it is.']],
  ['What a day! We won.', ['What a day!', 'We won.']],
  ['He works for Acme Inc. in Ohio.', ['He works for Acme Inc. in Ohio.']],
  ['He works for Acme Inc. The company grew.', ['He works for Acme Inc.', 'The company grew.']],
  ['The meeting starts at 9 a.m. and ends at noon.', ['The meeting starts at 9 a.m. and ends at noon.']],
  ['The meeting ended at 5 p.m. Then everyone left.', ['The meeting ended at 5 p.m.', 'Then everyone left.']],
  ['See No. 5 on the list. It is long.', ['See No. 5 on the list.', 'It is long.']],
  ['Martin Luther King Jr. spoke. The crowd cheered.', ['Martin Luther King Jr. spoke.', 'The crowd cheered.']],
  ['The vote (held Monday.) was close. Few voted.', ['The vote (held Monday.) was close.', 'Few voted.']],
  ['It cost $4.5 billion. Critics balked.', ['It cost $4.5 billion.', 'Critics balked.']],
  ['Visit example.com today. It is free.', ['Visit example.com today.', 'It is free.']],
  ['He said no.  Two spaces follow.', ['He said no.', 'Two spaces follow.']],
  ['Gen. Petraeus testified. Lt. Col. Vindman did too.', ['Gen. Petraeus testified.', 'Lt. Col. Vindman did too.']],
  ['They met in St. Louis. It rained.', ['They met in St. Louis.', 'It rained.']],
  ['The vote was 5-4. 2020 was different.', ['The vote was 5-4.', '2020 was different.']],
  ['“Costs are rising,” he said, “and wages are not.” Then he sat.', ['“Costs are rising,” he said, “and wages are not.”', 'Then he sat.']],
  ['No terminator at the end', ['No terminator at the end']],
  ['He left the U.K. last year.', ['He left the U.K. last year.']],
  ['Officials met in the U.S. Officials later left.', ['Officials met in the U.S.', 'Officials later left.']],
  // a dash after a period goes on: a dateline, not a sentence of its own
  ['SPRINGFIELD, Ill. — Two people were hurt. Police said so.', ['SPRINGFIELD, Ill. — Two people were hurt.', 'Police said so.']],
];

describe('sentence splitting', () => {
  it.each(TABLE)('%s', (input, expected) => {
    expect(sentencesOf(input)).toEqual(expected);
  });
});

describe('paragraphs', () => {
  it('a line break starts a paragraph; blank lines and CRLF are handled', () => {
    const text = 'One. Two.\r\n\r\n  Three.\n\n\nFour.\r\n';
    const a = parseArticle(text);
    expect(a.paragraphs.map((p) => text.slice(p.start, p.end))).toEqual(['One. Two.', 'Three.', 'Four.']);
    expect(a.paragraphs.map((p) => p.sentences.length)).toEqual([2, 1, 1]);
    expect(a.sentences.map((s) => [s.paragraph, s.n])).toEqual([[1, 1], [1, 2], [2, 1], [3, 1]]);
  });

  it('empty and blank text has no paragraphs', () => {
    expect(parseArticle('').paragraphs).toEqual([]);
    expect(parseArticle(' \n\t\n').paragraphs).toEqual([]);
  });
});

describe('tokens', () => {
  it('words keep inner apostrophes, hyphens and periods, with offsets', () => {
    const text = 'Iraq’s al-Asad base, the U.S. and 2.5 percent.';
    const tokens = tokenize(text);
    expect(tokens.map((t) => t.text)).toEqual(['Iraq’s', 'al-Asad', 'base', 'the', 'U.S', 'and', '2.5', 'percent']);
    for (const t of tokens) expect(text.slice(t.start, t.end)).toBe(t.text);
  });

  it('sentenceAt finds the sentence holding an offset', () => {
    const text = 'One two. Three four.\nFive.';
    const a = parseArticle(text);
    expect(sentenceAt(a, text.indexOf('four'))).toMatchObject({ paragraph: 1, n: 2 });
    expect(sentenceAt(a, text.indexOf('Five'))).toMatchObject({ paragraph: 2, n: 1 });
  });
});
