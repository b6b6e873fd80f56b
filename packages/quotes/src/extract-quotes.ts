// Module order is bundle order, and deflate finds a repeat only within 32 KB of text (issue
// #15, weight): the language detector's stopwords and the options' checks first, beside core's
// lists; then the English word lists side by side, before the rules (they share most of their
// words: together they gzip about 560 bytes smaller than with rule code between them). The
// order of these imports alone moves the gzipped bundle by about 90 bytes.
import { detectLanguage } from './detect-language.js';
import { checkEntities, checkOptions, type CheckedOptions } from './options.js';
// (The lists of attribution-words.ts here, with lexicon.ts and function-words.ts they import: 64 bytes lighter than named last.)
import { CRY_FORMS, NAMING, SHOUT_FORMS } from './locales/en/attribution-words.js';
import { QUOTE_LANGUAGES } from './locales/index.js';
import { analyzeText, assertText, findQuotations, type Quotation, type Span, type TextAnalysis } from '@newsparse/core';
import type { TagEntitiesResult } from '@newsparse/entities';
import { INDIRECT_CUE_FORMS, PRONOUNS, sayerNoun, SPEECH_FORMS, WORK_MAKER_NOUNS, WORK_NOUNS } from './locales/en/lexicon.js';
import { CLAUSE_BOUNDARY_WORDS, PASSIVE_AUXILIARIES, QUOTE_NAMING_PARTICIPLES, REPORT_FORMS_SET } from './locales/en/reported-words.js';
import { QUESTION_CUES } from './locales/en/speaker-words.js';
import { contentStartAfterCue, cueAt, subjectAfter } from './attribution.js';
import { countPassing, span } from './span.js';
import type { Draft } from './draft.js';
import { npSpans, parseLead, parseTail, type Found } from './find-attribution.js';
import { findReported } from './reported.js';
import { resolveSpeakers } from './resolve.js';
import { commaAt, isWordToken, lowerOf, type Token } from './tokens.js';
import type { ExtractQuotesOptions, Quote, QuoteAnalysis, QuoteKind } from './types.js';

/**
 * Extracts quotes and attributes each to its speaker: direct quotes (the whole sentence in
 * quotation marks), partial quotes (a quoted fragment inside the writer's sentence) and
 * reported speech ("X said that …", "…, X told the Global Times."). Scare quotes, titles and
 * nicknames in quotation marks are not quotes and are left out.
 *
 * Speakers are read from the words around each quote (before, after, or between the pieces
 * of a split quote, or a colon lead-in in the paragraph before). Given the text's entities
 * (`options.entities`: a `tagEntities` result or the tagger itself), they are named through
 * them and the descriptions seen earlier in the story: "the former envoy" is the person the
 * story described as a former ambassador. Without, only the attributions name them.
 *
 * @example
 * extractQuotes('“We are ready,” Wang said.')[0]?.speaker?.name
 * //=> 'Wang'
 *
 * @example
 * import { tagEntities } from '@newsparse/entities';
 * extractQuotes(story, { entities: tagEntities }) // speakers resolved through the entity tagger
 *
 * @example
 * import { de, fr, es } from '@newsparse/quotes/locales';
 * extractQuotes('„Wir sind bereit“, sagte die Ministerin.', { locales: [de, fr, es] })[0]?.speaker?.mention.text
 * //=> 'die Ministerin'
 */
export function extractQuotes(text: string, options?: ExtractQuotesOptions): Quote[] {
  return analyzeQuotes(text, options).quotes;
}

/**
 * {@link extractQuotes} with what it found out on the way: the language whose rules were
 * applied (or refused) and warnings. A text in a language without rules gives no quotes
 * and a warning, rather than English rules' guesses.
 *
 * @example
 * analyzeQuotes('O presidente disse que o governo não vai cair e que a crise já acabou.')
 * //=> { quotes: [], lang: 'pt', warnings: ['no quote rules for language "pt"; nothing extracted'] }
 */
export function analyzeQuotes(text: string, options?: ExtractQuotesOptions): QuoteAnalysis {
  assertText(text, 'extractQuotes');
  const checked = checkOptions(options, text);
  const lang = checked.lang === 'auto' ? detectLanguage(text) ?? 'en' : checked.lang;
  if (lang === 'en') return { quotes: english(text, checked), lang, warnings: [] };
  const locale = checked.locales.find((candidate) => candidate.code === lang);
  if (locale) return { quotes: locale.extract(text, checked.reported, checked.analysis ?? analyzeText(text)), lang, warnings: [] };
  if (QUOTE_LANGUAGES.includes(lang)) {
    return { quotes: [], lang, warnings: [`quote rules for language "${lang}" not loaded: import { ${lang} } from '@newsparse/quotes/locales' and pass { locales: [${lang}] }; nothing extracted`] };
  }
  return { quotes: [], lang, warnings: [`no quote rules for language "${lang}"; nothing extracted`] };
}

