// Writes web archives of the sample articles, as a crawler would: serves each one as an HTML
// page (plus a stylesheet and a 404) on 127.0.0.1 and archives them with wget --warc-file.
// Usage: node .ci/make-warc.mjs <folder>   → <folder>/crawl.warc.gz, <folder>/crawls/{a,b}.warc.gz
import { execFile } from 'node:child_process';
import { mkdirSync, readdirSync, readFileSync } from 'node:fs';
import { createServer } from 'node:http';
import { join } from 'node:path';

const folder = process.argv[2];
const articles = new URL('../examples/articles/', import.meta.url);
const escape = (text) => text.replace(/&/g, '&amp;').replace(/</g, '&lt;');
const pages = new Map();
for (const name of readdirSync(articles).sort()) {
  const text = readFileSync(new URL(name, articles), 'utf8');
  const html = name.endsWith('.html')
    ? text
    : `<!doctype html><html lang="en"><head><meta charset="utf-8"><title>${escape(text.split('\n')[0])}</title></head><body><article>${text
        .split(/\n\s*\n/)
        .map((paragraph) => `<p>${escape(paragraph.trim())}</p>`)
        .join('\n')}</article></body></html>`;
  pages.set(`/${name.replace(/\.txt$/, '.html')}`, html);
}
const server = createServer((request, response) => {
  const page = pages.get(request.url);
  if (request.url === '/style.css') response.writeHead(200, { 'content-type': 'text/css' }).end('p { margin: 0 }');
  else if (page === undefined) response.writeHead(404, { 'content-type': 'text/html' }).end('<p>not found</p>');
  else response.writeHead(200, { 'content-type': 'text/html; charset=utf-8' }).end(page);
});
await new Promise((resolve) => server.listen(0, '127.0.0.1', resolve));
const base = `http://127.0.0.1:${server.address().port}`;
const paths = [...pages.keys()];
// wget runs in a child process while this one serves its requests.
const crawl = (file, urls) =>
  new Promise((resolve, reject) => {
    execFile('wget', ['-q', '--no-proxy', '-O', '/dev/null', `--warc-file=${file}`, ...urls.map((path) => base + path)], (error) => {
      // 8: a server error response (the 404), archived like the rest.
      if (error && error.code !== 8) reject(error);
      else resolve();
    });
  });
mkdirSync(join(folder, 'crawls'), { recursive: true });
const half = Math.ceil(paths.length / 2);
await crawl(join(folder, 'crawl'), [...paths, '/style.css', '/missing.html']);
await crawl(join(folder, 'crawls', 'a'), paths.slice(0, half));
await crawl(join(folder, 'crawls', 'b'), [...paths.slice(half), '/style.css']);
server.close();
console.log(`${paths.length} pages archived in ${folder}/crawl.warc.gz and ${folder}/crawls/`);
