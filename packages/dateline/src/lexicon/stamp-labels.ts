import type { StampLabel } from '../types.js';

/**
 * Stamp labels of languages that have no locale here but whose whole dates parseStamp reads
 * (core's calendar): Hungarian writes one before a year-first date ("Közzétéve: 2019. április
 * 4.", "Frissítve: 2019. 04. 05. 16:02"). Longest first. Not day-first labels: Hungarian writes
 * its numeric dates year first.
 */
export const LABELS_WITHOUT_LOCALE: readonly (readonly [phrase: string, label: StampLabel])[] = [
  ['utoljára frissítve', 'updated'],
  ['utolsó frissítés', 'updated'],
  ['közzétéve', 'published'],
  ['publikálva', 'published'],
  ['megjelent', 'published'],
  ['frissítve', 'updated'],
  ['módosítva', 'updated'],
];
