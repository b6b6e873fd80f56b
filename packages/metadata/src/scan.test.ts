import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { creditAfterDate, findCloser, leadCredit, metaLineFields, scanPage } from './scan.js';

const shown = (html: string): (string | undefined)[] => scanPage(html).headings.map((heading) => heading.shown);

describe('scanPage headings', () => {
  it('cuts a kicker element and a screen-reader separator from what the heading shows', () => {
    const scan = scanPage('<h1><span class="c-kicker">Hafen</span><span class="visually-hidden">: </span><span>Der Kai wird verlängert</span></h1>');
    expect(scan.headings[0]).toMatchObject({ text: 'Hafen: Der Kai wird verlängert', shown: 'Der Kai wird verlängert' });
  });

  it('cuts a kicker whole when a screen-reader separator sits inside it', () => {
    expect(shown('<h2><span class="roofline"><a href="/x">Hafen</a><span class="sr-only"> - </span></span> Der Kai wird verlängert</h2>')).toEqual(['Der Kai wird verlängert']);
  });

  it('leaves a heading without a kicker element as it is', () => {
    expect(shown('<h1><span class="emphasis">Hafen</span><span class="sr-only">: </span><span>Der Kai wird verlängert</span></h1>')).toEqual([undefined]);
  });

  it('keeps no heading for screen readers only', () => {
    expect(scanPage('<h2 class="sr-only">Hauptnavigation</h2><h2>Der Kai wird verlängert</h2>').headings.map((heading) => heading.text)).toEqual(['Der Kai wird verlängert']);
  });

  it('reads a heading block with a kicker past a dozen menu headings, and no other', () => {
    const menus = Array.from({ length: 14 }, (_, index) => `<h2>Menü ${index}</h2>`).join('');
    const scan = scanPage(`${menus}<h2>Noch ein Menü</h2><h2><span class="kicker">Hafen</span> Der Kai wird verlängert</h2>`);
    expect(scan.headings.length).toBe(13);
    expect(scan.headings[12]).toMatchObject({ level: 2, shown: 'Der Kai wird verlängert' });
  });
});

describe('creditAfterDate', () => {
  it('reads the byline after a dated stamp and a spaced separator', () => {
    expect(creditAfterDate('3. Juni 2024, 14:12 Uhr · Von Jane Doe, Passau')).toBe('Von Jane Doe, Passau');
    expect(creditAfterDate('Published June 3, 2024 | By Jane Doe')).toBe('By Jane Doe');
  });

  it('reads the credit after a section name heading the line', () => {
    expect(creditAfterDate('Politik · Von Jane Doe')).toBe('Von Jane Doe');
    expect(creditAfterDate('Local News | By Jane Doe | June 3, 2024')).toBe('By Jane Doe | June 3, 2024');
  });
  it('reads none after a year-less sentence, a copyright, or without a cue', () => {
    expect(creditAfterDate('Die Brücke ist jetzt für alle offen · Von Montag an fahren Busse')).toBeNull();
    expect(creditAfterDate('© 2024 Example · By Jane Doe')).toBeNull();
    expect(creditAfterDate('3. Juni 2024 · Berlin')).toBeNull();
  });
});

describe('metaLineFields', () => {
  it('splits as the pattern it replaces, on any mix of bars, spaces and text', () => {
    const pattern = /(?<!\s)\s*[|｜]\s*|(?<!\s)\s{2,}|\u3000/;
    const line = fc.array(fc.constantFrom(' ', '  ', '\t', '\u3000', '\u00a0', '|', '｜', 'a', '作者', '：'), { maxLength: 20 }).map((parts) => parts.join(''));
    fc.assert(fc.property(line, (text) => {
      expect(metaLineFields(text)).toEqual(text.split(pattern));
    }), { numRuns: 5000 });
  });

  it('reads a long run of white space in linear time', () => {
    const started = performance.now();
    expect(metaLineFields(`a${'\t\t\t\u3000'.repeat(250_000)}\tb`).length).toBe(2);
    expect(performance.now() - started).toBeLessThan(5_000);
  });
});

describe('findCloser', () => {
  it('finds the end tag the pattern it replaces finds, in any case and before any delimiter', () => {
    const text = fc
      .array(fc.constantFrom('</', '<', '/', '>', 'script', 'SCRIPT', 'sCrIpt', 'scripts', 'style', 'ſcript', 'scrİpt', ' ', '\n', '\u00a0', '\u2028', 'x', '</script', '</STYLE'), { maxLength: 16 })
      .map((parts) => parts.join(''));
    fc.assert(fc.property(text, fc.constantFrom('script', 'style'), fc.nat(40), (html, tag, from) => {
      const pattern = new RegExp(`<\\/${tag}[\\s/>]`, 'gi');
      pattern.lastIndex = from;
      expect(findCloser(html, tag, from)).toBe(pattern.exec(html)?.index ?? -1);
    }), { numRuns: 5000 });
  });
});

describe('leadCredit', () => {
  it('reads the credit a lead paragraph opens with, set apart by a colon or a spaced dash', () => {
    expect(leadCredit('By Maria Lopes: The harbour board agreed on Tuesday to sell')).toBe('By Maria Lopes');
    expect(leadCredit('Von Jana Weber – Der Stadtrat hat am Dienstag beschlossen')).toBe('Von Jana Weber');
  });
  it('reads none in a sentence that opens with "By", nor without a mark within a name\'s length', () => {
    expect(leadCredit('By Noon On Tuesday the board had agreed to sell two of its oldest ferries: a deal')).toBeNull();
    expect(leadCredit('The board met on Tuesday: it agreed to sell two ferries')).toBeNull();
  });
});
