import { Command, InvalidArgumentError } from 'commander';
import { parseArticle } from '../core/article.js';
import type { CaseMode } from '../core/search.js';
import { errorLine, out } from '../io/output.js';
import { decodePiece, largeFilePieces } from '../io/input.js';
import { jsonLine } from '../render/json.js';
import { renderSearchPlain } from '../render/plain.js';
import { addOutputOptions, eachDocument, makeContext, type OutputOptions } from './context.js';

interface SearchOptions extends OutputOptions {
  regexp?: string[];
  fixedStrings?: boolean;
  word?: boolean;
  ignoreCase?: boolean;
  caseSensitive?: boolean;
  lineNumber?: boolean;
  context?: number;
  afterContext?: number;
  beforeContext?: number;
  onlyMatching?: boolean;
  count?: boolean;
  filesWithMatches?: boolean;
  maxCount?: number;
  quiet?: boolean;
}

function count(value: string): number {
  if (!/^\d+$/.test(value)) throw new InvalidArgumentError('expected a whole number, 0 or more');
  return Number.parseInt(value, 10);
}

const collect = (value: string, previous: string[] = []): string[] => [...previous, value];

export function searchCommand(): Command {
  const cmd = new Command('search')
    .description('find sentences matching a pattern (a JavaScript regular expression); exit 1 when nothing matches')
    .argument('[pattern]', 'the pattern (omit when using -e)')
    .argument('[file...]', "article files ('-' for stdin; none: the bundled article)")
    .option('-e, --regexp <pattern>', 'a pattern; repeat to match any of several', collect)
    .option('-F, --fixed-strings', 'patterns are literal text, not regular expressions')
    .option('-w, --word', 'match whole words only')
    .option('-i, --ignore-case', 'case-insensitive (default: smart case, insensitive unless the pattern has an uppercase letter)')
    .option('-s, --case-sensitive', 'case-sensitive')
    .option('-n, --line-number', 'prefix each sentence with paragraph:sentence')
    .option('-C, --context <n>', 'show n sentences of context around each match', count)
    .option('-A, --after-context <n>', 'show n sentences after each match', count)
    .option('-B, --before-context <n>', 'show n sentences before each match', count)
    .option('-o, --only-matching', 'print only the matched text, one match per line')
    .option('-c, --count', 'print the number of matches (not lines: an article has no meaningful lines)')
    .option('-l, --files-with-matches', 'print only the names of inputs that match')
    .option('-m, --max-count <n>', 'stop after n matches in each input', count)
    .option('-q, --quiet', 'print nothing; exit 0 on a match, 1 on none')
    .addHelpText('before', `Examples:
  article search cooperation                 matching sentences, matches highlighted
  article search "Iraq's"                    straight quotes find curly ones
  article search -w Iran -c                  count whole-word matches
  article search -e Tehran -e Baghdad -o     only the matched words, one per line
  article search -C 1 contentious            one sentence of context each side
  article search -l security news/*.txt      which files match
  article search --json security | jq '.matches[].context.text'
`);
  addOutputOptions(cmd).action(async (pattern: string | undefined, files: string[], opts: SearchOptions) => {
    const patterns = opts.regexp ?? [];
    let inputs = files;
    if (patterns.length > 0) inputs = pattern === undefined ? files : [pattern, ...files];
    else if (pattern !== undefined) patterns.push(pattern);
    else { errorLine('search: no pattern given (article search PATTERN [file...])'); process.exitCode = 2; return; }

    const { compileQuery, countInUtf8, findMatches, haystackFor, placeMatches, PatternError, TooSlowError } = await import('../core/search.js');
    const caseMode: CaseMode = opts.caseSensitive ? 'sensitive' : opts.ignoreCase ? 'insensitive' : 'smart';
    let query;
    try {
      query = compileQuery(patterns, { fixed: opts.fixedStrings, word: opts.word, caseMode });
    } catch (err) {
      if (!(err instanceof PatternError)) throw err;
      errorLine(err.message); process.exitCode = 2; return;
    }
    const ctx = await makeContext(opts, inputs);
    const terminal = ctx.mode === 'terminal' ? await import('../render/terminal.js') : null;
    const before = opts.beforeContext ?? opts.context ?? 0;
    const after = opts.afterContext ?? opts.context ?? 0;
    const limit = opts.maxCount ?? Infinity;
    const label = (source: string): string => (ctx.several ? source : '');
    let tooSlow = false;
    // what -l, -q and -c print for an input with `found` matches; the exit status it earns
    const reportCount = (source: string, found: number): number => {
      if (opts.filesWithMatches) { if (found) out(source + '\n'); }
      else if (!opts.quiet) out(`${ctx.several ? source + ':' : ''}${found}\n`);
      return found > 0 ? 0 : 1;
    };

    // Counting, listing or a yes/no needs no sentences: a large file is searched in pieces of
    // whole lines (matches never cross a line break), so memory stays flat.
    const countsOnly = opts.quiet || opts.filesWithMatches || (opts.count && ctx.mode !== 'json');
    const streamed = (spec: string | undefined): number | null => {
      if (!countsOnly || tooSlow) return null;
      const pieces = largeFilePieces(spec);
      if (!pieces) return null;
      const want = opts.quiet || opts.filesWithMatches ? 1 : limit;
      let found = 0;
      try {
        for (const piece of pieces) {
          // plain ASCII words are counted on the bytes themselves; anything else is decoded
          found += query.bytewise && piece.utf8
            ? countInUtf8(piece.bytes, query, want - found)
            : findMatches(haystackFor(decodePiece(piece, spec!), query), query, want - found).length;
          if (found >= want) break;
        }
      } catch (err) {
        if (!(err instanceof TooSlowError)) throw err;
        errorLine(`${spec}: ${err.message}`);
        tooSlow = true;
        return 2;
      }
      return reportCount(spec!, found);
    };

    const status = await eachDocument(inputs, (doc) => {
      if (tooSlow) return 2;
      let spans;
      try {
        spans = limit === 0 ? [] : findMatches(haystackFor(doc.text, query), query, opts.quiet || opts.filesWithMatches ? 1 : limit);
      } catch (err) {
        if (!(err instanceof TooSlowError)) throw err;
        errorLine(`${doc.source}: ${err.message}`);
        tooSlow = true;
        return 2;
      }
      if (countsOnly) return reportCount(doc.source, spans.length);
      const found = spans.length > 0 ? 0 : 1;
      const article = parseArticle(doc.text);
      const matches = placeMatches(article, spans, before, after);
      if (ctx.mode === 'json') {
        out(jsonLine({
          source: doc.source,
          pattern: patterns.length === 1 ? patterns[0] : patterns.join('|'),
          patterns,
          count: matches.length,
          matches: matches.map((m) => ({
            text: m.text, start: m.start, end: m.end, paragraph: m.paragraph, sentence: m.sentence, context: m.context,
          })),
        }));
      } else if (matches.length > 0) {
        const view = { source: label(doc.source), lineNumber: opts.lineNumber === true, onlyMatching: opts.onlyMatching === true, before, after };
        out(terminal ? terminal.renderSearch(article, matches, view, ctx) : renderSearchPlain(article, matches, view, ctx.chalk));
      }
      return found;
    }, 1, streamed);
    process.exitCode = tooSlow ? 2 : status;
  });
  return cmd;
}
