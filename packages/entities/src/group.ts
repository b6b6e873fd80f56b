// Grouping: the mentions kept become entities ("Wang" → "Wang Youming", "BRI" → "Belt and
// Road Initiative"). Each way a mention finds its entity is a small matcher, tried in the
// order of ENTITY_MATCHERS; what a new entity is indexed by is listed in ENTITY_INDEXES.
import { hasLowerCaseOnLine, isFamilyNameFirst, nameTokens, normalizeName, properCaseName } from '@newsparse/core';
import { isCommonLower } from './candidates.js';
import { type Gazetteer, isPlaceKind, lookupKey } from './lexicon.js';
import { localeWords } from './locales/index.js';
import { capitalInitials, isAcronymOf, orgShortForms, wordInitials } from './name-forms.js';
import type { Typed } from './typed.js';
import type { Entity, EntityMention, TagEntitiesResult } from './types.js';

interface KnownPerson {
  entity: Entity;
  tokens: string[];
  /** Where the full name is mentioned, in text order (people are grouped before their part names). */
  starts: number[];
}

/** The entities found so far and the indexes that let a later mention find its own. */
interface Grouping {
  readonly text: string;
  readonly gaz: Gazetteer;
  readonly acronymOf: ReadonlyMap<Typed, Typed>;
  readonly entities: Entity[];
  readonly byKey: Map<string, Entity>;
  readonly itemEntity: Map<Typed, Entity>;
  readonly peopleByToken: Map<string, KnownPerson[]>;
  readonly knownPeople: Map<Entity, KnownPerson>;
  readonly orgByInitials: Map<string, Entity>;
  readonly orgByShort: Map<string, Entity>;
}

/**
 * The mention being grouped: its text, `key` (its type and normalised name), and for a person
 * the words of the name and the people it may be part of, each looked up once for every matcher.
 */
class PendingMention {
  private words: string[] | undefined;
  private owners: KnownPerson[] | undefined;
  constructor(
    private readonly grouping: Grouping,
    readonly item: Typed,
    readonly surface: string,
    readonly key: string,
  ) {}

  /** The name's words (core's nameTokens). */
  get parts(): string[] {
    return (this.words ??= nameTokens(this.surface));
  }

  /** The people named in full so far whose name holds this one as a sub-name. */
  get peopleOfPart(): KnownPerson[] {
    return (this.owners ??= namesOfPart(this.grouping, this.parts));
  }
}

/** One way a mention finds an entity already made. */
type EntityMatcher = (grouping: Grouping, mention: PendingMention) => Entity | undefined;

/** An acronym defined in parentheses is its long form's entity ("Belt and Road Initiative (BRI)"). */
const longFormOfAcronym: EntityMatcher = (grouping, { item }) => {
  const long = grouping.acronymOf.get(item);
  return long ? grouping.itemEntity.get(long) : undefined;
};

/**
 * The same type and normalised (or canonical) name: "U.S." and "US". Not a part name that
 * two people share ("Kim" after "Kim Soo-yong" and "Kim Yong-hyun"): each is read apart.
 */
const sameName: EntityMatcher = (grouping, mention) => {
  const { item, key } = mention;
  if (item.type !== 'person') return grouping.byKey.get(key);
  if (mention.peopleOfPart.length > 1) return undefined;
  const entity = grouping.byKey.get(key);
  const person = entity === undefined ? undefined : grouping.knownPeople.get(entity);
  return person !== undefined && otherGender(grouping.gaz, item.candidate?.title ?? null, mention.parts, person.tokens) ? undefined : entity;
};

/**
 * A person's part name finds the full name through any of its words: "Wang" → "Wang Youming".
 * Of several people it may name ("Kim" of two Kims), the one named last before it; else the first after.
 */
const partOfPersonName: EntityMatcher = (grouping, mention) => {
  const { item } = mention;
  if (item.type !== 'person') return undefined;
  const parts = mention.parts;
  const people = mention.peopleOfPart.filter((person) => !otherGender(grouping.gaz, item.candidate?.title ?? null, parts, person.tokens));
  if (people.length < 2) return people[0]?.entity;
  // The person named in full most often before it (a story's main "Clinton" over a relative
  // named once); on a tie, the one named in full just before it ("Defence Minister Kim
  // Yong-hyun offered to resign. Kim apologised"), else the one named first.
  let best = people[0]!;
  let bestCount = -1;
  let nearest: KnownPerson | undefined;
  let nearestAt = -1;
  for (const person of people) {
    let count = 0;
    for (const start of person.starts) {
      if (start >= item.start) break;
      count++;
      if (start > nearestAt) {
        nearestAt = start;
        nearest = person;
      }
    }
    if (count > bestCount) {
      best = person;
      bestCount = count;
    }
  }
  const tied = people.filter((person) => person.starts.filter((start) => start < item.start).length === bestCount);
  if (tied.length > 1 && nearest !== undefined && tied.includes(nearest) && item.start - nearestAt <= NEAR_NAME) return nearest.entity;
  return best.entity;
};

