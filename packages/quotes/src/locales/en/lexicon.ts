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
  BELIEF_VERBS, COMMON_SPEECH_VERBS, SPEECH_VERBS, REPORTING_VERBS, TITLES as PERSON_TITLES, ENGLISH_WEEKDAY_NAMES, inflectVerb,
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
const build = (bases: readonly string[], except: readonly string[] = []): Set<string> => {
  const forms = new Set<string>();
  for (const base of bases) for (const form of inflect(base)) forms.add(form);
  for (const form of except) forms.delete(form);
  return forms;
};

/** Every inflected form of every speech verb. */
export const SPEECH_FORMS: ReadonlySet<string> = build(SPEECH_VERBS);

/** Every inflected form of every belief or reporting verb, speech verbs included. */
export const REPORT_FORMS: ReadonlySet<string> = (() => {
  const forms = build(BELIEF_VERBS);
  for (const form of SPEECH_FORMS) forms.add(form);
  return forms;
})();

/**
 * The verbs that most often attribute a direct quote, for the strict tests near a quote:
 * a quote followed by ", NP VERB" or ", VERB NP" is attributed only when VERB is in here.
 */
export const QUOTE_CUE_FORMS: ReadonlySet<string> = build([
  // Core's common verbs hold "read" too: a written text's words, with the text as its subject
  // ("“…,” read a statement", "the sign read"; see WRITTEN_TEXTS).
  ...COMMON_SPEECH_VERBS,
  'opine', 'intone', 'tout', 'preach', 'mutter', 'murmur', 'stammer', 'blurt', 'quote', 'recite',
  'remind', 'inform', 'tease', 'taunt', 'chide', 'scold', 'grumble', 'groan', 'moan', 'huff',
  'volunteer', 'offer', 'chime', 'clarify', 'summarize', 'summarise', 'speculate', 'estimate',
  'publish', 'lecture', 'thank', 'apologize', 'apologise', 'sob', 'wail',
  'hiss', 'growl', 'snarl', 'sneer', 'chuckle', 'cackle', 'exult', 'cheer', 'message', 'blog',
  'think', 'believe', 'rant', 'holler', 'bellow', 'howl', 'implore', 'swear', 'aver',
  'affirm', 'attest', 'underscore', 'highlight', 'query', 'inquire', 'enquire', 'interrupt',
  'rejoin', 'riposte', 'rebut', 'threaten', 'mock', 'pray', 'confide', 'relate', 'narrate',
  'go', 'put', 'shoot', 'fire', 'point', 'jump', 'pipe', 'call', 'blast',
  'slam', 'speak', 'beam', 'rave', 'enthuse', 'gasp', 'pant', 'stutter', 'grunt', 'purr',
  'coo', 'croak', 'drawl', 'wheeze', 'chirp', 'gloat', 'rage', 'rasp', 'snort', 'squeal', 'trill',
  'whine', 'yelp', 'spit', 'lash', 'snipe', 'fret', 'worry', 'admonish', 'exhort',
  'beseech', 'cajole', 'coax', 'rebuke', 'reprimand', 'remonstrate',
  // Verbs of naming that introduce a quoted label as "describe" does ("what Fine characterized as her “…”").
  'characterize', 'characterise', 'portray',
]);

/** Adjectives of frequency in -ly that stand before nouns: "quarterly reports", "weekly notes". */
export const PERIODIC_ADJECTIVES: ReadonlySet<string> = wordSet(['quarterly', 'weekly', 'monthly', 'daily', 'yearly', 'hourly', 'biweekly', 'nightly']);

/** Written texts whose words "read" quotes: "“…,” read the statement", "“Closed,” the sign reads". */
export const WRITTEN_TEXTS: ReadonlySet<string> = wordSet([], withSForms([
  'statement', 'letter', 'note', 'notice', 'message', 'post', 'tweet', 'sign', 'placard', 'banner', 'caption', 'release',
  'memo', 'email', 'e-mail', 'text', 'inscription', 'plaque', 'label', 'headline', 'card', 'poster', 'filing', 'complaint',
  'indictment', 'report', 'document', 'citation', 'order', 'ruling', 'verdict', 'warning', 'sticker', 'flyer', 'leaflet',
]));

