// Finding who speaks: the noun phrase that is a speech verb's subject, the subject opening a
// clause, and where a reported clause ends. Rules over tokens, no parser.
import { ACT_VERBS, BASE_FORMS, SPEECH_VERBS, THOUGHT_VERBS, VERB_MODIFIERS } from './lexicon/speech-verbs.js';
import { isCap, NOUN_MARKERS, startsLower, type Tok } from './quote-tokens.js';
import { ROLE_HEADS, ROLE_WORDS } from './lexicon/titles.js';
import { NAME_PARTICLES, STATES_OF_TWO } from './lexicon/name-parts.js';

// Nouns for a group that speak without a determiner, as plurals do: "…, police said."
const COLLECTIVE_NOUNS = new Set(['police', 'staff', 'personnel', 'people', 'men', 'women', 'children']);

export const PRONOUNS = new Set(['he', 'she', 'they', 'we', 'i', 'you', 'it']);
const SUBJECT_DETERMINERS = new Set(['the', 'a', 'an', 'both', 'some', 'many', 'most', 'several', 'two', 'three',
  'four', 'other', 'his', 'her', 'their', 'its', 'our', 'my', 'your', 'one', 'few', 'all', 'senior', 'top', 'another', 'these',
  'those', 'this', 'that', 'each', 'every', 'no', 'former', 'local', 'u.s.', 'hundreds', 'thousands', 'dozens', 'scores', 'millions', 'tens']);
/** A verb's or an adverb's ending, but for the nouns that share it ("Clinton ally James Carville", "the family spokesman"). */
const verbLike = (w: string): boolean => /(?:ed|ing|ly)$/.test(w) && !LY_NOUNS.has(w);
const PHRASE_OPENERS = new Set(['of', 'the', 'a', 'an']);
const SINGULAR_PRONOUNS = new Set(['he', 'she', 'it']);
const LY_NOUNS = new Set(['ally', 'family', 'assembly', 'rally', 'sibling', 'underling', 'darling', 'king']);
const QUANTIFIERS = new Set(['some', 'many', 'most', 'several', 'few', 'two', 'three', 'four', 'both', 'other']);
const NP_STOP = new Set(['that', 'which', 'who', 'whom', 'whose', 'and', 'but', 'because', 'when', 'while', 'as', 'if',
  'after', 'before', 'since', 'although', 'though', 'where', 'so', 'or', 'than', 'what', 'whether', 'how', 'to',
  'in', 'on', 'at', 'for', 'with', 'by', 'from', 'into', 'about', 'over', 'is', 'are', 'was', 'were', 'be', 'not',
  'there', 'also', 'has', 'have', 'had', 'would', 'will', 'could', 'should', 'may', 'might', 'can', 'did', 'does',
  'do', 'said', 'says', 'say', 'told', 'during', 'under', 'against', 'between', 'through', 'without', 'why', 'then',
  'just', 'even', 'only', 'now', 'still', 'yet', 'once', 'very', 'too', 'more', 'less']);
export const INTRO_WORDS = new Set(['in', 'on', 'at', 'after', 'before', 'during', 'since', 'meanwhile', 'however', 'moreover',
  'already', 'otherwise', 'nonetheless', 'afterward', 'afterwards', 'perhaps', 'maybe', 'sometimes', 'often', 'anyway', 'hence',
  'meantime', 'nowadays', 'tonight', 'tomorrow',
  'additionally', 'also', 'still', 'instead', 'later', 'earlier', 'separately', 'last', 'for', 'as', 'with', 'when',
  'while', 'speaking', 'looking', 'asked', 'writing', 'but', 'and', 'yet', 'so', 'then', 'now', 'today', 'yesterday',
  'furthermore', 'nevertheless', 'similarly', 'likewise', 'indeed', 'finally', 'first', 'second', 'third', 'by',
  'under', 'from', 'to', 'if', 'although', 'though', 'because', 'despite', 'according', 'in addition', 'consequently',
  'therefore', 'thus', 'overall', 'notably', 'elsewhere', 'again', 'back', 'regarding', 'concerning', 'amid', 'following', 'early', 'late', 'based',
  'despite', 'unlike', 'like', 'throughout', 'among', 'across', 'upon', 'without', 'within', 'beyond', 'besides', 'given',
  'through', 'around', 'until', 'against', 'toward', 'towards', 'or', 'perhaps', 'maybe', 'outside', 'inside', 'near',
  'behind', 'beside', 'aboard', 'over', 'along', 'below', 'above', 'beneath', 'well', 'yes', 'oh', 'okay', 'look', 'wait', 'here',
  'monday', 'tuesday', 'wednesday', 'thursday', 'friday', 'saturday', 'sunday']);
/** A noun phrase ending at token index `last` (inclusive): name, pronoun or short description. */
/** "Will Estrada", "May Mobley": a modal that is a given name, capitalized before a capitalized word. */
// (one capitalized word after it, not a run of them: "Top Climate Group Will Run Ads" is a headline)
// (or, past a sentence's start, before a verb in the past tense or a speech verb's -s form, which no
// modal takes: "…, Will urged voters", "Later, Will wrote", "Will says")
export const givenModal = (toks: Tok[], i: number): boolean => /^(?:Will|May)$/.test(toks[i]?.text ?? '')
  && ((isCap(toks[i + 1]) && !isCap(toks[i + 2])) || (i > 0 && toks[i + 1] !== undefined && startsLower(toks[i + 1]!.text) && notAfterModal(toks[i + 1]!.lower)));
const notAfterModal = (w: string): boolean => w.endsWith('ed') || IRREGULAR_PAST.has(w) || (SPEECH_VERBS.has(w) && !BASE_FORMS.has(w) && !w.endsWith('ing')) || w === 'said' || w === 'told';

