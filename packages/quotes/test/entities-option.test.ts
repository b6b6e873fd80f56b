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

  it("names a speaker linked to a headline's run of capitalised words after the person named before whose surname it is", () => {
    const text = 'Mensah Defends Ghana Port Plan\n\nTransport Minister Kwame Mensah toured the harbour on Sunday.\n\n“The port will reopen by winter,” Minister Mensah said.';
    const at = (name: string, from = 0): { start: number; end: number } => ({ start: text.indexOf(name, from), end: text.indexOf(name, from) + name.length });
    // A tagger that read the headline's first words as a person and linked the later surname to it.
    const entities: TagEntitiesResult = {
      mentions: [
        { text: 'Mensah Defends Ghana', ...at('Mensah Defends Ghana'), type: 'person', entityId: 'e1' },
        { text: 'Kwame Mensah', ...at('Kwame Mensah'), type: 'person', entityId: 'e2' },
        { text: 'Mensah', ...at('Mensah', text.indexOf('Minister Mensah')), type: 'person', entityId: 'e1' },
      ],
      entities: [
        { id: 'e1', type: 'person', name: 'Mensah Defends Ghana', aliases: ['Mensah'], mentions: 2 },
        { id: 'e2', type: 'person', name: 'Kwame Mensah', aliases: [], mentions: 1 },
      ],
    };
    expect(extractQuotes(text, { entities })[0]?.speaker).toMatchObject({ name: 'Kwame Mensah', entityId: 'e2' });
  });
});
