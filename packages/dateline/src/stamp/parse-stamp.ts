import { assertOneOf, assertOptions, assertText, isIsoDate, withAsciiDigits } from '@newsparse/core';
import { formatDay, formatMinute, nearestOccurrence, pad, type CivilDate } from '../calendar.js';
import { DATE_ORDERS } from '../options.js';
import { LABELS_WITHOUT_LOCALE } from '../lexicon/stamp-labels.js';
import { LOCALES, alternation } from '../locales/index.js';
import { toReferenceDay } from '../reference.js';
import type { ParseStampOptions, Stamp, StampLabel } from '../types.js';
import { readDateTime, type WrittenDateTime } from './datetime.js';

/** Every locale's stamp labels ("published", "actualizado") with what each says, then those of languages without a locale ("közzétéve"). */
const LABELS = new Map<string, StampLabel>([...LOCALES.flatMap((locale) => locale.stamp.labels), ...LABELS_WITHOUT_LOCALE.map(([phrase, label]) => [phrase, label] as const)]);
/**
 * Labels only languages other than English write ("Actualizado", "Mis à jour", "Aktualisiert",
 * Polish "Aktualizacja"): a numeric date after one is day first, as those languages write it
 * ("Actualizado 04/06/2024" is June 4). An English label keeps the month first unless the
 * caller says otherwise.
 */
const DAY_FIRST_LABELS = new Set<string>([
  ...LOCALES.filter((locale) => locale.code !== 'en')
    .flatMap((locale) => locale.stamp.labels.map(([phrase]) => phrase.toLowerCase()))
    .filter((phrase) => !LOCALES.some((locale) => locale.code === 'en' && locale.stamp.labels.some(([english]) => english.toLowerCase() === phrase))),
  ...LABELS_WITHOUT_LOCALE.filter(([, , order]) => order === 'DMY').map(([phrase]) => phrase),
]);
const LABEL = new RegExp(
  // Word edges by lookaround rather than \b, which knows only ASCII letters ("Publié le 3 juin").
  String.raw`(?<![\p{L}\d_])(${[...LABELS.keys()].join('|')})(?![\p{L}\d_])(?:\s{1,3}(?:${alternation((locale) => locale.stamp.afterLabel)}))?\s{0,3}:?\s{0,3}`,
  'giu',
);
const CANDIDATE = new RegExp(String.raw`(?<![\p{L}\d])(?:\d|(?:${[...new Set(LOCALES.flatMap((locale) => locale.stamp.stems))].join('|')})\p{L}*)`, 'giu');

/**
 * Reads a publication stamp: "Published: Jun 27, 2024 08:43 PM", "Updated 3:15 p.m. ET, Tue
 * June 4, 2024", "2024-06-27T12:43:00Z", "27/06/2024" (with `order: 'DMY'`). The first
 * labelled stamp wins ("Published", "Updated", "Posted", "Publicado"…); without a label, the
 * first date in the text that has a year (or whose year the reference gives).
 *
 * Time zones are kept as written: `zone` holds "ET", "GMT" or "+08:00", and `value` carries
 * an offset only when the text gives one (Z, UTC, GMT, ±hh:mm). Nothing is shifted into
 * another zone, so the result is the same under any TZ.
 *
 * @example
 * parseStamp('Published: Jun 27, 2024 08:43 PM')
 * //=> { text: 'Published: Jun 27, 2024 08:43 PM', label: 'published', value: '2024-06-27T20:43',
 * //     date: '2024-06-27', time: '20:43', zone: null, precision: 'minute', start: 0, end: 32, dateStart: 11 }
 * parseStamp('Updated 3:15 p.m. ET, Tue June 4, 2024')?.value //=> '2024-06-04T15:15'
 * parseStamp('2024-06-27T12:43:00Z')?.value //=> '2024-06-27T12:43Z'
 * parseStamp('27/06/2024', { order: 'DMY' })?.date //=> '2024-06-27'
 */
