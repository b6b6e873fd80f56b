import { assertText, NewsparseError, properCaseName } from '@newsparse/core';
import { checkOptionsObject } from './options.js';
import { isWhiteSpaceCode, trimEndChars, trimStartChars } from './text.js';
import { monthNumber } from './dates.js';
import { DEGREE, isChrome, isCity, isCollective, isDeskCredit, isKnownAgency, isOrganizationName, isRole, looksLikePerson, PARTICLES, scriptBylineCue } from './names.js';
import { dropSectionLabel, isOutletHead, opensWithSection, splitDescriptor, type DescribedName } from './byline-descriptors.js';
import type { Author, Byline } from './types.js';

/** Options for {@link parseByline}. */
export interface ParseBylineOptions {
  /**
   * Accept any credit that is not an organisation, a handle or page chrome as a person
   * (for values a page declares as its author, such as `<meta name="author">`). By default a
   * credit must read as a person's name (capitalised words, 2–6 of them, or a CJK name).
   */
  loose?: boolean;
}

/** Clause cues that name a contributor who is not an author. */
const CONTRIBUTOR_CUE =
  /^(?:(edit(?:ed|ing)|photos?|photograph(?:s|y)|pictures?|illustrations?|illustrated|graphics?|video|design(?:ed)?|produced|production|translat(?:ed|ion)|fact[- ]check(?:ed|ing)|additional\s+reporting|additional\s+writing|research(?:ed)?|compiled|contributions?|updated|(?:medically\s+|legally\s+|clinically\s+|expert\s+)?reviewed)\s+(?:and\s+\w+\s+)?by|(edit(?:or|ing)|photos?|fotos?|bild|illustration|graphics?|translation|traduction|traducción|(?:photo|foto)\s?credits?|bildnachweis|bildquellen?|crédits?\s+photos?|créditos?\s+(?:de\s+)?fotos?|crediti\s+fotografici)\s*:|(图|圖|摄影|攝影|责任编辑|責任編輯|编辑|編輯|责编|責編)\s*[:：/／]|((?:zuletzt\s+)?(?:aktualisiert|bearbeitet|überarbeitet)\s+von|mis\s+à\s+jour\s+par|modifié\s+par|actualizado\s+por|atualizado\s+por|aggiornato\s+da|bijgewerkt\s+door))\s*/i;
/** Cues that open an author credit. */
const AUTHOR_CUE =
  /^(?:(?:texto|texte|testo|tekst)\s+(?:de|di|von|van|by|por|par)|text\s+(?:de|di|von|van|por|par)|(?:written|posted|reported|reporting|words|story|text|published|compiled|filed|analysis|commentary|report)\s+by|(?:text|texte|texto|testo|tekst|words)\s*(?:[&+ey]|and|und|et|en|og|och)\s*(?:fotos?|photos?|bilder?|pictures?|fotografías?|fotografie|fotografia)\s*:|(?:redacción|redação|redazione|redakce|redakcia|szerző|szöveg|avtor|piše|forfatter|författare|kirjoittaja|συντάκτης|συντάκτρια|κείμενο|mwandishi|haber|pewarta|reportagem|tác\s+giả|autors|autorius)\s*[:：]|imeandikwa\s+na|isinulat\s+ni|écrit\s+par|propos\s+recueillis\s+par|publié\s+par|escrito\s+por|publicado\s+por|scritto\s+da|pubblicato\s+da|a\s+cura\s+di|skrevet\s+a[fv]|skriven\s+av|geschreven\s+door|kirjoittanut|geschrieben\s+von|erstellt\s+von|eingestellt\s+von|veröffentlicht\s+von|verfasst\s+von|geplaatst\s+door|byline(?=\s*[:\-–—：])|reporter(?=\s*[:：])|by|par|von|vom|por|door|deur|di|av|af|oleh|na|ni|от|автор|аутор|autor(?:a|es|in|ka)?|autore|auteur(?:e|s)?|authors?|texto|texte|testo|text|tekst|teksti|текст|penulis|wartawan|yazar|yazan|muhabir|written|story|reporting|words|írta|napisał|napisała|napisali|napisao|napisala|napsal|napsala|napísal|napísala|作者|著者|筆者|记者|記者|文|撰文|기자)(?:\s*:(?=[^\s\u3001-\u9fff\uac00-\ud7af])|\s*[:\-–—：]?\s+)/i;
/**
 * Cues that are names too ("Oleh Petrenko", "Di Stefano", "Yazan Haddad", Swahili "Na" and
 * Tagalog "Ni" beside the surnames Na and Ni): dropped only when a whole name is left.
 */
const NAME_LIKE_CUE = /^(?:oleh|di|yazan|na|ni)\s/i;
/**
 * The Romance "de" ("by") in lower case opening a credit ("de Ion Popescu", Romanian, Catalan):
 * dropped only when a whole name is left, so a name's particle stays ("de Vries", "de la Cruz").
 */
const LOWER_DE_CUE = /^de\s+(?=\p{Lu})/u;

/**
 * The label an author box sets over the writer's name ("About Jane Doe", "Über Jane Doe", "À
 * propos de Jane Doe", "Sobre Jane Doe"): dropped only when a whole name is left.
 */
const ABOUT_LABEL = /^(?:about|über|à propos de|sobre|acerca de|informazioni su)\s+(?=\p{Lu})/iu;

/** Whether what follows an opening cue, up to the first list separator, reads as a person's name. */
const personFollows = (text: string, cue: RegExpExecArray | null): boolean =>
  cue !== null && looksLikePerson(withoutFiledPlace(cutDate(text.slice(cue[0].length).split(/[,;|/&]/)[0] ?? '')));

/**
 * A cue, then the newsroom's own post before the name: "Von unserem Korrespondenten Tom Lee",
 * "Von unserer Redakteurin …", "By our correspondent …", "De notre envoyée spéciale à Kiev, …",
 * "De nuestro corresponsal en París …", "Dal nostro inviato …", "Do nosso correspondente …".
 */
const OUR_STAFF = /^(?:von|by|from|de|del|dal|dalla|do|da)\s+(?:unserem|unserer|freiem|freier|our|notre|nuestro|nuestra|nostro|nostra|nosso|nossa)\s+/i;
/** The post's words, by their stem: German declines them ("Korrespondenten", "Redakteurin"), Romance languages inflect them. */
const STAFF_WORD =
  /^(?:korrespondent|redakteur|reporter|mitarbeiter|berichterstatter|kollegin|kollege|autor|correspondent|writer|staff|envoy|spécial|special|especial|correspondant|corresponsal|enviad[oa]|inviat[oa]|corrispondente|redattor|redattric|rédact|journalist|periodista|giornalista|jornalista)/i;
/** A preposition before the place the post is in ("in Berlin", "à Kiev", "en París", "a Roma"). */
const PLACE_PREPOSITION = /^(?:in|im|aus|at|à|a|en|em|au|aux|no|na|nel|nella)$/i;

