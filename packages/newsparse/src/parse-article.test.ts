import { thrown } from '@newsparse/test-kit';
import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { NewsparseError, isIsoDate } from '@newsparse/core';
import { parseArticle } from './parse-article.js';

describe('parseArticle', () => {
  it('finds a plain-text dateline past a short line a copied page kept, or past a headline line', () => {
    const shared = 'Wildfire forces evacuation\n\nBy Luis Ortega\n\nShare this article\n\nBOULDER, Colo. — Thousands of residents were ordered to leave on Wednesday.';
    const result = parseArticle(shared, { format: 'text', reference: '2026-12-03' });
    expect(result.dateline?.text).toBe('BOULDER, Colo. —');
    expect(result.text.slice(result.dateline!.start, result.dateline!.end)).toBe(result.dateline!.text);
    const headed = parseArticle('Clinton rolls out special character witness.\n\nDES MOINES — She is the campaign’s answer to the attacks.', { format: 'text' });
    expect(headed.dateline?.text).toBe('DES MOINES —');
    // A long first paragraph ends the search: a dateline-like head further down is no dateline.
    const lede = parseArticle('Thousands of residents of the mountain town were ordered to leave their homes on Wednesday as the fire spread.\n\nDENVER — Officials said more would follow.', { format: 'text' });
    expect(lede.dateline).toBeNull();
  });

  it('keeps a byline run into the dateline out of the first sentence\'s speaker', () => {
    const result = parseArticle('Indonesia and Timor Leste express regret\n\nBy Jane Doe Jakarta, July 15 (ANTARA) - The governments of Indonesia and Timor Leste in Bali on Tuesday expressed deep regret over the violence in 1999.\n', { format: 'text', reference: '2024-07-16' });
    expect(result.dateline?.location?.text).toBe('Jakarta');
    expect(result.quotes.map((quote) => quote.speaker?.mention.text)).toEqual(['The governments of Indonesia and Timor Leste in Bali']);
  });

  it('finds a plain-text dateline past a wire page\'s caption, staff line, reading time and repeated headline', () => {
    const text = [
      'Port strike ends after nine days',
      'March 4, 2025 / 6:10 PM / a year ago',
      'FILE PHOTO: Dock workers walk past stacked containers at the main terminal of the port in Valparaiso, Chile, during the first day of the strike, February 23, 2025.Ana Vidal /File Photo',
      'Port strike ends after nine days',
      'Wire Staff',
      '2 Min Read',
      'SANTIAGO (Reuters) - Dock workers in Chile ended a nine-day strike on Tuesday, their union said.',
    ].join('\n\n');
    const result = parseArticle(text, { format: 'text' });
    expect(result.dateline?.text).toBe('SANTIAGO (Reuters) -');
    expect(result.quotes.every((quote) => !quote.text.includes('SANTIAGO'))).toBe(true);
    // A caption is no story text: no quote or speaker comes from it.
    expect(result.quotes.every((quote) => quote.start > text.indexOf('2 Min Read'))).toBe(true);
  });

  it('never reads a plain-text body\'s furniture lines as quotes, speakers or datelines', () => {
    const text = [
      'Wildfire forces evacuation of mountain town',
      'By Luis Ortega',
      'Share this article',
      'BOULDER, Colo. — Thousands of residents left their homes on Wednesday.',
      'Advertisement',
      '"We grabbed the dogs and ran," said Ellen Marsh, 54.',
      'READ MORE: "It was like a wall of fire," says rancher who lost barn in 2024 blaze',
      'Sign up for our morning newsletter',
      'Photo: Smoke rises over Nederland on Wednesday. (Jane Cho/Daily Camera)',
    ].join('\n\n');
    const result = parseArticle(text, { format: 'text', reference: '2026-12-03' });
    expect(result.dateline?.text).toBe('BOULDER, Colo. —');
    expect(result.quotes.map((quote) => [quote.text, quote.speaker?.name ?? null])).toEqual([['We grabbed the dogs and ran,', 'Ellen Marsh']]);
  });

  it('never reads a subhead or a kept related headline between paragraphs as a quote', () => {
    const text = [
      'Storm cuts power to coastal villages',
      'HALIFAX, Nova Scotia — Crews worked through the night on Friday to restore power.',
      'Mayor: ‘Reckless Driver’ Hit 3-Year-Old Boy, Fled Scene',
      'Utility Expects Repairs to Take Days',
      '"We are doing everything we can," said Marta Quinn, a utility spokeswoman.',
    ].join('\n\n');
    const result = parseArticle(text, { format: 'text', reference: '2026-11-20' });
    expect(result.quotes.map((quote) => [quote.text, quote.speaker?.name ?? null])).toEqual([['We are doing everything we can,', 'Marta Quinn']]);
  });

  it("never reads a byline before a colon as a speaker ('By Lena Park: …')", () => {
    const text = 'By Lena Park: The harbour will stay closed to ferries for a week.\n\nThe port authority gave no reason.';
    const result = parseArticle(text, { format: 'text', reference: '2026-11-20' });
    expect(result.quotes).toEqual([]);
  });

  it("gives no entity for a plain-text page's chrome: the lines above its headline, its furniture and credits", () => {
    const text = [
      'World News',
      'Valley Daily Times',
      'Wildfire forces evacuation of mountain town',
      'BOULDER, Colo. — Thousands of residents left their homes on Wednesday, Mayor Ellen Marsh said.',
      'Share on Facebook',
      'Photo: Smoke rises over Nederland on Wednesday. (Jane Cho/Daily Camera)',
      '(Reporting by Luis Ortega in Denver; Editing by Tom Price)',
    ].join('\n\n');
    const result = parseArticle(text, { format: 'text' });
    expect(result.metadata.title).toBe('Wildfire forces evacuation of mountain town');
    const names = result.entities.entities.map((entity) => entity.name);
    expect(names).toEqual(expect.arrayContaining(['Boulder', 'Ellen Marsh']));
    for (const chrome of ['World News', 'Valley Daily Times', 'Facebook', 'Nederland', 'Jane Cho', 'Luis Ortega', 'Denver', 'Tom Price']) expect(names).not.toContain(chrome);
    for (const mention of result.entities.mentions) expect(text.slice(mention.start, mention.end)).toBe(mention.text);
    expect(result.entities.entities.reduce((sum, entity) => sum + entity.mentions, 0)).toBe(result.entities.mentions.length);
  });

  it('reads an HTML page and runs the parsers over its body', () => {
    const html = `<!doctype html><html lang="en"><head><title>Talks resume</title>
      <meta property="article:published_time" content="2024-06-27T08:00:00+08:00"></head>
      <body><article><p>GENEVA (AP) — Talks resumed on Tuesday, officials said.</p>
      <p>“We are hopeful,” said Maria Lopez, a spokeswoman.</p></article></body></html>`;
    const result = parseArticle(html);
    expect(result.format).toBe('html');
    expect(result.metadata.title).toBe('Talks resume');
    expect(result.reference).toBe('2024-06-27');
    expect(result.text).toContain('Talks resumed on Tuesday');
    expect(result.quotes.length).toBeGreaterThan(0);
  });

  it("reads weekdays and relative days in the article's language (the page's tag, else the text's)", () => {
    const german = parseArticle('Der Bürgermeister sagte am Donnerstag, er habe gestern mit dem Stadtrat gesprochen. Die Stadt hat am vergangenen Freitag entschieden.', { format: 'text', reference: '2024-06-27' });
    expect(german.language).toBe('de');
    expect(german.dates.map((date) => [date.text, date.value])).toEqual([['am Donnerstag', '2024-06-27'], ['gestern', '2024-06-26'], ['am vergangenen Freitag', '2024-06-21']]);
    const tagged = parseArticle('<html lang="es"><head><title>Puerto</title></head><body><article><p>El alcalde dijo ayer que el puerto abrió el pasado martes, y la ciudad lo celebró.</p></article></body></html>', { reference: '2024-06-27' });
    expect(tagged.dates.map((date) => date.text)).toEqual(['ayer', 'el pasado martes']);
  });

  it('runs only the stages asked for', () => {
    const result = parseArticle('“Yes,” Wang said on Tuesday.', { only: ['metadata'], reference: '2024-06-27' });
    expect(result.quotes).toEqual([]);
    expect(result.dates).toEqual([]);
    expect(result.entities.mentions).toEqual([]);
  });

  it('throws NewsparseError on a non-string or an unknown stage', () => {
    expect(() => parseArticle(42 as unknown as string)).toThrow(NewsparseError);
    expect(() => parseArticle('x', { only: ['nope' as never] })).toThrow(NewsparseError);
  });

  it('is total on any string, with valid spans', () => {
    fc.assert(
      fc.property(fc.string({ maxLength: 400 }), (input) => {
        const result = parseArticle(input, { reference: '2024-06-27' });
        for (const span of [...result.dates, ...result.entities.mentions, ...result.quotes]) {
          expect(result.text.slice(span.start, span.end)).toBe(span.text);
        }
      }),
      { numRuns: 100 },
    );
  });
});

