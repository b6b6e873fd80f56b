import { WEEKDAY_NAMES } from '@newsparse/core';
import { LABELS } from './features.js';
import { CLOSED_CLASS_POS, type DocumentFacts, isCityKind, isCommonLower, lowerWordCheck, PLAIN_NAME } from './candidates.js';
import { type Gazetteer, lookupKey } from './lexicon.js';
import { localePattern, localeWords } from './locales/index.js';
import { lowerAt, textAt, type Token, tokenAt } from './tokenize.js';
import { kindsOf, mentionsByEdgeToken, type Typed, typedMention } from './typed.js';

// In a sports report a club is most often named by its city or by a one-word name ("Munich",
// "Juventus"), which the model, trained on other genres, reads as a place, a person or
// nothing. The words around it say it is a side: it beats, draws with or loses to another,
// stands second in a table, or a side noun stands before it ("leaders Leverkusen"). Countries
// stay places: news corpora keep national teams as the country. None of these rules is keyed
// to a club's name; each has a hand-written fixture in test/fixtures/cases.json.

/** A match score: "2-1", "6-3". */
export const MATCH_SCORE = /^\d{1,3}-\d{1,3}$/;
/** A goal count in a results line: "Hamburg 2 Freiburg 1". */
const GOALS = /^\d{1,2}$/;
/** Verbs of a match result after the side that plays: "Juventus lost", "Roma drew". */
const RESULT_VERBS = localeWords((locale) => locale.sports.resultVerbs);
/** Whether the text writes a result verb at all (two in five PolNeAR texts do not, and skip the scan). */
const writesResultVerbs = lowerWordCheck(RESULT_VERBS);
/** Words before the side a match is played against: "beat X", "against X", "beating X". */
const OPPONENT_WORDS = localeWords((locale) => locale.sports.opponentWords);
/** Verbs and nouns that take the other side after a preposition: "lost to X", "drew with X", "win over X", "defeat by X". */
const RESULT_BEFORE_PREPOSITION = localeWords((locale) => locale.sports.resultBeforePreposition);
const RESULT_PREPOSITIONS = localeWords((locale) => locale.sports.resultPrepositions);
/** Lower-case nouns before a side: "leaders Leverkusen", "champions Ajax", "Bundesliga side Freiburg". */
const SIDE_NOUNS = localeWords((locale) => locale.sports.sideNouns);
/** Verbs of a table position: "Munich remains second", "Inter stayed top". */
const STANDING_VERBS = localeWords((locale) => locale.sports.standingVerbs);
/** Table positions after such a verb (optionally after "up" or "down"). */
const POSITIONS = localeWords((locale) => locale.sports.positions);
const isOrdinal = localePattern((locale) => locale.patterns.ordinal);
const POINT_COUNTS = localeWords((locale) => locale.sports.pointCounts);
const POINT_WORDS = localeWords((locale) => locale.sports.pointWords);
const GAP_WORDS = localeWords((locale) => locale.sports.gapWords);
const TABLE_GAP_WORDS = localeWords((locale) => locale.sports.tableGapWords);
const PLURAL_VERBS = localeWords((locale) => locale.sports.pluralVerbs);
/** Verbs of a match to come between two sides: "Bayern will host Dortmund", "Leeds face Hull". */
const FIXTURE_VERBS = localeWords((locale) => locale.sports.fixtureVerbs);
/** Whether the text writes a fixture verb at all (two in three PolNeAR texts do not, and skip the scan). */
const writesFixtureVerbs = lowerWordCheck(FIXTURE_VERBS);
const WEEKDAYS: ReadonlySet<string> = new Set(WEEKDAY_NAMES.en.names);
/** How many words after the second side "on" and its weekday may stand: "host Borussia Dortmund on Saturday". */
const FIXTURE_DAY_REACH = 3;

/**
 * Whether a sentence announces a match: a capitalised name, "will" or nothing, a verb of a
 * fixture, a capitalised side and soon after "on" and a weekday ("Bayern will host Dortmund on
 * Saturday", "Leeds face Hull on Tuesday"), so that such a preview without sports words reads
 * as a sports report.
 */
export function hasFixtureClause(tokens: readonly Token[], gaz: Gazetteer, facts: DocumentFacts): boolean {
  if (!writesFixtureVerbs(facts)) return false;
  for (let index = 1; index + 2 < tokens.length; index++) {
    const verb = tokens[index]!;
    if (verb.text !== verb.lower || !FIXTURE_VERBS.has(verb.lower) || !tokens[index + 1]!.cap) continue;
    const subject = tokens[index - 1]!.lower === 'will' ? tokenAt(tokens, index - 2) : tokens[index - 1];
    // "She will host …", "The …": a pronoun or a function word is no side.
    if (!subject?.nameLike || gaz.pos.get(subject.lower) === 'Pronoun' || gaz.pos.get(subject.lower) === 'Determiner') continue;
    let side = index + 1;
    while (tokenAt(tokens, side + 1)?.cap === true) side++;
    for (let at = side + 1; at <= side + FIXTURE_DAY_REACH && at + 1 < tokens.length; at++) {
      if (tokens[at]!.lower === 'on' && WEEKDAYS.has(tokens[at + 1]!.lower)) return true;
      if (!tokens[at]!.word) break;
    }
  }
  return false;
}

/** Whether a token counts points: "2", "two", "a". */
const isPointCount = (count: Token | undefined): boolean => count !== undefined && (/^\d{1,2}$/.test(count.text) || (count.text === count.lower && POINT_COUNTS.has(count.lower)));
/** Whether a count and a word for points stand at `at` ("two points", "a point", "10 points"). */
const pointsAt = (tokens: readonly Token[], at: number): boolean => isPointCount(tokenAt(tokens, at)) && POINT_WORDS.has(lowerAt(tokens, at + 1));

/** Whether the words from `index` are a gap in points: a count, "points" and a word of the gap ("four points clear", "a point behind"). */
function isPointGap(tokens: readonly Token[], index: number): boolean {
  return pointsAt(tokens, index) && GAP_WORDS.has(lowerAt(tokens, index + 2));
}

/**
 * Whether the text ranks sides in a league table: a gap in points that only a table gives
 * ("Liverpool are four points clear of Arsenal", "two points adrift"; a poll's "14 points
 * behind" is no table), so that one such sentence makes a sports report.
 */
export function hasTableGap(tokens: readonly Token[]): boolean {
  for (let index = 1; index + 1 < tokens.length; index++) if (POINT_WORDS.has(tokens[index]!.lower) && TABLE_GAP_WORDS.has(tokens[index + 1]!.lower) && isPointGap(tokens, index - 1)) return true;
  return false;
}

/** The last word of a club's plural name: an English plural, no "-ss", "-as", "-is", "-os", "-us" or "-ys" ("Tsitsipas", "Sabonis"). */
const CLUB_PLURAL = /^\p{Lu}\p{Ll}*[b-hk-nprtvwz]s$/u;

/**
 * "Mamelodi Sundowns", "Orlando Pirates", "Kaizer Chiefs": a name of two or three words that ends
 * in an English plural, which the model may read as a person. It may be a side in a sports report
 * when no word of it is a known surname and it opens with no first name the lexicon knows ("Chris
 * Woakes", "Jo Banks" stay people; a given name that is also a city, "Orlando", may open a club's),
 * and no word is known as a country or nationality.
 */
function pluralClubName(item: Typed, gaz: Gazetteer): boolean {
  if (item.words.length < 2 || item.words.length > 3) return false;
  const last = item.words[item.words.length - 1]!;
  if (!CLUB_PLURAL.test(last) || gaz.firstNames.has(item.words[0]!.toLowerCase())) return false;
  return item.words.every((word) => !gaz.lastNames.has(word.toLowerCase()) && !gaz.demonyms.has(lookupKey(word)) && !(gaz.phrases.get(lookupKey(word))?.includes('country') ?? false));
}

/**
 * "Kaizer Chiefs were beaten": a club's plural name, unknown as a place ("the Cayman Islands are"
 * is known), taking a plural verb with no "the" before it (sideContext leaves plural names out).
 */
function pluralClubTakingPluralVerb(item: Typed, tokens: readonly Token[], gaz: Gazetteer): boolean {
  const { first, last } = item.candidate!;
  const next = tokenAt(tokens, last + 1);
  return next !== undefined && next.text === next.lower && PLURAL_VERBS.has(next.lower) && lowerAt(tokens, first - 1) !== 'the' && pluralClubName(item, gaz) && kindsOf(item, gaz) === undefined;
}

