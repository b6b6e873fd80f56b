import { MONTH_NAMES } from '@newsparse/core';
import type { Modifier } from '../../dates/resolve.js';
import type { LocaleDays } from '../types.js';
import { weekdays } from './calendar.js';

/** Italian weekdays and relative days for findDates: "giovedì", "martedì scorso", "il prossimo lunedì", "ieri", "oggi". */
export const days: LocaleDays = {
  // No since-words for dates: "dal 20 aprile" is as often the start of what is to come ("dal 20 aprile ci sarà").
  weekdays,
  capitalised: false,
  before: new Map([
    ['il prossimo', 'next'],
    ['prossimo', 'next'],
    ['lo scorso', 'last'],
    ['scorso', 'last'],
    ['questo', 'this'],
    ['fino a', null],
    ['entro', null],
  ]),
  // "fino a martedì", "entro venerdì": ahead unless the clause says past.
  untilWords: ['fino', 'entro'],
  after: new Map([
    ['scorso', 'last'],
    ['prossimo', 'next'],
  ]),
  // "il lunedì" and "ogni lunedì" are every Monday; "il primo lunedì del mese" no day of this week; "un lunedì" some Monday.
  generic: ['il', 'la', 'ogni', 'primo', 'prima', 'ultimo', 'ultima', 'un'],
  recurring: ['ogni'],
  // "Venerdì Santo", "martedì grasso".
  feasts: ['santo', 'grasso'],
  titles: [],
  weekWords: ['settimana'],
  gluedParts: [],
  laterParts: ['mattina', 'pomeriggio', 'sera'],
  relative: new Map([
    ['oggi', 0],
    ['ieri', -1],
    ['altroieri', -2],
    ["l'altro ieri", -2],
    ['domani', 1],
    ['dopodomani', 2],
    // The parts of the story's day ("this morning", "tonight").
    ['stamattina', 0],
    ['stamani', 0],
    ['stamane', 0],
    ['stasera', 0],
    ['questa mattina', 0],
    ['questo pomeriggio', 0],
    ['questa sera', 0],
  ]),
  // "a giugno", "in luglio", "a fine marzo", "da gennaio", "fino a marzo", "lo scorso maggio".
  months: new Map(MONTH_NAMES.it.names.map((name, index) => [name, index + 1] as const)),
  monthsBefore: new Map<string, Modifier | 'since' | 'until'>([
    ['a', null],
    ['in', null],
    ['a inizio', null],
    ['a metà', null],
    ['a fine', null],
    ['nel mese di', null],
    ['da', 'since'],
    ['fino a', 'until'],
    ['entro', 'until'],
    ['entro il mese di', 'until'],
    ['entro fine', 'until'],
    ['entro la fine di', 'until'],
    ['lo scorso', 'last'],
    ['il prossimo', 'next'],
  ]),
  monthYears: new Map([
    ["dell'anno scorso", -1],
    ["di quest'anno", 0],
    ['del prossimo anno', 1],
    ['dello stesso anno', null],
    ["dell'anno successivo", null],
    ["dell'anno precedente", null],
  ]),
  // "gli anni '90", "anni 1990".
  decades: { before: ['anni', 'gli anni'], glued: [] },
  ands: ['e', 'ed', 'o'],
  periods: new Map([
    // Part of the current period ("a inizio mese", "a metà settimana"): that period. ("fine
    // settimana" is the weekend.)
    ['inizio settimana', ['week', 0]],
    ['metà settimana', ['week', 0]],
    ['inizio mese', ['month', 0]],
    ['metà mese', ['month', 0]],
    ['fine mese', ['month', 0]],
    ['inizio anno', ['year', 0]],
    ['metà anno', ['year', 0]],
    ['settimana scorsa', ['week', -1]],
    ['scorsa settimana', ['week', -1]],
    ['prossima settimana', ['week', 1]],
    ['settimana prossima', ['week', 1]],
    ['mese scorso', ['month', -1]],
    ['scorso mese', ['month', -1]],
    ['prossimo mese', ['month', 1]],
    ['mese prossimo', ['month', 1]],
    ["l'anno scorso", ['year', -1]],
    ["l'anno prossimo", ['year', 1]],
    ['anno scorso', ['year', -1]],
    ['scorso anno', ['year', -1]],
    ['prossimo anno', ['year', 1]],
    ['anno prossimo', ['year', 1]],
    ['questa settimana', ['week', 0]],
    ['questo mese', ['month', 0]],
    ["quest'anno", ['year', 0]],
  ]),
  weekends: new Map([
    ['scorso fine settimana', -1],
    ['fine settimana scorso', -1],
    ['prossimo fine settimana', 1],
  ]),
  periodsNotBefore: ['di', 'del', 'della'],
  lowerOnly: [],
  // "ancora oggi", "oggi ancora", "anticamente … oggi": nowadays, no day.
  nowadays: {
    word: 'oggi',
    before: ['ancora'],
    after: ['ancora'],
    contrast: new Set(['anticamente']),
    states: new Set(),
    dayParts: ['pomeriggio'],
  },
  // "il domani" is the future.
  notAfter: new Map([['domani', ['il', 'del', 'al', 'un', 'nel']]]),
  notBefore: new Map(),
  // "resta chiuso fino al 20 dicembre", "va presentata entro il 15 marzo": an end still ahead (`untilDays`).
  untilDays: ['fino al', 'sino al', 'entro il', 'entro'],
  numericDays: { mark: '/', before: ['il', 'dal', 'al'] },
  // "alle 21", "alle 15.30", "dalle 9 alle 18", "entro le 12" ("alle 20 squadre" is a figure).
  clock: { units: [], lengths: [], compact: false, before: ['alle', 'dalle', 'le'], after: ['il', 'lo', 'la', 'i', 'gli', 'le', 'e', 'di', 'del', 'della', 'in', 'a', 'per', 'con', 'ma', 'quando', 'circa', 'dopo', 'prima', 'alle'] },
  tense: {
    // "sarà", "incontrerà", "saranno".
    // ("dovrebbe tenersi mercoledì": what should happen is ahead, as French "devrait".)
    future: ['prevista', 'previsto', 'dovrebbe', 'dovrebbero'],
    // Expecting: a day it governs keeps the nine-month limit ("dovrebbe arrivare il 28 novembre").
    weakFuture: ['dovrebbe', 'dovrebbero'],
    // Typed without accents, a final one is an apostrophe ("effettuera'", "annuncio'").
    // "partirà", "faranno", and the first person plural of news quotes: "faremo", "andremo".
    futureEndings: ['rà', "ra'", 'ranno', 'remo'],
    // "è stato", "sono stati": the perfect of "essere", past in every use; and the participles of
    // the verbs whose perfect takes "essere" ("è rimasto", "sono tornati"), past in every use. Not
    // those that are also nouns ("il partito", "l'andata", "l'uscita", "i morti").
    past: [
      'ha', 'hanno', 'aveva', 'avevano', 'era', 'erano', 'fu', 'furono', 'ieri', 'stato', 'stata', 'stati', 'state',
      ...['rimast', 'restat', 'arrivat', 'tornat', 'rientrat', 'diventat'].flatMap((stem) => [`${stem}o`, `${stem}a`, `${stem}i`, `${stem}e`]),
      'andato', 'andati', 'venuto', 'venuti', 'entrato', 'entrati', 'uscito', 'usciti', 'caduto',
    ],
    // "annunciò", "dichiararono".
    pastEndings: ['ò', "o'", 'arono', 'erono', 'irono'],
    // "La previsione era che i lavori finissero a ottobre": an expectation told in the past.
    expectations: { nouns: ['previsione', 'aspettativa', 'idea', 'intenzione', 'obiettivo', 'promessa'], joiners: ['che'], marks: ['di'] },
    notEndings: [],
    // "ha bisogno", "ha paura": a present, no perfect; "ha luogo", "hanno luogo" (takes place) schedule what they date.
    presentAfter: ['ha bisogno', 'hanno bisogno', 'ha paura', 'hanno paura', 'ha voglia', 'ha fretta', 'ha ragione', 'ha torto'],
    aheadAfter: ['ha luogo', 'hanno luogo'],
    // ("può", "però", "ciò" end as a past in -ò and are none.)
    notCues: ['tiranno', 'estremo', 'supremo', 'remo', 'può', 'però', 'ciò', 'perciò', 'cioè'],
    // A sentence may open with its verb: "Partirà martedì".
    dropsSubject: true,
    // A cue before it is the main clause's verb ("ha detto che mercoledì partirà").
    complementizers: ['che'],
    conjunctions: ['e', 'ed'],
    // Its future is a verb's ending: it dates a written day too ("si terranno il 15 marzo").
    readsDates: true,
  },
};