/** Verb forms that need a particle to attribute: "pointed out", "went on", "shot back". */
export const PARTICLE_CUES: Readonly<Record<string, readonly string[]>> = {
  point: ['out'],
  go: ['on'],
  shoot: ['back'],
  fire: ['back'],
  put: ['it'],
  jump: ['in'],
  pipe: ['up', 'in'],
  chime: ['in'],
  call: ['out'],
  speak: ['out', 'up'],
  hit: ['back'],
  push: ['back'],
};

/** Forms (inflected) of verbs that only attribute with a particle. */
export const PARTICLE_VERB_FORMS: ReadonlyMap<string, readonly string[]> = (() => {
  const map = new Map<string, readonly string[]>();
  for (const [base, particles] of Object.entries(PARTICLE_CUES)) for (const form of inflect(base)) map.set(form, particles);
  return map;
})();

/** Words that can stand between a subject and its verb: "he also said", "Wang later told". */
export const INTERVENING: ReadonlySet<string> = wordSet([
  'also', 'later', 'then', 'once', 'previously', 'recently', 'repeatedly', 'reportedly', 'publicly',
  'privately', 'just', 'already', 'often', 'never', 'even', 'still', 'again', 'first', 'finally',
  'initially', 'earlier', 'subsequently', 'simply', 'further', 'flatly', 'quickly', 'immediately',
  'herself', 'himself', 'themselves', 'itself', 'themself', 'angrily', 'bluntly', 'calmly',
  'candidly', 'confidently', 'emphatically', 'firmly', 'frankly', 'happily', 'proudly', 'quietly',
  'sarcastically', 'sharply', 'softly', 'tersely', 'wryly', 'jokingly', 'openly', 'loudly',
  'clearly', 'directly', 'explicitly', 'specifically', 'separately', 'similarly', 'likewise', 'too',
  'not', 'shall', 'always', 'usually', 'frequently', 'routinely', 'consistently', 'persistently',
  'famously', 'memorably', 'infamously', 'notably', 'pointedly', 'tellingly', 'defiantly',
  'cheerfully', 'tearfully', 'solemnly', 'long', 'somberly', 'gravely', 'wistfully', 'cautiously',
  'carefully', 'eagerly', 'now', 'currently', 'formerly', 'quite', 'perhaps', 'ever', 'here',
  'sometimes', 'seldom', 'indeed', 'almost', 'soon', 'instead', 'alone', 'nonetheless',
  'nevertheless', 'meanwhile', 'rather',
], MODAL_VERBS, FINITE_BE, BE_NONFINITE, HAVE_FORMS, DO_FORMS, TIME_ADVERBS);

/** Days and parts of day that may follow a cue: "said Tuesday", "told reporters on Monday". */
export const TIME_WORDS: ReadonlySet<string> = wordSet([
  'week', 'weekend', 'month', 'year', 'earlier', 'later', 'recently', 'last', 'this', 'next', 'on',
  'in', 'at', 'during', 'after', 'before', 'day', 'days', 'ago', 'then', 'now',
], DAY_PARTS, TIME_ADVERBS, ENGLISH_WEEKDAY_NAMES.names);

/** Personal, relative and possessive pronouns that can stand for a speaker. */
export const PRONOUNS: ReadonlySet<string> = wordSet([
  'it', 'you', 'that', 'my', 'your', 'one', 'this', 'someone', 'somebody', 'everyone', 'everybody',
  'anyone', 'nobody', 'others',
], QUANTIFIERS, PERSONAL_SUBJECTS, OBJECT_CASE, POSSESSIVES, RELATIVES);

/** Subject pronouns: the pronoun speakers of "he said", "who told". */
export const SUBJECT_PRONOUNS: ReadonlySet<string> = wordSet(['it', 'you', 'who', 'which', 'that'], PERSONAL_SUBJECTS);

