import { MONTH_NAMES } from '@newsparse/core';
import type { StampLabel } from '../../types.js';

/** Labels before a publication stamp, longest first. */
export const labels: readonly (readonly [string, StampLabel])[] = [
  ['publicado', 'published'],
  ['actualizado', 'updated'],
];

/** "Publicado el 27 de junio". */
export const afterLabel = ['el'];

/** An unlabelled stamp may open with a Spanish month ("27 de junio" opens with its day). */
export const stems = MONTH_NAMES.es.abbreviations;
