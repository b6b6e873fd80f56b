import { withSForms, wordSet } from '../locale.js';
import {
  ARTICLES,
  BASIC_PREPOSITIONS,
  BE_NONFINITE,
  CAUSALS,
  CONCESSIVE_PREPOSITIONS,
  CONNECTIVE_ADVERBS,
  CONTRASTIVES,
  COORDINATING_CONJUNCTIONS,
  DAY_PARTS,
  DEMONSTRATIVES,
  DISCOURSE_ADVERBS,
  DO_FORMS,
  FINITE_BE,
  FOCUS_ADVERBS,
  HAVE_FORMS,
  LINK_PREPOSITIONS,
  MODAL_VERBS,
  NUMBER_WORDS,
  OBJECT_CASE,
  PERSONAL_SUBJECTS,
  PHRASE_PREPOSITIONS,
  POSSESSIVES,
  QUANTIFIERS,
  RELATIVES,
  SAY_CUES,
  TIME_ADVERBS,
  TIME_SUBORDINATORS,
  WH_ADVERBS,
} from './function-words.js';
import {
  BELIEF_VERBS, COMMON_SPEECH_VERBS, POST_NOMINALS, SPEECH_VERBS, REPORTING_VERBS, TITLES as PERSON_TITLES, ENGLISH_WEEKDAY_NAMES, inflectVerb,
  NATIONALITY_WORDS as CORE_NATIONALITY_WORDS,
} from '@newsparse/core';

/**
 * Word lists for quote attribution: the words that may stand between a speaker and its
 * verb, pronouns, role nouns, cue forms. Speech and belief verbs, titles and demonyms are
 * core's knowledge base. General English and news style knowledge; no corpus strings.
 */

export { BELIEF_VERBS, SPEECH_VERBS };

/** The inflected forms of a verb: base, -s, -ed, -ing (core's `inflectVerb`). */
export const inflect = inflectVerb;

/** Every inflected form of `bases`, less the forms in `except` (mostly nouns or other senses). */
export const verbForms = (bases: readonly string[], except: readonly string[] = []): Set<string> => {
  const forms = new Set<string>();
  for (const base of bases) for (const form of inflect(base)) forms.add(form);
  for (const form of except) forms.delete(form);
  return forms;
};

/** Every inflected form of every speech verb. */
export const SPEECH_FORMS: ReadonlySet<string> = verbForms(SPEECH_VERBS);

/** Every inflected form of every belief or reporting verb, speech verbs included. */
export const REPORT_FORMS: ReadonlySet<string> = (() => {
  const forms = verbForms(BELIEF_VERBS);
  for (const form of SPEECH_FORMS) forms.add(form);
  return forms;
})();

/**
 * The verbs that most often attribute a direct quote, for the strict tests near a quote:
 * a quote followed by ", NP VERB" or ", VERB NP" is attributed only when VERB is in here.
 */
export const QUOTE_CUE_FORMS: ReadonlySet<string> = verbForms([
  // Core's common verbs hold "read" too: a written text's words, with the text as its subject
  // ("“…,” read a statement", "the sign read"; see WRITTEN_TEXTS).
  ...COMMON_SPEECH_VERBS,
  'rebut', 'put', 'spit', 'shoot', 'opine', 'intone', 'tout', 'preach', 'mutter', 'murmur',
  'stammer', 'blurt', 'call', 'blast', 'slam', 'mock', 'quote', 'recite', 'remind', 'inform',
  'tease', 'taunt', 'chide', 'scold', 'grumble', 'groan', 'moan', 'huff',
  'volunteer', 'offer', 'chime', 'pipe', 'clarify', 'summarize', 'summarise',
  'speculate', 'estimate', 'rant', 'holler', 'bellow', 'howl', 'implore', 'pray', 'swear', 'threaten',
  'relate', 'narrate', 'confide', 'aver', 'affirm', 'attest', 'underscore', 'highlight', 'point',
  'query', 'inquire', 'enquire', 'interrupt', 'jump', 'fire', 'hiss', 'growl',
  'snarl', 'sneer', 'chuckle', 'cackle', 'exult', 'cheer', 'thank', 'apologize', 'apologise',
  'sob', 'wail', 'blog', 'message', 'publish', 'lecture', 'speak', 'rejoin', 'riposte',
  'think', 'believe', 'worry', 'lash', 'rebuke', 'coo', 'fret', 'rave', 'whine', 'go',
  'beam', 'enthuse', 'gasp', 'pant', 'stutter', 'grunt', 'purr', 'croak', 'drawl', 'wheeze', 'chirp',
  'gloat', 'rage', 'rasp', 'snort', 'squeal', 'trill', 'yelp', 'snipe', 'admonish',
  'exhort', 'beseech', 'cajole', 'coax', 'reprimand', 'remonstrate',
  // Verbs of naming that introduce a quoted label as "describe" does ("what Fine characterized as her “…”").
  'characterize', 'characterise', 'portray',
]);