/** Determiners and quantifiers that open a noun phrase. */
export const DETERMINERS: ReadonlySet<string> = wordSet([
  'that', 'my', 'your', 'other', 'another', 'every', 'no', 'any', 'more', 'such', 'whose',
  'various', 'numerous', 'dozens', 'hundreds', 'thousands', 'millions',
], NUMBER_WORDS, QUANTIFIERS, POSSESSIVES, ARTICLES, DEMONSTRATIVES);

/**
 * Words that end a noun phrase scanned backwards from a cue: conjunctions, subordinators,
 * prepositions that open adverbials, auxiliaries and common clause verbs.
 */
export const NP_STOP: ReadonlySet<string> = wordSet([
  'nor', 'so', 'yet', 'as', 'when', 'whenever', 'where', 'unless', 'once', 'that', 'than', 'then',
  'there', 'here', 'shall', 'not', 'without', 'onto', 'against', 'between', 'unlike', 'upon',
  'toward', 'towards', 'via', 'per', 'later', 'earlier', 'ago', 'yesterday', 'today', 'it',
  'whether', 'both', 'either', 'neither', 'all', 'added', 'adds', 'noted', 'wrote', 'asked',
  'according', 'out', 'up', 'down', 'off',
], MODAL_VERBS, BASIC_PREPOSITIONS, PHRASE_PREPOSITIONS, FOCUS_ADVERBS, DISCOURSE_ADVERBS, SAY_CUES, FINITE_BE, RELATIVES, CONTRASTIVES, CONCESSIVE_PREPOSITIONS, CONNECTIVE_ADVERBS, BE_NONFINITE, HAVE_FORMS, DO_FORMS, DEMONSTRATIVES, WH_ADVERBS, COORDINATING_CONJUNCTIONS, CAUSALS, TIME_SUBORDINATORS, LINK_PREPOSITIONS);

/**
 * Common adjectives and degree or manner adverbs with no everyday noun reading: one of them
 * alone, in lower case, is no subject ("much thought", "big reveal" read as a cue). Quantifiers
 * that stand for people ("many", "more", "few", "some") are not here.
 */
export const LONE_MODIFIERS: ReadonlySet<string> = wordSet([
  'very', 'too', 'quite', 'rather', 'much', 'pretty', 'fairly', 'twice', 'together', 'outright',
  'almost', 'nearly', 'already', 'always', 'never', 'often', 'soon', 'big', 'small', 'great',
  'good', 'bad', 'better', 'best', 'worse', 'worst', 'easy', 'easier', 'hard', 'harder', 'deep',
  'strong', 'weak', 'bold', 'loud', 'fake', 'unfair', 'complete', 'whole', 'full', 'live', 'new',
  'old', 'high', 'low', 'true', 'false', 'real', 'clear', 'busy', 'modern', 'penultimate', 'recent',
  'previous', 'current',
]);

/**
 * Nouns (and adjectives that stand as nouns) ending in -ly: a one-word subject in -ly is
 * otherwise an adverb ("Eventually named …", "outright rejects …"), never a speaker.
 */
export const LY_NOUNS: ReadonlySet<string> = wordSet([
  'family', 'ally', 'assembly', 'supply', 'rally', 'anomaly', 'monopoly', 'bully', 'homily',
  'butterfly', 'jelly', 'belly', 'lily', 'daily', 'weekly', 'monthly', 'quarterly', 'yearly',
  'elderly', 'melancholy', 'folly', 'trolley', 'gully', 'panoply',
]);

/**
 * Words that are never a speaker on their own: articles, conjunctions and subordinators,
 * prepositions, wh-words, auxiliaries and speech verbs (not pronouns, quantifiers or numbers,
 * which may stand for people: "Some said", "Six in 10 said").
 */