describe('parseArticle: misuse throws NewsparseError, never a TypeError or an echo', () => {
  const misuse = (call: () => unknown): NewsparseError => thrown(NewsparseError, call);
  const text = 'LIMA, Peru (AP) — “It works,” said Jane Doe on Tuesday.';

  it.each([undefined, null, 42, {}, [], new Date(0)])('refuses the input %o', (input) => {
    expect(misuse(() => parseArticle(input as never)).code).toBe('INVALID_INPUT');
  });

  it.each([null, 'html', 42, true, [], new Date(0)])('refuses the options %o', (options) => {
    expect(misuse(() => parseArticle(text, options as never)).code).toBe('INVALID_OPTION');
  });

  it('refuses an unknown format instead of echoing it', () => {
    expect(misuse(() => parseArticle(text, { format: 'pdf' as never })).message).toBe(
      'parseArticle: format must be one of "auto", "html", "text", got "pdf"',
    );
    expect(misuse(() => parseArticle(text, { format: null as never })).code).toBe('INVALID_OPTION');
  });

  it('refuses malformed only, url and reference options', () => {
    expect(misuse(() => parseArticle(text, { only: 'quotes' as never })).code).toBe('INVALID_OPTION');
    expect(misuse(() => parseArticle(text, { only: null as never })).code).toBe('INVALID_OPTION');
    expect(misuse(() => parseArticle(text, { only: ['nope' as never] })).code).toBe('INVALID_OPTION');
    expect(misuse(() => parseArticle(text, { url: 42 as never })).code).toBe('INVALID_OPTION');
    for (const reference of [new Date(8.64e15), new Date(Number.NaN), new Date('-000001-01-01T00:00:00Z'), 'not a date', '2024-02-30', null, 42]) {
      expect(misuse(() => parseArticle(text, { reference: reference as never })).code).toBe('INVALID_OPTION');
    }
  });

  it('accepts every documented option value', () => {
    for (const format of ['auto', 'html', 'text'] as const) expect(parseArticle(text, { format }).format).toBe(format === 'html' ? 'html' : 'text');
    expect(parseArticle(text, { reference: new Date('2024-06-27T12:00:00Z') }).reference).toBe('2024-06-27');
    expect(parseArticle(text, { reference: 'June 27, 2024 12:00 UTC' }).reference).toBe('2024-06-27');
  });

  it('a page with an impossible published date still parses (no reference from it)', () => {
    const html = '<html><head><meta property="article:published_time" content="2024-13-45T00:00:00Z"></head><body><p>LIMA, June 5 (AP) — It rained on Tuesday.</p></body></html>';
    const result = parseArticle(html);
    expect(result.reference === null || /^\d{4}-\d{2}-\d{2}$/.test(result.reference)).toBe(true);
  });

  it('every date it returns is a well-formed ISO string, at the ends of the calendar too', () => {
    for (const reference of ['0000-01-01', '9999-12-31', '2024-06-27']) {
      const result = parseArticle('GENEVA, June 5 (AP) — Talks began last year, on Tuesday, and end next year. Published: June 4', { reference });
      expect(isIsoDate(result.reference)).toBe(true);
      if (result.dateline?.date != null) expect(isIsoDate(result.dateline.date)).toBe(true);
      for (const mention of result.dates) {
        if (mention.value !== null) expect(isIsoDate(mention.value), mention.value).toBe(true);
        if (mention.until !== undefined) expect(isIsoDate(mention.until), mention.until).toBe(true);
      }
    }
  });
});

