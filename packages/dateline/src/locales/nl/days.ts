import { MONTH_NAMES } from '@newsparse/core';
import type { Modifier } from '../../dates/resolve.js';
import type { LocaleDays } from '../types.js';
import { weekdays } from './calendar.js';

/**
 * Dutch weekdays and relative days for findDates: "op dinsdag", "afgelopen vrijdag", "vrijdag
 * jongstleden", "komende maandag", "maandagavond", "gisteren", "vandaag", "morgen".
 */
export const days: LocaleDays = {
  // "desde las elecciones del 21 de diciembre", "seit dem 21. Dezember": a date since which something goes on.
  sinceDates: { since: ['sinds', 'sedert'], joiners: ['van'], until: ['tot'] },
  weekdays,
  capitalised: false,
  before: new Map([
    ['op', null],
    ['sinds', null],
    ['vanaf', null],
    ['tot', null],
    ['afgelopen', 'last'],
    ['vorige', 'last'],
    ['komende', 'next'],
    ['aanstaande', 'next'],
    ['volgende', 'next'],
    ['deze', 'this'],
  ]),
  // "sinds maandag": the Monday just gone; "vanaf maandag", "tot vrijdag": ahead unless the clause says past.
  sinceWords: ['sinds'],
  untilWords: ['vanaf', 'tot'],
  after: new Map([
    ['jongstleden', 'last'],
    ['aanstaande', 'next'],
  ]),
  // "om 10.00 uur", "20.30 uur", "om 8 uur" ("24 uur", "acht uur lang" are lengths).
  clock: { units: ['uur'], lengths: ['uur'], compact: false, before: ['om', 'rond', 'omstreeks', 'vanaf', 'tegen'], after: [] },
  // "elke maandag", "iedere vrijdag": every such day.
  generic: ['elke', 'iedere', 'elk', 'ieder'],
  recurring: ['elk', 'elke', 'ieder', 'iedere', 'jaarlijks'],
  feasts: [],
  titles: [],
  weekWords: ['week'],
  gluedParts: ['ochtend', 'morgen', 'middag', 'avond', 'nacht'],
  laterParts: [],
  relative: new Map([
    ['vandaag', 0],
    ['gisteren', -1],
    ['eergisteren', -2],
    ['morgen', 1],
    ['overmorgen', 2],
    // A part of a day written in one word: "vanochtend", "vanavond" (the story's day), "gisteravond", "morgenochtend".
    ['vanochtend', 0],
    ['vanmorgen', 0],
    ['vanmiddag', 0],
    ['vanavond', 0],
    ['gisterochtend', -1],
    ['gistermorgen', -1],
    ['gistermiddag', -1],
    ['gisteravond', -1],
    ['morgenochtend', 1],
    ['morgenmiddag', 1],
    ['morgenavond', 1],
  ]),
  lowerOnly: [],
  // "in maart", "begin juni", "eind juli", "half augustus", "sinds januari", "tot maart", "afgelopen oktober".
  months: new Map(MONTH_NAMES.nl.names.map((name, index) => [name, index + 1] as const)),
  monthsBefore: new Map<string, Modifier | 'since' | 'until'>([
    ['in', null],
    ['begin', null],
    ['medio', null],
    ['half', null],
    ['eind', null],
    ['sinds', 'since'],
    ['vanaf', 'until'],
    ['tot', 'until'],
    ['afgelopen', 'last'],
    ['vorige', 'last'],
    ['komende', 'next'],
    ['volgende', 'next'],
  ]),
  monthYears: new Map([
    ['van dit jaar', 0],
    ['dit jaar', 0],
    ['vorig jaar', -1],
    ['van vorig jaar', -1],
    ['vorige jaar', -1],
    ['volgend jaar', 1],
    ['van volgend jaar', 1],
    ['van dat jaar', null],
    ['van hetzelfde jaar', null],
    ['van het jaar', null],
  ]),
  // "de jaren 90", "de jaren negentig" (the number only), "de jaren '90".
  decades: { before: ['jaren'], glued: [] },
  ands: ['en', 'of'],
  periods: new Map([
    ['vorige week', ['week', -1]],
    ['afgelopen week', ['week', -1]],
    ['volgende week', ['week', 1]],
    ['komende week', ['week', 1]],
    ['deze week', ['week', 0]],
    ['vorige maand', ['month', -1]],
    ['afgelopen maand', ['month', -1]],
    ['volgende maand', ['month', 1]],
    ['komende maand', ['month', 1]],
    ['deze maand', ['month', 0]],
    ['vorig jaar', ['year', -1]],
    ['afgelopen jaar', ['year', -1]],
    ['volgend jaar', ['year', 1]],
    ['komend jaar', ['year', 1]],
    ['dit jaar', ['year', 0]],
  ]),
  weekends: new Map([
    ['afgelopen weekend', -1],
    ['vorig weekend', -1],
    ['vorige weekend', -1],
    ['volgend weekend', 1],
    ['volgende weekend', 1],
  ]),
  // "het afgelopen jaar van zijn leven": a year of something, not last year.
  periodsNotBefore: ['van'],
  // "de morgen", "deze morgen", "elke morgen": the morning, not tomorrow; "de krant van morgen": of the future.
  notAfter: new Map([['morgen', ['de', 'deze', 'die', 'een', 'elke', 'iedere', 'van', 'goede', 'vroeg', 'zondag']]]),
  // "vandaag de dag": nowadays.
  notBefore: new Map([['vandaag', ['de dag', 'den dag']]]),
  tense: {
    // "zal dinsdag beslissen", "gaat maandag praten", "wordt vrijdag verwacht".
    // Wanting, hoping and having to look ahead too ("wil in december invoeren", "hoopt in maart te stemmen", "moet in juni klaar zijn").
    // The present of verbs that schedule a meeting or a decision ("spreekt dinsdag met de bonden", "vergadert donderdag").
    future: [
      'zal', 'zullen', 'zult', 'gaat', 'gaan', 'verwacht', 'gepland', 'voorzien', 'begint', 'beginnen', 'opent', 'eindigt', 'wil', 'willen', 'hoopt', 'hopen', 'moet', 'moeten',
      'vergadert', 'vergaderen', 'spreekt', 'debatteert', 'debatteren', 'stemt', 'beslist', 'reist', 'bezoekt', 'ontmoet', 'presenteert', 'overlegt',
      // The present passive schedules what is to be done ("wordt vrijdag voorgeleid", "worden maandag verhoord"); its past is "werd".
      'wordt', 'worden',
    ],
    futureEndings: [],
    // The past auxiliaries and common strong and weak preterites ("zei", "kwam", "meldde").
    past: [
      'was', 'waren', 'had', 'hadden', 'werd', 'werden', 'gisteren', 'eergisteren', 'zei', 'zeiden', 'kwam', 'kwamen', 'ging', 'gingen',
      'vond', 'vonden', 'sprak', 'spraken', 'stond', 'stonden', 'nam', 'namen', 'gaf', 'gaven', 'liet', 'lieten', 'hield', 'hielden',
      'won', 'wonnen', 'verloor', 'verloren', 'begon', 'begonnen', 'stierf', 'overleed', 'meldde', 'meldden', 'maakte', 'maakten',
      'verklaarde', 'kondigde', 'bevestigde', 'waarschuwde', 'vertelde', 'liet', 'schreef', 'zag', 'zagen', 'trof', 'troffen',
      // ("zoals verwacht daalde de omzet in maart": the nearer preterite dates it, not the expecting.)
      'wilde', 'wilden', 'hoopte', 'hoopten', 'moest', 'moesten', 'besloot', 'kreeg', 'kregen', 'bleef', 'bleven', 'viel', 'vielen',
      'steeg', 'stegen', 'daalde', 'daalden', 'zat', 'zaten', 'lag', 'lagen', 'wist', 'hoorde', 'opende', 'sloot',
      // A report in the present is told on the day it names ("Dat meldt de politie vrijdag", "zegt de minister dinsdag"): that day or the last.
      'meldt', 'melden', 'zegt', 'zeggen', 'bevestigt', 'bevestigen', 'verklaart', 'verklaren', 'schrijft', 'schrijven',
    ],
    pastEndings: [],
    notCues: [],
    notEndings: [],
    // Its cues date a written day and a month too ("de zitting staat gepland voor 28 november",
    // "zal in december stemmen", "was dicht tot oktober"), before the English ones.
    // Expecting, wanting and obliging: a day they govern keeps the nine-month limit ("wordt op 28 november verwacht").
    // (The present passive too: "wordt op 27 november verwacht" is no firm schedule.)
    weakFuture: ['verwacht', 'wil', 'willen', 'hoopt', 'hopen', 'moet', 'moeten', 'wordt', 'worden'],
    ofWords: ['van'],
    scheduleCopula: { copulas: ['is', 'zijn'], notSubjects: ['het', 'er', 'dat', 'dit', 'vandaag', 'morgen', 'gisteren'], after: ['om'] },
    readsDates: true,
    // "De verwachting was dat er in mei gewerkt kon worden": an expectation told in the past.
    expectations: { nouns: ['verwachting', 'bedoeling', 'planning', 'plan', 'idee', 'hoop', 'belofte'], joiners: ['dat'] },
    // "heeft dinsdag aangekondigd" is past; "hebben we in juni een probleem" says nothing.
    perfect: {
      auxiliaries: ['heeft', 'hebben', 'heb', 'hebt'],
      marker: 'ge',
      infinitive: 'te',
      separable: ['aan', 'af', 'bij', 'door', 'in', 'mee', 'na', 'om', 'op', 'over', 'terug', 'toe', 'uit', 'vast', 'voor', 'weg', 'samen', 'vrij', 'bekend'],
      inseparable: ['be', 'ont', 'her', 'ver', 'er'],
      endings: ['d', 't', 'en'],
      words: ['besloten', 'begonnen', 'vertrokken', 'verloren', 'ontvangen', 'overleden', 'verschenen', 'ontslagen', 'verboden', 'bevolen', 'ondertekend'],
      // The perfect with "zijn" ("is dinsdag opgepakt", "zijn maandag aangehouden"); after it these participles tell a state ("is zondag gesloten").
      be: {
        auxiliaries: ['is', 'zijn', 'ben', 'bent'],
        states: ['gesloten', 'geopend', 'gepland', 'voorzien', 'verboden', 'toegestaan', 'bedoeld', 'gericht', 'betrokken', 'verplicht', 'gewend', 'getrouwd', 'gevestigd', 'geïnteresseerd', 'gestremd', 'afgesloten', 'opengesteld'],
      },
      notWords: ['geven', 'gaan', 'gelden', 'geloven', 'gebeuren', 'gebruiken', 'genieten', 'geld', 'gebied', 'gezond', 'geheel', 'gevaar', 'gewoon', 'genoeg', 'gemeente', 'gemiddeld', 'geleden', 'geweest'],
    },
  },
};
