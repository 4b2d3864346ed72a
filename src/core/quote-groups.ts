// Grouping quotes by who said them (for quotes --group).
import type { Quote } from './quotes.js';

/** Quotes by speaker, speakers in order of their first quote; unattributed ones last. */
export function groupBySpeaker(quotes: Quote[]): Map<string, Quote[]> {
  const groups = new Map<string, Quote[]>();
  for (const q of quotes.filter((x) => x.speaker)) {
    const list = groups.get(q.speaker!.name) ?? [];
    list.push(q);
    groups.set(q.speaker!.name, list);
  }
  const none = quotes.filter((x) => !x.speaker);
  if (none.length > 0) groups.set('unattributed', none);
  return groups;
}
