import { foldDiacritics, type Span, type TextAnalysis } from '@newsparse/core';
import { isGivenName, nameGender } from './locales/given-names.js';
import { roleGender, roleIn, type Locale } from './locales/locale.js';
import type { Token } from './tokens.js';
import type { Quote } from './types.js';

// Names for the speakers of a text in another language (German, French, Spanish), where the
// English entity tagger does not run: a surname ("Doucet a déclaré", "Laut Schäfer") names the
// person introduced earlier with the full name, and a singular pronoun ("sagte sie",
// "a-t-il ajouté") the person named just before it whose gender agrees. Only what the text
// makes sure of counts: a full name is one set off by commas (", Grégory Doucet,"), after a
// role ("Oberbürgermeisterin Sabine Schäfer"), after a given name that tells a gender, or
// given by a quote's own attribution; a pronoun reaches back to the paragraph before at most.

/** A person named in the text: the full name and where it (or its surname) stands. */
interface Mention {
  name: string;
  start: number;
  end: number;
  /** The gender a given name or the role before the name tells. */
  gender: 'm' | 'f' | null;
  /** The role the text gives the person with the name ("ministre" of "Jean Dupont, ministre de …"), if any. */
  role?: string | null;
  /** Whether a given name alone names the person here (each such word is read on its own, never as a surname). */
  lone?: boolean;
}

/** How many mentions before a pronoun are weighed as its antecedent. */
const LOOK_BACK = 8;

/** The longest full name read, in words. */
const NAME_WORDS = 3;

const isNameWord = (token: Token | undefined, locale: Locale): token is Token =>
  token?.kind === 'word' && token.cap && token.text.length > 1 && !/\d/.test(token.text) && !locale.determiners.has(token.lower) && roleIn(locale, token.text) === null && !locale.stopwords.has(token.lower) && !locale.pronouns.has(token.lower) && !locale.cues.has(token.lower) && !locale.sourceBefore.has(token.lower) && !locale.fillers.has(token.lower) && !locale.stops.has(token.lower);

/**
 * The full names the text gives, in order: two or three name words after a comma and closed
 * by a comma or the sentence's end (", Markus Brenner,"), after a role ("Bürgermeisterin Anna
 * Weber"), or opened by a given name that tells a gender ("Grégory Doucet").
 */
function fullNames(tokens: readonly Token[], locale: Locale): Mention[] {
  const names: Mention[] = [];
  // The full name each given name opened so far: a lone given name later is that person.
  const fullByGiven = new Map<string, Mention>();
  for (let index = 0; index < tokens.length; index++) {
    if (!isNameWord(tokens[index], locale)) continue;
    if (!isNameWord(tokens[index + 1], locale) || tokens[index + 1]!.start !== tokens[index]!.end + 1) {
      const lone = loneGivenName(tokens, index, locale, fullByGiven);
      if (lone) names.push(lone);
      continue;
    }
    let last = index + 1;
    while (last + 1 < tokens.length && last - index + 1 < NAME_WORDS && isNameWord(tokens[last + 1], locale) && tokens[last + 1]!.start === tokens[last]!.end + 1) last++;
    if (tokens[index + 1]!.start !== tokens[index]!.end + 1) continue;
    // (The text's first words have nothing before them: only a given name tells there.)
    const before = tokens[index - 1];
    const after = tokens[last + 1];
    const closed = after === undefined || after.text === ',' || '.!?'.includes(after.text);
    const first = foldDiacritics(tokens[index]!.lower);
    const given = nameGender(first);
    const role = before?.kind === 'word' ? roleIn(locale, before.text) : null;
    if (before?.text === ',' && closed || role !== null || isGivenName(first)) {
      const gender = given ?? (role === null ? null : roleGender(locale, role));
      const mention = { name: tokens.slice(index, last + 1).map((token) => token.text).join(' '), start: tokens[index]!.start, end: tokens[last]!.end, gender, role };
      names.push(mention);
      if (!fullByGiven.has(tokens[index]!.text)) fullByGiven.set(tokens[index]!.text, mention);
      index = last;
    }
  }
  return names;
}

