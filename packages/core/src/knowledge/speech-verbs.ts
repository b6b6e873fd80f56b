// English speech and reporting verbs, once for every package: quote attribution reads them
// as cues ("said", "told", "argued"), and any stage that needs to know a verb of saying reads
// them here. General English and news-style knowledge, hand-written; never a corpus list.

/** Irregular past forms (past, participle) of verbs in the lists below. */
const IRREGULAR: Record<string, readonly string[]> = {
  say: ['said'],
  tell: ['told'],
  write: ['wrote', 'written'],
  read: ['read'],
  sing: ['sang', 'sung'],
  think: ['thought'],
  feel: ['felt'],
  know: ['knew', 'known'],
  see: ['saw', 'seen'],
  find: ['found'],
  show: ['showed', 'shown'],
  speak: ['spoke', 'spoken'],
  put: ['put'],
  go: ['went', 'gone'],
  shoot: ['shot'],
  seek: ['sought'],
  hold: ['held'],
  teach: ['taught'],
  forecast: ['forecast'],
  foresee: ['foresaw', 'foreseen'],
  swear: ['swore', 'sworn'],
  plead: ['pleaded', 'pled'],
  bid: ['bid'],
  mean: ['meant'],
  hear: ['heard'],
  understand: ['understood'],
  spin: ['spun'],
  begin: ['began', 'begun'],
  lead: ['led'],
  hit: ['hit'],
  cast: ['cast'],
  spit: ['spat', 'spit'],
  sell: ['sold'],
};

/**
 * Verbs of more than one syllable (or with "qu") whose last consonant doubles before -ed and
 * -ing ("admitted", "quipping"); a one-syllable verb doubles by rule ("hitting").
 */
const DOUBLING: readonly string[] = ['admit', 'regret', 'refer', 'prefer', 'confer', 'commit', 'submit', 'permit', 'concur', 'occur', 'deter', 'compel', 'acquit', 'rebut', 'quip', 'begin'];

/**
 * The inflected forms of an English verb of the lists here, or of any regular verb: base,
 * third person, past (and participle) and gerund.
 *
 * @example
 * inflectVerb('say')   //=> ['say', 'says', 'said', 'saying']
 * inflectVerb('argue') //=> ['argue', 'argues', 'argued', 'arguing']
 */
export function inflectVerb(base: string): string[] {
  const forms = new Set<string>([base]);
  // Third person.
  if (/(?:[sxzo]|sh|ch)$/.test(base)) forms.add(`${base}es`);
  else if (/[^aeiou]y$/.test(base)) forms.add(`${base.slice(0, -1)}ies`);
  else forms.add(`${base}s`);
  // Past.
  const irregular = IRREGULAR[base];
  if (irregular) for (const form of irregular) forms.add(form);
  else if (DOUBLING.includes(base)) forms.add(`${base}${base.slice(-1)}ed`);
  else if (base.endsWith('e')) forms.add(`${base}d`);
  else if (/[^aeiou]y$/.test(base)) forms.add(`${base.slice(0, -1)}ied`);
  else if (/^[^aeiou]*[aeiou][bdgmnprt]$/.test(base) && !/[wxy]$/.test(base)) forms.add(`${base}${base.slice(-1)}ed`);
  else forms.add(`${base}ed`);
  // Gerund.
  if (DOUBLING.includes(base)) forms.add(`${base}${base.slice(-1)}ing`);
  else if (/ie$/.test(base)) forms.add(`${base.slice(0, -2)}ying`);
  else if (/[^e]e$/.test(base) && base !== 'see' && base !== 'be') forms.add(`${base.slice(0, -1)}ing`);
  else if (/^[^aeiou]*[aeiou][bdgmnprt]$/.test(base) && !/[wxy]$/.test(base)) forms.add(`${base}${base.slice(-1)}ing`);
  else forms.add(`${base}ing`);
  return [...forms];
}

// The three lists share most of their verbs. Each verb is written once, in the part named for
// the lists that hold it, and each list is joined from its parts: one copy of every word in a
// browser bundle (gzip folds a repeated word only in part). The lists are word sets; their
// order is not a ranking, except that SPEECH_VERBS opens with COMMON_SPEECH_VERBS.

