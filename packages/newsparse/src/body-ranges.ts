import { HEADLINE_SMALL_WORDS, type Span } from '@newsparse/core';
import type { Entity, TagEntitiesResult } from '@newsparse/entities';
import type { ArticleBlock } from '@newsparse/metadata';

/** Where in the text the story's own sentences are: the only places quotes, speakers and datelines are looked for. */
export interface BodyRanges {
  /** Ranges of story text, in order, not overlapping. */
  ranges: { start: number; end: number }[];
  /** Starts of the paragraphs a dateline may open, first first. */
  paragraphStarts: number[];
}

/**
 * The story text of an HTML article: its paragraphs and blockquotes, never a heading, a list
 * of links or a caption, so a subhead is never a quote nor a related headline a speaker.
 * A paragraph before the story's first that repeats the page's `subtitle` (its standfirst,
 * "Judge says company put passengers at risk") is a summary, not story text, either.
 *
 * @example
 * bodyOfBlocks([{ kind: 'heading', text: 'Talks resume', start: 0, end: 12, level: 1 }, { kind: 'paragraph', text: 'It rained.', start: 14, end: 24 }])
 * //=> { ranges: [{ start: 14, end: 24 }], paragraphStarts: [14] }
 */
export function bodyOfBlocks(blocks: readonly ArticleBlock[], subtitle: string | null = null): BodyRanges {
  const ranges: { start: number; end: number }[] = [];
  const paragraphStarts: number[] = [];
  const summary = subtitle === null ? '' : squeeze(subtitle);
  for (const block of blocks) {
    if (block.kind !== 'paragraph' && block.kind !== 'quote') continue;
    if (summary !== '' && ranges.length === 0 && squeeze(block.text) === summary) continue;
    ranges.push({ start: block.start, end: block.end });
    if (block.kind === 'paragraph') paragraphStarts.push(block.start);
  }
  return { ranges, paragraphStarts };
}

/**
 * `body` without its lines set in headline case: a subhead ("Residents Evacuated for Safety")
 * or a related story's headline that a copied page kept between paragraphs ("Cops: ‘Monster’
 * Abducted Girl"). Such a line is story text for the entity tagger, but no sentence of the
 * story: a colon in it is no speaker's, and the words after it no quote. The paragraph starts
 * stay, so a dateline alone on its line ("LONDON, June 3") is still read.
 *
 * @example
 * const text = 'Talks Resume After Storm\nThe mayor said: "We are ready."'
 * withoutHeadlineLines(text, { ranges: [{ start: 0, end: text.length }], paragraphStarts: [0] }).ranges
 * //=> [{ start: 24, end: 56 }]
 */
export function withoutHeadlineLines(text: string, body: BodyRanges): BodyRanges {
  const lines: { start: number; end: number }[] = [];
  for (const range of body.ranges) {
    let start = range.start;
    while (start < range.end) {
      const newline = text.indexOf('\n', start);
      const end = newline === -1 || newline > range.end ? range.end : newline;
      if (end - start <= MAX_HEADLINE_LINE && isHeadlineCase(text.slice(start, end))) lines.push({ start, end });
      start = end + 1;
    }
  }
  return bodyWithoutAll(body, lines);
}

/** The longest line read as a headline (longer ones are sentences, whatever their case). */
const MAX_HEADLINE_LINE = 160;

/** Short words a headline leaves in lower case ("Plan for the City", "Back to Work"; core's list). */
const SMALL_WORDS: ReadonlySet<string> = new Set(HEADLINE_SMALL_WORDS);

/**
 * Whether a line reads as a headline: three words or more, every word capitalised (or a
 * number, or one of the short words a headline leaves lower-case), two of them words of four
 * letters or more, and no sentence's closing punctuation at its end.
 *
 * @example
 * isHeadlineCase('Suspect Arrested After Hours-Long Standoff') //=> true
 * isHeadlineCase('Police say the man drove off.')             //=> false
 */
