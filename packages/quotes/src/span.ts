import type { Span } from '@newsparse/core';

/**
 * The span of `text` from `start` to `end`, its text sliced from the input. In a file of its
 * own so that the locales entry, which needs only this of the English rules, does not carry
 * them into the chunk it shares with the main entry (issue #15, weight).
 */
export const span = (text: string, start: number, end: number): Span => ({ text: text.slice(start, end), start, end });
