import { tagEntities } from '@newsparse/entities';
import { describe, expect, it } from 'vitest';
import { extractQuotes } from '../src/index.js';

const speakers = (text: string): Array<string | null> => extractQuotes(text, { entities: tagEntities }).map((quote) => quote.speaker?.name ?? null);

describe("pronouns agree with the entity tagger's genders", () => {
  it('"she" passes over a man named after the woman it goes back to', () => {
    expect(speakers('Brianna Holt led the search. Dale Moran drove the boat. “We will find them,” she said.')).toEqual(['Brianna Holt']);
  });

  it('"he" passes over a woman named after the man it goes back to', () => {
    expect(speakers('Dale Moran led the search. Brianna Holt drove the boat. “We will find them,” he said.')).toEqual(['Dale Moran']);
  });
});
