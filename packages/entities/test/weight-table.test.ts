import { describe, expect, it } from 'vitest';
import { encodeWeightTable } from '../scripts/weight-table.js';
import { parseWeights } from '../src/features.js';

// The model ships in hundredths with empty zeros (scripts/weight-table.ts); read back, every
// weight must be the float the two-decimal table gave.
describe('weight table encoding', () => {
  const lines = ['b\t1,0,-0.5,0,0', 'capIn\t3.65,1.74,0.97,0.3,-6.67', 'p2=of the\t0.29,-0.01,0,0,0.07', 'w=paris\t0,2.25,0,0,0', 'w=\t0,0,0,0,1'];
  const model = parseWeights(encodeWeightTable(lines));

  it('reads back every weight of every feature', () => {
    expect(model.size).toBe(lines.length);
    for (const line of lines) {
      const [feature, weights] = line.split('\t') as [string, string];
      expect([...model.get(feature)!]).toEqual(weights.split(',').map((weight) => Math.fround(Number(weight))));
    }
  });

  it('has no row for a feature it was not given', () => {
    expect(model.get('w=london')).toBeUndefined();
    expect(model.get('p2=of a')).toBeUndefined();
  });

  it('refuses a weight with more than two decimals', () => {
    expect(() => encodeWeightTable(['b\t0.125'])).toThrow(/two decimals/);
  });
});
