/**
 * English words of the attribution rules (`attribution.ts`, `find-attribution.ts`): what may
 * stand in a speaker's noun phrase, before and after a cue, and what ends it. General English
 * grammar; no corpus strings.
 */
import { BELIEF_VERBS, ENGLISH_MONTH_NAMES, inflectVerb, SPEECH_VERBS } from '@newsparse/core';
import { withSForms, wordSet } from '../locale.js';
import { LY_NOUNS as NOUNS_IN_LY, SAYING_GERUNDS } from './lexicon.js';
import {
  ARTICLES,
  BASIC_PREPOSITIONS,
  BE_NONFINITE,
  CAUSALS,
  CONCESSIVE_PREPOSITIONS,
  COORDINATING_CONJUNCTIONS,
  DAY_PARTS,
  DEMONSTRATIVES,
  DO_FORMS,
  FINITE_BE,
  HAVE_FORMS,
  LINK_PREPOSITIONS,
  MODAL_VERBS,
  NEGATED_AUXILIARIES,
  NUMBER_WORDS,
  OBJECT_CASE,
  PERSONAL_SUBJECTS,
  PHRASE_PREPOSITIONS,
  POSSESSIVES,
  QUANTIFIERS,
  RELATIVES,
  TIME_SUBORDINATORS,
  WH_ADVERBS,
} from './function-words.js';

/** Gerunds that attribute ("…, saying the plan failed"), the -ing forms of these verbs; other -ing forms are not cues. */
export const GERUND_CUES: ReadonlySet<string> = wordSet([
  'quip', 'reply', 'respond', 'conclude', 'report', 'observe', 'remark', 'comment', 'joke', 'shout', 'yell',
  'chant', 'scream', 'whisper', 'boast', 'pledge', 'concede', 'confirm', 'deny', 'emphasize', 'stress',
  'maintain', 'muse', 'wonder', 'lament', 'cry', 'exclaim', 'repeat', 'demand', 'plead', 'post', 'text',
  'proclaim', 'blast', 'mock', 'quote', 'remind', 'hope', 'label', 'dub', 'brand', 'think', 'believe', 'fear',
  'expect', 'worry', 'know',
].map((verb) => inflectVerb(verb).at(-1)!).concat('labelling'), SAYING_GERUNDS);

/** Cue forms that are as often nouns: a verb only after a subject or an auxiliary. */
export const NOUN_LIKE: ReadonlySet<string> = wordSet([
  'insist', 'reply', 'yell', 'scream', 'whisper', 'deny', 'retort', 'muse', 'cry', 'snap', 'bark', 'sigh',
  'roar', 'fume', 'crow', 'marvel', 'mutter', 'murmur', 'praise', 'tease', 'taunt', 'groan', 'moan', 'huff',
  'smile', 'grin', 'nod', 'guess', 'dispute', 'challenge', 'reject', 'rip', 'jab', 'needle', 'vent', 'gripe',
  'rant', 'holler', 'howl', 'wish', 'push', 'decree', 'judge', 'worry', 'favor', 'support', 'back', 'blame',
  'credit', 'warning', 'statement', 'release', 'address', 'worries', 'criticism', 'replies', 'cries', 'plea',
  'record', 'response', 'speech', 'wishes', 'bid', 'pushes',
], withSForms([
    'quip', 'hit', 'note', 'state', 'tweet', 'report', 'claim', 'remark', 'comment', 'joke',
    'shout', 'chant', 'boast', 'promise', 'vow', 'pledge', 'charge', 'counter', 'demand',
    'post', 'text', 'email', 'hint', 'object', 'protest', 'read', 'answer', 'reason', 'laugh',
    'call', 'blast', 'slam', 'quote', 'offer', 'estimate', 'forecast', 'project', 'figure',
    'question', 'swipe', 'hope', 'brief', 'point', 'cheer', 'blog', 'message', 'order', 'rule', 'find',
    'fear', 'doubt', 'view', 'want', 'plan', 'aim', 'show', 'attack', 'voice', 'request', 'concern',
    'need',
]));

/** Words after which a base form is a verb, not a noun ("they claim", "to report"). */
export const VERB_PRECEDERS: ReadonlySet<string> = wordSet([
  'then', "doesn't", "didn't", 'who', 'which', 'and', 'to', 'also', 'just', 'still', 'some', 'many', 'both',
  'all', 'shall', 'later', 'often', 'never', 'always', 'once', 'not', 'reportedly', 'repeatedly', 'you', 'it',
  'that', 'others', "don't", 'people', 'officials', 'experts', 'analysts', 'critics', 'supporters', 'polls',
], MODAL_VERBS, PERSONAL_SUBJECTS, HAVE_FORMS, DO_FORMS);

