/**
 * Italian words that make a head a sentence or a headline, not a place ("Ultima ora", "Il
 * governo ha"). Not the words inside place names ("di", "del", "della": "Reggio di Calabria"), nor "il" (Illinois in
 * a U.S. dateline) or "chi" ("Ho Chi Minh City").
 */
export const sentenceWords = [
  'lo', 'gli', 'una', 'è', 'sono', 'ha', 'hanno', 'era', 'non', 'per', 'con', 'che', 'oggi', 'ieri', 'domani', 'ultima',
  'esclusiva', 'esclusivo', 'intervista', 'commento', 'aggiornamento', 'foto', 'diretta', 'retroscena', 'reportage', 'editoriale',
];

/**
 * Italian endings of ordinary nouns, which no place name shares: a kicker in capitals, not a town.
 */
export const nounEndings = ['zione', 'ismo', 'mento', 'logia'];

/**
 * Names of a paper's sections and topics in capitals before a dash ("POLITIK –", "HEALTH —",
 * "CLIMATE CHANGE —"): a kicker over the story, not a town, unless a gazetteer knows the head.
 */
export const topicWords = ['politica', 'economia', 'cultura', 'sport', 'salute', 'cronaca', 'esteri', 'spettacoli', 'calcio', 'società', 'giustizia'];

/** Section names that are a kicker only as the whole head ("LOCAL —"), since they also open places' names. */
export const topicWordsAlone = ['interni', 'regione', 'locale'];
