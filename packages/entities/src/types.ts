/** What an entity is. */
export type EntityType = 'person' | 'organization' | 'place' | 'nationality' | 'event' | 'other';

/** One mention of an entity in the text. */
export interface EntityMention {
  text: string;
  start: number;
  end: number;
  type: EntityType;
  /** The {@link Entity.id} this mention refers to. */
  entityId: string;
}

/** An entity with all its mentions grouped: "Wang" and "Wang Youming" are one entity. */
export interface Entity {
  id: string;
  type: EntityType;
  /** The canonical, fullest form of the name. */
  name: string;
  /** Other spellings used in the text. */
  aliases: string[];
  /** How many mentions refer to it. */
  mentions: number;
}

/** Options for {@link tagEntities}. */
export interface TagEntitiesOptions {
  /** Extra lexicon entries (a newsroom's own list of people or organizations). */
  lexicon?: Record<string, EntityType>;
}

/** What {@link tagEntities} returns. */
export interface TagEntitiesResult {
  mentions: EntityMention[];
  entities: Entity[];
}
