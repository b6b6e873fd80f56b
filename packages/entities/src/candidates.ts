import { OTHER_ABBREVIATIONS } from '@newsparse/core';
import { type Gazetteer, isPlaceKind, lookupKey } from './lexicon.js';
import type { Token } from './tokenize.js';

/** A span that may name an entity, before it is classified. */
export interface Candidate {
  start: number;
  end: number;
  /** the words of the span (surface forms) */
  words: string[];
  /** index of the first and last token the span covers */
  first: number;
  last: number;
  /** a person's title stood right before it ("President", "Mr") */
  title: string | null;
  /** the first word starts a sentence */
  sentStart: boolean;
  /** found by the all-caps pass (headline, dateline) */
  caps: boolean;
  /** an ordinary-looking sentence-initial word: a name only if the rest of the text says so */
  weak?: boolean;
}

/** A capitalised name word: "Boluarte", "El-Hassan", "O'Neil", "McDonald". */
export const PLAIN_NAME = /^(?:Mc|Mac|O['\u2019]|D['\u2019])?\p{Lu}[\p{Ll}\p{M}]+(?:[-'\u2019]\p{Lu}?[\p{Ll}\p{M}]+)*$/u;
/** An initial: "L" or "L." in "L. Ron Hubbard". */
export const INITIAL = /^(?:\p{Lu}|(?:\p{Lu}\.){1,3})$/u;
/** Capitalised words that are never names on their own: months, weekdays, the pronoun I. */
const NOT_NAMES = new Set(
  ('i jan feb mar apr jun jul aug sep sept oct nov dec january february march april may june july august september ' +
    'october november december mon tue tues wed thu thur thurs fri sat sun monday tuesday wednesday thursday friday ' +
    'saturday sunday am pm ok gmt utc est edt cst cdt pst pdt cet bst ist jst').split(' '),
);
const PARTICLES = new Set(['de', 'da', 'del', 'della', 'di', 'du', 'van', 'von', 'der', 'den', 'la', 'le', 'al', 'el', 'bin', 'bint', 'ibn', 'dos', 'das', 'do', 'y', 'zu', 'ter', 'ten', 'abu']);
const POSSESSIVE_HEADS = new Set(['people', 'women', 'children', 'men', 'workers', 'st', 'saint', 'mcdonald', 'world']);
const CORPORATE_ABBREVIATIONS = new Set(['inc', 'corp', 'co', 'ltd', 'jr', 'sr', 'bros', 'plc', 'st', 'mt', 'ft']);
/** Title words that qualify another title rather than head it ("Foreign" in "Foreign Minister"). */
const TITLE_MODIFIERS = new Set([
  'foreign', 'prime', 'vice', 'deputy', 'acting', 'former', 'defence', 'defense', 'finance', 'interior', 'trade', 'economy',
  'health', 'education', 'labour', 'labor', 'agriculture', 'energy', 'environment', 'transport', 'culture', 'home', 'state',
  'national', 'security', 'first', 'senior', 'junior', 'assistant', 'associate', 'executive', 'crown', 'late', 'head',
  'chief', 'the', 'united', 'federal', 'supreme', 'high', 'grand', 'royal',
]);
/** compromise parts of speech that a capitalised sentence-initial word is unlikely to be a name with. */
const COMMON_POS = new Set([
  'Determiner', 'Preposition', 'Conjunction', 'Pronoun', 'Adverb', 'PastTense', 'PresentTense', 'Infinitive', 'Gerund',
  'Modal', 'Copula', 'QuestionWord', 'Adjective', 'Comparative', 'Superlative', 'Plural', 'Singular', 'Uncountable',
  'Cardinal', 'TextValue', 'Ordinal', 'Expression', 'Possessive', 'Reflexive', 'Participle', 'Negative', 'Condition',
  'Actor', 'Verb', 'Imperative', 'Duration', 'Unit', 'Date', 'Month', 'WeekDay',
]);

/** Endings of ordinary English words (adverbs, abstract nouns) that names rarely have. */
const COMMON_SUFFIX = /^\p{L}{3,}(?:ly|ness|ment|ments|tion|tions|sion|ities|ity|ized|ised|izing|ising)$/u;

export interface DocumentFacts {
  /** lower-case words that occur in lower case in this text */
  lowerWords: Set<string>;
  /** lower-cased words that this text capitalises inside a sentence (name evidence) */
  capitalisedInside: Set<string>;
}

/** Collects the words that the text writes in lower case (a capitalised one is then no name). */
export function documentFacts(tokens: readonly Token[]): DocumentFacts {
  const lowerWords = new Set<string>();
  const capitalisedInside = new Set<string>();
  for (const token of tokens) {
    if (!token.word) continue;
    if (!token.cap && !token.upper && token.text === token.lower) lowerWords.add(token.lower);
    else if (token.nameLike && !token.sentStart) capitalisedInside.add(token.lower);
  }
  return { lowerWords, capitalisedInside };
}

/** Whether a capitalised word is more likely an ordinary word than a name. */
export function isCommonWord(token: Token, gaz: Gazetteer, facts: DocumentFacts): boolean {
  const lower = token.lower;
  if (token.upper && token.text.length > 1) return false;
  if (gaz.firstNames.has(lower) || gaz.lastNames.has(lower)) return false;
  const kinds = gaz.phrases.get(token.key);
  if (kinds && !kinds.includes('demonym')) return false;
  const tag = gaz.pos.get(lower);
  if (tag !== undefined && COMMON_POS.has(tag)) return true;
  return gaz.common.has(lower) || facts.lowerWords.has(lower) || COMMON_SUFFIX.test(lower);
}

/** Whether a lower-case word is an ordinary English word (training-corpus list or compromise's part of speech). */
export function isCommonLower(gaz: Gazetteer, lower: string): boolean {
  if (gaz.common.has(lower)) return true;
  const tag = gaz.pos.get(lower);
  return tag !== undefined && COMMON_POS.has(tag);
}

/** "Calif." and the other AP state abbreviations keep their period, as "Inc." does. */
function keepsPeriod(token: Token, gaz: Gazetteer): boolean {
  return token.cap && token.text.length >= 3 && OTHER_ABBREVIATIONS.has(token.lower) && gaz.phrases.get(token.key)?.includes('region') === true;
}

const isHead = (gaz: Gazetteer, lower: string): boolean => gaz.orgHeads.has(lower) || gaz.placeHeads.has(lower) || gaz.orgFirstHeads.has(lower);

/**
 * Finds the candidate name spans of mixed-case text: runs of capitalised words joined by name
 * connectors ("Bank of England", "Lula da Silva", "AT&T"), with titles and sentence-initial
 * ordinary words taken off, and runs of back-to-back known names split.
 */
export function findCandidates(text: string, tokens: readonly Token[], gaz: Gazetteer, facts: DocumentFacts): Candidate[] {
  const candidates: Candidate[] = [];
  const n = tokens.length;
  let index = 0;
  while (index < n) {
    const token = tokens[index]!;
    if (!token.nameLike) {
      index++;
      continue;
    }
    // Grow the run.
    const run: number[] = [index];
    let sawOf = false;
    let sawFor = false;
    let j = index;
    for (;;) {
      const next = tokens[j + 1];
      if (!next || next.newline) break;
      const after = tokens[j + 2];
      const current = tokens[j]!;
      if (next.nameLike) {
        run.push(j + 1);
        j += 1;
        continue;
      }
      if (next.text === '.' && next.start === current.end && current.word) {
        const initial = /^\p{Lu}$/u.test(current.text);
        const abbreviation = CORPORATE_ABBREVIATIONS.has(current.lower) || (initial && run.length >= 1);
        if (abbreviation && after && after.nameLike && !after.newline && (initial || current.lower === 'st' || current.lower === 'mt' || current.lower === 'ft' || current.lower === 'jr')) {
          run.push(j + 1, j + 2);
          j += 2;
          continue;
        }
        if ((CORPORATE_ABBREVIATIONS.has(current.lower) && run.length > 1) || keepsPeriod(current, gaz)) run.push(j + 1);
        break;
      }
      const word = next.lower;
      const theThen = after !== undefined && after.text === 'the' && (word === 'of' || word === 'for') && tokens[j + 3]?.nameLike === true && !tokens[j + 3]!.newline;
      if (!after || (!after.nameLike && !theThen) || after.newline) break;
      if (next.text === '&') {
        run.push(j + 1, j + 2);
        j += 2;
        continue;
      }
      if (PARTICLES.has(word) && next.text === word && run.length >= 1) {
        run.push(j + 1, j + 2);
        j += 2;
        continue;
      }
      if (next.text === "'s" || next.text === '\u2019s') {
        // "People's Daily"; "Moody's Investors Service" (an unknown name before a company head).
        let k = j + 2;
        while (k < j + 5 && tokens[k + 1]?.nameLike && !tokens[k + 1]!.newline) k++;
        const companyAfter = run.length === 1 && !gaz.phrases.has(current.key) && !gaz.firstNames.has(current.lower) && gaz.orgHeads.has(tokens[k]!.lower) && (k > j + 2 || CORPORATE_ABBREVIATIONS.has(tokens[k]!.lower));
        if (POSSESSIVE_HEADS.has(current.lower) || companyAfter) {
          run.push(j + 1, j + 2);
          j += 2;
          continue;
        }
      }
      const runHasOrgHead = sawFor || run.some((position) => gaz.orgHeads.has(tokens[position]!.lower) && !gaz.titles.has(tokens[position]!.lower));
      if (word === 'of' && next.text === 'of' && (gaz.orgFirstHeads.has(current.lower) || gaz.orgHeads.has(current.lower) || gaz.placeHeads.has(current.lower) || /^(?:republic|kingdom|isle|gulf|sea|bay|strait|cape|duke|prince|princess|city|state|states|lake|mount)$/.test(current.lower) || runHasOrgHead) && !gaz.titles.has(current.lower)) {
        sawOf = true;
        j = joinConnector(tokens, run, j);
        continue;
      }
      if (word === 'for' && next.text === 'for' && (gaz.orgHeads.has(current.lower) || gaz.orgFirstHeads.has(current.lower))) {
        sawFor = true;
        j = joinConnector(tokens, run, j);
        continue;
      }
      if (word === 'and' && next.text === 'and') {
        // "Ministry of Trade and Industry", "Belt and Road Initiative", "Bosnia and Herzegovina".
        let k = j + 2;
        while (k < j + 6 && tokens[k + 1]?.nameLike && !tokens[k + 1]!.newline) k++;
        const afterWords = tokens.slice(j + 2, k + 1);
        const lastAfter = afterWords[afterWords.length - 1]!;
        const runHasHead = gaz.orgHeads.has(current.lower) && !current.lower.endsWith('s');
        const phrase = `${run.map((position) => tokens[position]!.key).join(' ')} and ${afterWords.map((item) => item.key).join(' ')}`;
        const known = gaz.phrases.has(phrase) || gaz.phrases.has(`${current.key} and ${after.key}`);
        const ofList = sawOf && afterWords.length === 1 && facts.lowerWords.has(after.lower) === false && gaz.common.has(after.lower);
        const headAfter = !runHasHead && run.length <= 2 && gaz.orgHeads.has(lastAfter.lower) && afterWords.length <= 3;
        if (known || ofList || headAfter) {
          for (let position = j + 1; position <= k; position++) run.push(position);
          j = k;
          continue;
        }
      }
      break;
    }
    index = j + 1;
    splitRun(text, tokens, run, gaz, facts, candidates);
  }
  return candidates;
}

/** Turns one run of tokens into candidates: titles off, sentence-initial words off, known names split. */
function splitRun(text: string, tokens: readonly Token[], run: number[], gaz: Gazetteer, facts: DocumentFacts, out: Candidate[]): void {
  let positions = run;
  // A leading "The".
  let skip = 0;
  while (skip < positions.length && /^(?:the|a|an)$/.test(tokens[positions[skip]!]!.lower) && !(skip === 0 && positions.length <= 4 && gaz.phrases.has(positions.map((position) => tokens[position]!.key).join(' ')))) skip++;
  if (skip > 0) positions = positions.slice(skip);
  if (positions.length === 0) return;
  // A sentence-initial ordinary word ("During", "Experts", "Company").
  const first = tokens[positions[0]!]!;
  if (first.sentStart && !gaz.titles.has(first.lower) && isCommonWord(first, gaz, facts)) {
    const second = positions[1] === undefined ? undefined : tokens[positions[1]]!;
    const keepsOf = second !== undefined && second.lower === 'of' && (gaz.orgFirstHeads.has(first.lower) || gaz.placeHeads.has(first.lower));
    const knownPrefix = second !== undefined && gaz.phrases.has(`${first.key} ${second.key}`);
    const headed = second !== undefined && isHead(gaz, tokens[positions[positions.length - 1]!]!.lower) && !gaz.demonyms.has(first.key);
    if (!keepsOf && !knownPrefix && !headed) {
      out.push({ start: first.start, end: first.end, words: [first.text], first: positions[0]!, last: positions[0]!, title: null, sentStart: true, caps: false, weak: true });
      let from = 1;
      while (from < positions.length && !tokens[positions[from]!]!.nameLike) from++;
      positions = positions.slice(from);
      if (positions.length === 0) return;
    }
  }
  // Titles: "[Peruvian] [Foreign] Minister Javier González-Olaechea Franco".
  let title: string | null = null;
  let lastTitle = -1;
  for (let k = 0; k < positions.length - 1; k++) {
    const token = tokens[positions[k]!]!;
    if (token.text === '.') continue;
    const lower = token.lower;
    if (gaz.titles.has(lower) || (token.text.includes('-') && lower.split('-').every((part) => gaz.titles.has(part)))) {
      if (!TITLE_MODIFIERS.has(lower) || lower === 'chief') lastTitle = k;
      continue;
    }
    const kinds = gaz.phrases.get(token.key);
    if (kinds && (isPlaceKind(kinds) || kinds.includes('demonym') || kinds.includes('org') || kinds.includes('agency'))) continue;
    if (token.upper && token.text.length <= 5) continue;
    break;
  }
  let loose = false;
  if (lastTitle < 0) {
    // "Emeritus Professor John Burrows", "Shadow Home Secretary Yvette Cooper": a head title
    // further in, followed by nothing but a plain name.
    for (let k = positions.length - 2; k >= 0; k--) {
      const lower = tokens[positions[k]!]!.lower;
      if (!(gaz.titles.has(lower) || gaz.roles.has(lower)) || TITLE_MODIFIERS.has(lower) || gaz.orgHeads.has(lower)) continue;
      const rest = positions.slice(k + 1).map((position) => tokens[position]!);
      if (rest.every((token) => PLAIN_NAME.test(token.text) || INITIAL.test(token.text) || token.text === '.') && rest.some((token) => token.word && !isCommonWord(token, gaz, facts))) {
        lastTitle = k;
        loose = true;
      }
      break;
    }
  }
  if (lastTitle >= 0) {
    let restStart = lastTitle + 1;
    while (restStart < positions.length && tokens[positions[restStart]!]!.text === '.') restStart++;
    const rest = positions.slice(restStart);
    const restHead = rest.some((position) => isHead(gaz, tokens[position]!.lower)) || rest.some((position) => tokens[position]!.lower === 'of');
    if (rest.length > 0 && !restHead) {
      // Emit the leading qualifiers ("Peruvian", "US") on their own.
      let group: number[] = [];
      for (let k = 0; k <= lastTitle; k++) {
        const token = tokens[positions[k]!]!;
        if (gaz.titles.has(token.lower) || gaz.roles.has(token.lower) || token.text === '.') {
          if (group.length > 0) emit(text, tokens, group, null, gaz, facts, out);
          group = [];
        } else if (!loose || gaz.phrases.has(token.key) || (token.upper && token.text.length <= 5)) group.push(positions[k]!);
      }
      if (group.length > 0) emit(text, tokens, group, null, gaz, facts, out);
      title = tokens[positions[lastTitle]!]!.lower;
      positions = rest;
    }
  }
  if (positions.length === 1 || title === null) {
    // A run that is nothing but a title ("President") names no one.
    if (positions.every((position) => gaz.titles.has(tokens[position]!.lower) || tokens[position]!.text === '.') && !gaz.phrases.has(tokens[positions[0]!]!.key)) return;
  }
  // A title after an organisation: "State Department Spokesperson", "NASA Administrator".
  while (positions.length >= 2) {
    const last = tokens[positions[positions.length - 1]!]!;
    const before = tokens[positions[positions.length - 2]!]!;
    const headTitle = gaz.titles.has(last.lower) && !TITLE_MODIFIERS.has(last.lower) && !gaz.orgHeads.has(last.lower);
    if (!headTitle || !(gaz.orgHeads.has(before.lower) || gaz.phrases.has(before.key) || (before.upper && before.text.length <= 5))) break;
    positions = positions.slice(0, -1);
  }
  splitKnown(text, tokens, positions, title, gaz, facts, out);
}

/** Splits "APEC Peru", "China Peru" and "Peru Photo" at the edges of known names. */
function splitKnown(text: string, tokens: readonly Token[], positions: number[], title: string | null, gaz: Gazetteer, facts: DocumentFacts, out: Candidate[]): void {
  const lastLower = tokens[positions[positions.length - 1]!]!.lower;
  const whole = positions.map((position) => tokens[position]!.key).join(' ');
  if (positions.length < 2 || gaz.phrases.has(whole) || isHead(gaz, lastLower) || gaz.eventHeads.has(lastLower) || positions.some((position) => !tokens[position]!.word)) {
    emit(text, tokens, positions, title, gaz, facts, out);
    return;
  }
  // "... Islamic Relations Alia Salem": a first name after an ordinary word starts a new name.
  for (let k = 1; k < positions.length - 1; k++) {
    const token = tokens[positions[k]!]!;
    const before = tokens[positions[k - 1]!]!;
    if (!gaz.firstNames.has(token.lower) || !before.word || !isCommonWord(before, gaz, facts) || gaz.titles.has(before.lower)) continue;
    const rest = positions.slice(k).map((position) => tokens[position]!);
    if (!rest.every((item) => PLAIN_NAME.test(item.text) || INITIAL.test(item.text) || item.text === '.') || rest.some((item) => isHead(gaz, item.lower))) continue;
    splitKnown(text, tokens, positions.slice(0, k), title, gaz, facts, out);
    emit(text, tokens, positions.slice(k), null, gaz, facts, out);
    return;
  }
  // Greedy longest known phrases from the left.
  const pieces: Array<{ positions: number[]; known: boolean }> = [];
  let k = 0;
  while (k < positions.length) {
    let matched = 0;
    for (let length = Math.min(gaz.maxWords, positions.length - k); length >= 1; length--) {
      const key = positions.slice(k, k + length).map((position) => tokens[position]!.key).join(' ');
      const kinds = gaz.phrases.get(key);
      if (kinds && kinds.some((kind) => kind !== 'person' && kind !== 'team')) {
        matched = length;
        break;
      }
    }
    if (matched > 0) {
      pieces.push({ positions: positions.slice(k, k + matched), known: true });
      k += matched;
    } else {
      const previous = pieces[pieces.length - 1];
      if (previous && !previous.known) previous.positions.push(positions[k]!);
      else pieces.push({ positions: [positions[k]!], known: false });
      k++;
    }
  }
  const knownCount = pieces.filter((piece) => piece.known).length;
  const unknownCommon = pieces.every((piece) => piece.known || (piece.positions.length === 1 && tokens[piece.positions[0]!]!.word && !isHead(gaz, tokens[piece.positions[0]!]!.lower) && isCommonWord(tokens[piece.positions[0]!]!, gaz, facts)));
  // "NASA Bill Ingalls": a known name, then a person's first name.
  const thenPerson = pieces.length === 2 && pieces[0]!.known && !pieces[1]!.known && pieces[1]!.positions.length >= 2 && gaz.firstNames.has(tokens[pieces[1]!.positions[0]!]!.lower);
  if (pieces.length >= 2 && knownCount >= 1 && (unknownCommon || thenPerson) && (knownCount === pieces.length || pieces[0]!.known)) {
    for (const [order, piece] of pieces.entries()) emit(text, tokens, piece.positions, order === 0 ? title : null, gaz, facts, out);
    return;
  }
  emit(text, tokens, positions, title, gaz, facts, out);
}

function emit(text: string, tokens: readonly Token[], positions: number[], title: string | null, gaz: Gazetteer, _facts: DocumentFacts, out: Candidate[]): void {
  // Trim connectors and stray periods at the edges.
  let from = 0;
  let to = positions.length - 1;
  // Months and weekdays at the edges: "Payable March", "Monday Reuters".
  while (from < to && NOT_NAMES.has(tokens[positions[from]!]!.key)) from++;
  while (to > from && NOT_NAMES.has(tokens[positions[to]!]!.key)) to--;
  while (from <= to && !tokens[positions[from]!]!.nameLike) from++;
  while (to >= from && !tokens[positions[to]!]!.nameLike && !(tokens[positions[to]!]!.text === '.' && to > from && (CORPORATE_ABBREVIATIONS.has(tokens[positions[to - 1]!]!.lower) || keepsPeriod(tokens[positions[to - 1]!]!, gaz)))) to--;
  if (from > to) return;
  const chosen = positions.slice(from, to + 1);
  const firstToken = tokens[chosen[0]!]!;
  const lastToken = tokens[chosen[chosen.length - 1]!]!;
  if (chosen.length === 1 && (NOT_NAMES.has(firstToken.key) || CORPORATE_ABBREVIATIONS.has(firstToken.key))) return;
  // "China-Peru": two known places joined by a hyphen are two mentions.
  if (chosen.length === 1 && firstToken.text.includes('-')) {
    const parts = firstToken.text.split('-');
    if (parts.length >= 2 && !gaz.phrases.has(firstToken.key) && parts.every((part) => isPlaceKind(gaz.phrases.get(lookupKey(part))))) {
      let offset = firstToken.start;
      for (const part of parts) {
        out.push({ start: offset, end: offset + part.length, words: [part], first: chosen[0]!, last: chosen[0]!, title: null, sentStart: firstToken.sentStart, caps: false });
        offset += part.length + 1;
      }
      return;
    }
  }
  out.push({
    start: firstToken.start,
    end: lastToken.end,
    words: chosen.map((position) => tokens[position]!.text).filter((word) => word !== '.'),
    first: chosen[0]!,
    last: chosen[chosen.length - 1]!,
    title,
    sentStart: firstToken.sentStart,
    caps: false,
  });
  void text;
}

/**
 * Adds the connector after position `j` ("of", "for") and the name word after it, with a
 * "the" between them when one stands there ("Bank of the Philippines"); returns the new
 * position.
 */
function joinConnector(tokens: readonly Token[], run: number[], j: number): number {
  if (tokens[j + 2]?.text === 'the' && tokens[j + 3]?.nameLike) {
    run.push(j + 1, j + 2, j + 3);
    return j + 3;
  }
  run.push(j + 1, j + 2);
  return j + 2;
}
