// Adapter: @newsparse/metadata → score-meta.mjs's shape.
import { readArticle, readMetadata } from '@newsparse/metadata';

export function metadata(html, url) {
  const result = readMetadata(html, url ? { url } : {});
  return {
    title: result.title,
    authors: result.authors.map((author) => author.name),
    published: result.published,
    publisher: result.publisher,
    description: result.description,
    lang: result.lang,
  };
}

// score-body-snippets.mjs's shape: the main text, or null.
export function articleText(html, url) {
  return readArticle(html, url ? { url } : {}).text || null;
}
