import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { RULE_LANGUAGES, stagesWithoutRules } from './languages.js';

describe('stagesWithoutRules', () => {
  it('finds no gap for the languages with rules, whatever the region or case', () => {
    for (const lang of RULE_LANGUAGES.quotes.filter((lang) => RULE_LANGUAGES.entities.includes(lang))) {
      expect(stagesWithoutRules(lang)).toEqual([]);
      expect(stagesWithoutRules(`${lang.toUpperCase()}-GB`)).toEqual([]);
      expect(stagesWithoutRules(`${lang}_US`)).toEqual([]);
    }
  });

  it('names the stages with no rules for another language', () => {
    expect(stagesWithoutRules('xx-YY')).toEqual(['quotes', 'entities']);
    expect(stagesWithoutRules('de-DE')).toEqual(['entities']);
  });

  it('says nothing when the language is unknown', () => {
    expect(stagesWithoutRules(null)).toEqual([]);
    expect(stagesWithoutRules(undefined)).toEqual([]);
    expect(stagesWithoutRules('')).toEqual([]);
    expect(stagesWithoutRules('-')).toEqual([]);
  });

  it('takes any string', () => {
    fc.assert(
      fc.property(fc.string(), (lang) => {
        const stages = stagesWithoutRules(lang);
        expect(stages.every((stage) => stage === 'quotes' || stage === 'entities')).toBe(true);
      }),
    );
  });
});
