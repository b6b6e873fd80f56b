// Gender: a person entity takes the gender a title before one of its mentions tells ("Mrs.
// Ruiz"), else the one its given name tells ("Ana Ruiz"), so that quote attribution can agree
// a later "she" with it. Names are read only in full: a surname alone ("Kelly") or a family
// name written first ("Kim Jong Un": "Kim" is also a woman's given name) tells nothing.
import { FEMININE_WORDS, foldDiacritics, isFamilyNameFirst, MASCULINE_WORDS, SURNAME_PARTICLES } from '@newsparse/core';
import type { Gazetteer } from './lexicon.js';
import type { Entity, TagEntitiesResult } from './types.js';

/** Titles and role words of one gender, as core lists them ("mrs", "mrs.", "congresswoman"). */
const TITLE_GENDERS: ReadonlyMap<string, 'female' | 'male'> = new Map([
  ...FEMININE_WORDS.map((word) => [word, 'female'] as const),
  ...MASCULINE_WORDS.map((word) => [word, 'male'] as const),
]);

/** Particles that open a family name: a name that starts with one ("Dela Rosa") has no given name. */
const OPENING_PARTICLES: ReadonlySet<string> = new Set(SURNAME_PARTICLES);

/** How far before a mention its title is looked for (bounded: linear time). */
const TITLE_REACH = 16;

/** A letter (tested one character at a time). */
const LETTER = /\p{L}/u;

/** A space between a title and the name on the same line. */
const isGap = (char: string | undefined): boolean => char === ' ' || char === '\t' || char === '\u00a0';

/**
 * The gender the word just before `start` tells, if it is a title or role word of one gender
 * ("Mrs." in "Mrs. Ruiz"). A period counts only where core lists the word with one: "said her
 * son. Jo Park" ends a sentence at "son". Scanned back by hand, at most TITLE_REACH characters.
 */
function titleGender(text: string, start: number): 'female' | 'male' | undefined {
  const floor = Math.max(0, start - TITLE_REACH);
  let end = start;
  while (end > floor && isGap(text[end - 1])) end--;
  if (end === start) return undefined;
  let begin = end;
  if (text[begin - 1] === '.') begin--;
  while (begin > floor && LETTER.test(text[begin - 1]!)) begin--;
  if (begin === floor && floor > 0) return undefined;
  const word = text.slice(begin, end).toLowerCase();
  return word.length > 1 ? TITLE_GENDERS.get(word) : undefined;
}

/**
 * The gender a name's given name tells: "Ana Ruiz" → female; "Crooked Hillary Clinton" →
 * female (a nickname before the given name); "Kim Jong Un", "Dela Rosa", "J. Ruiz", "Megyn Kelly" (a surname
 * is no given name) → undefined. A name of one word tells only through core's hand-checked
 * given names ("Hillary"): compromise files many surnames as given names too ("Kelly").
 */
function givenNameGender(name: string, gaz: Gazetteer): 'female' | 'male' | undefined {
  // A loop, not map: TurboFan's inlined map returns a holey array, another shape for the reads below.
  const words: string[] = [];
  for (const word of name.split(/\s+/)) words.push(foldDiacritics(word.toLowerCase()));
  if (words.length === 1) return gaz.curatedGenders.get(words[0]!);
  // ("Dela Rosa", "Van Dyke", "De Lima": a family name with its particle in front tells nothing,
  // though compromise files "Dela" as a woman's given name.)
  if (isFamilyNameFirst(words[0]!) || OPENING_PARTICLES.has(words[0]!)) return undefined;
  for (let index = 0; index < words.length - 1 && index < 2; index++) {
    const gender = gaz.givenGenders.get(words[index]!);
    if (gender) return gender;
    if (gaz.firstNames.has(words[index]!)) return undefined;
  }
  return undefined;
}

/**
 * Gives each person entity of `result` the gender a title before one of its mentions or its
 * given name tells (a title first: "Ms. Lee Anderson" is a woman whatever "Lee" says).
 *
 * @example
 * // "Mayor Ana Ruiz spoke. Ruiz left." → the entity Ana Ruiz gets gender 'female'
 */
export function tellGenders(result: TagEntitiesResult, text: string, gaz: Gazetteer): void {
  const byId = new Map<string, Entity>();
  for (const entity of result.entities) if (entity.type === 'person') byId.set(entity.id, entity);
  if (byId.size === 0) return;
  for (const mention of result.mentions) {
    const entity = mention.type === 'person' ? byId.get(mention.entityId) : undefined;
    if (entity === undefined || entity.gender !== undefined) continue;
    const gender = titleGender(text, mention.start);
    if (gender) entity.gender = gender;
  }
  for (const entity of byId.values()) {
    if (entity.gender !== undefined) continue;
    const gender = givenNameGender(entity.name, gaz);
    if (gender) entity.gender = gender;
  }
}
