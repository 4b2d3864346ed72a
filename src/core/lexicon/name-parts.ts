// Lower-case words that can stand inside a full name ("Charles de Gaulle", "Mohammed bin Rashid").
export const NAME_PARTICLES = new Set([
  'de', 'da', 'di', 'do', 'dos', 'das', 'del', 'della', 'der', 'den', 'des', 'du', 'la', 'le', 'van', 'von', 'ter',
  'ten', 'bin', 'ibn', 'bint', 'al', 'el', 'ul', 'ud', 'y', 'e', 'af', 'av', 'zu', 'abu', 'ben', 'dela',
]);

// Capitalized words that open sentences or headings and are never a name on their own.
export const NEVER_NAMES = new Set([
  'moreover', 'however', 'meanwhile', 'additionally', 'therefore', 'consequently', 'furthermore', 'nevertheless',
  'nonetheless', 'instead', 'still', 'also', 'thus', 'hence', 'indeed', 'overall', 'finally', 'first', 'second',
  'third', 'last', 'next', 'then', 'now', 'today', 'yesterday', 'tomorrow', 'looking', 'according', 'despite',
  'although', 'though', 'while', 'when', 'where', 'after', 'before', 'since', 'because', 'during', 'under', 'over',
  'in', 'on', 'at', 'for', 'from', 'with', 'without', 'by', 'to', 'of', 'as', 'if', 'but', 'and', 'or', 'so', 'yet',
  'the', 'a', 'an', 'this', 'that', 'these', 'those', 'he', 'she', 'it', 'they', 'we', 'i', 'you', 'his', 'her',
  'their', 'our', 'my', 'your', 'its', 'there', 'here', 'what', 'who', 'why', 'how', 'which', 'some', 'many',
  'most', 'several', 'both', 'all', 'each', 'every', 'no', 'not', 'yes', 'analysts', 'experts', 'officials',
  'sources', 'critics', 'supporters', 'residents', 'police', 'earlier', 'later', 'similarly', 'likewise',
  'notably', 'importantly', 'specifically', 'ultimately', 'initially', 'currently', 'recently', 'previously',
  'conclusion', 'summary', 'addition', 'contrast', 'short', 'brief', 'sunday', 'monday', 'tuesday', 'wednesday',
  'thursday', 'friday', 'saturday', 'january', 'february', 'march', 'april', 'june', 'july', 'august',
  'september', 'october', 'november', 'december', 'god', 'allah', 'mr', 'mrs', 'ms', 'dr', 'my',
  // (months written short, as a dateline does: "DUBAI, Dec 12"; not "Jan", a given name)
  'feb', 'feb.', 'apr', 'apr.', 'aug', 'aug.', 'sep', 'sep.', 'sept', 'sept.', 'oct', 'oct.', 'nov', 'nov.', 'dec', 'dec.',
  // groups of people, never one person
  'hispanic', 'hispanics', 'latino', 'latinos', 'latina', 'latinas', 'muslim', 'muslims', 'catholics', 'evangelicals',
  'democrats', 'republicans', 'sorry', 'okay',
  // companies in the news whose names are no one's (not "Ford", "Disney", "Tesla", "Dell": people too)
  'walmart', 'amazon', 'google', 'microsoft', 'facebook', 'netflix', 'twitter', 'uber', 'lyft', 'intel', 'nvidia',
  'samsung', 'toyota', 'nissan', 'pfizer', 'moderna', 'starbucks', 'exxon', 'exxonmobil', 'chevron', 'verizon',
  'comcast', 'airbnb', 'spotify', 'alibaba', 'tencent', 'huawei', 'xiaomi', 'nintendo', 'nokia', 'siemens', 'unilever',
  'volkswagen', 'paypal', 'ebay', 'youtube', 'tiktok', 'bytedance', 'openai', 'instagram', 'whatsapp', 'snapchat',
  'linkedin', 'costco', 'walgreens', 'pepsico', 'novartis', 'astrazeneca', 'citigroup', 'gazprom', 'aramco',
]);

