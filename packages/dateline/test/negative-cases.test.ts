import { readFileSync } from 'node:fs';
import { describe, expect, it } from 'vitest';
import { findDates, parseDateline } from '../src/index.js';

const datelines = JSON.parse(readFileSync(new URL('./fixtures/negative-datelines.json', import.meta.url), 'utf8')) as { note: string; input: string }[];

describe('no false datelines', () => {
  for (const { note, input } of datelines) {
    it(note, () => expect(parseDateline(input, { reference: '2024-06-27' })).toBeNull());
  }
});

describe('no false dates', () => {
  const texts = [
    'The stock closed at $3.625 a share, up 2 1/2 points.',
    'About 2000 troops and $1990 in cash; 1,999 votes; 2,010 people.',
    'The court ruled 5-4 and the team won 3-2 with 4/5 of the votes.',
    'Trading halted at 1930 GMT.',
    'Officials may march on the capital. The March for Life drew crowds.',
    'April Ryan asked a question.',
    'Prices are expected to fall further after the fall of Kabul.',
    'Call 555-2024 or visit Room 1995.',
    'She is in her twenties and earns $5 a day.',
  ];
  for (const text of texts) {
    it(text, () => expect(findDates(text, { reference: '2024-06-27' })).toEqual([]));
  }
});
