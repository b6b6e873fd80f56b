import { FRENCH_ROLES } from '@newsparse/core';
import { words, type Locale } from '../locale.js';
import { stopwords } from './stopwords.js';

// General knowledge of French news style: « … » quotes, "a déclaré X", "a-t-il dit",
// "X a affirmé :", "selon X".
export const fr: Locale = {
  code: 'fr',
  marks: { '\u00ab': '\u00bb', '\u2039': '\u203a', '\u201c': '\u201d"', '"': '"\u201d' },
  cues: words(`dit déclaré affirmé ajouté expliqué souligné estimé indiqué assuré précisé annoncé confié
    rappelé insisté averti répondu reconnu jugé lancé martelé écrit dénoncé prévenu raconté
    dit déclare affirme ajoute explique souligne estime indique assure précise annonce confie rappelle
    insiste avertit répond reconnaît juge lance martèle écrit dénonce prévient raconte résume
    poursuit conclut tranche relève observe ironise réagit commente regrette déplore répète
    déclarait affirmait ajoutait expliquait disait estimait confiait précisait soulignait assurait
    indiquait racontait a-t-il a-t-elle ont-ils ont-elles
    glisse glissé soupire soupiré lâche lâché`),
  auxiliaries: words('a ai avons avez ont avait avaient'),
  // "a réagi", "a tranché", "a ironisé", "a poursuivi", "a répliqué", "a conclu", "a admis".
  participleEndings: ['é', 'i', 'u', 'is', 'it'],
  negations: words('pas jamais rien'),
  fillers: words('encore aussi ensuite alors également déjà hier lundi mardi mercredi jeudi vendredi samedi dimanche'),
  determiners: words("le la les l' un une des du son sa ses leur leurs ce cette"),
  phraseOpeners: words("deux trois quatre cinq six sept huit neuf dix plusieurs certains certaines quelques nombreux nombreuses tous toutes chaque aucun aucune ces cet mon ma mes notre nos votre vos"),
  pluralLookalikes: words('alors puis depuis toujours jamais pas plus moins très sans sous dans vers chez après auprès dès lors parfois désormais ailleurs néanmoins tandis mais ainsi aussi pourtant ensuite nous vous ils elles les des ces mes tes ses nos vos leurs dans'),
  stops: words(`à au aux en dans sur pour par avec chez devant lors lundi mardi mercredi jeudi vendredi
    samedi dimanche et ou mais que qui hier aujourd'hui mercredi soir matin`),
  nounLinks: words('de du des en à au aux'),
  // ("Selon lui, …", "D'après eux, …": the stressed forms after a preposition too.)
  pronouns: words('il elle ils elles on je nous lui eux'),
  pronounGenders: { il: 'm', elle: 'f', lui: 'm' },
  clitics: words('lui leur me te nous vous'),
  vagueSources: words('informations estimations données'),
  replies: words('répond répondu répliqué réplique rétorqué rétorque'),
  impersonal: words('on'),
  otherSenses: { cues: words('indique indiquait indiqué'), possessives: words('son sa ses leur leurs') },
  // "a soutenu que …", "plaide que …"; "a soutenu le projet", "plaide pour la paix" say nothing.
  complementCues: words('soutenu soutient soutenait soutiennent plaidé plaide plaidait'),
  sourceBefore: words("selon d'après"),
  sourcePhrases: [],
  speechDashes: true,
  // "« … », glisse-t-il": any verb inverted with its pronoun after a quote attributes it.
  invertedCues: true,
  definiteArticles: { le: 'm', la: 'f' },
  objectPrepositions: words('avec à au aux'),
  sourceAfter: words(''),
  complementizers: words("que qu'"),
  relatives: words("qui lequel laquelle lesquels lesquelles"),
  reportedMood: words(''),
  // Forms of address, then core's French offices and roles.
  roles: new Set([...words('m. mme mme. madame monsieur dr'), ...FRENCH_ROLES]),
  stopwords,
};
