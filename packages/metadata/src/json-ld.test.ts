import { describe, expect, it } from 'vitest';
import { parseJsonLd } from './json-ld.js';

describe('parseJsonLd', () => {
  it('reads a block and repairs a truncated one', () => {
    expect(parseJsonLd('{"@type":"NewsArticle","headline":"Hi"}')).toEqual({ '@type': 'NewsArticle', headline: 'Hi' });
    expect(parseJsonLd('{"@type":"NewsArticle","author":[{"name":"Jane Doe"},')).toEqual({ '@type': 'NewsArticle', author: [{ name: 'Jane Doe' }] });
  });
  it('ignores brackets inside strings when measuring depth', () => {
    expect(parseJsonLd(`{"headline":"${'['.repeat(1000)}"}`)).toEqual({ headline: '['.repeat(1000) });
  });
  it('does not read a block nested thousands of levels deep', () => {
    expect(parseJsonLd('{"a":['.repeat(10_000))).toBeNull();
    expect(parseJsonLd('{"a":['.repeat(10_000) + ']}'.repeat(10_000))).toBeNull();
  });
});
