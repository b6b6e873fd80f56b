import { analyzeText, assertOneOf, assertOptions, assertReference, assertText, isIsoDate, maskAnalysis, NewsparseError, splitParagraphs, type TextAnalysis } from '@newsparse/core';
import { findDates, parseDateline } from '@newsparse/dateline';
import { tagEntities, type TagEntitiesResult } from '@newsparse/entities';
import { readArticle, readTextMetadata } from '@newsparse/metadata';
import { extractQuotes } from '@newsparse/quotes';
import { summarizeSources } from '@newsparse/quotes/sources';
import { de, es, fr, it } from '@newsparse/quotes/locales';
import { detectFormat } from './detect-format.js';
import { narrativeLanguage, otherScript, primarySubtag } from './languages.js';
import type { ArticleInfo, ArticleResult, ArticleStage, ParseArticleOptions } from './types.js';
import { bodyOfBlocks, bodyWithout, bodyWithoutAll, entitiesInside, entitiesOutside, maskOutside, squeeze, withoutHeadlineLines, type BodyRanges } from './body-ranges.js';

const ALL_STAGES: readonly ArticleStage[] = ['metadata', 'dateline', 'dates', 'entities', 'quotes'];
const FORMATS = ['auto', 'html', 'text'] as const;

/**
 * Parses a news article, HTML or plain text, in one call: metadata → text and reference
 * date → dateline and dates → entities → quotes.
 *
 * @example
 * const article = parseArticle(text)
 * article.metadata.title          //=> 'China-Peru ties deepen ...'
 * article.quotes[0]?.speaker?.name //=> 'Juan Carlos Capuñay'
 */
export function parseArticle(input: string, options: ParseArticleOptions = {}): ArticleResult {
  assertText(input, 'parseArticle');
  checkOptions(options);
  const stages = new Set(options.only ?? ALL_STAGES);
  const format = options.format === undefined || options.format === 'auto' ? detectFormat(input) : options.format;
  const { text, bodyStart, metadata, body, chrome } = readInput(input, format, options);

  const dateline = stages.has('dateline') || stages.has('dates') || stages.has('quotes') ? findDateline(text, body.paragraphStarts, toReferenceDay(metadata.published) ?? options.reference, metadata.description) : null;
  // The article's own date first: the caller's is for articles that give none (a CLI batch's
  // --date, a crawl's fetch time), never a reason to read a dated page against another day.
  const reference = toReferenceDay(metadata.published) ?? dateline?.date ?? toReferenceDay(options.reference) ?? null;
  // The text is read once (sentences, word tokens) for the date, entity and quote stages. Its
  // tokens are built the first time a stage reads them: dates alone keep their own character
  // pass, cheaper than tokens nothing else would use.
  const analysis = analyzeText(text);
  const tokensShared = stages.has('entities') || stages.has('quotes');
  // One detection serves the dates, the quote rules and the result: the page's own language
  // tag names the article (and its weekday words: "am Donnerstag"), while the quote rules go by
  // the words of the text, outside its quotations (a German story quoting English is German).
  // (Text in another script, with no tag and no words of a known language, is "und",
  // undetermined: no rules run on it, English ones least of all.)
  const detected = narrativeLanguage(text) ?? (otherScript(text) ? 'und' : null);
  const language = primarySubtag(metadata.lang) ?? detected;
  // Without a date for the story, what the text dates outright ("March 2017") still reads;
  // what only the story's date resolves ("on Tuesday") comes back without a value.
  const dateOptions = { ...(reference === null ? {} : { reference }), ...(tokensShared ? { analysis } : {}), ...(language === null ? {} : { lang: language }) };
  const dates = stages.has('dates') ? findDates(text, dateOptions) : [];
  const entities: TagEntitiesResult = tokensShared ? tagEntities(text, { analysis }) : { mentions: [], entities: [] };
  const quotes = stages.has('quotes') ? findQuotes(text, dateline === null ? body : bodyWithout(body, headerStart(text, dateline.start), dateline.bodyStart), analysis, entities, detected ?? language ?? 'en') : [];
  return {
    format,
    text,
    bodyStart,
    metadata,
    reference,
    dateline: stages.has('dateline') ? dateline : null,
    dates,
    // (A name in the page's chrome, "World News" above the headline or "Share on Facebook", is
    // no mention of the story's; the quote stages never read those lines either.)
    entities: stages.has('entities') ? entitiesOutside(entities, chrome, new Set(quotes.flatMap((quote) => quote.speaker?.entityId ?? []))) : { mentions: [], entities: [] },
    quotes,
    sources: summarizeSources(quotes),
    language,
  };
}


/** The quote rules of every language quotes has besides English: a page's language picks its own. */
const QUOTE_LOCALES = [de, fr, es, it];

