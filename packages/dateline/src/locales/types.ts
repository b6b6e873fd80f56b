import type { Modifier } from '../dates/resolve.js';
import type { StampLabel } from '../types.js';

/**
 * What one language gives the parsers: its words and the few patterns written in them.
 * A new language copies `locales/en` (or `locales/es`), translates, and is listed in
 * `locales/index.ts`; the extractors read every listed locale and hold no words of their own.
 */
export interface Locale {
  /** BCP 47 language code. */
  code: string;
  /** Month words read exactly (lower-case) with their number 1-12: names, short forms, variants. */
  months: ReadonlyMap<string, number>;
  /** Short forms read as months only with their period ("set." in Spanish: "set" is an English word). */
  monthsWithPeriod: ReadonlyMap<string, number>;
  /** Weekday words (lower-case) with their number, 0 = Sunday. */
  weekdays: ReadonlyMap<string, number>;
  patterns: {
    /**
     * Weekday words that may open a written date, as a regular-expression alternation read
     * case-insensitively ("Tue", "Martes"); each opens with the first three letters of one
     * of `weekdays` (the dateline reader skips other words).
     */
    weekday: string;
    /** Month names as news prints them, as an alternation read with its case (findDates). */
    month: string;
    /**
     * Month names that are also words or names ("mars", "mai", German "Mai"), read with their
     * case only after a day ("15 mars", "3. Mai"), never alone.
     */
    monthAfterDay?: string;
  };
  /** Words inside written dates. */
  dateWords: {
    /** Suffixes of ordinal days ("27th", "1er"). */
    ordinalSuffixes: readonly string[];
    /** Marks after a day written before its month, as plain text ("3. Juni"). */
    dayMarks: readonly string[];
    /** Words a dateline writes between its place and its date ("Lyon, le 3 juin"). */
    beforeDay: readonly string[];
    /** Between a day and its month ("27 of June", "27 de junio"). */
    dayMonth: readonly string[];
    /** Between a month and its year ("junio de 2024", "27 de junio del 2024"). */
    monthYear: readonly string[];
    /** Between a date and its clock time ("June 27 at 3 p.m.", "27 de junio a las 10:00"). */
    dateTime: readonly string[];
    /** Between a clock time and its date ("3 p.m. on June 4"). */
    timeDate: readonly string[];
  };
  stamp: {
    /** Labels of publication stamps and what each says, longest first ("first published" before "published"). */
    labels: readonly (readonly [phrase: string, label: StampLabel])[];
    /** Words between a label and its date ("Published on", "Publicado el"). */
    afterLabel: readonly string[];
    /** Three-letter stems of the month and weekday words an unlabelled stamp may open with. */
    stems: readonly string[];
  };
  dateline: {
    /** Words that make a head a sentence or a headline, not a place ("said", "update"). */
    sentenceWords: readonly string[];
    /**
     * Words that make a head in capitals before a colon a label or a speaker, not a place
     * ("READ MORE:", "MODERATOR:", "FACT CHECK:"): read only where no gazetteer vouches for
     * the place ("GEORGE TOWN:", "PETALING JAYA:" are datelines by their form).
     */
    colonLabels?: readonly string[];
    /**
     * Words that name a news outlet in its masthead ("TIMES", "HERALD", "FORUM"): a head in
     * capitals alone before a dash that holds one is the site signing its copy ("FORUM KEADILAN
     * –"), not an unknown place. Read only where no gazetteer, date or agency vouches for the place.
     */
    mastheadWords?: readonly string[];
    /**
     * States or provinces of a country whose papers write them after the city, one row a state:
     * its name, then its short forms ("Puebla, Pue.-", "XALAPA, Ver.-"): read as the dateline's
     * region, as the U.S. states and Canada's provinces are. Never read with a typo.
     */
    regions?: readonly (readonly string[])[];
    /**
     * Words beside a town's name that make it a place ("in Kohat", "Kohat district"): a single
     * word in capitals that no gazetteer knows, before a colon or a spaced hyphen ("KOHAT: The
     * police …"), is a dateline when the story names it again in title case beside one of these.
     */
    townContext?: { before: readonly string[]; after: readonly string[] };
    /**
     * Endings of ordinary nouns that no place name shares ("-tion", "-ung", "-heit"), lower-case:
     * one word in capitals that ends so ("MIGRATION –", "GESUNDHEIT.") is a topic's kicker, not an
     * unknown town. Read only where no gazetteer knows the word ("BANDUNG", "SACRAMENTO" stay places).
     */
    nounEndings?: readonly string[];
    /**
     * Names of a paper's sections and topics, lower-case ("politik", "health", "economía"): a head
     * in capitals before a dash or a period with one of them ("POLITIK –", "CLIMATE CHANGE —") is a
     * kicker, not an unknown town. Read only where no gazetteer knows the head.
     */
    topicWords?: readonly string[];
    /**
     * Section names that are a kicker only as the whole head ("LOCAL —", "NATIONAL —", "METRO —"),
     * as they also open places' names ("NATIONAL CITY", "INTERNATIONAL FALLS").
     */
    topicWordsAlone?: readonly string[];
    /**
     * Articles of a language that writes its nouns capitalised ("die", "der", "das"): a head in
     * capitals that the story writes after one ("WAHL – … die Wahl") is a noun, a topic's kicker.
     */
    nounArticles?: readonly string[];
  };
  /**
   * Weekdays and days named from the story's date ("am Donnerstag", "mardi dernier", "ayer"),
   * read by findDates only in a text of this language (`options.lang`). English keeps its own
   * rules (`clauses` and the extractors' patterns).
   */
  days?: LocaleDays;
  /** Words of the clause around a date, for findDates' tense and amounts (English only so far). */
  clauses?: {
    future: readonly string[];
    past: readonly string[];
    /** Words ending in -ed that are no past cue. */
    notPast: readonly string[];
    presentAuxiliaries: readonly string[];
    futureAuxiliaries: readonly string[];
    /** Verbs that take a participle as "be" does ("will remain closed", "to stay shut"): its tense is theirs. */
    linkingVerbs?: readonly string[];
    /** Verbs after which "to" + a verb puts the date right after ahead ("agreed to meet on Friday"). */
    futureGovernors?: readonly string[];
    /**
     * Future cues that fix an event on the calendar ("will", "is scheduled to", "is due to",
     * "upcoming"): a day they govern is the one ahead up to a year out, where weaker cues
     * ("would", "could", "expected") keep the nearer reading beyond about nine months.
     */
    firmFuture?: readonly string[];
    /** Future cues that say nothing before "not" ("could not attend on Friday"). */
    deniedModals?: readonly string[];
    /**
     * Verbs that move an event to a new day, and the prepositions that name that day: after one
     * of `verbs`, a date right after a preposition of `to` or `near` ("delayed until Friday",
     * "rescheduled for Thursday"), or further on after one of `to` and a word of `timeWords`
     * ("rescheduled the release to before the opening bell on Thursday"), is ahead whatever
     * tense the moving is in. `looseVerbs` move places and things too ("moved to Texas on
     * Friday"): only a date right after `to` counts.
     */
    /**
     * Conjunctions after which a verb in the simple present speaks of what is to come ("before
     * the company reports its results on Thursday", "until the court rules on the case"): a date
     * in such a clause is ahead, whatever the main clause's tense.
     */
    aheadConjunctions?: readonly string[];
    /**
     * Nouns of a day appointed, read with "for" or "of" right before a date ("set a trial date for
     * Dec. 6", "a deadline of March 1"): the date is ahead whatever tense reports the appointing.
     */
    appointed?: readonly string[];
    /**
     * Nouns of intending before "to" ("its intention to hold the debate in July"): the date after
     * them is intended, ahead, whatever cue before them reports the intending.
     */
    intentions?: readonly string[];
    /**
     * Participles and adjectives of foreseeing that, after "be" and before "to", put what follows
     * ahead as "expected" does ("is forecast to report revenue on Wednesday", "is likely to rule
     * on Friday"); not before "to have" ("is estimated to have died on Monday").
     */
    foreseen?: readonly string[];
    retarget?: { verbs: readonly string[]; looseVerbs: readonly string[]; to: readonly string[]; near: readonly string[]; timeWords: readonly string[] };
    /** Future cues that look back before a perfect "have" ("should have acted"). */
    perfectModals: readonly string[];
    /** Present forms of "be" that, right before a date, schedule it ("the draw is on Friday"). */
    scheduleCopulas: readonly string[];
    /** Subjects of such a copula that name a day, not an event ("today is Monday"). */
    daySubjects: readonly string[];
    /** Amounts written as words, with their value. */
    numbers: ReadonlyMap<string, number>;
    /** Words that open another clause ("but"): a date's tense is read up to them. */
    clauseBreaks?: readonly string[];
    /** Every form of the verbs of reporting ("warns", "warning"): "that" after "<verb> <date>" opens what was reported. */
    reportVerbs?: readonly string[];
    /**
     * Verbs of releasing figures or a publication in the simple present, third person
     * ("reports", "releases"): with their object before a date and no other cue in the clause,
     * a scheduled release, ahead ("the company reports third-quarter earnings on Thursday").
     * `nounAfter`: words after which such a form is a noun ("its reports", "the posts").
     */
    release?: { verbs: readonly string[]; nounAfter: readonly string[] };
    /**
     * Ends still ahead: a date after a word of `until` right after one of `words` ("has until
     * Friday", "runs until Sunday"), or after one of `states` right after a present copula ("is
     * valid until Friday"), or after one of `afterAuxiliary` right after a future auxiliary or "to"
     * ("not to wait until Tuesday"), is ahead whatever the clause's tense.
     */
    untilAhead?: { until: readonly string[]; words: readonly string[]; states: readonly string[]; afterAuxiliary?: readonly string[] };
    /** Words of sports reports ("half-time", "touchdown"): a bare half or quarter is then a period of play. */
    matchWords?: readonly string[];
    /**
     * A game's score or a player's line, each one more word of a sports report: a score after
     * one of `verbs` ("led 30-22", "beat Boston 102-98") or before one of `results` ("a 3-1
     * win"), and a count before one of `stats` ("11 rebounds").
     */
    /** (`minutes`: the noun after an ordinal that times a goal, "in the 78th minute".) */
    matchScores?: { verbs: readonly string[]; results: readonly string[]; stats: readonly string[]; minutes?: readonly string[] };
    /**
     * A date written before its noun ("the 7 January election"): the words that open such a
     * phrase, and the words after a date that are no noun of it ("the 7 January of …", "… is").
     * The tense of the clause beyond the noun is the head clause's, not the event's.
     */
    attributive?: { determiners: readonly string[]; notNouns: readonly string[] };
    /** Words before a date without a year that put it in the past ("since December 21"), read in every text. */
    sinceDates?: SinceDates;
  };
}

