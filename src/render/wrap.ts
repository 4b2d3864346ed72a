// The wrapping contract renderers receive; the command layer supplies wrap-ansi lazily.
export type Wrap = (text: string, columns: number) => string;

/** Indents every line after the first by `indent` (hanging indent for gutters). */
export function hang(wrapped: string, indent: string): string {
  return wrapped.replace(/\n/g, `\n${indent}`);
}
