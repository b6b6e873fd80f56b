import { readFileSync } from 'node:fs';
import { describe, expect, it } from 'vitest';
import { parseByline, readMetadata } from '../src/index.js';

interface BylineCase {
  input: string;
  expected: { authors: string[]; organization: string | null; contributors?: string[] };
  note: string;
}
interface PageCase {
  input: string;
  url?: string;
  expected: Record<string, unknown>;
  note: string;
}

const read = <T>(name: string): T => JSON.parse(readFileSync(new URL(`./fixtures/${name}`, import.meta.url), 'utf8')) as T;

describe('parseByline fixtures', () => {
  for (const item of read<BylineCase[]>('bylines.json')) {
    it(`${item.input} (${item.note})`, () => {
      const result = parseByline(item.input);
      expect(result.authors.map((author) => author.name)).toEqual(item.expected.authors);
      expect(result.organization).toBe(item.expected.organization);
      if (item.expected.contributors) expect(result.contributors.map((author) => author.name)).toEqual(item.expected.contributors);
    });
  }
});

describe('readMetadata fixtures', () => {
  for (const item of ['pages.json', 'headlines.json', 'dates.json'].flatMap((name) => read<PageCase[]>(name))) {
    it(item.note, () => {
      const result = readMetadata(item.input, item.url ? { url: item.url } : {});
      expect(result).toMatchObject(item.expected);
    });
  }
});
