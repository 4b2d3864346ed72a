// The command layer's entry: the commander program, exit codes, and the last-resort guard
// that turns anything unexpected into one line and exit 2 instead of a stack trace.
import { Command, CommanderError } from 'commander';
import { errorLine, flush } from './io/output.js';
import { printCommand } from './commands/print.js';
import { searchCommand } from './commands/search.js';
import { peopleCommand } from './commands/people.js';
import { quotesCommand } from './commands/quotes.js';
import { completionCommand } from './commands/completion.js';
import { VERSION } from './version.js';
import { manPage } from './docs/manpage.js';

const EXAMPLES = `Examples:
  article print                          the bundled article, readable
  article print story.txt | wc -w        plain text when piped
  article search -w Iran -c              count whole-word matches
  article quotes --kind direct           only words in quotation marks
  article people --json | jq .people     who the article names, as JSON
`;

// Commander's errors become our single line: `article: <what is wrong>`.
const outputError = (str: string): void => errorLine(str.replace(/^error: /, '').replace(/\s*\n\s*/g, ' ').trim());

export function buildProgram(): Command {
  const program = new Command('article')
    .description('Read a news article in the terminal and query it: print, search, quotes, people.')
    .version(VERSION, '-V, --version')
    .addHelpText('before', EXAMPLES)
    .showSuggestionAfterError(true)
    .exitOverride()
    .configureOutput({ outputError });
  for (const cmd of [printCommand(), searchCommand(), quotesCommand(), peopleCommand(), completionCommand(() => program)]) {
    cmd.exitOverride().showSuggestionAfterError(true).configureOutput({ outputError });
    program.addCommand(cmd);
  }
  return program;
}

export async function main(argv: string[]): Promise<void> {
  try {
    await buildProgram().parseAsync(argv);
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
