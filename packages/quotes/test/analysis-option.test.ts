import { readFileSync } from 'node:fs';
import { analyzeText, NewsparseError } from '@newsparse/core';
import { thrown } from '@newsparse/test-kit';
import { describe, expect, it } from 'vitest';
import languages from './fixtures/languages.json' with { type: 'json' };
import { analyzeQuotes, extractQuotes } from '../src/index.js';

const story = readFileSync(new URL('./fixtures/global-times-china-peru.txt', import.meta.url), 'utf8');

describe('options.analysis (the text read once for every stage)', () => {
  it('gives the same quotes as reading the text here', () => {
    expect(extractQuotes(story, { analysis: analyzeText(story) })).toEqual(extractQuotes(story));
    expect(extractQuotes(story, { analysis: analyzeText(story), reported: false })).toEqual(extractQuotes(story, { reported: false }));
  });

  it('serves the other languages’ rules too', () => {
    for (const { input } of languages as Array<{ input: string }>) {
      expect(analyzeQuotes(input, { analysis: analyzeText(input) })).toEqual(analyzeQuotes(input));
    }
  });

  it('refuses an analysis of another text, or something else', () => {
    for (const analysis of [analyzeText(`${story} `), analyzeText(''), null, {}, 'text', { text: story }]) {
      const error = thrown(NewsparseError, () => extractQuotes(story, { analysis: analysis as never }));
      expect(error.code).toBe('INVALID_OPTION');
      expect(error.message).toMatch(/^extractQuotes: options\.analysis/);
    }
  });
});