/** Drops "Von unserem Korrespondenten (in Berlin)" before a name; the text unchanged when no name follows the post. */
function dropStaffCue(clause: string): string {
  const cue = OUR_STAFF.exec(clause);
  if (cue === null) return clause;
  const words = clause.slice(cue[0].length).split(' ');
  // The post: up to four words, through its last staff word ("Berliner Korrespondenten", "envoyée spéciale").
  let last = -1;
  for (let index = 0; index < Math.min(words.length, 4); index++) if (STAFF_WORD.test(words[index]!)) last = index;
  if (last < 0) return clause;
  let rest = words.slice(last + 1).join(' ');
  const place = rest.split(' ', 1)[0] ?? '';
  if (PLACE_PREPOSITION.test(place)) {
    // The place runs to a comma ("à Kiev, Anne Dubois"), else it is one word ("in Berlin Tom Lee").
    const comma = rest.indexOf(',');
    rest = comma >= 0 && comma < 40 ? rest.slice(comma + 1) : rest.split(' ').slice(2).join(' ');
  }
  rest = rest.replace(/^[\s,:]+/, '');
  return looksLikePerson(rest.split(/[,;|/&]/)[0]!.trim()) ? rest : clause;
}

/** Drops up to two opening cues ("Written by", "Texto: Por"), but not a given name that spells one. */
function dropCues(text: string): string {
  let value = text;
  const about = ABOUT_LABEL.exec(value);
  if (personFollows(value, about)) value = value.slice(about![0].length);
  const de = LOWER_DE_CUE.exec(value);
  if (personFollows(value, de)) value = value.slice(de![0].length);
  // "Του Γιάννη Παπαδόπουλου", "بقلم: محمد علي": Greek and Arabic cues, dropped when a name follows.
  const script = scriptBylineCue(value);
  if (script !== null && looksLikePerson(withoutFiledPlace(cutDate(value.slice(script.length).split(/[,;|/&]/)[0] ?? '')))) value = value.slice(script.length);
  for (let index = 0; index < 2; index++) {
    const next = value.replace(AUTHOR_CUE, '');
    if (next === value) break;
    // "di Redazione", "oleh Redaksi": a desk after the cue is the credit too.
    if (NAME_LIKE_CUE.test(value) && !looksLikePerson(withoutFiledPlace(cutDate(next.split(/[,;|/&]/)[0] ?? ''))) && !isDeskCredit(next)) break;
    value = next;
  }
  return value;
}

/**
 * The AP Stylebook's abbreviations of US states, and the eight states it spells out, which
 * follow a town's name in a dateline or a byline ("Green Bay, Wis.", "Cedar Falls, Iowa").
 */
const US_STATE_ABBREVIATION = /^(?:Alaska|Hawaii|Idaho|Iowa|Maine|Ohio|Texas|Utah)$|^(?:Ala|Ariz|Ark|Calif|Colo|Conn|Del|Fla|Ga|Ill|Ind|Kan|Ky|La|Md|Mass|Mich|Minn|Miss|Mo|Mont|Neb|Nev|N\.H|N\.J|N\.M|N\.Y|N\.C|N\.D|Okla|Ore|Pa|R\.I|S\.C|S\.D|Tenn|Vt|Va|Wash|W\.Va|Wis|Wyo)\.$/;

/** A credit label inside a byline line ("Photo: X", "Source: Reuters"). */
const CREDIT_LABEL = /^(photos?|fotos?|bild|pictures?|graphics?|grafik|illustrations?|video|sources?|quelle|fuentes?|fontes?|via|translation|traduction|traducción|editing|editor)\s?:\s*/i;

/** The last word of a unit's name ("… Browsing team", "… Data desk"). */
const UNIT_TAIL = /\s(?:team|desk|staff|unit|crew|redaktion|ressort)$/i;

/**
 * A job title written before the name as one word, often a compound with the outlet's name
 * ("Example-Online-Experte Jan Berg", "Korrespondentin Eva Roth", "Columnist Jane Doe").
 */
const LEADING_ROLE = /(?:^|-)(?:experte|expertin|korrespondent|korrespondentin|redakteur|redakteurin|reporter|reporterin|kolumnist|kolumnistin|gastautor|gastautorin|chefredakteur|chefredakteurin|correspondent|columnist|editor|correspondant|correspondante|chroniqueur|chroniqueuse|corresponsal|columnista|corrispondente|editorialista|correspondente|colunista|verslaggever)$/i;

/**
 * The masthead in a job title read as a name and its role ("Los Angeles" + "Times Staff
 * Writer"): the role opens with an outlet's word ("Times", "Journal", "Press"), so the name's
 * words run on into the outlet's name ("Los Angeles Times"). Null when the role opens with a
 * job title ("John Roe" + "Staff Writer", "Political Editor") or no role was read.
 */
function mastheadOf(segment: string, found: DescribedName): string | null {
  if (found.role === undefined || !segment.startsWith(found.name)) return null;
  const words = segment.slice(found.name.length).trim().split(' ');
  if (!isOutletHead(words[0]!)) return null;
  let end = 0;
  while (end < words.length && /^\p{Lu}/u.test(words[end]!) && !isRole(words[end]!)) end++;
  if (end === 0 || end === words.length) return null;
  return [found.name, ...words.slice(0, end)].join(' ');
}

function leadingRole(segment: string): DescribedName | null {
  const space = segment.indexOf(' ');
  if (space <= 0) return null;
  const role = segment.slice(0, space);
  const name = segment.slice(space + 1);
  return LEADING_ROLE.test(role) && looksLikePerson(name) ? { name, role } : null;
}

/** Words a name never holds but prose does: three lower-case words that are no particles. */
function isProse(segment: string): boolean {
  let lower = 0;
  for (const word of segment.split(' ')) {
    if (word.length >= 2 && /^\p{Ll}/u.test(word) && !PARTICLES.has(word)) lower++;
    if (lower >= 3) return true;
  }
  return false;
}

/**
 * A sentence ending inside the segment ("Neues Lernen. Schwerpunkte: …"): a word of five or
 * more letters, a full stop and another word. A name's full stops follow initials and short
 * titles ("Markus M. Haefliger", "Dr. Eva Roth"), so this is a bio or a tagline.
 */
const SENTENCE_END = /\p{L}{5}\.\s\p{L}/u;

/**
 * What a person did, noted in parentheses after the name ("Jane Doe (reporting)", "John Roe
 * (photography)"): lower-case words, read between the last "(" and a closing ")" ({@link splitRoleNote}).
 */
const ROLE_NOTE = /^\p{Ll}[\p{Ll} ]{2,30}$/u;
/** A line break, which the name before a note may not hold. */
const LINE_TERMINATOR = /[\n\r\u2028\u2029]/;

/**
 * The name and the note of "Name (note)", as `^(.+?)\s\((note)\)$` reads them: the note holds
 * no "(", so its "(" is the last one; one white space before it and a name of one line.
 */
