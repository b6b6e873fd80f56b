// Month and weekday names, once for every package: datelines, stamps, entity rules and page
// metadata all read them. Literal lists rather than Intl.DateTimeFormat: the names a runtime
// gives depend on its ICU data (Spanish September is "sep" or "sept", French short months
// carry a period or not), and a parser must read the same on every runtime.

/** The languages whose month and weekday names are listed. */
export const CALENDAR_LANGUAGES = ['en', 'es', 'fr', 'de', 'pt', 'it', 'nl', 'ru', 'uk', 'pl', 'tr', 'cs', 'sk', 'hu', 'sv', 'da', 'nb', 'fi', 'ro', 'ca', 'el', 'hr', 'id', 'ar'] as const;

/** A language of {@link MONTH_NAMES} and {@link WEEKDAY_NAMES}. */
export type CalendarLanguage = (typeof CALENDAR_LANGUAGES)[number];

/**
 * One language's names for the twelve months or the seven days, lower-case, in order.
 * `names[i]` and `abbreviations[i]` name the same month or day; `variants` are other
 * spellings in use, each with its number (1-12 for months, 0-6 from Sunday for days).
 */
export interface CalendarNames {
  /** The full names, in calendar order ("january", "sunday"). */
  readonly names: readonly string[];
  /** The usual short forms without their period, in the same order ("jan", "sun"). */
  readonly abbreviations: readonly string[];
  /** Other spellings in use, each with its number ("sept" → 9, "thurs" → 4). */
  readonly variants: readonly (readonly [word: string, number: number])[];
}

/**
 * English month names on their own (the same object as `MONTH_NAMES.en`). Rules that read
 * only English import this, so that a bundle of them does not carry every language's names:
 * a bundler can drop an unused constant, never an unused property of one.
 *
 * @example
 * ENGLISH_MONTH_NAMES.names[0] //=> 'january'
 */
export const ENGLISH_MONTH_NAMES: CalendarNames = {
  names: ['january', 'february', 'march', 'april', 'may', 'june', 'july', 'august', 'september', 'october', 'november', 'december'],
  abbreviations: ['jan', 'feb', 'mar', 'apr', 'may', 'jun', 'jul', 'aug', 'sep', 'oct', 'nov', 'dec'],
  variants: [['sept', 9]],
};

/**
 * English weekday names on their own (the same object as `WEEKDAY_NAMES.en`), for the same
 * reason as {@link ENGLISH_MONTH_NAMES}.
 *
 * @example
 * ENGLISH_WEEKDAY_NAMES.names[2] //=> 'tuesday'
 */
export const ENGLISH_WEEKDAY_NAMES: CalendarNames = {
  names: ['sunday', 'monday', 'tuesday', 'wednesday', 'thursday', 'friday', 'saturday'],
  abbreviations: ['sun', 'mon', 'tue', 'wed', 'thu', 'fri', 'sat'],
  variants: [['tues', 2], ['thur', 4], ['thurs', 4]],
};

/**
 * A language whose short forms are its full names (its own are English or Romance words, or
 * single letters): the names serve as both, written once.
 */
function noShortForms(names: readonly string[], variants: CalendarNames['variants'] = []): CalendarNames {
  return { names, abbreviations: names, variants };
}

/**
 * Month names by language, January first, lower-case: full names, the usual short forms
 * (without their period) and other spellings in use (AP's "sept", Latin American
 * "setiembre", Austrian "jänner", Turkish "mayis" typed without the dotless ı). Russian,
 * Ukrainian, Polish, Czech, Slovak and Finnish list the nominative as the name and the form a
 * date takes ("15 августа", "3 września", "12. března", "5. maaliskuuta") among the variants.
 * Czech, Slovak and Finnish list no short forms (theirs are English words: "led", "pro"), nor
 * does any language added after Turkish for its weekdays.
 *
 * @example
 * MONTH_NAMES.es.names[5] //=> 'junio'
 * MONTH_NAMES.en.abbreviations[8] //=> 'sep'
 */
