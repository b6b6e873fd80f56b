import { execFileSync } from 'node:child_process';
import { linkSync, mkdirSync, mkdtempSync, symlinkSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { Readable } from 'node:stream';
import { describe, expect, it } from 'vitest';
import { firstInvalidUtf8 } from './file-checks.js';
import { listSources, sourceRecords, splitLines } from './sources.js';

async function lines(chunks: Array<string | Buffer>, maxBytes = 1000): Promise<Array<string | null>> {
  async function* source(): AsyncGenerator<Buffer | string> {
    yield* chunks;
  }
  const out: Array<string | null> = [];
  for await (const line of splitLines(source(), maxBytes)) out.push(line.text);
  return out;
}

describe('splitLines', () => {
  it('splits LF and CRLF lines across chunk boundaries, with or without a last newline', async () => {
    expect(await lines(['{"a":1}\r\n{"b"', ':2}\n', '\n{"c":3}'])).toEqual(['{"a":1}', '{"b":2}', '', '{"c":3}']);
    expect(await lines(['x\n'])).toEqual(['x']);
    expect(await lines([])).toEqual([]);
  });

  it('decodes a character split between two chunks and drops a leading BOM', async () => {
    const bytes = Buffer.from('\uFEFF"Capuñay — 王"\n', 'utf8');
    expect(await lines([bytes.subarray(0, 9), bytes.subarray(9, 16), bytes.subarray(16)])).toEqual(['"Capuñay — 王"']);
  });

  it('reports an over-long line as null and goes on with the next', async () => {
    expect(await lines(['short\n', 'x'.repeat(30), 'x'.repeat(30), '\nnext\n'], 40)).toEqual(['short', null, 'next']);
    expect(await lines(['y'.repeat(50) + '\nok'], 40)).toEqual([null, 'ok']);
    expect(await lines(['z'.repeat(50)], 40)).toEqual([null]);
  });

  it('numbers lines from 1, counting blank ones', async () => {
    const numbers: number[] = [];
    async function* source(): AsyncGenerator<string> {
      yield 'a\n\nb\n';
    }
    for await (const line of splitLines(source(), 100)) numbers.push(line.number);
    expect(numbers).toEqual([1, 2, 3]);
  });
});

describe('splitLines and invalid UTF-8', () => {
  it('marks a line that is not valid UTF-8 with the offset of its first bad byte', async () => {
    const out: Array<{ text: string | null; invalidByte?: number }> = [];
    async function* source(): AsyncGenerator<Buffer> {
      yield Buffer.concat([Buffer.from('ok\ncaf'), Buffer.from([0xe9]), Buffer.from(' au lait\n')]);
    }
    for await (const line of splitLines(source(), 100)) out.push(line);
    expect(out[0]).toEqual({ number: 1, text: 'ok' });
    expect(out[1]).toMatchObject({ text: 'caf\uFFFD au lait', invalidByte: 3 });
  });

  it('finds the first byte outside a well-formed sequence', () => {
    expect(firstInvalidUtf8(Buffer.from('plain — ü 王 😀'))).toBe(-1);
    expect(firstInvalidUtf8(Buffer.from([0x61, 0xc0, 0x80]))).toBe(1); // overlong
    expect(firstInvalidUtf8(Buffer.from([0x61, 0xed, 0xa0, 0x80]))).toBe(1); // surrogate
    expect(firstInvalidUtf8(Buffer.from([0x61, 0x62, 0xe2, 0x82]))).toBe(2); // cut short
    expect(firstInvalidUtf8(Buffer.from([0xf4, 0x90, 0x80, 0x80]))).toBe(0); // past U+10FFFF
  });
});

describe('listSources', () => {
  const dir = mkdtempSync(join(tmpdir(), 'np-sources-'));
  mkdirSync(join(dir, 'articles', 'sub'), { recursive: true });
  writeFileSync(join(dir, 'articles', 'a.txt'), 'A.');
  writeFileSync(join(dir, 'articles', 'sub', 'b.html'), '<p>B.</p>');
  writeFileSync(join(dir, 'articles', 'notes.json'), '{}');
  writeFileSync(join(dir, 'articles', '.hidden.txt'), 'H.');
  symlinkSync('..', join(dir, 'articles', 'sub', 'loop'));
  symlinkSync('../a.txt', join(dir, 'articles', 'sub', 'again.txt'));
  linkSync(join(dir, 'articles', 'a.txt'), join(dir, 'hard.txt'));
  execFileSync('mkfifo', [join(dir, 'fifo')]);

  it('walks folders in name order and lists each real file once (links, loops, repeats)', async () => {
    const listing = await listSources([join(dir, 'articles'), join(dir, 'hard.txt'), join(dir, 'articles', 'a.txt')], { jsonl: false });
    expect(listing.sources).toEqual([
      { kind: 'article', path: join(dir, 'articles', 'a.txt') },
      { kind: 'article', path: join(dir, 'articles', 'sub', 'b.html') },
    ]);
    expect(listing.problems).toEqual([]);
    expect(listing.inputs.folders).toHaveLength(1);
    expect(listing.inputs.files.size).toBe(2);
  });

  it('reports missing paths, empty globs, devices and FIFOs, and lists the rest', async () => {
    const listing = await listSources([join(dir, 'none.txt'), '/dev/zero', join(dir, 'fifo'), join(dir, 'zz*.txt'), join(dir, 'articles', 'a.txt')], { jsonl: false });
    expect(listing.sources).toEqual([{ kind: 'article', path: join(dir, 'articles', 'a.txt') }]);
    expect(listing.problems).toEqual([
      { path: join(dir, 'none.txt'), error: 'no such file' },
      { path: '/dev/zero', error: 'is a character device, not a file' },
      { path: join(dir, 'fifo'), error: 'is a FIFO (named pipe), not a file' },
      { path: join(dir, 'zz*.txt'), error: 'no file matches this pattern' },
    ]);
  });

  it('reads standard input for --jsonl without paths, and refuses it for article files', async () => {
    expect((await listSources([], { jsonl: true })).sources).toEqual([{ kind: 'jsonl', path: '-' }]);
    await expect(listSources(['-'], { jsonl: false })).rejects.toMatchObject({ exitCode: 2 });
    await expect(listSources([], { jsonl: false })).rejects.toMatchObject({ exitCode: 2 });
  });
});

describe('sourceRecords', () => {
  it('numbers JSONL lines across inputs as one stream, so a file and stdin give the same positions', async () => {
    const dir = mkdtempSync(join(tmpdir(), 'np-records-'));
    writeFileSync(join(dir, 'a.jsonl'), '{"text":"1"}\n\n{"text":"3"}\n');
    writeFileSync(join(dir, 'b.jsonl'), '{"text":"4"}\n');
    const positions = async (sources: Parameters<typeof sourceRecords>[0], stdin = Readable.from([])): Promise<number[]> => {
      const out: number[] = [];
      for await (const record of sourceRecords(sources, stdin, 1000)) if (record.kind === 'jsonl') out.push(record.position);
      return out;
    };
    expect(await positions([{ kind: 'jsonl', path: join(dir, 'a.jsonl') }, { kind: 'jsonl', path: join(dir, 'b.jsonl') }])).toEqual([1, 3, 4]);
    expect(await positions([{ kind: 'jsonl', path: '-' }], Readable.from([Buffer.from('{"text":"1"}\n\n{"text":"3"}\n{"text":"4"}\n')]))).toEqual([1, 3, 4]);
  });

  it('turns a JSONL file that cannot be opened into a problem record', async () => {
    const records = [];
    for await (const record of sourceRecords([{ kind: 'jsonl', path: '/nonexistent/x.jsonl' }], Readable.from([]), 1000)) records.push(record);
    expect(records).toEqual([{ kind: 'problem', source: '/nonexistent/x.jsonl', error: 'no such file' }]);
  });
});
