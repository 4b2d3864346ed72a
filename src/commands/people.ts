import { Command, Option } from 'commander';
import { parseArticle } from '../core/article.js';
import type { PeopleOrder } from '../core/people.js';
import { loadGivenNames, loadPersonModel } from '../io/model.js';
import { out } from '../io/output.js';
import { jsonLine } from '../render/json.js';
import { renderPeoplePlain } from '../render/plain.js';
import { addOutputOptions, eachDocument, makeContext, type OutputOptions } from './context.js';

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
    const terminal = ctx.mode === 'terminal' ? await import('../render/terminal.js') : null;
    // the extractor and its model load only for this command
    const { findPeople, sortPeople } = await import('../core/people.js');
    const model = loadPersonModel();
    const givenNames = loadGivenNames();
    process.exitCode = await eachDocument(files, (doc) => {
      const article = parseArticle(doc.text);
      const people = sortPeople(findPeople(article, model, givenNames), opts.sort);
      if (ctx.mode === 'json') out(jsonLine({ source: doc.source, people }));
      else if (terminal) out(terminal.renderPeople(people, article, doc.source, ctx));
      else out(renderPeoplePlain(people, ctx.several ? doc.source : ''));
      return 0;
    });
  });
  return cmd;
}
