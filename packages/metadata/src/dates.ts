import { assertText, calendarWordsInEveryLanguage, foldDiacritics, withAsciiDigits } from '@newsparse/core';
import { exceedsCollapsed } from './text.js';

/**
 * A small date normaliser for the stamps pages carry: ISO 8601 and its common variants,
 * Unix times, RFC 2822 / `Date.toString()` spellings, US slashes, and written dates in
 * English, French, German, Spanish, Portuguese, Italian, Dutch, Russian, Ukrainian, Polish, Turkish, Czech,
 * Slovak, Hungarian, the Nordic languages, Finnish, Romanian, Catalan, Greek and Croatian ("Jun 27, 2024 08:43 PM",
 * "27 juin 2024 à 10h55", "21.12.2018").
 *
 * The result keeps the local time and offset as written: "2015-07-10 09:53:00 -0400"
 * becomes "2015-07-10T09:53:00-04:00", a date without time stays "2015-07-10", and a time
 * without an offset has none ("2024-06-27T20:43").
 */

/**
 * Month words of every language of core's calendar (Russian, Ukrainian and Polish with the
 * genitive a date takes: "15 августа 2016", "3 września 2020"), each also without its accents
 * ("fevrier", "marz").
 */
const MONTH_WORDS: Record<string, number> = Object.fromEntries(calendarWordsInEveryLanguage('months'));
// Latin script only: folding Cyrillic would turn "май" into "маи".
for (const [word, month] of Object.entries(MONTH_WORDS)) if (/^\p{Script=Latin}+$/u.test(word)) MONTH_WORDS[foldDiacritics(word)] ??= month;

/**
 * A label that marks a stamp as the last change, not the publication ("Updated", "aktualisiert",
 * "mis à jour", Polish "aktualizacja", Czech "aktualizováno", Swedish "uppdaterad", Finnish
 * "päivitetty", Hungarian "frissítve", Turkish "güncellendi", Russian "обновлено", Arabic "تحديث", "更新").
 */
export const UPDATE_CUE =
  /updated|modified|aktualisiert|geändert|mis à jour|actualizado|atualizado|aggiornato|bijgewerkt|gewijzigd|aktualizacja|zaktualizowano|aktualizováno|aktualizované|uppdaterad|uppdaterat|opdateret|oppdatert|päivitetty|frissítve|módosítva|actualizat|güncellendi|güncelleme|обновлено|ažurirano|posodobljeno|تحديث|更新|수정/i;

/**
 * A cue that labels a stamp as the publication ("Veröffentlicht", "Published", "Mise en ligne",
 * "first published", Polish "opublikowano", Czech "publikováno", Swedish "publicerad", Finnish
 * "julkaistu", Russian "опубликовано", Arabic "تاريخ النشر"/"نشر في", German "erstellt" (created), Japanese "公開"/"配信"/"掲載"/
 * "投稿", Chinese "发布"/"发表" …); sticky: tested where it stands.
 */
export const PUBLISHED_CUE =
  /(?:first|originally|erstmals|zuerst|ursprünglich) (?:published|veröffentlicht|erschienen)|veröffentlicht|erschienen|published|posted|erstellt|publié|mise? en ligne|publicad[ao]|pubblicat[ao]|gepubliceerd|opublikowano|publikováno|zveřejněno|publikované|zverejnené|publicerad|publiceret|publisert|julkaistu|közzétéve|publikálva|publicat|yayınlandı|yayınlanma|опубликовано|objavljeno|تاريخ النشر|نشر في|公開|配信|掲載|投稿|发布|發布|发表|發表/iy;

/** Weekday words of the same languages ("mardi", "miércoles", "thurs"), lower-case. */
const WEEKDAY_WORDS: ReadonlySet<string> = new Set(calendarWordsInEveryLanguage('weekdays').keys());

/** Whether a word names a weekday in one of the supported languages ("Tuesday", "mar.", "Mittwoch"). */
export function isWeekdayWord(word: string): boolean {
  return WEEKDAY_WORDS.has(word.toLowerCase().replace(/\.$/, ''));
}

