import { describe, expect, it } from 'vitest';
import { isResponse, parseJsonLd, readJsonLd } from './json-ld.js';

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

describe('readJsonLd', () => {
  it('never takes an item of a list (other stories, breadcrumb pages) as the article', () => {
    const list = { '@type': 'ItemList', itemListElement: [{ '@type': 'ListItem', position: 1, item: { '@type': 'NewsArticle', headline: 'Another story', datePublished: '2021-01-02' } }] };
    const view = readJsonLd([list], []);
    expect(view.article).toBeNull();
    expect(view.nodes.filter(isResponse)).toHaveLength(2);
  });

  it('still takes the page article beside such a list', () => {
    const article = { '@type': 'NewsArticle', headline: 'This story', datePublished: '2021-03-12' };
    const list = { '@type': 'ItemList', itemListElement: [{ '@type': 'ListItem', item: { '@type': 'NewsArticle', headline: 'Another story' } }] };
    expect(readJsonLd([list, article], []).article).toBe(article);
  });
});
