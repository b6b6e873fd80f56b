import { NewsparseError } from '@newsparse/core';
import { tagEntities, type TagEntitiesResult } from '@newsparse/entities';
import { describe, expect, it } from 'vitest';
import { extractQuotes } from '../src/index.js';

const STORY = [
  'Maria Lopez, a former ambassador to Chile, arrived on Monday.',
  '“The talks went well,” the former envoy said.',
  '“We are ready,” Wang said.',
].join('\n\n');

describe('the entities option', () => {
  it('without it, names speakers from the attributions only: no one the story just mentions', () => {
    const speakers = extractQuotes(STORY).map((quote) => quote.speaker?.name ?? null);
    expect(speakers).toContain('Wang');
    expect(speakers.every((name) => name !== 'Maria Lopez')).toBe(true);
  });

  it('takes the tagger itself, with the same result as its output for the text', () => {
    const withTagger = extractQuotes(STORY, { entities: tagEntities });
    expect(withTagger).toEqual(extractQuotes(STORY, { entities: tagEntities(STORY) }));
    // The tagger names "the former envoy" through the description the story gave her.
    expect(withTagger.map((quote) => quote.speaker?.name)).toContain('Maria Lopez');
  });

  it('calls the tagger only when some quote has a speaker to name', () => {
    let calls = 0;
    const counting = (text: string): TagEntitiesResult => {
      calls++;
      return tagEntities(text);
    };
    extractQuotes('No quotes here, only a plain sentence about the weather in Lima.', { entities: counting });
    expect(calls).toBe(0);
    extractQuotes(STORY, { entities: counting });
    expect(calls).toBe(1);
  });

  it('rejects what a tagger returns when it is not an entity result of the text', () => {
    const broken = (): TagEntitiesResult => ({ mentions: [{ text: 'Wang', start: 0, end: 10_000, type: 'person', entityId: 'e1' }], entities: [] });
    expect(() => extractQuotes(STORY, { entities: broken })).toThrow(NewsparseError);
    expect(() => extractQuotes(STORY, { entities: (() => null) as never })).toThrow(/entities must be a tagEntities result/);
  });
});
