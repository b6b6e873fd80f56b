// Gazetteer for datelines, read from core's knowledge base (countries, territories, U.S. states,
// Canadian provinces, other regions, the cities that stand alone in a dateline): general
// knowledge, not a list taken from any corpus.
import { CANADIAN_PROVINCES, CITIES, COUNTRIES, FORMER_COUNTRIES, REGIONS, TERRITORIES, UK_NATIONS, US_STATES, foldDiacritics } from '@newsparse/core';
import { closest } from './edit-distance.js';
import { LOCALES } from '../locales/index.js';

/** Folds a region as written to a key: "N.Y." "NY" "N. Y." → "ny"; "Calif." → "calif". */
export const regionKey = (text: string): string => text.toLowerCase().replace(/[^a-z]/g, '');

/** Regions written after a city: the U.S. states and Canada's provinces in all their forms, then the UK's nations and other regions. */
const OTHER_REGIONS: readonly string[] = [...UK_NATIONS, ...REGIONS];

/** Names that stand for a country in a dateline: states of today and of the past, the UK's nations, territories. */
const COUNTRY_FORMS: readonly string[] = [...COUNTRIES, ...UK_NATIONS, ...TERRITORIES, ...FORMER_COUNTRIES];


/** "São Paulo", "SAO PAULO", "Sao-Paulo" → "sao paulo"; "St. Louis" → "st louis". */
const placeKey = (text: string): string => foldDiacritics(text).toLowerCase().replace(/[.’']/g, '').replace(/[\s-]+/g, ' ').trim();

const REGION_KEYS = new Map<string, string>();
for (const forms of [...US_STATES, ...CANADIAN_PROVINCES]) for (const form of forms) REGION_KEYS.set(regionKey(form), forms[0]!);
for (const form of OTHER_REGIONS) REGION_KEYS.set(regionKey(form), form);
/** Abbreviations long enough to be read with one typo ("Claif." for "Calif."). */
const FUZZY_REGIONS = new Map([...REGION_KEYS].filter(([key]) => key.length >= 4));
// Other countries' states as their papers abbreviate them ("Pue.", "N.L."), exactly as written, in any case but lower.
const LOCALE_REGIONS = new Map<string, string>();
for (const locale of LOCALES) for (const forms of locale.dateline.regions ?? []) for (const form of forms) LOCALE_REGIONS.set(regionKey(foldDiacritics(form)), forms[0]!);

const COUNTRY_NAMES = new Set(COUNTRY_FORMS.map(placeKey));
const CITY_NAMES = new Set(CITIES.map(placeKey));
// Postal codes alone ("IN", "OR", "ME") are words too: they count as regions only in upper case.
const POSTAL = new Set([...US_STATES, ...CANADIAN_PROVINCES].flatMap((forms) => forms.filter((form) => /^[A-Z]{2}$/.test(form))));

/** The region a dateline part names ("Calif." → "California"), or null. `fuzzy` reads one typo. */
export function regionName(text: string, fuzzy = false): string | null {
  const trimmed = text.trim();
  if (/^[A-Z]{2}$/i.test(trimmed) && !POSTAL.has(trimmed)) return null;
  const key = regionKey(trimmed);
  if (key.length < 2) return null;
  const exact = REGION_KEYS.get(key);
  if (exact !== undefined) return exact;
  const local = LOCALE_REGIONS.get(regionKey(foldDiacritics(trimmed)));
  if (local !== undefined && !/^\p{Ll}/u.test(trimmed)) return local;
  if (!fuzzy || key.length < 4 || key.length > 8) return null;
  // Datelines name the same few places day after day: remember the last hundreds of typo reads.
  let read = TYPOS.get(key);
  if (read === undefined) {
    read = closest(key, FUZZY_REGIONS, 1);
    if (TYPOS.size >= 512) TYPOS.clear();
    TYPOS.set(key, read);
  }
  return read;
}

const TYPOS = new Map<string, string | null>();

/** True for a country or territory name ("Peru", "West Germany", "U.K."). */
export const isCountry = (text: string): boolean => COUNTRY_NAMES.has(placeKey(text));

/** True for a city known well enough to stand alone in a dateline ("TOKYO", "Rio de Janeiro"). */
export const isKnownCity = (text: string): boolean => CITY_NAMES.has(placeKey(text));
