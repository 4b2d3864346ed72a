import { describe, expect, it } from 'vitest';
import { ARTICLE, ESC, expectOneLineError, jsonLines, run, runInTerminal, stripAnsi, tempDir, tempFile, words } from './helpers/cli.js';
import { spawnSync } from 'node:child_process';
import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import { BIN } from './helpers/cli.js';

describe('print, piped', () => {
  it('prints every word of the bundled article, one paragraph per line, no escapes', () => {
    const r = run(['print']);
    expect(r.status).toBe(0);
    expect(r.stderr).toBe('');
    expect(r.stdout).not.toContain(ESC);
    expect(words(r.stdout)).toEqual(words(ARTICLE));
    expect(r.stdout.trimEnd().split('\n')).toHaveLength(4);
  });

  it('--numbered prefixes paragraph numbers', () => {
    const lines = run(['print', '--numbered']).stdout.trimEnd().split('\n');
    expect(lines.map((l) => l.split('\t')[0])).toEqual(['1', '2', '3', '4']);
  });

  it('--sentences prints one numbered sentence per line', () => {
    const lines = run(['print', '--sentences']).stdout.trimEnd().split('\n');
    expect(lines).toHaveLength(26);
    expect(lines[0]).toMatch(/^1\.1\tIranian Foreign Minister/);
    expect(lines[6]).toBe('2.1\tAraghchi said, “We are working to reach a shared security cooperation agreement with Iraq.”');
  });

  it('--width wraps plain output', () => {
    const r = run(['print', '--width', '50']);
    const lines = r.stdout.trimEnd().split('\n');
    expect(lines.length).toBeGreaterThan(10);
    for (const l of lines) expect(l.length).toBeLessThanOrEqual(50);
    expect(words(r.stdout)).toEqual(words(ARTICLE));
  });

  it('--color always --width 40: coloured lines of at most 40 columns', () => {
    const r = run(['print', '--color', 'always', '--width', '40']);
    expect(r.status).toBe(0);
    expect(r.stdout).toContain(`${ESC}[`);
    for (const l of stripAnsi(r.stdout).split('\n')) expect([...l].length).toBeLessThanOrEqual(40);
  });

  it('reads stdin with - and several inputs in order', () => {
    const file = tempFile('Second file. Its text.\n');
    const r = run(['print', '-', file], { input: 'From stdin.\n' });
    expect(r.stdout).toBe('From stdin.\nSecond file. Its text.\n');
  });

  it('skips a UTF-8 BOM and decodes UTF-16 with a BOM', () => {
    const bom = tempFile(Buffer.concat([Buffer.from([0xef, 0xbb, 0xbf]), Buffer.from('Héllo there.\n')]));
    expect(run(['print', '--json', bom]).stdout).toContain('"start":0');
    const utf16 = tempFile(Buffer.concat([Buffer.from([0xff, 0xfe]), Buffer.from('Wide text.\n', 'utf16le')]));
    expect(run(['print', utf16]).stdout).toBe('Wide text.\n');
  });
});

describe('print --json', () => {
  it('gives 4 paragraphs and 26 sentences whose offsets slice to their text', () => {
    const r = run(['print', '--json']);
    const [doc] = jsonLines(r.stdout);
    expect(doc.source).toBe('bundled');
    expect(doc.paragraphs).toHaveLength(4);
    expect(doc.stats).toEqual({ paragraphs: 4, sentences: 26, words: expect.any(Number) });
    let sentences = 0;
    for (const p of doc.paragraphs) {
      expect(ARTICLE.slice(p.start, p.end)).toBe(p.text);
      for (const s of p.sentences) {
        expect(ARTICLE.slice(s.start, s.end)).toBe(s.text);
        sentences++;
      }
    }
    expect(sentences).toBe(26);
  });

  it('one line per input with the source as given', () => {
    const file = tempFile('A story.\n');
    const docs = jsonLines(run(['print', '--json', file, '-'], { input: 'Piped.' }).stdout);
    expect(docs.map((d) => d.source)).toEqual([file, '-']);
  });
});

