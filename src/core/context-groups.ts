// Which sentences -A/-B/-C show around matching ones, grouped as grep groups lines.

export interface ContextLine { index: number; isMatch: boolean }

/**
 * The sentences to show for -A/-B/-C, as grep shows lines: each matching sentence with its
 * neighbours, overlapping or touching ranges merged into one group.
 */
export function contextGroups(matches: { sentenceIndex: number }[], total: number, before: number, after: number): ContextLine[][] {
  const matching = [...new Set(matches.map((m) => m.sentenceIndex))].sort((a, b) => a - b);
  const groups: ContextLine[][] = [];
  let current: ContextLine[] = [];
  let lastShown = -2;
  const isMatch = new Set(matching);
  for (const i of matching) {
    const from = Math.max(0, i - before, lastShown + 1);
    const to = Math.min(total - 1, i + after);
    if (current.length > 0 && from > lastShown + 1) { groups.push(current); current = []; }
    for (let j = from; j <= to; j++) current.push({ index: j, isMatch: isMatch.has(j) });
    lastShown = Math.max(lastShown, to);
  }
  if (current.length > 0) groups.push(current);
  return groups;
}