/**
 * What findDates reads of one language's weekdays and relative days, as words: the rules
 * that read them are shared (`dates/locale-days.ts`). Words are lower-case; an apostrophe is
 * written ' (a ’ in the text reads the same); a phrase is its words joined by one space.
 */
/**
 * Words around a date written without a year that put it on or before the story's date, since
 * what began on it goes on ("detained since December 21", "desde las elecciones del 21 de
 * diciembre", "seit dem 21. Dezember"): `since`, the words that say so, right before the date, one
 * short word between ("desde el", "depuis le"), or up to three words when the last of them ties
 * the date to a noun (`joiners`: "del", "du", "of", "vom", "dia"); not when one of `until` follows
 * the date ("desde el 21 de diciembre hasta el 6 de enero" is a span, as likely ahead), nor in a
 * clause whose verb looks ahead.
 */
export interface SinceDates {
  since: readonly string[];
  joiners: readonly string[];
  until: readonly string[];
}

export interface LocaleDays {
  /** Weekday names that name a day alone, 0 = Sunday (Portuguese only "segunda-feira": "segunda" alone is "second"). */
  /**
   * Short weekday names that are also ordinals (Portuguese "quinta", "sexta"): a weekday only
   * right after one of `before` ("nesta quinta", "desta sexta") and before a mark or one of
   * `after` ("nesta quinta, o governo", "nesta sexta com os ministros"), not before a noun
   * ("nesta segunda etapa" is the second stage; "na quinta" may be a farm).
   */
  shortWeekdays?: { words: ReadonlyMap<string, number>; before: readonly string[]; after: readonly string[] };
  weekdays: ReadonlyMap<string, number>;
  /**
   * Whether the language capitalises its weekdays as nouns (German): a weekday is then read
   * only in title case, after a word of `before` ("am Freitag"; "Freitag" alone is also a
   * surname). Otherwise it is read in lower case, capitalised only where a sentence opens
   * ("Mardi gras", "Plácido Domingo" are names).
   */
  capitalised: boolean;
  /** Words before a weekday that open its mention, and what each says ("am", "el": nothing; "vergangenen": last; "próximo": next; "ce": this). */
  before: ReadonlyMap<string, Modifier>;
  /**
   * Of `before`, phrases that name the night ending on the weekday ("Nacht zum Sonntag"): its
   * mention is a range from the day before to that day (the night runs across both: "in der
   * Nacht auf Samstag um 23:50 Uhr" is Friday's evening).
   */
  nights?: readonly string[];
  /**
   * Of `before`, phrases that name the night beginning on the weekday ("Nacht von Samstag"):
   * a range from that day to the next, which may follow after one of `nightJoiners` ("Nacht von
   * Samstag auf Sonntag", read whole when it is the next day).
   */
  nightsFrom?: readonly string[];
  nightJoiners?: readonly string[];
  /**
   * Of `before`, words whose weekday is in the past whatever the clause says ("seit Montag": since
   * the Monday just gone; "seit Montag wird gestreikt" is no future).
   */
  sinceWords?: readonly string[];
  /** Words before a date without a year that put it in the past ("desde el 21 de diciembre"). */
  sinceDates?: SinceDates;
  /**
   * Of `before`, words whose weekday takes the clause's tense, and the future when the clause
   * says neither ("ab Montag gelten neue Regeln", "die Straße ist bis Freitag gesperrt"). Not
   * after another weekday ("Montag bis Freitag" is a week's opening hours).
   */
  untilWords?: readonly string[];
  /** Words after a weekday that close its mention ("dernier", "pasado", "passada", "prochain", "que viene"). */
  after: ReadonlyMap<string, Modifier>;
  /** Words right before a weekday that make it every such day, not one ("jeden", "chaque", "cada", "los", "le"). */
  generic: readonly string[];
  /** Words up to three words before a weekday that make it recur ("jedes Jahr am Samstag", "chaque année le", "cada año el"). */
  recurring: readonly string[];
  /** Words right after a weekday that make it a feast's name ("gras", "santo"). */
  feasts: readonly string[];
  /** Words that, capitalised right before a weekday's "am", make it a paper's name ("Welt am Sonntag", "Bild am Sonntag"). */
  titles: readonly string[];
  /** Words for "week": a weekday with one of them just after is a day of another week ("Montag vergangener Woche"), left unread. */
  weekWords: readonly string[];
  /** Parts of the day glued to a weekday, read with it ("Donnerstagabend"). */
  gluedParts: readonly string[];
  /** Parts of the day written after a weekday, read with it ("jeudi soir"). */
  laterParts: readonly string[];
  /** Days named from the story's date, with their distance in days ("gestern" -1, "avant-hier" -2, "pasado mañana" 2). */
  relative: ReadonlyMap<string, number>;
  /** Of those, words read only in lower case (German "morgen": "Morgen" is the morning). */
  lowerOnly: readonly string[];
  /** Words right before a relative day that make it another word ("la mañana" is the morning, "heute morgen" this morning). */
  notAfter: ReadonlyMap<string, readonly string[]>;
  /** Words right after a relative day that make it another word ("hoy en día": nowadays). */
  notBefore: ReadonlyMap<string, readonly string[]>;
  /**
   * A day word that as often means "nowadays" (German "heute": "Heute leben hier 5000
   * Menschen"), and the words that settle it. It is the story's day with a part of the day
   * after it ("heute Abend"); it is "nowadays" after one of `before` ("bis heute", "noch
   * heute") or before one of `after` ("heute noch"), unless its clause looks ahead ("wird
   * noch heute entscheiden"), and in a sentence that sets it against the past (a word of
   * `contrast`, "damals", "früher", or a year two or more before the story's) or that says
   * how things stand, a verb of `states` and no cue of another tense ("Heute leben hier 5000
   * Menschen", "das Gebäude dient heute als Museum"); else the day.
   */
  nowadays?: {
    word: string;
    before: readonly string[];
    after: readonly string[];
    contrast: ReadonlySet<string>;
    states: ReadonlySet<string>;
    dayParts: readonly string[];
  };
  /** Full month names, lower-case, with their number: read alone only after a word of `monthsBefore`. */
  months: ReadonlyMap<string, number>;
  /**
   * Words right before a month named alone that make it one ("im Juni", "Mitte Juni", "en
   * juin", "fin juin", "a finales de junio"), and what each says: "last", "next", "this"; 'since'
   * (the latest one begun, "seit Januar", "desde enero"); 'until' ("bis Juli", "hasta julio":
   * the clause's tense in a language whose cues date written days, else the nearest); 'by' ("d'ici
   * septembre", "a más tardar en septiembre": a deadline, the coming one whatever tense reports
   * it); null (the clause's tense, else the nearest). A month glued to one by a hyphen counts ("mi-juin").
   */
  monthsBefore: ReadonlyMap<string, Modifier | 'since' | 'until' | 'by'>;
  /**
   * Phrases that make a date written without a year a deadline ("au plus tard le 1er septembre",
   * "a más tardar el 1 de septiembre", "le 1er septembre au plus tard"): right before the date, one
   * short word between, or right after it. The date is then read as in a future clause, whatever
   * tense reports it ("la mairie a demandé les dossiers au plus tard le 1er septembre"); one more
   * than about nine months ahead still stays the nearer one behind.
   */
  deadlines?: readonly string[];
  /**
   * Words or two-word phrases right before a date written without a year that close a stretch
   * still running ("jusqu'au 20 décembre", "hasta el", "bis zum", "fino al"): in a clause with no
   * tense cue, a present one ("le musée reste fermé jusqu'au 20 décembre"), the date is the coming
   * one, as an end still ahead. Where the language's cues date no written day (German), its past
   * cues still keep the date behind ("war bis zum 20. Dezember geschlossen").
   */
  untilDays?: readonly string[];
  /**
   * A day and a month in digits without a year ("am 15.04.", "le 15/04"): the mark between them
   * (German writes "15.04." with a closing period) and the words, lower-case, right before that
   * introduce a day ("am", "le", "el", "il"). Read only after one of them, with a two-digit part.
   */
  numericDays?: { mark: '.' | '/'; before: readonly string[] };
  /**
   * Clock times as the language writes them: `units`, lower-case words after the hour ("14 Uhr",
   * "20.30 uur", "à 15 heures"), of which `lengths` are as often a length of time ("24 uur", "96
   * heures") and count only with minutes or after a word of `before`; `compact` for "15h30",
   * "19H00", "18h"; `before`, lower-case words right before an hour that make it a time ("om",
   * "à", "las", "alle", "às"): an hour with minutes after one is a time ("a las 9.30"), a bare hour
   * only before a unit, a punctuation mark, the text's end or one of `after` ("alle 21 il
   * Consiglio", function words that open what follows).
   */
  clock?: { units: readonly string[]; lengths: readonly string[]; compact: boolean; before: readonly string[]; after: readonly string[] };
  /**
   * Phrases right after such a month that name its year from the story's ("im März dieses
   * Jahres" 0, "en febrero del año pasado" -1, "de l'année prochaine" 1), or null where they
   * name another year told of ("desselben Jahres", "del mismo año"): the month is then left unread.
   */
  monthYears: ReadonlyMap<string, -1 | 0 | 1 | null>;
  /**
   * Decades: phrases right before a decade's number ("les années 1990", "los años 90", "la
   * década de 1990", "anni '90"), and the endings glued to it ("1990er", "90er-Jahren").
   */
  decades: { before: readonly string[]; glued: readonly string[] };
  /** Words joining two months ("Im September und Oktober 2021"): the year after the second is the first's too. */
  ands: readonly string[];
  /**
   * Calendar periods named from the story's date, as written (a German noun capitalised), with
   * their unit and distance: "vergangene Woche" week -1, "l'an dernier" year -1, "este mes"
   * month 0. A capital on the first word counts where a sentence opens.
   */
  periods: ReadonlyMap<string, readonly [unit: 'week' | 'month' | 'year', offset: -1 | 0 | 1]>;
  /**
   * Weekends named from the story's date, as written, with their distance in weeks: "afgelopen
   * weekend" -1, "am kommenden Wochenende" 1 (its Saturday and Sunday, as "last weekend" reads).
   * A weekend named "this" is left out: the clause decides which one it is.
   */
  weekends?: ReadonlyMap<string, -1 | 1>;
  /** Words right after a period that make it part of another date ("el pasado mes de mayo" is May). */
  periodsNotBefore: readonly string[];
  /**
   * The clause's tense, for a weekday without "last" or "next": words that say the future
   * ("wird", "va", "vai") and endings of the simple future ("-rá", "-ront"), words and
   * endings that say the past ("a", "dijo", "-ó", German "-te"). The nearest cue decides;
   * with none (a present tense, which also tells what is planned) the weekday is left unread.
   * Endings count only on words written in lower case and, where nouns are capitalised, not
   * before one ("die erwarteten Viertelfinals" is an adjective).
   */
  tense: {
    future: readonly string[];
    futureEndings: readonly string[];
    past: readonly string[];
    pastEndings: readonly string[];
    /** Words that end like a cue and are none ("front", German "nächste", "letzten"). */
    notCues: readonly string[];
    /**
     * A present auxiliary and the noun after it that make a set phrase in the present ("a besoin",
     * "ha bisogno"), so the auxiliary tells no past.
     */
    presentAfter?: readonly string[];
    /**
     * Future cues that only expect or oblige ("devrait", "deve", "verwacht"): a day they govern
     * keeps the nearer reading beyond about nine months, where the others ("aura lieu le 28
     * novembre" in January) put it ahead up to a year out.
     */
    weakFuture?: readonly string[];
    /**
     * A present "be" right before a bare weekday that ends its sentence, or stands before its
     * hour (`after`): a scheduled event, ahead ("Het debat is donderdag", "De uitspraak is vrijdag
     * om tien uur"). Not after a subject that names the day itself (`notSubjects`: "het is
     * donderdag"). A comma after the weekday may hide a participle ("is dinsdag, zegt de politie,
     * aangehouden"): then unread.
     */
    scheduleCopula?: { copulas: readonly string[]; notSubjects: readonly string[]; after: readonly string[] };
    /**
     * Words that make a bare weekday after them a noun's ("de aanslag van dinsdag"): a future cue
     * of the clause is then as often another phrase's ("spreekt over de aanslag van dinsdag"), so
     * the day is read only in a past clause.
     */
    ofWords?: readonly string[];
    /**
     * Where the cues date no written day alone (German): a future auxiliary or modal (`words`)
     * at most three words before the preposition (`marks`) right before a yearless day puts it
     * ahead up to a year out, as a firm English cue does ("Das Urteil wird am 26. November
     * verkündet" in January). Not after a determiner (`determiners`): "den am 26. November
     * Festgenommenen" names a day of the noun, not the clause's.
     */
    firmBefore?: { words: readonly string[]; marks: readonly string[]; determiners: readonly string[] };
    /** Such phrases that schedule an event ("a lieu le 5 juillet", "ha luogo in ottobre"): ahead, as "takes place" is. */
    aheadAfter?: readonly string[];
    /** Endings that make a word no cue, whatever it ends with (German superlatives: "größte", "wichtigsten"). */
    notEndings: readonly string[];
    /**
     * Whether a sentence may open with its verb, the subject left out (Spanish, Italian,
     * Portuguese: "Viajará el martes"): a capitalised first word is then read for its ending,
     * unless a capital follows it ("Laura Dupont"). In French and German it is a name.
     */
    dropsSubject?: boolean;
    /**
     * Whether these cues also resolve a date written without a year and a month named alone
     * ("les élections auront lieu le 15 mars": the coming 15 March), before the English cues.
     * Not in German: "werden" is also its passive ("angepasst werden muss") and a perfect's
     * "hat" closes a clause that may look ahead ("hat ab Januar ins Gespräch gebracht").
     */
    /**
     * Words that open a subordinate clause ("que", "che"): a cue before one is the main clause's
     * verb ("anunció que el miércoles se firmará": the report's past), so a cue of the mention's
     * own clause after it speaks first.
     */
    complementizers?: readonly string[];
    /**
     * Words that join two clauses ("e", "y", "et"): a cue before one that only a verb in lower case
     * parts from the mention is the other clause's ("começou hoje e termina na terça-feira": the
     * programme's end is no past), so it is not read.
     */
    conjunctions?: readonly string[];
    readsDates?: boolean;
    /**
     * Auxiliaries of the perfect that are also full verbs (German "hat", "haben": "to have"):
     * past only when their clause holds a participle ("hat am Montag angekündigt"), no cue
     * alone ("Dann haben wir im Juni ein Problem").
     */
    /**
     * The perfect of reflexive verbs, past whatever its participle ("s'est réuni", "se sont
     * rencontrés", "s'y est rendu"): an auxiliary right after a reflexive pronoun (an elided one
     * read as its letter, "s"), with at most one of `between` ("y", "en") in the gap.
     */
    reflexive?: { auxiliaries: readonly string[]; pronouns: readonly string[]; between: readonly string[] };
    /**
     * An expectation told in the past ("A previsão era que as obras fossem entregues em outubro",
     * "De verwachting was dat er in mei gewerkt kon worden"): a past cue right after one of `nouns`
     * and right before one of `joiners` says when the expecting was, not the date it expected; it
     * is not read (the date is then the nearest one). So is any cue before one of `nouns` followed
     * by one of `marks` and the mention ("ha confirmado su intención de celebrar en julio el debate").
     */
    expectations?: { nouns: readonly string[]; joiners: readonly string[]; marks?: readonly string[] };
    perfect?: {
      auxiliaries: readonly string[];
      /** The participle's mark ("ge": "gesagt", "getroffen"), after an optional separable prefix ("angekündigt", "festgenommen"). */
      marker: string;
      /** The mark of an infinitive ("zu"): a word with a participle's ending before it and the auxiliary is one ("überfallen zu haben"). */
      infinitive: string;
      /** Separable prefixes that may stand before the mark ("an", "fest", "zurück"). */
      separable: readonly string[];
      /** Inseparable prefixes, whose participles have no mark and end in "-t" ("bestätigt", "verletzt", "erklärt"). */
      inseparable: readonly string[];
      /** Endings of a participle with the mark ("-t", "-en"); any word in "-iert" ("informiert") is one too. */
      endings: readonly string[];
      /** Strong participles of inseparable verbs, which end in "-en" ("entschieden", "verloren"). */
      words: readonly string[];
      /**
       * Words shaped like a participle that are none: infinitives and presents of verbs that begin
       * with the mark ("geben", also after a separable prefix: "angeben"; "gewinnt"), adverbs and
       * adjectives ("gegen", "gesamt", "erneut", "bekannt").
       */
      notWords: readonly string[];
      /**
       * The perfect with "be" ("ist … gefahren", "sind … gekommen", "sei … gestohlen worden"): its
       * auxiliaries, read as those above, and the participles that after them tell a state, not
       * what happened ("ist am Montag geschlossen", "ist ab Dienstag gesperrt").
       */
      be?: { auxiliaries: readonly string[]; states: readonly string[] };
    };
  };
}
