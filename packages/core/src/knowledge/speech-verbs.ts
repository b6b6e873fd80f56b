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
  fire: ['fired'],
  seek: ['sought'],
  hold: ['held'],
  teach: ['taught'],
  forecast: ['forecast'],
  foresee: ['foresaw', 'foreseen'],
  swear: ['swore', 'sworn'],
  cry: ['cried'],
  reply: ['replied'],
  deny: ['denied'],
  testify: ['testified'],
  quip: ['quipped'],
  plead: ['pleaded', 'pled'],
  bid: ['bid'],
  mean: ['meant'],
  hear: ['heard'],
  understand: ['understood'],
  tweet: ['tweeted'],
  spin: ['spun'],
  begin: ['began', 'begun'],
  lead: ['led'],
  hit: ['hit'],
  cast: ['cast'],
  spit: ['spat', 'spit'],
  sell: ['sold'],
  rebut: ['rebutted'],
  admit: ['admitted'],
  regret: ['regretted'],
  refer: ['referred'],
  prefer: ['preferred'],
  confer: ['conferred'],
  commit: ['committed'],
  submit: ['submitted'],
  permit: ['permitted'],
  concur: ['concurred'],
  occur: ['occurred'],
  deter: ['deterred'],
  compel: ['compelled'],
  acquit: ['acquitted'],
};

/** Verbs whose last consonant doubles before -ing like their past. */
const DOUBLING: readonly string[] = ['admit', 'regret', 'refer', 'prefer', 'confer', 'commit', 'submit', 'permit', 'concur', 'occur', 'deter', 'compel', 'acquit', 'rebut', 'quip', 'hit', 'put', 'spit', 'begin', 'spin', 'shoot'];

/** Verbs whose -ing doubles a final t ("admitting"), unlike the other doublers that end in t. */
const DOUBLING_T: readonly string[] = ['admit', 'regret', 'commit', 'submit', 'permit', 'acquit', 'rebut', 'hit', 'put', 'spit'];

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
  else if (base.endsWith('e')) forms.add(`${base}d`);
  else if (/[^aeiou]y$/.test(base)) forms.add(`${base.slice(0, -1)}ied`);
  else if (/^[^aeiou]*[aeiou][bdgmnprt]$/.test(base) && !/[wxy]$/.test(base)) forms.add(`${base}${base.slice(-1)}ed`);
  else forms.add(`${base}ed`);
  // Gerund.
  if (DOUBLING.includes(base) && !base.endsWith('t') || DOUBLING_T.includes(base)) forms.add(`${base}${base.slice(-1)}ing`);
  else if (base === 'shoot') forms.add('shooting');
  else if (/ie$/.test(base)) forms.add(`${base.slice(0, -2)}ying`);
  else if (/[^e]e$/.test(base) && base !== 'see' && base !== 'be') forms.add(`${base.slice(0, -1)}ing`);
  else if (/^[^aeiou]*[aeiou][bdgmnprt]$/.test(base) && !/[wxy]$/.test(base)) forms.add(`${base}${base.slice(-1)}ing`);
  else forms.add(`${base}ing`);
  return [...forms];
}

/**
 * The speech verbs that most often attribute a quotation, in this order: every list of
 * speech cues opens with them.
 *
 * @example
 * COMMON_SPEECH_VERBS[0] //=> 'say'
 */
export const COMMON_SPEECH_VERBS: readonly string[] = [
  'say', 'tell', 'add', 'note', 'state', 'ask', 'write', 'describe', 'argue', 'warn', 'insist',
  'tweet', 'explain', 'continue', 'reply', 'respond', 'declare', 'conclude', 'recall', 'report',
  'claim', 'admit', 'acknowledge', 'announce', 'observe', 'remark', 'suggest', 'comment', 'joke',
  'quip', 'complain', 'shout', 'yell', 'chant', 'scream', 'whisper', 'boast', 'brag', 'predict',
  'promise', 'vow', 'pledge', 'urge', 'caution', 'concede', 'confirm', 'deny', 'emphasize',
  'emphasise', 'stress', 'maintain', 'contend', 'assert', 'allege', 'charge', 'counter', 'retort',
  'interject', 'muse', 'wonder', 'lament', 'cry', 'exclaim', 'testify', 'assure', 'reassure',
  'reiterate', 'repeat', 'recount', 'reflect', 'demand', 'plead', 'beg', 'post', 'text', 'email',
  'gush', 'sniff', 'scoff', 'snap', 'bark', 'hint', 'elaborate', 'agree', 'object', 'protest',
  'proclaim', 'advise', 'recommend', 'propose', 'confess', 'reveal', 'disclose', 'read', 'sing',
  'answer', 'reason', 'laugh', 'sigh', 'thunder', 'roar', 'rail', 'fume', 'crow', 'marvel',
];

