import { MONTH_NAMES } from '@newsparse/core';
import type { Modifier } from '../../dates/resolve.js';
import type { LocaleDays } from '../types.js';
import { weekdays } from './calendar.js';

/** French weekdays and relative days for findDates: "jeudi", "mardi dernier", "lundi prochain", "hier", "aujourd'hui". */
export const days: LocaleDays = {
  // "desde las elecciones del 21 de diciembre", "seit dem 21. Dezember": a date since which something goes on.
  sinceDates: { since: ['depuis'], joiners: ['du', 'de', 'des'], until: ["jusqu'au", "jusqu'à"] },
  weekdays,
  capitalised: false,
  before: new Map([
    ['ce', 'this'],
    ['depuis', null],
    ["jusqu'à", null],
    ['dès', null],
  ]),
  // "depuis lundi": the Monday just gone; "jusqu'à mardi", "dès lundi": ahead unless the clause says past.
  sinceWords: ['depuis'],
  untilWords: ["jusqu'à", 'dès'],
  after: new Map([
    ['dernier', 'last'],
    ['passé', 'last'],
    ['prochain', 'next'],
  ]),
  // "le mardi" is every Tuesday ("le mardi, le marché est fermé"), as is "chaque mardi";
  // "le premier lundi du mois" is no day of this week; "un mardi" is some Tuesday.
  generic: ['le', 'chaque', 'les', 'tous', 'premier', 'dernier', 'un'],
  recurring: ['chaque'],
  // "Mardi gras", "vendredi saint", "jeudi saint".
  feasts: ['gras', 'saint'],
  titles: [],
  weekWords: ['semaine'],
  gluedParts: [],
  laterParts: ['matin', 'soir', 'après-midi'],
  relative: new Map([
    ["aujourd'hui", 0],
    ['hier', -1],
    ['avant-hier', -2],
    ['demain', 1],
    ['après-demain', 2],
    // The parts of the story's day ("this morning", "tonight"): that day.
    ['ce matin', 0],
    ['cet après-midi', 0],
    ['ce soir', 0],
  ]),
  // "en juin", "fin juin", "mi-juin", "début juillet", "depuis janvier", "jusqu'en mars", "en juin dernier".
  months: new Map(MONTH_NAMES.fr.names.map((name, index) => [name, index + 1] as const)),
  monthsBefore: new Map<string, Modifier | 'since' | 'until' | 'by'>([
    ['en', null],
    ['début', null],
    ['mi', null],
    ['fin', null],
    ['courant', null],
    ['au mois de', null],
    ['depuis', 'since'],
    ['depuis début', 'since'],
    ['depuis fin', 'since'],
    ["jusqu'en", 'until'],
    ["jusqu'à", 'until'],
    ["jusqu'à fin", 'until'],
    // A deadline: "d'ici septembre", "au plus tard en septembre".
    ["d'ici", 'by'],
    ["d'ici à", 'by'],
    ["d'ici fin", 'by'],
    ["d'ici début", 'by'],
    ['au plus tard en', 'by'],
    ['au plus tard fin', 'by'],
    ['au plus tard début', 'by'],
    ['dès', 'until'],
  ]),
  // "au plus tard le 1er septembre", "le 1er septembre au plus tard".
  deadlines: ['au plus tard'],
  untilDays: ["jusqu'au", "jusqu'à"],
  numericDays: { mark: '/', before: ['le', 'du', 'au', 'depuis', 'dès'] },
  // "à 15h", "15h30", "19H00", "à 15 heures" ("96 heures", "pendant 12 heures" are lengths).
  clock: { units: ['heures', 'heure'], lengths: ['heures', 'heure'], compact: true, before: ['à', 'vers', 'dès', 'avant', 'après', 'depuis'], after: [] },
  monthYears: new Map([
    ["de l'année dernière", -1],
    ["de l'an dernier", -1],
    ["de l'année passée", -1],
    ['de cette année', 0],
    ["de l'année prochaine", 1],
    ["de l'an prochain", 1],
    ['de la même année', null],
    ["de l'année suivante", null],
    ["de l'année précédente", null],
  ]),
  // "les années 1990", "les années 90".
  decades: { before: ['années', 'les années'], glued: [] },
  ands: ['et', 'ou'],
  periods: new Map([
    // Part of the current period ("en début de semaine", "à la fin du mois"): that period. ("fin de
    // semaine" is also the weekend, "fin de mois" and "fin d'année" are as often generic.)
    ['début de semaine', ['week', 0]],
    ['milieu de semaine', ['week', 0]],
    ['début du mois', ['month', 0]],
    ['milieu du mois', ['month', 0]],
    ['fin du mois', ['month', 0]],
    ['début de mois', ['month', 0]],
    ["début d'année", ['year', 0]],
    ["début de l'année", ['year', 0]],
    ["fin de l'année", ['year', 0]],
    ['semaine dernière', ['week', -1]],
    ['semaine passée', ['week', -1]],
    ['semaine prochaine', ['week', 1]],
    ['mois dernier', ['month', -1]],
    ['mois passé', ['month', -1]],
    ['mois prochain', ['month', 1]],
    ["l'an dernier", ['year', -1]],
    ["l'an passé", ['year', -1]],
    ["l'an prochain", ['year', 1]],
    ["l'année dernière", ['year', -1]],
    ["l'année passée", ['year', -1]],
    ["l'année prochaine", ['year', 1]],
    ['année dernière', ['year', -1]],
    ['année passée', ['year', -1]],
    ['année prochaine', ['year', 1]],
    ['cette semaine', ['week', 0]],
    ['ce mois-ci', ['month', 0]],
    ['ce mois', ['month', 0]],
    ['cette année', ['year', 0]],
  ]),
  periodsNotBefore: ['de', 'd'],
  lowerOnly: [],
  // "encore aujourd'hui", "jusqu'à aujourd'hui", "autrefois … aujourd'hui": nowadays, no day.
  nowadays: {
    word: "aujourd'hui",
    before: ['encore', "jusqu'à", "jusqu'"],
    after: ['encore'],
    contrast: new Set(['autrefois', 'jadis', 'naguère', 'auparavant', "jusqu'alors"]),
    states: new Set(),
    dayParts: ['matin', 'soir'],
  },
  // "l'Europe de demain" is the future, not a day.
  notAfter: new Map([['demain', ['de', 'd']]]),
  notBefore: new Map(),
  tense: {
    // "va se rendre", "se rendra", "seront": aller + infinitive and the simple future, in
    // every person ("je partirai", "nous voterons", "vous direz"). Its short forms are listed,
    // as an ending is read only on a word two letters longer ("sera", "aura", "ira").
    future: [
      'va', 'vont', 'vais', 'doit', 'doivent', 'devrait', 'devraient', 'prévu', 'prévue', 'prévoit', 'sera', 'seront', 'serai', 'serons',
      'serez', 'aura', 'auront', 'aurai', 'aurons', 'aurez', 'fera', 'feront', 'ferai', 'ferons', 'ferez', 'ira', 'iront', 'irai', 'irons',
      'irez', 'dira', 'diront', 'dirai',
    ],
    // The stem's last letter before "-r-" keeps nouns out ("citrons", "patrons", "escadrons").
    futureEndings: [
      'era', 'ira', 'dra', 'vra', 'rra', 'ura', 'ront', 'erai', 'irai', 'drai', 'vrai', 'rrai', 'urai', 'erons', 'irons', 'drons', 'vrons',
      'rrons', 'urons', 'erez', 'irez', 'drez', 'vrez', 'rrez', 'urez',
    ],
    // "a déclaré", "l'a annoncé", "avait", "était"; and the participles of the verbs whose
    // perfect takes "être" ("est arrivé", "sont partis", "est née"), past in every use.
    past: [
      'a', 'ont', 'ai', 'avons', 'avez', 'avait', 'avaient', 'était', 'étaient', 'fut', 'furent', 'eut', 'hier',
      ...['arrivé', 'parti', 'venu', 'revenu', 'allé', 'né', 'mort', 'décédé', 'rentré', 'retourné', 'tombé', 'resté', 'sorti', 'entré', 'devenu', 'descendu', 'monté'].flatMap(
        (participle) => [participle, `${participle}e`, `${participle}s`, `${participle}es`],
      ),
    ],
    pastEndings: [],
    notEndings: [],
    // "La prévision était que les travaux finissent en octobre": an expectation told in the past.
    expectations: { nouns: ['prévision', 'attente', 'idée', 'intention', 'objectif', 'promesse'], joiners: ['que', "qu'"], marks: ['de', 'd'] },
    // "aux environs de midi", "le minerai", "les vignerons": nouns with a future's ending.
    // "a besoin", "a peur": a present, no perfect; "a lieu", "ont lieu" (takes place) schedule what they date.
    presentAfter: ['a besoin', 'ont besoin', 'a peur', 'ont peur', 'a envie', 'a hâte', 'a raison', 'a tort'],
    aheadAfter: ['a lieu', 'ont lieu'],
    notCues: ['front', 'affront', 'extra', 'contra', 'tiara', 'mantra', 'lira', 'environs', 'minerai', 'vignerons', 'bûcherons', 'forgerons'],
    // A cue before it is the main clause's verb ("a annoncé que mercredi il se rendra").
    complementizers: ['que', "qu'"],
    conjunctions: ['et'],
    // Its future is a verb's ending: it dates a written day too ("auront lieu le 15 mars").
    // Expecting and obliging: a day they govern keeps the nine-month limit ("devrait reprendre le 28 novembre").
    weakFuture: ['devrait', 'devraient', 'doit', 'doivent'],
    readsDates: true,
    // "s'est réuni lundi", "se sont rencontrés mardi", "je me suis rendu": "est" alone is a present.
    reflexive: { auxiliaries: ['est', 'sont', 'suis', 'es'], pronouns: ['s', 'se', 'me', 'te'], between: ['y', 'en'] },
  },
};