/** The month number (1–12) of a month word in one of the supported languages, or 0. */
export function monthNumber(word: string): number {
  const key = word.toLowerCase().replace(/\.$/, '');
  return MONTH_WORDS[key] ?? MONTH_WORDS[key.normalize('NFD').replace(/\p{M}/gu, '')] ?? 0;
}

const pad = (value: number | string, width = 2): string => String(value).padStart(width, '0');

/** Common time-zone abbreviations (their standard or summer offset). */
const ZONES: Record<string, string> = {
  utc: '+00:00', gmt: '+00:00', z: '+00:00', bst: '+01:00', cet: '+01:00', cest: '+02:00', eet: '+02:00', eest: '+03:00',
  est: '-05:00', edt: '-04:00', cst: '-06:00', cdt: '-05:00', mst: '-07:00', mdt: '-06:00', pst: '-08:00', pdt: '-07:00',
  ist: '+05:30', jst: '+09:00', kst: '+09:00', hkt: '+08:00', sgt: '+08:00', aest: '+10:00', aedt: '+11:00', et: '', pt: '', ct: '',
};

function validDay(year: number, month: number, day: number): boolean {
  if (year < 1900 || year > 2200 || month < 1 || month > 12 || day < 1 || day > 31) return false;
  const date = new Date(Date.UTC(year, month - 1, day));
  return date.getUTCDate() === day;
}

function offsetText(raw: string | undefined): string {
  if (!raw) return '';
  if (/^z$/i.test(raw)) return 'Z';
  const match = /^([+-])(\d{1,2}):?(\d{2})?$/.exec(raw);
  if (!match) return ZONES[raw.toLowerCase()] ?? '';
  return `${match[1]}${pad(match[2]!)}:${match[3] ?? '00'}`;
}

function build(year: number, month: number, day: number, hour?: number, minute?: number, second?: string, offset = ''): string | null {
  if (!validDay(year, month, day)) return null;
  const date = `${year}-${pad(month)}-${pad(day)}`;
  if (hour === undefined || minute === undefined || hour > 23 || minute > 59) return date;
  let time = `${pad(hour)}:${pad(minute)}`;
  if (second !== undefined) time += `:${second}`;
  return `${date}T${time}${offset}`;
}

const ISO = /^(\d{4})-(\d{1,2})-(\d{1,2})(?:(?:T\s*|\s+)(\d{1,2}):(\d{2})(?::(\d{2})(\.\d+)?)?\s*(Z|[+-]\d{2}:?\d{2}|[+-]\d{1,2}|UTC|GMT)?)?/i;

function fromIso(text: string): string | null {
  const match = ISO.exec(text);
  if (!match) return null;
  const [, y, mo, d, h, mi, s, fraction, zone] = match;
  let second: string | undefined = s;
  if (second !== undefined && fraction) second += fraction.slice(0, 4).padEnd(4, '0');
  return build(Number(y), Number(mo), Number(d), h === undefined ? undefined : Number(h), mi === undefined ? undefined : Number(mi), second, offsetText(zone));
}

function fromUnix(text: string): string | null {
  if (!/^\d{9,13}$/.test(text)) return null;
  const value = Number(text);
  const ms = text.length >= 12 ? value : value * 1000;
  const date = new Date(ms);
  if (Number.isNaN(date.getTime()) || date.getUTCFullYear() < 1995 || date.getUTCFullYear() > 2100) return null;
  return date.toISOString().replace(/\.000Z$/, 'Z');
}

/** "20170113000004" / "20170113" (compact stamps). */
function fromCompact(text: string): string | null {
  const match = /^(\d{4})(\d{2})(\d{2})(?:(\d{2})(\d{2})(\d{2})?)?$/.exec(text);
  if (!match) return null;
  const [, y, mo, d, h, mi, s] = match;
  return build(Number(y), Number(mo), Number(d), h === undefined ? undefined : Number(h), mi === undefined ? undefined : Number(mi), s);
}

