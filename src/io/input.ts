// The only reader of input: the bundled article, files, or '-' for stdin. Turns bytes into text
// and every failure into an InputError with a one-line message naming the input.
import { isUtf8 } from 'node:buffer';
import { closeSync, openSync, readFileSync, readSync, statSync } from 'node:fs';
import { join } from 'node:path';

export interface Document {
  /** The path as given, '-' for stdin, or 'bundled'. */
  source: string;
  text: string;
  /** A non-fatal problem worth one line on stderr (invalid UTF-8). */
  warning?: string;
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

/** Decodes bytes as text: UTF-8 (BOM skipped), or UTF-16 when it starts with a UTF-16 BOM. */
export function decode(bytes: Uint8Array, source: string): { text: string; warning?: string } {
  if (bytes.length >= 2 && bytes[0] === 0xff && bytes[1] === 0xfe) {
    return { text: new TextDecoder('utf-16le').decode(bytes.subarray(2)) };
  }
  if (bytes.length >= 2 && bytes[0] === 0xfe && bytes[1] === 0xff) {
    return { text: new TextDecoder('utf-16be').decode(bytes.subarray(2)) };
  }
  if (bytes.indexOf(0) !== -1) throw new InputError(`${source}: binary data (a NUL byte), not text`);
  const body = bytes.length >= 3 && bytes[0] === 0xef && bytes[1] === 0xbb && bytes[2] === 0xbf ? bytes.subarray(3) : bytes;
  try {
    return { text: new TextDecoder('utf-8', { fatal: true }).decode(body) };
  } catch {
    return {
      text: new TextDecoder('utf-8').decode(body),
      warning: `${source}: invalid UTF-8, undecodable bytes shown as \uFFFD`,
    };
  }
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
  const { text, warning } = decode(bytes, source === BUNDLED ? 'bundled article' : source === '-' ? 'stdin' : source);
  return warning ? { source, text, warning } : { source, text };
}

/** Files at least this large are searched in chunks when only counts are needed. */
export const STREAM_THRESHOLD = 16 * 1024 * 1024;
const CHUNK = 1024 * 1024;

/** A piece of a large file: whole lines of bytes, and whether they are valid UTF-8. */
export interface Piece { bytes: Buffer; utf8: boolean }

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

/** Decodes a piece as readDocument would, warning once per file about invalid UTF-8. */
export function pieceDecoder(spec: string, warn: (message: string) => void): (piece: Piece) => string {
  let warned = false;
  return (piece) => {
    if (!piece.utf8 && !warned) { warn(`${spec}: invalid UTF-8, undecodable bytes shown as \uFFFD`); warned = true; }
    return piece.bytes.toString('utf8');
  };
}

/** Where to cut a full buffer that holds no newline: before the last UTF-8 lead byte. */
function safeCut(buffer: Buffer, end: number): number {
  let i = end;
  while (i > end - 4 && i > 0 && (buffer[i - 1]! & 0xc0) === 0x80) i--;
  return i > 0 && buffer[i - 1]! >= 0xc0 ? i - 1 : end;
}

function* piecesOf(fd: number, spec: string): Generator<Piece> {
  const buffer = Buffer.allocUnsafe(CHUNK * 2);
  let carry = 0;
  let first = true;
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
      yield { bytes, utf8: isUtf8(bytes) };
      buffer.copy(buffer, 0, cut, end);
      carry = end - cut;
      if (read === 0) break;
    }
  } finally {
    closeSync(fd);
  }
}
