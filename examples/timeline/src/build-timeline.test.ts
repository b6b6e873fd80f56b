import { execFileSync } from 'node:child_process';
import { mkdtempSync, readFileSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { fileURLToPath } from 'node:url';
import { describe, expect, it } from 'vitest';
import { buildTimeline, firstDay } from './build-timeline.js';
import { formatTimeline, renderTimelineSvg } from './render-timeline.js';

// The date finder improves in parallel: check the timeline's invariants and the seed
// article's "must" dates, never the exact list.
const articles = fileURLToPath(new URL('../../articles/', import.meta.url));
const read = (name: string): string => readFileSync(join(articles, name), 'utf8');
const seed = buildTimeline([{ id: 'global-times-china-peru.txt', content: read('global-times-china-peru.txt') }]);

describe('buildTimeline', () => {
  it('resolves the seed article against its publication date', () => {
    expect(seed.stories).toEqual([
      {
        id: 'global-times-china-peru.txt',
        title: expect.stringMatching(/^China-Peru ties deepen/),
        reference: '2024-06-27',
      },
    ]);
  });

  it('puts the start of the visit on 2024-06-25, with its sentence', () => {
    const tuesday = seed.events.find((event) => event.mention === 'on Tuesday');
    expect(tuesday).toMatchObject({ value: '2024-06-25', day: '2024-06-25' });
    expect(tuesday!.sentence).toContain('Boluarte');
  });

  it('sorts events by date and keeps each mention inside its sentence', () => {
    for (const story of [seed, buildTimeline([{ id: 'page', content: read('sample-page.html') }])]) {
      const days = story.events.map((event) => event.day);
      expect(days).toEqual([...days].sort());
      for (const event of story.events) {
        expect(event.sentence.slice(event.mentionStart, event.mentionEnd)).toBe(event.mention);
        expect(firstDay(event.value)).toBe(event.day);
      }
    }
  });

  it('reads an HTML page and merges several dispatches of one story', () => {
    const page = buildTimeline([{ id: 'page', content: read('sample-page.html') }]);
    expect(page.stories[0]).toMatchObject({ title: 'Harbor town finishes seawall two years after storm', reference: '2025-03-14' });
    const floods = buildTimeline([
      { id: 'first', content: read('sample-nairobi-floods.txt') },
      { id: 'second', content: read('sample-nairobi-floods-aid.txt') },
    ]);
    expect(new Set(floods.events.map((event) => event.source))).toEqual(new Set(['first', 'second']));
  });

  it('uses a given reference; an undated story places only what it dates outright', () => {
    const text = 'Talks began on Tuesday.';
    expect(buildTimeline([{ id: 'x', content: text, reference: '2024-06-27' }]).events[0]).toMatchObject({ value: '2024-06-25' });
    expect(buildTimeline([{ id: 'x', content: text }])).toMatchObject({ stories: [{ reference: null }], events: [], unplaced: [{ mention: 'on Tuesday' }] });
    const undated = buildTimeline([{ id: 'y', content: 'The port opened in March 2017. Talks began on Tuesday.' }]);
    expect(undated.events.map((event) => [event.mention, event.value])).toEqual([['March 2017', '2017-03']]);
  });
});

describe('firstDay', () => {
  it('gives the first day of every precision', () => {
    expect(firstDay('2024-06-27T20:43')).toBe('2024-06-27');
    expect(firstDay('2024-06-25')).toBe('2024-06-25');
    expect(firstDay('2024-11')).toBe('2024-11-01');
    expect(firstDay('2024-Q3')).toBe('2024-07-01');
    expect(firstDay('2024-W26')).toBe('2024-06-24');
    expect(firstDay('2021-W01')).toBe('2021-01-04');
    expect(firstDay('2024')).toBe('2024-01-01');
    expect(firstDay('202X')).toBe('2020-01-01');
    expect(firstDay('P5D')).toBeNull();
  });
});

describe('rendering', () => {
  it('prints one line per event', () => {
    const lines = formatTimeline(seed).trimEnd().split('\n');
    for (const event of seed.events) expect(lines.some((line) => line.startsWith(event.value) && line.includes(`[${event.mention}]`))).toBe(true);
  });

  it('draws a self-contained SVG with a dot per day', () => {
    const svg = renderTimelineSvg(seed);
    expect(svg.startsWith('<svg xmlns="http://www.w3.org/2000/svg"')).toBe(true);
    expect(svg.trimEnd().endsWith('</svg>')).toBe(true);
    expect(svg.match(/<circle/g) ?? []).toHaveLength(new Set(seed.events.map((event) => event.day)).size);
    expect(svg).not.toMatch(/<script|<image|<use|@import|url\(|href=/i);
    expect(svg.match(/https?:\/\/[^\s"']+/g)).toEqual(['http://www.w3.org/2000/svg']);
  });

  it('draws an empty timeline', () => {
    expect(renderTimelineSvg({ stories: [], events: [], unplaced: [] })).toContain('No dates found.');
  });
});

describe('main.ts', () => {
  it('prints the seed timeline and writes timeline.svg', () => {
    const out = mkdtempSync(join(tmpdir(), 'timeline-'));
    try {
      const main = fileURLToPath(new URL('./main.ts', import.meta.url));
      const output = execFileSync(process.execPath, ['--import', 'tsx', main, '--out', out], { encoding: 'utf8' });
      expect(output.startsWith(formatTimeline(seed))).toBe(true);
      expect(readFileSync(join(out, 'timeline.svg'), 'utf8')).toBe(renderTimelineSvg(seed));
    } finally {
      rmSync(out, { recursive: true, force: true });
    }
  });
});