const isSide = (item: Typed, gaz: Gazetteer, personParts: ReadonlySet<string>): boolean => {
  const candidate = item.candidate;
  if (!candidate || candidate.weak || candidate.caps || item.words.length > 3) return false;
  if (item.type === 'organization' || item.type === 'nationality' || (item.type === 'other' && item.firm)) return false;
  const kinds = kindsOf(item, gaz);
  // National teams keep the country's type. Counties, states and boroughs field clubs
  // ("Yorkshire beat Lancashire", "Texas beat Seattle", "Bolton went top").
  if (kinds && (kinds.includes('country') || kinds.includes('demonym'))) return false;
  // People play too ("Keys beat Sabalenka"): a name that is a person's in full, or part of one
  // named in this text, stays that person (not a club's plural name, "Mamelodi Sundowns").
  if (item.type === 'person' && (item.words.length >= 2 || (item.firm && !item.guess)) && !pluralClubName(item, gaz)) return false;
  return !personParts.has(item.words[0]!.toLowerCase()) && !personParts.has(item.words[item.words.length - 1]!.toLowerCase());
};

/**
 * "Arsenal beat Chelsea 2-1": a one-word name that opens a sentence, where an ordinary word
 * ("arsenal") is otherwise no name, is a side when a result verb, a capitalised opponent and a
 * score follow it.
 */
function openingSide(item: Typed, tokens: readonly Token[], gaz: Gazetteer, personParts: ReadonlySet<string>): boolean {
  const candidate = item.candidate;
  if (!candidate || !candidate.weak || candidate.caps || item.words.length !== 1 || personParts.has(item.words[0]!.toLowerCase())) return false;
  if (kindsOf(item, gaz) !== undefined || gaz.firstNames.has(item.key)) return false;
  // "It was one point deserved": a pronoun or determiner opening a (quoted) sentence is no side.
  if (CLOSED_CLASS_POS.has(gaz.pos.get(item.key) ?? '')) return false;
  const verb = tokenAt(tokens, candidate.last + 1);
  if (!verb || verb.text !== verb.lower) return false;
  // "Arsenal dropped two points", "Leeds took a point": what a side gains or loses in a report
  // (a copula gains nothing: "That was a point well earned").
  if (verb.word && gaz.pos.get(verb.lower) !== 'Copula' && !STAT_LINE_VERBS.has(verb.lower) && pointsAt(tokens, candidate.last + 2)) return true;
  // "Arsenal lost 2-1 to Fulham": the score before the opponent.
  const scoreFirst = MATCH_SCORE.test(tokenAt(tokens, candidate.last + 2)?.text ?? '') && RESULT_PREPOSITIONS.has(lowerAt(tokens, candidate.last + 3));
  if (RESULT_VERBS.has(verb.lower) && scoreFirst && tokenAt(tokens, candidate.last + 4)?.cap === true) return true;
  const opponent = tokenAt(tokens, candidate.last + 2);
  if (!RESULT_VERBS.has(verb.lower) || !opponent?.cap) return false;
  for (let index = candidate.last + 3; index <= candidate.last + 6 && index < tokens.length; index++) if (MATCH_SCORE.test(tokens[index]!.text)) return true;
  return false;
}

/** The index of the token before `index`, stepping over a score ("lost 1-0 to X"). */
const before = (tokens: readonly Token[], index: number): number => (MATCH_SCORE.test(tokenAt(tokens, index - 1)?.text ?? '') ? index - 2 : index - 1);

const SIDE_GAINS = localeWords((locale) => locale.sports.sideGains);
const GAIN_MODALS = localeWords((locale) => locale.sports.gainModals);
/** "10-man Newcastle", "ten-man Leeds": a side down to that many players. */
const MEN_LEFT = /^(?:\d{1,2}|nine|ten)-man$/i;
/** How many words may stand between "their" and what a side gains: "their first Premier League win" is beyond it. */
const GAIN_REACH = 2;

/** Verbs of a player's stat line before a count of points ("Embiid scored 10 points"): no side's points in a table. */
const STAT_LINE_VERBS = localeWords((locale) => locale.sports.statLineVerbs);

/** Particles of a phrasal verb before a side's points: "threw away two points", "picked up three points". */
const VERB_PARTICLES = new Set(['away', 'up']);

/**
 * Whether a side's gain follows the name ending at `last`: a verb, maybe after a modal and
 * "have", then "their" and a gain within two words ("Leeds doubled their lead", "Everton got
 * their first win") or points ("Newcastle could have secured all three points", "Everton threw away
 * two valuable points", "Chelsea made it two wins"). A town takes
 * "its", and gains no points.
 */
function sideGainAfter(tokens: readonly Token[], last: number): boolean {
  let at = last + 1;
  if (GAIN_MODALS.has(lowerAt(tokens, at))) at += lowerAt(tokens, at + 1) === 'have' ? 2 : 1;
  const verb = tokenAt(tokens, at);
  if (!verb || !verb.word || verb.text !== verb.lower || GAIN_MODALS.has(verb.lower)) return false;
  // ("Embiid scored 10 points": a player's stat line; "scored their third goal" may still be a side's.)
  const counts = !STAT_LINE_VERBS.has(verb.lower);
  // ("Chelsea made it two wins in a row": "it" before the tally.)
  if (lowerAt(tokens, at + 1) === 'it' && isPointCount(tokenAt(tokens, at + 2)) && (lowerAt(tokens, at + 3) === 'wins' || lowerAt(tokens, at + 3) === 'victories')) return true;
  const object = lowerAt(tokens, at + 1);
  if (counts && object === 'all' && pointsAt(tokens, at + 2)) return true;
  if (counts && pointsAt(tokens, at + 1)) return true;
  // ("Everton threw away two valuable points", "picked up three points": a verb's particle, one lower-case modifier.)
  const count = VERB_PARTICLES.has(object) ? at + 2 : at + 1;
  if (counts && isPointCount(tokenAt(tokens, count))) {
    const modifier = tokenAt(tokens, count + 1);
    if (POINT_WORDS.has(lowerAt(tokens, count + 1)) || (modifier !== undefined && modifier.word && modifier.text === modifier.lower && POINT_WORDS.has(lowerAt(tokens, count + 2)))) return true;
  }
  if (object !== 'their') return false;
  for (let gain = at + 2; gain <= at + 2 + GAIN_REACH; gain++) {
    const word = tokenAt(tokens, gain);
    if (!word || !word.word || word.text !== word.lower) return false;
    if (SIDE_GAINS.has(word.lower)) return true;
  }
  return false;
}

