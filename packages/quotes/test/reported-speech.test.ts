import { readFileSync } from 'node:fs';
import { describe, expect, it } from 'vitest';
import { extractQuotes, type Quote } from './with-entity-tagger.js';

interface Brief {
  text: string;
  kind: string;
  speaker: string | null;
  cue: string | null;
  clause?: string;
  /** The pieces of a content split by its attribution ("The plan, officials said, would …"). */
  parts?: string[];
}

interface Case {
  note: string;
  input: string;
  /** Everything extractQuotes returns, in order. */
  expected?: Brief[];
  /** Quotes that must be among the results. */
  contains?: Brief[];
}

// Hand-written sentences, one per reported-speech convention (PolNeAR's content spans).
const cases = JSON.parse(readFileSync(new URL('./fixtures/reported-speech.json', import.meta.url), 'utf8')) as Case[];

const NO_ENTITIES = { mentions: [], entities: [] };

const brief = (quote: Quote): Brief => {
  const shape: Brief = { text: quote.text, kind: quote.kind, speaker: quote.speaker?.mention.text ?? null, cue: quote.cue?.text ?? null };
  if (quote.clause) shape.clause = quote.clause.text;
  if (quote.parts) shape.parts = quote.parts.map((part) => part.text);
  return shape;
};

describe('reported speech fixtures', () => {
  for (const item of cases) {
    it(item.note, () => {
      const quotes = extractQuotes(item.input, { entities: NO_ENTITIES });
      for (const quote of quotes) expect(item.input.slice(quote.start, quote.end)).toBe(quote.text);
      if (item.expected) expect(quotes.map(brief)).toEqual(item.expected);
      for (const wanted of item.contains ?? []) expect(quotes.map(brief)).toContainEqual(wanted);
    });
  }
});

describe('a naming participle after a head noun and its prepositional phrase', () => {
  it('reports nothing when a name alone follows ("a strain of wheat from Kenya called Amani,")', () => {
    const quotes = extractQuotes('The lab studied a new strain of wheat from Kenya called Amani, hoping to grow it in dry soil.');
    expect(quotes.filter((quote) => quote.cue?.text === 'called')).toEqual([]);
  });

  it('still reports a verb that judges ("A union of teachers called Lopez a liar")', () => {
    const [quote] = extractQuotes('A union of teachers called Lopez a liar.');
    expect(quote).toMatchObject({ kind: 'indirect', text: 'Lopez a liar', speaker: { mention: { text: 'A union of teachers' } } });
  });
});

describe('a naming participle before a name with its initials', () => {
  it('reports nothing ("… called the Youth Arts Board (YAB), which …")', () => {
    const quotes = extractQuotes('The town set up a program with the school district called the Youth Arts Board (YAB), which meets weekly.');
    expect(quotes.filter((quote) => quote.cue?.text === 'called')).toEqual([]);
  });

  it('still reports a verb that judges with words after the initials', () => {
    const [quote] = extractQuotes('The mayor called the Youth Arts Board (YAB) a waste of money.');
    expect(quote).toMatchObject({ kind: 'indirect', speaker: { mention: { text: 'The mayor' } } });
  });
});

describe('a naming participle right before a quotation', () => {
  it('names a thing whatever the clause\'s verb ("releases typically titled “…”" is no partial quote)', () => {
    const quotes = extractQuotes('Firms announce results in releases typically titled “Firm posts record quarter.”', { entities: NO_ENTITIES });
    expect(quotes.filter((quote) => quote.kind !== 'indirect')).toEqual([]);
  });
});

describe('a possessive phrase after a closing cue', () => {
  it('is no speaker when its source noun stands after a preposition ("…, expressed her support for the rice farmers")', () => {
    const quotes = extractQuotes('Senator Rosa "Rosie" M. Lagman on Tuesday, May 23, expressed her support for the rice industry and the rice farmers.');
    expect(quotes.map((quote) => quote.speaker?.mention.text)).not.toContain('her support for the rice industry and the rice farmers');
    expect(quotes.map((quote) => quote.text)).toContain('her support for the rice industry and the rice farmers');
  });

  it('still speaks as a whole ("…, said his spokesman", "…, said their lawyers in Nairobi")', () => {
    expect(extractQuotes('The plan will fail, said his spokesman.')[0]?.speaker?.mention.text).toBe('his spokesman');
    expect(extractQuotes('The strike will go on, said their lawyers in Nairobi.')[0]?.speaker?.mention.text).toBe('their lawyers in Nairobi');
  });
});
