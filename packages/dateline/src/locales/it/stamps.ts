import type { StampLabel } from '../../types.js';

/** Labels before a publication stamp, longest first. */
export const labels: readonly (readonly [string, StampLabel])[] = [
  ['aggiornato', 'updated'],
  ['pubblicato', 'published'],
];

/** "Pubblicato il 3 giugno 2024". */
export const afterLabel = ['il'];

/** An unlabelled Italian stamp opens with its day ("3 giugno 2024"), which every stamp reads. */
export const stems: readonly string[] = [];
