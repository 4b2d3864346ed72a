// Marks spans inside a slice of text with a style, after making the text terminal-safe.
import { sanitizeForTerminal } from '../core/text.js';
import type { Span } from '../core/article.js';

export type Style = (s: string) => string;

/** text[from, to) made safe, with each span (absolute offsets) wrapped in `style`. */
export function highlight(text: string, from: number, to: number, spans: Span[], style: Style | null): string {
  if (!style) return sanitizeForTerminal(text.slice(from, to));
  let out = '';
  let at = from;
  for (const s of [...spans].sort((a, b) => a.start - b.start)) {
    const start = Math.max(s.start, at);
    const end = Math.min(s.end, to);
    if (end <= start) continue;
    out += sanitizeForTerminal(text.slice(at, start)) + style(sanitizeForTerminal(text.slice(start, end)));
    at = end;
  }
  return out + sanitizeForTerminal(text.slice(at, to));
}

export interface StyledSpan extends Span { style: Style }

/**
 * text[from, to) made safe, each stretch styled by every span covering it (innermost last:
 * a name inside a quotation is bold and quote-coloured).
 */
export function highlightStyled(text: string, from: number, to: number, spans: StyledSpan[]): string {
  const inside = spans.filter((s) => s.end > from && s.start < to);
  if (inside.length === 0) return sanitizeForTerminal(text.slice(from, to));
  const cuts = new Set<number>([from, to]);
  for (const s of inside) { cuts.add(Math.max(from, s.start)); cuts.add(Math.min(to, s.end)); }
  const points = [...cuts].sort((a, b) => a - b);
  let out = '';
  for (let i = 0; i + 1 < points.length; i++) {
    const a = points[i]!;
    const b = points[i + 1]!;
    let piece = sanitizeForTerminal(text.slice(a, b));
    // styles are applied per word so that wrapping at spaces never splits an escape sequence
    for (const s of inside) if (s.start <= a && s.end >= b) piece = piece.replace(/\S+/g, (w) => s.style(w));
    out += piece;
  }
  return out;
}
