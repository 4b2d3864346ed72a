// Terminal rendering: wrapped to the window, colour with restraint. Loaded only for a terminal.
import type { ChalkInstance as Chalk } from 'chalk';
import type { Article } from '../core/article.js';
import { readingMinutes, type ArticleStats } from '../core/stats.js';
import { sanitizeForTerminal } from '../core/text.js';
import type { SearchMatch } from '../core/search.js';
import { contextGroups } from '../core/context-groups.js';
import type { Person } from '../core/people.js';
import type { Quote } from '../core/quotes.js';
import { highlight } from './highlight.js';
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
  opts: { numbered?: boolean; sentences?: boolean },
): string {
  const st = styles(ctx.chalk);
  const text = article.text;
  const minutes = readingMinutes(stats.words);
  const head = [ctx.several ? source : '', `${stats.words} words`, `${stats.sentences} sentences`, `${minutes} min read`]
    .filter(Boolean).join(' · ');
  let s = st.dim(wrapTo(ctx, sanitizeForTerminal(head), '')) + '\n';
  const gutterWidth = opts.sentences ? String(article.paragraphs.length).length + 4 : opts.numbered ? String(article.paragraphs.length).length + 2 : 0;
  for (const p of article.paragraphs) {
    s += '\n';
    if (opts.sentences) {
      for (const sen of p.sentences) {
        const label = `${p.n}.${sen.n}`.padEnd(gutterWidth);
        const body = wrapTo(ctx, sanitizeForTerminal(text.slice(sen.start, sen.end)), ' '.repeat(gutterWidth));
        s += st.dim(label) + body.slice(gutterWidth) + '\n';
      }
    } else {
      const body = wrapTo(ctx, sanitizeForTerminal(text.slice(p.start, p.end)), ' '.repeat(gutterWidth));
      s += (gutterWidth ? st.dim(String(p.n).padEnd(gutterWidth)) : '') + body.slice(gutterWidth) + '\n';
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

/** One person per row: name in bold, roles, mention count, paragraphs where they appear. */
export function renderPeople(people: Person[], article: Article, source: string, ctx: TerminalContext): string {
  const st = styles(ctx.chalk);
  let s = ctx.several ? st.dim(sanitizeForTerminal(source)) + '\n' : '';
  if (people.length === 0) return s + st.dim('no people found') + '\n';
  const nameWidth = Math.min(32, Math.max(...people.map((p) => [...p.name].length)));
  for (const p of people) {
    const paragraphs = [...new Set(p.mentions.map((m) => m.paragraph))];
    const count = `${p.count}×`.padStart(4);
    const where = `¶${paragraphs.join(',')}`;
    const head = `${st.name(sanitizeForTerminal(p.name).padEnd(nameWidth))} ${count}  ${st.dim(where)}`;
    s += head + '\n';
    if (p.roles.length > 0) s += wrapTo(ctx, st.italic(sanitizeForTerminal(p.roles.join('; '))), '    ') + '\n';
  }
  void article;
  return s;
}

/** Each quote as a block: direct ones in quotation marks, reported ones labelled; then the speaker. */
export function renderQuotes(quotes: Quote[], people: Person[], source: string, ctx: TerminalContext): string {
  const st = styles(ctx.chalk);
  let s = ctx.several ? st.dim(sanitizeForTerminal(source)) + '\n\n' : '';
  if (quotes.length === 0) return s + st.dim('no quotes found') + '\n';
  const roleOf = new Map(people.map((p) => [p.name, p.roles[0]]));
  for (const q of quotes) {
    const body = sanitizeForTerminal(q.text.replace(/\s*\n\s*/g, ' '));
    const shown = q.kind === 'direct' ? st.quote(`“${body}”`) : `${st.label(q.kind === 'mixed' ? '(reported, partly quoted) ' : '(reported) ')}${st.italic(body)}`;
    s += wrapTo(ctx, shown, '  ') + '\n';
    const who = q.speaker ? q.speaker.name : 'unattributed';
    const role = q.speaker ? roleOf.get(q.speaker.name) : undefined;
    s += wrapTo(ctx, st.dim(`— ${sanitizeForTerminal(who)}${role ? ', ' + sanitizeForTerminal(role) : ''} · ¶${q.paragraph}`), '    ') + '\n\n';
  }
  return s;
}
