import { closeSync, createReadStream, fstatSync, ftruncateSync, openSync, readSync, readlinkSync, realpathSync, renameSync, statSync, unlinkSync, writeSync, type Stats } from 'node:fs';
import { stat } from 'node:fs/promises';
import { basename, dirname, join, resolve, sep } from 'node:path';
import { describeFileType } from './file-checks.js';
import { CliError } from './cli-error.js';
import type { InputSet } from './sources.js';

/** Plain words for the write errors users meet. */
const WRITE_ERRORS: Partial<Record<string, string>> = {
  ENOSPC: 'no space left on device',
  EDQUOT: 'disk quota exceeded',
  EFBIG: 'file too large',
  EPIPE: 'the reader closed the pipe',
  EACCES: 'permission denied',
  EPERM: 'operation not permitted',
  EROFS: 'read-only file system',
  ENOENT: 'no such folder',
  EIO: 'input/output error',
};

/**
 * A write the system refused (disk full, closed pipe, no permission, I/O error): one line
 * that names the file and the error, exit code 1.
 */
export class WriteError extends CliError {
  constructor(name: string, error: unknown) {
    const { code, message } = error as NodeJS.ErrnoException;
    const reason = (code !== undefined ? WRITE_ERRORS[code] : undefined) ?? message.replace(/^E[A-Z]+: /, '').replace(/, \w+$/, '');
    super(`cannot write ${name}: ${reason}${code !== undefined ? ` (${code})` : ''}`, 1);
    this.name = 'WriteError';
  }
}

/** Where batch results go: whole lines only, so a stopped run leaves valid JSONL. */
export interface LineSink {
  /** How the sink is named in messages. */
  readonly name: string;
  /** Writes one or more complete lines, each ending in a newline; throws a WriteError. */
  write(lines: string): Promise<void> | void;
  /** Ends the output: a fresh file replaces its target now. */
  finish(): void;
  /** Ends the output after a failure or interruption: kept if it holds any line, else dropped. */
  abandon(): void;
}

const fileKey = (info: Stats): string => `${info.dev}:${info.ino}`;

/** The real path a file would have: its own if it exists, else its folder's plus its name. */
function resolvedPath(path: string): string {
  try {
    return realpathSync(path);
  } catch {
    try {
      return join(realpathSync(dirname(resolve(path))), basename(path));
    } catch {
      return resolve(path);
    }
  }
}

/**
 * Refuses outputs (`-o`, `--errors`) that would overwrite what the run reads: an input file
 * (or a link to one, symbolic or hard), the file standard input is redirected from, or any
 * path inside an input folder; and two outputs naming one file. Runs before anything is
 * opened for writing, so a refused command changes nothing.
 */
export function checkOutputs(outputs: ReadonlyArray<{ option: string; path: string }>, inputs: InputSet, stdinInfo: Stats | null): void {
  const seen = new Map<string, string>();
  for (const { option, path } of outputs) {
    let info: Stats | null = null;
    try {
      info = statSync(path);
    } catch {
      info = null;
    }
    if (info?.isDirectory()) throw new CliError(`${option} ${path}: is a folder; give a file name`, 2);
    if (info?.isFile()) {
      const input = inputs.files.get(fileKey(info));
      if (input !== undefined) throw new CliError(`${option} ${path} is the input ${input}${input === path ? '' : ' (through a link)'}: refusing to overwrite it`, 2);
      if (stdinInfo?.isFile() && fileKey(stdinInfo) === fileKey(info)) throw new CliError(`${option} ${path} is the file standard input reads: refusing to overwrite it`, 2);
    }
    const real = resolvedPath(path);
    const folder = inputs.folders.find((input) => real === input || real.startsWith(input.endsWith(sep) ? input : input + sep));
    if (folder !== undefined) throw new CliError(`${option} ${path} lies inside the input folder ${folder}: refusing to write there`, 2);
    const other = seen.get(real);
    if (other !== undefined) throw new CliError(`${other} and ${option} name the same file (${path})`, 2);
    seen.set(real, option);
  }
}

