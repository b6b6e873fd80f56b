import type { StampLabel } from '../../types.js';

/** Labels before a publication stamp, longest first. */
export const labels: readonly (readonly [string, StampLabel])[] = [
  ['laatst bijgewerkt', 'updated'],
  ['gepubliceerd', 'published'],
  ['bijgewerkt', 'updated'],
  ['aangepast', 'updated'],
  ['geplaatst', 'published'],
];

/** "Gepubliceerd op 4 maart 2024". */
export const afterLabel = ['op'];

/** An unlabelled Dutch stamp opens with its day ("4 maart 2024"), which every stamp reads. */
export const stems: readonly string[] = [];
