import { words } from '../locale.js';

/**
 * Frequent Spanish function words: the detector tells the language by them (in the main entry,
 * which carries no Spanish rules), and the rules keep them out of speakers' names.
 */
export const stopwords: ReadonlySet<string> = words('el la los las y que del una por con para es se no su al según dijo');