/** The English rules. */
function english(text: string, checked: CheckedOptions): Quote[] {
  if (text.length === 0) return [];
  // One reading of the text for every rule: the caller's (parseArticle shares it between stages) or our own.
  const analysis = checked.analysis ?? analyzeText(text);
  const quotations = findQuotations(text);
  const drafts = findDirect(text, analysis, quotations);
  const reported = checked.reported ? withinQuotations(text, withoutQuotedCopies(findReported(text, drafts, analysis), drafts), quotations) : [];
  // A partial quote inside reported content is carried by that content's clause.
  if (reported.length > 0) {
    // (withinQuotations returns them in order of their content's start.)
    const byStart = reported;
    let cursor = 0;
    for (const draft of drafts) {
      if (draft.kind !== 'partial') continue;
      while (cursor < byStart.length && byStart[cursor]!.content.end < draft.content.start) cursor++;
      for (let index = cursor; index < byStart.length && byStart[index]!.content.start <= draft.content.start; index++) {
        // Around a parenthetical attribution ("The move, Carr said, was “a gamble”") the piece that holds the quote carries it.
        for (const outer of byStart[index]!.parts) {
          if (outer.start <= draft.content.start && outer.end + 2 >= draft.content.end) draft.clause = outer;
        }
        // ("Trudeau said Canada must think “tactically …”", "the elite know that “…”": a verb of
        // belief before the quote inside reported content is the content's own; the words are
        // the reporting clause's speaker's. A verb of saying there names its own speaker: "what
        // Gilbert called “a perception problem”". A quote with no cue of its own takes the clause's:
        // "He praised the “spirit of the city”, but …".)
        const outer = byStart[index]!;
        const cue = draft.found?.cue;
        if (outer.found?.speaker && draft.content.end <= outer.content.end + 2 && (!cue || cue.start >= outer.content.start && cue.end <= draft.content.start && !SPEECH_FORMS.has(cue.text.toLowerCase()))) draft.found = outer.found;
      }
    }
  }
  const all = [...drafts, ...reported].sort((a, b) => a.content.start - b.content.start || a.content.end - b.content.end);
  // Continuation indexes point into `drafts`; re-point them after sorting.
  const order = new Map<Draft, number>();
  all.forEach((draft, index) => order.set(draft, index));
  // Literals with every field in one order: one object shape for resolveSpeakers (issue #15);
  // pushed onto a literal list, not made by `.map`, for one list shape too (see copiedParts).
  const remapped: Draft[] = [];
  for (const draft of all) remapped.push({ content: draft.content, parts: draft.parts, kind: draft.kind, found: draft.found, clause: draft.clause, continues: draft.continues >= 0 ? order.get(drafts[draft.continues]!) ?? -1 : -1, via: draft.via });
  continueReportedSpeakers(text, remapped);
  const entities = entitiesFor(text, remapped, checked.entities, analysis);
  const quotes = withClauseParts(resolveSpeakers(text, remapped, entities), all);
  // "DAKAR: Gunmen killed …": a label in capitals and a colon that the tagger reads as a place
  // is a dateline, not a speaker ("Russia: …" in a headline still speaks). So is one in title
  // case before a whole unquoted sentence ("New Delhi: Union Minister X on Saturday clarified …").
  const places = new Map(entities.mentions.filter((mention) => mention.type === 'place').map((mention) => [mention.start, mention.end]));
  return quotes.filter(({ cue, speaker, kind, text: words }) => !(cue?.text === ':' && speaker && places.get(speaker.mention.start) === speaker.mention.end && (speaker.mention.text === speaker.mention.text.toUpperCase() || kind === 'indirect' && wordCount(words) >= 12)));
}

/**
 * The piece of a partial quote's clause before a parenthetical attribution, per draft: "The
 * move" of "The move, Carr said, was “a gamble”" (PolNeAR marks both pieces).
 */
const LEADING_PIECES = new WeakMap<Draft, Span>();

/**
 * Gives each partial quote whose clause a parenthetical attribution splits its `clauseParts`.
 * `resolveSpeakers` returns one quote per draft, in order: `quotes[index]` is `drafts[index]`'s.
 */
function withClauseParts(quotes: Quote[], drafts: readonly Draft[]): Quote[] {
  drafts.forEach((draft, index) => {
    const piece = LEADING_PIECES.get(draft);
    const quote = quotes[index]!;
    if (piece && quote.kind === 'partial' && quote.clause) quote.clauseParts = [{ ...piece }, { ...quote.clause }];
  });
  return quotes;
}

/**
 * "The move, Carr said, was …": the subject before a parenthetical attribution — from the
 * clause's start to the comma right before the speaker, with a comma right after the cue —
 * or null when the attribution is not set off so.
 */
