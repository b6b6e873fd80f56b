// Weekdays and relative days in a language other than English ("am Donnerstag", "mardi
// dernier", "el pasado martes", "ontem"), read only when the caller names the text's language
// (`options.lang`). The words are each locale's (`days` in `locales/<code>/days.ts`); the rules
// here are shared: find the word, check its case and neighbours, take "last"/"next" from the
// words beside it, else the clause's tense, and resolve as the English path does.
import { formatDay, formatDecade, formatMonth, shift, weekdayOf as dayOfWeek, type CivilDate } from '../calendar.js';
import { isDigitCode, wordBeforeSpace, wordEndingAt } from '../chars.js';
import { monthNumber } from '../lexicon/months.js';
import type { LocaleDays } from '../locales/types.js';
import { dayOfWeekNear, resolveMonth, resolveWeekday, unitValue, type Modifier } from './resolve.js';
import { weekendOf, type Extractor, type Found } from './extractors.js';
import type { ClauseTense, Tense } from './tense.js';

/** A word of the text: letters, with the hyphens and apostrophes inside it ("segunda-feira", "aujourd'hui"). */
export interface LocaleToken {
  start: number;
  end: number;
  /** Lower-cased, every ’ written '. */
  word: string;
  /** As written, but every ’ written ' (so that its case is read alone). */
  raw: string;
}

/** What the locale extractors read: the language's words and the text's tokens, made on first use. */
export interface LocaleText {
  /** The locale's code ('de', 'pt'). */
  code: string;
  days: LocaleDays;
  tokens: () => readonly LocaleToken[];
  /** The text's letter runs, as `clauseTense` splits its words, made on first use (`clauseRuns(text)`). */
  runs: () => ClauseRuns;
}

// Latin letters with diacritics (U+00C0–U+024F but × and ÷) belong to the word, as in findTriggers.
const isLetterCode = (code: number): boolean =>
  (code >= 97 && code <= 122) || (code >= 65 && code <= 90) || (code >= 0xc0 && code <= 0x24f && code !== 0xd7 && code !== 0xf7);
const isJoiner = (code: number): boolean => code === 45 || code === 39 || code === 0x2019;

/** The text's words in one pass over the characters: linear, no regular expression. */
export function localeTokens(text: string): LocaleToken[] {
  const tokens: LocaleToken[] = [];
  const length = text.length;
  let index = 0;
  while (index < length) {
    if (!isLetterCode(text.charCodeAt(index))) {
      index++;
      continue;
    }
    const start = index;
    for (;;) {
      while (index < length && isLetterCode(text.charCodeAt(index))) index++;
      // A hyphen or an apostrophe between two letters joins them ("terça-feira", "d'hier").
      if (index + 1 < length && isJoiner(text.charCodeAt(index)) && isLetterCode(text.charCodeAt(index + 1))) index++;
      else break;
    }
    const raw = text.slice(start, index).replaceAll('’', "'");
    tokens.push({ start, end: index, raw, word: raw.toLowerCase() });
  }
  return tokens;
}

/** Whether only a few spaces (a line break at most) lie between two tokens. */
function spaced(text: string, left: LocaleToken, right: LocaleToken): boolean {
  const gap = right.start - left.end;
  if (gap < 1 || gap > 3) return false;
  for (let index = left.end; index < right.start; index++) {
    const code = text.charCodeAt(index);
    if (code !== 32 && code !== 0xa0 && code !== 10 && code !== 9) return false;
  }
  return true;
}

/** Opening marks a sentence may begin with before its first word. */
const OPENERS = new Set(['"', "'", '«', '„', '“', '‘', '‚', '(', '»', ' ', '\u00a0', '\t']);
/** What may stand before a sentence's first word: its end, a line break, a dateline's dash or colon. */
const SENTENCE_BREAKS = new Set(['.', '!', '?', ':', ';', '…', '\n', '\r', '—', '–', '-']);

/** Whether the word at `start` opens a sentence (a capital there says nothing). */
function opensSentence(text: string, start: number): boolean {
  let index = start - 1;
  // Bounded: spaces and opening quotes only, a few of them.
  while (index >= 0 && index > start - 8 && OPENERS.has(text[index]!)) index--;
  return index < 0 || SENTENCE_BREAKS.has(text[index]!);
}

const isTitleCase = (raw: string, word: string): boolean => raw.charAt(0) !== word.charAt(0) && raw.slice(1) === word.slice(1);

/**
 * Whether a word is written as its language writes it here: lower case (or, at a sentence's
 * start, capitalised); a noun language's weekday only capitalised. A capital elsewhere makes
 * it a name ("Plácido Domingo", "Mardi Gras"), and capitals throughout a heading.
 */
function writtenAsWord(text: string, token: LocaleToken, noun: boolean): boolean {
  if (noun) return isTitleCase(token.raw, token.word);
  return token.raw === token.word || (isTitleCase(token.raw, token.word) && opensSentence(text, token.start));
}

/** The words of `tokens` from `index` on, as a phrase of `count` words written with single spaces (their lower-case `word`, or `raw` as written: "vergangene Woche"), or null. */
function phraseAt(text: string, tokens: readonly LocaleToken[], index: number, count: number, as: 'word' | 'raw' = 'word'): string | null {
  let phrase = tokens[index]?.[as];
  if (phrase === undefined) return null;
  for (let next = index + 1; next < index + count; next++) {
    if (next >= tokens.length || !spaced(text, tokens[next - 1]!, tokens[next]!)) return null;
    phrase += ` ${tokens[next]![as]}`;
  }
  return phrase;
}

/** The phrase of one or two words ending at `index` (read right to left), or null. */
function phraseBefore(text: string, tokens: readonly LocaleToken[], index: number, count: number): string | null {
  const first = index - count + 1;
  return first < 0 ? null : phraseAt(text, tokens, first, count);
}

// A weekday followed by its day ("am Donnerstag, 27. Juni", "jeudi 27 juin", "el jueves 27 de
// junio", "Donnerstag, den 27. Juni") is part of a written date: the month reader has it. After a
// short word only when a month or a numeric date follows: "am Dienstag um 14 Uhr", "mardi à 15
// heures", "am Dienstag ein 27-jähriger Fahrer" name the weekday.
const DAY_AFTER = /^,?\s{1,3}\(?(\p{L}{1,3}\s{1,3})?\d{1,2}/u;

/** Whether the weekday ending at `end` is followed by its day as a written date opens it. */
function dateAfter(text: string, end: number): boolean {
  const match = DAY_AFTER.exec(text.slice(end, end + 12));
  if (match === null) return false;
  if (match[1] === undefined) return true;
  const rest = end + match[0].length;
  if (/^[./]\d/.test(text.slice(rest, rest + 2))) return true;
  const word = WORD_AFTER.exec(text.slice(rest, rest + 16));
  return word !== null && monthNumber(word[1]!) !== null;
}
// Its day of the month alone, as Brazilian and Spanish-language news write it: in parentheses
// ("nesta segunda-feira (24)", the first as an ordinal "(1º)", with its month "nesta terça-feira (9/7)", German police
// reports' "am Dienstagabend (03.09.19)" with a year of two digits, which no date reader takes), before a stop ("el martes 25,") or before a word in lower case
// ("el viernes 6 se cumplió", "del lunes 16 al viernes 20 de mayo"), or between commas ("nesta sexta-feira, 26, a
// diretoria confirmou": the second comma kept out of the mention); not before its month
// ("martes 25 de junio", which the month reader has) nor as a clock time ("mardi 10h30",
// "martes 10:30"). An amount ("el martes 25 personas") is read as a day only where the weekday
// and the day agree near the story's date, when the day is that weekday's all the same.
const DAY_OF_MONTH_AFTER = /^(?:\s{1,3}\((\d{1,2})[º°]?(?:\/(\d{1,2})|\.(\d{1,2})\.\d\d)?\)|\s{1,3}(\d{1,2})(?=[,;!?)]|\.(?!\d)|$|\s{1,3}\p{Ll})|,\s{1,3}(\d{1,2}),(?=\s))/u;
/** The word after a day that may be its month ("25. Juni", "25 de junio"). */
const WORD_AFTER = /^\.?\s{1,3}(?:de\s{1,3}|del\s{1,3})?(\p{L}+)/u;

/** The weekday's day of the month written right after it (and its month, when given: "(9/7)"), with where it ends, or null. */
function dayOfMonthAfter(text: string, end: number): { day: number; month: number | null; end: number } | null {
  const match = DAY_OF_MONTH_AFTER.exec(text.slice(end, end + 13));
  if (match === null) return null;
  const after = WORD_AFTER.exec(text.slice(end + match[0].length, end + match[0].length + 16));
  if (after !== null && monthNumber(after[1]!) !== null) return null;
  const day = Number(match[1] ?? match[4] ?? match[5]);
  const written = match[2] ?? match[3];
  const month = written === undefined ? null : Number(written);
  if (month !== null && (month < 1 || month > 12)) return null;
  return day >= 1 && day <= 31 ? { day, month, end: end + match[0].length - (match[5] === undefined ? 0 : 1) } : null;
}

/** Whether a figure ends right before `start`, a space or two between ("12 Euro"). */
function figureBefore(text: string, start: number): boolean {
  let index = start - 1;
  while (index >= 0 && start - index <= 2 && (text.charCodeAt(index) === 32 || text.charCodeAt(index) === 0xa0)) index--;
  return index < start - 1 && isDigitCode(text.charCodeAt(index));
}