describe('print in a terminal', () => {
  it('stdout redirected to a file or /dev/null (a character device, but no terminal) is plain', () => {
    const file = join(tempDir(), 'out.txt');
    const r = spawnSync('sh', ['-c', `"${process.execPath}" "${BIN}" print > "${file}" && "${process.execPath}" "${BIN}" print > /dev/null`], { encoding: 'utf8' });
    expect(r.status).toBe(0);
    const written = readFileSync(file, 'utf8');
    expect(written).not.toContain(ESC);
    expect(words(written)).toEqual(words(ARTICLE));
  });

  it('wraps to a 60-column window with colour', () => {
    const r = runInTerminal(['print'], 60);
    expect(r.stdout).toContain(`${ESC}[`);
    const plain = stripAnsi(r.stdout).trimEnd().split('\n');
    for (const l of plain) expect([...l].length).toBeLessThanOrEqual(60);
    expect(plain[0]).toMatch(/\d+ words · 26 sentences · \d+ min read/);
    expect(words(stripAnsi(r.stdout)).slice(-ARTICLE.split(/\s+/).filter(Boolean).length)).toEqual(words(ARTICLE));
  });

  it('highlights names in bold and the quotation in colour; --no-highlight turns it off', () => {
    const r = runInTerminal(['print'], 100);
    expect(r.stdout).toContain(`${ESC}[1mAraghchi${ESC}[22m`);
    expect(r.stdout).toMatch(new RegExp(`${ESC}\\[36m“We${ESC}\\[39m`));
    const off = runInTerminal(['print', '--no-highlight'], 100);
    expect(off.stdout).not.toContain(`${ESC}[1mAraghchi`);
    expect(stripAnsi(off.stdout)).toBe(stripAnsi(r.stdout));
  });

  it('NO_COLOR turns colour off', () => {
    const r = runInTerminal(['print'], 80, { NO_COLOR: '1' });
    expect(r.stdout).not.toContain(`${ESC}[`);
    expect(r.stdout).toContain('Araghchi');
  });

  it('caps the width at 100 columns on a wide terminal', () => {
    const r = runInTerminal(['print'], 200);
    const lengths = stripAnsi(r.stdout).split('\n').map((l) => [...l].length);
    expect(Math.max(...lengths)).toBeLessThanOrEqual(100);
    expect(Math.max(...lengths)).toBeGreaterThan(80);
  });
});

describe('errors', () => {
  // The whole bad-input table (directories, choices, widths …) is in hardening.test.ts.
  it('missing file, and commander errors as one line with their suggestion', () => {
    expectOneLineError(['print', 'missing.txt'], /^article: missing\.txt: no such file\n$/);
    expectOneLineError(['prnt'], /^article: unknown command 'prnt' \(Did you mean print\?\)\n$/);
    expectOneLineError(['print', '--colr'], /^article: unknown option '--colr' \(Did you mean --color\?\)\n$/);
  });

  it('binary data', () => {
    const file = tempFile(Buffer.from([0x41, 0x00, 0x42]));
    const r = run(['print', file]);
    expect([r.status, r.stdout]).toEqual([2, '']);
    expect(r.stderr).toBe(`article: ${file}: binary data (a NUL byte), not text\n`);
  });

  it('invalid UTF-8 is an error naming the byte and where it is, nothing printed', () => {
    const file = tempFile(Buffer.from([0x48, 0x69, 0xff, 0x2e, 0x0a]));
    const r = run(['print', file]);
    expect([r.status, r.stdout]).toEqual([2, '']);
    expect(r.stderr).toBe(`article: ${file}: not UTF-8 text (invalid byte 0xFF at offset 2); convert it first, e.g. iconv -f latin1 -t utf-8\n`);
  });

  it('empty or blank input is an error, from a file or stdin', () => {
    const file = tempFile('');
    expect(run(['print', file])).toEqual({ status: 2, stdout: '', stderr: `article: ${file}: empty, no article to read\n` });
    expect(run(['print', '-'], { input: '' })).toEqual({ status: 2, stdout: '', stderr: 'article: stdin: empty, no article to read\n' });
    expect(run(['print', '-'], { input: ' \n\n\t\n' })).toEqual({ status: 2, stdout: '', stderr: 'article: stdin: only whitespace, no article to read\n' });
  });

  it('a bad input among good ones: the others still print, exit 2', () => {
    const good = tempFile('Fine text.\n');
    const r = run(['print', 'missing.txt', good]);
    expect(r.status).toBe(2);
    expect(r.stdout).toBe('Fine text.\n');
    expect(r.stderr).toBe('article: missing.txt: no such file\n');
  });

  it('help and version exit 0; help leads with examples', () => {
    const help = run(['--help']);
    expect(help.status).toBe(0);
    expect(help.stdout).toMatch(/^Examples:/);
    expect(run(['print', '--help']).stdout).toMatch(/^Examples:/);
    expect(run(['--version']).stdout).toMatch(/^\d+\.\d+\.\d+/);
  });
});

describe('pipes', () => {
  it('| head -1 on a large input ends quietly with 0', () => {
    const big = tempFile(ARTICLE.repeat(3000));
    const r = spawnSync('bash', ['-c', `set -o pipefail; '${process.execPath}' '${BIN}' print '${big}' | head -1 >/dev/null`], { encoding: 'utf8' });
    expect(r.stderr).toBe('');
    expect(r.status).toBe(0);
  });

  it('large output is delivered whole', () => {
    const big = tempFile(ARTICLE.repeat(2000));
    const r = spawnSync('bash', ['-c', `'${process.execPath}' '${BIN}' print '${big}' | wc -c`], { encoding: 'utf8' });
    expect(Number(r.stdout.trim())).toBe(Buffer.byteLength(ARTICLE.repeat(2000)));
  });
});
