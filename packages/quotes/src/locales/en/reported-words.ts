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
import { CLAUSE_CUE_FORMS, DETERMINERS, INDIRECT_CUE_FORMS, inflect, SAYING_GERUNDS, verbForms, WEAK_CUE_FORMS } from './lexicon.js';

/** Prepositions, articles and conjunctions after which a word is no verb. */
export const PREPOSITIONS: ReadonlySet<string> = wordSet([
  'as', 'his', 'her', 'their', 'this', 'after', 'before', 'by', 'with', 'among', 'here', 'that', 'there',
  'against', 'between', 'without', 'onto', 'within', 'across', 'around', 'behind', 'near', 'outside',
  'inside', 'beside', 'alongside',
], BASIC_PREPOSITIONS, PHRASE_PREPOSITIONS, ARTICLES, COORDINATING_CONJUNCTIONS);

// Passive reports with an infinitive ("is said to", "is believed to"). Raising verbs ("appeared
// ready to", "seems") and forecasts ("is expected to", "is projected to") are not listed: they
// state no one's words or thoughts, and issue #12 asks that only speech and cognition count.
export const PASSIVE_REPORT: ReadonlySet<string> = wordSet([
  'known', 'seen', 'said', 'thought', 'considered', 'believed', 'reported', 'rumored', 'rumoured', 'alleged',
  'viewed', 'regarded',
]);

/** Forms of "be" (and of "get") before a passive participle of saying: "is said to", "it was reported". */
export const BE_FORMS: ReadonlySet<string> = wordSet(["got", "it's", "'s", 'get', 'gets', 'getting'], FINITE_BE, BE_NONFINITE);

/**
 * Words that open a clause of their own, never an attribution's tail: a subject, an
 * auxiliary or a modal ("…, Mr. Trump said his net worth could …" reports what follows).
 */
export const NO_TAIL_WORDS: ReadonlySet<string> = wordSet([
  'his', 'be', 'been', 'their', 'its', 'who', 'which', 'and', 'but', 'because', 'if', 'to', 'not', 'it',
  'that', 'there',
], MODAL_VERBS, PERSONAL_SUBJECTS, FINITE_BE, HAVE_FORMS);

/** Prepositions that open where or when something was said: "during his speech", "at a rally". */
export const SETTING_OPENERS: ReadonlySet<string> = wordSet(['after', 'before', 'in', 'on', 'at', 'during']);

/** Words that open a clause of its own inside what follows a cue ("in May it would …"). */
export const CLAUSE_OPENERS: ReadonlySet<string> = wordSet(['it', 'that', 'there'], MODAL_VERBS, PERSONAL_SUBJECTS, FINITE_BE, HAVE_FORMS);

/** Participles that report a view in the passive with "as": "is widely seen as", "was described as". */
export const PASSIVE_AS: ReadonlySet<string> = wordSet([
  'cast', 'described', 'dubbed', 'labeled', 'labelled', 'branded', 'characterized',
  'portrayed', 'characterised', 'hailed', 'perceived', 'depicted',
], PASSIVE_REPORT);

/** Participles that report with "as … by": "As reported by the Herald, …", "As first noted by X, …". */
export const AS_BY_PARTICIPLES: ReadonlySet<string> = wordSet([
  'written', 'told', 'noted', 'revealed', 'described', 'reported', 'disclosed', 'stated', 'announced',
  'documented', 'detailed', 'explained', 'suggested', 'indicated', 'confirmed', 'predicted', 'argued',
]);

/** Adverbs between a linking verb and its adjective: "were absolutely adamant", "is not sure". */
export const DEGREE_WORDS: ReadonlySet<string> = wordSet([
  'also', 'still', 'now', 'never', 'always', 'not', 'too', 'quite', 'more', 'so', 'very', 'less',
]);

/** Words after a plural noun that agree with it as its verb ("video calls tend to …", "views are"), or "of" after its head. */
export const PLURAL_NOUN_FOLLOWERS: ReadonlySet<string> = wordSet(['have', 'do', 'of', 'remain', 'tend', 'seem', 'appear'], MODAL_VERBS, FINITE_BE);

/** Pronouns that stand as a subject: after one, a word is a verb. */
export const SUBJECT_PRONOUNS: ReadonlySet<string> = wordSet([
  'one', 'you', 'it', 'someone', 'somebody', 'everyone', 'everybody', 'anyone', 'nobody',
], PERSONAL_SUBJECTS);

