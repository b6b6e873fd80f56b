import { describe, expect, it } from 'vitest';
import { readLabel } from './boilerplate.js';

describe('readLabel', () => {
  it('reads furniture in several languages and spellings', () => {
    for (const label of ['comments-area', 'kommentarModul', 'commentaires', 'related-articles', 'newsletter-signup', 'shariff', 'social-share', 'article-teaser-related', 'taboola-below']) {
      expect(readLabel(label).furniture, label).toBe(true);
    }
  });

  it('leaves article containers alone, a label that also names the main column included', () => {
    for (const label of ['entry-content', 'article-body', 'content-sidebar-wrap', 'teaser-text', 'post-12 post type-post hentry category-comments tag-share']) {
      expect(readLabel(label).furniture, label).toBe(false);
    }
  });

  it('ignores taxonomy slugs and script hooks', () => {
    expect(readLabel('story tag-newsletter js-share-target').furniture).toBe(false);
  });

  it('reads captions and credits', () => {
    for (const label of ['wp-caption-text', 'image-credit', 'bildunterschrift', 'imagedescription', 'photoCopyright']) expect(readLabel(label).caption, label).toBe(true);
    expect(readLabel('article-body').caption).toBe(false);
  });
});

describe('readLabel leads', () => {
  it('reads dek, standfirst and lead labels in several languages', () => {
    for (const label of ['article-standfirst', 'chapo', 'texto-bajada', 'lead', 'DefaultEinleitung', 'sub-headline', 'epigraph']) expect(readLabel(label).lead, label).toBe(true);
    expect(readLabel('article-body').lead).toBe(false);
  });
});