const MALE_HONORIFICS = localeWords((locale) => locale.names.maleHonorifics);
const FEMALE_HONORIFICS = localeWords((locale) => locale.names.femaleHonorifics);
const GENERATION_SUFFIXES = localeWords((locale) => locale.names.generationSuffixes);

/**
 * "Angela Price spoke. Mr Price, her husband, …": a surname after a man's honorific is not a
 * woman named in full (nor after "Mrs"/"Ms" a man), by the given name's gender in the lexicon.
 * A name whose first word may be a family name ("Kim Jong-un") tells no given name's gender.
 */
function otherGender(gaz: Gazetteer, title: string | null, parts: readonly string[], full: readonly string[]): boolean {
  if (title === null || full.length < 2 || parts.includes(full[0]!) || isFamilyNameFirst(full[0]!)) return false;
  const gender = gaz.pos.get(full[0]!);
  return (MALE_HONORIFICS.has(title) && gender === 'FemaleName') || (FEMALE_HONORIFICS.has(title) && gender === 'MaleName');
}

/** How far back (characters) a full name makes its part name after it its own on a tie. */
const NEAR_NAME = 400;

/** The people a part name may name: those whose full name holds it as a sub-name. */
function namesOfPart(grouping: Grouping, parts: readonly string[]): KnownPerson[] {
  const bucket = parts.length > 0 ? grouping.peopleByToken.get(parts[parts.length - 1]!) ?? grouping.peopleByToken.get(parts[0]!) : undefined;
  return bucket?.filter((person) => isSubName(parts, person.tokens) || (isShortOfDoubleSurname(grouping.gaz, parts, person.tokens) && person.starts.some((start) => inRunningText(grouping.text, start)))) ?? [];
}

/** A company's short name after its full one: "Coleco" after "Coleco Industries Inc". */
const companyShortName: EntityMatcher = (grouping, { item, surface }) => (item.type === 'organization' ? grouping.orgByShort.get(lookupKey(surface)) : undefined);

/** An acronym whose letters are the initials of an organisation named in full. */
const organisationInitials: EntityMatcher = (grouping, { item, surface }) => {
  if (item.type !== 'organization') return undefined;
  const letters = surface.replace(/\./g, '');
  const other = /^\p{Lu}{2,10}$/u.test(letters) ? grouping.orgByInitials.get(letters) : undefined;
  return other && isAcronymOf(surface, other.name.split(/\s+/)) ? other : undefined;
};

/** How a mention finds its entity, first match wins; the order is part of the behaviour. */
const ENTITY_MATCHERS: readonly EntityMatcher[] = [longFormOfAcronym, sameName, partOfPersonName, companyShortName, organisationInitials];

/** One index a new entity is entered in, so that later mentions find it without a scan. */
type EntityIndex = (grouping: Grouping, item: Typed, entity: Entity) => void;

/** A person by every word of the name, so that a short form finds its full name. */
const indexPersonWords: EntityIndex = (grouping, item, entity) => {
  if (item.type !== 'person') return;
  const person = { entity, tokens: nameTokens(entity.name), starts: [] };
  grouping.knownPeople.set(entity, person);
  for (const token of new Set(person.tokens)) {
    const list = grouping.peopleByToken.get(token) ?? [];
    if (list.length < 50) list.push(person);
    grouping.peopleByToken.set(token, list);
  }
};

/** A company by its short names ("Coleco"); the first company to claim one keeps it. */
const indexCompanyShortNames: EntityIndex = (grouping, item, entity) => {
  if (item.type !== 'organization') return;
  for (const short of orgShortForms(item.words, grouping.gaz)) if (!grouping.orgByShort.has(short)) grouping.orgByShort.set(short, entity);
  // "Campbell Soup" … "Campbell said it cut costs": a founder's surname (no given name) is the company's short name;
  // "Waterford Wedgwood" … "Waterford shares fell": so is a town's name, where the mention is typed a company.
  if (item.words.length === 2) {
    const founder = lookupKey(item.words[0]!);
    if (((grouping.gaz.lastNames.has(founder) && !grouping.gaz.givenNames.has(founder)) || isPlaceKind(grouping.gaz.phrases.get(founder))) && !grouping.orgByShort.has(founder)) grouping.orgByShort.set(founder, entity);
  }
};

/** An organisation of two or more words by its initials, of capitalised words or of all words. */
const indexOrganisationInitials: EntityIndex = (grouping, item, entity) => {
  if (item.type !== 'organization' || item.words.length < 2) return;
  const words = entity.name.split(/\s+/);
  for (const initials of [capitalInitials(words), wordInitials(words)]) {
    if (initials.length >= 2 && !grouping.orgByInitials.has(initials)) grouping.orgByInitials.set(initials, entity);
  }
};

