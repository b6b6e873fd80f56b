/**
 * English words of the reported-speech rules (`reported.ts`) and of the quote boundaries
 * (`extract-quotes.ts`): the words around a cue that tell a report from a clause of the
 * writer's own. General English grammar; no corpus strings.
 */
import {
  BELIEF_VERBS,
  ENGLISH_WEEKDAY_NAMES,
  REPORTING_VERBS,
  SPEECH_VERBS,
} from '@newsparse/core';
import { withSForms, wordSet } from '../locale.js';
import {
  ARTICLES,
  BASIC_PREPOSITIONS,
  BE_NONFINITE,
  CAUSALS,
  CONCESSIVE_PREPOSITIONS,
  CONTRASTIVES,
  COORDINATING_CONJUNCTIONS,
  DAY_PARTS,
  DEMONSTRATIVES,
  DO_FORMS,
  FINITE_BE,
  HAVE_FORMS,
  LINK_PREPOSITIONS,
  MODAL_VERBS,
  NEGATED_AUXILIARIES,
  OBJECT_CASE,
  PERSONAL_SUBJECTS,
  PHRASE_PREPOSITIONS,
  POSSESSIVES,
  RELATIVES,
  SAY_CUES,
  SMALL_NUMBERS,
  TIME_ADVERBS,
  TIME_SUBORDINATORS,
  WH_ADVERBS,
} from './function-words.js';
import { CLAUSE_CUE_FORMS, DETERMINERS, INDIRECT_CUE_FORMS, WEAK_CUE_FORMS } from './lexicon.js';

/** Prepositions, articles and conjunctions after which a word is no verb. */
export const PREPOSITIONS: ReadonlySet<string> = wordSet([
  'with', 'before', 'after', 'as', 'by', 'onto', 'alongside', 'beside', 'behind', 'near', 'outside',
  'inside', 'across', 'around', 'without', 'within', 'between', 'among', 'against', 'his', 'her',
  'their', 'this', 'that', 'there', 'here',
], BASIC_PREPOSITIONS, PHRASE_PREPOSITIONS, ARTICLES, COORDINATING_CONJUNCTIONS);

// Passive reports with an infinitive ("is said to", "is believed to"). Raising verbs ("appeared
// ready to", "seems") and forecasts ("is expected to", "is projected to") are not listed: they
// state no one's words or thoughts, and issue #12 asks that only speech and cognition count.
export const PASSIVE_REPORT: ReadonlySet<string> = wordSet([
  'seen', 'considered', 'believed', 'thought', 'known', 'reported', 'rumored', 'rumoured',
  'alleged', 'said', 'viewed', 'regarded',
]);

/** Forms of "be" (and of "get") before a passive participle of saying: "is said to", "it was reported". */
export const BE_FORMS: ReadonlySet<string> = wordSet(["it's", "'s", 'get', 'got', 'gets', 'getting'], FINITE_BE, BE_NONFINITE);

/**
 * Words that open a clause of their own, never an attribution's tail: a subject, an
 * auxiliary or a modal ("…, Mr. Trump said his net worth could …" reports what follows).
 */
export const NO_TAIL_WORDS: ReadonlySet<string> = wordSet([
  'that', 'it', 'not', 'to', 'if', 'because', 'but', 'and', 'who', 'which', 'be', 'been', 'his',
  'its', 'their', 'there',
], MODAL_VERBS, PERSONAL_SUBJECTS, FINITE_BE, HAVE_FORMS);

/** Prepositions that open where or when something was said: "during his speech", "at a rally". */
export const SETTING_OPENERS: ReadonlySet<string> = wordSet(['during', 'at', 'in', 'on', 'after', 'before']);

/** Words that open a clause of its own inside what follows a cue ("in May it would …"). */
export const CLAUSE_OPENERS: ReadonlySet<string> = wordSet(['that', 'it', 'there'], MODAL_VERBS, PERSONAL_SUBJECTS, FINITE_BE, HAVE_FORMS);