/** Words that end a noun phrase before its next noun: "with ocean views", "tones and ocean views". */
export const NOUN_LINKS: ReadonlySet<string> = wordSet(['and', 'or', 'by', 'with', 'into', 'without'], BASIC_PREPOSITIONS);

/** Words that may open the subject of a reported clause after a cue without "that". */
export const CLAUSE_SUBJECT_OPENERS: ReadonlySet<string> = wordSet([
  'although', 'while', 'after', 'before', 'in', 'on', 'at', 'for', 'by', 'with', 'despite',
  'you', 'it', 'there', 'without', 'when', 'unless',
], PERSONAL_SUBJECTS, CAUSALS, DETERMINERS);

/** Words after which a word in -s is a noun ("the claims", "new rules"), not a verb of saying. */
export const NOUN_OPENERS: ReadonlySet<string> = wordSet([
  'written', 'official', 'by', 'with', 'about', 'first', 'earlier', 'last', 'new', 'previous',
  'strong', 'clear', 'recent', 'public', 'latest', 'formal', 'same',
], BASIC_PREPOSITIONS, DETERMINERS);

/** The uninflected forms, which agree only with a plural or a pronoun subject or follow an auxiliary. */
export const THAT_CLAUSE_BASES: ReadonlySet<string> = wordSet([], SPEECH_VERBS, BELIEF_VERBS, REPORTING_VERBS);

/** Words after which a base verb form is a verb ("they say", "would argue", "people think"). */
export const BARE_VERB_PRECEDERS: ReadonlySet<string> = wordSet([
  "won't", "doesn't", "didn't", 'they', 'we', 'i', 'who', 'which', 'to', 'also', 'still', 'some', 'many',
  'most', 'both', 'all', 'shall', 'often', 'never', 'not', 'you', 'that', 'others', "don't", "wouldn't",
  'people',
], MODAL_VERBS, DO_FORMS);

/**
 * Words before a gerund that report: "while also saying that", "before clarifying that", "by
 * arguing that". (An adverb in -ly, "repeatedly saying that", is taken by its ending.)
 */
export const GERUND_OPENERS: ReadonlySet<string> = wordSet([
  'and', 'while', 'since', 'after', 'before', 'by', 'also', 'even', 'not', 'without',
]);

/** Determiners that open a role appositive after a name ("Lee, a lawyer, …"). */
export const APPOSITIVE_OPENERS: ReadonlySet<string> = wordSet([], POSSESSIVES, ARTICLES);

/** Finite verbs that end an appositive search: the phrase is a clause, not a role. */
export const APPOSITIVE_VERBS: ReadonlySet<string> = wordSet(['does', 'did', 'said', 'says'], MODAL_VERBS, FINITE_BE, HAVE_FORMS);

/** Participles that name a thing after it: "a group called …", "a boat named …". */
export const NAMING_PARTICIPLES: ReadonlySet<string> = wordSet([
  'known', 'called', 'dubbed', 'labeled', 'labelled', 'branded', 'nicknamed', 'titled', 'named', 'entitled',
]);

/** Prepositions that follow the head noun of an indefinite phrase ("a trojan for Android"). */
export const HEAD_PREPOSITIONS: ReadonlySet<string> = wordSet(['by', 'with'], BASIC_PREPOSITIONS);

/** Words that open a phrase or a clause, never a speaker alone. */
export const FUNCTION_WORDS: ReadonlySet<string> = wordSet([
  'as', 'then', 'although', 'though', 'while', 'about', 'into', 'than', 'so', 'when',
], BASIC_PREPOSITIONS, COORDINATING_CONJUNCTIONS, CAUSALS, TIME_SUBORDINATORS, LINK_PREPOSITIONS);

/** The finite forms of "be": a noun phrase after one is a predicate, not a subject. */
export { FINITE_BE };

/** Pronouns that may stand as the subject of an earlier clause the cue refers to. */
export const PRONOUN_SUBJECTS: ReadonlySet<string> = wordSet(['who', 'which'], PERSONAL_SUBJECTS);

/** Complementizers and wh-words that open what is shown ("showed that …", "shows how …"). */
export const SHOWN_CLAUSE_OPENERS: ReadonlySet<string> = wordSet(['who', 'which', 'that', 'when', 'where', 'whether'], WH_ADVERBS);

/** Subordinators that open a new clause after a comma ("…, as prices rose"). */
export const COMMA_SUBORDINATORS: ReadonlySet<string> = wordSet(['as', 'because', 'when'], CONTRASTIVES);