const ENTITY_INDEXES: readonly EntityIndex[] = [indexPersonWords, indexCompanyShortNames, indexOrganisationInitials];

/**
 * A name in capitals reads in proper case ("WANG YOUMING" → "Wang Youming"), an acronym stays.
 * An organisation's name in capitals inside a line of ordinary case is written so on purpose,
 * as its brand ("By Jo Roe, USA TODAY"): it stays as written. (People and places take proper
 * case: "By JOHN SMITH, Associated Press" and "WASHINGTON, June 3 -" are bylines' and
 * datelines' style.)
 */
function display(item: Typed, surface: string, text: string): string {
  if (surface !== surface.toUpperCase() || item.words.join('').length <= 4 || /^(?:\p{Lu}\.?){2,6}$/u.test(surface)) return surface;
  // A name with "&" or digits is written so on purpose ("S&P 500", "AT&T", "3M"), never a shouted name.
  if (/[&\d]/.test(surface)) return surface;
  if (item.type === 'organization' && hasLowerCaseOnLine(text, item.start, item.end, LINE_CONTEXT)) return surface;
  return properCaseName(surface);
}

/** How far along its line a name looks for lower-case letters (bounded: linear time). */
const LINE_CONTEXT = 120;

/** A new entity named by the mention (or its canonical name), entered in every index. */
function newEntity(grouping: Grouping, item: Typed, surface: string): Entity {
  // ("Nicolas  Sarkozy", a name broken over a line: the mention keeps the text, the entity's name one space.)
  const name = item.canonical ?? display(item, /\s\s|[^\S ]/u.test(surface) ? surface.replace(/\s+/gu, ' ') : surface, grouping.text);
  const entity: Entity = { id: '', type: item.type, name, aliases: [], mentions: 0 };
  if (item.type === 'nationality' && item.country) entity.country = item.country;
  grouping.entities.push(entity);
  for (const index of ENTITY_INDEXES) index(grouping, item, entity);
  return entity;
}

/** Every mention finds or makes its entity; longest person names first, so that "Wang" finds "Wang Youming" wherever it comes. */
function assignEntities(grouping: Grouping, items: readonly Typed[]): void {
  // People first, longest first; then organisations of two words or more, then the rest, each in
  // text order (a headline's "Lumora" or "AP" finds "Lumora Semiconductor Inc" or "Associated
  // Press" of the first paragraph, and the first company to claim a short name keeps it).
  // (Comparing people by length but other pairs by position is no consistent order: a headline's
  // "Sabalenka" could then come before "Aryna Sabalenka" and make an entity of its own.)
  const rank = (item: Typed): number => (item.type === 'person' ? -1000 - item.words.length : item.type === 'organization' && item.words.length >= 2 ? -1 : 0);
  const order = [...items].sort((a, b) => rank(a) - rank(b) || a.start - b.start);
  // A story repeats its names: each surface is normalised once.
  const normalised = new Map<string, string>();
  const normalOf = (name: string): string => {
    let normal = normalised.get(name);
    if (normal === undefined) normalised.set(name, (normal = normalizeName(name)));
    return normal;
  };
  for (const item of order) {
    const surface = grouping.text.slice(item.start, item.end);
    const key = `${item.type}:${item.canonical ? lookupKey(item.canonical) : normalOf(surface)}`;
    const mention = new PendingMention(grouping, item, surface, key);
    let entity: Entity | undefined;
    for (const matcher of ENTITY_MATCHERS) {
      entity = matcher(grouping, mention);
      if (entity) break;
    }
    entity ??= newEntity(grouping, item, surface);
    grouping.byKey.set(key, entity);
    grouping.itemEntity.set(item, entity);
    // A full name's every mention, for the part names after it to find the nearest ("Kim").
    // ("Dena Minning" for "Dena Minning Grayson" is no mention of the surname the others share.)
    const person = item.type === 'person' && item.words.length >= 2 ? grouping.knownPeople.get(entity) : undefined;
    if (person && !isShortOfDoubleSurname(grouping.gaz, mention.parts, person.tokens)) person.starts.push(item.start);
    if (entity.name !== surface && !entity.aliases.includes(surface) && normalOf(entity.name) !== normalOf(surface)) entity.aliases.push(surface);
    else if (entity.name !== surface && !entity.aliases.includes(surface) && item.canonical) entity.aliases.push(surface);
  }
}

/** Ids in order of first mention. */
function numberByFirstMention(grouping: Grouping, items: readonly Typed[]): void {
  const firstSeen = new Map<Entity, number>();
  for (const item of items) {
    const entity = grouping.itemEntity.get(item)!;
    if (!firstSeen.has(entity)) firstSeen.set(entity, item.start);
  }
  grouping.entities.sort((a, b) => firstSeen.get(a)! - firstSeen.get(b)!);
  grouping.entities.forEach((entity, index) => {
    entity.id = `e${index + 1}`;
  });
}

