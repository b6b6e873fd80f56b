import { assertText } from '@newsparse/core';
import type { Dateline, ParseDatelineOptions } from './types.js';

// First implementation: "PLACE[, Region] [(Agency)] [, Month Day] —". Issue #3 replaces this with the full pipeline.
const DATELINE = /^[\s*]{0,20}([A-Z][A-Z .'-]{1,40}(?:, [A-Z][\w.]*(?: [A-Z][\w.]*)?)?)(?:,? (Jan|Feb|Mar|Apr|May|Jun|Jul|Aug|Sep|Oct|Nov|Dec)[a-z]*\.? (\d{1,2}))?(?: \((AP|Reuters|AFP|Xinhua|UPI|Bloomberg)\))? ?(?:—|–|--|-|_) ?/;
const MONTHS = ['jan', 'feb', 'mar', 'apr', 'may', 'jun', 'jul', 'aug', 'sep', 'oct', 'nov', 'dec'];

/**
 * Finds the dateline at the start of a story.
 *
 * @example
 * parseDateline('LIMA, Peru (AP) — The president said ...')?.location?.city
 * //=> 'LIMA'
 */
export function parseDateline(text: string, options: ParseDatelineOptions = {}): Dateline | null {
  assertText(text, 'parseDateline');
  const match = DATELINE.exec(text.slice(0, 200));
  if (!match) return null;
  const place = match[1]!.trim();
  const [city, region] = place.split(', ');
  const start = match[0].indexOf(match[1]!);
  let date: string | null = null;
  if (match[2] && match[3] && options.reference !== undefined) {
    const reference = new Date(options.reference);
    const month = MONTHS.indexOf(match[2].toLowerCase());
    date = `${reference.getUTCFullYear()}-${String(month + 1).padStart(2, '0')}-${match[3].padStart(2, '0')}`;
  }
  const end = match[0].trimEnd().length;
  return {
    text: text.slice(start, end),
    start,
    end,
    bodyStart: match[0].length,
    location: { text: place, city: city ?? null, region: region ?? null, country: null },
    date,
    agencies: match[4] ? [match[4]] : [],
  };
}