export function isHeadlineCase(line: string): boolean {
  const trimmed = line.trim();
  if (!/[\p{L}\p{N}?]$/u.test(trimmed)) return false;
  let words = 0;
  let long = 0;
  for (const word of trimmed.split(/\s+/)) {
    const letters = /\p{L}[\p{L}\p{M}'’-]*/u.exec(word);
    if (letters === null) continue;
    words++;
    const first = letters[0].charAt(0);
    if (first !== first.toUpperCase()) {
      if (letters.index !== 0 && /^\p{N}/u.test(word)) continue;
      if (!SMALL_WORDS.has(letters[0])) return false;
      continue;
    }
    if (letters[0].length >= 4) long++;
  }
  return words >= 3 && long >= 2;
}

/** Text with each run of white space made one space, trimmed: paragraphs compared as read. */
export const squeeze = (text: string): string => text.replace(/\s+/g, ' ').trim();

/**
 * `body` without the text from `start` to `end`: the dateline that opens the story ("DURBAN,
 * South Africa (Reuters) -") is no part of the first sentence a quote or speaker is read from.
 *
 * @example
 * bodyWithout({ ranges: [{ start: 0, end: 30 }], paragraphStarts: [0] }, 0, 9).ranges
 * //=> [{ start: 9, end: 30 }]
 */
export function bodyWithout(body: BodyRanges, start: number, end: number): BodyRanges {
  return end <= start ? body : bodyWithoutAll(body, [{ start, end }]);
}

/**
 * `body` without each of `spans` (in text order, not overlapping), in one pass over both: a
 * copied page's furniture lines may be many, and cutting them one at a time would be quadratic.
 *
 * @example
 * bodyWithoutAll({ ranges: [{ start: 0, end: 30 }], paragraphStarts: [0] }, [{ start: 5, end: 9 }, { start: 20, end: 25 }]).ranges
 * //=> [{ start: 0, end: 5 }, { start: 9, end: 20 }, { start: 25, end: 30 }]
 */
export function bodyWithoutAll(body: BodyRanges, spans: readonly { start: number; end: number }[]): BodyRanges {
  if (spans.length === 0) return body;
  const ranges: { start: number; end: number }[] = [];
  let next = 0;
  for (const range of body.ranges) {
    let from = range.start;
    while (next < spans.length && spans[next]!.end <= from) next++;
    for (let index = next; index < spans.length && spans[index]!.start < range.end; index++) {
      const span = spans[index]!;
      if (span.start > from) ranges.push({ start: from, end: span.start });
      from = Math.max(from, span.end);
    }
    if (from < range.end) ranges.push({ start: from, end: range.end });
  }
  return { ranges, paragraphStarts: body.paragraphStarts };
}

/**
 * `text` with everything outside `ranges` blanked to spaces (line breaks kept), so every
 * offset in it is an offset in `text`.
 *
 * @example
 * maskOutside('Head\n\nBody.', [{ start: 6, end: 11 }]) //=> '    \n\nBody.'
 */
export function maskOutside(text: string, ranges: readonly { start: number; end: number }[]): string {
  const pieces: string[] = [];
  let at = 0;
  for (const range of ranges) {
    if (range.start > at) pieces.push(blank(text.slice(at, range.start)));
    pieces.push(text.slice(range.start, range.end));
    at = range.end;
  }
  if (at < text.length) pieces.push(blank(text.slice(at)));
  return pieces.join('');
}

function blank(text: string): string {
  return text.replace(/[^\n]/g, ' ');
}

/** The entity mentions that lie inside `ranges` (the entity list is kept whole). */
export function entitiesInside(entities: TagEntitiesResult, ranges: readonly { start: number; end: number }[]): TagEntitiesResult {
  return { mentions: entities.mentions.filter((mention: Span) => isInside(mention, ranges)), entities: entities.entities };
}

/**
 * The entities without their mentions inside `chrome` (ordered ranges of page chrome: the
 * lines a copied page prints above its headline, its furniture lines): an entity left with
 * no mention goes, unless `keep` holds its id (a quote's speaker), and its count and
 * aliases follow the mentions that stay.
 */
export function entitiesOutside(entities: TagEntitiesResult, chrome: readonly { start: number; end: number }[], keep: ReadonlySet<string>): TagEntitiesResult {
  if (chrome.length === 0) return entities;
  const mentions = entities.mentions.filter((mention: Span) => !isInside(mention, chrome));
  if (mentions.length === entities.mentions.length) return entities;
  const written = new Map<string, Set<string>>();
  const counts = new Map<string, number>();
  for (const mention of mentions) {
    counts.set(mention.entityId, (counts.get(mention.entityId) ?? 0) + 1);
    const texts = written.get(mention.entityId);
    if (texts) texts.add(mention.text);
    else written.set(mention.entityId, new Set([mention.text]));
  }
  const kept: Entity[] = [];
  for (const entity of entities.entities) {
    const texts = written.get(entity.id);
    if (texts === undefined) {
      if (keep.has(entity.id)) kept.push(entity);
      continue;
    }
    const count = counts.get(entity.id)!;
    kept.push(count === entity.mentions ? entity : { ...entity, mentions: count, aliases: entity.aliases.filter((alias) => texts.has(alias)) });
  }
  return { mentions, entities: kept };
}

/** Whether a span lies inside one of the ordered `ranges` (binary search: mentions need not be sorted). */
function isInside(span: Span, ranges: readonly { start: number; end: number }[]): boolean {
  let low = 0;
  let high = ranges.length - 1;
  while (low <= high) {
    const middle = (low + high) >> 1;
    const range = ranges[middle]!;
    if (range.end <= span.start) low = middle + 1;
    else if (range.start > span.start) high = middle - 1;
    else return span.end <= range.end;
  }
  return false;
}
