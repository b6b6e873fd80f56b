import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { extractQuotes } from '../src/index.js';
import { summarizeSources } from '../src/sources.js';

const NO_ENTITIES = { mentions: [], entities: [] };
const newsish = fc.string({
  unit: fc.constantFrom('a', 'B', ' ', '.', ',', ':', '\n', '\n\n', '"', '“', '”', '‘', '’', "'", "''", '``', '«', '»', '?', 'said', ' he', 'Wang', 'U.S.', 'Mr.', 'the former envoy', 'according to', 'that', '—', '\r'),
  maxLength: 300,
});

const valid = (text: string, span: { text: string; start: number; end: number }): boolean =>
  Number.isInteger(span.start) && Number.isInteger(span.end) && span.start >= 0 && span.start <= span.end && span.end <= text.length && text.slice(span.start, span.end) === span.text;

describe('properties', () => {
  it('never throws and gives valid spans on any string, unbalanced marks included', () => {
    fc.assert(
      fc.property(fc.oneof(fc.string(), fc.string({ unit: 'binary' }), newsish), (text) => {
        const quotes = extractQuotes(text, { entities: NO_ENTITIES });
        for (const quote of quotes) {
          expect(valid(text, quote)).toBe(true);
          if (quote.speaker) expect(valid(text, quote.speaker.mention)).toBe(true);
          if (quote.cue) expect(valid(text, quote.cue)).toBe(true);
          if (quote.clause) expect(valid(text, quote.clause)).toBe(true);
          for (const part of quote.parts ?? []) expect(valid(text, part)).toBe(true);
          expect(['direct', 'partial', 'indirect']).toContain(quote.kind);
        }
        summarizeSources(quotes);
      }),
      { numRuns: 400 },
    );
  });

  it('runs in linear time on 1 MB of news-like and adversarial text', () => {
    const unit = `“We will win,” he said. The “Gang” met; Wang said that it was fine. ''Yes,'' said Mr. Smith, a doctor, “and no. \n\n“Stray, according to the former envoy, who told reporters: "open `;
    const small = unit.repeat(Math.ceil(64_000 / unit.length));
    const large = unit.repeat(Math.ceil(1_024_000 / unit.length));
    const time = (text: string): number => {
      const start = performance.now();
      extractQuotes(text, { entities: NO_ENTITIES });
      return performance.now() - start;
    };
    time(small);
    const smallTime = Math.max(time(small), 1);
    const largeTime = time(large);
    // 16× the input may take at most ~4× its share of time: a guard against quadratic blow-ups.
    expect(largeTime).toBeLessThan(smallTime * 16 * 4 + 1000);
  });

  it('stays linear on one huge line of quotes without line breaks', () => {
    const unit = '"a" "b c" said X, ';
    const time = (text: string): number => {
      const start = performance.now();
      extractQuotes(text, { entities: NO_ENTITIES });
      return performance.now() - start;
    };
    const small = unit.repeat(4_000);
    const large = unit.repeat(60_000);
    time(small);
    const smallTime = Math.max(time(small), 1);
    // Relative to the same machine a moment earlier, so a loaded CI cannot fail it:
    // 15× the input may take at most ~4× its share of time.
    expect(time(large)).toBeLessThan(smallTime * 15 * 4 + 1000);
  });
});
