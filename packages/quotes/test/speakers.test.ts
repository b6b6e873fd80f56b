import { readFileSync } from 'node:fs';
import { describe, expect, it } from 'vitest';
import { extractQuotes, type Quote } from './with-entity-tagger.js';

interface Brief {
  text: string;
  /** The attributing words. */
  speaker: string | null;
  /** Who they name. */
  name: string | null;
}

interface Case {
  note: string;
  input: string;
  expected: Brief[];
}

// Hand-written sentences, one per speaker rule: pronoun agreement, possessive and
// appositive heads, numbers that are no speakers or objects. Run with the entity tagger.
const cases = JSON.parse(readFileSync(new URL('./fixtures/speakers.json', import.meta.url), 'utf8')) as Case[];

const brief = (quote: Quote): Brief => ({ text: quote.text, speaker: quote.speaker?.mention.text ?? null, name: quote.speaker?.name ?? null });

describe('speaker fixtures', () => {
  for (const item of cases) {
    it(item.note, () => {
      expect(extractQuotes(item.input).map(brief)).toEqual(item.expected);
    });
  }
});

describe('a verb is never a speaker', () => {
  it("gives no speaker to a negated auxiliary or 'Having' ('it cannot tell you …', 'Don’t expect …')", () => {
    const text = 'A linter can tell you where code is slow, but it cannot tell you whether the gain will matter. Don’t expect the seedlings to flower indoors. Having described the setup, I now want to look at the results.';
    const mentions = extractQuotes(text).map((quote) => quote.speaker?.mention.text ?? null);
    for (const word of ['cannot', 'Don’t', 'Having']) expect(mentions).not.toContain(word);
  });

  it("gives no speaker to a verb of aspect before a gerund ('… and began talking about …')", () => {
    const mentions = extractQuotes('The campaign laid off staff and began talking about what comes next.').map((quote) => quote.speaker?.mention.text ?? null);
    expect(mentions).not.toContain('began');
  });
});

describe('a group inside an organisation', () => {
  it("is its own unnamed speaker with the organisation as organization (\"NASA's scientists\")", () => {
    const [quote] = extractQuotes("NASA's scientists said the probe would reach the comet in May.");
    expect(quote?.speaker).toMatchObject({ name: "NASA's scientists", named: false });
    expect(quote?.speaker?.organization).toBeTruthy();
  });

  it('is the group for people of a role at an organisation ("Analysts at X and Y")', () => {
    const [quote] = extractQuotes('Analysts at Northwind Bank and Contoso Capital said the cut was smaller than feared.');
    expect(quote?.speaker).toMatchObject({ name: 'Analysts at Northwind Bank and Contoso Capital', named: false });
    const [officials] = extractQuotes('Two officials from the Interior Ministry said the plan had failed.');
    expect(officials?.speaker).toMatchObject({ name: 'Two officials from the Interior Ministry', organization: 'Interior Ministry', named: false });
  });

  it('is one person of a role at the organisation named before the role ("A High Court judge")', () => {
    const [quote] = extractQuotes('A High Court judge on Tuesday blocked the sale, ruling that regulators had failed to act.');
    expect(quote?.speaker).toMatchObject({ name: 'High Court judge', organization: 'High Court', named: false });
  });

  it('leaves a person named inside the phrase as the speaker', () => {
    const [quote] = extractQuotes("Apple's chief executive Tim Cook said sales rose.");
    expect(quote?.speaker).toMatchObject({ name: 'Tim Cook', named: true });
    expect(quote?.speaker?.organization).toBeUndefined();
  });
});

describe('people of a place', () => {
  // The place's name typed as each kind the tagger may give it: the group speaks, never the name.
  const text = 'Mayor Ida Brandt toured the dam. Residents of Velmora said the wells had run dry. He said repairs would start soon.';
  const at = text.indexOf('Velmora');
  for (const type of ['place', 'person', 'organization'] as const) {
    it(`is an unnamed group with the name tagged as a ${type} ("Residents of X")`, () => {
      const entities = {
        mentions: [{ text: 'Velmora', start: at, end: at + 7, type, entityId: 'e1' }],
        entities: [{ id: 'e1', type, name: 'Velmora', aliases: [], mentions: 1 }],
      };
      const quotes = extractQuotes(text, { entities });
      expect(quotes[0]?.speaker).toMatchObject({ name: 'Residents of Velmora', named: false });
      expect(quotes[0]?.speaker?.entityId).toBeUndefined();
      // Nor is a name inside the group's phrase what a later "he" stands for.
      expect(quotes[1]?.speaker?.name).not.toBe('Velmora');
    });
  }

  it('is the group after "in", "near" or "from" too', () => {
    expect(extractQuotes('Farmers near Ostrava said the river had been low since June.')[0]?.speaker).toMatchObject({ name: 'Farmers near Ostrava', named: false });
    expect(extractQuotes('Nurses from Lindholm said the ward had no beds left.')[0]?.speaker).toMatchObject({ name: 'Nurses from Lindholm', named: false });
  });
});

