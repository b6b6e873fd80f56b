import { readFileSync } from 'node:fs';
import { fileURLToPath } from 'node:url';
import fc from 'fast-check';
import { parseArticle, type ArticleResult, type EntityType } from 'newsparse';
import { describe, expect, it } from 'vitest';
import { layoutHighlights, type Block } from './layout-highlights.js';

type Input = Pick<ArticleResult, 'text' | 'entities' | 'dates' | 'quotes'>;

const seed = readFileSync(fileURLToPath(new URL('../../articles/global-times-china-peru.txt', import.meta.url)), 'utf8');

/** Blocks tile the text and pieces tile their block, in order, with nothing lost. */
function expectTiling(text: string, blocks: Block[]): void {
  let cursor = 0;
  for (const block of blocks) {
    expect(block.start).toBe(cursor);
    expect(block.end).toBeGreaterThan(block.start);
    let inner = block.start;
    for (const piece of block.pieces) {
      expect(piece.start).toBe(inner);
      expect(piece.end).toBeGreaterThan(piece.start);
      inner = piece.end;
    }
    expect(inner).toBe(block.end);
    cursor = block.end;
  }
  expect(cursor).toBe(text.length);
}

function input(text: string, parts: Partial<{ mentions: [number, number, EntityType][]; dates: [number, number][]; quotes: [number, number, [number, number]?][] }>): Input {
  return {
    text,
    entities: {
      entities: [],
      mentions: (parts.mentions ?? []).map(([start, end, type], index) => ({ start, end, type, text: text.slice(start, end), entityId: `e${index}` })),
    },
    dates: (parts.dates ?? []).map(([start, end]) => ({ start, end, text: text.slice(start, end), kind: 'absolute', value: '2024-06-25', precision: 'day' })),
    quotes: (parts.quotes ?? []).map(([start, end, speaker]) => ({
      start,
      end,
      text: text.slice(start, end),
      kind: 'direct',
      cue: null,
      speaker: speaker ? { name: 'Someone', named: true, mention: { start: speaker[0], end: speaker[1], text: text.slice(speaker[0], speaker[1]) } } : null,
    })),
  };
}

describe('layoutHighlights on the seed article', () => {
  const article = parseArticle(seed);
  const blocks = layoutHighlights(article);

  it('tiles the text', () => expectTiling(article.text, blocks));

  it('has quote blocks and pieces for Boluarte and Lima', () => {
    // Quotes that overlap an earlier one (a reported clause around a direct quote) are not
    // drawn twice; every block drawn is exactly its quote's span.
    const quoteBlocks = blocks.filter((block) => block.quote !== undefined);
    expect(quoteBlocks.length).toBeGreaterThanOrEqual(Math.min(article.quotes.length, 3));
    expect(quoteBlocks.length).toBeLessThanOrEqual(article.quotes.length);
    for (const block of quoteBlocks) expect(article.quotes[block.quote!]).toMatchObject({ start: block.start, end: block.end });
    const pieces = blocks.flatMap((block) => block.pieces.map((piece) => ({ ...piece, text: article.text.slice(piece.start, piece.end) })));
    expect(pieces.some((piece) => piece.kind === 'person' && piece.text.includes('Boluarte'))).toBe(true);
    expect(pieces.some((piece) => piece.kind === 'place' && piece.text.includes('Lima'))).toBe(true);
    expect(pieces.some((piece) => piece.kind === 'date' && piece.title === 'date: 2024-06-25')).toBe(true);
  });
});

describe('layoutHighlights with overlapping spans', () => {
  const text = '"Lima is ready," said Ana Ruiz on Tuesday in Lima.';

  it('cuts an entity at the edge of a quote', () => {
    const blocks = layoutHighlights(input(text, { quotes: [[1, 14]], mentions: [[10, 20, 'place']] }));
    expectTiling(text, blocks);
    expect(blocks[1]).toMatchObject({ start: 1, end: 14, quote: 0 });
    expect(blocks[1]!.pieces.at(-1)).toMatchObject({ start: 10, end: 14, kind: 'place' });
    expect(blocks[2]!.pieces[0]).toMatchObject({ start: 14, end: 20, kind: 'place' });
  });

  it('keeps the first and longest of overlapping highlights', () => {
    const blocks = layoutHighlights(input(text, { mentions: [[22, 30, 'person'], [26, 30, 'organization']], dates: [[25, 40]] }));
    expectTiling(text, blocks);
    const marked = blocks.flatMap((block) => block.pieces).filter((piece) => piece.kind);
    expect(marked).toEqual([expect.objectContaining({ start: 22, end: 30, kind: 'person' })]);
  });

  it('flags an entity as the speaker, or marks the speaker on its own', () => {
    const flagged = layoutHighlights(input(text, { quotes: [[1, 14, [22, 30]]], mentions: [[22, 30, 'person']] }));
    expect(flagged.flatMap((block) => block.pieces).find((piece) => piece.start === 22)).toMatchObject({ kind: 'person', speaker: true });
    const alone = layoutHighlights(input(text, { quotes: [[1, 14, [22, 30]]] }));
    expect(alone.flatMap((block) => block.pieces).find((piece) => piece.start === 22)).toEqual(expect.objectContaining({ end: 30, speaker: true }));
  });

  it('ignores spans outside the text and empty ones', () => {
    const blocks = layoutHighlights(input(text, { mentions: [[-1, 3, 'place'], [40, 400, 'place'], [5, 5, 'place']], quotes: [[45, 44]] }));
    expect(blocks).toEqual([{ start: 0, end: text.length, pieces: [{ start: 0, end: text.length }] }]);
  });

  it('always tiles the text, whatever the spans', () => {
    const span = fc.tuple(fc.integer({ min: -5, max: 60 }), fc.integer({ min: -5, max: 60 }));
    const type = fc.constantFrom<EntityType>('person', 'organization', 'place', 'nationality');
    fc.assert(
      fc.property(
        fc.array(fc.tuple(span, type), { maxLength: 12 }),
        fc.array(span, { maxLength: 6 }),
        fc.array(fc.tuple(span, fc.option(span, { nil: undefined })), { maxLength: 6 }),
        (mentions, dates, quotes) => {
          expectTiling(
            text,
            layoutHighlights(
              input(text, {
                mentions: mentions.map(([[start, end], kind]) => [start, end, kind]),
                dates,
                quotes: quotes.map(([[start, end], speaker]) => (speaker ? [start, end, speaker] : [start, end])),
              }),
            ),
          );
        },
      ),
    );
  });
});
