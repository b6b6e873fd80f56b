import type { Span } from '@newsparse/core';

/**
 * The span of `text` from `start` to `end`, its text sliced from the input. In a file of its
 * own so that the locales entry, which needs only this of the English rules, does not carry
 * them into the chunk it shares with the main entry (issue #15, weight).
 */
export const span = (text: string, start: number, end: number): Span => ({ text: text.slice(start, end), start, end });

/**
 * A span after the end of any text (2^30 - 1: still a small integer to V8, longer than any string), closing a list of spans sorted by start: a cursor stops
 * at it without asking the list's length, and the list is never empty, so that V8 sees one
 * array shape (an empty list is another, and made it recompile the code that reads it).
 */
/**
 * How many items at the start of `list` pass `test`, found by halving: `test` passes a run of
 * items at the start and fails the rest (a sorted list's "starts before x"). One binary search
 * for every sorted-list lookup of the rules, so the bundle carries it once (issue #15, weight).
 */
export function countPassing<T>(list: readonly T[], test: (item: T) => boolean): number {
  let low = 0;
  let high = list.length;
  while (low < high) {
    const middle = (low + high) >> 1;
    if (test(list[middle]!)) low = middle + 1;
    else high = middle;
  }
  return low;
}

export const END_SPAN: Span = { text: '', start: 1073741823, end: 1073741823 };
