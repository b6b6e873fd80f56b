import { createReadStream } from 'node:fs';
import { stat } from 'node:fs/promises';
import { glob, isDynamicPattern } from 'tinyglobby';
import { CliError } from './input.js';
import type { RawRecord } from './records.js';

/** Article files under a directory, recursively, in a stable (sorted) order. */
const ARTICLE_FILES = ['**/*.txt', '**/*.text', '**/*.html', '**/*.htm', '**/*.md'];

/**
 * Expands the command line's paths (files, directories, glob patterns) into article file
 * paths, in the order given, each directory and glob sorted.
 */
export async function expandPaths(paths: readonly string[]): Promise<string[]> {
  const files: string[] = [];
  for (const path of paths) {
    if (path === '-') {
      files.push(path);
      continue;
    }
    if (isDynamicPattern(path)) {
      const matches = (await glob(path, { onlyFiles: true, dot: false })).sort();
      if (matches.length === 0) throw new CliError(`${path}: no file matches this pattern`);
      files.push(...matches);
      continue;
    }
    const info = await stat(path).catch(() => null);
    if (info === null) throw new CliError(`${path}: no such file`);
    if (info.isDirectory()) {
      const matches = (await glob(ARTICLE_FILES, { cwd: path, onlyFiles: true, absolute: false })).sort();
      const base = path.endsWith('/') ? path.slice(0, -1) : path;
      files.push(...matches.map((match) => `${base}/${match}`));
    } else {
      files.push(path);
    }
  }
  return files;
}

/** Article files as raw records, in order; each is read and checked where it is parsed. */
export function* fileRecords(files: readonly string[]): Generator<RawRecord> {
  for (const path of files) yield { kind: 'file', path };
}

/**
 * Streams JSONL lines from files (or standard input) as raw records. The stream is read
 * only as fast as records are taken (readline's async iterator buffers every line it has
 * read, so a fast reader and slow parsers held the whole corpus in memory); parsing and
 * checking each line is the parser's job. A line longer than `maxLineBytes` is skipped
 * up to its newline and reported, so one runaway line cannot exhaust memory.
 */
export async function* readJsonl(files: readonly string[], stdin: NodeJS.ReadableStream, maxLineBytes: number): AsyncGenerator<RawRecord> {
  const sources = files.length === 0 ? ['-'] : files;
  for (const source of sources) {
    const stream = source === '-' ? stdin : createReadStream(source, { highWaterMark: 1 << 20 });
    const name = source === '-' ? 'stdin' : source;
    if (source !== '-') {
      // Surface a missing file as a one-line error instead of a stream crash.
      await new Promise<void>((resolve, reject) => {
        (stream as ReturnType<typeof createReadStream>).once('open', () => resolve()).once('error', (error: NodeJS.ErrnoException) =>
          reject(new CliError(error.code === 'ENOENT' ? `${source}: no such file` : `${source}: ${error.message}`)));
      });
    }
    for await (const line of splitLines(stream as AsyncIterable<Buffer | string>, maxLineBytes)) {
      if (line.text === null) {
        yield { kind: 'jsonl', json: '', line: line.number, source: name, error: `line over the size limit (more than ${maxLineBytes} bytes)` };
      } else if (line.text.trim().length > 0) {
        yield { kind: 'jsonl', json: line.text, line: line.number, source: name };
      }
    }
  }
}

/**
 * Splits a byte stream into UTF-8 lines (LF or CRLF; a BOM at the start is dropped),
 * numbered from 1. A line over `maxBytes` comes out as `text: null`.
 */
export async function* splitLines(chunks: AsyncIterable<Buffer | string>, maxBytes: number): AsyncGenerator<{ number: number; text: string | null }> {
  let carry: Buffer[] = [];
  let carryBytes = 0;
  let overLong = false;
  let number = 0;
  const finish = (tail: Buffer): { number: number; text: string | null } => {
    number++;
    if (overLong) {
      overLong = false;
      carry = [];
      carryBytes = 0;
      return { number, text: null };
    }
    const bytes = carry.length === 0 ? tail : Buffer.concat([...carry, tail]);
    carry = [];
    carryBytes = 0;
    let end = bytes.length;
    if (end > 0 && bytes[end - 1] === 13) end--;
    let text = bytes.toString('utf8', 0, end);
    if (number === 1 && text.charCodeAt(0) === 0xfeff) text = text.slice(1);
    return { number, text };
  };
  for await (const chunk of chunks) {
    const buffer = typeof chunk === 'string' ? Buffer.from(chunk) : chunk;
    let start = 0;
    let newline = buffer.indexOf(10, start);
    while (newline !== -1) {
      if (!overLong && carryBytes + newline - start > maxBytes) overLong = true;
      yield finish(buffer.subarray(start, newline));
      start = newline + 1;
      newline = buffer.indexOf(10, start);
    }
    if (start < buffer.length && !overLong) {
      // Copied: a slice would keep the whole read buffer alive.
      carry.push(Buffer.from(buffer.subarray(start)));
      carryBytes += buffer.length - start;
      if (carryBytes > maxBytes) {
        overLong = true;
        carry = [];
        carryBytes = 0;
      }
    }
  }
  if (carryBytes > 0 || overLong) yield finish(Buffer.alloc(0));
}
