import { isUtf8 } from 'node:buffer';
import { readFile, stat } from 'node:fs/promises';
import { CliError } from './cli-error.js';
import { describeFileType, firstInvalidUtf8 } from './file-checks.js';

/** Reads an article file (or `stdin` when `path` is "-") and rejects what cannot be an article. */
export async function readArticleInput(path: string, stdin: NodeJS.ReadableStream | null): Promise<string> {
  let bytes: Buffer;
  if (path === '-') {
    if (stdin === null) throw new CliError('standard input: not given');
    const chunks: Buffer[] = [];
    for await (const chunk of stdin) chunks.push(typeof chunk === 'string' ? Buffer.from(chunk) : (chunk as Buffer));
    bytes = Buffer.concat(chunks);
  } else {
    const info = await stat(path).catch((error: NodeJS.ErrnoException) => {
      if (error.code === 'ENOENT') throw new CliError(`${path}: no such file`);
      if (error.code === 'EACCES') throw new CliError(`${path}: permission denied`);
      throw new CliError(`${path}: ${error.message}`);
    });
    if (info.isDirectory()) throw new CliError(`${path}: is a directory (pass the article files inside it)`);
    // A device or FIFO could be endless (/dev/zero) or block forever: only regular files are read.
    if (!info.isFile()) throw new CliError(`${path}: is ${describeFileType(info)}, not a file (pipe it to standard input instead)`);
    bytes = await readFile(path);
  }
  const name = path === '-' ? 'standard input' : path;
  return decodeArticle(bytes, name);
}

/** The start of the message for input that is not UTF-8 (the CLI's documented rule: it fails). */
export const INVALID_UTF8 = 'not valid UTF-8 (convert it first, e.g. with iconv)';

/** Decodes UTF-8 text; refuses empty, binary and invalid UTF-8 input. */
export function decodeArticle(bytes: Uint8Array, name: string): string {
  if (bytes.length === 0) throw new CliError(`${name}: is empty`);
  if (looksBinary(bytes)) throw new CliError(`${name}: looks like a binary file, not an article`);
  if (!isUtf8(bytes)) throw new CliError(`${name}: ${INVALID_UTF8}: bad byte at offset ${firstInvalidUtf8(bytes)}`);
  const text = new TextDecoder('utf-8').decode(bytes).replace(/^\uFEFF/, '');
  if (text.trim().length === 0) throw new CliError(`${name}: is empty`);
  return text;
}

/** NUL bytes, or many control characters in the first 8 KB, mean binary. */
function looksBinary(bytes: Uint8Array): boolean {
  const sample = bytes.subarray(0, 8192);
  let control = 0;
  for (const byte of sample) {
    if (byte === 0) return true;
    if (byte < 32 && byte !== 9 && byte !== 10 && byte !== 13 && byte !== 12) control++;
  }
  return control > sample.length * 0.1;
}
