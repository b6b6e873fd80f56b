import { cpuMs } from '@newsparse/test-kit';
import { describe, expect, it } from 'vitest';
import { findDates, parseDateline, parseStamp } from '../src/index.js';

// The hostile shapes of issue #16 against each public function: 4× the input may take at
// most 6× the time (linear is 4×, quadratic 16×), and 1 MB must finish within 2 s of CPU time. Generous
// on purpose: CI runs every package's tests at once on two cores.
const SHAPES: Record<string, string> = {
  'capitalised words': 'WEST PALM BEACH Juan Carlos Capuñay González Olaechea Franco ',
  'dateline heads': 'LIMA, Peru, June 27, 2024 (AP) (Reuters) ',
  digits: '2024 06 27 1999-2000 12:45 3/4/2024 27.06.2024 ',
  dashes: '-- — – - ---- _ ).- : ',
  'unbalanced quotes': '“ " ‘ « „ `` \'\' a“b ',
  'month and weekday words': 'June Tuesday last next week May fall spring Q3 H1 ago ',
  'stamp labels': 'Published: Updated Posted 08:43 PM ET ',
  'weekday and relative-day words of other languages': 'am vergangenen Freitag gestern morgen Mardi jeudi dernier d’aujourd’hui el pasado martes que viene mañana na segunda-feira passada l\'altro ieri, vergangene Woche año pasado esta semana ',
  'one long word': 'x',
  // German "heute" reads its sentence for the past: each one in constant time.
  'heute in sentences without an end': 'heute noch bis heute damals heute 1911 Heute leben ',
};
const MB = 1 << 20;
const build = (unit: string, length: number): string => unit.repeat(Math.ceil(length / unit.length)).slice(0, length);

describe.each([
  ['parseDateline', (text: string) => parseDateline(text, { reference: '2024-06-27' })],
  ['findDates', (text: string) => findDates(text, { reference: '2024-06-27' })],
  ['parseStamp', (text: string) => parseStamp(text, { reference: '2024-06-27' })],
  // One language stands for all: their rules are one code path over different words.
  ['findDates in Spanish', (text: string) => findDates(text, { reference: '2024-06-27', lang: 'es' })],
  ['findDates in German', (text: string) => findDates(text, { reference: '2024-06-27', lang: 'de' })],
])('%s on hostile shapes', (_name, fn) => {
  // A retry absorbs a burst of load from other processes; a quadratic step fails every try.
  it.each(Object.entries(SHAPES))('%s: n → 4n grows ≤ 6×, 1 MB under 2 s', { retry: 2 }, (shape, unit) => {
    const small = build(unit, MB / 8);
    const large = build(unit, MB / 2);
    let smallTime = Infinity;
    let largeTime = Infinity;
    // Interleaved, best of three: both sizes see the same load.
    for (let round = 0; round < 3; round++) {
      smallTime = Math.min(smallTime, cpuMs(() => fn(small)));
      largeTime = Math.min(largeTime, cpuMs(() => fn(large)));
    }
    // The 50 ms floor keeps timer noise and collector pauses on quick runs from reading as growth.
    expect(largeTime / Math.max(smallTime, 50), `${shape}: ${smallTime.toFixed(1)} → ${largeTime.toFixed(1)} ms`).toBeLessThanOrEqual(6);
    const megabyte = build(unit, MB);
    const megabyteTime = cpuMs(() => fn(megabyte));
    expect(megabyteTime, `${shape}: 1 MB took ${megabyteTime.toFixed(0)} ms`).toBeLessThan(2_000);
  });
});

describe('size', () => {
  it('findDates returns hundreds of thousands of mentions without a RangeError', () => {
    // 2.1 MB of "May 5 " once overflowed the call stack (push(...mentions)).
    const mentions = findDates('May 5 '.repeat(350_000), { reference: '2024-06-27' });
    expect(mentions.length).toBeGreaterThan(300_000);
  }, 120_000);
});
