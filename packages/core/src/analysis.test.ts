import { cpuMs, thrown } from '@newsparse/test-kit';
import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import fixtures from '../test/fixtures/words.json' with { type: 'json' };
import { NewsparseError, analyzeText, assertAnalysis, maskAnalysis, splitSentences, tokenizeWords } from './index.js';

describe('tokenizeWords fixtures', () => {
  it.each(fixtures)('$note', ({ input, expected }) => {
    expect(tokenizeWords(input).map((token) => token.text)).toEqual(expected);
  });
});

describe('tokenizeWords', () => {
  it('gives the lower-case key a word is looked up by', () => {
    const [title, name, verb] = tokenizeWords('Mr. Wang’s SAID');
    expect(title).toMatchObject({ text: 'Mr.', lower: 'mr', kind: 'word', cap: true });
    expect(name).toMatchObject({ text: 'Wang’s', lower: "wang's", start: 4, end: 10 });
    expect(verb).toMatchObject({ lower: 'said', cap: true });
  });

  it('tells a capital by its Unicode class on the words the pattern reads, ASCII or not', () => {
    const words = tokenizeWords('Élodie and émile met O’Neil, al-Assad, Łukasz and 3-D.');
    expect(words.filter((token) => token.kind === 'word').map((token) => [token.text, token.cap])).toEqual([
      ['Élodie', true], ['and', false], ['émile', false], ['met', false], ['O’Neil', true], ['al-Assad', false], ['Łukasz', true], ['and', false], ['3-D', false],
    ]);
  });

  it('ends a word at the end of the text, after it or after one mark', () => {
    expect(tokenizeWords('He left').map((token) => token.text)).toEqual(['He', 'left']);
    expect(tokenizeWords('He left.').map((token) => token.text)).toEqual(['He', 'left', '.']);
    expect(tokenizeWords('rock-').map((token) => token.text)).toEqual(['rock', '-']);
    expect(tokenizeWords('3,').map((token) => token.text)).toEqual(['3', ',']);
  });

  it('reads a word that the window cuts as its characters', () => {
    expect(tokenizeWords('Smith said', 0, 3).map((token) => token.text)).toEqual(['S', 'm', 'i']);
    expect(tokenizeWords('Mr. Smith', 0, 2).map((token) => token.text)).toEqual(['Mr']);
  });

  it('rejects what is not a string or an offset', () => {
    expect(thrown(NewsparseError, () => tokenizeWords(42 as unknown as string))).toBeInstanceOf(NewsparseError);
    expect(thrown(NewsparseError, () => tokenizeWords('a', Number.NaN))).toBeInstanceOf(NewsparseError);
  });
});

describe('analyzeText', () => {
  const text = 'Gov. Jane Doe spoke.\nShe left. “Yes,” he said.\n\nNew paragraph here.';

  it('holds both sentence splittings and the tokens of the text', () => {
    const analysis = analyzeText(text);
    expect(analysis.text).toBe(text);
    expect(analysis.sentences).toEqual(splitSentences(text));
    expect(analysis.lineSentences).toEqual(splitSentences(text, { lineBreaks: true }));
    expect(analysis.tokens).toEqual(tokenizeWords(text));
  });

  it('computes each part once and is frozen', () => {
    const analysis = analyzeText(text);
    expect(analysis.tokens).toBe(analysis.tokens);
    expect(analysis.sentences).toBe(analysis.sentences);
    expect(Object.isFrozen(analysis)).toBe(true);
    expect(Object.isFrozen(analysis.tokens)).toBe(true);
  });

  it('gives a window the tokens it would have alone', () => {
    const analysis = analyzeText(text);
    for (const [from, to] of [[0, 20], [5, 13], [6, 9], [0, 2], [21, 47], [30, 36], [49, text.length], [10, 10], [40, 5]] as const) {
      expect(analysis.tokensIn(from, to), `${from}-${to}`).toEqual(tokenizeWords(text, from, to));
    }
  });

  it('rejects what is not a string', () => {
    expect(thrown(NewsparseError, () => analyzeText(null as unknown as string))).toBeInstanceOf(NewsparseError);
  });
});

describe('assertAnalysis', () => {
  it('accepts the analysis of the same text and nothing else', () => {
    expect(() => assertAnalysis(analyzeText('Hi.'), 'Hi.', 'tagEntities')).not.toThrow();
    for (const wrong of [analyzeText('Ho.'), null, {}, 'Hi.', { text: 'Hi.' }]) {
      const error = thrown(NewsparseError, () => assertAnalysis(wrong, 'Hi.', 'tagEntities'));
      expect(error.code).toBe('INVALID_OPTION');
      expect(error.message).toMatch(/^tagEntities: options\.analysis/);
    }
  });
});

/** `text` blanked to spaces outside `ranges` (line breaks kept), as parseArticle masks a page. */
const mask = (text: string, ranges: readonly { start: number; end: number }[]): string => {
  let out = '';
  let at = 0;
  for (const range of ranges) {
    out += text.slice(at, range.start).replace(/[^\n]/g, ' ') + text.slice(range.start, range.end);
    at = range.end;
  }
  return out + text.slice(at).replace(/[^\n]/g, ' ');
};

