import { describe, expect, it } from 'vitest';
import { foldDiacritics, isNameAlias, normalizeName, properCaseName, stripPossessive } from './names.js';

describe('names', () => {
  it('normalises case, diacritics, possessives and periods', () => {
    expect(normalizeName('  Juan Carlos CAPUÑAY’s ')).toBe('juan carlos capunay');
    expect(normalizeName('U.S.')).toBe('us');
    expect(normalizeName("Peru's")).toBe('peru');
    expect(foldDiacritics('González')).toBe('Gonzalez');
    expect(stripPossessive("Reuters'")).toBe('Reuters');
  });

  it('proper-cases all-caps names', () => {
    expect(properCaseName('JANE DOE')).toBe('Jane Doe');
    expect(properCaseName("MARY O'NEIL-MCDONALD")).toBe("Mary O'Neil-Mcdonald");
    expect(properCaseName('JUAN DE LA CRUZ')).toBe('Juan de la Cruz');
    expect(properCaseName('McDonald')).toBe('McDonald');
  });

  it('recognises surname aliases', () => {
    expect(isNameAlias('Boluarte', 'Dina Boluarte')).toBe(true);
    expect(isNameAlias('Capunay', 'Juan Carlos Capuñay')).toBe(true);
    expect(isNameAlias('Wang', 'Wang Youming')).toBe(true);
    expect(isNameAlias('Dina', 'Dina Boluarte')).toBe(false);
  });
});