/** Participles that report a view in the passive with "as": "is widely seen as", "was described as". */
export const PASSIVE_AS: ReadonlySet<string> = wordSet([
  'described', 'portrayed', 'characterized', 'characterised', 'labeled', 'labelled', 'branded',
  'dubbed', 'hailed', 'perceived', 'depicted', 'cast',
], PASSIVE_REPORT);

/** Participles that report with "as … by": "As reported by the Herald, …", "As first noted by X, …". */
export const AS_BY_PARTICIPLES: ReadonlySet<string> = wordSet([
  'reported', 'noted', 'revealed', 'disclosed', 'stated', 'announced', 'documented', 'detailed',
  'described', 'explained', 'suggested', 'indicated', 'confirmed', 'predicted', 'told', 'written',
  'argued',
]);

/** Adverbs between a linking verb and its adjective: "were absolutely adamant", "is not sure". */
export const DEGREE_WORDS: ReadonlySet<string> = wordSet([
  'very', 'so', 'not', 'still', 'now', 'also', 'more', 'less', 'quite', 'too', 'always', 'never',
]);

/** Words after a plural noun that agree with it as its verb ("video calls tend to …", "views are"), or "of" after its head. */
export const PLURAL_NOUN_FOLLOWERS: ReadonlySet<string> = wordSet(['of', 'tend', 'seem', 'appear', 'remain', 'have', 'do'], MODAL_VERBS, FINITE_BE);

/** Pronouns that stand as a subject: after one, a word is a verb. */
export const SUBJECT_PRONOUNS: ReadonlySet<string> = wordSet([
  'it', 'you', 'one', 'everyone', 'nobody', 'somebody', 'someone', 'anyone', 'everybody',
], PERSONAL_SUBJECTS);

/** Words that end a noun phrase before its next noun: "with ocean views", "tones and ocean views". */
export const NOUN_LINKS: ReadonlySet<string> = wordSet(['with', 'and', 'or', 'by', 'into', 'without'], BASIC_PREPOSITIONS);

/** Words that may open the subject of a reported clause after a cue without "that". */
export const CLAUSE_SUBJECT_OPENERS: ReadonlySet<string> = wordSet([
  'it', 'you', 'there', 'in', 'when', 'while', 'after', 'before', 'despite', 'although', 'unless',
  'without', 'with', 'for', 'at', 'by', 'on',
], PERSONAL_SUBJECTS, CAUSALS, DETERMINERS);

/** Words after which a word in -s is a noun ("the claims", "new rules"), not a verb of saying. */
export const NOUN_OPENERS: ReadonlySet<string> = wordSet([
  'with', 'by', 'about', 'new', 'latest', 'first', 'last', 'recent', 'public', 'official', 'formal',
  'written', 'same', 'previous', 'earlier', 'such', 'strong', 'clear',
], BASIC_PREPOSITIONS, DETERMINERS);

/** The uninflected forms, which agree only with a plural or a pronoun subject or follow an auxiliary. */
export const THAT_CLAUSE_BASES: ReadonlySet<string> = wordSet([], SPEECH_VERBS, BELIEF_VERBS, REPORTING_VERBS);

/** Words after which a base verb form is a verb ("they say", "would argue", "people think"). */
export const BARE_VERB_PRECEDERS: ReadonlySet<string> = wordSet([
  'i', 'we', 'they', 'you', 'who', 'which', 'that', 'to', 'shall', 'not', "don't", "didn't",
  "doesn't", "won't", "wouldn't", 'also', 'often', 'never', 'still', 'people', 'many', 'some',
  'others', 'both', 'all', 'most',
], MODAL_VERBS, DO_FORMS);

/** Words before a gerund that report: "while also saying that", "before clarifying that", "by arguing that". */
export const GERUND_OPENERS: ReadonlySet<string> = wordSet([
  'while', 'before', 'after', 'by', 'without', 'also', 'even', 'repeatedly', 'falsely',
  'essentially', 'effectively', 'not', 'and', 'since',
]);

/** Determiners that open a role appositive after a name ("Lee, a lawyer, …"). */
export const APPOSITIVE_OPENERS: ReadonlySet<string> = wordSet([], POSSESSIVES, ARTICLES);

