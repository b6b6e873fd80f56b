import { createReadStream } from 'node:fs';
import { stat } from 'node:fs/promises';
import type { WARCRecord } from 'warcio';
import { statError } from './file-checks.js';
import type { RawRecord } from './records.js';

/** File names read as web archives (WARC), compressed per record or not. */
export const WARC_EXTENSIONS = ['.warc', '.warc.gz'];

/** Whether a path names a WARC file (by its extension). */
export function isWarcPath(path: string): boolean {
  const lower = path.toLowerCase();
  return WARC_EXTENSIONS.some((extension) => lower.endsWith(extension));
}

/** Bytes read so far from every WARC file of the run: the progress of a WARC batch. */
export interface ByteCounter {
  read: number;
}

/** The page of one WARC `response` record, ready for a worker. */
export type WarcRawRecord = Extract<RawRecord, { kind: 'warc' }>;

/**
 * Streams the HTML pages of one WARC file (`.warc` or `.warc.gz`) as raw records: each
 * `response` record with a 2xx HTML payload, its bytes decoded by the charset of its HTTP
 * header or its `<meta>`. Other records (requests, metadata, images, redirects) are skipped;
 * a page too large or not decodable is reported and the rest go on; a file that stops
 * being a WARC (cut off, corrupt) is reported once and its pages so far are kept. Reads as
 * fast as records are taken, one record in memory at a time.
 */
export async function* readWarc(path: string, maxBytes: number, counter: ByteCounter = { read: 0 }): AsyncGenerator<RawRecord> {
  const stream = createReadStream(path, { highWaterMark: 1 << 20 });
  const opened = await new Promise<string | null>((resolve) => {
    stream.once('open', () => resolve(null)).once('error', (error: NodeJS.ErrnoException) => resolve(statError(error)));
  });
  if (opened !== null) {
    yield { kind: 'problem', source: path, error: opened };
    return;
  }
  // Loaded with the first archive: at start-up warcio and pako cost more than the rest of the CLI.
  const { WARCParser } = await import('warcio');
  let index = 0;
  try {
    for await (const record of WARCParser.iterRecords(countBytes(stream, counter))) {
      index++;
      if (!/^\d+$/.test(record.warcHeader('Content-Length') ?? '')) throw new Error('no Content-Length (the file is cut off or corrupt)');
      const page = await readPage(record, path, index, maxBytes);
      if (record.consumed === '') await record.skipFully();
      if (isCutOff(record)) throw new Error(`${record.warcHeader('WARC-Record-ID') ?? 'the record'} is cut off`);
      if (page !== null) yield page;
    }
  } catch (error) {
    yield { kind: 'problem', source: `${path} (record ${index + 1})`, error: `not a readable WARC record: ${(error as Error).message}` };
  } finally {
    stream.destroy();
  }
}

/** Passes the file's chunks on, counting them, after checking that it opens as a WARC does. */
async function* countBytes(chunks: AsyncIterable<Buffer>, counter: ByteCounter): AsyncGenerator<Uint8Array> {
  let first = true;
  for await (const chunk of chunks) {
    if (first && chunk.length > 0) {
      first = false;
      // Plain WARC starts with its version line; a .warc.gz with a gzip member.
      const gzip = chunk[0] === 0x1f && chunk[1] === 0x8b;
      if (!gzip && chunk.subarray(0, 5).toString('latin1') !== 'WARC/') throw new Error('not a WARC file (no "WARC/" version line and not gzip)');
    }
    counter.read += chunk.length;
    yield chunk;
  }
}

/** Whether a record's block ended before its declared Content-Length (a cut-off file). */
function isCutOff(record: WARCRecord): boolean {
  // warcio reads the block through a reader limited to Content-Length: what is left of that
  // limit once the content has been read is what the file did not have.
  const left = (record as unknown as { _reader?: { limit?: unknown } })._reader?.limit;
  return typeof left === 'number' && left > 0;
}

