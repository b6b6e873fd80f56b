import { thrown } from '@newsparse/test-kit';
import { NewsparseError } from '@newsparse/core';
import { existsSync, readFileSync } from 'node:fs';
import { describe, expect, it } from 'vitest';
import { analyzeQuotes, extractQuotes, type Quote } from '../src/index.js';
import { de, es, fr } from '../src/quote-locales.js';

// Hand-written sentences. The main entry carries the English rules only; German, French and
// Spanish come from `@newsparse/quotes/locales` through `options.locales`.
const GERMAN = '„Wir müssen die Brücke bald sanieren“, sagte die Bürgermeisterin am Montag in der Stadthalle.';
const FRENCH = '« Nous sommes prêts pour la saison », a déclaré la ministre Claire Dupont devant les élus.';

describe('options.locales', () => {
  it('reads a German text with the German rules once they are passed', () => {
    const result = analyzeQuotes(GERMAN, { locales: [de] });
    expect(result).toMatchObject({ lang: 'de', warnings: [] });
    expect(result.quotes.map((quote) => quote.speaker?.mention.text)).toEqual(['die Bürgermeisterin']);
  });

  it('gives no quotes and a warning naming the import when the language is known but not loaded', () => {
    const result = analyzeQuotes(GERMAN);
    expect(result.quotes).toEqual([]);
    expect(result.lang).toBe('de');
    expect(result.warnings).toEqual([`quote rules for language "de" not loaded: import { de } from '@newsparse/quotes/locales' and pass { locales: [de] }; nothing extracted`]);
    // Other loaded languages do not stand in for the missing one.
    expect(analyzeQuotes(GERMAN, { locales: [fr, es] }).quotes).toEqual([]);
  });

  it('picks the locale of the language read, or of options.lang', () => {
    expect(extractQuotes(FRENCH, { locales: [de, fr, es] })[0]?.speaker?.name).toBe('Claire Dupont');
    expect(analyzeQuotes(GERMAN, { lang: 'de-AT', locales: [de] }).quotes).toHaveLength(1);
  });

  it('leaves English to the built-in rules', () => {
    const text = '“We are ready,” Wang said.';
    expect(extractQuotes(text)).toEqual(extractQuotes(text, { locales: [de, fr, es] }));
  });

  it('refuses anything but an array of locales', () => {
    const call = (locales: unknown): Quote[] => extractQuotes(GERMAN, { locales } as never);
    for (const locales of [de, 'de', null, [{}], [{ code: 'de' }], ['de']]) {
      const error = thrown(NewsparseError, () => call(locales));
      expect(error.code).toBe('INVALID_OPTION');
      expect(error.message).toMatch(/locales must be an array of quote locales/);
    }
  });
});

describe('weight of the main entry', () => {
  // German reporting words only the German rules use: the main entry must not carry them.
  for (const file of ['index.js', 'index.cjs']) {
    const built = new URL(`../dist/${file}`, import.meta.url);
    it.skipIf(!existsSync(built))(`dist/${file} holds no German, French or Spanish rules`, () => {
      const code = readFileSync(built, 'utf8');
      for (const word of ['zufolge', 'bürgermeisterin', 'alcaldesa', "d'après"]) expect(code).not.toContain(word);
    });
  }
});