/** Finite verbs that end an appositive search: the phrase is a clause, not a role. */
export const APPOSITIVE_VERBS: ReadonlySet<string> = wordSet(['said', 'says', 'did', 'does'], MODAL_VERBS, FINITE_BE, HAVE_FORMS);

/** Participles that name a thing after it: "a group called …", "a boat named …". */
export const NAMING_PARTICIPLES: ReadonlySet<string> = wordSet([
  'called', 'named', 'dubbed', 'titled', 'entitled', 'nicknamed', 'known', 'labeled', 'labelled',
  'branded',
]);

/** Prepositions that follow the head noun of an indefinite phrase ("a trojan for Android"). */
export const HEAD_PREPOSITIONS: ReadonlySet<string> = wordSet(['with', 'by'], BASIC_PREPOSITIONS);

/** Words that open a phrase or a clause, never a speaker alone. */
export const FUNCTION_WORDS: ReadonlySet<string> = wordSet([
  'as', 'when', 'while', 'so', 'than', 'then', 'into', 'about', 'though', 'although',
], BASIC_PREPOSITIONS, COORDINATING_CONJUNCTIONS, CAUSALS, TIME_SUBORDINATORS, LINK_PREPOSITIONS);

/** The finite forms of "be": a noun phrase after one is a predicate, not a subject. */
export { FINITE_BE };

/** Pronouns that may stand as the subject of an earlier clause the cue refers to. */
export const PRONOUN_SUBJECTS: ReadonlySet<string> = wordSet(['who', 'which'], PERSONAL_SUBJECTS);

/** Complementizers and wh-words that open what is shown ("showed that …", "shows how …"). */
export const SHOWN_CLAUSE_OPENERS: ReadonlySet<string> = wordSet(['that', 'where', 'whether', 'when', 'who', 'which'], WH_ADVERBS);

/** Subordinators that open a new clause after a comma ("…, as prices rose"). */
export const COMMA_SUBORDINATORS: ReadonlySet<string> = wordSet(['as', 'when', 'because'], CONTRASTIVES);

/** Words between a pronoun subject and its verb: "he actually thinks", "she didn't say". */
export const PRONOUN_VERB_GAP: ReadonlySet<string> = wordSet([
  'also', 'still', 'not', 'never', "didn't", "doesn't", "don't", 'would', 'will',
], HAVE_FORMS, DO_FORMS);

/** Subordinators that open a clause fronted inside reported content even without "that": "said if the vote fails, …". */
export const CONTENT_SUBORDINATORS: ReadonlySet<string> = wordSet(['if', 'because', 'unless'], CONTRASTIVES);

/** Words that open a fronted adverbial after "that" ("said that despite the delays, …") besides the opening prepositions and subordinators; not a gerund or a number, which open subjects too. */
export const CONTENT_FRONTED_OPENERS: ReadonlySet<string> = wordSet([
  'like', 'unlike', 'among', 'under', 'without', 'within', 'despite', 'given', 'beyond', 'against',
  'even', 'now', 'still', 'however', 'instead', 'ultimately', 'otherwise', 'eventually', 'ideally',
]);

/** Personal pronouns (and "there") that open a clause as its subject. */
export const PRONOUN_CLAUSE_SUBJECTS: ReadonlySet<string> = wordSet(['it', 'you', 'there'], PERSONAL_SUBJECTS);

/** Words that open an embedded question ("asked whether …", "wondered why …"). */
export const WH_WORDS: ReadonlySet<string> = wordSet(['whether', 'if', 'which', 'who', 'whom', 'where'], WH_ADVERBS);

/** Words that stand for a whole clause after a verb of saying ("said so", "said no"). */
export const ONE_WORD_ANSWERS: ReadonlySet<string> = wordSet(['so', 'yes', 'no', 'otherwise', 'this']);

/** Forms of "say", "tell" and verbs of answering and opinion that take a bare clause or "so". */
export const SAY_FORMS: ReadonlySet<string> = wordSet([
  'saying', 'tell', 'answered', 'reply', 'replies', 'replied', 'thought', 'believed', 'hoped',
  'supposed', 'guess', 'guesses', 'guessed',
], withSForms(['answer', 'think', 'believe', 'hope', 'suppose']), SAY_CUES);

