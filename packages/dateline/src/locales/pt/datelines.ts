/**
 * Portuguese words that make a head a sentence or a headline, not a place ("Última hora", "O
 * Governo aprovou"). Not the words inside place names ("de", "do", "da", "dos", "das", "e",
 * "são", "santa": "Rio de Janeiro", "São Paulo", "Santa Maria da Feira"): the verb "são"
 * ("are") is also the saint of "SÃO PAULO", so listing it lost every such dateline.
 */
export const sentenceWords = [
  'foi', 'é', 'para', 'pelo', 'pela', 'hoje', 'ontem', 'última', 'exclusivo', 'exclusiva', 'direto', 'vídeo',
  'entrevista', 'opinião', 'análise', 'reportagem', 'editorial', 'crónica', 'crônica',
];

/**
 * Portuguese endings of ordinary nouns, which no place name shares: a kicker in capitals, not a town.
 * Not '-ção' ends places too (Conceição).
 */
export const nounEndings = ['ismo', 'mento', 'logia'];

/**
 * Names of a paper's sections and topics in capitals before a dash ("POLITIK –", "HEALTH —",
 * "CLIMATE CHANGE —"): a kicker over the story, not a town, unless a gazetteer knows the head.
 */
export const topicWords = ['política', 'economia', 'cultura', 'esporte', 'esportes', 'desporto', 'saúde', 'sociedade', 'mundo', 'futebol', 'justiça',
  'educação'];

/** Section names that are a kicker only as the whole head ("LOCAL —"), since they also open places' names. */
export const topicWordsAlone = ['nacional', 'internacional', 'local', 'regional'];
