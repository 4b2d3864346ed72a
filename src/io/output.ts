// The only writer: stdout and stderr, colour resolution, and a closed pipe that ends quietly.
import type { ChalkInstance as Chalk } from 'chalk';

export type ColorChoice = 'auto' | 'always' | 'never';
export type Mode = 'json' | 'terminal' | 'plain';

let stdoutClosed = false;
let pending = '';
const FLUSH_AT = 1 << 16;

process.stdout.on('error', (err: NodeJS.ErrnoException) => {
  if (err.code === 'EPIPE') {
    // The reader went away (`| head -1`): not an error for a filter.
    stdoutClosed = true;
    return;
  }
  process.stderr.write(`article: cannot write output: ${err.message}\n`);
  process.exitCode = 2;
  stdoutClosed = true;
});

export function isStdoutClosed(): boolean {
  return stdoutClosed;
}

/** Buffered write to stdout; flushes in large chunks so big outputs stay fast. */
export function out(text: string): void {
  if (stdoutClosed) return;
  pending += text;
  if (pending.length >= FLUSH_AT) flush();
}

export function flush(): void {
  if (stdoutClosed || pending === '') { pending = ''; return; }
  const chunk = pending;
  pending = '';
  process.stdout.write(chunk);
}

/** One line on stderr, `article: <what is wrong>`. */
export function errorLine(message: string): void {
  process.stderr.write(`article: ${message.replace(/[\r\n]+/g, ' ')}\n`);
}

/** Colour level 0–3 following --color, NO_COLOR, FORCE_COLOR, then the terminal itself. */
export function resolveColorLevel(
  choice: ColorChoice,
  env: NodeJS.ProcessEnv = process.env,
  isTTY: boolean = process.stdout.isTTY === true,
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
export function resolveMode(json: boolean, choice: ColorChoice, isTTY: boolean = process.stdout.isTTY === true): Mode {
  if (json) return 'json';
  if (isTTY || choice === 'always') return 'terminal';
  return 'plain';
}

/** Columns to wrap to: --width wins (0 = none); a terminal's width capped at 100; else 80. */
export function resolveWidth(width: number | undefined, mode: Mode): number {
  if (width !== undefined) return width;
  if (mode !== 'terminal') return 0;
  const cols = process.stdout.isTTY ? process.stdout.columns : undefined;
  return Math.min(cols && cols > 0 ? cols : 80, 100);
}

/** chalk is loaded only when something will actually be coloured. */
export async function loadChalk(level: number): Promise<Chalk | null> {
  if (level === 0) return null;
  const { Chalk: ChalkClass } = await import('chalk');
  return new ChalkClass({ level: level as 0 | 1 | 2 | 3 });
}
