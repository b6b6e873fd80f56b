import { describe, expect, it } from 'vitest';
import { tagEntities } from '../src/index.js';

/** Each person entity's name and gender (null where nothing tells it). */
const genders = (text: string): Record<string, string | null> =>
  Object.fromEntries(tagEntities(text).entities.filter((entity) => entity.type === 'person').map((entity) => [entity.name, entity.gender ?? null]));

describe('gender of people', () => {
  it("takes a given name's gender from core's and compromise's lists", () => {
    expect(genders('Brianna Holt stood beside Dale Moran at the harbour. Mayor Ana Ruiz joined them.')).toEqual({
      'Brianna Holt': 'female',
      'Dale Moran': 'male',
      'Ana Ruiz': 'female',
    });
  });

  it('lets a title before any mention decide, before the given name', () => {
    expect(genders('Jordan Pike chaired the hearing. Ms. Pike then adjourned it, and Mr. Lee Marsh left.')).toEqual({ 'Jordan Pike': 'female', 'Lee Marsh': 'male' });
  });

  it('reads no gender from a family name written first, a surname alone, or a word that ends the sentence before', () => {
    expect(genders('Kim Jong Un met envoys in the capital on Monday.')).toEqual({ 'Kim Jong Un': null });
    expect(genders('The reward went to her son. Imogen Vale declined to comment.')).toEqual({ 'Imogen Vale': null });
  });

  it('reads no gender from a given name both men and women bear, whatever a list says', () => {
    expect(genders('Lindsey Marsh and Dana Fields voted against the plan.')).toEqual({ 'Lindsey Marsh': null, 'Dana Fields': null });
  });

  it("reads no gender from a family name with its particle in front ('Dela' is no given name there)", () => {
    expect(genders('Senator Dela Rosa left the hearing early. Officials said the vote was delayed.')).toEqual({ 'Dela Rosa': null });
  });
});
