import { assertText, properCaseName } from '@newsparse/core';
import type { Byline } from './types.js';

const ORGANIZATIONS = /^(?:the )?(?:associated press|reuters|agence france-presse|afp|xinhua|bloomberg|upi|staff(?: and agencies)?|agencies)$/i;

/**
 * Splits a byline into people and an organisation.
 * First implementation; issue #6 handles the hard cases.
 *
 * @example
 * parseByline('By JANE DOE and JOHN SMITH, Associated Press')
 * //=> { authors: [{ name: 'Jane Doe' }, { name: 'John Smith' }], organization: 'Associated Press' }
 */
export function parseByline(text: string): Byline {
  assertText(text, 'parseByline');
  const cleaned = text.replace(/\s+/g, ' ').trim().replace(/^(?:by|par|von|por)\s+/i, '');
  let organization: string | null = null;
  const authors = [];
  for (const part of cleaned.split(/\s*(?:,|;|\band\b|&)\s*/)) {
    const name = part.trim();
    if (name.length === 0) continue;
    if (ORGANIZATIONS.test(name)) {
      organization ??= name;
      continue;
    }
    authors.push({ name: properCaseName(name) });
  }
  return { authors, organization };
}
