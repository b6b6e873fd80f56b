import { describe, expect, it } from 'vitest';
import {
  BELIEF_VERBS, CANADIAN_PROVINCES, CITIES, COMBINING_FORMS, COMMON_SPEECH_VERBS, COUNTRIES, COUNTRY_ENDONYMS, DEMONYMS, FEMININE_GIVEN_NAMES, FEMININE_WORDS, FORMER_COUNTRIES,
  MASCULINE_GIVEN_NAMES, MASCULINE_WORDS, NATIONALITY_WORDS, NEWS_AGENCIES, UNISEX_GIVEN_NAMES,
  NEWS_OUTLETS, REGION_ADJECTIVES, REGIONS, REPORTING_VERBS, SPEECH_VERBS, TERRITORIES, TITLE_QUALIFIERS, TITLES, UK_NATIONS, US_STATES, inflectVerb,
  FRENCH_ROLES, ITALIAN_ROLES, PORTUGUESE_ROLES, SPANISH_ROLES, givenNames,
} from './index.js';

const repeated = (list: readonly string[]): string[] => list.filter((item, index) => list.indexOf(item) !== index);

describe('knowledge base', () => {
  it('lists the countries in their own languages once, apart from the English names', () => {
    expect(repeated([...COUNTRY_ENDONYMS])).toEqual([]);
    expect(COUNTRY_ENDONYMS.filter((name) => COUNTRIES.includes(name))).toEqual([]);
    expect(COUNTRY_ENDONYMS).toContain('Deutschland');
  });

  it('lists each name once', () => {
    expect(repeated(NEWS_AGENCIES.flat())).toEqual([]);
    expect(repeated([...NEWS_AGENCIES.flat(), ...NEWS_OUTLETS.flat()])).toEqual([]);
    expect(repeated([...COUNTRIES, ...UK_NATIONS, ...TERRITORIES, ...FORMER_COUNTRIES])).toEqual([]);
    expect(repeated([...US_STATES.flat(), ...CANADIAN_PROVINCES.flat(), ...REGIONS])).toEqual([]);
    expect(repeated([...TITLES, ...TITLE_QUALIFIERS])).toEqual([]);
    expect(repeated([...Object.keys(DEMONYMS), ...Object.keys(REGION_ADJECTIVES), ...Object.keys(COMBINING_FORMS)])).toEqual([]);
  });

  it('writes titles in lower case and every other name with a capital', () => {
    for (const title of [...TITLES, ...TITLE_QUALIFIERS]) expect(title).toBe(title.toLowerCase());
    for (const name of [...COUNTRIES, ...TERRITORIES, ...REGIONS, ...Object.keys(DEMONYMS), ...US_STATES.map((row) => row[0]!)]) {
      expect(name).toMatch(/^\p{Lu}/u);
    }
  });

  it('gives a name or word one gender, written lower-case without diacritics', () => {
    const all = [...FEMININE_GIVEN_NAMES, ...MASCULINE_GIVEN_NAMES, ...FEMININE_WORDS, ...MASCULINE_WORDS];
    expect(repeated(all)).toEqual([]);
    for (const word of all) expect(word).toMatch(/^[a-z][a-z.-]*$/);
    expect(repeated([...UNISEX_GIVEN_NAMES])).toEqual([]);
    for (const name of UNISEX_GIVEN_NAMES) expect(name).toMatch(/^[a-z]+$/);
  });

  it('gives each demonym a country or region', () => {
    expect(DEMONYMS['Peruvian']).toBe('Peru');
    expect(DEMONYMS['Dominican']).toBe('Dominican Republic');
    expect(REGION_ADJECTIVES['European']).toBe('Europe');
    expect(COMBINING_FORMS['Sino']).toBe('China');
  });

  it('names agencies by the form they sign with first', () => {
    expect(NEWS_AGENCIES.find((row) => row.includes('Agence France-Presse'))?.[0]).toBe('AFP');
    expect(US_STATES.find((row) => row.includes('Calif.'))?.[0]).toBe('California');
  });

  it('inflects speech verbs, regular and irregular', () => {
    expect(inflectVerb('say')).toEqual(['say', 'says', 'said', 'saying']);
    expect(inflectVerb('argue')).toEqual(['argue', 'argues', 'argued', 'arguing']);
    expect(inflectVerb('admit')).toEqual(['admit', 'admits', 'admitted', 'admitting']);
    expect(inflectVerb('reply')).toEqual(['reply', 'replies', 'replied', 'replying']);
    expect(SPEECH_VERBS.slice(0, COMMON_SPEECH_VERBS.length)).toEqual(COMMON_SPEECH_VERBS);
    expect(BELIEF_VERBS).toContain('believe');
  });
});

describe('cities and reporting verbs', () => {
  it('lists each city and each verb once', () => {
    expect(repeated(CITIES)).toEqual([]);
    expect(repeated(REPORTING_VERBS)).toEqual([]);
    expect(repeated(SPEECH_VERBS)).toEqual([]);
    expect(repeated(BELIEF_VERBS)).toEqual([]);
    expect(CITIES).toContain('Kyiv');
    // State and provincial capitals that regional papers put alone at a story's head.
    expect(CITIES).toEqual(expect.arrayContaining(['Melaka', 'Ipoh', 'Peshawar', 'Galle', 'Puebla', 'Kano']));
    expect(REPORTING_VERBS).toContain('accuse');
  });
});

describe('NATIONALITY_WORDS', () => {
  it("holds the one-word keys of DEMONYMS and REGION_ADJECTIVES in lower case, each once", () => {
    const keys = Object.keys({ ...DEMONYMS, ...REGION_ADJECTIVES }).filter((word) => !word.includes(' ')).map((word) => word.toLowerCase());
    expect([...NATIONALITY_WORDS].sort()).toEqual([...new Set(keys)].sort());
  });
});

describe('Romance offices and roles', () => {
  it('lists each role once per language, in lower case', () => {
    for (const list of [SPANISH_ROLES, FRENCH_ROLES, ITALIAN_ROLES, PORTUGUESE_ROLES]) {
      expect(repeated(list)).toEqual([]);
      expect(list.filter((role) => role !== role.toLowerCase())).toEqual([]);
    }
  });
});

describe('givenNames', () => {
  it('reads the hand-written lists, the European ones, or both, lower-case', () => {
    expect(givenNames('english').has('ana')).toBe(true);
    expect(givenNames('english').has('raffaele')).toBe(false);
    expect(givenNames('european').has('raffaele')).toBe(true);
    expect(givenNames().has('ana') && givenNames().has('raffaele')).toBe(true);
    expect([...givenNames()].every((name) => name === name.toLowerCase())).toBe(true);
  });

  it('builds each set once', () => {
    expect(givenNames('all')).toBe(givenNames());
  });
});
