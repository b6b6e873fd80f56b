import type { LocaleDays } from '../types.js';
import { weekdays } from './calendar.js';

/** Spanish weekdays and relative days for findDates: "el jueves", "el pasado martes", "el martes pasado", "ayer", "hoy". */
export const days: LocaleDays = {
  weekdays,
  capitalised: false,
  before: new Map([
    ['el', null],
    ['el pasado', 'last'],
    ['pasado', 'last'],
    ['el próximo', 'next'],
    ['próximo', 'next'],
    ['este', 'this'],
  ]),
  after: new Map([
    ['pasado', 'last'],
    ['próximo', 'next'],
    ['que viene', 'next'],
  ]),
  // "los martes" and "cada martes" are every Tuesday; "el primer lunes del mes" no day of this week.
  generic: ['los', 'cada', 'primer', 'último'],
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
  ]),
  lowerOnly: [],
  // "esta mañana", "por la mañana", "a las diez de la mañana": the morning, not tomorrow.
  notAfter: new Map([['mañana', ['la', 'esta', 'una', 'cada', 'el', 'toda', 'media', 'misma', 'esa', 'aquella', 'de', 'd', 'por', 'del']]]),
  // "hoy en día", "hoy día": nowadays.
  notBefore: new Map([['hoy', ['en', 'día', 'dia']]]),
  tense: {
    // "va a viajar", "viajará", "serán".
    future: ['va', 'van', 'prevé', 'previsto', 'prevista'],
    futureEndings: ['rá', 'rán'],
    past: ['dijo', 'fue', 'fueron', 'hizo', 'tuvo', 'estuvo', 'ha', 'han', 'había', 'habían', 'era', 'eran', 'estaba', 'ayer'],
    // "informó", "anunciaron", "dijeron".
    pastEndings: ['ó', 'aron', 'ieron', 'eron'],
    notEndings: [],
    notCues: [],
  },
};
