import { assertText, isNameAlias, normalizeName, stripPossessive } from '@newsparse/core';
import nlp from 'compromise';
import type { Entity, EntityMention, EntityType, TagEntitiesOptions, TagEntitiesResult } from './types.js';

interface OffsetJson {
  text: string;
  offset: { start: number; length: number };
}

/**
 * Tags people, organizations and places in news text and groups their mentions.
 * First implementation: compromise's own tagger. Issue #4 builds the news tagger.
 *
 * @example
 * tagEntities('Dina Boluarte visited China. Boluarte met Xi.').entities.map((entity) => entity.name)
 * //=> ['Dina Boluarte', 'China', ...]
 */
export function tagEntities(text: string, options: TagEntitiesOptions = {}): TagEntitiesResult {
  assertText(text, 'tagEntities');
  const document = nlp(text);
  const found: Array<{ start: number; end: number; type: EntityType }> = [];
  const collect = (view: { json: (options: object) => unknown }, type: EntityType): void => {
    for (const item of view.json({ offset: true }) as OffsetJson[]) {
      let start = item.offset.start;
      let end = start + item.offset.length;
      // compromise's offsets include trailing punctuation and possessives.
      let surface = text.slice(start, end);
      const trimmed = stripPossessive(surface.replace(/[\s.,;:!?)"”’]+$/u, ''));
      end = start + trimmed.length;
      surface = text.slice(start, end);
      const lead = surface.length - surface.trimStart().length;
      start += lead;
      if (end > start) found.push({ start, end, type });
    }
  };
  collect(document.people(), 'person');
  collect(document.organizations(), 'organization');
  collect(document.places(), 'place');
  for (const [entry, type] of Object.entries(options.lexicon ?? {})) {
    let from = text.indexOf(entry);
    while (from !== -1) {
      found.push({ start: from, end: from + entry.length, type });
      from = text.indexOf(entry, from + entry.length);
    }
  }
  found.sort((a, b) => a.start - b.start || b.end - a.end);
  const entities: Entity[] = [];
  const mentions: EntityMention[] = [];
  let lastEnd = -1;
  for (const item of found) {
    if (item.start < lastEnd) continue;
    lastEnd = item.end;
    const surface = text.slice(item.start, item.end);
    let entity = entities.find(
      (candidate) => candidate.type === item.type &&
        (normalizeName(candidate.name) === normalizeName(surface) || isNameAlias(surface, candidate.name)),
    );
    if (!entity) {
      entity = { id: `e${entities.length + 1}`, type: item.type, name: surface, aliases: [], mentions: 0 };
      entities.push(entity);
    } else if (entity.name !== surface && !entity.aliases.includes(surface)) {
      entity.aliases.push(surface);
    }
    entity.mentions++;
    mentions.push({ text: surface, start: item.start, end: item.end, type: item.type, entityId: entity.id });
  }
  return { mentions, entities };
}
