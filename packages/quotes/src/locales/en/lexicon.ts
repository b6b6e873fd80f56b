/**
 * Word lists for quote attribution: speech and reporting verbs, the words that may stand
 * between a speaker and its verb, pronouns, titles and role nouns. General English and news
 * style knowledge; no corpus strings.
 */

/** Irregular past forms (past, participle) of verbs in the lexicons below. */
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
const DOUBLING = new Set(['admit', 'regret', 'refer', 'prefer', 'confer', 'commit', 'submit', 'permit', 'concur', 'occur', 'deter', 'compel', 'acquit', 'rebut', 'quip', 'hit', 'put', 'spit', 'begin', 'spin', 'shoot']);

/** The inflected forms of a regular or listed verb: base, -s, -ed, -ing. */
export function inflect(base: string): string[] {
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
  if (DOUBLING.has(base) && !base.endsWith('t') || ['admit', 'regret', 'commit', 'submit', 'permit', 'acquit', 'rebut', 'hit', 'put', 'spit'].includes(base)) forms.add(`${base}${base.slice(-1)}ing`);
  else if (base === 'shoot') forms.add('shooting');
  else if (/ie$/.test(base)) forms.add(`${base.slice(0, -2)}ying`);
  else if (/[^e]e$/.test(base) && base !== 'see' && base !== 'be') forms.add(`${base.slice(0, -1)}ing`);
  else if (/^[^aeiou]*[aeiou][bdgmnprt]$/.test(base) && !/[wxy]$/.test(base)) forms.add(`${base}${base.slice(-1)}ing`);
  else forms.add(`${base}ing`);
  return [...forms];
}