function splitRoleNote(segment: string): [name: string, note: string] | null {
  if (!segment.endsWith(')')) return null;
  const open = segment.lastIndexOf('(');
  if (open < 2 || !isWhiteSpaceCode(segment.charCodeAt(open - 1))) return null;
  const name = segment.slice(0, open - 1);
  const note = segment.slice(open + 1, -1);
  return (ROLE_NOTE.test(note) || GUEST_NOTE.test(note)) && !LINE_TERMINATOR.test(name) ? [name, note] : null;
}
/**
 * Notes that a piece is a guest's or paid for, in brackets after the writer's name ("Jane Doe
 * (Gastautorin)", "(guest post)", "(Sponsored Post)", "(Anzeige)"): the writer's status, not
 * part of the name.
 */
const GUEST_NOTE = /^(?:guest(?: post| author| writer| contributor| column)?|gastautor(?:in)?|gastbeitrag|gastkommentar|sponsored(?: post| content)?|anzeige|werbung|advertorial|invit[ée]e?|invitad[oa]|ospite|gastauteur)$/i;
/** Notes that make the person a contributor, not an author. */
const CONTRIBUTION_NOTE = /^(?:photo|photos|photography|photographs|pictures|fotos?|fotografie|images?|video|videos|graphics|grafik|illustrations?|design|translation|übersetzung|traduction|traducción)$/;

/** The name and the role a parenthesised note gives it, when the rest reads as a person's name. */
function roleNote(segment: string): { name: string; role: string; contributor: boolean } | null {
  const match = splitRoleNote(segment);
  if (match === null || !looksLikePerson(match[0])) return null;
  const role = match[1].trim();
  const contributor = CONTRIBUTION_NOTE.test(role);
  if (!contributor && !isRole(role) && !GUEST_NOTE.test(role) && !/^(?:reporting|writing|text|words|interview|research|editing)$/.test(role)) return null;
  return { name: match[0], role, contributor };
}

/** Labels before a colon that are chrome, not a job title ("Updated: ...", "Follow: ..."). */
const CHROME_LABEL = /^(?:updated|published|posted|contact|email|e-mail|twitter|follow|profile|posts|articles|stories)$/i;

/**
 * Drops a section or kicker printed before the cue ("Tech Industry by Sam Vale", "Ein
 * Kommentar von Hans Müller"). A lower-case "von" or "door" inside a name ("Anna von
 * Bülow") is a particle, not a cue: the cue must be followed by a whole name.
 */
function dropKicker(clause: string): string {
  const cue = /\s(?:by|By|BY|par|Par|von|Von|por|Por|door|Door)\s+(?=\p{Lu})/u.exec(clause);
  if (!cue) return clause;
  const rest = clause.slice(cue.index + cue[0].length);
  const firstName = cutDate(rest.split(/[,;|/&]| and | und | et | y /)[0] ?? '');
  return looksLikePerson(firstName) || splitDescriptor(firstName) ? clause.slice(cue.index + 1) : clause;
}