// US states whose names are no one's given name: alone, a place ("won Utah", "Nevada votes").
/** The states of two words, in lower case. */
export const STATES_OF_TWO: ReadonlySet<string> = new Set(['new hampshire', 'new jersey', 'new mexico', 'new york', 'north carolina', 'north dakota',
  'south carolina', 'south dakota', 'west virginia', 'rhode island']);

export const STATES_ALONE = new Set(['alabama', 'alaska', 'arizona', 'arkansas', 'california', 'colorado', 'connecticut',
  'delaware', 'hawaii', 'idaho', 'illinois', 'iowa', 'kansas', 'kentucky', 'louisiana', 'maine', 'maryland',
  'massachusetts', 'michigan', 'minnesota', 'mississippi', 'missouri', 'nebraska', 'nevada', 'ohio', 'oklahoma', 'oregon',
  'pennsylvania', 'tennessee', 'texas', 'utah', 'vermont', 'wisconsin', 'wyoming']);

// Last words that make a capitalized phrase a place, building, organization or thing named
// after a person ("the Lincoln Memorial", "the Nobel Prize") rather than the person.
export const NON_PERSON_HEADS = new Set([
  'memorial', 'prize', 'award', 'awards', 'trophy', 'cup', 'foundation', 'institute', 'university', 'college',
  'school', 'elementary', 'academy', 'center', 'centre', 'street', 'avenue', 'road', 'boulevard', 'square', 'bridge', 'airport',
  'station', 'stadium', 'arena', 'hall', 'museum', 'gallery', 'library', 'hospital', 'clinic', 'church',
  'cathedral', 'mosque', 'temple', 'palace', 'tower', 'building', 'company', 'corporation', 'corp', 'inc', 'ltd',
  'group', 'party', 'doctrine', 'act', 'law', 'plan', 'report', 'river', 'lake', 'mountain', 'mountains', 'island',
  'islands', 'county', 'city', 'province', 'state', 'district', 'valley', 'bay', 'beach', 'forest', 'prison',
  'administration', 'campaign', 'commission', 'committee', 'council', 'ministry', 'department', 'agency', 'bank',
  'fund', 'trust', 'association', 'society', 'club', 'league', 'union', 'federation', 'festival', 'theatre',
  'theater', 'hotel', 'restaurant', 'times', 'post', 'journal', 'news', 'network', 'channel', 'show', 'era',
  'bros', 'bros.', 'co', 'co.', 'plc', 'ag', 'gmbh', 'llc', 'holdings', 'industries', 'partners', 'capital',
  'securities', 'motors', 'airlines', 'systems', 'technologies', 'media', 'press', 'records', 'pictures',
  'studios', 'entertainment', 'controls', 'pharmaceuticals', 'communications', 'electric', 'energy',
  'services', 'radio', 'television', 'tv', 'magazine', 'newspaper', 'review', 'daily', 'weekly', 'herald', 'dynasty',
  'series', 'championship', 'championships', 'tournament', 'olympics', 'symposium', 'summit', 'conference',
  // (shops and trades named after their owners: "Bennett Hardware", "Rossi Bakery")
  'hardware', 'bakery', 'grocery', 'groceries', 'pharmacy', 'market', 'store', 'stores', 'shop', 'farms', 'farm', 'dairy',
  'garage', 'salon', 'cafe', 'café', 'diner', 'inn', 'pub', 'tavern', 'brewery', 'winery', 'vineyards', 'furniture',
  'enterprise', 'enterprises', 'construction', 'plumbing', 'auto', 'insurance', 'realty', 'associates', 'consulting',
  // (a byline's desk: "By Hannah Osei, Courts Correspondent")
  'correspondent', 'editor', 'poll',
  // (clubs: "Kilcar United", "Dunmore Athletic")
  'united', 'athletic', 'rovers', 'wanderers', 'albion', 'rangers', 'hotspur', 'fc', 'afc',
]);