/** The speech verbs both lists below open with, in this order. */
const CORE_SPEECH_VERBS: readonly string[] = [
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
 * them may attribute a direct quote before or after it.
 */
export const SPEECH_VERBS: readonly string[] = [
  ...CORE_SPEECH_VERBS,
  'opine', 'intone', 'tout', 'trumpet', 'preach', 'mutter', 'murmur', 'stammer', 'blurt', 'call',
  'blast', 'slam', 'criticize', 'criticise', 'praise', 'mock', 'quote', 'cite', 'recite', 'remind',
  'inform', 'instruct', 'tease', 'taunt', 'chide', 'scold', 'grumble', 'groan', 'moan', 'huff',
  'shrug', 'smile', 'grin', 'nod', 'volunteer', 'offer', 'chime', 'pipe', 'add', 'explain',
  'clarify', 'specify', 'summarize', 'summarise', 'conclude', 'finish', 'begin', 'start', 'open',
  'close', 'say', 'speculate', 'estimate', 'forecast', 'project', 'calculate', 'guess', 'figure',
  'surmise', 'posit', 'theorize', 'hypothesize', 'acknowledge', 'concur', 'dispute', 'question',
  'challenge', 'reject', 'dismiss', 'deride', 'decry', 'denounce', 'condemn', 'lambaste', 'rip',
  'hit', 'jab', 'needle', 'swipe', 'vent', 'gripe', 'carp', 'rant', 'holler', 'bellow', 'howl',
  'plead', 'implore', 'appeal', 'pray', 'wish', 'hope', 'swear', 'threaten', 'brief', 'relate',
  'narrate', 'describe', 'recollect', 'remember', 'reminisce', 'confide', 'divulge', 'leak',
  'concede', 'grant', 'allow', 'admit', 'own', 'acknowledge', 'profess', 'avow', 'aver', 'affirm',
  'attest', 'certify', 'verify', 'corroborate', 'underscore', 'underline', 'highlight', 'point',
  'stress', 'press', 'push', 'prod', 'query', 'inquire', 'enquire', 'probe', 'interrupt',
  'interpose', 'jump', 'fire', 'shoot', 'spit', 'hiss', 'growl', 'snarl', 'sneer', 'smirk',
  'chuckle', 'giggle', 'cackle', 'exult', 'rejoice', 'cheer', 'celebrate', 'thank', 'apologize',
  'apologise', 'plead', 'sob', 'weep', 'wail', 'tweet', 'retweet', 'blog', 'message', 'write',
  'publish', 'print', 'editorialize', 'headline', 'caption', 'title', 'label', 'dub', 'brand',
  'nickname', 'term', 'characterize', 'characterise', 'portray', 'depict', 'paint', 'frame',
  'cast', 'pitch', 'sell', 'spin', 'explain', 'teach', 'lecture', 'preach', 'sermonize', 'warn',
  'alert', 'notify', 'advise', 'counsel', 'coach', 'direct', 'order', 'command', 'decree',
  'rule', 'find', 'conclude', 'determine', 'decide', 'judge', 'hold', 'opine', 'pronounce',
  'speak', 'talk', 'chat', 'converse', 'discuss', 'mention', 'remark', 'observe', 'notice',
  'comment', 'reply', 'rejoin', 'riposte', 'respond', 'react', 'return', 'retort', 'rebut',
  'refute', 'contradict', 'correct', 'amend', 'revise', 'update', 'add', 'append', 'insert',
];

/**
 * Verbs of thought, belief, intention and evidence that PolNeAR-style annotation counts as
 * attribution of reported content: "he thinks that ...", "polls show ...".
 */
export const BELIEF_VERBS: readonly string[] = [
  'think', 'believe', 'feel', 'fear', 'expect', 'worry', 'know', 'doubt', 'suspect', 'assume',
  'reckon', 'consider', 'see', 'view', 'regard', 'imagine', 'suppose', 'presume', 'trust', 'want',
  'hope', 'wish', 'intend', 'plan', 'aim', 'seek', 'prefer', 'favor', 'favour', 'support',
  'oppose', 'endorse', 'back', 'reject', 'accept', 'show', 'indicate', 'signal', 'imply', 'mean',
  'demonstrate', 'prove', 'reveal', 'find', 'conclude', 'learn', 'discover', 'realize', 'realise',
  'recognize', 'recognise', 'understand', 'agree', 'disagree', 'accuse', 'blame', 'credit',
  'criticize', 'criticise', 'praise', 'defend', 'attack', 'question', 'dispute', 'deny',
  'acknowledge', 'admit', 'confirm', 'insist', 'maintain', 'contend', 'claim', 'allege',
  'estimate', 'predict', 'project', 'forecast', 'anticipate', 'foresee', 'envision', 'envisage',
  'hear', 'sense', 'perceive', 'notice', 'remember', 'forget', 'decide', 'determine', 'judge',
  'deem', 'rate', 'rank', 'call', 'describe', 'characterize', 'portray', 'depict', 'cite', 'quote',
  'demand', 'urge', 'propose', 'suggest', 'recommend', 'promise', 'vow', 'pledge', 'threaten',
  'warn', 'caution', 'advocate', 'champion', 'tout', 'push', 'blast', 'slam', 'denounce',
  'condemn', 'decry', 'dismiss', 'mock', 'ridicule', 'applaud', 'welcome', 'hail', 'laud',
  'thank', 'congratulate', 'celebrate', 'lament', 'regret', 'mourn', 'bemoan', 'complain',
  'protest', 'object', 'challenge', 'contest', 'refute', 'rebut', 'counter', 'argue', 'reason',
  'concede', 'grant', 'suspect', 'speculate', 'guess', 'wonder', 'ask', 'question', 'query',
  'announce', 'declare', 'proclaim', 'report', 'state', 'note', 'observe', 'remark', 'mention',
  'point', 'emphasize', 'emphasise', 'stress', 'underscore', 'highlight', 'reiterate', 'repeat',
  'recall', 'explain', 'clarify', 'indicate', 'hint', 'disclose', 'divulge', 'tell', 'inform',
  'assure', 'reassure', 'remind', 'notify', 'brief', 'testify', 'swear', 'vouch',
];

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
  ...CORE_SPEECH_VERBS,
  'opine', 'intone', 'tout', 'preach', 'mutter', 'murmur', 'stammer', 'blurt', 'quote', 'recite',
  'remind', 'inform', 'tease', 'taunt', 'chide', 'scold', 'grumble', 'groan', 'moan', 'huff',
  'volunteer', 'offer', 'chime', 'clarify', 'summarize', 'summarise', 'speculate', 'estimate',
  'write', 'publish', 'caution', 'lecture', 'thank', 'apologize', 'apologise', 'sob', 'wail',
  'hiss', 'growl', 'snarl', 'sneer', 'chuckle', 'cackle', 'exult', 'cheer', 'message', 'blog',
  'think', 'believe', 'wonder', 'rant', 'holler', 'bellow', 'howl', 'implore', 'swear', 'aver',
  'affirm', 'attest', 'underscore', 'highlight', 'query', 'inquire', 'enquire', 'interrupt',
  'rejoin', 'riposte', 'rebut', 'threaten', 'mock', 'pray', 'confide', 'relate', 'narrate',
  'explain', 'insist', 'go', 'put', 'shoot', 'fire', 'point', 'jump', 'pipe', 'call', 'blast',
  'slam', 'speak', 'tell', 'beam', 'rave', 'enthuse', 'gasp', 'pant', 'stutter', 'grunt', 'purr',
  'coo', 'croak', 'drawl', 'wheeze', 'chirp', 'gloat', 'rage', 'rasp', 'snort', 'squeal', 'trill',
  'whine', 'yelp', 'sniff', 'spit', 'lash', 'snipe', 'fret', 'worry', 'admonish', 'exhort',
  'implore', 'beseech', 'cajole', 'coax', 'rebuke', 'reprimand', 'retort', 'remonstrate',
]);

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
export const INTERVENING = new Set([
  'also', 'later', 'then', 'has', 'have', 'had', 'would', 'will', 'once', 'previously', 'recently',
  'repeatedly', 'reportedly', 'publicly', 'privately', 'just', 'already', 'often', 'never', 'even',
  'still', 'again', 'first', 'finally', 'initially', 'earlier', 'subsequently', 'simply', 'further',
  'flatly', 'quickly', 'immediately', 'herself', 'himself', 'themselves', 'itself', 'themself',
  'angrily', 'bluntly', 'calmly', 'candidly', 'confidently', 'emphatically', 'firmly', 'frankly',
  'happily', 'proudly', 'quietly', 'sarcastically', 'sharply', 'softly', 'tersely', 'wryly',
  'jokingly', 'openly', 'privately', 'loudly', 'clearly', 'directly', 'explicitly', 'specifically',
  'separately', 'similarly', 'likewise', 'too', 'not', 'did', 'does', 'do', 'is', 'was', 'were',
  'are', 'been', 'be', 'being', 'may', 'might', 'could', 'should', 'can', 'must', 'shall',
  'always', 'usually', 'frequently', 'routinely', 'consistently', 'persistently', 'famously',
  'memorably', 'infamously', 'notably', 'pointedly', 'tellingly', 'defiantly', 'cheerfully',
  'tearfully', 'solemnly', 'somberly', 'gravely', 'wistfully', 'cautiously', 'carefully', 'eagerly',
  'recently', 'yesterday', 'today', 'tonight', 'now', 'currently', 'formerly', 'had', 'once',
]);

