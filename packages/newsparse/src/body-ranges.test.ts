import { describe, expect, it } from 'vitest';
import { bodyOfBlocks, bodyWithout, bodyWithoutAll, entitiesInside, isHeadlineCase, maskOutside, withoutHeadlineLines } from './body-ranges.js';

describe('body ranges', () => {
  it('keeps paragraphs and blockquotes, not headings, lists or captions', () => {
    const body = bodyOfBlocks([
      { kind: 'heading', text: 'H', start: 0, end: 1, level: 2 },
      { kind: 'paragraph', text: 'P', start: 3, end: 4 },
      { kind: 'list', text: 'L', start: 6, end: 7, items: [] },
      { kind: 'quote', text: 'Q', start: 9, end: 10 },
      { kind: 'caption', text: 'C', start: 12, end: 13 },
    ]);
    expect(body).toEqual({ ranges: [{ start: 3, end: 4 }, { start: 9, end: 10 }], paragraphStarts: [3] });
  });

  it('leaves out a standfirst that repeats the subtitle before the story, not a later paragraph', () => {
    const blocks = [
      { kind: 'heading' as const, text: 'Ferry operator fined', start: 0, end: 20, level: 1 },
      { kind: 'paragraph' as const, text: 'Judge says  company put\npassengers at risk', start: 22, end: 63 },
      { kind: 'paragraph' as const, text: 'A ferry operator was fined.', start: 65, end: 92 },
      { kind: 'paragraph' as const, text: 'Judge says company put passengers at risk', start: 94, end: 135 },
    ];
    expect(bodyOfBlocks(blocks, 'Judge says company put passengers at risk')).toEqual({ ranges: [{ start: 65, end: 92 }, { start: 94, end: 135 }], paragraphStarts: [65, 94] });
    expect(bodyOfBlocks(blocks, null).ranges).toHaveLength(3);
  });

  it('blanks everything else, keeping offsets and line breaks', () => {
    const text = 'Head\n\nBody one.\n\nTail';
    const masked = maskOutside(text, [{ start: 6, end: 15 }]);
    expect(masked).toHaveLength(text.length);
    expect(masked).toBe('    \n\nBody one.\n\n    ');
  });

  it('cuts a span out of the ranges, splitting the range it falls in', () => {
    const body = { ranges: [{ start: 0, end: 10 }, { start: 12, end: 40 }], paragraphStarts: [0, 12] };
    expect(bodyWithout(body, 12, 20).ranges).toEqual([{ start: 0, end: 10 }, { start: 20, end: 40 }]);
    expect(bodyWithout(body, 15, 20).ranges).toEqual([{ start: 0, end: 10 }, { start: 12, end: 15 }, { start: 20, end: 40 }]);
    expect(bodyWithout(body, 5, 5)).toBe(body);
  });

  it('cuts many spans out in one pass, across and inside ranges', () => {
    const body = { ranges: [{ start: 0, end: 10 }, { start: 12, end: 40 }], paragraphStarts: [0, 12] };
    expect(bodyWithoutAll(body, []).ranges).toEqual(body.ranges);
    expect(bodyWithoutAll(body, [{ start: 2, end: 4 }, { start: 8, end: 14 }, { start: 20, end: 25 }, { start: 38, end: 40 }]).ranges).toEqual([
      { start: 0, end: 2 },
      { start: 4, end: 8 },
      { start: 14, end: 20 },
      { start: 25, end: 38 },
    ]);
    const spans = Array.from({ length: 5000 }, (_, index) => ({ start: index * 10, end: index * 10 + 3 }));
    const cut = bodyWithoutAll({ ranges: [{ start: 0, end: 50_000 }], paragraphStarts: [0] }, spans);
    expect(cut.ranges).toHaveLength(5000);
    expect(cut.ranges[1]).toEqual({ start: 13, end: 20 });
  });

  it('keeps the mentions inside the ranges', () => {
    const mention = (start: number, end: number) => ({ text: 'x'.repeat(end - start), start, end, type: 'person' }) as never;
    const result = entitiesInside({ mentions: [mention(7, 9), mention(0, 2), mention(20, 22)], entities: [] }, [{ start: 5, end: 10 }, { start: 20, end: 30 }]);
    expect(result.mentions.map((entry: { start: number }) => entry.start)).toEqual([7, 20]);
  });

  it('reads subheads and kept related headlines as headline case, sentences and datelines not', () => {
    expect(isHeadlineCase('Residents Evacuated for Safety as Fire Spreads')).toBe(true);
    expect(isHeadlineCase('Mayor: ‘Reckless Driver’ Hit 3-Year-Old Boy, Fled Scene')).toBe(true);
    expect(isHeadlineCase('Officials say the fire spread overnight.')).toBe(false);
    expect(isHeadlineCase('The mayor said it was Gone With the Wind')).toBe(false);
    expect(isHeadlineCase('OSLO, March 4')).toBe(false);
    expect(isHeadlineCase('Lena Berg')).toBe(false);
  });

  it('leaves headline lines out of the story body but keeps the paragraph starts', () => {
    const text = 'The fire burned all night.\nMayor: ‘Reckless Driver’ Hit Boy, Fled Scene\nFirefighters said it was out.';
    const body = withoutHeadlineLines(text, { ranges: [{ start: 0, end: text.length }], paragraphStarts: [0, 27] });
    expect(body.ranges.map((range) => text.slice(range.start, range.end).trim())).toEqual(['The fire burned all night.', 'Firefighters said it was out.']);
    expect(body.paragraphStarts).toEqual([0, 27]);
  });
});