/** Words between a pronoun subject and its verb: "he actually thinks", "she didn't say". */
export const PRONOUN_VERB_GAP: ReadonlySet<string> = wordSet([
  'will', 'would', "doesn't", "didn't", 'also', 'still', 'never', 'not', "don't",
], HAVE_FORMS, DO_FORMS);

/** Subordinators that open a clause fronted inside reported content even without "that": "said if the vote fails, …". */
export const CONTENT_SUBORDINATORS: ReadonlySet<string> = wordSet(['because', 'if', 'unless'], CONTRASTIVES);

/** Words that open a fronted adverbial after "that" ("said that despite the delays, …") besides the opening prepositions and subordinators; not a gerund or a number, which open subjects too. */
export const CONTENT_FRONTED_OPENERS: ReadonlySet<string> = wordSet([
  'under', 'among', 'despite', 'like', 'however', 'instead', 'even', 'still', 'now', 'against', 'without',
  'unlike', 'within', 'beyond', 'otherwise', 'given', 'ultimately', 'eventually', 'ideally',
]);

/** Personal pronouns (and "there") that open a clause as its subject. */
export const PRONOUN_CLAUSE_SUBJECTS: ReadonlySet<string> = wordSet(['you', 'it', 'there'], PERSONAL_SUBJECTS);

/** Words that open an embedded question ("asked whether …", "wondered why …"). */
export const WH_WORDS: ReadonlySet<string> = wordSet(['who', 'which', 'whom', 'if', 'where', 'whether'], WH_ADVERBS);

/** Words that stand for a whole clause after a verb of saying ("said so", "said no"). */
export const ONE_WORD_ANSWERS: ReadonlySet<string> = wordSet(['no', 'this', 'so', 'yes', 'otherwise']);

/** Forms of "say", "tell" and verbs of answering and opinion that take a bare clause or "so". */
export const SAY_FORMS: ReadonlySet<string> = wordSet(
  ['tell', 'saying'],
  ['reply', 'answer', 'guess', 'hope', 'think', 'believe', 'suppose'].flatMap((lemma) => inflect(lemma).slice(0, 3)),
  SAY_CUES,
);

/** Subordinators that open an adverbial clause. */
export const SUBORDINATORS: ReadonlySet<string> = wordSet(['as', 'once', 'when', 'unless'], CONTRASTIVES, CAUSALS, TIME_SUBORDINATORS);

/** Verbs of saying that a pronoun "it" (a report, a body) can be the subject of. */
export const IT_SPEECH: ReadonlySet<string> = new Set([
  'say', 'tell', 'add', 'note', 'state', 'write', 'argue', 'warn', 'conclude', 'report', 'claim',
  'acknowledge', 'announce', 'allege', 'recommend',
].flatMap((lemma) => inflect(lemma).slice(1, 3)));

/** Gerunds of saying that report content even when the clause's subject is not found. */
export const SAYING: ReadonlySet<string> = wordSet(['blaming', 'touting', 'dismissing'], SAYING_GERUNDS);

/** Verbs of regarding that report a view with "as": "see X as Y", "view X as Y". */
export const REGARD_FORMS: ReadonlySet<string> = new Set(['see', 'view', 'regard', 'perceive'].flatMap((lemma) => inflect(lemma).slice(0, 3)));

/** Verbs of showing whose subject is evidence ("the data show", "polls suggest"). */
export const EVIDENCE_VERBS: ReadonlySet<string> = wordSet(['showed', 'shown', 'revealed', 'found', 'suggested', 'indicated', 'confirmed'], withSForms(['suggest', 'confirm', 'reveal', 'find', 'show', 'indicate']));

/** Nouns for evidence that speaks for itself: polls, surveys, records, documents. */
export const EVIDENCE_NOUNS: ReadonlySet<string> = wordSet([
  'study', 'studies', 'analysis', 'data', 'estimates', 'polling', 'files', 'figures', 'numbers', 'results',
  'statistics', 'filings', 'research', 'evidence', 'projections', 'models', 'tests', 'photos', 'images',
  'logs', 'transcripts', 'memos', 'letters', 'census', 'returns', 'exit',
], withSForms(['report', 'email', 'document', 'video', 'poll', 'survey', 'record', 'audit']));

/** Heads of time adverbials ("on Monday", "last week", "this morning"). */
export const TIME_HEADS: ReadonlySet<string> = wordSet(['week', 'weekend', 'month', 'year', 'ago'], DAY_PARTS, TIME_ADVERBS, ENGLISH_WEEKDAY_NAMES.names);

