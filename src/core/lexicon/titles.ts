// Words that name an office or an honorific. Honorifics are never part of a name and never a
// role; offices are roles when they stand before a name ("Foreign Minister Abbas Araghchi").

export const HONORIFICS = new Set([
  'mr', 'mr.', 'mrs', 'mrs.', 'ms', 'ms.', 'miss', 'mister', 'madam', 'madame', 'mme', 'mme.', 'dr', 'dr.', 'sir',
  'dame', 'lord', 'lady', 'baroness', 'baron', 'herr', 'frau', 'monsieur', 'señor', 'senor', 'signor', 'sheikh', 'sheik', 'prof', 'prof.',
  // Nigerian and South Asian honorifics ("Alhaji Aliko Dangote", "Shri Amit Shah")
  'alhaji', 'alhaja', 'hajia', 'mallam', 'shri', 'smt', 'smt.', 'monsignor', 'msgr', 'msgr.',
]);

export const OFFICES = new Set([
  'president', 'vice', 'prime', 'minister', 'secretary', 'speaker', 'chairman', 'chairwoman', 'chair', 'chancellor',
  'king', 'queen', 'prince', 'princess', 'emperor', 'pope', 'cardinal', 'archbishop', 'bishop', 'rev', 'rev.',
  'reverend', 'father', 'rabbi', 'imam', 'ayatollah', 'senator', 'sen', 'sen.', 'representative', 'rep', 'rep.',
  'congressman', 'congresswoman', 'governor', 'gov', 'gov.', 'pres.', 'mayor', 'judge', 'justice', 'general', 'gen', 'gen.',
  'colonel', 'col', 'col.', 'lieutenant', 'lt', 'lt.', 'major', 'maj', 'maj.', 'captain', 'capt', 'capt.',
  'sergeant', 'sgt', 'sgt.', 'admiral', 'adm', 'adm.', 'commander', 'marshal', 'ambassador', 'envoy', 'director',
  'chief', 'executive', 'ceo', 'coach', 'manager', 'spokesman', 'spokeswoman', 'spokesperson', 'leader',
  'commissioner', 'attorney', 'prosecutor', 'sheriff', 'officer', 'detective', 'inspector', 'superintendent',
  'deputy', 'assistant', 'foreign', 'defence', 'defense', 'finance', 'interior', 'state', 'premier', 'head',
  'professor', 'historian', 'economist', 'analyst', 'author', 'writer', 'novelist', 'artist', 'actor', 'actress',
  'singer', 'striker', 'midfielder', 'defender', 'goalkeeper', 'forward', 'player', 'candidate', 'nominee',
  'founder', 'president-elect', 'senator-elect', 'sultan', 'emir', 'crown', 'first', 'lady', 'dean', 'provost',
  'trustee', 'treasurer', 'auditor', 'clerk', 'magistrate', 'councillor', 'councilor', 'councilman',
  'councilwoman', 'alderman', 'delegate', 'minority', 'majority', 'whip', 'house', 'senate', 'party', 'mp',
  'assemblyman', 'assemblywoman', 'assemblymember', 'councilmember', 'alderwoman', 'counsel', 'solicitor', 'administrator',
]);

/** The plural of an office before several names: "Justices Sonia Sotomayor and Ketanji Brown Jackson". */
export const PLURAL_OFFICES = new Set(['justices', 'senators', 'sens.', 'representatives', 'reps.', 'judges', 'governors', 'generals', 'presidents', 'ministers']);