/** Days and parts of day that may follow a cue: "said Tuesday", "told reporters on Monday". */
export const TIME_WORDS = new Set([
  'monday', 'tuesday', 'wednesday', 'thursday', 'friday', 'saturday', 'sunday', 'today',
  'yesterday', 'tonight', 'morning', 'afternoon', 'evening', 'night', 'week', 'weekend', 'month',
  'year', 'earlier', 'later', 'recently', 'last', 'this', 'next', 'on', 'in', 'at', 'during',
  'after', 'before', 'day', 'days', 'ago', 'then', 'now',
]);

/** Personal, relative and possessive pronouns that can stand for a speaker. */
export const PRONOUNS = new Set([
  'he', 'she', 'they', 'i', 'we', 'it', 'you', 'who', 'which', 'that', 'him', 'her', 'them', 'his',
  'their', 'its', 'our', 'my', 'your', 'us', 'me', 'whom', 'whose', 'one', 'this', 'someone',
  'somebody', 'everyone', 'everybody', 'anyone', 'nobody', 'both', 'all', 'many', 'some', 'others',
  'few', 'most', 'several', 'each',
]);

/** Subject pronouns: the pronoun speakers of "he said", "who told". */
export const SUBJECT_PRONOUNS = new Set(['he', 'she', 'they', 'i', 'we', 'it', 'you', 'who', 'which', 'that']);

/** Determiners and quantifiers that open a noun phrase. */
export const DETERMINERS = new Set([
  'the', 'a', 'an', 'this', 'that', 'these', 'those', 'his', 'her', 'their', 'its', 'our', 'my',
  'your', 'some', 'many', 'several', 'most', 'few', 'other', 'another', 'both', 'all', 'each',
  'every', 'one', 'two', 'three', 'four', 'five', 'six', 'seven', 'eight', 'nine', 'ten', 'no',
  'any', 'more', 'such', 'whose', 'various', 'numerous', 'dozens', 'hundreds', 'thousands',
  'millions',
]);

/**
 * Words that end a noun phrase scanned backwards from a cue: conjunctions, subordinators,
 * prepositions that open adverbials, auxiliaries and common clause verbs.
 */
