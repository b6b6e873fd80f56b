import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { tagEntities } from '../src/index.js';

const newsish = fc.string({
  unit: fc.constantFrom('A', 'b', 'U.S.', 'Mr.', ' ', '\n', '.', ',', "'s", '’s', '(', ')', '-', 'of', ' and ', 'Bank', 'China', 'PARIS', 'Wang', 'Inc', '&', 'Ministry', 'é', '"', '2', 'President '),
  maxLength: 200,
});

describe('properties', () => {
  it('any string gives valid spans and consistent entities', () => {
    fc.assert(
      fc.property(fc.oneof(fc.string(), fc.string({ unit: 'binary' }), newsish), (text) => {
        const { mentions, entities } = tagEntities(text);
        const ids = new Map(entities.map((entity) => [entity.id, entity]));
        let lastEnd = 0;
        for (const mention of mentions) {
          expect(Number.isInteger(mention.start) && Number.isInteger(mention.end)).toBe(true);
          expect(mention.start).toBeGreaterThanOrEqual(lastEnd);
          expect(mention.end).toBeGreaterThan(mention.start);
          expect(mention.end).toBeLessThanOrEqual(text.length);
          expect(text.slice(mention.start, mention.end)).toBe(mention.text);
          expect(mention.text).toBe(mention.text.trim());
          expect(ids.get(mention.entityId)?.type).toBe(mention.type);
          lastEnd = mention.end;
        }
        for (const entity of entities) {
          expect(entity.mentions).toBe(mentions.filter((mention) => mention.entityId === entity.id).length);
        }
      }),
      { numRuns: 400 },
    );
  });

  it('runs in linear time on 1 MB of news-like and adversarial text', () => {
    const units = [
      'President Bill Clinton met Wang Youming of the Bank of England in PARIS (Reuters) - U.S. and China, ',
      'A and B and C and D and E and F and G and H Inc. ',
      'Leeds 2 Chelsea 1 Arsenal 3 ',
      'THE THE THE THE ',
      'Xx Yy Zz Ww ',
    ];
    for (const unit of units) {
      const small = unit.repeat(Math.ceil(64_000 / unit.length));
      const large = unit.repeat(Math.ceil(1_024_000 / unit.length));
      const time = (text: string): number => {
        const start = performance.now();
        tagEntities(text);
        return performance.now() - start;
      };
      time(small);
      const smallTime = Math.max(time(small), 1);
      const largeTime = time(large);
      // 16× the input may take at most ~5× its share of time: a generous guard against quadratic blow-ups.
      expect(largeTime, unit).toBeLessThan(smallTime * 16 * 5 + 1000);
    }
  }, 600_000);

  it('rejects what is not a string and unknown options', () => {
    expect(() => tagEntities(42 as unknown as string)).toThrow(/expects a string/);
    expect(() => tagEntities('x', { types: ['people' as never] })).toThrow(/unknown entity type/);
  });
});
