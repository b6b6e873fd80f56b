import { readFileSync } from 'node:fs';
import { dirname, join } from 'node:path';
import { fileURLToPath } from 'node:url';
import { describe, expect, it } from 'vitest';
import { extractQuotes, summarizeSources } from './with-entity-tagger.js';

const here = dirname(fileURLToPath(import.meta.url));
const text = readFileSync(join(here, 'fixtures/global-times-china-peru.txt'), 'utf8');
const expected = JSON.parse(readFileSync(join(here, 'fixtures/global-times-china-peru.expected.json'), 'utf8')) as {
  quotes: {
    must: Array<{ start: number; end: number; kind: string; speaker: string; via?: string; cue: string }>;
    should: Array<{ kind: string; startsWith?: string; speaker: string | null; speakerText?: string; cue: string }>;
    speakers: { should: Array<{ name: string; description: string }> };
  };
};

describe('the seed article (Global Times, China–Peru)', () => {
  const quotes = extractQuotes(text);

  it.each(expected.quotes.must)('finds the $kind quote at $start–$end by $speaker', (must) => {
    const quote = quotes.find((candidate) => candidate.start === must.start && candidate.end === must.end);
    expect(quote).toBeDefined();
    expect(quote!.text).toBe(text.slice(must.start, must.end));
    expect(quote!.kind).toBe(must.kind);
    expect(quote!.cue?.text).toBe(must.cue);
    expect(quote!.speaker?.name).toBe(must.speaker);
    expect(quote!.speaker?.named).toBe(true);
    if (must.via) expect(quote!.speaker?.mention.text).toBe(must.via);
  });

  it('finds the reported speech an excellent reader finds', () => {
    for (const should of expected.quotes.should.filter((item) => item.startsWith)) {
      const quote = quotes.find((candidate) => candidate.kind === 'indirect' && candidate.text.startsWith(should.startsWith!));
      expect(quote, should.startsWith).toBeDefined();
      expect(quote!.cue?.text).toBe(should.cue);
      if (should.speaker) expect(quote!.speaker?.name).toBe(should.speaker);
      else expect(quote!.speaker?.mention.text).toBe(should.speakerText);
    }
    const accordingTo = quotes.filter((quote) => quote.cue?.text === 'according to').map((quote) => quote.speaker?.mention.text);
    expect(accordingTo).toContain('experts and media reports');
  });

  it('keeps every span true to the text', () => {
    for (const quote of quotes) {
      expect(text.slice(quote.start, quote.end)).toBe(quote.text);
      if (quote.speaker) expect(text.slice(quote.speaker.mention.start, quote.speaker.mention.end)).toBe(quote.speaker.mention.text);
      if (quote.cue) expect(text.slice(quote.cue.start, quote.cue.end)).toBe(quote.cue.text);
    }
  });

  it('summarises the sources with their descriptions', () => {
    const sources = summarizeSources(quotes);
    for (const speaker of expected.quotes.speakers.should) {
      const source = sources.find((candidate) => candidate.name === speaker.name);
      expect(source, speaker.name).toBeDefined();
      expect(source!.named).toBe(true);
      expect(source!.descriptions).toContain(speaker.description);
    }
    const capunay = sources.find((source) => source.name === 'Juan Carlos Capuñay')!;
    expect(capunay).toMatchObject({ direct: 3, partial: 1 });
    expect(sources[0]!.name).toBe('Juan Carlos Capuñay');
  });
});
