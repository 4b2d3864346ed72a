// Terminal rendering: wrapped to the window, colour with restraint. Loaded only for a terminal.
import type { ChalkInstance as Chalk } from 'chalk';
import type { Article, Span } from '../core/article.js';
import { readingMinutes, type ArticleStats } from '../core/stats.js';
import { sanitizeForTerminal } from '../core/text.js';
import type { SearchMatch } from '../core/search.js';
import { contextGroups } from '../core/context-groups.js';
import type { Person } from '../core/people.js';
import type { Quote } from '../core/quotes.js';
import { groupBySpeaker } from '../core/quote-groups.js';
import { highlight, highlightStyled, type StyledSpan } from './highlight.js';
import type { SearchView } from './plain.js';
import type { Wrap } from './wrap.js';
import { hang } from './wrap.js';

export interface TerminalContext { chalk: Chalk | null; width: number; wrap: Wrap | null; several: boolean }

const identity = (s: string): string => s;

export function styles(chalk: Chalk | null) {
  return {
    dim: chalk ? chalk.dim : identity,
    bold: chalk ? chalk.bold : identity,
    match: chalk ? chalk.bold.red : identity,
    name: chalk ? chalk.bold : identity,
    quote: chalk ? chalk.cyan : identity,
    label: chalk ? chalk.magenta : identity,
    italic: chalk ? chalk.italic : identity,
  };
}

export function wrapTo(ctx: TerminalContext, text: string, indent: string): string {
  if (!ctx.wrap || ctx.width <= 0) return indent + text;
  return indent + hang(ctx.wrap(text, ctx.width - indent.length), indent);
}

export function renderPrint(
  article: Article, stats: ArticleStats, source: string, ctx: TerminalContext,
  opts: { numbered?: boolean; sentences?: boolean }, marks: { names: Span[]; quotes: Span[] } | null = null,
): string {
  const st = styles(ctx.chalk);
  const text = article.text;
  const minutes = readingMinutes(stats.words);
  const head = [ctx.several ? source : '', `${stats.words} words`, `${stats.sentences} sentences`, `${minutes} min read`]
    .filter(Boolean).join(' · ');
  // people's names in bold, quotations in the quote colour (with their marks), when asked
  const styled: StyledSpan[] = marks && ctx.chalk
    ? [...marks.quotes.map((q) => ({ ...q, style: st.quote })), ...marks.names.map((n) => ({ ...n, style: st.name }))]
    : [];
  const body = (from: number, to: number): string => highlightStyled(text, from, to, styled);
  let s = st.dim(wrapTo(ctx, sanitizeForTerminal(head), '')) + '\n';
  const gutterWidth = opts.sentences ? String(article.paragraphs.length).length + 4 : opts.numbered ? String(article.paragraphs.length).length + 2 : 0;
  for (const p of article.paragraphs) {
    s += '\n';
    if (opts.sentences) {
      for (const sen of p.sentences) {
        const label = `${p.n}.${sen.n}`.padEnd(gutterWidth);
        const wrapped = wrapTo(ctx, body(sen.start, sen.end), ' '.repeat(gutterWidth));
        s += st.dim(label) + wrapped.slice(gutterWidth) + '\n';
      }
    } else {
      const wrapped = wrapTo(ctx, body(p.start, p.end), ' '.repeat(gutterWidth));
      s += (gutterWidth ? st.dim(String(p.n).padEnd(gutterWidth)) : '') + wrapped.slice(gutterWidth) + '\n';
    }
  }
  return s;
}

/** Each matching sentence under a dim `¶2·3` location, matches highlighted, context dimmed. */
export function renderSearch(article: Article, matches: SearchMatch[], view: SearchView, ctx: TerminalContext): string {
  const st = styles(ctx.chalk);
  const text = article.text;
  const matchStyle = ctx.chalk ? st.match : null;
  const where = (i: number): string => {
    const s = article.sentences[i]!;
    return `${view.source ? sanitizeForTerminal(view.source) + ' ' : ''}¶${s.paragraph}·${s.n}`;
  };
  let out = '';
  if (view.onlyMatching) {
    for (const m of matches) out += st.dim(where(m.sentenceIndex)) + ' ' + highlight(text, m.start, m.end, [m], matchStyle) + '\n';
    return out;
  }
  const groups = contextGroups(matches, article.sentences.length, view.before, view.after);
  groups.forEach((group, g) => {
    if (g > 0) out += '\n';
    for (const line of group) {
      const s = article.sentences[line.index]!;
      const spans = line.isMatch ? matches.filter((m) => m.sentenceIndex === line.index) : [];
      const body = highlight(text, s.start, s.end, spans, matchStyle);
      out += st.dim(where(line.index)) + '\n' + wrapTo(ctx, line.isMatch ? body : st.dim(body), '  ') + '\n';
    }
  });
  return out;
}

