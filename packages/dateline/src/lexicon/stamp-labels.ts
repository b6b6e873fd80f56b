import type { StampLabel } from '../types.js';

/**
 * Stamp labels of languages that have no locale here but whose whole dates parseStamp reads
 * (core's calendar), longest first: Hungarian writes one before a year-first date
 * ("Közzétéve: 2019. április 4.", "Frissítve: 2019. 04. 05. 16:02"); Polish before a
 * day-first one ("Opublikowano: 4 kwietnia 2019", "Aktualizacja: 05.04.2019 16:02"). A third
 * field 'DMY' marks a language that writes its numeric dates day first: after its label
 * "05/04/2019" is April 5. Hungarian has none: it writes its numeric dates year first.
 * Arabic ("نشر في 10 أكتوبر 2017", "آخر تحديث: 05/04/2019") writes its numeric dates day first.
 */
export const LABELS_WITHOUT_LOCALE: readonly (readonly [phrase: string, label: StampLabel, order?: 'DMY'])[] = [
  ['utoljára frissítve', 'updated'],
  ['utolsó frissítés', 'updated'],
  ['közzétéve', 'published'],
  ['publikálva', 'published'],
  ['megjelent', 'published'],
  ['frissítve', 'updated'],
  ['módosítva', 'updated'],
  ['ostatnia aktualizacja', 'updated', 'DMY'],
  ['data aktualizacji', 'updated', 'DMY'],
  ['data publikacji', 'published', 'DMY'],
  ['zaktualizowano', 'updated', 'DMY'],
  ['opublikowano', 'published', 'DMY'],
  ['aktualizacja', 'updated', 'DMY'],
  ['dodano', 'published', 'DMY'],
  ['تاريخ النشر', 'published', 'DMY'],
  ['آخر تحديث', 'updated', 'DMY'],
  ['اخر تحديث', 'updated', 'DMY'],
  ['تم النشر', 'published', 'DMY'],
  ['نُشر في', 'published', 'DMY'],
  ['نشر في', 'published', 'DMY'],
];