/** Nationalities point at their country when the text names it (the first place entity of that name or alias). */
function countriesOfNationalities(entities: readonly Entity[]): void {
  const placeByKey = new Map<string, Entity>();
  for (const entity of entities) {
    if (entity.type !== 'place') continue;
    for (const name of [entity.name, ...entity.aliases]) {
      const placeKey = lookupKey(name);
      if (!placeByKey.has(placeKey)) placeByKey.set(placeKey, entity);
    }
  }
  for (const entity of entities) {
    if (entity.type !== 'nationality' || !entity.country) continue;
    const place = placeByKey.get(lookupKey(entity.country));
    if (place) entity.countryId = place.id;
  }
}

/** Groups mentions into entities and picks each entity's canonical name. */
export function group(text: string, items: readonly Typed[], acronymOf: ReadonlyMap<Typed, Typed>, gaz: Gazetteer): TagEntitiesResult {
  const grouping: Grouping = { text, gaz, acronymOf, entities: [], byKey: new Map(), itemEntity: new Map(), peopleByToken: new Map(), knownPeople: new Map(), orgByInitials: new Map(), orgByShort: new Map() };
  assignEntities(grouping, items);
  numberByFirstMention(grouping, items);
  const mentions: EntityMention[] = [];
  for (const item of items) {
    const entity = grouping.itemEntity.get(item)!;
    entity.mentions++;
    mentions.push({ text: text.slice(item.start, item.end), start: item.start, end: item.end, type: item.type, entityId: entity.id });
  }
  countriesOfNationalities(grouping.entities);
  return { mentions, entities: grouping.entities };
}

/**
 * "Manuel Marquez" for "Manuel Marquez Roca": a given name and the first of two surnames (the
 * Spanish and Portuguese double surname), written in full once and short elsewhere. The word
 * left out is a name, never an ordinary word: a headline run into a name ("Donald Trump Wins",
 * "Paul Ryan Joins") is no longer form of it.
 */
function isShortOfDoubleSurname(gaz: Gazetteer, short: readonly string[], full: readonly string[]): boolean {
  if (short.length < 2 || full.length !== short.length + 1 || full.slice(0, short.length).join(' ') !== short.join(' ')) return false;
  const extra = full[full.length - 1]!;
  // (The words are lower case here: `nameTokens`.) "Jr.", "III" tell a father from his son.
  return extra.length >= 2 && !isCommonLower(gaz, extra) && !GENERATION_SUFFIXES.has(extra.replace('.', ''));
}

/** Letters of the longest word a title-case headline leaves in lower case ("with", "from", "into"). */
const HEADLINE_SMALL_WORD = 4;

/**
 * Whether the name at `start` stands in running text: its line (read at most
 * {@link LINE_CONTEXT} characters either side) holds a word in lower case longer than a
 * headline's small words. A name in a title-case headline runs into the headline's words
 * ("Paul Ryan Joins Growing List"), so its longer form is no evidence of a longer name.
 */
function inRunningText(text: string, start: number): boolean {
  let from = start;
  while (from > 0 && start - from < LINE_CONTEXT && text.charCodeAt(from - 1) !== 10) from--;
  let to = start;
  while (to < text.length && to - start < LINE_CONTEXT && text.charCodeAt(to) !== 10) to++;
  let run = 0;
  let lowerRun = false;
  for (let at = from; at < to; at++) {
    const char = text[at]!;
    const letter = char.toLowerCase() !== char.toUpperCase();
    if (!letter) {
      run = 0;
      continue;
    }
    if (run === 0) lowerRun = char === char.toLowerCase();
    run++;
    if (lowerRun && run > HEADLINE_SMALL_WORD) return true;
  }
  return false;
}

/** "Wang" in "Wang Youming", "Boluarte" in "Dina Boluarte", "Dina Boluarte" in "Dina Ercilia Boluarte". */
function isSubName(short: readonly string[], full: readonly string[]): boolean {
  if (short.length === 0 || short.length > full.length) return false;
  if (short.length === full.length) return short.join(' ') === full.join(' ');
  const joined = short.join(' ');
  if (full.slice(full.length - short.length).join(' ') === joined) return true;
  if (short.length === 1 && full.length >= 3 && full[full.length - 2] === joined) return true;
  // "Wang" for "Wang Youming"; a given name alone ("Greta" after "Greta Thornwell") is that person too.
  if (short.length === 1 && full[0] === joined) return true;
  // First and last name of a longer name.
  return short.length === 2 && full[0] === short[0] && full[full.length - 1] === short[1];
}