const TIME = /(\d{1,2})(?:[:h.](\d{2}))?(?::(\d{2}))?(?:\s*([ap])\.?\s?m\b\.?)?(?:\s*\(?(utc|z|[a-z]{2,4}t)\b\)?)?(?:\s*([+-]\d{2}:?\d{2}))?/i;

/** A Japanese or Korean clock after the date: "18時30分", "18시 30분", "9時" (general knowledge of the scripts). */
const CJK_CLOCK = /^[\s,]{0,3}([01]?\d|2[0-3]) ?[時시](?: ?([0-5]?\d) ?[分분])?/;

const TIME_AFTER_DATE = new RegExp(`^[\\s,،|·•@-]*(?:(?:at|à|um|a las|às|alle|kl\\.?)\\s+)?${TIME.source}`, 'i');

/** Another day after the date ("01.04.2024 05.03.2024", a change's stamp and the publication's side by side): no clock. */
const DOTTED_DAY_AHEAD = /^[\s,|·•@-]*\d{1,2}\.\d{1,2}\.\d/;

/** Arabic's morning and evening after a clock: "10:30 ص" (a.m., "صباحا"), "10:30 م" (p.m., "مساء"). */
const ARABIC_MERIDIEM = /^ ?(?:ص(?:باحا)?|(م)(?:ساء)?)(?!\p{L})/u;

function readTime(rest: string): { hour: number; minute: number; second?: string; offset: string } | null {
  const clock = CJK_CLOCK.exec(rest);
  if (clock !== null) return { hour: Number(clock[1]), minute: Number(clock[2] ?? 0), offset: '' };
  if (DOTTED_DAY_AHEAD.test(rest)) return null;
  const match = TIME_AFTER_DATE.exec(rest);
  if (!match) return null;
  const [, h, mi, s, meridiem, zone, numeric] = match;
  if (mi === undefined && !meridiem) return null;
  let hour = Number(h);
  if (meridiem) {
    if (hour > 12) return null;
    hour = (hour % 12) + (meridiem.toLowerCase() === 'p' ? 12 : 0);
  } else {
    const arabic = ARABIC_MERIDIEM.exec(rest.slice(match[0].length));
    if (arabic !== null && hour >= 1 && hour <= 12) hour = (hour % 12) + (arabic[1] === undefined ? 0 : 12);
  }
  const result: { hour: number; minute: number; second?: string; offset: string } = { hour, minute: Number(mi ?? 0), offset: offsetText(numeric ?? zone) };
  if (s !== undefined) result.second = s;
  return result;
}

/** Letters of the month names (ASCII, Latin-1, Latin Extended-A, Greek, Cyrillic: "août", "März", "września", "Απριλίου", "августа"); cheaper than \\p{L} in a hot regex. */
const L = 'A-Za-z\\u00C0-\\u017F\\u0370-\\u03FF\\u0400-\\u04FF';
/** After a written date's year: no digit, or a clock glued to it ("June 6, 20233:04 PM", spans set side by side). */
const YEAR_END = '(?:(?!\\d)|(?=\\d{1,2}:\\d{2}))';
const WRITTEN_MONTH_FIRST = new RegExp(`(?<![${L}])([${L}]{3,12})\\.?\\s+(\\d{1,2})(?:st|nd|rd|th)?,?\\s+(\\d{4})${YEAR_END}`);
/** Hungarian order, the year first with its period: "2023. március 12.", "2023. márc. 12". */
const WRITTEN_YEAR_FIRST = new RegExp(`(?<![${L}\\d])(\\d{4})\\.\\s+([${L}]{3,12})\\.?\\s+(\\d{1,2})(?!\\d)`);
const WRITTEN_DAY_FIRST = new RegExp(`(?<![${L}\\d])(\\d{1,2})(?:er|º|st|nd|rd|th)?\\.?[\\s-]*(?:de\\s+|d['’])?([${L}]{3,12})\\.?[\\s,-]*(?:de\\s+)?(\\d{4})${YEAR_END}`);
/** Chinese and Japanese "2019年4月4日", Korean "2019년 4월 4일" and "2019. 4. 4." (general knowledge of the scripts). */
const CJK_DATE = /(?<!\d)(\d{4})\s?[年년.]\s?(\d{1,2})\s?[月월.]\s?(\d{1,2})(?:\s?[日일.])?(?!\d)/;
const NUMERIC = /(?:^|\D)(\d{1,4})([./-]| \| )(\d{1,2})\2(\d{2,4})(?!\d)/;
/**
 * Day, month and year with a space after each dot, as Czech, Slovak, Slovene and Croatian pages
 * write a date ("12. 3. 2023", "5. 11. 2019"), always day-first; the year has four digits.
 */
