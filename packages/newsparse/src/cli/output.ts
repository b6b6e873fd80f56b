import { closeSync, createReadStream, existsSync, ftruncateSync, openSync, writeSync } from 'node:fs';
import { once } from 'node:events';

/** Where batch results go: whole lines only, so a killed run leaves valid JSONL. */
export interface LineSink {
  /** Writes one or more complete lines, each ending in a newline. */
  write(lines: string): Promise<void> | void;
  close(): Promise<void> | void;
}

/**
 * A file sink: whole lines go out in one synchronous write, so an interrupted run does not
 * leave half a line behind (and `--resume` cuts one off if the system ever did).
 */
export function fileSink(path: string, append: boolean): LineSink {
  const fd = openSync(path, append ? 'a' : 'w');
  return {
    write(lines) {
      writeSync(fd, lines);
    },
    close() {
      closeSync(fd);
    },
  };
}

/** Standard output, honouring back-pressure so memory stays flat when the reader is slow. */
export function stdoutSink(stream: NodeJS.WriteStream): LineSink {
  return {
    async write(lines) {
      if (!stream.write(lines)) await once(stream, 'drain');
    },
    close() {},
  };
}

/**
 * Reads the ids already in an output file (for --resume) and cuts off a trailing line that
 * is incomplete or not valid JSON, which a hard kill of a writer may leave.
 */
export async function readDoneIds(path: string): Promise<Set<string>> {
  const done = new Set<string>();
  if (!existsSync(path)) return done;
  let validBytes = 0;
  let offset = 0;
  let carry = Buffer.alloc(0);
  for await (const chunk of createReadStream(path)) {
    let buffer = carry.length > 0 ? Buffer.concat([carry, chunk as Buffer]) : (chunk as Buffer);
    let newline = buffer.indexOf(10);
    while (newline !== -1) {
      const line = buffer.subarray(0, newline).toString('utf8');
      const id = leadingId(line);
      if (id === null) break;
      done.add(id);
      offset += newline + 1;
      validBytes = offset;
      buffer = buffer.subarray(newline + 1);
      newline = buffer.indexOf(10);
    }
    // A corrupt line in the middle: stop trusting the rest of the file.
    if (newline !== -1) break;
    carry = Buffer.from(buffer);
  }
  const fd = openSync(path, 'r+');
  try {
    ftruncateSync(fd, validBytes);
  } finally {
    closeSync(fd);
  }
  return done;
}

/** The `id` of a result line written by the CLI (`{"id":"…",…}`), or null if the line is not one. */
export function leadingId(line: string): string | null {
  if (!line.startsWith('{"id":"') || !line.endsWith('}')) return null;
  let index = 7;
  while (index < line.length) {
    const char = line[index];
    if (char === '\\') index += 2;
    else if (char === '"') break;
    else index++;
  }
  try {
    return JSON.parse(line.slice(6, index + 1)) as string;
  } catch {
    return null;
  }
}
