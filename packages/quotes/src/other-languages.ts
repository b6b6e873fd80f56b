import { analyzeText, foldDiacritics, sentenceAt, type Span, type TextAnalysis } from '@newsparse/core';
import { isGivenName } from './locales/given-names.js';
import { span } from './span.js';
import { nameLocaleSpeakers } from './locale-speakers.js';
import { roleIn, type Locale } from './locales/locale.js';
import type { Token } from './tokens.js';
import type { Quote, QuoteSpeaker } from './types.js';

// Quote rules for a language other than English, from its locale's word lists: quotation
// marks paired the language's way („…“, »…«, « … »), a reporting verb with its speaker after
// or before the quote ("…“, sagte Müller.", "Le ministre a déclaré : « … »"), reported
// clauses ("dijo que …") and sources by preposition ("laut X", "selon X, …", "según X").
// Speakers are read from the words only (the entity tagger is English).

/** How far from a quote its attribution may stand. */
const WINDOW = 200;
/** The longest speaker phrase read, in words. */
const PHRASE_WORDS = 6;

/** Pairs quotation marks the locale's way; a paragraph break abandons an open mark. */
function pairMarks(text: string, locale: Locale): Span[] {
  const pairs: Span[] = [];
  let open = -1;
  let closers = '';
  for (let index = 0; index < text.length; index++) {
    const char = text[index]!;
    if (open >= 0) {
      if (closers.includes(char)) {
        pairs.push({ text: text.slice(open, index + 1), start: open, end: index + 1 });
        open = -1;
      } else if (char === '\n' && /^\s*\n/.test(text.slice(index + 1, index + 8))) open = -1;
      continue;
    }
    const close = locale.marks[char];
    const before = index > 0 ? text[index - 1]! : ' ';
    if (close !== undefined && /[\s([\u2014\u2013:-]/.test(before)) {
      open = index;
      closers = close;
    }
  }
  return pairs;
}

interface Found {
  speaker: Span | null;
  cue: Span;
  /** The role a name in apposition was given by: "su presidente" in "dijo su presidente, Antonio Garamendi". */
  role?: Span;
  /** Whether the attribution runs into the quote with no colon or comma ("Elle affirme « … »"). */
  bare?: boolean;
}

const isCue = (locale: Locale, token: Token | undefined): boolean => token !== undefined && token.kind === 'word' && locale.cues.has(token.lower);

/** Whether token `at` is a cue, or a verb that reports only before a complementizer with one right after it ("soutenu que"). */
const isCueBeforeThat = (locale: Locale, tokens: readonly Token[], at: number): boolean =>
  isCue(locale, tokens[at]) || locale.complementCues?.has(tokens[at]?.lower ?? '') === true && locale.complementizers.has(tokens[at + 1]?.lower ?? '');

/** A verb and its subject pronoun joined by hyphens: "glisse-t-il", "dit-elle" (the pronoun is the group). */
const INVERTED = /^\p{Ll}{2,}-(?:t-)?(?:il|elle|ils|elles|on)$/u;

/** Verbs that, inverted with a pronoun, ask or state rather than attribute: "est-il", "peut-on", "serait-il", "faut-il". */
const INVERTED_NON_CUES: ReadonlySet<string> = new Set(['est', 'sont', 'était', 'étaient', 'sera', 'seront', 'serait', 'seraient', 'fut', 'aura', 'aurait', 'auraient',
  'avait', 'avaient', 'peut', 'peuvent', 'pourrait', 'pourraient', 'doit', 'doivent', 'devrait', 'devraient', 'faut', 'faudrait', 'va', 'vont', 'fait', 'font', 'y']);

/** Whether `token` is a verb inverted with its pronoun where the locale reads any such verb as a cue (see `Locale.invertedCues`). */
const invertedCue = (locale: Locale, token: Token | undefined): boolean =>
  locale.invertedCues === true && token?.kind === 'word' && INVERTED.test(token.lower) && !INVERTED_NON_CUES.has(token.lower.slice(0, token.lower.indexOf('-')));

/** Whether `token` is a cue that reports only with its speaker right after it (German "so"): see `Locale.cuesBeforeSpeaker`. */
const onlyBeforeSpeaker = (locale: Locale, token: Token | undefined): boolean => locale.cuesBeforeSpeaker?.has(token?.lower ?? '') === true;

/** Whether a cue that reports only beside the impersonal pronoun (German "heißt", "hieß") stands at `index` without it: "Das heißt, …" is "that is". */
const impersonalAlone = (locale: Locale, tokens: readonly Token[], index: number): boolean => {
  const impersonal = locale.impersonalCues;
  return impersonal !== undefined && impersonal.cues.has(tokens[index]!.lower) && tokens[index - 1]?.lower !== impersonal.pronoun && tokens[index + 1]?.lower !== impersonal.pronoun;
};

/**
 * The source of a cue that reports only beside the impersonal pronoun, named by a preposition
 * of where the words came from (see `Locale.impersonalCues`): after the pronoun ("hieß es aus
 * dem Rathaus") or opening the sentence before the cue ("Aus dem Ministerium hieß es, …"); the
 * phrase without its preposition, or null.
 */
function impersonalSource(text: string, tokens: readonly Token[], index: number, locale: Locale): Span | null {
  const impersonal = locale.impersonalCues;
  if (impersonal?.from === undefined || !impersonal.cues.has(tokens[index]?.lower ?? '') || tokens[index + 1]?.lower !== impersonal.pronoun) return null;
  if (impersonal.from.has(tokens[index + 2]?.lower ?? '')) return phraseAfter(text, tokens, index + 3, locale, PARTICLES);
  if (index < 3 || index > PHRASE_WORDS + 1 || !impersonal.from.has(tokens[0]!.lower)) return null;
  for (let cursor = 1; cursor < index; cursor++) if (tokens[cursor]!.kind !== 'word') return null;
  return span(text, tokens[1]!.start, tokens[index - 1]!.end);
}

/** Whether a word may open a speaker's phrase right after a cue: a determiner, a role or a capitalised word. */
const opensSpeaker = (token: Token | undefined, locale: Locale): boolean =>
  token !== undefined && token.kind === 'word' && (token.cap || locale.determiners.has(token.lower) || locale.roles.has(token.lower));

/** The speaker phrase from token `from` on: a pronoun, or determiners and words up to a stop. */
function phraseAfter(text: string, tokens: readonly Token[], from: number, locale: Locale, particles: ReadonlySet<string>): Span | null {
  let index = from;
  for (;;) {
    while (index < tokens.length && tokens[index]!.kind === 'word' && locale.fillers.has(tokens[index]!.lower)) index++;
    // "a déclaré, dimanche, le ministre": fillers set off by commas (at most three words).
    if (tokens[index]?.text !== ',') break;
    let end = index + 1;
    while (end < tokens.length && end - index <= 3 && tokens[end]!.kind === 'word' && locale.fillers.has(tokens[end]!.lower)) end++;
    if (end === index + 1 || tokens[end]?.text !== ',') break;
    index = end + 1;
  }
  const first = tokens[index];
  if (!first || first.kind !== 'word') return null;
  if (locale.pronouns.has(first.lower)) return span(text, first.start, first.end);
  let last = index - 1;
  // Capitalised words of a name read so far (not roles): a particle after two of them ends the name.
  let nameWords = 0;
  // Whether a capitalised word (a noun or a name) has been read.
  let noun = false;
  // (Tokens beyond the words: the hyphen and conjunction of a cut compound.)
  let extra = 0;
  for (let cursor = index; cursor < tokens.length && cursor - index < PHRASE_WORDS + extra; cursor++) {
    const token = tokens[cursor]!;
    // "M. Doucet", "Sra. Díaz", "Dr. Weber": a title's period is no stop.
    if (token.kind === 'word' && tokens[cursor + 1]?.text === '.' && tokens[cursor + 1]!.start === token.end && locale.roles.has(`${token.lower}.`) && tokens[cursor + 2]?.kind === 'word' && tokens[cursor + 2]!.cap) {
      last = cursor + 1;
      cursor++;
      continue;
    }
    // "el ministro de Economía", "Ursula von der Leyen": a particle before a name goes on, but
    // not after a full name ("Anna Lindner von der Universität": there it opens a place).
    const joins = NAME_PARTICLES.has(token.lower) && tokens[cursor + 1]?.kind === 'word' && (tokens[cursor + 1]!.cap || NAME_PARTICLES.has(tokens[cursor + 1]!.lower)) && nameWords < 2;
    // "der Kommunikations- und Konfliktexperte Christian Wirth": a compound's first part cut at its
    // hyphen before "und" goes on with the second.
    if (token.text === '-' && token.start === tokens[cursor - 1]?.end && cursor > index && BODY_CONJUNCTIONS.has(tokens[cursor + 1]?.lower ?? '') && tokens[cursor + 2]?.cap === true) {
      last = ++cursor;
      extra = 2;
      continue;
    }
    if (token.kind === 'word' && token.cap && roleIn(locale, token.text) === null) nameWords++;
    else if (!NAME_PARTICLES.has(token.lower)) nameWords = 0;
    if (!joins && (token.kind !== 'word' || locale.stops.has(token.lower) || particles.has(token.lower) || isCue(locale, token) && cursor > index)) break;
    // (An adverb after the speaker ends it: "erklärte Berg weiter", "a déclaré le maire mardi".)
    if (cursor > index && (opensRecipient(tokens, cursor, locale) || locale.fillers.has(token.lower))) break;
    // (Where nouns are capitalised, a lower-case word after the noun ends the phrase unless it
    // opens a genitive or a name's particle: "die 43-Jährige darunter", "der 31-Jährige seit mehr".)
    if (locale.capitalisedNouns === true && noun && !joins && !token.cap && !(locale.determiners.has(token.lower) && tokens[cursor + 1]?.cap === true)) break;
    // (Nor a dative's article after the noun, which opens another phrase: "der VW-Boss seinem Redetext zufolge".)
    if (locale.capitalisedNouns === true && noun && locale.datives?.has(token.lower) === true && locale.sourceInClause?.genitiveArticles.has(token.lower) !== true) break;
    if (token.cap && !locale.determiners.has(token.lower) || /^\d+-\p{Lu}/u.test(token.text)) noun = true;
    last = cursor;
  }
  // (Nor a preposition left dangling: "berichtet Gunther Behring aus dem Kommissariat".)
  while (last >= index && (locale.determiners.has(tokens[last]!.lower) || locale.nounLinks.has(tokens[last]!.lower))) last--;
  return last >= index ? span(text, tokens[index]!.start, tokens[last]!.end) : null;
}

/** Whether the one spoken to opens at token `at`: "dem Sender", "der Deutschen Presse-Agentur" (see `Locale.recipients`). */
function opensRecipient(tokens: readonly Token[], at: number, locale: Locale): boolean {
  const recipients = locale.recipients;
  const lower = tokens[at]!.lower;
  if (recipients === undefined) return false;
  if (recipients.articles.has(lower) || recipients.pronouns?.has(lower) === true) return true;
  if (!recipients.beforeMedium.has(lower)) return false;
  for (let cursor = at + 1; cursor < tokens.length && cursor - at <= 4; cursor++) {
    const token = tokens[cursor]!;
    if (token.kind !== 'word') continue;
    if (recipients.mediaEndings.some((ending) => token.lower.endsWith(ending))) return true;
    if (!token.cap) return false;
  }
  return false;
}

/**
 * The last token of the one spoken to when it stands right after the cue, before the speaker:
 * German "sagte der Deutschen Presse-Agentur der Bürgermeister" (see `Locale.recipients`), French
 * and Spanish after a preposition: "a déclaré à l'AFP Jean Dupont", "a confié à France Bleu le
 * maire", "dijo a este diario el alcalde" (an elided article's word, a run of capitalised words,
 * or a determiner, a few lower-case words and a capitalised complement). -1 if none.
 */
function recipientEnd(tokens: readonly Token[], at: number, locale: Locale): number {
  const first = tokens[at];
  if (first?.kind !== 'word') return -1;
  const word = (cursor: number): Token | undefined => (tokens[cursor]?.kind === 'word' ? tokens[cursor] : undefined);
  // (A run of capitalised words, with the particles between them: "Radio Nacional de España".)
  const capitals = (from: number): number => {
    let last = from - 1;
    for (let cursor = from; word(cursor) && cursor - from < 4; cursor++) {
      if (word(cursor)!.cap) last = cursor;
      else if (!(NAME_PARTICLES.has(word(cursor)!.lower) && word(cursor + 1)?.cap === true)) break;
    }
    return last;
  };
  if (opensRecipient(tokens, at, locale)) {
    // ("sagte ihm der Minister": a pronoun is the one spoken to alone.)
    if (locale.recipients?.pronouns?.has(first.lower) === true) return at;
    const medium = capitals(at + 1);
    return medium > at ? medium : -1;
  }
  if (locale.capitalisedNouns === true || locale.objectPrepositions?.has(first.lower) !== true || !word(at + 1)) return -1;
  const next = word(at + 1)!;
  if (/^[ld]['’]\p{Lu}/u.test(next.text)) return at + 1;
  if (next.cap) return capitals(at + 1);
  if (!locale.determiners.has(next.lower) && locale.phraseOpeners?.has(next.lower) !== true) return -1;
  let last = at + 1;
  while (word(last + 1) && last - at <= 3 && !word(last + 1)!.cap && !locale.determiners.has(word(last + 1)!.lower) && !locale.nounLinks.has(word(last + 1)!.lower)) last++;
  if (last === at + 1) return -1;
  // ("nos confrères de L'Indépendant": a named complement goes with it.)
  if (word(last + 1) && locale.nounLinks.has(word(last + 1)!.lower) && word(last + 2)?.cap === true) last = capitals(last + 2);
  return last;
}

/** How far back from a closing cue a finite auxiliary or modal is looked for. */
const FINITE_WINDOW = 12;

/**
 * The finite auxiliary or modal of the clause whose verb of saying follows token `last` (German
 * verb-final order: "Vreni hat mir gesagt"), or -1: the nearest before `last`, within the
 * clause (no comma, colon or complementizer between).
 */
function finiteBefore(tokens: readonly Token[], last: number, locale: Locale): number {
  const finite = locale.finiteVerbs;
  if (finite === undefined) return -1;
  for (let cursor = last; cursor >= 0 && last - cursor < FINITE_WINDOW; cursor--) {
    const token = tokens[cursor]!;
    if (token.kind !== 'word' && token.text !== '-' || locale.complementizers.has(token.lower)) return -1;
    if (finite.verbs.has(token.lower)) return cursor;
  }
  return -1;
}

/**
 * The subject of a clause whose verb of saying closes it after the finite verb at `finite`:
 * the phrase before the finite verb when it opens the clause and is no adverb ("Vreni hat mir
 * gesagt", "Einige Landsleute hätten ihm sogar gesagt"), else the phrase after it ("Damit hat
 * das Team bestätigt", past the one spoken to); none in the passive ("wird viel kritisiert").
 */
function subjectOfFinite(text: string, tokens: readonly Token[], finite: number, cueBefore: number, locale: Locale): Span | null {
  let cue = cueBefore + 1;
  while (cue < tokens.length && locale.auxiliaries.has(tokens[cue]!.lower)) cue++;
  // (A participle after a form of "werden" is passive; an infinitive after it is a future: "wird sagen".)
  const infinitive = /en$/.test(tokens[cue]?.lower ?? '') && !/^ge/.test(tokens[cue]!.lower);
  if (locale.finiteVerbs!.passive.has(tokens[finite]!.lower) && !infinitive) return null;
  let start = finite;
  while (start > 0 && tokens[start - 1]!.kind === 'word') start--;
  // (A pronoun right after the finite verb is its subject when one word stands before it, an
  // adverb that no list holds: "Immer hat sie diesen Satz gesagt".)
  const pronounAfter = locale.pronouns.has(tokens[finite + 1]?.lower ?? '') && finite - start === 1 && !locale.pronouns.has(tokens[start]!.lower);
  if (finite > start && !locale.fillers.has(tokens[start]!.lower) && !pronounAfter) {
    const before = clausePhraseBefore(text, tokens, finite - 1, locale);
    if (before && before.start === tokens[start]!.start) return before;
  }
  const told = recipientEnd(tokens, finite + 1, locale);
  const from = told >= 0 ? told + 1 : finite + 1;
  // (Not a dative or accusative after it, the one spoken to: "… hätten ihren Mitarbeitern gesagt".)
  const opener = tokens[from]?.lower ?? '';
  if (locale.datives?.has(opener) === true && locale.definiteArticles?.[opener] === undefined) return null;
  const after = phraseAfter(text, tokens, from, locale, PARTICLES);
  return after && after.end <= tokens[cueBefore]!.end ? after : null;
}

/**
 * The speaker phrase that ends at token `last` (before a cue), back to the clause start; where
 * the cue closes its clause after a finite auxiliary or modal, that clause's subject.
 */
function phraseBefore(text: string, tokens: readonly Token[], cueBefore: number, locale: Locale): Span | null {
  const finite = finiteBefore(tokens, cueBefore, locale);
  return finite >= 0 ? subjectOfFinite(text, tokens, finite, cueBefore, locale) : clausePhraseBefore(text, tokens, cueBefore, locale);
}

/**
 * The last token before the adverbs, auxiliaries and object pronouns that end a clause's words
 * at `last` (`last` when there are none): "Le ministre | lui a également", "Ana Gil | le".
 */
function beforeAdverbs(tokens: readonly Token[], last: number, locale: Locale): number {
  let at = last;
  while (at > 0 && tokens[at]!.kind === 'word' && (locale.fillers.has(tokens[at]!.lower) || locale.auxiliaries.has(tokens[at]!.lower) || locale.clitics?.has(tokens[at]!.lower) === true)) at--;
  return at;
}

/**
 * Whether a phrase read back from a verb is a subject by its own first words: an article, a
 * pronoun or a role ("La portavoz", "ella"), or a name of two capitalised words; not one word
 * capitalised only because it opens the sentence ("Minutos").
 */
function opensSubject(phrase: Span, tokens: readonly Token[], locale: Locale): boolean {
  const first = tokens.findIndex((token) => token.start === phrase.start);
  const lower = tokens[first]?.lower ?? '';
  if (locale.determiners.has(lower) || locale.pronouns.has(lower) || roleIn(locale, lower) !== null) return true;
  return tokens[first]!.cap && tokens[first + 1]?.cap === true && tokens[first + 1]!.end <= phrase.end;
}

/**
 * The comma that closes a relative clause opening at `at`, after a comma or not (", qui a
 * confirmé l'affaire,", ", quien asistió,"); `at - 1` when no relative clause opens there.
 */
function relativeEnd(tokens: readonly Token[], at: number, locale: Locale): number {
  const relative = tokens[at]?.text === ',' ? at + 1 : at;
  if (locale.relatives?.has(tokens[relative]?.lower ?? '') !== true) return at - 1;
  for (let index = relative + 1; index < tokens.length && index - relative <= RELATIVE_TOKENS; index++) if (tokens[index]!.text === ',') return index;
  return at - 1;
}

/** How many tokens a relative clause on a source may take before its closing comma. */
const RELATIVE_TOKENS = 16;

/**
 * Whether a source phrase is only a noun of information with its article or adjective, no one
 * named: "den Angaben", "Ersten Erkenntnissen", "los datos" (not "Angaben der Polizei").
 */
function vagueSource(words: readonly string[], locale: Locale): boolean {
  if (words.length > 3 || locale.vagueSources?.has(words[words.length - 1]!.toLowerCase()) !== true) return false;
  // (A possessive names whose they are: "Seinen Angaben zufolge" are his.)
  const first = words[0]!.toLowerCase();
  if (words.length > 1 && (locale.possessiveGenders?.[first] !== undefined || locale.otherSenses?.possessives?.has(first) === true)) return false;
  return words.slice(1, -1).every((word) => !/^\p{Lu}/u.test(word));
}

/** The speaker phrase that ends at token `last` (before a cue), back to the clause start (`antecedent`: once past a relative pronoun). */
function clausePhraseBefore(text: string, tokens: readonly Token[], cueBefore: number, locale: Locale, antecedent = false): Span | null {
  // ("Le ministre a également déclaré", "Pedro Sánchez también dijo", "El ministro le dijo": an
  // auxiliary, adverb or object pronoun between the subject and its verb is no part of the
  // subject; "Minutos después dijo" has none.)
  const subjectEnd = beforeAdverbs(tokens, cueBefore, locale);
  if (subjectEnd < cueBefore) {
    const subject = clausePhraseBefore(text, tokens, subjectEnd, locale, antecedent);
    if (subject && opensSubject(subject, tokens, locale)) return subject;
  }
  let last = cueBefore;
  // "Velasco, quien asistió al encuentro, dijo", "Weber, die … teilnahm, sagte": past a relative
  // clause set off by commas, the phrase before it speaks.
  if (tokens[last]?.text === ',' && locale.relatives) {
    for (let cursor = last - 1; cursor > 0 && last - cursor < 16; cursor--) {
      if (tokens[cursor]!.text !== ',') continue;
      if (locale.relatives.has(tokens[cursor + 1]?.lower ?? '')) last = cursor - 1;
      break;
    }
  }
  // ("Der Verband der Bäcker (VdB) fordert": an acronym in parentheses after the subject is read past.)
  if (tokens[last]?.text === ')' && tokens[last - 2]?.text === '(' && tokens[last - 1]!.kind === 'word') last -= 3;
  const end = tokens[last];
  if (!end || end.kind !== 'word') return null;
  if (locale.pronouns.has(end.lower)) return span(text, end.start, end.end);
  // ("Natalia Ruiz, quien afirmó", "Claire Morel, qui a déclaré": a relative pronoun right after
  // a comma, a stop word where nouns are lower case, stands for the name before the comma.)
  if (locale.relatives?.has(end.lower) === true && locale.stops.has(end.lower) && tokens[last - 1]?.text === ',') {
    return tokens[last - 2]?.cap === true && !antecedent ? clausePhraseBefore(text, tokens, last - 2, locale, true) : null;
  }
  let first = last + 1;
  for (let cursor = last; cursor >= 0 && last - cursor < PHRASE_WORDS; cursor--) {
    const token = tokens[cursor]!;
    // ("Energía y Minas": a conjunction between two capitalised words is inside a body's name.)
    // ("Méndez de Vigo", "García de la Torre": a name's particles between its capitalised words, too.)
    // (Not where every noun is capitalised: "Vorsitzender von Airbus" is a role and a body.)
    const particle = locale.capitalisedNouns !== true && particleBeforeName(tokens, cursor);
    const joins = (BODY_CONJUNCTIONS.has(token.lower) || particle) && tokens[cursor - 1]?.cap === true && (tokens[cursor + 1]?.cap === true || NAME_PARTICLES.has(tokens[cursor + 1]?.lower ?? ''));
    if (!joins && (token.kind !== 'word' || locale.stops.has(token.lower) || isCue(locale, token) || locale.complementizers.has(token.lower))) break;
    first = cursor;
  }
  if (first > last) return null;
  // "Cliff Roberts, der 1933 sagte": a relative pronoun after a comma (no noun after it) is the
  // subject; it stands for the name before the comma, or for no one said ("gepostet, die sagte").
  // (Once: a chain of relative clauses does not send the walk back through the whole sentence.)
  // ("Natalia Ruiz, quien afirmó que …": so in French and Spanish too.)
  if (locale.relatives?.has(tokens[first]!.lower) === true && tokens[first - 1]?.text === ',' && (first === last || !tokens[first + 1]!.cap)) {
    return tokens[first - 2]?.cap === true && !antecedent ? clausePhraseBefore(text, tokens, first - 2, locale, true) : null;
  }
  // "el titular de Energía y Minas dijo": a role and its article before the body it serves
  // belong to the phrase; the body alone is no speaker.
  const roleWord = tokens[first - 2];
  if (tokens[first]!.cap && locale.nounLinks.has(tokens[first - 1]?.lower ?? '') && roleWord?.kind === 'word' && !roleWord.cap && locale.roles.has(roleWord.lower)) {
    first -= 2;
    if (locale.determiners.has(tokens[first - 1]?.lower ?? '')) first--;
  }
  // "En diálogo con Radio Nacional dijo que …": after a preposition of the one spoken to or
  // with, the phrase is an object, never the speaker (the subject is dropped or elsewhere).
  if (locale.objectPrepositions?.has(tokens[first - 1]?.lower ?? '') === true) return null;
  // "Das Kultusministerium in Wiesbaden erklärte": the phrase after a preposition is the
  // complement of the subject that opens the sentence, not the speaker.
  const link = tokens[first - 1];
  // (Or the clause after a comma, where nouns are lower case: "En tanto, fuentes de Montecon dijeron".)
  const clause = link && link.kind === 'word' && locale.nounLinks.has(link.lower) ? clauseStart(tokens, first - 2, locale) : -1;
  if (clause >= 0 && first - 1 > clause && first - 1 - clause <= PHRASE_WORDS) {
    let whole = true;
    for (let cursor = clause; cursor < first - 1; cursor++) {
      const token = tokens[cursor]!;
      if (token.kind !== 'word' || isCue(locale, token) || locale.complementizers.has(token.lower) || locale.fillers.has(token.lower) || locale.sourceBefore.has(token.lower) || locale.pronouns.has(token.lower)) whole = false;
    }
    const opens = opensWithArticleOrName(tokens[clause]!, locale) || clause > 0 && opensNounPhrase(tokens.slice(clause, first - 1).map((token) => token.text), locale);
    if (whole && opens) first = clause;
  }
  // "pero al ser consultado sobre la salida de Arista en el MEF señaló que …": where nouns are
  // lower case, a phrase after a preposition that joins no subject opening the clause is the
  // complement of something else, no speaker (the subject is dropped: the last one speaks on).
  // ("Durante la reunión en Bruselas el ministro dijo": a phrase of its own, opened by an article, may follow that complement.)
  // (Not where an article or a name opens the clause: "El Primer Secretario del Partido en la
  // provincia de Las Tunas, Manuel Pérez, afirmó" is one long subject.)
  if (clause >= 0 && first !== clause && locale.phraseOpeners !== undefined && !opensWithArticleOrName(tokens[clause]!, locale)) {
    let article = last;
    while (article > first && !locale.determiners.has(tokens[article]!.lower)) article--;
    return article > first ? span(text, tokens[article]!.start, tokens[last]!.end) : null;
  }
  return span(text, tokens[first]!.start, tokens[last]!.end);
}

/** Whether a clause's first word opens a subject by itself: an article, or a capitalised word that is no stop word ("El presidente", "Fuentes"). */
function opensWithArticleOrName(opener: Token, locale: Locale): boolean {
  return locale.determiners.has(opener.lower) || opener.cap && !locale.stops.has(opener.lower);
}

/**
 * Where the subject before a noun link at `before + 1` may open: the sentence's start, or where
 * nouns are lower case the token after the last comma at or before `before`.
 */
function clauseStart(tokens: readonly Token[], before: number, locale: Locale): number {
  if (locale.phraseOpeners === undefined) return 0;
  let comma = before;
  while (comma >= 0 && tokens[comma]!.text !== ',') comma--;
  return comma + 1;
}

/** How many tokens the roles set off by commas after a name may take, all together. */
const ROLES_TOKENS = 30;

/**
 * The name that opens the sentence and the roles after it, each set off by commas, that end at
 * the comma at `comma`: "Mokhtar Ould Dahi, ministre de la Culture, porte-parole du
 * gouvernement," gives the name and the roles; null unless every part between the commas opens
 * with a role (after a determiner or a modifier at most) and the first is two capitalised words
 * or more.
 */
function nameBeforeRoles(text: string, tokens: readonly Token[], comma: number, locale: Locale): [Span, Span] | null {
  if (tokens[comma]?.text !== ',') return null;
  let open = comma;
  // (The name may follow a phrase set off by a comma: "Por su parte, Marta Rojas, ministra de Cultura, aseguró".)
  let start = 0;
  for (let cursor = comma - 1; cursor >= 0 && comma - cursor <= ROLES_TOKENS + 4; cursor--) {
    if (tokens[cursor]!.text !== ',') continue;
    let first = cursor + 1;
    while (first < open && (locale.determiners.has(tokens[first]!.lower) || ROLE_MODIFIERS.has(tokens[first]!.lower))) first++;
    if (first >= open || roleIn(locale, tokens[first]!.text) === null) {
      if (open === comma) return null;
      start = cursor + 1;
      break;
    }
    open = cursor;
  }
  if (open === comma || open - start < 2 || start === 0 && comma > ROLES_TOKENS + 4) return null;
  for (let cursor = start; cursor < open; cursor++) {
    const token = tokens[cursor]!;
    if (!(token.kind === 'word' && (token.cap || cursor > start && particleBeforeName(tokens, cursor)))) return null;
  }
  return [span(text, tokens[start]!.start, tokens[open - 1]!.end), span(text, tokens[open + 1]!.start, tokens[comma - 1]!.end)];
}

/** Conjunctions inside a body's name: "Energía y Minas", "Travail et Emploi", "Wirtschaft und Klimaschutz". */
const BODY_CONJUNCTIONS: ReadonlySet<string> = new Set(['y', 'e', 'et', 'und']);

/** Words that join the words of a name in German text besides its particles: "University of Oxford", "Polizei und Feuerwehr". */
const NAME_JOINS = new Set(['of', 'for', 'and', 'und']);

/** Words that join the parts of a name or title: "de", "del", "von der". */
const NAME_PARTICLES = new Set(['de', 'del', 'de la', 'des', 'du', 'von', 'der', 'van', 'la', 'di', 'della', 'dello', 'degli', 'dei', 'delle']);

/** Whether token `index` is a name particle before the rest of a name: "de Vigo", "de la Torre", "van der Berg". */
const particleBeforeName = (tokens: readonly Token[], index: number): boolean =>
  NAME_PARTICLES.has(tokens[index]!.lower) && (tokens[index + 1]?.cap === true || NAME_PARTICLES.has(tokens[index + 1]?.lower ?? '') && tokens[index + 2]?.cap === true);

/** Particles that close a verb ("fügte … hinzu", "teilte … mit") and so end a speaker phrase. */
const PARTICLES = new Set(['hinzu', 'mit']);

/** Whether token `index` is a particle with a word after it: a preposition there ("mit dem Fonds"), no verb's particle. */
const particleBeforeWord = (tokens: readonly Token[], index: number): boolean => PARTICLES.has(tokens[index]?.lower ?? '') && tokens[index + 1]?.kind === 'word';

/** The attribution after a quote: ", sagte Müller", ", a déclaré le ministre", ", dijo.", ", le ministre a dit". */
function tail(text: string, tokens: readonly Token[], locale: Locale): Found | null {
  let index = 0;
  while (index < tokens.length && tokens[index]!.kind === 'punct' && ',\u2014\u2013-'.includes(tokens[index]!.text)) index++;
  if (index === 0 && tokens[0]?.kind === 'punct') return null;
  // Words that follow a closed quote with no comma and end in a colon introduce the next
  // quote: '"…." Die Sprecherin teilte mit: „…“'.
  if (index === 0 && tokens[tokens.length - 1]?.text === ':') return null;
  // "», lui a dit le ministre", "», le dijo el alcalde": an object pronoun before the verb is the one spoken to.
  if (locale.clitics?.has(tokens[index]?.lower ?? '') === true) {
    let verb = index + 1;
    while (locale.auxiliaries.has(tokens[verb]?.lower ?? '')) verb++;
    if (isCue(locale, tokens[verb])) index++;
  }
  const cueStart = index;
  while (index < tokens.length && locale.auxiliaries.has(tokens[index]!.lower)) index++;
  // A verb's particle ("mit", "hinzu") right after a quote closes no verb: in '"ein Gespräch"
  // mit dem Fonds' it is a preposition, and the quote a term, not speech.
  if (index === cueStart && PARTICLES.has(tokens[index]?.lower ?? '')) return null;
  if (isCue(locale, tokens[index]) && !impersonalAlone(locale, tokens, index) || index > cueStart && invertedParticiple(tokens, index, locale) || index === cueStart && invertedCue(locale, tokens[index])) {
    let cueEnd = index;
    while (isCue(locale, tokens[cueEnd + 1]) || locale.auxiliaries.has(tokens[cueEnd + 1]?.lower ?? '\0')) cueEnd++;
    const cue = span(text, tokens[cueStart]!.start, tokens[cueEnd]!.end);
    // French inversion names its pronoun inside the verb: "a-t-il ajouté".
    for (let at = cueStart; at <= cueEnd; at++) {
      const inverted = /-(?:t-)?(il|elle|ils|elles|on)$/.exec(tokens[at]!.text);
      if (inverted) return { speaker: span(text, tokens[at]!.end - inverted[1]!.length, tokens[at]!.end), cue };
    }
    // ("…“, hieß es aus dem Ministerium": where the words came from stands for the speaker.)
    const source = impersonalSource(text, tokens, index, locale);
    if (source) return { speaker: source, cue };
    // ("a déclaré à l'AFP Jean Dupont": the one spoken to may come first.)
    const told = recipientEnd(tokens, cueEnd + 1, locale);
    const from = told >= 0 && (opensSpeaker(tokens[told + 1], locale) || locale.pronouns.has(tokens[told + 1]?.lower ?? '')) ? told + 1 : cueEnd + 1;
    const speaker = phraseAfter(text, tokens, from, locale, PARTICLES);
    // ("…“, so wie immer": a cue that reports only before its speaker is an adverb without one.)
    if (onlyBeforeSpeaker(locale, tokens[index]) && !(speaker && opensSpeaker(tokens[from], locale))) return null;
    const named = speaker ? nameInApposition(text, tokens, speaker, locale) : null;
    return named ? { speaker: named, cue, role: speaker! } : { speaker, cue };
  }
  // Subject first: "…, le ministre a dit." ("„…“ bleibt so erhalten": not a cue that reports only before its speaker.)
  for (let cursor = index + 1; cursor < tokens.length && cursor - index <= PHRASE_WORDS; cursor++) {
    const token = tokens[cursor]!;
    if (token.kind === 'punct') return null;
    if (isCue(locale, token) && !particleBeforeWord(tokens, cursor) && !onlyBeforeSpeaker(locale, token)) {
      let subjectEnd = cursor - 1;
      while (subjectEnd >= index && locale.auxiliaries.has(tokens[subjectEnd]!.lower)) subjectEnd--;
      const speaker = subjectEnd >= index ? span(text, tokens[index]!.start, tokens[subjectEnd]!.end) : null;
      return speaker ? { speaker, cue: span(text, token.start, token.end) } : null;
    }
  }
  return null;
}

/**
 * Whether token `index`, after an auxiliary that follows a quote, is a past participle of the
 * locale with a speaker phrase after it: "a réagi Marc Leroy", "a tranché la ministre".
 */
function invertedParticiple(tokens: readonly Token[], index: number, locale: Locale): boolean {
  const token = tokens[index];
  const next = tokens[index + 1];
  if (!token || token.kind !== 'word' || token.cap || token.lower.length < 4 || !next || next.kind !== 'word') return false;
  if (!(next.cap || locale.determiners.has(next.lower) || locale.pronouns.has(next.lower))) return false;
  return (locale.participleEndings ?? []).some((ending) => token.lower.endsWith(ending));
}

/**
 * The name set off by commas after a role phrase, which is the speaker the role describes:
 * ", afirmó la vicepresidenta, Yolanda Díaz, en …", ", a déclaré le ministre, Jean Dupont.",
 * also after the role's complement ("la oficial de prensa de la Comandancia, Wanda Santana").
 * Only after a phrase that opens with a determiner or a role (not after a name).
 */
function nameInApposition(text: string, tokens: readonly Token[], phrase: Span, locale: Locale): Span | null {
  let index = 0;
  while (index < tokens.length && tokens[index]!.end <= phrase.start) index++;
  const opener = tokens[index];
  if (!opener || !(locale.determiners.has(opener.lower) || roleIn(locale, opener.text) !== null)) return null;
  let comma = index;
  while (comma < tokens.length && tokens[comma]!.end <= phrase.end) comma++;
  // (The role's complement of lower-case words may stand between: "la oficial de prensa de la Comandancia, Wanda Santana".)
  const complement = comma;
  if (locale.nounLinks.has(tokens[comma]?.lower ?? '')) while (comma < tokens.length && comma - complement <= PHRASE_WORDS && tokens[comma]!.kind === 'word') comma++;
  if (tokens[comma]?.text !== ',') return null;
  let last = comma;
  for (let cursor = comma + 1; cursor < tokens.length && cursor - comma <= 5; cursor++) {
    const token = tokens[cursor]!;
    // (A name opens with a capital: "der Sprecher der Behörde" after a comma is another role.)
    if (token.kind !== 'word' || !(token.cap || cursor > comma + 1 && particleBeforeName(tokens, cursor))) break;
    last = cursor;
  }
  if (last === comma || !tokens[last]!.cap) return null;
  // (Not after a phrase that holds a name already, nor before a role: "sagt Dr. Eva Roth,
  // Leiterin der Abteilung Technik," is Eva Roth, the words after the comma her role.)
  if (roleIn(locale, tokens[comma + 1]!.text) !== null || tokens.slice(index, comma).some((token) => token.cap && isGivenName(foldDiacritics(token.lower)))) return null;
  const after = tokens[last + 1];
  if (after && after.text !== ',' && !'.!?'.includes(after.text) && !(after.kind === 'word' && locale.stops.has(after.lower))) return null;
  return span(text, tokens[comma + 1]!.start, tokens[last]!.end);
}

/**
 * The opening comma of an age set off by commas that ends at token `comma` (", 44,", ", de 33
 * años,", ", 16 ans,"), after a capitalised name, or -1: at most four tokens, a number among
 * them and otherwise lower-case words.
 */
function ageBefore(tokens: readonly Token[], comma: number): number {
  if (tokens[comma]?.text !== ',') return -1;
  let number = false;
  for (let open = comma - 1; open >= 1 && comma - open <= 5; open--) {
    const token = tokens[open]!;
    if (token.text === ',') return number && open < comma - 1 && tokens[open - 1]!.cap ? open : -1;
    if (/^\d{1,3}$/.test(token.text)) number = true;
    else if (token.kind !== 'word' || token.cap) return -1;
  }
  return -1;
}

/**
 * The closing comma of a role set off by commas from token `comma` on (", président du groupe
 * de droite,"), with at least three words after it, or -1. The role opens with a role word of
 * the locale, alone or after a determiner.
 */
function roleInApposition(tokens: readonly Token[], comma: number, locale: Locale): number {
  if (tokens[comma]?.text !== ',') return -1;
  const first = tokens[comma + 1];
  const roleWord = first && locale.determiners.has(first.lower) ? tokens[comma + 2] : first;
  if (!(roleWord && roleWord.kind === 'word' && !roleWord.cap && locale.roles.has(roleWord.lower))) return -1;
  for (let close = comma + 2; close < tokens.length && close - comma <= 10; close++) {
    const token = tokens[close]!;
    if (token.kind === 'word') continue;
    if (token.text !== ',') return -1;
    let words = 0;
    for (let after = close + 1; after < tokens.length && words < 3; after++) if (tokens[after]!.kind === 'word') words++;
    return words >= 3 ? close : -1;
  }
  return -1;
}

/** The attribution before a quote, ending in a colon or comma: "Müller sagte:", "Dazu sagte er:", "El ministro dijo:". */
function lead(text: string, tokens: readonly Token[], locale: Locale): Found | null {
  let end = tokens.length - 1;
  if (end >= 1 && tokens[end]!.kind === 'word') return bareLead(text, tokens, end, locale);
  if (end < 1 || tokens[end]!.kind !== 'punct' || !':,'.includes(tokens[end]!.text)) return null;
  const colon = tokens[end]!;
  end--;
  if (colon.text === ':') {
    const named = namedBeforeColon(text, tokens, end, locale) ?? subjectBeforeColon(text, tokens, end, locale);
    if (named) return { speaker: named, cue: span(text, colon.start, colon.end) };
  }
  // "… sagte Müller:": cue, then the speaker.
  // ("Dazu schreibt er in einem Beitrag für Fast Company:": further back only where the speaker
  // after the cue is followed by a preposition's phrase up to the colon.)
  for (let cursor = end; cursor >= 0 && end - cursor <= PHRASE_WORDS + 6; cursor--) {
    const token = tokens[cursor]!;
    if (token.kind === 'punct') return null;
    // A particle speaks only closing its clause ("teilte sie mit:"); before a word it is a
    // preposition ("in Einklang mit dem Satz:").
    if (!isCue(locale, token) || particleBeforeWord(tokens, cursor)) continue;
    // ("Und so freuen sich alle, „…“": a cue that reports only before its speaker is an adverb
    // before anything else; "Er erklärt es so: „…“" ends its clause at the colon.)
    if (cursor !== end && onlyBeforeSpeaker(locale, token) && !opensSpeaker(tokens[cursor + 1], locale)) continue;
    if (cursor === end) {
      // "Der Minister begründet das so:": the clause's subject speaks.
      if (onlyBeforeSpeaker(locale, token)) return { speaker: subjectBeforeSo(text, tokens, cursor, locale), cue: span(text, token.start, token.end) };
      // "Die Sprecherin teilte mit:": the verb and its particle are the cue.
      let first = cursor;
      while (first > 0 && PARTICLES.has(tokens[cursor]!.lower) && isCue(locale, tokens[first - 1])) first--;
      // ("Das Protokoll schließt mit: »…«": a particle with no verb of its own before it in the clause is a preposition.)
      if (first === cursor && PARTICLES.has(token.lower) && !verbOfParticle(tokens, cursor, locale)) continue;
      let subjectEnd = first - 1;
      while (subjectEnd >= 0 && (locale.auxiliaries.has(tokens[subjectEnd]!.lower) || isCue(locale, tokens[subjectEnd]))) subjectEnd--;
      return { speaker: phraseBefore(text, tokens, subjectEnd, locale), cue: span(text, tokens[first]!.start, token.end) };
    }
    const cue = span(text, token.start, token.end);
    // "el mandatario respondió al periodista:", "Die Ministerin sagte dem Sender:": the one
    // spoken to after the verb, and the subject before it speaks.
    const spokenTo = cursor + 1 <= end && opensRecipient(tokens, cursor + 1, locale);
    // ("sagt mir der Geschäftsführer Jan Roth:": the speaker after the one spoken to.)
    const told = spokenTo ? recipientEnd(tokens, cursor + 1, locale) : -1;
    const pastTold = told >= 0 && told < end && opensSpeaker(tokens[told + 1], locale);
    const after = spokenTo && !pastTold ? null : phraseAfter(text, tokens, pastTold ? told + 1 : cursor + 1, locale, PARTICLES);
    // ("Ein Berater sagt nur:", "Er fordert nach der Sitzung:": only adverbs or a preposition's
    // phrase after the verb; the subject that opens the clause before it speaks.)
    const object = spokenTo || locale.objectPrepositions?.has(tokens[cursor + 1]?.lower ?? '') === true;
    const bare = after === null && !object && (locale.stops.has(tokens[cursor + 1]?.lower ?? '') || tokens.slice(cursor + 1, end + 1).every((word) => locale.fillers.has(word.lower)));
    if (after === null && (object || bare)) {
      let subjectEnd = cursor - 1;
      while (subjectEnd >= 0 && locale.auxiliaries.has(tokens[subjectEnd]!.lower)) subjectEnd--;
      const subject = subjectEnd >= 0 ? phraseBefore(text, tokens, subjectEnd, locale) : null;
      return { speaker: bare && (subject?.start !== tokens[0]!.start || locale.fillers.has(tokens[0]!.lower)) ? null : subject, cue };
    }
    if (end - cursor > PHRASE_WORDS) {
      const rest = tokens.findIndex((word) => word.start >= (after?.end ?? Infinity));
      if (rest < 0 || !locale.stops.has(tokens[rest]!.lower) || tokens.slice(rest, end + 1).some((word) => word.kind !== 'word')) return null;
    }
    return { speaker: after, cue };
  }
  return null;
}

/** How many words a speaker after a verb of saying may take right before a quote with no colon. */
const BARE_SPEAKER_WORDS = 3;

/**
 * The attribution that runs into a quote with no colon or comma: the verb of saying last, its
 * subject before it ("Elle affirme « … »", "Sie sagt „…“"), or the verb and a short speaker
 * right before the marks ("schreibt Susan Sontag „…“"); null for anything else.
 */
function bareLead(text: string, tokens: readonly Token[], end: number, locale: Locale): Found | null {
  const plain = (at: number): boolean => isCueBeforeThat(locale, tokens, at) && !onlyBeforeSpeaker(locale, tokens[at]) && !PARTICLES.has(tokens[at]!.lower) && !impersonalAlone(locale, tokens, at);
  // ("X a soutenu que « … »", "Y dijo que « … »": the complementizer after the verb hands over to the quote.)
  const complementizer = end >= 1 && locale.complementizers.has(tokens[end]!.lower) && plain(end - 1);
  if (plain(end) || complementizer) {
    const cue = complementizer ? end - 1 : end;
    let subjectEnd = cue - 1;
    while (subjectEnd >= 0 && locale.auxiliaries.has(tokens[subjectEnd]!.lower)) subjectEnd--;
    // ("François Martin, qui a été applaudi par les familles, a soutenu que …": past a relative clause in commas.)
    subjectEnd = beforeRelativeClause(tokens, subjectEnd, locale);
    const speaker = subjectEnd >= 0 ? phraseBefore(text, tokens, subjectEnd, locale) : null;
    return speaker ? { speaker, cue: span(text, tokens[cue]!.start, tokens[cue]!.end), bare: !complementizer } : null;
  }
  for (let cue = end - 1; cue >= 0 && end - cue <= BARE_SPEAKER_WORDS; cue--) {
    if (tokens[cue]!.kind !== 'word') return null;
    if (!plain(cue)) continue;
    const speaker = opensSpeaker(tokens[cue + 1], locale) ? phraseAfter(text, tokens, cue + 1, locale, PARTICLES) : null;
    return speaker && speaker.end === tokens[end]!.end ? { speaker, cue: span(text, tokens[cue]!.start, tokens[cue]!.end), bare: true } : null;
  }
  return null;
}

/**
 * The token before a relative clause set off by commas that ends at `comma` (", qui a été
 * applaudi par les familles,"): its subject's last word; `comma` itself when no such clause ends there.
 */
function beforeRelativeClause(tokens: readonly Token[], comma: number, locale: Locale): number {
  if (tokens[comma]?.text !== ',' || locale.relatives === undefined) return comma;
  for (let at = comma - 1; at > 1 && comma - at <= RELATIVE_TOKENS; at--) {
    if (tokens[at]!.kind !== 'word') return tokens[at]!.text === ',' && locale.relatives.has(tokens[at + 1]!.lower) ? at - 1 : comma;
  }
  return comma;
}

/** Whether a verb of saying that a particle at `particle` closes ("teilte … mit") stands before it in its clause. */
function verbOfParticle(tokens: readonly Token[], particle: number, locale: Locale): boolean {
  for (let cursor = particle - 1; cursor >= 0 && tokens[cursor]!.kind === 'word'; cursor--) if (isCue(locale, tokens[cursor]) && !PARTICLES.has(tokens[cursor]!.lower)) return true;
  return false;
}

/**
 * The subject of a clause that ends in a cue that reports only before its speaker, then a colon
 * ("Der Minister begründet das so:", "Dann formuliert er es so:"): back over the object and
 * adverbs to the pronoun after the verb, or to the verb and the phrase that opens the clause before it.
 */
function subjectBeforeSo(text: string, tokens: readonly Token[], so: number, locale: Locale): Span | null {
  let verb = so - 1;
  const object = (token: Token): boolean => locale.fillers.has(token.lower) || locale.determiners.has(token.lower) || token.lower === locale.impersonalCues?.pronoun || locale.backReferences?.includes(token.lower) === true;
  while (verb > 0 && tokens[verb]!.kind === 'word' && !tokens[verb]!.cap && object(tokens[verb]!)) verb--;
  // ("formuliert er es so:": in the verb-second order the pronoun after the verb is its subject.)
  if (locale.pronouns.has(tokens[verb]!.text)) return span(text, tokens[verb]!.start, tokens[verb]!.end);
  if (verb < 1 || tokens[verb]!.kind !== 'word' || tokens[verb]!.cap) return null;
  const before = clausePhraseBefore(text, tokens, verb - 1, locale);
  return before && before.start === tokens[0]!.start && !locale.fillers.has(tokens[0]!.lower) ? before : null;
}

/**
 * A paragraph that opens with a person's name and a colon before a quote: "Oberbürgermeister
 * Michael Pfeiffer (parteilos): „…“", "La maire Anne Morel : « … »". The phrase is two to six
 * words, each capitalised, a determiner, a role or a name's particle, ends in a capitalised
 * word (a parenthesis after it, a party or an age, is left out), and holds a role or a known
 * given name, so that a label ("Das Fazit:") names no one.
 */
function namedBeforeColon(text: string, tokens: readonly Token[], end: number, locale: Locale): Span | null {
  if (end < 1 || !opensParagraph(text, tokens[0]!.start)) return null;
  const appositive = nameBeforeRole(text, tokens, end, locale);
  if (appositive) return appositive;
  let last = end;
  // "(parteilos)", "(SPD)", "(34)": one parenthesis after the name.
  if (tokens[last]!.text === ')') {
    let open = last - 1;
    while (open > 0 && tokens[open]!.text !== '(' && last - open <= 4) open--;
    if (tokens[open]!.text !== '(') return null;
    last = open - 1;
  }
  if (last < 1 || last > PHRASE_WORDS) return null;
  let vouched = false;
  for (let index = 0; index <= last; index++) {
    const token = tokens[index]!;
    if (token.kind !== 'word') return null;
    const role = roleIn(locale, token.text) !== null;
    if (role || isGivenName(foldDiacritics(token.lower))) vouched = true;
    if (!token.cap && !role && !locale.determiners.has(token.lower) && !NAME_PARTICLES.has(token.lower)) return null;
  }
  const final = tokens[last]!;
  if (!vouched || !final.cap || roleIn(locale, final.text) !== null) return null;
  return span(text, tokens[0]!.start, final.end);
}

/** Words that may stand before a role in an apposition: "ancien ministre", "ex ministro", "ehemaliger Minister". */
const ROLE_MODIFIERS: ReadonlySet<string> = new Set(['ancien', 'ancienne', 'ex', 'nouveau', 'nouvelle', 'antiguo', 'antigua', 'nuevo', 'nueva', 'ehemaliger', 'ehemalige', 'neuer', 'neue']);

/**
 * A name of two to four capitalised words, then a comma and its role up to the colon: "Hamid
 * Grine, ministre de la Communication : « … »", "Ana Ruiz, exministra de Salud: «…»". The role
 * word (after an article or a word such as "ancien") vouches that the name is a person's.
 */
function nameBeforeRole(text: string, tokens: readonly Token[], end: number, locale: Locale): Span | null {
  let comma = 2;
  while (comma <= 4 && tokens[comma]?.text !== ',') comma++;
  if (comma > 4 || end - comma > 16 || end - comma < 1) return null;
  for (let index = 0; index < comma; index++) if (tokens[index]!.kind !== 'word' || !tokens[index]!.cap && !NAME_PARTICLES.has(tokens[index]!.lower)) return null;
  let role = comma + 1;
  if (locale.determiners.has(tokens[role]!.lower) || ROLE_MODIFIERS.has(tokens[role]!.lower)) role++;
  const word = tokens[role];
  if (!word || word.kind !== 'word' || word.cap || roleIn(locale, word.text) === null) return null;
  for (let index = role + 1; index <= end; index++) if (tokens[index]!.kind !== 'word' && !"'\u2019-".includes(tokens[index]!.text)) return null;
  return span(text, tokens[0]!.start, tokens[comma - 1]!.end);
}

/**
 * A paragraph's subject named in apposition after its role, then a few words of the writer's up
 * to a colon before a quote: "L'ancien ministre de la Défense, Hervé Morin, n'en revient pas :
 * « … »". The role vouches for the name; the colon hands the quote to it.
 */
function subjectBeforeColon(text: string, tokens: readonly Token[], end: number, locale: Locale): Span | null {
  if (!opensParagraph(text, tokens[0]!.start)) return null;
  let open = 1;
  while (open <= 8 && tokens[open]?.text !== ',') open++;
  if (open > 8 || !tokens.slice(0, open).some((token) => token.kind === 'word' && roleIn(locale, token.text.replace(/^\p{L}['\u2019]/u, '')) !== null)) return null;
  let close = open + 1;
  while (close <= open + 4 && tokens[close]?.kind === 'word' && (tokens[close]!.cap || NAME_PARTICLES.has(tokens[close]!.lower))) close++;
  if (close < open + 3 || tokens[close]?.text !== ',' || end - close < 1 || end - close > 8) return null;
  for (let index = close + 1; index <= end; index++) if (tokens[index]!.kind !== 'word' || tokens[index]!.cap) return null;
  return span(text, tokens[open + 1]!.start, tokens[close - 1]!.end);
}

/** Whether `start` opens the text or a line: only spaces between it and a line break before. */
function opensParagraph(text: string, start: number): boolean {
  let index = start - 1;
  while (index >= 0 && (text[index] === ' ' || text[index] === '\t')) index--;
  return index < 0 || text[index] === '\n';
}

function speakerOf(text: string, mention: Span | null, locale: Locale, rolePhrase?: Span): QuoteSpeaker | null {
  if (!mention) return null;
  if (rolePhrase) {
    const words = rolePhrase.text.split(/\s+/);
    const description = (locale.determiners.has(words[0]!.toLowerCase()) ? words.slice(1) : words).join(' ');
    return { name: mention.text, mention: span(text, mention.start, mention.end), named: true, ...(description ? { description } : {}) };
  }
  const words = mention.text.split(/\s+/);
  if (vagueSource(words, locale)) return null;
  // "Hierzu führte er aus:", "Dazu schreibt er in einem Beitrag:": in the verb-second order an
  // adverb and the verb come first, and the pronoun after them speaks.
  const inner = words.length > 2 && !locale.determiners.has(words[0]!.toLowerCase()) ? innerPronoun(text, mention, locale) : null;
  // ("sagt man", "Man kann sagen", "on dit": the impersonal pronoun names no speaker.)
  if (locale.impersonal?.has((inner?.text ?? (words.length === 1 ? words[0]! : '')).toLowerCase()) === true) return null;
  if (inner) return { name: inner.text, mention: inner, named: false };
  const determiner = locale.determiners.has(words[0]!.toLowerCase());
  const pronoun = words.length === 1 && locale.pronouns.has(words[0]!.toLowerCase());
  // Where nouns are capitalised, a phrase that opens with another lower-case word is no
  // noun phrase but the words of a clause ("darf Maron dann noch", "gar", "wie es"): no speaker.
  // (A name's particle opens a name: "von Preen", "de Decker"; a number a share: "61 Prozent".)
  const nameParticle = NAME_PARTICLES.has(words[0]!) && words.length > 1 && /^\p{Lu}/u.test(words[1]!);
  if (locale.capitalisedNouns === true && !determiner && !pronoun && !nameParticle && !/^[\p{Lu}\d]/u.test(words[0]!)) return null;
  // Where nouns are lower case, a phrase opens with a capital, a determiner, a pronoun, a role
  // or a quantifier ("varios expertos"); an elided article before a name too ("l'OMS", "d'Amnesty").
  if (locale.phraseOpeners !== undefined && !determiner && !pronoun && !nameParticle && !opensNounPhrase(words, locale)) return null;
  const first = determiner ? 1 : 0;
  // ("Jonas Berger von der Bäckerinnung sagte": a given name and a surname, then the place
  // or body they speak for after a preposition: the name is the two words.)
  const run = capitalRun(words, first);
  if (run - first >= 2 && locale.nounLinks.has(words[run] ?? '') && isGivenName(foldDiacritics(words[first]!.toLowerCase()))) {
    return { name: words.slice(first, run).join(' '), mention: span(text, mention.start, mention.end), named: true };
  }
  // A role or title before a name describes the person: "Bürgermeisterin Anna Weber" is Anna Weber.
  let role = first;
  while (role < words.length - 1 && roleIn(locale, words[role]!) !== null) role++;
  // ("ein Sprecher Weimers": after an article, a role and one name in the genitive is someone of that name's, unnamed.)
  if (role > first && first > 0 && role === words.length - 1 && /^\p{Lu}\p{L}+s$/u.test(words[role]!) && locale.capitalisedNouns === true) return { name: words.slice(first).join(' '), mention: span(text, mention.start, mention.end), named: false };
  if (role > first && /^\p{Lu}/u.test(words[role]!)) {
    return { name: words.slice(role).join(' '), mention: span(text, mention.start, mention.end), named: true, description: words.slice(first, role).join(' ') };
  }
  // ("der zweimalige spanische Tour-Sieger Alberto Contador": a given name that opens the
  // phrase's closing run of capitalised words opens the name; the words before describe it.)
  for (let given = first + 1; given < words.length - 1; given++) {
    if (!isGivenName(foldDiacritics(words[given]!.toLowerCase())) || !words.slice(given).every((word) => /^\p{Lu}/u.test(word))) continue;
    return { name: words.slice(given).join(' '), mention: span(text, mention.start, mention.end), named: true, description: words.slice(first, given).join(' ') };
  }
  // ("la vecina Carmen Soto": where nouns are lower case, a noun or two before a name that
  // closes the phrase describe the person as a role does, and no particle stands between.)
  let noun = role;
  while (locale.phraseOpeners !== undefined && noun < words.length - 1 && noun - role < 2 && /^\p{Ll}+$/u.test(words[noun]!) && !NAME_PARTICLES.has(words[noun]!) && !locale.nounLinks.has(words[noun]!)) noun++;
  if (noun > role && words.slice(noun).every((word) => /^\p{Lu}/u.test(word))) {
    return { name: words.slice(noun).join(' '), mention: span(text, mention.start, mention.end), named: true, description: words.slice(first, noun).join(' ') };
  }
  // ("l'édile": the elided article is no part of the name either.)
  const name = words.slice(first).join(' ').replace(/^[lL]['’](?=\p{Ll})/u, '');
  if (name === '') return null;
  return { name, mention: span(text, mention.start, mention.end), named: !determiner && !pronoun && /^\p{Lu}/u.test(name) };
}

/** The index of the first word from `from` on that does not open with a capital (`words.length` if none). */
function capitalRun(words: readonly string[], from: number): number {
  let index = from;
  while (index < words.length && /^\p{Lu}/u.test(words[index]!)) index++;
  return index;
}

/** A subject pronoun standing as a word after the first of a phrase ("Hierzu führte er aus"), as its span. */
function innerPronoun(text: string, mention: Span, locale: Locale): Span | null {
  const pattern = /\S+/g;
  let match: RegExpExecArray | null;
  let index = 0;
  while ((match = pattern.exec(mention.text)) !== null) {
    // (Lower case only: inside a phrase German "Sie" is the reader addressed, never "she".)
    if (index++ > 0 && match[0] === match[0].toLowerCase() && locale.pronouns.has(match[0])) {
      const start = mention.start + match.index;
      return span(text, start, start + match[0].length);
    }
  }
  return null;
}

/** Whether a word may open a speaker's phrase where nouns are lower case: see {@link Locale.phraseOpeners}. */
function opensNounPhrase(words: readonly string[], locale: Locale): boolean {
  const word = words[0]!;
  if (/^\p{Lu}/u.test(word) || /^[ldLD]['’]\p{Lu}/u.test(word)) return true;
  const lower = word.toLowerCase();
  if (locale.roles.has(lower) || locale.phraseOpeners!.has(lower)) return true;
  // A role after an elided article: "l'édile", "l’avocat".
  if (/^l['’]/.test(lower) && roleIn(locale, lower.slice(2)) !== null) return true;
  // A noun with a named complement: "(según) información del Consejo Electoral".
  if (words.length > 2 && locale.nounLinks.has(words[1]!.toLowerCase()) && words.slice(2).some((next) => /^\p{Lu}/u.test(next))) return true;
  // A bare plural noun: "según fuentes oficiales", "organizaciones sociales denunciaron".
  return lower.length >= 4 && lower.endsWith('s') && !locale.stops.has(lower) && !locale.fillers.has(lower) && !(locale.pluralLookalikes?.has(lower) ?? false);
}

const trimmedSpan = (text: string, start: number, end: number): Span => {
  let from = start;
  let to = end;
  while (from < to && /[\s,;:\u2014\u2013-]/.test(text[from]!)) from++;
  while (to > from && /[\s,;:.!?\u2014\u2013-]/.test(text[to - 1]!)) to--;
  return span(text, from, to);
};

/**
 * An attribution set off by commas inside a quotation's marks, cue first (", a-t-elle ajouté,",
 * ", dijo el ministro,", ", sagte sie,"), or by a comma and the full stop of the quote's first
 * sentence (", ajoute le maire. Je pense …"), with two words or more on either side: the
 * attribution and the two pieces of the quote; or closing the quote inside its marks ("« On n'en
 * peut plus, soupire-t-elle. »"): the attribution and the one piece; or null.
 */
/** Dashes that set off an attribution inside a quote's marks. */
const INCISE_DASHES = '-\u2013\u2014';

function inciseIn(text: string, tokens: readonly Token[], locale: Locale): { found: Found; pieces: Span[] } | null {
  let words = 0;
  for (let comma = 0; comma < tokens.length; comma++) {
    const token = tokens[comma]!;
    if (token.kind === 'word') {
      words++;
      continue;
    }
    const next = tokens[comma + 1];
    // ("«Siamo pronti - ha aggiunto il sindaco - a ripartire»", "«Estamos listos —dijo— para …»":
    // a dash after a space opens the attribution as a comma does, and another dash closes it.)
    const dash = INCISE_DASHES.includes(token.text) && /\s/.test(text[token.start - 1] ?? '');
    if (token.text !== ',' && !dash || words < 2 || !(isCue(locale, next) || invertedCue(locale, next) || next !== undefined && locale.auxiliaries.has(next.lower) && isCue(locale, tokens[comma + 2]))) continue;
    let close = comma + 2;
    while (close < tokens.length && close - comma <= 8 && tokens[close]!.kind === 'word') close++;
    // (The attribution may close the quote's first sentence: "« …, ajoute Jérôme Viaud. Je pense … »".)
    const closer = tokens[close]?.text ?? '';
    if ((dash ? !INCISE_DASHES.includes(closer) : closer !== ',' && closer !== '.') && close < tokens.length) continue;
    let after = 0;
    for (let index = close + 1; index < tokens.length && after < 2; index++) if (tokens[index]!.kind === 'word') after++;
    // (Or close the quote, inside its marks: "« On n'en peut plus, soupire-t-elle. »".)
    const found = after >= 2 || after === 0 ? tail(text, tokens.slice(comma, close + 1), locale) : null;
    if (!found?.speaker) continue;
    const last = tokens[tokens.length - 1]!;
    const first = trimmedSpan(text, tokens[0]!.start, token.start);
    // ("… - spiega Anna Rossi -. Ora …": a full stop after the closing dash ends the first sentence.)
    const rest = dash && tokens[close + 1]?.text === '.' ? close + 1 : close;
    return { found, pieces: after === 0 ? [first] : [first, trimmedSpan(text, tokens[rest]!.end, last.end)] };
  }
  return null;
}

/** The dashes that open a line of speech and set off its attribution: em dash, en dash. */
const SPEECH_DASHES = '\u2014\u2013';

/**
 * Speech after a dash, the way Spanish and French print dialogue and interviews: a line that
 * opens with a dash is speech, and its attribution is set off by another dash ("—No vamos a
 * ceder —dijo el ministro—. Lo importante …") or follows a comma ("— Nous ne céderons pas, a
 * déclaré le ministre."). A line with no attribution of its own is left out (a question's, an
 * interviewer's, or a list's).
 */
function dashQuotes(text: string, locale: Locale, analysis: TextAnalysis): Quote[] {
  const quotes: Quote[] = [];
  for (let lineStart = 0; lineStart < text.length; ) {
    let lineEnd = text.indexOf('\n', lineStart);
    if (lineEnd < 0) lineEnd = text.length;
    let open = lineStart;
    while (open < lineEnd && (text[open] === ' ' || text[open] === '\t')) open++;
    if (open < lineEnd && SPEECH_DASHES.includes(text[open]!)) quotes.push(...dashLine(text, open + 1, lineEnd, locale, analysis));
    lineStart = lineEnd + 1;
  }
  return quotes;
}

/** The quotes of one line of speech that opens at `from` (after its dash) and ends at `end`. */
function dashLine(text: string, from: number, end: number, locale: Locale, analysis: TextAnalysis): Quote[] {
  // The attribution's own dash: after a space, a verb of saying after it ("—dijo", "— a dit").
  let dash = -1;
  for (let at = from; at < end && dash < 0; at++) if (SPEECH_DASHES.includes(text[at]!) && text[at - 1] === ' ') dash = at;
  if (dash > from) {
    let close = dash + 1;
    while (close < end && !SPEECH_DASHES.includes(text[close]!) && !'.!?'.includes(text[close]!)) close++;
    const tokens = analysis.tokensIn(dash + 1, close);
    const found = isCue(locale, tokens[0]) || locale.auxiliaries.has(tokens[0]?.lower ?? '') && isCue(locale, tokens[1]) ? tail(text, tokens, locale) : null;
    if (!found) return [];
    const speaker = speakerOf(text, found.speaker, locale, found.role);
    const pieces = [trimmedSpan(text, from, dash)];
    // "—. Lo importante es el campo.": the speech goes on after the closing dash.
    if (close < end && SPEECH_DASHES.includes(text[close]!)) {
      let next = close + 1;
      while (next < end && /[\s.,;:]/.test(text[next]!)) next++;
      if (next < end) pieces.push(trimmedSpan(text, next, end));
    }
    return pieces.filter((piece) => /\S\s+\S/.test(piece.text)).map((piece) => ({ text: piece.text, start: piece.start, end: piece.end, kind: 'direct', speaker, cue: found.cue }));
  }
  // "— Nous ne céderons pas, a déclaré le ministre.": the first comma followed by a verb of saying.
  const tokens = analysis.tokensIn(from, end);
  for (let comma = 1; comma < tokens.length; comma++) {
    if (tokens[comma]!.text !== ',') continue;
    const found = tail(text, tokens.slice(comma), locale);
    if (!found?.speaker) continue;
    const piece = trimmedSpan(text, from, tokens[comma]!.start);
    return /\S\s+\S/.test(piece.text) ? [{ text: piece.text, start: piece.start, end: piece.end, kind: 'direct', speaker: speakerOf(text, found.speaker, locale, found.role), cue: found.cue }] : [];
  }
  return [];
}

/** Direct quotes: every paired quotation with an attribution before or after it. */
/** Whether the period at `at` closes a title before a name ("a déclaré M. Doucet"), not the sentence. */
function titlePeriod(text: string, at: number, locale: Locale): boolean {
  if (text[at] !== '.' || text[at + 1] !== ' ' || !/\p{Lu}/u.test(text[at + 2] ?? '')) return false;
  let start = at;
  while (start > 0 && /\p{L}/u.test(text[start - 1]!)) start--;
  return start < at && at - start <= 4 && locale.roles.has(`${text.slice(start, at).toLowerCase()}.`);
}

function directQuotes(text: string, locale: Locale, analysis: TextAnalysis, pairs: readonly Span[], orphans: Quote[] = []): Quote[] {
  const quotes: Quote[] = [];
  let previousEnd = 0;
  // The end of the last term in marks left out as no quote.
  let skippedEnd = 0;
  for (const [index, pair] of pairs.entries()) {
    const content = trimmedSpan(text, pair.start + 1, pair.end - 1);
    const nextStart = pairs[index + 1]?.start ?? text.length;
    if (content.end - content.start < 2) continue;
    let tailEnd = pair.end;
    const limit = Math.min(nextStart, pair.end + WINDOW);
    while (tailEnd < limit && (!'.!?\n'.includes(text[tailEnd]!) || titlePeriod(text, tailEnd, locale))) tailEnd++;
    let leadStart = pair.start;
    const floor = Math.max(previousEnd, pair.start - WINDOW);
    while (leadStart > floor && !'.!?\n'.includes(text[leadStart - 1]!)) leadStart--;
    previousEnd = pair.end;
    // « Si nous ne faisons rien, a-t-elle ajouté, les jeunes … »: the attribution inside the
    // marks splits the quote in two pieces, both its speaker's.
    const incise = inciseIn(text, analysis.tokensIn(content.start, content.end), locale);
    if (incise) {
      const speaker = speakerOf(text, incise.found.speaker, locale, incise.found.role);
      for (const piece of incise.pieces) quotes.push({ text: piece.text, start: piece.start, end: piece.end, kind: 'direct', speaker, cue: incise.found.cue });
      continue;
    }
    // A quote closed by its own full stop, a capital after it, is a sentence: the words after
    // it open the next one and attribute nothing to it („… nötig.“ Oberbürgermeister X sagte, …).
    const closed = text[pair.end - 2] === '.' && /^\s*\p{Lu}/u.test(text.slice(pair.end, pair.end + 3));
    const leadTokens = analysis.tokensIn(leadStart, pair.start);
    const found = (closed ? null : tail(text, analysis.tokensIn(pair.end, tailEnd), locale)) ?? lead(text, leadTokens, locale);
    // „…“ Das teilte der Sprecher mit.: the sentence after the quote points back to it.
    const back = found ? null : backReference(text, pair.end, analysis.tokensIn(pair.end, Math.min(text.length, pair.end + WINDOW)), locale);
    if (back) {
      quotes.push({ text: content.text, start: content.start, end: content.end, kind: 'direct', speaker: speakerOf(text, back.speaker, locale, back.role), cue: back.cue });
      continue;
    }
    if (!found) {
      // A quote with no attribution of its own right after an attributed one in the same
      // paragraph goes on with its speaker: „…“, sagte die Ministerin. „…“
      const before = quotes[quotes.length - 1];
      // (Not past a term in marks left out below: the words between may name another speaker.)
      // (Nor a name or title in marks: "für die Tageszeitung „Le Courrier du Soir“".)
      if (before?.speaker && before.end <= pair.start && !text.slice(before.end, pair.start).includes('\n') && /\s\S+\s/.test(content.text) && skippedEnd <= before.end && !namesTitle(leadTokens, content.text, locale, false)) {
        quotes.push({ text: content.text, start: content.start, end: content.end, kind: 'direct', speaker: before.speaker, cue: before.cue });
      } else if (wholeSentence(text, pair) && /\s\S+\s\S+\s/.test(content.text) && !namesTitle(leadTokens, content.text, locale, false)) {
        orphans.push({ text: content.text, start: content.start, end: content.end, kind: 'direct', speaker: null, cue: null });
      }
      continue;
    }
    const speaker = speakerOf(text, found.speaker, locale, found.role);
    // A word or two in marks with no one to say them is a term or a title („Mixed Show“), not a
    // quote; so are they after an article, a noun of the sentence ("Mit den “dots” meinte er").
    // (Nor, with no one to say them, any words in marks after an article or a preposition, or a
    // noun where nouns are capitalised: a name or a title, "Wie das „Abendblatt Nord“ berichtet".)
    const article = leadTokens[leadTokens.length - 1];
    const title = namesTitle(leadTokens, content.text, locale, true);
    // (With no colon or comma between, a short title may follow the verb: "Er schrieb „Das Kapital“".)
    if (found.bare === true && !/\S\s+\S+\s+\S+\s+\S/.test(content.text)) {
      skippedEnd = pair.end;
      continue;
    }
    if ((!speaker || title || article?.kind === 'word' && locale.determiners.has(article.lower)) && !/\S\s+\S+\s+\S/.test(content.text) || !speaker && title) {
      skippedEnd = pair.end;
      continue;
    }
    quotes.push({ text: content.text, start: content.start, end: content.end, kind: 'direct', speaker, cue: found.cue });
  }
  return quotes;
}

/** How many tokens before words in marks a verb of saying makes them its speaker's words, not a title. */
const TITLE_CUE_TOKENS = 3;

/**
 * Whether the words in marks `content` after `lead` (the words of the sentence before them) name
 * a thing: words that open with a capital and close with no sentence's stop, after an article
 * ("das „Abendblatt Nord“"), where `prepositions` says so after a preposition ("in »Journal of
 * …«"), and where nouns are capitalised after a noun inside a sentence, with no verb of saying
 * just before ("für die Tageszeitung „Le Courrier …“"; "schreibt Susan Sontag „…“" quotes her).
 * Words that open in lower case there are a quoted piece of a sentence ("Dafür müsse man den
 * Konzern „rechtzeitig umsteuern“").
 */
function namesTitle(lead: readonly Token[], content: string, locale: Locale, prepositions: boolean): boolean {
  const last = lead[lead.length - 1];
  if (last?.kind !== 'word' || !/^\p{Lu}/u.test(content) || /[.!?…]$/.test(content)) return false;
  if (locale.determiners.has(last.lower) || prepositions && locale.nounLinks.has(last.lower)) return true;
  return locale.capitalisedNouns === true && last.cap && lead.length > 1 && /\p{Ll}/u.test(last.text) && !locale.pronouns.has(last.lower) && roleIn(locale, last.text) === null && !lead.slice(-TITLE_CUE_TOKENS).some((token) => isCue(locale, token));
}

/**
 * The attribution of a sentence that opens right after a quote and points back to it: the
 * locale's back reference ("Das", "Así lo"), a verb of saying, then the speaker ("Das teilte
 * Staatsanwalt Frank Pieper mit.", "Así lo afirmó la ministra."); at most a paragraph break and
 * the quote's full stop between. Null for anything else.
 */
function backReference(text: string, from: number, tokens: readonly Token[], locale: Locale): Found | null {
  const index = tokens[0]?.text === '.' ? 1 : 0;
  const first = tokens[index];
  if (!first || first.kind !== 'word' || !first.cap || locale.backReferences === undefined) return null;
  // (Only white space, and no more than one blank line, between the quote and the sentence.)
  if (paragraphsBetween(text, from, first.start) > 1) return null;
  const at = backReferenceCue(tokens, index, locale);
  if (at < 0) return null;
  const cue = tokens[at]!;
  const speaker = phraseAfter(text, tokens, at + 1, locale, PARTICLES);
  if (!speaker) return null;
  const named = nameInApposition(text, tokens, speaker, locale);
  return named ? { speaker: named, cue: span(text, cue.start, cue.end), role: speaker } : { speaker, cue: span(text, cue.start, cue.end) };
}

/**
 * The index of the cue right after the locale's back reference at `index` ("Lo ha | detto",
 * "Así lo | afirmó", "Das | teilte"): the first reference whose words stand there decides;
 * -1 when none does or no cue follows it.
 */
function backReferenceCue(tokens: readonly Token[], index: number, locale: Locale): number {
  for (const reference of locale.backReferences ?? []) {
    const words = reference.split(' ');
    if (wordsAt(tokens, index, words)) return isCue(locale, tokens[index + words.length]) ? index + words.length : -1;
  }
  return -1;
}

/** Reported speech: "X sagte, dass …", "X a déclaré que …", "laut X …", "selon X, …", "X zufolge …". */
function reportedQuotes(text: string, locale: Locale, direct: readonly Quote[], analysis: TextAnalysis, pairs: readonly Span[]): Quote[] {
  const quotes: Quote[] = [];
  let cursor = 0;
  let pair = 0;
  for (const sentence of analysis.lineSentences) {
    while (cursor < direct.length && direct[cursor]!.end < sentence.start) cursor++;
    if (cursor < direct.length && direct[cursor]!.start < sentence.end) continue;
    if (sentence.end - sentence.start > 1500) continue;
    // A sentence inside quotation marks is the quoted person's, even where no attribution was
    // found for them: "dijo que" in it reports a report, never the text's own (sentences and
    // pairs both in text order, so one pointer each).
    while (pair < pairs.length && pairs[pair]!.end <= sentence.start) pair++;
    let last = pair;
    while (last < pairs.length && pairs[last]!.start < sentence.end) last++;
    const quoted = pairs.slice(pair, last);
    const tokens = analysis.tokensIn(sentence.start, sentence.end);
    // ("Lo ha detto il procuratore … sull’indagine che ha scoperto …": a sentence that opens
    // with a back reference and a cue attributes the quote before it and reports nothing new.)
    if (tokens[0]?.cap === true && backReferenceCue(tokens, 0, locale) >= 0) continue;
    const found = readSentence(text, tokens, locale, sentence, quoted);
    if (found) quotes.push(withImpersonalSource(text, tokens, found, locale));
  }
  return quotes;
}

/**
 * A reported quote whose cue reports only beside the impersonal pronoun, with the place the
 * words came from as its speaker where the sentence names it ("Aus dem Ministerium hieß es, man
 * prüfe …"): see {@link impersonalSource}. Any other quote as it is.
 */
function withImpersonalSource(text: string, tokens: readonly Token[], quote: Quote, locale: Locale): Quote {
  if (locale.impersonalCues?.from === undefined || quote.cue === null) return quote;
  const index = tokens.findIndex((token) => token.start === quote.cue!.start);
  const source = index >= 0 ? impersonalSource(text, tokens, index, locale) : null;
  return source ? { ...quote, speaker: speakerOf(text, source, locale) } : quote;
}

/**
 * The first token of the noun phrase that ends at `last` (a source before "zufolge", which
 * takes the dative): back over capitalised nouns and their complements ("Angaben der Polizei",
 * "einem Bericht aus Südkorea"), inflected adjectives ("ersten Erkenntnissen") and one article
 * of the dative, which opens it ("dem Bericht"); -1 when `last` is no noun.
 */
function nounPhraseStart(tokens: readonly Token[], last: number, locale: Locale): number {
  if (tokens[last]?.kind !== 'word' || !tokens[last]!.cap) return -1;
  let first = last;
  while (first > 0) {
    const previous = tokens[first - 1]!;
    const before = tokens[first - 2];
    if (previous.kind !== 'word') break;
    // An article of the dative opens the phrase ("die" after "Männer," is a relative pronoun).
    // (After a noun it is a genitive's, and the phrase goes on: "Angaben der Polizei".)
    const afterNoun = before?.kind === 'word' && before.cap && !locale.stops.has(before.lower) && !locale.fillers.has(before.lower);
    if (locale.datives?.has(previous.lower) === true && !afterNoun) return first - 1;
    const noun = previous.cap && first - 1 > 0 && !locale.stops.has(previous.lower);
    // A preposition joins a noun to its complement: "Bericht aus Südkorea".
    const link = locale.nounLinks.has(previous.lower) && before?.kind === 'word' && before.cap;
    // An adjective: an inflected ending, not after a noun (after one it is a verb: "Röhren können").
    const adjective = !previous.cap && previous.lower.length >= 5 && /(?:en|em|er|es)$/.test(previous.lower) && !locale.stops.has(previous.lower) && !locale.reportedMood.has(previous.lower) && !(before?.kind === 'word' && before.cap);
    if (!(noun || link || adjective || locale.datives?.has(previous.lower) === true)) break;
    first--;
  }
  // (The sentence's first word, capitalised as any first word, is the phrase's noun unless it is a preposition or an adverb: "Angaben der Polizei zufolge".)
  if (first === 1 && tokens[0]!.kind === 'word' && !locale.stops.has(tokens[0]!.lower) && !locale.fillers.has(tokens[0]!.lower)) first = 0;
  return first;
}

/**
 * Whether a phrase after a verb of saying names someone who may speak, where nouns are lower
 * case (French, Spanish): a capitalised word ("dijo Pedro Sánchez que"), a pronoun ("dijo él")
 * or a role, singular or plural ("aseguró el alcalde", "dijeron los ministros"). A common
 * noun there is the verb's object, its "que" a relative pronoun: "destacó los operativos que se
 * realizan en conjunto" reports nothing.
 */
function namesSomeone(phrase: string, locale: Locale): boolean {
  return phrase.split(' ').some((word) => /^\p{Lu}/u.test(word) && !locale.determiners.has(word.toLowerCase()) || locale.pronouns.has(word.toLowerCase())
    || roleIn(locale, word) !== null || roleIn(locale, word.replace(/e?s$/, '')) !== null);
}

/**
 * The subject that opens the sentence and ends at the comma at token `comma`, typed between
 * the subject and its verb where nouns are lower case ("La presidenta municipal, dijo que …",
 * "Le maire, a déclaré que …"): a determiner, then words only, a role or a capitalised word
 * among them ("La semana pasada," is a time, "Sin embargo," an adverb); null for anything else.
 */
function subjectBeforeComma(text: string, tokens: readonly Token[], comma: number, locale: Locale): Span | null {
  if (locale.capitalisedNouns === true || comma < 2 || comma > PHRASE_WORDS || tokens[comma]?.text !== ',' || !locale.determiners.has(tokens[0]!.lower)) return null;
  const words = tokens.slice(1, comma);
  if (!words.every((token) => token.kind === 'word') || !words.some((token) => token.cap || roleIn(locale, token.text) !== null)) return null;
  return span(text, tokens[0]!.start, tokens[comma - 1]!.end);
}

/**
 * Whether the cue at `index` is an infinitive after "zu" or beside a modal verb of its clause
 * (see `Locale.modals`): "Man kann also sagen, dass …", "… sagen müssen, dass …".
 */
function hypothetical(tokens: readonly Token[], index: number, locale: Locale): boolean {
  const word = tokens[index]!.lower;
  if (locale.modals === undefined || !word.endsWith('en') || word.startsWith('ge')) return false;
  if (tokens[index - 1]?.lower === 'zu' || locale.modals.has(tokens[index + 1]?.lower ?? '')) return true;
  for (let cursor = index - 1; cursor >= 0 && index - cursor < FINITE_WINDOW; cursor--) {
    const token = tokens[cursor]!;
    if (token.kind !== 'word' || locale.complementizers.has(token.lower)) return false;
    if (locale.modals.has(token.lower)) return true;
  }
  return false;
}

/**
 * Whether the subject `phrase` of the cue `cue` (lower case) is a thing's, where the cue has a
 * sense other than speech (see `Locale.otherSenses`): a possessive, then no role and no name.
 */
function thingIndicates(phrase: Span, cue: string, locale: Locale): boolean {
  const senses = locale.otherSenses;
  if (senses === undefined || !senses.cues.has(cue)) return false;
  const [first, ...rest] = phrase.text.split(/\s+/);
  return senses.possessives.has(first!.toLowerCase()) && rest.every((word) => !/^\p{Lu}/u.test(word) && roleIn(locale, word) === null);
}

/** Whether the cue at `index` is a participle ("gesagt") right after a finite form of "sein" or "werden" ("so viel sei gesagt", "wurde gesagt"). */
function passiveParticiple(tokens: readonly Token[], index: number, locale: Locale): boolean {
  const before = tokens[index - 1]?.lower ?? '';
  return tokens[index]!.lower.startsWith('ge') && locale.finiteVerbs !== undefined && (locale.finiteVerbs.passive.has(before) || before === 'sei' || before === 'ist');
}

/** How far into a clause its finite verb is looked for. */
const MOOD_WINDOW = 12;

/** Whether a verb in the locale's reported mood stands among the first words of `from`..`to` (before another comma). */
function reportedMoodIn(tokens: readonly Token[], from: number, to: number, locale: Locale): boolean {
  // ("…, man prüfe den Antrag": any verb's Konjunktiv I right after the pronoun that opens the clause.)
  const ending = locale.reportedEnding;
  const verb = tokens[from + 1];
  if (ending !== undefined && from + 1 < to && ending.pronouns.has(tokens[from]!.lower) && verb?.kind === 'word' && !verb.cap && verb.lower.length >= 4 && verb.lower.endsWith(ending.ending) && !ending.except.has(verb.lower)) return true;
  for (let index = from; index < to && index - from < MOOD_WINDOW; index++) {
    const token = tokens[index]!;
    if (token.text === ',' && index > from) {
      // ("der Mann, ein 26-jähriger Syrer, sei …": an apposition opened by an article or a number goes on to its closing comma.)
      const close = appositionEnd(tokens, index, to, locale);
      if (close < 0) return false;
      index = close;
      continue;
    }
    if (token.kind === 'word' && locale.reportedMood.has(token.lower)) return true;
  }
  return false;
}

/** The closing comma of an apposition that opens after the comma at `comma` with an article or a number ("…, ein Syrer, …"), or -1. */
function appositionEnd(tokens: readonly Token[], comma: number, to: number, locale: Locale): number {
  const opener = tokens[comma + 1];
  if (!opener || !(opener.kind === 'word' && locale.determiners.has(opener.lower) || /^\d/.test(opener.text))) return -1;
  for (let index = comma + 2; index < to && index - comma <= 8; index++) if (tokens[index]!.text === ',') return index;
  return -1;
}

/**
 * Where a clause's content ends before a second attribution that closes the sentence ("X sagte,
 * der Mann sei festgenommen worden, berichtete die Agentur DPA."): the comma before a cue and a
 * short phrase up to the end, or `end` itself.
 */
function beforeClosingCue(tokens: readonly Token[], from: number, end: number, locale: Locale): number {
  for (let index = end - 1; index > from && end - index <= PHRASE_WORDS + 3; index--) {
    if (tokens[index]!.text === ',' && isCue(locale, tokens[index + 1]) && opensSpeaker(tokens[index + 2], locale)) return index;
  }
  return end;
}

/** Whether the word tokens from `index` on are `words` (lower case): a listed phrase of several words. */
function wordsAt(tokens: readonly Token[], index: number, words: readonly string[]): boolean {
  return words.every((word, offset) => tokens[index + offset]?.kind === 'word' && tokens[index + offset]!.lower === word);
}

/** Each locale's source phrases as words, by their first word (split once). */
const sourcePhrasesByFirst = new WeakMap<Locale, Map<string, string[][]>>();

/** The last token of the locale's source phrase ("nach Angaben der …") that starts at `index`, the longest listed; -1 if none. */
function sourcePhraseEnd(tokens: readonly Token[], index: number, locale: Locale): number {
  let byFirst = sourcePhrasesByFirst.get(locale);
  if (!byFirst) {
    byFirst = new Map();
    for (const phrase of locale.sourcePhrases) {
      const words = phrase.split(' ');
      byFirst.set(words[0]!, [...(byFirst.get(words[0]!) ?? []), words]);
    }
    sourcePhrasesByFirst.set(locale, byFirst);
  }
  let best = -1;
  for (const words of byFirst.get(tokens[index]!.lower) ?? []) {
    if (index + words.length - 1 <= best) continue;
    if (wordsAt(tokens, index, words)) best = index + words.length - 1;
  }
  return best;
}

function readSentence(text: string, tokens: readonly Token[], locale: Locale, sentence: Span, quoted: readonly Span[] = []): Quote | null {
  // ("le dijo a CNN que “vamos a atrapar a esta persona. Vamos …”": words in marks right after
  // "que" are the speaker's own, a direct quote to the closing mark, past the sentence's end.)
  const make = (content: Span, speaker: Span | null, cue: Span, role?: Span): Quote | null => {
    // (Only where the marks close the sentence or run past it: "que “no habrá cambios” en el plan" stays reported.)
    const pair = quoted.find((marks) => marks.start === content.start && marks.end > content.start + 2 && !/[\p{L}\p{N}]/u.test(text.slice(marks.end, content.end)));
    const words = pair === undefined ? content : trimmedSpan(text, pair.start + 1, pair.end - 1);
    return words.end - words.start >= 8 ? { text: words.text, start: words.start, end: words.end, kind: pair === undefined ? 'indirect' : 'direct', speaker: speakerOf(text, speaker, locale, role), cue } : null;
  };
  let inner: Quote | null = null;
  let pair = 0;
  for (let index = 0; index < tokens.length; index++) {
    const token = tokens[index]!;
    // (Tokens and pairs both in text order: one pointer.)
    while (pair < quoted.length && quoted[pair]!.end <= token.start) pair++;
    if (token.kind !== 'word' || pair < quoted.length && quoted[pair]!.start < token.start && token.end < quoted[pair]!.end) continue;
    const lower = token.lower;
    // "Laut dem Bericht ist …", "Selon le ministre, …"; "…, selon le ministre."
    // ("Nach Angaben der Polizei …": a phrase of several words attributes as one preposition.)
    let cueEnd = locale.sourceBefore.has(lower) ? index : sourcePhraseEnd(tokens, index, locale);
    // ("…, según informó la agencia estatal": a verb of saying after the preposition belongs
    // to it, with the one spoken to after it, "según dijeron a Radio Norte tres fuentes"; the source follows.)
    if (cueEnd >= 0 && isCue(locale, tokens[cueEnd + 1]) && locale.capitalisedNouns !== true) {
      cueEnd++;
      const told = recipientEnd(tokens, cueEnd + 1, locale);
      if (told >= 0 && opensSpeaker(tokens[told + 1], locale) || told >= 0 && locale.phraseOpeners?.has(tokens[told + 1]?.lower ?? '') === true) cueEnd = told;
    }
    if (cueEnd >= 0 && (index === 0 || tokens[index - 1]!.text === ',')) {
      const cue = span(text, token.start, tokens[cueEnd]!.end);
      let last = cueEnd;
      // ("Según fuentes del club": a preposition joining the source's noun to its complement goes on.)
      const joins = (at: number): boolean => locale.nounLinks.has(tokens[at]!.lower) && tokens[at + 1]?.kind === 'word' && !locale.stops.has(tokens[at + 1]!.lower);
      // ("Laut einer neuen Studie": where nouns are capitalised, an inflected adjective goes on after an article.)
      const adjective = (at: number): boolean => locale.capitalisedNouns === true && at > cueEnd + 1 && !tokens[at]!.cap && /(?:e|en|em|er|es)$/.test(tokens[at]!.lower) && !locale.stops.has(tokens[at]!.lower)
        && (locale.determiners.has(tokens[at - 1]!.lower) || adjective(at - 1));
      // (A particle or conjunction of a name between capitals goes on too: "Studie der University of Oxford", "Polizei und Feuerwehr".)
      const between = (at: number): boolean => locale.capitalisedNouns === true && (NAME_PARTICLES.has(tokens[at]!.lower) || NAME_JOINS.has(tokens[at]!.lower)) && tokens[at - 1]!.cap && tokens[at + 1]?.cap === true;
      // (Where nouns are capitalised a source runs longer: "einer neuen Studie des Deutschen Instituts für Wirtschaftsforschung".)
      const most = locale.capitalisedNouns === true ? PHRASE_WORDS + 4 : PHRASE_WORDS;
      // ("Laut Bäcker- und Konditorenverband …": a compound's first part cut at its hyphen before "und" goes on with the second.)
      const cut = (at: number): boolean => locale.capitalisedNouns === true && tokens[at]?.text === '-' && tokens[at]!.start === tokens[at - 1]!.end && BODY_CONJUNCTIONS.has(tokens[at + 1]?.lower ?? '') && tokens[at + 2]?.cap === true;
      while (last + 1 < tokens.length && last - cueEnd < most) {
        if (cut(last + 1)) last += 2;
        else if (tokens[last + 1]!.kind === 'word' && (last === cueEnd || locale.determiners.has(tokens[last + 1]!.lower) || tokens[last + 1]!.cap || !locale.stops.has(tokens[last + 1]!.lower) && locale.code !== 'de' || last > cueEnd && joins(last + 1) || adjective(last + 1) || between(last + 1))) last++;
        else break;
      }
      if (last === cueEnd) return null;
      // (An article or adjective with no noun after it is no source: "Laut der am … getretenen Verordnung".)
      if (locale.capitalisedNouns === true && (locale.determiners.has(tokens[last]!.lower) || adjective(last))) return null;
      const source = span(text, tokens[cueEnd + 1]!.start, tokens[last]!.end);
      if (index === 0) {
        // "Según su presidente, Antonio Garamendi, muchas …": the name in apposition speaks, its role describes it.
        const named = nameInApposition(text, tokens, source, locale);
        if (named) return make(trimmedSpan(text, named.end, sentence.end), named, cue, source);
        // "Selon Pascal Blache, président du groupe de droite, la mesure …": a role between
        // commas after the source describes it; the content starts after the second comma.
        const role = roleInApposition(tokens, last + 1, locale);
        if (role > 0) return make(trimmedSpan(text, tokens[role]!.end, sentence.end), source, cue, span(text, tokens[last + 2]!.start, tokens[role - 1]!.end));
        // ("Selon Eric Martin, qui a confirmé l'affaire, la mesure …": a relative clause on the
        // source, up to its comma, is no part of what is reported.)
        return make(trimmedSpan(text, tokens[relativeEnd(tokens, last + 1, locale)]!.end, sentence.end), source, cue);
      }
      return last >= tokens.length - 2 ? make(trimmedSpan(text, sentence.start, tokens[index - 1]!.start), source, cue) : null;
    }
    // "Dabei ging es laut Staatsanwaltschaft auch um …": inside a clause, where nouns are
    // capitalised, the source is the noun phrase after the preposition and the content the
    // sentence (a verb of saying later in it attributes it as a whole). ("sehr laut Musik": an
    // adverb before "laut" makes it the adjective.)
    const inClause = locale.sourceInClause;
    if (cueEnd >= 0 && index > 0 && inClause !== undefined && !inClause.degreeAdverbs.has(tokens[index - 1]!.lower)) {
      let last = cueEnd;
      // (After a noun only a genitive's article goes on: "Angaben der Polizei", not "Medienberichten eine Erlaubnis".)
      const article = (at: number): boolean => locale.determiners.has(tokens[at]!.lower) && (at === cueEnd + 1 || inClause.genitiveArticles.has(tokens[at]!.lower) && tokens[at - 1]!.cap);
      while (last + 1 < tokens.length && tokens[last + 1]!.kind === 'word' && last - cueEnd < PHRASE_WORDS && (tokens[last + 1]!.cap || article(last + 1))) last++;
      // (A lone noun only of a kind that informs: "laut Polizei", "laut Medienberichten"; "laut Musik" is loud music.)
      const lone = last === cueEnd + 1 && !/^\p{Lu}{2,}$/u.test(tokens[last]!.text) ? tokens[last]!.lower : null;
      if (last > cueEnd && tokens[last]!.cap && (lone === null || inClause.informingNouns.some((ending) => lone.endsWith(ending)))) inner ??= make(trimmedSpan(text, sentence.start, sentence.end), span(text, tokens[cueEnd + 1]!.start, tokens[last]!.end), span(text, token.start, tokens[cueEnd]!.end));
      continue;
    }
    // "Wie die Polizei auf Twitter mitteilte, soll …": a clause of "as" with its verb of saying
    // last, then the content.
    if (index === 0 && locale.asOpeners?.has(lower) === true) {
      let comma = 1;
      while (comma < tokens.length && comma <= MOOD_WINDOW && tokens[comma]!.text !== ',') comma++;
      // (A speaker opens the clause: "Wie bereits erklärt, …" quotes no one.)
      const opens = opensSpeaker(tokens[1], locale) || locale.pronouns.has(tokens[1]?.lower ?? '');
      const speaker = opens && comma > 2 && comma <= MOOD_WINDOW && isCue(locale, tokens[comma - 1]) ? phraseAfter(text, tokens, 1, locale, PARTICLES) : null;
      // (Where nouns are capitalised the phrase ends at its last noun: "die Agentur Reuters diesen Montag".)
      let last = speaker ? tokens.findIndex((token) => token.end === speaker.end) : -1;
      while (locale.capitalisedNouns === true && last > 1 && !tokens[last]!.cap && !locale.pronouns.has(tokens[last]!.lower)) last--;
      if (speaker && last >= 1) return make(trimmedSpan(text, tokens[comma]!.end, sentence.end), span(text, speaker.start, tokens[last]!.end), span(text, tokens[comma - 1]!.start, tokens[comma - 1]!.end));
    }
    // "Dem Bericht zufolge ist …"; inside a clause, "Ein Mensch soll Medienberichten zufolge
    // getötet worden sein": the source is the noun phrase right before, the content the sentence.
    if (locale.sourceAfter.has(lower) && index > 0) {
      const first = nounPhraseStart(tokens, index - 1, locale);
      if (first < 0 || index - first > PHRASE_WORDS) continue;
      const source = trimmedSpan(text, tokens[first]!.start, tokens[index - 1]!.end);
      if (first === 0) return make(trimmedSpan(text, token.end, sentence.end), source, span(text, token.start, token.end));
      // (A verb of saying later in the sentence attributes it as a whole: "…, die Erkenntnissen zufolge …, sagte ein Sprecher.")
      inner ??= make(trimmedSpan(text, sentence.start, sentence.end), source, span(text, token.start, token.end));
      continue;
    }
    // "X sagte, dass …", "X a déclaré que …", "X dijo que …"
    // (Not a cue that speaks only before its speaker, as an adverb: "so aufbrausend, als wäre …".)
    // (Nor a cue after a reflexive pronoun: "el fiscal se refirió a que …", "se dijo que …".)
    // ("so" reports only after a comma: "…, so der Minister"; "um so Zugriff", "genau so ein Szenario" are adverbs.)
    if (isCueBeforeThat(locale, tokens, index) && !(locale.cuesBeforeSpeaker?.has(lower) === true && (!opensSpeaker(tokens[index + 1], locale) || tokens[index - 1]?.text !== ',')) && !particleBeforeWord(tokens, index) && locale.reflexives?.has(tokens[index - 1]?.lower ?? '') !== true && !impersonalAlone(locale, tokens, index)) {
      // "Der Anwalt hat nicht gesagt, dass …", "sagte nicht, dass …", "no dijo que …": denied, not reported.
      // ("Il sindaco non ha detto che …", "no ha dicho que …": before the auxiliary too.)
      let negated = index - 1;
      while (negated > 0 && locale.auxiliaries.has(tokens[negated]!.lower)) negated--;
      if (locale.negations?.has(tokens[negated]?.lower ?? '') === true || locale.negations?.has(tokens[index + 1]?.lower ?? '') === true && tokens[index + 2]?.kind !== 'word') continue;
      // ("Man kann also sagen, dass …": what one could say, no report; "der Beklagte": where nouns
      // are capitalised, a cue's word capitalised inside the sentence is a noun.)
      // (Nor, where nouns are capitalised, a cue that opens the sentence: the verb first asks, "Meint ihr, …?".)
      // (Nor "so viel sei gesagt": a participle after a form of "sein" or "werden" is passive, no one's report.)
      if (hypothetical(tokens, index, locale) || locale.capitalisedNouns === true && token.cap || passiveParticiple(tokens, index, locale)) continue;
      const cue = span(text, token.start, token.end);
      // "Rund 80 Prozent der Züge seien ausgefallen, sagte ein Bahnsprecher."
      if (index > 1 && tokens[index - 1]!.text === ',' && reportedMoodIn(tokens, 0, index - 1, locale)) {
        return make(trimmedSpan(text, sentence.start, tokens[index - 1]!.start), phraseAfter(text, tokens, index + 1, locale, PARTICLES), cue);
      }
      // "…, anunció el ministro de Agricultura, Luis Planas.": a cue after a comma whose speaker
      // (and the name in apposition to it) closes the sentence reports the clause before.
      // (French and Spanish compound tenses: "…, a annoncé mardi le maire, Grégory Doucet.")
      let auxiliary = index - 1;
      while (auxiliary > 0 && tokens[auxiliary]!.kind === 'word' && locale.auxiliaries.has(tokens[auxiliary]!.lower)) auxiliary--;
      if (auxiliary > 2 && tokens[auxiliary]!.text === ',') {
        // ("…, sagen uns mehrere Anwälte": past the one spoken to.)
        const spokenTo = recipientEnd(tokens, index + 1, locale);
        const phrase = phraseAfter(text, tokens, spokenTo >= 0 && opensSpeaker(tokens[spokenTo + 1], locale) ? spokenTo + 1 : index + 1, locale, PARTICLES);
        const named = phrase && nameInApposition(text, tokens, phrase, locale);
        const speakerEnd = (named ?? phrase)?.end ?? -1;
        // (A time may close the sentence after the speaker: "…, sagte ein Sprecher am Abend.")
        // (Or an adverb, and the one spoken to: "…, kritisierte Lucke weiter", "…, sagte sie am
        // Samstag der Deutschen Presse-Agentur".)
        const first = tokens.findIndex((word) => word.start >= speakerEnd);
        let rest = first < 0 ? tokens.length : first;
        while (rest < tokens.length && tokens[rest]!.kind === 'word' && rest - first < 3 && (locale.trailingTimes?.has(tokens[rest]!.lower) === true || locale.fillers.has(tokens[rest]!.lower))) rest++;
        const told = rest < tokens.length && opensRecipient(tokens, rest, locale);
        const tail = told ? [] : tokens.slice(rest).filter((word) => word.kind === 'word');
        if (phrase && tail.length === 0 && (!told || tokens.length - rest <= 10)) {
          return make(trimmedSpan(text, sentence.start, tokens[auxiliary]!.start), named ?? phrase, cue, named ? phrase : undefined);
        }
      }
      let next = index + 1;
      // "Am Montag sagte die Ministerin, …": in the verb-second order the speaker follows the cue.
      const phrase = tokens[next]?.kind === 'word' && !locale.complementizers.has(tokens[next]!.lower) ? phraseAfter(text, tokens, next, locale, PARTICLES) : null;
      const after = phrase && (locale.capitalisedNouns === true || namesSomeone(phrase.text, locale)) ? phrase : null;
      // (The verb's object, then a relative "que": no report.)
      if (phrase && !after) continue;
      while (next < tokens.length && tokens[next]!.kind === 'word' && next - index <= PHRASE_WORDS + 4 && !locale.complementizers.has(tokens[next]!.lower)) next++;
      const comma = tokens[next]?.text === ',';
      while (next < tokens.length && tokens[next]!.text === ',') next++;
      const complementizer = tokens[next];
      if (!complementizer || complementizer.kind !== 'word') continue;
      let subjectEnd = index - 1;
      while (subjectEnd >= 0 && locale.auxiliaries.has(tokens[subjectEnd]!.lower)) subjectEnd--;
      // (Past adverbs after a name in commas or a relative pronoun too: "…, Gustavo Ruiz, también
      // señaló que …", "…, quien también afirmó"; not after another word, "minutos después dijo".)
      // (An object pronoun likewise: "…, Thomas Antonetti, le dijo a CNN que …".)
      let adverbs = subjectEnd;
      while (adverbs >= 0 && (locale.fillers.has(tokens[adverbs]!.lower) || locale.clitics?.has(tokens[adverbs]!.lower) === true)) adverbs--;
      if (adverbs < subjectEnd && (tokens[adverbs]?.text === ',' || locale.relatives?.has(tokens[adverbs]?.lower ?? '') === true)) subjectEnd = adverbs;
      // "Isco, de 33 años, recordó que …": an age between commas is read past to the name.
      const age = ageBefore(tokens, subjectEnd);
      if (age > 0) subjectEnd = age - 1;
      let before = subjectEnd >= 0 ? phraseBefore(text, tokens, subjectEnd, locale) : null;
      let role: Span | undefined;
      // "El presidente de Asaja, Pedro Barato, afirmó que …": the name in commas speaks, the phrase before it is its role.
      if (subjectEnd >= 2 && tokens[subjectEnd]!.text === ',') {
        const named = phraseBefore(text, tokens, subjectEnd - 1, locale);
        let comma = subjectEnd - 1;
        while (comma >= 0 && tokens[comma]!.end > (named?.start ?? 0)) comma--;
        if (named && tokens[comma]?.text === ',' && (/^\p{Lu}/u.test(named.text) || nameAfterRole(tokens, comma + 1, subjectEnd - 1, locale) > 0)) {
          // ("…, el teniente Thomas Antonetti, dijo": a role and its article before the name in commas are the name's.)
          const name = nameAfterRole(tokens, comma + 1, subjectEnd - 1, locale);
          before = name > 0 ? span(text, tokens[name]!.start, named.end) : named;
          role = phraseBefore(text, tokens, comma - 1, locale) ?? undefined;
        }
      }
      // "Michael Brömsen, Betriebsratsvorsitzender von Airbus, erklärte, dass …": a name that
      // opens the sentence, then its roles set off by commas, speaks.
      const appositive = before === null ? nameBeforeRoles(text, tokens, subjectEnd, locale) : null;
      if (appositive) [before, role] = appositive;
      // "La presidenta municipal, dijo que …": a comma typed between the subject and its verb.
      if (before === null) before = subjectBeforeComma(text, tokens, subjectEnd, locale);
      // The words before the cue are its subject when they open the sentence and are no adverb ("Dazu sagte er").
      // (Where nouns are capitalised, a subject pronoun right after the verb is its subject in the
      // verb-second order, the word before it an adverb no list holds: "Vereinfacht sagen wir, dass …".)
      const invertedPronoun = locale.capitalisedNouns === true && after !== null && locale.pronouns.has(after.text);
      const subjectFirst = before !== null && (before.start === tokens[0]!.start || role !== undefined) && !locale.fillers.has(tokens[0]!.lower) && !invertedPronoun;
      const speaker = after && !subjectFirst ? after : before;
      // ("sa hausse indique que …": a thing's, no one's.)
      if (speaker !== null && speaker === before && thingIndicates(speaker, lower, locale)) continue;
      // ("… apunta hacia el sur y que es …": a "que" after a conjunction goes on another clause, not the cue's.)
      if (BODY_CONJUNCTIONS.has(tokens[next - 1]?.lower ?? '') && next - 1 > index) continue;
      // (The content ends before a second attribution closing the sentence: "…, berichtete die Agentur DPA.")
      const closing = beforeClosingCue(tokens, next, tokens.length, locale);
      const contentEnd = closing < tokens.length ? tokens[closing]!.start : sentence.end;
      if (locale.complementizers.has(complementizer.lower)) return make(trimmedSpan(text, complementizer.end, contentEnd), speaker, cue, speaker === before ? role : undefined);
      // "Die Ministerin erklärte, man werde die Hilfen verlängern.": a clause in the reported
      // mood after the comma is the content, with no complementizer.
      if (comma && reportedMoodIn(tokens, next, tokens.length, locale)) return make(trimmedSpan(text, complementizer.start, contentEnd), speaker, cue);
    }
  }
  return inner;
}

/**
 * Where the capitalised name starts that ends the tokens `from` to `to` after an article and a
 * role in lower case ("el teniente Thomas Antonetti" gives "Thomas"'s index), or -1.
 */
function nameAfterRole(tokens: readonly Token[], from: number, to: number, locale: Locale): number {
  let at = locale.determiners.has(tokens[from]?.lower ?? '') ? from + 1 : from;
  if (at >= to || tokens[at]!.cap || roleIn(locale, tokens[at]!.text) === null) return -1;
  while (at < to && !tokens[at]!.cap) at++;
  for (let cursor = at; cursor <= to; cursor++) if (!(tokens[cursor]!.cap || particleBeforeName(tokens, cursor))) return -1;
  return at < to ? at : -1;
}

/**
 * Quotes of a text in a language with a locale (not English): direct quotes with their
 * attribution, then reported clauses and sources by preposition, in text order.
 *
 * @example
 * extractLocaleQuotes('„Es muss sich etwas ändern“, sagte die Managerin.', de)[0]?.speaker?.mention.text
 * //=> 'die Managerin'
 */
export function extractLocaleQuotes(text: string, locale: Locale, reported: boolean, analysis: TextAnalysis = analyzeText(text)): Quote[] {
  const pairs = pairMarks(text, locale);
  const orphans: Quote[] = [];
  const marked = directQuotes(text, locale, analysis, pairs, orphans);
  // (Speech after a dash, where the language prints it so, unless marks quote inside it.)
  const dashed = locale.speechDashes === true ? outside(dashQuotes(text, locale, analysis), marked) : [];
  const direct = dashed.length === 0 ? marked : [...marked, ...dashed].sort((a, b) => a.start - b.start);
  const indirect = reported ? reportedQuotes(text, locale, direct, analysis, pairs) : [];
  const found = [...direct, ...indirect].sort((a, b) => a.start - b.start);
  const named = nameLocaleSpeakers(text, orphans.length === 0 ? found : withReportedSpeakers(text, found, orphans), locale, analysis, pairs);
  return locale.dropsSubjects === true ? carryDroppedSubjects(text, named, locale, analysis) : named;
}

/** The quotes of `quotes` that overlap none of `others` (both in text order: one pointer). */
/**
 * Whether words in marks stand as a sentence of their own: the text before them ends a
 * sentence or a paragraph, and they end with their own stop or the sentence's ("… entstanden.
 * „Solange keine Gegendemos waren, war auch keine Polizei nötig.“").
 */
function wholeSentence(text: string, pair: Span): boolean {
  let before = pair.start;
  while (before > 0 && (text[before - 1] === ' ' || text[before - 1] === '\t')) before--;
  if (before > 0 && !'.!?\n'.includes(text[before - 1]!)) return false;
  return '.!?'.includes(text[pair.end - 2]!) || '.!?'.includes(text[pair.end] ?? '');
}

/** First-person pronouns of the locales' languages: the writer, whom no quote after goes on with. */
const FIRST_PERSON: ReadonlySet<string> = new Set(['ich', 'wir', 'je', 'nous', 'yo', 'nosotros', 'nosotras', 'io', 'noi']);

/**
 * Sentences in marks with no attribution of their own, each given to the speaker of the report
 * or quote right before it in the same paragraph ("Wie er sagte, wolle er … „…“": the reported
 * speaker goes on in his own words); left out where none stands before them.
 */
function withReportedSpeakers(text: string, found: readonly Quote[], orphans: readonly Quote[]): Quote[] {
  const result = [...found];
  // (Orphans come in text order: one pointer over the quotes by their ends finds, for each, the
  // first of those that end last before it, in one pass.)
  const byEnd = [...found].sort((a, b) => a.end - b.end);
  let next = 0;
  let previous: Quote | undefined;
  for (const orphan of orphans) {
    for (; next < byEnd.length && byEnd[next]!.end <= orphan.start; next++) if (previous === undefined || byEnd[next]!.end > previous.end) previous = byEnd[next];
    // (Not after the writer's own words, "als wir sagen, dass …": the words in marks answer them.)
    if (previous?.speaker && !FIRST_PERSON.has(previous.speaker.mention.text.toLowerCase()) && !text.slice(previous.end, orphan.start).includes('\n')) {
      result.push({ ...orphan, speaker: previous.speaker, cue: previous.cue });
    }
  }
  return result.sort((a, b) => a.start - b.start);
}

function outside(quotes: readonly Quote[], others: readonly Quote[]): Quote[] {
  let next = 0;
  return quotes.filter((quote) => {
    while (next < others.length && others[next]!.end <= quote.start) next++;
    return !(next < others.length && others[next]!.start < quote.end);
  });
}

/**
 * Where a language drops its subjects ("«…», añadió.", "En otro momento dijo que …"), a verb of
 * saying with no speaker goes on with the speaker of the quote before it, when that quote is in
 * the same paragraph or the one before (a new speaker is named, not dropped).
 */
function carryDroppedSubjects(text: string, quotes: readonly Quote[], locale: Locale, analysis: TextAnalysis): Quote[] {
  const result = [...quotes];
  let last: Quote | null = null;
  for (const [index, quote] of quotes.entries()) {
    if (quote.speaker) {
      last = quote;
      continue;
    }
    if (quote.cue === null) continue;
    const afterQuote = droppedAfterQuote(text, quote, locale) || droppedBeforeQuote(text, quote, analysis, locale);
    if (!afterQuote && !droppedBeforeReport(text, quote, analysis, locale)) continue;
    if (last !== null && paragraphsBetween(text, last.end, quote.start) <= 1) {
      result[index] = { ...quote, speaker: { ...last.speaker!, mention: { ...last.speaker!.mention } } };
      // (So a run of such quotes goes on paragraph by paragraph.)
      last = { ...quote, speaker: last.speaker };
      continue;
    }
    // With no speaker close before, the subject named the sentence before: "El ministro del
    // Interior, Luis Barranzuela, emitió un comunicado. … señaló que …"; "El ministro de
    // Energía, Jorge Montero, defendió …" then a paragraph "«…», dijo a la prensa.".
    const speaker = subjectOfSentenceBefore(text, afterQuote ? quote.start : quote.cue.start, locale, analysis, locale.replies?.has(quote.cue.text.toLowerCase().split(' ').pop()!) === true);
    if (speaker) last = result[index] = { ...quote, speaker };
  }
  return result;
}

/**
 * Whether a direct quote's cue follows it with no subject and ends the sentence: "«…», añadió."
 * (A clause with its own words after the verb may have a subject elsewhere, or none that speaks.)
 */
function droppedAfterQuote(text: string, quote: Quote, locale: Locale): boolean {
  const cue = quote.cue!;
  if (!(quote.kind === 'direct' && cue.start > quote.end && /^[\s"'\u00bb\u201d\u2019,]*$/.test(text.slice(quote.end, cue.start)))) return false;
  // (Or a preposition or time follows the verb, no subject: "«…», aseguró en la rueda de prensa.")
  const next = /^\s*(?:[.!?]|$|(\p{Ll}+)(?!\p{L}))/u.exec(text.slice(cue.end, cue.end + 16));
  return next !== null && (next[1] === undefined || locale.stops.has(next[1]) && !locale.complementizers.has(next[1]));
}

/**
 * Whether a direct quote's cue stands before it, then a colon, with no subject: the cue opens
 * its sentence, or only a conjunction or adverb does ("Añadió: «…»", "Y agregó: «…»").
 */
function droppedBeforeQuote(text: string, quote: Quote, analysis: TextAnalysis, locale: Locale): boolean {
  const cue = quote.cue!;
  if (quote.kind !== 'direct' || cue.end > quote.start || !/^:\s*\S?$/u.test(text.slice(cue.end, quote.start).trim())) return false;
  const start = sentenceAt(analysis.lineSentences, cue.start)?.start ?? cue.start;
  const lead = text.slice(start, cue.start).trim().replace(/,$/, '').toLowerCase();
  return lead === '' || !/\s/.test(lead) && (locale.stops.has(lead) || locale.fillers.has(lead));
}

/**
 * The person the sentence before `at` opens with, named in apposition after a role phrase ("El
 * ministro del Interior, Luis Barranzuela, emitió …"), in the same or the previous paragraph;
 * or null.
 */
function subjectOfSentenceBefore(text: string, at: number, locale: Locale, analysis: TextAnalysis, reply = false): QuoteSpeaker | null {
  const current = sentenceAt(analysis.lineSentences, at);
  let end = current === null ? 0 : current.start;
  while (end > 0 && /\s/.test(text[end - 1]!)) end--;
  const previous = end > 0 ? sentenceAt(analysis.lineSentences, end - 1) : null;
  if (!previous || paragraphsBetween(text, previous.end, at) > 1) return null;
  const all = analysis.tokensIn(previous.start, previous.end);
  // (Past a dateline's or a site's dash: "Chimbote en Línea.- El ministro …", "LIMA — El …".)
  let first = 0;
  for (let index = 0; index < all.length && index < 8; index++) if ('-\u2013\u2014'.includes(all[index]!.text)) first = index + 1;
  while (first < all.length && all[first]!.kind !== 'word') first++;
  const tokens = all.slice(first);
  const comma = tokens.findIndex((token, index) => token.text === ',' && index <= ROLE_PHRASE_TOKENS);
  const role = comma < 2 ? null : span(text, tokens[0]!.start, tokens[comma - 1]!.end);
  const name = role === null ? null : nameInApposition(text, tokens, role, locale);
  const speaker = name ? speakerOf(text, name, locale, role!) : role === null ? namedSubject(text, tokens, locale) : null;
  // (Not a reply where the sentence names another person after its subject: "X criticó a Ana
  // Gil. «…», respondió." is her answer.)
  return speaker && !(reply && nameAfter(tokens, speaker.mention.end)) ? speaker : null;
}

/** Whether two capitalised words in a row stand among `tokens` after offset `from` (a second person's name). */
function nameAfter(tokens: readonly Token[], from: number): boolean {
  for (let index = 1; index < tokens.length; index++) {
    if (tokens[index - 1]!.start >= from && tokens[index - 1]!.cap && tokens[index]!.cap && tokens[index]!.kind === 'word') return true;
  }
  return false;
}

/**
 * A person's name that opens a sentence as its subject, after an article and a role or not, the
 * verb after it in lower case: "La ministra Camila Vallejo habló …", "Pedro Sánchez viajó …";
 * two capitalised words at least, so that "El Gobierno anunció …" names no one.
 */
function namedSubject(text: string, tokens: readonly Token[], locale: Locale): QuoteSpeaker | null {
  let at = 0;
  if (locale.determiners.has(tokens[0]?.lower ?? '')) at++;
  while (at < tokens.length && roleIn(locale, tokens[at]!.lower) !== null && !tokens[at]!.cap) at++;
  let end = at;
  while (end < tokens.length && tokens[end]!.kind === 'word' && tokens[end]!.cap) end++;
  const verb = tokens[end];
  if (end - at < 2 || end - at > 4 || verb?.kind !== 'word' || verb.cap || locale.nounLinks.has(verb.lower) || NAME_PARTICLES.has(verb.lower)) return null;
  return speakerOf(text, span(text, tokens[0]!.start, tokens[end - 1]!.end), locale);
}

/** How many tokens a role phrase before its holder's name may take ("El ministro de Energía y Minas"). */
const ROLE_PHRASE_TOKENS = 10;

/**
 * Whether a reported quote's verb has no subject before it in its sentence: it opens the
 * sentence ("Señaló que …") or follows a fronted phrase with no name in it ("En el caso de ayer
 * expresó que …").
 */
function droppedBeforeReport(text: string, quote: Quote, analysis: TextAnalysis, locale: Locale): boolean {
  const cue = quote.cue!;
  if (quote.kind !== 'indirect' || cue.start > quote.start) return false;
  const start = sentenceAt(analysis.lineSentences, cue.start)?.start ?? cue.start;
  // (A comma may close the fronted phrase: "En el pronunciamiento, señaló que …".)
  const lead = text.slice(start, cue.start).trim().replace(/,$/, '');
  if (lead === '' || !/[\d,;:]|.\p{Lu}/u.test(lead)) return true;
  // ("Además, en diálogo con Radio Nacional dijo que …": fronted phrases set off by commas, a name
  // only inside one that opens with a preposition, where it is no subject.)
  return !/[\d;:]/.test(lead) && lead.split(',').every((phrase, index) => {
    const words = phrase.trim();
    const space = words.search(/\s/);
    return (index === 0 ? !/.\p{Lu}/u.test(words) : !/\p{Lu}/u.test(words)) || (space > 0 && locale.frontedPrepositions?.has(words.slice(0, space).toLowerCase()) === true);
  });
}

/** How many paragraph breaks (blank lines) lie between two offsets, counting at most two. */
function paragraphsBetween(text: string, from: number, to: number): number {
  let breaks = 0;
  for (let index = text.indexOf('\n', from); index >= 0 && index < to && breaks < 2; index = text.indexOf('\n', index + 1)) {
    let next = index + 1;
    while (next < to && (text[next] === ' ' || text[next] === '\t' || text[next] === '\r')) next++;
    if (text[next] === '\n') {
      breaks++;
      index = next;
    }
  }
  return breaks;
}
