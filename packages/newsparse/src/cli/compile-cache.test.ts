import { chmodSync, mkdtempSync, readdirSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { pathToFileURL } from 'node:url';
import { afterEach, describe, expect, it } from 'vitest';
import { loadCached } from './compile-cache.js';

const saved = process.env.NEWSPARSE_COMPILE_CACHE;
afterEach(() => {
  if (saved === undefined) delete process.env.NEWSPARSE_COMPILE_CACHE;
  else process.env.NEWSPARSE_COMPILE_CACHE = saved;
});

/** A CommonJS file with a function that is compiled only when called. */
function script(source = 'exports.twice = (n) => n * 2;'): URL {
  const folder = mkdtempSync(join(tmpdir(), 'newsparse-cc-'));
  const path = join(folder, 'code.cjs');
  writeFileSync(path, source);
  return pathToFileURL(path);
}

describe('loadCached', () => {
  it('runs the file as CommonJS, writes the cache once it has run, and reads it the next time', () => {
    const cache = mkdtempSync(join(tmpdir(), 'newsparse-cache-'));
    process.env.NEWSPARSE_COMPILE_CACHE = cache;
    const url = script("const { join } = require('node:path'); exports.twice = (n) => n * 2; exports.file = __filename; exports.joined = join('a', 'b');");
    const first = loadCached<{ twice(n: number): number; file: string; joined: string }>(url);
    expect(first.fromCache).toBe(false);
    expect(first.exports.twice(21)).toBe(42);
    expect(first.exports.file.endsWith('code.cjs')).toBe(true);
    expect(first.exports.joined).toBe(join('a', 'b'));
    first.save();
    expect(readdirSync(cache).filter((name) => name.endsWith('.bin'))).toHaveLength(1);
    const second = loadCached<{ twice(n: number): number }>(url);
    expect(second.fromCache).toBe(true);
    expect(second.exports.twice(4)).toBe(8);
  });

  it('keeps one cache per file: a new build replaces the old one', () => {
    const cache = mkdtempSync(join(tmpdir(), 'newsparse-cache-'));
    process.env.NEWSPARSE_COMPILE_CACHE = cache;
    const url = script();
    loadCached(url).save();
    writeFileSync(url, 'exports.twice = (n) => n + n; // rebuilt');
    const rebuilt = loadCached<{ twice(n: number): number }>(url);
    expect(rebuilt.fromCache).toBe(false);
    expect(rebuilt.exports.twice(5)).toBe(10);
    rebuilt.save();
    expect(readdirSync(cache).filter((name) => name.endsWith('.bin'))).toHaveLength(1);
  });

  it('uses no cache when turned off, or in a folder others may write to', () => {
    process.env.NEWSPARSE_COMPILE_CACHE = '0';
    const url = script();
    const off = loadCached<{ twice(n: number): number }>(url);
    off.save();
    expect(loadCached(url).fromCache).toBe(false);
    expect(off.exports.twice(1)).toBe(2);

    const shared = mkdtempSync(join(tmpdir(), 'newsparse-cache-'));
    chmodSync(shared, 0o777);
    process.env.NEWSPARSE_COMPILE_CACHE = shared;
    loadCached(url).save();
    expect(readdirSync(shared)).toHaveLength(0);
  });
});