/** Whether the words around a name make it a side in a match, a table or a results line. */
function sideContext(tokens: readonly Token[], first: number, last: number, personAt: ReadonlySet<number>): boolean {
  if (MEN_LEFT.test(textAt(tokens, first - 1)) || sideGainAfter(tokens, last)) return true;
  const next = tokenAt(tokens, last + 1);
  const next2 = tokenAt(tokens, last + 2);
  if (next && next.text === next.lower) {
    // A player beats a player ("Keys beat Aryna Sabalenka"): a side beats a side.
    // ("Embiid scored 10 points": a player's stat line, no side's result.)
    if (RESULT_VERBS.has(next.lower)) return !personAt.has(last + 2) && !(STAT_LINE_VERBS.has(next.lower) && pointsAt(tokens, last + 2));
    // "Munich remains second", "Inter stayed top", "Ajax moved up to third".
    if (STANDING_VERBS.has(next.lower) && next2) {
      const position = next2.lower === 'up' || next2.lower === 'down' ? (lowerAt(tokens, last + 3) === 'to' ? tokenAt(tokens, last + 4) : tokenAt(tokens, last + 3)) : next2;
      if (position && (POSITIONS.has(position.lower) || isOrdinal(position.lower))) return true;
    }
    // "Bayern will host Dortmund", "Leeds face Hull": the side that hosts or faces another.
    const fixtureVerb = next.lower === 'will' ? next2 : next;
    const opponentAt = next.lower === 'will' ? last + 3 : last + 2;
    if (fixtureVerb && fixtureVerb.text === fixtureVerb.lower && FIXTURE_VERBS.has(fixtureVerb.lower) && tokenAt(tokens, opponentAt)?.cap === true && !personAt.has(opponentAt)) return true;
    // "Liverpool are four points clear", "Leeds sit a point behind".
    if (STANDING_VERBS.has(next.lower) && isPointGap(tokens, last + 2)) return true;
    // "Tottenham were held", "Aston Villa have sacked their coach": a town taking a plural verb is
    // its club; a plural name takes one as a place ("the Highlands are", "Hebrides"). The last
    // of a pair takes the pair's verb ("Zaha and Benteke were the stars"): no club's sign.
    if (PLURAL_VERBS.has(next.lower) && !/s$/i.test(tokens[last]!.text) && lowerAt(tokens, first - 1) !== 'the' && lowerAt(tokens, first - 1) !== 'and') return true;
  }
  // "Hamburg 2 Freiburg 1", "Hamburg 2-1 Freiburg": a results line.
  if (next && (MATCH_SCORE.test(next.text) || (GOALS.test(next.text) && next2?.cap === true)) && next2 && next2.word && next2.cap) return true;
  // "Leeds 4-3 Bournemouth": the side that ends a results line after the score, the other side before it.
  // ("Everton 2-1 Leicester, Chelsea 3-0 Burnley": or its item of a results list run on in a sentence.)
  if (MATCH_SCORE.test(textAt(tokens, first - 1)) && tokenAt(tokens, first - 2)?.cap === true && (endsLine(tokens, last) || endsResultItem(tokens, last))) return true;
  const previousAt = before(tokens, first);
  const previous = tokens[previousAt];
  if (!previous || previous.text !== previous.lower) return false;
  if (SIDE_NOUNS.has(previous.lower)) return true;
  // "four points clear of Arsenal", "two points behind Chelsea".
  const gapAt = previous.lower === 'of' ? previousAt - 1 : previousAt;
  if (GAP_WORDS.has(lowerAt(tokens, gapAt)) && isPointGap(tokens, gapAt - 2)) return true;
  if (OPPONENT_WORDS.has(previous.lower)) return !personAt.has(-(previousAt - 1));
  if (GOALS.test(previous.text) && tokenAt(tokens, first - 2)?.cap === true && GOALS.test(tokenAt(tokens, last + 1)?.text ?? '')) return true;
  if (RESULT_PREPOSITIONS.has(previous.lower)) {
    const verb = tokens[before(tokens, previousAt)];
    // "win at Freiburg" names the ground, not the side.
    if (verb && RESULT_BEFORE_PREPOSITION.has(verb.lower) && !(previous.lower === 'at' && verb.lower !== 'home' && verb.lower !== 'away')) return true;
  }
  return false;
}

/** Marks that close one result of a list run on in a sentence: "Everton 2-1 Leicester, Chelsea 3-0 Burnley; …". */
const RESULT_ITEM_ENDS: ReadonlySet<string> = new Set([',', ';', '.']);

/** Whether the name ending at `last` is followed by a mark that closes a result of a list. */
function endsResultItem(tokens: readonly Token[], last: number): boolean {
  return RESULT_ITEM_ENDS.has(textAt(tokens, last + 1));
}

/** Whether the name ending at `last` ends its line (or the text), as a results line's last side does. */
function endsLine(tokens: readonly Token[], last: number): boolean {
  const next = tokens[last + 1];
  return next === undefined || next.newline;
}

const MARGIN_UNITS = localeWords((locale) => locale.sports.marginUnits);

/** Whether the words from `at` are a winning margin: "by", a count or an article, and a unit ("by 10 runs", "by an innings"). */
function isMargin(tokens: readonly Token[], at: number): boolean {
  if (lowerAt(tokens, at) !== 'by') return false;
  const count = lowerAt(tokens, at + 1);
  return (/^\d{1,3}$/.test(count) || count === 'an' || POINT_COUNTS.has(count)) && MARGIN_UNITS.has(lowerAt(tokens, at + 2));
}

/** Whether the text gives a match result: a score ("2-1") or a results line ("Hamburg 2 Freiburg 1"). */
export function hasMatchResult(tokens: readonly Token[]): boolean {
  for (let index = 0; index < tokens.length; index++) {
    const token = tokens[index]!;
    if (MATCH_SCORE.test(token.text)) return true;
    if (GOALS.test(token.text) && tokenAt(tokens, index - 1)?.cap === true && tokenAt(tokens, index + 1)?.cap === true && GOALS.test(tokenAt(tokens, index + 2)?.text ?? '')) return true;
  }
  return false;
}

/**
 * Whether a sentence reports a match by itself: a result verb, a capitalised side within two
 * words after it and one score within four more ("Arsenal beat Chelsea 2-1", "…, who beat
 * Fulham 3-0"), so that a short report without sports words ("league", "striker") reads as one.
 */
export function hasResultClause(tokens: readonly Token[], facts: DocumentFacts): boolean {
  if (!writesResultVerbs(facts)) return false;
  for (let index = 0; index < tokens.length; index++) {
    const verb = tokens[index]!;
    if (!verb.word || verb.text !== verb.lower || !RESULT_VERBS.has(verb.lower)) continue;
    // "drew 1-1 with Servette", "lost 2-0 to Leeds": the score right after the verb, then the side.
    if (MATCH_SCORE.test(tokenAt(tokens, index + 1)?.text ?? '') && !MATCH_SCORE.test(tokenAt(tokens, index + 2)?.text ?? '')) {
      for (let side = index + 2; side <= index + 3 && side < tokens.length; side++) if (tokens[side]!.cap) return true;
    }
    for (let side = index + 1; side <= index + 2 && side < tokens.length; side++) {
      if (!tokens[side]!.cap) continue;
      // "Yorkshire beat Lancashire by 10 runs", "by an innings": a margin only sides win by.
      if (isMargin(tokens, side + 1)) return true;
      // Set scores in a row ("6-3 6-4") are a player's match, not a club's.
      for (let score = side + 1; score <= side + 5 && score < tokens.length; score++) if (MATCH_SCORE.test(tokens[score]!.text)) return !MATCH_SCORE.test(tokenAt(tokens, score + 1)?.text ?? '');
    }
  }
  return false;
}

/**
 * "Crystal Palace took the lead", "Nottingham Forest and Luton Town drew": in a sports report, a
 * name of two words that the knowledge base does not know as a whole, whose last word ends a
 * club's name ("Palace", "Forest", "Town", "City", "Argyle"), is the club, unless it is the
 * ground ("at Crystal Palace") or its first word is a known given name ("Jack Forest").
 */
function clubByLastWord(item: Typed, tokens: readonly Token[], gaz: Gazetteer): boolean {
  const candidate = item.candidate!;
  if (item.words.length !== 2 || (item.type !== 'place' && item.type !== 'other') || kindsOf(item, gaz) !== undefined) return false;
  const [first, last] = item.words as [string, string];
  if (!CLUB_SHORT_LAST.has(last.toLowerCase()) || !PLAIN_NAME.test(first) || !PLAIN_NAME.test(last) || gaz.givenNames.has(first.toLowerCase())) return false;
  return !GROUND_WORDS.has(lowerAt(tokens, candidate.first - 1));
}

/** Result verbs that a player does as often as a side: "Dries Mertens scored". */
const PLAYER_RESULT_VERBS = localeWords((locale) => locale.sports.playerResultVerbs);

/** Words after "scored" that follow a player, not a side: "scored his first goal", "scored from the spot". */
const PLAYER_SCORING_AFTER: ReadonlySet<string> = new Set(['his', 'her', 'from']);

/** Adverbs of how often or when one scored: "scored twice as …", "equalised late for …". */
const SCORING_ADVERBS: ReadonlySet<string> = new Set(['twice', 'once', 'again', 'late', 'early', 'first']);
/** Words after a goal that name the side apart from the scorer: "scored twice as Tottenham beat Leeds", "equalised for Brentford". */
const SIDE_AFTER_GOAL: ReadonlySet<string> = new Set(['as', 'for']);

/**
 * Whether what follows "scored" from `at` names the side apart from the one who scored, so
 * that the scorer is a player: an adverb or a count may come first, then "as" or "for" and a
 * capitalised word ("Richarlison scored twice as Tottenham beat Leeds", "equalised for
 * Brentford"), or "and" and another scorer ("Rashford scored twice and Garnacho added a third").
 */
