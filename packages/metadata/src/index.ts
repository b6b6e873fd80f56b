export { readMetadata } from './read-metadata.js';
export { readArticle, type ReadArticleOptions } from './read-article.js';
export type { ArticleBlock, ArticleBlockKind } from './blocks.js';
export { parseByline, type ParseBylineOptions } from './parse-byline.js';
export { readTextMetadata } from './read-text-metadata.js';
export { dateFromUrl, normalizeDate } from './dates.js';
export type { Span } from '@newsparse/core';
export type {
  ArticleContent,
  ArticleMetadata,
  Author,
  Byline,
  ImageCredit,
  ReadMetadataOptions,
  TextMetadata,
} from './types.js';
