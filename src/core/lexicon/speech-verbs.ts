// Verbs that report speech, in the forms news uses them. Lemma → inflected forms; the cue
// reported for a quote is the form as written.
const LEMMAS: Record<string, string[]> = {
  say: ['say', 'says', 'said', 'saying'],
  tell: ['tell', 'tells', 'told', 'telling'],
  add: ['add', 'adds', 'added', 'adding'],
  note: ['note', 'notes', 'noted', 'noting'],
  warn: ['warn', 'warns', 'warned', 'warning'],
  argue: ['argue', 'argues', 'argued', 'arguing'],
  insist: ['insist', 'insists', 'insisted', 'insisting'],
  announce: ['announce', 'announces', 'announced', 'announcing'],
  explain: ['explain', 'explains', 'explained', 'explaining'],
  claim: ['claim', 'claims', 'claimed', 'claiming'],
  state: ['states', 'stated'],
  emphasize: ['emphasize', 'emphasizes', 'emphasized', 'emphasizing', 'emphasise', 'emphasises', 'emphasised'],
  stress: ['stress', 'stresses', 'stressed', 'stressing'],
  report: ['reports', 'reported'],
  write: ['write', 'writes', 'wrote', 'writing', 'written'],
  ask: ['ask', 'asks', 'asked', 'asking'],
  acknowledge: ['acknowledge', 'acknowledges', 'acknowledged', 'acknowledging'],
  admit: ['admit', 'admits', 'admitted', 'admitting'],
  suggest: ['suggest', 'suggests', 'suggested', 'suggesting'],
  predict: ['predict', 'predicts', 'predicted'],
  confirm: ['confirm', 'confirms', 'confirmed'],
  deny: ['deny', 'denies', 'denied', 'denying'],
  declare: ['declare', 'declares', 'declared', 'declaring'],
  proclaim: ['proclaim', 'proclaims', 'proclaimed', 'proclaiming'],
  promise: ['promise', 'promises', 'promised', 'promising'],
  vow: ['vow', 'vows', 'vowed', 'vowing'],
  pledge: ['pledge', 'pledges', 'pledged', 'pledging'],
  threaten: ['threatens', 'threatened'],
  refuse: ['refused', 'refuses'],
  decline: ['declined', 'declines'],
  reply: ['reply', 'replies', 'replied'],
  respond: ['respond', 'responds', 'responded'],
  recall: ['recall', 'recalls', 'recalled', 'recalling'],
  contend: ['contend', 'contends', 'contended'],
  assert: ['assert', 'asserts', 'asserted'],
  maintain: ['maintain', 'maintains', 'maintained'],
  testify: ['testify', 'testifies', 'testified'],
  reassure: ['reassures', 'reassured', 'reassuring'],
  tweet: ['tweet', 'tweets', 'tweeted', 'tweeting'],
  complain: ['complain', 'complains', 'complained'],
  concede: ['concede', 'concedes', 'conceded'],
  observe: ['observe', 'observes', 'observed'],
  remark: ['remark', 'remarks', 'remarked'],
  reiterate: ['reiterate', 'reiterates', 'reiterated'],
  estimate: ['estimates', 'estimated'],
  continue: ['continued', 'continues'],
  agree: ['agree', 'agrees', 'agreed'],
  caution: ['caution', 'cautions', 'cautioned'],
  charge: ['charged'],
  allege: ['allege', 'alleges', 'alleged'],
  boast: ['boast', 'boasts', 'boasted'],
  joke: ['joked'],
  quip: ['quipped'],
  interject: ['interjects', 'interjected'],
  assure: ['assure', 'assures', 'assured', 'assuring'],
  remind: ['remind', 'reminds', 'reminded', 'reminding'],
  shout: ['shouted', 'shouts', 'shouting'],
  yell: ['yelled', 'yells', 'yelling'],
  whisper: ['whispered'],
  mention: ['mentioned'],
  disclose: ['disclose', 'discloses', 'disclosed'],
  reveal: ['reveals', 'revealed'],
  indicate: ['indicated'],
  signal: ['signaled', 'signalled'],
  urge: ['urge', 'urges', 'urged', 'urging'],
  exhort: ['exhort', 'exhorts', 'exhorted', 'exhorting'],
  implore: ['implored', 'implores', 'imploring'],
  brag: ['bragged', 'brags', 'bragging'],
  forecast: ['forecast'],
  believe: ['believe', 'believes', 'believed'],
  think: ['think', 'thinks', 'thought'],
  hope: ['hopes'],
  fear: ['fear', 'fears', 'feared'],
  worry: ['worry', 'worries', 'worried'],
  expect: ['expects', 'expected'],
  find: ['found', 'finds'],
  show: ['show', 'shows', 'showed'],
  post: ['posts', 'posted'],
  conclude: ['concluded', 'concludes'],
};