function sideNamedAfterGoal(tokens: readonly Token[], at: number): boolean {
  let next = tokenAt(tokens, at);
  if (next !== undefined && (SCORING_ADVERBS.has(next.text) || /^\d{1,2}$/.test(next.text))) next = tokenAt(tokens, ++at);
  if (next === undefined || !tokenAt(tokens, at + 1)?.cap) return false;
  if (SIDE_AFTER_GOAL.has(next.text)) return true;
  const verb = tokenAt(tokens, at + 2);
  return next.text === 'and' && verb !== undefined && verb.text === verb.lower && STAT_LINE_VERBS.has(verb.lower);
}

/**
 * "Dries Mertens scored a goal": a name of two or more words, none of them a known place or
 * name, that scores is a player more often than a club ("Manchester United scored" has its
 * city).
 */
function playerWhoScored(item: Typed, tokens: readonly Token[], gaz: Gazetteer): boolean {
  if (!PLAYER_RESULT_VERBS.has(lowerAt(tokens, item.candidate!.last + 1))) return false;
  // "Richarlison scored his second", "… scored from a mistake": one word too, where what follows is a player's.
  if (item.words.length === 1) return (PLAYER_SCORING_AFTER.has(textAt(tokens, item.candidate!.last + 2)) || sideNamedAfterGoal(tokens, item.candidate!.last + 2)) && kindsOf(item, gaz) === undefined;
  return kindsOf(item, gaz) === undefined && item.words.every((word) => !gaz.phrases.has(lookupKey(word)));
}

const JOIN_VERBS = localeWords((locale) => locale.sports.joinVerbs);
const PLAY_FOR_VERBS = localeWords((locale) => locale.sports.playForVerbs);
const TALLY_NOUNS = localeWords((locale) => locale.sports.tallyNouns);
const PLAY_ADVERBS = localeWords((locale) => locale.sports.playAdverbs);
const ARRIVAL_VERBS = localeWords((locale) => locale.sports.arrivalVerbs);
/** How many names a list after "for" may give its clubs: "for Ajax, Barcelona and Atletico". */
const MAX_CLUB_LIST = 6;

/**
 * Whether "for" at `at` follows a player's playing: a verb of playing ("played for", "signed
 * for"), a tally ("31 goals for", "200 appearances for"), a verb and an adverb ("scored twice
 * for") or a count of times ("played 200 times for"). A town has no goals and no appearances.
 */
function playsForAt(tokens: readonly Token[], at: number): boolean {
  const word = tokenAt(tokens, at);
  if (!word || word.text !== 'for') return false;
  const before = lowerAt(tokens, at - 1);
  if (PLAY_FOR_VERBS.has(before) || TALLY_NOUNS.has(before)) return true;
  if (PLAY_ADVERBS.has(before)) return PLAY_FOR_VERBS.has(lowerAt(tokens, at - 2));
  return before === 'times' && PLAY_FOR_VERBS.has(lowerAt(tokens, at - 3));
}

/** Whether a player comes "from" the town at `first`: "joined from Lyon", "signed from Porto". */
function arrivesFrom(tokens: readonly Token[], first: number): boolean {
  return lowerAt(tokens, first - 1) === 'from' && tokenAt(tokens, first - 1)!.text === 'from' && ARRIVAL_VERBS.has(lowerAt(tokens, first - 2));
}

/** Whether a lower-case common noun follows the name ending at `last`: "a season for Leeds farmers" names the town's people. */
function beforeNoun(tokens: readonly Token[], last: number, gaz: Gazetteer): boolean {
  const next = tokenAt(tokens, last + 1);
  if (!next || !next.word || next.text !== next.lower) return false;
  const tag = gaz.pos.get(next.lower) ?? gaz.pos.get(next.lower.replace(/s$/, ''));
  return tag === 'Singular' || tag === 'Plural';
}

/** The index of the next name in a list after the name ending at `last` (", X", "and X", ", and X"), or -1. */
function nextInList(tokens: readonly Token[], last: number): number {
  let at = last + 1;
  if (textAt(tokens, at) === ',') at++;
  if (textAt(tokens, at) === 'and') at++;
  return at > last + 1 && tokenAt(tokens, at)?.cap === true ? at : -1;
}

/**
 * "He played for Leicester before joining Everton", "31 goals for Leeds, Hull and Cardiff",
 * "joined from Lyon": a town one plays, scores or signs for, joins or comes from as a player is
 * its club in any text (a town is not joined; a country is, as a member, and keeps its type),
 * and so is each town listed after it. Only towns the knowledge base files as cities: a person
 * one joins ("joined Smith in calling for") is read as before.
 */
export function clubsJoinedOrPlayedFor(typed: Typed[], tokens: readonly Token[], gaz: Gazetteer): void {
  // "Senator Warren spoke. Brown joined Warren": a name the text gives a person or a title is that person.
  const personWords = new Set<string>();
  for (const item of typed) if (item.type === 'person' || item.candidate?.title) for (const word of item.words) personWords.add(word.toLowerCase());
  // `regions`: "31 goals for Leeds" may name a county or a state's side too; one only joins a region's towns.
  const townClub = (item: Typed, regions: boolean): boolean => {
    const candidate = item.candidate;
    // "joined Warren in calling for …": a city's name read as a person (Elizabeth Warren) stays the person.
    if (!candidate || candidate.caps || item.type === 'organization' || item.type === 'person' || item.words.length > 2 || item.words.some((word) => personWords.has(word.toLowerCase()))) return false;
    const kinds = kindsOf(item, gaz);
    if (kinds === undefined || kinds.includes('country')) return false;
    return regions ? kinds.includes('city') || kinds.includes('capital') || kinds.includes('region') : (kinds.includes('city') || kinds.includes('capital')) && !kinds.includes('region');
  };
  let byFirstToken: ReadonlyMap<number, Typed> | undefined;
  for (const item of typed) {
    const candidate = item.candidate;
    if (!candidate) continue;
    const first = candidate.first;
    const previous = lowerAt(tokens, first - 1);
    const joined = JOIN_VERBS.has(previous) && tokens[first - 1]!.text === previous;
    // "joined Chelsea's academy": the possessor is the club too, but "joined London's mayor" is the city.
    const possessed = tokenAt(tokens, candidate.last + 1)?.text === "'s" || tokenAt(tokens, candidate.last + 1)?.text === '\u2019s';
    if ((joined && !possessed) || arrivesFrom(tokens, first)) {
      if (townClub(item, false)) setOrganisation(item);
      continue;
    }
    if (!playsForAt(tokens, first - 1)) continue;
    // "27 goals for Ajax, Barcelona and Atletico": every town of the list, whatever the first one is.
    byFirstToken ??= mentionsByEdgeToken(typed).byFirstToken;
    let listed: Typed | undefined = item;
    for (let count = 0; listed?.candidate && count < MAX_CLUB_LIST; count++) {
      if (townClub(listed, true) && !beforeNoun(tokens, listed.candidate.last, gaz)) setOrganisation(listed);
      const next = nextInList(tokens, listed.candidate.last);
      listed = next < 0 ? undefined : byFirstToken.get(next);
    }
  }
}

const SCORING_VERBS = localeWords((locale) => locale.sports.scoringVerbs);
const DISMISSAL_MARKS = localeWords((locale) => locale.sports.dismissalMarks);

/**
 * "M. Atherton c Latif b Wasim 31": on a cricket scorecard the name after a lower-case mark of a
 * dismissal is the fielder or the bowler, a person, when another mark or the batsman's runs
 * follow it ("c Ijaz b Mushtaq 12" had made "Mushtaq" a side of a results line).
 */
export function cricketDismissals(typed: Typed[], tokens: readonly Token[]): void {
  for (const item of typed) {
    const candidate = item.candidate;
    if (!candidate || item.words.length > 2 || item.type === 'person' || item.type === 'nationality') continue;
    const mark = tokenAt(tokens, candidate.first - 1);
    if (!mark || mark.text !== mark.lower || !DISMISSAL_MARKS.has(mark.text)) continue;
    const next = tokenAt(tokens, candidate.last + 1);
    if (!next || !((next.text === next.lower && DISMISSAL_MARKS.has(next.text)) || /^\d{1,3}$/.test(next.text))) continue;
    item.type = 'person';
    item.firm = true;
    item.guess = false;
    item.scores = item.scores ?? new Float32Array(LABELS.length);
    candidate.weak = false;
  }
}

