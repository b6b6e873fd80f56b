// One reader for the given-name lists, so that every package that asks "is this a given name?"
// builds the same set once instead of its own copy of the union.
import { unpackNames } from '../front-coding.js';
import { EUROPEAN_FEMININE_GIVEN_NAMES, EUROPEAN_MASCULINE_GIVEN_NAMES, EUROPEAN_UNISEX_GIVEN_NAMES } from './european-given-names.generated.js';
import { FEMININE_GIVEN_NAMES, MASCULINE_GIVEN_NAMES, UNISEX_GIVEN_NAMES } from './gender.js';

/** Which given names: the short hand-written lists, continental Europe's and Latin America's (from a data package), or both. */
export type GivenNameScope = 'english' | 'european' | 'all';

const built = new Map<GivenNameScope, ReadonlySet<string>>();

/**
 * Core's given names of one scope, lower-case, as one set built at the first call (the European
 * lists are front-coded and unpacked only when asked for).
 *
 * @example
 * givenNames('english').has('ana') //=> true
 * givenNames('european').has('raffaele') //=> true
 */
export function givenNames(scope: GivenNameScope = 'all'): ReadonlySet<string> {
  let names = built.get(scope);
  if (names) return names;
  const english = scope === 'european' ? [] : [...MASCULINE_GIVEN_NAMES, ...FEMININE_GIVEN_NAMES, ...UNISEX_GIVEN_NAMES];
  const european = scope === 'english' ? [] : [EUROPEAN_MASCULINE_GIVEN_NAMES, EUROPEAN_FEMININE_GIVEN_NAMES, EUROPEAN_UNISEX_GIVEN_NAMES].flatMap(unpackNames);
  names = new Set([...english, ...european]);
  built.set(scope, names);
  return names;
}