/** Subordinators that open an adverbial clause. */
export const SUBORDINATORS: ReadonlySet<string> = wordSet(['as', 'when', 'unless', 'once'], CONTRASTIVES, CAUSALS, TIME_SUBORDINATORS);

/** Verbs of saying that a pronoun "it" (a report, a body) can be the subject of. */
export const IT_SPEECH: ReadonlySet<string> = wordSet([
  'said', 'says', 'stated', 'states', 'added', 'adds', 'noted', 'notes', 'reported', 'reports',
  'wrote', 'writes', 'argued', 'argues', 'claimed', 'claims', 'announced', 'announces', 'told',
  'tells', 'warned', 'warns', 'concluded', 'concludes', 'alleged', 'alleges', 'acknowledged',
  'acknowledges', 'recommended', 'recommends',
]);

/** Gerunds of saying that report content even when the clause's subject is not found. */
export const SAYING: ReadonlySet<string> = wordSet([
  'saying', 'arguing', 'claiming', 'insisting', 'noting', 'warning', 'adding', 'stating',
  'explaining', 'suggesting', 'contending', 'asserting', 'declaring', 'calling', 'accusing',
  'urging', 'citing', 'praising', 'criticizing', 'blaming', 'describing', 'promising', 'vowing',
  'predicting', 'acknowledging', 'admitting', 'telling', 'asking', 'announcing', 'complaining',
  'recalling', 'touting', 'dismissing', 'charging', 'writing', 'tweeting',
]);

/** Verbs of regarding that report a view with "as": "see X as Y", "view X as Y". */
export const REGARD_FORMS: ReadonlySet<string> = wordSet(['saw', 'viewed', 'regarded', 'perceived'], withSForms(['see', 'view', 'regard', 'perceive']));

/** Verbs of showing whose subject is evidence ("the data show", "polls suggest"). */
export const EVIDENCE_VERBS: ReadonlySet<string> = wordSet(['showed', 'shown', 'suggested', 'indicated', 'revealed', 'found', 'confirmed'], withSForms(['show', 'suggest', 'indicate', 'reveal', 'find', 'confirm']));

/** Nouns for evidence that speaks for itself: polls, surveys, records, documents. */
export const EVIDENCE_NOUNS: ReadonlySet<string> = wordSet([
  'polling', 'study', 'studies', 'data', 'files', 'figures', 'numbers', 'results', 'statistics',
  'filings', 'analysis', 'research', 'evidence', 'estimates', 'projections', 'models', 'tests',
  'photos', 'images', 'logs', 'transcripts', 'memos', 'letters', 'census', 'returns', 'exit',
], withSForms(['poll', 'survey', 'record', 'document', 'email', 'report', 'video', 'audit']));

/** Heads of time adverbials ("on Monday", "last week", "this morning"). */
export const TIME_HEADS: ReadonlySet<string> = wordSet(['week', 'weekend', 'month', 'year', 'ago'], DAY_PARTS, TIME_ADVERBS, ENGLISH_WEEKDAY_NAMES.names);

/** Prepositions that open a time adverbial at a clause's end ("for two weeks", "until Friday"). */
export const TIME_PREPOSITIONS: ReadonlySet<string> = wordSet(['at', 'by', 'for', 'during', 'until', 'since', 'over']);

/** Words inside a time adverbial before its head ("late last week", "two days"). */
export const TIME_MODIFIERS: ReadonlySet<string> = wordSet([
  'on', 'last', 'this', 'next', 'late', 'early', 'earlier', 'later', 'in', 'the', 'that', 'a',
  'day', 'days', 'weeks', 'months', 'years', 'few', 'several', 'two', 'three',
], ENGLISH_WEEKDAY_NAMES.names);

/** Clause cues with a common other sense ("held the seat", "means the money"): a cue only before "that". */
export const THAT_ONLY: ReadonlySet<string> = wordSet(['held', 'holds', 'means', 'meant', 'saw', 'heard'], withSForms(['see', 'hear', 'read']));