describe('parseArticle on HTML: quotes and datelines come from the body paragraphs only', () => {
  const html = `<!doctype html><html lang="en"><head><title>Council backs harbour plan</title></head><body><main><article>
    <h1>Council backs harbour plan</h1>
    <p>5 Min Read</p>
    <p>Harbour vote</p>
    <p>WASHINGTON (Reuters) - The city council approved the harbour plan on Tuesday after a long debate, officials said.</p>
    <h2>“We will never give up,” says Tom Weber</h2>
    <p>“This is a good day for the port,” said Maria Lopez, the mayor, after the vote on Tuesday evening.</p>
    <figure><img src="pier.jpg"><figcaption>“It was a miracle,” said John Smith at the pier.</figcaption></figure>
    <p>Work on the northern pier starts in spring, and the ferries keep running during the works, she said.</p>
    <ul class="related-links"><li><a href="/a">“We are ready,” Jane Doe says of ferry strike</a></li><li><a href="/b">Bridge opens in the east</a></li></ul>
  </article></main></body></html>`;

  it('never takes a subhead, caption or related link as a quote or speaker', () => {
    const result = parseArticle(html, { reference: '2024-06-27' });
    const speakers = result.quotes.map((quote) => quote.speaker?.name);
    expect(speakers).toContain('Maria Lopez');
    for (const name of ['Tom Weber', 'John Smith', 'Jane Doe']) expect(speakers).not.toContain(name);
    for (const quote of result.quotes) {
      expect(quote.text).not.toContain('never give up');
      expect(quote.text).not.toContain('miracle');
      expect(quote.text).not.toContain('We are ready');
      expect(result.text.slice(quote.start, quote.end)).toBe(quote.text);
    }
    expect(result.sources.map((source) => source.name)).not.toContain('Tom Weber');
  });

  it('finds the dateline past a short widget line, with offsets into the article text', () => {
    const result = parseArticle(html);
    expect(result.dateline?.location?.city).toBe('WASHINGTON');
    const dateline = result.dateline!;
    expect(result.text.slice(dateline.start, dateline.end)).toBe(dateline.text);
    expect(result.text.slice(dateline.bodyStart)).toMatch(/^The city council/);
    // The reading-time label is no body text (readArticle drops it); a short line it keeps still leads.
    expect(result.text).not.toContain('5 Min Read');
    expect(result.text.slice(result.bodyStart)).toMatch(/^Harbour vote/);
  });

  it('never starts a quote with the dateline that opens its sentence', () => {
    const text = 'DURBAN, South Africa (Reuters) - The port authority on Thursday postponed a vote on the new terminal, officials said.';
    const quote = parseArticle(text).quotes.find((entry) => entry.speaker?.name === 'officials');
    expect(quote?.text).toMatch(/^The port authority on Thursday postponed/);
    const html = `<article><p>${text}</p></article>`;
    expect(parseArticle(html).quotes[0]?.text).toMatch(/^The port authority/);
  });

  it('never reads the standfirst (the page\'s subtitle) as a quote, and starts the body after it', () => {
    const page = `<html><head><title>Ferry operator fined</title></head><body><article><h1>Ferry operator fined</h1>
      <p class="standfirst">Judge says company put passengers at risk for years</p>
      <p>A ferry operator was fined on Tuesday after failing to maintain its lifeboats, the court heard.</p></article></body></html>`;
    const result = parseArticle(page, { reference: '2025-02-11' });
    expect(result.metadata.subtitle).toBe('Judge says company put passengers at risk for years');
    expect(result.quotes.map((quote) => quote.text).join(' ')).not.toContain('put passengers at risk');
    expect(result.text.slice(result.bodyStart)).toMatch(/^A ferry operator/);
  });

  it('finds the dateline after a long standfirst that repeats the page\'s description', () => {
    const page = `<html lang="es"><head><title>El Gobierno aprueba la ley de vivienda</title>
      <meta name="description" content="La norma limita los alquileres en las zonas tensionadas y crea un parque público de viviendas."></head>
      <body><article><h1>El Gobierno aprueba la ley de vivienda</h1>
      <p>La norma limita los alquileres en las zonas tensionadas y crea un parque público de viviendas.</p>
      <p>MADRID, 3 dic. (EFE) - El Consejo de Ministros aprobó este martes la nueva ley de vivienda.</p></article></body></html>`;
    const result = parseArticle(page, { reference: '2026-12-04' });
    expect(result.dateline?.text).toBe('MADRID, 3 dic. (EFE) -');
    expect(result.dateline?.date).toBe('2026-12-03');
    // After a long first paragraph that is no summary, only a dateline that names its agency opens the story.
    const lede = page.replace('<p>La norma', '<p>Otra cosa: la norma');
    expect(parseArticle(lede, { reference: '2026-12-04' }).dateline?.text).toBe('MADRID, 3 dic. (EFE) -');
    expect(parseArticle(lede.replace(' (EFE)', ''), { reference: '2026-12-04' }).dateline).toBeNull();
  });

  it('reads a dated page against its own date; the given reference serves pages without one', () => {
    const page = (stamp: string) => `<html><head><title>Town closes library</title>${stamp}</head><body><article><h1>Town closes library</h1>
      <p>The council voted on Tuesday night to close the branch, officials said.</p></article></body></html>`;
    const dated = parseArticle(page('<meta property="article:published_time" content="2026-11-18T17:42:00-05:00">'), { reference: '2026-12-04' });
    expect(dated.reference).toBe('2026-11-18');
    expect(dated.dates.map((date) => date.value)).toEqual(['2026-11-17']);
    const undated = parseArticle(page(''), { reference: '2026-12-04' });
    expect(undated.reference).toBe('2026-12-04');
    expect(undated.dates.map((date) => date.value)).toEqual(['2026-12-01']);
  });

  it('never reads a subhead as the dateline', () => {
    const result = parseArticle('<article><h1>Markets</h1><h2>LONDON (Reuters) - A subhead</h2><p>Shares rose on Tuesday in quiet trading, dealers said, and the pound held.</p></article>');
    expect(result.dateline).toBeNull();
  });
});

