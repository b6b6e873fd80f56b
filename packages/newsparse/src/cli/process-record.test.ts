import { mkdtempSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { processRecord } from './process-record.js';
import { recordId, type RawRecord } from './records.js';
import { parseChunk } from './thread.js';

const defaults = { format: 'auto' as const, maxChars: 10_000 };
const jsonl = (json: string, line = 1): RawRecord => ({ kind: 'jsonl', json, line, position: line, source: 'in.jsonl' });
const article = 'LIMA, Peru (AP) — "We will open the port in July," said Ana Ruiz, the harbour master.';

describe('processRecord', () => {
  it('turns a JSONL record into a result line that starts with its id', () => {
    const outcome = processRecord(jsonl(JSON.stringify({ id: 'a1', text: article, published: '2024-06-27' })), defaults);
    expect('line' in outcome && outcome.line.startsWith('{"id":"a1","format":"text"')).toBe(true);
    const result = JSON.parse((outcome as { line: string }).line) as { reference: string; quotes: unknown[] };
    expect(result.reference).toBe('2024-06-27');
    expect(result.quotes).toHaveLength(1);
  });

  it('reports a bad record with its line and id instead of throwing', () => {
    expect(processRecord(jsonl('{not json', 4), defaults)).toMatchObject({ failure: { line: 4, id: null, source: 'in.jsonl', error: expect.stringMatching(/^invalid JSON/) } });
    expect(processRecord(jsonl('{"id":"x"}', 5), defaults)).toEqual({ failure: { line: 5, id: 'x', source: 'in.jsonl', error: 'missing "text" or "html" string' } });
    expect(processRecord({ kind: 'jsonl', json: '', line: 6, position: 6, source: 'in.jsonl', error: 'line over the size limit' }, defaults)).toEqual({
      failure: { line: 6, id: null, source: 'in.jsonl', error: 'line over the size limit' },
    });
  });

  it('fails a record that is not valid UTF-8, naming its id and the bad byte', () => {
    const record: RawRecord = { kind: 'jsonl', json: '{"id":"u","text":"caf\uFFFD"}', line: 3, position: 3, source: 'in.jsonl', invalidByte: 20 };
    expect(processRecord(record, defaults)).toEqual({ failure: { line: 3, id: 'u', source: 'in.jsonl', error: expect.stringMatching(/^not valid UTF-8 .* at byte 20 of the line$/) } });
  });

  it('reports an input problem found while reading as a failure', () => {
    expect(processRecord({ kind: 'problem', source: 'gone.jsonl', error: 'no such file' }, defaults)).toEqual({ failure: { line: null, id: null, source: 'gone.jsonl', error: 'no such file' } });
  });

  it('reads article files, and reports missing, empty, binary and invalid UTF-8 ones', () => {
    const dir = mkdtempSync(join(tmpdir(), 'np-record-'));
    writeFileSync(join(dir, 'a.txt'), article);
    writeFileSync(join(dir, 'empty.txt'), '');
    writeFileSync(join(dir, 'bin.txt'), 'a\u0000b');
    writeFileSync(join(dir, 'latin1.txt'), Buffer.from('caf\xe9 au lait', 'latin1'));
    expect(processRecord({ kind: 'file', path: join(dir, 'latin1.txt') }, defaults)).toMatchObject({ failure: { error: expect.stringMatching(/not valid UTF-8.*offset 3$/) } });
    expect(processRecord({ kind: 'file', path: join(dir, 'a.txt') }, defaults)).toHaveProperty('line');
    expect(processRecord({ kind: 'file', path: join(dir, 'empty.txt') }, defaults)).toMatchObject({ failure: { line: null, error: 'is empty' } });
    expect(processRecord({ kind: 'file', path: join(dir, 'bin.txt') }, defaults)).toMatchObject({ failure: { error: expect.stringContaining('binary') } });
    expect(processRecord({ kind: 'file', path: join(dir, 'none.txt') }, defaults)).toMatchObject({ failure: { id: join(dir, 'none.txt') } });
    expect(processRecord({ kind: 'file', path: join(dir, 'a.txt') }, { ...defaults, maxChars: 10 })).toMatchObject({ failure: { error: expect.stringContaining('size limit') } });
  });
});

describe('recordId', () => {
  it('reads the id without parsing the article, falling back to the position', () => {
    expect(recordId(jsonl('{"id":7,"text":"x"}'))).toBe('7');
    expect(recordId(jsonl('{"text":"x"}', 9))).toBe('line:9');
    expect(recordId(jsonl('{oops'))).toBeNull();
    expect(recordId({ kind: 'file', path: 'a/b.txt' })).toBe('a/b.txt');
  });
});

describe('parseChunk (the worker)', () => {
  it('returns the good records as JSONL text in order, and the failures apart', () => {
    const result = parseChunk({
      defaults,
      records: [jsonl(JSON.stringify({ id: 'a', text: article }), 1), jsonl('[1]', 2), jsonl(JSON.stringify({ id: 'b', text: article }), 3)],
    });
    expect(result.parsed).toBe(2);
    expect(result.lines.split('\n').slice(0, -1).map((line) => (JSON.parse(line) as { id: string }).id)).toEqual(['a', 'b']);
    expect(result.lines.endsWith('\n')).toBe(true);
    expect(result.failures).toEqual([{ line: 2, id: null, source: 'in.jsonl', error: 'not a JSON object' }]);
  });
});