/** Prepositions before a noun that make a cue form in -s after it that phrase's plural noun ("about media reports", "a flurry of conference calls"). */
export const PLURAL_NOUN_PREPOSITIONS: ReadonlySet<string> = wordSet(['on', 'of', 'about', 'over', 'amid']);

/** Words after which a cue-like word is a noun ("the report", "his statement", "of claims"). */
export const NOUN_MARKERS: ReadonlySet<string> = wordSet([
  'no', 'written', 'brief', 'official', 'my', 'your', 'whose', 'by', 'with', 'about', 'each', 'one', 'first',
  'long', 'last', 'any', 'every', 'another', 'such', 'new', 'previous', 'public', 'latest', 'formal', 'joint',
  'short', 'same', 'following',
], BASIC_PREPOSITIONS, POSSESSIVES, ARTICLES, DEMONSTRATIVES);

/** The uninflected forms of the cue verbs: "highlight", "support", "concern". */
export const BASE_FORMS: ReadonlySet<string> = wordSet([], SPEECH_VERBS, BELIEF_VERBS);

/** Plural nouns without a final -s, which take a bare verb: "the people want". */
export const BARE_PLURALS: ReadonlySet<string> = wordSet([
  'press', 'public', 'police', 'media', 'staff', 'clergy', 'military', 'people', 'men', 'women', 'children',
  'youth', 'electorate', 'majority', 'minority',
]);

/** Nouns in -men that are singular: "the regimen says" is no plural subject. */
export const SINGULAR_IN_MEN: ReadonlySet<string> = wordSet([
  'specimen', 'regimen', 'abdomen', 'omen', 'amen', 'stamen', 'hymen', 'acumen', 'bitumen',
  'albumen', 'lumen', 'semen', 'cyclamen',
]);

/** Words that open a clause after a verb of saying or belief: "that", a subject pronoun, a determiner. */
export const CLAUSE_OPENING_WORDS: ReadonlySet<string> = wordSet(['his', 'her', 'their', 'the', 'this', 'it', 'that', 'there'], PERSONAL_SUBJECTS);

/** Auxiliaries that open a clause whose subject is a relative word: "that critics said [would] hurt …". */
export const GAP_AUXILIARIES: ReadonlySet<string> = wordSet(['may', 'will', 'would', 'can', 'could', 'might', 'should'], FINITE_BE, HAVE_FORMS);

/** Ordinals and their kin before a participle used as an adjective: "the fourth named storm". */
export const ORDINAL_WORDS: ReadonlySet<string> = wordSet([
  'only', 'first', 'last', 'next', 'second', 'third', 'fourth', 'latest', 'fifth', 'sixth', 'seventh',
  'eighth', 'ninth', 'tenth',
]);

/** Words that open a clause's subject right after a verb of belief: "hope the plan will …", "fear they …". */
export const CLAUSE_SUBJECT_WORDS: ReadonlySet<string> = wordSet(['the', 'you', 'it', 'there'], PERSONAL_SUBJECTS, POSSESSIVES, DEMONSTRATIVES);

/** Finite auxiliaries: a plural noun followed by one is a clause's subject. */
export const FINITE_AUXILIARIES: ReadonlySet<string> = wordSet(['have', 'had', 'do', 'did'], MODAL_VERBS, FINITE_BE);

/** Adverbs that stand between a subject and its verb: "activists even insist", "officials privately fear". */
export const SUBJECT_ADVERBS: ReadonlySet<string> = wordSet([
  'even', 'now', 'repeatedly', 'further', 'privately', 'publicly', 'openly', 'firmly', 'quietly', 'strongly',
  'increasingly', 'genuinely', 'sincerely', 'truly',
]);

/** Prepositions of time and opposition before a noun: "after protests", "against claims". */
export const NOUN_PREPOSITIONS: ReadonlySet<string> = wordSet([
  'after', 'before', 'against', 'between', 'toward', 'towards', 'upon', 'within', 'beyond', 'following',
]);

/** Prepositions that open an adverbial before a word: a capitalised word after one is no subject's first name. */
export const ADVERBIAL_PREPOSITIONS: ReadonlySet<string> = wordSet(['without', 'throughout', 'across'], BASIC_PREPOSITIONS, PHRASE_PREPOSITIONS, CONCESSIVE_PREPOSITIONS, LINK_PREPOSITIONS);

