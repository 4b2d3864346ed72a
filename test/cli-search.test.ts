import { describe, expect, it } from 'vitest';
import { ARTICLE, ESC, jsonLines, run, runInTerminal, stripAnsi, tempFile } from './helpers/cli.js';

describe('search on the bundled article', () => {
  it.each([
    [['-c', '-i', 'security'], '13'],
    [['-c', 'Security'], '1'],
    [['-c', '-w', 'Iran'], '4'],
    [['-w', 'Iran', '-c'], '4'],
    [['-c', '-F', 'U.S.'], '2'],
  ])('search %j counts %s', (args, expected) => {
    const r = run(['search', ...args]);
    expect([r.status, r.stdout, r.stderr]).toEqual([0, `${expected}\n`, '']);
  });

  it('-o -w -e Tehran -e Baghdad: 3 Tehran and 1 Baghdad', () => {
    const lines = run(['search', '-o', '-w', '-e', 'Tehran', '-e', 'Baghdad']).stdout.trimEnd().split('\n');
    expect(lines.sort()).toEqual(['Baghdad', 'Tehran', 'Tehran', 'Tehran']);
  });

  it("Iraq's finds the curly apostrophe; straight quotes find curly ones", () => {
    expect(run(['search', "Iraq's"]).stdout).toBe('Its reduction highlights Iraq’s growing autonomy.\n');
    expect(run(['search', '"We are working']).stdout).toBe('Araghchi said, “We are working to reach a shared security cooperation agreement with Iraq.”\n');
  });

  it('-C 1 -n shows one sentence of context each side, grep-style prefixes', () => {
    expect(run(['search', '-n', '-C', '1', 'contentious']).stdout).toBe(
      '3-2-Iraq is playing an increasingly central role in maintaining security.\n'
      + '3:3:Analysts note the U.S. presence in Iraq has long been a contentious issue.\n'
      + '3-4-Its reduction highlights Iraq’s growing autonomy.\n');
  });

  it('groups of context are separated by --', () => {
    const out = run(['search', '-A', '0', '-B', '1', '-w', 'Experts|officials']).stdout;
    expect(out.split('\n').filter((l) => l === '--')).toHaveLength(1);
  });

  it('-q prints nothing and exits 0 or 1', () => {
    expect(run(['search', '-q', 'Larijani'])).toMatchObject({ status: 0, stdout: '' });
    expect(run(['search', '-q', 'Zelensky'])).toMatchObject({ status: 1, stdout: '' });
  });

  it('nothing found: exit 1, no output', () => {
    expect(run(['search', 'Zelensky'])).toEqual({ status: 1, stdout: '', stderr: '' });
  });

  it('-m stops after n matches', () => {
    expect(run(['search', '-c', '-m', '2', 'security']).stdout).toBe('2\n');
  });

  it('--json: offsets slice to the match, context to its text', () => {
    const [doc] = jsonLines(run(['search', '--json', 'security']).stdout);
    expect(doc).toMatchObject({ source: 'bundled', pattern: 'security', count: 13 });
    expect(doc.matches).toHaveLength(13);
    for (const m of doc.matches) {
      expect(ARTICLE.slice(m.start, m.end)).toBe(m.text);
      expect(ARTICLE.slice(m.context.start, m.context.end)).toBe(m.context.text);
      expect(m.context.text).toContain(m.text);
      expect(m.paragraph).toBeGreaterThan(0);
      expect(m.sentence).toBeGreaterThan(0);
    }
  });
});

describe('search over several inputs', () => {
  const a = tempFile('São Paulo is big. Lisbon is not.\n', 'a.txt');
  const b = tempFile('Nothing to see here.\n', 'b.txt');
  it('-l lists matching inputs; file: prefixes; accent-blind', () => {
    expect(run(['search', '-l', 'sao paulo', a, b]).stdout).toBe(`${a}\n`);
    expect(run(['search', 'sao paulo', a, b]).stdout).toBe(`${a}:São Paulo is big.\n`);
    expect(run(['search', '-c', '-w', 'is', a, b]).stdout).toBe(`${a}:2\n${b}:0\n`);
  });
  it('an unreadable input is reported, the others still searched, exit 2', () => {
    const r = run(['search', 'big', 'missing.txt', a]);
    expect(r.status).toBe(2);
    expect(r.stdout).toBe(`${a}:São Paulo is big.\n`);
    expect(r.stderr).toBe('article: missing.txt: no such file\n');
  });
  it('--json gives one object per input, in order', () => {
    const docs = jsonLines(run(['search', '--json', '-w', 'is', a, b]).stdout);
    expect(docs.map((d) => [d.source, d.count])).toEqual([[a, 2], [b, 0]]);
  });
});

describe('search errors', () => {
  it('an invalid regex: exit 2 with the reason on one line', () => {
    const r = run(['search', '(']);
    expect([r.status, r.stdout]).toEqual([2, '']);
    expect(r.stderr).toMatch(/^article: invalid pattern "\(": Unterminated group\n$/);
  });
  it('a pathological regex stops within 5 s with exit 2', () => {
    const file = tempFile('a'.repeat(40000) + '\n');
    const started = Date.now();
    const r = run(['search', '(a+)+$', file]);
    expect(Date.now() - started).toBeLessThan(5000);
    expect(r.status).toBe(2);
    expect(r.stderr).toMatch(/^article: .*pattern too slow.*\n$/);
  });
  it('no pattern: exit 2', () => {
    expect(run(['search']).status).toBe(2);
  });
});

describe('search in a terminal', () => {
  it('shows the location and highlights the match', () => {
    const r = runInTerminal(['search', 'contentious'], 60);
    expect(r.stdout).toContain(`${ESC}[`);
    const plain = stripAnsi(r.stdout);
    expect(plain).toContain('¶3·3');
    expect(plain).toContain('contentious');
  });
});

describe('search on a large file', () => {
  it('-c, -l and -q read it in pieces and agree with the whole-file count', () => {
    const line = 'Security talks went on. “Security” was the word: security, SECURITY, sécurité.\n';
    const file = tempFile(line.repeat(Math.ceil(17_000_000 / Buffer.byteLength(line))), 'large.txt');
    const counted = run(['search', '-c', 'security', file]);
    expect(counted.status).toBe(0);
    const [doc] = jsonLines(run(['search', '--json', 'security', file]).stdout);
    expect(Number(counted.stdout.trim())).toBe(doc.count);
    expect(run(['search', '-l', 'security', file]).stdout).toBe(`${file}\n`);
    expect(run(['search', '-q', 'nowhere-to-be-found', file]).status).toBe(1);
    expect(run(['search', '-c', '-m', '5', 'security', file]).stdout).toBe('5\n');
  });

  it('read in pieces, a file with bytes that are not UTF-8 or with only whitespace is still an error', () => {
    const line = 'Security talks went on.\n';
    const lines = Math.ceil(17_000_000 / line.length);
    const body = Buffer.from(line.repeat(lines));
    const bad = tempFile(Buffer.concat([body, Buffer.from([0x41, 0xe9, 0x0a])]), 'latin1.txt');
    expect(run(['search', '-c', 'security', bad])).toEqual({
      status: 2, stdout: '',
      stderr: `article: ${bad}: not UTF-8 text (invalid byte 0xE9 at offset ${body.length + 1}); convert it first, e.g. iconv -f latin1 -t utf-8\n`,
    });
    const blank = tempFile(' \n'.repeat(8_500_000), 'blank.txt');
    expect(run(['search', '-c', 'security', blank])).toEqual({ status: 2, stdout: '', stderr: `article: ${blank}: only whitespace, no article to read\n` });
  });
});
