import { readFileSync } from 'node:fs';
import { describe, expect, it } from 'vitest';
import { readTextMetadata } from '../src/index.js';

interface HeaderCase {
  note: string;
  input: string;
  /** The fields to check: title, subtitle, published, authors (names), furniture (texts). */
  expected: { title?: string | null; subtitle?: string | null; published?: string | null; authors?: string[]; furniture?: string[]; images?: { caption: string | null; credit: string | null }[] };
}

const cases = JSON.parse(readFileSync(new URL('./fixtures/text-headers.json', import.meta.url), 'utf8')) as HeaderCase[];

describe('readTextMetadata header fixtures (hand-written pasted pages)', () => {
  for (const item of cases) {
    it(item.note, () => {
      const result = readTextMetadata(item.input);
      const { expected } = item;
      if (expected.title !== undefined) expect(result.title).toBe(expected.title);
      if (expected.subtitle !== undefined) expect(result.subtitle).toBe(expected.subtitle);
      if (expected.published !== undefined) expect(result.published).toBe(expected.published);
      if (expected.authors !== undefined) expect(result.authors.map((author) => author.name)).toEqual(expected.authors);
      if (expected.images !== undefined) expect(result.images.map(({ caption, credit }) => ({ caption, credit }))).toEqual(expected.images);
      if (expected.furniture !== undefined) expect(result.furniture.map((span) => span.text)).toEqual(expected.furniture);
    });
  }
});
