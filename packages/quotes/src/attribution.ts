import { isAbbreviation, SURNAME_PARTICLES, type Span } from '@newsparse/core';
import {
  sayerNoun,
  DETERMINERS,
  INTERVENING,
  LEADING_ADVERBIALS,
  NATIONALITY_WORDS,
  NON_SPEAKER_WORDS,
  NP_PREPOSITIONS,
  PLACE_PREPOSITIONS,
  NP_STOP,
  ORIGIN_NOUNS,
  PARTICLE_VERB_FORMS,
  PERSON_ROLE_NOUNS,
  PRONOUNS,
  QUOTE_CUE_FORMS,
  SENTENCE_ADVERBS,
  PERIODIC_ADJECTIVES,
  WRITTEN_TEXTS,
  REPORT_FORMS,
  THAT_CLAUSE_FORMS,
  SOURCE_NOUNS,
  SUBJECT_PRONOUNS,
  TIME_WORDS,
  TITLES,
  POST_NOMINAL_LETTERS,
} from './locales/en/lexicon.js';
import { COORDINATING_CONJUNCTIONS, DAY_PARTS, MODAL_VERBS, NUMBER_WORDS, PERSONAL_SUBJECTS, POSSESSIVE_DETERMINERS, QUANTIFIERS, SAY_CUES } from './locales/en/function-words.js';
import { commaAt, isWordToken, lowerOf, type Token, tokenAt } from './tokens.js';
import {
  ADDRESSED_BODIES,
  ADVERBIAL_PREPOSITIONS,
  APPOSITIVE_NAME_LINKS,
  APPROXIMATORS,
  ARTICLES,
  BARE_PLURALS,
  BARE_SUBJECT_AFTER,
  BASE_FORMS,
  CLAUSE_OPENING_DETERMINERS,
  CLAUSE_OPENING_WORDS,
  CLAUSE_SUBJECT_WORDS,
  EN_PARTICIPLES,
  FINITE_AUXILIARIES,
  FINITE_CLAUSE_VERBS,
  FLOATING_QUANTIFIERS,
  GAP_AUXILIARIES,
  GERUND_CUES,
  INSERTION_OPENERS,
  LY_NOUNS,
  NOUN_LIKE,
  NOUN_MARKERS,
  PLURAL_NOUN_PREPOSITIONS,
  NOUN_PREPOSITIONS,
  ORDINAL_WORDS,
  PARTITIVES,
  PAST_CUE_FORM,
  PAST_FORMS,
  RECIPIENT_DETERMINERS,
  SETTING_PREPOSITIONS,
  SHARE_NOUN_FOLLOWERS,
  SHARE_STANCE_FORMS,
  SHARE_WORDS,
  SINGULAR_IN_MEN,
  SOURCE_BREAKS,
  STANDALONE_PARTICLE_VERBS,
  SUBJECT_ADVERBS,
  TIME_OPENERS,
  VERB_PRECEDERS,
  WILL_NOUN_LIKE,
  MONTH_HEADS,
  TIME_HEADS,
  CONTRACTING,
  OBJECT_WORDS,
} from './locales/en/attribution-words.js';

/** A speaker and cue found around a quote or a reported clause. */
export interface Attribution {
  /** The attributing words: "the former envoy", "he", "Capuñay". */
  speaker: Span | null;
  /** The full noun phrase when it is longer than the mention ("Mike Schmidt, an adviser"). */
  description: Span | null;
  cue: Span;
}

/** Whether a word is a plural that takes the bare verb, compounds included: "the fishermen say", "townspeople think", "grandchildren". */
function barePlural(word: string): boolean {
  if (BARE_PLURALS.has(word)) return true;
  return /(?:men|people|children)$/.test(word) && !SINGULAR_IN_MEN.has(word);
}

/**
 * Whether the cue word at `index` is used as a verb there.
 *
 * @example
 * verbInContext(tokenizeWords('new questions about it'), 1)
 * //=> false
 */