export const NON_SPEAKER_WORDS: ReadonlySet<string> = new Set([
  'the', 'an', 'and', 'but', 'or', 'nor', 'so', 'yet', 'while', 'whereas', 'as', 'when', 'whenever', 'where', 'because', 'since', 'if',
  'unless', 'although', 'though', 'once', 'until', 'whether', 'than', 'then', 'there', 'here', 'what', 'why', 'how', 'to', 'by', 'with',
  'without', 'about', 'into', 'onto', 'over', 'under', 'through', 'during', 'against', 'between', 'among', 'amid', 'despite', 'like',
  'unlike', 'upon', 'toward', 'towards', 'via', 'per', 'in', 'on', 'at', 'for', 'from', 'of', 'out', 'up', 'down', 'off', 'after',
  'before', 'is', 'are', 'was', 'were', 'be', 'been', 'being', 'has', 'have', 'had', 'do', 'does', 'did', 'will', 'would', 'can',
  'could', 'may', 'might', 'must', 'shall', 'should', 'said', 'says', 'say', 'told', 'tells', 'added', 'adds', 'noted', 'wrote',
  'asked', 'according', 'however', 'meanwhile', 'instead', 'indeed', 'thus', 'therefore', 'moreover', 'furthermore', 'nevertheless',
  // Negated auxiliaries and the auxiliary participles ("it cannot tell you …", "Don't expect …",
  // "Having described …"): a verb, never the subject.
  'cannot', 'having', 'being',
  // Verbs of aspect before a gerund ("… began talking about …", "kept asking her why …"): the
  // subject stands before them.
  'begin', 'begins', 'began', 'begun', 'start', 'starts', 'started', 'keep', 'keeps', 'kept', 'continue', 'continues', 'continued',
  'stop', 'stops', 'stopped', 'quit', 'finish', 'finishes', 'finished',
  // Irregular past tenses with no noun reading ("“…,” came shouts from the crowd"): a verb,
  // never the subject; those in -ed are read by the speaker step's participle check.
  'came', 'went', 'took', 'gave', 'became', 'brought', 'knew', 'grew', 'threw', 'spoke', 'sought', 'got', 'made',
  ...["can't", "won't", "couldn't", "don't", "doesn't", "didn't", "wouldn't", "shouldn't", "mustn't", "isn't", "aren't", "wasn't", "weren't", "hasn't", "haven't", "hadn't"]
    .flatMap((word) => [word, word.replace("'", '\u2019')]),
]);

/** Subordinators that open a fronted clause with a subject of its own: "If the board saw it, …", "After the vote passed, …". */
export const FRONTED_SUBORDINATORS: ReadonlySet<string> = wordSet(['when', 'whenever', 'once', 'unless', 'as'], CONTRASTIVES, CAUSALS, TIME_SUBORDINATORS);

/** Prepositions that may continue a noun phrase and join a role to its organisation: "a spokesman for the campaign", "director of". */
export const NP_PREPOSITIONS: ReadonlySet<string> = wordSet(['with', 'to'], BASIC_PREPOSITIONS);
/** Prepositions of place that put people somewhere inside a subject: "residents near the plant", "voters across the state". */
export const PLACE_PREPOSITIONS: ReadonlySet<string> = wordSet([
  'near', 'outside', 'inside', 'across', 'around', 'behind', 'beside', 'throughout', 'along',
  'beyond', 'within', 'among',
]);

/** Leading words of a sentence that are not part of its subject. */
export const LEADING_ADVERBIALS: ReadonlySet<string> = wordSet([
  'so', 'yet', 'then', 'moreover', 'furthermore', 'later', 'earlier', 'previously', 'finally',
  'separately', 'similarly', 'likewise', 'as', 'when', 'once', 'where', 'unless', 'yes', 'no',
  'well', 'oh', 'again', 'there', 'here', 'thus', 'hence',
], FOCUS_ADVERBS, CONTRASTIVES, CONNECTIVE_ADVERBS, COORDINATING_CONJUNCTIONS, CAUSALS, TIME_SUBORDINATORS);

