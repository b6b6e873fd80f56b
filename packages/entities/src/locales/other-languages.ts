/**
 * Words of languages whose copy the English rules do not read (German so far), hand-written
 * from general knowledge. Read only for a text that does not read as English (see
 * `readsAsEnglish`), so none of them can change what an English text gives. Lower case.
 */
export const otherLanguageWords = {
  /** Titles and offices before a person's name ("Oberbürgermeister Burkhard Jung", "Ministerin Anna Lehmann"). */
  titles: [
    'bürgermeister', 'bürgermeisterin', 'oberbürgermeister', 'oberbürgermeisterin', 'minister', 'ministerin',
    'ministerpräsident', 'ministerpräsidentin', 'bundesminister', 'bundesministerin', 'landesminister', 'landesministerin',
    'staatssekretär', 'staatssekretärin', 'senator', 'senatorin', 'kanzler', 'kanzlerin', 'bundeskanzler', 'bundeskanzlerin',
    'präsident', 'präsidentin', 'bundespräsident', 'bundespräsidentin', 'sprecher', 'sprecherin', 'pressesprecher',
    'pressesprecherin', 'chef', 'chefin', 'vorsitzende', 'vorsitzender', 'geschäftsführer', 'geschäftsführerin',
    'vorstand', 'vorstandschef', 'vorstandschefin', 'landrat', 'landrätin', 'stadtrat', 'stadträtin', 'abgeordnete',
    'abgeordneter', 'professor', 'professorin', 'trainer', 'trainerin', 'direktor', 'direktorin', 'leiter', 'leiterin',
    'polizeisprecher', 'polizeisprecherin', 'fraktionschef', 'fraktionschefin', 'parteichef', 'parteichefin',
  ],
  /** Verbs of saying that a speaker's name follows in inverted order ("…“, sagte Burkhard Jung"). */
  speechVerbs: ['sagte', 'sagt', 'erklärte', 'erklärt', 'betonte', 'betont', 'meinte', 'ergänzte', 'warnte'],
  /**
   * Legal forms of a company, which end its name after any words ("Robert Bosch GmbH"), and
   * the English ones that foreign companies keep in German copy ("Google Ireland Limited").
   */
  legalForms: ['gmbh', 'ag', 'kg', 'se', 'kgaa', 'mbh', 'ug', 'eg', 'ltd', 'limited', 'inc', 'llc', 'plc'],
  /** Articles and pronouns, which open no name ("Die PNE AG", "Ihrer Bank"). */
  determiners: ['der', 'die', 'das', 'den', 'dem', 'des', 'ein', 'eine', 'einer', 'einen', 'einem', 'eines', 'ihre', 'ihrer',
    'ihren', 'unsere', 'unserer', 'unseren', 'seine', 'seiner', 'diese', 'dieser', 'diesen', 'jede', 'jeder', 'alle', 'über', 'im', 'am'],
  /**
   * Articles of Romance languages, Dutch and German that open a sentence in capitals ("Las
   * asociaciones …", "Les locataires …", "Die Mieter …"): alone they name nothing, even where
   * the knowledge base knows the word as part of a name ("Las Vegas", "Los Angeles").
   */
  sentenceArticles: ['el', 'la', 'los', 'las', 'le', 'les', 'il', 'lo', 'gli', 'un', 'una', 'une', 'uno', 'het', 'de', 'der', 'die', 'das', 'des', 'o', 'os', 'as'],
  /**
   * Heads of an organisation's name: the last word ("Robert Bosch GmbH", "Bertelsmann Stiftung")
   * or the last part of a hyphenated compound after a name ("CDU-Fraktion", "ADAC-Verband").
   */
  organisationHeads: [
    'fraktion', 'partei', 'verband', 'verein', 'stiftung', 'ministerium', 'bundesministerium',
    'gewerkschaft', 'konzern', 'gruppe', 'bank', 'kasse', 'krankenkasse', 'sparkasse', 'klinikum', 'universität',
    'hochschule', 'institut', 'behörde', 'amt', 'gericht', 'landgericht', 'amtsgericht', 'bund', 'stadtwerke', 'werke',
    'zeitung', 'rundfunk', 'landtag', 'bundestag', 'senat', 'rat', 'kommission', 'agentur', 'akademie', 'gesellschaft',
  ],
} as const;
