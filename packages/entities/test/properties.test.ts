import { cpuMs } from '@newsparse/test-kit';
import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { tagEntities, type TagEntitiesOptions } from '../src/index.js';

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

  // Hostile shapes: long runs of capitalised words (alone, after a quote and "said", with
  // first names after ordinary words, with connectors, with a newsroom lexicon), repeated
  // abbreviations, results tables, all-caps lines, and ordinary news copy.
  const lexicon = { 'Alia Salem': 'person' } as const;
  const shapes: ReadonlyArray<readonly [string, TagEntitiesOptions?]> = [
    ['Alia Salem '],
    ['\u201cYes,\u201d said Alia Bank Salem Relations '],
    ['Relations Alia Salem X.Y. Ministry '],
    ['Bank of Bank of Trade and Commerce and '],
    ['A and B and C and D and E and F and G and H Inc. '],
    ['Leeds 2 Chelsea 1 Arsenal 3 '],
    ['THE THE THE THE \n'],
    ['Alia Salem Bank ', { lexicon }],
    ['President Bill Clinton met Wang Youming of the Bank of England in PARIS (Reuters) - U.S. and China, '],
  ];
  const repeat = (unit: string, size: number): string => unit.repeat(Math.ceil(size / unit.length));
  // CPU time of this process (not wall time): steadier when other jobs share the machine.
  const tagMs = (text: string, options?: TagEntitiesOptions): number => cpuMs(() => tagEntities(text, options));
  const best = (runs: number, measure: () => number): number => Math.min(...Array.from({ length: runs }, measure));

  it('grows linearly: 4× the input takes at most 6× the time', () => {
    tagEntities('Warm up: Dina Boluarte met Wang Youming in Lima.');
    for (const [unit, options] of shapes) {
      const small = repeat(unit, 64_000);
      const large = repeat(unit, 256_000);
      // A floor of 50 ms keeps timer resolution and garbage-collector pauses from deciding the ratio.
      const smallTime = Math.max(best(2, () => tagMs(small, options)), 50);
      let largeTime = best(2, () => tagMs(large, options));
      // Under load a pair of runs can land just over the bound (6.2× seen at load 5, while a
      // quadratic step gives 16×): measure once more before calling it super-linear.
      if (largeTime >= smallTime * 6) largeTime = Math.min(largeTime, best(2, () => tagMs(large, options)));
      expect(largeTime, `${JSON.stringify(unit)}: ${smallTime.toFixed(0)} ms → ${largeTime.toFixed(0)} ms`).toBeLessThan(smallTime * 6);
    }
  });

  it('tags 1 MB of capitalised words in under 2 s of CPU time', () => {
    const runs = [
      ['', 'Alia Salem '],
      ['\u201cYes,\u201d said ', 'Alia Salem '],
      ['', 'Relations Alia Bank '],
    ] as const;
    for (const [prefix, unit] of runs) {
      const text = prefix + repeat(unit, 1_048_576);
      // A second try only when the first one was slow (a busy machine, a collector pause).
      let time = tagMs(text);
      if (time >= 2000) time = Math.min(time, tagMs(text));
      expect(time, JSON.stringify(prefix + unit)).toBeLessThan(2000);
    }
  });
});