/** Particle verbs that also attribute alone ("called", "spoke", "hit back" and "hit"). */
export const STANDALONE_PARTICLE_VERBS: ReadonlySet<string> = wordSet(['spoke', 'push', 'calling', 'called', 'speaking', 'pushed'], withSForms(['hit', 'call', 'speak']));

/** Nouns in -ly, which end a subject rather than stand between it and its verb: "a member of the family said". */
export const LY_NOUNS: ReadonlySet<string> = wordSet(['july', 'italy'], NOUNS_IN_LY);

/** Words that may open a time adverbial before its head ("last", "earlier this"). */
export const TIME_OPENERS: ReadonlySet<string> = wordSet([
  'the', 'this', 'in', 'on', 'at', 'earlier', 'last', 'next', 'that', 'previous', 'late', 'early', 'past',
]);

/** Words that may stand before an amount ("nearly 40", "over 20"): after one, a number is no subject. */
export const APPROXIMATORS: ReadonlySet<string> = wordSet([
  'and', 'but', 'while', 'whereas', 'about', 'over', 'under', 'just', 'only', 'some', 'almost', 'than',
  'nearly', 'around', 'roughly', 'fully', 'barely',
]);

/** Participles in -en (most words in -en are nouns: "chairmen", "citizen"). */
export const EN_PARTICIPLES: ReadonlySet<string> = wordSet([
  'written', 'known', 'seen', 'shown', 'spoken', 'sworn', 'given', 'taken', 'chosen', 'driven', 'stolen',
  'broken', 'hidden', 'forgotten', 'proven', 'drawn', 'beaten', 'overseen', 'undertaken',
]);

/** Quantifiers that head a partitive subject: "some of the candidates", "half of the voters". */
export const PARTITIVES: ReadonlySet<string> = wordSet([
  'any', 'dozens', 'hundreds', 'thousands', 'millions', 'either', 'neither', 'much', 'third', 'majority',
  'minority', 'none', 'half', 'plenty', 'lots', 'rest', 'number', 'members', 'share', 'quarter', 'percent',
], NUMBER_WORDS, QUANTIFIERS);

/** Words after a name in an appositive that give its employer or place: "Rajesh Kumar of the space agency". */
export const APPOSITIVE_NAME_LINKS: ReadonlySet<string> = wordSet(['at', 'from', 'of', 'with']);

/** Quantifiers that float after the phrase they speak for: "Cruz and Rubio both said", "they all agree". */
export const FLOATING_QUANTIFIERS: ReadonlySet<string> = wordSet(['both', 'all', 'each']);

/** Words before a bare plural that leave it the subject: "But executives who …", "people who …" after a comma. */
export const BARE_SUBJECT_AFTER: ReadonlySet<string> = wordSet([
  'although', 'though', 'while', 'even', 'still', 'perhaps', 'so', 'yet', 'when',
], COORDINATING_CONJUNCTIONS, CAUSALS);

/**
 * Words that open an insertion between a subject and its verb: a relative clause or a list.
 * (A participle, "including", "speaking at …", is taken by its ending.)
 */
export const INSERTION_OPENERS: ReadonlySet<string> = wordSet(['who', 'which', 'whose', 'among', 'like']);

/** Articles: after one a cue form is a noun or adjective ("the ruling", "a statement"), never a verb. */
export { ARTICLES };

/** Determiners that open a noun phrase, a subject when a verb follows it. */
export const CLAUSE_OPENING_DETERMINERS: ReadonlySet<string> = wordSet([], POSSESSIVES, ARTICLES, DEMONSTRATIVES);

/** Past forms of the cue verbs, which have no noun reading: "said", "told", "wrote", "added". */
export const PAST_CUE_FORM = /^(?:said|told|wrote|\p{L}+ed)$/u;

/** Common irregular past forms that make a clause of the words before "that". */
export const PAST_FORMS: ReadonlySet<string> = wordSet([
  'wrote', 'knew', 'saw', 'spoke', 'went', 'began', 'hit', 'put', 'told', 'kept', 'made', 'took', 'gave',
  'brought', 'grew', 'became', 'got', 'came', 'threw', 'sought', 'found', 'left', 'held', 'won', 'lost',
  'led', 'caught', 'met', 'sent', 'spent', 'sold', 'bought', 'built', 'cut', 'set', 'ran', 'fell', 'rose',
  'thought', 'broke', 'chose', 'drew', 'drove', 'struck', 'stood', 'fought', 'upheld', 'withdrew',
]);

/** Prepositions that open where or how something was said: "in a statement", "on Twitter". */
export const SETTING_PREPOSITIONS: ReadonlySet<string> = wordSet(['in', 'on', 'at', 'through', 'during', 'via']);

