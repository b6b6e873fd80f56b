import { readFileSync } from 'node:fs';
import { describe, expect, it } from 'vitest';
import { findDates, type DateMention } from '../src/index.js';

interface DatesCase {
  note: string;
  input: string;
  reference: string;
  /** The text's language, for its weekdays and relative days (`options.lang`); none reads English alone. */
  lang?: string;
  expected: (Partial<DateMention> & { text: string })[];
}

const cases = JSON.parse(readFileSync(new URL('./fixtures/dates.json', import.meta.url), 'utf8')) as DatesCase[];

describe('findDates: hand-made news date mentions (TimeML-style cases)', () => {
  for (const { note, input, reference, lang, expected } of cases) {
    it(note, () => {
      const found = findDates(input, lang === undefined ? { reference } : { reference, lang });
      expect(found.map((mention) => mention.text)).toEqual(expected.map((mention) => mention.text));
      expected.forEach((mention, index) => expect(found[index]).toMatchObject(mention));
      for (const mention of found) expect(input.slice(mention.start, mention.end)).toBe(mention.text);
    });
  }

  it('scores detection and resolution over the whole fixture set', () => {
    let truePositives = 0;
    let falsePositives = 0;
    let falseNegatives = 0;
    let resolved = 0;
    for (const { input, reference, lang, expected } of cases) {
      const found = findDates(input, lang === undefined ? { reference } : { reference, lang });
      for (const mention of expected) {
        const hit = found.find((candidate) => candidate.text === mention.text);
        if (hit === undefined) falseNegatives++;
        else {
          truePositives++;
          if (hit.value === (mention.value === undefined ? hit.value : mention.value)) resolved++;
        }
      }
      falsePositives += found.filter((candidate) => !expected.some((mention) => mention.text === candidate.text)).length;
    }
    const precision = truePositives / (truePositives + falsePositives);
    const recall = truePositives / (truePositives + falseNegatives);
    const f1 = (2 * precision * recall) / (precision + recall);
    console.log(`fixtures: ${cases.length} cases, detection F1 ${f1.toFixed(3)} (P ${precision.toFixed(3)}, R ${recall.toFixed(3)}), values exact ${resolved}/${truePositives}`);
    expect(f1).toBe(1);
    expect(resolved).toBe(truePositives);
  });

  it('keeps the clause tense: a month in a past clause is behind the story, in a future clause ahead', () => {
    const text = 'Sales fell in August. The plant will reopen in February.';
    expect(findDates(text, { reference: '2024-03-12' }).map((mention) => mention.value)).toEqual(['2023-08', '2025-02']);
  });

  it('without a reference keeps what the text dates outright and leaves the rest without a value', () => {
    const text = 'The dispute began in March 2017, flared again on June 3, 2019 and in the 1990s before that. Talks resumed on Monday and last year; the deal ran out in May.';
    expect(findDates(text).map((mention) => [mention.text, mention.kind, mention.value])).toEqual([
      ['March 2017', 'absolute', '2017-03'],
      ['June 3, 2019', 'absolute', '2019-06-03'],
      ['1990s', 'absolute', '199'],
      ['on Monday', 'relative', null],
      ['last year', 'range', null],
      ['in May', 'relative', null],
    ]);
    // Every value given without a reference is the one a reference gives.
    const withReference = findDates(text, { reference: '2024-06-27' });
    for (const mention of findDates(text)) {
      if (mention.value !== null) expect(withReference.find((other) => other.start === mention.start)?.value).toBe(mention.value);
    }
  });

  it('reads a Date reference by its UTC day and rejects an unreadable one', () => {
    expect(findDates('It happened yesterday.', { reference: new Date('2024-06-27T23:30:00Z') })[0]?.value).toBe('2024-06-26');
    expect(() => findDates('x', { reference: 'not a date' })).toThrow(/reference/);
  });
});