// First words of places named after people ("Fort Bragg", "Mount Vernon", "Lake Victoria").
export const PLACE_PREFIXES = new Set(['fort', 'mount', 'mt.', 'lake', 'port', 'cape', 'camp', 'glen']);

// Name suffixes that belong to the name ("Martin Luther King Jr.").
export const NAME_SUFFIXES = new Set(['jr.', 'jr', 'sr.', 'sr', 'ii', 'iii', 'iv', 'v', 'vi', 'vii', 'viii', 'ix', 'xi', 'xii', 'xiii', 'xiv',
  'xv', 'xvi']);
/** Titles of a monarch, after which "I" is a regnal number: "Queen Elizabeth I". */
export const MONARCHS = new Set(['king', 'queen', 'emperor', 'empress', 'pope', 'tsar', 'czar', 'tsarina', 'kaiser', 'shah', 'sultan']);

// Lower-case words that introduce a person's name ("striker Erling Haaland", "lawmaker …").
export const PERSON_CUES = new Set([
  'lawmaker', 'lawmakers', 'leader', 'chief', 'coach', 'striker', 'midfielder', 'defender', 'goalkeeper',
  'spokesman', 'spokeswoman', 'spokesperson', 'minister', 'president', 'senator', 'governor', 'mayor',
  'ambassador', 'envoy', 'economist', 'historian', 'analyst', 'professor', 'author', 'writer', 'novelist',
  'singer', 'actor', 'actress', 'director', 'executive', 'founder', 'chairman', 'chairwoman', 'secretary',
  'judge', 'prosecutor', 'lawyer', 'attorney', 'activist', 'candidate', 'opponent', 'rival', 'colleague', 'counterpart',
  'player', 'champion', 'captain', 'manager', 'premier', 'chancellor', 'king', 'queen', 'prince', 'princess',
  'sheikh', 'pope', 'general', 'commander', 'officer', 'official', 'researcher', 'scientist', 'doctor',
  'artist', 'poet', 'journalist', 'reporter', 'editor', 'columnist', 'rapper', 'star', 'teammate', 'widow',
  'wife', 'husband', 'son', 'daughter', 'brother', 'sister', 'mother', 'father', 'dr.', 'mr.', 'mrs.', 'ms.',
  'ceo', 'cfo', 'boss', 'broker', 'trader', 'dealer', 'strategist', 'consultant', 'adviser', 'advisor', 'aide', 'banker', 'investor',
  'prof.', 'prof', 'dr', 'sir', 'dame', 'engineer', 'entrepreneur', 'designer', 'developer', 'employee', 'student',
  'teacher', 'nurse', 'farmer', 'resident', 'volunteer', 'co-founder', 'cofounder', 'physician', 'surgeon',
  'lecturer', 'pastor', 'priest', 'athlete', 'runner', 'cyclist', 'driver', 'pilot', 'soldier', 'veteran', 'emperor',
  'empress', 'tsar', 'czar', 'sultan', 'emir', 'playmaker', 'winger', 'fly-half', 'scrum-half', 'quarterback',
  'pitcher', 'batsman', 'bowler', 'sprinter', 'jockey', 'referee', 'umpire', 'moderator', 'businessman',
  'businesswoman', 'pollster', 'lobbyist', 'diplomat', 'photographer', 'filmmaker', 'producer', 'comedian', 'musician',
  // (legislators' and officers' titles: "Assemblywoman Claudia Tenney", "Congressman …", "Sheriff …")
  'congressman', 'congresswoman', 'assemblyman', 'assemblywoman', 'assemblymember', 'councilman', 'councilwoman',
  'councilmember', 'councillor', 'councilor', 'alderman', 'alderwoman', 'representative', 'commissioner', 'sheriff',
  'treasurer', 'superintendent', 'detective', 'sergeant', 'lieutenant', 'colonel',
  // (clergy, and offices of agencies and missions: "Archbishop Fridolin Ambongo", "NASA Administrator Jared Isaacman")
  'archbishop', 'bishop', 'cardinal', 'rabbi', 'imam', 'reverend', 'ayatollah', 'patriarch', 'administrator', 'astronaut',
  // (sciences and trades: "Forecaster Callum Dean", "hydrologist Hannah Cloke")
  'forecaster', 'meteorologist', 'hydrologist', 'climatologist', 'geologist', 'biologist', 'physicist', 'chemist',
  'epidemiologist', 'virologist', 'psychologist', 'sociologist', 'anthropologist', 'archaeologist', 'astronomer',
  'ecologist', 'mathematician', 'philosopher', 'theologian', 'architect', 'chef', 'firefighter', 'paramedic',
  'pharmacist', 'dentist', 'veterinarian', 'accountant', 'solicitor', 'barrister', 'magistrate', 'coroner', 'inspector',
  'constable', 'fisherman', 'carpenter', 'electrician', 'plumber', 'mechanic', 'shopkeeper', 'campaigner', 'protester',
  'grandmother', 'grandfather', 'aunt', 'uncle', 'cousin', 'nephew', 'niece', 'grandson', 'granddaughter',
]);

