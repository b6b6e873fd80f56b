import { readFileSync } from 'node:fs';
import { describe, expect, it } from 'vitest';
import { tagEntities } from '../src/index.js';

interface Case {
  input: string;
  expected: Array<[string, string]>;
  note?: string;
  sameEntity?: string[];
  /** two surfaces that must name different entities */
  differentEntities?: [string, string];
}

// Hand-written news snippets, one per span convention.
const cases = JSON.parse(readFileSync(new URL('./fixtures/cases.json', import.meta.url), 'utf8')) as Case[];

describe('fixtures', () => {
  for (const item of cases) {
    it(item.note ? `${item.note}: ${item.input.slice(0, 50)}` : item.input.slice(0, 60), () => {
      const result = tagEntities(item.input);
      expect(result.mentions.map((mention) => [mention.text, mention.type])).toEqual(item.expected);
      if (item.sameEntity) {
        const ids = new Set(item.sameEntity.map((surface) => result.mentions.find((mention) => mention.text === surface)?.entityId));
        expect(ids.size).toBe(1);
      }
      if (item.differentEntities) {
        const [first, second] = item.differentEntities.map((surface) => result.mentions.find((mention) => mention.text === surface)?.entityId);
        expect(first).not.toBe(second);
      }
    });
  }
});