/**
 * Verbs that introduce a quotation: "said", "told", "added", "wrote", "tweeted". Any of
 * them may attribute a direct quote before or after it. Base forms; {@link inflectVerb}
 * gives the others.
 *
 * @example
 * SPEECH_VERBS.includes('mutter') //=> true
 */
// concat, not a spread, marked pure: a bundler drops an unused spread only if told it is pure.
export const SPEECH_VERBS: readonly string[] = /* @__PURE__ */ COMMON_SPEECH_VERBS.concat([
  'open', 'close', 'spit', 'concur', 'rebut', 'hit', 'begin', 'spin', 'shoot', 'opine', 'intone', 'tout',
  'trumpet', 'preach', 'mutter', 'murmur', 'stammer', 'blurt', 'call', 'blast', 'slam', 'criticize',
  'criticise', 'praise', 'mock', 'quote', 'cite', 'recite', 'remind', 'inform', 'instruct', 'tease', 'taunt',
  'chide', 'scold', 'grumble', 'groan', 'moan', 'huff', 'shrug', 'smile', 'grin', 'nod', 'volunteer', 'offer',
  'chime', 'pipe', 'clarify', 'specify', 'summarize', 'summarise', 'finish', 'start', 'speculate', 'estimate',
  'forecast', 'project', 'calculate', 'guess', 'figure', 'surmise', 'posit', 'theorize', 'hypothesize',
  'dispute', 'question', 'challenge', 'reject', 'dismiss', 'deride', 'decry', 'denounce', 'condemn',
  'lambaste', 'rip', 'jab', 'needle', 'swipe', 'vent', 'gripe', 'carp', 'rant', 'holler', 'bellow', 'howl',
  'implore', 'appeal', 'pray', 'wish', 'hope', 'swear', 'threaten', 'brief', 'relate', 'narrate', 'recollect',
  'remember', 'reminisce', 'confide', 'divulge', 'leak', 'grant', 'allow', 'own', 'profess', 'avow', 'aver',
  'affirm', 'attest', 'certify', 'verify', 'corroborate', 'underscore', 'underline', 'highlight', 'point',
  'press', 'push', 'prod', 'query', 'inquire', 'enquire', 'probe', 'interrupt', 'interpose', 'jump', 'fire',
  'hiss', 'growl', 'snarl', 'sneer', 'smirk', 'chuckle', 'giggle', 'cackle', 'exult', 'rejoice', 'cheer',
  'celebrate', 'thank', 'apologize', 'apologise', 'sob', 'weep', 'wail', 'retweet', 'blog', 'message',
  'publish', 'print', 'editorialize', 'headline', 'caption', 'title', 'label', 'dub', 'brand', 'nickname',
  'term', 'characterize', 'characterise', 'portray', 'depict', 'paint', 'frame', 'cast', 'pitch', 'sell',
  'teach', 'lecture', 'sermonize', 'alert', 'notify', 'counsel', 'coach', 'direct', 'order', 'command',
  'decree', 'rule', 'find', 'determine', 'decide', 'judge', 'hold', 'pronounce', 'speak', 'talk', 'chat',
  'converse', 'discuss', 'mention', 'notice', 'rejoin', 'riposte', 'react', 'return', 'refute', 'contradict',
  'correct', 'amend', 'revise', 'update', 'append', 'insert',
]);

/**
 * Verbs of thought, belief, intention and evidence that PolNeAR-style annotation counts as
 * attribution of reported content: "he thinks that ...", "polls show ...". Base forms.
 *
 * @example
 * BELIEF_VERBS.includes('believe') //=> true
 */
