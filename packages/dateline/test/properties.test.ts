import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { findDates, parseDateline, parseStamp } from '../src/index.js';

const newsish = fc.string({
  unit: fc.constantFrom('LONDON', ', ', 'Calif.', ' (AP) ', ' — ', ' - ', '--', '.-', 'June', ' 27', ', 2024', 'last', ' week', 'Tuesday', ' in ', 'May', '1990s', '2009-10', 'the third quarter', ' ago', 'a year', '$3.625', ' 2 1/2', '\n', ':', '08:43 PM', ' ET', '27/06/2024', 'fall', 'de', 'junio', ' ', '*'),
  maxLength: 60,
});
const anyText = fc.oneof(fc.string(), fc.string({ unit: 'binary' }), newsish);

/** Heads of regional and foreign-language datelines, pieced together at random. */
const regional = fc.string({
  unit: fc.constantFrom('KÖLN', 'Köln', 'MÜNCHEN', 'Berlin', 'JOHN SMITH', 'U.S', 'St', '.', '. ', ' – ', ' - ', ' (dpa/lby) ', '(AFP)', ', le ', '3', '. Juni', ' giugno', ' juin', 'Die', ' ', '\t', '\n', 'e\u0301', '„', '(tma)', ' | ', '25. Januar 2024', 'Castrop-Rauxel', '-'),
  maxLength: 40,
});

describe('properties', () => {
  it('any string gives no exception and valid spans', () => {
    fc.assert(
      fc.property(anyText, (text) => {
        const dateline = parseDateline(text, { reference: '2024-06-27' });
        if (dateline !== null) {
          expect(text.slice(dateline.start, dateline.end)).toBe(dateline.text);
          expect(dateline.start).toBeLessThanOrEqual(dateline.end);
          expect(dateline.end).toBeLessThanOrEqual(dateline.bodyStart);
          expect(dateline.bodyStart).toBeLessThanOrEqual(text.length);
        }
        let previousEnd = 0;
        for (const mention of findDates(text, { reference: '2024-06-27' })) {
          expect(text.slice(mention.start, mention.end)).toBe(mention.text);
          expect(mention.start).toBeGreaterThanOrEqual(previousEnd);
          // A duration is never a calendar day; a range never ends before it starts.
          if (mention.kind === 'duration') expect(mention.value).toBeNull();
          if (mention.until !== undefined && mention.value !== null) expect(mention.until >= mention.value).toBe(true);
          previousEnd = mention.end;
        }
        const stamp = parseStamp(text);
        if (stamp !== null) expect(text.slice(stamp.start, stamp.end)).toBe(stamp.text);
      }),
      { numRuns: 1000 },
    );
  });

  it('in any language with weekday words, any string gives valid spans, and without a reference a value is the one a reference gives', () => {
    const local = fc.string({
      unit: fc.constantFrom('am', ' ', 'vergangenen', 'Freitag', 'Donnerstagabend', 'gestern', 'morgen', 'Morgen', 'jeudi', 'Mardi', 'dernier', 'prochain', ' soir', 'hier', 'aujourd’hui', "d'", 'el', 'pasado', 'martes', 'que viene', 'mañana', 'hoy', 'na', 'segunda-feira', 'segunda', '-feira', 'passada', 'ontem', 'ieri', 'giovedì', ', ', '. ', '\n', '27', 'va', 'wird', 'sera', 'A'),
      maxLength: 40,
    });
    fc.assert(
      fc.property(local, fc.constantFrom('de', 'fr', 'es', 'pt', 'it'), fc.date({ min: new Date('1950-01-01'), max: new Date('2090-12-31'), noInvalidDate: true }), (text, lang, reference) => {
        const withReference = findDates(text, { reference, lang });
        let previousEnd = 0;
        for (const mention of withReference) {
          expect(text.slice(mention.start, mention.end)).toBe(mention.text);
          expect(mention.start).toBeGreaterThanOrEqual(previousEnd);
          previousEnd = mention.end;
        }
        for (const mention of findDates(text, { lang })) {
          expect(text.slice(mention.start, mention.end)).toBe(mention.text);
          if (mention.value === null) continue;
          const same = withReference.find((other) => other.start === mention.start && other.end === mention.end);
          if (same !== undefined) expect(same.value).toBe(mention.value);
        }
      }),
      { numRuns: 1000 },
    );
  });

  it('without a reference, a value is the one every reference gives', () => {
    fc.assert(
      fc.property(anyText, fc.date({ min: new Date('1950-01-01'), max: new Date('2090-12-31'), noInvalidDate: true }), (text, reference) => {
        const withReference = findDates(text, { reference });
        for (const mention of findDates(text)) {
          expect(text.slice(mention.start, mention.end)).toBe(mention.text);
          if (mention.value === null) continue;
          const same = withReference.find((other) => other.start === mention.start && other.end === mention.end);
          if (same !== undefined) expect(same.value).toBe(mention.value);
        }
      }),
      { numRuns: 500 },
    );
  });

  it('a regional dateline spans its own text and its body starts at a word', () => {
    fc.assert(
      fc.property(regional, (text) => {
        const dateline = parseDateline(text, { reference: '2024-06-27' });
        if (dateline === null) return;
        expect(text.slice(dateline.start, dateline.end)).toBe(dateline.text);
        // The place opens the dateline, or follows an agency that signs first ("(ANSA) - ROMA, 12 GIU -").
        if (dateline.location !== null) {
          const at = dateline.text.indexOf(dateline.location.text);
          expect(at === 0 || (at > 0 && dateline.text.startsWith('(') && dateline.agencies.length > 0)).toBe(true);
        }
        // The body starts after the dateline's spaces: at a character that is no space, or at the end.
        expect(dateline.bodyStart).toBeGreaterThanOrEqual(dateline.end);
        if (dateline.bodyStart < text.length) expect(/\s/.test(text[dateline.bodyStart]!)).toBe(false);
      }),
      // An agency that signs first, found by a run on 6 December 2026.
      { numRuns: 2000, examples: [[' (dpa/lby) -KÖLN\t25. Januar 2024 – ']] },
    );
  });

  it('runs in time linear in the size of 1 MB inputs', () => {
    const units = [
      'LONDON, June 27 (Reuters) - Shares fell 3% on Tuesday, the third quarter, a year ago, in May 2009-2010. ',
      '          -          -          ,,,,,,,,,, .......... ',
      '1999 2000 2001 1/2/2003 12:30 p.m. ET noon the fall of the spring ',
      'aaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaa ',
    ];
    for (const unit of units) {
      const small = unit.repeat(Math.ceil(64_000 / unit.length));
      const large = unit.repeat(Math.ceil(1_000_000 / unit.length));
      const time = (text: string): number => {
        const start = performance.now();
        parseDateline(text);
        findDates(text, { reference: '2024-06-27' });
        parseStamp(text);
        return performance.now() - start;
      };
      time(small);
      const smallTime = Math.max(time(small), 1);
      const largeTime = time(large);
      // About 16× the input: allow 6× its share of time, a generous guard against quadratic blow-ups.
      expect(largeTime).toBeLessThan(smallTime * 16 * 6 + 1000);
    }
  }, 600_000);
});
