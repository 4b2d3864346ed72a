// The roles an article gives a person: an office before the name ("Iranian Foreign Minister
// Abbas Araghchi"), an apposition after it ("Maria Costa, the mayor of Porto") or before it
// ("the mayor of Porto, Maria Costa"; "Her supervisor, Peter Otieno"), and whether a
// description makes the "person" a company or a body ("Nordtek, the Finnish chipmaker").
import { isCapitalized, key, keyOf, type NameToken, type RawMention } from './name-tokens.js';
import { isLower } from './text.js';
import { isFunctionWord } from './tagger-facts.js';
import { HONORIFICS, ROLE_WORDS } from './lexicon/titles.js';
import { DEMONYMS, ORGANIZATION_DESCRIPTIONS } from './lexicon/name-parts.js';

// Words that end a lower-case role phrase on the left ("met opposition leader X": not "met").
const ROLE_STOPS = new Set(['the', 'a', 'an', 'and', 'or', 'of', 'by', 'with', 'to', 'from', 'for', 'as', 'said', 'says',
  'told', 'met', 'meet', 'including', 'like', 'former', 'then', 'his', 'her', 'their', 'its', 'whose', 'is', 'was',
  // prepositions: "a free kick past goalkeeper Ben Castillo" is a goalkeeper's
  'past', 'at', 'in', 'on', 'into', 'onto', 'over', 'under', 'against', 'behind', 'beside', 'near', 'around', 'through',
  'toward', 'towards', 'after', 'before', 'about', 'between', 'among', 'without', 'within', 'than', 'off', 'across',
  'beyond', 'during', 'despite', 'via', 'beat', 'beats', 'are', 'were', 'be', 'been', 'that', 'who', 'which',
  // subordinators: "the game turned when referee Paul Tierney pointed …"
  'when', 'while', 'because', 'if', 'until', 'unless', 'although', 'though', 'where', 'since', 'once', 'so', 'but', 'yet']);

/** An office or occupation, also as the end of a compound: "sous-chef", "vice-chancellor". */
export function isRoleWord(w: string): boolean {
  if (ROLE_WORDS.has(w)) return true;
  const dash = w.lastIndexOf('-');
  return dash > 0 && ROLE_WORDS.has(w.slice(dash + 1));
}

const LINKING_WORDS = new Set(['With', 'To', 'For', 'In', 'On', 'At', 'By', 'From', 'As', 'After', 'Before', 'Since', 'Under', 'Unlike',
  'Against', 'Without', 'Through', 'Into', 'Over', 'During', 'Among', 'Despite', 'Until', 'And', 'Or', 'But', 'If', 'When', 'While',
  'Because', 'Although', 'Though', 'Whether', 'Nor', 'So', 'Yet']);