/** Adjectives of frequency in -ly that stand before nouns: "quarterly reports", "weekly notes". */
export const PERIODIC_ADJECTIVES: ReadonlySet<string> = wordSet(['daily', 'weekly', 'monthly', 'quarterly', 'yearly', 'hourly', 'biweekly', 'nightly']);

/** Written texts whose words "read" quotes: "“…,” read the statement", "“Closed,” the sign reads". */
export const WRITTEN_TEXTS: ReadonlySet<string> = wordSet([], withSForms([
  'note', 'tweet', 'report', 'post', 'text', 'email', 'message', 'headline', 'caption', 'label', 'order', 'notice',
  'warning', 'statement', 'release', 'letter', 'sign', 'placard', 'banner', 'memo', 'e-mail', 'inscription', 'plaque', 'card',
  'poster', 'filing', 'complaint', 'indictment', 'document', 'citation', 'ruling', 'verdict', 'sticker', 'flyer', 'leaflet',
]));

/** Verb forms that need a particle to attribute: "pointed out", "went on", "shot back". */
export const PARTICLE_CUES: Readonly<Record<string, readonly string[]>> = {
  point: ['out'],
  go: ['on'],
  shoot: ['back'],
  fire: ['back'],
  put: ['it'],
  jump: ['in'],
  pipe: ['in', 'up'],
  chime: ['in'],
  call: ['out'],
  speak: ['up', 'out'],
  hit: ['back'],
  push: ['back'],
};

/** Forms (inflected) of verbs that only attribute with a particle. */
export const PARTICLE_VERB_FORMS: ReadonlyMap<string, readonly string[]> = (() => {
  const map = new Map<string, readonly string[]>();
  for (const [base, particles] of Object.entries(PARTICLE_CUES)) for (const form of inflect(base)) map.set(form, particles);
  return map;
})();

/**
 * Words that can stand between a subject and its verb: "he also said", "Wang later told".
 * (Adverbs in -ly such as "publicly" need no entry: `skipIntervening` reads past any lower-case one.)
 */
export const INTERVENING: ReadonlySet<string> = wordSet([
  'then', 'himself', 'herself', 'since', 'meanwhile', 'instead', 'indeed', 'nevertheless', 'also', 'even',
  'just', 'still', 'now', 'shall', 'later', 'often', 'never', 'always', 'once', 'not', 'first', 'long',
  'further', 'earlier', 'almost', 'perhaps', 'already', 'again', 'themselves', 'itself', 'themself',
  'likewise', 'too', 'quite', 'ever', 'here', 'sometimes', 'seldom', 'soon', 'alone', 'nonetheless', 'rather',
], MODAL_VERBS, FINITE_BE, BE_NONFINITE, HAVE_FORMS, DO_FORMS, TIME_ADVERBS);

/** Days and parts of day that may follow a cue: "said Tuesday", "told reporters on Monday". */
export const TIME_WORDS: ReadonlySet<string> = wordSet([
  'then', 'this', 'after', 'before', 'in', 'on', 'at', 'during', 'now', 'later', 'earlier', 'recently',
  'last', 'next', 'week', 'weekend', 'month', 'year', 'day', 'days', 'ago',
], DAY_PARTS, TIME_ADVERBS, ENGLISH_WEEKDAY_NAMES.names);

/** Personal, relative and possessive pronouns that can stand for a speaker. */
export const PRONOUNS: ReadonlySet<string> = wordSet([
  'my', 'your', 'this', 'one', 'you', 'it', 'that', 'others', 'someone', 'somebody', 'everyone', 'everybody',
  'anyone', 'nobody',
], QUANTIFIERS, PERSONAL_SUBJECTS, OBJECT_CASE, POSSESSIVES, RELATIVES);

/** Subject pronouns: the pronoun speakers of "he said", "who told". */
export const SUBJECT_PRONOUNS: ReadonlySet<string> = wordSet(['who', 'which', 'you', 'it', 'that'], PERSONAL_SUBJECTS);

/** Determiners and quantifiers that open a noun phrase. */
export const DETERMINERS: ReadonlySet<string> = wordSet([
  'no', 'other', 'my', 'your', 'whose', 'that', 'any', 'every', 'another', 'such', 'dozens', 'hundreds',
  'thousands', 'millions', 'more', 'various', 'numerous',
], NUMBER_WORDS, QUANTIFIERS, POSSESSIVES, ARTICLES, DEMONSTRATIVES);

/**
 * Words that end a noun phrase scanned backwards from a cue: conjunctions, subordinators,
 * prepositions that open adverbials, auxiliaries and common clause verbs.
 */
