// Adapter: @newsparse/entities → score-ner.mjs's shape (PER/LOC/ORG/MISC).
import { tagEntities } from '@newsparse/entities';

const TYPES = { person: 'PER', place: 'LOC', organization: 'ORG', nationality: 'MISC', event: 'MISC', other: 'MISC' };

export function entities(text) {
  return tagEntities(text).mentions.map((mention) => ({
    start: mention.start,
    end: mention.end,
    text: mention.text,
    type: TYPES[mention.type],
  }));
}