const BLOCKS = '▁▂▃▄▅▆▇█';

/**
 * Where each person is mentioned, as a strip across the article: one cell per paragraph (or,
 * for long articles, per fortieth of the text), taller for more mentions, · for none.
 */
export function mentionTimelines(people: Person[], article: Article): string[] {
  const byParagraph = article.paragraphs.length <= 40;
  const cells = byParagraph ? Math.max(1, article.paragraphs.length) : 40;
  const length = Math.max(1, article.text.length);
  const counts = people.map((p) => {
    const row = new Array<number>(cells).fill(0);
    for (const m of p.mentions) row[byParagraph ? m.paragraph - 1 : Math.min(cells - 1, Math.floor((m.start / length) * cells))]!++;
    return row;
  });
  const max = Math.max(1, ...counts.flat());
  return counts.map((row) => row.map((n) => (n === 0 ? '·' : BLOCKS[Math.min(7, Math.ceil((n / max) * 8) - 1)]!)).join(''));
}

/** One person per row: name in bold, mention count, a timeline strip, paragraphs; roles below. */
export function renderPeople(people: Person[], article: Article, source: string, ctx: TerminalContext): string {
  const st = styles(ctx.chalk);
  let s = ctx.several ? st.dim(sanitizeForTerminal(source)) + '\n' : '';
  if (people.length === 0) return s + st.dim('no people found') + '\n';
  const nameWidth = Math.min(32, Math.max(...people.map((p) => [...p.name].length)));
  const strips = mentionTimelines(people, article);
  people.forEach((p, i) => {
    const paragraphs = [...new Set(p.mentions.map((m) => m.paragraph))];
    const count = `${p.count}×`.padStart(4);
    const strip = strips[i]!.replace(/·/g, st.dim('·'));
    s += `${st.name(sanitizeForTerminal(p.name).padEnd(nameWidth))} ${count}  ${strip}  ${st.dim(`¶${paragraphs.join(',')}`)}\n`;
    if (p.roles.length > 0) s += wrapTo(ctx, st.italic(sanitizeForTerminal(p.roles.join('; '))), '    ') + '\n';
  });
  return s;
}

/** Each quote as a block: direct ones in quotation marks, reported ones labelled; then the speaker. */
export function renderQuotes(quotes: Quote[], people: Person[], source: string, ctx: TerminalContext, group = false): string {
  const st = styles(ctx.chalk);
  let s = ctx.several ? st.dim(sanitizeForTerminal(source)) + '\n\n' : '';
  if (quotes.length === 0) return s + st.dim('no quotes found') + '\n';
  const roleOf = new Map(people.map((p) => [p.name, p.roles[0]]));
  const block = (q: Quote, withSpeaker: boolean): string => {
    const body = sanitizeForTerminal(q.text.replace(/\s*\n\s*/g, ' '));
    const shown = q.kind === 'direct' ? st.quote(`“${body}”`) : `${st.label(q.kind === 'mixed' ? '(reported, partly quoted) ' : '(reported) ')}${st.italic(body)}`;
    const who = q.speaker ? q.speaker.name : 'unattributed';
    const role = q.speaker ? roleOf.get(q.speaker.name) : undefined;
    const line = withSpeaker ? `— ${sanitizeForTerminal(who)}${role ? ', ' + sanitizeForTerminal(role) : ''} · ¶${q.paragraph}` : `¶${q.paragraph}`;
    return wrapTo(ctx, shown, '  ') + '\n' + wrapTo(ctx, st.dim(line), '    ') + '\n\n';
  };
  if (!group) return s + quotes.map((q) => block(q, true)).join('');
  for (const [speaker, theirs] of groupBySpeaker(quotes)) {
    const role = roleOf.get(speaker);
    s += st.name(sanitizeForTerminal(speaker)) + (role ? st.dim(`, ${sanitizeForTerminal(role)}`) : '') + st.dim(` · ${theirs.length}`) + '\n';
    s += theirs.map((q) => block(q, false)).join('');
  }
  return s;
}