export const NP_STOP: ReadonlySet<string> = wordSet([
  'as', 'wrote', 'then', 'both', 'all', 'yesterday', 'today', 'up', 'out', 'shall', 'later', 'once', 'not',
  'earlier', 'here', 'ago', 'it', 'that', 'there', 'against', 'between', 'toward', 'towards', 'upon',
  'without', 'than', 'either', 'neither', 'so', 'yet', 'when', 'via', 'where', 'whether', 'nor', 'whenever',
  'unless', 'onto', 'unlike', 'per', 'added', 'adds', 'noted', 'asked', 'according', 'down', 'off', 'except',
  // (A linking verb that no noun phrase holds: "I am told", "Dion became".)
  'am', 'became',
], MODAL_VERBS, BASIC_PREPOSITIONS, PHRASE_PREPOSITIONS, FOCUS_ADVERBS, DISCOURSE_ADVERBS, SAY_CUES, FINITE_BE, RELATIVES, CONTRASTIVES, CONCESSIVE_PREPOSITIONS, CONNECTIVE_ADVERBS, BE_NONFINITE, HAVE_FORMS, DO_FORMS, DEMONSTRATIVES, WH_ADVERBS, COORDINATING_CONJUNCTIONS, CAUSALS, TIME_SUBORDINATORS, LINK_PREPOSITIONS);

/**
 * Common adjectives and degree or manner adverbs with no everyday noun reading: one of them
 * alone, in lower case, is no subject ("much thought", "big reveal" read as a cue). Quantifiers
 * that stand for people ("many", "more", "few", "some") are not here.
 */
export const LONE_MODIFIERS: ReadonlySet<string> = wordSet([
  'low', 'often', 'never', 'always', 'almost', 'already', 'too', 'quite', 'soon', 'rather', 'new', 'previous',
  'nearly', 'much', 'very', 'pretty', 'fairly', 'twice', 'together', 'outright', 'big', 'small', 'great',
  'good', 'bad', 'better', 'best', 'worse', 'worst', 'easy', 'easier', 'hard', 'harder', 'deep', 'strong',
  'weak', 'bold', 'loud', 'fake', 'unfair', 'complete', 'whole', 'full', 'live', 'old', 'high', 'true',
  'false', 'real', 'clear', 'busy', 'modern', 'penultimate', 'recent', 'current',
]);

/**
 * Nouns (and adjectives that stand as nouns) ending in -ly: a one-word subject in -ly is
 * otherwise an adverb ("Eventually named …", "outright rejects …"), never a speaker.
 */
export const LY_NOUNS: ReadonlySet<string> = wordSet([
  'daily', 'weekly', 'monthly', 'quarterly', 'yearly', 'family', 'rally', 'ally', 'assembly', 'supply',
  'anomaly', 'monopoly', 'homily', 'bully', 'butterfly', 'jelly', 'belly', 'lily', 'elderly', 'melancholy',
  'folly', 'trolley', 'gully', 'panoply',
]);

/** Verbs of aspect, every form ("began", "continues"): before "to" or a gerund they carry the verb after them. */
const ASPECT_VERB_FORMS = ['begin', 'continue', 'finish', 'start', 'keep', 'stop', 'quit'].flatMap(inflect);

/** The speech cues among them ("“…,” he continued") are no cues before "to": "continued to “soar”". */
export const ASPECT_FORMS: ReadonlySet<string> = wordSet(ASPECT_VERB_FORMS);

/**
 * Words that are never a speaker on their own: articles, conjunctions and subordinators,
 * prepositions, wh-words, auxiliaries and speech verbs (not pronouns, quantifiers or numbers,
 * which may stand for people: "Some said", "Six in 10 said").
 */
export const NON_SPEAKER_WORDS: ReadonlySet<string> = wordSet([
  'as', 'once', 'when', 'whenever', 'unless', 'then', 'the', 'an', 'shall', 'there', 'between', 'upon', 'without', 'than',
  'so', 'yet', 'wrote', 'via', 'where', 'whether', 'here', 'nor', 'onto', 'unlike', 'per', 'added', 'adds', 'noted', 'asked', 'against', 'toward', 'towards',
  'according', 'out', 'up', 'down', 'off', 'except',
  // Negated auxiliaries and the auxiliary participles ("it cannot tell you …", "Don't expect …",
  // "Having described …"): a verb, never the subject.
  'cannot', 'having',
  // Verbs of aspect before a gerund ("… began talking about …", "kept asking her why …"): the
  // subject stands before them.
  'kept', ...ASPECT_VERB_FORMS,
  // Irregular past tenses with no noun reading ("“…,” came shouts from the crowd"): a verb,
  // never the subject; those in -ed are read by the speaker step's participle check.
  'spoke', 'made', 'took', 'gave', 'brought', 'grew', 'became', 'knew', 'got', 'went', 'came', 'threw', 'sought',
  ...["isn't", "wasn't", "won't", "doesn't", "didn't", "don't", "can't", "wouldn't", "couldn't", "shouldn't", "mustn't", "aren't", "weren't", "hasn't", "haven't", "hadn't"]
    .flatMap((word) => [word, word.replace("'", '\u2019')]),
], MODAL_VERBS, FINITE_BE, BE_NONFINITE, HAVE_FORMS, DO_FORMS, WH_ADVERBS, COORDINATING_CONJUNCTIONS, CONTRASTIVES, CAUSALS, TIME_SUBORDINATORS,
  BASIC_PREPOSITIONS, LINK_PREPOSITIONS, PHRASE_PREPOSITIONS, CONCESSIVE_PREPOSITIONS, CONNECTIVE_ADVERBS, DISCOURSE_ADVERBS, SAY_CUES);

