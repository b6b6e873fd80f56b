import { describe, expect, it } from 'vitest';
import { tagEntities } from '../src/index.js';

// Text that names nobody: nothing may come back.
const negatives = [
  '',
  '   \n\n  ',
  'The president said the minister would resign on Monday.',
  'Experts said the economy grew.',
  'During the visit, officials discussed trade.',
  'Published: Jun 27, 2024 08:43 PM',
  'One of the goals is to promote growth.',
  'Specifically, it will lead to important outcomes.',
  'I think it will rain in the morning.',
  '1234 5678 !!! ??? ... --- ***',
  // A pronoun or determiner opening a sentence is no body, whatever a company would do next.
  'The firm makes chairs. It said its profit rose. It reported a loss a year ago.',
  'Those hired last year said their profit share rose.',
];

describe('negative cases', () => {
  for (const text of negatives) {
    it(JSON.stringify(text.slice(0, 40)), () => {
      expect(tagEntities(text).mentions).toEqual([]);
    });
  }
});

// A given name that is also a place, before a school's, street's or body's word, opens no person's name.
describe('given names before ordinary words', () => {
  for (const text of ['Georgia Tech beat Virginia Tech.', 'Florence Nightingale Hospital opened a ward.', 'The bus stops at 42 N. Denver before noon.', 'The bakery on Austin Place shut.', 'Fans saw Georgia Southern lose at home.']) {
    it(text, () => {
      expect(tagEntities(text).mentions.filter((mention) => mention.type === 'person')).toEqual([]);
    });
  }
});
