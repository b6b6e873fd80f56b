import { existsSync, readFileSync } from 'node:fs';
import { describe, expect, it } from 'vitest';

// The package must not carry the entity tagger and its model (about 340 KB gzipped): the
// caller passes it as options.entities. Type imports are erased from the build; a value
// import of @newsparse/entities would put it back. `node tools/bench/weight.mjs quotes`
// measures the bundle itself.
describe('weight', () => {
  for (const file of ['index.js', 'index.cjs']) {
    const built = new URL(`../dist/${file}`, import.meta.url);
    it.skipIf(!existsSync(built))(`dist/${file} loads nothing from @newsparse/entities`, () => {
      const code = readFileSync(built, 'utf8');
      expect(code).not.toMatch(/from\s*['"]@newsparse\/entities['"]|require\(\s*['"]@newsparse\/entities['"]\s*\)/);
    });
  }
});