describe('an appositive after a plural head', () => {
  it("does not describe the head with one person's name ('Relatives of one of the victims, Harold Jensen,')", () => {
    const [quote] = extractQuotes('Relatives of one of the victims, 81-year-old Harold Jensen, said he had been admitted for a minor infection.');
    expect(quote?.speaker).toMatchObject({ name: 'Relatives of one of the victims', named: false });
    expect(quote?.speaker?.description).toBeUndefined();
  });
});

describe('an adverb in -ly standing alone', () => {
  it('is no speaker, while a name in -ly still is', () => {
    const [quote] = extractQuotes('Hastily packing her bags after the storm warning ― much as she did last spring ― Maria Lopez locked the shop, and emphasized the risk that the river poses to the town.');
    expect(quote?.speaker ?? null).toBeNull();
    expect(extractQuotes('Kelly said the plan would work.')[0]?.speaker).toMatchObject({ mention: { text: 'Kelly' } });
    expect(extractQuotes('The family said the plan would work.')[0]?.speaker).toMatchObject({ mention: { text: 'The family' } });
  });
});

describe('speaker words that end in a modifier with no noun', () => {
  it('name no one ("this far", "church-based")', () => {
    expect(extractQuotes('We are proud that our small team made it this far considering how little money we had.')[0]?.speaker ?? null).toBeNull();
    const [quote] = extractQuotes('Instead of nurses or other hospital and church-based supports stepping in to care for these patients, the clinic would simply send them home.');
    expect(quote?.speaker ?? null).toBeNull();
    expect(extractQuotes('Senator Joe Donnelly said the plan would work.')[0]?.speaker).toMatchObject({ mention: { text: 'Senator Joe Donnelly' } });
  });
});

describe('a lone verb form in -ed', () => {
  it('is no speaker ("helped found …")', () => {
    expect(extractQuotes('She later helped found the choir in 2009 with two friends.')[0]?.speaker ?? null).toBeNull();
    expect(extractQuotes('Critics who asked not to be named said the plan would fail.')[0]?.speaker).toMatchObject({ mention: { text: 'Critics' } });
  });
});

describe('a lone lower-case adjective or degree adverb', () => {
  it('is no speaker ("much thought", "outright rejects")', () => {
    expect(extractQuotes('Writing safe code in that language takes as much thought and care as in any other language.')[0]?.speaker ?? null).toBeNull();
    expect(extractQuotes('The old engine, which is slower, outright rejects keys that are not strings.')[0]?.speaker ?? null).toBeNull();
  });
});

describe('a determiner and an adjective with no noun', () => {
  it('name no one ("The modern", "The EU-backed"), while a noun after them still does', () => {
    expect(extractQuotes('The modern saw cuts the plank in half with a single pass.')[0]?.speaker ?? null).toBeNull();
    expect(extractQuotes('The penultimate chapter, explaining why the bridge fell, is the strongest.')[0]?.speaker ?? null).toBeNull();
    expect(extractQuotes('The EU-backed said the plan would fail.')[0]?.speaker ?? null).toBeNull();
    expect(extractQuotes('The famous said the plan would fail.')[0]?.speaker ?? null).toBeNull();
    expect(extractQuotes('The nervous officials said the plan would fail.')[0]?.speaker).toMatchObject({ mention: { text: 'The nervous officials' } });
    expect(extractQuotes('Some simplistic remarks, which he called a joke, were cut.').filter((quote) => quote.speaker?.mention.text === 'Some simplistic')).toEqual([]);
    expect(extractQuotes('The new recruits said the plan would fail.')[0]?.speaker).toMatchObject({ mention: { text: 'The new recruits' } });
    expect(extractQuotes('The Smith-Reed family said the plan would fail.')[0]?.speaker).toMatchObject({ mention: { text: 'The Smith-Reed family' } });
  });
});

describe('speaker words that are no noun phrase, with a description attached', () => {
  it('name no opener ("finished, <name> said, adding" names the one who said it; "More recently, …, citing" the subject after the opener)', () => {
    const [, quote] = extractQuotes('The shop closed as soon as the rain had finished, Maria Lopez said, adding, "We will open again on Monday."');
    expect(quote?.speaker).toMatchObject({ mention: { text: 'Maria Lopez' } });
    expect(extractQuotes('More recently, she has taken up painting, and she was quick to sell her work at the fair, citing her need for money.')[0]?.speaker).toMatchObject({ mention: { text: 'she' } });
    expect(extractQuotes('The mayor, a former teacher, said the town is broke.')[0]?.speaker).toMatchObject({ mention: { text: 'The mayor' } });
  });
});

describe('a lone irregular past tense', () => {
  it('is no speaker ("“…,” came shouts from the crowd")', () => {
    const [quote] = extractQuotes('“Open the gates,” came cries from the back of the hall, as the vote dragged on.');
    expect(quote?.speaker ?? null).toBeNull();
  });
});
