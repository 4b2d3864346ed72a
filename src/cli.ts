// The command layer's entry: the commander program, exit codes, and the last-resort guard
// that turns anything unexpected into one line and exit 2 instead of a stack trace.
import { Command, CommanderError } from 'commander';
import { errorLine, flush, out } from './io/output.js';
import { printCommand } from './commands/print.js';
import { searchCommand } from './commands/search.js';
import { peopleCommand } from './commands/people.js';
import { quotesCommand } from './commands/quotes.js';
import { completionCommand } from './commands/completion.js';
import { VERSION } from './version.js';
import { manPage } from './docs/manpage.js';
import { lendMemory } from './io/model.js';

const EXAMPLES = `Examples:
  article print                          the bundled article, readable
  article print story.txt | wc -w        plain text when piped
  article search -w Iran -c              count whole-word matches
  article quotes --kind direct           only words in quotation marks
  article people --json | jq .people     who the article names, as JSON
`;

// Commander's errors become our single line: `article: <what is wrong>`; its help and version
// go through our writer, where a reader that went away (`--help | head -3`) ends it quietly.
const outputError = (str: string): void => errorLine(str.replace(/^error: /, '').replace(/\s*\n\s*/g, ' ').trim());
const output = { outputError, writeOut: (str: string): void => out(str) };

const COMMANDS = {
  print: printCommand,
  search: searchCommand,
  quotes: quotesCommand,
  people: peopleCommand,
} as const;

/**
 * The program with every command, or (`only`) with just the one being run: building the others,
 * their options and help texts, is start-up time spent for nothing.
 */
export function buildProgram(only?: keyof typeof COMMANDS): Command {
  const program = new Command('article')
    .description('Read a news article in the terminal and query it: print, search, quotes, people.')
    .version(VERSION, '-V, --version')
    .addHelpText('before', EXAMPLES)
    .showSuggestionAfterError(true)
    .exitOverride()
    .configureOutput(output);
  const commands = only ? [COMMANDS[only]()] : [printCommand(), searchCommand(), quotesCommand(), peopleCommand(), completionCommand(() => program)];
  for (const cmd of commands) {
    cmd.exitOverride().showSuggestionAfterError(true).configureOutput(output);
    program.addCommand(cmd);
  }
  return program;
}

/** `spare`: memory the loader has touched and no longer needs (bin/load-bundle.js). */
export async function main(argv: string[], spare?: Buffer): Promise<void> {
  if (spare) lendMemory(spare);
  try {
    // (anything else, "--help" or a mistyped command, gets the whole program and its suggestions)
    const name = argv[2];
    const only = name !== undefined && Object.hasOwn(COMMANDS, name) ? (name as keyof typeof COMMANDS) : undefined;
    await buildProgram(only).parseAsync(argv);
  } catch (err) {
    if (err instanceof CommanderError) {
      // Help and --version exit 0; every usage error is 2 (commander's default would be 1).
      process.exitCode = err.exitCode === 0 ? 0 : 2;
    } else {
      errorLine((err as Error)?.message ?? String(err));
      process.exitCode = 2;
    }
  } finally {
    flush();
  }
}

/** The man page for this program (called by the build). */
export function renderManPage(readme: string, date: string): string {
  return manPage(buildProgram(), readme, VERSION, date);
}
