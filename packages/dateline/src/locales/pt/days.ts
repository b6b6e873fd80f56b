import { MONTH_NAMES } from '@newsparse/core';
import type { Modifier } from '../../dates/resolve.js';
import type { LocaleDays } from '../types.js';

/**
 * Portuguese weekdays and relative days for findDates: "na quinta-feira", "na terça-feira
 * passada", "na próxima segunda-feira", "no sábado", "ontem", "hoje".
 */
export const days: LocaleDays = {
  // "desde las elecciones del 21 de diciembre", "seit dem 21. Dezember": a date since which something goes on.
  sinceDates: { since: ['desde'], joiners: ['de', 'do', 'da', 'dia'], until: ['até', 'ao'] },
  // Whole names only: "segunda", "terça", "quarta", "quinta" and "sexta" alone are also ordinals.
  weekdays: new Map([
    ['domingo', 0],
    ['segunda-feira', 1],
    ['terça-feira', 2],
    ['quarta-feira', 3],
    ['quinta-feira', 4],
    ['sexta-feira', 5],
    ['sábado', 6],
  ]),
  shortWeekdays: {
    words: new Map([
      ['segunda', 1],
      ['terça', 2],
      ['quarta', 3],
      ['quinta', 4],
      ['sexta', 5],
    ]),
    before: ['nesta', 'desta'],
    after: ['com', 'em', 'no', 'na', 'nos', 'nas', 'às', 'ao', 'e', 'para', 'pelo', 'pela', 'de', 'à'],
  },
  capitalised: false,
  before: new Map([
    ['na', null],
    ['no', null],
    ['na próxima', 'next'],
    ['no próximo', 'next'],
    ['próxima', 'next'],
    ['próximo', 'next'],
    ['na última', 'last'],
    ['no último', 'last'],
    ['nesta', 'this'],
    ['neste', 'this'],
    // "a partir desta quarta-feira", "o anúncio desta segunda-feira".
    ['desta', 'this'],
    ['deste', 'this'],
    ['desde', null],
    ['até', null],
    ['até a', null],
  ]),
  // "desde segunda-feira": the Monday just gone; "até terça-feira": ahead unless the clause says past.
  sinceWords: ['desde'],
  untilWords: ['até'],
  after: new Map([
    ['passada', 'last'],
    ['passado', 'last'],
    ['próxima', 'next'],
    ['próximo', 'next'],
    ['que vem', 'next'],
  ]),
  // "aos sábados", "toda segunda-feira", "cada domingo", "a primeira segunda-feira do mês", "numa segunda-feira" (some Monday).
  generic: ['toda', 'todo', 'cada', 'primeira', 'primeiro', 'uma', 'numa'],
  recurring: ['cada', 'todo', 'toda'],
  // "Sexta-feira Santa", "Quarta-feira de Cinzas", "Domingo de Páscoa", "terça-feira gorda".
  feasts: ['santa', 'santo', 'gorda', 'de cinzas', 'de páscoa', 'de ramos'],
  titles: [],
  weekWords: ['semana'],
  gluedParts: [],
  laterParts: [],
  relative: new Map([
    ['hoje', 0],
    ['ontem', -1],
    ['anteontem', -2],
    ['amanhã', 1],
    ['depois de amanhã', 2],
    // The parts of the story's day ("this morning", "tonight").
    ['esta manhã', 0],
    ['esta tarde', 0],
    ['esta noite', 0],
    ['nesta manhã', 0],
    ['nesta tarde', 0],
    ['nesta noite', 0],
  ]),
  // "em junho", "no final de julho", "em meados de março", "desde janeiro", "até março".
  months: new Map([...MONTH_NAMES.pt.names.map((name, index) => [name, index + 1] as const), ['marco', 3]]),
  monthsBefore: new Map<string, Modifier | 'since' | 'until'>([
    ['em', null],
    ['no início de', null],
    ['em meados de', null],
    ['no final de', null],
    ['no fim de', null],
    ['no mês de', null],
    ['desde', 'since'],
    ['até', 'until'],
    // "vai aparecer a partir de agosto": from a month on, as the clause's tense says ("vale a partir
    // de março" told in July may be the March gone: no cue, the nearest).
    ['a partir de', null],
  ]),
  monthYears: new Map([
    ['do ano passado', -1],
    ['deste ano', 0],
    ['do próximo ano', 1],
    ['do mesmo ano', null],
    ['do ano seguinte', null],
    ['do ano anterior', null],
  ]),
  // "os anos 90", "a década de 1990".
  decades: { before: ['anos', 'os anos', 'década de'], glued: [] },
  ands: ['e', 'ou'],
  periods: new Map([
    // Part of the current period ("no início do mês", "no final do ano"): that period. ("final de
    // semana" is the weekend.)
    ['início da semana', ['week', 0]],
    ['início do mês', ['month', 0]],
    ['meados do mês', ['month', 0]],
    ['final do mês', ['month', 0]],
    ['fim do mês', ['month', 0]],
    ['início do ano', ['year', 0]],
    ['meados do ano', ['year', 0]],
    ['final do ano', ['year', 0]],
    ['fim do ano', ['year', 0]],
    ['semana passada', ['week', -1]],
    ['próxima semana', ['week', 1]],
    ['semana que vem', ['week', 1]],
    ['esta semana', ['week', 0]],
    ['nesta semana', ['week', 0]],
    ['mês passado', ['month', -1]],
    ['próximo mês', ['month', 1]],
    ['mês que vem', ['month', 1]],
    ['este mês', ['month', 0]],
    ['neste mês', ['month', 0]],
    ['ano passado', ['year', -1]],
    ['próximo ano', ['year', 1]],
    ['ano que vem', ['year', 1]],
    ['este ano', ['year', 0]],
    ['neste ano', ['year', 0]],
  ]),
  weekends: new Map([
    ['fim de semana passado', -1],
    ['último fim de semana', -1],
    ['próximo fim de semana', 1],
  ]),
  periodsNotBefore: ['de', 'do', 'da'],
  lowerOnly: [],
  // "até hoje", "ainda hoje", "antigamente … hoje": nowadays, no day.
  nowadays: {
    word: 'hoje',
    before: ['até', 'ainda'],
    after: ['ainda'],
    contrast: new Set(['antigamente', 'outrora']),
    states: new Set(),
    dayParts: ['pela', 'à'],
  },
  // "o amanhã" is the future.
  notAfter: new Map([['amanhã', ['o', 'do', 'um']]]),
  // "hoje em dia": nowadays.
  notBefore: new Map([['hoje', ['em dia']]]),
  numericDays: { mark: '/', before: ['dia', 'em', 'desde', 'até'] },
  // "às 18h", "18h30", "às 10 horas", "das 8h às 17h" ("durante 10 horas" is a length).
  clock: { units: ['horas', 'hora'], lengths: ['horas', 'hora'], compact: true, before: ['às', 'das', 'pelas', 'após'], after: [] },
  tense: {
    // "vai viajar", "irá", "viajará", "serão", and the plural's "continuarão", "decidirão".
    future: ['vai', 'vão', 'irá', 'irão', 'serão', 'terão', 'farão', 'estarão', 'poderão', 'deverão', 'deve', 'devem', 'prevê', 'previsto', 'prevista',
      // Hoping, intending and planning look ahead ("espera votar a reforma em dezembro"), and so does a day on the agenda ("agendada para 3 de agosto").
      'espera', 'esperam', 'pretende', 'pretendem', 'planeja', 'planejam', 'planeia', 'planeiam', 'agendado', 'agendada', 'agendados', 'agendadas'],
    futureEndings: ['rá', 'arão', 'erão', 'irão'],
    past: ['disse', 'disseram', 'foi', 'foram', 'fez', 'teve', 'tinha', 'havia', 'estava', 'era', 'eram', 'ontem', 'esperava', 'esperavam', 'pretendia', 'pretendiam', 'planejava', 'planejavam'],
    // "A previsão era que as obras fossem entregues em outubro": an expectation told in the past.
    expectations: { nouns: ['previsão', 'expectativa', 'ideia', 'intenção', 'plano', 'objetivo', 'meta', 'promessa'], joiners: ['que'], marks: ['de'] },
    // "anunciou", "afirmaram".
    pastEndings: ['ou', 'aram', 'eram', 'iram'],
    notEndings: [],
    // "camarão", "clarão": nouns with the plural future's ending ("verão" has too few letters before it).
    notCues: ['camarão', 'camarões', 'clarão'],
    // A sentence may open with its verb: "Viajará na terça-feira".
    dropsSubject: true,
    // A cue before it is the main clause's verb ("disse que na quarta-feira vai viajar").
    complementizers: ['que'],
    conjunctions: ['e'],
    // Its future is a verb's ending: it dates a written day too ("serão realizadas em 15 de março").
    // Expecting and obliging: a day they govern keeps the nine-month limit ("deve ser votada em 28 de novembro").
    weakFuture: ['deve', 'devem', 'deverão', 'poderão', 'espera', 'esperam'],
    readsDates: true,
  },
};
