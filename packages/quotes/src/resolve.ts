import { foldDiacritics, isAbbreviation, TITLE_ABBREVIATIONS, type Span } from '@newsparse/core';
import type { Entity, EntityMention, TagEntitiesResult } from '@newsparse/entities';
import type { Draft } from './draft.js';
import type { Found } from './find-attribution.js';
import { COLLECTIVE_SOURCES, DETERMINERS, LONE_MODIFIERS, ABBREVIATION_ADJECTIVES, LY_NOUNS, NATIONALITY_WORDS, NON_SPEAKER_WORDS, NP_PREPOSITIONS, PERSON_ROLE_NOUNS, PRONOUNS, ROLE_SYNONYMS, SOURCE_NOUNS, TIME_WORDS, TITLES, sayerNoun } from './locales/en/lexicon.js';

/** A role noun and a preposition before an organisation's name: "Analysts at ", "two officials from the ". */
const GROUP_IN_ORGANIZATION = /^(?:(?:the|a|an|one|some|several|many|two|three|four|five|senior|other|former)\s+){0,2}(?:\p{L}[\p{Ll}-]*\s+)?(\p{L}[\p{Ll}-]*)\s+(?:at|from|of|for|with|in)\s+(?:the\s+)?(?:\p{Lu}[\p{L}-]*['\u2019]s\s+)?(?:\p{L}+\s+)?$/iu;
import { pronounGender } from './locales/en/gender.js';
import { learnEntityGender, learnGender, People, type Person } from './people.js';
import { countPassing, END_SPAN } from './span.js';
import type { Quote, QuoteSpeaker } from './types.js';
import {
  BE_FORMS,
  FIRST,
  KIN_NOUNS,
  NOT_ANTECEDENTS,
  NOT_MODIFIERS,
  PERSONAL,
  PLURAL,
  PREFIX_FUNCTION_WORDS,
  PREFIX_MODIFIERS,
  QUESTION_CUES,
  RELATIVE,
  FRONTED_PREPOSITIONS,
  FRONTED_OPENERS,
  CLAUSE_COORDINATORS,
  DANGLING_ENDS,
  COMPLEMENT_SOURCE_HEADS,
  OFFICE_CHANGERS,
  AMOUNT_HEADS,
} from './locales/en/speaker-words.js';

/** A group named by what its people are and where they are from: "Residents of", "farmers near". */
/** A lower-case head of up to six words (the last before the first preposition caught), then a preposition and a capitalised name: "the mayor of Lima", "a spokesman for the embassy in Beijing". */
const HEAD_BEFORE_COMPLEMENT = /^(?:(?:[Tt]he|[Aa]n?|[Oo]ne)\s+)?(?:\p{Ll}[\p{Ll}-]*\s+){0,5}?(\p{Ll}[\p{Ll}-]*)\s+(?:of|in|for|at|from|near|inside|within)\s+(?:the\s+)?\p{Lu}/u;
const PEOPLE_OF = /^(?:(?:the|some|several|many|local|other)\s+){0,2}(\p{L}[\p{Ll}-]*)\s+(?:of|in|from|near|across|around)\s/iu;

/** Whether a word is the plural of a person role ("residents", "farmers", "officials"), never a title ("Secretary"). */
/**
 * Whether an unnamed source is a group of people: its head noun is plural ("Forecasters at the
 * Met Office", "two officials", "local residents"), not a pronoun or a singular role.
 */
function isPluralGroup(name: string): boolean {
  const head = /^(?:(?:the|some|many|several|other|local|senior|\d+|two|three|four|five)\s+)*([\p{L}-]+)(?:\s+(?:at|of|from|in|with|for)\s|\s*$)/iu.exec(name);
  const word = head?.[1]?.toLowerCase();
  return word !== undefined && !PLURAL.has(word) && word.length > 3 && /[^s]s$/.test(word);
}

/** Whether no person or organisation is named between a group's mention (ending at `from`) and a "they" at `to` (at most 160 characters on). */
function groupStillCurrent(mentions: readonly EntityMention[], from: number, to: number): boolean {
  if (to - from > 160) return false;
  for (let index = firstMentionAtOrAfter(mentions, from); index < mentions.length && mentions[index]!.start < to; index++) {
    const type = mentions[index]!.type;
    if (type === 'person' || type === 'organization') return false;
  }
  return true;
}

function pluralRole(word: string): boolean {
  const singular = word.replace(/e?s$/, '');
  return singular !== word && (PERSON_ROLE_NOUNS.has(singular) || PERSON_ROLE_NOUNS.has(word.slice(0, -1)));
}

/** Removes leading titles ("Mr.", "Sen.", "spokesman") from a name mention. */
export function stripTitles(mention: string): string {
  const words = mention.trim().split(/\s+/);
  let first = 0;
  while (first < words.length - 1) {
    const word = words[first]!.toLowerCase().replace(/[.,]$/, '');
    // ("the Denver-based Ledger": where a maker is based is no part of its name.)
    if (TITLES.has(word) || DETERMINERS.has(word) || /-based$/.test(word) || (!/^\p{Lu}/u.test(words[first]!) && words.slice(first + 1).some((rest) => /^\p{Lu}/u.test(rest)))) first++;
    else break;
  }
  return words.slice(first).join(' ').replace(/['\u2019]s$/, '');
}

/**
 * Descriptions the story gives people: appositives ("Juan Carlos Capuñay, former Peruvian
 * Ambassador to China and Asia expert, told") and title prefixes ("Peruvian Foreign Minister
 * Javier González-Olaechea Franco").
 */
function collectDescriptions(text: string, persons: readonly EntityMention[]): Array<{ mention: EntityMention; text: string; at: number }> {
  const found: Array<{ mention: EntityMention; text: string; at: number }> = [];
  for (const mention of persons) {
    // Appositive after the name.
    const after = text.slice(mention.end, mention.end + 220);
    // The phrase starts at a non-space so that the spaces after the comma match one way only.
    const appositive = /^,\s+([^\s,.;:"“”()][^,.;:"“”()\n]{2,159}),\s/u.exec(after);
    if (appositive && hasRoleNoun(appositive[1]!)) found.push({ mention, text: appositive[1]!.trim(), at: mention.start });
    // A role before the name that opens its sentence, the name in apposition to it: "The
    // finance minister, Tom Reilly, met …" (a later "the minister" is Tom Reilly).
    const sentence = text.slice(Math.max(0, mention.start - 60), mention.start).split(/[.!?\n]/);
    const role = after[0] === ',' && (sentence.length > 1 || mention.start <= 60) ? /^["\u201d\s]*(the [^,;:"“”()]+),\s+$/iu.exec(sentence.pop()!) : null;
    if (role && hasRoleNoun(role[1]!)) found.push({ mention, text: role[1]!, at: mention.start });
    // Title prefix before the name: the capitalised or role words right before it on its line.
    const prefix = titlePrefix(text, mention.start);
    if (prefix && hasRoleNoun(prefix)) found.push({ mention, text: prefix, at: mention.start });
  }
  return found;
}

const isSpace = (character: string): boolean => /\s/.test(character);

/**
 * The title words right before a name on its line: "Peruvian Foreign Minister" before
 * "Javier González-Olaechea Franco", "White House press secretary" before "Josh Earnest".
 */
function titlePrefix(text: string, nameStart: number): string | null {
  // Only the 120 characters before the name, cut at a line break: searching back for the line
  // start itself made a long line of names quadratic.
  const floor = Math.max(0, nameStart - 120);
  if (nameStart === floor || !isSpace(text[nameStart - 1]!) || text[nameStart - 1] === '\n') return null;
  const kept: string[] = [];
  // The words back from the name, read one at a time: most lines stop at the first.
  let end = nameStart;
  let afterAbbreviation = false;
  while (kept.length < 8) {
    while (end > floor && isSpace(text[end - 1]!) && text[end - 1] !== '\n') end--;
    let start = end;
    while (start > floor && !isSpace(text[start - 1]!)) start--;
    if (start === end) break;
    const word = text.slice(start, end);
    end = start;
    const lower = word.toLowerCase();
    // (Past an abbreviated title to the office before it, "Finance Minister Dr. Bwalya Ngandu";
    // not to lower-case words, "a partner at Mr. Lee's firm".)
    const abbreviated = word.endsWith('.') && TITLE_ABBREVIATIONS.has(lower.slice(0, -1));
    if (/[.,;:!?"“”()]$/.test(word) && !/^\p{Lu}\.$/u.test(word) && !abbreviated) break;
    const capitalised = /^\p{Lu}/u.test(word);
    if (afterAbbreviation && !capitalised) break;
    afterAbbreviation = abbreviated;
    if (!capitalised && !PREFIX_FUNCTION_WORDS.has(lower) && !PERSON_ROLE_NOUNS.has(lower) && !TITLES.has(lower) && !PREFIX_MODIFIERS.has(lower)) break;
    kept.unshift(word);
  }
  while (kept.length > 0 && PREFIX_FUNCTION_WORDS.has(kept[0]!.toLowerCase())) kept.shift();
  return kept.length > 0 ? kept.join(' ') : null;
}

function hasRoleNoun(phrase: string): boolean {
  return phrase.toLowerCase().split(/[^\p{L}-]+/u).some((word) => PERSON_ROLE_NOUNS.has(word) || TITLES.has(word) && word.length > 3);
}

const words = (value: string): string[] => foldDiacritics(value).toLowerCase().split(/[^\p{L}-]+/u).filter(Boolean);

/**
 * The country or region each nationality word of the text stands for, lower case ("peruvian"
 * → "peru"), read from the entity tagger's nationality mentions.
 */
function nationalityCountries(mentions: readonly EntityMention[], entityById: ReadonlyMap<string, Entity>): (word: string) => string | undefined {
  const countries = new Map<string, string>();
  for (const mention of mentions) {
    const country = mention.type === 'nationality' ? entityById.get(mention.entityId)?.country : undefined;
    if (country) countries.set(foldDiacritics(mention.text).toLowerCase(), country.toLowerCase());
  }
  // A nationality word the tagger did not read as one stands for itself ("Peruvian" is then
  // only the same as "Peruvian"); "US" is the United States.
  return (word) => ABBREVIATION_ADJECTIVES[word] ?? (NATIONALITY_WORDS.has(word) ? countries.get(word) ?? word : undefined);
}

/** How well a role noun phrase ("the former envoy") fits a description; 0 for not at all. */
function roleFit(role: string, description: string, countryOf: (word: string) => string | undefined): number {
  const roleWords = words(role).filter((word) => !DETERMINERS.has(word));
  const capitalised = new Set(words(role.replace(/(?:^|\s)\p{Ll}\S*/gu, ' ')));
  const head = roleWords[roleWords.length - 1];
  if (!head) return 0;
  const singular = head.endsWith('s') && !head.endsWith('ss') ? head.slice(0, -1) : head;
  const described = words(description);
  const synonyms = ROLE_SYNONYMS[singular] ?? [singular];
  // ("the minister" is not "former prime minister X", nor "the president" a vice president:
  // a modifier that makes another office must be in the role too.)
  // ("the judge" is not "the director of the Criminal Justice Institute": a word after the
  // description's first "of", "for" or "at" is in what the head noun belongs to, not the role.)
  const headEnd = described.findIndex((word, index) => index > 0 && (word === 'of' || word === 'for' || word === 'at'));
  const fits = (synonym: string): boolean => {
    for (let index = described.indexOf(synonym); index >= 0 && (headEnd < 0 || index < headEnd); index = described.indexOf(synonym, index + 1)) {
      const before = described[index - 1];
      if (!(before && OFFICE_CHANGERS.has(before) && !roleWords.includes(before))) return true;
    }
    return !described.includes(synonym) && description.toLowerCase().includes(synonym);
  };
  if (!synonyms.some(fits)) return 0;
  let score = 1;
  for (const modifier of roleWords.slice(0, -1)) {
    const country = countryOf(modifier);
    if (country) {
      const describedCountries = described.map(countryOf).filter(Boolean);
      if (describedCountries.length > 0 && !describedCountries.includes(country)) return 0;
      if (described.includes(modifier) || description.toLowerCase().includes(country)) score += 1;
    } else if (described.includes(modifier)) score += 0.5;
    // ("the former deputy leader" is not "Labor leader Bill Shorten": an office the role changes, the description lacks.)
    else if (OFFICE_CHANGERS.has(modifier)) return 0;
    // ("the Vermont senator" is not "Republican Sen. John McCain": a proper modifier the
    // description lacks names another holder of the office.)
    else if (capitalised.has(modifier)) return 0;
  }
  return score;
}

/** "The" opening a sentence or a line, or "the" after a comma (the clause's after a fronted phrase). */
const SENTENCE_THE = /(?:[.!?]["'\u201d\u2019)]*[^\S\n]+|\n[^\S\n]*)The\s|,[^\S\n]+the\s/g;

/**
 * The start and words of the last singular role noun phrase that opens a sentence between
 * `from` and `to` as its subject ("The spokesman later toured …", "The former envoy, who …",
 * "Asked about it, the spokesman declined …"),
 * outside quotation marks, of a gender that a pronoun (`wanted`: 'm', 'f' or null) fits; or null.
 */
function roleSubjectBetween(text: string, from: number, to: number, wanted: 'm' | 'f' | null): [number, string] | null {
  let found: [number, string] | null = null;
  // (Only the window is read: a search through the rest of the text for each pronoun is quadratic.)
  for (const match of text.slice(from, to).matchAll(SENTENCE_THE)) {
    const start = from + match.index + match[0].length - 4;
    // ("Regarding what the minister said, the spokesman declined …": only after a phrase fronted at the sentence's start.)
    if (text[from + match.index] === ',' && !frontedPhraseBefore(text, from + match.index)) continue;
    const words = text.slice(start, Math.min(to, start + 60)).split(/\s+/);
    // The role's head within three lower-case words, then a comma or a lower-case word (its verb).
    for (let end = 2; end <= 4 && /^\p{Ll}/u.test(words[end - 1] ?? '') && !words[end - 2]!.endsWith(','); end++) {
      const gender = singularRole(words.slice(0, end).join(' '));
      if (!gender || !(words[end - 1]!.endsWith(',') || /^\p{Ll}/u.test(words[end] ?? ''))) continue;
      // (Inside a quotation, an odd number of marks stands between it and the pronoun.)
      if ((gender === 'any' || gender === wanted) && (text.slice(start, to).match(/["\u201c\u201d]/g)?.length ?? 0) % 2 === 0) found = [start, words.slice(0, end).join(' ').replace(/,$/, '')];
      break;
    }
  }
  return found;
}

/** The person seen before `at` whom the story described in a way that best fits a role noun phrase ("the former envoy"), or null. */
function describedPerson(people: People, role: string, at: number, countryOf: (word: string) => string | undefined): Person | null {
  let best: Person | null = null;
  let bestScore = 0;
  for (const person of people.recent) {
    if (person.isOrg || person.seen >= at) continue;
    let score = 0;
    for (const known of person.descriptions) if (known.at < at) score = Math.max(score, roleFit(role, known.text, countryOf));
    if (score > bestScore || (score === bestScore && score > 0 && best && person.seen > best.seen)) {
      best = person;
      bestScore = score;
    }
  }
  return best;
}

/**
 * Another entity the speaker words name more fully than the one the tagger linked: "Credit
 * Suisse said" opening a sentence, where the tagger read only "Suisse", is the "Credit Suisse"
 * it found elsewhere; "President Moi said", linked to a headline's run of capitalised words
 * ("Moi Reaffirms Kenya's …"), is the person named before whose surname it is ("Daniel arap Moi").
 */
function fullerEntity(text: string, words: string, chosen: EntityMention, linked: Entity, mentions: readonly EntityMention[], candidates: Iterable<Entity> = []): Entity | undefined {
  for (const other of candidates) {
    if (other === linked || other.type !== linked.type) continue;
    if (other.name.length > chosen.text.length && words.endsWith(other.name)) return other;
    // (A person named in full before the words, not one the story comes to later.)
    if (linked.type === 'person' && other.name.endsWith(` ${chosen.text}`) && !linked.name.endsWith(chosen.text) && mentions.some((mention) => mention.entityId === other.id && mention.start < chosen.start)) {
      // (The linked name read only on a title-case line, or only outside the text read: a headline's.)
      const full = mentions.find((mention) => mention.entityId === linked.id && mention.text === linked.name);
      if (!full || titleCaseLine(text, full.start)) return other;
    }
  }
  return undefined;
}

/** Whether the line around `at` (200 characters either side at most) is set in title case: no lower-case word of five letters or more. */
function titleCaseLine(text: string, at: number): boolean {
  const before = text.slice(Math.max(0, at - 200), at);
  return !/\s\p{Ll}{5}/u.test(before.slice(before.lastIndexOf('\n') + 1) + text.slice(at, at + 200).split('\n', 1)[0]!);
}

/** Names the speaker of every draft and turns drafts into quotes. */
export function resolveSpeakers(text: string, drafts: readonly Draft[], entities: TagEntitiesResult): Quote[] {
  const entityById = new Map<string, Entity>(entities.entities.map((entity) => [entity.id, entity]));
  const mentions = [...entities.mentions].sort((a, b) => a.start - b.start);
  const personMentions = mentions.filter((mention) => mention.type === 'person');
  const countryOf = nationalityCountries(mentions, entityById);
  const descriptions = collectDescriptions(text, personMentions);
  const people = new People();
  const recent = people.recent;
  const entitiesBySurname = surnameIndex(entities.entities, people);
  let mentionCursor = 0;
  let descriptionCursor = 0;
  let lastSpeaker: Person | null = null;
  // The last quote's unnamed single speaker ("a spokesperson for the association"), for a "he" or "she" right after it.
  let lastNominal: Nominal | null = null;
  // The last quote's unnamed plural source ("Forecasters at the Met Office"), for a "they" right after it.
  let lastGroup: { speaker: QuoteSpeaker; end: number } | null = null;
  // Starts of person mentions inside a group's phrase ("Residents of Kilifi"): no antecedents.
  const notAntecedents = new Set<number>();

  const personFor = (name: string, entityId: string | undefined, isOrg: boolean): Person => {
    const id = entityId ?? `name:${people.key(name)}`;
    let person = people.get(id);
    if (!person) {
      // A surname or full name seen before without an entity id.
      const other = isOrg ? null : people.findAlias(name, true);
      if (other) {
        if (name.length > other.name.length && entityId === undefined) people.rename(other, name);
        return other;
      }
      person = { name, entityId, descriptions: [], seen: -1, spoke: false, subject: false, isOrg, gender: undefined };
      people.add(id, person);
    }
    people.touch(person);
    return person;
  };

  // The named speakers' phrases so far, with whether each is a subject a later "he" goes back
  // to (not one who asked): a name inside one ("…,” said Ana Ruiz") stands as the cue's subject.
  const speakerSpans: Array<{ start: number; end: number; subject: boolean }> = [];
  const speakerRole = (mention: Span): boolean | undefined => {
    for (let index = speakerSpans.length - 1; index >= Math.max(0, speakerSpans.length - 2); index--) {
      const span = speakerSpans[index]!;
      if (span.start <= mention.start && mention.end <= span.end) return span.subject;
    }
    return undefined;
  };

  /** Brings the registry up to `offset`: every person mentioned and described before it. */
  const advance = (offset: number): void => {
    while (mentionCursor < mentions.length && mentions[mentionCursor]!.start < offset) {
      const mention = mentions[mentionCursor++]!;
      if (mention.type !== 'person' && mention.type !== 'organization') continue;
      const entity = entityById.get(mention.entityId);
      const person = personFor(entity?.name ?? mention.text, mention.entityId, mention.type === 'organization');
      // A title just before the name tells the gender too: "Mrs. Ruiz"; so does the given name of
      // the entity the mention belongs to ("the Obama legacy" is Barack Obama's, a man's).
      learnGender(person, text.slice(Math.max(0, mention.start - 6), mention.end));
      learnEntityGender(person, entity?.gender);
      learnGender(person, person.name);
      // A name inside a quote is someone the speaker talks about: no antecedent for a pronoun after it.
      if (insideQuote(mention.start) || notAntecedents.has(mention.start)) continue;
      person.seen = mention.start;
      person.subject = speakerRole(mention) ?? isSubjectMention(text, mention);
      if (mention.type === 'person') person.spoke = false;
    }
    while (descriptionCursor < descriptions.length && descriptions[descriptionCursor]!.at < offset) {
      const description = descriptions[descriptionCursor++]!;
      const entity = entityById.get(description.mention.entityId);
      const person = personFor(entity?.name ?? description.mention.text, description.mention.entityId, false);
      people.describe(person, description.text, description.at);
      learnGender(person, description.text);
    }
  };

  // Quoted words, in text order, so that names inside them are not taken as antecedents.
  // (Pushed onto a literal list: V8 then makes every call's list in the one shape it ends in.)
  const quoted: Span[] = [];
  for (const draft of drafts) if (draft.kind !== 'indirect') quoted.push(draft.content);
  quoted.push(END_SPAN);
  let quotedCursor = 0;
  const insideQuote = (offset: number): boolean => {
    while (quoted[quotedCursor]!.end <= offset) quotedCursor++;
    return quoted[quotedCursor]!.start <= offset;
  };

  const lastPerson = (before: number, agrees: (person: Person) => boolean = () => true): Person | null => {
    let best: Person | null = null;
    for (const person of recent) {
      if (person.isOrg || !agrees(person)) continue;
      if (person.seen < 0 || person.seen >= before) continue;
      if (!best || person.seen > best.seen) best = person;
    }
    return best;
  };

  const resolvedByMention = new Map<number, QuoteSpeaker | null>();
  /** Records a speaker just named as the person a later "he" or "she" and a later quote go back to. */
  const rememberSpeaker = (speaker: QuoteSpeaker, found: Found, mention: Span): void => {
    const person = personFor(speaker.name, speaker.entityId, speaker.entityId !== undefined && entityById.get(speaker.entityId)?.type === 'organization');
    person.seen = mention.start;
    person.spoke = true;
    // (One who asks is no subject a later "he" goes back to: the answer is the other's.)
    person.subject = !QUESTION_CUES.has(found.cue.text.toLowerCase());
    speakerSpans.push({ start: mention.start, end: mention.end, subject: person.subject });
    if (found.description) people.describe(person, found.description.text, mention.start);
    learnGender(person, `${mention.text} ${found.description?.text ?? ''}`);
    lastSpeaker = person;
  };
  /**
   * The speaker of an attribution whose mention was not read before. A step of its own, so
   * that its rare branches cost V8 a recompile of this step only (issue #15).
   */
  const speakerAt = (found: Found, mention: Span): QuoteSpeaker | null => {
    // Words that are no noun phrase name no one, whether or not a description was attached
    // after them ("… had finished, <name> said, adding “…”"): the description is not theirs.
    if (noNounPhrase(text, mention, mentions)) return null;
    advance(mention.start);
    let speaker: QuoteSpeaker | null = nameSpeaker(text, mention, found.description, mentions, entityById, people, entitiesBySurname, personFor, lastPerson, () => lastSpeaker, notAntecedents, () => lastNominal, countryOf);
    if (lastGroup && speaker && !speaker.named && mention.text.toLowerCase() === 'they' && groupStillCurrent(mentions, lastGroup.end, mention.start)) {
      speaker = { ...speaker, name: lastGroup.speaker.name };
    }
    resolvedByMention.set(mention.start, speaker);
    lastGroup = speaker && !speaker.named && isPluralGroup(speaker.name) ? { speaker, end: mention.end } : null;
    // People of an organisation who spoke ("Carrier workers", "a Kremlin spokesman") leave no
    // named speaker before them for a later "he" or "she" to go back to.
    if (speaker?.organization !== undefined && !speaker.named) lastSpeaker = null;
    // Only an indefinite one ("a spokesperson", "one delegate"): "the Ohio governor" most often
    // names again a person the story named, whom "he" then means too.
    // Not a description set after a name ("Geoff Garin, a Democratic pollster"), nor one who
    // asks: a question's answer is the other party's ("a reporter asked …. “…,” he said").
    const indefinite = speaker && !speaker.named && INDEFINITE.test(mention.text) && !afterName(text, mention.start);
    const role = indefinite && !QUESTION_CUES.has(found.cue.text.toLowerCase()) ? singularRole(mention.text) : null;
    if (speaker && role) lastNominal = { speaker, start: mention.start, end: mention.end, gender: role };
    if (speaker?.named) rememberSpeaker(speaker, found, mention);
    return speaker;
  };

  const quotes: Quote[] = [];
  for (const draft of drafts) {
    const found = draft.found;
    const mention = found?.speaker;
    let speaker: QuoteSpeaker | null = null;
    if (found && mention) {
      const cached = resolvedByMention.get(mention.start);
      if (cached !== undefined) speaker = cached ? { ...cached, mention: { ...cached.mention } } : null;
      else speaker = speakerAt(found, mention);
    }
    quotes.push(quoteOf(draft, speaker));
  }
  return quotes;
}

/**
 * Entities by the last word of each of their names, for matching a surname. A step of its
 * own, so that V8 compiles this loop apart from the loop over the quotes (issue #15).
 */
function surnameIndex(entities: readonly Entity[], people: People): Map<string, Set<Entity>> {
  const index = new Map<string, Set<Entity>>();
  for (const entity of entities) {
    if (entity.type !== 'person' && entity.type !== 'organization') continue;
    for (const name of [entity.name, ...entity.aliases]) {
      const last = people.surnameKey(name);
      if (!last) continue;
      let set = index.get(last);
      if (!set) index.set(last, set = new Set());
      set.add(entity);
    }
  }
  return index;
}

/** The quote a draft makes, with copies of its spans, so that no two quotes share one object. */
function quoteOf(draft: Draft, speaker: QuoteSpeaker | null): Quote {
  const quote: Quote = {
    text: draft.content.text,
    start: draft.content.start,
    end: draft.content.end,
    kind: draft.kind,
    speaker,
    cue: draft.found ? { ...draft.found.cue } : null,
  };
  if (draft.parts.length > 1) quote.parts = draft.parts.map((part) => ({ ...part }));
  if (draft.clause) quote.clause = { ...draft.clause };
  return quote;
}

/** How many words before a name its title may run back over ("the former Det. Sgt."). */
const SUBJECT_PREFIX_WORDS = 6;

/**
 * Whether a name stands as its clause's subject or topic: first in its sentence or line after
 * only its title words ("Det. Sean Suiter was …", "But Police Chief Ana Ruiz said …", "Ruiz's
 * plan failed", "Since May, Ruiz …"). A name after a verb or a preposition ("praised Smith",
 * "recovered Smith's car", "the exodus of Smith") is not.
 */
function isSubjectMention(text: string, mention: Span): boolean {
  // One who asks is answered by another: "Hannity asked Trump …. “…,” he said" is Trump.
  const verb = /^\s+(?:\p{Ll}+ly\s+)?(\p{Ll}+)/u.exec(text.slice(mention.end, mention.end + 40))?.[1];
  if (verb !== undefined && QUESTION_CUES.has(verb)) return false;
  // (At most 160 characters back: a long run with no space stops the look, in linear time.)
  const floor = Math.max(0, mention.start - 160);
  let end = mention.start;
  for (let count = 0; count <= SUBJECT_PREFIX_WORDS; count++) {
    while (end > floor && (text[end - 1] === ' ' || text[end - 1] === '\t')) end--;
    if (end === 0 || text[end - 1] === '\n') return true;
    if (end === floor) return false;
    let start = end;
    while (start > floor && !/\s/.test(text[start - 1]!)) start--;
    if (start === floor && floor > 0) return false;
    const word = text.slice(start, end);
    const bare = word.replace(/\.$/, '').toLowerCase();
    // A sentence's end before the name's phrase; not a title's or an initial's period ("Det.", "J.").
    if (/[.!?]["'\u201d\u2019)]*$/u.test(word) && !/^\p{Lu}\.$/u.test(word) && !TITLES.has(bare)) return true;
    if (word.endsWith(',')) return frontedPhraseBefore(text, end - 1);
    // A clause joined after a comma: "…, and Ruiz is not alone".
    // (Not the last of a list, "…, Rubio, and Ted Cruz.", which no verb or appositive follows.)
    if (CLAUSE_COORDINATORS.has(word) && /,\s+$/u.test(text.slice(Math.max(0, start - 3), start))) return /^(?:\s+\p{L}|,)/u.test(text.slice(mention.end, mention.end + 2));
    if (/[^\p{L}\p{N}.-]$/u.test(word)) return false;
    // Title, role and capitalised words belong to the name's phrase; anything else ends it.
    if (!(/^\p{Lu}/u.test(word) || TITLES.has(bare) || PERSON_ROLE_NOUNS.has(bare) || PREFIX_MODIFIERS.has(bare) || DETERMINERS.has(bare))) return false;
    end = start;
  }
  return false;
}

/**
 * Whether the comma at `comma` closes a phrase fronted at its sentence's start ("Since the
 * vote, Ruiz …"): the sentence opens with a preposition or a subordinator and has no comma before.
 */
function frontedPhraseBefore(text: string, comma: number): boolean {
  // Back to the sentence's start (at most 160 characters), through no other comma.
  const floor = Math.max(0, comma - 160);
  let start = comma;
  while (start > floor && (!'.!?\n'.includes(text[start - 1]!) || abbreviationAt(text, start - 1))) {
    if (text[start - 1] === ',') return false;
    start--;
  }
  if (start === floor && floor > 0) return false;
  const first = /^[\s"'\u201c\u201d\u2018\u2019)]*(\p{L}+)/u.exec(text.slice(start, comma))?.[1]?.toLowerCase();
  // (Or an adverb alone: "Recently, Ruiz …".)
  const alone = first !== undefined && /^[\s"'\u201c\u201d\u2018\u2019)]*\p{L}+ly$/u.test(text.slice(start, comma));
  // (Or a participle: "Replying to this, the chairman …"; not a noun, "Nothing, …".)
  const participle = first !== undefined && /^\p{L}{3,}ing$/u.test(first) && !first.endsWith('thing');
  return first !== undefined && (FRONTED_PREPOSITIONS.has(first) || FRONTED_OPENERS.has(first) || alone || participle);
}

/** Whether the period at `dot` ends an abbreviation ("Nov.", "Gen.", "Dr."), no sentence: core's, as the sentence splitter reads it. */
function abbreviationAt(text: string, dot: number): boolean {
  const word = text[dot] === '.' ? ABBREVIATION_BEFORE.exec(text.slice(Math.max(0, dot - 8), dot))?.[0] : undefined;
  return word !== undefined && isAbbreviation(word);
}

/** The word right before a period, as far back as the longest abbreviation. */
const ABBREVIATION_BEFORE = /(?<![\p{L}.])[\p{L}.]{1,7}$/u;

/** An unnamed single speaker and where its phrase stands, with the gender its role word gives. */
interface Nominal {
  speaker: QuoteSpeaker;
  start: number;
  end: number;
  gender: 'm' | 'f' | 'any';
}

/** How far after an unnamed speaker a "he" or "she" may still go back to it (characters). */
const NOMINAL_REACH = 600;

/**
 * The gender a singular role gives an unnamed speaker's phrase ("a spokesperson for …" any, "a
 * spokeswoman" f, "a chairman" m), or null when the phrase's head, before its first preposition,
 * is no singular person role ("officials", "a ministry").
 */
function singularRole(name: string): 'm' | 'f' | 'any' | null {
  const words = name.toLowerCase().split(/\s+/);
  let end = words.length;
  for (let index = 1; index < words.length; index++) {
    if (NP_PREPOSITIONS.has(words[index]!)) {
      end = index;
      break;
    }
  }
  let head = words[end - 1]!;
  while (head.length > 0 && ',.;:'.includes(head[head.length - 1]!)) head = head.slice(0, -1);
  if (!PERSON_ROLE_NOUNS.has(head) || head === 'source') return null;
  if (/(?:woman|wife|mother|daughter|girl|queen|widow)$/.test(head)) return 'f';
  if (/(?:man|husband|father|son|boy|king|prince)$/.test(head) && !head.endsWith('woman')) return 'm';
  return 'any';
}

/** Whether a capitalised word and a comma stand right before `start`: the phrase there describes that name. */
function afterName(text: string, start: number): boolean {
  let index = start - 1;
  while (index >= 0 && /\s/.test(text[index]!)) index--;
  if (text[index] !== ',') return false;
  let wordStart = index;
  while (wordStart > 0 && /[\p{L}.'’-]/u.test(text[wordStart - 1]!)) wordStart--;
  return wordStart < index && /\p{Lu}/u.test(text[wordStart]!);
}
/** The end of a sentence between two offsets. */
const SENTENCE_BREAK = /[.!?]["'\u201d\u2019)]*\s/;

/** An indefinite noun phrase's opening: "a spokesperson", "an official", "one delegate", "another aide". */
const INDEFINITE = /^(?:an?|one|another)\s/i;

/** Whether speaker words are no noun phrase, by any of the checks below: they then name no one. */
function noNounPhrase(text: string, speaker: Span, mentions: readonly EntityMention[]): boolean {
  return countedAmount(speaker.text) || isFunctionWord(text, speaker) || loneAdverb(text, speaker, mentions) || modifierEnd(speaker.text) || adjectiveEnd(speaker.text) || loneParticiple(text, speaker) || LONE_MODIFIERS.has(speaker.text) || frontedAdverbial(speaker, mentions) || danglingEnd(speaker);
}

/** Whether speaker words count a unit of time, score or money ("two more wins", "the past four years"): an amount, no one. */
function countedAmount(words: string): boolean {
  const list = words.split(/\s+/);
  // (In lower case: "13 Hours" is a film's title; "a study last year" is a study.)
  return list.length <= 4 && !/ (?:last|this|next) /.test(words) && (DETERMINERS.has(list[0]!.toLowerCase()) || /^\d/.test(list[0]!)) && AMOUNT_HEADS.has(list[list.length - 1]!.replace(/s$/, ''));
}

/**
 * Speaker words cut off before their noun ("pull the", "Following a", "Netanyahu and": the
 * phrase goes on past what was read): no one.
 */
function danglingEnd(speaker: Span): boolean {
  const words = speaker.text.split(/\s+/);
  return words.length >= 2 && DANGLING_ENDS.has(words[words.length - 1]!.toLowerCase());
}

/**
 * Speaker words that open with a preposition of time, place or manner ("In August", "On Oct.
 * 23", "At Sunday night's debate", "With Democratic leaders") are a fronted adverbial some rule
 * read as the subject: no one. A name the tagger found at the same place ("In These Times") or a
 * person or organisation inside it stays.
 */
function frontedAdverbial(speaker: Span, mentions: readonly EntityMention[]): boolean {
  const first = /^\p{L}+/u.exec(speaker.text)?.[0].toLowerCase();
  if (first === undefined || !FRONTED_PREPOSITIONS.has(first) || first.length === speaker.text.length) return false;
  // (A name inside names the speaker still: "In September Bill Maher suggested …", "Despite Mr. Lee's claims".)
  const mention = mentions[firstMentionAtOrAfter(mentions, speaker.start)];
  return !(mention && mention.start < speaker.end && (mention.type === 'person' || mention.type === 'organization' || mention.start === speaker.start));
}

/**
 * A lone conjunction, preposition, article, wh-word or verb is no speaker, whatever rule took it
 * ("If you're wondering “…”", "The deadly fumes … “flooded”"), in lower case or opening a
 * sentence; capitalised inside one it is a name ("While Will acknowledges …"). Quantifiers and
 * numbers stay ("Six in 10 Republicans said"), as do pronouns and transcript labels ("A:").
 */
function isFunctionWord(text: string, speaker: Span): boolean {
  const lower = speaker.text.toLowerCase();
  if (!NON_SPEAKER_WORDS.has(lower)) return false;
  if (speaker.text === lower) return true;
  return opensSentence(text, speaker.start);
}

/**
 * Whether `start` opens a sentence: only spaces or tabs before it back to the text's start, a
 * line break, a sentence's end, a closing quotation mark or a colon. There any word takes a capital.
 */
function opensSentence(text: string, start: number): boolean {
  let before = start - 1;
  while (before >= 0 && (text[before] === ' ' || text[before] === '\t')) before--;
  // A quotation closed by a comma goes on in the writer's sentence: "“…,” From said".
  if (before > 0 && '"\u201d\u2019'.includes(text[before]!) && text[before - 1] === ',') return false;
  return before < 0 || '.!?\n"\u201d\u2019:'.includes(text[before]!);
}

/**
 * Whether the speaker words are one adverb in -ly ("Eventually", "outright" is not one): an
 * adverb is no noun phrase. Names in -ly ("Kelly", "Beverly") are entity mentions, or stand
 * inside a sentence with a capital; a capitalised word counts only at a sentence's start, where
 * any word takes one, and only when no entity mention covers it.
 */
function loneAdverb(text: string, speaker: Span, mentions: readonly EntityMention[]): boolean {
  const lower = speaker.text.toLowerCase();
  if (!/^\p{Ll}{4,}ly$/u.test(lower) || LY_NOUNS.has(lower)) return false;
  const index = firstMentionAtOrAfter(mentions, speaker.start);
  const covering = (mention: EntityMention | undefined): boolean => !!mention && mention.start < speaker.end && mention.end > speaker.start;
  if (covering(mentions[index]) || covering(mentions[index - 1])) return false;
  if (speaker.text === lower) return true;
  return opensSentence(text, speaker.start);
}

/**
 * Whether the speaker words end in a modifier with no noun after it: an adverb in -ly ("most
 * notably", "More recently"), "far" ("this far") or a compound participle ("community-based",
 * "The U.N.-backed"). A noun phrase ends in its noun; only lower-case last words count, as names
 * in -ly ("Joe Donnelly") are capitalised.
 */
function modifierEnd(words: string): boolean {
  const last = /(?:^|\s)(\S+)$/u.exec(words)?.[1] ?? '';
  // A compound participle stays one even after a capitalised first part ("U.N.-backed"): names
  // with a hyphen take a capital after it ("Smith-Reed").
  if (/\S-\p{Ll}+ed$/u.test(last)) return true;
  if (last !== last.toLowerCase()) return false;
  if (/^\p{Ll}{4,}ly$/u.test(last)) return !LY_NOUNS.has(last);
  return last === 'far';
}

/**
 * Whether the speaker words are a determiner and modifiers with no noun ("The modern",
 * "the very best"): a noun phrase ends in its noun, and an adjective of LONE_MODIFIERS has no
 * noun reading. Words after the determiner must be lower case (no name stands among them).
 */
function adjectiveEnd(words: string): boolean {
  const parts = words.split(/\s+/u);
  if (parts.length < 2 || !DETERMINERS.has(parts[0]!.toLowerCase())) return false;
  const rest = parts.slice(1);
  const last = rest[rest.length - 1]!;
  // Adjective endings with no English noun in them ("many misogynistic", "the famous").
  return rest.every((part) => part === part.toLowerCase()) && (LONE_MODIFIERS.has(last) || /^\p{Ll}{3,}(?:ous|istic)$/u.test(last));
}

/**
 * Whether the speaker words are one lower-case verb form in -ed ("helped", "targeted"): a verb
 * is no noun phrase ("-eed" nouns such as "greed" and "hundred" aside). After a form of "be"
 * the participle closes a relative clause ("A worker who asked not to be named said …"): the
 * words stand in the subject's tail, and that reading is left to the subject's own step.
 */
function loneParticiple(text: string, speaker: Span): boolean {
  if (!/^\p{Ll}{3,}ed$/u.test(speaker.text) || /(?:eed|dred)$/u.test(speaker.text)) return false;
  // The word before: the last word of a short window, read by plain string search.
  const window = text.slice(Math.max(0, speaker.start - 12), speaker.start).trimEnd();
  return !BE_FORMS.has(window.slice(Math.max(window.lastIndexOf(' '), window.lastIndexOf('\n'), window.lastIndexOf('\t')) + 1).toLowerCase());
}

function nameSpeaker(
  text: string,
  mention: Span,
  description: Span | null,
  mentions: readonly EntityMention[],
  entityById: ReadonlyMap<string, Entity>,
  people: People,
  entitiesBySurname: ReadonlyMap<string, ReadonlySet<Entity>>,
  personFor: (name: string, entityId: string | undefined, isOrg: boolean) => Person,
  lastPerson: (before: number, agrees?: (person: Person) => boolean) => Person | null,
  lastSpeaker: () => Person | null,
  notAntecedents: Set<number>,
  lastNominal: () => Nominal | null,
  countryOf: (word: string) => string | undefined,
): QuoteSpeaker {
  const surface = mention.text;
  const lower = surface.toLowerCase();
  const base: QuoteSpeaker = { name: surface, mention: { ...mention }, named: false };
  if (description) base.description = description.text;
  const withPerson = (person: Person): QuoteSpeaker => {
    const result: QuoteSpeaker = { ...base, name: person.name, named: true };
    if (person.entityId !== undefined) result.entityId = person.entityId;
    if (!result.description && person.descriptions.length > 0) result.description = person.descriptions[0]!.text;
    return result;
  };
  // Pronouns.
  if (PERSONAL.has(lower) || RELATIVE.has(lower)) {
    if (RELATIVE.has(lower)) {
      // "Scott Reed, a strategist, who said": the name before the comma.
      let antecedent = nearestMentionBefore(mentions, mention.start, 200);
      // ("Justice Ann Moyo of the Harare Bench, who …": "who" stands for a person, the one the
      // organisation after "of" is named with.)
      const of = lower === 'who' && antecedent?.type === 'organization' ? nearestMentionBefore(mentions, antecedent.start, 9, (candidate) => candidate.type === 'person' && /^\s+of\s+(?:the\s+)?$/.test(text.slice(candidate.end, antecedent!.start))) : null;
      if (of) antecedent = of;
      // Never across a sentence: in "Nimbus is raising money. One investor, who asked …" the
      // relative's antecedent is the investor, whom no entity names.
      // ("disappointed investors who expected …", "the state's highest court that characterized
      // …": a relative right after a common noun, with no comma, restricts that noun, never a
      // name further back.)
      const between = antecedent ? text.slice(antecedent.end, mention.start) : '';
      const restrictedHead = antecedent && /\p{Ll}\s+$/u.test(between) ? relativeAntecedent(text, mention.start, lower) : null;
      // (After "that" or "which", only a source or a role restricts: "a video that said …" is
      // still its maker's.)
      const restricted = restrictedHead && (lower === 'who' || sayerNoun(restrictedHead)) ? restrictedHead : null;
      if (restricted && /^\p{Ll}/u.test(restricted)) {
        // ("Geoff Garin, a Democratic pollster who advised …": the head of an appositive is the name's.)
        const named = nearestMentionBefore(mentions, mention.start, 200, (candidate) => /^,\s+(?:a|an|the)\s[^,;:.!?()\u201c\u201d"]{0,80}$/u.test(text.slice(candidate.end, mention.start)));
        if (!named) return { ...base, name: restricted };
        return withPerson(personFor(entityById.get(named.entityId)?.name ?? named.text, named.entityId, named.type === 'organization'));
      }
      // (Not past a common noun right before the comma, with no appositive between: in "Reuters saw
      // a letter, which said …" the letter speaks, not Reuters.)
      if (antecedent && !SENTENCE_BREAK.test(between) && !/^[^,]* [a-z][^ ,]*, *$/.test(between)) {
        const entity = entityById.get(antecedent.entityId);
        return withPerson(personFor(entity?.name ?? antecedent.text, antecedent.entityId, antecedent.type === 'organization'));
      }
      // No name before it: the noun phrase the relative word hangs on ("One investor, who …").
      const head = relativeAntecedent(text, mention.start, lower);
      return head ? { ...base, name: head } : base;
    }
    // "she" never names a man, nor "he" a woman, where the name or a title tells.
    const wanted = pronounGender(lower);
    // ("he" or "she" is one person, never an organisation or a group that spoke before.)
    const agrees = (person: Person): boolean => wanted === null || !person.isOrg && !(person.entityId === undefined && isPluralGroup(person.name)) && (person.gender === undefined || person.gender === wanted);
    const spoke = lastSpeaker();
    const speaker = spoke && agrees(spoke) ? spoke : null;
    const recent = lastPerson(mention.start, agrees);
    let pick = speaker && recent && recent.seen > speaker.seen && !recent.spoke && mention.start - recent.seen < 400 ? recent : speaker ?? recent;
    // A name last seen as a possessor or inside a phrase ("Smith's gun", "the exodus of Smith")
    // is not what "he" goes back to while a clause's subject or the last speaker agrees: the
    // subject named after the last speaker, else the last speaker.
    if (pick && pick === recent && !recent.subject) {
      const subject = lastPerson(mention.start, (person) => person.subject && agrees(person));
      // (Never one whose gender is unknown for a name whose gender agrees: "she" after "Wendy Sherman".)
      // (Unless both stand in one sentence, the subject first: "Ekmeleddin İhsanoğlu congratulated
      // Recep Tayyip Erdoğan. He said …" is İhsanoğlu's, whatever names the lists know.)
      const sure = (person: Person | null): person is Person => person !== null && (person.gender !== undefined || recent.gender === undefined);
      const oneSentence = subject !== null && !SENTENCE_BREAK.test(text.slice(subject.seen, recent.seen));
      if ((sure(subject) || oneSentence) && subject !== null && (!speaker || subject.seen >= speaker.seen) && mention.start - subject.seen < 400) pick = subject;
      else if (sure(speaker) && speaker.subject) pick = speaker;
    }
    // "Spokesman Ned Ruiz met Governor Luis Soto. The spokesman later toured the site. “…,” he
    // said": a role noun opening a sentence after every name the pronoun could take names the
    // person the story described that way, the subject the pronoun goes back to.
    const role = roleSubjectBetween(text, Math.max(pick?.seen ?? 0, recent?.seen ?? 0, mention.start - 400), mention.start, wanted);
    const described = role ? describedPerson(people, role[1], role[0], countryOf) : null;
    // (Only a person named shortly before the role: a description far back fits a role loosely.)
    if (role && described && agrees(described) && role[0] - described.seen < NOMINAL_REACH) pick = described;
    // "A spokesperson for the association said …. “…,” he said": an unnamed speaker after every
    // agreeing name is the one "he" or "she" goes back to, not a named person before it.
    const nominal = wanted === null ? null : lastNominal();
    if (
      nominal &&
      nominal.end <= mention.start &&
      mention.start - nominal.end < NOMINAL_REACH &&
      (nominal.gender === 'any' || nominal.gender === wanted) &&
      (!pick || pick.seen < nominal.end) &&
      (!recent || recent.seen < nominal.end) &&
      // In a later sentence: inside the unnamed speaker's own sentence "she" is someone it speaks of.
      SENTENCE_BREAK.test(text.slice(nominal.end, mention.start))
    ) {
      const result: QuoteSpeaker = { ...base, name: nominal.speaker.name };
      if (nominal.speaker.organization !== undefined) result.organization = nominal.speaker.organization;
      return result;
    }
    return pick ? withPerson(pick) : base;
  }
  // ("Nobody said", "Others said": a pronoun capitalised at a sentence's start is no name either.)
  if (PLURAL.has(lower) || FIRST.has(lower) || PRONOUNS.has(lower) && surface !== surface.toUpperCase()) return base;
  // Entity mentions inside the speaker words.
  // A common noun phrase names its speaker without its article ("the mayor" → "mayor").
  const common = surface.replace(/^(?:the|a|an)\s+/i, '');
  const inside: EntityMention[] = [];
  // Whether a place the tagger found ends the speaker words.
  let place = false;
  for (let index = firstMentionAtOrAfter(mentions, mention.start); index < mentions.length && mentions[index]!.start < mention.end; index++) {
    const candidate = mentions[index]!;
    if (candidate.end <= mention.end && (candidate.type === 'person' || candidate.type === 'organization')) inside.push(candidate);
    else if (candidate.end === mention.end && candidate.type === 'place') place = true;
  }
  const chosen = headPerson(text, inside) ?? inside[inside.length - 1];
  // "Smith's aides", "the agency's director": a role the mention possesses, after it.
  const possessedRole = chosen !== undefined && /^['\u2019]s?\s+\p{Ll}[\p{L}-]*(?:\s+\p{Ll}[\p{L}-]*){0,3}\s*$/u.test(text.slice(chosen.end, mention.end));
  // "Lazar's defense counsel", "Clinton's campaign manager": one of a person's people, unnamed, never the person.
  if (chosen?.type === 'person' && possessedRole) return { ...base, name: common };
  // "NASA's scientists": a group inside an organisation is its own unnamed source, not the organisation.
  if (chosen?.type === 'organization' && !inside.some((candidate) => candidate.type === 'person')) {
    // The speaker is unnamed, of the organisation (its entity's name when linked).
    const ofOrganization = (organization: EntityMention): QuoteSpeaker => ({ ...base, name: common, organization: entityById.get(organization.entityId)?.name ?? organization.text });
    if (possessedRole) return ofOrganization(chosen);
    // "A High Court judge", "a Kremlin spokesman", "Pentagon defense officials": one person or
    // people of a role at the organisation named before the role.
    const roleAfter = /^\s+(?:\p{Ll}+\s+)?(\p{Ll}+)\s*$/u.exec(text.slice(chosen.end, mention.end))?.[1];
    if (roleAfter && (PERSON_ROLE_NOUNS.has(roleAfter) || pluralRole(roleAfter))) {
      // ("The Cabinet spokesman" after "Cabinet Spokesman Tom Okello": the one described so,
      // by that very role word: "the former HP executive" is not HP's "chief … spokesman".)
      const described = /^th(?:e|is|at)\s/i.test(surface) && describedPerson(people, surface, mention.start, countryOf);
      if (described && described.descriptions.some((known) => known.text.toLowerCase().includes(roleAfter))) return withPerson(described);
      return ofOrganization(chosen);
    }
    // "Analysts at Deutsche Bank", "officials from the ministry": people of a role in an
    // organisation are that group, never the organisation (nor the last of two named).
    const group = GROUP_IN_ORGANIZATION.exec(text.slice(mention.start, inside[0]!.start));
    const role = group?.[1]?.toLowerCase();
    if (role && (PERSON_ROLE_NOUNS.has(role) || PERSON_ROLE_NOUNS.has(role.replace(/e?s$/, '')))) {
      // ("RoseAnn DeMoro, executive director of National Nurses United, a union …, said": the
      // person the role is set after, when the name opens its sentence; not after "In addition to
      // Mr. Regalado, two members of …".)
      const named = nearestMentionBefore(mentions, mention.start, 3, (candidate) => candidate.type === 'person' && /^,\s*$/.test(text.slice(candidate.end, mention.start)) && isSubjectMention(text, candidate));
      return named ? withPerson(personFor(entityById.get(named.entityId)?.name ?? named.text, named.entityId, false)) : ofOrganization(inside[0]!);
    }
  }
  // "Residents of Kilifi", "farmers near the border": people of a place (or of whatever the
  // tagger took the place for) are that group, an unnamed source, never the place itself.
  const peopleOf = PEOPLE_OF.exec(surface);
  if (peopleOf && pluralRole(peopleOf[1]!.toLowerCase()) && !(chosen && chosen.start < mention.start + peopleOf[0].length)) {
    // Nor is a name tagged as a person inside it someone a later "he" or "she" can stand for.
    for (const candidate of inside) notAntecedents.add(candidate.start);
    return { ...base, name: common };
  }
  // "The family of Michael Brown", "a lawyer for Ana Ruiz": a lower-case head that can speak
  // (a role, a source, kin) before a preposition and the person named after it is the head, an
  // unnamed speaker; the person is whose it is, and a description set after the phrase is the
  // person's. ("footage of Trump saying", "an email from Tanden": the person speaks.)
  const complement = HEAD_BEFORE_COMPLEMENT.exec(surface);
  if (complement && chosen?.type === 'person' && (sayerNoun(complement[1]!) || KIN_NOUNS.has(complement[1]!)) && !COMPLEMENT_SOURCE_HEADS.has(complement[1]!) && chosen.start >= mention.start + complement[0].length - 1) return { name: common, mention: base.mention, named: false };
  if (chosen) {
    const linked = entityById.get(chosen.entityId);
    const entity = linked && fullerEntity(text, text.slice(mention.start, chosen.end), chosen, linked, mentions, entitiesBySurname.get(people.surnameKey(chosen.text))) || linked;
    const person = personFor(entity?.name ?? chosen.text, entity?.id ?? chosen.entityId, chosen.type === 'organization');
    return withDescription(withPerson(person), text, mention, chosen);
  }
  const roleWords = words(surface).filter((word) => !DETERMINERS.has(word));
  const head = roleWords[roleWords.length - 1];
  const lastWord = surface.trim().split(/\s+/).pop() ?? '';
  // ("the Minister", "the President": a title stands capitalised for its holder.)
  const roleNoun = head !== undefined && /^(?:the|this|that|a|an)\s/i.test(surface) && (/^\p{Ll}/u.test(lastWord) || TITLES.has(head)) && (PERSON_ROLE_NOUNS.has(head) || ROLE_SYNONYMS[head] !== undefined);
  // "The mayor of Lima", "the police department in Washington": a lower-case head before a
  // preposition and a name is that head, an unnamed source; the name after it is where or whose
  // it is, never the speaker (the tagger left it a place, or found nothing).
  // ("A poll in Ohio", "a statement at Port Harcourt": a place after a source's "in" or "at" is where, not who.)
  if (complement && (!COMPLEMENT_SOURCE_HEADS.has(complement[1]!) || place && /\s(?:in|at)\s/.test(complement[0]))) return { ...base, name: common };
  if (!roleNoun && !COLLECTIVE_SOURCES.has(lower) && isProperName(surface)) {
    const name = stripTitles(surface);
    // A name the tagger missed: match a known person by alias, else take it as written.
    const known = people.findAlias(name, false, true);
    if (known) return withDescription(withPerson(known), text, mention, null);
    for (const entity of entitiesBySurname.get(people.surnameKey(name)) ?? []) {
      if ((entity.type === 'person' || entity.type === 'organization') && (people.isAlias(name, entity.name) || entity.aliases.includes(name))) {
        return withDescription(withPerson(personFor(entity.name, entity.id, entity.type === 'organization')), text, mention, null);
      }
    }
    return withDescription(withPerson(personFor(name, undefined, false)), text, mention, null);
  }
  // A role noun: the person the story described that way most recently.
  const best = roleNoun && /^(?:the|this|that)\b/i.test(surface) ? describedPerson(people, surface, mention.start, countryOf) : null;
  if (best) return withPerson(best);
  // An unnamed source: its own words, without the article.
  return { ...base, name: common };
}

/**
 * The noun phrase a relative word (at `relativeStart`) stands for when no name stands before
 * it: the person or group right before it in its sentence, headed by a role noun or a name
 * ("One investor, who asked …" → "One investor", "Residents who …" → "Residents"), without
 * its article. Null when the word before is no such head ("the plan, which …", a verb).
 */
function relativeAntecedent(text: string, relativeStart: number, relative: string): string | null {
  // "that" is as often a complementizer or a determiner as a relative word; as a speaker it is
  // the subject of a cue, so a lowercase noun right before it is its antecedent ("signs that read").
  if (relative === 'that') {
    const noun = /(?:^|\s)(\p{Ll}[\p{Ll}-]*)\s+$/u.exec(text.slice(Math.max(0, relativeStart - 40), relativeStart));
    // (Not a verb or an adverb, "echoed that", "noting that", nor a time, "that afternoon".)
    return noun && !NOT_ANTECEDENTS.has(noun[1]!) && !TIME_WORDS.has(noun[1]!) && !/(?:ed|ing|ly)$/.test(noun[1]!) ? noun[1]! : null;
  }
  const window = text.slice(Math.max(0, relativeStart - 160), relativeStart);
  let cut = -1;
  for (let index = window.length - 1; index >= 0; index--) {
    if ('.!?;:()"\u201c\u201d\n'.includes(window[index]!)) {
      cut = index;
      break;
    }
  }
  const words = window.slice(cut + 1).replace(/,\s*$/, '').split(/\s+/).filter(Boolean);
  const head = words[words.length - 1];
  if (head === undefined || /[^\p{L}'\u2019-]/u.test(head)) return null;
  const lower = head.toLowerCase();
  // A capitalised head the tagger named nothing is a group ("Republicans who …") before
  // "who", or a body before "which"; a single place or a sentence's first word is neither.
  const named = /^\p{Lu}/u.test(head) && !PERSONAL.has(lower) && !PLURAL.has(lower) && !FIRST.has(lower) && (relative === 'which' ? words.length >= 2 : /[^s]s$/.test(lower));
  // ("the report, which found …": a lower-case head speaks after "which" only as a source.)
  const source = SOURCE_NOUNS.has(lower);
  if (/^\p{Lu}/u.test(head) ? !named : relative === 'which' && !source) return null;
  // (Set off by a comma, "who" goes back to any plural noun: "the families, who thanked …".)
  if (!named && !source && !PERSON_ROLE_NOUNS.has(lower) && !pluralRole(lower) && lower !== 'people' && !(relative === 'who' && /,\s*$/.test(window) && isPluralGroup(lower))) return null;
  // Back over modifiers (or a name's words) to a determiner or number, at most four words.
  let first = words.length - 1;
  for (let index = words.length - 2; index >= 0 && words.length - 1 - index <= 4; index--) {
    const word = words[index]!;
    if (/[^\p{L}'\u2019-]/u.test(word)) break;
    const wordLower = word.toLowerCase();
    if (DETERMINERS.has(wordLower)) {
      first = index;
      break;
    }
    // A name runs back over capitalised words; a role noun over lower-case modifiers (the
    // sentence's first word may be capitalised: "Local farmers, who …").
    const sentenceFirst = index === 0 && (cut >= 0 || relativeStart <= 160);
    if (named !== /^\p{Lu}/u.test(word) && !(sentenceFirst && !named) || PLURAL.has(wordLower) || PERSONAL.has(wordLower)) break;
    // (A verb or a function word ends the phrase: "the report said investors who …".)
    if (!named && (/(?:ed|ing|ly)$/.test(wordLower) || NOT_MODIFIERS.has(wordLower))) break;
    // Lower-case modifiers count only when a determiner or the sentence's start opens them:
    // "senior official" inside a clause is its head alone.
    if (named || sentenceFirst) first = index;
  }
  return words.slice(first).join(' ').replace(/^(?:the|a|an)\s+/i, '');
}

/**
 * The person a speaker phrase is about: its last person name that is not a possessive
 * ("Smith's French counterpart Luc Martin" → Luc Martin, "Clinton spokesman Brian Fallon" →
 * Brian Fallon), but the first of names joined by "and".
 */
function headPerson(text: string, inside: readonly EntityMention[]): EntityMention | undefined {
  let chosen: EntityMention | undefined;
  for (const candidate of inside) {
    if (candidate.type !== 'person') continue;
    if (/^['\u2019]s?\b/u.test(text.slice(candidate.end, candidate.end + 3)) || /['\u2019]s?$/u.test(candidate.text)) continue;
    if (chosen && /\band\b|&/.test(text.slice(chosen.end, candidate.start))) break;
    chosen = candidate;
  }
  return chosen ?? inside.find((candidate) => candidate.type === 'person');
}

/**
 * Whether a mention is a proper name (after its titles): its last word and most of its words
 * capitalised ("Wang Youming", "Mr. Trump", "the Global Times"), not a common noun phrase that
 * merely holds a name ("Company representatives from the Peruvian delegation").
 */
function isProperName(surface: string): boolean {
  const name = stripTitles(surface);
  const tokens = name.split(/\s+/).filter(Boolean);
  if (tokens.length === 0) return false;
  const last = tokens[tokens.length - 1]!;
  if (!/^\p{Lu}/u.test(last)) return false;
  const capitalised = tokens.filter((token) => /^\p{Lu}/u.test(token)).length;
  const particles = tokens.filter((token) => /^(?:de|da|del|della|der|den|di|du|la|le|van|von|bin|al|dos|das|y|of|the|and|for)$/.test(token)).length;
  return capitalised + particles === tokens.length;
}

/** The description in the speaker's own phrase: title words before the name. */
function withDescription(speaker: QuoteSpeaker, text: string, mention: Span, entityMention: EntityMention | null): QuoteSpeaker {
  if (speaker.description) return speaker;
  const nameStart = entityMention ? entityMention.start : mention.start;
  if (entityMention && nameStart > mention.start) {
    const prefix = text.slice(mention.start, nameStart).trim();
    if (prefix.length > 0 && hasRoleNoun(prefix)) return { ...speaker, description: prefix };
  }
  return speaker;
}

function nearestMentionBefore(mentions: readonly EntityMention[], offset: number, window: number, accept?: (mention: EntityMention) => boolean): EntityMention | null {
  for (let index = firstMentionAtOrAfter(mentions, offset) - 1; index >= 0; index--) {
    const mention = mentions[index]!;
    if (offset - mention.end > window) return null;
    if (mention.end <= offset && (mention.type === 'person' || mention.type === 'organization') && (accept === undefined || accept(mention))) return mention;
  }
  return null;
}

/** The index of the first mention (sorted by start) that starts at or after `offset`. */
function firstMentionAtOrAfter(mentions: readonly EntityMention[], offset: number): number {
  return countPassing(mentions, (mention) => mention.start < offset);
}