/**
 * Verbs of judging in words and of citing whose object alone is what was said, and of whom:
 * "criticized the new budget", "praised the volunteers", "cited a 2019 study", "mocked the
 * proposal", "endorsed the mayor", "condemned the attack" (an endorsement and a condemnation are
 * declarations), "assailed the plan", "downplayed the risk", "invoked the charter", "referenced
 * an audit". Verbs of judging that also name deeds ("attack", "defend", "slam", "blast",
 * "welcome") are not here: their bare object is a target, not words.
 */
export const OBJECT_REPORT_VERBS: readonly string[] = [
  'criticize', 'criticise', 'praise', 'cite', 'mention', 'mock', 'denounce', 'decry', 'tout',
  'lambaste', 'rebuke', 'deride', 'chide', 'scold', 'ridicule', 'endorse', 'condemn', 'assail',
  'downplay', 'invoke', 'reference',
];

/**
 * Prepositions of setting that end such an object: "praised the mayor at a rally", "cited the
 * study during the debate". ("in" and "on" are not here: they mostly belong to the object, "the
 * violence in the city", "her views on trade".)
 */
export const OBJECT_SETTING_PREPOSITIONS: ReadonlySet<string> = wordSet([
  'at', 'during', 'since', 'after', 'before', 'until', 'while', 'throughout', 'amid', 'despite',
]);

/** Words that open a proposition after such a verb: "praised that …", "criticized how …". */
export const OBJECT_PROPOSITION: ReadonlySet<string> = wordSet(['that', 'whether', 'as'], WH_ADVERBS);

/** Object-case pronouns, one of which may be the object of "show" ("showed them that …"). */
export const OBJECT_PRONOUNS: ReadonlySet<string> = wordSet(['it', 'himself', 'herself', 'themselves'], OBJECT_CASE);

/** Participles of the anonymity a source asks for: "(not) to be named", "to be identified". */
export const ANONYMITY_PARTICIPLES: ReadonlySet<string> = wordSet(['named', 'identified', 'quoted', 'cited', 'credited']);

/** Nouns of findings that show things, capitalised when they open a sentence ("Polls showed …"). */
export const FINDING_NOUNS: ReadonlySet<string> = wordSet([
  'data', 'results', 'figures', 'study', 'studies', 'records', 'documents', 'emails', 'tests',
  'numbers', 'statistics', 'research', 'evidence', 'footage', 'photos', 'images', 'polling',
], withSForms(['poll', 'survey', 'report', 'video']));

/** Relative pronouns and "where"; inside a speaker's description, a relative clause, not a name. */
export const RELATIVE_OPENERS: ReadonlySet<string> = wordSet(['where'], RELATIVES);

/** Finite auxiliaries and modals, the verb of a clause right after its subject: "Smith is", "Smith would", "Smith didn't". */
export const CLAUSE_VERB_AFTER_NAME: ReadonlySet<string> = wordSet(['does', 'did', "wouldn't", "can't"], FINITE_BE, MODAL_VERBS, HAVE_FORMS, NEGATED_AUXILIARIES);

/** Auxiliaries and modals that open a clause's verb phrase right after its subject. */
export const SUBJECT_VERBS: ReadonlySet<string> = wordSet([], MODAL_VERBS, FINITE_BE, HAVE_FORMS);

/** Words after a comma that close the reported clause ("…, though …", "…, said …"). */
export const COMMA_CLOSERS: ReadonlySet<string> = wordSet(['although', 'though', 'said', 'says']);

/** Prepositions in -ing that extend the noun phrase before them: "…, including the lanes closed since March". */
export const LIST_PREPOSITIONS: ReadonlySet<string> = wordSet(['including', 'excluding', 'concerning', 'regarding', 'involving']);

/** Words that end the clause a report runs over: contrast, "according" and gerunds of saying. */
export const CLAUSE_BREAKERS: ReadonlySet<string> = wordSet([
  'but', 'however', 'compared', 'according', 'adding', 'saying', 'noting', 'arguing', 'citing',
  'calling', 'telling', 'insisting', 'claiming', 'suggesting', 'explaining', 'acknowledging',
  'warning', 'pointing', 'urging', 'asking',
], CONTRASTIVES);

