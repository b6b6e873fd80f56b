import { describe, expect, it } from 'vitest';
import { relativeDate } from './relative-dates.js';
import { readMetadata } from './read-metadata.js';

const reference = new Date('2024-06-27T20:43:00Z');

describe('relativeDate', () => {
  it('reads hours and minutes as a UTC time, days and weeks as a day', () => {
    expect(relativeDate('3 hours ago', reference)).toBe('2024-06-27T17:43Z');
    expect(relativeDate('an hour ago', reference)).toBe('2024-06-27T19:43Z');
    expect(relativeDate('vor 3 Stunden', reference)).toBe('2024-06-27T17:43Z');
    expect(relativeDate('il y a 2 jours', reference)).toBe('2024-06-25');
    expect(relativeDate('hace 45 minutos', reference)).toBe('2024-06-27T19:58Z');
    expect(relativeDate('há 2 dias', reference)).toBe('2024-06-25');
    expect(relativeDate('2 giorni fa', reference)).toBe('2024-06-25');
    expect(relativeDate('3 uur geleden', reference)).toBe('2024-06-27T17:43Z');
    expect(relativeDate('1 week ago', reference)).toBe('2024-06-20');
  });

  it('reads Japanese, Chinese and Korean stamps, and yesterday / today', () => {
    expect(relativeDate('3時間前', reference)).toBe('2024-06-27T17:43Z');
    expect(relativeDate('2天前', reference)).toBe('2024-06-25');
    expect(relativeDate('5분 전', reference)).toBe('2024-06-27T20:38Z');
    expect(relativeDate('Gestern, 18:00', reference)).toBe('2024-06-26');
    expect(relativeDate('Today', reference)).toBe('2024-06-27');
  });

  it('gives null for text without a relative stamp', () => {
    expect(relativeDate('vor dem Rathaus', reference)).toBeNull();
    expect(relativeDate('5 years ago', reference)).toBeNull();
    expect(relativeDate('Port opens', reference)).toBeNull();
  });
});

describe('readMetadata reference', () => {
  const page = '<html lang="de"><body><h1>Hafen öffnet</h1><span class="date">vor 3 Stunden</span><p>Text.</p></body></html>';

  it('resolves a relative stamp against the reference, and reads none without one', () => {
    expect(readMetadata(page, { reference }).published).toBe('2024-06-27T17:43Z');
    expect(readMetadata(page, { reference: '2024-06-27T20:43:00Z' }).published).toBe('2024-06-27T17:43Z');
    expect(readMetadata(page).published).toBeNull();
  });

  it('reads hours against a reference day as that day', () => {
    expect(readMetadata(page, { reference: '2024-06-27' }).published).toBe('2024-06-27');
  });

  it('prefers a date the page states', () => {
    const dated = page.replace('<p>Text.</p>', '<time datetime="2024-06-20">20. Juni 2024</time>');
    expect(readMetadata(dated, { reference }).published).toBe('2024-06-20');
  });

  it('throws on a reference that is no date', () => {
    expect(() => readMetadata(page, { reference: 'soon' })).toThrow(/options.reference/);
    expect(() => readMetadata(page, { reference: new Date(Number.NaN) })).toThrow(/options.reference/);
  });
});
