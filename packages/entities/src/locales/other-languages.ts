import { FRENCH_ROLES, GERMAN_ADMINISTRATIVE_UNITS, GERMAN_ROLES, ITALIAN_ROLES, PORTUGUESE_ROLES, SPANISH_ROLES } from '@newsparse/core';

/**
 * Words of languages whose copy the English rules do not read (German so far), hand-written
 * from general knowledge. Read only for a text that does not read as English (see
 * `readsAsEnglish`), so none of them can change what an English text gives. Lower case.
 */
export const otherLanguageWords = {
  /** Titles and offices before a person's name ("Oberbürgermeister Burkhard Jung", "Ministerin Anna Lehmann"). */
  titles: GERMAN_ROLES,
  /** Verbs of saying that a speaker's name follows in inverted order ("…“, sagte Burkhard Jung"). */
  speechVerbs: 'sagte sagt erklärte erklärt betonte betont meinte ergänzte warnte'.split(' '),
  /**
   * Legal forms of a company, which end its name after any words ("Robert Bosch GmbH"), and
   * the English ones that foreign companies keep in German copy ("Google Ireland Limited").
   */
  legalForms: 'gmbh ag kg se kgaa mbh ug eg ltd limited inc llc plc'.split(' '),
  /** Articles and pronouns, which open no name ("Die PNE AG", "Ihrer Bank"). */
  determiners: ['der', 'die', 'das', 'den', 'dem', 'des', 'ein', 'eine', 'einer', 'einen', 'einem', 'eines', 'ihre', 'ihrer',
    'ihren', 'unsere', 'unserer', 'unseren', 'seine', 'seiner', 'diese', 'dieser', 'diesen', 'jede', 'jeder', 'alle', 'über', 'im', 'am'],
  /**
   * Articles of Romance languages, Dutch and German that open a sentence in capitals ("Las
   * asociaciones …", "Les locataires …", "Die Mieter …"): alone they name nothing, even where
   * the knowledge base knows the word as part of a name ("Las Vegas", "Los Angeles").
   */
  sentenceArticles: ['el', 'la', 'los', 'las', 'le', 'les', 'il', 'lo', 'gli', 'un', 'una', 'une', 'uno', 'het', 'de', 'der', 'die', 'das', 'des', 'o', 'os', 'as',
    // German prepositions that open a sentence before an article ("Über die Schäden …", "Für den Bau …"): "Über" is no Uber.
    'über', 'für', 'mit', 'nach', 'bei', 'beim', 'vom', 'zum', 'zur', 'im', 'am', 'seit', 'trotz', 'wegen', 'durch', 'gegen', 'ohne', 'unter',
    // German articles in their other cases, and object pronouns, that open a sentence ("Den kleinen Kindern …", "Mich wundert …").
    'den', 'dem', 'ein', 'eine', 'einen', 'einem', 'einer', 'mich', 'mir', 'uns', 'ihn', 'ihm',
    // Spanish and French prepositions, adverbs of time and conjunctions that open a sentence ("Para ellos …", "Ayer el ministro …", "Selon le …").
    'para', 'ayer', 'hoy', 'tras', 'desde', 'según', 'con', 'sin', 'por', 'sobre', 'entre', 'hasta', 'aunque', 'mientras', 'cuando', 'donde', 'pero',
    'pour', 'hier', 'selon', 'avec', 'sans', 'par', 'sur', 'après', 'avant', 'depuis', 'quand', 'mais',
    // Spanish demonstratives and Italian adverbs of time that open a sentence ("Esa claridad …", "Ora lo farà …", "Oggi il governo …").
    'esa', 'ese', 'esta', 'este', 'esas', 'esos', 'estas', 'estos', 'ora', 'oggi', 'ieri', 'poi', 'dopo', 'secondo'],
  /**
   * Offices and roles in Spanish, French, Italian and Portuguese, written in lower case before
   * a person set off by commas ("el ministro de Energía y Minas, Rómulo Mucho, …", "le maire
   * de Lyon, Anne Martin, …"): the role phrase names the office, the commas the holder.
   */
  appositionTitles: [...SPANISH_ROLES, ...FRENCH_ROLES, ...ITALIAN_ROLES, ...PORTUGUESE_ROLES],
  /**
   * Offices that only a company's head holds, before "de"/"di" and the company: "consejero
   * delegado de X", "presidente ejecutivo de X", "directeur général de X", "amministratore
   * delegato di X", "PDG de X" (one word, or two joined by a space).
   */
  companyHeadOffices: ['consejero delegado', 'consejera delegada', 'presidente ejecutivo', 'presidenta ejecutiva', 'président exécutif', 'présidente exécutive', 'directeur général', 'directrice générale', 'amministratore delegato', 'amministratrice delegata', 'pdg', 'ceo'],
  /**
   * Words that join a role to the body it serves ("ministro de Energía y Minas", "presidente
   * del Consejo de Ministros", "maire de la ville"), and that join a body's head to what it is
   * of ("Consejo de Ministros", "Ministère de la Santé").
   */
  ofWords: 'de del la las los el y e des du le les et di della dello dei delle degli da do dos das al'.split(' '),
  /**
   * Heads that open a Romance organisation's name before "de …" ("Consejo de Ministros",
   * "Ministerio de Salud", "Conseil des ministres", "Banca d'Italia").
   */
  romanceOrganisationHeads: (
    'consejo presidencia ministerio congreso tribunal partido universidad banco comisión instituto fiscalía ' +
    'defensoría contraloría asamblea senado cámara junta federación confederación sindicato ' +
    'asociación fundación agencia superintendencia secretaría conseil présidence ministère assemblée parti ' +
    'université banque commission institut agence fédération syndicat fondation consiglio ministero ' +
    'tribunale partito università banca commissione istituto agenzia federazione sindacato ' +
    'associazione fondazione conselho ministério congresso universidade comissão agência federação ' +
    'associação fundação ' +
    // Courts, chambers and committees ("Cour d’Appel de …", "Corte Suprema", "Senato della Repubblica", "Comité Olímpico").
    'cour corte sénat senato comité comitato chambre parlement parlamento audiencia juzgado consejería ' +
    // City halls and authorities ("Ayuntamiento de Madrid", "Mairie de Paris"); not "Gobierno" alone, the government of the day.
    'ayuntamiento mairie organisation organización organizzazione autorité autoridad autorità'
  ).split(' '),
  /**
   * German nouns of an administrative unit, after which a capitalised name is the unit's place
   * ("der Stadt Halle", "die Gemeinde Nietleben", "im Landkreis Harz", "im Kanton Bern").
   */
  administrativeNouns: [...GERMAN_ADMINISTRATIVE_UNITS, 'stadt', 'marktgemeinde', 'stadtteil', 'ortsteil', 'bundesland'],
  /**
   * Heads of an organisation's name: the last word ("Robert Bosch GmbH", "Bertelsmann Stiftung")
   * or the last part of a hyphenated compound after a name ("CDU-Fraktion", "ADAC-Verband").
   */
  organisationHeads: (
    'fraktion partei verband verein stiftung ministerium bundesministerium ' +
    'gewerkschaft konzern gruppe bank kasse krankenkasse sparkasse klinikum universität ' +
    'hochschule institut behörde amt gericht landgericht amtsgericht bund stadtwerke werke ' +
    'zeitung rundfunk landtag bundestag senat rat kommission agentur akademie gesellschaft ' +
    // Schools and houses named after a person ("Gabriele-von-Bülow-Gymnasium", "Robert Koch Schule").
    'gymnasium schule grundschule realschule gesamtschule klinik museum'
  ).split(' '),
  /**
   * German nouns that are also the names of towns abroad ("das Leiden", suffering; "Corona", the
   * pandemic; "in den Bergen", in the mountains; "zum ersten Male"): in German copy the noun,
   * unless a place preposition stands before it ("in Leiden", "aus Bergen").
   */
  nounsNamedLikeTowns: ['corona', 'leiden', 'bergen', 'male', 'orange'],
  /** Words that join the last items of a list ("Essen, Leben und Fitness"). */
  listJoiners: ['und', 'oder', 'sowie'],
  /**
   * German prepositions that put a town's name after them ("in Leiden", "aus Bergen"); not
   * "nach", which is "after" as often as "to" ("nach Corona").
   */
  placePrepositions: ['in', 'aus'],
  /** Labels a page writes before a colon ("Quelle: dpa", "Tel: +49 …", "Foto: privat"), run on after a name in the text. */
  labelWords: ['quelle', 'quellen', 'foto', 'fotos', 'bild', 'bilder', 'tel', 'telefon', 'fax', 'mobil', 'handy', 'mail', 'e-mail', 'email',
    'autor', 'autorin', 'text', 'grafik', 'video', 'kontakt', 'redaktion', 'web', 'internet'],
} as const;