export const SPEECH_VERBS: ReadonlySet<string> = new Set(Object.values(LEMMAS).flat());
/** The base forms ("say", "tweet", "note"): after "a"/"an" and a word such a form is a noun ("a cautious note"). */
export const BASE_FORMS: ReadonlySet<string> = new Set(Object.entries(LEMMAS).filter(([lemma, forms]) => forms.includes(lemma)).map(([lemma]) => lemma));

/**
 * Verbs of the manner of speaking that name a speaker only beside a quotation: "“Denver,” he
 * answered." Never a cue for reported speech ("she answered questions about …").
 */
export const QUOTE_ONLY_VERBS: ReadonlySet<string> = new Set([
  'answered', 'answers', 'questioned', 'demanded', 'exclaimed', 'exclaims', 'chanted', 'chanting', 'screamed', 'screaming', 'hollered', 'radioed', 'recited', 'recites', 'delivered', 'delivers', 'muttered', 'mutters', 'snapped',
  'retorted', 'countered', 'counters', 'laughed', 'sighed', 'scoffed', 'pleaded', 'begged', 'cried', 'murmured',
  'groaned', 'mused', 'muses', 'wondered', 'wonders', 'recounted', 'recounts', 'concluded', 'concludes', 'offered',
  'posted', 'texted', 'emailed', 'e-mailed', 'recalled', 'gushed', 'marveled', 'marvelled', 'deadpanned', 'sniffed', 'fumed',
  'griped', 'quipped', 'read', 'reads', 'barked', 'opined', 'opines', 'surmised', 'elaborated', 'remembered', 'intoned',
  'conclude', 'cracked', 'boomed', 'thundered', 'roared', 'bellowed', 'crowed', 'teased', 'sneered', 'growled', 'hissed',
  'stammered', 'ranted', 'raved', 'chirped', 'cooed', 'wisecracked', 'ribbed', 'beamed', 'confessed', 'smiled', 'grinned', 'sang', 'sings', 'reacted',
]);

/** Verbs of shouting: the quotation right after one is what was shouted, however short ("chanting “no contract, no peace”"). */
export const SHOUT_VERBS: ReadonlySet<string> = new Set(['chant', 'chants', 'chanted', 'chanting', 'shout', 'shouts', 'shouted', 'shouting',
  'yell', 'yells', 'yelled', 'yelling', 'scream', 'screams', 'screamed', 'screaming', 'holler', 'hollered', 'hollering']);

/** What carries written words that "read": "a sign that read “…”", "One message read", "a T-shirt reading". */
export const WRITING_NOUNS: ReadonlySet<string> = new Set(['sign', 'signs', 'banner', 'banners', 'placard', 'placards', 'poster', 'posters',
  'message', 'shirt', 't-shirt', 'shirts', 't-shirts', 'sticker', 'stickers', 'billboard', 'caption', 'headline', 'inscription', 'plaque',
  'button', 'buttons', 'hat', 'hats', 'cap', 'caps']);

/** Present plural of act verbs: "while 31 percent call them …", "critics accuse him of …" (and a noun after an article). */
export const ACT_BASE_FORMS: ReadonlySet<string> = new Set(['call', 'describe', 'accuse', 'blame', 'criticize', 'criticise', 'praise',
  'label', 'condemn', 'denounce', 'mock', 'slam', 'rebuke']);

