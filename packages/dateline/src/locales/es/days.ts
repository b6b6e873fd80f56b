import { MONTH_NAMES } from '@newsparse/core';
import type { Modifier } from '../../dates/resolve.js';
import type { LocaleDays } from '../types.js';
import { weekdays } from './calendar.js';

/** Spanish weekdays and relative days for findDates: "el jueves", "el pasado martes", "el martes pasado", "ayer", "hoy". */
export const days: LocaleDays = {
  // "desde las elecciones del 21 de diciembre", "seit dem 21. Dezember": a date since which something goes on.
  sinceDates: { since: ['desde'], joiners: ['del', 'de', 'día'], until: ['hasta', 'al'] },
  weekdays,
  capitalised: false,
  before: new Map([
    ['el', null],
    ['el pasado', 'last'],
    ['pasado', 'last'],
    ['el próximo', 'next'],
    ['próximo', 'next'],
    ['este', 'this'],
    ['desde el', null],
    ['hasta el', null],
  ]),
  // "desde el lunes": the Monday just gone; "hasta el martes": ahead unless the clause says past.
  sinceWords: ['desde'],
  untilWords: ['hasta'],
  after: new Map([
    ['pasado', 'last'],
    ['próximo', 'next'],
    ['que viene', 'next'],
  ]),
  // "los martes" and "cada martes" are every Tuesday; "el primer lunes del mes" no day of this week;
  // "un martes", "en martes" (with no article) are some Tuesday or any.
  generic: ['los', 'cada', 'primer', 'último', 'un', 'en'],
  recurring: ['cada'],
  // "Viernes Santo", "Jueves Santo".
  feasts: ['santo'],
  titles: [],
  weekWords: ['semana'],
  gluedParts: [],
  laterParts: [],
  relative: new Map([
    ['hoy', 0],
    ['ayer', -1],
    ['anteayer', -2],
    ['mañana', 1],
    ['pasado mañana', 2],
    // The parts of the story's day ("this morning", "tonight"), and last night.
    ['esta mañana', 0],
    ['esta tarde', 0],
    ['esta noche', 0],
    ['anoche', -1],
  ]),
  // "en junio", "a finales de julio", "desde enero", "hasta marzo", "el pasado mes de mayo", "en junio pasado".
  months: new Map([...MONTH_NAMES.es.names.map((name, index) => [name, index + 1] as const), ['setiembre', 9]]),
  monthsBefore: new Map<string, Modifier | 'since' | 'until' | 'by'>([
    ['en', null],
    ['a principios de', null],
    ['a comienzos de', null],
    ['a inicios de', null],
    ['a mediados de', null],
    ['a finales de', null],
    ['a fines de', null],
    ['el mes de', null],
    ['desde', 'since'],
    ['hasta', 'until'],
    // A deadline: "a más tardar en septiembre"; a target: "para septiembre", "para finales de marzo".
    ['a más tardar en', 'by'],
    ['para', 'by'],
    ['para el mes de', 'by'],
    ['para principios de', 'by'],
    ['para mediados de', 'by'],
    ['para finales de', 'by'],
    ['para fines de', 'by'],
    ['el pasado', 'last'],
    ['el pasado mes de', 'last'],
    ['pasado mes de', 'last'],
    ['el próximo', 'next'],
    ['el próximo mes de', 'next'],
    ['próximo mes de', 'next'],
  ]),
  // "a más tardar el 1 de septiembre", "el 1 de septiembre a más tardar".
  deadlines: ['a más tardar'],
  // "permanece cerrado hasta el 20 de diciembre": an end still ahead (`untilDays`).
  untilDays: ['hasta', 'hasta el'],
  numericDays: { mark: '/', before: ['el', 'del', 'al', 'desde', 'hasta'] },
  // "a las 9.30", "a las 15:00 horas", "a las 10 horas" ("durante 10 horas" is a length).
  clock: { units: ['horas', 'h'], lengths: ['horas'], compact: false, before: ['las'], after: ['y', 'de', 'del', 'en', 'el', 'la', 'los', 'las', 'con', 'para', 'por', 'cuando', 'tras'] },
  monthYears: new Map([
    ['del año pasado', -1],
    ['de este año', 0],
    ['del presente año', 0],
    ['del próximo año', 1],
    ['del año que', 1],
    ['del mismo año', null],
    ['del año siguiente', null],
    ['del año anterior', null],
  ]),
  // "los años 90", "la década de 1990", "la década de los 90".
  decades: { before: ['años', 'los años', 'década de', 'década de los'], glued: [] },
  ands: ['y', 'e', 'o'],
  periods: new Map([
    // Part of the current period ("a principios de mes", "a finales de año"): that period. ("fin de
    // semana" is the weekend, "fin de mes" and "fin de año" are as often generic.)
    ['principios de semana', ['week', 0]],
    ['mediados de semana', ['week', 0]],
    ['principios de mes', ['month', 0]],
    ['comienzos de mes', ['month', 0]],
    ['inicios de mes', ['month', 0]],
    ['mediados de mes', ['month', 0]],
    ['finales de mes', ['month', 0]],
    ['principios de año', ['year', 0]],
    ['comienzos de año', ['year', 0]],
    ['inicios de año', ['year', 0]],
    ['mediados de año', ['year', 0]],
    ['finales de año', ['year', 0]],
    ['semana pasada', ['week', -1]],
    ['pasada semana', ['week', -1]],
    ['próxima semana', ['week', 1]],
    ['semana próxima', ['week', 1]],
    ['semana que viene', ['week', 1]],
    ['esta semana', ['week', 0]],
    ['mes pasado', ['month', -1]],
    ['pasado mes', ['month', -1]],
    ['próximo mes', ['month', 1]],
    ['mes próximo', ['month', 1]],
    ['mes que viene', ['month', 1]],
    ['este mes', ['month', 0]],
    ['año pasado', ['year', -1]],
    ['pasado año', ['year', -1]],
    ['próximo año', ['year', 1]],
    ['año próximo', ['year', 1]],
    ['año que viene', ['year', 1]],
    ['este año', ['year', 0]],
  ]),
  weekends: new Map([
    ['fin de semana pasado', -1],
    ['último fin de semana', -1],
    ['próximo fin de semana', 1],
  ]),
  periodsNotBefore: ['de', 'del'],
  lowerOnly: [],
  // "hasta hoy", "todavía hoy", "antiguamente … hoy": nowadays, no day.
  nowadays: {
    word: 'hoy',
    before: ['hasta', 'todavía', 'aún'],
    after: ['todavía', 'aún'],
    contrast: new Set(['antiguamente', 'antaño', 'otrora']),
    states: new Set(),
    dayParts: ['por'],
  },
  // "esta mañana", "por la mañana", "a las diez de la mañana": the morning, not tomorrow.
  notAfter: new Map([['mañana', ['la', 'esta', 'una', 'cada', 'el', 'toda', 'media', 'misma', 'esa', 'aquella', 'de', 'd', 'por', 'del']]]),
  // "hoy en día", "hoy día": nowadays.
  notBefore: new Map([['hoy', ['en', 'día', 'dia']]]),
  tense: {
    // "va a viajar", "voy a votar", "viajará", "serán", and the simple future in every person
    // ("viajaré", "votaremos", "tendrás").
    future: ['va', 'van', 'voy', 'prevé', 'previsto', 'prevista'],
    // The first person plural by the stem's last letter before "-remos" ("extremos", "supremos" are no verbs).
    futureEndings: ['rá', 'rán', 'ré', 'rás', 'réis', 'aremos', 'eremos', 'iremos', 'dremos', 'bremos', 'rremos'],
    past: ['dijo', 'fue', 'fueron', 'hizo', 'tuvo', 'estuvo', 'ha', 'han', 'había', 'habían', 'era', 'eran', 'estaba', 'ayer'],
    // "La previsión era que las obras terminaran en octubre": an expectation told in the past.
    expectations: { nouns: ['previsión', 'expectativa', 'idea', 'intención', 'plan', 'objetivo', 'meta', 'promesa'], joiners: ['que'], marks: ['de'] },
    // "informó", "anunciaron", "dijeron".
    pastEndings: ['ó', 'aron', 'ieron', 'eron'],
    notEndings: [],
    // "días atrás", "por detrás": adverbs with a future's ending.
    notCues: ['atrás', 'detrás'],
    // A sentence may open with its verb: "Viajará el martes".
    dropsSubject: true,
    // A cue before it is the main clause's verb ("anunció que el miércoles se firmará").
    complementizers: ['que'],
    conjunctions: ['y', 'e'],
    // Its future is a verb's ending: it dates a written day too ("se celebrarán el 15 de marzo").
    readsDates: true,
  },
};