/**
 * Refuses a batch run whose standard output is redirected to one of its inputs
 * (`newsparse --jsonl in.jsonl >> in.jsonl` would read its own results without end).
 */
export function checkStdout(inputs: InputSet, stdoutInfo: Stats | null): void {
  if (stdoutInfo === null || !stdoutInfo.isFile()) return;
  const input = inputs.files.get(fileKey(stdoutInfo));
  if (input !== undefined) throw new CliError(`standard output is redirected to the input ${input}: refusing to write over it (use -o FILE)`, 2);
}

/**
 * A file sink. A fresh run writes to a temporary file beside the target and renames it over
 * the target when it ends, so the target is never truncated up front; `--resume` appends to
 * the target itself. Devices and FIFOs (`/dev/null`, a named pipe) are written directly.
 * Each batch of lines goes out in synchronous writes; if the system refuses part of one,
 * the file is cut back to its last whole line, so what is kept is always valid JSONL.
 */
export function fileSink(path: string, append: boolean): LineSink {
  let target: Stats | null = null;
  try {
    target = statSync(path);
  } catch {
    target = null;
  }
  const direct = append || (target !== null && !target.isFile());
  const final = target !== null && target.isFile() ? realpathSync(path) : path;
  const temporary = direct ? null : join(dirname(final), `.${basename(final)}.${process.pid}.newsparse-tmp`);
  let fd: number;
  try {
    fd = openSync(temporary ?? path, temporary !== null ? 'wx' : append ? 'a' : 'w');
  } catch (error) {
    throw new WriteError(path, error);
  }
  let size = direct && target?.isFile() ? fstatSync(fd).size : 0;
  let open = true;
  const close = (): void => {
    if (!open) return;
    open = false;
    try {
      closeSync(fd);
    } catch {
      // Already reported by the write that failed.
    }
  };
  return {
    name: path,
    write(lines) {
      const bytes = Buffer.from(lines);
      let written = 0;
      try {
        while (written < bytes.length) written += writeSync(fd, bytes, written, bytes.length - written);
      } catch (error) {
        if (temporary !== null || target?.isFile() === true) {
          try {
            ftruncateSync(fd, size);
          } catch {
            // The file then ends in a torn line, which --resume drops.
          }
        }
        throw new WriteError(path, error);
      }
      size += bytes.length;
    },
    finish() {
      close();
      if (temporary !== null) {
        try {
          renameSync(temporary, final);
        } catch (error) {
          throw new WriteError(path, error);
        }
      }
    },
    abandon() {
      close();
      if (temporary === null) return;
      // An interrupted or failed run keeps what it wrote (for --resume) but never replaces a
      // file with nothing.
      if (size > 0) renameSync(temporary, final);
      else unlinkSync(temporary);
    },
  };
}

/** How standard output is named in messages: with the file it goes to, when that is known. */
export function describeStdout(): string {
  try {
    const target = readlinkSync('/proc/self/fd/1');
    return target.startsWith('/') ? `standard output (${target})` : 'standard output';
  } catch {
    return 'standard output';
  }
}

/**
 * Standard output. Each write waits until the stream has taken it (back-pressure, so memory
 * stays flat when the reader is slow), and a failed write (a closed pipe, a full disk)
 * becomes a WriteError instead of an unhandled 'error' event.
 */
export function stdoutSink(stream: NodeJS.WriteStream): LineSink {
  const name = describeStdout();
  let failure: unknown = null;
  stream.on('error', (error) => {
    failure ??= error;
  });
  return {
    name,
    write(lines) {
      if (failure !== null) throw new WriteError(name, failure);
      return new Promise<void>((resolve, reject) => {
        stream.write(lines, (error) => {
          if (error) reject(new WriteError(name, error));
          else resolve();
        });
      });
    },
    finish() {},
    abandon() {},
  };
}

/** What `--resume` found in the output file. */
export interface ResumeState {
  /** Ids of the records already written. */
  done: Set<string>;
  /** Whether an incomplete or invalid last line was cut off (its record is parsed again). */
  droppedLastLine: boolean;
}

const LINE_START = Buffer.from('{"id":');

