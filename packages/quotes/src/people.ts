import { isNameAlias, nameTokens, normalizeName } from '@newsparse/core';
import { genderOf, type Gender } from './locales/en/gender.js';

/**
 * A person (or body) the story has named, with what it said about them so far. Every field
 * is set when it is made (`undefined` until known), so that every Person has one shape
 * (issue #15: added later, `entityId` and `gender` gave V8 several shapes to re-optimise the
 * look-ups for).
 */
export interface Person {
  name: string;
  entityId: string | undefined;
  descriptions: Array<{ text: string; at: number }>;
  /** Where it was last seen (a UTF-16 offset). */
  seen: number;
  /** Whether it was last seen as the speaker of a quote. */
  spoke: boolean;
  /**
   * Whether it was last seen as a clause's subject or topic (or a speaker), not after a verb or a
   * preposition ("recovered Smith's car", "the exodus of Smith"): a later "he" or "she" goes back
   * to a subject first.
   */
  subject: boolean;
  isOrg: boolean;
  /** The gender its name, title or descriptions tell, once known. */
  gender: Gender | undefined;
}

/** Records the gender a phrase about `person` tells ("Mrs. Ruiz", "the congresswoman"), unless known. */
export function learnGender(person: Person, phrase: string): void {
  if (person.gender !== undefined || person.isOrg) return;
  const gender = genderOf(phrase);
  if (gender) person.gender = gender;
}

/**
 * Records the gender the entity tagger gave a person (from its given name or a title before
 * one of its mentions), unless known.
 */
export function learnEntityGender(person: Person, gender: 'female' | 'male' | undefined): void {
  if (person.gender !== undefined || person.isOrg || gender === undefined) return;
  person.gender = gender === 'female' ? 'f' : 'm';
}

/** How many recently seen people pronouns and role nouns are resolved against. */
export const RECENT_LIMIT = 200;

/** At most this many descriptions are kept per person: a hostile text could give one name thousands. */
const DESCRIPTION_LIMIT = 16;

/**
 * The people a story has named, with the most recently seen ones indexed by the words of
 * their names. A name's normalised words are computed once per spelling, and an alias look-up
 * ("Smith" for "John Smith") only compares the recent people who share a word in the places an
 * alias needs (the last word, the one before it, the first of two): O(1) amortised per look-up
 * instead of a pass over every recent person, which made an article listing hundreds of
 * people quadratic.
 */
export class People {
  /** Recently seen people, newest last, so that look-ups stay bounded on long texts. */
  readonly recent: Person[] = [];
  readonly #byId = new Map<string, Person>();
  readonly #stamps = new Map<Person, number>();
  readonly #index = new Map<string, Set<Person>>();
  readonly #indexedAs = new Map<Person, string[]>();
  readonly #tokenMemo = new Map<string, readonly string[]>();
  readonly #keyMemo = new Map<string, string>();
  readonly #aliasMemo = new Map<string, boolean>();
  #clock = 0;

  /** The comparison key of a name (memoised: the same names recur through a story). */
  key(name: string): string {
    let value = this.#keyMemo.get(name);
    if (value === undefined) {
      value = normalizeName(name);
      this.#keyMemo.set(name, value);
    }
    return value;
  }

  /** The normalised words of a name, memoised. */
  tokens(name: string): readonly string[] {
    let value = this.#tokenMemo.get(name);
    if (value === undefined) {
      value = nameTokens(name);
      this.#tokenMemo.set(name, value);
    }
    return value;
  }

  /** The last normalised word of a name: the key a surname shares with the full name. */
  surnameKey(name: string): string {
    const tokens = this.tokens(name);
    return tokens[tokens.length - 1] ?? '';
  }

  /** Whether `short` names the same person as `full` (core's rule, memoised per pair). */
  isAlias(short: string, full: string): boolean {
    // Every alias rule keeps the short form's words: a cheap test on the memoised words spares
    // core's normalisation for the many pairs that merely share a surname.
    const fullTokens = this.tokens(full);
    if (!this.tokens(short).every((token) => fullTokens.includes(token))) return false;
    const pair = `${short}\u0000${full}`;
    let value = this.#aliasMemo.get(pair);
    if (value === undefined) {
      value = isNameAlias(short, full);
      this.#aliasMemo.set(pair, value);
    }
    return value;
  }

