import { describe, expect, it } from 'vitest';
import { readArticle, readMetadata } from '../src/index.js';

// HTML without <html>/<body> (a CMS fragment, a paragraph) reads like the same markup inside a page.
const page = (body: string): string => `<!doctype html><html><head><title>Page</title></head><body>${body}</body></html>`;

const FRAGMENTS: Record<string, string> = {
  'one quoted paragraph': '<p>“It works,” said Jane Doe.</p>',
  'an article with a byline and a date':
    '<article><h1>Harbour reopens after the storm</h1><div class="byline">By Ana Ruiz and Tom Weber</div>' +
    '<time datetime="2024-06-27T08:00:00Z">June 27</time>' +
    '<p>The harbour reopened on Thursday, three days after the storm closed it to all traffic, officials said.</p>' +
    '<p>Fishing boats left at dawn, and the ferry to the islands ran on its usual timetable, the port authority said.</p></article>',
  'a "By" line and paragraphs': '<p>By Jane Doe</p><p>First paragraph of the story, long enough to count as text.</p><p>Second one, also long enough, with a comma.</p>',
  'text before any tag': 'By Jane Doe<p>The council voted on Tuesday, and the plan passed by a wide margin.</p>',
};

describe('fragments without <body>', () => {
  for (const [name, fragment] of Object.entries(FRAGMENTS)) {
    it(`${name}: same text and metadata as inside a page`, () => {
      const alone = readArticle(fragment);
      const inPage = readArticle(page(fragment));
      expect(alone.text).toBe(inPage.text);
      expect(alone.text.length).toBeGreaterThan(0);
      expect(alone.metadata.authors).toEqual(inPage.metadata.authors);
      expect(alone.metadata.published).toBe(inPage.metadata.published);
      expect(readMetadata(fragment).authors).toEqual(readMetadata(page(fragment)).authors);
    });
  }

  it('reads the byline and body of an article fragment', () => {
    const article = readArticle(FRAGMENTS['an article with a byline and a date']!);
    expect(article.metadata.authors.map((author) => author.name)).toEqual(['Ana Ruiz', 'Tom Weber']);
    expect(article.metadata.published).toBe('2024-06-27T08:00:00Z');
    expect(article.text).toContain('The harbour reopened on Thursday');
    expect(readArticle(FRAGMENTS['one quoted paragraph']!).text).toBe('“It works,” said Jane Doe.');
  });

  it('keeps head-only markup out of the body of a fragment', () => {
    const article = readArticle('<title>Only a title</title><meta name="author" content="Jane Doe"><p>Body text here, long enough to be a paragraph.</p>');
    expect(article.text).toBe('Body text here, long enough to be a paragraph.');
    expect(article.metadata.title).toBe('Only a title');
  });
});
