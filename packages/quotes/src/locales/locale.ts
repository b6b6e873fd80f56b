/**
 * What the quote rules of one language need: its quotation marks, its reporting verbs and
 * the words that end a speaker's noun phrase. A new language copies a folder next to this
 * file (`locales/de/words.ts`, `stopwords.ts`), lists its stopwords in `locales/index.ts` and
 * is exported from `quote-locales.ts` (`@newsparse/quotes/locales`).
 */
export interface Locale {
  /** Primary BCP 47 subtag: "de". */
  code: string;
  /** Opening mark → the marks that close it. */
  marks: Readonly<Record<string, string>>;
  /** Reporting verbs as written (all forms), lower case: "sagte", "a déclaré" is "déclaré". */
  cues: ReadonlySet<string>;
  /** Auxiliaries that go before a participle cue: "a" of "a déclaré", "hat" of "hat gesagt". */
  auxiliaries: ReadonlySet<string>;
  /**
   * Endings of past participles ("é", "i", "u" …). Right after a quote's
   * comma and an auxiliary, a participle of any verb, not only a listed cue, attributes the
   * quote to the phrase after it: "« … », a réagi Marc Leroy". Empty where the language's
   * participles say nothing of the sort.
   */
  participleEndings?: readonly string[];
  /**
   * Who is spoken to, after the speaker of an inverted attribution, where the language marks it
   * by case alone (German "sagte die Ministerin dem Sender", "… der Deutschen Presse-Agentur"):
   * articles that always open the one spoken to ("dem"), articles that do before a medium
   * ("der"), the endings of media words ("zeitung", "agentur", "sender"), and the pronouns of
   * the dative, which are the one spoken to alone ("sagte ihm", "sagte Ihnen"). The speaker's
   * phrase ends before them.
   */
  recipients?: { articles: ReadonlySet<string>; beforeMedium: ReadonlySet<string>; mediaEndings: readonly string[]; pronouns?: ReadonlySet<string> };
  /** Whether every noun is capitalised (German): a speaker phrase then opens with a capital, a determiner or a pronoun. */
  capitalisedNouns?: boolean;
  /**
   * Where nouns are lower case (French, Spanish), the lower-case words besides determiners,
   * pronouns and roles that may open a speaker's phrase: quantifiers ("varios expertos",
   * "plusieurs élus"). Any other lower-case opening is a clause's words ("y", "según", "se",
   * "hacia el extremo sur de"), and a digit a measure ("75 grados"): no speaker.
   */
  phraseOpeners?: ReadonlySet<string>;
  /**
   * Adverbs and conjunctions that end in -s like a plural noun ("además", "entonces", "alors",
   * "toujours"): a bare plural opens a speaker's phrase ("según fuentes oficiales"), these never.
   */
  pluralLookalikes?: ReadonlySet<string>;
  /** Words that may stand between a cue and its speaker, or after it: "auch", "dann", "noch". */
  fillers: ReadonlySet<string>;
  /** Articles and possessives that open a speaker's noun phrase: "die", "le", "el". */
  determiners: ReadonlySet<string>;
  /** Words that end a speaker's noun phrase: prepositions, conjunctions, time words. */
  stops: ReadonlySet<string>;
  /**
   * Prepositions among the stops that join a head noun to its complement inside a subject
   * ("Das Ministerium in Wiesbaden", "El presidente del Valencia"): read back over when the
   * subject opens the sentence.
   */
  nounLinks: ReadonlySet<string>;
  /** Subject pronouns that speak: "er", "sie", "il", "elle". */
  pronouns: ReadonlySet<string>;
  /**
   * The singular third-person pronouns among them, with the gender they tell: a speaker named
   * by one of these is resolved to the person named just before (`sagte sie` → the woman).
   */
  pronounGenders: Readonly<Record<string, 'm' | 'f'>>;
  /**
   * Possessives that tell a singular person's gender, lower case (German "seinen", "ihren"): a
   * source of a possessive and a noun ("Seinen Angaben zufolge") names the person as the
   * pronoun of that gender would. Optional.
   */
  possessiveGenders?: Readonly<Record<string, 'm' | 'f'>>;
  /** Prepositions that attribute the rest of the sentence to a source before it: "laut", "selon", "según". */
  sourceBefore: ReadonlySet<string>;
  /**
   * Prepositional phrases of several words that attribute as `sourceBefore` does, lower case,
   * words joined by one space: German "nach Angaben" ("Nach Angaben der Polizei …"), Spanish
   * "de acuerdo con". The longest that matches counts.
   */
  sourcePhrases: readonly string[];
  /**
   * The definite articles that tell a singular noun's gender: "die" before "Politikerin", "la"
   * before "ministra". A role noun after one ("die SPD-Politikerin") names the person of that
   * gender named last, as a pronoun does; an article whose gender the role does not share
   * ("die Politiker", a plural) names no one.
   */
  definiteArticles: Readonly<Record<string, 'm' | 'f'>>;
  /** Whether a line that opens with a dash is speech, as Spanish and French print dialogue ("—No vamos a ceder —dijo el ministro—."). */
  speechDashes?: boolean;
  /**
   * Whether a verb with its subject pronoun joined by hyphens after a quote or inside it is an
   * attribution whatever the verb (French "glisse-t-il", "soupire-t-elle", "dit-il"). Optional.
   */
  invertedCues?: boolean;
  /** Whether the language drops subjects ("«…», añadió."): a cue with no speaker then goes on with the last one. */
  dropsSubjects?: boolean;
  /** Prepositions whose noun phrase is never a speaker: "en diálogo con Radio Nacional dijo". */
  objectPrepositions?: ReadonlySet<string>;
  /**
   * Where subjects drop: prepositions that open a fronted phrase before a cue, set off by commas,
   * inside which a name is no subject ("Además, en diálogo con Radio Nacional dijo que …"). Optional.
   */
  frontedPrepositions?: ReadonlySet<string>;
  /** Words that open a clause of "as" ending in a verb of saying: "Wie die Polizei mitteilte, …". */
  asOpeners?: ReadonlySet<string>;
  /**
   * The words, lower case and joined by one space, that open a sentence pointing back to the
   * quote just before it, the verb of saying and the speaker after them: German "das" and
   * "dies" ("„…“ Das sagte der Minister."), Spanish "así lo" ("«…». Así lo afirmó la ministra.").
   * Optional.
   */
  backReferences?: readonly string[];
  /**
   * Words of a time that may close a sentence after the speaker of a postposed attribution:
   * "…, sagte ein Sprecher am Abend", "…, a déclaré le maire mardi".
   */
  trailingTimes?: ReadonlySet<string>;
  /** Postpositions after the source: German "zufolge" ("dem Bericht zufolge"). */
  sourceAfter: ReadonlySet<string>;
  /**
   * Articles and possessives of the dative, lower case ("dem", "einem", "seinen"): one opens
   * the source before a postposition ("dem Bericht zufolge"). Optional.
   */
  datives?: ReadonlySet<string>;
  /**
   * Where a `sourceBefore` preposition may stand inside a clause, its source the noun phrase
   * after it ("Dabei ging es laut Staatsanwaltschaft um …", German): adverbs of degree before
   * which the word is an adjective instead ("sehr laut"), the endings of nouns that inform, the
   * only nouns that are a source alone ("laut Polizei", not "laut Musik"), and the articles of
   * the genitive that go on past a noun ("Angaben der Polizei"). Absent where the preposition
   * only opens or closes a sentence.
   */
  sourceInClause?: { degreeAdverbs: ReadonlySet<string>; informingNouns: readonly string[]; genitiveArticles: ReadonlySet<string> };
  /**
   * Reflexive pronouns before a verb, lower case (Spanish "se"): a cue right after one is no
   * report of a speaker ("el fiscal se refirió a que …" refers to, "se dijo que …" it was said).
   * Optional.
   */
  reflexives?: ReadonlySet<string>;
  /**
   * Object pronouns written before the verb, lower case (French "lui", "leur", Spanish "le",
   * "les"): the one spoken to, never part of the speaker ("Le ministre lui a dit que …",
   * "El alcalde les explicó que …"). Optional.
   */
  clitics?: ReadonlySet<string>;
  /**
   * Nouns of information that name no one, lower case (German "Angaben", "Erkenntnissen",
   * Spanish "datos"): "den Angaben zufolge", "según los datos" attribute to no speaker, while
   * "nach Angaben der Polizei" names the police. Optional.
   */
  vagueSources?: ReadonlySet<string>;
  /**
   * Cues of a reply, lower case ("respondió", "a répondu"): with no subject, a reply may be
   * the answer of a person the sentence before named after its subject. Optional.
   */
  replies?: ReadonlySet<string>;
  /**
   * Cues that report only beside the impersonal pronoun, lower case: German "heißt" and "hieß"
   * with "es" ("hieß es aus dem Ministerium", "Es heißt, …"); elsewhere they are other verbs
   * ("Das heißt, …" is "that is", "Er heißt Paul"). Optional.
   */
  impersonalCues?: {
    cues: ReadonlySet<string>;
    pronoun: string;
    /**
     * Prepositions whose phrase beside such a cue is the source the words came from, lower case:
     * German "aus" ("Aus dem Ministerium hieß es, …", "…, hieß es aus dem Rathaus"). Optional.
     */
    from?: ReadonlySet<string>;
  };
  /**
   * Subject pronouns that stand for no one in particular, lower case: German "man", French "on"
   * ("…“, sagt man in Hamburg", "on dit que …"). A quote they attribute has no speaker. Optional.
   */
  impersonal?: ReadonlySet<string>;
  /** Words that open a reported clause: "dass", "que". */
  complementizers: ReadonlySet<string>;
  /** Relative pronouns that open a clause set off by commas after a speaker: "quien", "qui", "die". Optional. */
  relatives?: ReadonlySet<string>;
  /**
   * Finite forms of the auxiliaries and modals, lower case, where a verb of saying closes its
   * clause after one (German "Vreni hat mir gesagt", "Damit hat das Team bestätigt"): the subject
   * stands right before the finite verb when it opens the clause, else right after it. Those in
   * `passive` make a participle passive ("Gegenwärtig wird viel kritisiert": no speaker).
   * Optional.
   */
  finiteVerbs?: { verbs: ReadonlySet<string>; passive: ReadonlySet<string> };
  /**
   * Modal verbs, lower case, all forms (German "kann", "muss", "müssen"): a cue in the infinitive
   * beside one ("Man kann also sagen, dass …", "… sagen müssen, dass …"), or after "zu" ("um
   * ehrlich zu sagen, dass …"), tells what one could say, no report. Optional.
   */
  modals?: ReadonlySet<string>;
  /**
   * Cues that also have a sense other than speech, lower case (French "indique", Spanish
   * "indica", "apunta": "shows", "points"), and the possessives that open a subject of a thing
   * there: "sa hausse indique que …", "su aumento indica que …" report no one. A role or a name
   * in the subject makes it someone's ("sa porte-parole indique que …"). Optional.
   */
  otherSenses?: { cues: ReadonlySet<string>; possessives: ReadonlySet<string> };
  /**
   * Verbs that report only before a complementizer ("a soutenu que …"), having another sense
   * with an object ("a soutenu le projet": supported). Optional.
   */
  complementCues?: ReadonlySet<string>;
  /** Negations that, next to a cue, say the words were not said: "nicht", "pas", "no". Optional. */
  negations?: ReadonlySet<string>;
  /**
   * Cues that report only with their speaker right after them, lower case: German "so"
   * ("…, so der Minister"), which is otherwise an adverb ("so laut, dass …"). Optional.
   */
  cuesBeforeSpeaker?: ReadonlySet<string>;
  /**
   * Verb forms that mark a clause as reported without a complementizer, lower case: German
   * Konjunktiv I ("sei", "werde") and the Konjunktiv II that stands in for it ("hätten",
   * "würden") in "X sagte, man werde …". Empty where the language needs "que".
   */
  reportedMood: ReadonlySet<string>;
  /**
   * The reported mood of any verb, told by its ending right after a subject pronoun that opens
   * the clause (German Konjunktiv I, "…, man prüfe den Antrag", "…, er plane …", where the
   * indicative ends in -t): the pronouns, the ending, and words of that ending that are no verb
   * there ("sie keine", "er gerne"). Optional.
   */
  reportedEnding?: { pronouns: ReadonlySet<string>; ending: string; except: ReadonlySet<string> };
  /** Roles and titles that may stand before a name, lower case: "bürgermeisterin", "ministre", "alcaldesa". */
  roles: ReadonlySet<string>;
  /** Frequent function words, for telling the language of a text. */
  stopwords: ReadonlySet<string>;
}

