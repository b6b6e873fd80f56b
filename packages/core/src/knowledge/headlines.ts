// How headlines are set, once for every package: the entity tagger tells a line of title-case
// words from a run of names by it, and parseArticle a subhead from a story's sentence.

/**
 * Short English words that a headline in title case leaves in lower case ("Plan for the City",
 * "Trump Says He Will Act on Tariffs", "Prices Are Higher than Ever"): articles, conjunctions,
 * short prepositions and particles, and the forms of "to be" that style guides leave small.
 * General knowledge of headline style; lower case.
 *
 * @example
 * HEADLINE_SMALL_WORDS.includes('of') //=> true
 */
export const HEADLINE_SMALL_WORDS: readonly string[] = [
  'a', 'an', 'the', 'and', 'or', 'but', 'nor', 'of', 'in', 'on', 'at', 'to', 'for', 'by', 'with', 'from', 'as', 'into', 'over',
  'after', 'via', 'vs', 'per', 'up', 'off', 'out', 'than', 'is', 'are',
];
