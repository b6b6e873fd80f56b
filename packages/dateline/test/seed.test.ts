// The project's seed article (a copy of ../shared/golden/global-times-china-peru.txt): its
// `dates.must` items must come out with exact offsets and values, and it has no dateline.
import { readFileSync } from 'node:fs';
import { describe, expect, it } from 'vitest';
import { findDates, parseDateline, parseStamp } from '../src/index.js';

const text = readFileSync(new URL('./fixtures/global-times-china-peru.txt', import.meta.url), 'utf8');
const reference = '2024-06-27';

const MUST = [
  { start: 626, text: 'on Tuesday', value: '2024-06-25' },
  { start: 1632, text: 'on Wednesday', value: '2024-06-26' },
  { start: 2380, text: 'on Wednesday', value: '2024-06-26' },
  { start: 3360, text: 'on Thursday', value: '2024-06-27' },
  { start: 1808, text: 'in November', value: '2024-11', precision: 'month' },
  { start: 5726, text: 'in May', value: '2024-05', precision: 'month' },
  { start: 266, text: 'Jun 27, 2024 08:43 PM', value: '2024-06-27T20:43' },
];

describe('the seed article', () => {
  const found = findDates(text, { reference });

  for (const item of MUST) {
    it(`finds "${item.text}" at ${item.start} as ${item.value}`, () => {
      const mention = found.find((candidate) => candidate.start === item.start);
      expect(mention).toMatchObject({ ...item, end: item.start + item.text.length });
    });
  }

  it('reads "past five years" as a range and "five-day" as a duration', () => {
    expect(found.find((mention) => mention.start === 3665)).toMatchObject({ text: 'past five years', kind: 'range', value: '2019-06-27', until: '2024-06-27' });
    expect(found.find((mention) => mention.start === 1005)).toMatchObject({ text: 'five-day', kind: 'duration', value: null });
  });

  it('has no dateline, whole or from its body', () => {
    expect(parseDateline(text, { reference })).toBeNull();
    expect(parseDateline(text.slice(text.indexOf('China-Peru relations')), { reference })).toBeNull();
  });

  it('reads its publication stamp', () => {
    expect(parseStamp(text)).toMatchObject({ text: 'Published: Jun 27, 2024 08:43 PM', label: 'published', value: '2024-06-27T20:43' });
  });
});