/** "am Donnerstag", "am vergangenen Freitag", "jeudi", "mardi dernier", "el pasado martes", "na terça-feira passada". */
export const localeWeekdays: Extractor = (context) => {
  const locale = context.locale;
  if (locale === undefined) return [];
  const { text } = context;
  const { days } = locale;
  const tokens = locale.tokens();
  const found: Found[] = [];
  for (let index = 0; index < tokens.length; index++) {
    const token = tokens[index]!;
    const weekday = weekdayOf(token.word, days) ?? shortWeekdayAt(text, tokens, index, days);
    if (weekday === null || !writtenAsWord(text, token, days.capitalised)) continue;
    const dayAfter = dayOfMonthAfter(text, token.end);
    if (dayAfter === null && dateAfter(text, token.end)) continue;
    const previous = index > 0 && spaced(text, tokens[index - 1]!, token) ? tokens[index - 1]! : null;
    if (previous !== null && days.generic.includes(previous.word)) continue;
    if (recurs(text, tokens, index, days.recurring)) continue;
    // The words before: two ("am vergangenen", "el pasado") before one ("am", "el").
    let start = token.start;
    let modifier: Modifier = null;
    let opened = 0;
    for (const count of [2, 1]) {
      const phrase = previous === null ? null : phraseBefore(text, tokens, index - 1, count);
      if (phrase === null || !days.before.has(phrase)) continue;
      modifier = days.before.get(phrase)!;
      start = tokens[index - count]!.start;
      opened = count;
      break;
    }
    // "vorige week dinsdag", "volgende week woensdag": the week named, then its day (one date, not
    // a week and a weekday told apart).
    if (opened === 0 && previous !== null && index > 1) {
      const week = weekBefore(text, tokens, index, days);
      if (week !== null) {
        found.push({ start: week.start, end: token.end, kind: 'relative', precision: 'day', value: formatDay(dayOfWeekAt(context.reference, weekday, week.offset)) });
        continue;
      }
    }
    // A noun weekday alone may be a surname ("Freitag"): it needs its "am". Not one with a part
    // of the day glued on ("Dienstagabend", "Donnerstagvormittag"), which names no one.
    if (days.capitalised && opened === 0 && days.weekdays.has(token.word)) continue;
    // A paper's name: "Welt am Sonntag", "Bild am Sonntag". Only with its "am" alone ("40 Milliarden
    // Euro am nächsten Mittwoch" is a sum) and no figure before it ("12 Euro am Sonntag").
    const title = opened === 1 && index > 1 ? tokens[index - 2]! : null;
    if (title !== null && title.raw !== title.word && days.titles.includes(title.word) && spaced(text, title, tokens[index - 1]!) && !figureBefore(text, title.start)) continue;
    // ("am vergangenen Montag der Woche" says its week twice: only a weekday with no "last" or "next" before it reads one after it.)
    const dayOpensWeek = modifier === null;
    // The words right after it, up to three, as long as only spaces come between.
    const following: LocaleToken[] = [];
    for (let next = index + 1; next < tokens.length && next <= index + 3 && spaced(text, tokens[next - 1]!, tokens[next]!); next++) following.push(tokens[next]!);
    const one = following[0]?.word ?? null;
    const two = following.length >= 2 ? `${one} ${following[1]!.word}` : null;
    if ((one !== null && days.feasts.includes(one)) || (two !== null && days.feasts.includes(two))) continue;
    // Capitalised and followed by a capitalised word: a name ("Domingo Cavallo", "Viernes Santo").
    if (!days.capitalised && token.raw !== token.word && following[0] !== undefined && following[0].raw !== following[0].word) continue;
    // "terça-feira da semana passada", "am Montag vergangener Woche", "mardi de la semaine
    // dernière": that day of the week named; a week named otherwise ("lundi de la troisième
    // semaine") leaves the day unread.
    if (following.some((word) => days.weekWords.includes(word.word))) {
      const week = dayOpensWeek ? weekAfter(text, tokens, index, days) : null;
      if (week !== null) found.push({ start, end: week.end, kind: 'relative', precision: 'day', value: formatDay(dayOfWeekAt(context.reference, weekday, week.offset)) });
      continue;
    }
    // "segunda-feira (24)": the weekday and its day settle the date (none near the story's: unread).
    if (dayAfter !== null) {
      const date = dayOfWeekNear(context.reference, weekday, dayAfter.day, dayAfter.month);
      if (date !== null) found.push({ start, end: dayAfter.end, kind: 'relative', precision: 'day', value: formatDay(date) });
      continue;
    }
    let end = token.end;
    let last = 0;
    for (const [phrase, count] of [[two, 2], [one, 1]] as const) {
      if (phrase === null || !days.after.has(phrase)) continue;
      modifier ??= days.after.get(phrase)!;
      last = count;
      end = following[count - 1]!.end;
      break;
    }
    const part = following[last];
    if (part !== undefined && days.laterParts.includes(part.word)) end = part.end;
    // Without "last" or "next" the clause's tense decides; a clause that says neither (a
    // present tense, which in every one of these languages also tells what is planned: "Am
    // Montag beginnt der Prozess", "el presidente viaja el lunes") leaves the day unread.
    const opening = opened > 0 ? tokens[index - opened]!.word : null;
    // ("la riunione è fissata per giovedì prossimo": a "last" or "next" after it says the day outright, as one before it does.)
    const said = opening === null && (modifier === 'last' || modifier === 'next');
    const tense = said ? 'past' : opening === null ? clauseTense(text, start, end, locale) : weekdayTense(text, tokens, index - opened, start, end, modifier, locale);
    // ("spreekt over de aanslag van dinsdag": the noun's day, whose clause's future may be another phrase's.)
    if (tense === 'future' && opening === null && previous !== null && days.tense.ofWords?.includes(previous.word) === true) continue;
    // ("Het debat is donderdag": a present "be" that schedules the day, ahead.)
    const scheduled = tense === null && opening === null && modifier === null ? isScheduled(text, tokens, index, days) : null;
    // "nesta terça-feira", "este martes" in a clause that says no tense: the nearest such day, within three days of the story's.
    if (tense === null && modifier !== 'this' && scheduled !== 'future') continue;
    const value = scheduled === 'future' ? resolveWeekday(weekday, null, 'future', context.reference) : tense === null ? nearestWeekday(weekday, context.reference) : resolveWeekday(weekday, modifier, tense, context.reference);
    // "Nacht zum Sonntag": the night from Saturday to Sunday, both days.
    const openingPhrase = opening === null ? null : phraseBefore(text, tokens, index - 1, opened);
    if (openingPhrase !== null && days.nights?.includes(openingPhrase) === true) {
      found.push({ start, end, kind: 'range', precision: 'day', value: formatDay(shift(value, 'day', -1)), until: formatDay(value), night: true });
      continue;
    }
    // "Nacht von Samstag (auf Sonntag)": the night from Saturday to Sunday, the next day read with it.
    if (openingPhrase !== null && days.nightsFrom?.includes(openingPhrase) === true) {
      const joiner = last === 0 ? following[0] : undefined;
      const next = last === 0 ? following[1] : undefined;
      if (joiner !== undefined && next !== undefined && days.nightJoiners?.includes(joiner.word) === true && weekdayOf(next.word, days) === (weekday + 1) % 7) end = next.end;
      found.push({ start, end, kind: 'range', precision: 'day', value: formatDay(value), until: formatDay(shift(value, 'day', 1)), night: true });
      continue;
    }
    found.push({ start, end, kind: 'relative', precision: 'day', value: formatDay(value), ...(modifier === null && tense !== null ? { placedWeekday: true as const } : {}) });
  }
  return found;
};

/** The date nearest to the story's on this weekday (the story's own day when it is one): three days back at most, three ahead. */
function nearestWeekday(weekday: number, reference: CivilDate): CivilDate {
  const back = (dayOfWeek(reference) - weekday + 7) % 7;
  return shift(reference, 'day', back <= 3 ? -back : 7 - back);
}

/**
 * The tense a weekday opened by the token at `first` resolves in: 'past' after "last"/"next"
 * (they say it outright) and after a since-word ("seit Montag"); else the clause's, or for an
 * until-word ("ab Montag", "bis Freitag") the future when the clause says neither. Null leaves it
 * unread, as does an until-word after another weekday ("Montag bis Freitag": opening hours).
 */
function weekdayTense(text: string, tokens: readonly LocaleToken[], first: number, start: number, end: number, modifier: Modifier, locale: LocaleText): Tense | null {
  const { days } = locale;
  if (modifier === 'last' || modifier === 'next') return 'past';
  const word = tokens[first]!.word;
  if (days.sinceWords?.includes(word) === true) return 'past';
  const until = days.untilWords?.includes(word) === true;
  if (until && first > 0 && spaced(text, tokens[first - 1]!, tokens[first]!) && weekdayOf(tokens[first - 1]!.word, days) !== null) return null;
  return clauseTense(text, start, end, locale) ?? (until ? 'future' : null);
}

/** Whether one of the three words before `index` (only spaces between) makes the weekday recur: "jedes Jahr am Samstag". */
function recurs(text: string, tokens: readonly LocaleToken[], index: number, recurring: readonly string[]): boolean {
  for (let back = index - 1; back >= 0 && back >= index - 3 && spaced(text, tokens[back]!, tokens[back + 1]!); back--) {
    if (recurring.includes(tokens[back]!.word)) return true;
  }
  return false;
}

/** Marks after which a short weekday name stands alone ("nesta quinta, o", "na sexta (8)"). */
const SHORT_WEEKDAY_MARKS = new Set([',', '.', ';', ':', '(', ')', '!', '?', '\n']);

/** The weekday a short name at `index` names where it can be no ordinal (see `LocaleDays.shortWeekdays`), or null. */
function shortWeekdayAt(text: string, tokens: readonly LocaleToken[], index: number, days: LocaleDays): number | null {
  const short = days.shortWeekdays;
  const token = tokens[index]!;
  const weekday = short?.words.get(token.word);
  if (short === undefined || weekday === undefined || token.raw !== token.word) return null;
  const previous = tokens[index - 1];
  if (previous === undefined || !spaced(text, previous, token) || !short.before.includes(previous.word)) return null;
  let at = token.end;
  while (at < text.length && text.charCodeAt(at) === 32) at++;
  if (at === text.length || SHORT_WEEKDAY_MARKS.has(text[at]!)) return weekday;
  const next = tokens[index + 1];
  return next !== undefined && next.start === at && short.after.includes(next.word) ? weekday : null;
}