/**
 * Heads of descriptions that make the described a company or a body, not a person: "Nordtek,
 * the Finnish chipmaker," / "Acme, a maker of …". A "person" described so is dropped.
 */
export const ORGANIZATION_DESCRIPTIONS = new Set([
  'company', 'firm', 'maker', 'chipmaker', 'carmaker', 'automaker', 'drugmaker', 'manufacturer', 'producer',
  'retailer', 'supplier', 'lender', 'insurer', 'bank', 'group', 'conglomerate', 'giant', 'startup', 'start-up',
  'airline', 'carrier', 'operator', 'agency', 'broadcaster', 'newspaper', 'publisher', 'network', 'club', 'team',
  'party', 'university', 'charity', 'organization', 'organisation', 'subsidiary', 'unit', 'brand', 'exchange',
  'regulator', 'utility', 'developer', 'platform', 'app', 'service', 'fund', 'bloc', 'alliance', 'coalition',
]);

/** Nationalities, which open no name: "American Tyson" is Tyson, "Iranian Foreign Minister" a role. */
export const DEMONYMS = new Set(['american', 'british', 'french', 'german', 'italian', 'spanish', 'russian', 'chinese', 'japanese',
  'indian', 'pakistani', 'iranian', 'iraqi', 'israeli', 'palestinian', 'syrian', 'lebanese', 'turkish', 'greek', 'dutch',
  'belgian', 'swiss', 'austrian', 'swedish', 'norwegian', 'danish', 'finnish', 'polish', 'czech', 'hungarian', 'romanian',
  'bulgarian', 'serbian', 'croatian', 'ukrainian', 'brazilian', 'argentine', 'argentinian', 'mexican', 'canadian',
  'australian', 'kenyan', 'nigerian', 'egyptian', 'saudi', 'afghan', 'korean', 'vietnamese', 'thai', 'irish', 'scottish',
  'welsh', 'english', 'portuguese', 'cuban', 'colombian', 'chilean', 'peruvian', 'venezuelan', 'zairean', 'rwandan',
  'ethiopian', 'ghanaian', 'moroccan', 'algerian', 'tunisian', 'libyan', 'sudanese', 'somali', 'yemeni', 'jordanian',
  'kuwaiti', 'qatari', 'emirati', 'bahraini', 'omani', 'bangladeshi', 'indonesian', 'malaysian', 'filipino', 'taiwanese',
  'zimbabwean', 'panamanian', 'dominican', 'jamaican', 'slovak', 'slovenian', 'bosnian', 'albanian', 'georgian', 'armenian',
  'kazakh', 'uzbek', 'estonian', 'latvian', 'lithuanian', 'belarusian', 'icelandic', 'scots', 'kosovar', 'ugandan']);