  /**
   * The most recently seen person (organizations only when asked) whose name `name` is an
   * alias of (`mutual`: or who is an alias of `name`), or null.
   */
  findAlias(name: string, mutual: boolean, includeOrganizations = false): Person | null {
    const tokens = this.tokens(name);
    const count = tokens.length;
    if (count === 0) return null;
    const candidates = new Set<Person>();
    const add = (key: string, filter?: (person: Person) => boolean): void => {
      // No `?? []`: an empty literal is an array of another shape than the index's lists, and
      // the loop over both would be compiled again (issue #15: warm-up).
      const listed = this.#index.get(key);
      if (listed) for (const person of listed) if (!filter || filter(person)) candidates.add(person);
    };
    // `name` is the short form: it ends the full name, or is its paternal or East Asian family name.
    add(`last:${tokens[count - 1]}`);
    if (count === 1) {
      add(`second:${tokens[0]}`);
      add(`first:${tokens[0]}`);
    }
    if (mutual) {
      // The person's name is a one-word short form of `name`.
      const single = (person: Person): boolean => this.tokens(person.name).length === 1;
      if (count >= 3) add(`last:${tokens[count - 2]}`, single);
      if (count === 2) add(`last:${tokens[0]}`, single);
    }
    let best: Person | null = null;
    let bestStamp = -1;
    for (const person of candidates) {
      if (person.isOrg && !includeOrganizations) continue;
      const stamp = this.#stamps.get(person) ?? -1;
      if (stamp <= bestStamp) continue;
      if (this.isAlias(name, person.name) || mutual && this.isAlias(person.name, name)) {
        best = person;
        bestStamp = stamp;
      }
    }
    return best;
  }

  /** The person under `id`, if registered. */
  get(id: string): Person | undefined {
    return this.#byId.get(id);
  }

  /** Registers a new person under `id`. */
  add(id: string, person: Person): void {
    this.#byId.set(id, person);
  }

  /** Renames a person (a fuller spelling of the name was seen), keeping the index in step. */
  rename(person: Person, name: string): void {
    const recent = this.#indexedAs.has(person);
    if (recent) this.#unindex(person);
    person.name = name;
    if (recent) this.#indexPerson(person);
  }

  /** Marks a person as seen just now. */
  touch(person: Person): void {
    const at = this.recent.lastIndexOf(person);
    if (at !== -1) this.recent.splice(at, 1);
    else this.#indexPerson(person);
    this.recent.push(person);
    this.#stamps.set(person, this.#clock++);
    if (this.recent.length > RECENT_LIMIT) this.#unindex(this.recent.shift()!);
  }

  /** Adds a description to a person once, up to a bounded number. */
  describe(person: Person, text: string, at: number): void {
    if (person.descriptions.length >= DESCRIPTION_LIMIT || person.descriptions.some((known) => known.text === text)) return;
    person.descriptions.push({ text, at });
  }

  #indexPerson(person: Person): void {
    const tokens = this.tokens(person.name);
    const count = tokens.length;
    if (count === 0) return;
    const keys = [`last:${tokens[count - 1]}`];
    if (count >= 3) keys.push(`second:${tokens[count - 2]}`);
    if (count === 2) keys.push(`first:${tokens[0]}`);
    for (const key of keys) {
      let set = this.#index.get(key);
      if (!set) this.#index.set(key, set = new Set());
      set.add(person);
    }
    this.#indexedAs.set(person, keys);
  }

  #unindex(person: Person): void {
    for (const key of this.#indexedAs.get(person) ?? []) {
      const set = this.#index.get(key);
      set?.delete(person);
      if (set?.size === 0) this.#index.delete(key);
    }
    this.#indexedAs.delete(person);
  }
}