/**
 * Verbs whose object is what was said or meant: "called the plan reckless", "accused him of
 * lying", "vowed to fight". The content is everything after the verb (and its particle).
 */
export const ACT_VERBS: ReadonlySet<string> = new Set([
  'called', 'calling', 'calls', 'described', 'describes', 'describing', 'criticized', 'criticised', 'criticizes',
  'criticizing', 'accused', 'accuses', 'accusing', 'praised', 'praises', 'praising', 'blasted', 'blasts',
  'attacked', 'attacks', 'denounced', 'denounces', 'condemned', 'condemns', 'endorsed', 'endorses', 'defended',
  'defends', 'dismissed', 'dismisses', 'rejected', 'rejects', 'questioned', 'questions', 'blamed', 'blames',
  'blaming', 'mocked', 'mocks', 'slammed', 'slams', 'lambasted', 'derided', 'proposed', 'proposes', 'pledged',
  'pledges', 'demanded', 'demands', 'demanding', 'cited', 'cites', 'citing', 'bemoaned', 'lamented', 'welcomed', 'likened', 'likens',
  'welcomes', 'hailed', 'hails', 'applauded', 'expressed', 'expresses', 'spoke', 'talked', 'discussed',
  'recommended', 'recommends', 'labeled', 'labelled', 'dubbed', 'branded', 'touted', 'touts', 'pointed',
  'referring', 'referred', 'refers', 'talking', 'speaking', 'speaks', 'pointing', 'point', 'invoked', 'invokes', 'invoking',
  'decried', 'decries', 'scolded', 'chided', 'chastised', 'rebuked', 'berated', 'upbraided', 'admonished', 'castigated',
  'excoriated', 'assailed', 'commended', 'chiding', 'scolding', 'mocking', 'slamming', 'blasting', 'denouncing', 'condemning',
  'lambasting', 'deriding',
  ...ACT_BASE_FORMS,
]);

/** Particles that belong to an act verb rather than its content: "called on", "spoke of". */
export const VERB_PARTICLES: ReadonlySet<string> = new Set(['on', 'for', 'of', 'about', 'against', 'to', 'out', 'up']);

/** Verbs that need an object before their clause: "told reporters that …", "asked him whether …". */
export const OBJECT_VERBS: ReadonlySet<string> = new Set([...LEMMAS.tell!, ...LEMMAS.ask!, ...LEMMAS.urge!, ...LEMMAS.exhort!, ...LEMMAS.implore!, 'reminded', 'assured', 'informed', 'convinced']);

/** Forms that report a thought rather than speech: used only with a clear "that" clause. */
export const THOUGHT_VERBS: ReadonlySet<string> = new Set([
  ...LEMMAS.believe!, ...LEMMAS.think!, ...LEMMAS.hope!, ...LEMMAS.fear!, ...LEMMAS.worry!, ...LEMMAS.expect!,
  // findings ("a poll found that …", "the data show that …") report something only with "that" too
  ...LEMMAS.find!, ...LEMMAS.show!, ...LEMMAS.conclude!,
  // and so does a post ("posted on X that …", not "posted a video")
  ...LEMMAS.post!,
]);

/** Words that may stand between a subject and its speech verb: "he also said", "has repeatedly said". */
export const VERB_MODIFIERS: ReadonlySet<string> = new Set([
  'also', 'has', 'have', 'had', 'would', 'will', 'did', 'does', 'do', 'later', 'previously', 'repeatedly', 'once',
  'reportedly', 'publicly', 'privately', 'recently', 'often', 'again', 'then', 'further', 'flatly', 'firmly',
  'quickly', 'earlier', 'frequently', 'simply', 'just', 'already', 'still', 'not', 'never', 'separately',
  'subsequently', 'finally', 'openly', 'angrily', 'bluntly', 'clearly', 'explicitly', 'even', 'can', 'could',
  'may', 'might', 'must', 'should', 'is', 'are', 'was', 'were', 'been', 'being', 'long', 'always', 'now', 'ever', 'soon', 'nevertheless', 'nonetheless',
  'cannot', 'necessarily', 'however', 'meanwhile', 'too', 'instead', 'therefore', 'likewise', 'similarly',
]);
