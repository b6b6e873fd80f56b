import { readFileSync } from 'node:fs';
import { describe, expect, it } from 'vitest';
import { gazetteerModule } from '../scripts/build-gazetteer.js';

// The gazetteer reads capitals, cities and compromise's lexicon from a table generated at build
// time; it must be what the script computes from the committed sources today.
describe('gazetteer.generated.ts', () => {
  it('matches scripts/build-gazetteer.ts run on the current sources (rerun the script if not)', () => {
    const committed = readFileSync(new URL('../src/data/gazetteer.generated.ts', import.meta.url), 'utf8');
    expect(committed === gazetteerModule()).toBe(true);
  });
});
