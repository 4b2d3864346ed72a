import { describe, expect, it } from 'vitest';
import { ARTICLE, ESC, jsonLines, run, runInTerminal, stripAnsi, tempFile } from './helpers/cli.js';

describe('people from the CLI', () => {
  it('plain: name<TAB>count<TAB>roles, in order of appearance', () => {
    const r = run(['people']);
    expect(r.status).toBe(0);
    expect(r.stdout).toBe([
      'Abbas Araghchi\t4\tIranian Foreign Minister',
      'Fuad Hussein\t2\tIraqi Foreign Minister',
      'Masoud Pezeshkian\t1\tPresident',
      'Mohammad Baqer Qalibaf\t1\tSpeaker',
      'Ali Larijani\t1\tSecurity Council Secretary',
      '',
    ].join('\n'));
  });

  it('--sort mentions and --sort name', () => {
    expect(run(['people', '--sort', 'mentions']).stdout.split('\n')[1]).toMatch(/^Fuad Hussein\t2/);
    expect(run(['people', '--sort', 'name']).stdout.split('\n')[0]).toMatch(/^Abbas Araghchi/);
    expect(run(['people', '--sort', 'height']).status).toBe(2);
  });

  it('--json: mentions slice to their text, with paragraph and sentence', () => {
    const [doc] = jsonLines(run(['people', '--json']).stdout);
    expect(doc.source).toBe('bundled');
    expect(doc.people.map((p: any) => p.name)).toEqual(['Abbas Araghchi', 'Fuad Hussein', 'Masoud Pezeshkian', 'Mohammad Baqer Qalibaf', 'Ali Larijani']);
    for (const p of doc.people) {
      expect(p.count).toBe(p.mentions.length);
      for (const m of p.mentions) {
        expect(ARTICLE.slice(m.start, m.end)).toBe(m.text);
        expect(m.paragraph).toBeGreaterThan(0);
        expect(m.sentence).toBeGreaterThan(0);
      }
    }
  });

  it('terminal: names in bold with counts and paragraphs', () => {
    const r = runInTerminal(['people'], 80);
    expect(r.stdout).toContain(`${ESC}[1mAbbas Araghchi`);
    expect(stripAnsi(r.stdout)).toMatch(/Abbas Araghchi\s+4×\s+█▄▄·\s+¶1,2,3/);
  });

  it('terminal: a mention timeline, one cell per paragraph, taller for more mentions', () => {
    const lines = stripAnsi(runInTerminal(['people'], 100).stdout).split('\n');
    const strip = (name: string) => /×\s+(\S+)\s+¶/.exec(lines.find((l) => l.startsWith(name))!)![1];
    expect(strip('Abbas Araghchi')).toBe('█▄▄·');
    expect(strip('Fuad Hussein')).toBe('▄▄··');
    expect(strip('Ali Larijani')).toBe('·▄··');
  });

  it('one JSON line per input, in order', () => {
    const a = tempFile('Maria Costa met Omar Haddad in Porto.\n', 'a.txt');
    const docs = jsonLines(run(['people', '--json', a, '-'], { input: 'Nobody here.' }).stdout);
    expect(docs.map((d) => [d.source, d.people.length])).toEqual([[a, 2], ['-', 0]]);
  });
});

describe('quotes from the CLI', () => {
  it('plain: speaker<TAB>kind<TAB>text', () => {
    const lines = run(['quotes']).stdout.trimEnd().split('\n');
    expect(lines).toContain('Abbas Araghchi\tdirect\tWe are working to reach a shared security cooperation agreement with Iraq.');
    expect(lines).toContain('Analysts\tindirect\tthe U.S. presence in Iraq has long been a contentious issue');
    for (const l of lines) expect(l.split('\t')).toHaveLength(3);
  });

  it('--kind filters; a bad kind is exit 2', () => {
    expect(run(['quotes', '--kind', 'direct']).stdout.trimEnd().split('\n')).toHaveLength(1);
    const both = run(['quotes', '--kind', 'direct,indirect']).stdout.trimEnd().split('\n');
    expect(both.length).toBeGreaterThan(5);
    const bad = run(['quotes', '--kind', 'rumour']);
    expect([bad.status, bad.stdout]).toEqual([2, '']);
    expect(bad.stderr).toMatch(/^article: .*rumour.*\n$/);
  });

  it('--by matches any part of the name, case-blind', () => {
    const lines = run(['quotes', '--by', 'ARAGHCHI']).stdout.trimEnd().split('\n');
    expect(lines.length).toBeGreaterThan(4);
    for (const l of lines) expect(l.startsWith('Abbas Araghchi\t')).toBe(true);
  });

  it('--json: text, speaker and cue with offsets that slice', () => {
    const [doc] = jsonLines(run(['quotes', '--json']).stdout);
    const direct = doc.quotes.filter((q: any) => q.kind === 'direct');
    expect(direct).toHaveLength(1);
    expect(direct[0].speaker.name).toBe('Abbas Araghchi');
    expect(direct[0].cue).toBe('said');
    for (const q of doc.quotes) {
      expect(ARTICLE.slice(q.start, q.end)).toBe(q.text);
      if (q.speaker) expect(ARTICLE.slice(q.speaker.start, q.speaker.end)).toBe(q.speaker.text);
      expect(['direct', 'indirect', 'mixed']).toContain(q.kind);
    }
  });

  it('--group puts each speaker’s quotes together, speakers in order of first quote', () => {
    const speakers = run(['quotes', '--group']).stdout.trimEnd().split('\n').map((l) => l.split('\t')[0]);
    const firstSeen = [...new Set(speakers)];
    const regrouped = firstSeen.flatMap((s) => speakers.filter((x) => x === s));
    expect(speakers).toEqual(regrouped);
    const term = stripAnsi(runInTerminal(['quotes', '--group'], 100).stdout);
    expect(term).toMatch(/^Abbas Araghchi, Iranian Foreign Minister · \d+$/m);
  });

  it('terminal: the quote in marks, then a dim attribution with role and paragraph', () => {
    const r = runInTerminal(['quotes', '--kind', 'direct'], 80);
    const plain = stripAnsi(r.stdout);
    expect(plain).toContain('“We are working to reach');
    expect(plain).toMatch(/— Abbas Araghchi, Iranian Foreign Minister · ¶2/);
    expect(r.stdout).toContain(`${ESC}[2m`);
  });
});
