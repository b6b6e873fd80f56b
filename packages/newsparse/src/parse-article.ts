import { assertOneOf, assertOptions, assertReference, assertText, isIsoDate, NewsparseError } from '@newsparse/core';
import { findDates, parseDateline } from '@newsparse/dateline';
import { tagEntities, type TagEntitiesResult } from '@newsparse/entities';
import { readArticle, readTextMetadata } from '@newsparse/metadata';
import { extractQuotes, summarizeSources } from '@newsparse/quotes';
import { detectFormat } from './detect-format.js';
import type { ArticleInfo, ArticleResult, ArticleStage, ParseArticleOptions } from './types.js';

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
  const { text, bodyStart, metadata } = readInput(input, format, options);

  const dateline = stages.has('dateline') || stages.has('dates') ? findDateline(text, bodyStart, toReferenceDay(metadata.published) ?? options.reference) : null;
  const reference = toReferenceDay(options.reference) ?? toReferenceDay(metadata.published) ?? dateline?.date ?? null;
  const dates = stages.has('dates') && reference !== null ? findDates(text, { reference }) : [];
  const entities: TagEntitiesResult =
    stages.has('entities') || stages.has('quotes') ? tagEntities(text) : { mentions: [], entities: [] };
  const quotes = stages.has('quotes') ? extractQuotes(maskHeader(text, bodyStart), { entities: bodyEntities(entities, bodyStart) }) : [];
  return {
    format,
    text,
    bodyStart,
    metadata,
    reference,
    dateline: stages.has('dateline') ? dateline : null,
    dates,
    entities: stages.has('entities') ? entities : { mentions: [], entities: [] },
    quotes,
    sources: summarizeSources(quotes),
  };
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

function readInput(input: string, format: 'html' | 'text', options: ParseArticleOptions): { text: string; bodyStart: number; metadata: ArticleInfo } {
  if (format === 'html') {
    const article = readArticle(input, options.url === undefined ? {} : { url: options.url });
    return { text: article.text, bodyStart: 0, metadata: { ...article.metadata, publishedRaw: null, images: [] } };
  }
  const header = readTextMetadata(input);
  return {
    text: input,
    bodyStart: header.bodyStart,
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
 * Quotes are looked for in the body only: a plain-text header ("Published: Jun 27, …",
 * photo credits) is not speech. Blanking it with spaces keeps every offset the same.
 */
function maskHeader(text: string, bodyStart: number): string {
  return bodyStart === 0 ? text : ' '.repeat(bodyStart) + text.slice(bodyStart);
}

function bodyEntities(entities: TagEntitiesResult, bodyStart: number): TagEntitiesResult {
  if (bodyStart === 0) return entities;
  return { mentions: entities.mentions.filter((mention) => mention.start >= bodyStart), entities: entities.entities };
}

/** A dateline can only open the body: parse from the body start and shift offsets back. */
function findDateline(text: string, bodyStart: number, reference: Date | string | null | undefined): ArticleResult['dateline'] {
  const body = text.slice(bodyStart);
  const dateline = parseDateline(body, reference === null || reference === undefined ? {} : { reference });
  if (dateline === null) return null;
  return { ...dateline, start: dateline.start + bodyStart, end: dateline.end + bodyStart, bodyStart: dateline.bodyStart + bodyStart };
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
