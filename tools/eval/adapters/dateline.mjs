// Adapter: @newsparse/dateline → score-datelines.mjs's shape.
import { parseDateline } from '@newsparse/dateline';

export function dateline(text, { referenceISO }) {
  const result = parseDateline(text, { reference: referenceISO });
  if (result === null) return { location: null, date: null, agency: null, datelineEnd: 0 };
  return {
    location: result.location?.text ?? null,
    date: result.date,
    agency: result.agencies[0] ?? null,
    datelineEnd: result.bodyStart,
  };
}
