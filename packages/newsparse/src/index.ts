export { parseArticle } from './parse-article.js';
export { detectFormat } from './detect-format.js';
export { RULE_LANGUAGES, stagesWithoutRules, type RuleStage } from './languages.js';
export type { ArticleInfo, ArticleResult, ArticleStage, ParseArticleOptions } from './types.js';
export { NewsparseError, type NewsparseErrorCode, type Span } from '@newsparse/core';
export type { DateMention, Dateline, DatelineLocation } from '@newsparse/dateline';
export type { Entity, EntityMention, EntityType, TagEntitiesResult } from '@newsparse/entities';
export type { ArticleMetadata, Author, ImageCredit } from '@newsparse/metadata';
export type { Quote, QuoteKind, QuoteSpeaker, SourceSummary } from '@newsparse/quotes';
