import { execFile } from 'node:child_process';
import { mkdtemp, readFile, rm, writeFile } from 'node:fs/promises';
import { createServer, type Server } from 'node:http';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { promisify } from 'node:util';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { parseArticle } from '../parse-article.js';
import { processRecord } from './process-record.js';
import { DEFAULT_MAX_CHARS, type RawRecord, type RecordDefaults } from './records.js';
import { charsetOf, decodePage, isWarcPath, readWarc, sniffCharset } from './warc.js';

// Hand-written pages, served on 127.0.0.1 and archived by Debian's wget (--warc-file), so
// the reader meets the WARC a real crawler writes: request, response, metadata and warcinfo
// records, per-record gzip, chunked-free HTTP/1.1 responses.
const pages: Record<string, { type: string; body: Buffer }> = {
  '/council.html': {
    type: 'text/html; charset=utf-8',
    body: Buffer.from(
      '<!doctype html><html lang="en"><head><title>Council closes the old bridge</title>' +
        '<meta property="article:published_time" content="2024-06-27T08:00:00Z"></head><body><article>' +
        '<p>MILLBROOK — The council voted on Tuesday to close the old bridge.</p>' +
        '<p>“We had no choice,” said Mayor Ana Ruiz.</p></article></body></html>',
    ),
  },
  '/cafe.html': {
    type: 'text/html; charset=iso-8859-1',
    body: Buffer.from(
      '<html><head><title>Café owners protest</title></head><body><article>' +
        '<p>Owners of the Café Noël said on Monday that the rent rise would close them.</p>' +
        '<p>"It is too much," said Renée Dubois, who runs the café.</p></article></body></html>',
      'latin1',
    ),
  },
  '/meta-charset.html': {
    type: 'text/html',
    body: Buffer.concat([
      Buffer.from('<html><head><meta charset="windows-1252"><title>Flood aid arrives</title></head><body><article><p>'),
      Buffer.from([0x93]),
      Buffer.from('Help is here,'),
      Buffer.from([0x94]),
      Buffer.from(' said Grace Achieng, a volunteer, on Friday.</p></article></body></html>'),
    ]),
  },
  '/style.css': { type: 'text/css', body: Buffer.from('p { color: black }') },
};

const wget = await promisify(execFile)('wget', ['--version']).then(
  () => true,
  () => false,
);
// CI installs wget (.ci/run); elsewhere the WARC round trip is skipped when it is missing.
const haveWget = wget || process.env.CI !== undefined;

let server: Server;
let work: string;
let base: string;

beforeAll(async () => {
  work = await mkdtemp(join(tmpdir(), 'newsparse-warc-'));
  server = createServer((request, response) => {
    const page = pages[request.url ?? ''];
    if (page === undefined) {
      response.writeHead(404, { 'content-type': 'text/html' }).end('<p>not found</p>');
      return;
    }
    response.writeHead(200, { 'content-type': page.type, 'content-length': page.body.length }).end(page.body);
  });
  await new Promise<void>((resolve) => server.listen(0, '127.0.0.1', resolve));
  const address = server.address();
  base = `http://127.0.0.1:${typeof address === 'object' && address !== null ? address.port : 0}`;
});

afterAll(async () => {
  await new Promise((resolve) => server.close(resolve));
  await rm(work, { recursive: true, force: true });
});

/** Archives the pages (and a 404) with wget; returns the WARC's path. */
async function crawl(name: string, compress: boolean): Promise<string> {
  const urls = [...Object.keys(pages), '/missing.html'].map((path) => base + path);
  const args = ['-q', '--no-proxy', '-O', '/dev/null', `--warc-file=${join(work, name)}`, ...(compress ? [] : ['--no-warc-compression']), ...urls];
  // wget exits 8 for the 404: the archive is still written.
  await promisify(execFile)('wget', args, { cwd: work }).catch((error: { code?: number }) => {
    if (error.code !== 8) throw error;
  });
  return join(work, compress ? `${name}.warc.gz` : `${name}.warc`);
}

async function collect(path: string): Promise<RawRecord[]> {
  const records: RawRecord[] = [];
  for await (const record of readWarc(path, 1 << 24)) records.push(record);
  return records;
}

const defaults: RecordDefaults = { format: 'auto', maxChars: DEFAULT_MAX_CHARS };