/** The word set of a space-separated list. */
export const words = (list: string): ReadonlySet<string> => new Set(list.split(/\s+/).filter(Boolean));

/** Each word and its form in -s (a noun's plural, a verb's third person): `withSForms(['claim'])` is `['claim', 'claims']`. */
export const withSForms = (list: readonly string[]): string[] => list.flatMap((word) => [word, `${word}s`]);

/**
 * The set of `list` and of every word of `parts`: one word list built from shared pieces
 * (`wordSet(['denies'], MODALS, FINITE_BE)`), as membership only (the order is no meaning).
 *
 * Since the order means nothing, the English lists (`locales/en`, and the lists inside the
 * rules) keep one order for the words they share: core's lists first (in bundle order), then
 * the order a word first appears in, within each commented group of a list. gzip then finds
 * the same runs of words again and again, which keeps the bundle about 760 bytes lighter than
 * lists in free order (issue #15's budget). A new word goes at the end of its list.
 */
export const wordSet = (list: readonly string[], ...parts: readonly Iterable<string>[]): ReadonlySet<string> => {
  const set = new Set(list);
  for (const part of parts) for (const word of part) set.add(word);
  return set;
};

/**
 * The role of the locale a word is or ends in, lower case, or null: "ministerin", the end of a
 * hyphenated compound ("Grünen-Abgeordnete" → "abgeordnete") or of a closed German compound
 * of four letters or more ("Vorstandschefin" → "chefin", "Wirtschaftsminister" → "minister").
 *
 * @example
 * roleIn(de, 'Vorstandschefin') //=> 'chefin'
 */
