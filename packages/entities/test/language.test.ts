import { describe, expect, it } from 'vitest';
import { readsAsEnglish } from '../src/language.js';
import { gazetteer } from '../src/lexicon.js';
import { tokenize } from '../src/tokenize.js';

const english = (text: string): boolean => readsAsEnglish(tokenize(text), gazetteer());

describe('readsAsEnglish', () => {
  it('reads English news as English', () => {
    expect(english('The city council voted on Tuesday to cut parking fees, and the mayor said the money would go to schools.')).toBe(true);
  });
  it('reads German and Spanish news as another language', () => {
    expect(english('Der Stadtrat beschloss am Dienstag, die Gebühren für Parkplätze zu senken, und die Opposition kritisierte den Plan.')).toBe(false);
    expect(english('El presidente dijo el lunes que el gobierno aprobará la ley antes del verano y que habrá más ayudas.')).toBe(false);
  });
  it('assumes English when there are too few lower-case words to judge', () => {
    expect(english('Merkel meets Macron')).toBe(true);
    expect(english('')).toBe(true);
  });
});