/** Words that join a second clause without a comma: "… and most voters said …". */
export const COORDINATORS: ReadonlySet<string> = wordSet(['and', 'but', 'while', 'whereas']);

/** Words that open a clause's subject: pronouns, "there" and determiners. */
export const SUBJECT_START: ReadonlySet<string> = wordSet(['it', 'you', 'there', 'the', 'his', 'her', 'their', 'our'], PERSONAL_SUBJECTS, DEMONSTRATIVES);

/** Modal verbs, "shall" among them: after one a closing verb of belief reports nothing ("— something Scarborough could understand"). */
export const MODALS: ReadonlySet<string> = wordSet(['shall'], MODAL_VERBS);

/** Words that open an amount after a cue ("rose roughly 3 percent"): what follows is a figure, not a report. */
export const AMOUNT_WORDS: ReadonlySet<string> = wordSet([
  'roughly', 'about', 'nearly', 'almost', 'around', 'some', 'another', 'more', 'over', 'up', 'six',
  'seven', 'eight', 'nine', 'ten', 'dozens', 'hundreds', 'thousands', 'millions', 'billions',
], SMALL_NUMBERS);

/** Units after a number that make it a sum or a time of day ("$221 million", "3:20 p.m."): never a speaker. */
export const AMOUNT_UNITS: ReadonlySet<string> = wordSet(['million', 'billion', 'trillion', 'p.m', 'a.m', 'pm', 'am', 'bn']);

/** People who speak in a written dialogue without a name ("Mom:", "Kid:", "Doctor:"), beyond the person roles. */
export const DIALOGUE_ROLES: ReadonlySet<string> = wordSet([
  'mom', 'dad', 'kid', 'child', 'patient', 'customer', 'guest', 'interviewer', 'moderator',
  'caller', 'narrator', 'voice', 'speaker', 'audience',
]);

/** Relative and wh-words that stand as the object of a cue ("what he said"). */
export const RELATIVE_WORDS: ReadonlySet<string> = wordSet(['which', 'what', 'who', 'whom']);

/** Verbs of naming and judging ("called him a liar", "described it as"): their object is a label, not a report. */
export const NAMING_FORMS: ReadonlySet<string> = wordSet([
  'called', 'described', 'dubbed', 'termed', 'labeled', 'labelled', 'considered', 'deemed',
], withSForms(['call', 'describe', 'dub', 'term', 'label', 'consider', 'deem']));

/** Connectives that may open a sentence before a subordinate clause: "Yet while …", "But if …", "And when …". */
export const CLAUSE_CONNECTIVES: ReadonlySet<string> = wordSet(['yet', 'so', 'still'], COORDINATING_CONJUNCTIONS);

/** Auxiliaries that follow a relative cue's object: the cue's clause goes on, no report starts there. */
export const GAP_VERBS: ReadonlySet<string> = wordSet([], MODAL_VERBS, FINITE_BE, HAVE_FORMS, DO_FORMS);

/** Cues that may report from a relative clause ("what she said", "which he called …"). */
export const RELATIVE_CUE_FORMS: ReadonlySet<string> = wordSet([], INDIRECT_CUE_FORMS, CLAUSE_CUE_FORMS, WEAK_CUE_FORMS, NAMING_FORMS);

/** Every form of every cue of reported speech: indirect, clause and weak cues. */
export const REPORT_FORMS_SET: ReadonlySet<string> = wordSet([], INDIRECT_CUE_FORMS, CLAUSE_CUE_FORMS, WEAK_CUE_FORMS);

/** Function words before "that" after which it is no relative pronoun of a cue's object. */
export const NP_STOP_LIKE: ReadonlySet<string> = wordSet([
  'so', 'such', 'now', 'be', 'been', 'given', 'except', 'than', 'fact', 'idea', 'notion',
  'belief', 'view', 'claim', 'sense', 'hope', 'fear', 'news', 'evidence', 'assertion',
  'suggestion', 'argument', 'possibility', 'likelihood', 'proof', 'worry', 'worries',
], withSForms(['chance', 'sign', 'concern']), FINITE_BE, COORDINATING_CONJUNCTIONS);