export function rolesBefore(tokens: NameToken[], m: RawMention): string | null {
  // A run of capitalized words (and "of", "the" inside it) right before the name, ending in an office.
  let i = m.first - 1;
  const start = tokens[m.first]!.sentence;
  while (i >= 0 && tokens[i]!.sentence === start && HONORIFICS.has(keyOf(tokens[i]!))) i--;
  const end = i;
  if (end < 0 || tokens[end]!.sentence !== start) return null;
  // (of a full name: in "Secretary of State Hillary [Clinton]" the office is not right before)
  if (!isRoleWord(keyOf(tokens[end]!))) return m.last > m.first && end === m.first - 1 ? officeOfBefore(tokens, end) : null;
  let j = end;
  while (j - 1 >= 0 && tokens[j - 1]!.sentence === start) {
    const w = tokens[j - 1]!.text;
    // (not a function word opening the sentence, "When President Obama", nor a preposition or a
    // conjunction a title-case headline capitalizes, "A Conversation With Novelist Amara Nwosu";
    // another after a capitalized word may be a show's or a team's: "CBS This Morning co-anchor")
    if (isCapitalized(w) && !HONORIFICS.has(key(w)) && (w === 'Of' || !isFunctionWord(w) || (!LINKING_WORDS.has(w) && j - 2 >= 0
      && tokens[j - 2]!.sentence === start && tokens[j - 2]!.cap && !isFunctionWord(tokens[j - 2]!.text)))) { j--; continue; }
    if ((w === 'of' || w === 'the') && j - 2 >= 0 && isCapitalized(tokens[j - 2]!.text)) { j--; continue; }
    break;
  }
  // a lower-case office right before the name is a role too: "opposition leader Marine Le Pen"
  if (j === end && !isCapitalized(tokens[end]!.text)) {
    let k = end;
    while (k - 1 >= 0 && end - k < 2 && tokens[k - 1]!.sentence === start && isLower(tokens[k - 1]!.text[0]!) && !ROLE_STOPS.has(tokens[k - 1]!.text) && !/(?:ed|ing)$/.test(tokens[k - 1]!.text)) k--;
    // (the sentence's first word, capitalized only for that: "Talk show host Glenn Beck")
    const opener = tokens[k - 1];
    if (k > 0 && k < end && opener!.first && opener!.sentence === start && !ROLE_STOPS.has(keyOf(opener!)) && !/(?:ed|ing)$/.test(keyOf(opener!))) k--;
    // (and the nationality before it: "the British sculptor Alan Smith")
    else if (k > 0 && opener!.sentence === start && opener!.cap && DEMONYMS.has(keyOf(opener!))) k--;
    return tokens.slice(k, end + 1).map((t) => t.text).join(' ');
  }
  while (j <= end && !isCapitalized(tokens[j]!.text)) j++;
  // A sentence-initial "The" is not part of a role.
  if (tokens[j]!.text === 'The') j++;
  if (j > end) return null;
  return tokens.slice(j, end + 1).map((t) => t.text).join(' ');
}

/**
 * An office of something, capitalized, right before a name: "Secretary of State Antony
 * Blinken", "Minister of Finance Maria Costa", "Chancellor of the Exchequer Rachel Reeves".
 */
function officeOfBefore(tokens: NameToken[], end: number): string | null {
  const sentence = tokens[end]!.sentence;
  if (!tokens[end]!.cap) return null;
  for (let of = end - 1; of >= 1 && end - of <= 3; of--) {
    const t = tokens[of]!;
    if (t.sentence !== sentence) return null;
    if (t.cap) continue;
    if (t.end - t.start !== 2 || t.text !== 'of') {
      if (t.end - t.start !== 3 || t.text !== 'the') return null;
      continue;
    }
    const office = tokens[of - 1]!;
    if (office.sentence !== sentence || !isCapitalized(office.text) || !isRoleWord(keyOf(office))) return null;
    let j = of - 1;
    // (not a sentence's opening word: "After Deputy Secretary of State …")
    while (j - 1 >= 0 && tokens[j - 1]!.sentence === sentence && isCapitalized(tokens[j - 1]!.text) && !HONORIFICS.has(keyOf(tokens[j - 1]!)) && !(ROLE_STOPS.has(keyOf(tokens[j - 1]!)) && keyOf(tokens[j - 1]!) !== 'former')) j--;
    return tokens.slice(j, end + 1).map((x) => x.text).join(' ');
  }
  return null;
}