/** Prepositions that open a time adverbial at a clause's end ("for two weeks", "until Friday"). */
export const TIME_PREPOSITIONS: ReadonlySet<string> = wordSet(['since', 'until', 'at', 'for', 'by', 'over', 'during']);

/** Words inside a time adverbial before its head ("late last week", "two days"). */
export const TIME_MODIFIERS: ReadonlySet<string> = wordSet([
  'the', 'a', 'this', 'in', 'on', 'several', 'few', 'two', 'three', 'later', 'earlier', 'last', 'next', 'day',
  'days', 'that', 'late', 'early', 'weeks', 'months', 'years',
], ENGLISH_WEEKDAY_NAMES.names);

/** Clause cues with a common other sense ("held the seat", "means the money"): a cue only before "that". */
export const THAT_ONLY: ReadonlySet<string> = wordSet(['saw', 'held', 'holds', 'means', 'meant', 'heard', 'discovered'], withSForms(['read', 'see', 'discover', 'hear']));

/**
 * Verbs of judging in words and of citing whose object alone is what was said, and of whom:
 * "criticized the new budget", "praised the volunteers", "cited a 2019 study", "mocked the
 * proposal", "endorsed the mayor", "condemned the attack" (an endorsement and a condemnation are
 * declarations), "assailed the plan", "downplayed the risk", "invoked the charter", "referenced
 * an audit", "thanked the crews", "championed the bill", "faulted the agency", "highlighted
 * the risk". Verbs of judging that also name deeds ("attack", "defend", "slam", "blast",
 * "welcome", "applaud": "the storm slammed the coast", "the crowd applauded the dancers") are
 * not here: their bare object is a target, not words.
 */
export const OBJECT_REPORT_VERBS: readonly string[] = [
  'tout', 'criticize', 'criticise', 'praise', 'mock', 'cite', 'chide', 'scold', 'deride',
  'decry', 'denounce', 'condemn', 'lambaste', 'mention', 'endorse', 'ridicule', 'rebuke', 'assail',
  'downplay', 'invoke', 'reference', 'highlight', 'thank', 'champion', 'laud', 'fault', 'commend',
];

/**
 * Prepositions of setting that end such an object: "praised the mayor at a rally", "cited the
 * study during the debate". ("in" and "on" are not here: they mostly belong to the object, "the
 * violence in the city", "her views on trade".)
 */
export const OBJECT_SETTING_PREPOSITIONS: ReadonlySet<string> = wordSet([
  'while', 'since', 'after', 'before', 'until', 'at', 'during', 'amid', 'despite', 'throughout',
]);

/** Words that open a proposition after such a verb: "praised that …", "criticized how …". */
export const OBJECT_PROPOSITION: ReadonlySet<string> = wordSet(['as', 'that', 'whether'], WH_ADVERBS);

/** Object-case pronouns, one of which may be the object of "show" ("showed them that …"). */
export const OBJECT_PRONOUNS: ReadonlySet<string> = wordSet(['himself', 'herself', 'themselves', 'it'], OBJECT_CASE);

/** Participles of the anonymity a source asks for: "(not) to be named", "to be identified". */
export const ANONYMITY_PARTICIPLES: ReadonlySet<string> = wordSet(['named', 'identified', 'quoted', 'cited', 'credited']);

/** Nouns of findings that show things, capitalised when they open a sentence ("Polls showed …"). */
export const FINDING_NOUNS: ReadonlySet<string> = wordSet([
  'study', 'studies', 'data', 'records', 'polling', 'figures', 'numbers', 'results', 'statistics',
  'research', 'evidence', 'tests', 'photos', 'images', 'documents', 'emails', 'footage',
], withSForms(['report', 'video', 'poll', 'survey']));

/** Relative pronouns and "where"; inside a speaker's description, a relative clause, not a name. */
export const RELATIVE_OPENERS: ReadonlySet<string> = wordSet(['where'], RELATIVES);

/** Finite auxiliaries and modals, the verb of a clause right after its subject: "Smith is", "Smith would", "Smith didn't". */
export const CLAUSE_VERB_AFTER_NAME: ReadonlySet<string> = wordSet(['does', 'did', "can't", "wouldn't"], FINITE_BE, MODAL_VERBS, HAVE_FORMS, NEGATED_AUXILIARIES);

/** Auxiliaries and modals that open a clause's verb phrase right after its subject. */
export const SUBJECT_VERBS: ReadonlySet<string> = wordSet([], MODAL_VERBS, FINITE_BE, HAVE_FORMS);