/**
 * "Chelsea's Gianluca Vialli scored the winner", "Barcelona's Ronaldo netted twice": the one-word
 * possessor of a player who scores is the club in any text (a town has no scorers), whatever
 * given name or town it also is. Countries keep the place, as news corpora keep national teams;
 * a name the text gives a person in full or with a title stays that person.
 */
export function clubsOfScorers(typed: Typed[], tokens: readonly Token[], gaz: Gazetteer): void {
  const { byFirstToken } = mentionsByEdgeToken(typed);
  for (const item of typed) {
    const candidate = item.candidate;
    if (!candidate || item.words.length !== 1 || !mayBeClub(item, gaz) || namedPerson(item)) continue;
    const kinds = kindsOf(item, gaz);
    if (kinds && (kinds.includes('region') || kinds.includes('org') || kinds.includes('agency'))) continue;
    const mark = tokenAt(tokens, candidate.last + 1)?.text;
    if (mark !== "'s" && mark !== '\u2019s') continue;
    const player = byFirstToken.get(candidate.last + 2);
    if (!player || player.type !== 'person' || !player.candidate || !SCORING_VERBS.has(lowerAt(tokens, player.candidate.last + 1))) continue;
    setClub(item);
  }
}

/** Kinds of a word that make it no player's name after a nationality: a country, a people, a body or a team. */
const NO_PLAYER_KINDS: ReadonlySet<string> = new Set(['country', 'demonym', 'region', 'org', 'agency', 'team']);

/**
 * "Chilean Bravo saved a penalty … Bravo denied the striker again": in a sports report, one word
 * right after a nationality that the text also gives alone is the player, whatever ordinary
 * word ("bravo") or town ("Corona") it also is, and so is each of its mentions. A country, a
 * body, a team or a word the report reads as a club ("Dutch Ajax … Ajax won") keeps its type.
 */
export function playersAfterNationality(typed: Typed[], tokens: readonly Token[], gaz: Gazetteer, namesAlone: ReadonlySet<string>, sportsReport: boolean): void {
  if (!sportsReport || namesAlone.size === 0) return;
  const { byLastToken } = mentionsByEdgeToken(typed);
  const clubs = new Set<string>();
  for (const item of typed) if (item.type === 'organization') clubs.add(item.key);
  const players = new Set<string>();
  for (const item of typed) {
    const candidate = item.candidate;
    if (!candidate || item.words.length !== 1 || item.type === 'person' || candidate.caps || !namesAlone.has(item.words[0]!.toLowerCase()) || clubs.has(item.key)) continue;
    if (byLastToken.get(candidate.first - 1)?.type !== 'nationality') continue;
    const kinds = kindsOf(item, gaz);
    if (kinds?.some((kind) => NO_PLAYER_KINDS.has(kind))) continue;
    // ("Dutch Ajax have won": a plural verb follows a side.)
    if (PLURAL_VERBS.has(lowerAt(tokens, candidate.last + 1))) continue;
    players.add(item.key);
  }
  if (players.size === 0) return;
  for (const item of typed) if (item.candidate && item.words.length === 1 && players.has(item.key)) setPlayer(item);
}

/** Makes a mention a person read by a rule. */
function setPlayer(item: Typed): void {
  item.type = 'person';
  item.firm = true;
  item.guess = false;
  item.scores = item.scores ?? new Float32Array(LABELS.length);
  item.candidate!.weak = false;
}

const REPORT_WORDS = localeWords((locale) => locale.sports.reportWords);
const TABLE_NOUNS = localeWords((locale) => locale.sports.tableNouns);
const RACE_MODIFIERS = localeWords((locale) => locale.sports.raceModifiers);
const RACE_NOUNS = localeWords((locale) => locale.sports.raceNouns);
/** Whether the text writes a report word, a race's modifier or a table position at all: each list is read only if so. */
const writesReportWords = lowerWordCheck(REPORT_WORDS);
const writesRaceModifiers = lowerWordCheck(RACE_MODIFIERS);
const writesPositions = lowerWordCheck(POSITIONS);

/**
 * Whether the text is a sports report by its words alone: a word only such a report uses
 * ("striker", "relegation", "wickets"), or a table position ("top of the table", "bottom of
 * the standings"), as transfer news and previews have where no score stands.
 */
export function hasReportWords(tokens: readonly Token[], facts: DocumentFacts): boolean {
  const report = writesReportWords(facts);
  const race = writesRaceModifiers(facts);
  const position = writesPositions(facts);
  if (!report && !race && !position) return false;
  for (let index = 0; index < tokens.length; index++) {
    const token = tokens[index]!;
    if (token.text !== token.lower) continue;
    if (report && REPORT_WORDS.has(token.lower)) return true;
    // "in the title race", "the relegation battle": a league's contest.
    if (race && RACE_MODIFIERS.has(token.lower) && RACE_NOUNS.has(lowerAt(tokens, index + 1))) return true;
    if (position && POSITIONS.has(token.lower) && lowerAt(tokens, index + 1) === 'of' && lowerAt(tokens, index + 2) === 'the' && TABLE_NOUNS.has(lowerAt(tokens, index + 3))) return true;
  }
  return false;
}

/**
 * Clubs in a sports report: a city or an unknown name that plays a match ("Juventus lost 1-0
 * to Napoli"), holds a table position ("Munich remains second") or stands after a side noun
 * ("leaders Leverkusen") is an organisation; so is a name joined by "and" to such a side
 * ("Fiorentina and Torino drew"). `sportsReport` says whether the text reads as one.
 */
export function sidesInSportsReports(typed: Typed[], tokens: readonly Token[], gaz: Gazetteer, sportsReport: boolean): void {
  if (!sportsReport) return;
  const personParts = new Set<string>();
  for (const item of typed) {
    if (item.type !== 'person' || item.words.length < 2 || pluralClubName(item, gaz)) continue;
    for (const word of item.words) personParts.add(word.toLowerCase());
  }
  const { byFirstToken, byLastToken } = mentionsByEdgeToken(typed);
  // Where people's names start (n) and end (-n): a player's opponent is a player.
  const personAt = new Set<number>();
  for (const item of typed) {
    if (item.type !== 'person' || !item.candidate || pluralClubName(item, gaz)) continue;
    personAt.add(item.candidate.first);
    personAt.add(-item.candidate.last);
  }
  const sides = new Set<Typed>();
  for (const item of typed) {
    if (openingSide(item, tokens, gaz, personParts)) {
      item.candidate!.weak = false;
      sides.add(item);
      continue;
    }
    if (!isSide(item, gaz, personParts)) continue;
    if (clubByLastWord(item, tokens, gaz)) {
      sides.add(item);
      continue;
    }
    if (playerWhoScored(item, tokens, gaz)) {
      // ("Richarlison scored twice as Tottenham beat Leeds": one word that scores for a side is the player.)
      if (item.words.length === 1 && item.type !== 'organization') setPlayer(item);
      continue;
    }
    if (sideContext(tokens, item.candidate!.first, item.candidate!.last, personAt) || pluralClubTakingPluralVerb(item, tokens, gaz) || starredFor(tokens, item.candidate!.first) || (item.type === 'place' && (clubBelongingAfter(tokens, item.candidate!.last) || townPlayingCue(tokens, item.candidate!.first, item.candidate!.last, kindsOf(item, gaz)?.includes('capital') === true)))) sides.add(item);
  }
  // "Fiorentina and Torino shared the points": the partner of a side in a pair is one too.
  for (const item of typed) {
    if (sides.has(item) || !isSide(item, gaz, personParts)) continue;
    const { first, last } = item.candidate!;
    const partnerAfter = lowerAt(tokens, last + 1) === 'and' ? byFirstToken.get(last + 2) : undefined;
    const partnerBefore = lowerAt(tokens, first - 1) === 'and' ? byLastToken.get(first - 2) : undefined;
    const pairVerb = partnerAfter ? tokenAt(tokens, partnerAfter.candidate!.last + 1) : undefined;
    if ((partnerAfter && (sides.has(partnerAfter) || (pairVerb !== undefined && (pairVerb.lower === 'shared' || RESULT_VERBS.has(pairVerb.lower))))) || (partnerBefore && sides.has(partnerBefore))) sides.add(item);
  }
  // "Barcelona's Ronaldo scored": a side's player, named in full or by one name.
  for (const item of typed) {
    if (sides.has(item) || !isSide(item, gaz, personParts)) continue;
    const next = tokenAt(tokens, item.candidate!.last + 1);
    if ((next?.text === "'s" || next?.text === '\u2019s') && personAt.has(item.candidate!.last + 2)) sides.add(item);
  }
  // A club is a club all through the report, except where it is the ground ("in Munich", "at Leeds").
  const clubKeys = new Set<string>();
  for (const item of sides) clubKeys.add(item.key);
  // ("Boston beat Miami 110-100 … six 3-pointers for Boston": a town an earlier rule made a club is one too.)
  for (const item of typed) if (item.type === 'organization' && item.candidate && !item.candidate.caps && isCityKind(kindsOf(item, gaz))) clubKeys.add(item.key);
  for (const item of typed) {
    if (sides.has(item) || !clubKeys.has(item.key) || item.type === 'organization' || !item.candidate || item.candidate.caps) continue;
    if (!isSide(item, gaz, personParts) || GROUND_WORDS.has(tokenAt(tokens, item.candidate.first - 1)?.lower ?? '')) continue;
    sides.add(item);
  }
  for (const item of sides) {
    if (!opensDateline(item, tokens)) setOrganisation(item);
  }
}

