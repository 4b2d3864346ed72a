import { describe, expect, it } from 'vitest';
import { spawnSync } from 'node:child_process';
import { existsSync, readFileSync, writeFileSync } from 'node:fs';
import { join } from 'node:path';
import { ROOT, run, tempDir } from './helpers/cli.js';

const has = (cmd: string): boolean => spawnSync('sh', ['-c', `command -v ${cmd}`]).status === 0;

describe('shell completion', () => {
  it('bash: parses, completes commands, options and choices', () => {
    const r = run(['completion', 'bash']);
    expect(r.status).toBe(0);
    const file = join(tempDir(), 'article.bash');
    writeFileSync(file, r.stdout);
    expect(spawnSync('bash', ['-n', file]).status).toBe(0);
    const complete = (words: string[]): string => spawnSync('bash', ['-c',
      `source '${file}'; COMP_WORDS=(${words.map((w) => `'${w}'`).join(' ')}); COMP_CWORD=${words.length - 1}; _article; echo "\${COMPREPLY[@]}"`], { encoding: 'utf8' }).stdout.trim();
    expect(complete(['article', 'qu'])).toBe('quotes');
    expect(complete(['article', 'people', '--sort', ''])).toBe('appearance mentions name');
    expect(complete(['article', 'search', '--files'])).toBe('--files-with-matches');
  });

  it.skipIf(!has('zsh'))('zsh: parses', () => {
    const file = join(tempDir(), '_article');
    writeFileSync(file, run(['completion', 'zsh']).stdout);
    expect(spawnSync('zsh', ['-n', file]).status).toBe(0);
  });

  it.skipIf(!has('fish'))('fish: parses', () => {
    const file = join(tempDir(), 'article.fish');
    writeFileSync(file, run(['completion', 'fish']).stdout);
    expect(spawnSync('fish', ['-n', file]).status).toBe(0);
  });

  it('every option of every command is in each script', () => {
    const scripts = ['bash', 'zsh', 'fish'].map((s) => run(['completion', s]).stdout);
    for (const cmd of ['print', 'search', 'quotes', 'people']) {
      const help = run([cmd, '--help']).stdout;
      for (const [, long] of help.matchAll(/ --([a-z-]+)/g)) {
        for (const script of scripts) expect(script).toMatch(new RegExp(`(--|-l )${long}\\b`));
      }
    }
  });

  it('an unknown shell is exit 2', () => {
    expect(run(['completion', 'tcsh']).status).toBe(2);
  });
});

describe('man page', () => {
  const page = join(ROOT, 'man', 'article.1');
  it('is built, named in package.json, and renders without warnings', () => {
    expect(existsSync(page)).toBe(true);
    expect(JSON.parse(readFileSync(join(ROOT, 'package.json'), 'utf8')).man).toBe('./man/article.1');
    const r = spawnSync('groff', ['-man', '-ww', '-Tutf8', page], { encoding: 'utf8' });
    expect(r.status).toBe(0);
    expect(r.stderr).toBe('');
    const text = r.stdout.replace(/.\u0008/g, '');
    for (const section of ['NAME', 'SYNOPSIS', 'DESCRIPTION', 'COMMANDS', 'OPTIONS', 'EXIT STATUS', 'ENVIRONMENT', 'EXAMPLES']) {
      expect(text).toMatch(new RegExp(`^${section}$`, 'm'));
    }
    for (const word of ['NO_COLOR', 'FORCE_COLOR', '--fixed-strings', '--kind', 'article search -w Iran -c']) expect(text).toContain(word);
  });
});