// Offices that are a role on their own, so the run of words before a name must end in one.
export const ROLE_HEADS = new Set([
  'president', 'minister', 'secretary', 'speaker', 'chairman', 'chairwoman', 'chair', 'chancellor', 'king',
  'queen', 'prince', 'princess', 'emperor', 'pope', 'cardinal', 'archbishop', 'bishop', 'reverend', 'rabbi',
  'imam', 'ayatollah', 'senator', 'sen.', 'representative', 'rep.', 'congressman', 'congresswoman', 'governor',
  'gov.', 'mayor', 'judge', 'justice', 'general', 'gen.', 'colonel', 'col.', 'lieutenant', 'lt.', 'major', 'maj.', 'capt.', 'sgt.', 'adm.',
  'captain', 'sergeant', 'admiral', 'commander', 'marshal', 'ambassador', 'envoy', 'director', 'chief',
  'executive', 'ceo', 'coach', 'manager', 'spokesman', 'spokeswoman', 'spokesperson', 'leader', 'commissioner',
  'attorney', 'prosecutor', 'sheriff', 'officer', 'detective', 'inspector', 'superintendent', 'premier', 'head',
  'professor', 'historian', 'economist', 'analyst', 'author', 'writer', 'novelist', 'artist', 'actor',
  'actress', 'singer', 'striker', 'midfielder', 'defender', 'goalkeeper', 'candidate', 'nominee', 'founder',
  'president-elect', 'sultan', 'emir', 'dean', 'provost', 'treasurer', 'clerk', 'magistrate', 'councillor',
  'councilor', 'councilman', 'councilwoman', 'alderman', 'delegate', 'whip', 'mp', 'lady', 'boss', 'owner', 'co-founder', 'champion', 'host', 'anchor', 'commentator', 'presenter', 'correspondent',
  'cofounder', 'partner', 'assemblyman', 'assemblywoman', 'assemblymember', 'councilmember', 'alderwoman', 'solicitor', 'administrator',
]);

/**
 * Occupations that make a role before a name ("nurse Emily Tran", "Council member Rosa
 * Delgado") or as an apposition's head, and that a description ("the nurse said") is matched
 * against. Kept apart from ROLE_HEADS, which also ends a speaker's noun phrase.
 */
export const OCCUPATIONS = new Set([
  'member', 'nurse', 'doctor', 'physician', 'surgeon', 'lawyer', 'teacher', 'researcher', 'scientist', 'engineer',
  'auditor', 'pundit', 'pilot', 'farmer', 'activist', 'journalist', 'reporter', 'editor', 'columnist', 'strategist', 'pollster',
  'consultant', 'adviser', 'advisor', 'aide', 'lobbyist', 'official', 'diplomat', 'banker', 'investor', 'entrepreneur',
  'architect', 'chef', 'photographer', 'player', 'forward', 'quarterback', 'pitcher', 'referee', 'umpire',
  'lawmaker', 'legislator', 'trustee', 'organizer', 'organiser', 'volunteer', 'resident', 'student', 'veteran',
  'paramedic', 'firefighter', 'psychologist', 'psychiatrist', 'epidemiologist', 'specialist', 'expert', 'critic',
  'filmmaker', 'producer', 'composer', 'musician', 'rapper', 'poet', 'playwright', 'comedian', 'designer', 'athlete',
  'businessman', 'businesswoman', 'moderator', 'rival', 'challenger', 'incumbent', 'opponent', 'pastor', 'priest', 'chaplain',
  'deacon', 'nun', 'monk', 'bishop', 'scholar', 'lecturer', 'teacher', 'principal', 'attorney', 'accountant', 'mechanic', 'driver',
  'forecaster', 'meteorologist', 'firefighter', 'economist', 'spokesman', 'astronaut', 'novelist', 'historian',
  // the sciences, the arts and the trades, as news introduces people by them ("the physicist Dieter Vogel")
  'physicist', 'chemist', 'biologist', 'mathematician', 'astronomer', 'geologist', 'archaeologist', 'anthropologist',
  'sociologist', 'linguist', 'philosopher', 'theologian', 'ecologist', 'virologist', 'immunologist', 'neuroscientist',
  'neurologist', 'cardiologist', 'oncologist', 'pediatrician', 'paediatrician', 'dentist', 'pharmacist', 'veterinarian',
  'midwife', 'therapist', 'sculptor', 'painter', 'artist', 'writer', 'author', 'actor', 'actress', 'singer', 'songwriter',
  'dancer', 'choreographer', 'pianist', 'violinist', 'cellist', 'guitarist', 'drummer', 'conductor', 'screenwriter',
  'essayist', 'cartoonist', 'illustrator', 'curator', 'pioneer', 'inventor', 'explorer', 'mountaineer', 'carpenter',
  'electrician', 'plumber', 'fisherman', 'rancher', 'shopkeeper', 'programmer', 'technician', 'backbencher',
]);

/** Every word that heads a role: an office or an occupation. */
export const ROLE_WORDS: ReadonlySet<string> = new Set([...ROLE_HEADS, ...OCCUPATIONS]);
