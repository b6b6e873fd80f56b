import type { StampLabel } from '../../types.js';

/** Labels before a publication stamp, longest first. */
export const labels: readonly (readonly [string, StampLabel])[] = [
  ['mis à jour', 'updated'],
  ['publié', 'published'],
];

/** "Publié le 3 juin 2024". */
export const afterLabel = ['le'];

/** An unlabelled French stamp opens with its day ("3 juin 2024"), which every stamp reads. */
export const stems: readonly string[] = [];