export function nounPhraseEndingAt(toks: Tok[], last: number): [number, number] | null {
  if (last < 0) return null;
  const end = toks[last]!;
  // "42% say": the share before its sign
  if (end.text === '%' && last > 0 && /^[0-9]/.test(toks[last - 1]!.text)) return [last - 1, last];
  if (!end.word) {
    // "Rep. Meeks (D-N.Y.)" — a parenthesis after a name
    if (end.text === ')') {
      let j = last;
      while (j >= 0 && toks[j]!.text !== '(') j--;
      const inner = nounPhraseEndingAt(toks, j - 1);
      return inner ? [inner[0], last] : null;
    }
    return null;
  }
  if (PRONOUNS.has(end.lower) || /^(?:he|she|they|we|i|you)['’](?:s|d|ve|ll)$/.test(end.lower)) return [last, last];
  // "It’s", "There’s", "That’s": a subject and its verb, never who speaks
  if (/^(?:it|that|there|here|what|this|who)['’]s$/.test(end.lower)) return null;
  // ("Wednesday added one more twist": a day is no speaker)
  // (not a name in capitals: "USA TODAY reported")
  const timeWord = TIME_WORDS.has(end.lower) && !(isLoud(end) && last > 0 && isLoud(toks[last - 1]!));
  if (timeWord && last === 0) return null;
  if (timeWord && last > 0) {
    // "the Supreme Court this month", "The IMF last week"
    const before = toks[last - 1]!.lower;
    let end = /^(?:this|last|next|that|each|every|earlier|on|late|early)$/.test(before) ? last - 2 : last - 1;
    // ("voters late last month", "early this year")
    if (end > 0 && /^(?:late|early)$/.test(toks[end]!.lower) && /^(?:this|last|next)$/.test(before)) end--;
    // (and the participle that dates it: "a survey released on Thursday")
    if (end > 0 && DATING_PARTICIPLES.has(toks[end]!.text)) end--;
    return nounPhraseEndingAt(toks, end);
  }
  // (a plural that is also a speech verb heads the phrase before a speech verb: "Gulf states said")
  const pluralNoun = end.lower.endsWith('s') && toks[last + 1] !== undefined && SPEECH_VERBS.has(toks[last + 1]!.lower);
  // (and a base form after a determiner is the noun: "One tweet said", "His statement says")
  // (with an adjective between: "An early tweet quoted …")
  const determiner = (k: number): boolean => k >= 0 && /^(?:the|a|an|one|another|this|his|her|its|their|our|my|your|every|each)$/.test(toks[k]!.lower);
  const nounForm = last > 0 && BASE_FORMS.has(end.lower) && (determiner(last - 1)
    || (determiner(last - 2) && toks[last - 1]!.word && startsLower(toks[last - 1]!.text) && !NP_STOP.has(toks[last - 1]!.lower) && !BASE_FORMS.has(toks[last - 1]!.lower)
      && !toks[last - 1]!.lower.endsWith('s') && !COLLECTIVE_NOUNS.has(toks[last - 1]!.lower)));
  if ((NP_STOP.has(end.lower) && !givenModal(toks, last)) || (SPEECH_VERBS.has(end.lower) && !pluralNoun && !nounForm)) return null;
  // a phrase ends in its noun, not in what opens another: "the wave of attacks", "the shock of the"
  if (PHRASE_OPENERS.has(end.lower)) return null;
  let first = last;
  while (first - 1 >= 0 && last - first < 7) {
    const t = toks[first - 1]!;
    if (t.word) {
      // ("and" inside a body's name: "the Centers for Disease Control and Prevention")
      if (t.text === 'and' && isCap(toks[first]) && first >= 2 && isCap(toks[first - 2]) && bodyNameBefore(toks, first - 2)) { first--; continue; }
      if (NP_STOP.has(t.lower) && t.lower !== 'of' && !givenModal(toks, first - 1)) break;
      if (PRONOUNS.has(t.lower)) break;
      if (SPEECH_VERBS.has(t.lower) || ACT_VERBS.has(t.lower)) break;
      // a lower-case word ending in -ed is a verb ("Teneo issued a statement"): the phrase starts after it
      // (but right after an article it is an adjective: "an unnamed official", "a retired general")
      if (startsLower(t.text) && t.text.endsWith('ed') && !(first - 2 >= 0 && /^(?:a|an|the|one|another)$/.test(toks[first - 2]!.lower))) break;
      // (so is one in the past tense without it, or a common verb in the present: "The Cruz campaign sent a …")
      if (IRREGULAR_PAST.has(t.text) || FINITE_VERBS.has(t.text)) break;
      first--;
      continue;
    }
    // possessive and inner punctuation of names: "Trump's", "D-N.Y."
    // (and an ampersand between capitals: "Johnson & Johnson", "Procter & Gamble")
    // (and a slash: "a New York Times/CBS News survey")
    // (a hyphen inside a word, not a dash standing between spaces: "radar - some lobbyists said")
    if (t.text === "'" || t.text === '’' || (t.text === '-' && t.end === toks[first]!.start) || ((t.text === '&' || t.text === '/') && isCap(toks[first]) && isCap(toks[first - 2]))) { first--; continue; }
    break;
  }
  // trim leading "of", lone lowercase connectors and marks ("LONDON (Reuters) - Britain's …")
  while (first < last && (toks[first]!.lower === 'of' || toks[first]!.lower === 'and' || !toks[first]!.word)) first++;
  // (a verb's particle and object are no subject: "… sent out a series of scathing tweets")
  if (first < last && /^(?:out|up|off|down|back)$/.test(toks[first]!.text) && first > 0 && toks[first - 1]!.word && startsLower(toks[first - 1]!.text)) return null;
  // and the rest of a preposition of three words: "in light of a U.N. report released Thursday suggesting …"
  if (first + 2 <= last && toks[first + 1]!.lower === 'of' && COMPOUND_PREPOSITIONS.has(toks[first]!.lower) && /^(?:in|on|by)$/.test(toks[first - 1]?.lower ?? '')) first += 2;
  // (a lone word after a singular pronoun is its verb: "A company he owns has charged")
  if (first === last && first > 0 && SINGULAR_PRONOUNS.has(toks[first - 1]!.lower) && startsLower(end.text)) return null;
  const words = toks.slice(first, last + 1).filter((t) => t.word);
  const hasCap = words.some((t) => isCap(t));
  const head = words[0]!.lower;
  // (not an adjective's or a singular's -s: "endured relentless questions", "previous pledges")
  const lastWord = words[words.length - 1]!.lower;
  const plural = words.length <= 3 && ((lastWord.endsWith('s') && !lastWord.endsWith('ss') && !lastWord.endsWith('us') && !lastWord.endsWith('is')) || COLLECTIVE_NOUNS.has(lastWord));
  // (a number heads a phrase too: "63 percent said")
  // (and one nobody names: "someone in the audience shouted", "Then someone asked"; "someone who …" is the relative's)
  if (!hasCap && !SUBJECT_DETERMINERS.has(head) && !plural && !/^[0-9]/.test(head) && !(words.length === 1 && /^(?:someone|somebody)$/.test(head) && !/^(?:who|that)$/.test(toks[last + 1]?.lower ?? ''))) return null;
  // a capitalized phrase must not start with a mid-sentence lowercase verb-like word
  return [first, last];
}

/** Do the capitals ending at k follow "of" or "for" after a capitalized word ("Centers for Disease Control")? */
function bodyNameBefore(toks: Tok[], k: number): boolean {
  let i = k;
  while (i > 0 && k - i < 4 && isCap(toks[i])) i--;
  return i < k && (toks[i]!.lower === 'of' || toks[i]!.lower === 'for') && isCap(toks[i - 1]);
}

/**
 * The token before a time phrase that ends at k, or k: a day or a week between the subject and
 * its verb ("Acme Robotics, a maker of forklifts, today announced", "the ministry on Monday
 * night said", "Beck, who backed Cruz, last week said").
 */
function beforeTime(toks: Tok[], k: number): number {
  const at = (i: number): string => (i >= 0 && toks[i]!.word ? toks[i]!.lower : '');
  if (/^(?:today|yesterday|tonight)$/.test(at(k)) && k >= 1 && !(isLoud(toks[k]!) && isLoud(toks[k - 1]!))) return k - 1;
  let j = k;
  if (/^(?:morning|afternoon|evening|night)$/.test(at(j)) && DAYS.has(at(j - 1))) j--;
  if (DAYS.has(at(j))) return at(j - 1) === 'on' ? j - 2 : j === k ? k : j - 1;
  if (/^(?:week|month|year|weekend|summer|spring|fall|autumn|winter)$/.test(at(k)) && /^(?:last|this|next)$/.test(at(k - 1))) return /^(?:earlier|late|early)$/.test(at(k - 2)) ? k - 3 : k - 2;
  // ("this past week", "the past month")
  if (/^(?:week|month|year|weekend)$/.test(at(k)) && at(k - 1) === 'past' && /^(?:this|the)$/.test(at(k - 2))) return k - 3;
  return k;
}

// The first closing quotation mark of a sentence's tokens, found once per sentence: asked for
// every participle, a scan each time made a long sentence of them quadratic.
const closingMarks = new WeakMap<Tok[], number>();
function firstClosingMark(toks: Tok[]): number {
  let at = closingMarks.get(toks);
  if (at === undefined) {
    at = toks.findIndex((t) => /^[”"]$|^''$/.test(t.text));
    if (at < 0) at = toks.length;
    closingMarks.set(toks, at);
  }
  return at;
}

/**
 * The name of an inverted attribution ending at the comma `comma`, past its apposition:
 * "…, said Ana Ruiz, a spokeswoman," → "Ana Ruiz". Null when there is none.
 */
function invertedNameBefore(toks: Tok[], comma: number): [number, number] | null {
  for (let w = comma - 1; w >= 2 && comma - w <= 14; w--) {
    const verb = toks[w]!;
    if (!verb.word || !SPEECH_VERBS.has(verb.lower) || verb.lower.endsWith('ing') || toks[w - 1]!.text !== ',' || !isCap(toks[w + 1])) continue;
    let e = w + 1;
    while (e < comma && e - w <= 4 && (isCap(toks[e]) || (NAME_PARTICLES.has(toks[e]!.text) && isCap(toks[e + 1])))) e++;
    const name = e - 1;
    if (e === comma) return [w + 1, name];
    // (an apposition set off by commas: ", a spokeswoman,")
    if (toks[e]?.text === ',' && /^(?:a|an|the)$/.test(toks[e + 1]?.lower ?? '') && toks.slice(e + 1, comma).every((x) => x.word)) return [w + 1, name];
    return null;
  }
  return null;
}

/** The subject that a speech verb at token `v` has: before it, through appositions and "… and said". */
const SHARES = new Set(['third', 'quarter', 'fifth', 'half', 'majority', 'minority', 'plurality', 'handful', 'few', 'dozen', 'lot', 'number']);
export function subjectOf(toks: Tok[], v: number, depth = 0): [number, number] | null {
  // "Pence sounded a positive note about …", "in a later tweet": after "a"/"an" (and a word) a base
  // form is a noun (a verb would agree: "a source says"). Its speaker is the subject of the verb
  // it is the object of (looked for twice at most: "a note a note …" must not recurse without
  // end); after a preposition no one speaks.
  // (so is a plural after a word that counts: "Sanders posed a few questions, including, “…”")
  const counted = toks[v]!.lower.endsWith('s') && /^(?:few|several|numerous|multiple)$/.test(toks[v - 1]?.lower ?? '');
  if (BASE_FORMS.has(toks[v]!.lower) || counted) {
    // (not after a share: "A third say", "a majority say" is the verb)
    const art = counted ? (toks[v - 2]?.lower === 'a' ? v - 2 : v - 1)
      : /^(?:a|an)$/.test(toks[v - 1]?.lower ?? '') ? v - 1 : /^(?:a|an)$/.test(toks[v - 2]?.lower ?? '') && toks[v - 1]!.word && startsLower(toks[v - 1]!.text) && !SHARES.has(toks[v - 1]!.lower) ? v - 2 : -1;
    if (art >= 0) {
      const verb = toks[art - 1];
      const subject = verb && verb.word && startsLower(verb.text) && !NP_STOP.has(verb.lower) && !INTRO_WORDS.has(verb.lower) ? (depth < 2 ? subjectOf(toks, art - 1, depth + 1) : null) ?? clauseSubject(toks, 0, art) : null;
      return subject && subject[1] < art - 1 ? subject : null;
    }
  }
  let k = v - 1;
  // (and "first", "here" between a subject and its verb: "The Tennessean first reported", "Officials here said")
  while (k >= 0 && toks[k]!.word && ((VERB_MODIFIERS.has(toks[k]!.lower) && !givenModal(toks, k)) || /n['’]t$/.test(toks[k]!.lower) || isAdverb(toks, k)
    // (a quantifier after an auxiliary floats off its subject: "Trump and Sanders have both argued")
    || (/^(?:both|all|each)$/.test(toks[k]!.lower) && k >= 1 && /^(?:have|has|had|are|were|will|would|did|do)$/.test(toks[k - 1]!.lower))
    || (k > 0 && k === v - 1 && /^(?:first|initially|originally|here)$/.test(toks[k]!.lower) && toks[k - 1]!.word && !SUBJECT_DETERMINERS.has(toks[k - 1]!.lower) && !NP_STOP.has(toks[k - 1]!.lower)))) k--;
  // (an aside between dashes stands between a subject and its verb: "John Smith — who has denied wrongdoing — said")
  if (k >= 2 && DASHES.has(toks[k]!.text)) {
    let open = k - 1;
    while (open > 0 && k - open <= 25 && !DASHES.has(toks[open]!.text)) open--;
    if (open > 0 && open < k - 1 && DASHES.has(toks[open]!.text) && toks[open - 1]!.word) k = open - 1;
  }
  // (a participle finds its subject through the clause: "… sent an email Friday night saying")
  if (!toks[v]!.lower.endsWith('ing')) {
    k = beforeTime(toks, k);
    // (and the participle that dates the subject: "A survey released on Thursday found")
    if (k > 0 && k < v - 1 && DATING_PARTICIPLES.has(toks[k]!.text)) k--;
  }
  // "He went on to say", "Moore continued to insist": the subject of the verb before "to"
  if (k >= 2 && toks[k]!.lower === 'to' && toks[v]!.lower !== 'according') {
    let j = k - 1;
    if (toks[j]!.lower === 'on' && j >= 1) j--;
    if (TO_VERBS.has(toks[j]!.lower)) {
      k = j - 1;
      while (k >= 0 && toks[k]!.word && (VERB_MODIFIERS.has(toks[k]!.lower) || isAdverb(toks, k))) k--;
    } else {
      // "… is prompting an unprecedented number of Republicans to rebuke …", "urged voters to
      // reject …": the one urged is who speaks
      const np = nounPhraseEndingAt(toks, k - 1);
      const verb = np ? toks[np[0] - 1] : undefined;
      if (np && verb && OBJECT_CONTROL.test(verb.lower)) return np;
      // (the verb may stand before the phrase's article and adjectives: "prompting an unprecedented number of Republicans to rebuke")
      const last = toks[k - 1]!;
      if (last.word && (isCap(last) || /s$/.test(last.lower))) {
        let c = k - 2;
        while (c > 0 && k - c <= 8 && toks[c]!.word && !OBJECT_CONTROL.test(toks[c]!.lower)) c--;
        if (c >= 0 && c < k - 1 && OBJECT_CONTROL.test(toks[c]!.lower)) return [c + 1, k - 1];
      }
    }
  }
  // ("… sent a fundraising email Wednesday saying": a day between the noun and the participle)
  const dated = /ing$/.test(toks[v]!.lower) && k === v - 1 && k >= 1 && DAYS.has(toks[k]!.lower) && toks[k - 1]!.word && startsLower(toks[k - 1]!.text) && !toks[k - 1]!.lower.endsWith('ed');
  if (dated) k--;
  if (k < 0) return null;
  const before = toks[k]!;
  // "…, with prosecutors calling him …": after "with" the noun phrase is the participle's subject
  if (/ing$/.test(toks[v]!.lower) && k === v - 1 && before.word) {
    const np = nounPhraseEndingAt(toks, k);
    // (set off: after a comma or opening the sentence, not "ran ads with both outlets reminding …")
    if (np && toks[np[0] - 1]?.lower === 'with' && (np[0] === 1 || toks[np[0] - 2]!.text === ',')) return np;
  }
  // "…, saying …" / "… issued a statement saying …": the participle's subject is the clause's
  // (the comma may sit inside the quotation marks: "… a crazy policy,” adding, “…”")
  if (/ing$/.test(toks[v]!.lower) && (k === v - 1 || dated) && (before.text === ',' || startsLower(before.text) || (/^[”"’]$/.test(before.text) && toks[k - 1]?.text === ','))) {
    // ("“…,” he said in a tweet, referring to …": the subject of the speech verb the clause has,
    // when the sentence opens with a quotation)
    // (or closes one: "…consciousness,” said Caddell, speaking of …", the quote's second sentence)
    if (before.text === ',' && (/^[“"‘']|^''$/.test(toks[0]!.text) || firstClosingMark(toks) < k)) {
      for (let w = k - 1; w >= 1 && k - w <= 12; w--) {
        if (!toks[w]!.word || !SPEECH_VERBS.has(toks[w]!.lower) || toks[w]!.lower.endsWith('ing')) continue;
        // (a noun after an article, with or without an adjective: "he said in an afternoon tweet,")
        if (NOUN_MARKERS.has(toks[w - 1]!.lower) || NOUN_MARKERS.has(toks[w - 2]?.lower ?? '')) continue;
        // inverted after the closing mark: the name after the verb ("said Pat Caddell, a pollster,")
        if (/^[”"]$|^''$/.test(toks[w - 1]!.text) && isCap(toks[w + 1])) {
          let e = w + 1;
          while (e < k && e - w <= 4 && (isCap(toks[e]) || (NAME_PARTICLES.has(toks[e]!.text) && isCap(toks[e + 1])))) e++;
          const name = e - 1;
          // (past a party tag and a time: "said Rep. Bobby Scott (D-Va.) at the time, adding …")
          if (toks[e]?.text === '(') { while (e < k && e - name <= 8 && toks[e]!.text !== ')') e++; e++; }
          if (/^(?:at|on|in|last|this)$/.test(toks[e]?.lower ?? '') && e > name + 1) { const from = e; while (e < k && e - from <= 4 && toks[e]!.word) e++; }
          if (toks[e]?.text === ',' && e > w + 1) return [w + 1, name];
        }
        if (k - w > 8) continue;
        const said = subjectOf(toks, w);
        if (said) return said;
        break;
      }
    }
    // ("The agency is reviewing the case, said Ana Ruiz, a spokeswoman, adding that …": an
    // inverted attribution with its apposition, then a speech participle, is that name's)
    if (before.text === ',' && SPEECH_VERBS.has(toks[v]!.lower)) {
      const name = invertedNameBefore(toks, k);
      if (name) return name;
    }
    // "… is prompting Republicans to rebuke their nominee, condemning him …": after the one
    // urged to act, the participle is that one's
    if (before.text === ',') {
      for (let t = k - 2; t >= 2 && k - t <= 12 && toks[t]!.text !== ','; t--) {
        if (toks[t]!.lower !== 'to') continue;
        // (the verb may stand before the phrase's article and adjectives: "prompting an
        // unprecedented number of …"; only a verb that makes others act, not one that speaks:
        // "urged women to vote for Clinton, saying …" is still the one who urged)
        let c = t - 2;
        while (c > 0 && t - c <= 8 && toks[c]!.word && !CAUSATIVE.test(toks[c]!.lower)) c--;
        const last = toks[t - 1]!;
        if (c >= 0 && c < t - 1 && CAUSATIVE.test(toks[c]!.lower) && last.word && (isCap(last) || /s$/.test(last.lower) || COLLECTIVE_NOUNS.has(last.lower))) return [c + 1, t - 1];
        break;
      }
    }
    // ("…, where about 50 protesters had gathered on Wednesday, chanting …": the subject of the
    // clause "where" opens acts)
    for (let w = k - 1; w >= 1 && k - w <= 16; w--) {
      if (toks[w]!.lower !== 'where' || !/^[,—–-]$/.test(toks[w - 1]!.text)) continue;
      const inner = clauseSubject(toks, w + 1, k);
      if (inner && inner[0] <= w + 2 && inner[1] < k - 1) return inner;
      break;
    }
    const subject = clauseSubject(toks, 0, v);
    // ("The Transport Secretary, Heidi Alexander, has defended …, saying …": the name set off
    // after the subject joins it, as for a verb right after them)
    if (subject && toks[subject[1] + 1]?.text === ',' && isCap(toks[subject[1] + 2])) {
      let e = subject[1] + 2;
      while (e < k && e - subject[1] <= 5 && (isCap(toks[e]) || NAME_PARTICLES.has(toks[e]!.text))) e++;
      if (toks[e]?.text === ',' && e - subject[1] >= 3) return [subject[0], e - 1];
    }
    if (subject || before.text !== ',') return subject;
    // "“…,” Ed Rendell recalled, suggesting …": the subject of the speech verb before the comma
    const previous = toks[k - 1];
    return previous && SPEECH_VERBS.has(previous.lower) && !previous.lower.endsWith('ing') ? subjectOf(toks, k - 1) : null;
  }
  // "listeners … who said they …": the speaker is the phrase "who" stands for
  if (before.lower === 'who') {
    const j = toks[k - 1]?.text === ',' ? k - 2 : k - 1;
    const np = nounPhraseEndingAt(toks, j);
    // ("an archaeologist at George Washington University who has written": "who" is a person,
    // the phrase the place or body qualifies, not the body)
    if (np && np[0] >= 2 && /^(?:at|of|for|from|with)$/.test(toks[np[0] - 1]!.lower) && isCap(toks[np[0]]) && !PRONOUNS.has(toks[np[0]]!.lower)) {
      const outer = nounPhraseEndingAt(toks, np[0] - 2);
      if (outer && outer[1] === np[0] - 2 && /^(?:the|a|an)$/i.test(toks[outer[0]]!.text) && startsLower(toks[outer[1]]!.text)) {
        // (and that phrase set off after a name describes the name: "Eric Cline, an archaeologist at …")
        let n = outer[0] - 1;
        if (toks[n]?.text === ',') while (n - 1 >= 0 && outer[0] - n <= 5 && isCap(toks[n - 1])) n--;
        return n < outer[0] - 1 ? [n, np[1]] : [outer[0], np[1]];
      }
    }
    return np ?? [k, k];
  }
  // (and "which" set off by a comma: "The company, which said the plan would cost more, …")
  if (before.lower === 'which' && toks[k - 1]?.text === ',' && k >= 2) {
    const np = nounPhraseEndingAt(toks, k - 2);
    if (np) return np;
  }
  // "A lobbyist who spoke on the condition of anonymity said": the verb's subject is the
  // phrase before the relative clause, not the end of that clause
  if (before.word && before.lower !== 'who') {
    for (let r = k - 1; r >= 1 && k - r <= 10; r--) {
      const w = toks[r]!;
      if (!w.word) break;
      if (w.lower === 'who' && toks[r - 1]!.word) {
        const np = nounPhraseEndingAt(toks, r - 1);
        // ("those who back her opponents say": "those" says nothing without its clause)
        if (np && /^(?:those|anyone|everyone)$/.test(toks[np[1]]!.lower) && k - r >= 2 && !/^(?:and|or|but)$/.test(toks[k]!.lower)) return [np[0], k];
        if (np) return np;
        break;
      }
    }
  }
  if (before.text === ',' || before.lower === 'and' || before.lower === 'but' || before.text === ')') {
    // "Rep. Meeks (D-N.Y.) said", "Gov. John Kasich (R-OH), said"
    const paren = before.text === ')' ? k : before.text === ',' && toks[k - 1]?.text === ')' && toks.slice(Math.max(0, k - 8), k - 1).some((t) => t.text === '(') ? k - 1 : -1;
    if (paren >= 0) {
      const np = nounPhraseEndingAt(toks, paren);
      if (np) return np;
    }
    // "…, Roberta Lange, the state party chairwoman, said": a name set off by commas before a
    // description set off by commas, however long the clause before them
    if (before.text === ',') {
      let a = k - 1;
      while (a > 0 && k - a <= 24 && toks[a]!.text !== ',') a--;
      const describes = a > 0 && toks[a]!.text === ',' && /^(?:the|a|an|his|her|its|their)$/.test(toks[a + 1]?.lower ?? '');
      // (or a relative clause: "…, David Axelrod, who was chief strategist for Obama's campaigns, said")
      const relative = a > 0 && toks[a]!.text === ',' && /^(?:who|whose|which)$/.test(toks[a + 1]?.lower ?? '');
      let name = describes || relative ? nounPhraseEndingAt(toks, a - 1) : null;
      // (a place set off before the clause is no name: "Harry Bond, 30, of Raleigh, N.C., who …")
      if (relative && name && toks[name[1]]!.text.endsWith('.')) name = null;
      // (the name opens the sentence, maybe after "As": "As Andrew J. Tabler, an expert on Syria, noted,")
      const setOff = name !== null && (toks[name[0] - 1]?.text === ',' || name[0] === 0 || (name[0] === 1 && toks[0]!.lower === 'as'));
      // (a long description may name others: the name alone then, "Senator Bob Corker, a Tennessee
      // Republican who has met privately with Mr. Trump …, said")
      // (a description keeps its relative clause: "The survey, which collects the views of
      // economists, …, said"; a name needs none)
      // ("The survey which collects …, said": "which" without its comma too)
      let rel = k - 1;
      while (rel > 1 && k - rel <= 24 && !(/^(?:which|who)$/.test(toks[rel]!.lower) && (toks[rel - 1]!.text === ',' || (toks[rel]!.lower === 'which' && toks[rel - 1]!.word && startsLower(toks[rel - 1]!.text))))) rel--;
      const described = rel > 1 && k - rel <= 24 ? nounPhraseEndingAt(toks, toks[rel - 1]!.text === ',' ? rel - 2 : rel - 1) : null;
      if (described && (described[0] === 0 || toks[described[0] - 1]!.text === ',') && /^(?:the|a|an)$/i.test(toks[described[0]]!.text)
        && toks.slice(described[0] + 1, described[1] + 1).every((x) => !x.word || startsLower(x.text))) return [described[0], k - 1];
      if (name && isCap(toks[name[0]]) && setOff && name[1] - name[0] <= 3) return relative || k - a > 12 ? name : [name[0], k - 1];
      // (the other way round: "…, the city's mayor, Vitali Klitschko, said")
      const described2 = a > 0 && k - a >= 2 && k - a <= 5 && describedNameAt(toks, a, k);
      if (described2) return described2;
    }
    // "Mike Shields, the group's president, said" / "Obama blasted Trump and said": the clause subject,
    // of the last clause that a conjunction after a comma opens ("…, while the Resolution
    // Foundation, a think tank, said …")
    let opens = 0;
    if (before.text === ',') {
      for (let c = k - 1; c >= 2 && k - c <= 16; c--) {
        if (toks[c - 1]!.text === ',' && CLAUSE_JOINERS.has(toks[c]!.lower)) { opens = c + 1; break; }
      }
    }
    // ("… described Clinton as a disgrace after she attacked officers and blamed …": the verb
    // joined by "and" shares the subject of the clause a subordinator opened)
    if (before.lower === 'and') {
      for (let c = k - 1; c >= 0 && k - c <= 20; c--) {
        const w = toks[c]!;
        if (!w.word) { if (w.text === ',' || w.text === ';' || /^[“”"]$/.test(w.text)) break; continue; }
        if (!SUBORDINATORS.has(w.lower)) continue;
        const inner = clauseSubject(toks, c + 1, k);
        if (inner && inner[0] === c + 1 && (PRONOUNS.has(toks[c + 1]!.lower) || isCap(toks[c + 1]))) opens = c + 1;
        break;
      }
    }
    const subject = (opens > 0 ? clauseSubject(toks, opens, k) : null) ?? clauseSubject(toks, 0, k);
    // "His daughter, Emma Hastings, said": the apposition names the speaker, so it joins the span
    // (not an adverb or an adjunct set off: "Cyber security experts and U.S. officials, however, said", "…, in fact, said", "The mayor, in a statement, said")
    const aside = subject !== null && k - subject[1] <= 6 && toks.slice(subject[1] + 2, k).every((x) => x.word && startsLower(x.text))
      && (INTRO_WORDS.has(toks[subject[1] + 2]!.lower) || toks[subject[1] + 2]!.lower.endsWith('ly') || /^(?:of|too)$/.test(toks[subject[1] + 2]!.lower));
    // (nor examples of a group: "Several leading lawmakers, including Ana Ruiz, criticized")
    const examples = subject !== null && /^(?:including|like|especially|notably|particularly|among)$/.test(toks[subject[1] + 2]?.lower ?? '');
    if (subject && before.text === ',' && toks[subject[1] + 1]?.text === ',' && k - subject[1] <= 8 && !aside && !examples) return [subject[0], k - 1];
    // (a longer one when it is a name and its institution: "Her co-author, Prof. Martin Oduya
    // of Makerere University in Uganda, said")
    if (subject && before.text === ',' && toks[subject[1] + 1]?.text === ',' && k - subject[1] <= 16 && !aside && !examples && isCap(toks[subject[1] + 2])
      && toks.slice(subject[1] + 2, k).every((x) => (x.word ? isCap(x) || /^(?:of|from|at|in|the|for|and)$/.test(x.lower) : x.text === '.'))) return [subject[0], k - 1];
    // (also when the speech verb is a second one: "the Commission's trade chief, Maroš Šefčovič, declined … but said")
    if (subject && before.text !== ',' && toks[subject[1] + 1]?.text === ',' && isCap(toks[subject[1] + 2]) && startsLower(toks[subject[0]]!.text)) {
      let e = subject[1] + 2;
      while (e < k && e - subject[1] <= 5 && (isCap(toks[e]) || NAME_PARTICLES.has(toks[e]!.text))) e++;
      if (toks[e]?.text === ',' && e - subject[1] >= 3) return [subject[0], e - 1];
    }
    // (and when a relative clause follows the name: "The shop's owner, Margaret Harlow, whose
    // grandfather founded the business, said")
    if (subject && before.text === ',' && toks[subject[1] + 1]?.text === ',') {
      let j = subject[1] + 2;
      // (a description may open it: "Her longtime partner, the engineer Tomasz Lewandowski, who died in 2019, used to say")
      if (/^(?:the|a|an)$/.test(toks[j]?.lower ?? '')) {
        let d = j + 1;
        while (d < k && d - j <= 3 && toks[d]!.word && startsLower(toks[d]!.text)) d++;
        if (d > j + 1 && isCap(toks[d])) j = d;
      }
      const names = j;
      // (particles inside: "Qatar's prime minister, Sheikh Mohammed bin Abdulrahman Al Thani, who …")
      while (j < k && j - subject[1] <= 12 && (isCap(toks[j]) || (NAME_PARTICLES.has(toks[j]!.text) && isCap(toks[j + 1])))) j++;
      if (j - names >= 2 && toks[j]?.text === ',') return [subject[0], j - 1];
    }
    // "The head of the major Super PAC backing Jeb Bush, Mike Murphy, praised": a name of two to
    // four capitalized words set off by commas right before the verb, which the subject found
    // does not reach
    if (before.text === ',') {
      let n = k - 1;
      while (n > 0 && k - n <= 4 && toks[n]!.word && isCap(toks[n])) n--;
      // (after a lower-case word: "from Sumter, South Carolina, said" sets off a place)
      // (and only where the subject found is a description, not a name: "Giovanni Maria Vian, the
      // editor of the Vatican's newspaper, L'Osservatore Romano, said")
      const described = !subject || startsLower(toks[subject[0]]!.text) || SUBJECT_DETERMINERS.has(toks[subject[0]]!.lower) || /^(?:one|another)$/.test(toks[subject[0]]!.lower);
      // (not one example of many: "Several leading lawmakers, including Ana Ruiz, criticized")
      if (k - 1 - n >= 2 && toks[n]!.text === ',' && n > 0 && toks[n - 1]!.word && !isCap(toks[n - 1]) && described && (!subject || subject[1] < n - 1)
        && !/^(?:including|like|as|especially|notably|particularly)$/.test(toks[n + 1]!.lower)) return [n + 1, k - 1];
    }
    return subject;
  }
  const np = nounPhraseEndingAt(toks, k) ?? qualifiedPhrase(toks, k);
  // "Having announced that …, Judge Berman …": the opening participle's subject is the clause's
  if (np && np[0] === 0 && opensWithParticiple(toks, 0)) return clauseSubject(toks, 0, toks.length);
  // "Trump in the past has called …", "Obama last week said": a time phrase is no subject
  // (one after another: "the report on Wednesday for the first time cited")
  const timePhrase = (p: [number, number]): boolean => p[0] >= 2 && /^(?:in|during|over|since|on|at|for)$/.test(toks[p[0] - 1]!.lower)
    && toks.slice(p[0], p[1] + 1).some((t) => TIME_WORDS.has(t.lower) || /^(?:past|days|weeks|months|years|interview|time|moment|point)$/.test(t.lower)
      || MONTHS.has(t.lower) || /^(?:19|20)[0-9]{2}$/.test(t.text)
      // (or the means: "Her lawyers in a court filing said", "The ministry in a statement said")
      || (toks[p[0] - 1]!.lower === 'in' && /^(?:statement|filing|letter|email|e-mail|memo|speech|release|post|tweet|op-ed|column|testimony|briefing|interview|affidavit|complaint|lawsuit|motion|brief|report)$/.test(t.lower)));
  if (np && timePhrase(np)) {
    // (after the participle that dates it: "A New York Times/CBS News survey released on Thursday found")
    const dated = np[0] >= 3 && DATING_PARTICIPLES.has(toks[np[0] - 2]!.text);
    let subject = nounPhraseEndingAt(toks, dated ? np[0] - 3 : np[0] - 2);
    for (let hop = 0; subject && hop < 2 && timePhrase(subject); hop++) subject = nounPhraseEndingAt(toks, subject[0] - 2) ?? subject;
    return subject ?? np;
  }
  // "People familiar with the matter said", "sources close to the campaign": who knows is the subject
  if (np && np[0] >= 3 && /^(?:with|to|about|on)$/.test(toks[np[0] - 1]!.lower) && /^(?:familiar|close|knowledgeable|briefed|near)$/.test(toks[np[0] - 2]!.lower)) {
    const outer = nounPhraseEndingAt(toks, np[0] - 2);
    if (outer && outer[1] === np[0] - 2 && outer[0] < outer[1]) return [outer[0], np[1]];
    // (the adjective alone makes no phrase: the one before it does, "…, people familiar with …")
    const head = np[0] >= 4 ? nounPhraseEndingAt(toks, np[0] - 3) : null;
    if (head && head[1] === np[0] - 3) return [head[0], np[1]];
  }
  // "Protesters at the rally said": the phrase the place qualifies is the subject
  // (one phrase after another: "a group of black parents with kids in charter schools said")
  if (np && np[0] >= 2 && /^(?:in|at|on|from|for|inside|outside|with)$/.test(toks[np[0] - 1]!.lower)) {
    let outer = nounPhraseEndingAt(toks, np[0] - 2);
    if (outer && outer[0] >= 2 && /^(?:in|at|on|from|for|with)$/.test(toks[outer[0] - 1]!.lower)) outer = nounPhraseEndingAt(toks, outer[0] - 2) ?? outer;
    // (no verb or time before "with": "The conversation ended with Maddow", "began Sunday with")
    const head = outer ? toks[outer[1]]! : undefined;
    if (outer && head && !(toks[np[0] - 1]!.lower === 'with' && (TIME_WORDS.has(head.lower) || (startsLower(head.text) && (/ed$/.test(head.lower) || IRREGULAR_PAST.has(head.lower))) || toks.slice(outer[0], outer[1]).some((x) => x.word && startsLower(x.text) && (/ed$/.test(x.lower) || IRREGULAR_PAST.has(x.lower)))))) return [outer[0], np[1]];
  }
  // "A startup founded by two former Tesla engineers said": the phrase a participle and "by"
  // qualify is the subject, not the one who founded it
  if (np && np[0] >= 3 && toks[np[0] - 1]!.lower === 'by' && startsLower(toks[np[0] - 2]!.text) && (toks[np[0] - 2]!.lower.endsWith('ed') || IRREGULAR_PAST.has(toks[np[0] - 2]!.lower))) {
    const outer = nounPhraseEndingAt(toks, np[0] - 3);
    if (outer && outer[1] === np[0] - 3 && !PRONOUNS.has(toks[outer[1]]!.lower)) return [outer[0], np[1]];
  }
  // a participle after a place or a channel is the clause subject's: "Sanders was on CNN talking about …"
  if (np && /ing$/.test(toks[v]!.lower) && np[1] === v - 1 && np[0] >= 2 && /^(?:on|in|at|from)$/.test(toks[np[0] - 1]!.lower)) {
    const subject = clauseSubject(toks, 0, np[0] - 1);
    if (subject && subject[1] < np[0] - 1) return subject;
  }
  // two named speakers opening the clause: "Reps. Elijah Cummings and John Conyers said"
  if (np && np[0] >= 2 && toks[np[0] - 1]!.lower === 'and' && isCap(toks[np[0]])) {
    const first = nounPhraseEndingAt(toks, np[0] - 2);
    // (opening the sentence, maybe after a title, or after a comma)
    const opens = (j: number): boolean => toks[j - 1]?.text === ',' || (j <= 3 && toks.slice(0, j).every((t) => (t.word ? isCap(t) : t.text === '.')));
    if (first && isCap(toks[first[0]]) && opens(first[0])) {
      let from = 0 < first[0] && toks[first[0] - 1]!.text !== ',' ? 0 : first[0];
      // (and the names listed before them: "Goldman Sachs, Morgan Stanley and JPMorgan Chase said")
      while (from >= 2 && toks[from - 1]!.text === ',') {
        const before = nounPhraseEndingAt(toks, from - 2);
        if (!before || !isCap(toks[before[0]]) || before[1] !== from - 2 || !(before[0] === 0 || toks[before[0] - 1]!.text === ',')) break;
        from = before[0];
      }
      return [from, np[1]];
    }
  }
  // two groups: "RNC members and officials predicted", "Republican politicians and their allies argue"
  if (np && np[0] >= 2 && toks[np[0] - 1]!.lower === 'and' && !isCap(toks[np[0]])) {
    const first = nounPhraseEndingAt(toks, np[0] - 2);
    if (first && first[1] === np[0] - 2 && (first[0] === 0 || toks[first[0] - 1]!.text === ',')) return [first[0], np[1]];
  }
  return np;
}

/**
 * A subject whose last words are no subject of their own: "Experts in employment law say",
 * "Those close to him say" — the phrase before the preposition, with what qualifies it.
 */
function qualifiedPhrase(toks: Tok[], k: number): [number, number] | null {
  const end = toks[k];
  if (!end?.word || !startsLower(end.text)) return null;
  for (let p = k - 1; p >= 1 && k - p <= 3; p--) {
    const w = toks[p]!;
    if (!w.word || !startsLower(w.text) || /(?:ing|ed)$/.test(w.lower)) return null;
    if (!/^(?:in|at|on|from|for|of|around|across|inside|outside|near|with|to|about)$/.test(w.lower)) continue;
    // ("close to him", "familiar with the talks": the adjective belongs to the phrase)
    const head = /^(?:close|familiar|near|knowledgeable|closest)$/.test(toks[p - 1]!.lower) ? p - 2 : p - 1;
    // ("Those close to him": the pronoun is the phrase)
    const outer = head < 0 ? null : /^(?:those|people|sources|others|friends)$/.test(toks[head]!.lower) ? [head, head] as [number, number] : nounPhraseEndingAt(toks, head);
    if (!outer) return null;
    const last = toks[outer[1]]!.lower;
    if (TIME_WORDS.has(last) || /^(?:years|months|weeks|days|hours|decades)$/.test(last)) return null;
    // (plural or a group: "Experts in …", "Those close to …", "Officials at …"; no verb inside: "He’s been pilloried for …")
    if (toks.slice(outer[0], outer[1] + 1).some((x) => x.word && startsLower(x.text) && (/ed$/.test(x.lower) || IRREGULAR_PAST.has(x.lower)))) return null;
    return /s$/.test(last) || COLLECTIVE_NOUNS.has(last) ? [outer[0], k] : null;
  }
  return null;
}

/** A lower-case -ly word, unless a determiner or possessive makes it a noun ("the rally", "his family"). */
function isAdverb(toks: Tok[], k: number): boolean {
  const t = toks[k]!;
  if (!startsLower(t.text) || !t.text.endsWith('ly')) return false;
  const before = toks[k - 1];
  return !before || !(SUBJECT_DETERMINERS.has(before.lower) || /['’]s$/.test(before.text) || (before.text === '’' || before.text === "'"));
}

const TO_VERBS = new Set(['went', 'goes', 'go', 'continued', 'continues', 'began', 'begins', 'tried', 'tries', 'wanted', 'wants',
  'decided', 'decides', 'had', 'has', 'have', 'used', 'appeared', 'appears', 'seemed', 'seems', 'rushed', 'hastened', 'paused',
  'prompted', 'moved', 'forced', 'compelled', 'felt', 'chose', 'chooses', 'managed', 'happened',
  // (hearsay in the passive: "Smith is said to have told aides …")
  'said', 'reported', 'believed', 'alleged', 'rumored', 'understood']);
// verbs whose object does what follows "to": "urged Republicans to reject …"
const CAUSATIVE = /^(?:prompt|lead|led|caus|forc|driv|drove|spur|spurr|get|got)(?:e|es|ed|ing|s)?$/;
const OBJECT_CONTROL = /^(?:urg|ask|prompt|push|press|encourag|pressur|invit|persuad|convinc|lead|led|caus|forc|allow|call|get|got)(?:e|es|ed|ing|s)?$/;
const DATING_PARTICIPLES = new Set(['released', 'published', 'conducted', 'taken', 'issued', 'made', 'posted', 'filed', 'sent', 'written', 'given', 'aired']);
const MONTHS = new Set(['january', 'february', 'march', 'april', 'may', 'june', 'july', 'august', 'september', 'october', 'november', 'december', 'jan.', 'feb.', 'aug.', 'sept.', 'oct.', 'nov.', 'dec.']);
const DAYS = new Set(['monday', 'tuesday', 'wednesday', 'thursday', 'friday', 'saturday', 'sunday']);
const CONJUNCTIONS = new Set(['but', 'and', 'yet', 'so']);
// ("in light of", "on behalf of", "in spite of": a preposition, not the head of a noun phrase)
const COMPOUND_PREPOSITIONS = new Set(['light', 'view', 'spite', 'front', 'favor', 'favour', 'terms', 'behalf', 'charge', 'support', 'place', 'case', 'wake', 'lieu', 'search']);
const LONE_ADVERBS = new Set(['then', 'now', 'also', 'still', 'later', 'again', 'finally', 'instead']);
const CLAUSE_JOINERS = new Set(['while', 'whereas', 'but', 'although', 'though', 'and']);

export const TIME_WORDS = new Set(['monday', 'tuesday', 'wednesday', 'thursday', 'friday', 'saturday', 'sunday', 'today',
  'yesterday', 'tonight', 'morning', 'afternoon', 'evening', 'night', 'week', 'month', 'year', 'recently']);

const isLoud = (t: Tok): boolean => t.word && t.text.length > 1 && t.text === t.text.toUpperCase() && /[A-Z]/.test(t.text);

/** Where a dateline opening the sentence ends ("SELMA, N.C.—", "LONDON —", "Paris (Reuters) -"): 0 when there is none. */
export function datelineEnd(toks: Tok[], limit: number): number {
  if (!toks[0]) return 0;
  // a live blog's time stamp: "8:50 p.m.:", "9:42 a.m. —"
  if (/^[0-9]{1,2}$/.test(toks[0].text) && toks[1]?.text === ':' && /^[0-9]{2}$/.test(toks[2]?.text ?? '')) {
    let k = 3;
    if (/^[ap]\.?m\.?$/i.test(toks[k]?.text ?? '')) k++;
    return k + 1 < limit && /^(?::|—|–|-|--)$/.test(toks[k]?.text ?? '') ? k + 1 : 0;
  }
  // "New York (AFP) –", "Paris (Reuters) -": a place in capitalized words, an agency, a dash
  if (!isLoud(toks[0])) {
    let k = 0;
    while (k < limit && k < 4 && isCap(toks[k])) k++;
    const agency = toks[k + 1];
    const dash = toks[k + 3]?.text ?? '';
    return k > 0 && toks[k]?.text === '(' && agency !== undefined && isCap(agency) && toks[k + 2]?.text === ')' && /^(?:—|–|-|--)$/.test(dash) && k + 4 < limit ? k + 4 : 0;
  }
  // (a date and a wire may follow the place: "BOSTON, March 3, 2025 /PRNewswire/ --")
  for (let k = 1; k < limit && k <= 12; k++) {
    const t = toks[k]!;
    if (t.text === '/' || /^[0-9]{1,4}$/.test(t.text)) continue;
    if (t.text === '—' || t.text === '–' || t.text === '--' || t.text === '-') {
      // ("--" may come as two marks)
      let j = k + 1;
      while (j < limit && toks[j]!.text === '-') j++;
      return j;
    }
    // the place goes on in capitals, a state or country ("N.C.", "Calif.", "Portugal"), an agency "(AP)"
    if (!(t.text === ',' || t.text === '.' || t.text === '(' || t.text === ')' || isCap(t))) return 0;
  }
  return 0;
}

// Offices that also qualify a noun after them: "chief negotiator", "head coach", "executive producer".
const MODIFYING_HEADS = new Set(['chief', 'head', 'general', 'major', 'executive', 'lady', 'first', 'senate', 'house']);

export const AUXILIARIES: ReadonlySet<string> = new Set(['is', 'are', 'was', 'were', 'has', 'have', 'had', 'will', 'would', 'could', 'should', 'can', 'may', 'might', 'must', 'did', 'does']);

/** "Accepting the prize, …", "Having said that, …": a participle phrase opens at token i. */
function opensWithParticiple(toks: Tok[], i: number): boolean {
  const t = toks[i]!;
  const next = toks[i + 1];
  // a past participle before a preposition: "Reached by POLITICO, Bennett denied …", "Pressed on the issue, …"
  // (not a name: "Ted", "Mohammed" are short or go on with a capital)
  if (t.word && t.lower.length > 5 && t.lower.endsWith('ed') && next !== undefined && PARTICIPLE_PREPOSITIONS.has(next.lower)) return true;
  // (not a name before its verb: "Boreing said …")
  return t.word && t.lower.endsWith('ing') && t.lower.length > 5 && next !== undefined && startsLower(next.text)
    && (t.lower === 'having' || !SPEECH_VERBS.has(next.lower)) && !VERB_MODIFIERS.has(next.lower) && !AUXILIARIES.has(next.lower);
}
// US states as datelines and addresses abbreviate them (after a city and a comma)
const STATE_ABBREVIATIONS = new Set(['ala', 'ariz', 'ark', 'calif', 'colo', 'conn', 'del', 'fla', 'ga', 'ill', 'ind', 'kan', 'kans',
  'ky', 'la', 'md', 'mass', 'mich', 'minn', 'miss', 'mo', 'mont', 'neb', 'nev', 'okla', 'ore', 'pa', 'tenn', 'tex', 'vt', 'va',
  'wash', 'wis', 'wyo', 'n.h.', 'n.j.', 'n.m.', 'n.y.', 'n.c.', 'n.d.', 's.c.', 's.d.', 'r.i.', 'w.va.', 'd.c.']);
const STATES = new Set(['alabama', 'alaska', 'arizona', 'arkansas', 'california', 'colorado', 'connecticut', 'delaware', 'florida',
  'georgia', 'hawaii', 'idaho', 'illinois', 'indiana', 'iowa', 'kansas', 'kentucky', 'louisiana', 'maine', 'maryland',
  'massachusetts', 'michigan', 'minnesota', 'mississippi', 'missouri', 'montana', 'nebraska', 'nevada', 'ohio', 'oklahoma',
  'oregon', 'pennsylvania', 'tennessee', 'texas', 'utah', 'vermont', 'virginia', 'washington', 'wisconsin', 'wyoming']);
const STATE_OPENERS = new Set(['new', 'north', 'south', 'west', 'rhode']);
const PARTICIPLE_PREPOSITIONS = new Set(['by', 'for', 'about', 'on', 'at', 'in', 'with', 'after', 'during', 'over', 'from', 'to']);

/**
 * "Shortly after the announcement, …", "Publicly, …": an adverb opens the sentence. Its ending
 * tells it from a name ("Kelly, …", "Beverly, …"): -lly, -rly and -ily endings are left out.
 */
function opensWithAdverb(toks: Tok[], i: number): boolean {
  const t = toks[i]!;
  const next = toks[i + 1];
  return t.word && t.lower.length > 4 && /(?:[^lri]ly|rily|ully|ally|arly)$/.test(t.lower) && next !== undefined
    && (next.text === ',' || /^(?:after|before|following|into|upon|since|thereafter)$/.test(next.lower));
}

/** "Hours later, …", "Two days earlier, …": a short phrase from token i to a comma, ending in a time adverb. */
function endsInTimeAdverb(toks: Tok[], i: number, limit: number): boolean {
  // ("This week,", "Last year,", "Next month,")
  if (/^(?:this|last|next|earlier|later)$/.test(toks[i]!.lower) && /^(?:week|month|year|weekend|morning|afternoon|evening|summer|spring|fall|autumn|winter)$/.test(toks[i + 1]?.lower ?? '') && toks[i + 2]?.text === ',') return true;
  for (let j = i + 1; j < limit && j - i <= 4; j++) {
    if (toks[j]!.text === ',') return /^(?:later|earlier|ago|afterward|afterwards)$/.test(toks[j - 1]!.lower);
    if (!toks[j]!.word) return false;
  }
  return false;
}

// Verbs in the present that end a subject: "Some of his supporters remain reluctant, citing …"
const FINITE_VERBS = new Set(['remain', 'remains', 'seem', 'seems', 'appear', 'appears', 'become', 'becomes', 'makes', 'gets',
  'takes', 'goes', 'comes', 'wants', 'needs', 'feel', 'feels', 'want', 'need', 'hope', 'hopes', 'face', 'faces', 'lack', 'lacks']);
// Past tenses without -ed, which end a subject as -ed forms do: "Rubio’s campaign sent out …"
const IRREGULAR_PAST = new Set(['sent', 'made', 'took', 'gave', 'got', 'went', 'came', 'brought', 'built', 'paid', 'ran', 'won',
  'sought', 'thought', 'felt', 'found', 'saw', 'knew', 'led', 'wore', 'became', 'chose', 'fought', 'bought', 'caught', 'taught',
  'struck', 'stood', 'heard', 'meant', 'wrote', 'held', 'kept', 'began', 'spent', 'lost', 'met', 'drew', 'grew', 'threw',
  'flew', 'rose', 'fell', 'sat', 'shook', 'broke', 'stole', 'hid', 'did', 'had']);

/** The subject opening a clause, after an introductory phrase ("In a statement, the ministry said"). */
export function clauseSubject(toks: Tok[], from: number, limit: number): [number, number] | null {
  let i = from === 0 ? datelineEnd(toks, limit) : from;
  // (a count's approximation is no opening phrase: "About 50 protesters had gathered …, chanting")
  const approximate = i + 1 < limit && /^(?:about|nearly|almost|roughly|approximately|around)$/.test(toks[i]!.lower) && /^[0-9]/.test(toks[i + 1]!.text) && toks[i + 2]?.word === true;
  if (approximate) {
    i++;
    let j = i;
    while (j + 1 < limit && j - i < 4 && toks[j + 1]!.word && startsLower(toks[j + 1]!.text) && !NP_STOP.has(toks[j + 1]!.lower) && !SPEECH_VERBS.has(toks[j + 1]!.lower)
      && !ACT_VERBS.has(toks[j + 1]!.lower) && !VERB_MODIFIERS.has(toks[j + 1]!.lower) && !verbLike(toks[j + 1]!.lower) && !IRREGULAR_PAST.has(toks[j + 1]!.lower)) j++;
    return j > i ? [i, j] : null;
  }
  // skip one or two introductory phrases ending in a comma
  for (let guard = 0; guard < 2; guard++) {
    // (the state after a place the phrase ends with: "In U.S. District Court in Alexandria, Va., Lazar …")
    // (or written out after a city: "At a campaign event in Ames, Iowa, on Sunday, Mrs. Clinton …")
    // (of two words too: "Speaking at a town hall in Salem, New Hampshire, Trump …")
    const two = i + 2 < limit && STATE_OPENERS.has(toks[i]!.lower) && STATES_OF_TWO.has(`${toks[i]!.lower} ${toks[i + 1]!.lower}`);
    if (i > from && i + 1 < limit && toks[i - 1]!.text === ',' && (STATE_ABBREVIATIONS.has(toks[i]!.lower)
      || ((STATES.has(toks[i]!.lower) || two) && i >= 2 && isCap(toks[i - 2]) && !INTRO_WORDS.has(toks[i - 2]!.lower)))) {
      let c = two ? i + 2 : i + 1;
      if (toks[c]!.text === '.') c++;
      if (toks[c]?.text === ',') i = c + 1;
    }
    const t = toks[i];
    // (a participle opening the sentence introduces it too: "Accepting the prize, Park said …")
    // (a year after a date: "On July 6, 2015, Sanders …")
    if (t && guard === 1 && /^[0-9]{4}$/.test(t.text) && toks[i + 1]?.text === ',') { i += 2; break; }
    if (!t || !(INTRO_WORDS.has(t.lower) || (i === from && (opensWithParticiple(toks, i) || opensWithAdverb(toks, i))) || endsInTimeAdverb(toks, i, limit))) break;
    // a bare conjunction opening the sentence: "But Teneo issued a statement saying …"
    if (CONJUNCTIONS.has(t.lower) && toks[i + 1]?.word && from === i) {
      // (a run of them skipped in a loop: recursion per word would overflow on hostile text)
      let c = i + 1;
      // (and a one-word adverb after them: "And then Trump went on the attack, saying …")
      while (c + 1 < limit && (CONJUNCTIONS.has(toks[c]!.lower) || LONE_ADVERBS.has(toks[c]!.lower)) && toks[c + 1]!.word) c++;
      const after = clauseSubject(toks, c, limit);
      if (after) return after;
    }
    let j = i;
    while (j < limit && toks[j]!.text !== ',') j++;
    // (coordinate adjectives: "In a wide-ranging, in-prison interview last year, Lazar …": the
    // phrase goes on past a comma after its article and an adjective)
    if (j < limit && j - i <= 4 && /^(?:a|an|the|his|her|its|their)$/.test(toks[i + 1]?.lower ?? '') && startsLower(toks[j - 1]!.text)
      && /-|(?:ing|ful|ous|ive|al|ic|ent|ant|ly|est)$/.test(toks[j - 1]!.lower) && toks[j + 1]?.word && startsLower(toks[j + 1]!.text)
      && !SUBJECT_DETERMINERS.has(toks[j + 1]!.lower) && !PRONOUNS.has(toks[j + 1]!.lower)) {
      let n = j + 1;
      while (n < limit && n - j <= 12 && toks[n]!.text !== ',') n++;
      if (n < limit && toks[n]!.text === ',') j = n;
    }
    // (a participle's phrase runs longer: "Asked whether the campaign should take … to a halt,")
    // (and so does one opening "With …" or "After saying …": "With Democratic leaders increasingly worried about …,")
    const long = t.lower === 'asked' || t.lower === 'with' || t.lower.endsWith('ing') || (toks[i + 1]?.lower.endsWith('ing') ?? false);
    if (j >= limit || j - i > (long ? 24 : 16)) break;
    i = j + 1;
    // (a comma inside the quotation that ends the phrase: "After saying her foot was “so swollen,” she …")
    // (the mark right after the comma closes; one after a space opens: "In his book, ''Make Your Kid …''")
    if (i < limit && /^[”"’]$|^''$/.test(toks[i]!.text) && toks[i]!.start === toks[j]!.end) i++;
    // (a title in quotation marks set off after it: "In his 2002 book, ''Make Your Kid a Millionaire,'' Mr. McKinley …")
    else if (i < limit && /^[“"]$|^''$/.test(toks[i]!.text)) {
      let c = i + 1;
      while (c < limit && c - i <= 16 && !/^[”"]$|^''$/.test(toks[c]!.text)) c++;
      if (c < limit && c - i <= 16 && (toks[c - 1]!.text === ',' || toks[c + 1]?.text === ',')) i = toks[c + 1]?.text === ',' ? c + 2 : c + 1;
    }
  }
  if (i >= limit) return null;
  const t = toks[i]!;
  if (!t.word) return null;
  if (PRONOUNS.has(t.lower)) return [i, i];
  // "It’s implied that …", "There’s a reason": a subject and its verb, never who speaks
  if (/^(?:it|that|there|here|what|this)['’]s$/.test(t.lower)) return null;
  // "economist Lena Park": a lower-case descriptor right before a name
  let descriptorEnd = i;
  if (!SUBJECT_DETERMINERS.has(t.lower) && !isCap(t)) {
    let k = i;
    // (numbers too: "9/11 widow Terry Strada", "17-year-old Jared Potts")
    while (k < limit && k - i < 5 && (toks[k]!.word ? startsLower(toks[k]!.text) || /^\d/.test(toks[k]!.text) : toks[k]!.text === '/' && k > i) && !NP_STOP.has(toks[k]!.lower) && !SPEECH_VERBS.has(toks[k]!.lower) && !VERB_MODIFIERS.has(toks[k]!.lower)) k++;
    if (k === i || k >= limit || !isCap(toks[k])) return null;
    descriptorEnd = k - 1;
  }
  if (INTRO_WORDS.has(t.lower) || (NP_STOP.has(t.lower) && !givenModal(toks, i))) return null;
  // the phrase runs to the first comma, parenthesis or verb-like word, at most eight words
  let j = descriptorEnd;
  while (j + 1 < limit && j - i < 8) {
    const n = toks[j + 1]!;
    if (!n.word) {
      if (n.text === "'" || n.text === '’' || n.text === '-' || n.text === '.' || n.text === '&') { j++; continue; }
      break;
    }
    if (isCap(n) || n.lower === 'of' || n.lower === 'de' || n.lower === 'al' || n.lower === 'for') { j++; continue; }
    // a possessive takes its noun: "Taremi's agent", "the mayor's spokesman", "Clinton’s Democratic opponent"
    if (/['’]s$/i.test(toks[j]!.text) || (j > i && isCap(toks[j]) && /['’]s$/i.test(toks[j - 1]!.text))) {
      let k = j + 1; // "Finland's economy minister": up to three lower-case nouns
      while (k < limit && k - j <= 3 && toks[k]!.word && startsLower(toks[k]!.text) && !NP_STOP.has(toks[k]!.lower) && !SPEECH_VERBS.has(toks[k]!.lower)
        && !ACT_VERBS.has(toks[k]!.lower) && !VERB_MODIFIERS.has(toks[k]!.lower) && !verbLike(toks[k]!.lower) && !IRREGULAR_PAST.has(toks[k]!.lower)) k++;
      if (k > j + 1) { j = k - 1; continue; }
    }
    // a name ends at its first lower-case word, unless a name or a plural head follows soon
    // ("Conservative economist Aparna Mathur", "Younger black voters"); a description may go on
    if (!SUBJECT_DETERMINERS.has(t.lower)) {
      let k = j + 1;
      while (k < limit && k - j <= 3 && toks[k]!.word && startsLower(toks[k]!.text) && !NP_STOP.has(toks[k]!.lower) && !SPEECH_VERBS.has(toks[k]!.lower) && !ACT_VERBS.has(toks[k]!.lower) && !VERB_MODIFIERS.has(toks[k]!.lower) && !verbLike(toks[k]!.lower) && !IRREGULAR_PAST.has(toks[k]!.lower)) k++;
      const stop = toks[k];
      // (not across an object: "Carson took the stage Tuesday")
      if (k > j + 1 && stop && stop.word && isCap(stop) && !TIME_WORDS.has(stop.lower)
        && !toks.slice(j + 1, k).some((x) => x.lower === 'the' || x.lower === 'a' || x.lower === 'an')) { j = k - 1; continue; }
      // (or a group's noun before a verb in the past: "Chinese state media quoted him as saying")
      const group = COLLECTIVE_NOUNS.has(toks[k - 1]!.lower) || toks[k - 1]!.lower === 'media';
      if (k > j + 1 && (/s$/.test(toks[k - 1]!.lower) || group) && (!stop || !stop.word || SPEECH_VERBS.has(stop.lower) || VERB_MODIFIERS.has(stop.lower)
        || (group && /[a-z]ed$/.test(stop.lower)))) { j = k - 1; break; }
      // (two groups: "Cyber security experts and U.S. officials, however, said")
      if (k > j + 1 && /s$/.test(toks[k - 1]!.lower) && stop?.lower === 'and' && toks[k + 1]?.word && !NP_STOP.has(toks[k + 1]!.lower) && !PRONOUNS.has(toks[k + 1]!.lower)) { j = k; continue; }
      break;
    }
    // (a base form after an article and an adjective is the noun: "An early tweet quoted …")
    if (BASE_FORMS.has(n.lower) && j === i + 1 && /^(?:the|a|an|his|her|their|its)$/.test(toks[i]!.lower) && startsLower(toks[j]!.text) && !BASE_FORMS.has(toks[j]!.lower)
      && !toks[j]!.lower.endsWith('s') && !COLLECTIVE_NOUNS.has(toks[j]!.lower)) { j++; continue; }
    if (NP_STOP.has(n.lower) || SPEECH_VERBS.has(n.lower) || ACT_VERBS.has(n.lower) || VERB_MODIFIERS.has(n.lower) || TIME_WORDS.has(n.lower) || FINITE_VERBS.has(n.text)) break;
    // an office ends the phrase, but for another office: "The Florida senator sought …", "the attorney general"
    if (startsLower(toks[j]!.text) && ROLE_HEADS.has(toks[j]!.lower) && !MODIFYING_HEADS.has(toks[j]!.lower) && startsLower(n.text) && !ROLE_HEADS.has(n.lower)) break;
    // (after an article the word is the noun or its adjective: "said the ruling", "the embattled senator")
    // (so after a word that counts: "Several leading Republican candidates, including …, criticized")
    // ("One early supporter", "one unaligned strategist", "another leading advocate"; "Another featured five photos" is a verb)
    const afterArticle = j === i && (/^(?:the|a|an|his|her|their|its)$/.test(toks[j]!.lower) || QUANTIFIERS.has(toks[j]!.lower)
      || (/^(?:one|another)$/.test(toks[j]!.lower) && !(n.lower.endsWith('ed') && !n.lower.startsWith('un')))) && (!n.lower.endsWith('ly') || (toks[j + 2] !== undefined && toks[j + 2]!.word && startsLower(toks[j + 2]!.text)));
    if ((verbLike(n.lower) && !afterArticle) || IRREGULAR_PAST.has(n.lower)) break;
    // an article after a lower-case word opens the object of a verb: "The Trump campaign sent a …"
    // (the verb may take a particle: "His office put out a statement")
    if ((n.lower === 'a' || n.lower === 'an' || n.lower === 'the') && j > i && startsLower(toks[j]!.text) && !/^(?:of|for|de|al|within|among|across|behind|beyond|near|inside|outside|around|toward|towards|amid|like)$/.test(toks[j]!.lower)) {
      while (j - 1 > i && /^(?:out|up|off|down|back|over)$/.test(toks[j]!.lower)) j--;
      j--;
      break;
    }
    j++;
  }
  // (nor a word that opens what the eight-word limit cut off: "the authors of the", "The notice of a")
  while (j > i && ((/^(?:of|for|and|the|a|an|in|on|at|to|that|with|from|by)$/.test(toks[j]!.lower) && (startsLower(toks[j]!.text) || /^(?:of|for|and)$/.test(toks[j]!.lower))) || !toks[j]!.word)) j--;
  return [i, j];
}

/** "His neighbour, Carla Mendes,": a phrase followed by a name set off by commas takes it in. */
export function withApposition(toks: Tok[], np: [number, number]): [number, number] {
  if (toks[np[1] + 1]?.text !== ',') return np;
  let j = np[1] + 2;
  while (j < toks.length && j - np[1] <= 7 && toks[j]!.word && (isCap(toks[j]) || toks[j]!.text === '.')) j++;
  return j > np[1] + 2 && toks[j]?.text === ',' ? [np[0], j - 1] : np;
}

/** Where a reported clause starting at token `from` ends: the sentence end, or a new clause. */
export function clauseEndToken(toks: Tok[], from: number, quoted: (at: number) => boolean): number {
  // "While his advisers have suggested …, Mr. Obama is …": said inside an opening subordinate
  // clause, it ends where the main clause begins, at the clause's comma
  const inOpening = opensWithSubordinate(toks) && firstComma(toks, quoted) >= from;
  // "Mayor Tom Albrecht, who said the cut was needed, did not attend": said inside a relative
  // clause, it ends where the main clause's verb comes back after a comma
  const inRelative = opensRelative(toks, from);
  // "attending what he has said will be his last summit, met …": said inside a free relative,
  // it ends at the first comma
  const inWhat = opensWhat(toks, from);
  let pastComma = false;
  for (let i = from; i < toks.length; i++) {
    const t = toks[i]!;
    // "… are “completely unacceptable,” while 31 percent call them …": the comma inside the
    // quotation marks ends the clause as one outside would
    if (i > from + 1 && /^[”"]$|^''$/.test(t.text) && toks[i - 1]!.text === ',' && /^(?:while|whereas|but|although|though)$/.test(toks[i + 1]?.lower ?? '')) return i + 1;
    if (quoted(t.start)) continue;
    if (t.text === ';') return i;
    if ((inOpening || inWhat) && t.text === ',' && i > from) return i;
    // "… radar - some state lobbyists said they know … alone - and develop …": said inside a
    // pair of dashes, what was said ends at the closing one
    if (DASHES.has(t.text) && i > from && dashesBefore(toks, from) % 2 === 1) return i;
    // "… “had a crazy policy,” adding, “…”": the comma sits inside the quotation marks
    if (i > from + 1 && /^(?:adding|saying|noting|arguing|continuing|explaining|insisting)$/.test(t.lower) && /^[”"’]$/.test(toks[i - 1]!.text) && toks[i - 2]!.text === ',') return i;
    // "… and said …", "… but noted …", "…, calling it …": a new speech act starts a new clause
    if (i > from && (t.lower === 'and' || t.lower === 'but' || t.text === ',') && toks[i + 1] && ((SPEECH_VERBS.has(toks[i + 1]!.lower) && !THOUGHT_VERBS.has(toks[i + 1]!.lower)) || ACT_VERBS.has(toks[i + 1]!.lower)) && !isCap(toks[i + 1])) return i;
    if (t.text === ',' && i > from) {
      const n = toks[i + 1];
      const n2 = toks[i + 2];
      // (only at the clause's first comma: a later one may close an aside inside what was said,
      // "who said Mr. Jäger, under fire for …, would do better")
      if (inRelative && !pastComma && n && n.word && (MAIN_CLAUSE_VERBS.has(n.lower) || (SPEECH_VERBS.has(n.lower) && !n.lower.endsWith('ing')))) return i;
      pastComma = true;
      // (", but that …" and ", but could not …" go on with what was said: a second that-clause,
      // a second verb of the same subject)
      const butGoesOn = n?.lower === 'but' && n2 !== undefined && n2.word && (n2.lower === 'that' || AUXILIARIES.has(n2.lower) || n2.lower === 'not' || /^(?:could|would|should|might|must|can|will)$/.test(n2.lower));
      if (n && !butGoesOn && (n.lower === 'but' || n.lower === 'saying' || n.lower === 'adding' || n.lower === 'according' || n.lower === 'noting' || n.lower === 'arguing' || n.lower === 'while' || n.lower === 'although' || n.lower === 'though')) return i;
      if (n && n.lower === 'and' && n2 && PRONOUNS.has(n2.lower)) return i;
      // (and another speaker's act after it: "…, and more than 4 in 10 said …", "…, and Jones said …")
      if (n && n.lower === 'and' && n2 && n2.word && n2.lower !== 'that' && anotherSpeakerAt(toks, i + 2)) return i;
      // "…, with the former secretary calling the move …": another speaker's act
      if (n && n.lower === 'with' && toks.slice(i + 2, i + 9).some((x) => x.word && x.lower.endsWith('ing') && (SPEECH_VERBS.has(x.lower) || ACT_VERBS.has(x.lower)))) return i;
      // (not a finding's verb with no "that": "although Lazar confessed, he showed no remorse")
      const speaks = (j: number): boolean => toks[j] !== undefined && SPEECH_VERBS.has(toks[j]!.lower) && !(THOUGHT_VERBS.has(toks[j]!.lower) && toks[j + 1]?.lower !== 'that');
      if (n && n2 && (speaks(i + 2) || speaks(i + 3)) && (PRONOUNS.has(n.lower) || isCap(n))) return i;
    }
  }
  let e = toks.length;
  // (a percent sign or a degree belongs to its number: "revenue rose 12%")
  while (e > from && !toks[e - 1]!.word && !/["”'’)\]%°]/.test(toks[e - 1]!.text)) e--;
  return e;
}

/** A subject of a few words from `at`, then a speech verb of its own (not a participle, not a belief). */
export function anotherSpeakerAt(toks: Tok[], at: number): boolean {
  for (let j = at + 1; j < toks.length && j - at <= 6; j++) {
    const x = toks[j]!;
    if (!x.word) return false;
    if (SPEECH_VERBS.has(x.lower) && !THOUGHT_VERBS.has(x.lower) && !x.lower.endsWith('ing') && startsLower(x.text)) return true;
  }
  return false;
}

// Verbs that take up a main clause again after a relative clause: "X, who said …, did not attend"
const MAIN_CLAUSE_VERBS = new Set(['did', 'does', 'do', 'was', 'were', 'is', 'are', 'has', 'have', 'had', 'will', 'would', 'could',
  'can', 'should', 'may', 'might', 'must']);

/** Is the clause at `from` inside a relative clause opened by ", who" (no comma between)? */
function opensRelative(toks: Tok[], from: number): boolean {
  for (let k = from - 1; k >= 1 && from - k <= 12; k--) {
    const t = toks[k]!;
    if (t.text === ',') return false;
    if ((t.lower === 'who' || t.lower === 'whose' || t.lower === 'which') && toks[k - 1]!.text === ',') return true;
  }
  return false;
}

/** Is the clause at `from` said inside "what he (has) said …" in an aside after a comma and a participle (", attending what he said …")? */
function opensWhat(toks: Tok[], from: number): boolean {
  for (let k = from - 2; k >= 2 && from - k <= 5; k--) {
    const t = toks[k]!;
    if (!t.word) return false;
    if (t.lower === 'what') return toks[k - 2]!.text === ',' && toks[k - 1]!.lower.endsWith('ing');
  }
  return false;
}

/**
 * "…, the city's mayor, Vitali Klitschko, said": a name between the commas at `a` and `k`
 * after a description set off by a comma before it, "the", "a" or a possessive opening it
 * and a role ending it. The description and the name, or null.
 */
function describedNameAt(toks: Tok[], a: number, k: number): [number, number] | null {
  for (let i = a + 1; i < k; i++) if (!isCap(toks[i]) && !NAME_PARTICLES.has(toks[i]!.text)) return null;
  const head = toks[a - 1];
  if (!head || !head.word || !startsLower(head.text) || !ROLE_WORDS.has(head.lower)) return null;
  for (let d = a - 2; d >= 1 && a - d <= 7; d--) {
    const t = toks[d]!;
    if (t.text === ',') return d < a - 2 && /^(?:the|a|an|his|her|its|their)$|['’]s$/.test(toks[d + 1]!.lower) ? [d + 1, k - 1] : null;
    if (!t.word) return null;
  }
  return null;
}

const DASHES = new Set(['-', '—', '–', '--']);
// Where a sentence's dashes standing alone are, found once per sentence.
const dashIndexes = new WeakMap<Tok[], number[]>();
/** The dashes standing alone before token `at`. */
export function dashesBefore(toks: Tok[], at: number): number {
  let found = dashIndexes.get(toks);
  if (found === undefined) {
    found = [];
    for (let i = 0; i < toks.length; i++) if (DASHES.has(toks[i]!.text)) found.push(i);
    dashIndexes.set(toks, found);
  }
  let n = 0;
  while (n < found.length && found[n]! < at) n++;
  return n;
}

// The first comma of a sentence's tokens outside quotation marks, found once per sentence (asked
// for every reported clause and verb, a scan each time made a long sentence quadratic).
const firstCommas = new WeakMap<Tok[], number>();
export function firstComma(toks: Tok[], quoted: (at: number) => boolean): number {
  let at = firstCommas.get(toks);
  if (at === undefined) {
    at = toks.findIndex((t) => t.text === ',' && !quoted(t.start));
    if (at < 0) at = toks.length;
    firstCommas.set(toks, at);
  }
  return at;
}

/** "While …", "And although …", "Even though …": the sentence opens with a subordinate clause. */
export function opensWithSubordinate(toks: Tok[]): boolean {
  const first = toks[0]?.lower ?? '';
  const second = toks[1]?.lower ?? '';
  return OPENING_SUBORDINATORS.has(first) || ((CONJUNCTIONS.has(first) || first === 'even') && OPENING_SUBORDINATORS.has(second));
}
// (not "as": "As Costa put it, …" says what the main clause says)
const OPENING_SUBORDINATORS = new Set(['while', 'whereas', 'although', 'though', 'because', 'if', 'when', 'after', 'before', 'since', 'once', 'unless', 'whenever']);

export const SUBORDINATORS = new Set(['when', 'if', 'while', 'as', 'after', 'before', 'because', 'although', 'though', 'since', 'once', 'unless', 'whenever']);
