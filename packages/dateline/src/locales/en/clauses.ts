// English words findDates reads in the clause around a date: its tense and its amounts.
import { REPORTING_VERBS, inflectVerb } from '@newsparse/core';

/** Words that make a clause about the future ("will", "is set to", "upcoming"). */
export const future = [
  'will', "'ll", 'shall', "won't", 'upcoming', 'next', 'coming', 'scheduled', 'slated', 'due', 'expected', 'expects', 'expect',
  'plans', 'planned', 'planning', 'plan', 'intends', 'intend', 'aims', 'aim', 'hopes', 'later', 'ahead', 'soon', 'tomorrow',
  'would', 'forthcoming', 'future', 'going', 'set', 'await', 'awaits', 'awaiting', 'prepare', 'prepares', 'preparing',
  // Obligations look ahead ("should return to talks by Friday"), unless perfect ("should have acted").
  'should', 'must',
  // So do possibilities ("rivers could rise again by Friday"), unless perfect or denied ("could not attend on Friday").
  'could', 'might',
  // A scheduled event in the present tense is ahead: "the summit ends Friday", "the fiscal year, which ends Sept. 30".
  // (Not forms that are as often nouns: "votes", "returns", "plays", "hosts".)
  'begins', 'starts', 'opens', 'ends', 'closes', 'meets', 'convenes', 'resumes', 'reopens', 'expires', 'arrives', 'departs',
  'launches', 'visits', 'travels', 'testifies', 'takes',
];

/**
 * Future cues that put an event on the calendar: a day they govern is the coming one, even
 * eleven months out ("the trial is scheduled to begin on Nov. 28" in January). Not "would",
 * "could", "expected" or "planned" ("had planned to open on Nov. 1" may be gone).
 */
export const firmFuture = ['will', "'ll", 'shall', 'scheduled', 'slated', 'set', 'due', 'upcoming', 'next', 'plans', 'intends'];

/**
 * Verbs of agreeing and deciding: right after one, "to" and a verb put a date that follows
 * ahead ("agreed to reconvene on Saturday", "vowed to return on Monday"). Not "declined" or
 * "refused" ("declined to comment on Monday" is when it declined).
 */
export const futureGovernors = [
  'agree', 'agrees', 'agreed', 'agreeing', 'decide', 'decides', 'decided', 'deciding', 'promise', 'promises', 'promised',
  'promising', 'pledge', 'pledges', 'pledged', 'pledging', 'vow', 'vows', 'vowed', 'vowing', 'threaten', 'threatens',
  'threatened', 'threatening', 'arrange', 'arranges', 'arranged', 'arranging',
];

/**
 * Verbs that move an event to a new day: the day they move it to is ahead, whatever their tense
 * ("postponed the vote to Friday", "has been rescheduled for Thursday", "was put off until
 * Thursday"). Loose verbs move other things too ("moved to Texas on Friday"): only a day right
 * after their "to" or "until" counts ("moved the final to Friday", "pushed back to Thursday",
 * "the deadline was extended until Friday", "remanded in custody until Friday").
 */
export const retarget = {
  verbs: [
    'postpone', 'postpones', 'postponed', 'postponing', 'reschedule', 'reschedules', 'rescheduled', 'rescheduling', 'delay', 'delays',
    'delayed', 'delaying', 'defer', 'defers', 'deferred', 'deferring', 'adjourn', 'adjourns', 'adjourned', 'adjourning', 'put off',
    'puts off', 'putting off',
  ],
  looseVerbs: ['move', 'moves', 'moved', 'moving', 'push', 'pushes', 'pushed', 'pushing', 'shift', 'shifts', 'shifted', 'shifting', 'bring', 'brings', 'brought', 'bringing',
    // Verbs that set an end: the day a deadline, a ban or a custody is extended or held to is ahead ("extended until Friday").
    'extend', 'extends', 'extended', 'extending', 'suspend', 'suspends', 'suspended', 'suspending', 'remand', 'remands', 'remanded', 'remanding',
    'halt', 'halts', 'halted', 'halting'],
  to: ['to', 'until', 'till', 'til'],
  near: ['for'],
  // ("postponed the trip to Paris on Friday": a place after "to" says nothing of the day.)
  timeWords: ['before', 'after', 'early', 'late', 'later', 'mid'],
};

