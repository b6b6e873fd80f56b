import { describe, expect, it } from 'vitest';
import { extractQuotes } from '../src/index.js';

const contents = (text: string): string[] => extractQuotes(text).map((quote) => quote.text);

describe('passive participles report nothing', () => {
  it("reads 'was found', 'were heard', 'is understood' after a form of 'be' as passives, not cues", () => {
    expect(contents('Police closed the road after a package was found in a van parked near the harbour office.')).toEqual([]);
    expect(contents('Shots were heard in a street lined with parked cars near the station.')).toEqual([]);
  });

  it('keeps the active cue', () => {
    expect(contents('The inspectors found the pier was unsafe.')).toEqual(['the pier was unsafe']);
  });

  it("gives a gerund of saying after a passive of perception to the passive's subject ('was heard saying')", () => {
    const speakers = extractQuotes('Lena Voss was overheard saying the pier was unsafe.').map((quote) => quote.speaker?.mention.text ?? null);
    expect(speakers).toEqual(['Lena Voss']);
  });

  it("reads a passive with an adverb before its participle ('are now expected to') as no report, and 'quarterly reports that' as a noun", () => {
    expect(contents('Harbour earnings are now expected to fall 6% from a year earlier.')).toEqual([]);
    expect(contents('Traders focused on quarterly reports that are expected to show a drop in ferry traffic.')).toEqual([]);
  });

  it("reads a participle after a preposition or 'than the' as modifying its noun ('than the drop estimated a month earlier')", () => {
    expect(contents('Ferry traffic fell more than the drop estimated a month earlier.')).toEqual([]);
    expect(contents('The pier was closed to anyone admitted through the side gate.')).toEqual([]);
    expect(contents('More than half of the riders preferred the new timetable.')).toEqual(['the new timetable']);
  });
});
