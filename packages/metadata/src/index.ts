export { readMetadata } from './read-metadata.js';
export { readArticle } from './read-article.js';
export { parseByline } from './parse-byline.js';
export { readTextMetadata } from './read-text-metadata.js';
export type {
  ArticleContent,
  ArticleMetadata,
  Author,
  Byline,
  ImageCredit,
  ReadMetadataOptions,
  TextMetadata,
} from './types.js';