export const MONTH_NAMES: Readonly<Record<CalendarLanguage, CalendarNames>> = {
  en: ENGLISH_MONTH_NAMES,
  es: {
    names: ['enero', 'febrero', 'marzo', 'abril', 'mayo', 'junio', 'julio', 'agosto', 'septiembre', 'octubre', 'noviembre', 'diciembre'],
    abbreviations: ['ene', 'feb', 'mar', 'abr', 'may', 'jun', 'jul', 'ago', 'sep', 'oct', 'nov', 'dic'],
    variants: [['setiembre', 9], ['set', 9]],
  },
  fr: {
    names: ['janvier', 'février', 'mars', 'avril', 'mai', 'juin', 'juillet', 'août', 'septembre', 'octobre', 'novembre', 'décembre'],
    abbreviations: ['janv', 'févr', 'mars', 'avr', 'mai', 'juin', 'juil', 'août', 'sept', 'oct', 'nov', 'déc'],
    variants: [],
  },
  de: {
    names: ['januar', 'februar', 'märz', 'april', 'mai', 'juni', 'juli', 'august', 'september', 'oktober', 'november', 'dezember'],
    abbreviations: ['jan', 'feb', 'mär', 'apr', 'mai', 'jun', 'jul', 'aug', 'sep', 'okt', 'nov', 'dez'],
    variants: [['jänner', 1], ['jän', 1]],
  },
  pt: {
    names: ['janeiro', 'fevereiro', 'março', 'abril', 'maio', 'junho', 'julho', 'agosto', 'setembro', 'outubro', 'novembro', 'dezembro'],
    abbreviations: ['jan', 'fev', 'mar', 'abr', 'mai', 'jun', 'jul', 'ago', 'set', 'out', 'nov', 'dez'],
    variants: [],
  },
  it: {
    names: ['gennaio', 'febbraio', 'marzo', 'aprile', 'maggio', 'giugno', 'luglio', 'agosto', 'settembre', 'ottobre', 'novembre', 'dicembre'],
    abbreviations: ['gen', 'feb', 'mar', 'apr', 'mag', 'giu', 'lug', 'ago', 'set', 'ott', 'nov', 'dic'],
    variants: [],
  },
  nl: {
    names: ['januari', 'februari', 'maart', 'april', 'mei', 'juni', 'juli', 'augustus', 'september', 'oktober', 'november', 'december'],
    abbreviations: ['jan', 'feb', 'mrt', 'apr', 'mei', 'jun', 'jul', 'aug', 'sep', 'okt', 'nov', 'dec'],
    variants: [],
  },
  ru: {
    names: ['январь', 'февраль', 'март', 'апрель', 'май', 'июнь', 'июль', 'август', 'сентябрь', 'октябрь', 'ноябрь', 'декабрь'],
    abbreviations: ['янв', 'фев', 'мар', 'апр', 'май', 'июн', 'июл', 'авг', 'сен', 'окт', 'ноя', 'дек'],
    variants: [
      ['января', 1], ['февраля', 2], ['марта', 3], ['апреля', 4], ['мая', 5], ['июня', 6], ['июля', 7], ['августа', 8],
      ['сентября', 9], ['октября', 10], ['ноября', 11], ['декабря', 12],
    ],
  },
  uk: {
    names: ['січень', 'лютий', 'березень', 'квітень', 'травень', 'червень', 'липень', 'серпень', 'вересень', 'жовтень', 'листопад', 'грудень'],
    abbreviations: ['січ', 'лют', 'бер', 'кві', 'тра', 'чер', 'лип', 'сер', 'вер', 'жов', 'лис', 'гру'],
    variants: [
      ['січня', 1], ['лютого', 2], ['березня', 3], ['квітня', 4], ['травня', 5], ['червня', 6], ['липня', 7], ['серпня', 8],
      ['вересня', 9], ['жовтня', 10], ['листопада', 11], ['грудня', 12],
    ],
  },
  pl: {
    names: ['styczeń', 'luty', 'marzec', 'kwiecień', 'maj', 'czerwiec', 'lipiec', 'sierpień', 'wrzesień', 'październik', 'listopad', 'grudzień'],
    abbreviations: ['sty', 'lut', 'mar', 'kwi', 'maj', 'cze', 'lip', 'sie', 'wrz', 'paź', 'lis', 'gru'],
    variants: [
      ['stycznia', 1], ['lutego', 2], ['marca', 3], ['kwietnia', 4], ['maja', 5], ['czerwca', 6], ['lipca', 7], ['sierpnia', 8],
      ['września', 9], ['października', 10], ['listopada', 11], ['grudnia', 12],
    ],
  },
  // Turkish pages also type the dotless ı as i ("Mayis", and "MAYIS" lower-cases so).
  tr: {
    names: ['ocak', 'şubat', 'mart', 'nisan', 'mayıs', 'haziran', 'temmuz', 'ağustos', 'eylül', 'ekim', 'kasım', 'aralık'],
    abbreviations: ['oca', 'şub', 'mar', 'nis', 'may', 'haz', 'tem', 'ağu', 'eyl', 'eki', 'kas', 'ara'],
    variants: [['mayis', 5], ['kasim', 11], ['aralik', 12]],
  },
  cs: {
    names: ['leden', 'únor', 'březen', 'duben', 'květen', 'červen', 'červenec', 'srpen', 'září', 'říjen', 'listopad', 'prosinec'],
    // No short forms: "led", "dub", "pro" are English words.
    abbreviations: ['leden', 'únor', 'březen', 'duben', 'květen', 'červen', 'červenec', 'srpen', 'září', 'říjen', 'listopad', 'prosinec'],
    variants: [
      ['ledna', 1], ['února', 2], ['března', 3], ['dubna', 4], ['května', 5], ['června', 6], ['července', 7], ['srpna', 8],
      ['října', 10], ['listopadu', 11], ['prosince', 12],
    ],
  },
  sk: /* @__PURE__ */ noShortForms(['január', 'február', 'marec', 'apríl', 'máj', 'jún', 'júl', 'august', 'september', 'október', 'november', 'december'], [
    ['januára', 1], ['februára', 2], ['marca', 3], ['apríla', 4], ['mája', 5], ['júna', 6], ['júla', 7], ['augusta', 8],
    ['septembra', 9], ['októbra', 10], ['novembra', 11], ['decembra', 12],
  ]),
  hu: {
    names: ['január', 'február', 'március', 'április', 'május', 'június', 'július', 'augusztus', 'szeptember', 'október', 'november', 'december'],
    abbreviations: ['jan', 'febr', 'márc', 'ápr', 'máj', 'jún', 'júl', 'aug', 'szept', 'okt', 'nov', 'dec'],
    variants: [],
  },
  sv: {
    names: ['januari', 'februari', 'mars', 'april', 'maj', 'juni', 'juli', 'augusti', 'september', 'oktober', 'november', 'december'],
    abbreviations: ['jan', 'feb', 'mar', 'apr', 'maj', 'jun', 'jul', 'aug', 'sep', 'okt', 'nov', 'dec'],
    variants: [],
  },
  da: {
    names: ['januar', 'februar', 'marts', 'april', 'maj', 'juni', 'juli', 'august', 'september', 'oktober', 'november', 'december'],
    abbreviations: ['jan', 'feb', 'mar', 'apr', 'maj', 'jun', 'jul', 'aug', 'sep', 'okt', 'nov', 'dec'],
    variants: [],
  },
  nb: {
    names: ['januar', 'februar', 'mars', 'april', 'mai', 'juni', 'juli', 'august', 'september', 'oktober', 'november', 'desember'],
    abbreviations: ['jan', 'feb', 'mar', 'apr', 'mai', 'jun', 'jul', 'aug', 'sep', 'okt', 'nov', 'des'],
    variants: [],
  },
  fi: /* @__PURE__ */ noShortForms(['tammikuu', 'helmikuu', 'maaliskuu', 'huhtikuu', 'toukokuu', 'kesäkuu', 'heinäkuu', 'elokuu', 'syyskuu', 'lokakuu', 'marraskuu', 'joulukuu'], [
    ['tammikuuta', 1], ['helmikuuta', 2], ['maaliskuuta', 3], ['huhtikuuta', 4], ['toukokuuta', 5], ['kesäkuuta', 6],
    ['heinäkuuta', 7], ['elokuuta', 8], ['syyskuuta', 9], ['lokakuuta', 10], ['marraskuuta', 11], ['joulukuuta', 12],
  ]),
  ro: {
    names: ['ianuarie', 'februarie', 'martie', 'aprilie', 'mai', 'iunie', 'iulie', 'august', 'septembrie', 'octombrie', 'noiembrie', 'decembrie'],
    abbreviations: ['ian', 'feb', 'mar', 'apr', 'mai', 'iun', 'iul', 'aug', 'sep', 'oct', 'nov', 'dec'],
    variants: [],
  },
  // Catalan short forms ("set.", "des.", "ag.") are English words or too short to trust: none listed.
  ca: /* @__PURE__ */ noShortForms(['gener', 'febrer', 'març', 'abril', 'maig', 'juny', 'juliol', 'agost', 'setembre', 'octubre', 'novembre', 'desembre'], [
    ['marc', 3],
  ]),
  // Greek: the nominative, and the genitive a date takes ("4 Απριλίου 2019").
  el: {
    names: ['ιανουάριος', 'φεβρουάριος', 'μάρτιος', 'απρίλιος', 'μάιος', 'ιούνιος', 'ιούλιος', 'αύγουστος', 'σεπτέμβριος', 'οκτώβριος', 'νοέμβριος', 'δεκέμβριος'],
    abbreviations: ['ιαν', 'φεβ', 'μαρ', 'απρ', 'μαΐ', 'ιουν', 'ιουλ', 'αυγ', 'σεπ', 'οκτ', 'νοε', 'δεκ'],
    variants: [
      ['ιανουαρίου', 1], ['φεβρουαρίου', 2], ['μαρτίου', 3], ['απριλίου', 4], ['μαΐου', 5], ['ιουνίου', 6], ['ιουλίου', 7],
      ['αυγούστου', 8], ['σεπτεμβρίου', 9], ['οκτωβρίου', 10], ['νοεμβρίου', 11], ['δεκεμβρίου', 12],
    ],
  },
  // Croatian: the nominative, and the genitive a date takes ("4. travnja 2019."); its short
  // forms ("lip", "pro", "kol") are other words, so none are listed.
  hr: /* @__PURE__ */ noShortForms(['siječanj', 'veljača', 'ožujak', 'travanj', 'svibanj', 'lipanj', 'srpanj', 'kolovoz', 'rujan', 'listopad', 'studeni', 'prosinac'], [
    ['siječnja', 1], ['veljače', 2], ['ožujka', 3], ['travnja', 4], ['svibnja', 5], ['lipnja', 6], ['srpnja', 7], ['kolovoza', 8],
    ['rujna', 9], ['listopada', 10], ['studenoga', 11], ['studenog', 11], ['prosinca', 12],
  ]),
  // Indonesian (and Malay's shared forms), as Indonesian stamps print them: "SENIN, 25 SEPTEMBER 2023".
  id: /* @__PURE__ */ noShortForms(['januari', 'februari', 'maret', 'april', 'mei', 'juni', 'juli', 'agustus', 'september', 'oktober', 'november', 'desember']),
  // Arabic: the names Egypt and the Gulf write (from the European ones) as the names; among the
  // variants the same typed without hamza ("اكتوبر") or in Egyptian spelling ("يونيه"), the
  // Levantine and Iraqi names ("نيسان", "تشرين الأول": two words), and the Maghreb's ("غشت",
  // "جوان"). Arabic has no short forms.
  ar: /* @__PURE__ */ noShortForms(['يناير', 'فبراير', 'مارس', 'أبريل', 'مايو', 'يونيو', 'يوليو', 'أغسطس', 'سبتمبر', 'أكتوبر', 'نوفمبر', 'ديسمبر'], [
    ['ابريل', 4], ['إبريل', 4], ['يونيه', 6], ['يوليه', 7], ['اغسطس', 8], ['اكتوبر', 10],
    ['كانون الثاني', 1], ['شباط', 2], ['آذار', 3], ['اذار', 3], ['نيسان', 4], ['أيار', 5], ['ايار', 5], ['حزيران', 6],
    ['تموز', 7], ['آب', 8], ['اب', 8], ['أيلول', 9], ['ايلول', 9], ['تشرين الأول', 10], ['تشرين الاول', 10],
    ['تشرين الثاني', 11], ['كانون الأول', 12], ['كانون الاول', 12],
    ['جانفي', 1], ['فيفري', 2], ['أفريل', 4], ['افريل', 4], ['ماي', 5], ['جوان', 6], ['جويلية', 7], ['يوليوز', 7],
    ['أوت', 8], ['اوت', 8], ['غشت', 8], ['شتنبر', 9], ['نونبر', 11], ['دجنبر', 12],
  ]),
};

