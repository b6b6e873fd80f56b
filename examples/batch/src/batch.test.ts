import { execFileSync } from 'node:child_process';
import { mkdtempSync, readdirSync, readFileSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { fileURLToPath } from 'node:url';
import { afterAll, describe, expect, it } from 'vitest';
import type { EntityType } from 'newsparse';
import { analyzeResults, formatAnalysis, readJsonl, type BatchLine } from './analyze.js';
import { runBatch } from './run-cli.js';

// The parsers improve in parallel: check the CLI's contract (one line per article, in input
// order, with its id), the analysis arithmetic, and one robust fact (a spokeswoman quoted
// as `"...," said Amina Wekesa, a spokeswoman for` in two stories), never exact outputs.
const articles = fileURLToPath(new URL('../../articles', import.meta.url));
const articleFiles = readdirSync(articles).filter((name) => /\.(?:txt|html?)$/.test(name)).sort();
const out = mkdtempSync(join(tmpdir(), 'newsparse-batch-'));
afterAll(() => rmSync(out, { recursive: true, force: true }));

describe('analyzeResults', () => {
  it('counts speakers, places, datelines and months', async () => {
    const analysis = await analyzeResults([
      line('a', { speakers: [['Ana Ruiz', 2]], unnamed: 1, places: ['Lima', 'Peru'], city: 'LIMA', published: '2024-06-27T20:43' }),
      line('b', { speakers: [['Ana Ruiz', 1], ['Tom Vega', 1], ['Red Cross', 1, 'organization']], places: ['Lima'], published: '2024-07-01' }),
    ]);
    expect(analysis).toMatchObject({ articles: 2, quotes: 6, byAttribution: { named: 5, unnamed: 1, none: 0 } });
    expect(analysis.mostQuoted).toEqual([
      { name: 'Ana Ruiz', count: 3, articles: 2 },
      { name: 'Tom Vega', count: 1, articles: 1 },
    ]);
    expect(analysis.otherSources).toEqual([{ name: 'Red Cross', count: 1, articles: 1 }]);
    expect(analysis.places[0]).toEqual({ name: 'Lima', count: 2, articles: 2 });
    expect(analysis.datelines).toEqual([{ name: 'LIMA', count: 1, articles: 1 }]);
    expect(analysis.months.map((month) => month.name)).toEqual(['2024-06', '2024-07']);
    expect(formatAnalysis(analysis)).toContain('Ana Ruiz  3 quotes in 2 articles');
  });
});

describe('the CLI over the sample folder', () => {
  const output = join(out, 'articles.jsonl');

  it('writes one line per article, in input order, with its id (via main.ts)', () => {
    const main = fileURLToPath(new URL('./main.ts', import.meta.url));
    const report = execFileSync(process.execPath, ['--import', 'tsx', main, '--jobs', '1', '--out', out], { encoding: 'utf8' });
    expect(report).toContain('Most quoted people');
    const lines = readFileSync(output, 'utf8').trimEnd().split('\n');
    expect(lines).toHaveLength(articleFiles.length);
    const results = lines.map((text) => JSON.parse(text) as BatchLine);
    expect(results.map((result) => result.id)).toEqual(articleFiles.map((name) => `articles/${name}`));
    for (const result of results) {
      expect(result).toMatchObject({ format: expect.stringMatching(/^(?:text|html)$/), text: expect.any(String) });
      expect(Array.isArray(result.quotes) && Array.isArray(result.dates) && Array.isArray(result.sources)).toBe(true);
    }
  });

  it('finds the spokeswoman quoted in two stories', async () => {
    const analysis = await analyzeResults(readJsonl(output));
    expect(analysis.articles).toBe(articleFiles.length);
    const named = [...analysis.mostQuoted, ...analysis.otherSources];
    expect(named.find((entry) => entry.name.includes('Wekesa'))?.articles).toBe(2);
  });

  it('adds nothing on --resume of a finished run', async () => {
    const before = readFileSync(output, 'utf8');
    const run = await runBatch({ inputs: ['articles'], cwd: join(articles, '..'), output, resume: true, jobs: 1 });
    expect(run.exitCode).toBe(0);
    expect(readFileSync(output, 'utf8')).toBe(before);
  });
});

interface Fixture {
  /** Name, quotes, and the speaker's entity type (default: person). */
  speakers?: [string, number, EntityType?][];
  unnamed?: number;
  places?: string[];
  city?: string;
  published?: string;
}

/** A minimal batch line: only the fields the analysis reads. */
function line(id: string, fixture: Fixture): BatchLine {
  const quotes = [];
  const speakers = fixture.speakers ?? [];
  for (const [name, total] of speakers) {
    for (let index = 0; index < total; index++) quotes.push({ speaker: { name, named: true } });
  }
  for (let index = 0; index < (fixture.unnamed ?? 0); index++) quotes.push({ speaker: { name: 'officials', named: false } });
  return {
    id,
    quotes,
    sources: speakers.map(([name, total], index) => ({ name, named: true, total, entityId: `s${index}` })),
    entities: {
      mentions: [],
      entities: [
        ...speakers.map(([name, , type], index) => ({ id: `s${index}`, name, type: type ?? 'person' })),
        ...(fixture.places ?? []).map((name, index) => ({ id: `p${index}`, name, type: 'place' })),
      ],
    },
    dateline: fixture.city ? { location: { city: fixture.city, text: fixture.city } } : null,
    metadata: { published: fixture.published ?? null },
    reference: null,
  } as unknown as BatchLine;
}
