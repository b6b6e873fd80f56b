import { MONTH_NAMES } from '@newsparse/core';
import type { Modifier } from '../../dates/resolve.js';
import type { LocaleDays } from '../types.js';
import { weekdays } from './calendar.js';

/** Stems of German words that name a period from the story's date, with the distance they say. */
const PERIOD_STEMS: readonly (readonly [stem: string, offset: -1 | 0 | 1])[] = [
  ['vergangen', -1],
  ['letzt', -1],
  ['vorig', -1],
  ['nächst', 1],
  ['kommend', 1],
  ['dies', 0],
];
/** The nouns, in the cases news writes them ("im vergangenen Jahr", "Ende vergangenen Jahres"). */
const PERIOD_NOUNS: readonly (readonly [noun: string, unit: 'week' | 'month' | 'year'])[] = [
  ['Woche', 'week'],
  ['Monat', 'month'],
  ['Monats', 'month'],
  ['Jahr', 'year'],
  ['Jahres', 'year'],
];

/**
 * "vergangene Woche", "im letzten Jahr", "nächsten Monat", "dieses Jahr", "Ende vergangenen
 * Jahres": every ending of each stem before each noun (a form no grammar writes never occurs).
 */
const periods = new Map<string, readonly ['week' | 'month' | 'year', -1 | 0 | 1]>(
  PERIOD_STEMS.flatMap(([stem, offset]) =>
    ['e', 'en', 'er', 'es', 'em'].flatMap((ending) => PERIOD_NOUNS.map(([noun, unit]) => [`${stem}${ending} ${noun}`, [unit, offset]] as const)),
  ),
);

/**
 * German weekdays and relative days for findDates: "am Donnerstag", "am vergangenen Freitag",
 * "kommenden Montag", "Donnerstagabend", "gestern", "heute", "morgen".
 */
