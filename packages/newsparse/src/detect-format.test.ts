import { describe, expect, it } from 'vitest';
import { detectFormat } from './detect-format.js';

describe('detectFormat', () => {
  it('detects HTML documents and fragments', () => {
    expect(detectFormat('<!doctype html><html><body><p>Hi</p></body></html>')).toBe('html');
    expect(detectFormat('  <article><p>Hi</p></article>')).toBe('html');
  });
  it('keeps plain text, even with a stray angle bracket', () => {
    expect(detectFormat('LIMA, Peru (AP) — Prices rose <5 percent.')).toBe('text');
    expect(detectFormat('')).toBe('text');
  });
  it('finds a body tag after text and stays linear on runs of unclosed tags', () => {
    expect(detectFormat('Note: <div class="a">Hi</div>')).toBe('html');
    const hostile = 'x' + '<p<p'.repeat(250_000);
    const started = performance.now();
    expect(detectFormat(hostile)).toBe('text');
    expect(performance.now() - started).toBeLessThan(1000);
  });
});