/**
 * Weekday names by language, Sunday first (as `Date#getDay` counts), lower-case: full
 * names, the usual short forms and other spellings in use (English "tues", "thurs").
 *
 * @example
 * WEEKDAY_NAMES.en.names[2] //=> 'tuesday'
 * WEEKDAY_NAMES.es.names[3] //=> 'miércoles'
 */
export const WEEKDAY_NAMES: Readonly<Record<CalendarLanguage, CalendarNames>> = {
  en: ENGLISH_WEEKDAY_NAMES,
  es: {
    names: ['domingo', 'lunes', 'martes', 'miércoles', 'jueves', 'viernes', 'sábado'],
    abbreviations: ['dom', 'lun', 'mar', 'mié', 'jue', 'vie', 'sáb'],
    variants: [['miercoles', 3], ['sabado', 6]],
  },
  fr: {
    names: ['dimanche', 'lundi', 'mardi', 'mercredi', 'jeudi', 'vendredi', 'samedi'],
    abbreviations: ['dim', 'lun', 'mar', 'mer', 'jeu', 'ven', 'sam'],
    variants: [],
  },
  de: {
    names: ['sonntag', 'montag', 'dienstag', 'mittwoch', 'donnerstag', 'freitag', 'samstag'],
    abbreviations: ['so', 'mo', 'di', 'mi', 'do', 'fr', 'sa'],
    variants: [['sonnabend', 6]],
  },
  pt: {
    names: ['domingo', 'segunda-feira', 'terça-feira', 'quarta-feira', 'quinta-feira', 'sexta-feira', 'sábado'],
    abbreviations: ['dom', 'seg', 'ter', 'qua', 'qui', 'sex', 'sáb'],
    variants: [['segunda', 1], ['terça', 2], ['quarta', 3], ['quinta', 4], ['sexta', 5]],
  },
  it: {
    names: ['domenica', 'lunedì', 'martedì', 'mercoledì', 'giovedì', 'venerdì', 'sabato'],
    abbreviations: ['dom', 'lun', 'mar', 'mer', 'gio', 'ven', 'sab'],
    variants: [['lunedi', 1], ['martedi', 2], ['mercoledi', 3], ['giovedi', 4], ['venerdi', 5]],
  },
  nl: {
    names: ['zondag', 'maandag', 'dinsdag', 'woensdag', 'donderdag', 'vrijdag', 'zaterdag'],
    abbreviations: ['zo', 'ma', 'di', 'wo', 'do', 'vr', 'za'],
    variants: [],
  },
  ru: {
    names: ['воскресенье', 'понедельник', 'вторник', 'среда', 'четверг', 'пятница', 'суббота'],
    abbreviations: ['вс', 'пн', 'вт', 'ср', 'чт', 'пт', 'сб'],
    variants: [],
  },
  uk: {
    names: ['неділя', 'понеділок', 'вівторок', 'середа', 'четвер', 'пʼятниця', 'субота'],
    abbreviations: ['нд', 'пн', 'вт', 'ср', 'чт', 'пт', 'сб'],
    variants: [["п'ятниця", 5], ['п’ятниця', 5]],
  },
  pl: {
    names: ['niedziela', 'poniedziałek', 'wtorek', 'środa', 'czwartek', 'piątek', 'sobota'],
    abbreviations: ['niedz', 'pon', 'wt', 'śr', 'czw', 'pt', 'sob'],
    variants: [['nd', 0]],
  },
  tr: {
    names: ['pazar', 'pazartesi', 'salı', 'çarşamba', 'perşembe', 'cuma', 'cumartesi'],
    abbreviations: ['paz', 'pzt', 'sal', 'çar', 'per', 'cum', 'cmt'],
    variants: [['sali', 2], ['carsamba', 3], ['persembe', 4]],
  },
  // The languages added after Turkish list no weekday short forms: theirs are English or
  // Romance words ("man", "to", "la", "st") or single letters.
  cs: /* @__PURE__ */ noShortForms(['neděle', 'pondělí', 'úterý', 'středa', 'čtvrtek', 'pátek', 'sobota']),
  sk: /* @__PURE__ */ noShortForms(['nedeľa', 'pondelok', 'utorok', 'streda', 'štvrtok', 'piatok', 'sobota']),
  hu: /* @__PURE__ */ noShortForms(['vasárnap', 'hétfő', 'kedd', 'szerda', 'csütörtök', 'péntek', 'szombat']),
  sv: /* @__PURE__ */ noShortForms(['söndag', 'måndag', 'tisdag', 'onsdag', 'torsdag', 'fredag', 'lördag']),
  da: /* @__PURE__ */ noShortForms(['søndag', 'mandag', 'tirsdag', 'onsdag', 'torsdag', 'fredag', 'lørdag']),
  nb: /* @__PURE__ */ noShortForms(['søndag', 'mandag', 'tirsdag', 'onsdag', 'torsdag', 'fredag', 'lørdag']),
  fi: /* @__PURE__ */ noShortForms(['sunnuntai', 'maanantai', 'tiistai', 'keskiviikko', 'torstai', 'perjantai', 'lauantai']),
  ro: /* @__PURE__ */ noShortForms(['duminică', 'luni', 'marți', 'miercuri', 'joi', 'vineri', 'sâmbătă'], [['duminica', 0], ['marţi', 2], ['marti', 2], ['sâmbata', 6], ['sambata', 6]]),
  ca: /* @__PURE__ */ noShortForms(['diumenge', 'dilluns', 'dimarts', 'dimecres', 'dijous', 'divendres', 'dissabte']),
  el: {
    names: ['κυριακή', 'δευτέρα', 'τρίτη', 'τετάρτη', 'πέμπτη', 'παρασκευή', 'σάββατο'],
    abbreviations: ['κυρ', 'δευ', 'τρι', 'τετ', 'πεμ', 'παρ', 'σαβ'],
    variants: [],
  },
  hr: /* @__PURE__ */ noShortForms(['nedjelja', 'ponedjeljak', 'utorak', 'srijeda', 'četvrtak', 'petak', 'subota']),
  id: /* @__PURE__ */ noShortForms(['minggu', 'senin', 'selasa', 'rabu', 'kamis', 'jumat', 'sabtu']),
  // Arabic, with the article as written; variants typed without hamza or with a final ه for ة.
  ar: /* @__PURE__ */ noShortForms(['الأحد', 'الاثنين', 'الثلاثاء', 'الأربعاء', 'الخميس', 'الجمعة', 'السبت'], [
    ['الاحد', 0], ['الإثنين', 1], ['الأثنين', 1], ['الثلاثا', 2], ['الاربعاء', 3], ['الجمعه', 5],
  ]),
};

