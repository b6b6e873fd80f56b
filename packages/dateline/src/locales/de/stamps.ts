import type { StampLabel } from '../../types.js';

/** Labels before a publication stamp, longest first. */
export const labels: readonly (readonly [string, StampLabel])[] = [
  ['zuletzt aktualisiert', 'updated'],
  ['veröffentlicht', 'published'],
  ['aktualisiert', 'updated'],
];

/** "Veröffentlicht am 3. Juni 2024". */
export const afterLabel = ['am'];

/** An unlabelled German stamp opens with its day ("3. Juni 2024"), which every stamp reads. */
export const stems: readonly string[] = [];
