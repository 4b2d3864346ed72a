// What every command shares: the output options, the resolved mode/colour/width, and the loop
// that reads each input in order, reporting bad inputs without stopping the others.
import { Command, InvalidArgumentError, Option } from 'commander';
import type { ChalkInstance as Chalk } from 'chalk';
import { readDocument, InputError, type Document } from '../io/input.js';
import {
  errorLine, flush, isStdoutClosed, loadChalk, resolveColorLevel, resolveMode, resolveWidth,
  type ColorChoice, type Mode,
} from '../io/output.js';
import { wrapText, type Wrap } from '../render/wrap.js';

export interface OutputOptions {
  json?: boolean;
  color?: ColorChoice | false;
  width?: number;
}

export interface RenderContext {
  mode: Mode;
  chalk: Chalk | null;
  width: number;
  wrap: Wrap | null;
  /** Several inputs: results are labelled with their source. */
  several: boolean;
}

function parseWidth(value: string): number {
  if (!/^\d+$/.test(value)) throw new InvalidArgumentError('expected a whole number of columns, 0 or more');
  return Number.parseInt(value, 10);
}

export function addOutputOptions(cmd: Command): Command {
  return cmd
    .option('--json', 'JSON Lines: one object per input, with character offsets')
    .addOption(new Option('--color <when>', 'colour: auto, always or never').choices(['auto', 'always', 'never']))
    .option('--no-color', 'no colour (same as --color never)')
    .option('--width <columns>', 'wrap to this many columns (0: no wrapping)', parseWidth);
}

export async function makeContext(opts: OutputOptions, inputs: string[], wantWrap = true): Promise<RenderContext> {
  const choice: ColorChoice = opts.color === false ? 'never' : opts.color ?? 'auto';
  const mode = resolveMode(opts.json === true, choice);
  const level = mode === 'json' ? 0 : resolveColorLevel(choice);
  const width = mode === 'json' ? 0 : resolveWidth(opts.width, mode);
  const chalk = await loadChalk(level);
  let wrap: Wrap | null = null;
  if (wantWrap && width > 0) {
    // a terminal breaks words longer than a line; plain output keeps every word whole
    const hard = mode === 'terminal';
    wrap = (text, columns) => wrapText(text, Math.max(1, columns), hard);
  }
  return { mode, chalk, width, wrap, several: inputs.length > 1 };
}

/**
 * Reads each input in order and hands it to `handle`; returns 2 if any input failed, else the
 * combined status from `handle` (the lowest, so one match anywhere means success for search).
 * `streamed`, when given, may handle an input itself and return its status, or null.
 * `noneStatus` is the status when no input was handled at all (stdout closed first).
 */
export async function eachDocument(
  inputs: string[],
  handle: (doc: Document) => number | Promise<number>,
  noneStatus = 0,
  streamed?: (spec: string | undefined) => number | null,
): Promise<number> {
  const specs: (string | undefined)[] = inputs.length === 0 ? [undefined] : inputs;
  let failed = false;
  let best: number | undefined;
  for (const spec of specs) {
    if (isStdoutClosed()) break;
    let doc: Document;
    try {
      // a command may take a large file in pieces instead (search counting matches)
      const status = streamed?.(spec) ?? null;
      if (status !== null) {
        best = best === undefined ? status : Math.min(best, status);
        flush();
        continue;
      }
      doc = await readDocument(spec);
    } catch (err) {
      if (!(err instanceof InputError)) throw err;
      errorLine(err.message);
      failed = true;
      continue;
    }
    const status = await handle(doc);
    best = best === undefined ? status : Math.min(best, status);
    flush();
  }
  flush();
  if (failed) return 2;
  return best ?? noneStatus;
}
