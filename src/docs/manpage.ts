// The man page, generated at build time from the commander definitions (commands, options,
// choices) and the README's examples, so it says what the CLI and the README say.
import type { Command, Option } from 'commander';

/**
 * Escapes text for roff: backslashes, hyphens, control characters at line start, and every
 * character outside ASCII as a groff Unicode escape (\[u201C]).
 */
function roff(text: string): string {
  return text.replace(/\\/g, '\\e').replace(/-/g, '\\-').replace(/^([.'])/gm, '\\&$1')
    .replace(/[^\x00-\x7f]/gu, (c) => `\\[u${c.codePointAt(0)!.toString(16).toUpperCase().padStart(4, '0')}]`);
}

function examplesFrom(readme: string): string[] {
  const lines: string[] = [];
  for (const block of readme.matchAll(/```sh\n([\s\S]*?)```/g)) {
    for (const line of block[1]!.split('\n')) if (/^(?:npx )?article\b|^npm /.test(line.trim())) lines.push(line.trim());
  }
  return [...new Set(lines)];
}

export function manPage(program: Command, readme: string, version: string, date: string): string {
  const commands = program.commands.filter((c) => c.name() !== 'help');
  const out: string[] = [];
  out.push(`.TH ARTICLE 1 "${date}" "article ${version}" "User Commands"`);
  out.push('.SH NAME', 'article \\- read a news article in the terminal and query it');
  out.push('.SH SYNOPSIS', '.B article', '.I command', '.RI [ options ]', '.RI [ file ...]');
  out.push('.SH DESCRIPTION');
  out.push(roff(program.description()));
  out.push('.PP', roff('With no file, the bundled article is read; - reads standard input; several files are processed in order. On a terminal the output is wrapped and coloured; piped, it is plain text with one record per line; --json gives JSON Lines with character offsets.'));
  out.push('.SH COMMANDS');
  for (const c of commands) {
    const args = c.registeredArguments.map((a) => (a.required ? `<${a.name()}>` : `[${a.name()}${a.variadic ? '...' : ''}]`)).join(' ');
    out.push('.TP', `.B ${c.name()}${args ? ' ' + roff(args) : ''}`, roff(c.description()));
  }
  out.push('.SH OPTIONS');
  for (const c of commands) {
    out.push(`.SS ${c.name()}`);
    for (const o of c.options as Option[]) {
      const flags = o.flags.split(/,\s*/).map((f) => {
        const [flag, value] = f.split(/\s+/);
        return `\\fB${roff(flag!)}\\fR${value ? ' \\fI' + roff(value) + '\\fR' : ''}`;
      }).join(', ');
      out.push('.TP', flags, roff(o.description + (o.argChoices ? ` (one of: ${o.argChoices.join(', ')})` : '')));
    }
  }
  out.push('.SH EXIT STATUS');
  out.push('.TP', '.B 0', 'success (for search: something matched)');
  out.push('.TP', '.B 1', 'search found nothing');
  out.push('.TP', '.B 2', roff('an error: usage, an input that is missing, unreadable, binary, not UTF-8 or empty, an invalid or too slow pattern; one line on standard error, "article: <what is wrong>"'));
  out.push('.SH ENVIRONMENT');
  out.push('.TP', '.B NO_COLOR', roff('when set and not empty, no colour (after --color and --no-color).'));
  out.push('.TP', '.B FORCE_COLOR', roff('forces colour on (0 or false: off), unless --color or NO_COLOR says otherwise.'));
  out.push('.TP', '.B TERM', roff('dumb turns colour off when it would otherwise be on for a terminal.'));
  out.push('.SH EXAMPLES');
  for (const line of examplesFrom(readme)) out.push('.PP', '.nf', '.RS 4', roff(line), '.RE', '.fi');
  out.push('.SH SEE ALSO', '.BR grep (1),', '.BR jq (1)');
  return out.join('\n') + '\n';
}