/**
 * Quotes of the story text only: the quote rules read the text with everything outside the
 * body blanked (same offsets), through the analysis of that masked text, which takes its
 * tokens from the whole text's analysis.
 */
function findQuotes(text: string, storyBody: BodyRanges, analysis: TextAnalysis, entities: TagEntitiesResult, lang: string): ArticleResult['quotes'] {
  // (A subhead or a kept related headline is no sentence a quote or speaker is read from.)
  const body = withoutHeadlineLines(text, storyBody);
  const masked = maskOutside(text, body.ranges);
  const quotes = extractQuotes(masked, { entities: entitiesInside(entities, body.ranges), analysis: maskAnalysis(analysis, masked, body.ranges), lang, locales: QUOTE_LOCALES });
  // A page's byline set before the lead with a colon ("By Aaron Humes: The region …") is the
  // writer's credit, not a speaker and a quote. (Read here, not in the quote rules, whose
  // English entry has no bytes to spare: see tools/bench/weight.mjs.)
  return quotes.filter((quote) => !isBylineLabel(quote));
}

/** Whether a quote is a line's text after a byline and a colon ("By Aaron Humes: …"). */
function isBylineLabel(quote: ArticleResult['quotes'][number]): boolean {
  return quote.cue?.text === ':' && /^By \p{Lu}/u.test(quote.speaker?.mention.text ?? '');
}

/** Misuse fails here, before any work, with a NewsparseError naming the option. */
function checkOptions(options: ParseArticleOptions): void {
  assertOptions(options, 'parseArticle');
  assertOneOf(options.format, FORMATS, 'parseArticle', 'format');
  if (options.url !== undefined && typeof options.url !== 'string') {
    throw new NewsparseError('INVALID_OPTION', `parseArticle: url must be a string, got ${options.url === null ? 'null' : typeof options.url}`);
  }
  if (options.reference !== undefined) {
    assertReference(options.reference, 'parseArticle');
    if (toReferenceDay(options.reference) === null) {
      throw new NewsparseError('INVALID_OPTION', `parseArticle: cannot read the reference date "${String(options.reference).slice(0, 40)}" (expected yyyy-mm-dd…)`);
    }
  }
  if (options.only !== undefined) {
    if (!Array.isArray(options.only)) {
      throw new NewsparseError('INVALID_OPTION', `parseArticle: only must be an array of stages (${ALL_STAGES.join(', ')})`);
    }
    for (const stage of options.only) assertOneOf(stage, ALL_STAGES, 'parseArticle', 'each stage in only');
  }
}

/**
 * The text the parsers run over, its metadata, and where the story's own sentences are: an
 * HTML article's paragraphs and blockquotes (never a heading, list or caption), a plain-text
 * article's everything after its header but the lines of page furniture it kept.
 */
function readInput(input: string, format: 'html' | 'text', options: ParseArticleOptions): { text: string; bodyStart: number; metadata: ArticleInfo; body: BodyRanges; chrome: { start: number; end: number }[] } {
  if (format === 'html') {
    // The reference (the CLI's --reference, a WARC record's fetch time) reads relative stamps ("vor 3 Stunden").
    const article = readArticle(input, { ...(options.url === undefined ? {} : { url: options.url }), ...(options.reference === undefined ? {} : { reference: options.reference }) });
    const body = bodyOfBlocks(article.blocks, article.metadata.subtitle);
    // A paragraph before the body's first range is the standfirst bodyOfBlocks left out: no body either.
    const lead = body.ranges[0]?.start ?? Infinity;
    const first = article.blocks.find((block) => block.kind !== 'heading' && !(block.kind === 'paragraph' && block.start < lead));
    return { text: article.text, bodyStart: first?.start ?? 0, metadata: { ...article.metadata, publishedRaw: null, images: [] }, body, chrome: [] };
  }
  const header = readTextMetadata(input);
  // The page's chrome: the lines above the headline that the header reader skipped
  // (navigation, section labels, a masthead) and the body's furniture lines.
  const titleStart = header.title === null ? -1 : input.indexOf(header.title);
  const chrome = [...(titleStart > 0 && titleStart < header.bodyStart ? [{ start: 0, end: titleStart }] : []), ...header.furniture];
  return {
    text: input,
    chrome,
    bodyStart: header.bodyStart,
    // A copied page's furniture lines ("READ MORE: …", "Advertisement", "Photo: …") are no story text.
    body: bodyWithoutAll({ ranges: [{ start: header.bodyStart, end: input.length }], paragraphStarts: leadingParagraphs(input, header.bodyStart, header.furniture) }, header.furniture),
    metadata: {
      title: header.title,
      subtitle: header.subtitle,
      description: null,
      authors: header.authors,
      published: header.published,
      modified: null,
      publisher: null,
      section: null,
      tags: [],
      lang: null,
      canonicalUrl: options.url ?? null,
      image: null,
      publishedRaw: header.publishedRaw,
      images: header.images,
    },
  };
}