/** Words after a comma that close the reported clause ("…, said …"; "…, though …" closes it as one of `CLAUSE_BREAKERS`). */
export const COMMA_CLOSERS: ReadonlySet<string> = wordSet(['said', 'says']);

/** Prepositions in -ing that extend the noun phrase before them: "…, including the lanes closed since March". */
export const LIST_PREPOSITIONS: ReadonlySet<string> = wordSet(['including', 'excluding', 'concerning', 'regarding', 'involving']);

/** Words that end the clause a report runs over: contrast, "according" and gerunds of saying. */
export const CLAUSE_BREAKERS: ReadonlySet<string> = wordSet([
  'but', 'however', 'according', 'compared',
  ...['say', 'tell', 'add', 'note', 'ask', 'argue', 'warn', 'insist', 'explain', 'claim', 'acknowledge', 'suggest', 'urge', 'call', 'cite', 'point']
    .map((verb) => inflect(verb).at(-1)!),
], CONTRASTIVES);

/** Words that join a second clause without a comma: "… and most voters said …". */
export const COORDINATORS: ReadonlySet<string> = wordSet(['and', 'but', 'while', 'whereas']);

/** Words that open a clause's subject: pronouns, "there" and determiners. */
export const SUBJECT_START: ReadonlySet<string> = wordSet(['his', 'her', 'their', 'our', 'the', 'you', 'it', 'there'], PERSONAL_SUBJECTS, DEMONSTRATIVES);

/** Modal verbs, "shall" among them: after one a closing verb of belief reports nothing ("— something Scarborough could understand"). */
export const MODALS: ReadonlySet<string> = wordSet(['shall'], MODAL_VERBS);

/** Words that open an amount after a cue ("rose roughly 3 percent"): what follows is a figure, not a report. */
export const AMOUNT_WORDS: ReadonlySet<string> = wordSet([
  'ten', 'about', 'over', 'some', 'six', 'seven', 'eight', 'nine', 'up', 'almost', 'another', 'dozens',
  'hundreds', 'thousands', 'millions', 'more', 'nearly', 'around', 'roughly', 'billions',
], SMALL_NUMBERS);

/** Units after a number that make it a sum or a time of day ("$221 million", "3:20 p.m."): never a speaker. */
export const AMOUNT_UNITS: ReadonlySet<string> = wordSet(['pm', 'am', 'million', 'billion', 'trillion', 'p.m', 'a.m', 'bn']);

/** People who speak in a written dialogue without a name ("Mom:", "Kid:", "Doctor:"), beyond the person roles. */
export const DIALOGUE_ROLES: ReadonlySet<string> = wordSet([
  'voice', 'speaker', 'audience', 'mom', 'dad', 'kid', 'child', 'patient', 'customer',
  'guest', 'interviewer', 'moderator', 'caller', 'narrator',
]);

/** Relative and wh-words that stand as the object of a cue ("what he said"). */
export const RELATIVE_WORDS: ReadonlySet<string> = wordSet(['who', 'which', 'whom', 'what']);

/** Verbs of naming and judging ("called him a liar", "described it as"): their object is a label, not a report. */
export const NAMING_FORMS: ReadonlySet<string> = wordSet([
  'called', 'described', 'dubbed', 'labeled', 'labelled', 'termed', 'deemed', 'considered',
], withSForms(['describe', 'call', 'label', 'dub', 'term', 'consider', 'deem']));

/** Connectives that may open a sentence before a subordinate clause: "Yet while …", "But if …", "And when …". */
export const CLAUSE_CONNECTIVES: ReadonlySet<string> = wordSet(['still', 'so', 'yet'], COORDINATING_CONJUNCTIONS);

/** Auxiliaries that follow a relative cue's object: the cue's clause goes on, no report starts there. */
export const GAP_VERBS: ReadonlySet<string> = wordSet([], MODAL_VERBS, FINITE_BE, HAVE_FORMS, DO_FORMS);

/** Cues that may report from a relative clause ("what she said", "which he called …"). */
export const RELATIVE_CUE_FORMS: ReadonlySet<string> = wordSet([], INDIRECT_CUE_FORMS, CLAUSE_CUE_FORMS, WEAK_CUE_FORMS, NAMING_FORMS);

/** Every form of every cue of reported speech: indirect, clause and weak cues. */
export const REPORT_FORMS_SET: ReadonlySet<string> = wordSet([], INDIRECT_CUE_FORMS, CLAUSE_CUE_FORMS, WEAK_CUE_FORMS);

