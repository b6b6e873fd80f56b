/**
 * English words of speaker resolution (`resolve.ts`): pronouns by person and number, and the
 * function words inside a speaker's description. General English grammar.
 */
import { withSForms, wordSet } from '../locale.js';
import {
  ARTICLES,
  BASIC_PREPOSITIONS,
  BE_NONFINITE,
  COORDINATING_CONJUNCTIONS,
  FINITE_BE,
  HAVE_FORMS,
  LINK_PREPOSITIONS,
  RELATIVES,
} from './function-words.js';

/** Third-person singular pronouns of persons (masculine and feminine). */
export const PERSONAL: ReadonlySet<string> = wordSet(['he', 'him', 'his', 'himself', 'she', 'her', 'hers', 'herself']);

/** Relative pronouns, which stand for the noun phrase before them. */
export const RELATIVE: ReadonlySet<string> = wordSet(['that'], RELATIVES);

/** Plural pronouns. */
export const PLURAL: ReadonlySet<string> = wordSet(['they', 'we', 'them', 'us', 'their', 'our']);

/** First-person pronouns: the writer or the speaker's own group, never a person named earlier. */
export const FIRST: ReadonlySet<string> = wordSet(['we', 'i', 'us', 'me', 'our', 'my']);

/** Function words that may stand inside a speaker's descriptive prefix ("the head of the union"). */
export const PREFIX_FUNCTION_WORDS: ReadonlySet<string> = wordSet(['as', 'and', 'in', 'on', 'at', 'for', 'of'], ARTICLES, LINK_PREPOSITIONS);

/** Lower-case words of titles that are no role nouns themselves: "press secretary", "deputy chief". */
export const PREFIX_MODIFIERS: ReadonlySet<string> = wordSet([
  'state', 'press', 'vice', 'general', 'chief', 'executive', 'former', 'deputy', 'security', 'campaign',
  'party', 'foreign', 'senate', 'house', 'senior', 'prime', 'national', 'policy', 'communications',
]);

/** Cues of a question: the answer after it is the other party's. */
export const QUESTION_CUES: ReadonlySet<string> = wordSet([
  'ask', 'asked', 'asking', 'asks', 'wondered', 'questioned', 'queried',
]);

/** The people around a person, who speak as a group of theirs: "the family of …", "the parents of …". */
export const KIN_NOUNS: ReadonlySet<string> = wordSet(['family', 'relatives', 'parents', 'kin']);

/** Forms of "be" (and of "get") before a passive participle of saying: "is said to", "it was reported". */
export const BE_FORMS: ReadonlySet<string> = wordSet(['got', 'get'], FINITE_BE, BE_NONFINITE);

/** Words that open a noun phrase read back from its head: "One investor", "a senior official", "two people". */
export const NOT_MODIFIERS: ReadonlySet<string> = wordSet(['as', 'said', 'says', 'told', 'that', 'than'], BASIC_PREPOSITIONS, FINITE_BE, HAVE_FORMS, COORDINATING_CONJUNCTIONS, LINK_PREPOSITIONS);

/** Words before "that" that are no noun: verbs, adverbs and function words ("said that", "so that", "now that"). */
export const NOT_ANTECEDENTS: ReadonlySet<string> = wordSet([
  'say', 'be', 'been', 'about', 'like', 'also', 'just', 'only', 'now', 'all', 'said', 'says', 'not', 'such',
  'than', 'so', 'except', 'given',
], BASIC_PREPOSITIONS, FINITE_BE, COORDINATING_CONJUNCTIONS, LINK_PREPOSITIONS);

/**
 * Prepositions of time, place and manner that open a fronted adverbial, never a speaker's
 * words ("In August", "On Oct. 23", "With Democratic leaders"). Not "by" or "from", which open
 * a byline ("By Ann Lee:"), nor "about", an amount ("About 4 in 10 say").
 */
export const FRONTED_PREPOSITIONS: ReadonlySet<string> = wordSet([
  'since', 'after', 'before', 'until', 'in', 'on', 'at', 'for', 'of', 'with', 'over', 'under', 'during', 'amid', 'despite', 'throughout',
]);

/**
 * First words of a phrase fronted before a sentence's subject and closed by a comma ("When the
 * vote came, Ruiz …", "Last week, Ruiz …"), with FRONTED_PREPOSITIONS.
 */
export const FRONTED_OPENERS: ReadonlySet<string> = wordSet([
  'as', 'although', 'though', 'while', 'whereas', 'because', 'if', 'meanwhile', 'instead', 'still',
  'yesterday', 'today', 'later', 'once', 'earlier', 'last', 'when', 'unless', 'asked', 'regarding',
]);

/** Words that join a clause after a comma, its subject next ("…, and Ruiz said"). */
export const CLAUSE_COORDINATORS: ReadonlySet<string> = wordSet(['and', 'but', 'so', 'yet']);

/** Words a noun phrase never ends in: an article or a coordinator before the noun or name that should follow. */
export const DANGLING_ENDS: ReadonlySet<string> = wordSet(['the', 'a', 'an', 'and', 'or']);


/**
 * Heads of a speaker phrase whose complement is the source itself: a document or a poll ("a
 * report in the Des Moines Register", "a press release from Judicial Watch", "polling in
 * Florida"), or the kind of the place it names ("the state of Nevada", "the city of Nice").
 * Other lower-case heads ("the mayor of Lima", "the embassy in Beijing") are the source.
 */
export const COMPLEMENT_SOURCE_HEADS: ReadonlySet<string> = wordSet([
  'state', 'tweet', 'post', 'release', 'letter', 'memo', 'filing', 'government', 'people', 'study', 'studies',
  'analysis', 'data', 'records', 'column', 'interview', 'polling', 'figures', 'releases', 'article', 'story',
  'editorial', 'city', 'town', 'county', 'province', 'region', 'village', 'republic', 'kingdom', 'count', 'tally',
], withSForms(['report', 'statement', 'document', 'poll', 'survey']));

/** Words before an office that make it another office: "prime minister", "vice president". */
export const OFFICE_CHANGERS: ReadonlySet<string> = new Set(['vice', 'lieutenant', 'deputy', 'assistant', 'prime']);

/** Units of time, score, money and distance, singular: a counted one ("two more wins", "the past four years") is an amount, never a speaker. */
export const AMOUNT_HEADS: ReadonlySet<string> = wordSet([
  'point', 'week', 'month', 'year', 'day', 'time', 'vote', 'hour', 'minute', 'decade', 'win', 'goal', 'game',
  'dollar', 'mile',
]);
