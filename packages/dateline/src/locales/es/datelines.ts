/**
 * Spanish words that make a head a sentence or a headline, not a place ("Última hora", "El
 * Gobierno aprobó"). Not the words inside place names ("el", "la", "los", "las", "de", "del",
 * "y", "san", "santa": "Ciudad de México", "Santa Cruz de la Sierra"), nor "que" (Quebec's "Que.").
 */
export const sentenceWords = [
  'son', 'fue', 'han', 'era', 'por', 'para', 'hoy', 'ayer', 'última', 'exclusiva', 'directo', 'vídeo', 'entrevista', 'opinión',
  'análisis', 'actualización', 'crónica', 'reportaje', 'editorial', 'tribuna',
];

/**
 * Mexico's states as its papers abbreviate them after the city ("Puebla, Pue.-", "CIUDAD DE
 * PUEBLA, Pue.-", "Xalapa, Ver.-", "Monterrey, N.L.-"): the name, then its short forms.
 */
export const regions = [
  ['Aguascalientes', 'Ags.'], ['Baja California', 'B.C.'], ['Baja California Sur', 'B.C.S.'], ['Campeche', 'Camp.'],
  ['Chiapas', 'Chis.'], ['Chihuahua', 'Chih.'], ['Ciudad de México', 'CDMX'], ['Coahuila', 'Coah.'], ['Colima', 'Col.'],
  ['Durango', 'Dgo.'], ['Estado de México', 'Edomex', 'Edo. Méx.', 'Méx.'], ['Guanajuato', 'Gto.'], ['Guerrero', 'Gro.'],
  ['Hidalgo', 'Hgo.'], ['Jalisco', 'Jal.'], ['Michoacán', 'Mich.'], ['Morelos', 'Mor.'], ['Nayarit', 'Nay.'],
  ['Nuevo León', 'N.L.'], ['Oaxaca', 'Oax.'], ['Puebla', 'Pue.'], ['Querétaro', 'Qro.'], ['Quintana Roo', 'Q. Roo', 'Q.R.'],
  ['San Luis Potosí', 'S.L.P.'], ['Sinaloa', 'Sin.'], ['Sonora', 'Son.'], ['Tabasco', 'Tab.'], ['Tamaulipas', 'Tamps.', 'Tams.'],
  ['Tlaxcala', 'Tlax.'], ['Veracruz', 'Ver.'], ['Yucatán', 'Yuc.'], ['Zacatecas', 'Zac.'],
];

/**
 * Spanish endings of ordinary nouns, which no place name shares: a kicker in capitals, not a town.
 * Not '-ción' and '-dad' end places too (Concepción, Trinidad).
 */
export const nounEndings = ['ismo', 'miento', 'logía'];

/**
 * Names of a paper's sections and topics in capitals before a dash ("POLITIK –", "HEALTH —",
 * "CLIMATE CHANGE —"): a kicker over the story, not a town, unless a gazetteer knows the head.
 */
export const topicWords = ['política', 'economía', 'cultura', 'deportes', 'salud', 'sociedad', 'sucesos', 'opinión', 'tecnología', 'fútbol', 'clima',
  'justicia', 'educación', 'espectáculos'];

/** Section names that are a kicker only as the whole head ("LOCAL —"), since they also open places' names. */
export const topicWordsAlone = ['nacional', 'internacional', 'local', 'regional', 'metrópoli'];
