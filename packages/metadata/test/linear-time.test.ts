import { cpuMs } from '@newsparse/test-kit';
import { describe, expect, it } from 'vitest';
import { dateFromUrl, normalizeDate, parseByline, readArticle, readMetadata, readTextMetadata } from '../src/index.js';

// Hostile shapes from issue #16 and the patterns that backtracked, each built to a wanted
// length. Guards are generous on purpose (CI runs every package at once on two cores):
// 4× the input may take at most 6× the time, and 1 MB must finish within 2 s of CPU time.

const MB = 1 << 20;
/** `head`, then `unit` repeated to `length` characters, then `tail`. */
const shape = (unit: string, head = '', tail = '') => (length: number): string =>
  head + unit.repeat(Math.max(1, Math.ceil((length - head.length - tail.length) / unit.length))) + tail;

const PAGES: Record<string, (length: number) => string> = {
  'short paragraphs': shape('<p>A short paragraph, with a comma.</p>', '<html><body>'),
  'short paragraphs, no body': shape('<p>A short paragraph, with a comma.</p>'),
  'unclosed divs': shape('<div>', '', 'text'),
  'unclosed lists': shape('<ul><li>item'),
  'unclosed inline runs': shape('<p><b><i><a>word'),
  'closers of elements never opened': shape('</span>', '<div><div><div>'),
  'unclosed headings': shape('<h1>'),
  'unclosed time elements': shape('<time datetime="2024-06-27">'),
  'unclosed bylines': shape('<div class="byline">By Jane Doe '),
  'nested foreign content': shape('<desc>', '<svg>'),
  'script openers without ">"': shape('<script a=1 ', '<html><body>'),
  'comment openers': shape('<!--x'),
  'a rel=author title of "posts by"': shape('posts by Jane\n', '<html><body><a rel="author" title="', 'posts by">x</a>'),
  'parenthesised links in the meta author': shape('(www.', '<meta name="author" content="', '">'),
  'a long class label': shape('-B', '<div class="O', '">text</div>'),
  'an unterminated JSON-LD block': shape('{"a":[', '<script type="application/ld+json">'),
  'angle brackets': shape('<'),
  'entities': shape('&amp;&#x1F62D;&bogus;'),
};

const TEXTS: Record<string, (length: number) => string> = {
  'parenthesised links': shape('(www.'),
  'parenthesised co-author cues': shape('(con\t('),
  'chrome words glued to names': shape('aProfile', '', '\nx'),
  'capitalised words': shape('Jane Doe ', 'By '),
  'white space': shape(' \t\n', 'By ', 'x'),
  'digits and stamps': shape('1 2024-06-27 ', 'Published: '),
  'month words': shape('June 27 ', 'Jane Doe '),
};

/** CPU milliseconds of `run`, after a collection when the runtime exposes one (not counted). */
function timed(run: () => unknown): number {
  (globalThis as { gc?: () => void }).gc?.();
  return cpuMs(run);
}

/**
 * Growth from n = 256 KB to 4n = 1 MB (linear is 4×, quadratic 16×), timed interleaved so
 * both sizes see the same machine load, best of two; the 1 MB time must also stay under
 * 2 s. (Smaller sizes read garbage-collector thresholds as growth on a loaded machine.)
 */
function expectLinear(fn: (input: string) => unknown, make: (length: number) => string, label: string): void {
  const small = make(MB / 4);
  const large = make(MB);
  let smallTime = Infinity;
  let largeTime = Infinity;
  for (let round = 0; round < 2; round++) {
    smallTime = Math.min(smallTime, timed(() => fn(small)));
    largeTime = Math.min(largeTime, timed(() => fn(large)));
  }
  // A floor of 50 ms keeps timer and collector noise on quick runs from reading as growth
  // (a quadratic pattern takes seconds here, far past it).
  expect(largeTime / Math.max(smallTime, 50), `${label}: ${smallTime.toFixed(1)} → ${largeTime.toFixed(1)} ms`).toBeLessThanOrEqual(6);
  expect(largeTime, `${label}: 1 MB took ${largeTime.toFixed(0)} ms`).toBeLessThan(2_000);
}

const htmlReaders: Record<string, (html: string) => unknown> = { readMetadata, readArticle };
const textReaders: Record<string, (text: string) => unknown> = { parseByline, readTextMetadata, normalizeDate, dateFromUrl };

describe('linear time on hostile pages', () => {
  for (const [name, fn] of Object.entries(htmlReaders)) {
    for (const [shapeName, make] of Object.entries(PAGES)) {
      it(`${name}: ${shapeName}`, () => expectLinear(fn, make, `${name}: ${shapeName}`));
    }
  }
  it('parseByline on a rel=author-like title and a meta author value', () => {
    expectLinear((text) => parseByline(text, { loose: true }), TEXTS['parenthesised links']!, 'parseByline loose');
  });
});

describe('linear time on hostile text', () => {
  for (const [name, fn] of Object.entries(textReaders)) {
    for (const [shapeName, make] of Object.entries(TEXTS)) {
      it(`${name}: ${shapeName}`, () => expectLinear(fn, make, `${name}: ${shapeName}`));
    }
  }
});

describe('readArticle spans on long pages', () => {
  it('keeps every paragraph span exact on a page of 20,000 paragraphs', () => {
    const page = PAGES['short paragraphs']!(20_000 * 40);
    const article = readArticle(page);
    expect(article.paragraphs.length).toBeGreaterThan(10_000);
    for (const span of article.paragraphs) expect(article.text.slice(span.start, span.end)).toBe(span.text);
  });
});
