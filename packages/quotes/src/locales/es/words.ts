import { SPANISH_ROLES } from '@newsparse/core';
import { words, type Locale } from '../locale.js';
import { stopwords } from './stopwords.js';

// General knowledge of Spanish news style: «…» and “…” quotes, "dijo X", "X afirmó:",
// "según X". Subjects are often dropped ("«…», dijo."): the speaker then stays open.
export const es: Locale = {
  code: 'es',
  marks: { '\u00ab': '\u00bb', '\u201c': '\u201d"', '\u2018': '\u2019', '"': '"\u201d' },
  cues: words(`dijo dice decía afirmó afirma aseguró asegura explicó explica señaló señala añadió añade
    declaró declara indicó indica sostuvo sostiene subrayó subraya advirtió advierte manifestó
    manifiesta agregó agrega apuntó apunta insistió insiste recordó recuerda reconoció reconoce
    comentó comenta escribió escribe destacó destaca expresó expresa precisó precisa dicho afirmado
    declarado explicado asegurado señalado anunció anuncia informó informa confirmó confirma
    aseveró asevera puntualizó puntualiza concluyó concluye ratificó sentenció enfatizó recalcó reiteró aclaró detalló
    repitió repite zanjó defendió respondió responde contestó criticó critica lamentó lamenta
    admitió admite remarcó matizó argumentó argumenta relató opinó opina valoró valora apostilló
    ironizó bromeó resumió razonó replicó replica refirió refiere
    dijeron afirmaron aseguraron explicaron señalaron indicaron declararon informaron precisaron
    añadieron agregaron advirtieron manifestaron reiteraron confirmaron`),
  auxiliaries: words('ha han había habían'),
  negations: words('no nunca jamás'),
  fillers: words('también además luego después ayer hoy'),
  determiners: words('el la los las un una unos unas su sus este esta'),
  phraseOpeners: words('dos tres cuatro cinco seis siete ocho nueve diez varios varias muchos muchas algunos algunas otros otras ambos ambas todos todas ningún ninguna cada ese esa esos esas estos estas aquel aquella mi mis nuestro nuestra nuestros nuestras'),
  pluralLookalikes: words('además después antes entonces mientras apenas pues quizás jamás detrás atrás menos más tras cuales tales ellas ellos nosotros vosotros ustedes'),
  // ("e" and "u" are "y" and "o" before i- and o-words: "… contra la prensa e indicó que": the
  // verb after them is coordinated, its subject the clause's. "Segundos después dijo": a time
  // adverb is no subject.)
  stops: words(`a al en de del con contra desde hacia hasta sin por para sobre ante tras durante y e o u pero que quien
    ayer hoy después antes luego entonces tarde adelante atrás arriba abajo lunes martes miércoles jueves viernes sábado domingo este esta`),
  nounLinks: words('de del en'),
  pronouns: words('él ella ellos ellas yo nosotros'),
  pronounGenders: { 'él': 'm', ella: 'f' },
  otherSenses: { cues: words('indica indicó señala señaló apunta apuntó'), possessives: words('su sus') },
  sourceBefore: words('según'),
  sourcePhrases: ['de acuerdo con'],
  definiteArticles: { el: 'm', la: 'f' },
  dropsSubjects: true,
  speechDashes: true,
  backReferences: ['así lo'],
  objectPrepositions: words('a al con para ante'),
  frontedPrepositions: words('en con ante tras durante según desde sobre'),
  sourceAfter: words(''),
  reflexives: words('se'),
  clitics: words('le les me te nos os'),
  vagueSources: words('informaciones datos estimaciones cálculos'),
  replies: words('respondió responde contestó contesta replicó replica respondieron contestaron replicaron'),
  complementizers: words("que"),
  relatives: words("quien quienes que cual"),
  reportedMood: words(''),
  // Forms of address, then core's Spanish offices and roles.
  roles: new Set([...words('sr. sra. señor señora don doña dr. dra.'), ...SPANISH_ROLES]),
  stopwords,
};
