import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { parseByline, readArticle, readMetadata, readTextMetadata } from '../src/index.js';

const tagSoup = fc.array(
  fc.oneof(
    fc.constantFrom(
      '<div class="byline">', '</div>', '<p>', '</p>', '<script type="application/ld+json">{"@type":"NewsArticle","author":[{"name":"', '"}]}', '</script>',
      '<script>', '<style>', '</style>', '<!--', '-->', '<time datetime="2024-06-27">', '</time>', '<meta name="author" content="', '">', '<span itemprop="author" itemscope>',
      '</span>', '<a rel="author" href="/x">', '</a>', 'By JANE DOE', '&amp;', '&#x1F62D;', '&bogus;', '<', '>', '"', "'", '<h1>', '</h1>', '<html lang="en">', '<title>', '</title>',
      '<svg><title>x</title></svg>', '<br><br>', '\u0000', '<![CDATA[', ']]>',
    ),
    fc.string({ maxLength: 20 }),
  ),
  { maxLength: 80 },
).map((parts) => parts.join(''));

describe('properties', () => {
  it('never throws on any string, tag soup or truncated markup', () => {
    fc.assert(
      fc.property(fc.oneof(fc.string(), fc.string({ unit: 'binary' }), tagSoup), (input) => {
        const metadata = readMetadata(input);
        expect(Array.isArray(metadata.authors)).toBe(true);
        const article = readArticle(input);
        for (const span of article.paragraphs) expect(article.text.slice(span.start, span.end)).toBe(span.text);
        parseByline(input);
        const text = readTextMetadata(input);
        expect(text.bodyStart).toBeGreaterThanOrEqual(0);
        expect(text.bodyStart).toBeLessThanOrEqual(input.length);
        for (const span of text.furniture) expect(input.slice(span.start, span.end)).toBe(span.text);
      }),
      { numRuns: 400 },
    );
  });

  it('never throws on deeply nested and truncated pages', () => {
    const deep = '<div class="author">'.repeat(20_000) + 'By Jane Doe' + '<span>'.repeat(5_000);
    expect(() => readMetadata(deep)).not.toThrow();
    expect(() => readArticle(deep)).not.toThrow();
    const truncated = '<html><head><script type="application/ld+json">{"@type":"NewsArticle","headline":"Cut';
    expect(readMetadata(truncated).title).toBe('Cut');
  });

  it('keeps script and style text out of every field', () => {
    const page = '<html><head><title>Real title here for the page</title><script>var byline = "By Evil Script";</script><style>p::before{content:"By Evil Style"}</style></head><body><p>By Evil Script</p></body></html>';
    const metadata = readMetadata(page);
    expect(JSON.stringify(metadata)).not.toContain('var byline');
    expect(JSON.stringify(metadata)).not.toContain('Evil Style');
  });

  it('runs in linear time on a 10 MB page', () => {
    const unit =
      '<div class="story byline related"><p class="x">By Jane Doe, Staff Writer — March 5, 2024 10:00 AM, some text with commas, and more text.</p>' +
      '<time datetime="2024-03-05">March 5</time><span itemprop="author" itemscope><span itemprop="name">Jane Doe</span></span><a rel="author" href="/a">Jane</a></div>';
    const small = `<html><body>${unit.repeat(2_500)}</body></html>`;
    const large = `<html><body>${unit.repeat(Math.ceil(10_000_000 / unit.length))}</body></html>`;
    const time = (html: string): number => {
      const started = performance.now();
      readMetadata(html);
      return performance.now() - started;
    };
    time(small);
    const smallMs = Math.max(time(small), 1);
    const largeMs = time(large);
    const ratio = large.length / small.length;
    // Linear with a generous margin for a shared machine: at most 4x the proportional time.
    expect(largeMs).toBeLessThan(smallMs * ratio * 4 + 2_000);
  });
});