/**
 * Whether a name in capitals opens its line before a comma, a bracket or a dash: a dateline's
 * city ("LEEDS, England (AP) —", "BOSTON (AP) —"), the place the report was filed from, even
 * where the report's club is named after it.
 */
function opensDateline(item: Typed, tokens: readonly Token[]): boolean {
  const candidate = item.candidate!;
  if (!(candidate.first === 0 || tokens[candidate.first]!.newline) || !item.words.every((word) => word === word.toUpperCase())) return false;
  const next = textAt(tokens, candidate.last + 1);
  return next === ',' || next === '(' || next === '\u2014' || next === '-' || next === '\u2013';
}

const CLUB_BELONGINGS = localeWords((locale) => locale.sports.clubBelongings);
const CLUB_FOLLOWERS = localeWords((locale) => locale.sports.clubFollowers);

/**
 * Whether what only a club has follows the name ending at `last`, in a sports report:
 * "Liverpool's all-conquering teams", "Monaco's academy", "Southampton's manager" (one
 * modifier may stand between), or its players and fans without the possessive ("Leeds fans").
 * A town's possessive names its people or its mayor otherwise ("London's mayor").
 */
function clubBelongingAfter(tokens: readonly Token[], last: number): boolean {
  const next = tokenAt(tokens, last + 1);
  if (!next || next.text !== next.lower) return false;
  if (CLUB_FOLLOWERS.has(next.lower)) return true;
  if (next.text !== "'s" && next.text !== '\u2019s') return false;
  let at = last + 2;
  const word = tokenAt(tokens, at);
  if (!word || !word.word || word.text !== word.lower) return false;
  if (!CLUB_BELONGINGS.has(word.lower)) {
    at++;
    const noun = tokenAt(tokens, at);
    return noun !== undefined && noun.word && noun.text === noun.lower && CLUB_BELONGINGS.has(noun.lower);
  }
  return true;
}

const LEAD_GIVERS = localeWords((locale) => locale.sports.leadGivers);
const MATCH_NOUNS = localeWords((locale) => locale.sports.matchNouns);
/** How far back from "from" a verb of joining may stand: "joined United from Monaco", "joining the club from Lille". */
const JOIN_REACH = 4;
/** Verbs of a player leaving a club, in a sports report: "leave Tottenham", "quit Leeds". */
const LEAVE_VERBS = new Set(['leave', 'leaves', 'leaving', 'left', 'quit', 'quits', 'quitting']);
/** Verbs by which a player takes a side to a result: "leading Oklahoma City to a 117-101 win", "lifted Leeds to victory". */
const CARRY_VERBS = new Set(['lead', 'leads', 'leading', 'led', 'lift', 'lifts', 'lifting', 'lifted', 'carry', 'carries', 'carrying', 'carried', 'power', 'powers', 'powering', 'powered', 'propel', 'propels', 'propelling', 'propelled', 'fire', 'fires', 'firing', 'fired']);
/** How many words may stand between "to" and the result: "to a 117-101 overtime win". */
const CARRIED_TO_REACH = 4;

/**
 * Whether the words after the name ending at `last` are "to", up to a few words (an article, a
 * score, a modifier) and a result ("… Oklahoma City to a 117-101 win"), after a verb of carrying.
 */
function carriedToResult(tokens: readonly Token[], last: number): boolean {
  if (lowerAt(tokens, last + 1) !== 'to') return false;
  for (let at = last + 2; at <= last + 2 + CARRIED_TO_REACH && at < tokens.length; at++) {
    const token = tokens[at]!;
    if (token.text !== token.lower) return false;
    if (RESULT_NOUNS.has(token.lower)) return true;
  }
  return false;
}
/** Verbs by which a goal or a player gives a side a result: "earned Swansea a 1-0 victory". */
const EARN_VERBS = new Set(['earned', 'earns', 'earning', 'handed', 'hands', 'handing', 'secured', 'secures', 'securing', 'sealed', 'seals', 'sealing', 'gave', 'gives', 'giving']);

/** Whether the words after the name ending at `last` are "a" or "an", up to a few words and a result: "… Swansea a 1-0 victory". */
function resultEarned(tokens: readonly Token[], last: number): boolean {
  const article = lowerAt(tokens, last + 1);
  if (article !== 'a' && article !== 'an' && article !== 'their') return false;
  for (let at = last + 2; at <= last + 1 + CARRIED_TO_REACH && at < tokens.length; at++) {
    const token = tokens[at]!;
    // ("a first Premier League win": a competition's capitalised name may stand before the result.)
    if (!token.word && !MATCH_SCORE.test(token.text)) return false;
    if (token.text === token.lower && RESULT_NOUNS.has(token.lower)) return true;
  }
  return false;
}

/** Verbs by which a side takes a result itself: "Liverpool secured a 2-0 victory". */
const TAKE_RESULT_VERBS = new Set(['secured', 'secures', 'sealed', 'seals', 'clinched', 'clinches', 'claimed', 'claims', 'earned', 'earns', 'recorded', 'records', 'registered', 'grabbed', 'snatched']);
/** How many words the winner's name may have between "for" and "over": "a win for Sheffield Wednesday over Hull". */
const WINNER_WORDS = 3;
/** Words after a result's side that name the beaten one: "a 2-1 win for Brighton over Brentford". */
const BEATEN_SIDE_WORDS: ReadonlySet<string> = new Set(['over', 'against']);

/**
 * Whether the town at `first`..`last` takes a result itself ("Liverpool secured a 2-0 victory")
 * or is the side a result is for, over another ("a 2-1 win for Brighton over Brentford"). A
 * town secures no victory and no win is for a town over another.
 */
function resultTaken(tokens: readonly Token[], first: number, last: number): boolean {
  const verb = tokenAt(tokens, last + 1);
  if (verb && verb.text === verb.lower && TAKE_RESULT_VERBS.has(verb.lower) && resultEarned(tokens, last + 1)) return true;
  if (textAt(tokens, first - 1) === 'for') return RESULT_NOUNS.has(textAt(tokens, first - 2)) && BEATEN_SIDE_WORDS.has(textAt(tokens, last + 1));
  // "… win for Reading over Burnley": the beaten side, after the winner's name of up to three words.
  if (!BEATEN_SIDE_WORDS.has(textAt(tokens, first - 1))) return false;
  let at = first - 2;
  while (at > first - 2 - WINNER_WORDS && tokenAt(tokens, at)?.cap === true) at--;
  return at < first - 2 && textAt(tokens, at) === 'for' && RESULT_NOUNS.has(textAt(tokens, at - 1));
}

const STAR_NOUNS = localeWords((locale) => locale.sports.starNouns);
/** How far back from a listed side its "for" may stand: "heroes for Leeds, Hull and Crystal Palace". */
const STARRED_LIST_REACH = 8;

/**
 * Whether the name at `first` is what a player stars or scores for, alone or in a list after
 * "for": "two-goal heroes for Leeds and Crystal Palace", "scored twice for Hull". In a sports
 * report such a side is a club whatever place it also names (a district, a county), not only
 * a town filed as a city.
 */
function starredFor(tokens: readonly Token[], first: number): boolean {
  for (let at = first - 1; at >= 0 && at >= first - STARRED_LIST_REACH; at--) {
    const token = tokens[at]!;
    if (token.text === 'for') return STAR_NOUNS.has(lowerAt(tokens, at - 1)) || playsForAt(tokens, at);
    if (!token.cap && token.text !== ',' && token.text !== 'and') return false;
  }
  return false;
}