const SPACED_DAY_FIRST = /(?<!\d)(\d{1,2})\. (\d{1,2})\. ?((?:19|20)\d{2})(?!\d)/;
/** Year first with a one-digit day, as Japanese, Chinese and Korean pages write it ("2019/4/4", "2019.4.4"). */
const YEAR_FIRST = /(?<!\d)((?:19|20)\d{2})([./-])(\d{1,2})\2(\d{1,2})(?!\d)/;

/** Full-width digits ("２０２３年６月６日", as Japanese typesetting writes them). */
const FULL_WIDTH_DIGIT = /[\uff10-\uff19]/g;
const HAS_FULL_WIDTH_DIGIT = /[\uff10-\uff19]/;
/** A Japanese era year: Reiwa from 2019, Heisei from 1989, Shōwa from 1926; the first year is "元年". */
const ERA_YEAR = /(令和|平成|昭和)(\d{1,2}|元)年/;
const ERA_START: Record<string, number> = { 令和: 2018, 平成: 1988, 昭和: 1925 };


/** A character of the Arabic script (the letters of the calendar's Arabic month names among them). */
const ARABIC = '\\p{Script=Arabic}';
const HAS_ARABIC = /\p{Script=Arabic}/u;
/** An Arabic month name of one word or two ("تشرين الثاني", "كانون الأول"); core's calendar judges it. */
const ARABIC_MONTH = `${ARABIC}{2,12}(?: ${ARABIC}{2,12})?`;
/**
 * An Arabic written date, always day first: "14 تشرين الثاني 2023", "10 أكتوبر، 2017", and the
 * Levantine name with the Egyptian one after a slash ("5 آذار/مارس 2023"), the first read.
 */
const ARABIC_DAY_FIRST = new RegExp(`(?<![\\d${ARABIC}])(\\d{1,2}) (${ARABIC_MONTH})(?: ?/ ?${ARABIC_MONTH})?[ ,،-]{1,3}(\\d{4})(?!\\d)`, 'u');

/** The day, month and year of an Arabic written date whose month core's calendar knows, with where it ends. */
function arabicWritten(text: string): { year: number; month: number; day: number; end: number } | null {
  if (!HAS_ARABIC.test(text)) return null;
  const match = ARABIC_DAY_FIRST.exec(text);
  if (match === null) return null;
  const month = monthNumber(match[2]!);
  if (month === 0) return null;
  return { year: Number(match[3]), month, day: Number(match[1]), end: match.index + match[0].length };
}

/** Japanese dates in the Western reckoning the readers below know: ASCII digits, era years as Western years ("令和5年" → "2023年"). */
function westernCjkYears(text: string): string {
  let out = text;
  if (HAS_FULL_WIDTH_DIGIT.test(out)) out = out.replace(FULL_WIDTH_DIGIT, (digit) => String.fromCharCode(digit.charCodeAt(0) - 0xfee0));
  const era = ERA_YEAR.exec(out);
  if (era === null) return out;
  const year = ERA_START[era[1]!]! + (era[2] === '元' ? 1 : Number(era[2]));
  return `${out.slice(0, era.index)}${year}年${out.slice(era.index + era[0].length)}`;
}

/**
 * Normalises a date as pages write it to ISO 8601 (see the module comment), or null when
 * the text holds no recognisable date.
 *
 * @example
 * normalizeDate('2015-07-10 09:53:00 -0400') //=> '2015-07-10T09:53:00-04:00'
 * normalizeDate('Published: Jun 27, 2024 08:43 PM') //=> '2024-06-27T20:43'
 */
