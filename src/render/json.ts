// JSON Lines. JSON.stringify leaves DEL, C1 controls, bidi overrides and line/paragraph
// separators raw; escape them too so no consumer ever prints them to a terminal unescaped.
const RAW_IN_JSON = /[\u007F-\u009F\u2028\u2029\u202A-\u202E\u2066-\u2069]/g;

export function jsonLine(value: unknown): string {
  return JSON.stringify(value).replace(RAW_IN_JSON, (c) => `\\u${c.charCodeAt(0).toString(16).padStart(4, '0')}`) + '\n';
}
