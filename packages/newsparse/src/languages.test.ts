import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { narrativeLanguage, RULE_LANGUAGES, stagesWithoutRules } from './languages.js';
import { parseArticle } from './parse-article.js';

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

describe('narrativeLanguage', () => {
  // Hand-written: a German post that quotes an English speech at length.
  const text = [
    'Der Designer David Brier hat sich mit der Frage beschäftigt, was eigentlich Innovation ist. Dazu schreibt er in einem Beitrag für ein Magazin: “I concluded that this was the single difference between the innovator and the ordinary person: one saw the dots and connected them while others did not see them, or if they did, they did not explore them.”',
    'Das Zitat wird seitdem oft geteilt.',
  ].join('\n\n');

  it('reads the language of the words outside the quotations', () => {
    expect(narrativeLanguage(text)).toBe('de');
    expect(narrativeLanguage('The minister said on Monday that the talks would resume, and that she expected an agreement by the end of the month.')).toBe('en');
  });

  it('gives the quote rules of the narrative: the pronoun after the verb speaks, not the clause before the colon', () => {
    const [quote] = parseArticle(text, { format: 'text' }).quotes;
    expect(quote?.speaker?.mention.text).toBe('er');
  });

  it('falls back to the whole text when nothing stands outside the quotations', () => {
    expect(narrativeLanguage('“The talks will resume on Monday, and we expect an agreement by the end of the month,” the minister said.')).toBe('en');
    expect(narrativeLanguage('')).toBeNull();
  });
});
