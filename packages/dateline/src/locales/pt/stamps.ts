import type { StampLabel } from '../../types.js';

/** Labels before a publication stamp, longest first: Brazilian "atualizado", European "actualizado". */
export const labels: readonly (readonly [string, StampLabel])[] = [
  ['actualizado', 'updated'],
  ['atualizado', 'updated'],
  ['publicado', 'published'],
];

/** "Publicado em 27 de julho de 2004", European "Actualizado a 27 de Julho". */
export const afterLabel = ['em', 'a'];

/** An unlabelled Portuguese stamp opens with its day ("27 de julho de 2004"), which every stamp reads. */
export const stems: readonly string[] = [];