function isDateLike(text: string): boolean {
  const value = text.trim();
  if (/\d/.test(value)) return true;
  if (/\b(?:ago|yesterday|today|hours?|minutes?|mins?|hrs?|days?|weeks?|updated|published|posted|modified|min read|gestern|heute|hier|aujourd'hui|ayer|hoy|il y a|vor)\b/i.test(value)) return true;
  return /^(?:mon|tue|wed|thu|fri|sat|sun)[a-z]*\.?$/i.test(value);
}

/** A capitalised word right after a small letter, then a day: a month glued to a name ("DoeMarch 5"). */
const GLUED_MONTH = /(?<=\p{Ll})(\p{Lu}\p{Ll}{2,9})\.?\s+\d{1,2}\b/u;

/** Cuts a trailing date, time or counter glued to a credit ("Lucas Nolan22 Dec 2016"). */
function cutDate(text: string): string {
  let value = text;
  // "... on Mar 27", "... March 25, 2015", "... 1 mars 2019 à 15:20".
  const month = /\s(?:on\s+)?(?:(?:mon|tue|wed|thu|fri|sat|sun)\w*\.?,?\s+)?(\p{L}{3,10})\.?\s+\d{1,2}\b/iu;
  const match = month.exec(value);
  if (match && monthNumber(match[1]!) > 0) value = value.slice(0, match.index);
  // "Jane DoeMarch 5, 2024": a month glued to the name's last small letter (two elements' texts run together).
  const glued = GLUED_MONTH.exec(value);
  if (glued && monthNumber(glued[1]!) > 0) value = value.slice(0, glued.index);
  // "Joe Wee Monday, February 29": a weekday opens the date.
  const weekday = /\b(?:monday|tuesday|wednesday|thursday|friday|saturday|sunday|lundi|mardi|mercredi|jeudi|vendredi|samedi|dimanche|montag|dienstag|mittwoch|donnerstag|freitag|samstag|sonntag|lunes|martes|miércoles|jueves|viernes|sábado|domingo)\b/i.exec(value);
  if (weekday) value = value.slice(0, weekday.index);
  // Arabic-Indic and Persian digits open a date too ("كتب أحمد سالم - ١٠ أكتوبر ٢٠١٧").
  const digit = /[\d\u0660-\u0669\u06f0-\u06f9]/.exec(value);
  if (digit) value = value.slice(0, digit.index);
  // "… on", "… Updated", Indonesian "… diperbarui" left before a cut date.
  const words = value.trim().split(' ');
  while (words.length > 0 && /^(?:on|at|le|am|el|il|em|op|om|den|last|updated|published|posted|modified|publié|publicado|actualizado|atualizado|aktualisiert|veröffentlicht|aggiornato|pubblicato|vor|hace|há|depuis|seit|desde|geleden|sedan|stand|as of|datum|date|fecha|data|pada|diperbarui|diterbitkan|dipublikasikan|diposting):?$/i.test(words[words.length - 1]!)) words.pop();
  return words.join(' ');
}

const PARENTHESIZED_LINK = /\((?:https?:\/\/|www\.)/iy;

/**
 * Replaces each parenthesised link ("(https://…)", "(www.…)") with a space. Each "(" is
 * tested where it stands and its ")" found with indexOf: `\(…[^)]*\)` as one pattern
 * rescanned the rest of the text from every "(www." when no ")" follows.
 */
function dropParenthesizedLinks(text: string): string {
  let out = '';
  let position = 0;
  for (let open = text.indexOf('('); open !== -1; open = text.indexOf('(', open + 1)) {
    PARENTHESIZED_LINK.lastIndex = open;
    if (!PARENTHESIZED_LINK.test(text)) continue;
    const close = text.indexOf(')', PARENTHESIZED_LINK.lastIndex);
    if (close === -1) break;
    out += `${text.slice(position, open)} `;
    position = close + 1;
    open = close;
  }
  return out + text.slice(position);
}

const WITH_CUE = /\(\s*(?:avec|with|mit|con|com)\s+(?=[^)\s])/iy;

/** "(with Jane Doe)" → ", Jane Doe": a co-author in parentheses (found as {@link dropParenthesizedLinks} finds links). */
function unwrapWithCredits(text: string): string {
  let out = '';
  let position = 0;
  for (let open = text.indexOf('('); open !== -1; open = text.indexOf('(', open + 1)) {
    WITH_CUE.lastIndex = open;
    if (!WITH_CUE.test(text)) continue;
    const nameStart = WITH_CUE.lastIndex;
    const close = text.indexOf(')', nameStart);
    if (close === -1) break;
    out += `${text.slice(position, open)}, ${text.slice(nameStart, close)}`;
    position = close + 1;
    open = close;
  }
  return out + text.slice(position);
}

/**
 * Cuts a German credit at "mit" ("von Jane Doe mit John Roe"): co-authors are joined by
 * "und" or commas; whom "mit" brings in is the interviewee ("Ein Interview von … mit …") or
 * a source ("mit Material von dpa"). A parenthesised "(mit …)" is a co-author and was
 * unwrapped before.
 */
function cutGermanWith(clause: string): string {
  const at = clause.indexOf(' mit ');
  return at > 0 ? clause.slice(0, at) : clause;
}

/** Soft hyphens, zero-width spaces and joiners, the word joiner and the byte-order mark. */
const INVISIBLE = /[\u00AD\u200B-\u200D\u2060\uFEFF]/g;

/** Longer than any credit: text past it is not read (and cannot slow the clean-up). */
const MAX_CREDIT = 2000;

/** A chrome word glued to the end of a name ("Jane DoeProfile", "Jane DoeFollow"). */
const GLUED_CHROME = /\p{Ll}(?:Profile|Follow|Unfollow|Email|Twitter|More|Contact|Bio|Author|Posts|View|Staff|Senior|Contributing)\b/u;

/**
 * Cuts the text after a lower-case letter that has a chrome word glued to it, on the last
 * line only (as `…\b.*$` would, without retrying `.*` to the end from every candidate).
 */
function cutGluedChrome(text: string): string {
  let tailStart = 0;
  for (let index = text.length - 1; index >= 0; index--) {
    const code = text.charCodeAt(index);
    if (code === 10 || code === 13 || code === 0x2028 || code === 0x2029) {
      tailStart = index + 1;
      break;
    }
  }
  const match = GLUED_CHROME.exec(text.slice(tailStart));
  return match ? text.slice(0, tailStart + match.index + 1) : text;
}

/** Removes emails, URLs, handles, and the chrome words glued to names. */
function scrub(text: string): string {
  const cleaned = dropParenthesizedLinks(text)
    .replace(/https?:\/\/\S+|www\.\S+/gi, ' ')
    .replace(/(?<![\w.+-])[\w.+-]+@[\w-]+\.[\w.-]+/g, ' ')
    .replace(/(?:\b(?:follow|on twitter|twitter)\s*(?::\s*)?)?@\w+/gi, ' ')
    .replace(/\(\s*\)/g, ' ');
  return cutGluedChrome(cleaned).replace(/\s+/g, ' ').trim();
}

/**
 * One copy of a name an author link prints twice ("Jane Doe Jane Doe": a portrait's alt text
 * or its "© Jane Doe" credit, then the name).
 */
function undouble(text: string): string {
  const words = text.replace(/^(?:©|\(c\))\s*/i, '').split(' ');
  if (words.length < 4 || words.length > 12 || words.length % 2 === 1) return text;
  const half = words.length / 2;
  for (let index = 0; index < half; index++) if (words[index] !== words[index + half]) return text;
  return words.slice(0, half).join(' ');
}

/** A preposition of place between a reporter's name and where they file from ("… in London", "… à Paris", "… aus Wien"). */
const FILED_FROM = / (?:in|at|from|aus|en|em|[aàw]) (?=\p{Lu})/u;
/** A place's name: one to three capitalised words, a particle between them ("Rio de Janeiro", "Frankfurt am Main"). */
const PLACE_NAME = /^\p{Lu}[\p{L}'’.-]*(?: (?:\p{Lu}[\p{L}'’.-]*|de|do|da|del|am|an|upon|on|sur|la|le))?(?: \p{Lu}[\p{L}'’.-]*)?$/u;

/**
 * "Jane Doe in London", "Jean Dupont à Paris", "Anna Schmidt aus Wien": the reporter without
 * the place they file from, when what stands before the preposition reads as a person and what
 * follows as a place's name; any other part as it is.
 */
function withoutFiledPlace(segment: string): string {
  const match = FILED_FROM.exec(segment);
  if (match === null) return segment;
  const name = segment.slice(0, match.index);
  const place = segment.slice(match.index + match[0].length);
  return PLACE_NAME.test(place) && looksLikePerson(name) ? name : segment;
}

/** Whether a part opens with a name particle in lower case ("do Rio", "de São Paulo", "da Roma"). */
function opensWithLowerParticle(segment: string): boolean {
  const space = segment.indexOf(' ');
  if (space <= 0) return false;
  const first = segment.slice(0, space);
  return first === first.toLowerCase() && PARTICLES.has(first);
}

/** Splits a credit clause into name-sized segments. */
interface Segment {
  text: string;
  /** Joined to the previous segment by a conjunction ("and", "et", "&"), not by a comma. */
  conjunction: boolean;
}

const SEPARATOR = /((?<!\s)\s*[,;|•·/&＆、，\n]\s*|(?<!\s)\s+(?=[\u30a0-\u30ff\u3400-\u9fff]{1,10}[＝=／：])|(?<!\s)\s+(?:[-–—]|and|And|AND|et|und|[yeiиз]|en|og|och|na|with|With|avec|mit|con|com|και|ΚΑΙ)\s+)/;

/** Splits a credit clause into name-sized segments. */
function segments(clause: string): Segment[] {
  const held: string[] = [];
  // Keep parenthesised parts ("Bruno (Henrique) Rodrigues") away from the splitter.
  // ("NA BARAKA MSUYA NA NEEMA KIWELU": in a credit set in capitals, Swahili "NA" (and) joins names as "na" does.)
  const cased = /\p{Ll}/u.test(clause) ? clause : clause.replace(/ NA (?=\p{Lu})/gu, ' na ');
  const protectedText = cased.replace(/\([^()]*\)/g, (part) => `\uE000${held.push(part) - 1}\uE000`);
  const pieces = protectedText.split(SEPARATOR);
  const out: Segment[] = [];
  let conjunction = false;
  for (let index = 0; index < pieces.length; index++) {
    const piece = pieces[index]!;
    if (index % 2 === 1) {
      conjunction = /[&＆]|\s\p{L}+\s/u.test(piece);
      continue;
    }
    // ", and John Smith": the comma took the split, the conjunction is left on the piece.
    const joined = /^(?:and|And|AND|et|und|[eiy]|en|og|och|na|with|avec|mit|con|com|και)\s+(?=\p{Lu})/u.exec(piece);
    const unjoined = joined && looksLikePerson(piece.slice(joined[0].length)) ? piece.slice(joined[0].length) : null;
    if (unjoined !== null) conjunction = true;
    const restored = (unjoined ?? piece).replace(/\uE000(\d+)\uE000/g, (_match, index_text: string) => held[Number(index_text)]!);
    const text = trimEndChars(trimStartChars(restored, /[\s\-–—:·•*|,;]/), /[\s\-–—:·•*,|]/);
    if (text.length > 0) out.push({ text, conjunction });
  }
  return out;
}

/** Common Chinese family names (simplified and traditional), general knowledge. */
const HAN_SURNAMES = new Set(
  [...'王李张刘陈杨黄赵吴周徐孙马朱胡郭何高林罗郑梁谢宋唐许韩冯邓曹彭曾肖田董袁潘于蒋蔡余杜叶程苏魏吕丁任沈姚卢姜崔钟谭陆汪范金石廖贾夏韦付方白邹孟熊秦邱江尹薛闫段雷侯龙史陶黎贺顾毛郝龚邵万钱严覃武戴莫孔向汤張劉陳楊黃趙吳鄭謝許韓馮鄧蕭葉蘇呂盧鍾譚陸範賈韋鄒龔萬錢嚴湯'],
);
const HAN_ROLE = /(?:本报|本報|本刊|特约|特約|实习|實習)?(?:记者|記者|特派員|特派员|通讯员|通訊員|实习生|實習生|责任编辑|責任編輯|编辑|編輯|责编|責編|作者|著者|筆者|執筆者?|撰稿|撰文|摄影|攝影|[文图圖])[:：/／]?/g;
/** "报道" (reports) closing a Chinese credit, after a slash and the place filed from: "／台北報導", " 报道". */
const REPORTS_CLOSING = /(?:[／/][\u3400-\u9fff]{1,6}|\s)(?:报道|報導|報道|报导)$/u;
const HAN_OUTLET = /[网網报報社台]|新闻|新聞|频道|頻道|校园|校園|中心|杂志|雜誌/;

/**
 * A Chinese credit: "新华社记者张三" → Zhang San of Xinhua; "青网校园崔宁宁" → the name after an
 * outlet prefix (a common family name followed by one or two characters).
 */
/** {@link HAN_ROLE} kept as a part of the split, to know which role names the name after it. */
const HAN_ROLE_KEPT = new RegExp(`(${HAN_ROLE.source})`, 'g');
/**
 * Han roles that credit a contributor, not the writer: the picture ("文/李明 图/王芳": text by Li
 * Ming, pictures by Wang Fang), the photographs, the editor.
 */
const HAN_CONTRIBUTOR_ROLE: Record<string, string> = { 图: 'photographer', 圖: 'photographer', 摄影: 'photographer', 攝影: 'photographer', 责任编辑: 'editor', 責任編輯: 'editor', 编辑: 'editor', 編輯: 'editor', 责编: 'editor', 責編: 'editor' };

function readHanCredit(segment: string): { names: string[]; contributors: Author[]; organization: string | null } | null {
  // A note in brackets after the name ("山田太郎（フリーライター）") is the writer's description;
  // "报道" (reports) closes a Chinese credit, after the place the reporter files from in
  // Taiwan's style ("記者王小明／台北報導", "记者 张三 报道").
  const spaced = segment.replace(/\s+/g, ' ').replace(/（[^（）]{1,20}）$/, '').replace(REPORTS_CLOSING, '').trim();
  if (!/^[\u3400-\u4dbf\u4e00-\u9fff:：/／ ]+$/.test(spaced)) return null;
  // Odd places hold the role labels, each before the part it names.
  const pieces = spaced.split(HAN_ROLE_KEPT);
  const names: string[] = [];
  const contributors: Author[] = [];
  let organization: string | null = null;
  for (let at = 0; at < pieces.length; at += 2) {
    const part = pieces[at]!.trim();
    if (part.length === 0) continue;
    const label = at > 0 ? pieces[at - 1]!.replace(/[:：/／]$/, '') : '';
    const contributorRole = HAN_CONTRIBUTOR_ROLE[label];
    const credit = (name: string): void => {
      if (contributorRole === undefined) names.push(name);
      else contributors.push({ name, role: contributorRole });
    };
    const tokens = part.split(' ');
    // "记者 张三 李四": Chinese reporters listed with spaces, each a common family name and
    // one or two letters; "山本 翔太" (a Japanese family and given name) is one person, as printed.
    if (tokens.length > 1 && tokens.every((token) => token.length >= 2 && token.length <= 3 && HAN_SURNAMES.has(token[0]!))) {
      for (const token of tokens) credit(token);
      continue;
    }
    const compact = tokens.join('');
    if ((compact.length <= 4 || (tokens.length === 2 && compact.length <= 6)) && !HAN_OUTLET.test(compact.slice(-1))) {
      credit(tokens.length === 2 ? part : compact);
      continue;
    }
    let found = false;
    for (let index = compact.length - 3; index <= compact.length - 2; index++) {
      if (index >= 2 && HAN_SURNAMES.has(compact[index]!) && HAN_OUTLET.test(compact.slice(0, index))) {
        organization ??= compact.slice(0, index);
        credit(compact.slice(index));
        found = true;
        break;
      }
    }
    if (!found && HAN_OUTLET.test(compact)) organization ??= compact;
  }
  return { names, contributors, organization };
}

/**
 * Japanese credits name the person after a full-width equals sign, with the place the
 * reporter files from or the part of the work before it: "ワシントン＝佐藤健一" (the
 * correspondent in Washington), "文＝中村真理子" (text), "写真＝小林大輔" (photographs), often
 * in lenticular brackets at the head of a story ("【ワシントン＝佐藤健一】"). General knowledge
 * of Japanese newspaper and magazine style.
 */
const EQUALS_CREDIT = /^[【[(（]?([\p{Script=Han}\p{Script=Katakana}ー・]{1,10})\s?([＝=／/：:])\s?([\p{Script=Han}\p{Script=Hiragana}\p{Script=Katakana}ー・]{2,12}(?: [\p{Script=Han}\p{Script=Hiragana}\p{Script=Katakana}ー]{1,6})?)[】\])）]?$/u;
/** The parts of the work a contributor made: photographs, pictures, illustration, video, editing, supervision. */
const EQUALS_CONTRIBUTOR: Record<string, string> = { 写真: 'photographer', 撮影: 'photographer', 動画: 'video', 映像: 'video', イラスト: 'illustrator', 絵: 'illustrator', 図: 'graphics', 図版: 'graphics', 作図: 'graphics', 編集: 'editor', 監修: 'supervisor', 協力: 'contributor', 翻訳: 'translator', 訳: 'translator' };
/** Labels that credit no person: a source, a provider, material. */
const EQUALS_NO_PERSON = /^(?:出典|提供|資料|出所|画像|写真提供|データ)$/;

/** A Japanese "place＝name" or "role＝name" credit ({@link EQUALS_CREDIT}), or null. */
function readEqualsCredit(segment: string): { name: string; role: string | undefined } | null {
  const chained = CHAIN_CREDIT.exec(segment);
  if (chained !== null) {
    const parts = chained[1]!.split('・');
    // "文・写真 山田太郎": whoever wrote any part of the text is an author; "写真・イラスト" credits a contributor.
    return { name: chained[2]!, role: parts.some((part) => WORK_AUTHOR_PART.test(part)) ? undefined : EQUALS_CONTRIBUTOR[parts[0]!] };
  }
  const dotted = DOT_CREDIT.exec(segment);
  if (dotted !== null) return { name: dotted[2]!, role: EQUALS_CONTRIBUTOR[dotted[1]!] };
  const match = EQUALS_CREDIT.exec(segment);
  if (match === null || EQUALS_NO_PERSON.test(match[1]!)) return null;
  const label = match[1]!;
  const role = EQUALS_CONTRIBUTOR[label];
  // Magazines write a slash or a colon after the part of the work ("取材・文／佐々木 葵", "撮影／森田 隼人",
  // "文：中村真理子", "執筆者：山本さくら"), never after a place.
  if (match[2] !== '＝' && match[2] !== '=' && role === undefined && !SLASH_AUTHOR_LABEL.test(label)) return null;
  return { name: match[3]!, role };
}

/** One part of the work, a middle dot and the name: "文・山田太郎", "聞き手・山田太郎", "写真・小林大輔". */
const DOT_CREDIT = /^(文|取材|構成|執筆|聞き手|写真|撮影|イラスト|絵)・([\p{Script=Han}\p{Script=Hiragana}\p{Script=Katakana}ー]{2,12}(?: [\p{Script=Han}\p{Script=Hiragana}\p{Script=Katakana}ー]{1,6})?)$/u;

/**
 * Several parts of the work joined by middle dots, then the name after a space, a slash, a
 * colon or an equals sign: "文・写真 山田太郎", "取材・文 山田太郎", "写真・文／山田太郎" (one
 * person wrote and photographed). The dots chain labels here, so the name is what follows them.
 */
const CHAIN_CREDIT = /^((?:文|取材|構成|執筆|聞き手|写真|撮影|イラスト|絵)(?:・(?:文|取材|構成|執筆|聞き手|写真|撮影|イラスト|絵))+)(?:\s?[＝=／/：:]\s?|\s)([\p{Script=Han}\p{Script=Hiragana}\p{Script=Katakana}ー]{2,12}(?: [\p{Script=Han}\p{Script=Hiragana}\p{Script=Katakana}ー]{1,6})?)$/u;
/** The parts of the work that make their maker an author: text, reporting, composition, writing, interview. */
const WORK_AUTHOR_PART = /^(?:文|取材|構成|執筆|聞き手)$/;

/** The parts of the work that make an author, before a slash or a colon: text, reporting, composition, interview, a writer's label. */
const SLASH_AUTHOR_LABEL = /^(?:文|取材|取材・文|構成|構成・文|執筆|執筆者|著者|筆者|作者|記者|ライター|聞き手|インタビュー|文・写真|取材・文・写真)$/;

/** Korean job titles written after the name ("홍길동 기자": reporter Hong Gil-dong). */
const HANGUL_ROLE = /^(?:기자|특파원|선임기자|객원기자|인턴기자|수습기자|논설위원|편집위원|통신원|에디터|칼럼니스트|전문기자)$/;

/**
 * A Korean credit that names the part of the work first ("글 홍길동": text by Hong Gil-dong,
 * "글·사진 홍길동", "사진=홍길동"), as magazines and columns print it, with an optional title
 * after the name ("글 홍길동 기자"). General knowledge of Korean credit style.
 */
const HANGUL_LABELLED = /^((?:글|취재|사진|그림|일러스트)(?:[·ㆍ・/](?:글|취재|사진|그림|일러스트))*)(?:\s?[=:：/／]\s?|\s)([\uac00-\ud7af]{2,4})(?:\s(기자|특파원|선임기자|객원기자|인턴기자|수습기자|에디터|칼럼니스트|전문기자))?$/;
/** A middle dot or slash between two Korean parts of the work ("글·사진", "글/사진"). */
const HANGUL_PART_DOT = /(?<=(?:^|\s)(?:글|취재|사진|그림|일러스트))[·ㆍ/](?=(?:글|취재|사진|그림|일러스트)\s)/g;
/** The contributors' parts of the work in {@link HANGUL_LABELLED}. */
const HANGUL_CONTRIBUTOR: Record<string, string> = { 사진: 'photographer', 그림: 'illustrator', 일러스트: 'illustrator' };

/**
 * A Korean credit: "홍길동 기자" (the name, then the title), with an optional
 * "서울=연합뉴스" dateline-and-outlet before it ("(서울=연합뉴스) 홍길동 기자").
 */
function readHangulCredit(segment: string): { name: string; role: string; organization: string | null; contributor?: boolean } | null {
  const labelled = HANGUL_LABELLED.exec(segment);
  if (labelled !== null) {
    const parts = labelled[1]!.split(/[·ㆍ・/]/);
    // "글·사진 홍길동": whoever wrote the text is its author; "사진 홍길동" a photographer.
    if (parts.some((part) => part === '글' || part === '취재')) return { name: labelled[2]!, role: labelled[3] ?? 'writer', organization: null };
    return { name: labelled[2]!, role: HANGUL_CONTRIBUTOR[parts[0]!] ?? 'contributor', organization: null, contributor: true };
  }
  const words = segment.replace(/[()]/g, ' ').split(' ').filter(Boolean);
  if (words.length < 2 || words.length > 4) return null;
  const role = words[words.length - 1]!;
  const name = words[words.length - 2]!;
  if (!HANGUL_ROLE.test(role) || !/^[\uac00-\ud7af]{2,4}$/.test(name)) return null;
  const outlet = words.length > 2 ? words.slice(0, -2).join(' ') : null;
  const organization = outlet ? outlet.slice(outlet.indexOf('=') + 1) || null : null;
  return { name, role, organization };
}

/**
 * Whether the whole credit is an outlet or a collective ("Associated Press", "Staff and
 * agencies", "Our Foreign Staff") rather than people with their affiliation ("Jane Doe
 * Associated Press", "Jane Doe and agencies", "홍길동 기자").
 */
function isWholeOrganization(whole: string): boolean {
  if (whole.length === 0 || splitDescriptor(dropSectionLabel(whole)) || leadingRole(whole) || readHangulCredit(whole)) return false;
  const parts = segments(whole);
  if (isCollective(whole)) return !(parts.length > 1 && looksLikePerson(parts[0]!.text));
  return parts.length === 1 && isOrganizationName(whole) && !looksLikePerson(dropSectionLabel(whole));
}

function tidyName(name: string): string {
  // Keep the period of a final initial ("John C."), drop other trailing punctuation.
  const value = name
    .replace(/\s+/g, ' ')
    .replace(/(?<![.,;:])(\b\p{Lu})?[.,;:]+$/u, (_match, initial: string | undefined) => (initial ? `${initial}.` : ''))
    .trim();
  return properCaseName(trimEndChars(trimStartChars(value, /["'“‘]/), /["'”’]/));
}

/**
 * Splits a byline into people and an organisation. Drops the "By" cue in several languages
 * ("Par", "Von", "Por", "Door", "Di"), job titles ("Staff Writer"), emails, handles, URLs,
 * dates and page chrome ("Follow Author"); a news agency or an outlet ("Associated Press",
 * "BBC News", "Staff and agencies") goes to `organization`; all-capitals names are put in
 * proper case. "Reporting by X; Editing by Y" gives X as the author and Y as a contributor.
 *
 * @example
 * parseByline('By JANE DOE and JOHN SMITH, Associated Press')
 * //=> { authors: [{ name: 'Jane Doe' }, { name: 'John Smith' }], organization: 'Associated Press', contributors: [] }
 */
/**
 * A cue glued to the name by a page that draws the space with CSS ("ByJane Doe", "VonAnna
 * Berger", "PorAna García"). "Di", "Da" and "De" are left out: they open names ("DiMaggio").
 */
const GLUED_CUE = /^(By|Von|Par|Por|Door)(?=\p{Lu}\p{Ll})/u;

/**
 * A stamp's cue glued to the name before it ("Jane DoePublished June 6, 2023", "Eva
 * BakkerGepubliceerd op …": a byline span and a stamp span side by side): a small letter,
 * then the capitalised cue, is where the name ends.
 */
const GLUED_STAMP_CUE = /(\p{Ll})(?=(?:Published|Updated|Posted|Veröffentlicht|Aktualisiert|Erschienen|Publié|Mis à jour|Publicado|Actualizado|Atualizado|Pubblicato|Aggiornato|Gepubliceerd|Bijgewerkt)(?:[\s:]|$))/gu;

export function parseByline(text: string, options?: ParseBylineOptions): Byline {
  assertText(text, 'parseByline');
  const loose = checkOptionsObject(options, 'parseByline')['loose'];
  if (loose !== undefined && typeof loose !== 'boolean') throw new NewsparseError('INVALID_OPTION', `parseByline: options.loose must be a boolean, got ${loose === null ? 'null' : typeof loose}`);
  const result: Byline = { authors: [], organization: null, contributors: [] };
  // "ByJane Doe": a cue glued to the name by a page that draws the space with CSS.
  // Soft hyphens and zero-width characters break names for layout only ("Mat\u00ADthi\u00ADas").
  const source = undouble(scrub(text.slice(0, MAX_CREDIT).normalize('NFC').replace(INVISIBLE, '').replace(/\s+/g, ' ').trim()).slice(0, 400).replace(GLUED_CUE, '$1 ').replace(GLUED_STAMP_CUE, '$1 | '));
  if (source.length === 0) return result;

  // Clauses: "Reporting by X; Editing by Y", "Written by X Edited by Y"; whoever updated or
  // reviewed the piece ("Updated by Y", "Medically reviewed by Y") is no writer of it either.
  const clauses = source
    .replace(/\b(?=(?:edit(?:ed|ing)|photos?|photographs?|photography|illustrations?|graphics|video|additional reporting|translated|produced|fact-checked|fact checked|updated|written)\s+by\b)/gi, '; ')
    .replace(/\b(?<!(?:medically|legally|clinically|expert) )(?=(?:(?:medically|legally|clinically|expert) )?reviewed by\b)/gi, '; ')
    // … and in other languages: "Von Anna Berg | Aktualisiert von Tom Lee", "mis à jour par", "actualizado por".
    .replace(/(?<!\p{L})(?<!zuletzt )(?=(?:zuletzt )?(?:aktualisiert|bearbeitet|überarbeitet) von |mis à jour par |modifié par |actualizado por |atualizado por |aggiornato da |bijgewerkt door )/giu, '; ')
    // "Fotos: Peter Berg | Text: Anna Schmidt": each labelled credit after a bar is its own clause.
    .replace(/\s[|·•]\s(?=(?:text|texte|texto|testo|tekst|words|fotos?|photos?|bilder?)\s?:)/gi, '; ')
    // "By Jane Doe. Photo: John Roe": a full stop before a picture credit's label ends the writer's credit.
    .replace(/\.\s(?=(?:photos?|fotos?|bilder?|pictures?|illustrations?|graphics?|video)\s?:)/gi, '; ')
    // "文/李明 图/王芳": a Chinese picture, photo or editor credit after the writer's is its own clause.
    .replace(/\s(?=(?:图|圖|摄影|攝影|责任编辑|責任編輯|编辑|編輯|责编|責編)[:：/／])/g, '; ')
    .split(';')
    .map((clause) => clause.trim())
    .filter(Boolean);
  const seen = new Set<string>();
  for (const rawClause of clauses) {
    let clause = cutGermanWith(rawClause.trim());
    let role: string | undefined;
    const contributor = CONTRIBUTOR_CUE.exec(clause);
    if (contributor) {
      role = contributor[4] !== undefined ? 'updated' : contributor[3] !== undefined ? HAN_CONTRIBUTOR_ROLE[contributor[3]] : (contributor[1] ?? contributor[2] ?? 'contributor').toLowerCase().replace(/(?<!\s)\s+by$/, '').replace(/^(edit)(?:ed|ing|or)$/, 'editor');
      if (role === undefined) role = 'contributor';
      else if (/^edit/.test(role)) role = 'editor';
      else if (/^photo|^picture|^foto|^bild|^crédit|^crediti/.test(role)) role = 'photographer';
      clause = clause.slice(contributor[0].length);
    } else {
      clause = dropKicker(clause);
      clause = dropCues(dropStaffCue(clause));
      if (/^reporting\b/i.test(rawClause.trim())) role = 'reporter';
      // "Reporter: Jane Doe", "Redakteurin: Eva Schmidt": a job title as the label.
      const label = /^(\p{L}+)\s?:\s?(?=\p{Lu})/u.exec(clause);
      if (label && isRole(label[1]!) && !CHROME_LABEL.test(label[1]!)) {
        role = label[1]!.toLowerCase();
        clause = clause.slice(label[0].length);
      }
    }
    clause = unwrapWithCredits(clause.replace(/^\(\s*(?:avec|with|mit|con|com)\s+/i, ''));
    // "글·사진 홍길동": a dot between two parts of the work joins them; it separates no names.
    clause = clause.replace(HANGUL_PART_DOT, '・');
    const whole = cutDate(clause);
    if (isWholeOrganization(whole)) {
      result.organization ??= whole.replace(/^the\s+(?=associated)/i, 'The ');
      continue;
    }
    let lastPerson: Author | null = null;
    /** Past a job title or an affiliation, only a conjunction brings in another person. */
    let described = false;
    /** The last segment was words that are no name, role or outlet: a conjunction continues that phrase ("für Dolce & Gabbana"). */
    let phrase = false;
    const clausePeople: Author[] = [];
    const parts = segments(clause);
    for (const [index, { text: rawSegment, conjunction }] of parts.entries()) {
      // "By Jane Doe, Green Bay, Wis.": the part before a US state's abbreviation is a town.
      if (lastPerson !== null && !conjunction && US_STATE_ABBREVIATION.test(parts[index + 1]?.text ?? '')) continue;
      if (lastPerson !== null && !conjunction && US_STATE_ABBREVIATION.test(rawSegment)) continue;
      const afterPhrase = phrase && conjunction;
      phrase = false;
      const dated = isDateLike(rawSegment);
      const segment = withoutFiledPlace(dropSectionLabel(dropCues(cutDate(rawSegment))));
      if (segment.length === 0) {
        if (dated) lastPerson = null;
        continue;
      }
      if (DEGREE.test(segment) || isChrome(segment)) continue;
      const hangul = readHangulCredit(segment);
      if (hangul) {
        result.organization ??= hangul.organization;
        if (!seen.has(hangul.name)) {
          seen.add(hangul.name);
          const author: Author = { name: hangul.name, role: hangul.role };
          (contributor || hangul.contributor ? result.contributors : result.authors).push(author);
          clausePeople.push(author);
          lastPerson = author;
        }
        continue;
      }
      const equals = readEqualsCredit(segment);
      if (equals) {
        if (!seen.has(equals.name)) {
          seen.add(equals.name);
          if (equals.role === undefined && !contributor) result.authors.push(role ? { name: equals.name, role } : { name: equals.name });
          else result.contributors.push({ name: equals.name, role: equals.role ?? role ?? 'contributor' });
        }
        continue;
      }
      const han = readHanCredit(segment);
      if (han) {
        result.organization ??= han.organization;
        for (const name of han.names) {
          if (seen.has(name)) continue;
          seen.add(name);
          const author: Author = role ? { name, role } : { name };
          (contributor ? result.contributors : result.authors).push(author);
        }
        for (const helper of han.contributors) {
          if (seen.has(helper.name)) continue;
          seen.add(helper.name);
          result.contributors.push(helper);
        }
        continue;
      }
      // "Source: Reuters", "Photo: John Smith" inside a credit line: not the article's author.
      const label = CREDIT_LABEL.exec(segment);
      if (label) {
        const credited = segment.slice(label[0].length).trim();
        if (!/^(?:sources?|quelle|fuentes?|fontes?|via)$/i.test(label[1]!) && looksLikePerson(credited) && !seen.has(credited.toLowerCase())) {
          seen.add(credited.toLowerCase());
          result.contributors.push({ name: tidyName(credited), role: label[1]!.toLowerCase() });
        }
        continue;
      }
      // "Jane Doe Staff Writer", "Jane Doe for Example Daily": the name carries its own
      // description, so it is a person even past another person's job title; past another
      // person's affiliation only a job title vouches for it ("…, MA | WebMD Health News").
      // "Chrome Security team", "Example Data desk": a unit's name, not a person with an outlet.
      if (UNIT_TAIL.test(segment) && !looksLikePerson(segment)) {
        result.organization ??= segment;
        continue;
      }
      // A bio after the name ("Jane Doe | Follow | Reporter and editor. Focus: …") names no one else.
      if (SENTENCE_END.test(segment)) break;
      const noted = roleNote(segment);
      if (noted !== null) {
        const name = tidyName(noted.name);
        if (!seen.has(name.toLowerCase())) {
          seen.add(name.toLowerCase());
          (contributor || noted.contributor ? result.contributors : result.authors).push({ name, role: noted.role });
        }
        continue;
      }
      // "Por Ana Ruiz, do Rio", "…, de São Paulo", "Di Anna Neri, da Roma", "…, do G1": after a
      // name, a part that opens with a lower-case particle says where the person files from or
      // for whom; a person's name opens with a given name.
      if (lastPerson && opensWithLowerParticle(segment)) {
        described = true;
        continue;
      }
      // "Na mwandishi wetu, Habari Leo" ("by our correspondent"): the newsroom's credit; the outlet
      // or the place after it is no person.
      if (!conjunction && isCollective(segment) && !isKnownAgency(segment)) {
        result.organization ??= segment;
        described = true;
        continue;
      }
      const found: DescribedName | null = splitDescriptor(segment) ?? leadingRole(segment);
      // "By Jane Doe, Los Angeles Times Staff Writer": after a comma, a masthead with the
      // person's job title is her affiliation; its first words ("Los Angeles") are no second person.
      const masthead = lastPerson !== null && !conjunction && found !== null ? mastheadOf(segment, found) : null;
      if (masthead !== null) {
        result.organization ??= masthead;
        for (const author of clausePeople) author.organization ??= masthead;
        described = true;
        continue;
      }
      const split: DescribedName | null = found && (!described || conjunction || found.role !== undefined) ? found : null;
      // A job title after a name is that person's, even in a loose reading of a declared value ("Jane Doe, Senior Reporter").
      // So is one after a word that was no person ("Smith, Senior Editor"): a title, never a name.
      const titleAfterName = (lastPerson !== null || index > 0) && !conjunction && isRole(segment);
      // "By Jane Doe, Hong Kong": a known city is where she files from, never a person, even
      // alone in a byline element or a declared value.
      const person = split !== null || (looksLikePerson(segment, loose === true) && !titleAfterName && !isCity(segment) && !opensWithSection(segment) && (!described || conjunction) && !afterPhrase);
      if (person) {
        described = split !== null;
        const name = tidyName(split ? split.name : segment);
        const key = name.toLowerCase();
        if (seen.has(key)) continue;
        seen.add(key);
        const author: Author = { name };
        const authorRole = role ?? split?.role;
        if (authorRole) author.role = authorRole;
        if (split?.organization) {
          author.organization = split.organization;
          result.organization ??= split.organization;
          for (const earlier of clausePeople) earlier.organization ??= split.organization;
        }
        if (contributor) result.contributors.push(author);
        else result.authors.push(author);
        clausePeople.push(author);
        lastPerson = author;
        continue;
      }
      // A sentence ("Nikhil works on Web APIs in Gecko...", "Are you an expert?") is an author's
      // bio or a promotion: no byline follows it.
      if (isProse(segment)) break;
      // A city between names ("Jane Doe, London, John Roe") is where the first one files from.
      if (lastPerson && isCity(segment)) continue;
      if (lastPerson) described = true;
      // "…, Privacy, and Technology Project": the tail of an enumeration inside an affiliation.
      if (/^(?:and|et|und|[eiy]|en|og|och)\s/.test(segment)) continue;
      if (isRole(segment)) {
        if (lastPerson && !lastPerson.role && !/^(?:updated|published|posted)\b/i.test(segment)) lastPerson.role = segment;
        continue;
      }
      if (isOrganizationName(segment)) {
        result.organization ??= segment;
        // "By Jane Doe and John Smith, Associated Press": the outlet of everyone named before it.
        for (const author of clausePeople) author.organization ??= segment;
        continue;
      }
      // Anything else after a name is its affiliation or title; before any name it is noise.
      phrase = true;
    }
  }
  return result;
}
