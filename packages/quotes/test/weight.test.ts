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

  // The locales entry (German, French, Spanish rules) shares a chunk with the main entry: a
  // value import from an English rule file (attribution.ts once lent it `span`) put the English
  // lexicon and attribution rules into that chunk, and so into every app that reads German.
  const built = (file: string): string => {
    const code = readFileSync(new URL(`../dist/${file}`, import.meta.url), 'utf8');
    const chunks = [...code.matchAll(/from\s*["'](\.\/chunk-[\w-]+\.js)["']/g)].map((match) => built(match[1]!.slice(2)));
    return [code, ...chunks].join('\n');
  };
  it.skipIf(!existsSync(new URL('../dist/locales.js', import.meta.url)))('dist/locales.js carries no English lexicon', () => {
    // "councilwoman" is one of the English role nouns: the main entry must have it, the locales entry not.
    expect(built('index.js')).toContain('"councilwoman"');
    expect(built('locales.js')).not.toContain('"councilwoman"');
  });

  // The English word lists share most of their words, and deflate finds a repeat only within
  // 32 KB: the build must emit them side by side, before the rules (extract-quotes.ts imports
  // them first), which keeps the main entry about 560 bytes smaller gzipped.
  it.skipIf(!existsSync(new URL('../dist/index.js', import.meta.url)))('dist/index.js holds the English word lists before the rules', () => {
    const code = readFileSync(new URL('../dist/index.js', import.meta.url), 'utf8');
    const lists = [...code.matchAll(/^\/\/ src\/locales\/en\/[\w-]+\.ts$/gm)].map((match) => match.index);
    const rules = code.indexOf('\n// src/attribution.ts\n');
    expect(lists.length).toBeGreaterThanOrEqual(2);
    expect(rules).toBeGreaterThan(0);
    expect(Math.max(...lists)).toBeLessThan(rules);
  });
});
