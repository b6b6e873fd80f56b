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

  it("reads a label in capitals that names no one and never comes back as no speaker ('SHARE ACTION:', 'WHAT'S NEXT:')", () => {
    const text = 'SHARE ACTION: Donors gave more to the shelter than anyone expected.\n\nWHAT\u2019S NEXT: \u201cThe council votes on the budget in May.\u201d';
    expect(speakers(text)).toEqual([null]);
  });

  it('keeps a transcript speaker in capitals whose name comes back (\'JAKE MORROW:\' then \'MORROW:\')', () => {
    const text = 'JAKE MORROW: Good evening and welcome to the show.\n\nLENA OKAFOR: Thanks for having me on tonight.\n\nMORROW: Let us begin with the budget.\n\nOKAFOR: Sure, the numbers are grim.';
    expect(speakers(text)).toEqual(['JAKE MORROW', 'LENA OKAFOR', 'MORROW', 'OKAFOR']);
  });

  it("reads a text's only label, one word in capitals that never comes back, as no speaker ('KELMORE:' a dateline, 'DEMAND:' a kicker)", () => {
    expect(speakers('KELMORE: The district police chief said the hill roads were closed after the storm.')).toEqual(['The district police chief']);
    expect(speakers('DEMAND: Traders want lower taxes on imported tea.\n\nThe tea board will meet on Monday.')).toEqual([]);
  });

  it("keeps a one-word transcript speaker in capitals whose name comes back ('VOSS:')", () => {
    const text = 'Mayor Anna Voss spoke to the radio host.\n\nVOSS: We will reopen the pier next week.';
    expect(speakers(text)).toEqual(['VOSS']);
  });
});
