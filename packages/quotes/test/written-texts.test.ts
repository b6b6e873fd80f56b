import { describe, expect, it } from 'vitest';
import { extractQuotes } from '../src/index.js';

const brief = (text: string): Array<[string, string | null]> => extractQuotes(text).map((quote) => [quote.text, quote.speaker?.mention.text ?? null]);

describe("a written text's words ('read')", () => {
  it('attributes a quote to the statement, letter or sign that reads it, before or after the verb', () => {
    expect(brief('“The pier will reopen in spring,” read a statement from the harbour office.')).toEqual([['The pier will reopen in spring,', 'a statement from the harbour office']]);
    expect(brief('“The pier will reopen in spring,” the letter read.')).toEqual([['The pier will reopen in spring,', 'the letter']]);
  });

  it('keeps "read" a plain verb without a written text', () => {
    expect(brief('Lena Voss read the minutes twice before the vote.')).toEqual([]);
  });
});
