/**
 * Spanish words that make a head a sentence or a headline, not a place ("Última hora", "El
 * Gobierno aprobó"). Not the words inside place names ("el", "la", "los", "las", "de", "del",
 * "y", "san", "santa": "Ciudad de México", "Santa Cruz de la Sierra"), nor "que" (Quebec's "Que.").
 */
export const sentenceWords = [
  'son', 'fue', 'han', 'era', 'por', 'para', 'hoy', 'ayer', 'última', 'exclusiva', 'directo', 'vídeo', 'entrevista', 'opinión',
  'análisis', 'actualización', 'crónica', 'reportaje', 'editorial', 'tribuna',
];