/** Titles and honorifics that precede a name, "former" and "acting" among them: core's TITLES. */
export const TITLES: ReadonlySet<string> = new Set(PERSON_TITLES);

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
  // arrays).
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
    'congressman:representative,rep,lawmaker;congresswoman:representative,rep,lawmaker;' +
    'governor:gov;president:head of state;candidate:nominee,hopeful,contender,challenger;' +
    'nominee:candidate;' +
    'executive:ceo,chief,president,chairman,chairwoman,director,manager,founder,officer;' +
    'spokesman:spokeswoman,spokesperson,press secretary,representative;' +
    'spokeswoman:spokesman,spokesperson,press secretary,representative;' +
    'spokesperson:spokesman,spokeswoman,press secretary,representative;' +
    'leader:head,chief,chairman,chairwoman,president,secretary-general,premier,prime minister;' +
    'chief:head,director,chairman,chairwoman,president,ceo;' +
    'lawyer:attorney,counsel,solicitor,barrister;attorney:lawyer,counsel,prosecutor;' +
    'prosecutor:attorney;judge:justice;economist:analyst,expert;' +
    'strategist:adviser,advisor,consultant,operative;' +
    'adviser:advisor,aide,counselor,consultant,strategist;' +
    'advisor:adviser,aide,counselor,consultant,strategist;aide:adviser,advisor,assistant,staffer;' +
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
    .map((entry) => {
      const [role, synonyms] = entry.split(':') as [string, string];
      return [role, [role, ...synonyms.split(',')]];
    }),
);

/**
 * Collective nouns of sources that a sentence's first capital makes look like names
 * ("Police said …", "Management told staff …"): a group, never a person named.
 */
export const COLLECTIVE_SOURCES: ReadonlySet<string> = wordSet([
  'police', 'government', 'management', 'staff', 'military', 'army', 'security', 'prosecution',
  'defence', 'defense', 'administration', 'cabinet', 'leadership', 'opposition', 'press', 'media',
  'public', 'clergy', 'crew', 'personnel',
]);

/** Nouns that can head a description of a person (role nouns): every word of `ROLE_SYNONYMS` and these. */
export const PERSON_ROLE_NOUNS: ReadonlySet<string> = new Set([
  ...Object.values(ROLE_SYNONYMS).flat(),
  'man', 'woman', 'boy', 'girl', 'resident', 'voter', 'supporter', 'critic', 'source', 'witness',
  'victim', 'mother', 'father', 'son', 'daughter', 'wife', 'husband', 'widow', 'veteran',
  'student', 'teacher', 'worker', 'employee', 'farmer', 'nurse', 'president-elect', 'treasurer',
  'chancellor', 'king', 'queen', 'prince', 'pope', 'republican', 'democrat', 'conservative',
  'liberal', 'progressive', 'delegate', 'host', 'anchor', 'commentator', 'blogger', 'pundit',
  'historian', 'engineer', 'psychologist', 'sociologist', 'politician', 'statesman', 'frontrunner',
  'front-runner', 'incumbent', 'rival', 'opponent', 'ally', 'friend', 'colleague', 'partner',
  'councillor', 'councilor', 'councilman', 'councilwoman', 'assemblyman', 'assemblywoman', 'boss',
  'skipper', 'captain', 'goalkeeper', 'winger', 'teammate',
]);

/**
 * Verbs that report speech or writing in a writer's own words ("X said that …", "…, X
 * argued", "X accused Y of …"): cues of reported content whatever follows them.
 */
