import { readFileSync } from 'node:fs';
import { describe, expect, it } from 'vitest';
import { tagEntities } from '../src/index.js';
import type { Entity, EntityType } from '../src/index.js';

// The project's seed article and what a careful reader extracts from it (a copy of shared/golden).
const text = readFileSync(new URL('./fixtures/global-times-china-peru.txt', import.meta.url), 'utf8');
const expected = JSON.parse(readFileSync(new URL('./fixtures/global-times-china-peru.expected.json', import.meta.url), 'utf8')) as {
  entities: {
    must: Record<string, Array<string | { canonical: string; aliases?: string[] }>>;
    should: { never: string[]; nationality: Array<{ text: string; country?: string; region?: string }>; acronyms: Array<{ short: string; long: string }> };
  };
};

const result = tagEntities(text);
const named = (type: EntityType, name: string): Entity | undefined =>
  result.entities.find((entity) => entity.type === type && (entity.name === name || entity.aliases.includes(name)));

describe('seed article (Global Times, China-Peru)', () => {
  for (const [type, items] of Object.entries(expected.entities.must)) {
    for (const item of items) {
      const canonical = typeof item === 'string' ? item : item.canonical;
      it(`finds the ${type} ${canonical}`, () => {
        const entity = named(type as EntityType, canonical);
        expect(entity, `${type} ${canonical}`).toBeDefined();
        if (typeof item !== 'string') {
          expect(entity!.name).toBe(item.canonical);
          for (const alias of item.aliases ?? []) expect(entity!.aliases).toContain(alias);
        }
      });
    }
  }

  it('tags none of the never strings as an entity', () => {
    for (const word of expected.entities.should.never) {
      expect(result.mentions.filter((mention) => mention.text === word), word).toEqual([]);
    }
  });

  it('types nationality words and links them to their country', () => {
    for (const item of expected.entities.should.nationality) {
      const entity = named('nationality', item.text);
      expect(entity, item.text).toBeDefined();
      expect(entity!.country).toBe(item.country ?? item.region);
      expect(entity!.countryId).toBe(result.entities.find((other) => other.type === 'place' && other.name === (item.country ?? item.region))?.id);
    }
  });

  it('joins an acronym defined in parentheses to its long form', () => {
    for (const { short, long } of expected.entities.should.acronyms) {
      const entity = result.entities.find((candidate) => candidate.name === long);
      expect(entity, long).toBeDefined();
      expect(entity!.aliases).toContain(short);
    }
  });

  it('points every person mention at its full name (what quote attribution needs)', () => {
    const byId = new Map(result.entities.map((entity) => [entity.id, entity]));
    const name = (surface: string): string | undefined => byId.get(result.mentions.find((mention) => mention.text === surface && mention.type === 'person')?.entityId ?? '')?.name;
    expect(name('Capuñay')).toBe('Juan Carlos Capuñay');
    expect(name('Wang')).toBe('Wang Youming');
    expect(name('Boluarte')).toBe('Dina Boluarte');
  });

  it('keeps every span exact', () => {
    for (const mention of result.mentions) expect(text.slice(mention.start, mention.end)).toBe(mention.text);
  });
});