/**
 * A person named by a given name alone, which tells the gender ("Gruppenleiter Markus
 * klopft an", "findet Jonas"): the nearest person a pronoun after it may name, so that "sagt
 * er" goes back to him and not past him to a name further back. Named by the full name that
 * opened with it earlier, if any. Null for any other word, or one that ends a name ("Anna Weber").
 */
function loneGivenName(tokens: readonly Token[], index: number, locale: Locale, fullByGiven: ReadonlyMap<string, Mention>): Mention | null {
  const token = tokens[index]!;
  const before = tokens[index - 1];
  if (isNameWord(before, locale) && before.end + 1 === token.start) return null;
  const gender = nameGender(foldDiacritics(token.lower));
  if (gender === null || inRelativeClause(tokens, index, locale)) return null;
  const full = fullByGiven.get(token.text);
  return { name: full?.name ?? token.text, start: token.start, end: token.end, gender: full?.gender ?? gender, role: full?.role ?? null, lone: true };
}

/** How far back a word's clause is read for the relative pronoun that may open it. */
const CLAUSE_TOKENS = 12;

/**
 * Whether token `index` stands in a relative clause: a comma, then a relative pronoun, then
 * words up to it ("findet Jonas zu dem Auftritt, den Markus zeigte": Markus is no
 * subject of the story's sentence, and a pronoun after it goes back past him).
 */
function inRelativeClause(tokens: readonly Token[], index: number, locale: Locale): boolean {
  for (let cursor = index - 1; cursor > 0 && index - cursor <= CLAUSE_TOKENS; cursor--) {
    const token = tokens[cursor]!;
    if (token.kind === 'word') continue;
    return token.text === ',' && locale.relatives?.has(tokens[cursor + 1]!.lower) === true && cursor + 1 < index;
  }
  return false;
}

/**
 * Every mention of a person in text order: the full names, and later each lone surname of a
 * full name given before it ("Schäfer kündigte an" after "Sabine Schäfer").
 */
function personMentions(tokens: readonly Token[], people: readonly Mention[]): Mention[] {
  const surnames = new Map<string, Mention>();
  const mentions: Mention[] = [];
  let next = 0;
  for (const token of tokens) {
    while (next < people.length && people[next]!.start <= token.start) {
      const person = people[next]!;
      mentions.push(person);
      if (person.lone !== true) surnames.set(person.name.slice(person.name.lastIndexOf(' ') + 1), person);
      next++;
    }
    if (token.kind !== 'word' || !token.cap) continue;
    const person = surnames.get(token.text);
    const inside = mentions.length > 0 && mentions[mentions.length - 1]!.end >= token.end;
    if (person && !inside) mentions.push({ name: person.name, start: token.start, end: token.end, gender: person.gender, role: person.role ?? null });
  }
  return mentions;
}

/** Where each line that holds more than white space starts, in order. */
function lineStarts(text: string): number[] {
  const starts: number[] = [];
  let lineStart = 0;
  let blank = true;
  for (let index = 0; index <= text.length; index++) {
    const char = index < text.length ? text[index]! : '\n';
    if (char === '\n') {
      if (!blank) starts.push(lineStart);
      lineStart = index + 1;
      blank = true;
    } else if (blank && !/\s/.test(char)) blank = false;
  }
  return starts;
}

/**
 * Names the speakers of quotes read by a locale's rules: a lone surname or a title and a
 * surname ("Doucet", "Mme Morel") by the full name given earlier, a singular pronoun by the
 * person named last before it, in the same or the previous paragraph and outside every quote,
 * when no given name or title tells another gender. A speaker left unresolved keeps its words.
 *
 * @example
 * // „…“, sagte sie. after „Die Leiterin, Petra Lange, …“ names Petra Lange.
 */