/** Subordinators that open a fronted clause with a subject of its own: "If the board saw it, …", "After the vote passed, …". */
export const FRONTED_SUBORDINATORS: ReadonlySet<string> = wordSet(['as', 'once', 'when', 'whenever', 'unless'], CONTRASTIVES, CAUSALS, TIME_SUBORDINATORS);

/** Prepositions that may continue a noun phrase and join a role to its organisation: "a spokesman for the campaign", "director of". */
export const NP_PREPOSITIONS: ReadonlySet<string> = wordSet(['to', 'with'], BASIC_PREPOSITIONS);
/** Prepositions of place that put people somewhere inside a subject: "residents near the plant", "voters across the state". */
export const PLACE_PREPOSITIONS: ReadonlySet<string> = wordSet([
  'among', 'within', 'beyond', 'throughout', 'across', 'around', 'behind', 'near', 'outside',
  'inside', 'beside', 'along',
]);

/** Leading words of a sentence that are not part of its subject. */
export const LEADING_ADVERBIALS: ReadonlySet<string> = wordSet([
  'no', 'as', 'then', 'thus', 'moreover', 'furthermore', 'later', 'once', 'earlier', 'previously', 'again',
  'finally', 'separately', 'similarly', 'likewise', 'here', 'there', 'so', 'yet', 'when', 'where', 'unless',
  'yes', 'well', 'oh', 'hence',
], FOCUS_ADVERBS, CONTRASTIVES, CONNECTIVE_ADVERBS, COORDINATING_CONJUNCTIONS, CAUSALS, TIME_SUBORDINATORS);

/**
 * Words that open a sentence before a comma and are no name, besides the leading adverbials
 * and time words ("Afterwards, the chairman said", "Overall, the report said", "Sure, the
 * coach said"): adverbs not in -ly, ordinals and interjections.
 */
export const SENTENCE_ADVERBS: ReadonlySet<string> = wordSet([
  'often', 'always', 'first', 'already', 'too', 'sometimes', 'soon', 'nonetheless', 'rather', 'twice',
  'together', 'second', 'third', 'fourth', 'sure', 'otherwise', 'afterwards', 'afterward', 'overall',
  'elsewhere', 'besides', 'anyway', 'regardless', 'tomorrow', 'altogether', 'plus', 'statewide', 'nationwide',
  'worldwide', 'abroad', 'thereafter', 'ok', 'okay', 'right', 'sorry', 'thanks', 'please', 'alas',
]);

/** Nouns of origin that head an appositive as a role does ("Ann Roe, a Leeds native said"). */
export const ORIGIN_NOUNS: ReadonlySet<string> = wordSet(['native', 'local']);

/** Titles and honorifics that precede a name, "former" and "acting" among them: core's TITLES. */
export const TITLES: ReadonlySet<string> = new Set([...PERSON_TITLES, 'lead']);
/** Letters after a name and its comma: "M. Perera, PC said" (core's). */
export const POST_NOMINAL_LETTERS: ReadonlySet<string> = new Set(POST_NOMINALS);

/** "US officials": the country's abbreviation stands as its adjective. */
export const ABBREVIATION_ADJECTIVES: Readonly<Record<string, string>> = { us: 'united states' };

/**
 * The one-word nationality and region adjectives, lower case (core's NATIONALITY_WORDS), and
 * "us". Only the words: attribution asks whether a capitalised word is one ("Chinese and
 * Peruvian analysts"), and the country a word stands for comes from the entity tagger's
 * nationality mentions (resolve.ts), so the quotes bundle does not carry core's map of countries.
 */
export const NATIONALITY_WORDS: ReadonlySet<string> = new Set([...CORE_NATIONALITY_WORDS, 'us']);

