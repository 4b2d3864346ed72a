// Plain text for pipes: no escape sequences, one record per line, text as written (only
// control characters are made visible).
import type { ChalkInstance } from 'chalk';
import type { Article } from '../core/article.js';
import type { SearchMatch } from '../core/search.js';
import { contextGroups } from '../core/context-groups.js';
import type { Person } from '../core/people.js';
import type { Quote } from '../core/quotes.js';
import { groupBySpeaker } from '../core/quote-groups.js';
import { highlight } from './highlight.js';
import { sanitizeForTerminal } from '../core/text.js';
import type { Wrap } from './wrap.js';

export interface PlainContext { width: number; wrap: Wrap | null }

function fit(text: string, ctx: PlainContext, indent = 0): string {
  if (!ctx.wrap || ctx.width <= 0) return text;
  return ctx.wrap(text, ctx.width - indent).replace(/\n/g, '\n' + ' '.repeat(indent));
}

export function renderPrintPlain(article: Article, ctx: PlainContext, opts: { numbered?: boolean; sentences?: boolean }): string {
  const text = article.text;
  let s = '';
  for (const p of article.paragraphs) {
    if (opts.sentences) {
      for (const sen of p.sentences) {
        const label = `${p.n}.${sen.n}\t`;
        s += label + fit(sanitizeForTerminal(text.slice(sen.start, sen.end)), ctx) + '\n';
      }
    } else {
      const label = opts.numbered ? `${p.n}\t` : '';
      s += label + fit(sanitizeForTerminal(text.slice(p.start, p.end)), ctx) + '\n';
    }
  }
  return s;
}

export interface SearchView {
  /** The input's name when several are searched, else ''. */
  source: string;
  lineNumber: boolean;
  onlyMatching: boolean;
  before: number;
  after: number;
}

/** grep-style: `file:` and `p:s:` prefixes (`-` for context sentences), `--` between groups. */
export function renderSearchPlain(article: Article, matches: SearchMatch[], view: SearchView, chalk: ChalkInstance | null): string {
  const text = article.text;
  const style = chalk ? chalk.bold.red : null;
  const prefix = (index: number, sep: string): string => {
    const s = article.sentences[index]!;
    return (view.source ? sanitizeForTerminal(view.source) + sep : '') + (view.lineNumber ? `${s.paragraph}${sep}${s.n}${sep}` : '');
  };
  let out = '';
  if (view.onlyMatching) {
    for (const m of matches) out += prefix(m.sentenceIndex, ':') + highlight(text, m.start, m.end, [m], style) + '\n';
    return out;
  }
  const groups = contextGroups(matches, article.sentences.length, view.before, view.after);
  const withContext = view.before > 0 || view.after > 0;
  groups.forEach((group, g) => {
    if (g > 0 && withContext) out += '--\n';
    for (const line of group) {
      const s = article.sentences[line.index]!;
      const spans = line.isMatch ? matches.filter((m) => m.sentenceIndex === line.index) : [];
      out += prefix(line.index, line.isMatch ? ':' : '-') + highlight(text, s.start, s.end, spans, style) + '\n';
    }
  });
  return out;
}

/** name<TAB>count<TAB>roles joined by "; " (prefixed by the source when several inputs). */
export function renderPeoplePlain(people: Person[], source: string): string {
  const lead = source ? sanitizeForTerminal(source) + '\t' : '';
  return people.map((p) => `${lead}${sanitizeForTerminal(p.name)}\t${p.count}\t${sanitizeForTerminal(p.roles.join('; '))}\n`).join('');
}

/** speaker<TAB>kind<TAB>text, one quote per line (line breaks inside a quote become spaces). */
export function renderQuotesPlain(quotes: Quote[], source: string, group = false): string {
  const lead = source ? sanitizeForTerminal(source) + '\t' : '';
  const ordered = group ? [...groupBySpeaker(quotes).values()].flat() : quotes;
  return ordered.map((q) => `${lead}${sanitizeForTerminal(q.speaker?.name ?? '')}\t${q.kind}\t${sanitizeForTerminal(q.text.replace(/\s*\n\s*/g, ' '))}\n`).join('');
}
