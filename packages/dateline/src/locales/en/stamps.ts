import { MONTH_NAMES, WEEKDAY_NAMES } from '@newsparse/core';
import type { StampLabel } from '../../types.js';

/** Labels before a publication stamp, longest first. */
export const labels: readonly (readonly [string, StampLabel])[] = [
  ['first published', 'published'],
  ['last updated', 'updated'],
  ['last modified', 'updated'],
  ['published', 'published'],
  ['updated', 'updated'],
  ['posted', 'published'],
  ['modified', 'updated'],
  ['created', 'published'],
];

/** "Published on June 27", "Updated at 3:15 p.m.". */
export const afterLabel = ['on', 'at'];

/** An unlabelled stamp opens with a month or a weekday ("Jun 27, 2024", "Tue June 4") or a time word. */
export const stems = [...MONTH_NAMES.en.abbreviations, ...WEEKDAY_NAMES.en.abbreviations, 'noon', 'midnight'];
