import { readFileSync } from 'node:fs';
import { describe, expect, it } from 'vitest';
import { extractQuotes, type Quote } from './with-entity-tagger.js';

interface Brief {
  text: string;
  /** The attributing words. */
  speaker: string | null;
  /** Who they name. */
  name: string | null;
}

interface Case {
  note: string;
  input: string;
  expected: Brief[];
}

// Hand-written sentences, one per speaker rule: pronoun agreement, possessive and
// appositive heads, numbers that are no speakers or objects. Run with the entity tagger.
const cases = JSON.parse(readFileSync(new URL('./fixtures/speakers.json', import.meta.url), 'utf8')) as Case[];

const brief = (quote: Quote): Brief => ({ text: quote.text, speaker: quote.speaker?.mention.text ?? null, name: quote.speaker?.name ?? null });

describe('speaker fixtures', () => {
  for (const item of cases) {
    it(item.note, () => {
      expect(extractQuotes(item.input).map(brief)).toEqual(item.expected);
    });
  }
});