/**
 * Common Chinese family names, which come first: "Xi Jinping" is "Xi" later. Words that are
 * English too ("He", "Lee", "Long", "Song") are left out. In lower case, as keys are.
 */
export const CHINESE_FAMILY_NAMES: ReadonlySet<string> = new Set([
  'wang', 'li', 'zhang', 'liu', 'chen', 'yang', 'huang', 'zhao', 'wu', 'zhou', 'xu', 'sun', 'zhu', 'hu', 'guo', 'gao', 'lin',
  'luo', 'zheng', 'liang', 'xie', 'tang', 'han', 'feng', 'deng', 'cao', 'peng', 'zeng', 'xiao', 'tian', 'dong', 'yuan', 'pan',
  'yu', 'jiang', 'cai', 'wei', 'du', 'ye', 'cheng', 'su', 'lu', 'ding', 'ren', 'shen', 'yao', 'xi', 'jin', 'wen', 'hou', 'bai',
  'meng', 'qin', 'fu', 'fang', 'lei', 'xue', 'yan', 'qian', 'mao', 'hao', 'kong', 'ma', 'zhong', 'qiu', 'jia', 'xia', 'shi',
]);

/**
 * Common Korean family names, which come first too: "Yoon Suk Yeol" is "Yoon" later. English
 * words and names ("Lee", "Oh", "Son", "Ha") are left out. In lower case, as keys are.
 */
export const KOREAN_FAMILY_NAMES: ReadonlySet<string> = new Set([
  'kim', 'park', 'choi', 'jung', 'chung', 'kang', 'cho', 'yoon', 'yun', 'jang', 'chang', 'lim', 'shin', 'kwon', 'hwang', 'ahn',
  'yoo', 'hong', 'jeon', 'chun', 'ko', 'moon', 'bae', 'baek', 'heo', 'roh', 'noh', 'kwak', 'seo', 'suh', 'yeo', 'yim', 'jeong',
  'lee', 'yi', 'rhee', 'han', 'oh', 'song', 'son', 'yang', 'nam', 'ha', 'cha', 'min', 'ryu', 'woo', 'jin', 'sung', 'kong', 'byun',
  'bang', 'koo', 'yeom', 'chae', 'won', 'pyo', 'seong', 'gil', 'jo', 'im', 'go', 'um', 'eom', 'shim', 'sim', 'jeung',
]);

/** One syllable of a Korean given name in Latin letters: "Suk", "Yeol", "Jong", "Un", "Geun", "Hye". */
export const KOREAN_SYLLABLE = /^(?:kk|tt|pp|ss|jj|ch|[gkndtrlmbpsjh])?(?:yeo|yae|wae|you|woo|eo|eu|ae|ya|ye|yo|yu|wa|wo|we|wi|oe|ui|oo|ee|ou|a|e|i|o|u)(?:ng|[ktlmpn])?$/i;

/** A given name in pinyin: one to three syllables, each an initial and a final ("Jinping", "Qiang", "Yi"). */
export const PINYIN_GIVEN = /^(?:(?:zh|ch|sh|[bpmfdtnlgkhjqxrzcsyw])?(?:iang|iong|uang|ueng|ang|eng|ing|ong|ian|iao|uai|uan|ai|ei|ao|ou|an|en|er|ia|ie|iu|in|ua|uo|ui|un|ue|a|o|e|i|u|ü)){1,3}$/i;

/**
 * Places whose names read like a person's (a particle or a given name in them): never a person.
 * In lower case, as keys are joined with spaces.
 */
