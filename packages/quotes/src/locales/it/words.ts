import { ITALIAN_ROLES } from '@newsparse/core';
import { STOPWORDS } from '../index.js';
import { words, type Locale } from '../locale.js';

// General knowledge of Italian news style: «…» and “…” quotes, "ha detto X", "X ha spiegato:",
// "secondo X", "stando a X". Subjects are often dropped ("«…», ha detto."), as in Spanish: the
// speaker then stays open.
export const it: Locale = {
  code: 'it',
  marks: { '\u00ab': '\u00bb', '\u201c': '\u201d"', '\u2018': '\u2019', '"': '"\u201d' },
  // The participles after "ha"/"hanno", the present, the past historic and the imperfect.
  cues: words(`detto dichiarato spiegato affermato aggiunto sottolineato precisato ricordato commentato
    annunciato ammesso osservato scritto risposto replicato avvertito concluso confermato assicurato
    raccontato ribadito evidenziato chiarito riferito rilevato insistito
    dice dichiara spiega afferma aggiunge sottolinea ricorda commenta annuncia ammette osserva
    conclude avverte replica risponde scrive assicura racconta ribadisce evidenzia chiarisce riferisce
    dicono dichiarano spiegano affermano aggiungono sottolineano
    disse dichiarò spiegò affermò aggiunse sottolineò precisò ricordò commentò annunciò ammise
    osservò concluse avvertì replicò rispose scrisse confermò assicurò raccontò ribadì diceva spiegava`),
  auxiliaries: words('ha hanno ho abbiamo aveva avevano'),
  // "«…», ha replicato Rossi", "ha ironizzato", "ha tagliato corto": the regular participles.
  participleEndings: ['ato', 'uto', 'ito'],
  negations: words('non mai'),
  fillers: words('anche poi inoltre ancora già ieri oggi'),
  determiners: words("il lo la l' i gli le un uno una un' suo sua suoi sue questo questa"),
  phraseOpeners: words('due tre quattro cinque sette otto nove dieci alcuni alcune molti molte diversi diverse vari varie tutti tutte ogni nessun nessuno ciascun quei quegli quelle questi queste quel quello quella mio mia nostro nostra nostri nostre'),
  // ("e" and "ed" join a verb coordinated with the clause's: its subject is the clause's. A gerund
  // after the speaker opens what the speaker did meanwhile: "ha detto il sindaco parlando ai cronisti".)
  stops: words(`a ad al allo alla ai agli alle in nel nello nella nei negli nelle di del dello della dei degli delle
    da dal dallo dalla dai dagli dalle con su sul sulla sui per tra fra senza verso contro durante dopo prima
    secondo stando e ed o ma che chi ieri oggi poi lunedì martedì mercoledì giovedì venerdì sabato domenica
    parlando dicendo annunciando aggiungendo sottolineando spiegando commentando ricordando riportando rispondendo
    replicando citando intervenendo riferendosi rivolgendosi precisando affermando dichiarando chiedendo confermando
    ribadendo evidenziando concludendo facendo`),
  nounLinks: words('di del dello della dei degli delle in'),
  // ("Secondo lui, …", "Secondo loro, …": the stressed forms after a preposition too.)
  pronouns: words('lui lei loro io noi egli ella'),
  pronounGenders: { lui: 'm', lei: 'f', egli: 'm', ella: 'f' },
  otherSenses: { cues: words('ricorda ricordò'), possessives: words('suo sua suoi sue') },
  // ("secondo" is a phrase of one word, so that the longer "secondo quanto riferito" may win.)
  sourceBefore: words(''),
  // ("Secondo quanto riferito dal ministero, …": the participle after "quanto" is the cue, the source after it.)
  sourcePhrases: ['secondo', 'secondo quanto', 'secondo quanto riferito', 'secondo quanto riportato', 'secondo quanto emerso', 'secondo quanto appreso', 'stando a quanto', 'stando a quanto riferito', 'stando a quanto riportato', 'stando a', 'stando al', 'stando alla', 'stando ai', 'stando alle', 'stando agli'],
  definiteArticles: { il: 'm', lo: 'm', la: 'f' },
  dropsSubjects: true,
  // ("«…». Lo ha detto il sindaco …": "lo" is the quote, before the auxiliary or the verb.)
  backReferences: ['lo ha', 'lo hanno', 'lo'],
  objectPrepositions: words('a ad al alla ai agli alle con per'),
  frontedPrepositions: words('in con durante secondo da dopo su tra fra'),
  sourceAfter: words(''),
  // ("si dice che …": it is said, no one's report.)
  reflexives: words('si'),
  clitics: words('gli le mi ci vi ti'),
  impersonal: words('si'),
  vagueSources: words('dati stime informazioni indiscrezioni previsioni'),
  replies: words('risponde risposto rispose replica replicato replicò ribatte ribattuto'),
  complementizers: words('che'),
  relatives: words('che quale quali cui'),
  reportedMood: words(''),
  // Forms of address, common offices, then core's Italian roles.
  roles: new Set([...words('sig. signor signora dott. dottor dottoressa prof. avv. ministro ministra presidente premier governatore procuratore'), ...ITALIAN_ROLES]),
  // (The detector's Italian words, which live with the others in the main entry.)
  stopwords: STOPWORDS.it!,
};
