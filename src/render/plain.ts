// Plain text for pipes: no escape sequences, one record per line, text as written (only
// control characters are made visible).
import type { Article } from '../core/article.js';
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