/** Determiners that may open a recipient after "told": "told the analysts", "told its investors". */
export const RECIPIENT_DETERMINERS: ReadonlySet<string> = wordSet(['some', 'many', 'several', 'local', 'foreign'], POSSESSIVES, ARTICLES);

/** Bodies addressed as a whole: "told the board the plan …", "told parliament it would …". */
export const ADDRESSED_BODIES: ReadonlySet<string> = wordSet([
  'press', 'rally', 'assembly', 'media', 'cabinet', 'hearing', 'summit', 'board', 'committee', 'court',
  'panel', 'commission', 'jury', 'parliament', 'congress', 'senate', 'conference', 'meeting', 'council',
  'inquiry', 'tribunal', 'gathering', 'forum', 'convention', 'crowd', 'audience', 'house', 'chamber',
  'legislature', 'caucus', 'briefing', 'nation', 'country',
  // An outlet told is the hearer: "told the newspaper on Tuesday".
  'newspaper', 'paper', 'publication', 'outlet', 'magazine', 'broadcaster', 'station', 'channel', 'website',
]);

/** Words that end a source's name: relatives, subordinators, conjunctions and gerunds of saying. */
export const SOURCE_BREAKS: ReadonlySet<string> = wordSet([
  'as', 'but', 'although', 'though', 'while', 'because', 'if', 'that', 'when', 'where', 'saying',
], RELATIVES);

/** Verbs that name or characterise rather than introduce: "called it “a disaster”". */
export const NAMING: ReadonlySet<string> = wordSet([
  'headline', 'title', 'nickname', 'deem', 'calling', 'called', 'describing', 'dubbing', 'labeling',
  'described', 'dubbed', 'labeled', 'labelled', 'termed', 'branded', 'characterized', 'nicknamed', 'titled',
  'headlined', 'named', 'deemed', 'considered',
], withSForms([
    'describe', 'call', 'label', 'dub', 'brand', 'term', 'characterize', 'consider', 'name',
]));

/** Auxiliaries, subordinators and relatives that show a clause, not a speaker's phrase, before a cue. */
export const CLAUSE_WORDS: ReadonlySet<string> = wordSet([
  'who', 'which', 'whom', 'although', 'though', 'while', 'than', 'so', 'when', 'whether', "don't", "can't",
  "it's", "he's", "she's", "they're", "we're", "i'm", "you're", "that's", "there's", "what's",
], MODAL_VERBS, NEGATED_AUXILIARIES, FINITE_BE, BE_NONFINITE, HAVE_FORMS, DO_FORMS, COORDINATING_CONJUNCTIONS, CAUSALS);

/** Prepositions that take an object, not a speaker, after a cue. */
export const OBJECT_PREPOSITIONS: ReadonlySet<string> = wordSet([
  'after', 'before', 'about', 'into', 'over', 'through', 'during', 'via',
], BASIC_PREPOSITIONS, LINK_PREPOSITIONS);

/** Finite auxiliaries (and their negations) that follow a speaker's phrase as its verb. */
export const FINITE_VERBS: ReadonlySet<string> = wordSet(["can't", "wouldn't", "couldn't"], MODAL_VERBS, NEGATED_AUXILIARIES, FINITE_BE, HAVE_FORMS, DO_FORMS);

/** Words that open a clause rather than a noun phrase right after a cue. */
export const CLAUSE_OPENING: ReadonlySet<string> = wordSet(['will', 'would', 'if', 'you', 'it', 'that', 'there', 'whether'], PERSONAL_SUBJECTS, FINITE_BE, HAVE_FORMS);

/** Words after a cue that open an adverbial, not a subject: "said as he left", "said while …". */
export const BARE_CLAUSE_STOPS: ReadonlySet<string> = wordSet(['as', 'although', 'though', 'while', 'when'], CAUSALS, TIME_SUBORDINATORS);

/** Connectives and adverbs before a lead's speaker that are no part of it ("But", "Later"). */
export const LEADING: ReadonlySet<string> = wordSet([
  'then', 'and', 'but', 'however', 'meanwhile', 'also', 'still', 'now', 'later', 'so', 'yet',
]);

/** The forms of "say" that open a lead inverted ("Says the mayor: …"). */
export const SAY_LEAD_FORMS: ReadonlySet<string> = wordSet(['say', 'said', 'says']);

/** Words that cannot follow a cue in a lead-in that hands over to the quote. */
export const FILLER_STOP: ReadonlySet<string> = wordSet([
  'no', 'as', 'then', 'who', 'if', 'also', 'even', 'just', 'only', 'never', 'not', 'you', 'it', 'such',
  'there', 'than', 'so', 'where',
], PERSONAL_SUBJECTS, DEMONSTRATIVES, WH_ADVERBS);

