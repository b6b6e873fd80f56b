import { describe, expect, it } from 'vitest';
import { extractQuotes } from '../src/index.js';

const speakers = (text: string): Array<string | null> => extractQuotes(text).map((quote) => quote.speaker?.mention.text ?? null);

describe('colon labels', () => {
  it("reads a section label opened by an article as no speaker ('THE OUTLOOK:', 'The Bigger Picture:')", () => {
    const text = 'THE OUTLOOK: Ferry traffic slows every winter across the bay.\n\nThe Bigger Picture: Ferry operators have added routes across the bay.';
    expect(speakers(text)).toEqual([]);
  });

  it("keeps a transcript's role after an article as the speaker ('THE PRESIDENT:')", () => {
    const text = 'THE PRESIDENT: Good afternoon, everyone. Thank you for coming.\n\nMAYOR VOSS: We will reopen the pier next week.';
    expect(speakers(text)).toEqual(['THE PRESIDENT', 'MAYOR VOSS']);
  });
});
