// The only writer: stdout and stderr, colour resolution, and a closed pipe that ends quietly.
// Output goes straight to file descriptor 1 with writeSync: creating process.stdout costs
// start-up time (a pipe loads the net stack), and a synchronous write can never be cut short
// by the process ending.
import { fstatSync, writeSync } from 'node:fs';
import { createRequire } from 'node:module';
import type { ChalkInstance as Chalk } from 'chalk';

export type ColorChoice = 'auto' | 'always' | 'never';
export type Mode = 'json' | 'terminal' | 'plain';

let stdoutClosed = false;
let pending = '';
const FLUSH_AT = 1 << 16;
const sleeper = new Int32Array(new SharedArrayBuffer(4));

export function isStdoutClosed(): boolean {
  return stdoutClosed;
}

export function stdoutIsTerminal(): boolean {
  // A pipe, a file or a socket is no terminal: that much fstat tells without loading
  // node:tty, which costs a run about four milliseconds (it brings in the net stack).
  try {
    if (!fstatSync(1).isCharacterDevice()) return false;
  } catch {
    return false;
  }
  const { isatty } = createRequire(import.meta.filename)('node:tty') as typeof import('node:tty');
  return isatty(1);
}

/** Buffered write to stdout; flushes in large chunks so big outputs stay fast. */
export function out(text: string): void {
  if (stdoutClosed) return;
  pending += text;
  if (pending.length >= FLUSH_AT) flush();
}

function writeAll(fd: number, text: string): void {
  let data = Buffer.from(text, 'utf8');
  while (data.length > 0) {
    try {
      const n = writeSync(fd, data);
      data = data.subarray(n);
    } catch (err) {
      const code = (err as NodeJS.ErrnoException).code;
      // A non-blocking pipe that is full: wait for the reader a moment and go on.
      if (code === 'EAGAIN') { Atomics.wait(sleeper, 0, 0, 2); continue; }
      throw err;
    }
  }
}

export function flush(): void {
  if (stdoutClosed || pending === '') { pending = ''; return; }
  const chunk = pending;
  pending = '';
  try {
    writeAll(1, chunk);
  } catch (err) {
    stdoutClosed = true;
    // The reader went away (`| head -1`): not an error for a filter.
    if ((err as NodeJS.ErrnoException).code === 'EPIPE') return;
    errorLine(`cannot write output: ${(err as Error).message}`);
    process.exitCode = 2;
  }
}

/** One line on stderr, `article: <what is wrong>`. */
export function errorLine(message: string): void {
  try {
    writeAll(2, `article: ${message.replace(/[\r\n]+/g, ' ')}\n`);
  } catch {
    // stderr is gone too: nothing left to tell
  }
}

/** Colour level 0–3 following --color, NO_COLOR, FORCE_COLOR, then the terminal itself. */
export function resolveColorLevel(
  choice: ColorChoice,
  env: NodeJS.ProcessEnv = process.env,
  isTTY: boolean = stdoutIsTerminal(),
): number {
  const depth = (): number => {
    if (env.COLORTERM === 'truecolor' || env.COLORTERM === '24bit') return 3;
    if (/-256(color)?$/i.test(env.TERM ?? '')) return 2;
    return 1;
  };
  if (choice === 'never') return 0;
  if (choice === 'always') return Math.max(1, forcedLevel(env.FORCE_COLOR) ?? depth());
  if (env.NO_COLOR !== undefined && env.NO_COLOR !== '') return 0;
  const forced = forcedLevel(env.FORCE_COLOR);
  if (forced !== undefined) return forced;
  if (!isTTY || env.TERM === 'dumb') return 0;
  return depth();
}

function forcedLevel(value: string | undefined): number | undefined {
  if (value === undefined) return undefined;
  if (value === '' || value === 'true') return 1;
  if (value === 'false') return 0;
  const n = Number.parseInt(value, 10);
  if (Number.isNaN(n)) return 1;
  return Math.max(0, Math.min(3, n));
}

/**
 * Terminal layout when stdout is a terminal or colour was asked for explicitly
 * (`--color always`, e.g. for `less -R`); JSON when asked; plain text otherwise.
 */
export function resolveMode(json: boolean, choice: ColorChoice, isTTY: boolean = stdoutIsTerminal()): Mode {
  if (json) return 'json';
  if (isTTY || choice === 'always') return 'terminal';
  return 'plain';
}

/** Columns to wrap to: --width wins (0 = none); a terminal's width capped at 100; else 80. */
export function resolveWidth(width: number | undefined, mode: Mode): number {
  if (width !== undefined) return width;
  if (mode !== 'terminal') return 0;
  const cols = stdoutIsTerminal() ? process.stdout.columns : undefined;
  return Math.min(cols && cols > 0 ? cols : 80, 100);
}

/** chalk is loaded only when something will actually be coloured. */
export async function loadChalk(level: number): Promise<Chalk | null> {
  if (level === 0) return null;
  const { Chalk: ChalkClass } = await import('chalk');
  return new ChalkClass({ level: level as 0 | 1 | 2 | 3 });
}