/** Common speech verbs that report speech but not belief ("say", "write", "joke"). */
const COMMON_REPORTING: readonly string[] = [
  'say', 'add', 'write', 'tweet', 'reply', 'joke', 'quip', 'shout', 'yell', 'chant', 'boast', 'brag',
  'assert', 'retort', 'muse', 'exclaim', 'recount', 'plead', 'elaborate', 'advise', 'sing', 'rail',
];

/** Common speech verbs of speech, belief and reporting alike ("tell", "argue", "warn"). */
const COMMON_ALL: readonly string[] = [
  'tell', 'note', 'state', 'ask', 'describe', 'argue', 'warn', 'insist', 'explain', 'declare', 'recall',
  'report', 'claim', 'admit', 'acknowledge', 'announce', 'observe', 'remark', 'suggest', 'complain',
  'predict', 'promise', 'vow', 'pledge', 'urge', 'caution', 'concede', 'confirm', 'deny', 'emphasize',
  'emphasise', 'stress', 'contend', 'allege', 'counter', 'wonder', 'lament', 'testify', 'assure',
  'reiterate', 'demand', 'agree', 'object', 'protest', 'recommend', 'propose', 'reveal', 'disclose',
];

/** Common speech verbs that report belief too ("conclude", "maintain"). */
const COMMON_BELIEF: readonly string[] = [
  'conclude', 'maintain', 'reassure', 'repeat', 'hint', 'proclaim', 'reason',
];

/** Common speech verbs in no other list ("continue", "whisper", "laugh"). */
const COMMON_ONLY: readonly string[] = [
  'continue', 'respond', 'comment', 'scream', 'whisper', 'charge', 'interject', 'cry', 'reflect', 'beg',
  'post', 'text', 'email', 'gush', 'sniff', 'scoff', 'snap', 'bark', 'confess', 'read', 'answer', 'laugh',
  'sigh', 'thunder', 'roar', 'fume', 'crow', 'marvel',
];

/** Other speech verbs of speech, belief and reporting alike ("blast", "cite", "estimate"). */
const SPEECH_ALL: readonly string[] = [
  'rebut', 'tout', 'blast', 'slam', 'criticize', 'criticise', 'praise', 'mock', 'cite', 'remind', 'inform',
  'clarify', 'speculate', 'estimate', 'forecast', 'project', 'dispute', 'question', 'challenge', 'reject',
  'dismiss', 'decry', 'denounce', 'condemn', 'threaten', 'characterize', 'portray', 'mention',
];

/** Other speech verbs that report belief too ("hope", "remember", "find"). */
const SPEECH_BELIEF: readonly string[] = [
  'call', 'quote', 'guess', 'wish', 'hope', 'swear', 'brief', 'remember', 'divulge', 'grant', 'underscore',
  'highlight', 'point', 'push', 'query', 'celebrate', 'thank', 'depict', 'notify', 'find', 'determine',
  'decide', 'judge', 'notice', 'refute',
];

/** Other speech verbs that report speech but not belief ("concur", "label", "discuss"). */
const SPEECH_REPORTING: readonly string[] = [
  'concur', 'chide', 'scold', 'deride', 'relate', 'confide', 'label', 'dub', 'characterise', 'discuss',
];

/** Verbs of belief and of reporting that are not speech verbs ("accuse", "indicate"). */
const BELIEF_REPORTING: readonly string[] = [
  'endorse', 'indicate', 'signal', 'accuse', 'blame', 'applaud', 'hail',
];

/**
 * The speech verbs that most often attribute a quotation: every list of speech cues opens
 * with them.
 *
 * @example
 * COMMON_SPEECH_VERBS[0] //=> 'say'
 */
// concat, not a spread, marked pure: a bundler drops an unused spread only if told it is pure.
export const COMMON_SPEECH_VERBS: readonly string[] = /* @__PURE__ */ COMMON_REPORTING.concat(COMMON_ALL, COMMON_BELIEF, COMMON_ONLY);

/**
 * Verbs that introduce a quotation: "said", "told", "added", "wrote", "tweeted". Any of
 * them may attribute a direct quote before or after it. Base forms; {@link inflectVerb}
 * gives the others.
 *
 * @example
 * SPEECH_VERBS.includes('mutter') //=> true
 */