/**
 * Role nouns and the words a description may use for the same role: "the former envoy" is
 * "former Peruvian Ambassador to China"; "the expert" is an analyst, scholar or director.
 */
export const ROLE_SYNONYMS: Readonly<Record<string, readonly string[]>> = Object.fromEntries(
  // "role:synonym,synonym;…", each role also a synonym of itself (lighter in the bundle than
  // arrays); "role,role:…" gives roles with one list of synonyms each the whole list.
  ('envoy:ambassador,diplomat,representative,emissary,consul;ambassador:envoy,diplomat;' +
    'diplomat:ambassador,envoy,consul,minister;' +
    'expert:analyst,scholar,researcher,professor,director,fellow,economist,specialist,academic,observer,dean,lecturer,scientist;' +
    'analyst:expert,scholar,researcher,strategist,economist,observer;' +
    'scholar:professor,researcher,academic,expert,fellow,lecturer;' +
    'professor:lecturer,scholar,academic,dean;' +
    'academic:professor,lecturer,scholar,researcher,dean;' +
    'researcher:research,scholar,fellow,scientist,professor,expert;' +
    'official:minister,secretary,director,spokesman,spokeswoman,spokesperson,administrator,commissioner,officer,ambassador,deputy,chief,head,governor,mayor;' +
    'minister:secretary;' +
    'lawmaker:senator,representative,congressman,congresswoman,legislator,deputy,mp,member,sen,rep;' +
    'legislator:lawmaker,senator,representative,congressman,congresswoman,sen,rep;senator:sen;' +
    'congressman,congresswoman:representative,rep,lawmaker;' +
    'governor:gov;president:head of state;candidate:nominee,hopeful,contender,challenger;' +
    'nominee:candidate;' +
    'executive:ceo,chief,president,chairman,chairwoman,director,manager,founder,officer;' +
    'spokesman,spokeswoman,spokesperson:spokesman,spokeswoman,spokesperson,press secretary,representative;' +
    'leader:head,chief,chairman,chairwoman,president,secretary-general,premier,prime minister;' +
    'chief:head,director,chairman,chairwoman,president,ceo;' +
    'lawyer:attorney,counsel,solicitor,barrister;attorney:lawyer,counsel,prosecutor;' +
    'prosecutor:attorney;judge:justice;economist:analyst,expert;' +
    'strategist:adviser,advisor,consultant,operative;' +
    'adviser,advisor:adviser,advisor,aide,counselor,consultant,strategist;aide:adviser,advisor,assistant,staffer;' +
    'doctor:physician,surgeon,dr;physician:doctor,surgeon;founder:co-founder,cofounder;' +
    'chairman:chair,chairwoman,head;director:head,chief;' +
    'businessman:businesswoman,executive,entrepreneur,investor,tycoon,billionaire,founder,owner;' +
    'businesswoman:businessman,executive,entrepreneur,investor,founder,owner;' +
    'billionaire:tycoon,businessman,businesswoman,mogul,investor;' +
    'activist:campaigner,advocate,organizer;author:writer,novelist,journalist,columnist;' +
    'writer:author,novelist,journalist,columnist,reporter;' +
    'journalist:reporter,correspondent,editor,columnist,writer;reporter:journalist,correspondent;' +
    'pollster:analyst,strategist;general:gen,commander;' +
    'commander:general,gen,admiral,colonel,officer;' +
    'officer:police,sergeant,detective,lieutenant,agent,trooper;coach:manager;' +
    'player:striker,forward,guard,pitcher,quarterback,midfielder,defender;' +
    'star:actor,actress,singer,player;actor:actress,star;singer:rapper,musician,star')
    .split(';')
    .flatMap((entry) => {
      const [roles, synonyms] = entry.split(':') as [string, string];
      return roles.split(',').map((role) => [role, [role, ...synonyms.split(',')]]);
    }),
);

/**
 * Collective nouns of sources that a sentence's first capital makes look like names
 * ("Police said …", "Management told staff …"): a group, never a person named.
 */
export const COLLECTIVE_SOURCES: ReadonlySet<string> = wordSet([
  'press', 'public', 'police', 'media', 'staff', 'clergy', 'military', 'cabinet',
  'government', 'management', 'army', 'security', 'prosecution', 'defence', 'defense', 'administration',
  'leadership', 'opposition', 'crew', 'personnel',
]);

