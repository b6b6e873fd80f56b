import { describe, expect, it } from 'vitest';
import { withAsciiDigits } from './digits.js';

describe('withAsciiDigits', () => {
  it('writes Arabic-Indic and Persian digits as ASCII, keeping every index', () => {
    const text = '١٠ أكتوبر ٢٠١٧ · ۲۳:۰۵';
    const view = withAsciiDigits(text);
    expect(view).toBe('10 أكتوبر 2017 · 23:05');
    expect(view.length).toBe(text.length);
  });

  it('returns the same string when there is no such digit', () => {
    const text = 'June 27, 2024';
    expect(withAsciiDigits(text)).toBe(text);
  });
});
