import { Command, Option } from 'commander';
import { parseArticle } from '../core/article.js';
import type { PeopleOrder } from '../core/people.js';
import { loadGivenNames, loadPersonModel } from '../io/model.js';
import { out } from '../io/output.js';
import { addOutputOptions, eachDocument, makeContext, type OutputOptions } from './context.js';
import { loadJob } from './document-jobs.js';

interface PeopleOptions extends OutputOptions { sort: PeopleOrder }

export function peopleCommand(): Command {
  const cmd = new Command('people')
    .description('list the people the article names, once each, with roles and mentions')
    .argument('[file...]', "article files ('-' for stdin; none: the bundled article)")
    .addOption(new Option('--sort <order>', 'order people by').choices(['appearance', 'mentions', 'name']).default('appearance'))
    .addHelpText('before', `Examples:
  article people                             a table, one person per row
  article people --sort mentions             most mentioned first
  article people story.txt | cut -f1         plain: name<TAB>count<TAB>roles
  article people --json | jq -r '.people[].name'
`);
  addOutputOptions(cmd).action(async (files: string[], opts: PeopleOptions) => {
    const ctx = await makeContext(opts, files);
    if (ctx.mode !== 'terminal') {
      const run = await loadJob('people', { json: ctx.mode === 'json', several: ctx.several, sort: opts.sort });
      process.exitCode = await eachDocument(files, (doc) => { out(run(doc)); return 0; });
      return;
    }
    const terminal = await import('../render/terminal.js');
    // the extractor and its model load only for this command
    const { findPeople, sortPeople } = await import('../core/people.js');
    const model = loadPersonModel();
    const givenNames = loadGivenNames();
    process.exitCode = await eachDocument(files, (doc) => {
      const article = parseArticle(doc.text);
      out(terminal.renderPeople(sortPeople(findPeople(article, model, givenNames), opts.sort), article, doc.source, ctx));
      return 0;
    });
  });
  return cmd;
}