export const BELIEF_VERBS: readonly string[] = [
  'admit', 'regret', 'prefer', 'rebut', 'tell', 'note', 'state', 'ask', 'describe', 'argue', 'warn', 'insist',
  'explain', 'declare', 'conclude', 'recall', 'report', 'claim', 'acknowledge', 'announce', 'observe',
  'remark', 'suggest', 'complain', 'predict', 'promise', 'vow', 'pledge', 'urge', 'caution', 'concede',
  'confirm', 'deny', 'emphasize', 'emphasise', 'stress', 'maintain', 'contend', 'allege', 'counter', 'wonder',
  'lament', 'testify', 'assure', 'reassure', 'reiterate', 'repeat', 'demand', 'hint', 'agree', 'object',
  'protest', 'proclaim', 'recommend', 'propose', 'reveal', 'disclose', 'reason', 'tout', 'call', 'blast',
  'slam', 'criticize', 'criticise', 'praise', 'mock', 'quote', 'cite', 'remind', 'inform', 'clarify',
  'speculate', 'estimate', 'forecast', 'project', 'guess', 'dispute', 'question', 'challenge', 'reject',
  'dismiss', 'decry', 'denounce', 'condemn', 'wish', 'hope', 'swear', 'threaten', 'brief', 'remember',
  'divulge', 'grant', 'underscore', 'highlight', 'point', 'push', 'query', 'celebrate', 'thank',
  'characterize', 'portray', 'depict', 'notify', 'find', 'determine', 'decide', 'judge', 'mention', 'notice',
  'refute', 'think', 'believe', 'feel', 'fear', 'expect', 'worry', 'know', 'doubt', 'suspect', 'assume',
  'reckon', 'consider', 'see', 'view', 'regard', 'imagine', 'suppose', 'presume', 'trust', 'want', 'intend',
  'plan', 'aim', 'seek', 'favor', 'favour', 'support', 'oppose', 'endorse', 'back', 'accept', 'show',
  'indicate', 'signal', 'imply', 'mean', 'demonstrate', 'prove', 'learn', 'discover', 'realize', 'realise',
  'recognize', 'recognise', 'understand', 'disagree', 'accuse', 'blame', 'credit', 'defend', 'attack',
  'anticipate', 'foresee', 'envision', 'envisage', 'hear', 'sense', 'perceive', 'forget', 'deem', 'rate',
  'rank', 'advocate', 'champion', 'ridicule', 'applaud', 'welcome', 'hail', 'laud', 'congratulate', 'mourn',
  'bemoan', 'contest', 'vouch',
];

/**
 * Verbs that report speech or writing in a writer's own words ("X said that …", "…, X
 * argued", "X accused Y of …"): the verbs of indirect speech. Base forms.
 *
 * @example
 * REPORTING_VERBS.includes('accuse') //=> true
 */
export const REPORTING_VERBS: readonly string[] = [
  'admit', 'concur', 'rebut', 'quip', 'say', 'tell', 'add', 'note', 'state', 'ask', 'write', 'describe',
  'argue', 'warn', 'insist', 'tweet', 'explain', 'reply', 'declare', 'recall', 'report', 'claim',
  'acknowledge', 'announce', 'observe', 'remark', 'suggest', 'joke', 'complain', 'shout', 'yell', 'chant',
  'boast', 'brag', 'predict', 'promise', 'vow', 'pledge', 'urge', 'caution', 'concede', 'confirm', 'deny',
  'emphasize', 'emphasise', 'stress', 'contend', 'assert', 'allege', 'counter', 'retort', 'muse', 'wonder',
  'lament', 'exclaim', 'testify', 'assure', 'reiterate', 'recount', 'demand', 'plead', 'elaborate', 'agree',
  'object', 'protest', 'advise', 'recommend', 'propose', 'reveal', 'disclose', 'sing', 'rail', 'tout',
  'blast', 'slam', 'criticize', 'criticise', 'praise', 'mock', 'cite', 'remind', 'inform', 'chide', 'scold',
  'clarify', 'speculate', 'estimate', 'forecast', 'project', 'dispute', 'question', 'challenge', 'reject',
  'dismiss', 'deride', 'decry', 'denounce', 'condemn', 'threaten', 'relate', 'confide', 'label', 'dub',
  'characterize', 'characterise', 'portray', 'discuss', 'mention', 'endorse', 'indicate', 'signal', 'accuse',
  'blame', 'applaud', 'hail', 'liken', 'compare', 'express', 'voice', 'lash', 'fault', 'rebuke', 'decline',
  'refuse',
];