export function parseStamp(text: string, options: ParseStampOptions = {}): Stamp | null {
  assertText(text, 'parseStamp');
  assertOptions(options, 'parseStamp');
  assertOneOf(options.order, DATE_ORDERS, 'parseStamp', 'order');
  const reference = options.reference === undefined ? null : toReferenceDay(options.reference, 'parseStamp');
  // A stamp's whole date may be written in any language of core's calendar ("25 Maret 2023").
  const readOptions = options.order === undefined ? { anyLanguage: true } : { order: options.order, anyLanguage: true };
  // Arabic-Indic digits ("١٠ أكتوبر ٢٠١٧") are read as digits: the readers match on a view with
  // ASCII digits in their place, of the same length, and the stamp's text is taken from `text`.
  const view = withAsciiDigits(text);
  LABEL.lastIndex = 0;
  for (let label = LABEL.exec(view); label; label = LABEL.exec(view)) {
    const labelOptions = options.order === undefined && DAY_FIRST_LABELS.has(label[1]!.toLowerCase()) ? { order: 'DMY' as const, anyLanguage: true } : readOptions;
    const written = readDateTime(view, label.index + label[0].length, labelOptions);
    const stamp = written && toStamp(text, written, reference, label.index, LABELS.get(label[1]!.toLowerCase()) ?? null);
    if (stamp) return stamp;
  }
  CANDIDATE.lastIndex = 0;
  for (let candidate = CANDIDATE.exec(view); candidate; candidate = CANDIDATE.exec(view)) {
    const written = readDateTime(view, candidate.index, readOptions);
    const stamp = written && written.day !== null && toStamp(text, written, reference, written.start, null);
    if (stamp) return stamp;
    if (written) CANDIDATE.lastIndex = Math.max(CANDIDATE.lastIndex, written.end);
  }
  return null;
}

/** The zone suffix a value may carry: Z for UTC/GMT, ±hh:mm for a written offset, else none. */
export function offsetOf(zone: string | null): string | null {
  if (zone === null) return null;
  if (/^(?:Z|UTC|GMT)$/i.test(zone)) return 'Z';
  const offset = /^(?:UTC|GMT)?([+-])(\d{1,2}):?(\d{2})?$/i.exec(zone);
  if (!offset) return null;
  const hours = Number(offset[2]);
  const minutes = Number(offset[3] ?? 0);
  return hours === 0 && minutes === 0 ? 'Z' : `${offset[1]}${pad(hours)}:${pad(minutes)}`;
}

/**
 * A day written without a year takes the year that puts it on or before the reference:
 * news reports what happened. (29 February goes back to the last leap year.)
 */
export function yearOnOrBefore(month: number, day: number, reference: CivilDate): number {
  return nearestOccurrence(month, day, reference, -1)?.year ?? reference.year - 1;
}

function toStamp(text: string, written: WrittenDateTime, reference: CivilDate | null, start: number, label: StampLabel | null): Stamp | null {
  if (written.day === null) return null;
  const year = written.year ?? (reference === null ? null : yearOnOrBefore(written.month, written.day, reference));
  if (year === null) return null;
  const date: CivilDate = { year, month: written.month, day: written.day };
  const time = written.time;
  const zone = time?.zone ?? null;
  const value = time === null ? formatDay(date) : formatMinute(date, time.hour, time.minute, offsetOf(zone));
  // A year inferred before a reference in 0000 would be -0001: no stamp rather than a malformed one.
  if (!isIsoDate(value)) return null;
  return {
    text: text.slice(start, written.end),
    start,
    end: written.end,
    dateStart: written.start,
    label,
    date: formatDay(date),
    time: time === null ? null : `${pad(time.hour)}:${pad(time.minute)}`,
    zone,
    value,
    precision: time === null ? 'day' : 'minute',
  };
}
