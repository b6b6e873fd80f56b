import type { Span } from '@newsparse/core';

/** What a block of the article body is. */
export type ArticleBlockKind = 'heading' | 'paragraph' | 'list' | 'quote' | 'caption';

/**
 * One block of the article body, with its offsets in {@link ArticleContent.text}:
 * `text.slice(block.start, block.end) === block.text`.
 */
export interface ArticleBlock extends Span {
  kind: ArticleBlockKind;
  /** A heading's level, 1 (`<h1>`) to 6. */
  level?: number;
  /** A list's items, each with its offsets in the article text. */
  items?: Span[];
}

/** A piece of body text as the reader found it: its kind and the element that groups it. */
export interface BodyPart {
  text: string;
  kind: ArticleBlockKind;
  /** Heading level (0 unless a heading). */
  level: number;
  /**
   * The list or blockquote element the part belongs to (-1 for none): consecutive parts of
   * one list are one list block, consecutive paragraphs of one blockquote one quote block.
   */
  group: number;
}

/** What {@link joinBlocks} returns. */
export interface JoinedBlocks {
  text: string;
  paragraphs: Span[];
  blocks: ArticleBlock[];
}

/**
 * Joins the body's parts into one text: blocks separated by a blank line, a list's items by
 * a line break. Every part is a paragraph span; parts of one list or blockquote make one
 * block. Parts are joined once: slicing a string grown by `+=` flattens it on every call,
 * which made long pages quadratic.
 *
 * @example
 * joinBlocks([
 *   { text: 'Results', kind: 'heading', level: 2, group: -1 },
 *   { text: 'First', kind: 'list', level: 0, group: 7 },
 *   { text: 'Second', kind: 'list', level: 0, group: 7 },
 * ]).text
 * //=> 'Results\n\nFirst\nSecond'
 */
export function joinBlocks(parts: readonly BodyPart[]): JoinedBlocks {
  const pieces: string[] = [];
  const paragraphs: Span[] = [];
  const blocks: ArticleBlock[] = [];
  let offset = 0;
  let open: { block: ArticleBlock; pieces: string[]; group: number } | null = null;
  const close = (): void => {
    if (open === null) return;
    open.block.text = open.pieces.join(open.block.kind === 'list' ? '\n' : '\n\n');
    blocks.push(open.block);
    open = null;
  };
  for (const [index, part] of parts.entries()) {
    const continues = open !== null && part.group >= 0 && part.group === open.group && part.kind === open.block.kind;
    if (!continues) close();
    const separator = index === 0 ? '' : continues && part.kind === 'list' ? '\n' : '\n\n';
    pieces.push(separator, part.text);
    offset += separator.length;
    const span: Span = { text: part.text, start: offset, end: offset + part.text.length };
    offset = span.end;
    paragraphs.push(span);
    if (open === null) {
      const block: ArticleBlock = { kind: part.kind, text: '', start: span.start, end: span.end };
      if (part.kind === 'heading') block.level = part.level;
      if (part.kind === 'list') block.items = [];
      open = { block, pieces: [], group: part.group };
    }
    const current: { block: ArticleBlock; pieces: string[]; group: number } = open;
    current.pieces.push(part.text);
    current.block.end = span.end;
    current.block.items?.push(span);
  }
  close();
  return { text: pieces.join(''), paragraphs, blocks };
}
