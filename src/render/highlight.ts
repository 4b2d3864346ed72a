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
