import { mkdirSync, mkdtempSync, readFileSync, readdirSync, realpathSync, statSync, symlinkSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { dirname, join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { WriteError, checkOutputs, fileSink, leadingId, readDoneIds } from './output.js';

describe('leadingId', () => {
  it('reads the id of a result line, escapes included', () => {
    expect(leadingId('{"id":"doc-1","format":"text"}')).toBe('doc-1');
    expect(leadingId('{"id":"a \\"quoted\\" id","format":"html"}')).toBe('a "quoted" id');
  });
  it('rejects torn or foreign lines', () => {
    expect(leadingId('{"id":"doc-1","form')).toBeNull();
    expect(leadingId('{"other":1}')).toBeNull();
    // An input record is not a result line.
    expect(leadingId('{"id":"doc-1","text":"Hello."}')).toBeNull();
  });
});

const line = (id: string, rest = '"text":"x"'): string => `{"id":"${id}","format":"text",${rest}}\n`;
const tempFile = (content: string | Buffer): string => {
  const path = join(mkdtempSync(join(tmpdir(), 'np-out-')), 'out.jsonl');
  writeFileSync(path, content);
  return path;
};

describe('readDoneIds', () => {
  it('collects done ids and cuts a torn last line', async () => {
    const path = tempFile(line('a') + line('b') + '{"id":"c","format":"te');
    const state = await readDoneIds(path);
    expect([...state.done]).toEqual(['a', 'b']);
    expect(state.droppedLastLine).toBe(true);
    expect(readFileSync(path, 'utf8')).toBe(line('a') + line('b'));
  });

  it('validates the last line by parsing it: a torn line ending in } is redone', async () => {
    const torn = '{"id":"c","format":"text","quotes":[{"a":1}';
    const path = tempFile(line('a') + torn + '}\n');
    expect([...(await readDoneIds(path)).done]).toEqual(['a']);
    expect(readFileSync(path, 'utf8')).toBe(line('a'));
  });

  it('leaves a complete file as it is', async () => {
    const path = tempFile(line('a') + line('b'));
    expect(await readDoneIds(path)).toEqual({ done: new Set(['a', 'b']), droppedLastLine: false });
    expect(readFileSync(path, 'utf8')).toBe(line('a') + line('b'));
  });

  it('refuses, untouched, a file that is not newsparse output', async () => {
    for (const content of ['hello\n', 'notes without a newline', '{"id":"a","text":"an input record"}\n', line('a') + 'garbage\n' + line('b'), line('a') + '{"id":"b","format":"te\n' + line('c')]) {
      const path = tempFile(content);
      await expect(readDoneIds(path)).rejects.toMatchObject({ exitCode: 2, message: expect.stringContaining('not newsparse output') });
      expect(readFileSync(path, 'utf8')).toBe(content);
    }
  });

  it('is empty for a missing or empty file', async () => {
    expect((await readDoneIds('/nonexistent/out.jsonl')).done.size).toBe(0);
    expect((await readDoneIds(tempFile(''))).done.size).toBe(0);
  });
});

describe('checkOutputs', () => {
  const dir = mkdtempSync(join(tmpdir(), 'np-check-'));
  mkdirSync(join(dir, 'articles'));
  writeFileSync(join(dir, 'in.jsonl'), '{}\n');
  symlinkSync(join(dir, 'in.jsonl'), join(dir, 'link.jsonl'));
  symlinkSync(join(dir, 'articles'), join(dir, 'articles-link'));
  const info = statSync(join(dir, 'in.jsonl'));
  const inputs = { files: new Map([[`${info.dev}:${info.ino}`, join(dir, 'in.jsonl')]]), folders: [realpathSync(join(dir, 'articles'))] };
  const refused = (path: string, option = '--output'): void => {
    expect(() => checkOutputs([{ option, path }], inputs, null)).toThrow(expect.objectContaining({ exitCode: 2 }));
  };

  it('refuses an input, a link to one, and anything inside an input folder', () => {
    refused(join(dir, 'in.jsonl'));
    refused(join(dir, 'link.jsonl'), '--errors');
    refused(join(dir, 'articles', 'out.jsonl'));
    refused(join(dir, 'articles-link', 'out.jsonl'));
    refused(join(dir, 'articles'));
  });

  it('refuses the file standard input reads, and two outputs naming one file', () => {
    expect(() => checkOutputs([{ option: '-o', path: join(dir, 'in.jsonl') }], { files: new Map(), folders: [] }, info)).toThrow(/standard input/);
    expect(() => checkOutputs([{ option: '--output', path: join(dir, 'x.jsonl') }, { option: '--errors', path: join(dir, 'x.jsonl') }], inputs, null)).toThrow(/same file/);
  });

  it('accepts a new file beside the inputs', () => {
    expect(() => checkOutputs([{ option: '--output', path: join(dir, 'out.jsonl') }], inputs, null)).not.toThrow();
  });
});

describe('fileSink', () => {
  it('writes beside the target and replaces it only when the run finishes', () => {
    const path = tempFile('old\n');
    const sink = fileSink(path, false);
    sink.write(line('a'));
    expect(readFileSync(path, 'utf8')).toBe('old\n');
    sink.finish();
    expect(readFileSync(path, 'utf8')).toBe(line('a'));
    expect(readdirSync(dirname(path))).toEqual(['out.jsonl']);
  });

  it('keeps the target when an abandoned run wrote nothing, and appends with --resume', () => {
    const path = tempFile(line('a'));
    fileSink(path, false).abandon();
    expect(readFileSync(path, 'utf8')).toBe(line('a'));
    const sink = fileSink(path, true);
    sink.write(line('b'));
    sink.finish();
    expect(readFileSync(path, 'utf8')).toBe(line('a') + line('b'));
  });

  it('turns a full disk into a one-line WriteError', () => {
    const sink = fileSink('/dev/full', false);
    expect(() => sink.write(line('a'))).toThrow(new WriteError('/dev/full', Object.assign(new Error('x'), { code: 'ENOSPC' })).message);
    sink.abandon();
  });
});
