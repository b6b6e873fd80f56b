import type { TextAnalysis } from '@newsparse/core';

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
  /** For a `nationality`: the country or region it belongs to ("Peruvian" → "Peru"). */
  country?: string;
  /** For a `nationality`: the id of that country's `place` entity, when the text names it. */
  countryId?: string;
  /**
   * For a `person`: the gender a title before one of its mentions ("Mrs. Ruiz") or its given
   * name ("Ana Ruiz") tells, where one does; left out when nothing tells it ("Jo Park", "Kim
   * Jong Un", "Ruiz" alone). It lets a later "she" find its antecedent (quote attribution).
   */
  gender?: 'female' | 'male';
}

/** What `mode: 'full'` reads of compromise's results: people, organisations and places, with offsets. */
export interface CompromiseMatches {
  /** The matches as JSON, each with its `offset` (`start`, `length`) in the text. */
  json(options: { offset: true }): unknown;
}

/** compromise's `nlp` function, as `mode: 'full'` calls it (`import nlp from 'compromise'`). */
export type CompromiseNlp = (text: string) => {
  /** The people compromise finds. */
  people(): CompromiseMatches;
  /** The organizations compromise finds. */
  organizations(): CompromiseMatches;
  /** The places compromise finds. */
  places(): CompromiseMatches;
};

/** Options for {@link tagEntities}. */
export interface TagEntitiesOptions {
  /**
   * Extra lexicon entries (a newsroom's own list of people or organizations): each exact,
   * whole-word occurrence is a mention of that type, and wins over the tagger's own reading.
   */
  lexicon?: Record<string, EntityType>;
  /**
   * `'fast'` (the default) uses compromise's lexicon (a table built from it, so compromise is
   * not loaded) and this package's own tagger only, without compromise's part-of-speech
   * tagging of the text. `'full'` also runs compromise's `nlp(text)`, given as `options.nlp`,
   * and adds the people, places and organizations it finds where the news tagger found
   * nothing (slower, rarely better).
   */
  mode?: 'fast' | 'full';
  /**
   * compromise's `nlp` function (`import nlp from 'compromise'`), which `mode: 'full'` runs
   * and requires. Passed in so that an app that never uses `'full'` never loads compromise.
   */
  nlp?: CompromiseNlp;
  /** Only return mentions of these types (for example `['person']` when only names are needed). */
  types?: EntityType[];
  /**
   * The text's analysis from `@newsparse/core`'s `analyzeText`, when the caller already has
   * one (`parseArticle` reads each text once for all its stages): its word tokens are reused
   * instead of reading the text again. It must be the analysis of exactly this text, else
   * `INVALID_OPTION`; the result is the same with or without it.
   */
  analysis?: TextAnalysis;
}

/** What {@link tagEntities} returns. */
export interface TagEntitiesResult {
  mentions: EntityMention[];
  entities: Entity[];
}
