/**
 * German words that make a head a sentence or a headline, not a place ("Eilmeldung", "Die
 * Regierung will"). Articles and verbs, not the words inside place names ("am", "an", "im",
 * "der", "den", "des": "Frankfurt am Main", "Neustadt an der Weinstraße").
 */
export const sentenceWords = [
  'die', 'das', 'ein', 'eine', 'einen', 'ist', 'sind', 'war', 'waren', 'wird', 'werden', 'hat', 'haben', 'und', 'oder', 'nicht',
  'auch', 'mit', 'für', 'über', 'nach', 'bei', 'wie', 'sich', 'heute', 'gestern', 'eilmeldung', 'liveticker', 'kommentar', 'meinung',
  'analyse', 'exklusiv', 'anzeige', 'aktualisiert', 'bilder', 'fotos', 'videos', 'ticker', 'newsticker', 'newsblog', 'liveblog',
  'reportage', 'hintergrund', 'porträt', 'gastbeitrag', 'leitartikel', 'glosse', 'kolumne',
];

/**
 * German endings of ordinary nouns, which no place name shares: a kicker in capitals, not a town.
 */
export const nounEndings = ['ung', 'heit', 'keit', 'schaft', 'ismus', 'tät', 'tion', 'ment', 'logie'];

/**
 * Names of a paper's sections and topics in capitals before a dash ("POLITIK –", "HEALTH —",
 * "CLIMATE CHANGE —"): a kicker over the story, not a town, unless a gazetteer knows the head.
 */
export const topicWords = ['politik', 'kultur', 'sport', 'wissen', 'ausland', 'inland', 'meinung', 'kommentar', 'lokales', 'digital', 'reise', 'finanzen',
  'börse', 'umwelt', 'klima', 'justiz', 'verkehr', 'wetter', 'fußball', 'gesundheit', 'wirtschaft', 'gesellschaft', 'bildung'];

/** Section names that are a kicker only as the whole head ("LOCAL —"), since they also open places' names. */
export const topicWordsAlone = ['lokales', 'regional', 'region', 'international', 'national'];

/** German articles, lower-case: a noun follows them ("die Wahl"), a town's name almost never. */
export const nounArticles = ['der', 'die', 'das', 'den', 'dem', 'des', 'ein', 'eine', 'einer', 'einen', 'einem', 'eines', 'kein', 'keine', 'keiner', 'keinen'];
