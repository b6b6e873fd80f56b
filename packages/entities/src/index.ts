export { tagEntities } from './tag-entities.js';
export type { Entity, EntityMention, EntityType, TagEntitiesOptions, TagEntitiesResult } from './types.js';
