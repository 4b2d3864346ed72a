// The only reader of input: the bundled article, files, or '-' for stdin. Turns bytes into text
// and every failure into an InputError with a one-line message naming the input.
import { readFileSync, statSync } from 'node:fs';
import { fileURLToPath } from 'node:url';

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
  return fileURLToPath(new URL('../data/article.txt', import.meta.url));
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
