import { createReadStream } from 'node:fs';
import { readFile, stat } from 'node:fs/promises';
import { createInterface } from 'node:readline';
import { glob, isDynamicPattern } from 'tinyglobby';
import { decodeArticle, CliError } from './input.js';
import { recordToTask, type BatchItem } from './records.js';
import type { ArticleStage } from '../types.js';

export interface SourceOptions {
  format: 'auto' | 'html' | 'text';
  only?: ArticleStage[];
  maxChars: number;
  reference?: string;
  url?: string;
}

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

/** Reads article files one at a time (never all at once) and yields tasks or failures. */
export async function* readFiles(files: readonly string[], options: SourceOptions): AsyncGenerator<BatchItem> {
  for (const file of files) {
    try {
      const bytes = await readFile(file);
      const input = decodeArticle(bytes, file);
      if (input.length > options.maxChars) {
        throw new CliError(`${file}: over the size limit (${input.length} > ${options.maxChars} characters)`);
      }
      const task: BatchItem = { kind: 'task', line: null, source: file, task: { id: file, input, format: options.format } };
      if (options.only !== undefined) task.task.only = options.only;
      if (options.reference !== undefined) task.task.reference = options.reference;
      if (options.url !== undefined) task.task.url = options.url;
      yield task;
    } catch (error) {
      const message = error instanceof CliError ? error.message.replace(`${file}: `, '') : (error as Error).message;
      yield { kind: 'failure', failure: { line: null, id: file, source: file, error: message } };
    }
  }
}

/** Streams JSONL records from files (or standard input) line by line. */
export async function* readJsonl(files: readonly string[], options: SourceOptions, stdin: NodeJS.ReadableStream): AsyncGenerator<BatchItem> {
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
      let record: unknown;
      try {
        record = JSON.parse(line);
      } catch (error) {
        yield { kind: 'failure', failure: { line: lineNumber, id: null, source: name, error: `invalid JSON: ${(error as Error).message}` } };
        continue;
      }
      const checked = recordToTask(record, options, `${name}:${lineNumber}`);
      if ('error' in checked) {
        yield { kind: 'failure', failure: { line: lineNumber, id: checked.id, source: name, error: checked.error } };
      } else {
        if (options.url !== undefined && checked.task.url === undefined) checked.task.url = options.url;
        yield { kind: 'task', task: checked.task, line: lineNumber, source: name };
      }
    }
  }
}