export function roleAfter(text: string, tokens: NameToken[], m: RawMention): string | null {
  // "According to Schmidt, the referee missed …": what follows the comma is the clause
  // (unless an indefinite description closes with a comma: "According to Radhika Rao, an
  // economist at DBS Bank, the target …")
  const before = tokens[m.first - 1];
  // every shape below opens with a comma: most mentions have none after them
  if (text.charCodeAt(tokens[m.last]!.end) !== 44) return null;
  let after = text.slice(tokens[m.last]!.end, tokens[m.last]!.end + 120);
  // (an age may come first: "Rahmat Hidayat, 34, a shopkeeper in Palu,")
  const age = /^,\s+\d{1,3}(?=,)/.exec(after);
  if (age) after = after.slice(age[0].length);
  if (before && before.sentence === tokens[m.first]!.sentence && keyOf(before) === 'to') {
    const closed = /^,\s+an?\s+([^,.;:()"“”]{2,80}?),/u.exec(after);
    return closed && closed[1]!.split(/\s+/).length <= 8 && !/\s(?:is|are|was|were|has|have|had|will|would)\s/.test(` ${closed[1]!} `) ? closed[1]!.trim() : null;
  }
  // Apposition: "Maria Costa, the mayor of Porto," / "Ahmed Khan, a farmer from Multan."
  // (a time word may come first: "Summers, now a professor at Harvard University,")
  // (the pattern runs only after such a word: it is costly to compile, and a start-up cost)
  let w = 1;
  while (w < after.length && WHITE_SPACE.test(after[w]!)) w++;
  let e = w;
  while (e < after.length && e - w < 40 && !WHITE_SPACE.test(after[e]!)) e++;
  const ap = APPOSITION_OPENERS.has(after.slice(w, e)) ? /^,\s+(?:(?:now|then|also|currently|formerly|once)\s+)?((?:the|a|an)\s+[^,.;:()"“”]{2,80}?)(?=[,.;:)]|\s+(?:said|says|told|who|whose|which|and)\b)/u.exec(after) : null;
  // (a clause is no apposition: "Founded … by Dana Okafor and Wei Chen, the company is based in …")
  // (a relative clause after a preposition ends no role: "the firm behind a viral ad in which …")
  if (ap && !/\s(?:on|in|at|for|of|to|with|by|from|under|through|into|during|behind)$/.test(ap[1]!) && !/^(?:the|a|an)\s+(?:same|other|last|first|next)\b/i.test(ap[1]!) && !/\s(?:is|are|was|were|has|have|had|will|would)\s/.test(ap[1]! + ' ')) {
    let role = ap[1]!;
    // (a period of an abbreviation does not end it: "the world No. 1", "a spokesman for Mrs. Clinton")
    if (after[ap.index + ap[0].length] === '.' && /\s(?:No|Nos|Mr|Mrs|Ms|Dr|Sen|Rep|Gov|Gen|Lt|Col|St|Mt)$/.test(role)) {
      const rest = after.slice(ap.index + ap[0].length);
      const more = /\sNos?$/.test(role) ? /^\.\s?\d+\b/.exec(rest) : /^\.\s+[A-ZÀ-Þ][\w-]*(?:['’][A-Z][\w-]*)?(?:\s+[A-ZÀ-Þ][\w-]*(?:['’][A-Z][\w-]*)?){0,2}(?=[,.;:)]|['’]s\b|\s|$)/.exec(rest);
      if (!more) return null;
      role += more[0];
    }
    return role.replace(/^(?:the|a|an)\s+/i, '').trim();
  }
  // without an article when an office opens it: "Abigail Dillen, president of Earthjustice,",
  // or after a possessive: "Dario Amodei, its chief executive,"
  // (the office may follow a word or two: "Michael Okun, medical adviser to the Parkinson's
  // Foundation,"; and run long: "chair of neurology at the University of Alabama at Birmingham,")
  const opener = after.slice(w, e);
  const bare = isLower(opener[0] ?? '') || /['’]s$/.test(opener) ? /^,\s+((?:its|his|her|their|[A-ZÀ-Þ][A-Za-zÀ-ÿ.-]*['’]s)\s+)?([a-z][a-z-]*(?:\s+(?:(?:[A-Z]\.)+(?=\s)|[^,.;:()"“”\s]+)){0,9}?)(?=,|\.(?:\s|$)|\s*\n|$|\s+(?:said|says|told|who)\b)/u.exec(after) : null;
  if (bare) {
    const words = bare[2]!.split(/\s+/);
    // (after a possessive the role may end in its office: "Dario Amodei, its chief executive,";
    // a name's possessive stays in it: "Xi Jinping, China's president,")
    const office = words.slice(0, 3).findIndex(isRoleWord);
    const opens = office === 0 || (office > 0 && words.slice(0, office).every((w) => /^[a-z-]+$/.test(w) && !ROLE_BLOCKERS.has(w)));
    // (a name right after the office is somebody else in a list: "…, former president Bill
    // Clinton, …"; a phrase cut at an abbreviation's period is no role: "adviser to Mrs.")
    const listed = office >= 0 && /^[A-ZÀ-Þ]/.test(words[office + 1] ?? '');
    const cut = /^(?:[A-Z]|Mrs?|Ms|Dr|Sen|Rep|Gov|Gen|Lt|Col|St)$/.test(words[words.length - 1]!);
    if (!listed && !cut && (opens || (bare[1] && isRoleWord(words[words.length - 1]!)))) return bare[1] && /^[A-ZÀ-Þ]/.test(bare[1]) ? bare[1] + bare[2]! : bare[2]!;
  }
  // a capitalized office, maybe of something: "Gwen Pritchard, Chief Executive Officer of
  // Northwind Energy.", "Rhys Llewellyn, Northwind's Director of Projects."
  if (isUpperStart(opener)) {
    const office = /^,\s+((?:[A-ZÀ-Þ][A-Za-zÀ-ÿ-]*['’]s\s+)?(?:[A-ZÀ-Þ][A-Za-zÀ-ÿ-]*\s+){0,3}?([A-ZÀ-Þ][A-Za-zÀ-ÿ-]*))((?:\s+(?:of|for|at)\s+(?:the\s+)?[A-ZÀ-Þ][A-Za-zÀ-ÿ&.-]*(?:\s+[A-ZÀ-Þ][A-Za-zÀ-ÿ&.-]*){0,3})?)(?=,|\.(?:\s|$)|\s*\n|$)/u.exec(after);
    // (not a list of names, some ending like an office: "John Brisini, Kevin Bishop, Phil Noble";
    // nor a title cut at its abbreviation: "Speaker of the House Rep.")
    const role = office ? (office[1]! + office[3]!).replace(/([A-Za-zÀ-ÿ]{3})\.$/, '$1') : '';
    const listed = office !== null && /^\s*(?:,|and\b)\s*[A-ZÀ-Þ]/.test(after.slice(office[0].length));
    if (office && !listed && isRoleWord(office[2]!.toLowerCase()) && !/\s(?:Mrs?|Ms|Dr|Sen|Rep|Gov|Gen|Lt|Col|St)$/.test(role)) return role;
  }
  return null;
}

const isUpperStart = (w: string): boolean => /^[A-ZÀ-Þ]/.test(w);
const APPOSITION_OPENERS = new Set(['the', 'a', 'an', 'now', 'then', 'also', 'currently', 'formerly', 'once']);

// Words before an office that make the phrase no apposition: "Costa, said the mayor", "Costa, who was mayor"
const ROLE_BLOCKERS = new Set(['said', 'says', 'told', 'who', 'and', 'or', 'but', 'was', 'is', 'be', 'were', 'are', 'have', 'has', 'had', 'will', 'would', 'as', 'then', 'when', 'while', 'with',
  'the', 'a', 'an', 'not', 'than', 'both', 'for', 'to', 'of', 'in', 'at', 'on', 'by', 'from',
  // (a verb and its object: "Marcus Hale, accused his opponent of …")
  'his', 'her', 'their', 'its', 'our', 'my', 'your']);

const WHITE_SPACE = /\s/;
// The apposition before a name (see roleBeforeApposition); with "his", "her", "their", "its" as openers too.
const APPOSITION = /(?:\b(?:[Tt]he|[Aa]n?)|[A-ZÀ-Þ][A-Za-zÀ-ÿ-]*['’]s)\s+((?:[a-zà-ÿ][A-Za-zÀ-ÿ-]*['’]s\s+)?(?:[A-ZÀ-Þ][A-Za-zÀ-ÿ-]*\s+){0,2}(?:[a-zà-ÿ][A-Za-zÀ-ÿ-]*\s+){0,3}(?:[a-zà-ÿ][A-Za-zÀ-ÿ-]*|[A-Z]{2,4})(?:\s+(?:of|for|at)\s+(?:the\s+)?[A-ZÀ-Þ][A-Za-zÀ-ÿ-]*(?:\s+[A-ZÀ-Þ][A-Za-zÀ-ÿ-]*)*)?),\s+$/;
const APPOSITION_OWNED = /(?:\b(?:[Tt]he|[Aa]n?|[Hh]is|[Hh]er|[Tt]heir|[Ii]ts)|[A-ZÀ-Þ][A-Za-zÀ-ÿ-]*['’]s)\s+((?:[a-zà-ÿ][A-Za-zÀ-ÿ-]*['’]s\s+)?(?:[A-ZÀ-Þ][A-Za-zÀ-ÿ-]*\s+){0,2}(?:[a-zà-ÿ][A-Za-zÀ-ÿ-]*\s+){0,3}(?:[a-zà-ÿ][A-Za-zÀ-ÿ-]*|[A-Z]{2,4})(?:\s+(?:of|for|at)\s+(?:the\s+)?[A-ZÀ-Þ][A-Za-zÀ-ÿ-]*(?:\s+[A-ZÀ-Þ][A-Za-zÀ-ÿ-]*)*)?),\s+$/;

export function roleBeforeApposition(text: string, tokens: NameToken[], m: RawMention): string | null {
  // "the mayor of Porto, Maria Costa", "Finland's economy minister, Riikka Koskinen"
  // the pattern ends in a comma and white space: look for them before running it
  // (an honorific may stand between: "The local MP, Sir Alan Pemberton")
  let first = m.first;
  while (first > 0 && tokens[first - 1]!.sentence === tokens[m.first]!.sentence && HONORIFICS.has(keyOf(tokens[first - 1]!))) first--;
  const at = tokens[first]!.start;
  let k = at - 1;
  while (k >= 0 && WHITE_SPACE.test(text[k]!)) k--;
  if (k < 0 || k === at - 1 || text[k] !== ',') return null;
  const from = Math.max(0, at - 80);
  const before = text.slice(from, at);
  // Latin classes, not \p{…}: this runs per mention and Unicode classes are slow to compile
  // (one or two capitalized words may open it: "The Swedish health minister, Karin Lund"; a
  // possessive may follow the article: "The opposition's finance spokesman, Oliver Grant")
  // (the possessive pronouns widen the pattern only where one stands: this runs before many mentions)
  // (the pattern's last word before the comma is lower case or an acronym, unless an "of", "for"
  // or "at" phrase ends it: without one of those there is nothing to match, and the pattern,
  // costly to compile, need not run: "President Masoud Pezeshkian, Speaker …")
  let w = k;
  while (w > 0 && !WHITE_SPACE.test(text[w - 1]!)) w--;
  const lastWord = text.slice(w, k);
  const capitalOffice = /^[A-ZÀ-Þ][a-zà-ÿ]/.test(lastWord) && isRoleWord(lastWord.toLowerCase());
  if (!/^[a-zà-ÿ]|^[A-Z]{2,4}$/.test(lastWord) && !capitalOffice && !/\s(?:of|for|at)\s/.test(before)) return null;
  const owning = /\b(?:[Hh]is|[Hh]er|[Tt]heir|[Ii]ts)\s/.test(before);
  const ap = (owning ? APPOSITION_OWNED : APPOSITION).exec(before);
  if (!ap) {
    // a capitalized office of something: "The Minister for Justice, Helen McEntee"
    const office = /\b[Tt]he\s+((?:[A-ZÀ-Þ][A-Za-zÀ-ÿ-]*\s+){0,2}([A-ZÀ-Þ][A-Za-zÀ-ÿ-]*)\s+(?:of|for|at)\s+(?:the\s+)?[A-ZÀ-Þ][A-Za-zÀ-ÿ-]*(?:\s+[A-ZÀ-Þ][A-Za-zÀ-ÿ-]*){0,3}),\s+$/.exec(before);
    if (office && isRoleWord(office[2]!.toLowerCase())) return office[1]!;
    // a capitalized office, as British news writes it: "The Housing Secretary, Angela Rayner",
    // "Britain's Foreign Secretary, David Lammy" (not after a preposition: "a letter to the Chancellor, …")
    const title = capitalOffice ? /(?:^|[^\w’'])((?:[Tt]he|[A-ZÀ-Þ][A-Za-zÀ-ÿ-]*['’]s)\s+((?:[A-ZÀ-Þ][A-Za-zÀ-ÿ-]*\s+){0,2}[A-ZÀ-Þ][A-Za-zÀ-ÿ-]*)),\s+$/.exec(before) : null;
    if (!title || /\b(?:to|with|by|from|for|of|about|against|on|at|in)\s+$/i.test(before.slice(0, title.index + title[0].indexOf(title[1]!)))) return null;
    return title[2]!;
  }
  const head = ap[1]!.split(/\s+/).find((w, k, all) => k === all.length - 1 || /^(?:of|for|at)$/.test(all[k + 1]!));
  // (after "his", "her": also a relation or a working tie: "Her supervisor, Peter Otieno", "His daughter, Ruth Kiprop")
  const owned = /^(?:his|her|their|its)$/i.test(ap[0].split(/\s+/)[0]!);
  // (a role is one phrase: not "his uncle and his father", "next to her lawyer")
  if (/\bnext to\s/.test(ap[1]!) || (owned && /\b(?:and|or|his|her|their|its)\s/.test(ap[1]!))) return null;
  // (nor the object of a preposition: "Beloved by her husband, Nancy was …"; but a name that
  // ends its phrase is the one it describes: "survived by his son, Michael Bennett; his brother, …")
  const ends = /^\s*(?:[;.)]|,\s+(?:and\s+)?(?:his|her|their)\b|,\s+(?:who|whose)\b|,?\s+and\s|$)/.test(text.slice(tokens[m.last]!.end, tokens[m.last]!.end + 20));
  if (owned && !ends && /\b(?:by|to|with|for|from|of|about|than)\s+$/i.test(before.slice(0, ap.index))) return null;
  // (and after "a": "survived by a son, Emeka Okafor", "a colleague, Robert Tanaka")
  const related = owned || /^an?$/i.test(ap[0].split(/\s+/)[0]!);
  if (related && !owned && !ends && /\b(?:by|to|with|for|from|of|about|than)\s+$/i.test(before.slice(0, ap.index))) return null;
  return head && (isRoleWord(head.toLowerCase()) || (related && RELATIONS.has(head.toLowerCase()))) ? ap[1]! : null;
}

const RELATIONS = new Set(['counterpart', 'daughter', 'son', 'wife', 'husband', 'mother', 'father', 'brother', 'sister', 'widow', 'widower',
  'supervisor', 'boss', 'lawyer', 'doctor', 'aide', 'adviser', 'advisor', 'assistant', 'deputy', 'colleague', 'friend', 'partner',
  'granddaughter', 'grandson', 'niece', 'nephew', 'cousin', 'fiancé', 'fiancée', 'girlfriend', 'boyfriend', 'teacher', 'coach',
  'neighbour', 'neighbor', 'grandmother', 'grandfather', 'stepson', 'stepdaughter', 'stepmother', 'stepfather', 'classmate',
  'roommate', 'mentor', 'predecessor', 'successor']);

/** "Finnish chipmaker", "maker of chips": a description whose head word names a company or a body. */
export function describesOrganization(role: string): boolean {
  const words = role.toLowerCase().split(/\s+/);
  // ("Bank of America chief": an office at the end makes it a person's)
  if (isRoleWord(words[words.length - 1]!)) return false;
  const of = words.findIndex((w) => w === 'of' || w === 'in' || w === 'for' || w === 'from' || w === 'at' || w === 'based');
  const head = words[(of > 0 ? of : words.length) - 1]!;
  return ORGANIZATION_DESCRIPTIONS.has(head);
}
