// Adapter: @newsparse/metadata → score-meta.mjs's shape.
import { readMetadata } from '@newsparse/metadata';

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
