// The only reader of input: the bundled article, files, or '-' for stdin. Turns bytes into text
// and every failure into an InputError with a one-line message naming the input.
import { isUtf8 } from 'node:buffer';
import { closeSync, openSync, readFileSync, readSync, statSync } from 'node:fs';
import { join } from 'node:path';

export interface Document {
  /** The path as given, '-' for stdin, or 'bundled'. */
  source: string;
  text: string;
}

export class InputError extends Error {}

export const BUNDLED = 'bundled';

function bundledPath(): string {
  // Resolved from the bundle, which lives in dist/: data/ is its sibling.
  return join(import.meta.dirname, '..', 'data', 'article.txt');
}

async function readStdin(): Promise<Buffer> {
  const chunks: Buffer[] = [];
  for await (const chunk of process.stdin) chunks.push(chunk as Buffer);
  return Buffer.concat(chunks);
}

// Files are read synchronously: one read, no promise machinery to load at start-up.

function describe(err: unknown): string {
  const code = (err as NodeJS.ErrnoException).code;
  switch (code) {
    case 'ENOENT': return 'no such file';
    case 'EACCES': case 'EPERM': return 'permission denied';
    case 'EISDIR': return 'is a directory';
    case 'ELOOP': return 'too many symbolic links';
    case 'ENAMETOOLONG': return 'file name too long';
    case 'EIO': return 'input/output error (unreadable)';
    default: return (err as Error).message ?? String(err);
  }
}

/**
 * Where the first byte that is not part of well-formed UTF-8 sits (overlong forms, surrogates
 * and code points past U+10FFFF included), or -1. Only asked once decoding has failed.
 */
export function firstInvalidUtf8(bytes: Uint8Array): number {
  for (let i = 0; i < bytes.length;) {
    const b = bytes[i]!;
    if (b < 0x80) { i++; continue; }
    let need: number;
    let min: number;
    if (b >= 0xc2 && b <= 0xdf) { need = 1; min = 0x80; }
    else if (b >= 0xe0 && b <= 0xef) { need = 2; min = 0x800; }
    else if (b >= 0xf0 && b <= 0xf4) { need = 3; min = 0x10000; }
    else return i;
    let cp = b & (0x3f >> need);
    for (let k = 1; k <= need; k++) {
      const c = bytes[i + k];
      if (c === undefined || (c & 0xc0) !== 0x80) return i;
      cp = (cp << 6) | (c & 0x3f);
    }
    if (cp < min || cp > 0x10ffff || (cp >= 0xd800 && cp <= 0xdfff)) return i;
    i += need + 1;
  }
  return -1;
}

/** The one-line complaint about bytes that are not UTF-8, with where and what to do. */
function notUtf8(source: string, bytes: Uint8Array, offset: number): InputError {
  const at = firstInvalidUtf8(bytes);
  const where = at < 0 ? '' : ` 0x${bytes[at]!.toString(16).toUpperCase().padStart(2, '0')} at offset ${at + offset}`;
  return new InputError(`${source}: not UTF-8 text (invalid byte${where}); convert it first, e.g. iconv -f latin1 -t utf-8`);
}

/**
 * Decodes bytes as text: UTF-8 (BOM skipped), or UTF-16 when it starts with a UTF-16 BOM.
 * Bytes that are not UTF-8 are an error, not U+FFFD: replacing them would alter the article.
 */
export function decode(bytes: Uint8Array, source: string): string {
  const utf16 = bytes.length >= 2 && bytes[0] === 0xff && bytes[1] === 0xfe ? 'utf-16le' : bytes.length >= 2 && bytes[0] === 0xfe && bytes[1] === 0xff ? 'utf-16be' : null;
  if (utf16) {
    try {
      return new TextDecoder(utf16, { fatal: true }).decode(bytes.subarray(2));
    } catch {
      throw new InputError(`${source}: not ${utf16.toUpperCase()} text after its byte-order mark (an odd byte count or a lone surrogate)`);
    }
  }
  if (bytes.indexOf(0) !== -1) throw new InputError(`${source}: binary data (a NUL byte), not text`);
  const bom = bytes.length >= 3 && bytes[0] === 0xef && bytes[1] === 0xbb && bytes[2] === 0xbf ? 3 : 0;
  const body = bytes.subarray(bom);
  try {
    return new TextDecoder('utf-8', { fatal: true }).decode(body);
  } catch {
    throw notUtf8(source, body, bom);
  }
}

/** An input with no text is almost always a mistake (a failed download, a wrong path): say so. */
function checkNotBlank(text: string, bytes: number, source: string): void {
  if (text.trim() !== '') return;
  throw new InputError(bytes === 0 || text === '' ? `${source}: empty, no article to read` : `${source}: only whitespace, no article to read`);
}

