import { describe, expect, it } from 'vitest';
import { splitLines } from './sources.js';

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
