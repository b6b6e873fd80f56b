/**
 * French words that make a head a sentence or a headline, not a place ("Direct", "Le
 * gouvernement a"). Not the words inside place names ("le", "la", "les", "de", "du", "des",
 * "sur", "en", "aux": "Boulogne-sur-Mer", "Aix-en-Provence"), nor words that are also a
 * region's short form ("il", "ne", "ont", "un", "que": Illinois, Nebraska, Ontario, Quebec).
 */
export const sentenceWords = [
  'est', 'sont', 'était', 'et', 'ou', 'pas', 'elle', 'ils', 'nous', 'vous', 'une', 'pour', 'dans', 'avec',
  'par', 'selon', 'qui', 'hier', 'demain', 'direct', 'exclusif', 'vidéo', 'vidéos', 'entretien', 'tribune', 'éditorial',
  'enquête', 'reportage', 'décryptage', 'témoignage', 'chronique', 'portrait',
];

/**
 * French endings of ordinary nouns, which no place name shares: a kicker in capitals, not a town.
 * Not '-ence' and '-ance' end places too (Florence, Valence).
 */
export const nounEndings = ['tion', 'ment', 'isme', 'logie'];

/**
 * Names of a paper's sections and topics in capitals before a dash ("POLITIK –", "HEALTH —",
 * "CLIMATE CHANGE —"): a kicker over the story, not a town, unless a gazetteer knows the head.
 */
export const topicWords = ['politique', 'économie', 'culture', 'sport', 'sports', 'santé', 'société', 'monde', 'justice', 'faits', 'divers', 'sciences',
  'climat', 'météo', 'football', 'éducation', 'environnement'];

/** Section names that are a kicker only as the whole head ("LOCAL —"), since they also open places' names. */
export const topicWordsAlone = ['international', 'national', 'régions', 'region', 'local'];
