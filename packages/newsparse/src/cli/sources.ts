import { createReadStream, type Stats } from 'node:fs';
import { readdir, realpath, stat } from 'node:fs/promises';
import { isUtf8 } from 'node:buffer';
import { describeFileType, firstInvalidUtf8, statError } from './file-checks.js';
import { join, normalize } from 'node:path';
import { CliError } from './cli-error.js';
import type { RawRecord } from './records.js';
import { isWarcPath, readWarc, type ByteCounter } from './warc.js';

/** Article files found in a folder (recursively; hidden files and folders are skipped). */
const ARTICLE_EXTENSIONS = ['.txt', '.text', '.html', '.htm', '.md'];

/**
 * What an input holds. Each kind has its own reader in `sourceRecords`; a new input format
 * is one more kind, one more case in `sourceKind` and one more reader.
 */
export type SourceKind = 'article' | 'jsonl' | 'warc';

/** One input to read: a file (or standard input, path "-") and how to read it. */
export interface Source {
  kind: SourceKind;
  /** The path as given, or as found in a folder (normalised), or "-" for standard input. */
  path: string;
}

/** An input that cannot be read: reported like a failed record, and the rest are parsed. */
export interface SourceProblem {
  path: string;
  error: string;
}

/** What the run reads, for checking that no output overwrites it. */
export interface InputSet {
  /** `dev:ino` of every input file (so a hard or symbolic link to one is recognised). */
  files: Map<string, string>;
  /** Real paths of the folders given as inputs. */
  folders: string[];
}

export interface SourceListing {
  sources: Source[];
  problems: SourceProblem[];
  inputs: InputSet;
}

/** How a file given by its path is read: `--jsonl` makes every input a JSONL file. */
export function sourceKind(path: string, jsonl: boolean): SourceKind {
  if (isWarcPath(path)) return 'warc';
  return jsonl ? 'jsonl' : 'article';
}

const fileKey = (info: Stats): string => `${info.dev}:${info.ino}`;

/**
 * Lists the inputs of a batch run: files, folders (walked recursively, sorted), glob
 * patterns and "-" (standard input, JSONL only). Each real file is listed once however many
 * paths lead to it (links, loops, repeats); missing paths, devices and FIFOs become problems
 * to report, and the rest are still listed.
 */
export async function listSources(paths: readonly string[], options: { jsonl: boolean }): Promise<SourceListing> {
  // Loaded here, not at start-up: only batch mode lists files.
  const { glob, isDynamicPattern } = await import('tinyglobby');
  const listing: SourceListing = { sources: [], problems: [], inputs: { files: new Map(), folders: [] } };
  const given = paths.length === 0 ? ['-'] : paths;
  const addFile = (path: string, info: Stats): void => {
    const key = fileKey(info);
    if (listing.inputs.files.has(key)) return;
    listing.inputs.files.set(key, path);
    listing.sources.push({ kind: sourceKind(path, options.jsonl), path });
  };
  for (const path of given) {
    if (path === '-') {
      if (!options.jsonl) throw new CliError('batch mode reads files; pipe JSONL with --jsonl to read standard input', 2);
      if (!listing.sources.some((source) => source.path === '-')) listing.sources.push({ kind: 'jsonl', path: '-' });
      continue;
    }
    const matches = isDynamicPattern(path) ? (await glob(path, { onlyFiles: true, dot: false })).sort() : [path];
    if (matches.length === 0) {
      listing.problems.push({ path, error: 'no file matches this pattern' });
      continue;
    }
    for (const match of matches) {
      const shown = normalize(match);
      let info: Stats;
      try {
        info = await stat(match);
      } catch (error) {
        listing.problems.push({ path: shown, error: statError(error as NodeJS.ErrnoException) });
        continue;
      }
      if (info.isDirectory()) {
        if (options.jsonl) {
          listing.problems.push({ path: shown, error: 'is a folder (pass the .jsonl files inside it)' });
          continue;
        }
        listing.inputs.folders.push(await realpath(match));
        await walkFolder(shown, listing, addFile);
      } else if (info.isFile()) {
        addFile(shown, info);
      } else {
        listing.problems.push({ path: shown, error: `is ${describeFileType(info)}, not a file` });
      }
    }
  }
  return listing;
}

/**
 * Adds the article files under a folder, depth first in name order. Symbolic links are
 * followed, but a folder already visited (a link loop, or two links to one folder) is not
 * entered again; anything but regular files and folders is skipped.
 */