describe.skipIf(!haveWget)('readWarc on a WARC written by wget', () => {
  for (const compress of [true, false]) {
    it(`reads each HTML response as its page, and the parse equals parseArticle on the page (${compress ? '.warc.gz' : '.warc'})`, async () => {
      const records = await collect(await crawl(compress ? 'gz' : 'plain', compress));
      const warcPages = records.filter((record) => record.kind === 'warc');
      expect(records.filter((record) => record.kind === 'problem')).toEqual([]);
      // The stylesheet and the 404 are skipped: three pages, in crawl order.
      expect(warcPages.map((record) => new URL(record.url).pathname)).toEqual(['/council.html', '/cafe.html', '/meta-charset.html']);
      for (const record of warcPages) {
        const path = new URL(record.url).pathname;
        const served = pages[path]!;
        const charset = charsetOf(served.type) ?? sniffCharset(served.body) ?? 'utf-8';
        const page = decodePage(served.body, charset);
        expect(record.html).toBe(page);
        expect(record.warcRecordId).toMatch(/^<urn:uuid:[0-9a-f-]+>$/);
        expect(Number.isNaN(Date.parse(record.fetched))).toBe(false);

        const outcome = processRecord(record, defaults);
        if (!('line' in outcome)) throw new Error(outcome.failure.error);
        const line = JSON.parse(outcome.line) as Record<string, unknown>;
        expect(line).toMatchObject({ id: record.warcRecordId, url: record.url, warcRecordId: record.warcRecordId, fetched: record.fetched });
        const own = parseArticle(page, { format: 'html', url: record.url });
        const expected = own.reference === null ? parseArticle(page, { format: 'html', url: record.url, reference: record.fetched }) : own;
        const { id: _id, url: _url, warcRecordId: _record, fetched: _fetched, ...parse } = line;
        expect(parse).toEqual(JSON.parse(JSON.stringify(expected)));
      }
      // Charsets: from the HTTP header, and from the page's <meta> when the header has none.
      expect(warcPages[1]!.kind === 'warc' && warcPages[1]!.html).toContain('Renée Dubois');
      expect(warcPages[2]!.kind === 'warc' && warcPages[2]!.html).toContain('“Help is here,”');
    });
  }

  it('uses the page date when it has one, else WARC-Date, as the reference', async () => {
    const records = (await collect(await crawl('dates', true))).filter((record) => record.kind === 'warc');
    const lines = records.map((record) => {
      const outcome = processRecord(record, defaults);
      return 'line' in outcome ? (JSON.parse(outcome.line) as { reference: string; fetched: string }) : null;
    });
    expect(lines[0]!.reference).toBe('2024-06-27');
    expect(lines[1]!.reference).toBe(lines[1]!.fetched.slice(0, 10));
  });

  it('reports a WARC cut off in the middle, after the pages before the cut', async () => {
    const path = await crawl('cut', false);
    const bytes = await readFile(path);
    // Inside the last response (the 404's), after the three pages.
    await writeFile(path, bytes.subarray(0, bytes.lastIndexOf('WARC-Type: response') + 300));
    const records = await collect(path);
    expect(records.filter((record) => record.kind === 'warc')).toHaveLength(3);
    expect(records.at(-1)).toMatchObject({ kind: 'problem' });
  });

  it('reports a file that is not a WARC', async () => {
    const path = join(work, 'fake.warc');
    await writeFile(path, 'this is not a web archive\n');
    const records = await collect(path);
    expect(records).toHaveLength(1);
    expect(records[0]).toMatchObject({ kind: 'problem' });
  });
});

describe('WARC helpers', () => {
  it('knows WARC files by their extension', () => {
    expect(isWarcPath('crawl.warc.gz')).toBe(true);
    expect(isWarcPath('CRAWL.WARC')).toBe(true);
    expect(isWarcPath('page.html')).toBe(false);
  });

  it('reads the charset of a header and of a page', () => {
    expect(charsetOf('text/html; charset="ISO-8859-1"')).toBe('iso-8859-1');
    expect(charsetOf('text/html')).toBeNull();
    expect(sniffCharset(Buffer.from('<meta http-equiv="Content-Type" content="text/html; charset=Shift_JIS">'))).toBe('shift_jis');
    expect(sniffCharset(Buffer.from('<p>no meta</p>'))).toBeNull();
  });

  it('decodes windows-1252 (and the labels read as it) as browsers do, and other charsets by their label', () => {
    const bytes = Buffer.from([0x93, 0x48, 0x69, 0x94, 0x20, 0x80, 0xe9]);
    expect(decodePage(bytes, 'windows-1252')).toBe('“Hi” €é');
    expect(decodePage(bytes, 'ISO-8859-1')).toBe('“Hi” €é');
    expect(decodePage(Buffer.from('café'), 'utf-8')).toBe('café');
    expect(decodePage(Buffer.from('café'), 'no-such-charset')).toBe('café');
  });
});
