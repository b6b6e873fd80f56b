import { readFileSync } from 'node:fs';
import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { readArticle } from '../src/index.js';

interface BodyCase {
  input: string;
  expected: { contains: string[]; excludes: string[] };
  note: string;
}

const cases = JSON.parse(readFileSync(new URL('./fixtures/bodies.json', import.meta.url), 'utf8')) as BodyCase[];

describe('readArticle body fixtures (one per error class)', () => {
  for (const item of cases) {
    it(item.note, () => {
      const { text, blocks } = readArticle(item.input);
      for (const part of item.expected.contains) expect(text).toContain(part);
      for (const part of item.expected.excludes) expect(text).not.toContain(part);
      for (const block of blocks) expect(text.slice(block.start, block.end)).toBe(block.text);
    });
  }
});

describe('readArticle blocks', () => {
  const page =
    '<article><h1>Harbour reopens</h1><p>The harbour reopened on Thursday, three days after the storm, officials said.</p>' +
    '<h2>What changes</h2><ul><li>Ferries run again</li><li>Boats leave at dawn</li></ul>' +
    '<blockquote><p>“We are open,” the harbour master said.</p></blockquote>' +
    '<figure><img src="a.jpg"><figcaption>The pier at dawn.</figcaption></figure>' +
    '<p>The port authority said the timetable would hold, and the islands were supplied again.</p></article>';

  it('types each block and gives it its span in the text', () => {
    const { text, blocks } = readArticle(page);
    // The headline opening the body is the metadata's title, not body text.
    expect(blocks.map((block) => block.kind)).toEqual(['paragraph', 'heading', 'list', 'quote', 'paragraph']);
    expect(blocks[1]).toMatchObject({ kind: 'heading', level: 2, text: 'What changes' });
    expect(blocks[2]!.items!.map((item) => item.text)).toEqual(['Ferries run again', 'Boats leave at dawn']);
    for (const block of blocks) expect(text.slice(block.start, block.end)).toBe(block.text);
    expect(text).not.toContain('The pier at dawn.');
  });

  it('keeps captions as caption blocks when asked', () => {
    const { text, blocks } = readArticle(page, { captions: true });
    const caption = blocks.find((block) => block.kind === 'caption');
    expect(caption?.text).toBe('The pier at dawn.');
    expect(text.slice(caption!.start, caption!.end)).toBe('The pier at dawn.');
  });

  it('throws NewsparseError on a captions option that is not a boolean', () => {
    expect(() => readArticle(page, { captions: 'yes' as unknown as boolean })).toThrow(/captions must be a boolean/);
  });

  it('keeps block spans exact on any tag soup', () => {
    fc.assert(
      fc.property(
        fc.array(fc.constantFrom('<ul>', '<li>', '</li>', '</ul>', '<blockquote>', '</blockquote>', '<h2>', '</h2>', '<p>', '</p>', '<figcaption>', 'Some words, long enough to be a paragraph of text.', ' x ', '<br>', '&amp;'), { maxLength: 60 }),
        fc.boolean(),
        (parts, captions) => {
          const { text, blocks, paragraphs } = readArticle(parts.join(''), { captions });
          for (const span of [...blocks, ...paragraphs, ...blocks.flatMap((block) => block.items ?? [])]) expect(text.slice(span.start, span.end)).toBe(span.text);
        },
      ),
      { numRuns: 300 },
    );
  });
});
