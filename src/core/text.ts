// Shared text helpers. Every transformation here is length-preserving (one UTF-16 code unit
// in, one out) so that offsets computed on a transformed string index the original text.

const TYPOGRAPHIC: Record<string, string> = {
  '\u2018': "'", '\u2019': "'", '\u201A': "'", '\u201B': "'", '\u2032': "'", '\u02BC': "'",
  '\u201C': '"', '\u201D': '"', '\u201E': '"', '\u201F': '"', '\u2033': '"', '\u00AB': '"', '\u00BB': '"',
  '\u2010': '-', '\u2011': '-', '\u2012': '-', '\u2013': '-', '\u2014': '-', '\u2015': '-', '\u2212': '-',
  '\u00A0': ' ', '\u2007': ' ', '\u202F': ' ', '\u205F': ' ', '\u3000': ' ', '\u2000': ' ', '\u2001': ' ',
  '\u2002': ' ', '\u2003': ' ', '\u2004': ' ', '\u2005': ' ', '\u2006': ' ', '\u2008': ' ', '\u2009': ' ',
  '\u200A': ' ',
};

const TYPOGRAPHIC_RE = /[\u2018\u2019\u201A\u201B\u2032\u02BC\u201C-\u201F\u2033\u00AB\u00BB\u2010-\u2015\u2212\u00A0\u2007\u202F\u205F\u3000\u2000-\u2006\u2008-\u200A]/g;

/** Curly quotes and apostrophes, dashes and unusual spaces to their ASCII forms. */
export function foldTypography(text: string): string {
  return text.replace(TYPOGRAPHIC_RE, (c) => TYPOGRAPHIC[c] ?? c);
}

// Letters whose NFD form has no ASCII base (ø, ł, đ, ı …) are mapped by hand; so are the
// letters Unicode case-insensitive matching equates with ASCII ones (long s, Kelvin and
// Ångström signs), which lets an ASCII pattern match without the regex engine's Unicode mode.
const EXTRA_BASE: Record<string, string> = {
  'ø': 'o', 'Ø': 'O', 'ł': 'l', 'Ł': 'L', 'đ': 'd', 'Đ': 'D', 'ı': 'i', 'ħ': 'h', 'Ħ': 'H', 'ŧ': 't', 'Ŧ': 'T',
  'ſ': 's', '\u212A': 'K', '\u212B': 'A',
};
const accentCache = new Map<string, string>();

function baseLetter(c: string): string {
  let base = accentCache.get(c);
  if (base === undefined) {
    const stripped = c.normalize('NFD').replace(/\p{M}+/gu, '');
    base = EXTRA_BASE[c] ?? (stripped.length === 1 ? stripped : c);
    accentCache.set(c, base);
  }
  return base;
}

/** é → e, ğ → g, ø → o; letters that would change length (ß, æ) stay as they are. */
export function foldAccents(text: string): string {
  return text.replace(/[\u00C0-\u024F\u1E00-\u1EFF\u212A\u212B]/g, baseLetter);
}

export function hasAccents(text: string): boolean {
  return /[\u00C0-\u024F\u1E00-\u1EFF]/.test(text.replace(/[\u00D7\u00F7]/g, ''));
}

// C0 controls except tab and newline, DEL, C1 controls, and bidirectional overrides/isolates.
const UNSAFE_RE = /[\u0000-\u0008\u000B-\u001F\u007F-\u009F\u202A-\u202E\u2066-\u2069]/g;

function visibleFor(c: string): string {
  const code = c.charCodeAt(0);
  if (code < 0x20) return String.fromCharCode(0x2400 + code); // control pictures: ␛ ␇ ␍ …
  if (code === 0x7f) return '\u2421'; // ␡
  return '\uFFFD';
}

/** Replaces characters that could drive a terminal with visible stand-ins (same length). */
export function sanitizeForTerminal(text: string): string {
  return text.replace(UNSAFE_RE, visibleFor);
}

export function hasUnsafe(text: string): boolean {
  UNSAFE_RE.lastIndex = 0;
  const found = UNSAFE_RE.test(text);
  UNSAFE_RE.lastIndex = 0;
  return found;
}

/** A word: letters or digits, joined by inner apostrophes, hyphens or periods (U.S., 2.5, al-Asad). */
export const WORD_RE = /[\p{L}\p{N}\p{M}]+(?:['’\-.][\p{L}\p{N}\p{M}]+)*/gu;

// Character tests without Unicode-property regexes: compiling \p{L} costs milliseconds at
// start-up, and these run on every command. Cased letters differ from their other case;
// uncased scripts (Arabic, CJK …) are caught by the range test above the Latin-1 punctuation.
export function isUpper(ch: string): boolean {
  const c = ch.charCodeAt(0);
  if (c < 128) return c >= 65 && c <= 90;
  return ch !== ch.toLowerCase();
}

export function isLower(ch: string): boolean {
  const c = ch.charCodeAt(0);
  if (c < 128) return c >= 97 && c <= 122;
  return ch !== ch.toUpperCase();
}

// Word-ness of each BMP code unit beyond ASCII, worked out on first sight (0: not yet known).
const WORDNESS = new Uint8Array(65536);

/** Is the UTF-16 code unit c part of a word (letter, digit or mark, any script)? */
export function isWordCode(c: number): boolean {
  if (c < 0x80) return (c >= 48 && c <= 57) || ((c | 32) >= 97 && (c | 32) <= 122);
  let known = WORDNESS[c]!;
  if (known === 0) {
    const ch = String.fromCharCode(c);
    const word = ch !== ch.toLowerCase() || ch !== ch.toUpperCase()
      // letters of uncased scripts and combining marks; not punctuation, symbols or spaces
      || (c >= 0x0300 && !(c >= 0x2000 && c <= 0x2bff) && !(c >= 0x3000 && c <= 0x303f) && c !== 0xfeff
        && !(c >= 0xfe30 && c <= 0xfe4f) && !(c >= 0xff00 && c <= 0xff0f));
    known = word ? 1 : 2;
    WORDNESS[c] = known;
  }
  return known === 1;
}

export function isWordChar(ch: string): boolean {
  return isWordCode(ch.charCodeAt(0));
}

/** Words as WORD_RE defines them, counted with a scanner instead of the Unicode regex. */
export function countWords(text: string): number {
  let n = 0;
  let inWord = false;
  for (let i = 0; i < text.length; i++) {
    const ch = text[i]!;
    if (isWordChar(ch)) {
      if (!inWord) { n++; inWord = true; }
    } else if (inWord && (ch === "'" || ch === '’' || ch === '-' || ch === '.') && i + 1 < text.length && isWordChar(text[i + 1]!)) {
      // joined: stays one word
    } else {
      inWord = false;
    }
  }
  return n;
}

export function wordsOf(text: string): string[] {
  return text.match(WORD_RE) ?? [];
}
