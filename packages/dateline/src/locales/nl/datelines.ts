/**
 * Dutch words that make a head a sentence or a headline, not a place ("Het kabinet heeft",
 * "Liveblog"). Not the words inside place names ("de", "den", "het", "van", "aan", "op", "'s":
 * "Den Haag", "Alphen aan den Rijn", "Bergen op Zoom").
 */
export const sentenceWords = [
  'een', 'zijn', 'waren', 'heeft', 'hebben', 'wordt', 'worden', 'niet', 'ook', 'met', 'voor', 'naar', 'bij', 'dat', 'die', 'deze',
  'vandaag', 'gisteren', 'morgen', 'liveblog', 'opinie', 'analyse', 'recensie', 'achtergrond', 'reportage', 'exclusief', 'column',
  'commentaar', 'foto', "foto's", 'nieuws',
];

/**
 * Dutch endings of ordinary nouns, which no place name shares: a kicker in capitals, not a town.
 */
export const nounEndings = ['heid', 'isme', 'atie', 'logie'];

/**
 * Names of a paper's sections and topics in capitals before a dash ("POLITIK –", "HEALTH —",
 * "CLIMATE CHANGE —"): a kicker over the story, not a town, unless a gazetteer knows the head.
 */
export const topicWords = ['politiek', 'economie', 'cultuur', 'sport', 'binnenland', 'buitenland', 'gezondheid', 'voetbal', 'klimaat', 'wetenschap'];

/** Section names that are a kicker only as the whole head ("LOCAL —"), since they also open places' names. */
export const topicWordsAlone = ['regio', 'lokaal'];
