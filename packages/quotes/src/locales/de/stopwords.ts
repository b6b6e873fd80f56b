import { words } from '../locale.js';

/**
 * Frequent German function words: the detector tells the language by them (in the main entry,
 * which carries no German rules), and the rules keep them out of speakers' names.
 */
export const stopwords: ReadonlySet<string> = words('der die das und ist nicht ein eine sich mit auf für von dem den zu auch sagte wird wurde');