/** Nouns of a side's result: "a 117-101 win", "victory". */
const RESULT_NOUNS = new Set(['win', 'victory', 'triumph', 'upset', 'title', 'championship', 'comeback']);

/**
 * Whether a town read as a place plays in the words around it, in a sports report: it is given
 * the lead ("had given Southampton the lead", "put Leeds ahead"), a match is lost or drawn to or
 * with it ("lost their opening group match to Wolfsburg"), a player joins from it ("joined
 * United from Monaco") or wants to leave it ("wants to leave Tottenham this summer"). A town is
 * given no lead, beats no one and is left by no player.
 */
function townPlayingCue(tokens: readonly Token[], first: number, last: number, capital: boolean): boolean {
  if (resultTaken(tokens, first, last)) return true;
  const previous = tokenAt(tokens, first - 1);
  if (!previous || previous.text !== previous.lower) return false;
  // (A team leaves a capital on a day for a match: "left London on Monday".)
  if (LEAVE_VERBS.has(previous.lower)) return !capital && lowerAt(tokens, last + 1) !== 'on';
  if (CARRY_VERBS.has(previous.lower)) return carriedToResult(tokens, last);
  // "Nathan Dyer's goal earned Swansea a 1-0 victory": the side a goal earns a result.
  if (EARN_VERBS.has(previous.lower)) return resultEarned(tokens, last);
  if (LEAD_GIVERS.has(previous.lower)) {
    const next = lowerAt(tokens, last + 1);
    return next === 'ahead' || (next === 'in' && lowerAt(tokens, last + 2) === 'front') || ((next === 'the' || next === 'a') && lowerAt(tokens, last + 2) === 'lead');
  }
  if ((previous.lower === 'to' || previous.lower === 'with') && MATCH_NOUNS.has(lowerAt(tokens, first - 2))) {
    // "… match to Wolfsburg": the match was lost (or drawn) earlier in the clause.
    for (let at = first - 3; at >= 0 && at >= first - 10; at--) {
      const token = tokens[at]!;
      if (!token.word) return false;
      if (RESULT_BEFORE_PREPOSITION.has(token.lower) && token.text === token.lower) return true;
    }
    return false;
  }
  if (previous.lower === 'from') {
    for (let at = first - 2; at >= 0 && at >= first - 1 - JOIN_REACH; at--) {
      const token = tokens[at]!;
      if (!token.word) return false;
      if (JOIN_VERBS.has(token.lower) && token.text === token.lower) return true;
    }
  }
  return false;
}

/** Prepositions before a club's city that name the place, not the side: "in Munich", "at Leeds". */
const GROUND_WORDS = localeWords((locale) => locale.sports.groundWords);

/** Verbs right before "the X" that name a side one joins or beats: "joined the Pirates". */
const TEAM_VERBS = localeWords((locale) => locale.sports.teamVerbs);
/** Prepositions before "the X" that name a side after a word of playing: "played for the Pirates", "a season with the Owls". */
const TEAM_PREPOSITIONS = localeWords((locale) => locale.sports.teamPrepositions);
const PLAY_WORDS = localeWords((locale) => locale.sports.playWords);

/**
 * "played for the Pirates", "joined the Rice Owls", "a season with the Owls": in a text about
 * sport, a plural name that one plays for, joins or beats is a team. A nation's people ("the
 * Turks") and known places ("the Philippines") are not.
 */
export function teamsByPlural(typed: Typed[], tokens: readonly Token[], gaz: Gazetteer, aboutSport: boolean): void {
  if (!aboutSport) return;
  for (const item of typed) {
    const candidate = item.candidate;
    if (!candidate || candidate.weak || candidate.caps || item.words.length > 3) continue;
    if (item.type === 'organization' || item.type === 'nationality' || (item.type === 'other' && item.firm) || (item.type === 'person' && item.firm && !item.guess)) continue;
    const last = item.words[item.words.length - 1]!;
    if (!/^\p{Lu}\p{Ll}+s$/u.test(last)) continue;
    if (kindsOf(item, gaz) !== undefined || gaz.demonyms.has(last.toLowerCase().slice(0, -1)) || gaz.demonyms.has(last.toLowerCase())) continue;
    if (lowerAt(tokens, candidate.first - 1) !== 'the') continue;
    const verb = tokenAt(tokens, candidate.first - 2);
    if (!verb) continue;
    const played = TEAM_PREPOSITIONS.has(verb.lower) && PLAY_WORDS.has(tokenAt(tokens, candidate.first - 3)?.lower ?? '');
    if (!TEAM_VERBS.has(verb.lower) && !played) continue;
    setOrganisation(item);
  }
}

const CONTEST_NOUNS = localeWords((locale) => locale.sports.contestNouns);
const MATCH_RESULT_VERBS = localeWords((locale) => locale.sports.resultVerbs);

/**
 * "The Springboks won the final", "the Kestrels lost a tie": in any text, an unknown plural
 * name after "the" that wins or loses a match is a team (no person is "the Xs"; a family or a
 * party wins no final). A nation's people and known names keep their reading.
 */
export function teamsWinningContests(typed: Typed[], tokens: readonly Token[], gaz: Gazetteer): void {
  for (const item of typed) {
    const candidate = item.candidate;
    if (!candidate || candidate.weak || candidate.caps || item.words.length > 3) continue;
    if (item.type === 'organization' || item.type === 'nationality' || (item.firm && !item.guess)) continue;
    const last = item.words[item.words.length - 1]!;
    if (!/^\p{Lu}\p{Ll}+s$/u.test(last) || lowerAt(tokens, candidate.first - 1) !== 'the') continue;
    if (kindsOf(item, gaz) !== undefined || gaz.demonyms.has(last.toLowerCase().slice(0, -1)) || gaz.demonyms.has(last.toLowerCase())) continue;
    const verb = tokenAt(tokens, candidate.last + 1);
    const article = lowerAt(tokens, candidate.last + 2);
    const contest = tokenAt(tokens, candidate.last + 3);
    if (!verb || verb.text !== verb.lower || !MATCH_RESULT_VERBS.has(verb.lower) || (article !== 'the' && article !== 'a') || !contest || contest.text !== contest.lower || !CONTEST_NOUNS.has(contest.lower)) continue;
    setOrganisation(item);
  }
}

const TRANSFER_VERBS = localeWords((locale) => locale.sports.transferVerbs);
const TRANSFER_DETERMINERS = localeWords((locale) => locale.sports.transferDeterminers);
const PLAYING_ROLES = localeWords((locale) => locale.sports.playingRoles);
/** Auxiliaries between a club and its dealing: "Everton have signed". */
const TRANSFER_AUXILIARIES: ReadonlySet<string> = new Set(['have', 'has', 'had']);

/**
 * Where a club's dealing in a player or its staff ends: a transfer verb at `at`, a determiner
 * and a playing role, plural or not ("signed the defender", "sacked their manager"); -1 when
 * the words are no such dealing.
 */
function transferRoleEnd(tokens: readonly Token[], at: number): number {
  const verb = tokenAt(tokens, at);
  if (!verb || verb.text !== verb.lower || !TRANSFER_VERBS.has(verb.lower) || !TRANSFER_DETERMINERS.has(lowerAt(tokens, at + 1))) return -1;
  const role = tokenAt(tokens, at + 2);
  if (!role || role.text !== role.lower) return -1;
  const singular = role.lower.endsWith('s') ? role.lower.slice(0, -1) : role.lower;
  return PLAYING_ROLES.has(role.lower) || PLAYING_ROLES.has(singular) ? at + 2 : -1;
}

/**
 * Where a club's dealing in a player named in full ends: a transfer verb at `at`, an optional
 * lower-case playing role, then a person of two or three words ("signed Tony Cole", "signed
 * striker Tony Cole"); -1 when the words are no such dealing.
 */
function transferPlayerEnd(tokens: readonly Token[], at: number, byFirstToken: ReadonlyMap<number, Typed>): number {
  const verb = tokenAt(tokens, at);
  if (!verb || verb.text !== verb.lower || !TRANSFER_VERBS.has(verb.lower)) return -1;
  let first = at + 1;
  const role = tokenAt(tokens, first);
  if (role && role.text === role.lower && PLAYING_ROLES.has(role.lower)) first++;
  const player = byFirstToken.get(first);
  if (!player || player.type !== 'person' || player.words.length < 2 || player.words.length > 3 || !player.candidate) return -1;
  return player.candidate.last;
}

