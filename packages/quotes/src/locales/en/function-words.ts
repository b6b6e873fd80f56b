/**
 * Closed classes of English function words (auxiliaries, pronouns, determiners, prepositions,
 * subordinators, adverbs) that the word lists of the quote rules are built from: a list that
 * holds all of a class names the class rather than repeating its words.
 */
import { wordSet } from '../locale.js';

/** The finite forms of "be". */
export const FINITE_BE: ReadonlySet<string> = wordSet(['is', 'are', 'was', 'were']);

/** The base form and participles of "be". */
export const BE_NONFINITE: ReadonlySet<string> = wordSet(['be', 'been', 'being']);

/** The forms of "have". */
export const HAVE_FORMS: ReadonlySet<string> = wordSet(['has', 'have', 'had']);

/** The forms of "do". */
export const DO_FORMS: ReadonlySet<string> = wordSet(['do', 'does', 'did']);

/** Modal verbs ("shall" left out: few lists have it). */
export const MODAL_VERBS: ReadonlySet<string> = wordSet(['may', 'will', 'would', 'can', 'could', 'might', 'must', 'should']);

/** Negated auxiliaries that most lists share. */
export const NEGATED_AUXILIARIES: ReadonlySet<string> = wordSet(["isn't", "wasn't", "won't", "doesn't", "didn't"]);

/** Personal pronouns in the subject case ("it" and "you" left out: they are also objects). */
export const PERSONAL_SUBJECTS: ReadonlySet<string> = wordSet(['he', 'she', 'they', 'we', 'i']);

/** Personal pronouns in the object case. */
export const OBJECT_CASE: ReadonlySet<string> = wordSet(['him', 'her', 'them', 'us', 'me']);

/** Possessive determiners ("my" and "your" left out: few lists have them). */
export const POSSESSIVES: ReadonlySet<string> = wordSet(['his', 'her', 'their', 'its', 'our']);

/** The articles. */
export const ARTICLES: ReadonlySet<string> = wordSet(['the', 'a', 'an']);

/** Possessive determiners with "my" and "your": "her remarks", "their claims". */
export const POSSESSIVE_DETERMINERS: ReadonlySet<string> = wordSet(['my', 'your'], POSSESSIVES);

/** Articles and possessive determiners: the definite openers of a noun phrase ("the police", "his lawyer"). */
export const ARTICLES_AND_POSSESSIVES: ReadonlySet<string> = wordSet([], ARTICLES, POSSESSIVE_DETERMINERS);

/** Demonstrative determiners ("that" left out: it is also a complementizer). */
export const DEMONSTRATIVES: ReadonlySet<string> = wordSet(['this', 'these', 'those']);

/** Relative pronouns. */
export const RELATIVES: ReadonlySet<string> = wordSet(['who', 'which', 'whom', 'whose']);

/** Question words that are no relative pronoun. */
export const WH_ADVERBS: ReadonlySet<string> = wordSet(['what', 'why', 'how']);

/** Coordinating conjunctions. */
export const COORDINATING_CONJUNCTIONS: ReadonlySet<string> = wordSet(['and', 'but', 'or']);

/** Subordinators of contrast. */
export const CONTRASTIVES: ReadonlySet<string> = wordSet(['although', 'though', 'while', 'whereas']);

/** Subordinators of cause and condition. */
export const CAUSALS: ReadonlySet<string> = wordSet(['because', 'since', 'if']);

/** Words of time that are prepositions and subordinators. */
export const TIME_SUBORDINATORS: ReadonlySet<string> = wordSet(['after', 'before', 'until']);

/** The commonest prepositions. */
export const BASIC_PREPOSITIONS: ReadonlySet<string> = wordSet(['in', 'on', 'at', 'for', 'from', 'of']);

/** Prepositions of agent, instrument and goal. */
export const LINK_PREPOSITIONS: ReadonlySet<string> = wordSet(['to', 'by', 'with']);

/** Prepositions that open an adverbial phrase. */
export const PHRASE_PREPOSITIONS: ReadonlySet<string> = wordSet(['about', 'into', 'over', 'under', 'through', 'during']);

/** Prepositions of setting and concession. */
export const CONCESSIVE_PREPOSITIONS: ReadonlySet<string> = wordSet(['among', 'amid', 'despite', 'like']);

/** Sentence adverbs that link to what came before. */
export const CONNECTIVE_ADVERBS: ReadonlySet<string> = wordSet(['however', 'meanwhile', 'instead', 'indeed']);

/** Sentence adverbs of consequence and addition. */
export const DISCOURSE_ADVERBS: ReadonlySet<string> = wordSet(['thus', 'therefore', 'moreover', 'furthermore', 'nevertheless']);

/** Focus and time adverbs that stand before a verb. */
export const FOCUS_ADVERBS: ReadonlySet<string> = wordSet(['also', 'even', 'just', 'only', 'still', 'now']);

/** Quantifiers that open a noun phrase or stand for people. */
export const QUANTIFIERS: ReadonlySet<string> = wordSet(['some', 'many', 'several', 'most', 'few', 'both', 'all', 'each']);

/** The numbers up to ten written as words. */
export const NUMBER_WORDS: ReadonlySet<string> = wordSet([
  'ten', 'one', 'two', 'three', 'four', 'five', 'six', 'seven', 'eight', 'nine',
]);

/** Small numbers written as words. */
export const SMALL_NUMBERS: ReadonlySet<string> = wordSet(['two', 'three', 'four', 'five']);

/** The commonest forms of "say" and "tell". */
export const SAY_CUES: ReadonlySet<string> = wordSet(['say', 'said', 'says', 'told', 'tells']);

/** Adverbs naming a day. */
export const TIME_ADVERBS: ReadonlySet<string> = wordSet(['yesterday', 'today', 'tonight']);

/** Parts of a day. */
export const DAY_PARTS: ReadonlySet<string> = wordSet(['morning', 'afternoon', 'evening', 'night']);
