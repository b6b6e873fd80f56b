import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
// The writer is a build script; its round trip is what the generated lists rely on.
import { packNames } from '../scripts/front-code.mjs';
import { unpackNames } from './front-coding.js';

describe('unpackNames', () => {
  it('reads a front-coded list back', () => {
    expect(unpackNames('0abel1da2am')).toEqual(['abel', 'ada', 'adam']);
    expect(unpackNames('')).toEqual([]);
  });

  it('gives back any sorted list of words without digits', () => {
    fc.assert(
      fc.property(fc.array(fc.string({ minLength: 1 }).filter((word) => !/\d/.test(word))), (words) => {
        const sorted = [...words].sort();
        expect(unpackNames(packNames(sorted))).toEqual(sorted);
      }),
    );
  });
});