/**
 * Verbs of releasing in the simple present: a company, an office or a court that "reports its
 * earnings", "releases its jobs report" or "publishes its ruling" on a day does so ahead; what
 * it did is written "reported", "released". Only with an object after them ("media reports on
 * Thursday said" is a noun).
 */
export const release = {
  verbs: ['reports', 'releases', 'publishes', 'posts', 'unveils', 'presents', 'issues', 'delivers'],
  nounAfter: ['the', 'a', 'its', 'their', 'his', 'her', 'our', 'my', 'your', 'these', 'those', 'new', 'latest', 'recent', 'media', 'news', 'press'],
};

/**
 * Right before "until" or "through" and a date, words that make the date an end still ahead:
 * a deadline one has or is given ("has until Friday to respond", "were given until Friday"), a
 * run in the present ("the exhibition runs until Sunday"), and, after a present "is"/"are", a
 * state ("the offer is valid until Friday"). "had until", "lasted until", "stayed until" stay past.
 */
export const untilAhead = {
  until: ['until', 'till', 'through'],
  words: ['has', 'have', 'given', 'granted', 'runs', 'run', 'lasts', 'continues', 'remains', 'stays'],
  states: ['valid', 'open', 'available', 'closed', 'shut', 'suspended'],
  // Ahead only right after a future auxiliary or "to" ("urged voters not to wait until Tuesday"; "did not wait until Tuesday" is past).
  afterAuxiliary: ['wait'],
};

/**
 * Nouns of intending before "to", read as the future cues "plans" and "aims" are: "confirmed its
 * intention to hold the debate in July" is no past July.
 */
export const intentions = ['intention', 'intentions', 'promise', 'pledge', 'goal', 'proposal'];

/** After "be" and before "to", words that look ahead as "expected" does: "is forecast to report revenue on Wednesday". */
export const foreseen = ['forecast', 'projected', 'predicted', 'anticipated', 'poised', 'likely', 'tipped'];

/** Nouns of a day appointed: "set a trial date for Dec. 6", "gave a deadline of March 1" look ahead. */
export const appointed = ['date', 'deadline'];

/** A verb in the present after one of these is ahead: "before the company reports its results on Thursday". */
export const aheadConjunctions = ['before', 'until', 'till', 'once'];

/** Future cues that say nothing before "not": "could not attend on Friday" is past ability. */
export const deniedModals = ['could'];

/** Future cues that look back before "have": "should have acted on Monday". */
export const perfectModals = ['should', 'must', 'would', 'could', 'might', 'may'];

/** Words that make a clause about the past; any other -ed word counts too, but for `notPast`. */
export const past = [
  'was', 'were', 'had', 'did', 'ago', 'earlier', 'last', 'previously', 'yesterday', 'since', 'former', 'began', 'begun', 'met', 'came',
  'went', 'took', 'made', 'gave', 'saw', 'held', 'left', 'told', 'won', 'lost', 'fell', 'rose', 'sold', 'bought', 'paid', 'spoke',
  'wrote', 'led', 'brought', 'thought', 'found', 'became', 'ran', 'got', 'said', 'kept', 'felt', 'grew', 'knew', 'meant', 'sent',
  'spent', 'stood', 'struck', 'taught', 'threw', 'understood', 'wore', 'broke', 'chose', 'drew', 'drove', 'ate', 'flew', 'forgot',
  'hid', 'rode', 'rang', 'sang', 'sank', 'shook', 'shot', 'shut', 'slept', 'stole', 'swore', 'tore', 'woke', 'won', 'announced',
  // -ed verbs too short for the ending rule ("need", "feed" are none).
  'died', 'sued', 'tied', 'owed', 'lied',
];

/** -ed words that speak of what is to come, or are not verbs at all. */
export const notPast = ['expected', 'scheduled', 'planned', 'slated', 'proposed', 'intended', 'red', 'bed', 'need', 'feed', 'seed', 'speed', 'indeed', 'united', 'based', 'limited', 'hundred', 'shed', 'wed', 'fled'];

/** Before a participle, these make it present ("is held"): no cue. */
export const presentAuxiliaries = ['is', 'are', 'am', 'being', "'s", "'re"];

/** Before "be" + participle, these make it future ("will be held", "to be hosted"). */
export const futureAuxiliaries = ['to', 'will', "'ll", 'shall', 'would', 'must', 'should', 'could', 'may', 'might'];

