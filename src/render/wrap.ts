// Word wrapping for terminal and plain output, aware of our colour codes and of wide and
// zero-width characters. Written here rather than taken from wrap-ansi: its width library
// builds an Intl.Segmenter and compiles Unicode emoji regexes when loaded, which cost about
// 60 ms at start-up, half again a whole `article print`.

export type Wrap = (text: string, columns: number) => string;

/** Indents every line after the first by `indent` (hanging indent for gutters). */
export function hang(wrapped: string, indent: string): string {
  return wrapped.replace(/\n/g, `\n${indent}`);
}

/** Columns a code point takes in a terminal: 0 for marks and zero-width, 2 for wide scripts. */
export function codePointWidth(cp: number): number {
  if (cp < 0x300) return 1;
  if ((cp >= 0x300 && cp <= 0x36f) || (cp >= 0x1ab0 && cp <= 0x1aff) || (cp >= 0x1dc0 && cp <= 0x1dff)
    || (cp >= 0x20d0 && cp <= 0x20ff) || (cp >= 0xfe20 && cp <= 0xfe2f) || (cp >= 0x200b && cp <= 0x200f)
    || (cp >= 0x2060 && cp <= 0x2064) || cp === 0xfeff || (cp >= 0xfe00 && cp <= 0xfe0f)) return 0;
  if ((cp >= 0x1100 && cp <= 0x115f) || (cp >= 0x2e80 && cp <= 0x303e) || (cp >= 0x3041 && cp <= 0x33ff)
    || (cp >= 0x3400 && cp <= 0x4dbf) || (cp >= 0x4e00 && cp <= 0x9fff) || (cp >= 0xa000 && cp <= 0xa4cf)
    || (cp >= 0xac00 && cp <= 0xd7a3) || (cp >= 0xf900 && cp <= 0xfaff) || (cp >= 0xfe30 && cp <= 0xfe4f)
    || (cp >= 0xff00 && cp <= 0xff60) || (cp >= 0xffe0 && cp <= 0xffe6) || (cp >= 0x1f300 && cp <= 0x1f64f)
    || (cp >= 0x1f900 && cp <= 0x1f9ff) || (cp >= 0x20000 && cp <= 0x3fffd)) return 2;
  return 1;
}

const SGR = /^\u001b\[[0-9;]*m/;

/** Display width of text that may hold SGR colour codes (which take no columns). */
export function displayWidth(text: string): number {
  let width = 0;
  for (let i = 0; i < text.length; i++) {
    const c = text.charCodeAt(i);
    if (c === 0x1b) {
      const m = SGR.exec(text.slice(i, i + 24));
      if (m) { i += m[0].length - 1; continue; }
    }
    if (c < 0x300) { width++; continue; }
    const cp = text.codePointAt(i)!;
    if (cp > 0xffff) i++;
    width += codePointWidth(cp);
  }
  return width;
}

/** Splits a word wider than the line into pieces of at most `columns` columns. */
function breakWord(word: string, columns: number): string[] {
  const pieces: string[] = [];
  let piece = '';
  let width = 0;
  for (let i = 0; i < word.length; i++) {
    const m = word.charCodeAt(i) === 0x1b ? SGR.exec(word.slice(i, i + 24)) : null;
    if (m) { piece += m[0]; i += m[0].length - 1; continue; }
    const cp = word.codePointAt(i)!;
    const ch = String.fromCodePoint(cp);
    if (cp > 0xffff) i++;
    const w = codePointWidth(cp);
    if (width + w > columns && width > 0) { pieces.push(piece); piece = ''; width = 0; }
    piece += ch;
    width += w;
  }
  if (piece) pieces.push(piece);
  return pieces;
}

/**
 * Greedy word wrap at spaces to `columns` columns, each line trimmed of the spaces it broke
 * at. With `hard`, a word longer than a line is broken; otherwise it overflows whole.
 */
export function wrapText(text: string, columns: number, hard: boolean): string {
  const out: string[] = [];
  for (const paragraph of text.split('\n')) {
    let line = '';
    let width = 0;
    for (const word of paragraph.split(' ')) {
      if (word === '') continue;
      const w = displayWidth(word);
      if (width > 0 && width + 1 + w <= columns) { line += ' ' + word; width += 1 + w; continue; }
      if (width > 0) { out.push(line); line = ''; width = 0; }
      if (w > columns && hard) {
        const pieces = breakWord(word, columns);
        out.push(...pieces.slice(0, -1));
        line = pieces[pieces.length - 1] ?? '';
        width = displayWidth(line);
      } else {
        line = word;
        width = w;
      }
    }
    out.push(line);
  }
  return out.join('\n');
}
