import { GERMAN_ROLES } from '@newsparse/core';
import { words, type Locale } from '../locale.js';
import { stopwords } from './stopwords.js';

// General knowledge of German news style: „…“ (closed with " where typed on a keyboard) and »…« quotes, "sagte X", "X sagte:",
// "laut X", "X zufolge". Verb forms are listed as written, present and past, with the
// participles that follow "hat".
export const de: Locale = {
  code: 'de',
  marks: { '\u201e': '\u201c\u201d"', '\u00bb': '\u00ab', '\u00ab': '\u00bb', '\u201a': '\u2018\u2019', '\u203a': '\u2039', '\u201c': '\u201d"', '"': '"\u201d' },
  cues: words(`sagt sagte sagten gesagt sagen erklärt erklärte erklärten betont betonte betonten meint meinte
    meinten fügte fügt hinzu ergänzt ergänzte ergänzten schreibt schrieb geschrieben berichtet berichtete
    warnt warnte warnten fordert forderte forderten kritisiert kritisierte erzählt erzählte sagen so
    antwortet antwortete räumt räumte versichert versicherte bekräftigt bekräftigte teilt teilte mit
    behauptet behauptete unterstreicht unterstrich hieß heißt verkündet verkündete twitterte kommentierte
    erläutert erläuterte schildert schilderte
    resümiert resümierte bilanziert bilanzierte
    mitteilt mitteilte mitteilten bekanntgab bekanntgaben
    entgegnet entgegnete bestätigt bestätigte bestreitet bestritt mahnt mahnte beklagt beklagte
    erinnert erinnerte glaubt glaubte hofft hoffte vermutet vermutete`),
  auxiliaries: words('hat haben hatte hatten'),
  capitalisedNouns: true,
  // "sagte die Gewerkschafterin der Deutschen Presse-Agentur", "sagte er dem Sender".
  recipients: {
    // ("den" is never a subject: "sagte den Reportern der Agentur" names whom she told.)
    articles: words('dem den'),
    beforeMedium: words('der'),
    mediaEndings: ['zeitung', 'agentur', 'sender', 'magazin', 'rundfunk', 'fernsehen', 'radio', 'portal', 'blatt', 'nachrichten'],
    // ("ihr" is also "her", "their" and plural "you": left out.)
    pronouns: words('mir dir ihm uns euch ihnen'),
  },
  // (With the sentence adverbs that open a clause before its verb: "Gleichzeitig bestätigte die Bahn, dass".)
  fillers: words(`auch noch dann zudem weiter außerdem dazu dabei später jedoch aber nun gestern heute
    gleichzeitig vielmehr darin damit darauf daraufhin hierzu hierbei hieran deshalb daher deswegen trotzdem
    dennoch allerdings inzwischen mittlerweile bereits zuvor zuletzt anschließend danach ebenso ebenfalls
    schließlich zunächst erneut ferner weiterhin bislang bisher stattdessen hingegen dagegen immer oft stets
    nur einst damals jetzt daran darüber davon`),
  // (With the demonstratives: "Dies, so der Sprecher, …" opens with no name, whatever given-name lists hold.)
  determiners: words('der die das den dem des ein eine einer einem einen eines sein seine seinen seinem seiner ihr ihre ihren ihrem ihrer unser unsere dies diese dieser diesem diesen dieses jene jener jenem jenen jenes'),
  // "Seinen Angaben zufolge", "Ihren Worten zufolge": the possessive names a person as a pronoun does.
  possessiveGenders: { sein: 'm', seine: 'm', seinen: 'm', seinem: 'm', seiner: 'm', ihr: 'f', ihre: 'f', ihren: 'f', ihrem: 'f', ihrer: 'f' },
  stops: words(`am im in an auf bei vor nach mit von vom zum zur für gegenüber über unter und oder aber
    dass weil wenn als am gestern heute morgen am montag dienstag mittwoch donnerstag freitag samstag sonntag
    wörtlich abschließend`),
  nounLinks: words('in aus von vom bei für'),
  // ("es" is the subject of "es sei …", "es gebe …" far more often than a speaker.)
  pronouns: words('er sie wir ich man'),
  pronounGenders: { er: 'm', sie: 'f' },
  sourceBefore: words('laut'),
  sourcePhrases: ['nach angaben von', 'nach angaben', 'nach auskunft von', 'nach auskunft', 'nach informationen von', 'nach informationen'],
  definiteArticles: { der: 'm', die: 'f' },
  objectPrepositions: words('mit gegenüber'),
  sourceAfter: words('zufolge'),
  vagueSources: words('angaben erkenntnissen erkenntnisse informationen schätzungen berechnungen'),
  datives: words('dem der den einem einer meinem meiner meinen deinem deiner deinen seinem seiner seinen ihrem ihrer ihren unserem unserer unseren euerem euerer eueren'),
  // "Dabei ging es laut Staatsanwaltschaft um …"; "sehr laut" is loud.
  sourceInClause: {
    degreeAdverbs: words('sehr zu so ziemlich besonders extrem recht ganz richtig nicht wie'),
    informingNouns: ['polizei', 'partei', 'schaft', 'amt', 'ministerium', 'behörde', 'bericht', 'berichten', 'angaben',
      'sprecher', 'sprecherin', 'regierung', 'verwaltung', 'gericht', 'agentur', 'institut', 'verband', 'medien', 'zeitung', 'umfrage',
      'studie', 'statistik', 'feuerwehr', 'zeugen', 'experten', 'unternehmen', 'konzern', 'veranstalter', 'informationen', 'aussage',
      'aussagen', 'schätzung', 'schätzungen', 'zahlen', 'analyse', 'prognose', 'rathaus', 'ministerin', 'minister'],
    genitiveArticles: words('der des eines einer'),
  },
  asOpeners: words('wie'),
  backReferences: ['das', 'dies'],
  trailingTimes: words('am gestern heute zuletzt abend morgen mittag nachmittag vormittag wochenende montag dienstag mittwoch donnerstag freitag samstag sonntag'),
  // "hieß es", "Es heißt, …"; "Das heißt, …" is "that is".
  // ("Aus dem Ministerium hieß es, …": the phrase after "aus" is where the words came from.)
  impersonalCues: { cues: words('heißt hieß'), pronoun: 'es', from: words('aus') },
  impersonal: words('man'),
  complementizers: words("dass"),
  relatives: words("der die das dem den denen welcher welche welches"),
  finiteVerbs: {
    verbs: words(`hat haben hatte hatten habe hätte hätten ist sind war waren sei seien wäre wären
      wird werden wurde wurden werde würde würden kann können konnte konnten könne könnte könnten
      will wollen wollte wollten wolle soll sollen sollte sollten solle muss müssen musste mussten müsse
      müsste darf dürfen durfte dürfe dürfte möchte möchten`),
    passive: words('wird werden wurde wurden werde'),
  },
  negations: words('nicht nichts nie niemals'),
  modals: words(`kann können konnte konnten könne könnte könnten will wollen wollte wollten wolle soll sollen sollte sollten solle
    muss müssen musste mussten müsse müsste müssten darf dürfen durfte durften dürfe dürfte dürften möchte möchten mag mögen`),
  cuesBeforeSpeaker: words('so'),
  // Konjunktiv I of the common verbs (third person, where it differs from the indicative) and
  // the Konjunktiv II forms used in its place.
  reportedMood: words(`sei seien habe werde könne müsse dürfe solle wolle möge wisse gebe gehe komme stehe liege
    bleibe brauche gelte fehle lasse halte sehe trage nehme
    wäre wären hätte hätten würde würden könnte könnten müsste müssten dürfte dürften`),
  reportedEnding: { pronouns: words('er sie es man'), ending: 'e', except: words('eine keine seine ihre diese jene jede alle viele einige beide ohne gerne gerade heute lange alleine bitte wie nie sie die hierzulande ebenso ganze') },
  // Forms of address, then core's German offices and roles.
  roles: new Set([...words('herr frau dr. prof.'), ...GERMAN_ROLES]),
  stopwords,
};
