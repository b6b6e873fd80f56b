/** Words that make a phrase a sentence or a headline, not a place. */
export const sentenceWords = [
  'a', 'about', 'after', 'against', 'ago', 'all', 'also', 'amid', 'and', 'are', 'as', 'at', 'be', 'been', 'before', 'being', 'but', 'by',
  'can', 'could', 'did', 'does', 'for', 'from', 'had', 'has', 'have', 'he', 'her', 'his', 'how', 'i', 'if', 'in', 'into', 'is', 'it', 'its',
  'may', 'more', 'most', 'my', 'no', 'not', 'or', 'our', 'out', 'over', 'said', 'say', 'says', 'she', 'should', 'than', 'that', 'their',
  'them', 'there', 'these', 'they', 'this', 'those', 'to', 'up', 'was', 'we', 'were', 'what', 'when', 'where', 'which', 'while', 'who',
  'why', 'will', 'with', 'would', 'you', 'your', 'today', 'yesterday', 'tomorrow', 'tonight', 'now', 'only', 'total', 'totals', 'per',
  'vs', 'versus', 'via', 'price', 'prices', 'close', 'closing', 'open', 'opening', 'net', 'shr', 'note', 'update', 'updated', 'breaking',
  'exclusive', 'analysis', 'opinion', 'editorial', 'watch', 'live', 'factbox', 'explainer', 'correction', 'corrected', 'urgent', 'flash',
  'bulletin', 'review', 'interview', 'commentary', 'photos', 'video', 'graphic', 'sports', 'business', 'politics', 'world', 'news',
  'obituary', 'obituaries', 'advertisement', 'sponsored', 'podcast', 'newsletter', 'recap', 'preview', 'letters', 'column', 'essay',
  'satire', 'perspective', 'viewpoint', 'briefing', 'roundup', 'timeline', 'quiz', 'poll', 'transcript', 'liveblog',
  // A photo caption's labels ("FILE – In this photo …", AP's archive photos).
  'file', 'photo', 'image', 'caption',
];

/** Words that open a label or a speaker's name in capitals before a colon ("READ MORE:", "MODERATOR:"), not a place. */
export const colonLabels = [
  'read', 'related', 'see', 'more', 'alert', 'warning', 'listen', 'just', 'developing', 'revealed', 'explained', 'question',
  'answer', 'source', 'sources', 'credit', 'credits', 'gallery', 'report', 'summary', 'highlights', 'background', 'context',
  'disclaimer', 'spoiler', 'trigger', 'content', 'promoted', 'latest', 'trending', 'featured', 'notice', 'statement', 'fact',
  'key', 'takeaways', 'top', 'tags', 'topics', 'category', 'tldr', 'faq', 'recommended', 'moderator', 'reporter', 'host',
  'announcer', 'narrator', 'editor', 'editors', 'speaker', 'voice', 'audience', 'caller', 'guest', 'panelist', 'unidentified',
  'male', 'female', 'man', 'woman', 'anchor', 'correspondent', 'interviewer', 'mr', 'mrs', 'ms', 'dr', 'sen', 'rep', 'gov', 'pres',
  'president', 'senator', 'governor', 'judge', 'witness', 'attorney', 'counsel', 'prosecutor', 'defendant', 'chairman', 'chair',
  'q', 'a', 'ps', 'nb', 'psa', 'edit', 'addendum', 'postscript', 'tip', 'tips', 'hint', 'step', 'lesson', 'chapter', 'part',
  'episode', 'season', 'round', 'game', 'stage', 'day', 'week', 'verdict', 'score', 'result', 'results', 'rating', 'pros', 'cons',
];

/** Words that name a news outlet in its masthead, not a place ("FORUM KEADILAN –", "VALLEY HERALD —"). */
export const mastheadWords = [
  'forum', 'times', 'post', 'daily', 'herald', 'tribune', 'journal', 'gazette', 'chronicle', 'courier', 'telegraph', 'inquirer',
  'examiner', 'observer', 'sentinel', 'dispatch', 'ledger', 'mirror', 'express', 'weekly', 'monitor', 'media', 'online', 'radio',
  'tv', 'television', 'magazine', 'press', 'digest', 'newswire',
];

/**
 * Words beside a town's name, in lower case, that make it a place: "in Kohat", "from Mansehra",
 * "Kohat district", "Mansehra police". (Not "of" or "to", which stand as often before a person.)
 */
export const townContext = {
  before: ['in', 'at', 'from', 'near', 'outside', 'across', 'around', 'inside'],
  after: ['district', 'city', 'town', 'village', 'police', 'division', 'valley', 'tehsil', 'province', 'region', 'county', 'municipality', 'bazaar', 'cantonment'],
};

/**
 * English endings of ordinary nouns, which no place name shares: a kicker in capitals, not a town.
 * Not '-ness' and '-ity' end places too (Inverness, Trinity).
 */
export const nounEndings = ['tion', 'ment', 'ism', 'ology'];

/**
 * Names of a paper's sections and topics in capitals before a dash ("POLITIK –", "HEALTH —",
 * "CLIMATE CHANGE —"): a kicker over the story, not a town, unless a gazetteer knows the head.
 */
export const topicWords = ['health', 'sport', 'economy', 'crime', 'markets', 'culture', 'feature', 'features', 'insight', 'science', 'tech', 'climate',
  'weather', 'travel', 'food', 'lifestyle', 'music', 'arts', 'books', 'film', 'movies', 'fashion', 'money', 'finance', 'football',
  'soccer', 'cricket', 'rugby', 'tennis', 'golf', 'motoring', 'religion', 'wellness', 'elections', 'courts', 'justice', 'diplomacy',
  'crypto', 'baseball', 'basketball', 'hockey', 'celebrity', 'royals', 'nature', 'wildlife', 'housing', 'jobs', 'investigation'];

/** Section names that are a kicker only as the whole head ("LOCAL —"), since they also open places' names. */
export const topicWordsAlone = ['local', 'national', 'international', 'metro', 'region', 'regional', 'autos', 'nation', 'state', 'city', 'county', 'suburbs'];