/** The record's page, a problem to report, or null for a record that holds no page. */
async function readPage(record: WARCRecord, path: string, index: number, maxBytes: number): Promise<RawRecord | null> {
  if (record.warcType !== 'response' || record.httpHeaders === null) return null;
  const status = Number(record.httpHeaders.statusCode);
  const contentType = record.httpHeaders.headers.get('content-type') ?? '';
  if (!(status >= 200 && status < 300) || !/^\s*(?:text\/html|application\/xhtml\+xml)\b/i.test(contentType)) return null;
  const id = record.warcHeader('WARC-Record-ID') ?? `${path}#${index}`;
  const source = `${path} (record ${index})`;
  if (record.warcContentLength > maxBytes) {
    return { kind: 'problem', source, error: `page over the size limit (${record.warcContentLength} bytes; id ${id})` };
  }
  const bytes = await record.readFully(true);
  const charset = charsetOf(contentType) ?? sniffCharset(bytes) ?? 'utf-8';
  return {
    kind: 'warc',
    source,
    html: decodePage(bytes, charset),
    url: record.warcTargetURI ?? '',
    warcRecordId: id,
    fetched: record.warcDate ?? '',
  };
}

/** The charset parameter of a Content-Type value. */
export function charsetOf(contentType: string): string | null {
  const match = /;\s*charset\s*=\s*["']?([\w.:-]+)/i.exec(contentType);
  return match ? match[1]!.toLowerCase() : null;
}

/** The charset a page declares in a `<meta>` within its first 1024 bytes (the HTML prescan). */
export function sniffCharset(bytes: Uint8Array): string | null {
  const head = new TextDecoder('latin1').decode(bytes.subarray(0, 1024));
  const match = /<meta\s[^>]{0,300}?charset\s*=\s*["']?([\w.:-]+)/i.exec(head);
  return match ? match[1]!.toLowerCase() : null;
}

/** The summed size of files, in bytes (0 for one that cannot be read: it is reported later). */
export async function totalSize(paths: readonly string[]): Promise<number> {
  const sizes = await Promise.all(paths.map((path) => stat(path).then((info) => info.size, () => 0)));
  return sizes.reduce((sum, size) => sum + size, 0);
}

/** Labels that the HTML standard reads as windows-1252 (Node's decoder reads them as ISO-8859-1). */
const WINDOWS_1252_LABELS = new Set(['windows-1252', 'cp1252', 'x-cp1252', 'latin1', 'l1', 'iso-8859-1', 'iso8859-1', 'iso88591', 'iso_8859-1', 'iso_8859-1:1987', 'iso-ir-100', 'csisolatin1', 'cp819', 'ibm819', 'us-ascii', 'ascii', 'ansi_x3.4-1968']);

/** windows-1252's characters for bytes 0x80–0x9F (0 where the byte stays a C1 control). */
const WINDOWS_1252_HIGH = [
  0x20ac, 0, 0x201a, 0x0192, 0x201e, 0x2026, 0x2020, 0x2021, 0x02c6, 0x2030, 0x0160, 0x2039, 0x0152, 0, 0x017d, 0,
  0, 0x2018, 0x2019, 0x201c, 0x201d, 0x2022, 0x2013, 0x2014, 0x02dc, 0x2122, 0x0161, 0x203a, 0x0153, 0, 0x017e, 0x0178,
];

/**
 * Decodes a page's bytes by its charset label as a browser would; an unknown label falls
 * back to UTF-8 (the encoding of most of the web).
 */
export function decodePage(bytes: Uint8Array, charset: string): string {
  const label = charset.trim().toLowerCase();
  if (WINDOWS_1252_LABELS.has(label)) {
    let text = '';
    for (let start = 0; start < bytes.length; start += 8192) {
      const part = bytes.subarray(start, start + 8192);
      text += String.fromCharCode(...part.map((byte) => byte));
    }
    return text.replace(/[\u0080-\u009f]/g, (char) => String.fromCharCode(WINDOWS_1252_HIGH[char.charCodeAt(0) - 0x80] || char.charCodeAt(0)));
  }
  try {
    return new TextDecoder(label).decode(bytes);
  } catch {
    return new TextDecoder('utf-8').decode(bytes);
  }
}
