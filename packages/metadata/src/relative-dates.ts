import { trimEndChars } from './text.js';

/**
 * Relative time stamps ("3 hours ago", "vor 3 Stunden", "il y a 2 jours", "hace 5 minutos",
 * "2 giorni fa", "3 uur geleden", "3時間前", "3小时前", "3시간 전", "yesterday", "gestern")
 * read against a reference time. Words and forms from general knowledge of de, en, es, fr,
 * it, nl, pt, ja, zh and ko.
 */

const MINUTE = 60_000;
const HOUR = 60 * MINUTE;
const DAY = 24 * HOUR;

/** Unit words (lower case) and their length in milliseconds. */
const UNITS: [RegExp, number][] = [
  [/^(?:min|mins|minute|minutes|minuten|minuto|minutos|minuti|分|分钟|分鐘|분)$/, MINUTE],
  [/^(?:h|hr|hrs|hour|hours|std|stunde|stunden|heure|heures|hora|horas|ora|ore|uur|時間|小时|小時|시간)$/, HOUR],
  [/^(?:day|days|tag|tage|tagen|jour|jours|día|días|dia|dias|giorno|giorni|dag|dagen|[日天일])$/, DAY],
  [/^(?:week|weeks|woche|wochen|semaine|semaines|semana|semanas|settimana|settimane|weken|週間|[周週주])$/, 7 * DAY],
];

function unitLength(word: string): number {
  const key = word.toLowerCase();
  for (const [pattern, length] of UNITS) if (pattern.test(key)) return length;
  return 0;
}

/** "an hour", "a day", "einer Stunde", "une heure": one unit. */
const ONE = /^(?:a|an|one|einer|einem|eine|ein|une|un|una|uno|um|uma|één|een)$/i;

/** The word after the unit ("3 hours ago", "2 giorni fa", "3 uur geleden"); the count and unit are the two words before it. */
const AFTER_WORD = /(?<=\s)(?:ago|fa|geleden)(?!\p{L})/iu;
/** The words before the count ("vor 3 Stunden", "il y a 2 jours", "hace 5 minutos", "há 2 dias"); the count and unit follow. */
const BEFORE_WORD = /(?<!\p{L})(?:vor|il y a|hace|há)(?=\s)/iu;
const COUNT_WORD = /^(?:\d{1,3}|an?|one|une?|una|uno|um|uma|einer|einem|eine|ein|een|één)$/i;

/** The count and unit around a relative cue, read word by word (each cue found once). */
function countAndUnit(text: string): [string, string] | null {
  const after = AFTER_WORD.exec(text);
  if (after) {
    const words = text.slice(0, after.index).trim().split(/\s+/);
    const unit = words[words.length - 1];
    const count = words[words.length - 2];
    if (unit !== undefined && count !== undefined && COUNT_WORD.test(count)) return [count, unit];
  }
  const before = BEFORE_WORD.exec(text);
  if (before) {
    const start = before.index + before[0].length;
    const words = text.slice(start, start + 60).trim().split(/\s+/);
    const count = words[0];
    const unit = words[1] === undefined ? undefined : trimEndChars(words[1], /\P{L}/u);
    if (count !== undefined && unit !== undefined && COUNT_WORD.test(count)) return [count, unit];
  }
  return null;
}

/** "3時間前", "3小时前", "3시간 전". */
const CJK = /(\d{1,3})\s?(分钟|分鐘|[分日天周]|時間|小时|小時|週間|[週분일주]|시간)\s?(?:前|전)/u;

const YESTERDAY = /(?<!\p{L})(?:yesterday|gestern|hier|ayer|ontem|ieri|gisteren)(?!\p{L})|昨日|昨天|어제/iu;
const TODAY = /(?<!\p{L})(?:today|heute|aujourd'hui|aujourd’hui|hoy|hoje|oggi|vandaag)(?!\p{L})|今日|今天|오늘/iu;

const pad = (value: number): string => String(value).padStart(2, '0');
const day = (date: Date): string => `${date.getUTCFullYear()}-${pad(date.getUTCMonth() + 1)}-${pad(date.getUTCDate())}`;

/**
 * The time a relative stamp stands for, from `reference`: a UTC time for minutes and hours
 * ("2024-06-27T17:43Z"), a day for days, weeks, "yesterday" and "today"; null when the text
 * holds no relative stamp.
 *
 * @example
 * relativeDate('vor 3 Stunden', new Date('2024-06-27T20:43:00Z')) //=> '2024-06-27T17:43Z'
 * relativeDate('2 days ago', new Date('2024-06-27T20:43:00Z')) //=> '2024-06-25'
 */
export function relativeDate(text: string, reference: Date): string | null {
  if (text.length > 200 || Number.isNaN(reference.getTime())) return null;
  let count = 0;
  let unit = 0;
  const ago = countAndUnit(text);
  if (ago) {
    count = /^\d+$/.test(ago[0]) ? Number(ago[0]) : ONE.test(ago[0]) ? 1 : 0;
    unit = unitLength(ago[1]);
  } else {
    const cjk = CJK.exec(text);
    if (cjk) {
      count = Number(cjk[1]);
      unit = unitLength(cjk[2]!);
    } else if (YESTERDAY.test(text)) {
      return day(new Date(reference.getTime() - DAY));
    } else if (TODAY.test(text)) {
      return day(reference);
    }
  }
  if (count <= 0 || unit === 0) return null;
  const then = new Date(reference.getTime() - count * unit);
  if (unit >= DAY) return day(then);
  return `${day(then)}T${pad(then.getUTCHours())}:${pad(then.getUTCMinutes())}Z`;
}
