// Run by tz.test.ts in child processes with different TZ values: prints what the parsers
// return on the fixtures, so the test can check that the machine's zone changes nothing.
import { readFileSync } from 'node:fs';
import { findDates, parseDateline, parseStamp } from '../src/index.js';

export function probe(): string {
  const dates = JSON.parse(readFileSync(new URL('./fixtures/dates.json', import.meta.url), 'utf8')) as { input: string; reference: string }[];
  const datelines = JSON.parse(readFileSync(new URL('./fixtures/datelines.json', import.meta.url), 'utf8')) as { input: string; reference?: string }[];
  const seed = readFileSync(new URL('./fixtures/global-times-china-peru.txt', import.meta.url), 'utf8');
  return JSON.stringify({
    dates: dates.map(({ input, reference }) => findDates(input, { reference })),
    dateRefs: dates.map(({ input, reference }) => findDates(input, { reference: new Date(`${reference}T23:30:00Z`) })),
    datelines: datelines.map(({ input, reference }) => parseDateline(input, reference === undefined ? {} : { reference })),
    seed: findDates(seed, { reference: '2024-06-27' }),
    stamps: ['Published: Jun 27, 2024 08:43 PM', 'Updated 3:15 p.m. ET, Tue June 4, 2024', '2024-06-27T23:43:00Z', 'Updated Dec 31'].map((text) => parseStamp(text, { reference: new Date('2025-01-01T00:30:00Z') })),
  });
}

if (process.argv[1]?.endsWith('tz-probe.ts')) process.stdout.write(probe());
