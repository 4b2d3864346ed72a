// Spawns the built CLI the way users do: a child process with pipes, no TTY.
import { spawnSync, type SpawnSyncReturns } from 'node:child_process';
import { mkdtempSync, readFileSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join, resolve } from 'node:path';

export const ROOT = resolve(import.meta.dirname, '..', '..');
export const BIN = join(ROOT, 'bin', 'article.js');
export const ARTICLE = readFileSync(join(ROOT, 'data', 'article.txt'), 'utf8');

export interface Run { status: number | null; stdout: string; stderr: string }

const BASE_ENV: NodeJS.ProcessEnv = { PATH: process.env.PATH, HOME: process.env.HOME, LANG: 'C.UTF-8' };

export function run(args: string[], opts: { input?: string | Buffer; env?: NodeJS.ProcessEnv; cwd?: string } = {}): Run {
  const r: SpawnSyncReturns<string> = spawnSync(process.execPath, [BIN, ...args], {
    input: opts.input ?? '',
    env: { ...BASE_ENV, ...opts.env },
    cwd: opts.cwd ?? ROOT,
    encoding: 'utf8',
    maxBuffer: 1 << 30,
  });
  return { status: r.status, stdout: r.stdout, stderr: r.stderr };
}

/** Runs the CLI under `script` so stdout is a terminal of the given width. */
export function runInTerminal(args: string[], columns = 80, env: NodeJS.ProcessEnv = {}): Run {
  const quoted = [process.execPath, BIN, ...args].map((a) => `'${a.replace(/'/g, `'\\''`)}'`).join(' ');
  const r = spawnSync('script', ['-qec', `stty cols ${columns} rows 50; ${quoted}`, '/dev/null'], {
    env: { ...BASE_ENV, TERM: 'xterm-256color', ...env },
    cwd: ROOT,
    encoding: 'utf8',
  });
  return { status: r.status, stdout: r.stdout.replace(/\r\n/g, '\n'), stderr: r.stderr };
}

export function tempDir(): string {
  // The global setup's parent directory (removed after the run); tmpdir() when a file runs alone.
  return mkdtempSync(join(process.env.ARTICLE_TEST_TMP ?? tmpdir(), 'article-test-'));
}

export function tempFile(content: string | Buffer, name = 'story.txt'): string {
  const path = join(tempDir(), name);
  writeFileSync(path, content);
  return path;
}

export const ESC = '\u001b';
export const stripAnsi = (s: string): string => s.replace(/\u001b\[[0-9;]*m/g, '');
export const words = (s: string): string[] => s.split(/\s+/).filter(Boolean);
export const jsonLines = (s: string): any[] => s.split('\n').filter(Boolean).map((l) => JSON.parse(l));

/** The error contract: exit 2, nothing on stdout, one line on stderr matching `message`. */
export function expectOneLineError(args: string[], message: RegExp): void {
  const r = run(args);
  if (r.status !== 2 || r.stdout !== '' || !message.test(r.stderr)) {
    throw new Error(`article ${args.join(' ')}: expected exit 2, no stdout and ${message}, got ${JSON.stringify(r)}`);
  }
}
