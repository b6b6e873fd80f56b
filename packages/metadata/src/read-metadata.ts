import { assertText } from '@newsparse/core';
import { Parser } from 'htmlparser2';
import { parseByline } from './parse-byline.js';
import type { ArticleMetadata, ReadMetadataOptions } from './types.js';

/**
 * Reads an article's metadata from its HTML in one streaming pass.
 * First implementation: meta tags, `<title>` and `<html lang>`. Issue #6 adds JSON-LD,
 * microdata, bylines in the markup and the weighing of sources.
 *
 * @example
 * readMetadata('<html lang="en"><title>Hi</title></html>').title
 * //=> 'Hi'
 */
export function readMetadata(html: string, options: ReadMetadataOptions = {}): ArticleMetadata {
  assertText(html, 'readMetadata');
  const meta = new Map<string, string>();
  let title = '';
  let inTitle = false;
  let lang: string | null = null;
  let canonicalUrl: string | null = null;
  const parser = new Parser(
    {
      onopentag(name, attributes) {
        if (name === 'html' && attributes.lang) lang = attributes.lang;
        if (name === 'title') inTitle = true;
        if (name === 'meta') {
          const key = (attributes.property ?? attributes.name ?? attributes.itemprop ?? '').toLowerCase();
          if (key && attributes.content !== undefined && !meta.has(key)) meta.set(key, attributes.content.trim());
        }
        if (name === 'link' && attributes.rel === 'canonical' && attributes.href) canonicalUrl ??= attributes.href;
      },
      ontext(text) {
        if (inTitle) title += text;
      },
      onclosetag(name) {
        if (name === 'title') inTitle = false;
      },
    },
    { decodeEntities: true, lowerCaseTags: true },
  );
  parser.end(html);
  const pick = (...keys: string[]): string | null => {
    for (const key of keys) {
      const value = meta.get(key);
      if (value) return value;
    }
    return null;
  };
  const author = pick('author', 'article:author', 'dc.creator');
  return {
    title: pick('og:title', 'twitter:title') ?? (title.replace(/\s+/g, ' ').trim() || null),
    subtitle: null,
    description: pick('description', 'og:description', 'twitter:description'),
    authors: author && !/^https?:/.test(author) ? parseByline(author).authors : [],
    published: pick('article:published_time', 'datepublished', 'dc.date'),
    modified: pick('article:modified_time', 'datemodified'),
    publisher: pick('og:site_name'),
    section: pick('article:section'),
    tags: [],
    lang,
    canonicalUrl: canonicalUrl ?? pick('og:url') ?? options.url ?? null,
    image: pick('og:image', 'twitter:image'),
  };
}
