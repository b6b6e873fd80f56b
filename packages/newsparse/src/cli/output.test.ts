import { mkdtempSync, readFileSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { leadingId, readDoneIds } from './output.js';

describe('leadingId', () => {
  it('reads the id of a result line, escapes included', () => {
    expect(leadingId('{"id":"doc-1","format":"text"}')).toBe('doc-1');
    expect(leadingId('{"id":"a \\"quoted\\" id","x":1}')).toBe('a "quoted" id');
  });
  it('rejects torn or foreign lines', () => {
    expect(leadingId('{"id":"doc-1","format":"te')).toBeNull();
    expect(leadingId('{"other":1}')).toBeNull();
  });
});

describe('readDoneIds', () => {
  it('collects done ids and cuts a torn last line', async () => {
    const path = join(mkdtempSync(join(tmpdir(), 'np-')), 'out.jsonl');
    writeFileSync(path, '{"id":"a","v":1}\n{"id":"b","v":2}\n{"id":"c","v":');
    expect([...(await readDoneIds(path))]).toEqual(['a', 'b']);
    expect(readFileSync(path, 'utf8')).toBe('{"id":"a","v":1}\n{"id":"b","v":2}\n');
  });
  it('is empty for a missing file', async () => {
    expect((await readDoneIds('/nonexistent/out.jsonl')).size).toBe(0);
  });
});
