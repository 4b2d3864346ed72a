import { Command } from 'commander';
import { parseArticle, type Article, type Span } from '../core/article.js';
import { loadGivenNames, loadPersonModel } from '../io/model.js';
import { articleStats } from '../core/stats.js';
import { out } from '../io/output.js';
import { jsonLine } from '../render/json.js';
import { renderPrintPlain } from '../render/plain.js';
import { addOutputOptions, eachDocument, makeContext, type OutputOptions } from './context.js';

interface PrintOptions extends OutputOptions {
  numbered?: boolean;
  sentences?: boolean;
  highlight?: boolean;
}

/**
 * Finds the spans print marks: people's mentions, and the quotations the quote finder reads as
 * direct quotes. Only where they stand is needed, not who spoke nor what was reported, so
 * reported speech and speakers are not worked out: cold, in a terminal, that is a quarter of
 * the run. (So a quotation that `quotes` folds into a longer reported clause, as `mixed`, is
 * marked here too: it is still words in quotation marks.)
 */
async function loadMarkers(): Promise<(article: Article) => { names: Span[]; quotes: Span[] }> {
  const [{ findPeople }, { findDirect }, { findQuotedSpans }] = await Promise.all([import('../core/people.js'), import('../core/direct-quotes.js'), import('../core/quote-marks.js')]);
  const model = loadPersonModel();
  const givenNames = loadGivenNames();
  return (article) => {
    const people = findPeople(article, model, givenNames);
    const quotes = findDirect(article, findQuotedSpans(article)).filter((q) => q.kind === 'direct');
    const text = article.text;
    return {
      names: people.flatMap((p) => p.mentions),
      // widen to the quotation marks themselves when they are there
      quotes: quotes.map((q) => ({
        start: /["“«„']/.test(text[q.start - 1] ?? '') ? q.start - 1 : q.start,
        end: /["”»']/.test(text[q.end] ?? '') ? q.end + 1 : q.end,
      })),
    };
  };
}

export function printCommand(): Command {
  const cmd = new Command('print')
    .description('print the article: wrapped and coloured on a terminal, one paragraph per line when piped')
    .argument('[file...]', "article files ('-' for stdin; none: the bundled article)")
    .option('-n, --numbered', 'prefix paragraph numbers')
    .option('--sentences', 'one sentence per line, numbered paragraph.sentence')
    .option('--no-highlight', 'on a terminal, do not mark people\'s names and quotations')
    .addHelpText('before', `Examples:
  article print                              the bundled article, wrapped to the terminal
  article print story.txt | wc -w            plain text when piped: one paragraph per line
  curl -s URL | article print -              read stdin
  article print --sentences                  one sentence per line, numbered 2.3
  article print --json | jq '.stats'         paragraphs and sentences with offsets
`);
  addOutputOptions(cmd).action(async (files: string[], opts: PrintOptions) => {
    const ctx = await makeContext(opts, files);
    const terminal = ctx.mode === 'terminal' ? await import('../render/terminal.js') : null;
    // On a terminal (with colour), names and quotations are marked: the extractors load only then.
    const marking = terminal && ctx.chalk && opts.highlight !== false ? await loadMarkers() : null;
    process.exitCode = await eachDocument(files, (doc) => {
      const article = parseArticle(doc.text);
      const stats = articleStats(article);
      if (ctx.mode === 'json') {
        out(jsonLine({
          source: doc.source,
          paragraphs: article.paragraphs.map((p) => ({
            n: p.n, start: p.start, end: p.end, text: doc.text.slice(p.start, p.end),
            sentences: p.sentences.map((s) => ({ n: s.n, start: s.start, end: s.end, text: doc.text.slice(s.start, s.end) })),
          })),
          stats,
        }));
      } else if (terminal) {
        out(terminal.renderPrint(article, stats, doc.source, ctx, opts, marking ? marking(article) : null));
      } else {
        out(renderPrintPlain(article, ctx, opts));
      }
      return 0;
    });
  });
  return cmd;
}