export function roleIn(locale: Locale, word: string): string | null {
  const lower = word.toLowerCase();
  if (locale.roles.has(lower)) return lower;
  const hyphen = lower.lastIndexOf('-');
  if (hyphen > 0 && locale.roles.has(lower.slice(hyphen + 1))) return lower.slice(hyphen + 1);
  if (locale.code !== 'de') return null;
  // The longest role that ends the word, leaving three letters or more before it.
  for (let start = 3; start <= lower.length - 4; start++) {
    if (locale.roles.has(lower.slice(start))) return lower.slice(start);
  }
  return null;
}

/**
 * The gender a role tells, from its pair in the locale's list ("ministerin"/"minister",
 * "présidente"/"président", "alcaldesa"/"alcalde", "ministra"/"ministro"), or null.
 *
 * @example
 * roleGender(de, 'chefin') //=> 'f'
 */
export function roleGender(locale: Locale, role: string): 'm' | 'f' | null {
  const has = (form: string): boolean => form !== role && locale.roles.has(form);
  const stem = role.slice(0, -1);
  const feminine = ['e', 'a', 'in', 'sa', 'esa'].some((suffix) => role.endsWith(suffix) && has(role.slice(0, -suffix.length)));
  if (feminine || role.endsWith('a') && (has(`${stem}o`) || has(`${stem}e`))) return 'f';
  if (has(`${role}in`) || has(`${role}e`) || has(`${role}a`) || has(`${role}sa`) || /[oe]$/.test(role) && has(`${stem}a`)) return 'm';
  return null;
}