export const NP_STOP = new Set([
  'and', 'but', 'or', 'nor', 'so', 'yet', 'while', 'whereas', 'as', 'when', 'whenever', 'where',
  'because', 'since', 'if', 'unless', 'although', 'though', 'after', 'before', 'until', 'once',
  'that', 'which', 'who', 'whom', 'whose', 'what', 'why', 'how', 'than', 'then', 'there', 'here',
  'is', 'are', 'was', 'were', 'be', 'been', 'being', 'has', 'have', 'had', 'do', 'does', 'did',
  'will', 'would', 'can', 'could', 'may', 'might', 'must', 'shall', 'should', 'not', 'to', 'by',
  'with', 'without', 'about', 'into', 'onto', 'over', 'under', 'through', 'during', 'against',
  'between', 'among', 'amid', 'despite', 'like', 'unlike', 'upon', 'toward', 'towards', 'via',
  'per', 'also', 'even', 'just', 'only', 'still', 'now', 'however', 'meanwhile', 'instead',
  'indeed', 'thus', 'therefore', 'moreover', 'furthermore', 'nevertheless', 'later', 'earlier',
  'ago', 'yesterday', 'today', 'it', 'this', 'these', 'those', 'whether', 'both', 'either',
  'neither', 'all', 'said', 'says', 'say', 'told', 'tells', 'added', 'adds', 'noted', 'wrote',
  'asked', 'according', 'in', 'on', 'at', 'for', 'from', 'of', 'out', 'up', 'down', 'off',
]);

/** Prepositions that may continue a noun phrase: "a spokesman for the campaign". */
export const NP_PREPOSITIONS = new Set(['of', 'for', 'at', 'from', 'in', 'with', 'on', 'to']);

/** Leading words of a sentence that are not part of its subject. */
export const LEADING_ADVERBIALS = new Set([
  'and', 'but', 'or', 'so', 'yet', 'still', 'also', 'then', 'now', 'instead', 'meanwhile',
  'however', 'indeed', 'moreover', 'furthermore', 'later', 'earlier', 'previously', 'finally',
  'separately', 'similarly', 'likewise', 'as', 'when', 'while', 'after', 'before', 'because',
  'since', 'though', 'although', 'if', 'once', 'where', 'whereas', 'until', 'unless', 'yes', 'no',
  'well', 'oh', 'even', 'only', 'just', 'again', 'there', 'here', 'thus', 'hence',
]);

/** Titles and honorifics that precede a name. */
export const TITLES = new Set([
  'mr', 'mrs', 'ms', 'miss', 'mx', 'dr', 'prof', 'professor', 'sen', 'senator', 'rep',
  'representative', 'congressman', 'congresswoman', 'gov', 'governor', 'president', 'pres',
  'vice', 'gen', 'general', 'col', 'colonel', 'lt', 'sgt', 'sir', 'dame', 'lord', 'lady', 'rev',
  'reverend', 'judge', 'justice', 'mayor', 'secretary', 'sec', 'chancellor', 'minister', 'premier',
  'chairman', 'chairwoman', 'chair', 'ceo', 'former', 'then', 'attorney', 'ambassador', 'amb',
  'speaker', 'leader', 'spokesman', 'spokeswoman', 'spokesperson', 'commissioner', 'director',
  'chief', 'officer', 'captain', 'capt', 'sheriff', 'detective', 'det', 'father', 'fr', 'pope',
  'king', 'queen', 'prince', 'princess', 'sheikh', 'rabbi', 'imam', 'bishop', 'cardinal', 'deputy',
  'assistant', 'acting', 'candidate', 'nominee', 'hopeful', 'councilman', 'councilwoman',
  'councilmember', 'assemblyman', 'assemblywoman', 'delegate', 'lawmaker', 'adviser', 'advisor',
  'aide', 'strategist', 'pollster', 'analyst', 'economist', 'expert', 'founder', 'host', 'anchor',
  'columnist', 'author', 'writer', 'editor', 'publisher', 'owner', 'manager', 'coach', 'head',
  'president-elect', 'ex', 'sens', 'reps', 'messrs', 'gens', 'adm', 'admiral', 'maj', 'major',
  'cmdr', 'commander', 'cpl', 'corporal', 'pvt', 'private', 'dean', 'provost', 'principal',
  'superintendent', 'supt', 'treasurer', 'comptroller', 'auditor', 'clerk', 'marshal', 'trooper',
  'officer', 'agent', 'inspector', 'insp', 'prosecutor', 'lawyer', 'counsel', 'solicitor',
  'minister', 'envoy', 'diplomat', 'consul', 'emir', 'sultan', 'ayatollah', 'mullah', 'pastor',
  'nun', 'sister', 'brother', 'dr.',
]);

