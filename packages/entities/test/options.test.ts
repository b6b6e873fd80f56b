import { NewsparseError } from '@newsparse/core';
import nlp from 'compromise';
import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { tagEntities, type TagEntitiesOptions } from '../src/index.js';

describe('options', () => {
  it('a newsroom lexicon wins over the tagger', () => {
    const result = tagEntities('Acme Quantum hired Zed Orbit, who joined Acme Quantum in May.', { lexicon: { 'Zed Orbit': 'person', 'Acme Quantum': 'organization' } });
    expect(result.mentions.map((mention) => [mention.text, mention.type])).toEqual([
      ['Acme Quantum', 'organization'],
      ['Zed Orbit', 'person'],
      ['Acme Quantum', 'organization'],
    ]);
    expect(result.entities.find((entity) => entity.name === 'Acme Quantum')?.mentions).toBe(2);
  });

  it('types limits what comes back', () => {
    const result = tagEntities('Dina Boluarte flew from Lima to Beijing with Huawei executives.', { types: ['person'] });
    expect(result.mentions.map((mention) => mention.text)).toEqual(['Dina Boluarte']);
  });

  it('full mode adds compromise readings but keeps our spans', () => {
    const text = 'Dina Boluarte flew from Lima to Beijing.';
    const fast = tagEntities(text);
    const full = tagEntities(text, { mode: 'full', nlp });
    for (const mention of fast.mentions) expect(full.mentions).toContainEqual(mention);
  });
});

describe('misuse', () => {
  // Each call breaks the contract: it must throw a NewsparseError, never a TypeError or a wrong result.
  const misuses: Array<[string, () => unknown]> = [
    ['a number as text', () => tagEntities(42 as unknown as string)],
    ['null as text', () => tagEntities(null as unknown as string)],
    ['a String object as text', () => tagEntities(new String('Lima') as unknown as string)],
    ['options = null', () => tagEntities('Lima', null as unknown as TagEntitiesOptions)],
    ['options a string', () => tagEntities('Lima', 'fast' as unknown as TagEntitiesOptions)],
    ['options an array', () => tagEntities('Lima', [] as unknown as TagEntitiesOptions)],
    ['an unknown mode', () => tagEntities('Lima', { mode: 'slow' as never })],
    ['mode null', () => tagEntities('Lima', { mode: null as never })],
    ['mode full without compromise', () => tagEntities('Lima', { mode: 'full' })],
    ['mode full with a string as nlp', () => tagEntities('Lima', { mode: 'full', nlp: 'compromise' as never })],
    ['types not an array', () => tagEntities('Lima', { types: 'person' as never })],
    ['types null', () => tagEntities('Lima', { types: null as never })],
    ['types a number', () => tagEntities('Lima', { types: 3 as never })],
    ['an unknown type', () => tagEntities('Lima', { types: ['people' as never] })],
    ['a type of the wrong case', () => tagEntities('Lima', { types: ['Person' as never] })],
    ['lexicon null', () => tagEntities('Lima', { lexicon: null as never })],
    ['lexicon an array', () => tagEntities('Lima', { lexicon: [['Lima', 'place']] as never })],
    ['lexicon a string', () => tagEntities('Lima', { lexicon: 'Lima' as never })],
    ['a lexicon entry of an unknown type', () => tagEntities('Lima', { lexicon: { Lima: 'city' as never } })],
    ['a lexicon entry typed null', () => tagEntities('Lima', { lexicon: { Lima: null as never } })],
    ['an unknown lexicon type on text without the entry', () => tagEntities('Paris', { lexicon: { Lima: 'city' as never } })],
  ];
  for (const [name, call] of misuses) {
    it(`throws a NewsparseError for ${name}`, () => {
      expect(call).toThrow(NewsparseError);
    });
  }

  it('accepts undefined fields and ignores unknown keys', () => {
    const text = 'Dina Boluarte flew to Lima.';
    const plain = tagEntities(text);
    expect(tagEntities(text, {})).toEqual(plain);
    expect(tagEntities(text, { mode: undefined, types: undefined, lexicon: undefined } as unknown as TagEntitiesOptions)).toEqual(plain);
    expect(tagEntities(text, { colour: 'blue' } as TagEntitiesOptions)).toEqual(plain);
  });

  it('trims lexicon entries so that mentions never start or end with white space', () => {
    const text = 'Zed Orbit spoke. Zed Orbit left.';
    const result = tagEntities(text, { lexicon: { ' Zed Orbit ': 'person', '   ': 'place' } });
    expect(result.mentions.map((mention) => [mention.text, mention.start])).toEqual([
      ['Zed Orbit', 0],
      ['Zed Orbit', 17],
    ]);
    expect(result.entities[0]!.name).toBe('Zed Orbit');
  });

  it('any options value either throws a NewsparseError or gives a well-formed result', () => {
    const text = 'Dina Boluarte met Wang Youming of the Bank of England in Lima.';
    fc.assert(
      fc.property(
        fc.oneof(
          fc.anything(),
          fc.record({ mode: fc.anything(), types: fc.anything(), lexicon: fc.anything() }, { requiredKeys: [] }),
          fc.record({ types: fc.array(fc.constantFrom('person', 'place', 'organization', 'nationality', 'event', 'other', 'x')), lexicon: fc.dictionary(fc.string(), fc.constantFrom('person', 'place', 'organization', 'other', 'bad')) }, { requiredKeys: [] }),
        ),
        (options) => {
          let result;
          try {
            result = tagEntities(text, options as TagEntitiesOptions);
          } catch (error) {
            expect(error).toBeInstanceOf(NewsparseError);
            return;
          }
          const ids = new Set(result.entities.map((entity) => entity.id));
          for (const mention of result.mentions) {
            expect(text.slice(mention.start, mention.end)).toBe(mention.text);
            expect(mention.text).toBe(mention.text.trim());
            expect(mention.text.length).toBeGreaterThan(0);
            expect(ids.has(mention.entityId)).toBe(true);
          }
        },
      ),
      { numRuns: 300 },
    );
  });
});