/** Nouns that can head a description of a person (role nouns): every word of `ROLE_SYNONYMS` and these. */
export const PERSON_ROLE_NOUNS: ReadonlySet<string> = new Set([
  ...Object.values(ROLE_SYNONYMS).flat(),
  'queen', 'mother', 'daughter', 'wife', 'girl', 'woman', 'councilwoman', 'king', 'prince', 'father',
  'son', 'husband', 'boy', 'man', 'councilman', 'pope', 'president-elect', 'chancellor', 'councillor',
  'councilor', 'assemblyman', 'assemblywoman', 'delegate', 'treasurer', 'incumbent', 'captain', 'engineer',
  'commentator', 'anchor', 'host', 'goalkeeper', 'historian', 'nurse', 'ally', 'source',
  'resident', 'voter', 'supporter', 'critic', 'witness', 'victim', 'widow', 'veteran',
  'student', 'teacher', 'worker', 'employee', 'farmer', 'republican', 'democrat',
  'conservative', 'liberal', 'progressive', 'blogger', 'pundit', 'psychologist', 'sociologist', 'politician',
  'statesman', 'frontrunner', 'front-runner', 'rival', 'opponent', 'friend', 'colleague',
  'partner', 'boss', 'skipper', 'winger', 'teammate',
  // Ireland's prime minister and deputy prime minister: "the Taoiseach" is the one named with the title.
  'taoiseach', 'tánaiste', 'tanaiste', 'advocate',
]);

/**
 * Verbs that report speech or writing in a writer's own words ("X said that …", "…, X
 * argued", "X accused Y of …"): cues of reported content whatever follows them.
 */
export const INDIRECT_CUE_FORMS: ReadonlySet<string> = (() => {
  // Forms that are mostly nouns, adjectives or other senses are left out.
  const forms = verbForms(REPORTING_VERBS, [
    'concur', 'rebut', 'describe', 'warn', 'urge', 'deny', 'retort', 'muse', 'plead', 'agree', 'advise',
    'recommend', 'propose', 'tout', 'criticize', 'criticise', 'praise', 'mock', 'cite', 'remind', 'inform',
    'dispute', 'reject', 'dismiss', 'deride', 'decry', 'denounce', 'condemn', 'threaten', 'characterize',
    'portray', 'discuss', 'mention', 'endorse', 'indicate', 'accuse', 'blame', 'applaud', 'hail', 'express',
    'rebuke', 'refuse',
    // These also in -s (nouns mostly: "notes", "claims").
    ...[
      'quip', 'note', 'state', 'tweet', 'reply', 'report', 'claim', 'joke', 'shout', 'yell', 'chant',
      'boast', 'brag', 'promise', 'vow', 'pledge', 'caution', 'counter', 'demand', 'object', 'protest',
      'sing', 'rail', 'blast', 'slam', 'estimate', 'forecast', 'project', 'question', 'challenge', 'relate',
      'label', 'dub', 'signal', 'compare', 'voice', 'lash', 'fault', 'decline',
    ].flatMap((verb) => inflect(verb).slice(0, 2)),
    ...['project', 'relate', 'compare'].flatMap((verb) => inflect(verb).slice(2)), 'declining', 'challenging',
    'sang', 'singing',
  ]);
  forms.add('according');
  return forms;
})();

/**
 * Verbs of belief, knowledge and evidence that report content only with a clause after
 * them ("X thinks that …", "polls show that …", "she fears she …").
 */
export const CLAUSE_CUE_FORMS: ReadonlySet<string> = verbForms(
  [
    'note', 'argue', 'warn', 'insist', 'conclude', 'report', 'claim', 'acknowledge', 'suggest', 'complain',
    'predict', 'promise', 'vow', 'pledge', 'confirm', 'deny', 'maintain', 'contend', 'assure',
    'agree', 'reveal', 'read', 'remind', 'estimate', 'guess', 'hope', 'threaten', 'remember',
    'find', 'determine', 'decide', 'hold', 'notice', 'think', 'believe',
    'feel', 'fear', 'expect', 'worry', 'know', 'doubt', 'suspect', 'assume', 'reckon',
    'see', 'imagine', 'show', 'indicate', 'signal', 'imply', 'mean', 'demonstrate', 'prove',
    'learn', 'discover', 'realize', 'realise', 'recognize', 'recognise', 'understand', 'hear', 'sense', 'forget',
    'fret',
  ],
  ['read', 'find', 'hold', 'see', 'show', 'mean', 'sense', 'hearing', 'showing', 'finding', 'meaning', 'reading', 'holding', 'seeing'],
);

/**
 * Every form of every verb of speech, belief or reporting (core's lists), nouns and other
 * senses included: a cue only where "that" and a clause's subject follow it ("the judge
 * ruled that …", "she bemoaned that …"), which no noun or other sense takes.
 */
export const THAT_CLAUSE_FORMS: ReadonlySet<string> = verbForms([...SPEECH_VERBS, ...BELIEF_VERBS, ...REPORTING_VERBS]);

/**
 * Adjectives of belief and fear that take a clause after a linking verb ("is confident that …",
 * "were adamant that …", "came away convinced that …"), and the linking verbs before them.
 * Feelings about a fact ("angry that", "proud that") are not views and stay out, and so is
 * "unaware that": what one does not know is no view of one's own.
 */
