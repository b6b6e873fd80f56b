import { DEMONYMS, REGION_ADJECTIVES } from '@newsparse/core';
import { describe, expect, it } from 'vitest';
import { NATIONALITY_WORDS } from '../src/locales/en/lexicon.js';

// Quotes keeps only the words of core's demonym map (the countries come from the entity
// tagger), so that its bundle does not carry the map; the two lists must not drift apart.
describe('NATIONALITY_WORDS', () => {
  it("holds core's one-word demonyms and region adjectives in lower case, and 'us'", () => {
    const core = Object.keys({ ...DEMONYMS, ...REGION_ADJECTIVES }).filter((word) => !word.includes(' ')).map((word) => word.toLowerCase());
    expect([...NATIONALITY_WORDS].sort()).toEqual([...new Set([...core, 'us'])].sort());
  });
});
