export { tagEntities } from './tag-entities.js';
export type { CompromiseMatches, CompromiseNlp, Entity, EntityMention, EntityType, TagEntitiesOptions, TagEntitiesResult } from './types.js';