export function nameLocaleSpeakers(text: string, quotes: readonly Quote[], locale: Locale, analysis: TextAnalysis, marked: readonly Span[] = []): Quote[] {
  const people = fullNames(analysis.tokens, locale);
  // A quote's own attribution gives a full name too: "Selon Pascal Blache, …".
  for (const quote of quotes) {
    const speaker = quote.speaker;
    if (!(speaker?.named && speaker.name.includes(' '))) continue;
    // "Vorstandschefin Claudia Reinhardt": the role describing the speaker tells the gender too.
    // (The role is the description's first role word: "ministre" of "ministre de la Culture".)
    const role = speaker.description ? descriptionRole(speaker.description, locale) : null;
    const gender = nameGender(foldDiacritics(speaker.name.toLowerCase())) ?? (role === null ? null : roleGender(locale, role));
    people.push({ name: speaker.name, start: speaker.mention.start, end: speaker.mention.end, gender, role });
  }
  people.sort((a, b) => a.start - b.start);
  const mentions = outsideQuotes(personMentions(analysis.tokens, people), quotes, marked);
  // Read in the order of the speakers' words, each pointer moving forward only (linear time).
  const order = Array.from(quotes.keys()).filter((index) => quotes[index]!.speaker !== null);
  order.sort((a, b) => quotes[a]!.speaker!.mention.start - quotes[b]!.speaker!.mention.start);
  const result = [...quotes];
  const fullBySurname = new Map<string, string>();
  const lines = lineStarts(text);
  let line = 0;
  let nextPerson = 0;
  let nextMention = 0;
  for (const index of order) {
    const quote = quotes[index]!;
    const speaker = quote.speaker!;
    const at = speaker.mention.start;
    while (line + 1 < lines.length && lines[line + 1]! <= at) line++;
    // A pronoun reaches back to the paragraph before its own at most.
    const floor = line > 0 ? lines[line - 1]! : 0;
    for (; nextPerson < people.length && people[nextPerson]!.start < at; nextPerson++) {
      const name = people[nextPerson]!.name;
      fullBySurname.set(name.slice(name.lastIndexOf(' ') + 1), name);
      // A compound surname, with its particles, is named whole later: "García de la Torre" of
      // "Luis García de la Torre".
      const compound = /^\S+ (\p{Lu}\S* (?:\p{Ll}+ )+\p{Lu}.*)$/u.exec(name);
      if (compound) fullBySurname.set(compound[1]!, name);
    }
    while (nextMention < mentions.length && mentions[nextMention]!.start < at) nextMention++;
    if (speaker.named && fullBySurname.has(speaker.name)) {
      const full = fullBySurname.get(speaker.name);
      if (full) result[index] = { ...quote, speaker: { ...speaker, name: full } };
      continue;
    }
    // "der zuversichtliche Lindqvist": an article and adjectives before a surname given earlier name that person.
    const described = speaker.named ? null : describedSurname(speaker.mention.text, locale);
    if (described !== null && fullBySurname.has(described)) {
      result[index] = { ...quote, speaker: { ...speaker, name: fullBySurname.get(described)!, named: true } };
      continue;
    }
    const pronoun = locale.pronounGenders[speaker.mention.text.toLowerCase()] ?? possessiveGender(speaker.mention.text, locale);
    // "Le ministre a expliqué" after "Mokhtar Ould Dahi, ministre de la Culture, a déclaré": a
    // role after a definite article names the person the text gave that role last, whatever
    // the role's gender ("ministre" is both).
    const definite = pronoun || speaker.named ? null : definiteRole(speaker.mention.text, locale);
    // (A role is no pronoun: it reaches past the paragraph before, as far as the mentions weighed.)
    const holder = definite === null ? null : holderOf(mentions, nextMention, definite.role);
    if (holder) {
      result[index] = { ...quote, speaker: { ...speaker, name: holder.name, named: true } };
      continue;
    }
    // "sagte die SPD-Politikerin": a role after a definite article stands for the person of its
    // gender named last, as a pronoun does, but only one whose gender is known to agree. (An
    // article whose gender the role does not share, as a plural's "die Politiker", names no one.)
    const role = definite !== null && roleGender(locale, definite.role) === definite.article ? definite.article : null;
    const gender = pronoun ?? role;
    const antecedent = gender && !speaker.named ? antecedentOf(mentions, nextMention, floor, gender, role !== null) : null;
    if (antecedent) result[index] = { ...quote, speaker: { ...speaker, name: antecedent.name, named: true } };
  }
  return result;
}

/**
 * The person a pronoun of `gender` names, from the mentions before index `next` that stand at
 * `floor` or after: the last one whose gender agrees; one whose gender nothing tells only when
 * no other person of agreeing or untold gender stands in that stretch (else it is unsure).
 */
