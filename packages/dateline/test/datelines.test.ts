import { readFileSync, readdirSync } from 'node:fs';
import { describe, expect, it } from 'vitest';
import { parseDateline } from '../src/index.js';

interface DatelineCase {
  note: string;
  input: string;
  reference?: string;
  expected: Record<string, unknown> & { body?: string };
}

// datelines.json, and one file per language: datelines-de.json, datelines-fr.json, …
const fixtures = new URL('./fixtures/', import.meta.url);
const cases = readdirSync(fixtures)
  .filter((file) => /^datelines(?:-[a-z]{2})?\.json$/.test(file))
  .flatMap((file) => JSON.parse(readFileSync(new URL(file, fixtures), 'utf8')) as DatelineCase[]);

describe('parseDateline: wire and newspaper datelines', () => {
  for (const { note, input, reference, expected } of cases) {
    it(note, () => {
      const result = parseDateline(input, reference === undefined ? {} : { reference });
      expect(result).not.toBeNull();
      const { body, ...fields } = expected;
      expect(result).toMatchObject(fields);
      expect(input.slice(result!.start, result!.end)).toBe(result!.text);
      // The place opens the dateline, or its parenthesis does ("(NEW YORK) —"), or it follows the agency's dash ("(ANSA) - ROMA, 12 GIU -")
      // or its date ("March 03, Colombo (LNW):") or a site's domain ("TEMPO.CO, Jakarta -").
      if (result!.location !== null) expect(result!.text.replace(/^\([^()]*\) ?- /, '').replace(/^\(/, '').replace(/^\p{L}+\.? \d{1,2}, /u, '').replace(/^[\p{L}\d-]+\.[A-Za-z]{2,4}, /u, '').startsWith(result!.location.text)).toBe(true);
      if (body !== undefined) expect(input.slice(result!.bodyStart).startsWith(body)).toBe(true);
    });
  }

  it('leaves the date null without a reference when the dateline has no year', () => {
    expect(parseDateline('BEIJING, June 27 (Xinhua) -- China')?.date).toBeNull();
  });

  it('rejects a non-string input with NewsparseError', () => {
    expect(() => parseDateline(42 as unknown as string)).toThrow(/expects a string/);
  });
});