export const INDIRECT_CUE_FORMS: ReadonlySet<string> = (() => {
  // Forms that are mostly nouns, adjectives or other senses are left out.
  const forms = build(REPORTING_VERBS, [
    'state', 'states', 'report', 'reports', 'question', 'questions', 'counter', 'counters',
    'project', 'projects', 'projected', 'projecting', 'object', 'objects', 'protest', 'protests',
    'challenge', 'challenges', 'challenging', 'demand', 'demands', 'estimate', 'estimates',
    'forecast', 'forecasts', 'signal', 'signals', 'express', 'voice', 'voices', 'relate', 'relates',
    'related', 'relating', 'compare', 'compares', 'compared', 'comparing', 'hail', 'mention',
    'discuss', 'tout', 'label', 'labels', 'pledge', 'pledges', 'promise', 'promises', 'claim',
    'claims', 'threaten', 'decline', 'declines', 'declining', 'refuse', 'vow', 'vows', 'joke',
    'jokes', 'muse', 'sing', 'sings', 'sang', 'singing', 'chant', 'chants', 'shout', 'shouts',
    'yell', 'yells', 'lash', 'lashes', 'rail', 'rails', 'fault', 'faults', 'dub', 'dubs',
    'blast', 'blasts', 'slam', 'slams', 'quip', 'quips', 'retort', 'rebut', 'plead',
    'caution', 'cautions', 'reply', 'replies', 'boast', 'boasts', 'brag', 'brags', 'tweet',
    'tweets', 'note', 'notes', 'praise', 'blame', 'dismiss', 'reject', 'endorse', 'recommend',
    'propose', 'remind', 'inform', 'advise', 'deny', 'warn', 'urge', 'cite', 'describe',
    'condemn', 'denounce', 'decry', 'accuse', 'criticize', 'criticise', 'mock', 'applaud',
    'rebuke', 'deride', 'portray', 'characterize', 'dispute', 'indicate', 'agree', 'concur',
  ]);
  forms.add('according');
  return forms;
})();

/**
 * Verbs of belief, knowledge and evidence that report content only with a clause after
 * them ("X thinks that …", "polls show that …", "she fears she …").
 */
export const CLAUSE_CUE_FORMS: ReadonlySet<string> = build(
  [
    'think', 'believe', 'feel', 'fear', 'hope', 'expect', 'worry', 'know', 'doubt', 'show',
    'find', 'learn', 'realize', 'realise', 'understand', 'suspect', 'assume', 'imply', 'signal',
    'indicate', 'agree', 'deny', 'warn', 'remind', 'assure', 'predict', 'estimate', 'argue',
    'recognize', 'recognise', 'conclude', 'determine', 'decide', 'reckon', 'guess',
    'sense', 'notice', 'discover', 'maintain', 'hold', 'contend', 'suggest', 'insist', 'claim',
    'promise', 'pledge', 'vow', 'threaten', 'complain', 'note', 'fret', 'acknowledge', 'remember',
    'forget', 'hear', 'see', 'read', 'mean', 'prove', 'demonstrate', 'reveal', 'confirm', 'imagine',
    'report',
  ],
  ['showing', 'finding', 'meaning', 'reading', 'hearing', 'holding', 'seeing', 'sense', 'read', 'hold', 'see', 'mean', 'show', 'find'],
);

/**
 * Every form of every verb of speech, belief or reporting (core's lists), nouns and other
 * senses included: a cue only where "that" and a clause's subject follow it ("the judge
 * ruled that …", "she bemoaned that …"), which no noun or other sense takes.
 */
export const THAT_CLAUSE_FORMS: ReadonlySet<string> = build([...SPEECH_VERBS, ...BELIEF_VERBS, ...REPORTING_VERBS]);

/**
 * Adjectives of belief and fear that take a clause after a linking verb ("is confident that …",
 * "were adamant that …", "came away convinced that …"), and the linking verbs before them.
 * Feelings about a fact ("angry that", "proud that") are not views and stay out, and so is
 * "unaware that": what one does not know is no view of one's own.
 */
export const BELIEF_ADJECTIVES: ReadonlySet<string> = wordSet([
  'confident', 'convinced', 'certain', 'sure', 'aware', 'adamant', 'insistent', 'hopeful',
  'optimistic', 'pessimistic', 'skeptical', 'sceptical', 'doubtful', 'worried', 'concerned',
  'afraid', 'fearful', 'persuaded',
]);
export const LINKING_VERBS: ReadonlySet<string> = wordSet(['am', 'remained', 'felt', 'became', 'grew', 'grown', 'stayed'], withSForms(['remain', 'feel', 'become', 'grow', 'stay']), FINITE_BE, BE_NONFINITE);