/** The weekday a word names, whole or with a part of the day glued on ("Donnerstagabend"), or null. */
function weekdayOf(word: string, days: LocaleDays): number | null {
  const whole = days.weekdays.get(word);
  if (whole !== undefined) return whole;
  for (const part of days.gluedParts) {
    if (word.length > part.length && word.endsWith(part)) {
      const day = days.weekdays.get(word.slice(0, -part.length));
      if (day !== undefined) return day;
    }
  }
  return null;
}

/** "gestern", "heute", "hier", "aujourd'hui", "d'hier", "ayer", "pasado mañana", "ontem", "depois de amanhã". */
export const localeRelativeDays: Extractor = (context) => {
  const locale = context.locale;
  if (locale === undefined) return [];
  const { text, reference } = context;
  const { days } = locale;
  const tokens = locale.tokens();
  const found: Found[] = [];
  // Made at the first "heute", if any.
  let marks: PastMarks | undefined;
  for (let index = 0; index < tokens.length; index++) {
    const token = tokens[index]!;
    let phrase: string | null = null;
    let count = 0;
    for (const size of [3, 2, 1]) {
      const candidate = phraseAt(text, tokens, index, size);
      if (candidate !== null && days.relative.has(candidate)) {
        phrase = candidate;
        count = size;
        break;
      }
    }
    // An elided article or preposition before it ("d'hier", "d'aujourd'hui"): the word after it.
    let start = token.start;
    let elided: string | null = null;
    if (phrase === null) {
      const apostrophe = token.word.indexOf("'");
      if (apostrophe <= 0 || !days.relative.has(token.word.slice(apostrophe + 1))) continue;
      phrase = token.word.slice(apostrophe + 1);
      elided = token.word.slice(0, apostrophe);
      start = token.start + apostrophe + 1;
      count = 1;
    }
    const first = elided === null ? token : { ...token, start, raw: token.raw.slice(start - token.start), word: phrase.split(' ')[0]! };
    const lowerOnly = days.lowerOnly.includes(phrase);
    if (lowerOnly ? first.raw !== first.word : !writtenAsWord(text, first, false)) continue;
    const previous = elided ?? (index > 0 && spaced(text, tokens[index - 1]!, token) ? tokens[index - 1]!.word : null);
    if (previous !== null && days.notAfter.get(phrase)?.includes(previous)) continue;
    const blocked = days.notBefore.get(phrase);
    if (blocked !== undefined) {
      const after = [phraseAt(text, tokens, index + count - 1, 2), phraseAt(text, tokens, index + count - 1, 3)].map((words) => words?.split(' ').slice(1).join(' ') ?? null);
      if (after.some((words) => words !== null && blocked.includes(words))) continue;
    }
    const end = tokens[index + count - 1]!.end;
    if (days.nowadays?.word === phrase) {
      marks ??= pastMarks(text, tokens, days.nowadays.contrast, reference.year - 2);
      if (meansNowadays(text, tokens, index, locale, marks)) continue;
    }
    found.push({ start, end, kind: 'relative', precision: 'day', value: formatDay(shift(reference, 'day', days.relative.get(phrase)!)) });
    index += count - 1;
  }
  return found;
};

/** How far a sentence is read each way for what sets "heute" against the past (bounded: linear). */
const SENTENCE_REACH = 160;
const isSentenceEnd = (code: number): boolean => code === 46 || code === 33 || code === 63 || code === 10;

/**
 * What sets a sentence against the past, found once for the whole text (so that each
 * "heute" reads it in constant time, however many there are): the sentence ends, and where a
 * word of `contrast` ("damals", "früher") or a year two or more before the story's stands.
 * Read in text order through `within`, whose cursors only move forward.
 */
function pastMarks(text: string, tokens: readonly LocaleToken[], contrast: ReadonlySet<string>, latestYear: number): (start: number, end: number) => { from: number; to: number; past: boolean } {
  const ends: number[] = [];
  const marks: number[] = [];
  for (let index = 0; index < text.length; index++) {
    const code = text.charCodeAt(index);
    if (isSentenceEnd(code)) ends.push(index);
    else if (isDigitCode(code)) {
      // Four digits standing alone ("1984", not "10.000" or "12345").
      const start = index;
      while (isDigitCode(text.charCodeAt(index + 1))) index++;
      const before = start > 0 ? text[start - 1]! : ' ';
      const after = text.slice(index + 1, index + 3);
      if (index - start === 3 && !/[\d.,]/.test(before) && !/^[.,]\d/.test(after)) {
        const value = Number(text.slice(start, index + 1));
        if (value >= 1000 && value <= latestYear) marks.push(start);
      }
    }
  }
  for (const token of tokens) if (contrast.has(token.word)) marks.push(token.start);
  marks.sort((left, right) => left - right);
  let end = 0;
  let mark = 0;
  return (start, stop) => {
    while (end < ends.length && ends[end]! < start) end++;
    const from = Math.max(end > 0 ? ends[end - 1]! + 1 : 0, start - SENTENCE_REACH);
    const to = Math.min(end < ends.length ? ends[end]! : text.length, stop + SENTENCE_REACH);
    while (mark < marks.length && marks[mark]! < from) mark++;
    return { from, to, past: mark < marks.length && marks[mark]! < to };
  };
}

type PastMarks = ReturnType<typeof pastMarks>;

/**
 * Whether the day word at `tokens[index]` (German "heute") means "nowadays" (see
 * `LocaleDays.nowadays`): not with a part of the day after it ("heute Abend"); yes after "bis",
 * "noch", "schon" or before "noch" unless its clause looks ahead, and in a sentence that names
 * the past ("damals", "früher", "ehemaligen", a year two or more before the story's) or whose
 * clause says how things stand ("Heute leben hier 5000 Menschen").
 */
function meansNowadays(text: string, tokens: readonly LocaleToken[], index: number, locale: LocaleText, marks: PastMarks): boolean {
  const { days } = locale;
  const { before, after, states, dayParts } = days.nowadays!;
  const token = tokens[index]!;
  const next = index + 1 < tokens.length && spaced(text, token, tokens[index + 1]!) ? tokens[index + 1]!.word : null;
  if (next !== null && dayParts.includes(next)) return false;
  // (Read in text order every time: the marks' cursors only move forward.)
  const sentence = marks(token.start, token.end);
  const previous = index > 0 && spaced(text, tokens[index - 1]!, token) ? tokens[index - 1]!.word : null;
  // (The clause's tense is read last, and only where a word asks for it: it is the dearest step.)
  const tense = (): Tense | null => clauseTense(text, token.start, token.end, locale);
  if ((previous !== null && before.includes(previous)) || (next !== null && after.includes(next))) return tense() !== 'future';
  if (sentence.past) return true;
  // A verb of state in its own clause, where no cue speaks of the day ("Heute hat die Familie … gelebt" is the day).
  let state = false;
  for (let other = index - 1; !state && other >= 0 && !CLAUSE_ENDS.has(text[tokens[other]!.end] ?? '') && tokens[other]!.start >= sentence.from; other--) {
    state = states.has(tokens[other]!.word);
  }
  for (let other = index + 1; !state && other < tokens.length && !CLAUSE_ENDS.has(text[tokens[other]!.start - 1] ?? '') && tokens[other]!.end <= sentence.to; other++) {
    state = states.has(tokens[other]!.word);
  }
  return state && tense() === null;
}

const YEAR_AFTER = /^\s{1,3}\d{4}(?!\d)/;

/**
 * "vergangene Woche", "im letzten Jahr", "la semaine dernière", "l'an prochain", "el año
 * pasado", "esta semana", "no mês passado", "l'anno scorso": a calendar period named as a
 * whole, a range of one unit as English "last week" is ('2024-W25' to '2024-W25').
 */
export const localePeriods: Extractor = (context) => {
  const locale = context.locale;
  if (locale === undefined) return [];
  const { text, reference } = context;
  const { days } = locale;
  const tokens = locale.tokens();
  const found: Found[] = [];
  for (let index = 0; index < tokens.length; index++) {
    const first = tokens[index]!;
    const weekend = weekendAt(text, tokens, index, days);
    if (weekend !== null) {
      found.push(weekendOf(reference, weekend.offset, first.start, tokens[weekend.last]!.end));
      index = weekend.last;
      continue;
    }
    for (const size of [3, 2, 1]) {
      const written = phraseAt(text, tokens, index, size, 'raw');
      if (written === null) continue;
      // The phrase as the locale writes it, or with a capital where a sentence opens.
      let period = days.periods.get(written);
      if (period === undefined && isTitleCase(first.raw, first.word) && opensSentence(text, first.start)) {
        period = days.periods.get(first.word.charAt(0) + written.slice(1));
      }
      if (period === undefined) continue;
      const last = index + size - 1;
      const next = last + 1 < tokens.length && spaced(text, tokens[last]!, tokens[last + 1]!) ? tokens[last + 1]!.word : null;
      if (next !== null && days.periodsNotBefore.includes(next)) break;
      // "Ende des Jahres 1920": a year told of, not the story's.
      if (YEAR_AFTER.test(text.slice(tokens[last]!.end, tokens[last]!.end + 8))) break;
      const [unit, offset] = period;
      const resolved = unitValue(shift(reference, unit, offset), unit);
      found.push({ start: first.start, end: tokens[last]!.end, kind: 'range', precision: resolved.precision, value: resolved.value, until: resolved.value });
      index = last;
      break;
    }
  }
  return found;
};

// A year or a day right after a month ("en junio de 2024", "im März 2024", "Juni 3"): the
// written-date reader has the whole date.
const NUMBER_AFTER_MONTH = /^\s{1,3}(?:\p{Ll}{1,3}\s{1,3})?\d/u;

/**
 * "im Juni", "Mitte Juli", "seit Januar", "en juin", "fin juin", "mi-juin", "en juin dernier",
 * "a finales de julio", "desde enero", "a giugno", "em junho": a month named alone, after a word
 * that makes it one (`monthsBefore`), written as its language writes months. Resolved as
 * English months are: "last"/"next" as they say, since-words the latest one begun, else the
 * clause's tense (in German a past one, and a future one only before the month), else the nearest.
 */