export function normalizeDate(input: string | null | undefined): string | null {
  if (input === null || input === undefined) return null;
  assertText(input, 'normalizeDate');
  return readDate(input, false);
}

/**
 * {@link normalizeDate} for a page whose language writes a numeric date day-first: every
 * language but US English ("03/05/2022" on a Brazilian or German page is 3 May; on an
 * American one, March 5).
 *
 * @example
 * readDate('03/05/2022 21:44', true) //=> '2022-05-03T21:44'
 */
export function readDate(input: string, dayFirst: boolean): string | null {
  if (input.length === 0 || exceedsCollapsed(input, 200)) return null;
  const text = westernCjkYears(withAsciiDigits(input.replace(/\s+/g, ' ').trim()));
  if (text.length === 0 || text.length > 200) return null;
  const iso = fromIso(text);
  if (iso) return iso;
  const unix = fromUnix(text);
  if (unix) return unix;
  const compact = fromCompact(text);
  if (compact) return compact;
  return fromWritten(text, dayFirst);
}

const TIME_BEFORE_YEAR = new RegExp(`(?<![${L}])([${L}]{3,9})\\.?\\s+(\\d{1,2})\\s+(\\d{1,2}):(\\d{2})(?::(\\d{2}))?\\s+(?:([A-Z]{2,4}|[+-]\\d{4})\\s+)?(\\d{4})\\b`);

/** Whether the text holds a written date in the year-first order whose month word is known. */
function yearFirstWritten(text: string): boolean {
  const written = WRITTEN_YEAR_FIRST.exec(text);
  return written !== null && monthNumber(written[2]!) > 0;
}

/** The day with the time that follows it, if any; null for no such day. */
function withTime(year: number, month: number, day: number, rest: string): string | null {
  if (!validDay(year, month, day)) return null;
  const time = readTime(rest);
  return time ? build(year, month, day, time.hour, time.minute, time.second, time.offset) : build(year, month, day);
}

function fromWritten(text: string, dayFirst: boolean): string | null {
  if (!/\d/.test(text)) return null;
  // "Fri Mar 13 21:30:09 EST 2015" (Date.toString and Java): the time sits before the year.
  const between = TIME_BEFORE_YEAR.exec(text);
  if (between && monthNumber(between[1]!)) {
    return build(Number(between[7]), monthNumber(between[1]!), Number(between[2]), Number(between[3]), Number(between[4]), between[5], offsetText(between[6]));
  }
  const arabic = arabicWritten(text);
  if (arabic !== null) return withTime(arabic.year, arabic.month, arabic.day, text.slice(arabic.end));
  let year = 0;
  let month = 0;
  let day = 0;
  let end = -1;
  const monthFirst = WRITTEN_MONTH_FIRST.exec(text);
  if (monthFirst && monthNumber(monthFirst[1]!)) {
    month = monthNumber(monthFirst[1]!);
    day = Number(monthFirst[2]);
    year = Number(monthFirst[3]);
    end = monthFirst.index + monthFirst[0].length;
  } else {
    const written = WRITTEN_DAY_FIRST.exec(text);
    if (written && monthNumber(written[2]!)) {
      day = Number(written[1]);
      month = monthNumber(written[2]!);
      year = Number(written[3]);
      end = written.index + written[0].length;
    } else if (yearFirstWritten(text)) {
      const written = WRITTEN_YEAR_FIRST.exec(text)!;
      year = Number(written[1]);
      month = monthNumber(written[2]!);
      day = Number(written[3]);
      end = written.index + written[0].length;
      // ("12." closes the date: a period after the day is no part of the time after it.)
      if (text[end] === '.') end++;
    } else {
      const cjk = CJK_DATE.exec(text);
      const numeric = cjk ? null : NUMERIC.exec(text) ?? YEAR_FIRST.exec(text);
      if (cjk) {
        year = Number(cjk[1]);
        month = Number(cjk[2]);
        day = Number(cjk[3]);
        end = cjk.index + cjk[0].length;
        if (!validDay(year, month, day)) return null;
        const time = readTime(text.slice(end));
        return time ? build(year, month, day, time.hour, time.minute, time.second, time.offset) : build(year, month, day);
      }
      if (!numeric) {
        const spaced = SPACED_DAY_FIRST.exec(text);
        if (!spaced) return null;
        day = Number(spaced[1]);
        month = Number(spaced[2]);
        year = Number(spaced[3]);
        if (!validDay(year, month, day)) return null;
        const time = readTime(text.slice(spaced.index + spaced[0].length));
        return time ? build(year, month, day, time.hour, time.minute, time.second, time.offset) : build(year, month, day);
      }
      const [, a, separator, b, yearDigits] = numeric;
      end = numeric.index + numeric[0].length;
      let c = yearDigits!;
      // "28.09.1912:44": a two-digit year with the time glued after it, not the year 1912.
      if (c.length === 4 && a!.length <= 2 && text[end] === ':' && /\d/.test(text[end + 1] ?? '')) {
        c = c.slice(0, 2);
        end -= 2;
      }
      if (a!.length === 4) {
        year = Number(a);
        month = Number(b);
        day = Number(c);
      } else {
        year = Number(c.length === 2 ? `20${c}` : c);
        // Slashes are month-first (US) unless that cannot be or the page's language writes
        // day-first; dots, dashes and spaced bars ("26 | 01 | 2022") are day-first.
        const first = Number(a);
        const second = Number(b);
        [month, day] = separator === '/' && !dayFirst ? [first, second] : [second, first];
        if (month > 12 && day <= 12) [month, day] = [day, month];
      }
    }
  }
  if (!validDay(year, month, day)) return null;
  const time = readTime(text.slice(end));
  if (time) return build(year, month, day, time.hour, time.minute, time.second, time.offset);
  return build(year, month, day);
}