/**
 * Phrases of saying built on "make" (a light verb): its forms, the adjective it makes its
 * object ("made it clear that …", "made clear he …", "made it plain", "made known") and the
 * nouns it makes before "that" ("made the case that …", "made the point that …").
 */
// (Not "making": "Obama, making it clear that …, stood …" is a participle clause inside the subject.)
export const MAKE_FORMS: ReadonlySet<string> = wordSet(['make', 'makes', 'made']);
export const MADE_SAYING_ADJECTIVES: ReadonlySet<string> = wordSet(['clear', 'plain', 'known', 'explicit']);
export const MADE_SAYING_NOUNS: ReadonlySet<string> = wordSet(['case', 'point', 'argument', 'claim']);

/**
 * Verbs of judgement, support and intention that PolNeAR-style annotation counts as
 * attribution with an object ("X endorsed Clinton", "X wants to …", "X opposed the deal").
 */
export const WEAK_CUE_FORMS: ReadonlySet<string> = build(
  [
    'want', 'hope', 'plan', 'intend', 'seek', 'expect', 'support', 'oppose', 'endorse', 'back',
    'favor', 'favour', 'prefer', 'criticize', 'criticise', 'praise', 'accuse', 'blame', 'defend',
    'attack', 'reject', 'dismiss', 'welcome', 'applaud', 'condemn', 'denounce', 'decry', 'mock',
    'question', 'challenge', 'dispute', 'deny', 'call', 'describe', 'label', 'dub', 'consider',
    'view', 'regard', 'see', 'believe', 'think', 'fear', 'worry', 'doubt', 'know', 'recognize',
    'acknowledge', 'promise', 'vow', 'pledge', 'threaten', 'propose', 'recommend', 'urge',
    'demand', 'refuse', 'decline', 'agree', 'cite', 'mention', 'discuss', 'address',
    'express', 'voice', 'announce', 'reveal', 'disclose', 'report', 'show', 'find', 'suggest',
    'indicate', 'estimate', 'predict', 'project', 'warn', 'thank', 'congratulate', 'blast',
    'slam', 'tout', 'champion', 'advocate', 'press', 'argue', 'assail', 'downplay', 'invoke',
    'reference',
    'offer', 'name', 'refer', 'talk', 'order', 'deem', 'release',
    'identify', 'echo', 'respond', 'feel', 'emphasize', 'highlight', 'ask', 'request',
    'invite', 'encourage', 'allege', 'insist', 'claim', 'spotlight',
  ],
  ['reference', 'references', 'back', 'backs', 'see', 'seeing', 'address', 'addresses', 'press', 'show', 'find', 'view', 'call', 'plan', 'report', 'reports', 'question', 'questions', 'challenge', 'challenges', 'attack', 'attacks', 'support', 'favor', 'project', 'projects', 'estimate', 'estimates', 'demand', 'demands', 'know', 'knowing', 'thinking', 'planning', 'expecting', 'opposing', 'pressing', 'offer', 'offers', 'name', 'names', 'talk', 'talks', 'order', 'orders', 'release', 'releases', 'echo', 'feel', 'feels', 'request', 'requests', 'claim', 'claims', 'naming', 'ordering', 'releasing', 'feeling', 'talking'],
);

/**
 * Nouns for events and visits: they "highlight" or "show" things but never speak, so a cue
 * whose subject they head ("The visit highlights …") attributes nothing.
 */
export const EVENT_NOUNS: ReadonlySet<string> = wordSet([
  'ceremony', 'ceremonies', 'occasion', 'anniversary', 'celebration', 'festival', 'journey',
  'stopover',
], withSForms(['visit', 'trip', 'tour', 'summit']));

/**
 * Last words of the labels that open a header or byline line ("Published: Jun 27, 2024",
 * "Editor's Note: …", "Contributing: …"): such a line has no speaker.
 */