/** Verbs of speaking whose refusal leaves no content: "declined to comment on the report". */
export const NO_CONTENT_SPEECH: ReadonlySet<string> = wordSet([
  'comment', 'elaborate', 'speculate', 'respond', 'answer', 'discuss', 'specify',
]);

/** Prepositions that open a fronted adverbial before a clause. */
export const OPENING_PREPOSITIONS: ReadonlySet<string> = wordSet([
  'in', 'on', 'at', 'during', 'after', 'before', 'from', 'with', 'for', 'by', 'over', 'through',
  'amid', 'despite', 'since', 'following',
]);

/** Words that open an adverbial before a clause ("But the next day, …", "In May, …"), not its subject. */
export const ADVERBIAL_LEADS: ReadonlySet<string> = wordSet([
  'but', 'and', 'so', 'yet', 'then', 'now', 'still', 'later', 'earlier', 'last', 'this', 'next',
], OPENING_PREPOSITIONS);

/** Words that open a fronted phrase before a clause's subject ("Like many others, …", "Amid the talks, …"). */
export const FRONTED_OPENERS: ReadonlySet<string> = wordSet([
  'like', 'unlike', 'according', 'among', 'amid', 'under', 'without', 'within', 'across', 'outside', 'back',
  'inside', 'beyond', 'against', 'several', 'moments', 'hours', 'minutes', 'weeks', 'months',
  'years', 'decades', 'asked', 'once', 'now', 'still', 'yet', 'meanwhile', 'however', 'instead',
  'separately', 'in', 'to',
], SMALL_NUMBERS);

/** Nouns for polls and surveys: "in a new CNN poll, …" names a source as "according to" does. */
export const SURVEY_NOUNS: ReadonlySet<string> = wordSet(['poll', 'polls', 'survey', 'surveys', 'polling']);

/** Adverbs that attribute a clause to unnamed reports: "X reportedly plans to resign". */
export const REPORT_ADVERBS: ReadonlySet<string> = wordSet(['reportedly', 'allegedly']);

/** Nouns of saying and thinking that take a "that" clause: "her claim that …", "the warning that …". */
export const REPORTING_NOUNS: ReadonlySet<string> = wordSet([
  'argument', 'belief', 'view', 'suggestion', 'charge', 'pledge', 'insistence', 'contention',
  'conviction', 'admission', 'worry', 'worries', 'denial', 'remark', 'statement', 'announcement',
  'demand', 'vow', 'threat', 'assessment', 'speculation', 'message', 'reminder', 'insinuation',
  'boast', 'recollection', 'notion',
], withSForms([
    'claim', 'assertion', 'fear', 'hope', 'allegation', 'accusation', 'warning', 'promise',
    'prediction', 'assurance', 'concern', 'complaint', 'comment', 'rumor', 'rumour',
]));

/** Nouns in `TOPIC_NOUNS` whose topic follows "to" ("opposition to"); for the others "to" names a recipient ("comments to the AP"). */
export const TOPIC_NOUNS_TO: ReadonlySet<string> = wordSet(['opposition', 'objection', 'objections']);

/** Words before a possessor that leave its noun phrase no verb's object: prepositions and conjunctions. */
export const NOUN_PHRASE_SETTINGS: ReadonlySet<string> = wordSet([
  'beyond', 'about', 'over', 'after', 'before', 'as', 'than', 'while', 'since', 'because',
  'through', 'during', 'including', 'whether',
], BASIC_PREPOSITIONS, CONCESSIVE_PREPOSITIONS, COORDINATING_CONJUNCTIONS, LINK_PREPOSITIONS);

/** Words that end a noun phrase read forwards as a topic: a verb of the main clause, a relative or a subordinator. */
export const TOPIC_ENDERS: ReadonlySet<string> = wordSet([
  "hasn't", "wouldn't", 'that', 'as', 'while', 'when', 'although', 'though', 'but', 'than',
  'despite', 'amid',
], MODAL_VERBS, NEGATED_AUXILIARIES, FINITE_BE, RELATIVES, HAVE_FORMS, DO_FORMS, CAUSALS, TIME_SUBORDINATORS);

