import { words } from '../locale.js';

/**
 * Frequent French function words: the detector tells the language by them (in the main entry,
 * which carries no French rules), and the rules keep them out of speakers' names.
 */
export const stopwords: ReadonlySet<string> = words("le la les et des est une dans que pas pour sur qui avec du au il elle a été selon");
