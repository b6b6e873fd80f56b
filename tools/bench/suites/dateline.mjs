// @newsparse/dateline against chrono-node, on the same inputs in one process:
// parseDateline over Reuters-21578 leads vs chrono's parse of the same leads (bar 10×), and
// findDates over whole PolNeAR articles vs chrono's parse with the article's date (bar 2×).
import { existsSync } from 'node:fs';
import { join } from 'node:path';
import * as chrono from 'chrono-node';
import { findDates, parseDateline } from '@newsparse/dateline';

export const name = 'dateline';

/** Both sides run warm: a few untimed passes first, so the JIT has compiled each before its timing. */
function warm(inputs, fn, passes = 3) {
  for (let pass = 0; pass < passes; pass++) for (const input of inputs) fn(input);
}

/**
 * Times ours and the peer in alternating rounds and keeps the best of each, so that a burst
 * of load on a shared machine does not land on one side only.
 */
function sideBySide(measure, inputs, ours, peer, { rounds = 3, minMs = 1500, warmPasses = 3 } = {}) {
  warm(inputs, ours, warmPasses);
  warm(inputs, peer, warmPasses);
  let best = { ours: 0, peer: 0 };
  for (let round = 0; round < rounds; round++) {
    best = { ours: Math.max(best.ours, measure(inputs, ours, { minMs })), peer: Math.max(best.peer, measure(inputs, peer, { minMs })) };
  }
  return best;
}

export async function bench({ corpora, measure, readJsonl }) {
  const rows = [];
  const leadsPath = join(corpora, 'reuters21578-datelines', 'data.jsonl');
  if (existsSync(leadsPath)) {
    const leads = readJsonl(leadsPath).map((row) => ({ text: row.text, reference: row.reference, date: new Date(row.reference) }));
    const { ours, peer } = sideBySide(
      measure,
      leads,
      (lead) => parseDateline(lead.text, { reference: lead.reference }),
      (lead) => chrono.parse(lead.text, lead.date),
      { warmPasses: 10 },
    );
    rows.push({ task: `parseDateline, ${leads.length} Reuters leads`, ours: { label: 'parseDateline', perSecond: ours, unit: 'leads/s' }, peer: { label: 'chrono.parse', perSecond: peer }, bar: 10 });
  } else {
    rows.push({ task: 'parseDateline on Reuters leads', ours: null, note: `skipped: no corpus at ${leadsPath}` });
  }
  const articlesPath = join(corpora, 'polnear-quotes', 'data.jsonl');
  if (existsSync(articlesPath)) {
    const articles = readJsonl(articlesPath, 300).map((row) => ({ text: row.text, reference: row.date, date: new Date(`${row.date}T12:00:00Z`) }));
    const { ours, peer } = sideBySide(
      measure,
      articles,
      (article) => findDates(article.text, { reference: article.reference }),
      (article) => chrono.parse(article.text, article.date),
    );
    rows.push({ task: `findDates, ${articles.length} PolNeAR articles (whole texts)`, ours: { label: 'findDates', perSecond: ours, unit: 'articles/s' }, peer: { label: 'chrono.parse', perSecond: peer }, bar: 2 });
  } else {
    rows.push({ task: 'findDates on PolNeAR articles', ours: null, note: `skipped: no corpus at ${articlesPath}` });
  }
  return rows;
}