/**
 * Verbs that take a participle as "be" does: after one, the participle is no past cue, and
 * after one that follows a future auxiliary it is future ("will remain closed until March",
 * "is expected to stay shut in April"). Their past forms ("remained closed") stay past.
 */
export const linkingVerbs = ['remain', 'remains', 'stay', 'stays', 'become', 'becomes'];

/** Present forms of "be" that schedule the date right after them: "the draw is on Friday". */
export const scheduleCopulas = ['is', 'are'];

/** Subjects of that copula that name a day rather than an event: "today is Monday". */
export const daySubjects = ['today', 'tomorrow', 'yesterday', 'it', 'this', 'that'];

/** Amounts written as words ("five days ago", "a year ago"), in the order a pattern tries them ("a" before "an"). */
export const numbers: ReadonlyMap<string, number> = new Map([
  ['a', 1], ['an', 1], ['one', 1], ['two', 2], ['three', 3], ['four', 4], ['five', 5], ['six', 6], ['seven', 7], ['eight', 8], ['nine', 9],
  ['ten', 10], ['eleven', 11], ['twelve', 12], ['thirteen', 13], ['fourteen', 14], ['fifteen', 15], ['sixteen', 16], ['seventeen', 17],
  ['eighteen', 18], ['nineteen', 19], ['twenty', 20], ['thirty', 30], ['forty', 40], ['fifty', 50], ['sixty', 60], ['hundred', 100],
]);

/**
 * A date before its noun: "the 7 January election", "the March 3 vote". After "the" and the
 * date, a word in lower case that is none of these is the noun the date names.
 */
export const attributive = {
  determiners: ['the'],
  notNouns: [
    'of', 'and', 'or', 'to', 'in', 'at', 'on', 'by', 'for', 'from', 'with', 'as', 'is', 'was', 'were', 'are', 'be', 'been', 'will',
    'would', 'has', 'had', 'have', 'when', 'while', 'that', 'which', 'who', 'but', 'after', 'before', 'until', 'till', 'through',
    'than', 'if', 'so', 'not', 'also', 'then', 'this', 'next', 'last',
  ],
};

/**
 * Words that open another clause: the tense of a date is read up to them, not past them
 * ("winds should ease by Saturday, but forecasters warned …": "warned" says nothing of Saturday).
 */
export const clauseBreaks = ['but', 'whereas', 'although', 'though'];

/**
 * Verbs of reporting, every form: a date right after one is when the report was made, and a
 * "that" after the date opens what was reported, whose tense is not the date's ("warning
 * Wednesday that growth will slow" is this week's Wednesday gone).
 */
export const reportVerbs: readonly string[] = /* @__PURE__ */ REPORTING_VERBS.flatMap(inflectVerb);

/**
 * Words only a sports report uses: in such a text "the second half" and "the fourth quarter"
 * are periods of play, not of the year. General sports vocabulary, hand-written.
 */
export const matchWords = [
  'half-time', 'halftime', 'kick-off', 'kickoff', 'full-time', 'stoppage time', 'injury time', 'extra time', 'free-kick', 'free kick',
  'hat-trick', 'equaliser', 'equalizer', 'equalised', 'equalized', 'equalising', 'equalizing', 'striker', 'midfielder', 'goalkeeper',
  'goalkeepers', 'goaltender', 'penalty shootout', 'penalty shoot-out', 'touchdown', 'touchdowns', 'quarterback', 'field goal',
  'end zone', 'three-pointer', 'three-pointers', 'free throws', 'tip-off', 'innings', 'set-piece', 'set-pieces',
  'title race', 'clean sheet', 'yellow card', 'red card', 'own goal', 'offside', 'goalless', 'penalty spot', 'crossbar', 'inning',
];

/** Scores and players' lines of sports reports ("led 30-22", "a 3-1 win", "11 rebounds"). */
export const matchScores = {
  verbs: ['led', 'leads', 'leading', 'trailed', 'trailing', 'beat', 'beats', 'defeated', 'edged', 'routed', 'thrashed', 'outscored', 'outscoring', 'won', 'lost'],
  results: ['win', 'victory', 'defeat', 'loss', 'lead'],
  stats: ['rebounds', 'assists', 'steals', 'strikeouts'],
  minutes: ['minute'],
};

/** "since December 21", "since the elections of 21 December": a date since which something goes on. */
export const sinceDates = { since: ['since'], joiners: ['of', 'on'], until: ['until', 'till', 'to', 'through'] };