function antecedentOf(mentions: readonly Mention[], next: number, floor: number, gender: 'm' | 'f', knownOnly = false): Mention | null {
  let unsure: Mention | null = null;
  for (let index = next - 1; index >= 0 && next - index <= LOOK_BACK && mentions[index]!.start >= floor; index--) {
    const mention = mentions[index]!;
    if (mention.gender !== null && mention.gender !== gender || knownOnly && mention.gender === null) continue;
    if (unsure === null) {
      if (mention.gender === gender) return mention;
      unsure = mention;
    } else if (mention.name !== unsure.name) return null;
  }
  return unsure;
}

/** The gender of a possessive and one noun ("Ihren Angaben", "seinen Worten"), or undefined. */
function possessiveGender(phrase: string, locale: Locale): 'm' | 'f' | undefined {
  const space = phrase.indexOf(' ');
  if (space < 0 || phrase.indexOf(' ', space + 1) >= 0) return undefined;
  return locale.possessiveGenders?.[phrase.slice(0, space).toLowerCase()];
}

/**
 * The last word of a phrase of an article, lower-case adjectives and a capitalised word ("der
 * zuversichtliche Lindqvist", "la veterana Ruiz"), which may be a surname given earlier; or null.
 */
function describedSurname(phrase: string, locale: Locale): string | null {
  const words = phrase.trim().split(/\s+/);
  const last = words[words.length - 1]!;
  if (words.length < 3 || !locale.determiners.has(words[0]!.toLowerCase()) || !/^\p{Lu}/u.test(last)) return null;
  return words.slice(1, -1).every((word) => /^\p{Ll}+$/u.test(word)) ? last : null;
}

/** The first role word of a description ("ministre" of "ancienne ministre de la Santé"), or null. */
function descriptionRole(description: string, locale: Locale): string | null {
  for (const word of description.split(' ').slice(0, 3)) {
    const role = roleIn(locale, word);
    if (role !== null) return role;
  }
  return null;
}

/**
 * The role word of a speaker phrase of a definite article and a role ("le ministre", "die neue
 * Ministerin", "la nueva ministra") and the gender the article tells; null for anything else (a
 * name, an indefinite "eine Sprecherin").
 */
function definiteRole(phrase: string, locale: Locale): { role: string; article: 'm' | 'f' } | null {
  const words = phrase.trim().split(/\s+/);
  const article = locale.definiteArticles[words[0]!.toLowerCase()];
  if (article === undefined || words.length < 2 || words.length > 3) return null;
  // (Between them only a lower-case adjective: "die neue Ministerin".)
  if (words.length === 3 && !/^\p{Ll}/u.test(words[1]!)) return null;
  const role = roleIn(locale, words[words.length - 1]!);
  return role === null ? null : { role, article };
}

/** The person last given `role` among the `LOOK_BACK` mentions before index `next`, or null. */
function holderOf(mentions: readonly Mention[], next: number, role: string): Mention | null {
  for (let index = next - 1; index >= 0 && next - index <= LOOK_BACK; index--) {
    if (mentions[index]!.role === role) return mentions[index]!;
  }
  return null;
}

/**
 * The mentions that stand outside every direct quote and every pair of quotation marks (a name
 * inside a quote, or a title in marks such as a game's, is never a speaker's antecedent).
 */
function outsideQuotes(mentions: readonly Mention[], quotes: readonly Quote[], marked: readonly Span[]): Mention[] {
  // (Pairs never overlap one another, and a quote in marks lies inside its pair: sorted by
  // their starts, the spans are nested or apart, as the one pointer below needs.)
  const quoted: Span[] = [...marked, ...quotes.filter((quote) => quote.kind !== 'indirect')].sort((a, b) => a.start - b.start || b.end - a.end);
  const kept: Mention[] = [];
  let cursor = 0;
  for (const mention of mentions) {
    while (cursor < quoted.length && quoted[cursor]!.end < mention.end) cursor++;
    const inside = cursor < quoted.length && quoted[cursor]!.start <= mention.start;
    if (!inside) kept.push(mention);
  }
  return kept;
}