export const SPEECH_VERBS: readonly string[] = /* @__PURE__ */ COMMON_SPEECH_VERBS.concat(SPEECH_ALL, SPEECH_BELIEF, SPEECH_REPORTING, [
  'open', 'close', 'spit', 'hit', 'begin', 'spin', 'shoot', 'opine', 'intone', 'trumpet', 'preach', 'mutter',
  'murmur', 'stammer', 'blurt', 'recite', 'instruct', 'tease', 'taunt', 'grumble', 'groan', 'moan', 'huff',
  'shrug', 'smile', 'grin', 'nod', 'volunteer', 'offer', 'chime', 'pipe', 'specify', 'summarize',
  'summarise', 'finish', 'start', 'calculate', 'figure', 'surmise', 'posit', 'theorize', 'hypothesize',
  'lambaste', 'rip', 'jab', 'needle', 'swipe', 'vent', 'gripe', 'carp', 'rant', 'holler', 'bellow', 'howl',
  'implore', 'appeal', 'pray', 'narrate', 'recollect', 'reminisce', 'leak', 'allow', 'own', 'profess',
  'avow', 'aver', 'affirm', 'attest', 'certify', 'verify', 'corroborate', 'underline', 'press', 'prod',
  'inquire', 'enquire', 'probe', 'interrupt', 'interpose', 'jump', 'fire', 'hiss', 'growl', 'snarl', 'sneer',
  'smirk', 'chuckle', 'giggle', 'cackle', 'exult', 'rejoice', 'cheer', 'apologize', 'apologise', 'sob',
  'weep', 'wail', 'retweet', 'blog', 'message', 'publish', 'print', 'editorialize', 'headline', 'caption',
  'title', 'brand', 'nickname', 'term', 'paint', 'frame', 'cast', 'pitch', 'sell', 'teach', 'lecture',
  'sermonize', 'alert', 'counsel', 'coach', 'direct', 'order', 'command', 'decree', 'rule', 'hold',
  'pronounce', 'speak', 'talk', 'chat', 'converse', 'rejoin', 'riposte', 'react', 'return', 'contradict',
  'correct', 'amend', 'revise', 'update', 'append', 'insert',
]);

/**
 * Verbs of thought, belief, intention and evidence that PolNeAR-style annotation counts as
 * attribution of reported content: "he thinks that ...", "polls show ...". Base forms.
 *
 * @example
 * BELIEF_VERBS.includes('believe') //=> true
 */
export const BELIEF_VERBS: readonly string[] = /* @__PURE__ */ COMMON_ALL.concat(COMMON_BELIEF, SPEECH_ALL, SPEECH_BELIEF, BELIEF_REPORTING, [
  'regret', 'prefer', 'think', 'believe', 'feel', 'fear', 'expect', 'worry', 'know', 'doubt', 'suspect',
  'assume', 'reckon', 'consider', 'see', 'view', 'regard', 'imagine', 'suppose', 'presume', 'trust', 'want',
  'intend', 'plan', 'aim', 'seek', 'favor', 'favour', 'support', 'oppose', 'back', 'accept', 'show', 'imply',
  'mean', 'demonstrate', 'prove', 'learn', 'discover', 'realize', 'realise', 'recognize', 'recognise',
  'understand', 'disagree', 'credit', 'defend', 'attack', 'anticipate', 'foresee', 'envision', 'envisage',
  'hear', 'sense', 'perceive', 'forget', 'deem', 'rate', 'rank', 'advocate', 'champion', 'ridicule',
  'welcome', 'laud', 'congratulate', 'mourn', 'bemoan', 'contest', 'vouch',
]);

/**
 * Verbs that report speech or writing in a writer's own words ("X said that …", "…, X
 * argued", "X accused Y of …"): the verbs of indirect speech. Base forms.
 *
 * @example
 * REPORTING_VERBS.includes('accuse') //=> true
 */
export const REPORTING_VERBS: readonly string[] = /* @__PURE__ */ COMMON_REPORTING.concat(COMMON_ALL, SPEECH_ALL, SPEECH_REPORTING, BELIEF_REPORTING, [
  'liken', 'compare', 'express', 'voice', 'lash', 'fault', 'rebuke', 'decline', 'refuse',
]);