/** Forms of "be" before a passive participle. */
export const PASSIVE_AUXILIARIES: ReadonlySet<string> = wordSet(['am'], FINITE_BE, BE_NONFINITE);

/** Participles that name a thing: "a concept called “…”", "a booklet titled “…”". */
export const QUOTE_NAMING_PARTICIPLES: ReadonlySet<string> = wordSet([
  'called', 'named', 'dubbed', 'titled', 'entitled', 'nicknamed', 'labeled', 'labelled', 'branded',
  'termed',
]);

/** Words after a quote's closing mark that open a clause of the writer's, not an attribution. */
export const CLAUSE_BOUNDARY_WORDS: ReadonlySet<string> = wordSet(['where', 'but', 'according'], RELATIVES, CONTRASTIVES);

/** Participles of speaking that set the scene of a report when they open a sentence: "Speaking on CNBC, …", "Talking to reporters, …". */
export const SCENE_GERUNDS: ReadonlySet<string> = wordSet(['speaking', 'talking']);

/** Determiners that introduce a thing named after them ("a group called …", "one PAC called …"). */
export const INDEFINITE_DETERMINERS: ReadonlySet<string> = wordSet(['a', 'an', 'one', 'another']);

/** Events one calls, an act and no words said: "called a snap election", "called a press conference". */
export const CALLED_EVENTS: ReadonlySet<string> = wordSet([
  'election', 'elections', 'referendum', 'conference', 'meeting', 'strike', 'vote', 'halt',
  'session', 'hearing', 'recess', 'summit', 'rally', 'timeout', 'truce', 'ceasefire', 'primary',
]);

/** Reflexive pronouns: one who "found itself at the center of …" found no finding. */
export const REFLEXIVES: ReadonlySet<string> = wordSet(['himself', 'herself', 'itself', 'themselves', 'myself', 'ourselves', 'yourself', 'yourselves']);

/** Words before the bare verb "found" (to establish), never "find": "helped found", "to found". */
export const FOUNDING_PRECEDERS: ReadonlySet<string> = wordSet(['help', 'helps', 'helped', 'helping', 'to']);

/**
 * States a body or a person is found in: "deputies found Arnold shot", "a woman found dead in
 * her home", "was found unresponsive" report a discovery, never a finding.
 */
export const FOUND_STATES: ReadonlySet<string> = wordSet([
  'dead', 'alive', 'unresponsive', 'unconscious', 'injured', 'wounded', 'shot', 'stabbed', 'lying', 'hanging', 'buried', 'naked', 'bleeding',
]);

/**
 * Openers of a thing found rather than a finding after "found": "found his remains", "found a
 * way", "found himself …". Not "that", which opens the finding, nor "it" and "them", as judged:
 * "found it difficult".
 */
export const FOUND_THING_OPENERS: ReadonlySet<string> = wordSet(
  ['my', 'your', 'these', 'those', 'some', 'little', 'ways', 'himself', 'herself', 'itself', 'themselves', 'myself', 'ourselves', 'yourself'],
  ARTICLES,
  POSSESSIVES,
);

/** Things that show what they record, as a poll or a study does: "the movie shows …", "the post showed …", "an average shows …". */
export const SHOWING_NOUNS: ReadonlySet<string> = wordSet([
  'movie', 'film', 'post', 'posts', 'photo', 'photograph', 'picture', 'image', 'clip', 'search', 'average', 'averages', 'map',
  'chart', 'graph', 'math', 'testimony', 'history', 'record',
]);

/** Passive participles of perception and record before a gerund of saying: "He was heard saying …", "was caught telling …". */
export const PERCEPTION_PASSIVES: ReadonlySet<string> = wordSet(['heard', 'overheard', 'seen', 'caught', 'filmed', 'recorded', 'videotaped', 'quoted']);

/** Short adverbs between a form of "be" and its participle: "are now expected", "is also seen", "was still considered". */
export const PASSIVE_ADVERBS: ReadonlySet<string> = wordSet(['now', 'also', 'still', 'already', 'not', 'even', 'long', 'often', 'once', 'since']);