/** Cue forms that are also nouns after a verb: "told reporters", "in a statement", "in remarks". */
export const NOUN_LIKE_CUES: ReadonlySet<string> = wordSet(['reply', 'response', 'speech', 'briefing', 'reporters', 'interview'], withSForms([
    'note', 'tweet', 'report', 'remark', 'comment', 'post', 'text', 'email', 'answer',
    'call', 'question', 'message', 'statement',
]));

/**
 * Finite verbs that show a clause after a coordinator ("and took …", "and was …"): auxiliaries,
 * modals and common irregular past tenses with no noun reading (a past in -ed is read by its ending).
 */
export const FINITE_CLAUSE_VERBS: ReadonlySet<string> = wordSet([
  'knew', 'went', 'began', 'said', 'told', 'made', 'took', 'gave', 'got', 'came', 'left', 'won', 'lost',
  'sent', 'thought',
], FINITE_BE, HAVE_FORMS, DO_FORMS, MODAL_VERBS);

/**
 * Verbs of stance that are as often nouns ("support", "back", "favor", "want"), read as verbs
 * after a share of people ("58 percent support the plan", "About two-thirds back a ban",
 * "a majority of voters favor …"): what a poll's respondents hold is reported opinion.
 */
export const SHARE_STANCE_FORMS: ReadonlySet<string> = wordSet(['want', 'favor', 'favour', 'support', 'back']);

/** Words that make a phrase a share of people: "58 percent", "a majority of voters", "two-thirds", "most". */
export const SHARE_WORDS: ReadonlySet<string> = wordSet([
  'most', 'majority', 'minority', 'third', 'half', 'quarter', 'percent', '%', 'plurality', 'thirds',
  'quarters', 'two-thirds', 'three-quarters',
]);

/** Prepositions after which such a form is a noun: "41 percent support against Trump", "support among voters". */
export const SHARE_NOUN_FOLLOWERS: ReadonlySet<string> = wordSet(['since', 'after', 'before', 'against', 'toward', 'towards', 'behind'], ADVERBIAL_PREPOSITIONS);

/** Verbs of will that are as often nouns ("hope", "plan"), read as verbs between a plural subject and "to": "Democrats hope to win". */
export const WILL_NOUN_LIKE: ReadonlySet<string> = wordSet(['wish', 'hope', 'want', 'plan', 'aim', 'need']);

/** A verb's forms but its -ing form: "were shown chanting “…”" has no subject that cries. */
function finiteForms(bases: readonly string[]): ReadonlySet<string> {
  return new Set(bases.flatMap(inflectVerb).filter((form) => !form.endsWith('ing')));
}

/** Verbs of shouting: after one, a short quotation is a whole cry ("The crowd chanted “USA! USA!”"). */
export const SHOUT_FORMS: ReadonlySet<string> = finiteForms(['shout', 'yell', 'chant', 'scream', 'exclaim', 'roar', 'holler']);

/** Verbs of saying that make a short quotation a whole cry when it ends in "!" or "?" ("he asked “Why not?”"). */
export const CRY_FORMS: ReadonlySet<string> = finiteForms(['say', 'ask', 'write', 'tweet', 'reply', 'respond', 'cry', 'answer']);

/** Month names that head a time adverbial ("in June"); not "May", far more often the modal verb. */
export const MONTH_HEADS: ReadonlySet<string> = new Set(ENGLISH_MONTH_NAMES.names.filter((name) => name !== 'may'));

/** Heads of time adverbials: "last month", "in June", "at the time", "late last week". */
export const TIME_HEADS: ReadonlySet<string> = new Set([
  ...DAY_PARTS, 'week', 'weekend', 'month', 'year', 'weeks', 'months',
  'years', 'time', ...MONTH_HEADS, 'spring', 'summer', 'fall', 'autumn', 'winter',
]);

/**
 * Reads the noun phrase that starts at token `first` and runs forwards (the speaker of
 * "said Smith, a doctor."). Returns its mention (a name when there is one) and description.
 */
/** Words that a contracted "is" or "has" follows, never a possessor: "What's", "There's". */
export const CONTRACTING: ReadonlySet<string> = new Set(['who', 'what', 'how', 'here', 'there', 'where']);

/** Object pronouns after a verb: "… rallied them", "… told him". */
export const OBJECT_WORDS: ReadonlySet<string> = wordSet(['it'], OBJECT_CASE);
