import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { joinBlocks, type BodyPart } from './blocks.js';

const part = (text: string, kind: BodyPart['kind'], group = -1, level = 0): BodyPart => ({ text, kind, level, group });

describe('joinBlocks', () => {
  it('joins blocks with blank lines and a list’s items with line breaks', () => {
    const joined = joinBlocks([part('Results', 'heading', -1, 2), part('First', 'list', 7), part('Second', 'list', 7), part('After the list.', 'paragraph')]);
    expect(joined.text).toBe('Results\n\nFirst\nSecond\n\nAfter the list.');
    expect(joined.blocks.map((block) => block.kind)).toEqual(['heading', 'list', 'paragraph']);
    expect(joined.blocks[0]!.level).toBe(2);
    expect(joined.blocks[1]!.items!.map((item) => item.text)).toEqual(['First', 'Second']);
    expect(joined.paragraphs).toHaveLength(4);
  });

  it('keeps two lists, and two blockquotes, apart', () => {
    const joined = joinBlocks([part('a', 'list', 1), part('b', 'list', 2), part('c', 'quote', 3), part('d', 'quote', 3), part('e', 'quote', 4)]);
    expect(joined.blocks.map((block) => block.text)).toEqual(['a', 'b', 'c\n\nd', 'e']);
  });

  it('gives every block, item and paragraph its exact span', () => {
    const kinds = ['heading', 'paragraph', 'list', 'quote', 'caption'] as const;
    fc.assert(
      fc.property(fc.array(fc.record({ text: fc.string({ minLength: 1, maxLength: 12 }), kind: fc.constantFrom(...kinds), group: fc.integer({ min: -1, max: 3 }) })), (parts) => {
        const joined = joinBlocks(parts.map((entry) => part(entry.text, entry.kind, entry.group, entry.kind === 'heading' ? 2 : 0)));
        for (const span of [...joined.blocks, ...joined.paragraphs, ...joined.blocks.flatMap((block) => block.items ?? [])]) {
          expect(joined.text.slice(span.start, span.end)).toBe(span.text);
        }
        expect(joined.paragraphs.map((span) => span.text)).toEqual(parts.map((entry) => entry.text));
      }),
    );
  });
});
