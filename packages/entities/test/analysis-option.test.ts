import { readFileSync } from 'node:fs';
import { analyzeText, NewsparseError } from '@newsparse/core';
import { thrown } from '@newsparse/test-kit';
import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import cases from './fixtures/cases.json' with { type: 'json' };
import { tagEntities } from '../src/index.js';
import { tokenize } from '../src/tokenize.js';

const story = readFileSync(new URL('./fixtures/global-times-china-peru.txt', import.meta.url), 'utf8');

// Characters where the two tokenizers part: possessives, marks, dotted initials, joiners, odd spaces.
const tricky = fc.string({
  unit: fc.constantFrom('a', 'B', 'Wang', 'é', 'e\u0301', '\u0301', ' ', '\n', '.', '-', '/', '&', "'", '’', "'s", '’S', 'U.S.', 'Mr.', 'J.', '\u00a0', '\u200b', '\u2028', '\u3000', '\u000b', '👍', '\ud83d', '3', 'AT&T', '“', '”', '\u24b6', '\u0085', '\u1680', '\u2029', '\u000c', '\udc00', ',', '000'),
  maxLength: 120,
});

describe('options.analysis (the text read once for every stage)', () => {
  it('gives the same tokens as reading the text alone, on any string', () => {
    fc.assert(
      fc.property(fc.oneof(fc.string(), fc.string({ unit: 'binary' }), tricky), (text) => {
        expect(tokenize(text, analyzeText(text))).toEqual(tokenize(text));
      }),
      // ("0,000": the analysis reads a number's thousands comma inside one word, this tokenizer does not.)
      { numRuns: 1000, examples: [['0,000'], ['1,500 people']] },
    );
  });

  // ("l'AFP": the tokenizer reads a lower-case elided article before a capital as a word of its own.)
  const splitElided = (index: number, word: string): Array<[number, string]> => {
    const elided = /^(?:[cjlmnst]|qu|jusqu|lorsqu|puisqu)['\u2019](?=\p{Lu})/u.exec(word);
    return elided ? [[index, elided[0]], [index + elided[0].length, word.slice(elided[0].length)]] : [[index, word]];
  };

  it('reads the same spans as the token pattern alone (the ASCII word shortcut included), on any string', () => {
    // The pattern as tokenize.ts writes it: the shortcuts for plain words must agree with it.
    const pattern = /(?:\p{L}\.){2,}|[\p{L}\p{N}](?:[\p{L}\p{M}\p{N}]|['\u2019](?=\p{L})(?![sS](?![\p{L}\p{N}]))|[-.&](?=[\p{L}\p{N}]))*|['\u2019][sS](?![\p{L}\p{N}])|\S/gu;
    fc.assert(
      fc.property(fc.oneof(fc.string(), tricky), (text) => {
        const spans = [...text.matchAll(pattern)].flatMap((match) => splitElided(match.index, match[0]));
        expect(tokenize(text).map((token) => [token.start, token.text])).toEqual(spans);
      }),
      { numRuns: 1000 },
    );
  });

  it('reads ASCII marks one by one, as the pattern does', () => {
    const text = 'Mira (a clerk) said: "no -- 4.5%, ok?" & left; `x` ~y.\n-7 & #tag';
    const pattern = /(?:\p{L}\.){2,}|[\p{L}\p{N}](?:[\p{L}\p{M}\p{N}]|['\u2019](?=\p{L})(?![sS](?![\p{L}\p{N}]))|[-.&](?=[\p{L}\p{N}]))*|['\u2019][sS](?![\p{L}\p{N}])|\S/gu;
    expect(tokenize(text).map((token) => [token.start, token.text])).toEqual([...text.matchAll(pattern)].map((match) => [match.index, match[0]]));
    expect(tokenize('(Ana),').map((token) => token.text)).toEqual(['(', 'Ana', ')', ',']);
  });

  it('keeps the lower case of ASCII words with and without capitals', () => {
    const tokens = tokenize('Ola’s dog won’t BARK at iPads, 3M or rain.');
    expect(tokens.map((token) => token.lower)).toEqual(['ola', '’s', 'dog', 'won’t', 'bark', 'at', 'ipads', ',', '3m', 'or', 'rain', '.']);
    expect(tokens.map((token) => token.key)).toEqual(['ola', '’s', 'dog', "won't", 'bark', 'at', 'ipads', ',', '3m', 'or', 'rain', '.']);
  });

  it('gives the same entities', () => {
    expect(tagEntities(story, { analysis: analyzeText(story) })).toEqual(tagEntities(story));
    for (const { input } of cases as Array<{ input: string }>) expect(tagEntities(input, { analysis: analyzeText(input) })).toEqual(tagEntities(input));
  });

  it('refuses an analysis of another text, or something else', () => {
    for (const analysis of [analyzeText(story.slice(1)), null, 42, {}, { text: story }]) {
      const error = thrown(NewsparseError, () => tagEntities(story, { analysis: analysis as never }));
      expect(error.code).toBe('INVALID_OPTION');
      expect(error.message).toMatch(/^tagEntities: options\.analysis/);
    }
  });
});
