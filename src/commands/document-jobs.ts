// What people and quotes do to one document in plain or JSON mode, as a function from a
// document to its output text (the terminal layout is the commands' own).
import { parseArticle } from '../core/article.js';
import type { PeopleOrder } from '../core/people.js';
import type { QuoteKind } from '../core/quotes.js';
import type { Document } from '../io/input.js';
import { loadGivenNames, loadPersonModel } from '../io/model.js';
import { jsonLine } from '../render/json.js';
import { renderPeoplePlain, renderQuotesPlain } from '../render/plain.js';

export type JobName = 'people' | 'quotes';

/** Everything a job needs to know from the command line. */
export interface JobOptions {
  json: boolean;
  /** Several inputs: plain lines carry their source. */
  several: boolean;
  sort?: PeopleOrder;
  kind?: QuoteKind[];
  by?: string;
  group?: boolean;
}

export async function loadJob(name: JobName, opts: JobOptions): Promise<(doc: Document) => string> {
  const model = loadPersonModel();
  const givenNames = loadGivenNames();
  const { findPeople, sortPeople } = await import('../core/people.js');
  const source = (doc: Document): string => (opts.several ? doc.source : '');
  if (name === 'people') {
    return (doc) => {
      const people = sortPeople(findPeople(parseArticle(doc.text), model, givenNames), opts.sort ?? 'appearance');
      return opts.json ? jsonLine({ source: doc.source, people }) : renderPeoplePlain(people, source(doc));
    };
  }
  const { filterQuotes, findQuotes } = await import('../core/quotes.js');
  return (doc) => {
    const article = parseArticle(doc.text);
    const people = findPeople(article, model, givenNames);
    const quotes = filterQuotes(findQuotes({ article, people, givenNames }), opts.kind, opts.by);
    return opts.json ? jsonLine({ source: doc.source, quotes }) : renderQuotesPlain(quotes, source(doc), opts.group === true);
  };
}
