// The seed article (copied from ../shared/golden into test/fixtures): parseArticle must get
// every `must` item of its expected extraction. Items are data; this file only loops.
import { readFileSync } from 'node:fs';
import { describe, expect, it } from 'vitest';
import { parseArticle } from './parse-article.js';

const fixtures = new URL('../test/fixtures/', import.meta.url);
const text = readFileSync(new URL('global-times-china-peru.txt', fixtures), 'utf8');
const expected = JSON.parse(readFileSync(new URL('global-times-china-peru.expected.json', fixtures), 'utf8'));
const result = parseArticle(text);

const entityNamed = (type: string, name: string) =>
  result.entities.entities.find((entity) => entity.type === type && entity.name === name);

describe('seed article: metadata', () => {
  const must = expected.metadata.must;
  for (const field of ['title', 'subtitle', 'published', 'publishedRaw', 'authors', 'images'] as const) {
    it(`${field}`, () => {
      expect(result.metadata[field]).toEqual(must[field]);
    });
  }
  it('body start', () => {
    expect(text.slice(result.bodyStart).startsWith(must.bodyStartsWith)).toBe(true);
  });
});

describe('seed article: dateline', () => {
  it('has no dateline', () => {
    expect(result.dateline).toBeNull();
  });
});

describe('seed article: dates', () => {
  it('resolves against the publication day', () => {
    expect(result.reference).toBe(expected.dates.reference);
  });
  for (const item of expected.dates.must) {
    it(`${item.text} at ${item.start} → ${item.resolved}`, () => {
      const mention = result.dates.find((date) => date.start === item.start);
      expect(mention, `no date mention at ${item.start}`).toBeDefined();
      expect(mention!.text).toBe(item.text);
      expect(mention!.value).toBe(item.resolved);
      if (item.precision) expect(mention!.precision).toBe(item.precision);
    });
  }
});

describe('seed article: entities', () => {
  for (const person of expected.entities.must.person) {
    it(`person ${person.canonical}`, () => {
      const entity = entityNamed('person', person.canonical);
      expect(entity, `no person named ${person.canonical}`).toBeDefined();
      for (const alias of person.aliases ?? []) expect(entity!.aliases).toContain(alias);
    });
  }
  for (const type of ['organization', 'place'] as const) {
    for (const name of expected.entities.must[type]) {
      it(`${type} ${name}`, () => {
        const found = result.entities.entities.some(
          (entity) => entity.type === type && (entity.name === name || entity.aliases.includes(name)),
        );
        expect(found, `no ${type} named ${name}`).toBe(true);
      });
    }
  }
});

describe('seed article: quotes', () => {
  for (const item of expected.quotes.must) {
    it(`${item.kind} quote at ${item.start} by ${item.speaker}`, () => {
      const quote = result.quotes.find((candidate) => candidate.start === item.start && candidate.end === item.end);
      expect(quote, `no quote at ${item.start}-${item.end}`).toBeDefined();
      expect(quote!.kind).toBe(item.kind);
      expect(quote!.speaker?.name).toBe(item.speaker);
      if (item.via) expect(quote!.speaker?.mention.text).toBe(item.via);
      expect(quote!.cue?.text).toBe(item.cue);
    });
  }
});