export const BELIEF_ADJECTIVES: ReadonlySet<string> = wordSet([
  'hopeful', 'sure', 'confident', 'convinced', 'certain', 'aware', 'adamant', 'insistent', 'optimistic',
  'pessimistic', 'skeptical', 'sceptical', 'doubtful', 'worried', 'concerned', 'afraid', 'fearful',
  'persuaded',
]);
export const LINKING_VERBS: ReadonlySet<string> = wordSet(['grew', 'became', 'am', 'remained', 'felt', 'grown', 'stayed'], withSForms(['feel', 'remain', 'become', 'grow', 'stay']), FINITE_BE, BE_NONFINITE);

/**
 * Phrases of saying built on "make" or "give" (light verbs): their forms, the adjective "make"
 * makes its object ("made it clear that …", "made clear he …", "made it plain", "made known")
 * and the nouns of saying they take before "that" ("made the case that …", "made the point
 * that …", "gave the assurance that …", "gave assurances that …", "made a promise that …").
 */
// (Not "making": "Obama, making it clear that …, stood …" is a participle clause inside the subject.)
export const MAKE_FORMS: ReadonlySet<string> = wordSet(['made', 'gave', 'make', 'makes', 'give', 'gives', 'given']);
export const MADE_SAYING_ADJECTIVES: ReadonlySet<string> = wordSet(['known', 'clear', 'plain', 'explicit']);
export const MADE_SAYING_NOUNS: ReadonlySet<string> = wordSet(['claim', 'promise', 'pledge', 'point', 'warning', 'case', 'argument', 'assurance', 'assurances', 'undertaking']);

/**
 * Verbs of judgement, support and intention that PolNeAR-style annotation counts as
 * attribution with an object ("X endorsed Clinton", "X wants to …", "X opposed the deal").
 */
export const WEAK_CUE_FORMS: ReadonlySet<string> = verbForms(
  [
    'refer', 'prefer', 'ask', 'describe', 'argue', 'warn', 'insist', 'respond', 'report', 'claim',
    'acknowledge', 'announce', 'suggest', 'predict', 'promise', 'vow', 'pledge', 'urge', 'deny', 'emphasize',
    'allege', 'demand', 'agree', 'recommend', 'propose', 'reveal', 'disclose', 'tout', 'call', 'blast',
    'slam', 'criticize', 'criticise', 'praise', 'mock', 'cite', 'offer', 'estimate', 'project', 'dispute',
    'question', 'challenge', 'reject', 'dismiss', 'decry', 'denounce', 'condemn', 'hope', 'threaten',
    'highlight', 'press', 'thank', 'label', 'dub', 'order', 'find', 'talk', 'discuss', 'mention', 'think',
    'believe', 'feel', 'fear', 'expect', 'worry', 'know', 'doubt', 'consider', 'view', 'regard',
    'want', 'intend', 'plan', 'seek', 'favor', 'favour', 'support', 'oppose', 'endorse', 'back', 'show',
    'indicate', 'recognize', 'accuse', 'blame', 'defend', 'attack', 'deem', 'advocate', 'champion', 'applaud',
    'welcome', 'congratulate', 'express', 'voice', 'decline', 'refuse', 'release', 'address', 'request',
    'name', 'assail', 'downplay', 'invoke', 'reference', 'echo', 'invite', 'encourage',
    'spotlight',
  ],
  [
    'call', 'press', 'find', 'know', 'view', 'plan', 'favor', 'support', 'show', 'thinking', 'expecting', 'knowing', 'echo', 'planning', 'opposing', 'pressing', 'naming', 'ordering', 'releasing', 'feeling', 'talking',
    // ("champion", "champions": mostly the title, "defending champions Lyon", "Reigning champions Portugal beat …".)
    ...['report', 'claim', 'demand', 'offer', 'estimate', 'project', 'question', 'challenge', 'order', 'talk', 'feel', 'back', 'attack', 'release', 'address', 'request', 'name', 'reference', 'champion'].flatMap((verb) => inflect(verb).slice(0, 2)),
  ],
);

/**
 * Nouns for events and visits: they "highlight" or "show" things but never speak, so a cue
 * whose subject they head ("The visit highlights …") attributes nothing.
 */
export const EVENT_NOUNS: ReadonlySet<string> = wordSet([
  'ceremony', 'ceremonies', 'occasion', 'anniversary', 'celebration', 'festival', 'journey',
  'stopover',
], withSForms(['summit', 'visit', 'trip', 'tour']));

/**
 * Last words of the labels that open a header or byline line ("Published: Jun 27, 2024",
 * "Editor's Note: …", "Contributing: …"): such a line has no speaker.
 */