/** Verbs of speaking whose refusal leaves no content: "declined to comment on the report". */
export const NO_CONTENT_SPEECH: ReadonlySet<string> = wordSet([
  'respond', 'comment', 'elaborate', 'answer', 'specify', 'speculate', 'discuss',
]);

/** Prepositions that open a fronted adverbial before a clause. */
export const OPENING_PREPOSITIONS: ReadonlySet<string> = wordSet([
  'since', 'after', 'before', 'in', 'on', 'at', 'for', 'from', 'by', 'with', 'over', 'through',
  'during', 'amid', 'despite', 'following', 'under',
]);

/** Words that open an adverbial before a clause ("But the next day, …", "In May, …"), not its subject. */
export const ADVERBIAL_LEADS: ReadonlySet<string> = wordSet([
  'then', 'this', 'and', 'but', 'still', 'now', 'later', 'earlier', 'last', 'next', 'so', 'yet',
], OPENING_PREPOSITIONS);

/** Words that open a fronted phrase before a clause's subject ("Like many others, …", "Amid the talks, …"). */
export const FRONTED_OPENERS: ReadonlySet<string> = wordSet([
  'back', 'in', 'to', 'under', 'among', 'amid', 'like', 'however', 'meanwhile', 'instead', 'still', 'now',
  'several', 'once', 'separately', 'against', 'without', 'yet', 'unlike', 'asked', 'according', 'within',
  'beyond', 'across', 'outside', 'inside', 'weeks', 'months', 'years', 'moments', 'hours', 'minutes',
  'decades',
], SMALL_NUMBERS);

/** Nouns for polls and surveys: "in a new CNN poll, …" names a source as "according to" does. */
export const SURVEY_NOUNS: ReadonlySet<string> = wordSet(['poll', 'survey', 'polls', 'polling', 'surveys']);

/** Adverbs that attribute a clause to unnamed reports: "X reportedly plans to resign". */
export const REPORT_ADVERBS: ReadonlySet<string> = wordSet(['reportedly', 'allegedly']);

/** Nouns of saying and thinking that take a "that" clause: "her claim that …", "the warning that …". */
export const REPORTING_NOUNS: ReadonlySet<string> = wordSet([
  'remark', 'boast', 'vow', 'pledge', 'charge', 'demand', 'message', 'worry', 'view', 'statement', 'argument',
  'worries', 'notion', 'belief', 'suggestion', 'insistence', 'contention', 'conviction', 'admission',
  'denial', 'announcement', 'threat', 'assessment', 'speculation', 'reminder', 'insinuation', 'recollection',
], withSForms([
    'claim', 'comment', 'promise', 'hope', 'fear', 'warning', 'complaint', 'assurance', 'concern',
    'assertion', 'allegation', 'accusation', 'prediction', 'rumor', 'rumour',
]));

/** Nouns in `TOPIC_NOUNS` whose topic follows "to" ("opposition to"); for the others "to" names a recipient ("comments to the AP"). */
export const TOPIC_NOUNS_TO: ReadonlySet<string> = wordSet(['opposition', 'objection', 'objections']);

/** Words before a possessor that leave its noun phrase no verb's object: prepositions and conjunctions. */
export const NOUN_PHRASE_SETTINGS: ReadonlySet<string> = wordSet([
  'as', 'while', 'because', 'since', 'after', 'before', 'about', 'over', 'through', 'during', 'than',
  'whether', 'beyond', 'including',
], BASIC_PREPOSITIONS, CONCESSIVE_PREPOSITIONS, COORDINATING_CONJUNCTIONS, LINK_PREPOSITIONS);

/** Words that end a noun phrase read forwards as a topic: a verb of the main clause, a relative or a subordinator. */
export const TOPIC_ENDERS: ReadonlySet<string> = wordSet([
  "as", "but", 'although', 'though', 'while', 'amid', 'despite', 'that', 'than', 'when',
  "wouldn't", "hasn't",
], MODAL_VERBS, NEGATED_AUXILIARIES, FINITE_BE, RELATIVES, HAVE_FORMS, DO_FORMS, CAUSALS, TIME_SUBORDINATORS);

/** Forms of "be" before a passive participle. */
export const PASSIVE_AUXILIARIES: ReadonlySet<string> = wordSet(['am'], FINITE_BE, BE_NONFINITE);

/** Participles that name a thing: "a concept called “…”", "a booklet titled “…”". */
export const QUOTE_NAMING_PARTICIPLES: ReadonlySet<string> = wordSet([
  'called', 'dubbed', 'labeled', 'labelled', 'termed', 'branded', 'nicknamed', 'titled', 'named',
  'entitled',
]);

