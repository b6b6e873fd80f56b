import { describe, expect, it } from 'vitest';
import { en } from './en/index.js';
import { LOCALES, localeWords, matchesLocalePattern } from './index.js';

describe('locales', () => {
  it('lists English and reads its words', () => {
    expect(LOCALES.map((locale) => locale.code)).toContain('en');
    expect(localeWords((locale) => locale.context.sayWords).has('said')).toBe(true);
    expect(matchesLocalePattern((locale) => locale.patterns.ordinal, '3rd')).toBe(true);
    expect(matchesLocalePattern((locale) => locale.patterns.ordinal, 'third')).toBe(false);
  });

  it('holds lower-case words in the lists the rules compare with lower-cased text', () => {
    const lowerLists = [en.heads.organisation, en.heads.place, en.heads.event, en.context.kindNouns, en.sports.resultVerbs, en.names.particles];
    for (const list of lowerLists) for (const word of list) expect(word).toBe(word.toLowerCase());
  });
});