export const localeMonths: Extractor = (context) => {
  const locale = context.locale;
  if (locale === undefined) return [];
  const { text, reference } = context;
  const { days } = locale;
  const tokens = locale.tokens();
  const found: Found[] = [];
  for (let index = 0; index < tokens.length; index++) {
    const token = tokens[index]!;
    let month = days.months.get(token.word);
    let said: Modifier | 'since' | 'until' | 'by' | undefined;
    let start = token.start;
    const hyphen = token.word.indexOf('-');
    if (month === undefined && hyphen > 0) {
      // "mi-juin": the word before it glued on.
      month = days.months.get(token.word.slice(hyphen + 1));
      said = days.monthsBefore.get(token.word.slice(0, hyphen));
      if (month === undefined || said === undefined || token.raw.slice(hyphen + 1) !== token.word.slice(hyphen + 1)) continue;
    } else {
      if (month === undefined) continue;
      // German capitalises its months; the others write them in lower case (a capital "Mayo" is a name).
      if (days.capitalised ? !isTitleCase(token.raw, token.word) : token.raw !== token.word) continue;
      for (const count of [4, 3, 2, 1]) {
        const phrase = index - count < 0 || !spaced(text, tokens[index - 1]!, token) ? null : phraseBefore(text, tokens, index - 1, count);
        if (phrase === null || !days.monthsBefore.has(phrase)) continue;
        said = days.monthsBefore.get(phrase)!;
        start = tokens[index - count]!.start;
        break;
      }
      if (said === undefined) continue;
    }
    if (NUMBER_AFTER_MONTH.test(text.slice(token.end, token.end + 8))) continue;
    // "Im September und Oktober 2021": the second month's year is the first's.
    const joined = yearOfJoinedMonth(text, tokens, index, days);
    if (joined !== null) {
      found.push({ start, end: token.end, kind: 'absolute', precision: 'month', value: formatMonth(joined, month) });
      continue;
    }
    // "im März dieses Jahres", "en febrero del año pasado": its year from the story's; "desselben Jahres": another's.
    let end = token.end;
    let ofYear: -1 | 0 | 1 | null | undefined;
    for (const count of [3, 2]) {
      const phrase = index + 1 < tokens.length && spaced(text, token, tokens[index + 1]!) ? phraseAt(text, tokens, index + 1, count) : null;
      if (phrase === null || !days.monthYears.has(phrase)) continue;
      ofYear = days.monthYears.get(phrase)!;
      end = tokens[index + count]!.end;
      break;
    }
    if (ofYear === null) continue;
    if (ofYear !== undefined) {
      found.push({ start, end, kind: 'relative', precision: 'month', value: formatMonth(reference.year + ofYear, month) });
      continue;
    }
    // "en abril y marzo del año pasado": the pair's year phrase is this month's too.
    const pair = joinedMonth(text, tokens, index, days);
    if (pair !== null && pair.ofYear !== undefined) {
      if (pair.ofYear !== null) {
        found.push({ start, end, kind: 'relative', precision: 'month', value: formatMonth(reference.year + pair.ofYear, month) });
        found.push({ start: pair.start, end: pair.end, kind: 'relative', precision: 'month', value: formatMonth(reference.year + pair.ofYear, pair.month) });
      }
      index += 2;
      continue;
    }
    // "en juin dernier", "en junio pasado": "last"/"next" after it.
    const next = index + 1 < tokens.length && spaced(text, token, tokens[index + 1]!) ? tokens[index + 1]! : null;
    const after = next === null ? undefined : days.after.get(next.word);
    if (next !== null && after !== undefined && (said === null || said === 'until')) {
      said = after;
      end = next.end;
    }
    let value: string;
    let clause: ClauseTense | null = null;
    if (said === 'last' || said === 'next' || said === 'this') value = resolveMonth(month, said, 'past', reference);
    else if (said === 'since') value = resolveMonth(month, null, 'past', reference);
    // ("a promis un accord d'ici septembre": the deadline is ahead of the promise.)
    else if (said === 'by') value = resolveMonth(month, null, 'future', reference);
    else {
      const tense = clauseTense(text, start, end, locale);
      // (Which side spoke is read only for a future in a language whose future cues date no day alone.)
      const before = tense === 'future' && days.tense.readsDates !== true ? clauseTense(text, start, end, locale, 'before') : null;
      clause = monthClause(tense, before === 'future', said, days);
      value = resolveMonth(month, null, clause, reference);
    }
    found.push(clause === null ? { start, end, kind: 'relative', precision: 'month', value } : { start, end, kind: 'relative', precision: 'month', value, monthByClause: true });
    // "en abril y marzo", "Anfang Mai und Juni": a second month joined to it, in the same clause.
    const second = clause === null || end !== token.end ? null : pair;
    if (second !== null) {
      found.push({ start: second.start, end: second.end, kind: 'relative', precision: 'month', value: resolveMonth(second.month, null, clause!, reference) });
      index += 2;
    }
  }
  return found;
};

/** The month joined to the one at `index` by "und", "et", "y", written as a month and with no number after it, with the year phrase after it if any ("del año pasado"), or null. */
function joinedMonth(text: string, tokens: readonly LocaleToken[], index: number, days: LocaleDays): { month: number; start: number; end: number; ofYear?: -1 | 0 | 1 | null } | null {
  const and = tokens[index + 1];
  const second = tokens[index + 2];
  if (and === undefined || second === undefined || !days.ands.includes(and.word) || !spaced(text, tokens[index]!, and) || !spaced(text, and, second)) return null;
  const month = days.months.get(second.word);
  if (month === undefined || (days.capitalised ? !isTitleCase(second.raw, second.word) : second.raw !== second.word)) return null;
  if (NUMBER_AFTER_MONTH.test(text.slice(second.end, second.end + 8))) return null;
  // "en abril y marzo del año pasado": the year phrase is the pair's.
  for (const count of [3, 2]) {
    const phrase = index + 3 < tokens.length && spaced(text, second, tokens[index + 3]!) ? phraseAt(text, tokens, index + 3, count) : null;
    if (phrase !== null && days.monthYears.has(phrase)) return { month, start: second.start, end: tokens[index + 2 + count]!.end, ofYear: days.monthYears.get(phrase)! };
  }
  return { month, start: second.start, end: second.end };
}