export const PLACES_LIKE_NAMES: ReadonlySet<string> = new Set([
  'el salvador', 'costa rica', 'sri lanka', 'saudi arabia', 'san marino', 'sierra leone', 'puerto rico', 'burkina faso',
  // (and seats of power: "the White House", "the Supreme Court")
  'white house', 'supreme court', 'high court', 'downing street', 'capitol hill', 'wall street',
  'cape verde', 'ivory coast', 'new zealand', 'hong kong', 'tel aviv', 'abu dhabi', 'sao paulo', 'são paulo',
  'buenos aires', 'rio de janeiro', 'san francisco', 'san diego', 'san antonio', 'san jose', 'los angeles', 'las vegas',
  'santa fe', 'santa barbara', 'st. louis', 'st. petersburg', 'kuala lumpur', 'addis ababa', 'dar es salaam', 'costa brava',
  'santo domingo', 'san juan', 'la paz', 'el paso', 'monte carlo', 'port louis', 'san salvador', 'ho chi minh',
  // (and the states of two words: "Carolina" is a given name, "South Carolina" no one)
  ...STATES_OF_TWO,
]);

/** Countries of one word, in lower case: alone, never a person (unless also a given name: "Jordan", "Georgia"). */
export const COUNTRIES: ReadonlySet<string> = new Set([
  'afghanistan', 'albania', 'algeria', 'andorra', 'angola', 'argentina', 'armenia', 'australia', 'austria', 'azerbaijan',
  'bahamas', 'bahrain', 'bangladesh', 'barbados', 'belarus', 'belgium', 'belize', 'benin', 'bhutan', 'bolivia', 'bosnia',
  'botswana', 'brazil', 'brunei', 'bulgaria', 'burundi', 'cambodia', 'cameroon', 'canada', 'chile', 'china', 'colombia',
  'comoros', 'congo', 'croatia', 'cuba', 'cyprus', 'czechia', 'denmark', 'djibouti', 'ecuador', 'egypt', 'eritrea', 'estonia',
  'eswatini', 'ethiopia', 'fiji', 'finland', 'france', 'gabon', 'gambia', 'germany', 'ghana', 'greece', 'grenada',
  'guatemala', 'guinea', 'guyana', 'haiti', 'honduras', 'hungary', 'iceland', 'india', 'indonesia', 'iran', 'iraq',
  'ireland', 'italy', 'jamaica', 'japan', 'kazakhstan', 'kenya', 'kiribati', 'kosovo', 'kuwait', 'kyrgyzstan', 'laos',
  'latvia', 'lebanon', 'lesotho', 'liberia', 'libya', 'liechtenstein', 'lithuania', 'luxembourg', 'madagascar', 'malawi',
  'malaysia', 'maldives', 'mali', 'malta', 'mauritania', 'mauritius', 'mexico', 'micronesia', 'moldova', 'monaco',
  'mongolia', 'montenegro', 'morocco', 'mozambique', 'myanmar', 'burma', 'namibia', 'nauru', 'nepal', 'netherlands',
  'nicaragua', 'niger', 'nigeria', 'norway', 'oman', 'pakistan', 'palau', 'palestine', 'panama', 'paraguay', 'peru',
  'philippines', 'poland', 'portugal', 'qatar', 'romania', 'russia', 'rwanda', 'samoa', 'senegal', 'serbia', 'seychelles',
  'singapore', 'slovakia', 'slovenia', 'somalia', 'spain', 'sudan', 'suriname', 'sweden', 'switzerland', 'syria',
  'taiwan', 'tajikistan', 'tanzania', 'thailand', 'togo', 'tonga', 'tunisia', 'turkey', 'turkmenistan', 'tuvalu', 'uganda',
  'ukraine', 'uruguay', 'uzbekistan', 'vanuatu', 'venezuela', 'vietnam', 'yemen', 'zambia', 'zimbabwe', 'yugoslavia',
  'england', 'scotland', 'wales', 'britain', 'chechnya', 'tibet', 'kashmir',
]);