export const HEADER_LABELS: ReadonlySet<string> = wordSet([
  'published', 'updated', 'posted', 'filed', 'modified', 'edited', 'revealed', 'contributing',
  'contributors', 'clarification', 'update', 'photograph', 'caption', 'video', 'watch', 'read',
  'listen', 'related', 'tags', 'topics', 'contact', 'email', 'date', 'dateline', 'location',
  'disclaimer', 'exclusive', 'breaking', 'latest', 'reporting', 'writing', 'editing', 'byline',
  'by', 'subscribe', 'advertisement', 'more', 'also', 'sponsored', 'podcast', 'slideshow',
], withSForms(['correction', 'note', 'source', 'photo', 'credit', 'image', 'editor', 'blog', 'gallery', 'graphic', 'link']));

/** Nouns for documents, polls and outlets that PolNeAR-style annotation counts as sources. */
export const SOURCE_NOUNS: ReadonlySet<string> = wordSet([
  'study', 'studies', 'letter', 'memo', 'analysis', 'filing', 'complaint', 'lawsuit',
  'indictment', 'ruling', 'website', 'newspaper', 'paper', 'magazine', 'network', 'campaign',
  'committee', 'agency', 'department', 'administration', 'government', 'company', 'group',
  'organization', 'office', 'party', 'court', 'board', 'panel', 'commission', 'data', 'records',
  'officials', 'sources', 'observers', 'experts', 'analysts', 'people', 'voters',
], withSForms(['report', 'poll', 'survey', 'statement', 'document']));

/** Whether a lower-case head word names a person's role (singular or plural) or a source: one who can say something. */
export const sayerNoun = (word: string): boolean => PERSON_ROLE_NOUNS.has(word) || PERSON_ROLE_NOUNS.has(word.replace(/e?s$/, '')) || SOURCE_NOUNS.has(word);

/**
 * Nouns for works and slogans whose name may follow them in quotation marks ("his 2012 book,
 * “An American Son”", "the campaign slogan, “Yes We Can”"): such a quotation is a title.
 */
export const WORK_NOUNS: ReadonlySet<string> = wordSet([
  'novel', 'album', 'show', 'podcast', 'series', 'documentary', 'play', 'musical', 'slogan',
  'motto', 'column', 'newsletter', 'essay', 'poem', 'anthem', 'program', 'programme', 'hashtag',
  'tagline', 'bestseller', 'best-seller', 'autobiography', 'biography', 'sitcom', 'opera',
  'sculpture', 'painting', 'exhibition', 'blog', 'magazine', 'textbook', 'reads',
], withSForms(['book', 'film', 'movie', 'memoir', 'song']));

/** Nouns for the makers of a work: "a co-author of “…”" names a title. */
export const WORK_MAKER_NOUNS: ReadonlySet<string> = wordSet([
  'author', 'co-author', 'coauthor', 'editor', 'co-editor', 'writer', 'director', 'creator',
  'producer', 'host', 'star', 'composer', 'publisher',
]);

/**
 * Nouns of saying, judging and thinking that take their topic after a preposition ("his
 * attacks on the press", "her support for the bill", "their concerns about costs").
 */
export const TOPIC_NOUNS: ReadonlySet<string> = wordSet([
  'opposition', 'support', 'praise', 'worry', 'worries', 'defense', 'defence', 'condemnation',
  'denunciation', 'stance', 'thoughts', 'skepticism', 'scepticism', 'rejection', 'embrace',
  'disdain', 'contempt', 'admiration',
], withSForms([
    'attack', 'criticism', 'critique', 'endorsement', 'question', 'concern', 'complaint', 'comment',
    'remark', 'doubt', 'fear', 'view', 'objection', 'warning', 'position',
]));

/** Prepositions that open the topic of a noun in `TOPIC_NOUNS`: "attacks on", "support for", "concerns about". */
export const TOPIC_PREPOSITIONS: ReadonlySet<string> = wordSet([
  'on', 'of', 'about', 'for', 'to', 'against', 'over', 'toward', 'towards',
]);