// A decade's number after its phrase: four digits, or two from 30 to 90 ("los años 90"; "años 20"
// may be either century), with an elision mark before two ("anni '90").
const DECADE_NUMBER = /^\s{1,3}(?:['’]\s?)?(\d{4}|[3-9]0)(?![\d\p{L}]|[.,]\d)/u;

/** A decade's first year from its number as written ("1990" 1990, "90" 1990), or null when it is no decade's. */
function decadeYear(digits: string): number | null {
  const value = Number(digits);
  if (!digits.endsWith('0')) return null;
  if (digits.length === 2) return 1900 + value;
  return value >= 1500 && value <= 2090 ? value : null;
}

/**
 * "les années 1990", "los años 90", "la década de 1990", "anni '90", "os anos 80", "die 1990er
 * Jahre", "in den 90er-Jahren": a decade, not the year its number also names.
 */
export const localeDecades: Extractor = (context) => {
  const locale = context.locale;
  if (locale === undefined) return [];
  const { text } = context;
  const { before, glued } = locale.days.decades;
  const tokens = locale.tokens();
  const found: Found[] = [];
  for (let index = 0; index < tokens.length; index++) {
    const token = tokens[index]!;
    if (glued.includes(token.word) && token.raw.charAt(0) === token.word.charAt(0)) {
      // "1990er": the digits right before the ending, standing alone.
      let start = token.start;
      while (start > 0 && start > token.start - 4 && /\d/.test(text[start - 1]!)) start--;
      const digits = text.slice(start, token.start);
      if ((digits.length !== 2 && digits.length !== 4) || (start > 0 && /[\p{L}\d.,]/u.test(text[start - 1]!))) continue;
      const year = decadeYear(digits);
      if (year === null || (digits.length === 2 && year < 1930)) continue;
      let end = token.end;
      const next = tokens[index + 1];
      if (token.word === 'er' && next !== undefined && spaced(text, token, next) && (next.word === 'jahre' || next.word === 'jahren')) end = next.end;
      // Two digits need their "Jahre": "eine 50er" is a scooter or a banknote.
      if (digits.length === 2 && end === token.end && token.word === glued[0]) continue;
      found.push({ start, end, kind: 'absolute', precision: 'decade', value: formatDecade(year) });
      continue;
    }
    let start = -1;
    for (const count of [3, 2, 1]) {
      const phrase = phraseBefore(text, tokens, index, count);
      if (phrase !== null && before.includes(phrase)) {
        start = tokens[index - count + 1]!.start;
        break;
      }
    }
    if (start < 0) continue;
    const number = DECADE_NUMBER.exec(text.slice(token.end, token.end + 10));
    const year = number === null ? null : decadeYear(number[1]!);
    if (year === null) continue;
    found.push({ start, end: token.end + number![0].length, kind: 'absolute', precision: 'decade', value: formatDecade(year) });
  }
  return found;
};

/**
 * The tense a month named alone resolves in. Where the language's cues date written days
 * (`readsDates`), its clause's tense, or ahead after an until-word ("hasta julio") that says
 * none. In German a past cue is trusted, and a future one only before the month ("wird im März
 * eröffnet", "soll im Mai beginnen": the finite verb of a main clause), since "werden" after it is
 * as often a passive ("im September angepasst werden muss") or another clause's verb ("Das im
 * März beschlossene Gesetz wird …"). After an until-word ("ab Juli", "bis Juni") the clause's
 * past says little of the month ("hat ab Januar ins Gespräch gebracht"): ahead unless it is
 * past, then the nearest.
 */
function monthClause(tense: Tense | null, futureBefore: boolean, said: 'until' | null, days: LocaleDays): ClauseTense {
  if (days.tense.readsDates === true) return tense ?? (said === 'until' ? 'future' : 'none');
  if (said === 'until') return tense === 'past' ? 'none' : 'future';
  if (tense === 'past') return 'past';
  return futureBefore ? 'future' : 'none';
}

/** What ends a sentence right after a scheduled weekday ("Het debat is donderdag."). */
const SENTENCE_END_CODES: ReadonlySet<number> = new Set(['.', '!', '?', ';', '\n'].map((end) => end.charCodeAt(0)));

/**
 * 'future' when the bare weekday at `index` follows a present "be" of the locale's
 * `scheduleCopula` and ends its sentence or stands before its hour ("Het debat is donderdag",
 * "is vrijdag om tien uur"), not after a subject naming the day itself ("het is donderdag").
 */
function isScheduled(text: string, tokens: readonly LocaleToken[], index: number, days: LocaleDays): 'future' | null {
  const schedule = days.tense.scheduleCopula;
  const copula = tokens[index - 1];
  if (schedule === undefined || copula === undefined || !spaced(text, copula, tokens[index]!) || copula.raw !== copula.word || !schedule.copulas.includes(copula.word)) return null;
  const subject = tokens[index - 2];
  if (subject === undefined || schedule.notSubjects.includes(subject.word)) return null;
  const next = tokens[index + 1];
  if (next !== undefined && spaced(text, tokens[index]!, next) && schedule.after.includes(next.word)) return 'future';
  let at = tokens[index]!.end;
  while (at < text.length && text.charCodeAt(at) === 32) at++;
  return at === text.length || SENTENCE_END_CODES.has(text.charCodeAt(at)) ? 'future' : null;
}

/** The first words of each locale's weekend phrases, lower-cased, by map. */
const WEEKEND_OPENERS = new WeakMap<ReadonlyMap<string, -1 | 1>, ReadonlySet<string>>();
function weekendOpeners(weekends: ReadonlyMap<string, -1 | 1>): ReadonlySet<string> {
  let openers = WEEKEND_OPENERS.get(weekends);
  if (openers === undefined) {
    openers = new Set([...weekends.keys()].map((phrase) => phrase.slice(0, phrase.indexOf(' ')).toLowerCase()));
    WEEKEND_OPENERS.set(weekends, openers);
  }
  return openers;
}

/**
 * The weekend phrase of `weekends` opening at `index` ("afgelopen weekend", "fim de semana
 * passado"), as written or with a capital where a sentence opens, not before a word that makes
 * it another date's (`periodsNotBefore`: "el último fin de semana de julio"): its distance and last token, or null.
 */
function weekendAt(text: string, tokens: readonly LocaleToken[], index: number, days: LocaleDays): { offset: -1 | 1; last: number } | null {
  const weekends = days.weekends;
  if (weekends === undefined) return null;
  const first = tokens[index]!;
  // Most words open no weekend phrase: one look-up spares building three phrases per word.
  if (!weekendOpeners(weekends).has(first.word)) return null;
  for (const size of [4, 3, 2]) {
    const written = phraseAt(text, tokens, index, size, 'raw');
    if (written === null) continue;
    let offset = weekends.get(written);
    if (offset === undefined && isTitleCase(first.raw, first.word) && opensSentence(text, first.start)) offset = weekends.get(first.word.charAt(0) + written.slice(1));
    if (offset === undefined) continue;
    const last = index + size - 1;
    const next = last + 1 < tokens.length && spaced(text, tokens[last]!, tokens[last + 1]!) ? tokens[last + 1]!.word : null;
    return next !== null && days.periodsNotBefore.includes(next) ? null : { offset, last };
  }
  return null;
}

/** How many short words (a preposition, an article: "da", "de la") may stand between a weekday and the week named after it. */
const WEEK_JOINERS = 2;
/** The longest such joiner ("der", "della"): a longer word is no joiner. */
const WEEK_JOINER_LENGTH = 5;

/**
 * The week named right after the weekday at `index` by one of the locale's week periods, read
 * as written ("da semana passada", "vergangener Woche", "de la semaine dernière"), past up to
 * two short joiners: its offset from the story's week and where it ends, or null.
 */
function weekAfter(text: string, tokens: readonly LocaleToken[], index: number, days: LocaleDays): { offset: number; end: number } | null {
  for (let skip = 0; skip <= WEEK_JOINERS; skip++) {
    const at = index + 1 + skip;
    if (at >= tokens.length || !spaced(text, tokens[at - 1]!, tokens[at]!)) return null;
    if (skip > 0) {
      const joiner = tokens[at - 1]!;
      if (joiner.word.length > WEEK_JOINER_LENGTH || joiner.raw !== joiner.word) return null;
    }
    for (const size of [3, 2]) {
      const written = phraseAt(text, tokens, at, size, 'raw');
      const period = written === null ? undefined : days.periods.get(written);
      if (period !== undefined && period[0] === 'week') return { offset: period[1], end: tokens[at + size - 1]!.end };
    }
  }
  return null;
}

/**
 * The week named right before the weekday at `index` ("vorige week dinsdag", "letzte Woche
 * Dienstag"): its offset from the story's week and where it starts, or null. A sentence may open
 * with it ("Vorige week dinsdag"), so the phrase is read as written, then in lower case.
 */
function weekBefore(text: string, tokens: readonly LocaleToken[], index: number, days: LocaleDays): { offset: number; start: number } | null {
  const first = index - 2;
  if (!spaced(text, tokens[index - 1]!, tokens[index]!)) return null;
  for (const as of ['raw', 'word'] as const) {
    const written = phraseAt(text, tokens, first, 2, as);
    const period = written === null ? undefined : days.periods.get(written);
    if (period !== undefined && period[0] === 'week') return { offset: period[1], start: tokens[first]!.start };
  }
  return null;
}

/** The given weekday (0 Sunday) of the week `offset` weeks from the reference's (weeks run Monday to Sunday). */
function dayOfWeekAt(reference: CivilDate, weekday: number, offset: number): CivilDate {
  const isoDay = (day: number): number => (day === 0 ? 7 : day);
  return shift(reference, 'day', offset * 7 + isoDay(weekday) - isoDay(dayOfWeek(reference)));
}

/** The year written after a second month joined to this one ("September und Oktober 2021"), or null. */
function yearOfJoinedMonth(text: string, tokens: readonly LocaleToken[], index: number, days: LocaleDays): number | null {
  const and = tokens[index + 1];
  const second = tokens[index + 2];
  if (and === undefined || second === undefined || !days.ands.includes(and.word) || !days.months.has(second.word)) return null;
  if (!spaced(text, tokens[index]!, and) || !spaced(text, and, second)) return null;
  const year = /^\s{1,3}(?:\p{Ll}{1,3}\s{1,3})?(\d{4})(?!\d)/u.exec(text.slice(second.end, second.end + 12));
  return year === null ? null : Number(year[1]);
}

/** What ends a clause for its tense: a sentence's end, a comma, a colon, a quotation mark. */
const CLAUSE_ENDS = new Set(['.', '!', '?', ';', ':', ',', '\n', '«', '»', '"', '“', '”', '„']);
/** CLAUSE_ENDS by code unit, for the one pass over the text that finds every clause end. */
const CLAUSE_END_CODES: ReadonlySet<number> = new Set([...CLAUSE_ENDS].map((end) => end.charCodeAt(0)));
const isClauseEnd = (code: number): boolean => CLAUSE_END_CODES.has(code);
/** How far a clause is read each way (bounded, so a text without punctuation stays linear). */
const CLAUSE_REACH = 160;

/**
 * The tense of the clause around a weekday: the nearest word that says future or past wins
 * (the left one on a tie); null when none does. Only a comma right after a weekday that
 * opens its clause is read past ("Jeudi, le président va …"), and one before it too when the
 * weekday stands between commas ("a échangé, mardi, à Dakar"). Endings are read only on words
 * written in lower case: a capitalised German "Rente" is a noun, no past "-te". With `side`
 * 'before', only the words before the mention are read.
 */
export function clauseTense(text: string, start: number, end: number, locale: LocaleText, side: 'both' | 'before' = 'both', firm = false): Tense | null {
  const { tense, capitalised: nounsCapitalised } = locale.days;
  const sets = cueSets(tense);
  const runs = locale.runs();
  const leftLimit = Math.max(0, start - CLAUSE_REACH);
  let from = clauseStart(runs, leftLimit, start);
  let leftWords = clauseView(text, from, start, runs, sets);
  let to = end;
  const rightLimit = Math.min(text.length, end + CLAUSE_REACH);
  // ("Le 14 septembre, j'ai envoyé …", "El 3 de mayo, el Gobierno anunció …": an article before
  // the date opens no clause of its own, so the clause after the comma is the date's.)
  if (leftWords.length === 0 || isArticleOnly(leftWords)) {
    while (to < rightLimit && text[to] === ' ') to++;
    if (text[to] === ',') {
      to++;
      // Set off by commas on both sides ("a échangé, mardi, à Dakar"): the clause before is its verb's too.
      if (from > leftLimit && text[from - 1] === ',') {
        from = clauseStart(runs, leftLimit, from - 1);
        leftWords = clauseView(text, from, start, runs, sets);
      }
    }
  }
  to = clauseEnd(runs, to, rightLimit);
  const rightWords = clauseView(text, end, to, runs, sets);
  // An auxiliary that is also a full verb ("hat") says the past only beside a participle: read once, when one is met.
  let perfect: boolean | undefined;
  let bePerfect: boolean | undefined;
  const hasParticiple = (be: boolean): boolean =>
    be
      ? (bePerfect ??= holdsParticiple([...viewWords(leftWords), ...viewWords(rightWords)], tense.perfect!, nounsCapitalised, sets.states))
      : (perfect ??= holdsParticiple([...viewWords(leftWords), ...viewWords(rightWords)], tense.perfect!, nounsCapitalised));
  const cue = (view: ClauseView, index: number): Tense | null => {
    const kind = kindAt(view, index);
    if (kind === NOT_CUE || kind === NO_CUE) return null;
    const lower = lowerAt(view, index);
    const opens = index === 0 && view.opens;
    // Where nouns are capitalised, a capital inside a sentence is a noun ("die Folgen", "das Treffen"), no verb;
    // elsewhere a capital inside a sentence before another is a name ("gli Stati Uniti": no past "stati").
    if (!lower && !opens && (nounsCapitalised || (index + 1 < view.length && !lowerAt(view, index + 1)))) return null;
    if (kind === AUXILIARY) return hasParticiple(sets.be.has(wordAt(view, index))) ? 'past' : null;
    // (Read `firm`, a cue that only expects or obliges says nothing: see `weakFuture`.)
    if (kind === FUTURE_WORD) return firm && sets.weakFuture.has(wordAt(view, index)) ? null : 'future';
    // ("le festival a lieu le 5 juillet": "avoir lieu" in the present, no perfect, and a date it schedules is ahead.)
    if (kind === PAST_WORD) {
      const phrase = index + 1 < view.length ? `${wordAt(view, index)} ${wordAt(view, index + 1)}` : '';
      return sets.aheadAfter.has(phrase) ? 'future' : sets.presentAfter.has(phrase) ? null : 'past';
    }
    // A capital says a name, except on the first word of a sentence that may open with its
    // verb ("Viajaremos el martes"), unless a capital follows it ("Laura Dupont").
    const beforeCapital = index + 1 < view.length && !lowerAt(view, index + 1);
    if (!(lower || (opens && tense.dropsSubject === true && !beforeCapital)) || (nounsCapitalised && beforeCapital)) return null;
    return kind === FUTURE_ENDING ? 'future' : 'past';
  };
  // "s'est réuni", "se sont rencontrés": the perfect of a reflexive verb, whatever its participle.
  const reflexive = (view: ClauseView, index: number): Tense | null => {
    const perfect = sets.reflexive;
    if (perfect === null || !perfect.auxiliaries.has(wordAt(view, index))) return null;
    let before = index - 1;
    if (before >= 0 && perfect.between.has(wordAt(view, before))) before--;
    return before >= 0 && perfect.pronouns.has(wordAt(view, before)) ? 'past' : null;
  };
  let left: { tense: Tense; distance: number } | null = null;
  // A cue before "que" is the main clause's verb ("anunció que el miércoles se firmará"): one of
  // the mention's own clause, after it, speaks first.
  let subordinate = false;
  for (let index = leftWords.length - 1; index >= 0; index--) {
    const found = cue(leftWords, index) ?? reflexive(leftWords, index);
    if (found !== null) {
      // ("A previsão era que … em outubro": when the expecting was, not the date expected.)
      if (found === 'past' && isExpectation(leftWords, index, sets)) break;
      left = { tense: found, distance: subordinate ? Infinity : leftWords.length - index };
      break;
    }
    // ("ha confirmado su intención de celebrar en julio": what is intended, not when the intending was told.)
    if (isIntended(leftWords, index, sets)) break;
    if (sets.complementizers.has(wordAt(leftWords, index))) subordinate = true;
    // "começou hoje e termina na terça-feira": a cue before "e" and the next clause's verb (one
    // word in lower case right before the mention, after a reflexive pronoun in French: "et se
    // termine mardi") is that other clause's.
    const verb = leftWords.length - 1;
    if (sets.conjunctions.has(wordAt(leftWords, index)) && lowerAt(leftWords, verb) && (index === verb - 1 || (index === verb - 2 && sets.reflexive?.pronouns.has(wordAt(leftWords, verb - 1)) === true))) break;
  }
  for (let index = 0; side === 'both' && index < rightWords.length && (left === null || index + 1 < left.distance); index++) {
    const found = cue(rightWords, index) ?? reflexive(rightWords, index);
    if (found !== null) return found;
  }
  return left?.tense ?? null;
}

/** How far before a day a firm future cue is read, in characters (bounded, so a long clause stays linear). */
const FIRM_BEFORE_CHARACTERS = 80;
/** How many words may stand between a firm future cue and the mark before the day ("wird sein Urteil am"). */
const FIRM_BEFORE_WORDS = 3;

/**
 * Whether a yearless day at `start` follows, in its clause, one of the locale's `firmBefore`
 * words and then its mark ("wird am 26. November verkündet", "soll sein Urteil am 3. März"):
 * the day is then ahead, however far. The words after the day are not read: a "werden" there
 * is as often a passive or another clause's verb.
 */
export function isFirmBefore(text: string, start: number, days: LocaleDays): boolean {
  const firm = days.tense.firmBefore;
  if (firm === undefined) return false;
  let from = Math.max(0, start - FIRM_BEFORE_CHARACTERS);
  for (let index = start - 1; index >= from; index--) {
    if (isClauseEnd(text.charCodeAt(index))) {
      from = index + 1;
      break;
    }
  }
  const words = text.slice(from, start).toLowerCase().match(/\p{L}+/gu) ?? [];
  const mark = words.length - 1;
  if (mark < 1 || !firm.marks.includes(words[mark]!) || firm.determiners.includes(words[mark - 1]!)) return false;
  for (let index = mark - 1; index >= 0 && mark - index <= FIRM_BEFORE_WORDS + 1; index--) if (firm.words.includes(words[index]!)) return true;
  return false;
}

/** Whether the cue at `index` follows a noun of expecting and precedes its joiner ("previsão era que"): see `expectations`. */
function isExpectation(view: ClauseView, index: number, sets: CueSets): boolean {
  const expectations = sets.expectations;
  return expectations !== null && index > 0 && index + 1 < view.length && expectations.nouns.has(wordAt(view, index - 1)) && expectations.joiners.has(wordAt(view, index + 1));
}

/** Whether the word at `index` is a noun of expecting followed by its mark ("intención de"): see `expectations`. */
function isIntended(view: ClauseView, index: number, sets: CueSets): boolean {
  const expectations = sets.expectations;
  return expectations !== null && index + 1 < view.length && expectations.marks.has(wordAt(view, index + 1)) && expectations.nouns.has(wordAt(view, index));
}

/**
 * Whether a clause's words hold a participle: a word written as one, in lower case and not
 * before a noun ("die geplanten Maßnahmen" is an adjective), or any word in lower case with a
 * participle's ending before the infinitive's mark and the auxiliary ("eine Bank überfallen zu haben").
 */
function holdsParticiple(words: readonly ClauseWord[], perfect: NonNullable<LocaleDays['tense']['perfect']>, nounsCapitalised: boolean, states?: ReadonlySet<string>): boolean {
  return words.some(
    (word, index) =>
      word.lower &&
      states?.has(word.word) !== true &&
      !(nounsCapitalised && word.beforeCapital) &&
      (isParticiple(word.word, perfect) ||
        (words[index + 1]?.word === perfect.infinitive && perfect.auxiliaries.includes(words[index + 2]?.word ?? '') && word.word.length >= 5 && perfect.endings.some((ending) => word.word.endsWith(ending)))),
  );
}

/**
 * Whether a word is written as a participle (`LocaleDays.tense.perfect`): "gesagt", "getroffen",
 * "angekündigt", "festgenommen", "bestätigt", "informiert", "entschieden"; not "geben",
 * "angeben", "gewinnt", "gegen", "bekannt". Read on a word in lower case.
 */
function isParticiple(word: string, perfect: NonNullable<LocaleDays['tense']['perfect']>): boolean {
  if (word.length < 5 || perfect.notWords.includes(word)) return false;
  if (perfect.words.includes(word) || (word.length >= 7 && word.endsWith('iert'))) return true;
  if (!perfect.endings.some((ending) => word.endsWith(ending))) return false;
  const { marker } = perfect;
  if (word.startsWith(marker)) return word.length - marker.length >= 3;
  for (const prefix of perfect.separable) {
    if (!word.startsWith(prefix) || !word.startsWith(marker, prefix.length) || word.length - prefix.length - marker.length < 3) continue;
    // "angeben", "ausgehen": an infinitive whose verb begins with the mark.
    return !perfect.notWords.includes(word.slice(prefix.length));
  }
  return word.length >= 7 && word.endsWith('t') && perfect.inseparable.some((prefix) => word.startsWith(prefix));
}


/**
 * The text's runs of letters, each once: where it starts and ends, lower-cased (with the
 * apostrophe that ends it, "effettuera'"), whether it is written in lower case, and what it may
 * say of a tense. A clause is read up to 160 characters each way from every mention, so in text
 * dense with dates each word lies in a dozen clauses: making its word anew for each, and trying
 * every ending on it, cost half of findDates in Spanish.
 */
export interface ClauseRuns {
  starts: number[];
  ends: number[];
  /** Lower-cased, with a final apostrophe when one follows and no letter after it. */
  words: string[];
  lower: boolean[];
  /** Whether that apostrophe follows (a window that ends right after the run leaves it out). */
  apostrophes: boolean[];
  /** Each run's `wordKind`, read on first use (a text is read in one language), -1 before. */
  kinds: Int8Array;
  /** Where each of CLAUSE_ENDS stands, in order. */
  clauseEnds: number[];
}

/**
 * The letter runs of the whole text, taken from its tokens (`localeTokens`, letters joined by
 * hyphens and apostrophes): a token without a joiner is one run, already lower-cased.
 */
export function clauseRuns(text: string, tokens: readonly LocaleToken[]): ClauseRuns {
  const runs: ClauseRuns = { starts: [], ends: [], words: [], lower: [], apostrophes: [], kinds: new Int8Array(0), clauseEnds: [] };
  const add = (start: number, end: number, word: string, lower: boolean): void => {
    const apostrophe = (text[end] === "'" || text[end] === '’') && !isLetterCode(text.charCodeAt(end + 1));
    runs.starts.push(start);
    runs.ends.push(end);
    runs.words.push(apostrophe ? `${word}'` : word);
    runs.lower.push(lower);
    runs.apostrophes.push(apostrophe);
  };
  let at = 0;
  for (const token of tokens) {
    // (Every character between two tokens is no letter: the clause's ends are among them.)
    for (; at < token.start; at++) if (isClauseEnd(text.charCodeAt(at)) && !insideNumber(text, at)) runs.clauseEnds.push(at);
    at = token.end;
    if (!token.raw.includes('-') && !token.raw.includes("'")) {
      add(token.start, token.end, token.word, token.raw === token.word);
      continue;
    }
    let index = token.start;
    while (index < token.end) {
      if (!isLetterCode(text.charCodeAt(index))) {
        index++;
        continue;
      }
      const start = index;
      while (index < token.end && isLetterCode(text.charCodeAt(index))) index++;
      const raw = text.slice(start, index);
      const word = raw.toLowerCase();
      add(start, index, word, raw === word);
    }
  }
  for (; at < text.length; at++) if (isClauseEnd(text.charCodeAt(at)) && !insideNumber(text, at)) runs.clauseEnds.push(at);
  runs.kinds = new Int8Array(runs.starts.length).fill(-1);
  return runs;
}

/** A colon, period or comma between two digits is a number's or a clock's ("19:30 Uhr", "19.30 Uhr", "1,5 Millionen"), no clause's end. */
const insideNumber = (text: string, at: number): boolean => isDigitCode(text.charCodeAt(at - 1)) && isDigitCode(text.charCodeAt(at + 1));

/** Where the clause that reaches `at` begins: right after the last of CLAUSE_ENDS before `at`, but not before `limit`. */
function clauseStart(runs: ClauseRuns, limit: number, at: number): number {
  const end = runs.clauseEnds[firstAtOrAfter(runs.clauseEnds, at) - 1];
  return end === undefined ? Math.min(limit, at) : Math.min(Math.max(limit, end + 1), at);
}

/** Where the clause from `at` ends: at the first of CLAUSE_ENDS from `at` on, but not after `limit`. */
function clauseEnd(runs: ClauseRuns, at: number, limit: number): number {
  if (at >= limit) return at;
  const end = runs.clauseEnds[firstAtOrAfter(runs.clauseEnds, at)];
  return end === undefined ? limit : Math.min(end, limit);
}

/** The index of the first value at or after `at` in the ascending `sorted` (its length when none): a binary search. */
function firstAtOrAfter(sorted: readonly number[], at: number): number {
  let low = 0;
  let high = sorted.length;
  while (low < high) {
    const middle = (low + high) >> 1;
    if (sorted[middle]! < at) low = middle + 1;
    else high = middle;
  }
  return low;
}

/**
 * The words of text[from, to), split at apostrophes and hyphens ("l'a" reads "l", "a"; an
 * apostrophe that ends a word stands for a final accent where a keyboard has none, Italian
 * "effettuera'" for "effettuerà", and is kept for the locale's endings to read): the text's runs
 * `first` to `first + length - 1`, without making a word of each. A run that an end of the window
 * cuts (or whose apostrophe lies outside it) is read apart, from the part inside.
 */
interface ClauseView {
  runs: ClauseRuns;
  sets: CueSets;
  first: number;
  length: number;
  /** The first word when the window cuts it. */
  head: ClauseWord | null;
  /** The last word when the window cuts it or leaves out its apostrophe. */
  tail: ClauseWord | null;
  /** Whether the first word opens a sentence (in title case there by rule). */
  opens: boolean;
}

/** One word read apart (where a window cuts it). */
interface ClauseWord {
  /** Lower-cased. */
  word: string;
  /** What the word alone may say of its clause's tense (`wordKind`). */
  kind: number;
  /** Whether it is written in lower case. */
  lower: boolean;
  /** Whether the next word is capitalised (in German, a noun: the word before it is then an adjective). */
  beforeCapital: boolean;
}

function clauseView(text: string, from: number, to: number, runs: ClauseRuns, sets: CueSets): ClauseView {
  const { starts, ends } = runs;
  // The first run that ends after `from` (offsets are integers), and the first that starts at or after `to`.
  const first = firstAtOrAfter(ends, from + 1);
  let last = first;
  while (last < starts.length && starts[last]! < to) last++;
  const length = last - first;
  const apart = (run: number): ClauseWord | null => {
    const start = Math.max(starts[run]!, from);
    const end = Math.min(ends[run]!, to);
    if (start === starts[run] && end === ends[run] && (end < to || !runs.apostrophes[run]!)) return null;
    const raw = text.slice(start, end);
    const lowered = raw.toLowerCase();
    const word = end === ends[run] && end < to && runs.apostrophes[run]! ? `${lowered}'` : lowered;
    return { word, kind: wordKind(word, sets), lower: raw === lowered, beforeCapital: false };
  };
  const view: ClauseView = { runs, sets, first, length, head: length === 0 ? null : apart(first), tail: length < 2 ? null : apart(last - 1), opens: false };
  if (length > 0) view.opens = !lowerAt(view, 0) && opensSentence(text, Math.max(starts[first]!, from));
  return view;
}

/** The longest word that may stand alone before a date opening its sentence and still be an article ("le", "el", "il", "am"). */
const MAX_ARTICLE = 3;

/** Whether a clause before a date holds only one short word that is no cue ("Le 14 septembre, …"). */
function isArticleOnly(view: ClauseView): boolean {
  return view.length === 1 && view.opens && wordAt(view, 0).length <= MAX_ARTICLE && kindAt(view, 0) === NO_CUE;
}

/** The word at `index` when it is read apart, else null. */
const apartAt = (view: ClauseView, index: number): ClauseWord | null => (index === 0 ? view.head : index === view.length - 1 ? view.tail : null);

function wordAt(view: ClauseView, index: number): string {
  return apartAt(view, index)?.word ?? view.runs.words[view.first + index]!;
}

function lowerAt(view: ClauseView, index: number): boolean {
  return apartAt(view, index)?.lower ?? view.runs.lower[view.first + index]!;
}

function kindAt(view: ClauseView, index: number): number {
  const apart = apartAt(view, index);
  if (apart !== null) return apart.kind;
  const run = view.first + index;
  const kind = view.runs.kinds[run]!;
  return kind >= 0 ? kind : (view.runs.kinds[run] = wordKind(view.runs.words[run]!, view.sets));
}

/** The view's words made one by one (for the rare rule that reads a whole clause). */
function viewWords(view: ClauseView): ClauseWord[] {
  const words: ClauseWord[] = [];
  for (let index = 0; index < view.length; index++) {
    words.push({ word: wordAt(view, index), kind: kindAt(view, index), lower: lowerAt(view, index), beforeCapital: index + 1 < view.length && !lowerAt(view, index + 1) });
  }
  return words;
}

/** A locale's cue words as sets (read for every word of every clause). */
interface CueSets {
  tense: LocaleDays['tense'];
  notCues: ReadonlySet<string>;
  perfect: ReadonlySet<string>;
  /** Of `perfect`, the forms of "be" ("ist", "sind"), and the participles that after them tell a state. */
  be: ReadonlySet<string>;
  states: ReadonlySet<string>;
  future: ReadonlySet<string>;
  past: ReadonlySet<string>;
  presentAfter: ReadonlySet<string>;
  aheadAfter: ReadonlySet<string>;
  weakFuture: ReadonlySet<string>;
  complementizers: ReadonlySet<string>;
  conjunctions: ReadonlySet<string>;
  reflexive: { auxiliaries: ReadonlySet<string>; pronouns: ReadonlySet<string>; between: ReadonlySet<string> } | null;
  expectations: { nouns: ReadonlySet<string>; joiners: ReadonlySet<string>; marks: ReadonlySet<string> } | null;
}

const CUE_SETS = new WeakMap<LocaleDays['tense'], CueSets>();

function cueSets(tense: LocaleDays['tense']): CueSets {
  let sets = CUE_SETS.get(tense);
  if (sets === undefined) {
    const { reflexive, expectations } = tense;
    sets = {
      tense,
      notCues: new Set(tense.notCues),
      perfect: new Set([...(tense.perfect?.auxiliaries ?? []), ...(tense.perfect?.be?.auxiliaries ?? [])]),
      be: new Set(tense.perfect?.be?.auxiliaries ?? []),
      states: new Set(tense.perfect?.be?.states ?? []),
      future: new Set(tense.future),
      past: new Set(tense.past),
      presentAfter: new Set(tense.presentAfter ?? []),
      aheadAfter: new Set(tense.aheadAfter ?? []),
      weakFuture: new Set(tense.weakFuture ?? []),
      complementizers: new Set(tense.complementizers ?? []),
      conjunctions: new Set(tense.conjunctions ?? []),
      reflexive: reflexive === undefined ? null : { auxiliaries: new Set(reflexive.auxiliaries), pronouns: new Set(reflexive.pronouns), between: new Set(reflexive.between) },
      expectations: expectations === undefined ? null : { nouns: new Set(expectations.nouns), joiners: new Set(expectations.joiners), marks: new Set(expectations.marks ?? []) },
    };
    CUE_SETS.set(tense, sets);
  }
  return sets;
}

// What a word alone may say of its clause's tense, in the order `clauseTense` reads it: a listed
// non-cue, an auxiliary of the perfect, a future or past word, a future or past ending (read only
// on a word in lower case, or a sentence's first), or nothing.
const NO_CUE = 0;
const NOT_CUE = 1;
const AUXILIARY = 2;
const FUTURE_WORD = 3;
const PAST_WORD = 4;
const FUTURE_ENDING = 5;
const PAST_ENDING = 6;

/** Whether `word` ends with one of `endings` and has two letters or more before it. */
const endsWithOne = (word: string, endings: readonly string[]): boolean => endings.some((ending) => word.length >= ending.length + 2 && word.endsWith(ending));

/** What the lower-cased `word` alone may say of its clause's tense (each text's words are read once: a clause's words are looked up, where each ending was tried on every word of every clause). */
function wordKind(word: string, sets: CueSets): number {
  const { tense } = sets;
  if (sets.notCues.has(word)) return NOT_CUE;
  if (sets.perfect.has(word)) return AUXILIARY;
  if (sets.future.has(word)) return FUTURE_WORD;
  if (sets.past.has(word)) return PAST_WORD;
  if (endsWithOne(word, tense.notEndings)) return NO_CUE;
  if (endsWithOne(word, tense.futureEndings)) return FUTURE_ENDING;
  if (endsWithOne(word, tense.pastEndings)) return PAST_ENDING;
  return NO_CUE;
}

/** A day and a month in digits, not inside a longer number or date: "15.04", "15/04". */
const NUMERIC_DAY = /(?<![\d./])(\d{1,2})([./])(\d{1,2})(?![\d/]|\.\d)/g;

/**
 * "am 15.04.", "vom 3.5. bis 10.05.", "le 15/04", "el 15/04", "il 15/04", "dia 15/04": a day and a
 * month in digits without a year, day first as these languages write them, read only right after
 * a word of the locale's `numericDays.before` and with a two-digit part ("les 3/4 des voix" is a
 * fraction); German only with its closing period ("ab 9.10 Uhr" is a time). Resolved as a date
 * with a month and no year (the clause's tense, else the nearest).
 */
export const localeNumericDays: Extractor = ({ text, locale }) => {
  const numeric = locale?.days.numericDays;
  if (numeric === undefined) return [];
  const found: Found[] = [];
  NUMERIC_DAY.lastIndex = 0;
  for (let match = NUMERIC_DAY.exec(text); match; match = NUMERIC_DAY.exec(text)) {
    if (match[2] !== numeric.mark || (match[1]!.length < 2 && match[3]!.length < 2)) continue;
    let end = match.index + match[0].length;
    if (numeric.mark === '.') {
      // ("am 15.04. statt": the closing period is the date's, and required.)
      if (text.charCodeAt(end) !== 46 || isDigitCode(text.charCodeAt(end + 1))) continue;
      end++;
    }
    const day = Number(match[1]);
    const month = Number(match[3]);
    if (month < 1 || month > 12 || day < 1 || day > DAYS_IN_MONTH[month - 1]!) continue;
    // ("am 15.04.", or after a weekday and its comma, which the mention takes in: "Montag, 18.03.", "mardi, 12/03".)
    const weekday = numeric.before.includes(wordBeforeSpace(text, match.index)) ? 0 : weekdayBeforeComma(text, match.index, locale!.days.weekdays);
    if (weekday < 0) continue;
    found.push({ start: match.index - weekday, end, kind: 'relative', precision: 'day', value: null, pending: { type: 'month-day', month, day, untilDay: null, time: null } });
  }
  return found;
};

/** An hour, with its minutes after a colon or a period: "14", "21:45", "10.00". */
const CLOCK_HOUR = /(?<![\d.,:/])(\d{1,2})(?:[.:](\d{2}))?(?!\d)/g;

/**
 * Clock times in the text's language (`LocaleDays.clock`): "um 14 Uhr", "gegen 21:45 Uhr", "om
 * 10.00 uur", "à 15h", "19H00", "à 15 heures", "a las 9.30", "alle 21", "às 18h". A time on the
 * day its sentence told of, as English "at 9 p.m." is.
 */
export const localeClockTimes: Extractor = ({ text, locale }) => {
  const clock = locale?.days.clock;
  if (clock === undefined) return [];
  const found: Found[] = [];
  CLOCK_HOUR.lastIndex = 0;
  for (let match = CLOCK_HOUR.exec(text); match; match = CLOCK_HOUR.exec(text)) {
    const hour = Number(match[1]);
    let minute = match[2] === undefined ? 0 : Number(match[2]);
    if (hour > 23 || minute > 59) continue;
    let end = match.index + match[0].length;
    // ("1.500 Menschen", "2,5 Stunden": a figure, no hour.)
    if ((text.charCodeAt(end) === 46 || text.charCodeAt(end) === 44) && isDigitCode(text.charCodeAt(end + 1))) continue;
    const after = clockAfter(text, end, clock);
    const introduced = clock.before.includes(wordBeforeSpace(text, match.index));
    let time = false;
    if (after.compact !== null) {
      // ("15h30": the minutes after the "h"; "15.30h" has them before.)
      if (after.compact - end === 3 && match[2] === undefined) minute = Number(text.slice(end + 1, end + 3));
      time = minute <= 59;
      end = after.compact;
    } else if (after.unit !== null) {
      time = !clock.lengths.includes(after.word) || match[2] !== undefined || introduced;
      if (time) end = after.unit;
    } else if (introduced) {
      time = match[2] !== undefined || after.opens;
    }
    // ("von 8 bis 16 Uhr", "de 9h à 17h": opening hours, no time of a day.)
    if (!time || isHoursRange(text, match.index, clock.units) || opensHoursRange(text, end)) continue;
    const mention: Found = { start: match.index, end, kind: 'relative', precision: 'minute', value: null, pending: { type: 'time', time: { start: match.index, end, hour, minute, zone: null } } };
    if (weekdayNear(text, match.index, locale!.days)) mention.weekdayBefore = true;
    found.push(mention);
  }
  return found;
};

/** How far before a clock time a weekday is looked for ("am Samstag um 19.30 Uhr", "mardi soir à 20h"). */
export const WEEKDAY_BEFORE_TIME = 24;

/** Whether one of the words in the few characters before `start` is a weekday of the language. */
function weekdayNear(text: string, start: number, days: LocaleDays): boolean {
  let at = start;
  const from = Math.max(0, start - WEEKDAY_BEFORE_TIME);
  while (at > from) {
    while (at > from && !isLetterCode(text.charCodeAt(at - 1))) at--;
    const end = at;
    while (at > from && isLetterCode(text.charCodeAt(at - 1))) at--;
    if (end > at && weekdayOf(text.slice(at, end).toLowerCase(), days) !== null) return true;
  }
  return false;
}

/** The words between the two hours of a span in these languages: "8 bis 16 Uhr", "de 9h à 17h", "de 9 a 17", "das 8h às 17h", "9.00 tot 17.00 uur", "dalle 9 alle 18". */
const HOURS_RANGE_WORDS: ReadonlySet<string> = new Set(['bis', 'à', 'a', 'às', 'tot', 'al', 'alle']);

/** Whether the hour at `start` closes a span of hours: an hour, a dash or a word of `HOURS_RANGE_WORDS` before it ("8 bis 16 Uhr", "09:30-18:00 Uhr", "08.30 Uhr bis 13.30 Uhr", "de 9h à 17h"). */
function isHoursRange(text: string, start: number, units: readonly string[]): boolean {
  let at = skipSpacesBack(text, start - 1);
  if (isDash(text.charCodeAt(at))) at--;
  else {
    const word = wordEndingAt(text, at + 1);
    if (!HOURS_RANGE_WORDS.has(word)) return false;
    at -= word.length;
  }
  at = skipSpacesBack(text, at);
  // (The first hour's own unit or mark: "08.30 Uhr bis", "8h à".)
  const unit = wordEndingAt(text, at + 1);
  if (unit !== '' && (units.includes(unit) || unit === 'h')) at = skipSpacesBack(text, at - unit.length);
  return at >= 0 && isDigitCode(text.charCodeAt(at));
}

/** Whether a dash or a word of `HOURS_RANGE_WORDS` and another hour follow the time ending at `end`: "8h à 17h", "10 - 18 Uhr". */
function opensHoursRange(text: string, end: number): boolean {
  let at = skipSpaces(text, end);
  if (isDash(text.charCodeAt(at))) at++;
  else {
    const from = at;
    while (at < text.length && at - from <= 4 && isLetterCode(text.charCodeAt(at))) at++;
    if (at === end || !HOURS_RANGE_WORDS.has(text.slice(from, at).toLowerCase())) return false;
  }
  return isDigitCode(text.charCodeAt(skipSpaces(text, at)));
}

/** A hyphen, an en dash or an em dash. */
const isDash = (code: number): boolean => code === 45 || code === 0x2013 || code === 0x2014;

/** The index of the last character before `from` + 1 that is no space, two spaces at most (`from` itself when none). */
function skipSpacesBack(text: string, from: number): number {
  let at = from;
  while (at >= 0 && from - at < 2 && text.charCodeAt(at) === 32) at--;
  return at;
}

/** The index of the first character from `from` that is no space, two spaces at most. */
function skipSpaces(text: string, from: number): number {
  let at = from;
  while (at < text.length && at - from < 2 && text.charCodeAt(at) === 32) at++;
  return at;
}

/** What follows an hour ending at `end`: a compact "h" and its minutes, a unit word, or what opens the rest. */
function clockAfter(text: string, end: number, clock: NonNullable<LocaleDays['clock']>): { compact: number | null; unit: number | null; word: string; opens: boolean } {
  const code = text.charCodeAt(end);
  // "15h", "15h30", "19H00", not "15 ha" or "5hp".
  if (clock.compact && (code === 104 || code === 72)) {
    let at = end + 1;
    if (isDigitCode(text.charCodeAt(at)) && isDigitCode(text.charCodeAt(at + 1))) at += 2;
    if (!isLetterCode(text.charCodeAt(at)) && !isDigitCode(text.charCodeAt(at))) return { compact: at, unit: null, word: '', opens: false };
  }
  if (code !== 32) return { compact: null, unit: null, word: '', opens: end >= text.length || !isLetterCode(code) && !isDigitCode(code) };
  let at = end + 1;
  while (at < text.length && isLetterCode(text.charCodeAt(at))) at++;
  const word = text.slice(end + 1, at).toLowerCase();
  if (word !== '' && clock.units.includes(word)) return { compact: null, unit: at, word, opens: false };
  return { compact: null, unit: null, word, opens: word !== '' && clock.after.includes(word) };
}

/** The longest day of each month in any year (29 February included). */
const DAYS_IN_MONTH = [31, 29, 31, 30, 31, 30, 31, 31, 30, 31, 30, 31];

/** The length of a weekday's name, a comma and a space right before `at` ("Montag, 18.03."), else -1. */
function weekdayBeforeComma(text: string, at: number, weekdays: ReadonlyMap<string, number>): number {
  if (text.charCodeAt(at - 1) !== 32 || text.charCodeAt(at - 2) !== 44) return -1;
  const word = wordEndingAt(text, at - 2);
  return weekdays.has(word) ? word.length + 2 : -1;
}