/**
 * The date a URL path carries (/2024/06/27/, /2024-06-27-, /20240627/, /2024/jun/27/, a slug
 * that ends or opens with the day: "…/port-opens-2024-06-27", "2024_06_27_port"), or null.
 *
 * @example
 * dateFromUrl('https://example.com/world/2024/06/27/port-opens/') //=> '2024-06-27'
 */
export function dateFromUrl(url: string | null | undefined): string | null {
  if (url === null || url === undefined) return null;
  assertText(url, 'dateFromUrl');
  return urlPathDate(url, true);
}

/**
 * The date of a URL's path: with `loose`, also a day in a slug and a month written as a word;
 * without, only a date path of its own (/2024/06/27/, /20240627/): a slug may name another
 * day (an event's, a match's) than the story's.
 */
export function urlPathDate(url: string, loose: boolean): string | null {
  if (url.length === 0) return null;
  let path = url;
  const scheme = url.indexOf('://');
  if (scheme >= 0) {
    const slash = url.indexOf('/', scheme + 3);
    path = slash >= 0 ? url.slice(slash) : '';
  }
  const match =
    /\/((?:19|20)\d{2})[/-](\d{1,2})[/-](\d{1,2})(?=[/_.-]|$)/.exec(path) ??
    /[/_-]((?:19|20)\d{2})(\d{2})(\d{2})(?=[/_.-]|$)/.exec(path);
  if (match) return build(Number(match[1]), Number(match[2]), Number(match[3]));
  if (!loose) return null;
  const slug = /[/_.-]((?:19|20)\d{2})([_-])(\d{1,2})\2(\d{1,2})(?=[/_.-]|$)/.exec(path);
  if (slug) return build(Number(slug[1]), Number(slug[3]), Number(slug[4]));
  const dotted = /\.((?:19|20)\d{2})(\d{2})(\d{2})(?=[/_.-]|$)/.exec(path);
  if (dotted) return build(Number(dotted[1]), Number(dotted[2]), Number(dotted[3]));
  // The month as a word ("/2024/jun/27/").
  const worded = /\/((?:19|20)\d{2})\/(\p{L}{3,9})\/(\d{1,2})(?=[/_.-]|$)/u.exec(path);
  const month = worded ? monthNumber(worded[2]!) : 0;
  return worded && month > 0 ? build(Number(worded[1]), month, Number(worded[3])) : null;
}