/** Nationality and region adjectives mapped to their country or region. */
export const NATIONALITIES: Readonly<Record<string, string>> = {
  chinese: 'china', peruvian: 'peru', american: 'united states', us: 'united states',
  british: 'united kingdom', english: 'england', french: 'france', german: 'germany',
  russian: 'russia', japanese: 'japan', korean: 'korea', indian: 'india', mexican: 'mexico',
  canadian: 'canada', brazilian: 'brazil', argentine: 'argentina', argentinian: 'argentina',
  chilean: 'chile', colombian: 'colombia', venezuelan: 'venezuela', cuban: 'cuba',
  spanish: 'spain', italian: 'italy', portuguese: 'portugal', dutch: 'netherlands',
  belgian: 'belgium', swiss: 'switzerland', austrian: 'austria', swedish: 'sweden',
  norwegian: 'norway', danish: 'denmark', finnish: 'finland', polish: 'poland',
  ukrainian: 'ukraine', turkish: 'turkey', iranian: 'iran', iraqi: 'iraq', syrian: 'syria',
  israeli: 'israel', palestinian: 'palestine', egyptian: 'egypt', saudi: 'saudi arabia',
  pakistani: 'pakistan', afghan: 'afghanistan', australian: 'australia', irish: 'ireland',
  greek: 'greece', nigerian: 'nigeria', kenyan: 'kenya', vietnamese: 'vietnam', thai: 'thailand',
  indonesian: 'indonesia', filipino: 'philippines', malaysian: 'malaysia', singaporean: 'singapore',
  taiwanese: 'taiwan', european: 'europe', african: 'africa', asian: 'asia',
  'latin american': 'latin america', lebanese: 'lebanon', jordanian: 'jordan', qatari: 'qatar',
  emirati: 'united arab emirates', libyan: 'libya', somali: 'somalia', ethiopian: 'ethiopia',
  hungarian: 'hungary', czech: 'czech republic', romanian: 'romania', bulgarian: 'bulgaria',
  serbian: 'serbia', croatian: 'croatia', bolivian: 'bolivia', ecuadorian: 'ecuador',
  uruguayan: 'uruguay', paraguayan: 'paraguay', panamanian: 'panama', guatemalan: 'guatemala',
  honduran: 'honduras', salvadoran: 'el salvador', nicaraguan: 'nicaragua', haitian: 'haiti',
  dominican: 'dominican republic', jamaican: 'jamaica', scottish: 'scotland', welsh: 'wales',
};

/**
 * Role nouns and the words a description may use for the same role: "the former envoy" is
 * "former Peruvian Ambassador to China"; "the expert" is an analyst, scholar or director.
 */
