import type { ArticleResult, EntityType, Quote } from 'newsparse';

/** What a highlight marks. */
export type HighlightKind = 'person' | 'organization' | 'place' | 'date';

/** A highlighted run of text inside a block. */
export interface Piece {
  start: number;
  end: number;
  /** Absent: plain text. */
  kind?: HighlightKind;
  /** Shown on hover: the entity's canonical name, or the resolved date. */
  title?: string;
  /** The entity's id, to link all its mentions. */
  entityId?: string;
  /** The words attribute a quote ("Capuñay said"). */
  speaker?: boolean;
}

/** A stretch of the text: a quote, or the text between quotes. */
export interface Block {
  start: number;
  end: number;
  /** Set when the block is a quote: the index of the quote in `article.quotes`. */
  quote?: number;
  pieces: Piece[];
}

interface Mark {
  start: number;
  end: number;
  kind?: HighlightKind;
  title?: string;
  entityId?: string;
  speaker?: boolean;
}

const SHOWN: ReadonlySet<EntityType> = new Set(['person', 'organization', 'place']);

/**
 * Lays out the highlights of a parsed article over its text, without touching the DOM:
 * quotes are blocks, and people, organizations, places and dates are pieces inside the
 * blocks. Spans that overlap are resolved (the first and longest wins) and a piece that
 * crosses a quote's edge is cut there, so the blocks and pieces tile `article.text`
 * exactly, whatever the parsers return.
 *
 * @example
 * layoutHighlights(parseArticle(text))
 * //=> [{ start: 0, end: 1921, pieces: [...] }, { start: 1921, end: 2032, quote: 0, pieces: [...] }, ...]
 */
export function layoutHighlights(article: Pick<ArticleResult, 'text' | 'entities' | 'dates' | 'quotes'>): Block[] {
  const { text } = article;
  const quotes = nonOverlapping(
    article.quotes.map((quote, index) => ({ start: quote.start, end: quote.end, index })),
    text.length,
  );
  const marks: Mark[] = [];
  const entityNames = new Map(article.entities.entities.map((entity) => [entity.id, entity.name]));
  for (const mention of article.entities.mentions) {
    if (!SHOWN.has(mention.type)) continue;
    marks.push({ start: mention.start, end: mention.end, kind: mention.type as HighlightKind, title: `${mention.type}: ${entityNames.get(mention.entityId) ?? mention.text}`, entityId: mention.entityId });
  }
  for (const date of article.dates) {
    const value = date.value === null ? 'a duration' : date.until ? `${date.value} to ${date.until}` : date.value;
    marks.push({ start: date.start, end: date.end, kind: 'date', title: `date: ${value}` });
  }
  const speakers: Mark[] = [];
  for (const quote of article.quotes) {
    const mention = quote.speaker?.mention;
    if (mention) speakers.push({ start: mention.start, end: mention.end, speaker: true, title: `speaker: ${quote.speaker!.name}` });
  }
  const pieces = withSpeakers(nonOverlapping(marks, text.length), nonOverlapping(speakers, text.length));

  const blocks: Block[] = [];
  let cursor = 0;
  const pushBlock = (start: number, end: number, quote?: number): void => {
    if (end <= start) return;
    const block: Block = { start, end, pieces: piecesIn(pieces, start, end) };
    if (quote !== undefined) block.quote = quote;
    blocks.push(block);
  };
  for (const quote of quotes) {
    pushBlock(cursor, quote.start);
    pushBlock(quote.start, quote.end, quote.index);
    cursor = quote.end;
  }
  pushBlock(cursor, text.length);
  return blocks;
}

/**
 * Spans sorted by start, clipped to the text, with each span that overlaps an earlier kept
 * one dropped; at the same start the longer span wins.
 */
function nonOverlapping<T extends { start: number; end: number }>(spans: readonly T[], length: number): T[] {
  const sorted = spans
    .filter((span) => Number.isInteger(span.start) && Number.isInteger(span.end) && span.start >= 0 && span.end <= length && span.end > span.start)
    .sort((a, b) => a.start - b.start || b.end - a.end);
  const kept: T[] = [];
  let end = 0;
  for (const span of sorted) {
    if (span.start < end) continue;
    kept.push(span);
    end = span.end;
  }
  return kept;
}

/**
 * Marks the words that attribute quotes. A speaker mention that overlaps an entity or date
 * ("Capuñay said") flags that highlight instead of adding one; the others ("the former
 * envoy") become highlights of their own.
 */
function withSpeakers(marks: Mark[], speakers: readonly Mark[]): Mark[] {
  const result = marks.map((mark) => ({ ...mark }));
  const extra: Mark[] = [];
  let index = 0;
  for (const speaker of speakers) {
    while (index < result.length && result[index]!.end <= speaker.start) index++;
    let overlapped = false;
    for (let at = index; at < result.length && result[at]!.start < speaker.end; at++) {
      result[at]!.speaker = true;
      overlapped = true;
    }
    if (!overlapped) extra.push(speaker);
  }
  return extra.length === 0 ? result : [...result, ...extra].sort((a, b) => a.start - b.start);
}

/** The pieces that tile [start, end): highlights cut to the range, plain text between. */
function piecesIn(marks: readonly Mark[], start: number, end: number): Piece[] {
  const pieces: Piece[] = [];
  let cursor = start;
  for (const mark of marks) {
    if (mark.end <= start || mark.start >= end) continue;
    const from = Math.max(mark.start, start);
    const to = Math.min(mark.end, end);
    if (from > cursor) pieces.push({ start: cursor, end: from });
    const piece: Piece = { start: from, end: to };
    if (mark.kind !== undefined) piece.kind = mark.kind;
    if (mark.title !== undefined) piece.title = mark.title;
    if (mark.entityId !== undefined) piece.entityId = mark.entityId;
    if (mark.speaker) piece.speaker = true;
    pieces.push(piece);
    cursor = to;
  }
  if (cursor < end) pieces.push({ start: cursor, end });
  return pieces;
}

/**
 * Who said a quote, for its tooltip and the speaker list.
 *
 * @example
 * speakerLabel(quote) //=> 'Juan Carlos Capuñay, former Peruvian Ambassador to China'
 */
export function speakerLabel(quote: Quote): string {
  const speaker = quote.speaker;
  if (speaker === null) return 'speaker not found';
  return speaker.description ? `${speaker.name}, ${speaker.description}` : speaker.name;
}