export const days: LocaleDays = {
  // "desde las elecciones del 21 de diciembre", "seit dem 21. Dezember": a date since which something goes on.
  sinceDates: { since: ['seit'], joiners: ['vom', 'von', 'am'], until: ['bis', 'zum'] },
  weekdays,
  // Nouns: "Freitag" alone is also a surname and a weekly's name; read after one of `before`.
  capitalised: true,
  before: new Map([
    ['am', null],
    ['seit', null],
    ['ab', null],
    ['bis', null],
    ['vergangenen', 'last'],
    // "am späten Samstagabend", "am frühen Dienstagmorgen".
    ['am späten', null],
    ['am frühen', null],
    ['am vergangenen', 'last'],
    ['vorigen', 'last'],
    ['am vorigen', 'last'],
    ['letzten', 'last'],
    ['am letzten', 'last'],
    ['kommenden', 'next'],
    ['am kommenden', 'next'],
    ['nächsten', 'next'],
    ['am nächsten', 'next'],
    ['diesen', 'this'],
    ['an diesem', 'this'],
    // "in der Nacht zum Sonntag" (Austrian and Swiss "auf Sonntag"): the night that ends on that day (`nights`).
    ['nacht zum', null],
    ['nacht zu', null],
    ['nacht auf', null],
    ['nacht von', null],
  ]),
  nights: ['nacht zum', 'nacht zu', 'nacht auf'],
  // "in der Nacht von Samstag auf Sonntag".
  nightsFrom: ['nacht von'],
  nightJoiners: ['auf', 'zum', 'zu'],
  // "seit Montag": the Monday just gone; "ab Montag", "bis Freitag": ahead unless the clause says past.
  sinceWords: ['seit'],
  untilWords: ['ab', 'bis'],
  after: new Map(),
  generic: ['jeden', 'jedem', 'jeder'],
  // "das jedes Jahr am Samstag vor dem Advent beginnt".
  recurring: ['jedes', 'jeden', 'jedem', 'jeder', 'alljährlich'],
  feasts: [],
  // Sunday papers: "Welt am Sonntag", "Bild am Sonntag", "B.Z. am Sonntag", "NZZ am Sonntag", "Euro am Sonntag".
  titles: ['welt', 'bild', 'bz', 'z', 'nzz', 'euro'],
  weekWords: ['woche'],
  gluedParts: ['morgen', 'vormittag', 'mittag', 'nachmittag', 'abend', 'nacht', 'früh'],
  laterParts: [],
  relative: new Map([
    ['heute', 0],
    ['gestern', -1],
    ['vorgestern', -2],
    ['morgen', 1],
    ['übermorgen', 2],
  ]),
  // "Morgen" is the morning ("am Morgen", "Guten Morgen"); the day after is "morgen".
  lowerOnly: ['morgen', 'übermorgen'],
  // "im Juni", "Mitte Juli", "seit Januar", "bis März", "im vergangenen Oktober".
  months: new Map([...MONTH_NAMES.de.names.map((name, index) => [name, index + 1] as const), ['jänner', 1]]),
  monthsBefore: new Map<string, Modifier | 'since' | 'until'>([
    ['im', null],
    ['anfang', null],
    ['mitte', null],
    ['ende', null],
    ['seit', 'since'],
    ['seit anfang', 'since'],
    ['seit mitte', 'since'],
    ['seit ende', 'since'],
    ['ab', 'until'],
    ['ab anfang', 'until'],
    ['ab mitte', 'until'],
    ['ab ende', 'until'],
    ['bis', 'until'],
    ['bis anfang', 'until'],
    ['bis mitte', 'until'],
    ['bis ende', 'until'],
    ['vergangenen', 'last'],
    ['im vergangenen', 'last'],
    ['letzten', 'last'],
    ['im letzten', 'last'],
    ['vorigen', 'last'],
    ['im vorigen', 'last'],
    ['kommenden', 'next'],
    ['im kommenden', 'next'],
    ['nächsten', 'next'],
    ['im nächsten', 'next'],
  ]),
  monthYears: new Map([
    ['dieses jahres', 0],
    ['diesen jahres', 0],
    ['vergangenen jahres', -1],
    ['letzten jahres', -1],
    ['vorigen jahres', -1],
    ['des vorjahres', -1],
    ['nächsten jahres', 1],
    ['kommenden jahres', 1],
    ['des jahres', null],
    ['desselben jahres', null],
    ['jenes jahres', null],
  ]),
  // "die 1990er Jahre", "in den 90er-Jahren".
  decades: { before: [], glued: ['er', 'er-jahre', 'er-jahren'] },
  ands: ['und', 'oder'],
  periods: new Map([
    ...periods,
    // Part of the current period ("Anfang der Woche", "Ende dieses Monats"): that period, as "earlier this month" is.
    ...['Anfang', 'Mitte', 'Ende'].flatMap((part) =>
      [
        ['der Woche', 'week'],
        ['dieser Woche', 'week'],
        ['des Monats', 'month'],
        ['dieses Monats', 'month'],
        ['des Jahres', 'year'],
        ['dieses Jahres', 'year'],
      ].map(([rest, unit]) => [`${part} ${rest!}`, [unit as 'week' | 'month' | 'year', 0] as const] as const),
    ),
  ]),
  // "im dritten und letzten Jahr der Prämie": the final year of something, not last year.
  weekends: new Map([
    ...['vergangene', 'letzte'].flatMap((stem) => ['s', 'n'].map((ending) => [`${stem}${ending} Wochenende`, -1] as const)),
    ...['kommende', 'nächste'].flatMap((stem) => ['s', 'n'].map((ending) => [`${stem}${ending} Wochenende`, 1] as const)),
  ]),
  periodsNotBefore: ['der', 'des', 'eines', 'einer', 'seines', 'seiner', 'ihres', 'ihrer'],
  // "heute morgen" in the old spelling is this morning, not tomorrow; "die Stadt von morgen" and
  // "von heute auf morgen" speak of the future and of a sudden; "ZDF heute" is a newscast.
  notAfter: new Map([
    ['morgen', ['heute', 'gestern', 'vorgestern', 'von', 'auf']],
    ['heute', ['zdf']],
  ]),
  notBefore: new Map([['heute', ['auf morgen']]]),
  // "Heute leben hier 5000 Menschen", "bis heute", "noch heute erhalten", "das damals wie heute":
  // nowadays, not the story's day; "heute Abend", "wird noch heute entscheiden" are the day.
  nowadays: {
    word: 'heute',
    before: ['bis', 'noch', 'schon', 'bereits', 'als'],
    after: ['noch', 'immer', 'längst', 'kaum'],
    contrast: new Set([
      'damals', 'früher', 'einst', 'einstige', 'einstigen', 'ehemals', 'ehemalige', 'ehemaligen', 'ehemaliger', 'ehemaliges', 'ursprünglich',
      'ursprüngliche', 'ursprünglichen', 'seinerzeit', 'mittlerweile', 'inzwischen', 'jahrhundert', 'jahrhunderts', 'jahrhunderten',
    ]),
    // Verbs that say how things stand, not what happens on a day (present tense).
    states: new Set([
      'lebt', 'leben', 'wohnt', 'wohnen', 'befindet', 'befinden', 'gehört', 'gehören', 'existiert', 'existieren', 'dient', 'dienen',
      'beherbergt', 'beherbergen', 'gilt', 'gelten', 'beträgt', 'betragen', 'umfasst', 'umfassen', 'zählt', 'zählen', 'heißt', 'heißen',
      'liegt', 'liegen', 'steht', 'stehen', 'besteht', 'bestehen',
    ]),
    dayParts: ['morgen', 'abend', 'nacht', 'nachmittag', 'vormittag', 'mittag', 'früh', 'um'],
  },
  // "bleibt bis zum 20. Dezember geschlossen", "ist bis 20. Dezember gesperrt": an end still ahead (`untilDays`).
  untilDays: ['bis', 'bis zum'],
  numericDays: { mark: '.', before: ['am', 'vom', 'bis', 'ab', 'seit', 'zum', 'zwischen', 'und'] },
  // "um 14 Uhr", "gegen 21:45 Uhr", "14.30 Uhr".
  clock: { units: ['uhr'], lengths: [], compact: false, before: [], after: [] },
  tense: {
    // "wird am Montag entscheiden", "soll am Freitag beginnen", "will am Montag reisen"; and the
    // present of verbs that schedule ("Am Montag beginnt der Prozess", "tagt", "reist").
    future: [
      'wird', 'werden', 'werde', 'wirst', 'soll', 'sollen', 'solle', 'will', 'wollen', 'wolle', 'plant', 'planen', 'geplant', 'voraussichtlich',
      'beginnt', 'beginnen', 'startet', 'starten', 'folgt', 'folgen', 'endet', 'enden', 'tagt', 'tagen', 'findet', 'finden', 'eröffnet',
      'öffnet', 'trifft', 'treffen', 'reist', 'reisen',
    ],
    futureEndings: [],
    // "wird am 26. November verkündet", "soll am 3. März beginnen": the finite verb of a main clause
    // before the day ("wurde am … verkündet" is past: "wurde" is no such word).
    firmBefore: {
      words: ['wird', 'werden', 'werde', 'soll', 'sollen', 'solle'],
      marks: ['am', 'ab', 'zum'],
      determiners: ['der', 'die', 'das', 'den', 'dem', 'des', 'ein', 'eine', 'einen', 'einem', 'einer', 'eines'],
    },
    // The past auxiliaries, common strong preterites ("kam", "gab", "traf") and weak
    // plurals whose ending is also a present's ("sagten": "arbeiten" and "bestreiten" are present);
    // other weak preterites by their ending ("teilte … mit", "meldeten", "demonstrierten").
    past: [
      'wurde', 'wurden', 'war', 'waren', 'hatte', 'hatten', 'gestern', 'vorgestern', 'kam', 'kamen', 'gab', 'gaben',
      'ging', 'gingen', 'hieß', 'fand', 'fanden', 'stand', 'standen', 'sprach', 'sprachen', 'nahm', 'nahmen', 'traf', 'trafen', 'rief',
      'riefen', 'lag', 'lagen', 'fiel', 'fielen', 'starb', 'schrieb', 'schrieben', 'blieb', 'blieben', 'zog', 'zogen', 'trat', 'traten',
      'gewann', 'gewannen', 'hielt', 'hielten', 'verlor', 'wies', 'begann', 'begannen', 'sagten', 'teilten', 'mitteilten', 'machten',
      'zeigten', 'forderten', 'erklärten', 'kündigten', 'bestätigten', 'spielten', 'wollten', 'konnten', 'durften', 'mussten',
      // Verbs of saying, often before their speaker's name ("sagte Lucke am Samstag").
      'sagte', 'erklärte', 'teilte', 'meldete', 'berichtete', 'kündigte', 'bestätigte', 'forderte', 'warnte', 'betonte', 'kritisierte',
      'verkündete', 'äußerte', 'antwortete', 'fragte', 'ergänzte', 'räumte', 'wollte', 'konnte', 'durfte', 'musste',
    ],
    pastEndings: ['te', 'eten', 'ierten'],
    // Ordinals and adjectives in -te(n): "die nächste Runde", "am ersten Tag", "die guten Zahlen".
    notCues: [
      'erste', 'ersten', 'zweite', 'zweiten', 'dritte', 'dritten', 'vierte', 'vierten', 'fünfte', 'fünften', 'sechste', 'sechsten',
      'siebte', 'siebten', 'achte', 'achten', 'neunte', 'neunten', 'zehnte', 'zehnten', 'letzte', 'letzten', 'gute', 'guten', 'alte',
      'alten', 'weite', 'weiten', 'breite', 'breiten', 'rechte', 'rechten', 'echte', 'echten', 'leichte', 'leichten', 'schlechte',
      'schlechten', 'gesamte', 'gesamten', 'bekannte', 'bekannten', 'sogenannte', 'sogenannten', 'geplante', 'geplanten', 'harte', 'harten',
      'feste', 'festen', 'mitte', 'bitte', 'treten', 'vertreten', 'betreten', 'auftreten', 'eintreten', 'beten',
      // The subjunctive says neither ("hätte am Montag beginnen sollen", "könnte am Freitag fallen").
      'hätte', 'hätten', 'würde', 'würden', 'sollte', 'sollten', 'möchte', 'möchten', 'dürfte', 'dürften', 'könnte', 'könnten', 'müsste',
      'müssten',
    ],
    // Superlatives ("die größte", "die wichtigsten") and the present "bieten", "verbieten".
    notEndings: ['ste', 'sten', 'ieten'],
    // "hat am Montag angekündigt" is past; "Dann haben wir im Juni ein Problem" says nothing.
    perfect: {
      auxiliaries: ['hat', 'haben', 'habe', 'hast', 'habt'],
      marker: 'ge',
      infinitive: 'zu',
      separable: [
        'ab', 'an', 'auf', 'aus', 'bei', 'bekannt', 'dar', 'durch', 'ein', 'fern', 'fest', 'fort', 'frei', 'her', 'heraus', 'herein', 'hin', 'hinaus',
        'hoch', 'kennen', 'klar', 'los', 'mit', 'nach', 'statt', 'teil', 'um', 'vor', 'voran', 'vorbei', 'weg', 'weiter', 'wieder', 'zu', 'zurück',
        'zusammen',
      ],
      inseparable: ['be', 'emp', 'ent', 'er', 'miss', 'über', 'unter', 'ver', 'wider', 'zer'],
      endings: ['t', 'en'],
      words: [
        'entschieden', 'beschlossen', 'verloren', 'begonnen', 'bekommen', 'vergessen', 'verlassen', 'verboten', 'betroffen', 'erschienen',
        'verstorben', 'unterschrieben', 'unternommen', 'übernommen', 'erhalten', 'verschoben', 'vertrieben', 'beschrieben', 'erschossen',
        'bestanden', 'verstanden', 'empfangen', 'empfohlen', 'entlassen', 'erlassen', 'unterbrochen', 'übertragen', 'bewiesen', 'vermieden',
      ],
      notWords: [
        'gegen', 'geben', 'gehen', 'gelten', 'gewinnen', 'gehören', 'genießen', 'geschehen', 'gelingen', 'geraten', 'gestalten', 'gewähren',
        'gestehen', 'gedenken', 'gelangen', 'gefallen', 'genügen', 'gebrauchen', 'gewöhnen', 'gewinnt', 'gehört', 'gelingt', 'gefällt',
        'genießt', 'gestaltet', 'gelangt', 'gedenkt', 'gesteht', 'genügt', 'gesamt', 'gerecht', 'gestrigen', 'erneut', 'bekannt', 'bereit',
        'berühmt', 'beliebt', 'bestimmt', 'bewusst', 'verrückt', 'überhaupt', 'entsprechend', 'erst', 'ernst',
      ],
      be: {
        auxiliaries: ['ist', 'sind', 'bin', 'bist', 'seid', 'sei', 'seien'],
        states: [
          'geschlossen', 'geöffnet', 'gesperrt', 'geplant', 'vorgesehen', 'angesetzt', 'angekündigt', 'terminiert', 'gefragt', 'gefordert',
          'geeignet', 'gewohnt', 'gesichert', 'gewährleistet', 'verpflichtet', 'berechtigt', 'verboten', 'erlaubt', 'bekommen', 'verheiratet',
        ],
      },
    },
  },
};