/**
 * Where the first paragraphs of a plain-text body start, from `bodyStart`: enough for the
 * dateline, which may follow a few short lines a copied page kept ("Reuters Staff", "1 Min
 * Read", the headline again). A paragraph that is all furniture (a "FILE PHOTO: …" caption,
 * "Share this article") is no paragraph of the story and is left out.
 */
function leadingParagraphs(text: string, bodyStart: number, furniture: readonly { start: number; end: number }[]): number[] {
  const window = text.slice(bodyStart, bodyStart + LEADING_PARAGRAPHS * (WIDGET_LINE + 2) + 2 * MAX_CAPTION);
  const starts: number[] = [];
  let furnitureFirst = false;
  for (const paragraph of splitParagraphs(window)) {
    if (starts.length >= LEADING_PARAGRAPHS) break;
    const start = bodyStart + paragraph.start;
    const end = bodyStart + paragraph.end;
    if (furniture.some((span) => span.start <= start && span.end >= end)) furnitureFirst ||= starts.length === 0;
    else starts.push(start);
  }
  return furnitureFirst || (starts.length > 0 && starts[0] === bodyStart) ? starts : [bodyStart, ...starts].slice(0, LEADING_PARAGRAPHS);
}

/** How many paragraphs of a body's start a dateline is looked for in (all but the last short). */
const LEADING_PARAGRAPHS = 5;
/** The longest caption a copied page keeps above the story (metadata reads captions this long). */
const MAX_CAPTION = 300;

/** A paragraph shorter than this ("5 Min Read", "By Jane Doe") may precede the one a dateline opens. */
const WIDGET_LINE = 60;

/**
 * A dateline can only open a paragraph of the body: the first one, or the next when the
 * first is a short line a page put before the story, or the page's summary (its meta
 * description) set above the story as a standfirst. Offsets are shifted back into `text`.
 */
function findDateline(text: string, paragraphStarts: readonly number[], reference: Date | string | null | undefined, summary: string | null = null): ArticleResult['dateline'] {
  // After a paragraph of prose (a dek the page kept, a caption), only a dateline that names its
  // agency ("Sept 18 (Reuters) -") still opens the story: a place and a date alone may open any paragraph.
  let agencyOnly = false;
  for (let index = 0; index < Math.min(paragraphStarts.length, LEADING_PARAGRAPHS); index++) {
    const start = paragraphStarts[index]!;
    const dateline = parseDateline(text.slice(start), reference === null || reference === undefined ? {} : { reference });
    if (dateline !== null && (!agencyOnly || dateline.agencies.length > 0)) return { ...dateline, start: dateline.start + start, end: dateline.end + start, bodyStart: dateline.bodyStart + start };
    const next = paragraphStarts[index + 1];
    if (next === undefined) break;
    const standfirst = index === 0 && summary !== null && squeeze(text.slice(start, next)) === squeeze(summary);
    if (next - start > WIDGET_LINE + 2 && !standfirst) agencyOnly = true;
  }
  return null;
}


/**
 * 'yyyy-mm-dd' of a date as written (a stamp's own calendar day, never shifted to another
 * zone), or null when it names no real day in 0000–9999: a page's bogus published date
 * ("2024-13-45") is no reference, rather than a reason to throw.
 */
function toReferenceDay(value: Date | string | null | undefined): string | null {
  if (value === null || value === undefined) return null;
  if (value instanceof Date) {
    const year = value.getUTCFullYear();
    return Number.isNaN(value.getTime()) || year < 0 || year > 9999 ? null : value.toISOString().slice(0, 10);
  }
  const match = /^(\d{4})-(\d{2})-(\d{2})/.exec(value.trim());
  if (match === null) {
    // Not ISO ("June 27, 2024"): read as parseDateline and findDates read it, by its UTC day.
    const time = Date.parse(value);
    return Number.isNaN(time) ? null : toReferenceDay(new Date(time));
  }
  const day = `${match[1]}-${match[2]}-${match[3]}`;
  return isIsoDate(day) ? day : null;
}

/** The longest header (a byline run into the dateline) read before a dateline on its line. */
const MAX_HEADER_BEFORE_DATELINE = 80;

/**
 * Where the header that a dateline closes starts: the start of its line when the words before
 * it on that line are a short header run into it ("By Jane Doe Jakarta, July 15 (ANTARA) -"),
 * never a sentence's; else the dateline's own start. The quote reader then sees no byline
 * glued to the story's first sentence.
 */
function headerStart(text: string, datelineStart: number): number {
  const lineStart = text.lastIndexOf('\n', datelineStart - 1) + 1;
  const before = text.slice(lineStart, datelineStart);
  return before.length <= MAX_HEADER_BEFORE_DATELINE && !/[.!?:;"\u201d]\s*$/.test(before) ? lineStart : datelineStart;
}