export function verbInContext(tokens: readonly Token[], index: number): boolean {
  const token = tokens[index]!;
  const lower = token.lower;
  const previous = tokenAt(tokens, index - 1);
  const previousLower = isWordToken(previous) ? previous.lower : '';
  if (/ing$/.test(lower)) return GERUND_CUES.has(lower) && !NOUN_MARKERS.has(previousLower);
  // "“…,” read a statement by the family", "the sign reads": "read" with a written text as its subject.
  if ((lower === 'read' || lower === 'reads') && readsWrittenText(tokens, index)) return true;
  // "thanks to his skill at “raiding”": a preposition of cause, never the verb "thank".
  if (lower === 'thanks' && lowerOf(tokens, index + 1) === 'to') return false;
  // "an official statement", but "the official said": "official" is also a person noun.
  // (Capitalised before a past form the word is a name: "“…,” Long said", "Short added"; a
  // noun reading needs a noun: "Long reports", "a brief statement".)
  if (isWordToken(previous) && NOUN_MARKERS.has(previousLower) && !(previousLower === 'official' && !NOUN_LIKE.has(lower)) && !(previous.cap && !DETERMINERS.has(previousLower) && PAST_CUE_FORM.test(lower))) return false;
  if (isWordToken(previous) && /['\u2019]s$/.test(previous.text) && !previous.cap) return false;
  // "about media reports on …": after a preposition and a lower-case noun, a form in -s is the phrase's plural noun.
  if (/s$/.test(lower) && isWordToken(previous) && !previous.cap && PLURAL_NOUN_PREPOSITIONS.has(lowerOf(tokens, index - 2))) return false;
  // "Palaszczuk's promised $151m surplus", "Lee's stated aim": a past form after a name's
  // possessive modifies the noun that follows; "Lee's said the …" ("has said") goes on to a
  // determiner, "that" or "to".
  if (previous?.cap && /ed$/.test(lower) && /['\u2019]s$/.test(previous.text) && !CONTRACTED.test(previous.text) && (modifiesNoun(tokens, index) || /^[$\u20ac\u00a3\d]/.test(tokenAt(tokens, index + 1)?.text ?? ''))) return false;
  // "the fourth named storm", "the first reported case": a participle after an ordinal and its article modifies a noun.
  // ("a third agreed with …" is a fraction and its verb: a noun must follow.)
  if (/ed$/.test(lower) && ORDINAL_WORDS.has(previousLower) && DETERMINERS.has(lowerOf(tokens, index - 2)) && modifiesNoun(tokens, index)) return false;
  // "One important highlight", "a key concern": a bare form after a determiner and a modifier is a noun.
  // (Not after a participle: "those surveyed say", "people polled think".)
  // (But "Most members of the board think the plan …": after a preposition's noun phrase, with a
  // clause after it, the bare form is the verb of a subject the phrase modifies.)
  if (BASE_FORMS.has(lower) && isWordToken(previous) && !previous.cap && !/(?:s|ly|ed)$/.test(previousLower) && !VERB_PRECEDERS.has(previousLower) && !barePlural(previousLower) && !INTERVENING.has(previousLower) && DETERMINERS.has(lowerOf(tokens, index - 2)) && !subjectModifierBefore(tokens, index)) return false;
  // "a mostly factual recount of …", "the deeply personal account": after a determiner, an
  // adverb in -ly and a modifier, the form is the phrase's noun.
  const adverb = tokenAt(tokens, index - 2);
  if (!/ed$/.test(lower) && isWordToken(previous) && !previous.cap && !/(?:s|ly)$/.test(previousLower) && isWordToken(adverb) && !adverb.cap && /.{3}ly$/.test(adverb.lower) && DETERMINERS.has(lowerOf(tokens, index - 3)) && !SUBJECT_PRONOUNS.has(lowerOf(tokens, index - 3))) return false;
  // "Privacy advocates welcomed …": a plural person noun with a verb right after it is the subject's head.
  const following = tokenAt(tokens, index + 1);
  if (/[^s]s$/.test(lower) && PERSON_ROLE_NOUNS.has(lower.slice(0, -1)) && isWordToken(following) && !following.cap && (/[^e]ed$/.test(following.lower) && following.lower.length > 4 || REPORT_FORMS.has(following.lower))) return false;
  if (NOUN_LIKE.has(lower)) {
    if (!previous) return false;
    // "quarterly reports that …", "weekly notes": after an adjective of frequency the form is a noun.
    if (PERIODIC_ADJECTIVES.has(previousLower)) return false;
    if (possessedNoun(tokens, index)) return false;
    if (thatClauseVerb(tokens, index)) return true;
    if (isWordToken(previous) && VERB_PRECEDERS.has(previousLower)) return true;
    if (SHARE_STANCE_FORMS.has(lower) && shareSubjectBefore(tokens, index)) return true;
    // "Democrats hope to win the seat", "party leaders want to …": a verb of will between a plural
    // subject and its infinitive. (Not after a possessive or a determiner: "the voters' hope to …".)
    if (WILL_NOUN_LIKE.has(lower) && lowerOf(tokens, index + 1) === 'to' && isWordToken(previous) && /[^s'\u2019]s$/.test(previousLower) && !/(?:ss|us|is)$/.test(previousLower) && !DETERMINERS.has(previousLower) && isWordToken(tokenAt(tokens, index + 2))) return true;
    if (pluralSubjectBeforeClause(tokens, index)) return true;
    // "Supporters of the law hope this is …": a plural subject with its postmodifier.
    if (subjectModifierBefore(tokens, index)) return true;
    // "Some activists even insist that …": an adverb between a subject and the verb, before a clause.
    if (adverbAfterSubject(tokens, index)) return true;
    // Third person -s after a name: "Trump states", "the report notes"; never after a
    // lowercase participle, whose object it is ("has abandoned plans to close …").
    // Not after a preposition: "days after protests against the bill" names no subject.
    const afterPreposition = !previous.cap && NOUN_PREPOSITIONS.has(previousLower);
    if (/[^s]s$/.test(lower) && isWordToken(previous) && !/s$/.test(previousLower) && (previous.cap || (!/ed$/.test(previousLower) && !afterPreposition))) return true;
    // A name that ends in "s" ("The New York Times reports", "Fox News notes"), inside a name
    // run or after a determiner; not a capitalised first word ("Earnings reports show …").
    if (/[^s]s$/.test(lower) && previous.cap && index >= 2 && isWordToken(tokens[index - 2]) && (tokens[index - 2]!.cap || DETERMINERS.has(lowerOf(tokens, index - 2)))) return true;
    return false;
  }
  // A participle followed by "by" is passive: the speaker follows ("written by").
  if (/(?:en|ed)$/.test(lower) && lowerOf(tokens, index + 1) === 'by') return false;
  return true;
}

/**
 * Whether "read" at `index` has a written text as its subject: before it ("the sign read",
 * "the family's statement reads") or, inverted, after it and a determiner ("read a statement").
 */
function readsWrittenText(tokens: readonly Token[], index: number): boolean {
  if (WRITTEN_TEXTS.has(lowerOf(tokens, index - 1))) return true;
  for (let at = index + 1; at <= index + 3; at++) {
    const token = tokenAt(tokens, at);
    if (!isWordToken(token)) return false;
    if (WRITTEN_TEXTS.has(token.lower)) return at > index + 1 && DETERMINERS.has(lowerOf(tokens, index + 1));
  }
  return false;
}

/** Whether the word at `index` is a verb of stance after a share of people ("58 percent support the plan"). */
export function shareStanceVerbAt(tokens: readonly Token[], index: number): boolean {
  const token = tokens[index];
  return isWordToken(token) && !token.cap && SHARE_STANCE_FORMS.has(token.lower) && shareSubjectBefore(tokens, index);
}

/**
 * Whether a share of people is the subject right before the bare form at `index`: a share word
 * ("58 percent", "two-thirds", "a majority of Republican voters", "six in 10 Democrats") within
 * eight words before it, with only words (and a "%" or a hyphen) between, and a noun phrase,
 * not a preposition, after it ("support the ban", "back Clinton"; not "support for …").
 */
function shareSubjectBefore(tokens: readonly Token[], index: number): boolean {
  const next = tokenAt(tokens, index + 1);
  if (!isWordToken(next) || (!next.cap && (SHARE_NOUN_FOLLOWERS.has(next.lower) || COORDINATING_CONJUNCTIONS.has(next.lower)))) return false;
  // The word before is the share or a plural head of people ("most voters", "6 in 10 men"), never
  // a determiner or a singular noun ("most of the support comes …", "half the money will back …").
  const previous = tokenAt(tokens, index - 1);
  if (!previous || !(SHARE_WORDS.has(previous.lower) || /^\d+%?$/.test(previous.text) || previous.text === '%' || isWordToken(previous) && /[^s'\u2019]s$|men$|people$/.test(previous.lower))) return false;
  let share = false;
  let at = index - 1;
  for (; at >= 0 && at >= index - 8; at--) {
    const token = tokens[at]!;
    if (!isWordToken(token) && token.text !== '%' && token.text !== '-') break;
    if (GAP_AUXILIARIES.has(token.lower)) return false;
    // "six in 10 Democrats", "4 in 10 voters".
    if (SHARE_WORDS.has(token.lower) || /^\d+%$/.test(token.text) || token.lower === 'in' && /^(?:\d+|ten)$/.test(lowerOf(tokens, at + 1)) && /^(?:\d+|[a-z]+)$/.test(lowerOf(tokens, at - 1))) share = true;
    // ("His 32% support gives …": a possessive before the share makes it a noun phrase.)
    if (POSSESSIVE_DETERMINERS.has(token.lower) || /['\u2019]s$/.test(token.text)) return false;
  }
  // The subject opens its clause: the sentence's start, or a semicolon or colon before it (not a
  // fronted phrase and its comma, "In the poll, conducted …, 40 percent back …", which the survey rule reads).
  const boundary = tokens[at];
  return share && (boundary === undefined || ';:'.includes(boundary.text) && !isWordToken(boundary) || /^[.!?]$/.test(boundary.text));
}

/**
 * Whether the bare form at `index` follows a preposition's noun phrase inside a plural subject
 * ("members of the board think the …", "officials in the city believe that …", "Voters across
 * the state say the …"): a preposition before the determiner, a plural before the preposition
 * (capitalised only as the sentence's first word), and a clause opening after the form.
 */
function subjectModifierBefore(tokens: readonly Token[], index: number): boolean {
  const preposition = tokenAt(tokens, index - 3);
  // ("Sources close to the mayor say she …": "close" may stand between the head and "to".)
  const back = lowerOf(tokens, index - 4) === 'close' ? 5 : 4;
  const head = tokenAt(tokens, index - back);
  return preposition !== undefined && (NP_PREPOSITIONS.has(preposition.lower) || PLACE_PREPOSITIONS.has(preposition.lower)) && isWordToken(head) && (!head.cap || index === back) && (/[^s]s$/.test(head.lower) || barePlural(head.lower)) && CLAUSE_OPENING_WORDS.has(lowerOf(tokens, index + 1));
}

/**
 * Whether "that" at `that` is the relative word of a clause with its subject missing after the
 * cue ("tax increases that critics said would hurt …"): a noun before it (no verb of saying,
 * whose "that" opens its content) and an auxiliary right after the cue that follows `end`.
 */
function relativeGap(tokens: readonly Token[], that: number, end: number): boolean {
  const before = tokenAt(tokens, that - 1);
  const after = tokenAt(tokens, end + 2);
  return isWordToken(before) && !THAT_CLAUSE_FORMS.has(before.lower) && after !== undefined && GAP_AUXILIARIES.has(after.lower);
}

/** Whether the word at `index` is a common noun right after an article: "a gangway", "the bill". */
function nounAfterArticle(tokens: readonly Token[], index: number): boolean {
  const noun = tokenAt(tokens, index);
  const article = tokenAt(tokens, index - 1);
  return isWordToken(noun) && !noun.cap && !NP_STOP.has(noun.lower) && !THAT_CLAUSE_FORMS.has(noun.lower) && !/(?:ed|ly)$/.test(noun.lower)
    && article !== undefined && ARTICLES.has(article.lower);
}

/** Whether a lower-case word that is no preposition, conjunction or "that" follows `index`: the noun a participle modifies. */
function modifiesNoun(tokens: readonly Token[], index: number): boolean {
  const next = tokenAt(tokens, index + 1);
  return isWordToken(next) && !next.cap && !NP_STOP.has(next.lower) && !DETERMINERS.has(next.lower) && next.lower !== 'that';
}

/** Pronouns and adverbs whose 's is "is" or "has", not a possessive: "he's", "that's". */
const CONTRACTED = /^(?:he|she|it|that|there|what|who|here|let|where|how)['\u2019]s$/i;

/**
 * Whether a form that is mostly a noun heads a possessed noun phrase: "her Wall Street
 * remarks", "China's territorial disputes", "Warren's comment about …". A possessor, with at
 * most two names or adjectives between, makes it a noun whatever the words before it.
 */
function possessedNoun(tokens: readonly Token[], index: number): boolean {
  for (let cursor = index - 1; cursor >= 0 && index - cursor <= 3; cursor--) {
    const token = tokens[cursor]!;
    if (!isWordToken(token)) return false;
    if (POSSESSIVE_DETERMINERS.has(token.lower)) return true;
    if (/['\u2019]s$/.test(token.text)) return !CONTRACTED.test(token.text);
    // Between possessor and noun only a name or an adjective ("her Wall Street remarks", "his
    // Islamophobic remarks"): in "Trump's campaign claims" the possessor is the subject's.
    if (!(token.cap || /(?:al|ic|ous|ive|ful|ish|ian)$/.test(token.lower))) return false;
  }
  return false;
}

/**
 * Whether a bare form that is mostly a noun is the verb of a plural subject before a clause
 * without "that": "Strategists hope the efforts will …", "Democrats fear they …". The bare
 * form agrees with a plural before it only as a verb; as a noun a determiner or a
 * possessive would stand before that plural ("the voters' hope", "their worries").
 */
function pluralSubjectBeforeClause(tokens: readonly Token[], index: number): boolean {
  const lower = lowerOf(tokens, index);
  const previous = tokens[index - 1];
  const next = tokens[index + 1];
  if (!isWordToken(previous) || !isWordToken(next) || /s$/.test(lower) || !BASE_FORMS.has(lower)) return false;
  if (!/[^s'\u2019]s$/.test(previous.lower) || /(?:ous|ss|is|us)$/.test(previous.lower) || PRONOUNS.has(previous.lower)) return false;
  // ("Fans insist delegates must …": a bare plural and a finite auxiliary open the clause too.)
  return CLAUSE_SUBJECT_WORDS.has(next.lower) || !next.cap && /[^s'\u2019]s$/.test(next.lower) && FINITE_AUXILIARIES.has(lowerOf(tokens, index + 2));
}

/**
 * Whether the noun-like form at `index` follows an adverb of `SUBJECT_ADVERBS` after its subject
 * (a plural, a name, a pronoun) and comes before a clause: "Some activists even insist that …",
 * "Mr. Ortiz privately fears the …".
 */
function adverbAfterSubject(tokens: readonly Token[], index: number): boolean {
  const adverb = tokens[index - 1];
  const subject = tokens[index - 2];
  const next = tokens[index + 1];
  if (!adverb || !subject || !next || !isWordToken(adverb) || !isWordToken(subject) || !isWordToken(next) || !SUBJECT_ADVERBS.has(adverb.lower)) return false;
  if (!(next.lower === 'that' || CLAUSE_SUBJECT_WORDS.has(next.lower))) return false;
  const bare = !/s$/.test(lowerOf(tokens, index));
  if (VERB_PRECEDERS.has(subject.lower)) return true;
  return bare ? /[^s'\u2019]s$/.test(subject.lower) && !/(?:ous|ss|is|us)$/.test(subject.lower) || barePlural(subject.lower) : subject.cap && index >= 3;
}

/**
 * Whether a form that is mostly a noun is the verb of its subject before a "that" clause:
 * "Party leaders hope that …" (a plural subject agrees with the bare form), "the Post
 * reports that …" (a name before the -s form), "Sanders, meanwhile, hopes that …". Not
 * "the hope that", "their fears that", nor "news reports that" (no agreement).
 */
function thatClauseVerb(tokens: readonly Token[], index: number): boolean {
  const next = tokens[index + 1];
  // ("Ms. Lee, a Democrat, fears the council …": after a comma an -s form before a clause's subject too.)
  if (commaAt(tokens, index - 1) && index >= 3 && /[^s]s$/.test(lowerOf(tokens, index)) && CLAUSE_SUBJECT_WORDS.has(next?.lower ?? '')) return true;
  // ("insist that, in the end, …": an aside may open the clause.)
  if (!next || next.lower !== 'that' || !(isWordToken(tokens[index + 2]) || commaAt(tokens, index + 2))) return false;
  const previous = tokens[index - 1]!;
  if (!isWordToken(previous)) return previous.text === ',' && index >= 3;
  if (DETERMINERS.has(previous.lower) || ADVERBIAL_PREPOSITIONS.has(previous.lower)) return false;
  const bare = !/s$/.test(lowerOf(tokens, index));
  // A capital opening the sentence marks no name: "News reports that …" is a noun phrase.
  if (previous.cap && index > 1) return true;
  return bare && /[^s'\u2019]s$/.test(previous.lower) && !/(?:ous|ss|is|us)$/.test(previous.lower);
}

/** The cue that starts at token `index`: its last token index, or -1. */
export function cueAt(tokens: readonly Token[], index: number, forms: ReadonlySet<string> = QUOTE_CUE_FORMS): number {
  const token = tokenAt(tokens, index);
  if (!isWordToken(token)) return -1;
  const lower = token.lower;
  const particles = PARTICLE_VERB_FORMS.get(lower);
  if (particles) {
    const next = tokenAt(tokens, index + 1);
    // (Its noun after a determiner or a superlative is no cue: "the biggest jump in the stock's history", "a push back".)
    if (next && particles.includes(next.lower)) return DETERMINERS.has(lowerOf(tokens, index - 1)) || /.{3}est$/.test(lowerOf(tokens, index - 1)) ? -1 : index + 1;
    // Only "call" and "speak" attribute without their particle.
    if (!STANDALONE_PARTICLE_VERBS.has(lower) || !forms.has(lower)) return -1;
  }
  if (lower === 'according') return lowerOf(tokens, index + 1) === 'to' ? index + 1 : -1;
  if (!forms.has(lower)) return -1;
  if (!verbInContext(tokens, index)) return -1;
  // A capitalised cue word inside a sentence is a name ("Mark Said") unless it starts the clause
  // or the line is a headline in title case ("Mayor Says Bridge Will Reopen").
  // (So is one opening a run of capitalised words: "They tackled Proposed Senate Resolution No. 659".)
  if (token.cap && index > 0 && isWordToken(tokens[index - 1]) && (tokens[index - 1]!.cap || tokenAt(tokens, index + 1)?.cap) && !(/s$/.test(lower) && isTitleCase(tokens))) return -1;
  return index;
}

const titleCaseMemo = new WeakMap<readonly Token[], boolean>();

/** Whether a run of tokens is a headline in title case: every longer word capitalised, and enough of them. */
function isTitleCase(tokens: readonly Token[]): boolean {
  let value = titleCaseMemo.get(tokens);
  if (value === undefined) {
    let long = 0;
    value = true;
    for (const token of tokens) {
      if (!isWordToken(token) || token.text.length < 4 || /^\d/.test(token.text)) continue;
      // Title case, not a line in capitals: "Mayor Says", never "MAYOR SAYS".
      if (!/^\p{Lu}\p{Ll}/u.test(token.text)) {
        value = false;
        break;
      }
      long++;
    }
    value = value && long >= 4;
    titleCaseMemo.set(tokens, value);
  }
  return value;
}

/** Whether a token may be part of a name or a noun phrase read backwards from a verb. */
function npWord(token: Token): boolean {
  if (!isWordToken(token)) return false;
  // Contractions of a pronoun start a clause: "he'd", "it's", "they're".
  if (/^(?:he|she|they|we|i|it|you|there|that|who|what)'/.test(token.lower)) return false;
  if (token.cap) return true;
  return !NP_STOP.has(token.lower);
}

/** Skips time expressions and adverbs that sit between a subject and its cue, backwards. */
function skipIntervening(tokens: readonly Token[], index: number): number {
  let cursor = index;
  while (cursor >= 0) {
    const token = tokens[cursor]!;
    // Negated auxiliaries ("didn't", "hasn't") belong to the verb, not to the subject.
    // (A capitalised one after a name ends it: "Frontera Now said", "Peace Now said".)
    const inName = token.cap && cursor > 0 && tokens[cursor - 1]!.cap;
    // (So is one that opens the phrase before a past form: "“…,” Long said", "Will wrote"; "Never forget" stays an adverb.)
    const nameBeforePast = token.cap && (cursor === 0 || !isWordToken(tokens[cursor - 1])) && PAST_CUE_FORM.test(lowerOf(tokens, cursor + 1));
    // So do a modal's "have" ("would've known", "will’ve seen").
    if (isWordToken(token) && (INTERVENING.has(token.lower) && !inName && !nameBeforePast || (/ly$/.test(token.lower) && token.lower.length > 4 && !token.cap && !LY_NOUNS.has(token.lower)) || /n't$/.test(token.lower) && !token.cap || MODAL_VERBS.has(token.lower.slice(0, -3)) && /['\u2019]ve$/.test(token.lower))) {
      cursor--;
      continue;
    }
    // "Trump Monday said", but not a name at the start ("Day said").
    // (Only a day's or a month's name is capitalised so: in "Frontera Now said" "Now" ends the name.)
    if (token.cap && TIME_WORDS.has(token.lower) && !(inName && INTERVENING.has(token.lower)) && cursor > 0 && isWordToken(tokens[cursor - 1])) {
      cursor--;
      if (cursor > 0 && !tokens[cursor]!.cap && ['this', 'on', 'earlier', 'last', 'next', 'late', 'early'].includes(lowerOf(tokens, cursor))) cursor--;
      continue;
    }
    const time = timePhraseStart(tokens, cursor);
    if (time < cursor) {
      cursor = time - 1;
      continue;
    }
    break;
  }
  return cursor;
}

/**
 * The first token of a time adverbial that ends at `index` ("last month", "in June", "late
 * last week", "at the time"), or `index + 1` when none ends there. A head alone ("March") is
 * no adverbial: only one with its opener counts.
 */
function timePhraseStart(tokens: readonly Token[], index: number): number {
  const head = tokens[index];
  if (!isWordToken(head) || !TIME_HEADS.has(head.lower) || head.cap && !MONTH_HEADS.has(head.lower)) return index + 1;
  let first = index;
  while (first - 1 >= 0 && index - first < 3 && !tokens[first - 1]!.cap && TIME_OPENERS.has(lowerOf(tokens, first - 1))) first--;
  return first < index ? first : index + 1;
}

/** Whether a share at `index` ("42%") can open a subject: not the object of a verb before it ("rated 32% of claims"). */
function shareOpens(tokens: readonly Token[], index: number): boolean {
  const previous = tokens[index - 1];
  return !previous || !isWordToken(previous) || previous.cap || APPROXIMATORS.has(previous.lower);
}

const countWord = (word: string): boolean => /^\d+$/.test(word) || NUMBER_WORDS.has(word);

/** Whether a plural noun names people of a role or a source ("teachers", "officials", "analysts"). */
/** Whether the token at `preposition` is one of place after a noun of people ("residents near", "workers inside", "a man outside"). */
function placedPeople(tokens: readonly Token[], preposition: number): boolean {
  const head = tokens[preposition - 1];
  // (A capital only as a sentence's first word: "Residents near the plant said …".)
  if (!PLACE_PREPOSITIONS.has(lowerOf(tokens, preposition)) || !isWordToken(head) || head.cap && preposition - 1 > 0 && isWordToken(tokens[preposition - 2])) return false;
  return /[^s'’]s$/.test(head.lower) || barePlural(head.lower) || PERSON_ROLE_NOUNS.has(head.lower);
}

const peopleNoun = (word: string): boolean => /[^s]s$/.test(word) && (PERSON_ROLE_NOUNS.has(word.slice(0, -1)) || SOURCE_NOUNS.has(word));

export interface NounPhrase {
  /** Token index range, inclusive. */
  first: number;
  last: number;
  /** Token range of the mention inside (a name, a pronoun or the whole phrase): m for mention. */
  mFirst: number;
  mLast: number;
  description: [number, number] | null;
}

/**
 * A noun phrase, always built here: one object shape for every reader, so that V8 keeps the
 * readers' property loads monomorphic (spreads and literals in different orders gave each
 * reader several shapes to handle and re-optimise for, issue #15).
 *
 * @example
 * nounPhrase(0, 2, 1, 2, null) // "the former envoy": mention "former envoy"
 */
export function nounPhrase(first: number, last: number, mFirst: number, mLast: number, description: [number, number] | null): NounPhrase {
  return { first, last, mFirst, mLast, description };
}

/** `head` read on to `last`: what stands after its mention (an insertion, a tag) joins the phrase, not the mention. */
const reachingTo = (head: NounPhrase, last: number): NounPhrase => nounPhrase(head.first, last, head.mFirst, head.mLast, head.description);

/**
 * Whether "no" at `index` is the determiner of the phrase after it ("no militant group has
 * claimed …", "No one knows …"), not the answer word ("No, he said"): dropped from the subject,
 * it would turn a denial into a claim.
 */
export function negativeDeterminer(tokens: readonly Token[], index: number): boolean {
  return lowerOf(tokens, index) === 'no' && isWordToken(tokens[index + 1]);
}

/**
 * Reads the subject noun phrase that ends at token `last` (inclusive), backwards:
 * "he", "Capuñay", "the former envoy", "White House press secretary Josh Earnest",
 * "Juan Carlos Capuñay, former Peruvian Ambassador to China and Asia expert,".
 */
/**
 * The phrase before an age set off by commas when `head` is that age: "Jo Park, 21, a junior
 * from Reno, said", "Al Roe, 58, who lives in Troy, says" name Jo Park and Al Roe, never 21 or 58.
 */
function pastAge(tokens: readonly Token[], head: NounPhrase | null, floor: number): NounPhrase | null {
  if (!(head && head.first === head.last && /^\d{1,3}$/.test(tokens[head.first]!.text) && head.first - 2 >= floor && commaAt(tokens, head.first - 1))) return head;
  return subjectBefore(tokens, head.first - 2, floor);
}

export function subjectBefore(tokens: readonly Token[], last: number, floor = 0, depth = 0): NounPhrase | null {
  const end = skipIntervening(tokens, last);
  if (end < floor) return null;
  // ("M.M. Zuhair, PC stated": the letters after the name's comma are no subject of their own.)
  const letters = tokens[end]!;
  if (end - 2 >= floor && commaAt(tokens, end - 1) && POST_NOMINAL_LETTERS.has(letters.lower) && letters.text !== letters.lower && depth < 2) {
    const named = subjectBefore(tokens, end - 2, floor, depth + 1);
    if (named) return reachingTo(named, end);
  }
  // "Kasich (who has 25 delegates) said", "The justice -- who has been … -- said", "Ms. Arnold,
  // who helped found …, said": an insertion between the subject and its verb is read past.
  const insertion = depth < 2 ? insertionStart(tokens, end, floor) : -1;
  if (insertion > floor) {
    const head = pastAge(tokens, subjectBefore(tokens, insertion - 1, floor, depth + 1), floor);
    if (head) return reachingTo(head, end);
  }
  let description: [number, number] | null = null;
  // ", 69," or ", a doctor," or ", at a press conference,": an insertion between commas.
  if (commaAt(tokens, end) ) {
    let open = end - 1;
    let place = 0;
    while (open >= floor && (tokens[open]!.text !== ',' || open === place) && end - open <= 24) {
      // ("Rep. Jane Doe, D-Calif., said", "Ann Cole, of Salem, Ore., said": an abbreviation's
      // period, right after a capitalised word, ends no sentence.)
      if ('.;:!?"\u201c\u201d'.includes(tokens[open]!.text) && !abbreviationPeriod(tokens, open)) break;
      open--;
      // ("the mayor of Oakland, California,": a place's region after its comma is part of the place.)
      if (open === end - 2 && open > floor && commaAt(tokens, open) && tokens[end - 1]!.cap && tokens[open - 1]?.cap && /^(?:of|in)$/.test(lowerOf(tokens, open - (tokens[open - 2]?.cap ? 3 : 2)))) place = open;
    }
    // (With no name before it, the region is no name in apposition: "The mayor of Oakland, California, said".)
    if (place && !(open >= floor && commaAt(tokens, open))) open = place;
    if (open >= floor && commaAt(tokens, open) && open < end - 1) {
      const inner = tokens.slice(open + 1, end);
      // ", and the council was split,", ", and took a heckler in stride,": a coordinator before a
      // verb opens a clause of its own between the commas, not an insertion; no subject stands
      // before the verb. (Before a noun phrase it joins a second subject: "X, and others, said".)
      if (COORDINATING_CONJUNCTIONS.has(inner[0]!.lower) && inner.some((_token, index) => index > 0 && clauseVerb(inner, index))) return null;
      let head = pastAge(tokens, subjectBefore(tokens, open - 1, floor), floor);
      // "Governor of the Central Bank of Nigeria, CBN, Olayemi Cardoso,": an acronym set off after
      // an organisation is its short name; the office before it heads the phrase.
      if (head && head.first === head.last && /^[A-Z]{2,6}$/.test(tokens[head.first]!.text) && commaAt(tokens, head.first - 1)) head = subjectBefore(tokens, head.first - 2, floor) ?? head;
      // "Ann Lee, aide to Bob Kay, governor of Lagos, said": a role set off after a name's comma
      // is the name's appositive; the name heads the phrase, whatever the role's own appositive.
      if (head && depth < 2 && !tokens[head.first]!.cap && commaAt(tokens, head.first - 1)) {
        const outer = subjectBefore(tokens, open, floor, depth + 1);
        if (outer?.description && outer.mLast > outer.mFirst && tokens.slice(outer.first, outer.mLast + 1).every((word) => !isWordToken(word) || word.cap && !TIME_WORDS.has(word.lower)) && (outer.first === floor || !isWordToken(tokens[outer.first - 1]))) return reachingTo(outer, end);
      }
      if (head?.description === null) {
        // A single person's name does not describe a plural head ("Relatives of one of the
        // victims, 81-year-old Harold Jensen,": the name is the victim's).
        // (The head is the phrase's first noun: "A lawyer for the news outlets" is one person.)
        let headWord = head.mFirst;
        while (headWord < head.mLast && DETERMINERS.has(lowerOf(tokens, headWord))) headWord++;
        const pluralHead = /[^s'\u2019]s$/.test(lowerOf(tokens, headWord)) && lowerOf(tokens, headWord + 1) === 'of' && !PARTITIVES.has(lowerOf(tokens, headWord));
        const personName = inner.length >= 2 && inner[inner.length - 1]!.cap && inner[inner.length - 2]!.cap && !inner.some((token) => token.lower === 'and');
        if (isDescription(inner) && !(pluralHead && personName)) description = [open + 1, end - 1];
        // "the family's lawyer, Ben Cole,": a common noun phrase named by its appositive; the name is the mention.
        // So is an office ("The Minister for Information, Ahmed Osman,").
        // (Or a common noun before a name's "of"/"for", named in two words or more: "The head coach
        // of the Black Stars, Chris Hughton,"; not "the attack in San Bernardino, Calif.,".)
        const commonHead = (!tokens[head.mLast]!.cap || !tokens[headWord]!.cap && inner[1]?.cap && tokens.slice(headWord, head.mLast).some((word) => ['of', 'for'].includes(word.lower)) || isOffice(tokens, head.first, head.last)) && head.mLast === head.last;
        // Also with the name's employer or place after it: "the study's lead author, Rajesh Kumar of the space agency,".
        let run = 0;
        while (run < inner.length && run < 5 && inner[run]!.cap && !TIME_WORDS.has(inner[run]!.lower)) run++;
        // (Or with a party tag: "another former lawmaker, Sen. Joe Lieberman (I-Conn.),".)
        const partyTag = inner[run]?.text === '(' && inner[inner.length - 1]!.text === ')' && inner.length - run <= 6;
        const name = open !== place && run >= 1 && run <= 4 && (run === inner.length || run >= 2 && (APPOSITIVE_NAME_LINKS.has(inner[run]!.lower) || partyTag));
        if (description && commonHead && name) return nounPhrase(head.first, end, open + 1, open + run, [head.first, head.last]);
        return nounPhrase(head.first, description ? end : head.last, head.mFirst, head.mLast, description);
      }
    }
    return null;
  }
  const token = tokens[end]!;
  // A share of people: "42% say they are liberal".
  if (token.text === '%' && end - 1 >= floor && /^\d/.test(tokens[end - 1]!.text) && shareOpens(tokens, end - 1)) return nounPhrase(end - 1, end, end - 1, end, null);
  if (!isWordToken(token)) {
    // "Gov. Phil Bryant (R)": a party tag closes the name.
    if (token.text === ')') {
      let open = end - 1;
      while (open >= floor && tokens[open]!.text !== '(' && end - open < 6) open--;
      if (open > floor && tokens[open]!.text === '(') {
        const head = subjectBefore(tokens, open - 1, floor);
        if (head) return reachingTo(head, end);
      }
    }
    return null;
  }
  // A floating quantifier speaks for the phrase before it: "Cruz and Rubio both said", "they all agree".
  if (FLOATING_QUANTIFIERS.has(token.lower) && !token.cap && end - 1 >= floor) {
    const before = tokens[end - 1]!;
    if (isWordToken(before) ? before.cap || ['they', 'we'].includes(before.lower) || /[^s]s$/.test(before.lower) && !PRONOUNS.has(before.lower) : before.text === ')') {
      const head = subjectBefore(tokens, end - 1, floor, depth + 1);
      if (head) return reachingTo(head, end);
    }
  }
  // A share of a group named by a pronoun: "most of them said", "two of us think".
  if (['them', 'us'].includes(token.lower) && end - 2 >= floor && lowerOf(tokens, end - 1) === 'of' && PARTITIVES.has(lowerOf(tokens, end - 2))) {
    let first = end - 2;
    while (first - 1 >= floor && ['the', 'a'].includes(lowerOf(tokens, first - 1))) first--;
    return nounPhrase(first, end, first, end, null);
  }
  if (PRONOUNS.has(token.lower) && !token.cap || SUBJECT_PRONOUNS.has(token.lower)) {
    if (!SUBJECT_PRONOUNS.has(token.lower) && !QUANTIFIERS.has(token.lower) && !['one', 'others', 'someone', 'somebody', 'everyone', 'anyone', 'nobody'].includes(token.lower)) return null;
    // "No one knows …": the negative determiner belongs to the pronoun.
    if (token.lower === 'one' && end - 1 >= floor && negativeDeterminer(tokens, end - 1)) return nounPhrase(end - 1, end, end - 1, end, null);
    return nounPhrase(end, end, end, end, null);
  }
  if (!npWord(token)) return null;
  let first = end;
  let sawCap = token.cap;
  while (first - 1 >= floor) {
    const previous = tokens[first - 1]!;
    if (!isWordToken(previous)) {
      // "Harbour Foods, Inc. said": a legal form after a comma closes the company's name.
      if (previous.text === ',' && first === end && /^(?:Inc|Ltd|LLC)\.?$/.test(token.text)) {
        first -= 2;
        continue;
      }
      if (previous.text === '-' || previous.text === '&') {
        // "Al-Tabchi", "AT&T" split by the tokenizer; "&" between capitalised words with
        // spaces joins one name ("Policing & Security", "Johnson & Johnson").
        if (first - 2 >= floor && isWordToken(tokens[first - 2]) && (tokens[first - 2]!.end === previous.start || previous.text === '&' && tokens[first - 2]!.cap && tokens[first]!.cap)) {
          first -= 2;
          continue;
        }
      }
      break;
    }
    const lower = previous.lower;
    if (['this', 'these', 'those', 'that'].includes(lower) && !previous.cap && (PRONOUNS.has(lowerOf(tokens, first)) || !npWord(tokens[first]!))) break;
    // "shows that Clinton talked", "repeated that China opposed": "that" before a name opens a clause.
    if (lower === 'that' && !previous.cap && tokens[first]!.cap) break;
    // "tax increases that critics said would …": "that" or "this" before a plural head is no
    // determiner of it (the number disagrees) but the relative word before the clause's subject.
    if ((lower === 'that' || lower === 'this') && !previous.cap && first === end && /[^s]s$/.test(lowerOf(tokens, first)) && !PRONOUNS.has(lowerOf(tokens, first)) && relativeGap(tokens, first - 1, end)) break;
    // "boarded a gangway that crew had reported …": after a noun and its article "that" is the
    // relative word, never a determiner of the clause's subject.
    if (lower === 'that' && !previous.cap && nounAfterArticle(tokens, first - 2)) break;
    if (DETERMINERS.has(lower) && !previous.cap || (previous.cap && DETERMINERS.has(lower) && first - 1 === floor)) {
      first--;
      // "no other passenger": a negative determiner before another one opens the phrase.
      if (lower !== 'no' && first - 1 >= floor && negativeDeterminer(tokens, first - 1)) {
        first--;
        break;
      }
      // "a spokesman for the campaign": the determiner opens a postmodifier; go on to its head.
      // ("The employee of nearly four years": a word of degree may stand before a number.)
      const degree = countWord(lower) && APPROXIMATORS.has(lowerOf(tokens, first - 1)) && NP_PREPOSITIONS.has(lowerOf(tokens, first - 2)) ? 1 : 0;
      const preposition = tokens[first - 1 - degree];
      const head = tokens[first - 2 - degree];
      // ("Residents near the plant said": people placed by a preposition of place are the subject, never the place.)
      // (Nor is the object of a participle after a person: "A lawyer representing the family said";
      // "a survey finding that 45 percent …" opens a clause.)
      if (preposition && head && first - 2 - degree >= floor && (NP_PREPOSITIONS.has(preposition.lower) || placedPeople(tokens, first - 1) || /^[a-z]{3,}ing$/.test(preposition.text) && lower !== 'that' && sayerNoun(head.lower)) && !preposition.cap && isWordToken(head) && !NP_STOP.has(head.lower) && !DETERMINERS.has(head.lower) && !/ly$/.test(head.lower)) {
        first -= 2 + degree;
        if (end - first > 14) return null;
        continue;
      }
      break;
    }
    if ((NP_PREPOSITIONS.has(lower) || placedPeople(tokens, first - 1)) && !previous.cap) {
      // "a spokesman for the campaign", "director of the institute": keep going only when a noun stands before.
      const before = tokens[first - 2];
      // ("…, particularly in defense of …": an adverb in -ly before the preposition heads no noun phrase.)
      if (isWordToken(before) && !NP_STOP.has(before.lower) && !DETERMINERS.has(before.lower) && first - 2 >= floor && !(/ly$/.test(before.lower) && !LY_NOUNS.has(before.lower))) {
        first -= 2;
        continue;
      }
      break;
    }
    if (lower === 'and' && previous.start > 0) {
      // "Frank Newport and Jim Harter"
      const before = tokens[first - 2];
      if (sawCap && tokens[first]!.cap && before?.cap && isWordToken(before) && first - 2 >= floor) {
        first -= 2;
        continue;
      }
      // "he and Mr. Allen said", "teachers and union officials told": a pronoun and a name, or two groups of people.
      if (isWordToken(before) && first - 2 >= floor && (tokens[first]!.cap && PERSONAL_SUBJECTS.has(before.lower) || !before.cap && peopleNoun(before.lower) && peopleNoun(lowerOf(tokens, end)))) {
        first -= 2;
        if (before.cap || PRONOUNS.has(before.lower)) break;
        continue;
      }
      break;
    }
    // "both sides said", "all three campaigns said": a quantifier opens the phrase.
    if ((lower === 'both' || lower === 'all') && !previous.cap && /[^s'’]s$/.test(lowerOf(tokens, end))) {
      first--;
      break;
    }
    // "She saw Lee talking …", "analysts see Express reporting …": a verb before a name ends the phrase at the name.
    if (!npWord(previous) || !previous.cap && tokens[first]!.cap && (PAST_FORMS.has(lower) || /^sees?$/.test(lower))) break;
    if (previous.cap && LEADING_ADVERBIALS.has(lower) && !negativeDeterminer(tokens, first - 1) && (first - 1 === floor || !tokens[first - 2]!.cap)) break;
    if (previous.cap) sawCap = true;
    first--;
    if (end - first > 14) return null;
  }
  // Leading sentence adverbials are not part of the subject ("But Wang said").
  while (first <= end && LEADING_ADVERBIALS.has(lowerOf(tokens, first)) && !negativeDeterminer(tokens, first) && first < end) first++;
  if (first > end || first === end && LEADING_ADVERBIALS.has(lowerOf(tokens, first)) && !SUBJECT_PRONOUNS.has(lowerOf(tokens, first))) return null;
  // ("…, reflecting differing views", "…, citing the report": a participle after a comma before
  // its object opens no subject; "…, fundraising documents show" and "…, acting director of" stay.)
  if (first < end && /^[a-z]{3,}ing$/.test(tokens[first]!.text) && commaAt(tokens, first - 1) && /ing$|^(?:the|a|an|its|his|her|their)$/.test(lowerOf(tokens, first + 1))) return null;
  // A partitive is one subject: "some of the same candidates", "half of the voters".
  const before = tokens[first - 1];
  const quantifier = tokens[first - 2];
  const share = quantifier?.text === '%' && first - 3 >= floor && /^\d/.test(tokens[first - 3]!.text) && shareOpens(tokens, first - 3);
  if (before?.lower === 'of' && !before.cap && quantifier && first - 2 >= floor && (PARTITIVES.has(quantifier.lower) || share)) {
    first -= share ? 3 : 2;
    while (first - 1 >= floor && ['the', 'a'].includes(lowerOf(tokens, first - 1))) first--;
    // "Relatives of one of the victims": the partitive is the complement of a plural head before "of".
    const of = tokens[first - 1];
    if (of?.lower === 'of' && !of.cap && first - 2 >= floor && depth < 2 && /[^s'’]s$/.test(lowerOf(tokens, first - 2))) {
      const head = subjectBefore(tokens, first - 2, floor, 2);
      if (head?.last === first - 2 && head.description === null) first = head.first;
    }
    return nounPhrase(first, end, first, end, description);
  }
  // A share counted out of a whole is one subject: "six in 10 said", "nine out of 10 say",
  // "four out of 10 voters said", "one in three said".
  if (end - first <= 2 && countWord(lowerOf(tokens, first)) && (first === end || /[^s]s$/.test(token.lower)) && isWordToken(before)) {
    const count = before.lower === 'in' ? first - 2 : before.lower === 'of' && lowerOf(tokens, first - 2) === 'out' ? first - 3 : -1;
    if (count >= floor && countWord(lowerOf(tokens, count))) return nounPhrase(count, end, count, end, null);
  }
  // An object of a preposition is not a subject: "who has in the past described".
  if (isWordToken(before) && !before.cap && ADVERBIAL_PREPOSITIONS.has(before.lower) && first - 2 >= floor && depth < 2) {
    // (But the agent after a participle's "by" is part of the subject: in "Analysts led by Ana
    // Ruiz said" the analysts speak, the phrase reaching to the agent.)
    const head = before.lower === 'by' && /ed$/.test(lowerOf(tokens, first - 2)) ? subjectBefore(tokens, first - 3, floor, depth + 1) : null;
    if (head?.last === first - 3) return reachingTo(head, end);
    return subjectBefore(tokens, first - 2, floor, depth + 1);
  }
  // Nor one of an -ing verb after "in": "Lee in answering the claims said …" is Lee's. (Not after
  // "of" or "to": "part of being an effective president is …" is no one's.)
  if (isWordToken(before) && /ing$/.test(before.lower) && lowerOf(tokens, first - 2) === 'in' && first - 3 >= floor) {
    return subjectBefore(tokens, first - 3, floor, depth + 1);
  }
  // A participle after the head modifies it: in "A news report published Monday" the report speaks.
  let mLast = end;
  const tail = tokens[end]!;
  // So does one in -ing after a plural ("Protesters marching downtown chanted"); not after "a" or
  // "an", whose plural is a modifier of the -ing noun ("a new securities filing saying …").
  const pluralBefore = /[^s]s$/.test(lowerOf(tokens, end - 1)) && !/^an?$/.test(lowerOf(tokens, first));
  if (end > first && !tail.cap && (/ed$/.test(tail.lower) || EN_PARTICIPLES.has(tail.lower) || pluralBefore && /ing$/.test(tail.lower) && tail.lower.length > 5) && tail.lower.length > 4 && !DETERMINERS.has(lowerOf(tokens, end - 1)) && isWordToken(tokens[end - 1]) && !/ly$/.test(lowerOf(tokens, end - 1))) mLast = end - 1;
  // "The union that represents workers at the plant said": the words read back from the cue
  // lie inside a restrictive relative clause; the noun it modifies speaks.
  const opener = depth < 2 ? restrictiveRelativeOpener(tokens, first, end, floor) : -1;
  if (opener > floor) {
    const head = subjectBefore(tokens, opener - 1, floor, 2);
    if (head?.last === opener - 1 && !PRONOUNS.has(lowerOf(tokens, head.mLast)) && relativeHeadOpens(tokens, head, floor)) return reachingTo(head, end);
  }
  // "Ann Lutz when she caught the chair's eye noted", "Ali Khan while talking to the media said":
  // a clause of "when" or "while" between a name that opens the clause and its verb. (Not the
  // end of a list read only in part: "A, B and C while …".)
  for (let at = first - 1; end === last && depth === 0 && at > floor && end - at <= 12 && isWordToken(tokens[at]); at--) {
    if (['when', 'while'].includes(lowerOf(tokens, at)) && tokens[at - 1]!.cap) {
      const head = subjectBefore(tokens, at - 1, floor, 2);
      if (head?.first === floor) return reachingTo(head, end);
      break;
    }
  }
  // The mention is the whole phrase: "White House press secretary Josh Earnest", "the former envoy".
  // (Right before a verb with no comma after it: in "Clinton, a top aide said, “is …”" the aide
  // speaks of Clinton. parseLead takes the comma before a quote that opens a sentence.)
  // ("On Monday Smith said", "Early last year Mzembi blasted": a time phrase before a name is no part of its mention.)
  let named = first;
  // (Not a name's own word: "The Morning Consult poll".)
  while (named < end && (TIME_OPENERS.has(lowerOf(tokens, named)) || TIME_HEADS.has(lowerOf(tokens, named)) || TIME_WORDS.has(lowerOf(tokens, named))) && !(named > first && tokens[named]!.cap && DAY_PARTS.has(lowerOf(tokens, named)))) named++;
  if (named < first + 2 || !tokens[named]!.cap) named = first;
  return (end === last && isWordToken(tokens[end + 1]) && tokens[end + 2]?.text !== ',' && unclosedAppositive(tokens, first, end, floor)) || nounPhrase(first, end, named, mLast, description);
}

/** The word a role phrase is headed by: its last word before a preposition ("chairman" of "the Chairman of the board"). */
function roleHead(tokens: readonly Token[], from: number, to: number): boolean {
  let head = from;
  while (head < to && !NP_PREPOSITIONS.has(lowerOf(tokens, head + 1))) head++;
  return PERSON_ROLE_NOUNS.has(lowerOf(tokens, head)) || TITLES.has(lowerOf(tokens, head)) || ORIGIN_NOUNS.has(lowerOf(tokens, head));
}

/**
 * A name that opens the sentence and an appositive left without its closing comma: "Kamotho,
 * the chairman of the assembly argued", "Ann Roe, area manager and a Leeds native said". The
 * phrase read back from the cue is the appositive's (last) role, with an article; the name
 * before the comma speaks and the roles describe it. A name is capitalised words, none a
 * function word, adverb, interjection or time word ("Meanwhile, the minister said", "On Monday,
 * the chairman said", "Afterwards, the coach said" stay as they are); a role before "and" has
 * no article of its own ("Ann Roe, the mayor and the governor said" lists three people).
 */
export function unclosedAppositive(tokens: readonly Token[], first: number, end: number, floor: number): NounPhrase | null {
  // (An article or a name's possessive opens the role: "the army spokesperson", "UPDF's spokesperson".)
  if (!(ARTICLES.has(lowerOf(tokens, first)) || tokens[first]!.cap && /['\u2019]s$/.test(tokens[first]!.text)) || !roleHead(tokens, first + 1, end)) return null;
  let comma = first - 1;
  if (lowerOf(tokens, comma) === 'and') {
    // The role before "and": words only, headed by a role noun, with no article opening it.
    let open = comma - 1;
    while (open > floor && isWordToken(tokens[open]) && comma - open <= 8) open--;
    if (tokens[open]?.text !== ',' || open + 1 >= comma || ARTICLES.has(lowerOf(tokens, open + 1)) || !roleHead(tokens, open + 1, comma - 1)) return null;
    comma = open;
  }
  // (Or a name of two words or more after a fronted clause's comma: "Confirming the death, Ada Obi, the spokesperson of the party said".)
  let start = comma;
  while (start > floor && comma - start < 4 && tokens[start - 1]!.cap) start--;
  if (tokens[comma]?.text !== ',' || start === comma || start > floor && (tokens[start - 1]!.text !== ',' || comma - start < 2)) return null;
  for (let index = start; index < comma; index++) {
    const word = tokens[index]!;
    if (!isWordToken(word) || !word.cap || NON_SPEAKER_WORDS.has(word.lower) || LEADING_ADVERBIALS.has(word.lower) || SENTENCE_ADVERBS.has(word.lower) || TIME_WORDS.has(word.lower) || DETERMINERS.has(word.lower) || /ly$/.test(word.lower)) return null;
  }
  return nounPhrase(start, end, start, comma - 1, [comma + 1, end]);
}

/**
 * Whether the noun a relative clause modifies opens a subject: a determiner, a number or a
 * name starts it, or it is a bare plural at a clause's start ("But executives who …"), not a
 * verb's complement or a preposition's object ("attributed to the effect that …", "fears
 * that …", "given that polls show").
 */
function relativeHeadOpens(tokens: readonly Token[], head: NounPhrase, floor: number): boolean {
  const first = tokens[head.first]!;
  if (first.cap || /^\d/.test(first.text) || DETERMINERS.has(first.lower)) return true;
  const noun = lowerOf(tokens, head.mLast);
  if (!(/[^s'’]s$/.test(noun) || BARE_PLURALS.has(noun))) return false;
  const before = tokens[head.first - 1];
  return head.first === floor || before === undefined || before.text === ',' || before.text === ';' || BARE_SUBJECT_AFTER.has(before.lower);
}

const RELATIVE_VERB_AFTER_THAT = /^(?:is|are|were|will|would|can|could|should|might|may|must|had|have|did|[a-z]+[^s']s|[a-z]{2,}ed)$/;

/**
 * The relative pronoun that opens a clause ending in the phrase that starts at `first` ("that
 * represents workers at the plant", "who live near the plant"), with no punctuation between,
 * or -1. "that" counts only before a finite verb ("that represents", not "that plan").
 */
function restrictiveRelativeOpener(tokens: readonly Token[], first: number, end: number, floor: number): number {
  for (let index = first; index > floor && first - index <= 10; index--) {
    const token = tokens[index]!;
    if (!isWordToken(token)) return -1;
    if (token.cap || !['who', 'that'].includes(token.lower)) continue;
    const verb = tokens[index + 1];
    const noun = tokens[index - 1]!;
    if (!(isWordToken(verb) && !verb.cap && isWordToken(noun) && npWord(noun))) return -1;
    // "the limit that economists say": a plural right before the cue is the relative clause's own subject.
    return token.lower === 'who' || RELATIVE_VERB_AFTER_THAT.test(verb.lower) && index + 1 < end ? index : -1;
  }
  return -1;
}

/**
 * The first token of an insertion that ends at `end` (a closing parenthesis, a closing dash,
 * or a comma closing a relative clause or a participle: "…, appearing on Fox News, said"),
 * or -1. The insertion must open inside the sentence and hold no sentence punctuation, so
 * the subject before it is whole.
 */
function insertionStart(tokens: readonly Token[], end: number, floor: number): number {
  const close = tokens[end]!;
  if (isWordToken(close)) return -1;
  const dash = close.text === '\u2014' || close.text === '\u2013' || close.text === '-' && tokens[end - 1]?.text === '-';
  if (close.text !== ')' && close.text !== ',' && !dash) return -1;
  const closeAt = dash && close.text === '-' ? end - 1 : end;
  // ("…, who addressed the Defence Force (JDF) in Rose Hall, St. James, said": a short
  // parenthesis and an abbreviation's period end no insertion, nor count towards its length.)
  for (let open = closeAt - 1, skipped = 0; open > floor && closeAt - open <= 30 + skipped; open--) {
    const token = tokens[open]!;
    if (isWordToken(token)) continue;
    if (abbreviationPeriod(tokens, open)) {
      skipped++;
      continue;
    }
    if (token.text === ')' && close.text === ',' && tokens[open - 2]?.text === '(') {
      open -= 2;
      skipped += 3;
      continue;
    }
    if ('.;:!?"\u201c\u201d('.includes(token.text) && !(close.text === ')' && token.text === '(')) return -1;
    if (close.text === ')' && token.text === '(') return closeAt - open >= 3 ? open : -1;
    if (dash && (token.text === close.text) && (close.text !== '-' || tokens[open - 1]?.text === '-')) {
      const start = close.text === '-' ? open - 1 : open;
      return closeAt - open >= 3 && isWordToken(tokens[start - 1]) ? start : -1;
    }
    if (close.text === ',' && token.text === ',') {
      const opener = tokens[open + 1]!;
      // A relative clause or a participle opens the insertion: ", who …,", ", appearing on …,".
      if (isWordToken(opener) && !opener.cap && (INSERTION_OPENERS.has(opener.lower) || /ing$/.test(opener.lower) && opener.lower.length > 5) && isWordToken(tokens[open - 1])) return open;
    }
  }
  return -1;
}

/**
 * Whether `words[index]` is a finite verb of a clause: an auxiliary, a common irregular past
 * ("took", "said"), or a word in -ed after a noun ("the vote passed"; right after "and" or an
 * adverb it may be a participle: "and obtained by AP").
 */
function clauseVerb(words: readonly Token[], index: number): boolean {
  const token = words[index]!;
  if (!isWordToken(token) || token.cap) return false;
  if (FINITE_CLAUSE_VERBS.has(token.lower)) return true;
  const before = words[index - 1];
  return index > 1 && /[^e]ed$/.test(token.lower) && isWordToken(before) && !/ly$/.test(before.lower);
}

/**
 * Whether the period at `at` closes an abbreviation right before it ("R-Fla.", "D-N.Y.", "Calif."),
 * as in a lawmaker's party and state after the name: "Rep. John Mica (R-Fla.) said".
 */
export function abbreviationPeriod(tokens: readonly Token[], at: number): boolean {
  const period = tokens[at]!;
  const word = tokens[at - 1];
  if (period.text !== '.' || !isWordToken(word) || word.end !== period.start) return false;
  const last = word.text.slice(word.text.lastIndexOf('-') + 1);
  return last.length > 0 && isAbbreviation(last);
}

/** Whether tokens between commas describe a person or body ("a doctor", "69", "former ambassador"). */
function isDescription(inner: readonly Token[]): boolean {
  if (inner.length === 0) return false;
  const first = inner[0]!;
  if (/^\d+$/.test(first.text) && inner.length === 1) return false;
  if (!isWordToken(first)) return false;
  if (['as', 'though', 'while', 'after', 'before', 'in', 'on', 'at', 'for', 'from', 'of', 'by', 'with', 'during', 'like', 'however', 'meanwhile', 'instead', 'not', 'too', 'when', 'unlike', 'asked', 'according', 'speaking'].includes(first.lower)) return false;
  if (inner.length === 1 && /ly$/.test(first.lower)) return false;
  return true;
}

/**
 * Reads the noun phrase that starts at token `first` and runs forwards (the speaker of
 * "said Smith, a doctor."). Returns its mention (a name when there is one) and description.
 */
export function subjectAfter(tokens: readonly Token[], first: number, limit: number): NounPhrase | null {
  if (first > limit) return null;
  const head = tokens[first]!;
  if (!isWordToken(head)) return null;
  if (SUBJECT_PRONOUNS.has(head.lower) && head.lower !== 'that' && head.lower !== 'which' && head.lower !== 'who') {
    return nounPhrase(first, first, first, first, null);
  }
  if (NP_STOP.has(head.lower) && !DETERMINERS.has(head.lower) && !head.cap) return null;
  let last = first;
  // A determiner capitalised as a sentence's first word is no name: "A federal court ruled …"
  // reads on to its noun, as "a federal court" does.
  const named = head.cap && !DETERMINERS.has(head.lower);
  let sawCap = named;
  let firstCap = named ? first : -1;
  // How many words of the head after a possessive name were read ("Lazar's public defense counsel"), -1 before one.
  let possessed = -1;
  while (last + 1 <= limit) {
    const next = tokens[last + 1]!;
    if (!isWordToken(next)) {
      if ((next.text === '-' || next.text === '&') && isWordToken(tokens[last + 2]) && next.start === tokens[last]!.end) {
        last += 2;
        continue;
      }
      if (next.text === '(' ) {
        // "Gov. Phil Bryant (R-Miss.)"
        let close = last + 2;
        while (close <= limit && tokens[close]!.text !== ')' && close - last < 6) close++;
        if (close <= limit && tokens[close]!.text === ')') {
          last = close;
          continue;
        }
      }
      break;
    }
    const lower = next.lower;
    if (next.cap) {
      if (TIME_WORDS.has(lower) && !['this', 'last', 'next'].includes(lower)) break;
      sawCap = true;
      if (firstCap === -1) firstCap = last + 1;
      last++;
      continue;
    }
    if (!sawCap && head.cap && last > first && clauseAfterNoun(tokens, last)) break;
    // "Abdullah bin Zayed", "Jan ter Horst": a particle inside a name goes on with it.
    if (tokens[last]!.cap && isNameJoiner(tokens, last + 1)) {
      last++;
      continue;
    }
    // "District 1 Councilman Bernal", "Ward 3 Alderman": a numbered district before a title.
    if (tokens[last]!.cap && /^\d+$/.test(lower) && tokens[last + 2]?.cap) {
      // (The district is no part of the name: the mention starts after its number.)
      firstCap = last + 2;
      last++;
      continue;
    }
    // "Privacy advocates", "Trump supporters": a plural person noun after the name is the phrase's head.
    if (sawCap && next.text === lower && pluralPersonNoun(lower)) {
      last++;
      break;
    }
    // "Burkinabe security sources", "Trump campaign officials": a name (or a nationality no list
    // holds) and one or two nouns before a plural person noun modify it; the group speaks.
    const group = sawCap && tokens[last]!.cap ? modifiedGroupEnd(tokens, last + 1, limit) : -1;
    if (group !== -1) {
      last = group;
      break;
    }
    if (NP_PREPOSITIONS.has(lower)) {
      if (TIME_WORDS.has(lower) && (tokens[last + 2]?.cap && TIME_WORDS.has(lowerOf(tokens, last + 2)) || lowerOf(tokens, last + 2) === 'a' && tokens[last + 3] && ['tweet', 'post', 'email', 'call', 'press', 'statement', 'letter', 'speech', 'conference', 'interview', 'news', 'phone', 'telephone', 'radio', 'television', 'tv'].includes(lowerOf(tokens, last + 3)))) break;
      if (['in', 'on', 'at', 'to', 'with'].includes(lower) && sawCap) break;
      last++;
      continue;
    }
    // "experts and media reports", "Politico and the Post": coordinated sources.
    if (lower === 'and') {
      const after = tokens[last + 2];
      if (isWordToken(after) && (after.cap || DETERMINERS.has(after.lower) || !sawCap && !NP_STOP.has(after.lower) && !REPORT_FORMS.has(after.lower))) {
        last++;
        continue;
      }
    }
    // "media reports", "news accounts": a plural noun that ends the phrase.
    const endsPhrase = tokens[last + 2] === undefined || !isWordToken(tokens[last + 2]);
    if (REPORT_FORMS.has(lower) && /[^s]s$/.test(lower) && endsPhrase && !tokens[last]!.cap && !NP_STOP.has(lowerOf(tokens, last)) && !DETERMINERS.has(lowerOf(tokens, last))) {
      last++;
      continue;
    }
    // After a preposition inside the phrase, words are its object: "secretary of state",
    // "adviser to both Clintons".
    const afterPreposition = NP_PREPOSITIONS.has(lowerOf(tokens, last)) && !tokens[last]!.cap && last > first;
    if (afterPreposition && (DETERMINERS.has(lower) || REPORT_FORMS.has(lower))) {
      last++;
      continue;
    }
    // "the report", "a congressional report on …": a report word after a modifier, closing the phrase or before a preposition, is its head noun.
    const afterHead = tokens[last + 2];
    const reportNoun = REPORT_FORMS.has(lower) && !NP_STOP.has(lower) && !/(?:ed|ing)$/.test(lower) && !tokens[last]!.cap && !NP_STOP.has(lowerOf(tokens, last))
      && (afterHead === undefined || !isWordToken(afterHead) || NP_PREPOSITIONS.has(afterHead.lower) || afterHead.lower === 'by');
    if (reportNoun) {
      last++;
      continue;
    }
    // "A High Court judge on Tuesday blocked …": a role noun that is also a cue form heads the phrase after a name.
    if (sawCap && PERSON_ROLE_NOUNS.has(lower) && REPORT_FORMS.has(lower) && !NP_STOP.has(lower) && !tokens[last + 2]?.cap) {
      last++;
      break;
    }
    // "said the ruling party", "said the ruling": a cue form right after the phrase's determiner is a noun or an adjective.
    if (last === first && ARTICLES.has(head.lower) && REPORT_FORMS.has(lower) && !NP_STOP.has(lower) && !DETERMINERS.has(lower)) {
      last++;
      continue;
    }
    // "the complainant's counsel", "the union's statement": after a common noun's possessive a
    // cue form is its head noun (not a past form: "the mayor's said" is "has said").
    if (REPORT_FORMS.has(lower) && !tokens[last]!.cap && /[^s]['\u2019]s$/.test(lowerOf(tokens, last)) && !CONTRACTING.has(lowerOf(tokens, last).slice(0, -2)) && !PRONOUNS.has(lowerOf(tokens, last).slice(0, -2)) && !/ed$/.test(lower) && !PAST_FORMS.has(lower) && !SAY_CUES.has(lower)) {
      last++;
      continue;
    }
    // "a man identified as Victim 5": a participle before "as" ends the phrase.
    if (/ed$/.test(lower) && lowerOf(tokens, last + 2) === 'as') break;
    if (NP_STOP.has(lower) || REPORT_FORMS.has(lower) && !DETERMINERS.has(lower)) {
      // "White House press secretary Josh Earnest": a cue form that modifies a title.
      const bridge = sawCap && !NP_STOP.has(lower) ? titleBridge(tokens, last + 1, limit) : -1;
      if (bridge === -1) break;
      last = bridge;
      continue;
    }
    // "Chinese and Peruvian analysts": capitalised adjectives before a common noun.
    if (sawCap && tokens.slice(first, last + 1).every((token) => token.lower === 'and' || NATIONALITY_WORDS.has(token.lower) || DETERMINERS.has(token.lower))) {
      last++;
      continue;
    }
    // "Hillary Clinton's right-hand woman", "Lazar's defense counsel": after a possessive name
    // the lower-case words are its head, the one who speaks.
    // (Not a contraction: "He's", "That's"; at most three words, and not into the verb:
    // "Clinton's aide rallied supporters", "Lee's campaign took the step".)
    if (tokens[last]!.cap && /['\u2019]s$/.test(tokens[last]!.text) && !PRONOUNS.has(lowerOf(tokens, last).slice(0, -2)) && !CONTRACTING.has(lowerOf(tokens, last).slice(0, -2))) possessed = 0;
    const verbLike = /[^-]ed$/.test(lower) || DETERMINERS.has(lowerOf(tokens, last + 2)) || OBJECT_WORDS.has(lowerOf(tokens, last + 2));
    if (sawCap && possessed >= 0 && possessed < 3 && !DETERMINERS.has(lower) && !verbLike) {
      possessed++;
      last++;
      continue;
    }
    // "The Sanders campaign sent …": a source noun right after the name of a phrase that a
    // determiner opens is its head (the campaign speaks, not "The Sanders").
    if (tokens[last]!.cap && DETERMINERS.has(head.lower) && SOURCE_NOUNS.has(lower)) {
      last++;
      break;
    }
    if (sawCap && !DETERMINERS.has(lower) && !TITLES.has(lower)) {
      // Lower-case words after a name end the phrase, unless they modify a title before a
      // name: "Unite regional secretary Peter Hughes".
      const bridge = titleBridge(tokens, last + 1, limit);
      if (bridge === -1) break;
      last = bridge;
      continue;
    }
    last++;
    if (last - first > 16) break;
  }
  // Drop dangling prepositions and determiners.
  while (last > first && (NP_PREPOSITIONS.has(lowerOf(tokens, last)) || DETERMINERS.has(lowerOf(tokens, last))) && !tokens[last]!.cap) last--;
  const mFirst = first;
  let mLast = last;
  const commonHead = !tokens[last]!.cap && !NP_PREPOSITIONS.has(lowerOf(tokens, last));
  if (sawCap && firstCap !== -1 && !commonHead) {
    // The mention is the phrase up to the end of its first name run ("Representative Raúl M. Grijalva").
    // A sentence's capitalised first determiner and a run of nationalities are no name:
    // "His French colleague Francois Villeroy" is named by Francois Villeroy.
    firstCap = firstNameRun(tokens, firstCap, last);
    let runEnd = firstCap;
    while (runEnd + 1 <= last && (tokens[runEnd + 1]!.cap || isNameJoiner(tokens, runEnd + 1))) runEnd++;
    // "Google chief executive Sundar Pichai": a title between two names makes the whole
    // phrase the mention, whose person is the name at its end (the first is the employer).
    // So does a title and its office before a name of two words: "Leader of the Opposition Pritam Singh".
    mLast = runEnd < last && (titledNameEnd(tokens, runEnd + 1, last) || runEnd === firstCap && TITLES.has(lowerOf(tokens, runEnd)) && tokens[last - 1]!.cap && tokens[last]!.cap) ? last : runEnd;
  }
  let description: [number, number] | null = null;
  if (commaAt(tokens, last + 1)) {
    let close = last + 2;
    while (close <= limit && tokens[close]!.text !== ',' && !'.;:!?'.includes(tokens[close]!.text)) close++;
    const inner = tokens.slice(last + 2, close);
    if (inner.length > 0 && isDescription(inner) && inner.length <= 24) description = [last + 2, close - 1];
    // "the assailant, John McGraw": a common noun phrase named by its appositive; the name is the mention.
    if (description && (!sawCap || isOffice(tokens, first, last)) && inner.length <= 5 && inner.every((token) => token.cap || isNameJoiner(tokens, tokens.indexOf(token)))) {
      return nounPhrase(first, description[1], description[0], description[1], [first, last]);
    }
  }
  return nounPhrase(first, last, mFirst, mLast, description);
}

/**
 * Whether a phrase opened by a capitalised determiner ends after token `last`, a noun: at a
 * past form ("The fracas erupted", "The president left no doubt"), at a verb in -s or a
 * determiner that opens an object ("The agreement includes a pledge", "The first taste the …"),
 * or at a preposition of place or after a noun that does not speak ("One aide inside Trump
 * Tower", "The event with Obama"; not "A spokesman for", "Some in the crowd").
 */
function clauseAfterNoun(tokens: readonly Token[], last: number): boolean {
  const before = lowerOf(tokens, last);
  const lower = lowerOf(tokens, last + 1);
  const after = lowerOf(tokens, last + 2);
  if (DETERMINERS.has(before) || /ly$/.test(before)) return false;
  // (An adverb may stand before the past form: "The candidates briefly put away …".)
  const verb = /..ly$/.test(lower) && !LY_NOUNS.has(lower) ? after : lower;
  return PAST_FORMS.has(verb) || /^[a-z]{3,}ed$/.test(verb) || (DETERMINERS.has(lower) || /[^su]s$/.test(lower) && (DETERMINERS.has(after) || OBJECT_WORDS.has(after))) && !ADVERBIAL_PREPOSITIONS.has(before) && !PLACE_PREPOSITIONS.has(before) && before !== 'and' || PLACE_PREPOSITIONS.has(lower) || NP_PREPOSITIONS.has(lower) && !sayerNoun(before);
}

/** Whether a lower-case word is the plural of a person noun: "advocates", "sources", "officials". */
const pluralPersonNoun = (word: string): boolean => word.endsWith('s') && (PERSON_ROLE_NOUNS.has(word.slice(0, -1)) || PERSON_ROLE_NOUNS.has(word.slice(0, -2)));

/**
 * The index of a plural person noun after one or two lower-case nouns from `from` ("security
 * sources", "campaign officials"), or -1 when a word before it may be a verb (in -ed or -s, a
 * past form, a cue form) or a function word: "Smith met local officials" is no phrase.
 */
function modifiedGroupEnd(tokens: readonly Token[], from: number, limit: number): number {
  for (let index = from; index <= limit && index - from < 3; index++) {
    const token = tokens[index]!;
    if (!isWordToken(token) || token.text !== token.lower) return -1;
    // (Not before a name: in "Democratic presidential candidates Hillary Clinton and …" the names speak.)
    if (index > from && pluralPersonNoun(token.lower)) return tokens[index + 1]?.cap ? -1 : index;
    if (/(?:ed|s)$/.test(token.lower) || PAST_FORMS.has(token.lower) || REPORT_FORMS.has(token.lower) || NP_STOP.has(token.lower) || DETERMINERS.has(token.lower)) return -1;
  }
  return -1;
}

/**
 * Whether a phrase is an office held by one person: a title and what it is of or for ("The
 * Minister for Information", "the director of the European Centre"). Its capitalised words are
 * the office's, so an appositive name after it is the person ("…, Ina Kirsch,").
 */
function isOffice(tokens: readonly Token[], first: number, last: number): boolean {
  let index = first;
  while (index < last && DETERMINERS.has(lowerOf(tokens, index))) index++;
  // (The title may take up to three words before its "of": "Chief Executive Officer of PICA".)
  let link = index + 1;
  while (link < last && link - index < 3 && tokens[link]!.cap) link++;
  // (Or a phrase that a capitalised title ends: "Chief Justice", "The Kenyan President", "Apple
  // CEO", "the Central Bank of Nigeria (CBN) Governor", "The Governor".)
  return link < last && TITLES.has(lowerOf(tokens, link - 1)) && ['of', 'for'].includes(lowerOf(tokens, link)) || tokens[last]!.cap && TITLES.has(lowerOf(tokens, last));
}

/**
 * Where the first name run of a phrase starts, from its first capitalised word `from`: past a
 * capitalised determiner ("His"), capitalised nationalities ("French") and lower-case nouns
 * ("colleague") when a capitalised word follows them before any preposition; otherwise `from`.
 */
function firstNameRun(tokens: readonly Token[], from: number, last: number): number {
  let index = from;
  for (; index <= last; index++) {
    const token = tokens[index]!;
    if (token.cap ? !DETERMINERS.has(token.lower) && !NATIONALITY_WORDS.has(token.lower) : !isWordToken(token) || NP_PREPOSITIONS.has(token.lower) || token.lower === 'and') break;
  }
  return index <= last && index > from && tokens[index]!.cap ? index : from;
}

/**
 * The last of one to four lower-case words from `from` that end in a title and stand before a
 * capitalised word ("regional secretary", "press secretary", "campaign manager"), or after a
 * title's "of" before a name ("head of equity research Ana Ruiz"), or -1.
 */
function titleBridge(tokens: readonly Token[], from: number, limit: number): number {
  // ("head of equity research Ana Ruiz": after a title's "of", its field, then a name of two words.)
  const field = lowerOf(tokens, from - 1) === 'of' && TITLES.has(lowerOf(tokens, from - 2));
  for (let cursor = from; cursor <= limit && cursor - from < 4; cursor++) {
    const token = tokens[cursor]!;
    if (!isWordToken(token) || token.cap || NP_STOP.has(token.lower) || DETERMINERS.has(token.lower)) return -1;
    if ((TITLES.has(token.lower) || field && tokens[cursor + 2]?.cap) && cursor + 1 <= limit && tokens[cursor + 1]?.cap) return cursor;
  }
  return -1;
}

/**
 * Whether the words from `from` to `last` hold a lower-case title and end in a name after a
 * lower-case word ("chief executive Sundar Pichai", "Ohio Department of Transport spokesman
 * Ben Cole", "Harbor Bank head of equity research Ana Ruiz"): the name speaks. A name of one
 * word only right after its title ("press secretary Earnest").
 */
function titledNameEnd(tokens: readonly Token[], from: number, last: number): boolean {
  let name = last;
  // ("police chief Anna van Dijk": a particle inside the name goes on with it.)
  while (name > from && (tokens[name - 1]!.cap || isNameJoiner(tokens, name - 1))) name--;
  const before = tokens[name - 1]!;
  if (name - 1 < from || !isWordToken(before) || NP_STOP.has(before.lower) || name === last && !TITLES.has(before.lower)) return false;
  for (let index = from; index < name; index++) if (!tokens[index]!.cap && TITLES.has(lowerOf(tokens, index))) return true;
  return false;
}

function isNameJoiner(tokens: readonly Token[], index: number): boolean {
  const token = tokens[index]!;
  if (isWordToken(token)) return (SURNAME_PARTICLES.includes(token.lower) || token.lower === 'y') && tokens[index + 1]?.cap === true;
  return (token.text === '-' || token.text === '&') && tokens[index + 1]?.cap === true && tokens[index - 1]!.end === token.start;
}

/**
 * Where reported content starts after its cue: past a recipient ("told reporters"), a venue
 * or time ("on Twitter Friday") and "that".
 */
export function contentStartAfterCue(text: string, cueEnd: number, limit: number): number {
  const window = text.slice(cueEnd, Math.min(limit, cueEnd + 120));
  const that = /^[^"“”'.;:!?]*?\bthat\s/.exec(window);
  // (A second setting joined by "and" between commas is read past like the first: "said at a
  // press conference Friday, and again on Saturday, that …".)
  if (that) {
    const lead = that[0].replace(/^(\s+\p{Ll}+\s[^,]*),\s+(?:and|or)\s[^,]*,/u, '$1');
    // ("said she liked it and that …": "and that" after words of the cue's own joins a second
    // clause of the content, which starts at the cue; not ", and that …" nor "— and that …".)
    if (lead.split(/\s+/).length <= 10 && !/\b(?:is|are|was|were|will|would|has|have|had|can|could)\b/.test(lead) && !/^\s+\w[^\u2014\u2013]* (?:and|but) that\s$/.test(lead) && !cueBeforeThat(lead) && !clauseBeforeThat(lead) && !relativeThat(window.slice(that[0].length))) return cueEnd + that[0].length;
  }
  // Only after "told" and its kin does a name right after the cue stand for the recipient.
  const recipient = /^,?\s*(?:him|her|them|us|me|reporters|journalists|supporters|the crowd|the audience|(?:the )?\p{Lu}[\p{L}'’.-]*(?: \p{Lu}[\p{L}'’.-]*)*)(?: (?:on|in|at|during) (?:\p{Lu}\p{L}*|a \w+|the \w+))*\s/u.exec(window);
  const before = text.slice(Math.max(0, cueEnd - 8), cueEnd);
  const telling = /\b(?:told|tells?|telling|assured|reminded|informed|warned|urged)$/.test(before);
  // "urged him to resign", "urged the council to act": the one urged and the infinitive are what was urged.
  const urging = /urg(?:ed|es|e|ing)$/.test(before);
  if (recipient && telling && !(urging && /^to\s/.test(window.slice(recipient[0].length)))) return cueEnd + recipient[0].length;
  // "told analysts the group would …", "warned local officials its …": people of a role.
  if (telling) {
    const people = peopleRecipient(window);
    if (people > 0 && !(urging && /^to\s/.test(window.slice(people)))) return cueEnd + people;
  }
  // ("reported late Tuesday its profit fell", "said Friday night it would …": the part of the day goes with the day.)
  const time = /^,?\s*(?:(?:on|in|at|during|last|this|earlier|later|late|early)\s+)?(?:(?:Mon|Tues|Wednes|Thurs|Fri|Satur|Sun)day(?: (?:morning|afternoon|evening|night))?|Twitter|Facebook|a statement|an interview|the interview|a tweet|a post|week|night|morning|afternoon|evening|today|yesterday)\b,?\s*/u.exec(window);
  if (time) return cueEnd + time[0].length;
  // "said in September it would …", "said in 2019 …": a month or a year (a number past 999) is when, not what.
  const month = /^\s*in (\w+) /.exec(window);
  return month && (+month[1]! > 999 || MONTH_HEADS.has(month[1]!.toLowerCase())) ? cueEnd + month[0].length : cueEnd;
}

/**
 * Whether the words after a "that" open with a verb, a modal or a past form, so that "that" is
 * their subject, a relative word after the cue's object or a demonstrative: "recalling past
 * projects that left residents with debts", "proposes a port that would use …", "said that
 * would be a mistake". The content then starts at the cue.
 */
function relativeThat(after: string): boolean {
  const word = /^[a-z]+/.exec(after)?.[0] ?? '';
  return MODAL_VERBS.has(word) || PAST_FORMS.has(word) || /...ed$/.test(word);
}

/**
 * Whether the words between the cue and a "that" are already a clause, so that "that" opens a
 * relative clause inside the content, not the content: "said the strain carried a mutation that
 * helps …" (a noun phrase and a past verb), unlike "told the board on Tuesday that …".
 */
function clauseBeforeThat(lead: string): boolean {
  const words = lead.trim().toLowerCase().split(/\s+/);
  if (!CLAUSE_OPENING_DETERMINERS.has(words[0] ?? '')) return false;
  return words.slice(2, -1).some((word) => /^[a-z]{3,}ed$/.test(word) || PAST_FORMS.has(word));
}

/**
 * Whether another reporting verb stands before the "that" (`lead` runs up to it): in "said on
 * Thursday, as the union warned that …" the clause after "that" is the union's, not the first speaker's.
 */
function cueBeforeThat(lead: string): boolean {
  const words = lead.toLowerCase().split(/[^a-z']+/);
  // "said in a blog post that …", "wrote on Facebook that …": in a setting with no clause
  // break, a word of saying is a noun ("post", "statement").
  const first = words[0] === '' ? words[1] : words[0];
  if (first !== undefined && SETTING_PREPOSITIONS.has(first) && !lead.includes(',')) return false;
  for (let index = 0; index < words.length - 1; index++) if (REPORT_FORMS.has(words[index]!)) return true;
  return false;
}

/**
 * The length of a recipient made of people of a role at the start of `window` (after "told"):
 * a determiner, up to two lower-case modifiers and a person noun or a body ("analysts",
 * "local officials", "a reporter", "the board"), with the space after it; 0 when there is none.
 */
function peopleRecipient(window: string): number {
  let at = /^,?\s*/.exec(window)![0].length;
  for (let count = 0; count < 5; count++) {
    let end = at;
    while (end < window.length && /[a-z-]/.test(window[end]!)) end++;
    if (end === at) return 0;
    const word = window.slice(at, end);
    if (count > 0 || !RECIPIENT_DETERMINERS.has(word)) {
      const singular = word.replace(/e?s$/, '');
      // (The hearer may end the sentence: "told the newspaper.")
      if (PERSON_ROLE_NOUNS.has(word) || ADDRESSED_BODIES.has(word) || word.endsWith('s') && (PERSON_ROLE_NOUNS.has(singular) || PERSON_ROLE_NOUNS.has(word.slice(0, -1)))) return window[end] === ' ' ? end + 1 : end;
      if (NP_STOP.has(word) || DETERMINERS.has(word) && count > 0) return 0;
    }
    if (window[end] !== ' ') return 0;
    at = end + 1;
  }
  return 0;
}

/**
 * The whole source after "according to" when it is not a bare name: "a count by The
 * Associated Press", "early results of the exit poll conducted by Edison Research", up to
 * the comma or the sentence end (at most `limit`), less a trailing time ("on Thursday") or
 * participle ("released"). A name keeps its own extent ("Smith, a doctor").
 *
 * @example
 * // tokens of "according to a count by The Associated Press."
 * wholeSource(tokens, subjectAfter(tokens, 2, 7)!, 7) // spans "a count by The Associated Press"
 */
export function wholeSource(tokens: readonly Token[], np: NounPhrase, limit: number): NounPhrase {
  if (np.description) return nounPhrase(np.first, np.last, np.first, np.last, np.description);
  const opener = tokens[np.first]!;
  if (tokens[np.last]!.cap && !(DETERMINERS.has(opener.lower) && !opener.cap)) return nounPhrase(np.first, np.last, np.first, np.last, np.description);
  let end = np.last;
  while (end + 1 <= limit && end - np.first < 30) {
    const next = tokens[end + 1]!;
    // (A hyphen joins only touching words: "the report - still …" is a dash, and the source ends there.)
    if (!isWordToken(next) ? !'-&/\'\u2019'.includes(next.text) || next.text === '-' && next.start !== tokens[end]!.end : SOURCE_BREAKS.has(next.lower) && !next.cap) break;
    end++;
  }
  for (let guard = 0; guard < 4 && end > np.first; guard++) {
    const token = tokens[end]!;
    const time = token.cap && TIME_WORDS.has(token.lower) ? end : timePhraseStart(tokens, end);
    if (time <= end) {
      end = time - 1;
      while (end > np.first && ['this', 'in', 'on', 'at', 'last', 'late', 'early'].includes(lowerOf(tokens, end))) end--;
      continue;
    }
    if (!isWordToken(token) || !token.cap && (NP_PREPOSITIONS.has(token.lower) || DETERMINERS.has(token.lower) || token.lower === 'by' || (/ed$/.test(token.lower) || EN_PARTICIPLES.has(token.lower)) && token.lower.length > 4 && end - 1 > np.first)) {
      end--;
      continue;
    }
    break;
  }
  // "the Maine Department of Transportation": the whole phrase names the source, not its first name run.
  return nounPhrase(np.first, Math.max(end, np.first), np.first, Math.max(end, np.first), null);
}