export const ROLE_SYNONYMS: Readonly<Record<string, readonly string[]>> = {
  envoy: ['ambassador', 'envoy', 'diplomat', 'representative', 'emissary', 'consul'],
  ambassador: ['ambassador', 'envoy', 'diplomat'],
  diplomat: ['ambassador', 'envoy', 'diplomat', 'consul', 'minister'],
  expert: ['expert', 'analyst', 'scholar', 'researcher', 'professor', 'director', 'fellow', 'economist', 'specialist', 'academic', 'observer', 'dean', 'lecturer', 'scientist'],
  analyst: ['analyst', 'expert', 'scholar', 'researcher', 'strategist', 'economist', 'observer'],
  scholar: ['scholar', 'professor', 'researcher', 'academic', 'expert', 'fellow', 'lecturer'],
  professor: ['professor', 'lecturer', 'scholar', 'academic', 'dean'],
  academic: ['professor', 'lecturer', 'scholar', 'academic', 'researcher', 'dean'],
  researcher: ['researcher', 'research', 'scholar', 'fellow', 'scientist', 'professor', 'expert'],
  official: ['official', 'minister', 'secretary', 'director', 'spokesman', 'spokeswoman', 'spokesperson', 'administrator', 'commissioner', 'officer', 'ambassador', 'deputy', 'chief', 'head', 'governor', 'mayor'],
  minister: ['minister', 'secretary'],
  lawmaker: ['lawmaker', 'senator', 'representative', 'congressman', 'congresswoman', 'legislator', 'deputy', 'mp', 'member', 'sen', 'rep'],
  legislator: ['lawmaker', 'senator', 'representative', 'congressman', 'congresswoman', 'legislator', 'sen', 'rep'],
  senator: ['senator', 'sen'],
  congressman: ['congressman', 'representative', 'rep', 'lawmaker'],
  congresswoman: ['congresswoman', 'representative', 'rep', 'lawmaker'],
  governor: ['governor', 'gov'],
  mayor: ['mayor'],
  president: ['president', 'head of state'],
  candidate: ['candidate', 'nominee', 'hopeful', 'contender', 'challenger'],
  nominee: ['nominee', 'candidate'],
  executive: ['executive', 'ceo', 'chief', 'president', 'chairman', 'chairwoman', 'director', 'manager', 'founder', 'officer'],
  spokesman: ['spokesman', 'spokeswoman', 'spokesperson', 'press secretary', 'representative'],
  spokeswoman: ['spokesman', 'spokeswoman', 'spokesperson', 'press secretary', 'representative'],
  spokesperson: ['spokesman', 'spokeswoman', 'spokesperson', 'press secretary', 'representative'],
  leader: ['leader', 'head', 'chief', 'chairman', 'chairwoman', 'president', 'secretary-general', 'premier', 'prime minister'],
  chief: ['chief', 'head', 'director', 'chairman', 'chairwoman', 'president', 'ceo'],
  lawyer: ['lawyer', 'attorney', 'counsel', 'solicitor', 'barrister'],
  attorney: ['lawyer', 'attorney', 'counsel', 'prosecutor'],
  prosecutor: ['prosecutor', 'attorney'],
  judge: ['judge', 'justice'],
  economist: ['economist', 'analyst', 'expert'],
  strategist: ['strategist', 'adviser', 'advisor', 'consultant', 'operative'],
  adviser: ['adviser', 'advisor', 'aide', 'counselor', 'consultant', 'strategist'],
  advisor: ['adviser', 'advisor', 'aide', 'counselor', 'consultant', 'strategist'],
  aide: ['aide', 'adviser', 'advisor', 'assistant', 'staffer'],
  doctor: ['doctor', 'physician', 'surgeon', 'dr'],
  physician: ['doctor', 'physician', 'surgeon'],
  founder: ['founder', 'co-founder', 'cofounder'],
  chairman: ['chairman', 'chair', 'chairwoman', 'head'],
  director: ['director', 'head', 'chief'],
  businessman: ['businessman', 'businesswoman', 'executive', 'entrepreneur', 'investor', 'tycoon', 'billionaire', 'founder', 'owner'],
  businesswoman: ['businessman', 'businesswoman', 'executive', 'entrepreneur', 'investor', 'founder', 'owner'],
  billionaire: ['billionaire', 'tycoon', 'businessman', 'businesswoman', 'mogul', 'investor'],
  activist: ['activist', 'campaigner', 'advocate', 'organizer'],
  author: ['author', 'writer', 'novelist', 'journalist', 'columnist'],
  writer: ['author', 'writer', 'novelist', 'journalist', 'columnist', 'reporter'],
  journalist: ['journalist', 'reporter', 'correspondent', 'editor', 'columnist', 'writer'],
  reporter: ['journalist', 'reporter', 'correspondent'],
  pollster: ['pollster', 'analyst', 'strategist'],
  general: ['general', 'gen', 'commander'],
  commander: ['commander', 'general', 'gen', 'admiral', 'colonel', 'officer'],
  officer: ['officer', 'police', 'sergeant', 'detective', 'lieutenant', 'agent', 'trooper'],
  coach: ['coach', 'manager'],
  player: ['player', 'striker', 'forward', 'guard', 'pitcher', 'quarterback', 'midfielder', 'defender'],
  star: ['star', 'actor', 'actress', 'singer', 'player'],
  actor: ['actor', 'actress', 'star'],
  singer: ['singer', 'rapper', 'musician', 'star'],
};

/** Nouns that can head a description of a person (role nouns). */
export const PERSON_ROLE_NOUNS: ReadonlySet<string> = new Set([
  ...Object.keys(ROLE_SYNONYMS),
  ...Object.values(ROLE_SYNONYMS).flat(),
  'man', 'woman', 'boy', 'girl', 'resident', 'voter', 'supporter', 'critic', 'source', 'witness',
  'victim', 'mother', 'father', 'son', 'daughter', 'wife', 'husband', 'widow', 'veteran',
  'student', 'teacher', 'worker', 'employee', 'owner', 'farmer', 'nurse', 'president-elect',
  'secretary', 'treasurer', 'mp', 'premier', 'chancellor', 'king', 'queen', 'prince', 'pope',
  'republican', 'democrat', 'conservative', 'liberal', 'progressive', 'senator', 'governor',
  'businessman', 'entrepreneur', 'investor', 'consultant', 'operative', 'organizer', 'delegate',
  'host', 'anchor', 'columnist', 'editor', 'commentator', 'blogger', 'pundit', 'historian',
  'scientist', 'engineer', 'physician', 'surgeon', 'psychologist', 'sociologist', 'lawmaker',
  'politician', 'statesman', 'nominee', 'frontrunner', 'front-runner', 'incumbent', 'challenger',
  'contender', 'rival', 'opponent', 'ally', 'friend', 'colleague', 'partner', 'spokesperson',
  'chairwoman', 'ceo', 'founder', 'cofounder', 'co-founder', 'manager', 'chief', 'head',
]);

