/**
 * English words of speaker resolution (`resolve.ts`): pronouns by person and number, and the
 * function words inside a speaker's description. General English grammar.
 */
import { wordSet } from '../locale.js';
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
export const PERSONAL: ReadonlySet<string> = wordSet(['he', 'she', 'him', 'her', 'his', 'hers', 'himself', 'herself']);

/** Relative pronouns, which stand for the noun phrase before them. */
export const RELATIVE: ReadonlySet<string> = wordSet(['that'], RELATIVES);

/** Plural pronouns. */
export const PLURAL: ReadonlySet<string> = wordSet(['they', 'them', 'their', 'we', 'us', 'our']);

/** First-person pronouns: the writer or the speaker's own group, never a person named earlier. */
export const FIRST: ReadonlySet<string> = wordSet(['i', 'me', 'my', 'we', 'us', 'our']);

/** Function words that may stand inside a speaker's descriptive prefix ("the head of the union"). */
export const PREFIX_FUNCTION_WORDS: ReadonlySet<string> = wordSet(['of', 'for', 'and', 'as', 'in', 'on', 'at'], ARTICLES, LINK_PREPOSITIONS);

/** Lower-case words of titles that are no role nouns themselves: "press secretary", "deputy chief". */
export const PREFIX_MODIFIERS: ReadonlySet<string> = wordSet([
  'press', 'deputy', 'former', 'vice', 'chief', 'senior', 'foreign', 'prime', 'general',
  'executive', 'national', 'state', 'party', 'campaign', 'policy', 'security', 'house', 'senate',
  'communications',
]);

/** Cues of a question: the answer after it is the other party's. */
export const QUESTION_CUES: ReadonlySet<string> = wordSet([
  'asked', 'asks', 'asking', 'ask', 'wondered', 'questioned', 'queried',
]);

/** The people around a person, who speak as a group of theirs: "the family of …", "the parents of …". */
export const KIN_NOUNS: ReadonlySet<string> = wordSet(['family', 'relatives', 'parents', 'kin']);

/** Forms of "be" (and of "get") before a passive participle of saying: "is said to", "it was reported". */
export const BE_FORMS: ReadonlySet<string> = wordSet(['get', 'got'], FINITE_BE, BE_NONFINITE);

/** Words that open a noun phrase read back from its head: "One investor", "a senior official", "two people". */
export const NOT_MODIFIERS: ReadonlySet<string> = wordSet(['that', 'said', 'says', 'told', 'as', 'than'], BASIC_PREPOSITIONS, FINITE_BE, HAVE_FORMS, COORDINATING_CONJUNCTIONS, LINK_PREPOSITIONS);

/** Words before "that" that are no noun: verbs, adverbs and function words ("said that", "so that", "now that"). */
export const NOT_ANTECEDENTS: ReadonlySet<string> = wordSet([
  'said', 'says', 'say', 'so', 'now', 'such', 'be', 'been', 'than', 'like', 'all', 'just', 'only',
  'also', 'not', 'given', 'except', 'about',
], BASIC_PREPOSITIONS, FINITE_BE, COORDINATING_CONJUNCTIONS, LINK_PREPOSITIONS);

/**
 * Prepositions of time, place and manner that open a fronted adverbial, never a speaker's
 * words ("In August", "On Oct. 23", "With Democratic leaders"). Not "by" or "from", which open
 * a byline ("By Ann Lee:"), nor "about", an amount ("About 4 in 10 say").
 */
export const FRONTED_PREPOSITIONS: ReadonlySet<string> = wordSet([
  'in', 'on', 'at', 'for', 'with', 'during', 'after', 'before', 'since', 'until', 'of', 'over', 'throughout', 'amid', 'despite', 'under',
]);

/**
 * First words of a phrase fronted before a sentence's subject and closed by a comma ("When the
 * vote came, Ruiz …", "Last week, Ruiz …"), with FRONTED_PREPOSITIONS.
 */
export const FRONTED_OPENERS: ReadonlySet<string> = wordSet([
  'when', 'while', 'although', 'though', 'if', 'as', 'because', 'once', 'unless', 'whereas', 'last', 'earlier', 'later', 'yesterday', 'today', 'still', 'instead', 'meanwhile',
  'regarding', 'asked',
]);

/** Words that join a clause after a comma, its subject next ("…, and Ruiz said"). */
export const CLAUSE_COORDINATORS: ReadonlySet<string> = wordSet(['and', 'but', 'so', 'yet']);

/** Words a noun phrase never ends in: an article or a coordinator before the noun or name that should follow. */
export const DANGLING_ENDS: ReadonlySet<string> = wordSet(['a', 'an', 'the', 'and', 'or']);


/**
 * Heads of a speaker phrase whose complement is the source itself: a document or a poll ("a
 * report in the Des Moines Register", "a press release from Judicial Watch", "polling in
 * Florida"), or the kind of the place it names ("the state of Nevada", "the city of Nice").
 * Other lower-case heads ("the mayor of Lima", "the embassy in Beijing") are the source.
 */
export const COMPLEMENT_SOURCE_HEADS: ReadonlySet<string> = wordSet([
  'report', 'reports', 'release', 'releases', 'statement', 'statements', 'poll', 'polls', 'polling', 'survey', 'surveys',
  'study', 'studies', 'letter', 'memo', 'article', 'analysis', 'story', 'interview', 'filing', 'tweet', 'post', 'editorial',
  'column', 'document', 'documents', 'data', 'figures', 'records',
  'state', 'city', 'town', 'county', 'province', 'region', 'village', 'republic', 'kingdom', 'government', 'people',
]);