export const HEADER_LABELS: ReadonlySet<string> = wordSet([
  'email', 'read', 'caption', 'update', 'by', 'also', 'more', 'related', 'writing', 'reporting', 'latest',
  'published', 'updated', 'posted', 'filed', 'modified', 'edited', 'revealed', 'contributing', 'contributors',
  'clarification', 'photograph', 'video', 'watch', 'listen', 'tags', 'topics', 'contact', 'date', 'dateline',
  'location', 'disclaimer', 'exclusive', 'breaking', 'editing', 'byline', 'subscribe', 'advertisement',
  'sponsored', 'podcast', 'slideshow', 'question', 'answer', 'definition', 'usage',
], withSForms(['note', 'blog', 'credit', 'editor', 'source', 'correction', 'photo', 'image', 'gallery', 'graphic', 'link']));

/** Nouns for documents, polls and outlets that PolNeAR-style annotation counts as sources. */
export const SOURCE_NOUNS: ReadonlySet<string> = wordSet([
  'organization', 'letter', 'memo', 'filing', 'complaint', 'indictment', 'ruling', 'government',
  'administration', 'people', 'officials', 'experts', 'analysts', 'board', 'committee', 'court', 'panel',
  'commission', 'study', 'studies', 'analysis', 'lawsuit', 'website', 'newspaper', 'paper', 'magazine',
  'network', 'campaign', 'agency', 'department', 'company', 'group', 'office', 'party', 'data', 'records',
  'sources', 'observers', 'voters', 'media',
], withSForms(['report', 'statement', 'document', 'poll', 'survey']));

/** Whether a lower-case head word names a person's role (singular or plural) or a source: one who can say something. */
export const sayerNoun = (word: string): boolean => PERSON_ROLE_NOUNS.has(word) || PERSON_ROLE_NOUNS.has(word.replace(/e?s$/, '')) || SOURCE_NOUNS.has(word);

/**
 * Nouns for works and slogans whose name may follow them in quotation marks ("his 2012 book,
 * “An American Son”", "the campaign slogan, “Yes We Can”"): such a quotation is a title.
 */
export const WORK_NOUNS: ReadonlySet<string> = wordSet([
  'blog', 'show', 'podcast', 'magazine', 'novel', 'album', 'series', 'documentary', 'play',
  'musical', 'slogan', 'motto', 'column', 'newsletter', 'essay', 'poem', 'anthem', 'program',
  'programme', 'hashtag', 'tagline', 'bestseller', 'best-seller', 'autobiography', 'biography',
  'sitcom', 'opera', 'sculpture', 'painting', 'exhibition', 'textbook', 'reads',
], withSForms(['book', 'film', 'movie', 'memoir', 'song']));

/** Nouns for the makers of a work: "a co-author of “…”" names a title. */
export const WORK_MAKER_NOUNS: ReadonlySet<string> = wordSet([
  'director', 'publisher', 'author', 'writer', 'editor', 'host', 'co-author', 'coauthor',
  'co-editor', 'creator', 'producer', 'star', 'composer',
]);

/**
 * Nouns of saying, judging and thinking that take their topic after a preposition ("his
 * attacks on the press", "her support for the bill", "their concerns about costs").
 */
export const TOPIC_NOUNS: ReadonlySet<string> = wordSet([
  'praise', 'worry', 'support', 'defence', 'defense', 'opposition', 'worries', 'condemnation', 'denunciation',
  'stance', 'thoughts', 'skepticism', 'scepticism', 'rejection', 'embrace', 'disdain', 'contempt',
  'admiration',
], withSForms([
    'remark', 'comment', 'question', 'fear', 'doubt', 'view', 'attack', 'warning', 'complaint', 'criticism',
    'concern', 'critique', 'endorsement', 'objection', 'position',
]));

/** Prepositions that open the topic of a noun in `TOPIC_NOUNS`: "attacks on", "support for", "concerns about". */
export const TOPIC_PREPOSITIONS: ReadonlySet<string> = wordSet([
  'on', 'for', 'of', 'to', 'about', 'over', 'against', 'toward', 'towards',
]);

/** Gerunds of saying, the cues a gerund clause reports by (`GERUND_CUES`, `SAYING`): "…, saying the plan failed". */
export const SAYING_GERUNDS: ReadonlySet<string> = new Set([
  'admit', 'say', 'tell', 'add', 'note', 'state', 'ask', 'write', 'describe', 'argue', 'warn', 'insist',
  'tweet', 'explain', 'declare', 'recall', 'claim', 'acknowledge', 'announce', 'suggest', 'complain',
  'predict', 'promise', 'vow', 'urge', 'contend', 'assert', 'charge', 'call', 'criticize', 'praise', 'cite',
  'accuse',
].map((verb) => inflect(verb).at(-1)!));