/**
 * Verbs that report speech or writing in a writer's own words ("X said that …", "…, X
 * argued", "X accused Y of …"): cues of reported content whatever follows them.
 */
export const INDIRECT_CUE_FORMS: ReadonlySet<string> = (() => {
  const lemmas = [
    'say', 'tell', 'add', 'note', 'argue', 'claim', 'insist', 'explain', 'suggest', 'warn',
    'announce', 'report', 'acknowledge', 'admit', 'write', 'tweet', 'state', 'declare', 'contend',
    'assert', 'predict', 'recall', 'reiterate', 'stress', 'emphasize', 'emphasise', 'concede',
    'deny', 'confirm', 'complain', 'urge', 'vow', 'promise', 'pledge', 'accuse', 'criticize',
    'criticise', 'blast', 'slam', 'praise', 'ask', 'reply', 'allege', 'testify', 'remark',
    'observe', 'speculate', 'caution', 'lament', 'boast', 'joke', 'mock', 'disclose', 'reveal',
    'estimate', 'describe', 'cite', 'condemn', 'denounce', 'decry', 'dismiss', 'reject',
    'question', 'blame', 'endorse', 'agree', 'recommend', 'propose', 'assure', 'remind', 'inform',
    'advise', 'counter', 'retort', 'rebut', 'quip', 'muse', 'wonder', 'plead', 'demand',
    'threaten', 'liken', 'compare', 'mention', 'discuss', 'express', 'voice', 'tout', 'hail',
    'applaud', 'rail', 'lash', 'fault', 'chide', 'scold', 'rebuke', 'deride', 'dub', 'label',
    'characterize', 'characterise', 'portray', 'decline', 'refuse', 'indicate', 'signal',
    'forecast', 'project', 'clarify', 'elaborate', 'concur', 'dispute', 'challenge', 'protest',
    'object', 'recount', 'relate', 'confide', 'brag', 'exclaim', 'shout', 'yell', 'chant', 'sing',
  ];
  // Forms that are mostly nouns, adjectives or other senses are left out.
  const forms = build(lemmas, [
    'state', 'states', 'report', 'reports', 'question', 'questions', 'counter', 'counters',
    'project', 'projects', 'projected', 'projecting', 'object', 'objects', 'protest', 'protests',
    'challenge', 'challenges', 'challenging', 'demand', 'demands', 'estimate', 'estimates',
    'forecast', 'forecasts', 'signal', 'signals', 'express', 'voice', 'voices', 'relate', 'relates',
    'related', 'relating', 'compare', 'compares', 'compared', 'comparing', 'hail', 'mention',
    'discuss', 'tout', 'label', 'labels', 'pledge', 'pledges', 'promise', 'promises', 'claim',
    'claims', 'threaten', 'decline', 'declines', 'declining', 'refuse', 'vow', 'vows', 'joke',
    'jokes', 'muse', 'sing', 'sings', 'sang', 'singing', 'chant', 'chants', 'shout', 'shouts',
    'yell', 'yells', 'lash', 'lashes', 'rail', 'rails', 'fault', 'faults', 'dub', 'dubs',
    'blast', 'blasts', 'slam', 'slams', 'object', 'quip', 'quips', 'retort', 'rebut', 'plead',
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
    'recognize', 'recognise', 'conclude', 'determine', 'decide', 'rule', 'reckon', 'guess',
    'sense', 'notice', 'discover', 'maintain', 'hold', 'contend', 'suggest', 'insist', 'claim',
    'promise', 'pledge', 'vow', 'threaten', 'complain', 'note', 'fret', 'acknowledge', 'remember',
    'forget', 'hear', 'see', 'read', 'mean', 'prove', 'demonstrate', 'reveal', 'confirm', 'imagine',
    'report',
  ],
  ['showing', 'finding', 'meaning', 'reading', 'hearing', 'holding', 'seeing', 'ruling', 'sense', 'read', 'hold', 'rule', 'ruled', 'rules', 'see', 'mean', 'show', 'find'],
);

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
    'demand', 'refuse', 'decline', 'agree', 'cite', 'mention', 'discuss', 'address', 'raise',
    'express', 'voice', 'announce', 'reveal', 'disclose', 'report', 'show', 'find', 'suggest',
    'indicate', 'estimate', 'predict', 'project', 'warn', 'thank', 'congratulate', 'blast',
    'slam', 'tout', 'champion', 'advocate', 'press', 'lobby', 'campaign', 'argue',
    'offer', 'name', 'refer', 'talk', 'order', 'deem', 'release',
    'identify', 'echo', 'respond', 'feel', 'emphasize', 'highlight', 'ask', 'request',
    'invite', 'encourage', 'allege', 'insist', 'claim', 'predict', 'spotlight', 'dismiss',
  ],
  ['back', 'backs', 'see', 'seeing', 'address', 'addresses', 'raise', 'raises', 'raised', 'raising', 'push', 'press', 'campaign', 'campaigns', 'show', 'find', 'view', 'call', 'plan', 'report', 'reports', 'question', 'questions', 'challenge', 'challenges', 'attack', 'attacks', 'support', 'favor', 'project', 'projects', 'estimate', 'estimates', 'demand', 'demands', 'know', 'knowing', 'thinking', 'planning', 'expecting', 'opposing', 'pushing', 'pressing', 'offer', 'offers', 'name', 'names', 'talk', 'talks', 'order', 'orders', 'list', 'lists', 'sign', 'signs', 'release', 'releases', 'echo', 'feel', 'feels', 'focus', 'request', 'requests', 'claim', 'claims', 'listing', 'naming', 'ordering', 'signing', 'releasing', 'feeling', 'focusing', 'talking'],
);