/**
 * Every spelling of one language's months or days with its number: names, short forms and
 * variants, in that order (a word listed twice keeps its first number).
 *
 * @example
 * calendarWords(MONTH_NAMES.en).get('sept') //=> 9
 * calendarWords(WEEKDAY_NAMES.en).get('thurs') //=> 4
 */
export function calendarWords(names: CalendarNames): Map<string, number> {
  const words = new Map<string, number>();
  const first = names.names.length === 12 ? 1 : 0;
  names.names.forEach((word, index) => words.has(word) || words.set(word, index + first));
  names.abbreviations.forEach((word, index) => words.has(word) || words.set(word, index + first));
  for (const [word, number] of names.variants) if (!words.has(word)) words.set(word, number);
  return words;
}

/** Which of the calendar's word lists {@link calendarWordsInEveryLanguage} reads. */
export type CalendarKind = 'months' | 'weekdays';

/** Options of {@link calendarWordsInEveryLanguage}. */
export interface CalendarWordsOptions {
  /**
   * Whether the short forms count (default true). Leave them out where a word of another
   * language could be read as one: Spanish "sal" and Polish "pon" are short weekdays.
   */
  readonly shortForms?: boolean;
}

/**
 * Every spelling of the months or days of every language of the calendar, lower-case, with its
 * number (months 1-12, days from Sunday = 0): what a stamp, a dateline or a tagger needs when
 * a page may be in any language. Where two languages spell a word alike with different numbers,
 * the first in {@link CALENDAR_LANGUAGES} wins ("listopad" is November in Polish and Czech,
 * October in Croatian).
 *
 * @example
 * calendarWordsInEveryLanguage('months').get('maret') //=> 3
 * calendarWordsInEveryLanguage('weekdays', { shortForms: false }).has('pon') //=> false
 */
export function calendarWordsInEveryLanguage(kind: CalendarKind, options: CalendarWordsOptions = {}): Map<string, number> {
  const lists = kind === 'months' ? MONTH_NAMES : WEEKDAY_NAMES;
  const shortForms = options.shortForms ?? true;
  const words = new Map<string, number>();
  for (const language of CALENDAR_LANGUAGES) {
    const names = lists[language];
    const spellings = calendarWords(shortForms ? names : { ...names, abbreviations: [] });
    for (const [word, number] of spellings) if (!words.has(word)) words.set(word, number);
  }
  return words;
}