/** Words after a quote's closing mark that open a clause of the writer's, not an attribution. */
export const CLAUSE_BOUNDARY_WORDS: ReadonlySet<string> = wordSet(['but', 'where', 'according'], RELATIVES, CONTRASTIVES);

/** Participles of speaking that set the scene of a report when they open a sentence: "Speaking on CNBC, …", "Talking to reporters, …", "Commenting on the report, …". */
export const SCENE_GERUNDS: ReadonlySet<string> = wordSet(['talking', 'speaking', 'commenting']);

/** Determiners that introduce a thing named after them ("a group called …", "one PAC called …"). */
export const INDEFINITE_DETERMINERS: ReadonlySet<string> = wordSet(['a', 'an', 'one', 'another']);

/** Events one calls, an act and no words said: "called a snap election", "called a press conference". */
export const CALLED_EVENTS: ReadonlySet<string> = wordSet([
  'rally', 'hearing', 'summit', 'conference', 'meeting', 'election', 'elections', 'referendum', 'strike',
  'vote', 'halt', 'session', 'recess', 'timeout', 'truce', 'ceasefire', 'primary',
]);

/** Reflexive pronouns: one who "found itself at the center of …" found no finding. */
export const REFLEXIVES: ReadonlySet<string> = wordSet(['himself', 'herself', 'themselves', 'itself', 'myself', 'ourselves', 'yourself', 'yourselves']);

/** Words before the bare verb "found" (to establish), never "find": "helped found", "to found". */
export const FOUNDING_PRECEDERS: ReadonlySet<string> = wordSet(['to', 'help', 'helps', 'helped', 'helping']);

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
  ['himself', 'herself', 'my', 'your', 'these', 'those', 'some', 'themselves', 'itself', 'myself', 'ourselves', 'yourself', 'little', 'ways'],
  ARTICLES,
  POSSESSIVES,
);

/** Things that show what they record, as a poll or a study does: "the movie shows …", "the post showed …", "an average shows …". */
export const SHOWING_NOUNS: ReadonlySet<string> = wordSet([
  'post', 'photograph', 'photo', 'image', 'film', 'movie', 'record', 'posts', 'picture', 'clip', 'search',
  'average', 'averages', 'map', 'chart', 'graph', 'math', 'testimony', 'history',
]);

/** Passive participles of perception and record before a gerund of saying: "He was heard saying …", "was caught telling …". */
export const PERCEPTION_PASSIVES: ReadonlySet<string> = wordSet(['seen', 'caught', 'heard', 'quoted', 'overheard', 'filmed', 'recorded', 'videotaped']);

/** Short adverbs between a form of "be" and its participle: "are now expected", "is also seen", "was still considered". */
export const PASSIVE_ADVERBS: ReadonlySet<string> = wordSet(['since', 'also', 'even', 'still', 'now', 'often', 'once', 'not', 'long', 'already']);

/** Participles of saying and judging whose agent follows "by": "was confirmed by the party", "was criticized by rivals". */
export const PASSIVE_BY: ReadonlySet<string> = new Set(['note', 'describe', 'report', 'claim', 'announce', 'suggest', 'predict', 'confirm', 'deny', 'allege', 'reiterate', 'repeat', 'recommend', 'propose', 'reveal', 'disclose', 'tout', 'criticize', 'criticise', 'praise', 'mock', 'cite', 'estimate', 'dispute', 'question', 'challenge', 'reject', 'dismiss', 'deride', 'decry', 'denounce', 'condemn', 'mention', 'oppose', 'endorse', 'champion', 'applaud', 'welcome', 'hail', 'contest', 'echo'].map((lemma) => inflect(lemma).find((form) => /ed$/.test(form))!).filter(Boolean));

/** Verbs of talking with someone: after them "with" opens the one talked to ("talked … with Sidana, …, about …"). */
export const TALK_FORMS: ReadonlySet<string> = verbForms(['speak', 'talk', 'chat']);

