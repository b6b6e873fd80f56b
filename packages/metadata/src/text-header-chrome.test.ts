import { describe, expect, it } from 'vitest';
import { isPlaceholderLine } from './text-header-chrome.js';

describe('isPlaceholderLine', () => {
  it('reads a template field with its instruction, in several languages', () => {
    for (const line of ['Enter subtitle here', 'Subtitle goes here', 'Your title here', 'Inserisci qui il Sottotitolo', 'Untertitel hier eingeben', 'Saisissez le sous-titre ici', 'Voer hier de ondertitel in', 'Insira aqui o subtítulo', 'Lorem ipsum dolor sit amet']) {
      expect(isPlaceholderLine(line), line).toBe(true);
    }
  });
  it('leaves headlines and labels', () => {
    for (const line of ['Enter the title race', 'Subtitle', 'Title race is here', 'Text of the treaty published', 'Lorem ipsum dolor sit amet, consectetur adipiscing elit, sed do eiusmod tempor incididunt ut labore et dolore magna aliqua']) {
      expect(isPlaceholderLine(line), line).toBe(false);
    }
  });
});
