// The given-name table: lower-cased first name → usual gender ('m', 'f' or 'mf' for both).
export type NameGender = 'm' | 'f' | 'mf';
export type GivenNames = Map<string, NameGender>;

export function parseGivenNames(tsv: string): GivenNames {
  const names: GivenNames = new Map();
  for (const line of tsv.split('\n')) {
    const tab = line.indexOf('\t');
    if (tab > 0) names.set(line.slice(0, tab), line.slice(tab + 1) as NameGender);
  }
  return names;
}