export async function readDocument(spec: string | undefined): Promise<Document> {
  const source = spec ?? BUNDLED;
  let bytes: Buffer;
  if (spec === undefined) {
    bytes = readFileSync(bundledPath());
  } else if (spec === '-') {
    bytes = await readStdin();
  } else {
    try {
      const info = statSync(spec);
      if (info.isDirectory()) throw new InputError(`${spec}: is a directory`);
      bytes = readFileSync(spec);
    } catch (err) {
      if (err instanceof InputError) throw err;
      throw new InputError(`${spec}: ${describe(err)}`);
    }
  }
  const name = source === BUNDLED ? 'bundled article' : source === '-' ? 'stdin' : source;
  const text = decode(bytes, name);
  checkNotBlank(text, bytes.length, name);
  return { source, text };
}

/** Files at least this large are searched in chunks when only counts are needed. */
export const STREAM_THRESHOLD = 16 * 1024 * 1024;
const CHUNK = 1024 * 1024;

/** A piece of a large file: whole lines of bytes, where they start in the file, and whether they are valid UTF-8. */
export interface Piece { bytes: Buffer; offset: number; utf8: boolean }

/**
 * A large file in pieces of whole lines, so memory stays flat. Null when the input should be
 * read whole instead (stdin, the bundled article, small files, anything that cannot be
 * opened: readDocument then reports the problem). Problems found on the way are InputErrors
 * as readDocument's. Each piece's bytes are valid only until the next one is taken.
 */
export function largeFilePieces(spec: string | undefined): Iterable<Piece> | null {
  if (spec === undefined || spec === '-') return null;
  let fd: number;
  try {
    const info = statSync(spec);
    if (info.isDirectory() || info.size < STREAM_THRESHOLD) return null;
    fd = openSync(spec, 'r');
  } catch {
    return null;
  }
  return piecesOf(fd, spec);
}

/** Decodes a piece as readDocument would: bytes that are not UTF-8 are an InputError. */
export function decodePiece(piece: Piece, spec: string): string {
  if (!piece.utf8) throw notUtf8(spec, piece.bytes, piece.offset);
  return piece.bytes.toString('utf8');
}

/** Where to cut a full buffer that holds no newline: before the last UTF-8 lead byte. */
function safeCut(buffer: Buffer, end: number): number {
  let i = end;
  while (i > end - 4 && i > 0 && (buffer[i - 1]! & 0xc0) === 0x80) i--;
  return i > 0 && buffer[i - 1]! >= 0xc0 ? i - 1 : end;
}

function hasNonSpace(bytes: Uint8Array): boolean {
  for (let i = 0; i < bytes.length; i++) {
    const b = bytes[i]!;
    if (b !== 0x20 && (b < 0x09 || b > 0x0d)) return true;
  }
  return false;
}

function* piecesOf(fd: number, spec: string): Generator<Piece> {
  const buffer = Buffer.allocUnsafe(CHUNK * 2);
  let carry = 0;
  let first = true;
  /** The file offset of buffer[0]. */
  let consumed = 0;
  let sawText = false;
  try {
    for (;;) {
      const read = readSync(fd, buffer, carry, buffer.length - carry, null);
      const end = carry + read;
      if (end === 0) break;
      let start = 0;
      if (first) {
        first = false;
        if ((buffer[0] === 0xff && buffer[1] === 0xfe) || (buffer[0] === 0xfe && buffer[1] === 0xff)) {
          throw new InputError(`${spec}: UTF-16 files this large are not supported; convert to UTF-8`);
        }
        if (buffer[0] === 0xef && buffer[1] === 0xbb && buffer[2] === 0xbf) start = 3;
      }
      // cut after the last newline (never inside a UTF-8 sequence), unless at the end of the file
      let cut = read === 0 ? end : buffer.lastIndexOf(0x0a, end - 1) + 1;
      if (cut <= start) cut = read === 0 ? end : safeCut(buffer, end);
      const bytes = buffer.subarray(start, cut);
      if (bytes.indexOf(0) !== -1) throw new InputError(`${spec}: binary data (a NUL byte), not text`);
      if (!sawText) sawText = hasNonSpace(bytes);
      yield { bytes, offset: consumed + start, utf8: isUtf8(bytes) };
      buffer.copy(buffer, 0, cut, end);
      consumed += cut;
      carry = end - cut;
      if (read === 0) break;
    }
    if (!sawText) throw new InputError(`${spec}: only whitespace, no article to read`);
  } finally {
    closeSync(fd);
  }
}