/**
 * Nouns for events and visits: they "highlight" or "show" things but never speak, so a cue
 * whose subject they head ("The visit highlights …") attributes nothing.
 */
export const EVENT_NOUNS: ReadonlySet<string> = new Set([
  'visit', 'visits', 'trip', 'trips', 'tour', 'tours', 'summit', 'summits', 'ceremony',
  'ceremonies', 'occasion', 'anniversary', 'celebration', 'festival', 'journey', 'stopover',
]);

/**
 * Last words of the labels that open a header or byline line ("Published: Jun 27, 2024",
 * "Editor's Note: …", "Contributing: …"): such a line has no speaker.
 */
export const HEADER_LABELS: ReadonlySet<string> = new Set([
  'published', 'updated', 'posted', 'filed', 'modified', 'edited', 'revealed', 'contributing',
  'contributors', 'correction', 'corrections', 'clarification', 'update', 'note', 'notes',
  'source', 'sources', 'photo', 'photos', 'photograph', 'credit', 'credits', 'caption', 'image',
  'images', 'video', 'watch', 'read', 'listen', 'related', 'tags', 'topics', 'contact', 'email',
  'date', 'dateline', 'location', 'disclaimer', 'exclusive', 'breaking', 'latest', 'reporting',
  'writing', 'editing', 'editor', 'editors', 'byline', 'by', 'subscribe', 'advertisement',
]);

/** Nouns for documents, polls and outlets that PolNeAR-style annotation counts as sources. */
export const SOURCE_NOUNS: ReadonlySet<string> = new Set([
  'report', 'reports', 'poll', 'polls', 'survey', 'surveys', 'study', 'studies', 'statement',
  'statements', 'letter', 'memo', 'document', 'documents', 'analysis', 'filing', 'complaint',
  'lawsuit', 'indictment', 'ruling', 'website', 'newspaper', 'paper', 'magazine', 'network',
  'campaign', 'committee', 'agency', 'department', 'administration', 'government', 'company',
  'group', 'organization', 'office', 'party', 'court', 'board', 'panel', 'commission', 'data',
  'records', 'officials', 'sources', 'observers', 'experts', 'analysts', 'people', 'voters',
]);

/**
 * Nouns for works and slogans whose name may follow them in quotation marks ("his 2012 book,
 * “An American Son”", "the campaign slogan, “Yes We Can”"): such a quotation is a title.
 */
export const WORK_NOUNS: ReadonlySet<string> = new Set([
  'book', 'books', 'film', 'films', 'movie', 'movies', 'novel', 'memoir', 'memoirs', 'song',
  'songs', 'album', 'show', 'podcast', 'series', 'documentary', 'play', 'musical', 'slogan',
  'motto', 'column', 'newsletter', 'essay', 'poem', 'anthem', 'program', 'programme', 'hashtag',
  'tagline', 'bestseller', 'best-seller', 'autobiography', 'biography', 'sitcom', 'opera',
  'sculpture', 'painting', 'exhibition', 'blog', 'magazine', 'textbook', 'reads',
]);

/** Nouns for the makers of a work: "a co-author of “…”" names a title. */
export const WORK_MAKER_NOUNS: ReadonlySet<string> = new Set([
  'author', 'co-author', 'coauthor', 'editor', 'co-editor', 'writer', 'director', 'creator',
  'producer', 'host', 'star', 'composer', 'publisher',
]);
