// Lower-case words that can stand inside a full name ("Charles de Gaulle", "Mohammed bin Rashid").
export const NAME_PARTICLES = new Set([
  'de', 'da', 'di', 'do', 'dos', 'das', 'del', 'della', 'der', 'den', 'des', 'du', 'la', 'le', 'van', 'von', 'ter',
  'ten', 'bin', 'ibn', 'bint', 'al', 'el', 'ul', 'ud', 'y', 'e', 'af', 'av', 'zu', 'st', 'st.', 'abu', 'ben', 'dela',
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
]);