export const TOPIC_CUES: ReadonlyMap<string, ReadonlySet<string>> = (() => {
  const byPreposition: Record<string, readonly string[]> = {
    about: ['ask', 'write', 'argue', 'warn', 'tweet', 'comment', 'joke', 'complain', 'boast', 'brag', 'caution', 'muse', 'wonder', 'testify', 'remind', 'grumble', 'speculate', 'question', 'gripe', 'rant', 'inquire', 'blog', 'speak', 'talk', 'chat', 'think', 'worry', 'hear', 'forget', 'fret', 'rave', 'whine', 'lie', 'care'],
    of: ['warn', 'boast', 'speak', 'talk', 'think', 'approve', 'disapprove', 'dream', 'despair', 'tire'],
    // Only speech and cognition: voting, campaigning and lobbying are acts, not words reported.
    on: ['report', 'remark', 'comment', 'testify', 'reflect', 'elaborate', 'opine', 'speak', 'weigh', 'touch'],
    for: ['argue', 'cry', 'plead', 'call', 'advocate', 'vouch', 'clamor', 'clamour', 'apologize', 'apologise'],
    to: ['refer', 'reply', 'respond', 'testify', 'object', 'attest', 'point', 'react', 'allude'],
    against: ['argue', 'warn', 'caution', 'testify', 'protest', 'rail', 'speak', 'advocate', 'inveigh'],
  };
  const map = new Map<string, Set<string>>();
  for (const [preposition, lemmas] of Object.entries(byPreposition)) {
    for (const lemma of lemmas) {
      for (const form of inflect(lemma)) {
        let set = map.get(form);
        if (!set) map.set(form, set = new Set());
        set.add(preposition);
      }
    }
  }
  return map;
})();

export const QUESTION_CUES: ReadonlySet<string> = verbForms(['ask', 'explain', 'wonder', 'question', 'remember', 'inquire', 'enquire', 'decide', 'know', 'consider', 'learn', 'understand', 'forget', 'debate']);

/**
 * Verbs of judgement and reference that take a noun phrase but no clause ("criticized the
 * deal", "praised the mayor", "cited the report"; `OBJECT_REPORT_VERBS` among them): their
 * object is not reported speech.
 */
export const NP_ONLY_FORMS: ReadonlySet<string> = verbForms([
  ...OBJECT_REPORT_VERBS,
  'blast', 'slam', 'discuss', 'defend', 'attack', 'applaud', 'welcome', 'hail', 'congratulate', 'address', 'spotlight', 'salute',
]);

/** Verbs that name whom they were said to: "…, the company told the Global Times." */
export const TELL_FORMS: ReadonlySet<string> = verbForms(['tell', 'write', 'warn', 'assure', 'remind', 'inform', 'brief']);

/** Refusals: "declined to comment" reports that nothing was said. */
export const REFUSAL_FORMS: ReadonlySet<string> = verbForms(['decline', 'refuse']);

/** Verbs of answering: their "to" object ("requests for comment") is what was answered, not what was said. */
export const RESPONSE_FORMS: ReadonlySet<string> = verbForms(['reply', 'respond', 'react']);

/** Verbs of will whose infinitive is what they report: "declined to say whether …", "vowed to fight". */
export const CONTROL_FORMS: ReadonlySet<string> = verbForms(['prefer', 'promise', 'vow', 'pledge', 'urge', 'agree', 'volunteer', 'offer', 'wish', 'hope', 'threaten', 'want', 'intend', 'plan', 'aim', 'seek', 'decline', 'refuse']);

/** "primaries mean that …": a consequence, not a view. */
export const MEAN_FORMS: ReadonlySet<string> = verbForms(['mean']);

export const CALL_FORMS: ReadonlySet<string> = verbForms(['call']);

export const SHOW_FORMS: ReadonlySet<string> = verbForms(['show']);

/** The forms of "know", which report a clause known, not a person or a thing known. */
export const KNOW_FORMS: ReadonlySet<string> = verbForms(['know']);

/** The forms of "go", whose "go on" attributes only as "went on to say …" or before a quote. */
export const GO_FORMS: ReadonlySet<string> = verbForms(['go']);

/** Verbs of writing: they take a clause ("wrote that …") or a thing written ("wrote the plan"). */
export const WRITE_FORMS: ReadonlySet<string> = verbForms(['write']);

export const RELEASE_FORMS: ReadonlySet<string> = verbForms(['release']);

export const FIND_FORMS: ReadonlySet<string> = verbForms(['find']);

export const ADD_FORMS: ReadonlySet<string> = verbForms(['add']);

export const ADD_OR_OFFER_FORMS: ReadonlySet<string> = verbForms(['add', 'offer']);

/** The forms of the verbs whose bare object is reported ("criticized the plan"), though they take no clause. */
export const OBJECT_REPORT_FORMS: ReadonlySet<string> = verbForms(OBJECT_REPORT_VERBS);