async function walkFolder(root: string, listing: SourceListing, addFile: (path: string, info: Stats) => void): Promise<void> {
  const visited = new Set<string>();
  const walk = async (folder: string): Promise<void> => {
    const real = await realpath(folder).catch(() => null);
    if (real === null || visited.has(real)) return;
    visited.add(real);
    let names: string[];
    try {
      names = (await readdir(folder)).sort();
    } catch (error) {
      listing.problems.push({ path: folder, error: statError(error as NodeJS.ErrnoException) });
      return;
    }
    for (const name of names) {
      if (name.startsWith('.')) continue;
      const path = join(folder, name);
      const info = await stat(path).catch(() => null);
      if (info === null) continue;
      if (info.isDirectory()) await walk(path);
      else if (info.isFile() && (isWarcPath(name) || ARTICLE_EXTENSIONS.some((extension) => name.toLowerCase().endsWith(extension)))) addFile(path, info);
    }
  };
  await walk(root);
}

/**
 * The records of the listed sources, in order: an article file is one record (read where
 * it is parsed); a JSONL source gives one per non-blank line. JSONL lines are numbered
 * across all JSONL inputs as if they were one concatenated stream (`position`), which gives
 * records without an id the same id whether the input came from files or standard input.
 */
export async function* sourceRecords(sources: readonly Source[], stdin: NodeJS.ReadableStream, maxLineBytes: number, warcBytes?: ByteCounter): AsyncGenerator<RawRecord> {
  let position = 0;
  for (const source of sources) {
    switch (source.kind) {
      case 'article':
        yield { kind: 'file', path: source.path };
        break;
      case 'warc':
        yield* readWarc(source.path, maxLineBytes, warcBytes);
        break;
      case 'jsonl':
        for await (const record of readJsonl(source.path, stdin, maxLineBytes, position)) {
          position = record.kind === 'jsonl' ? record.position : position;
          yield record;
        }
        break;
    }
  }
}

/**
 * Streams one JSONL file (or standard input, "-") as raw records. The stream is read only
 * as fast as records are taken (readline's async iterator buffers every line it has read, so
 * a fast reader and slow parsers held the whole corpus in memory); parsing and checking each
 * line is the worker's job. A line longer than `maxLineBytes` is skipped up to its newline
 * and reported, so one runaway line cannot exhaust memory.
 */
export async function* readJsonl(path: string, stdin: NodeJS.ReadableStream, maxLineBytes: number, startPosition = 0): AsyncGenerator<RawRecord> {
  const stream = path === '-' ? stdin : createReadStream(path, { highWaterMark: 1 << 20 });
  const name = path === '-' ? 'stdin' : path;
  if (path !== '-') {
    // A file that cannot be opened (gone since it was listed) fails alone, like a bad record.
    const opened = await new Promise<string | null>((resolve) => {
      (stream as ReturnType<typeof createReadStream>).once('open', () => resolve(null)).once('error', (error: NodeJS.ErrnoException) => resolve(statError(error)));
    });
    if (opened !== null) {
      yield { kind: 'problem', source: path, error: opened };
      return;
    }
  }
  for await (const line of splitLines(stream as AsyncIterable<Buffer | string>, maxLineBytes)) {
    const position = startPosition + line.number;
    if (line.text === null) {
      yield { kind: 'jsonl', json: '', line: line.number, position, source: name, error: `line over the size limit (more than ${maxLineBytes} bytes)` };
    } else if (line.text.trim().length > 0) {
      const record: RawRecord = { kind: 'jsonl', json: line.text, line: line.number, position, source: name };
      if (line.invalidByte !== undefined) record.invalidByte = line.invalidByte;
      yield record;
    }
  }
}

/** A line of a JSONL stream; `invalidByte` is the offset of its first byte that is not valid UTF-8. */
export interface SplitLine {
  number: number;
  text: string | null;
  invalidByte?: number;
}

/**
 * Splits a byte stream into UTF-8 lines (LF or CRLF; a BOM at the start is dropped),
 * numbered from 1. A line over `maxBytes` comes out as `text: null`; a line that is not
 * valid UTF-8 is decoded with U+FFFD and says where its first bad byte is.
 */
export async function* splitLines(chunks: AsyncIterable<Buffer | string>, maxBytes: number): AsyncGenerator<SplitLine> {
  let carry: Buffer[] = [];
  let carryBytes = 0;
  let overLong = false;
  let number = 0;
  const finish = (tail: Buffer): SplitLine => {
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
    const line: SplitLine = { number, text };
    if (!isUtf8(bytes.subarray(0, end))) line.invalidByte = firstInvalidUtf8(bytes.subarray(0, end));
    return line;
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