/** Whether a name may be a club named by its town or one word: no country, nationality, organisation or person named in full. */
function mayBeClub(item: Typed, gaz: Gazetteer): boolean {
  if (!item.candidate || item.candidate.caps || item.words.length > 2 || item.type === 'organization' || item.type === 'nationality' || (item.type === 'other' && item.firm)) return false;
  const kinds = kindsOf(item, gaz);
  if (kinds && (kinds.includes('country') || kinds.includes('demonym'))) return false;
  // "Officials signed the …": an ordinary word opening a sentence names no club.
  if (item.candidate.weak && item.words.length === 1 && isCommonLower(gaz, item.key)) return false;
  return !(item.type === 'person' && item.words.length >= 2);
}

/**
 * "Everton have signed the defender from Lille", "Brighton sacked their manager", "Benfica
 * sold the winger to Chelsea": a town or a one-word name that deals in a player or its staff
 * is the club, and so is the town or one-word name the player comes from or goes to, in any
 * text (a town signs no defender). Countries keep the place; people named in full keep theirs.
 */
export function clubsInTransfers(typed: Typed[], tokens: readonly Token[], gaz: Gazetteer): void {
  const { byFirstToken } = mentionsByEdgeToken(typed);
  // "Mikel Arteta … Arteta sacked the goalkeeper coach": the words of people named in full.
  let personParts: Set<string> | null = null;
  const isPersonPart = (item: Typed): boolean => {
    if (personParts === null) {
      personParts = new Set();
      for (const person of typed) if (person.type === 'person' && person.words.length >= 2) for (const word of person.words) personParts.add(word.toLowerCase());
    }
    return item.words.some((word) => personParts!.has(word.toLowerCase()));
  };
  for (const item of typed) {
    if (!item.candidate) continue;
    let at = item.candidate.last + 1;
    if (TRANSFER_AUXILIARIES.has(lowerAt(tokens, at))) at++;
    // "Everton have signed Tony Cole from Lille": a player named in full deals the same way.
    let end = transferRoleEnd(tokens, at);
    if (end < 0) end = transferPlayerEnd(tokens, at, byFirstToken);
    if (end < 0) continue;
    // "Guardiola signed the defender": a manager signs players too, so only a name read as a
    // place (a town) is the club; a name read as a person or as nothing stays as it is.
    if (mayBeClub(item, gaz) && item.type === 'place' && !isPersonPart(item)) setClub(item);
    // "… the defender from Lille", "… the winger to Chelsea": the other club.
    const preposition = lowerAt(tokens, end + 1);
    const other = preposition === 'from' || preposition === 'to' ? byFirstToken.get(end + 2) : undefined;
    if (other && other.words.length === 1 && mayBeClub(other, gaz) && !namedPerson(other) && !isPersonPart(other)) setClub(other);
  }
}

/** Whether the text makes a name a person: named in full or titled elsewhere, not only guessed. */
const namedPerson = (item: Typed): boolean => item.type === 'person' && item.firm && !item.guess;

/** Types a side an organisation, firmly (no longer a guess). */
function setOrganisation(item: Typed): void {
  item.type = 'organization';
  item.firm = true;
  item.guess = false;
  item.scores = item.scores ?? new Float32Array(LABELS.length);
}

/** A club of a transfer: an organisation, and no longer a weak candidate either. */
function setClub(item: Typed): void {
  setOrganisation(item);
  if (item.candidate) item.candidate.weak = false;
}

const PAIRING_NOUNS = localeWords((locale) => locale.sports.pairingNouns);

/** The plural name of a side after "the" at `at` ("the Warriors"), unknown to the knowledge base and no nation's people. */
function pluralSideAt(byFirstToken: ReadonlyMap<number, Typed>, tokens: readonly Token[], gaz: Gazetteer, at: number): Typed | undefined {
  if (lowerAt(tokens, at - 1) !== 'the') return undefined;
  const item = byFirstToken.get(at);
  const candidate = item?.candidate;
  if (!item || !candidate || candidate.caps || item.words.length > 2 || item.type === 'nationality' || (item.firm && !item.guess && item.type !== 'organization')) return undefined;
  const last = item.words[item.words.length - 1]!;
  if (!/^\p{Lu}\p{Ll}+s$/u.test(last) || kindsOf(item, gaz) !== undefined || gaz.demonyms.has(last.toLowerCase().slice(0, -1)) || gaz.demonyms.has(last.toLowerCase())) return undefined;
  return item;
}

/**
 * "another showdown between the Cavs and the Warriors": in any text, two plural names after
 * "the", joined by "and" after a contest noun and "between", are the two sides (no place, no
 * person is "the Xs"). A nation's people and known names keep their reading.
 */
export function teamsInContestPairs(typed: Typed[], tokens: readonly Token[], gaz: Gazetteer): void {
  let byFirstToken: ReadonlyMap<number, Typed> | undefined;
  for (let at = 1; at + 2 < tokens.length; at++) {
    if (tokens[at]!.lower !== 'between' || !PAIRING_NOUNS.has(lowerAt(tokens, at - 1))) continue;
    // The index of mentions is built only for a text that has such a pair.
    byFirstToken ??= mentionsByEdgeToken(typed).byFirstToken;
    const first = pluralSideAt(byFirstToken, tokens, gaz, at + 2);
    if (!first) continue;
    const andAt = first.candidate!.last + 1;
    if (lowerAt(tokens, andAt) !== 'and') continue;
    const second = pluralSideAt(byFirstToken, tokens, gaz, andAt + 2);
    if (!second) continue;
    setOrganisation(first);
    setOrganisation(second);
  }
}

const CLUB_SHORT_LAST = localeWords((locale) => locale.sports.clubShortLast);
/** Words before a club's last word alone that make it something else: "the City" (a financial district), "City of London". */
const NOT_BEFORE_CLUB_SHORT = new Set(['the', 'of']);

/** The clubs a sports text names in full by their last word: "city" → "Manchester City", or null where two clubs share it. */
function clubsByLastWord(typed: readonly Typed[]): Map<string, string | null> {
  const clubs = new Map<string, string | null>();
  for (const item of typed) {
    if (item.type !== 'organization' || item.words.length < 2 || item.words.length > 3) continue;
    const last = item.words[item.words.length - 1]!;
    const lower = last.toLowerCase();
    if (!CLUB_SHORT_LAST.has(lower) || last !== last[0]!.toUpperCase() + lower.slice(1)) continue;
    const name = item.words.join(' ');
    const known = clubs.get(lower);
    clubs.set(lower, known === undefined || known === name ? name : null);
  }
  return clubs;
}

/**
 * "Manchester City beat Arsenal … City's second goal came late", "Aston Villa … Villa led at
 * the break": in a sports text, a club's last word alone, capitalised, with no other name word
 * beside it and no "the" or "of" around it, is the club the text named in full (one mention of
 * that club, grouped with it where only one club ends so). The word is an ordinary noun or a
 * place's head otherwise, which no candidate reads as a name; these mentions are new.
 */
export function clubShortForms(typed: readonly Typed[], kept: readonly Typed[], tokens: readonly Token[], sports: boolean): Typed[] {
  if (!sports) return [];
  const clubs = clubsByLastWord(typed);
  if (clubs.size === 0) return [];
  // (A candidate the rules dropped as an ordinary word may cover it; only what is kept counts.)
  const covered = (start: number): boolean => kept.some((item) => item.start <= start && start < item.end);
  const found: Typed[] = [];
  for (let at = 0; at < tokens.length; at++) {
    const token = tokens[at]!;
    if (!token.cap || token.upper || !clubs.has(token.lower)) continue;
    const before = tokenAt(tokens, at - 1);
    const after = tokenAt(tokens, at + 1);
    if ((before?.word && before.cap) || (after?.word && after.cap) || NOT_BEFORE_CLUB_SHORT.has(before?.lower ?? '') || after?.lower === 'of' || covered(token.start)) continue;
    const club = clubs.get(token.lower) ?? undefined;
    const mention = typedMention({ start: token.start, end: token.end, words: [token.text], key: lookupKey(token.text), candidate: null }, 'organization', true, null, club);
    found.push(mention);
  }
  return found;
}
