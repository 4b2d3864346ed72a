// The given-name table: lower-cased first name → usual gender ('m', 'f' or 'mf' for both).
// Shipped as a hashed binary (the same format as the tagger's weights, weights m and f) so
// loading it is a file read, not parsing eight thousand lines.
import { HashedWeights } from '../hashed-weights.js';

export type NameGender = 'm' | 'f' | 'mf';

export interface GivenNames {
  get(name: string): NameGender | undefined;
  has(name: string): boolean;
}

/**
 * The table reads a name with accents as the name without them ("José", "Zoë", "Søren"): the
 * list is of English spellings. Training and the shipped table both read through this.
 */
export function foldingAccents(names: GivenNames): GivenNames {
  const get = (name: string): NameGender | undefined => {
    const found = names.get(name);
    if (found !== undefined || /^[\x00-\x7f]*$/.test(name)) return found;
    const folded = name.normalize('NFD').replace(/[\u0300-\u036f]/g, '').replace(/ø/g, 'o').replace(/æ/g, 'ae').replace(/ß/g, 'ss');
    return folded === name ? undefined : names.get(folded);
  };
  return { get, has: (name) => get(name) !== undefined };
}

/** name<TAB>m|f|mf lines → a Map (the build and training read the table this way). */
export function parseGivenNames(tsv: string): Map<string, NameGender> {
  const names = new Map<string, NameGender>();
  for (const line of tsv.split('\n')) {
    const tab = line.indexOf('\t');
    if (tab > 0) names.set(line.slice(0, tab), line.slice(tab + 1) as NameGender);
  }
  return names;
}

export function encodeGivenNames(names: Map<string, NameGender>): Uint8Array {
  const entries = new Map<string, number[]>();
  for (const [name, g] of names) entries.set(name, [g === 'f' ? 0 : 1, g === 'm' ? 0 : 1, 0]);
  return HashedWeights.encodeStrings(entries);
}

export function decodeGivenNames(bytes: Uint8Array): GivenNames {
  const table = HashedWeights.decode(bytes);
  const get = (name: string): NameGender | undefined => {
    const w = [0, 0, 0];
    table.addInto(name, w);
    if (w[0]! > 0.5) return w[1]! > 0.5 ? 'mf' : 'm';
    return w[1]! > 0.5 ? 'f' : undefined;
  };
  return foldingAccents({ get, has: (name) => get(name) !== undefined });
}

/**
 * Names the list gives to men only that are now given to girls as often: for a speaker's gender
 * they say nothing ("Taylor Swift … she wrote"). The tagger reads the list as it is, as it was
 * trained.
 */
export const UNISEX_NAMES: ReadonlySet<string> = new Set(['taylor', 'riley', 'avery', 'cameron', 'drew', 'rowan', 'skyler',
  'reese', 'peyton', 'hayden', 'kendall', 'parker', 'emerson', 'finley', 'harper', 'charlie', 'frankie', 'billie', 'bobbie',
  'sidney', 'devon', 'elliott', 'jody']);

/**
 * Names both lists hold (mostly as a nickname of the other sex: "Bill" is also Wilhelmina's)
 * whose bearers are nearly all of one sex. The lists say nothing of how many bear them; for a
 * speaker's gender these go by their usual use. Names truly given to both (Alex, Chris, Jordan,
 * Jamie, Pat, Sam, Kim, Lee, Robin, Casey, Dana) stay both.
 */
const MOSTLY_MEN: ReadonlySet<string> = new Set(['adrian', 'alfie', 'andy', 'augustine', 'austin', 'barry', 'bennie', 'benny',
  'bernie', 'bert', 'bill', 'billy', 'brett', 'carmine', 'cecil', 'chad', 'christian', 'cody', 'constantine', 'corey', 'cory',
  'danny', 'darryl', 'daryl', 'denny', 'devin', 'dion', 'donnie', 'donny', 'eddie', 'eddy', 'frank', 'franky', 'fred', 'freddie',
  'freddy', 'gabriel', 'gene', 'george', 'gerry', 'glen', 'glenn', 'gus', 'heath', 'ira', 'jerry', 'jesse', 'joey', 'kyle',
  'leland', 'lonnie', 'lorne', 'lou', 'marty', 'max', 'ollie', 'perry', 'phil', 'quentin', 'randy', 'ray', 'reggie', 'rey',
  'ricky', 'robbie', 'robby', 'ronnie', 'ronny', 'rory', 'sal', 'sammy', 'sean', 'shane', 'shaun', 'shawn', 'sonny', 'ted',
  'teddy', 'tim', 'timmy', 'toby', 'tommy', 'tony', 'van', 'vinnie', 'vinny', 'wally', 'willie', 'willy']);
const MOSTLY_WOMEN: ReadonlySet<string> = new Set(['abbey', 'abbie', 'abby', 'allie', 'angie', 'ashley', 'brandy', 'brooke',
  'carly', 'cassie', 'christy', 'claire', 'clare', 'connie', 'courtney', 'erin', 'evelyn', 'gail', 'gayle', 'grace', 'haley',
  'hazel', 'hilary', 'hillary', 'holly', 'jodi', 'jodie', 'julie', 'kelley', 'kelly', 'kelsey', 'kylie', 'lauren', 'laurie',
  'lesley', 'lindsay', 'lindsey', 'lynn', 'mallory', 'meredith', 'meryl', 'michele', 'nichole', 'nikki', 'paige', 'patsy',
  'patty', 'penny', 'ruby', 'shannon', 'shelley', 'simone', 'stacy', 'tammy', 'terri', 'tracey', 'tracy', 'whitney', 'winnie']);

/** A given name's usual gender for telling people apart, unisex names counting as both. */
export const usualGender = (names: GivenNames, given: string): NameGender | undefined => (UNISEX_NAMES.has(given) ? 'mf' : names.get(given));

/** For a name both lists hold, the sex nearly all its bearers are ("Hillary", "Bernie"), if any. */
export const mostlyGender = (given: string): 'm' | 'f' | undefined => (MOSTLY_MEN.has(given) ? 'm' : MOSTLY_WOMEN.has(given) ? 'f' : undefined);