describe('maskAnalysis', () => {
  const text = 'HEADLINE HERE\n\nBody one said “yes.”\n\nCaption\n\nBody two.';
  const ranges = [{ start: 15, end: 35 }, { start: 46, end: text.length }];

  it('is the analysis of the masked text, with the tokens taken over', () => {
    const masked = mask(text, ranges);
    const analysis = maskAnalysis(analyzeText(text), masked, ranges);
    expect(analysis.text).toBe(masked);
    expect(analysis.tokens).toEqual(tokenizeWords(masked));
    expect(analysis.sentences).toEqual(splitSentences(masked));
    expect(analysis.lineSentences).toEqual(splitSentences(masked, { lineBreaks: true }));
  });

  it('is the same analysis when nothing is masked', () => {
    const analysis = analyzeText(text);
    expect(maskAnalysis(analysis, text, [{ start: 0, end: text.length }])).toBe(analysis);
  });

  it('tokenizes the masked text itself when a range cuts a word', () => {
    const cut = [{ start: 3, end: 20 }];
    const masked = mask(text, cut);
    expect(maskAnalysis(analyzeText(text), masked, cut).tokens).toEqual(tokenizeWords(masked));
  });

  it('rejects a masked text that does not match the ranges', () => {
    const analysis = analyzeText(text);
    expect(thrown(NewsparseError, () => maskAnalysis(analysis, text.toUpperCase(), ranges))).toBeInstanceOf(NewsparseError);
    expect(thrown(NewsparseError, () => maskAnalysis(analysis, mask(text, ranges), [{ start: 0, end: 5 }]))).toBeInstanceOf(NewsparseError);
    expect(thrown(NewsparseError, () => maskAnalysis(analysis, 'short', ranges))).toBeInstanceOf(NewsparseError);
    expect(thrown(NewsparseError, () => maskAnalysis({} as never, text, ranges))).toBeInstanceOf(NewsparseError);
  });
});

const newsish = fc.string({
  unit: fc.constantFrom('a', 'B', 'é', '\u0301', ' ', '.', '-', '/', '&', "'", '’', '\n', '\u00a0', '\u200b', '"', '“', '”', '?', 'U.S.', 'Mr.', 'J.', '👍', '\ud83d', '7', 's'),
  maxLength: 200,
});
const anyText = fc.oneof(fc.string(), fc.string({ unit: 'binary' }), newsish);

describe('properties', () => {
  it('every token is the text at its offsets, and tokens come in order without overlap', () => {
    fc.assert(
      fc.property(anyText, (text) => {
        let previous = 0;
        for (const token of analyzeText(text).tokens) {
          expect(text.slice(token.start, token.end)).toBe(token.text);
          expect(token.start).toBeGreaterThanOrEqual(previous);
          expect(token.end).toBeGreaterThan(token.start);
          previous = token.end;
        }
      }),
      { numRuns: 400 },
    );
  });

  it('every sentence span is the text at its offsets', () => {
    fc.assert(
      fc.property(anyText, (text) => {
        const analysis = analyzeText(text);
        for (const span of [...analysis.sentences, ...analysis.lineSentences]) expect(text.slice(span.start, span.end)).toBe(span.text);
      }),
      { numRuns: 300 },
    );
  });

  it('a window of the analysis is the window tokenized alone', () => {
    fc.assert(
      fc.property(anyText, fc.nat(), fc.nat(), (text, a, b) => {
        const from = a % (text.length + 1);
        const to = b % (text.length + 1);
        expect(analyzeText(text).tokensIn(from, to)).toEqual(tokenizeWords(text, from, to));
      }),
      { numRuns: 500 },
    );
  });

  it('the analysis of a masked text is the masked text analysed', () => {
    fc.assert(
      fc.property(anyText, fc.array(fc.nat(), { maxLength: 6 }), (text, cuts) => {
        const points = [...new Set(cuts.map((cut) => cut % (text.length + 1)))].sort((x, y) => x - y);
        const ranges: { start: number; end: number }[] = [];
        for (let index = 0; index + 1 < points.length; index += 2) ranges.push({ start: points[index]!, end: points[index + 1]! });
        const masked = mask(text, ranges);
        const analysis = maskAnalysis(analyzeText(text), masked, ranges);
        expect(analysis.tokens).toEqual(tokenizeWords(masked));
      }),
      { numRuns: 500 },
    );
  });
});

describe('linear time', () => {
  it('analysing 4× the text takes about 4× the time', { retry: 2 }, () => {
    const unit = 'Mr. Wang’s AT&T said “U.S. growth — 3.5% — slowed.”\n\nJ. Doe-Smith, 24/7 👍 ';
    const read = (text: string): void => {
      const analysis = analyzeText(text);
      void analysis.sentences;
      void analysis.lineSentences;
      // Windows as the quote stage asks for them: every sentence.
      for (const sentence of analysis.lineSentences) analysis.tokensIn(sentence.start, sentence.end);
    };
    const small = unit.repeat(2_000);
    const large = unit.repeat(8_000);
    let smallTime = Infinity;
    let largeTime = Infinity;
    for (let round = 0; round < 3; round++) {
      smallTime = Math.min(smallTime, cpuMs(() => read(small)));
      largeTime = Math.min(largeTime, cpuMs(() => read(large)));
    }
    expect(largeTime / Math.max(smallTime, 50), `${smallTime.toFixed(1)} → ${largeTime.toFixed(1)} ms`).toBeLessThanOrEqual(6);
  });
});