function pieceBeforeParenthetical(text: string, leadStart: number, speakerStart: number, cueEnd: number, clauseStart: number): Span | null {
  const before = text.slice(leadStart, speakerStart);
  const comma = before.trimEnd().endsWith(',') ? leadStart + before.trimEnd().length - 1 : -1;
  if (comma <= leadStart || !/^\s*,/.test(text.slice(cueEnd, clauseStart))) return null;
  const piece = trimmed(text, leadStart, comma);
  return piece.end > piece.start && /\p{L}/u.test(piece.text) ? piece : null;
}

/**
 * "Trump added that markets should welcome his actions. “I don't know how people are
 * unnerved.”": a direct quote with no attribution of its own, in the sentence right after
 * reported speech in the same paragraph, goes on with that speech's speaker, as it would after
 * a direct quote.
 */
function continueReportedSpeakers(text: string, drafts: Draft[]): void {
  for (let index = 1; index < drafts.length; index++) {
    const draft = drafts[index]!;
    if (draft.kind !== 'direct' || draft.found || draft.continues >= 0) continue;
    const before = drafts[index - 1]!;
    if (before.kind !== 'indirect' || !before.found?.speaker || before.content.end > draft.content.start) continue;
    // Not after a question ("Callers asked how much he was paid. “I make my own money.”": the answer is another's),
    // nor after reported words inside an earlier quotation (their speaker is the quotation's).
    if (QUESTION_CUES.has(before.found.cue.text.toLowerCase()) || insideQuotation(drafts, index - 1)) continue;
    // Only the sentence end and the opening mark between them: the next sentence, in the same
    // paragraph, or opening the next when the quote is that whole paragraph ("X said it was
    // shocking.\n\n“It is very lucky …”"; not a subhead in capitals).
    const between = text.slice(before.content.end, draft.content.start);
    if (!/^[\s.!?"'\u201c\u201d\u2018\u2019]{1,8}$/.test(between) && !endsParagraph(between)) continue;
    // Across a paragraph break only after a verb of speaking ("said", "argued"), not of thought ("They think …").
    if (between.includes('\n') && (/\n[^\n]*\n[^\n]*\n/.test(between) || !SPEECH_FORMS.has(before.found.cue.text.toLowerCase()) || !wholeParagraph(text, draft.content) || draft.content.text === draft.content.text.toUpperCase())) continue;
    draft.found = before.found;
    draft.continues = index - 1;
  }
}

/**
 * Whether the text after a report's content only finishes its sentence and its paragraph ("…
 * no load shedding, but if there is, it will be limited to stage one.\n\n“…”"): the report is
 * its paragraph's last, and the quote opening the next paragraph goes on with its speaker.
 */
function endsParagraph(between: string): boolean {
  const lineEnd = between.indexOf('\n');
  if (lineEnd < 0 || lineEnd > 300) return false;
  return /^[^.!?\n]*[.!?]["'\u201d\u2019]*\s*$/.test(between.slice(0, lineEnd)) && /^[\s"'\u201c\u2018]*$/.test(between.slice(lineEnd));
}

/** Whether a quotation is its paragraph: only marks and space between it and the line's ends. */
function wholeParagraph(text: string, content: Span): boolean {
  const lineStart = text.lastIndexOf('\n', content.start - 1) + 1;
  let lineEnd = text.indexOf('\n', content.end);
  if (lineEnd === -1) lineEnd = text.length;
  return /^[\s"'\u201c\u201d\u2018\u2019]*$/.test(text.slice(lineStart, content.start)) && /^[\s.!?,"'\u201c\u201d\u2018\u2019]*$/.test(text.slice(content.end, lineEnd));
}

/**
 * `parts.map(copy)`, pushed onto a literal list: a list `.map` makes has one shape when V8
 * runs the caller optimised and another when not, and drafts' parts of both shapes made it
 * recompile the code that reads them (issue #15).
 */
function copiedParts(parts: readonly Span[], copy: (part: Span) => Span): Span[] {
  const copies: Span[] = [];
  for (const part of parts) copies.push(copy(part));
  return copies;
}

/** Whether the content of `drafts[at]` lies inside a direct or partial quote listed before it. */
function insideQuotation(drafts: readonly Draft[], at: number): boolean {
  const content = drafts[at]!.content;
  for (let index = at - 1; index >= 0 && index >= at - 4; index--) {
    const other = drafts[index]!;
    if (other.kind !== 'indirect' && other.content.start <= content.start && other.content.end >= content.start) return true;
  }
  return false;
}

/**
 * Reported content that is all one quotation ("…, noting “it means a lot to the agency.”") is
 * that quote, read once: the direct or partial draft stays, with the reported reading's cue
 * when that cue stands nearer before it.
 */
function withoutQuotedCopies(reported: Draft[], drafts: readonly Draft[]): Draft[] {
  if (reported.length === 0 || drafts.length === 0) return reported;
  const byStart = new Map<number, Draft>();
  for (const draft of drafts) byStart.set(draft.content.start, draft);
  return reported.filter((draft) => {
    // The quotation inside its marks: one mark (and no more than a space) on each side.
    const quoted = byStart.get(draft.content.start + 1);
    if (!quoted || draft.content.end - quoted.content.end > 2 || draft.content.end < quoted.content.end) return true;
    const cue = draft.found?.cue;
    const ownCue = quoted.found?.cue;
    if (draft.found?.speaker && cue && cue.end <= quoted.content.start && (!ownCue || ownCue.end < cue.start)) quoted.found = draft.found;
    return false;
  });
}

/**
 * Reported content never crosses a quotation's marks. Content whose cue stands inside a
 * quotation and that reaches its close is the quoted speaker's own wording (“… And I think
 * the staff is tired.”), which the quotation's attribution already carries. Content that runs
 * into a quotation from outside takes all of it (`he called the plan “a gamble,”` ends after
 * the closing mark; `… no joy” in the end, Ray said` starts at the opening one).
 */
function withinQuotations(text: string, reported: Draft[], quotations: readonly Quotation[]): Draft[] {
  // Each stretch in marks, in text order (core finds them so), with where its words end: [start, end, close].
  const marks = quotations.flatMap((quotation) => (quotation.parts.length > 1 ? quotation.parts.map((part) => [part.start, part.end, part.end]) : [[quotation.start, quotation.end, quotation.content.end]]));
  let cursor = 0;
  return reported.sort((a, b) => a.content.start - b.content.start).filter((draft) => {
    // Quotations and content both in order: only the quotations ending after the content starts matter.
    while (cursor < marks.length && marks[cursor]![1]! <= draft.content.start) cursor++;
    const cue = draft.found?.cue.start ?? -1;
    for (let index = cursor; index < marks.length && marks[index]![0]! < draft.content.end; index++) {
      const [start, end, close] = marks[index] as [number, number, number];
      if (start <= cue && cue < end) {
        if (draft.content.end >= close) return false;
        continue;
      }
      draft.parts = copiedParts(draft.parts, (part) => (part.start <= start && start < part.end && part.end < end ? span(text, part.start, end) : start < part.start && part.start < end && end < part.end ? span(text, start, part.end) : part));
      draft.content = span(text, draft.parts[0]!.start, draft.parts.at(-1)!.end);
    }
    return true;
  });
}

const NO_ENTITIES: TagEntitiesResult = { mentions: [], entities: [] };

/**
 * The entity result that names the speakers: the one given, the tagger's (run only when some
 * quote has a speaker to name), or none, and then only the attributions name the speakers.
 */
function entitiesFor(text: string, drafts: readonly Draft[], given: CheckedOptions['entities'], analysis: TextAnalysis): TagEntitiesResult {
  if (typeof given !== 'function') return given ?? NO_ENTITIES;
  if (!needsEntities(drafts)) return NO_ENTITIES;
  // The tagger reads the same analysis rather than tokenizing the text again.
  const tagged: unknown = given(text, { analysis });
  checkEntities(tagged, text.length);
  return tagged;
}

const needsEntities = (drafts: readonly Draft[]): boolean => drafts.some((draft) => draft.found?.speaker);



/** The line breaks of a text, for bounding leads and tails to their line in O(log n). */
class Lines {
  readonly #breaks: number[] = [];
  readonly #length: number;
  constructor(length: number, text: string) {
    this.#length = length;
    for (let index = text.indexOf('\n'); index !== -1; index = text.indexOf('\n', index + 1)) this.#breaks.push(index);
  }

  /** The start and end of the line that holds `index`. */
  bounds(index: number): [number, number] {
    // First break at or after index.
    const low = countPassing(this.#breaks, (lineBreak) => lineBreak < index);
    const start = low > 0 ? this.#breaks[low - 1]! + 1 : 0;
    const end = low < this.#breaks.length ? this.#breaks[low]! : this.#length;
    return [start, end];
  }
}

// Hard-wrapped text (a mail, an archive, a blog's plain copy) breaks its lines inside sentences:
// a single line break before a lower-case word goes on with the sentence, so an attribution may
// run over it ("…,”\nsaid Discraft spokeswoman Erica Chambers").
const LOWER_START = /^\p{Ll}/u;

/** The end of the line ending at `lineEnd`, or of the next when that one goes on in lower case. */
function wrappedLineEnd(text: string, lines: Lines, lineEnd: number): number {
  return lineEnd < text.length && LOWER_START.test(text.slice(lineEnd + 1, lineEnd + 3)) ? lines.bounds(lineEnd + 1)[1] : lineEnd;
}

/** The start of the line starting at `lineStart`, or of the one before when this one goes on from it in lower case. */
function wrappedLineStart(text: string, lines: Lines, lineStart: number): number {
  return lineStart > 1 && text[lineStart - 2] !== '\n' && LOWER_START.test(text.slice(lineStart, lineStart + 2)) ? lines.bounds(lineStart - 2)[0] : lineStart;
}

/** The start of the sentence that contains `index`, not before `floor`. */
function sentenceStart(sentences: readonly Span[], index: number, floor: number): number {
  const sentence = sentenceContaining(sentences, index);
  return sentence ? Math.max(sentence.start, floor) : floor;
}

function sentenceContaining(sentences: readonly Span[], index: number): Span | null {
  return sentences[countPassing(sentences, (sentence) => sentence.start <= index) - 1] ?? null;
}

const endsLikeSentence = (content: string): boolean => /[.!?\u2026,;:\u2014\u2013-]["'\u2019\u201d)\]]*$/.test(content);

/** Finds the quotations in `text` that are quotes, and reads their attribution (`analysis` is of `text`). */
export function findDirect(text: string, analysis: TextAnalysis, found: readonly Quotation[]): Draft[] {
  const quotations = found.filter((quotation) => quotation.content.end > quotation.content.start);
  const sentences = analysis.sentences;
  const lines = new Lines(text.length, text);
  const drafts: Draft[] = [];
  // Counted only when a paragraph that may be a pull quote comes up: most texts have none.
  let repeated: Map<string, number> | undefined;
  for (let index = 0; index < quotations.length; index++) {
    const quotation = quotations[index]!;
    const previous = index > 0 ? quotations[index - 1]! : null;
    const next = index + 1 < quotations.length ? quotations[index + 1]! : null;
    const [lineStart] = lines.bounds(quotation.start);
    const [, lineEnd] = lines.bounds(Math.max(quotation.end - 1, quotation.start));
    // Nested (a single quotation inside another): skip.
    if (previous && previous.end > quotation.start) {
      continue;
    }
    const leadFloor = Math.max(wrappedLineStart(text, lines, lineStart), previous && previous.end <= quotation.start ? previous.end : 0);
    const leadStart = sentenceStart(sentences, quotation.start, leadFloor);
    const tailCeiling = Math.min(wrappedLineEnd(text, lines, lineEnd), next ? next.start : text.length);
    const tailSentence = sentenceContaining(sentences, Math.max(quotation.end - 1, quotation.start));
    let tailEnd = tailCeiling;
    const ownSentenceTail = Boolean(tailSentence && tailSentence.end > quotation.end);
    if (ownSentenceTail) tailEnd = Math.min(tailCeiling, tailSentence!.end);
    else {
      // The sentence ended with the quote: a short following sentence may still be its tail (`“Yes.” Smith said.`).
      const following = sentenceContaining(sentences, Math.min(text.length - 1, quotation.end + 1));
      tailEnd = following && following.start >= quotation.end && following.end - following.start < 80 ? Math.min(tailCeiling, following.end) : quotation.end;
    }
    const leadTokens = analysis.tokensIn(leadStart, quotation.start);
    const tailTokens = analysis.tokensIn(quotation.end, Math.max(quotation.end, tailEnd));
    let lead = parseLead(text, leadTokens);
    const tail = parseTail(text, tailTokens, /[.!?]["'\u2019\u201d]*$/.test(quotation.content.text.trimEnd()));
    // Between two quotes of one sentence: `“X,” said Smith, a doctor, “Y.”`: the words between
    // attribute both pieces.
    if (previous && leadFloor === previous.end && leadStart === leadFloor && !lead.pure) {
      const between = parseTail(text, leadTokens);
      // (So do they before a phrase set off by commas when the second piece goes on in lower case:
      // `“X,” she said, looking tired, “the court is closed.”`)
      if (between && between.speaker && (between.after >= leadTokens.length - 2 || /^\p{Ll}/u.test(quotation.content.text) && /^,\s[^,;:.!?"\u201c\u201d]{1,60},\s*$/u.test(text.slice(leadTokens[between.after]!.start, quotation.start)))) {
        lead = { found: between, pure: true, empty: false, colon: lead.colon };
      }
    }
    const contentText = quotation.content.text;
    const tailWords = tailTokens.filter((token) => isWordToken(token)).length;
    const tailHasBreak = tailTokens.length === 0 || '.!?'.includes(tailTokens[0]!.text) || tailWords === 0;
    const closesSentence = tail !== null || tailHasBreak || endsLikeSentence(contentText) && (/[.!?]/.test(contentText.slice(-3)) || lead.pure && !lead.empty);
    let kind: QuoteKind | null = null;
    let found: Found | null = null;
    let clause: Span | null = null;
    let continues = -1;
    let leadingPiece: Span | null = null;
    const shortQuote = wordCount(contentText) <= 3;
    const leadText = text.slice(leadStart, quotation.start);
    // A colon, or a comma before a capitalised sentence, hands over to the quote whatever stands before it.
    const handOverMark = !shortQuote && (/:\s*$/.test(leadText) || /,\s*$/.test(leadText) && /^\p{Lu}/u.test(contentText) && endsWithStop(contentText));
    // A short cry is whole as well: "The crowd chanted “USA! USA!”", "he asked “Why not?”".
    const cry = shortQuote && lead.pure && lead.found !== null && lead.found.speaker !== null && !/\b(?:and|or|but)\b/.test(text.slice(lead.found.speaker.end, lead.found.cue.start)) && /^\s*$/.test(text.slice(lead.found.cue.end, quotation.start)) && (SHOUT_FORMS.has(lead.found.cue.text.toLowerCase()) || CRY_FORMS.has(lead.found.cue.text.toLowerCase()) && /[!?]["'\u2019\u201d]*$/.test(contentText.trimEnd()));
    // (A quote right after an article or a possessive finishes the writer's noun phrase: "lamented
    // the “loss of trust.”" is partial, whatever it ends with.)
    const afterDeterminer = /(?:^|\s)(?:the|a|an|his|her|their|its|our)\s*$/i.test(leadText.slice(-8));
    const leadHandsOver = !afterDeterminer && (lead.empty || handOverMark || cry || lead.pure && (!shortQuote || lead.colon || /[,:]\s*$/.test(leadText)));
    if (leadHandsOver && closesSentence) {
      kind = 'direct';
      found = tail ?? lead.found;
      // (So does a lead-in's indefinite subject, a new person, before a pronoun's tail: "An
      // expatriate told the paper, “…,” he said.")
      if (lead.found?.speaker && (!tail || !tail.speaker || cry || lead.pure && /^(?:he|she)$/i.test(tail.speaker.text) && /^(?:an?|one|another) /i.test(lead.found.speaker.text))) found = lead.found;
    } else if (!lead.empty && (lead.found?.speaker || tail)) {
      kind = 'partial';
      // ", adding that …" after the quote goes on with the same speaker: the lead's verb attributes it.
      // So does a verb joined by "and" ("said the strike was “…” and urged the union to …"): its
      // subject is the lead's. A gerund with no subject or a clause after "and"/"but" ("praised the
      // “spirit of the city”, but he also warned …", "blamed a “bad connection,” claiming …") is
      // the next clause, with a cue of its own, never this quote's tail.
      // A partial quote that closes its sentence belongs to its lead's speaker: the next sentence
      // ("… had “lost its way.” He called for …") is the writer's own, not this quote's tail.
      const nextSentence = !ownSentenceTail && Boolean(lead.found?.speaker);
      const ownTail = tail && !nextSentence && !/^[\s,]*(?:and|but|or)\s/i.test(text.slice(quotation.end, tail.cue.start)) && !((lead.found?.speaker || !tail.speaker) && /ing$/i.test(tail.cue.text)) ? tail : null;
      found = ownTail ?? lead.found;
      // "The Taoiseach has been told to “stop …” by the Ceann Comhairle": the agent of a passive cue speaks.
      const cueIndex = found === lead.found && found ? leadTokens.findIndex((token) => token.start === found!.cue.start) : -1;
      const agent = cueIndex > 0 && PASSIVE_AUXILIARIES.has(lowerOf(leadTokens, cueIndex - 1)) && quotation.start - found!.cue.end < 5 && lowerOf(tailTokens, 0) === 'by' ? subjectAfter(tailTokens, 1, tailTokens.length - 1) : null;
      if (agent && found) found = { ...found, ...npSpans(text, tailTokens, agent) };
      let clauseStart = ownTail || !lead.found ? leadStart : contentStartAfterCue(text, lead.found.cue.end, quotation.start);
      // The clause is what a reporting verb before the quote reports: "Bush called [Trump “unhinged”]".
      const reporting = clauseStart === leadStart ? lastReportingCue(leadTokens) : null;
      if (reporting) clauseStart = contentStartAfterCue(text, reporting.end, quotation.start);
      const clauseEnd = tail ? quotation.content.end : partialClauseEnd(analysis, quotation, sentenceEndAfter(text, sentences, quotation.end, lineEnd));
      clause = trimmed(text, clauseStart, Math.min(clauseEnd, quotation.end + 600));
      // "The move, Carr said, was “a gamble”": the clause's piece before a parenthetical attribution.
      if (!ownTail && lead.found?.speaker && clause.start >= lead.found.cue.end) leadingPiece = pieceBeforeParenthetical(text, leadStart, lead.found.speaker.start, lead.found.cue.end, clause.start);
      // After a naming verb the quote is the whole content: `called his rival “totally scripted.”`
      if (!tail && lead.found && NAMING.has(lead.found.cue.text.toLowerCase()) && /^[\s,]*(?:(?:him|her|them|it|this|that|his \w+|her \w+|their \w+|the \w+|\p{Lu}[\p{L}'’.-]*(?:\s+\p{Lu}[\p{L}'’.-]*)*)\s+)?(?:as\s+)?$/u.test(text.slice(lead.found.cue.end, quotation.start))) {
        clause = quotation.content;
      }
      if (isTitleLike(contentText)) kind = null;
      if (lead.found && namedThing(leadTokens)) kind = null;
    }
    // A direct quote with no attribution of its own continues the one before it.
    if (kind === 'direct' && (!found || !found.speaker)) {
      const prevDraft = drafts.length - 1;
      const before = prevDraft >= 0 ? drafts[prevDraft]! : null;
      if (before && before.found?.speaker && sameOrAdjacentParagraph(text, before.content.end, quotation.start)) {
        continues = prevDraft;
        found = before.found;
      } else if (lead.empty) {
        // A colon lead-in that ends the paragraph before: "Caddell continued:".
        const colonLead = colonLeadBefore(analysis, lines, quotation.start);
        if (colonLead) found = colonLead;
      }
    }
    if (kind !== null && namesWork(leadTokens) && (isTitleLike(contentText) || wordCount(contentText) <= 8)) kind = null;
    if (kind === null || (kind === 'direct' && !found && wordCount(contentText) < 4)) {
      continue;
    }
    // A pull quote: a paragraph of nothing but words quoted elsewhere in the story, set off
    // for display. It repeats a quote; it is none of its own.
    if (kind === 'direct' && lead.empty && !tail && /^\s*$/.test(text.slice(lineStart, quotation.start)) && /^\s*$/.test(text.slice(quotation.end, lineEnd)) && ((repeated ??= quotedPieceCounts(quotations)).get(normalizedQuote(contentText)) ?? 0) >= 2) continue;
    const parts = quotation.parts.length > 1 ? copiedParts(quotation.parts, (part) => span(text, part.start, part.end)) : [quotation.content];
    const draft: Draft = { content: quotation.content, parts, kind, found, clause, continues, via: 'quote' };
    if (leadingPiece && kind === 'partial' && clause) LEADING_PIECES.set(draft, leadingPiece);
    drafts.push(draft);
  }
  return drafts;
}

/**
 * Whether a partial quote is the name a thing is given, right after a naming participle that
 * follows a common noun, an adverb between or not: "a technique called “loop fusion”", "a
 * pamphlet (typically) titled “…”". A person
 * or pronoun before the verb calls something by its words ("Trump called the deal “a
 * disaster”", "critics called …"): that stays a quote.
 */
function namedThing(leadTokens: readonly Token[]): boolean {
  // (Whatever the clause's verb: "Companies announce earnings in releases typically titled “…”".)
  const index = leadTokens.length - 1;
  const participle = leadTokens[index];
  if (!participle || !QUOTE_NAMING_PARTICIPLES.has(participle.lower)) return false;
  const adverb = /ly$/.test(lowerOf(leadTokens, index - 1)) ? 1 : 0;
  const noun = leadTokens[index - 1 - adverb];
  if (!isWordToken(noun) || noun.cap || PRONOUNS.has(noun.lower)) return false;
  // A passive ("has been called “…” by a historian") may name who calls it so.
  if (PASSIVE_AUXILIARIES.has(noun.lower)) return false;
  return !sayerNoun(noun.lower);
}

/** A quote's words for comparison: lower case, letters and digits, single spaces. */
const normalizedQuote = (words: string): string => words.toLowerCase().replace(/[^\p{L}\p{N}]+/gu, ' ').trim();

/**
 * How many quotations hold each quoted sentence (and each whole quotation), normalised: a
 * pull quote repeats one of them. Short pieces (under 20 characters) are left out, as a
 * reply such as "No." may well be said twice.
 */
function quotedPieceCounts(quotations: readonly Quotation[]): Map<string, number> {
  const counts = new Map<string, number>();
  for (const quotation of quotations) {
    const pieces = new Set([normalizedQuote(quotation.content.text)]);
    for (const sentence of quotation.content.text.split(/(?<=[.!?])\s+/)) pieces.add(normalizedQuote(sentence));
    for (const piece of pieces) if (piece.length >= 20) counts.set(piece, (counts.get(piece) ?? 0) + 1);
  }
  return counts;
}

/** The last reporting verb among the words before a quote that leaves words to report before it. */
function lastReportingCue(tokens: readonly Token[]): Token | null {
  for (let index = tokens.length - 2; index >= 0; index--) {
    const cueEnd = cueAt(tokens, index, REPORT_FORMS_SET);
    if (cueEnd >= 0 && cueEnd < tokens.length - 1) return tokens[cueEnd]!;
  }
  return null;
}

/**
 * Where the writer's clause around a partial quote ends, before `sentenceEnd`: at a comma or
 * dash that opens another clause (", adding …", ", who …", ", but …"), or at "and" before a
 * second reporting verb ("… “a disaster” and called for …").
 */
function partialClauseEnd(analysis: TextAnalysis, quotation: Quotation, sentenceEnd: number): number {
  // The clause is capped 600 characters past the quote; looking further would make huge lines quadratic.
  const tokens = analysis.tokensIn(quotation.end, Math.min(sentenceEnd, quotation.end + 600));
  const contentEnd = quotation.content.text.trimEnd();
  let boundary = /[,;\u2014]$/.test(contentEnd) ? quotation.content.end - 1 : -1;
  for (let index = 0; index < tokens.length; index++) {
    const token = tokens[index]!;
    if (!isWordToken(token)) {
      if (',;\u2014\u2013'.includes(token.text)) boundary = token.start;
      continue;
    }
    const lower = token.lower;
    const next = tokens[index + 1];
    if (boundary >= 0) {
      if (!token.cap && (CLAUSE_BOUNDARY_WORDS.has(lower) || /ing$/.test(lower) && lower.length > 4)) return boundary;
      if (lower === 'and' && isWordToken(next) && !next.cap && (INDIRECT_CUE_FORMS.has(next.lower) || /ed$/.test(next.lower))) return boundary;
    }
    if (lower === 'and' && isWordToken(next) && !next.cap && INDIRECT_CUE_FORMS.has(next.lower)) return token.start;
    boundary = -1;
  }
  return sentenceEnd;
}

/** The end of the sentence that goes on after `index` (past any later quotes in it), not past `limit`. */
function sentenceEndAfter(text: string, sentences: readonly Span[], index: number, limit: number): number {
  const sentence = sentenceContaining(sentences, Math.max(0, index - 1));
  let end = sentence && sentence.end >= index ? sentence.end : index;
  // The sentence splitter may stop inside a later quote ("… called it “bad. Very bad,” and left."): go on to the next.
  // (Not after a stop and two closing marks: NYT's "''…''", a nested "…’”".)
  let guard = 0;
  while (end < limit && guard++ < 4 && /[.!?]['"\u2019\u201d]{0,2}$/.test(text.slice(end - 3, end)) === false) {
    const next = sentenceContaining(sentences, end + 1);
    if (!next || next.end <= end) break;
    end = next.end;
  }
  return Math.min(end, limit);
}

/** Whether quoted words end a sentence, ignoring closing marks after the stop. */
function endsWithStop(content: string): boolean {
  let end = content.length;
  while (end > 0 && '"\'\u2019\u201d'.includes(content[end - 1]!)) end--;
  return end > 0 && '.!?'.includes(content[end - 1]!);
}

/**
 * Whether the words before a quotation end with a work it names: "his 2012 book, “…”",
 * "the campaign slogan “…”", "a co-author of “…”".
 */
function namesWork(tokens: readonly Token[]): boolean {
  let last = tokens.length - 1;
  if (last >= 0 && commaAt(tokens, last)) last--;
  const word = tokens[last];
  if (!isWordToken(word)) return false;
  if (WORK_NOUNS.has(word.lower)) return true;
  const maker = tokens[last - 1];
  return word.lower === 'of' && maker !== undefined && WORK_MAKER_NOUNS.has(maker.lower);
}

/** A short quote in title case is a title or a name ("Meet the Press", "Trump Revealed"). */
function isTitleLike(content: string): boolean {
  let end = content.length;
  while (end > 0 && ',.;:!?'.includes(content[end - 1]!)) end--;
  const words = content.slice(0, end).split(/\s+/).filter(Boolean);
  if (words.length === 0 || words.length > 6) return false;
  const minor = /^(?:a|an|the|of|and|or|in|on|at|to|for|by|with|from|is|are|but|nor|as|vs\.?)$/;
  return words.every((word, index) => /^[\p{Lu}\d#@]/u.test(word) || (index > 0 && minor.test(word)));
}

const wordCount = (value: string): number => value.split(/\s+/).filter(Boolean).length;

/** Whether only white space and at most one paragraph break lie between `from` and `to`, or they share a paragraph. */
function sameOrAdjacentParagraph(text: string, from: number, to: number): boolean {
  const between = text.slice(from, to);
  const breaks = between.match(/\n\s*\n|\n/g)?.length ?? 0;
  if (breaks === 0) return true;
  if (breaks > 1) return false;
  // One break: the earlier paragraph must end with its quote's attribution (a short tail).
  const lastBreak = between.lastIndexOf('\n');
  const tail = between.slice(0, lastBreak).trim();
  return tail.length < 160 && !/:\s*$/.test(tail) && between.slice(lastBreak).trim() === '';
}

function colonLeadBefore(analysis: TextAnalysis, lines: Lines, quoteStart: number): Found | null {
  const { text, sentences } = analysis;
  let cursor = quoteStart - 1;
  while (cursor >= 0 && /\s/.test(text[cursor]!)) cursor--;
  if (cursor < 0 || text[cursor] !== ':') return null;
  const start = Math.max(sentenceStart(sentences, cursor, lines.bounds(cursor)[0]), cursor - 400);
  const lead = parseLead(text, analysis.tokensIn(start, cursor + 1));
  // The colon hands over whatever precedes the cue ("As Pollak reported after the FBI left:").
  return lead.found?.speaker ? lead.found : null;
}

function trimmed(text: string, start: number, end: number): Span {
  let from = start;
  let to = Math.max(start, end);
  while (from < to && /[\s,:;\u2014\u2013-]/.test(text[from]!)) from++;
  while (to > from && /\s/.test(text[to - 1]!)) to--;
  return span(text, from, to);
}

export type { Quotation };
