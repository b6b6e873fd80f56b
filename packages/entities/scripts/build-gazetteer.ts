#!/usr/bin/env -S npx tsx
// Builds src/data/gazetteer.generated.ts: the part of the gazetteer that comes from generated
// dependency data (compromise's lexicon, capitals and cities), already keyed the way
// gazetteer() looks phrases up and grouped the way it stores them. Computing it at first call
// (a lookup key per word, diacritics folded for 4,000 city names, a kind list per phrase) was
// about 110 ms of CPU, the largest part of a fresh process's first tagEntities; reading the
// finished table takes a few milliseconds.
//
//   npx tsx packages/entities/scripts/build-gazetteer.ts
//
// Rerun it after build-compromise-lexicon.mjs or build-places.mjs (test/gazetteer-table.test.ts
// fails until the committed table matches its sources). Our curated knowledge (data/knowledge.ts)
// is not in the table: gazetteer() adds it first, at run time, so editing it needs no rebuild.
import { writeFileSync } from 'node:fs';
import { dirname, join } from 'node:path';
import { fileURLToPath, pathToFileURL } from 'node:url';
import { COMPROMISE_TAG_ALPHABET, COMPROMISE_TAG_CODES, COMPROMISE_TAGS, COMPROMISE_WORDS } from '../src/data/compromise-lexicon.generated.js';
import { CAPITALS, CITIES } from '../src/data/places.generated.js';
import { type GazetteerKind, addKind, addPrefixes, lookupKey } from '../src/lexicon.js';

/** What the generated module holds, before it is written as TypeScript. */
export interface GazetteerTables {
  /** kinds joined by "," → the keys known as exactly those kinds (in this order), in first-seen order */
  phrases: Map<string, string[]>;
  maxWords: number;
  prefixes: string[];
  /** First names compromise gives no gender (FirstName), and those of men and of women. */
  firstNames: string[];
  maleNames: string[];
  femaleNames: string[];
  lastNames: string[];
  roles: string[];
  /** compromise tag → the one-word lexicon entries it tags */
  pos: Map<string, string[]>;
}

/**
 * The dependency-derived part of gazetteer(), computed as it computed it at run time: the
 * same keys, the same kinds in the same order for each key, capitals, then cities, then
 * compromise's lexicon in its own order.
 */
export function gazetteerTables(): GazetteerTables {
  const kindsOf = new Map<string, GazetteerKind[]>();
  let maxWords = 1;
  const add = (phrase: string, kind: GazetteerKind): void => {
    const key = lookupKey(phrase);
    if (!key) return;
    addKind(kindsOf, key, kind);
    maxWords = Math.max(maxWords, key.split(' ').length);
  };
  for (const capital of CAPITALS) add(capital, 'capital');
  for (const city of CITIES.split('|')) add(city, 'city');

  const firstNames: string[] = [];
  const maleNames: string[] = [];
  const femaleNames: string[] = [];
  const lastNames: string[] = [];
  const roles: string[] = [];
  const pos = new Map<string, string[]>();
  for (const [index, word] of COMPROMISE_WORDS.split('\n').entries()) {
    if (word === '') throw new Error('build-gazetteer: an empty lexicon entry');
    const tag = COMPROMISE_TAGS[COMPROMISE_TAG_ALPHABET.indexOf(COMPROMISE_TAG_CODES[index]!)] ?? '';
    if (tag === 'FirstName') firstNames.push(word);
    else if (tag === 'MaleName') maleNames.push(word);
    else if (tag === 'FemaleName') femaleNames.push(word);
    else if (tag === 'LastName') lastNames.push(word);
    else if (tag === 'Country') add(word, 'country');
    else if (tag === 'City') add(word, 'city');
    else if (tag === 'Region' || tag === 'Place') add(word, 'region');
    else if (tag === 'Organization') add(word, 'org');
    else if (tag === 'SportsTeam') add(word, 'team');
    else if (tag === 'Demonym') add(word, 'demonym');
    else if (tag === 'Person') add(word, 'person');
    else if (tag === 'Actor' && !word.includes(' ')) roles.push(word);
    if (!word.includes(' ')) {
      const words = pos.get(tag);
      if (words) words.push(word);
      else pos.set(tag, [word]);
    }
  }

  const phrases = new Map<string, string[]>();
  const prefixes = new Set<string>();
  for (const [key, kinds] of kindsOf) {
    if (key.includes('\n')) throw new Error(`build-gazetteer: the key ${JSON.stringify(key)} holds the separator`);
    const group = kinds.join(',');
    const keys = phrases.get(group);
    if (keys) keys.push(key);
    else phrases.set(group, [key]);
    addPrefixes(prefixes, key);
  }
  return { phrases, maxWords, prefixes: [...prefixes], firstNames, maleNames, femaleNames, lastNames, roles, pos };
}

// A template literal: its line breaks take one byte, where a JSON string's "\n" takes two (32,000 of them).
const joined = (words: readonly string[]): string => `\`${words.join('\n').replace(/[\\`]|\$\{/g, (mark) => `\\${mark}`)}\``;
const record = (groups: Map<string, string[]>): string =>
  `{\n${[...groups].map(([group, words]) => `  ${JSON.stringify(group)}: ${joined(words)},`).join('\n')}\n}`;

/** The text of src/data/gazetteer.generated.ts. */
export function gazetteerModule(): string {
  const tables = gazetteerTables();
  return `// Generated by scripts/build-gazetteer.ts from compromise-lexicon.generated.ts and
// places.generated.ts — do not edit by hand. Lists are joined by "\\n".

/** Phrase keys (lookupKey) from capitals, cities and compromise's lexicon, by the kinds they are known as. */
export const TABLE_PHRASES: Readonly<Record<string, string>> = ${record(tables.phrases)};

/** The longest phrase of TABLE_PHRASES, in words. */
export const TABLE_MAX_WORDS = ${tables.maxWords};

/** Every proper word prefix of a TABLE_PHRASES key ("united", "united arab"). */
export const TABLE_PREFIXES = ${joined(tables.prefixes)};

/** compromise's first names of either gender (FirstName). */
export const FIRST_NAMES = ${joined(tables.firstNames)};

/** compromise's first names of men (MaleName). */
export const MALE_NAMES = ${joined(tables.maleNames)};

/** compromise's first names of women (FemaleName). */
export const FEMALE_NAMES = ${joined(tables.femaleNames)};

/** compromise's last names. */
export const LAST_NAMES = ${joined(tables.lastNames)};

/** compromise's one-word role nouns (Actor: "biologist", "magician"). */
export const ROLE_NOUNS = ${joined(tables.roles)};

/** compromise's one-word entries by their first tag. */
export const POS_WORDS: Readonly<Record<string, string>> = ${record(tables.pos)};
`;
}

if (process.argv[1] !== undefined && import.meta.url === pathToFileURL(process.argv[1]).href) {
  const target = join(dirname(fileURLToPath(import.meta.url)), '..', 'src', 'data', 'gazetteer.generated.ts');
  const text = gazetteerModule();
  writeFileSync(target, text);
  console.log(`wrote ${target}: ${(text.length / 1024).toFixed(0)} KB`);
}
