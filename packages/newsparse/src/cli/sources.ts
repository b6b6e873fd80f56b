import { createReadStream } from 'node:fs';
import { stat } from 'node:fs/promises';
import { createInterface } from 'node:readline';
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
 * Streams JSONL lines from files (or standard input) as raw records, never holding more
 * than the current chunk: parsing and checking each line is the parser's job.
 */
export async function* readJsonl(files: readonly string[], stdin: NodeJS.ReadableStream): AsyncGenerator<RawRecord> {
  const sources = files.length === 0 ? ['-'] : files;
  for (const source of sources) {
    const stream = source === '-' ? stdin : createReadStream(source);
    const name = source === '-' ? 'stdin' : source;
    if (source !== '-') {
      // Surface a missing file as a one-line error instead of a stream crash.
      await new Promise<void>((resolve, reject) => {
        (stream as ReturnType<typeof createReadStream>).once('open', () => resolve()).once('error', (error: NodeJS.ErrnoException) =>
          reject(new CliError(error.code === 'ENOENT' ? `${source}: no such file` : `${source}: ${error.message}`)));
      });
    }
    const lines = createInterface({ input: stream, crlfDelay: Infinity });
    let lineNumber = 0;
    for await (const line of lines) {
      lineNumber++;
      if (line.trim().length === 0) continue;
      yield { kind: 'jsonl', json: line, line: lineNumber, source: name };
    }
  }
}
