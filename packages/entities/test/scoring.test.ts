import { describe, expect, it } from 'vitest';
import { documentFacts, findCandidates } from '../src/candidates.js';
import { candidateFeatures, F, FAMILY_NAMES, LABELS, parseWeights, scoreCandidate } from '../src/features.js';
import { gazetteer } from '../src/lexicon.js';
import { WEIGHTS } from '../src/model.generated.js';
import { tokenize } from '../src/tokenize.js';

// The scorer looks each feature up by its family's number; training reads the same features
// as strings ("w=lima", "p2=the said"). Both must give the same weights.
describe('scoreCandidate', () => {
  it('sums the weights of the features that training reads as strings', () => {
    const text = 'Mayor Ines Harrow of Dunmore told the Kelso Valley Trust on Monday that Harrow would visit Lima.\nSTORM HITS COAST';
    const tokens = tokenize(text);
    const gaz = gazetteer();
    const facts = documentFacts(tokens);
    const model = parseWeights(WEIGHTS);
    const candidates = findCandidates(text, tokens, gaz, facts);
    expect(candidates.length).toBeGreaterThan(3);
    for (const candidate of candidates) {
      const expected = new Float32Array(LABELS.length);
      for (const feature of candidateFeatures(candidate, tokens, gaz, facts)) {
        const weights = model.get(feature);
        if (weights) for (let index = 0; index < LABELS.length; index++) expected[index]! += weights[index]!;
      }
      expect(Array.from(scoreCandidate(model, candidate, tokens, gaz, facts))).toEqual(Array.from(expected));
    }
  });

  it('numbers each family by its place in the list of names', () => {
    FAMILY_NAMES.forEach((name, id) => expect(F[name]).toBe(id));
    expect(Object.keys(F)).toHaveLength(FAMILY_NAMES.length);
  });

  it('sends each family with its own values', () => {
    const text = 'Officials said Ines Harrow of Dunmore would speak.';
    const tokens = tokenize(text);
    const gaz = gazetteer();
    const facts = documentFacts(tokens);
    const candidate = findCandidates(text, tokens, gaz, facts).find((item) => item.words.join(' ') === 'Ines Harrow')!;
    const features = candidateFeatures(candidate, tokens, gaz, facts);
    expect(features).toEqual(expect.arrayContaining(['b', 'n=2', 'w=ines', 'w=harrow', 'f=ines', 'l=harrow', 'p=said', 'nx=of', 'p2=officials said', 'nx2=of dunmore']));
  });
});