/**
 * Reads the ids already in an output file, for `--resume`. Every line must be a newsparse
 * result (`{"id":…,"format":…`); anything else means the file is not newsparse output and
 * it is refused (exit 2), untouched. Only the end may be torn by a hard kill: a last line
 * without its newline is cut off, and the last whole line is validated by parsing it as
 * JSON and cut off if it does not parse, so their records are parsed again.
 */
export async function readDoneIds(path: string): Promise<ResumeState> {
  const done = new Set<string>();
  let info: Stats;
  try {
    info = await stat(path);
  } catch (error) {
    if ((error as NodeJS.ErrnoException).code === 'ENOENT') return { done, droppedLastLine: false };
    throw new CliError(`--resume: cannot read ${path}: ${(error as Error).message}`);
  }
  if (!info.isFile()) throw new CliError(`--resume needs a regular file to continue, and ${path} is ${describeFileType(info)}`, 2);
  const notOurs = (why: string): CliError =>
    new CliError(`--resume: ${path} is not newsparse output (${why}); refusing to append to it`, 2);

  let offset = 0;
  let kept = 0;
  let last: { start: number; end: number; id: string } | null = null;
  let lineNumber = 0;
  let carry: Buffer[] = [];
  for await (const chunk of createReadStream(path)) {
    const buffer = chunk as Buffer;
    let start = 0;
    let newline = buffer.indexOf(10, start);
    while (newline !== -1) {
      const bytes = carry.length > 0 ? Buffer.concat([...carry, buffer.subarray(start, newline)]) : buffer.subarray(start, newline);
      carry = [];
      lineNumber++;
      // Whole lines are written in one go, so only a line without its newline can be torn.
      const id = leadingId(bytes.toString('utf8', 0, Math.min(bytes.length, 1 << 16)));
      if (id === null || bytes[bytes.length - 1] !== 0x7d) throw notOurs(`line ${lineNumber} is not a result line`);
      done.add(id);
      last = { start: offset, end: offset + bytes.length, id };
      kept = offset + bytes.length + 1;
      offset += bytes.length + 1;
      start = newline + 1;
      newline = buffer.indexOf(10, start);
    }
    if (start < buffer.length) carry.push(Buffer.from(buffer.subarray(start)));
  }
  const tail = Buffer.concat(carry);
  if (tail.length > 0) {
    const head = tail.subarray(0, LINE_START.length);
    if (!LINE_START.subarray(0, head.length).equals(head)) throw notOurs('its last line is not a result line');
  }
  // The last whole line is checked in full: a torn line can happen to end in '}'.
  if (last !== null && !parsesAsResult(path, last.start, last.end)) {
    done.delete(last.id);
    kept = last.start;
  }
  const droppedLastLine = kept < info.size;
  if (droppedLastLine) {
    const fd = openSync(path, 'r+');
    try {
      ftruncateSync(fd, kept);
    } finally {
      closeSync(fd);
    }
  }
  return { done, droppedLastLine };
}

function parsesAsResult(path: string, start: number, end: number): boolean {
  const fd = openSync(path, 'r');
  try {
    const bytes = Buffer.alloc(end - start);
    readSync(fd, bytes, 0, bytes.length, start);
    const parsed = JSON.parse(bytes.toString('utf8')) as unknown;
    return parsed !== null && typeof parsed === 'object' && typeof (parsed as { id?: unknown }).id === 'string' && 'format' in parsed;
  } catch {
    return false;
  } finally {
    closeSync(fd);
  }
}

/**
 * The `id` of a result line written by the CLI (`{"id":"…","format":"…",…}`), or null if
 * the line does not start like one. Only the start is read: the last line is checked in full
 * by `readDoneIds`.
 */
export function leadingId(line: string): string | null {
  if (!line.startsWith('{"id":"')) return null;
  let index = 7;
  while (index < line.length) {
    const char = line[index];
    if (char === '\\') index += 2;
    else if (char === '"') break;
    else index++;
  }
  if (!line.startsWith(',"format":"', index + 1)) return null;
  try {
    return JSON.parse(line.slice(6, index + 1)) as string;
  } catch {
    return null;
  }
}
