import { Command, InvalidArgumentError } from 'commander';
import { parseArticle } from '../core/article.js';
import type { QuoteKind } from '../core/quotes.js';
import { loadGivenNames, loadPersonModel } from '../io/model.js';
import { out } from '../io/output.js';
import { addOutputOptions, eachDocument, makeContext, type OutputOptions } from './context.js';
import { loadJob } from './document-jobs.js';

interface QuotesOptions extends OutputOptions { kind?: QuoteKind[]; by?: string; group?: boolean }

const KINDS: QuoteKind[] = ['direct', 'indirect', 'mixed'];

function kinds(value: string): QuoteKind[] {
  const list = value.split(',').map((k) => k.trim().toLowerCase()).filter(Boolean);
  const bad = list.find((k) => !KINDS.includes(k as QuoteKind));
  if (bad !== undefined || list.length === 0) throw new InvalidArgumentError(`expected direct, indirect or mixed (a comma list), got '${value}'`);
  return list as QuoteKind[];
}

export function quotesCommand(): Command {
  const cmd = new Command('quotes')
    .description('list quotations and reported speech with who said them')
    .argument('[file...]', "article files ('-' for stdin; none: the bundled article)")
    .option('-k, --kind <kinds>', 'only these kinds: direct, indirect, mixed (comma list)', kinds)
    .option('--by <speaker>', 'only quotes by this speaker (any part of the name; case and accents ignored)')
    .option('-g, --group', 'group quotes by speaker (terminal and plain output)')
    .addHelpText('before', `Examples:
  article quotes                             each quote with its speaker
  article quotes --kind direct               only words in quotation marks
  article quotes --by araghchi               quotes by one speaker
  article quotes --group                     quotes grouped under each speaker
  article quotes story.txt | awk -F'\\t' '{print $1}'   plain: speaker<TAB>kind<TAB>text
  article quotes --json | jq -r '.quotes[].speaker.name'
`);
  addOutputOptions(cmd).action(async (files: string[], opts: QuotesOptions) => {
    const ctx = await makeContext(opts, files);
    if (ctx.mode !== 'terminal') {
      const run = await loadJob('quotes', { json: ctx.mode === 'json', several: ctx.several, kind: opts.kind, by: opts.by, group: opts.group === true });
      process.exitCode = await eachDocument(files, (doc) => { out(run(doc)); return 0; });
      return;
    }
    const terminal = await import('../render/terminal.js');
    // the extractors and the model load only for this command
    const [{ findPeople }, { filterQuotes, findQuotes }] = await Promise.all([import('../core/people.js'), import('../core/quotes.js')]);
    const model = loadPersonModel();
    const givenNames = loadGivenNames();
    process.exitCode = await eachDocument(files, (doc) => {
      const article = parseArticle(doc.text);
      const people = findPeople(article, model, givenNames);
      const quotes = filterQuotes(findQuotes({ article, people, givenNames }), opts.kind, opts.by);
      out(terminal.renderQuotes(quotes, people, doc.source, ctx, opts.group === true));
      return 0;
    });
  });
  return cmd;
}
