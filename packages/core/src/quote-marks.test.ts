import { describe, expect, it } from 'vitest';
import { findQuotations, scanQuoteMarks } from './quote-marks.js';

const contents = (text: string): string[] => findQuotations(text).map((quote) => quote.content.text);

describe('findQuotations', () => {
  it('pairs curly quotes around a split quote', () => {
    expect(contents('“It works,” he said, “really.”')).toEqual(['It works,', 'really.']);
  });

  it('pairs straight quotes', () => {
    expect(contents('"From a long-term perspective, yes," the former envoy said.')).toEqual([
      'From a long-term perspective, yes,',
    ]);
  });

  it('opens a straight mark at the start of a line even when a space follows it', () => {
    const text = 'Sales rose.\n\n" Asia went positive this quarter," the finance chief said.';
    expect(contents(text)).toEqual(['Asia went positive this quarter,']);
  });

  it("reads NYT doubled apostrophes and Penn Treebank backticks", () => {
    expect(contents("''Swaps are tricky,'' he said.")).toEqual(['Swaps are tricky,']);
    expect(contents('``It is over,\'\' she said.')).toEqual(['It is over,']);
  });

  it('reads guillemets and mixed straight and curly marks', () => {
    expect(contents('« Bonjour », dit-il. "Mixed”')).toEqual(['Bonjour', 'Mixed']);
  });

  it('keeps apostrophes out and pairs single quotes', () => {
    expect(contents("Don't touch the players’ ball. He called it ‘a disaster’ today.")).toEqual(['a disaster']);
  });

  it('closes a single mark glued to a capital after a comma, "!" or "?"', () => {
    expect(contents('‘He is not,’Mangwana told the paper. ‘Stop!’Police shouted. The players’ union,’Twas said.')).toEqual(['He is not,', 'Stop!']);
  });

  it('joins a quotation that runs over paragraphs', () => {
    const text = '“First paragraph goes on.\n\n“Second paragraph ends,” she said.';
    const [quote] = findQuotations(text);
    expect(quote?.parts.map((part) => part.text)).toEqual(['First paragraph goes on.', 'Second paragraph ends,']);
    expect(quote?.close?.mark).toBe('”');
  });

  it('closes a stray mark at the end of its paragraph', () => {
    const text = 'He said “oops and never closed.\n\nNext paragraph has “a quote” here.';
    const quotes = findQuotations(text);
    expect(quotes.map((quote) => quote.content.text)).toEqual(['oops and never closed.', 'a quote']);
    expect(quotes[0]?.close).toBeNull();
  });

  it('classifies mark roles', () => {
    expect(scanQuoteMarks('say "hi" now').map((mark) => mark.role)).toEqual(['open', 'close']);
  });
});
