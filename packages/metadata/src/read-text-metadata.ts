import { assertText, calendarWordsInEveryLanguage, COUNTRIES, ENGLISH_MONTH_NAMES, ENGLISH_WEEKDAY_NAMES, givenNames, US_STATES, type Span } from '@newsparse/core';
import { parseDateline, parseStamp } from '@newsparse/dateline';
import { isWeekdayWord, monthNumber, normalizeDate, PUBLISHED_CUE, readDate, UPDATE_CUE } from './dates.js';
import { isCity, isCollective, isDeskCredit, isKnownAgency, isMastheadLine, isOrganizationName, isRole, PARTICLES } from './names.js';
import { parseByline } from './parse-byline.js';
import { startsWithBylineCue, workCredit } from './scan.js';
import { isContactLabel, isContactLine, isExhibitLabel, isGenreLabel, isImageFileName, isPlaceholderLine, isRegionLabel, photoLabelCaption, relativeStampIn, releaseLabel } from './text-header-chrome.js';
import { gluedLinkStart, isControlLabel, isFurnitureLine, isLinkLine, isNavigationLine, isPhraseLine, isSectionName, isSignpostLine, isTailOpener, MAX_FURNITURE_LINE, menuRunEnd, opensWithMenuWord, READING_TIME, withoutBreadcrumb } from './text-furniture.js';
import { exceedsCollapsed, isWhiteSpaceCode, trimEndChars, trimStartChars, withoutWireVersion } from './text.js';
import type { Author, ImageCredit, TextMetadata } from './types.js';

/** The cue of a publication stamp: "Published:", "Updated", "Posted on", "Publié le"... */
const STAMP_CUE = /^(?:first\s+)?(?:published|updated|posted|last\s+updated|modified|publié|mis à jour|veröffentlicht|aktualisiert|publicado|actualizado|pubblicato|aggiornato|broadcast|aired|date)(?:\s+(?:on|at|le|am|el|il))?\s*[:：]?/i;
/**
 * "Date:" in other languages, with its colon (de, nl, sv, cs, hr "Datum", es "Fecha", it, pt, pl, ro
 * "Data", da, no "Dato", tr "Tarih", fi "Päivämäärä", hu "Dátum"; Turkish sites' "Giriş", the entry): a stamp's label when a date
 * alone follows it ("Tarih: 17.03.2026 17:32").
 */
const DATE_LABEL = /^(?:datum|fecha|data|dato|tarih|päivämäärä|dátum|giriş)\s?[:：]\s?/iu;

/** Weekdays' full names in every language of core's calendar, and English variants ("Tues", "Thurs"), lower-case. */
let weekdayNames: ReadonlySet<string> | undefined;
/** English weekdays' short forms ("Sun", "Mon"), which open words too ("Sunderland", "Monroe"). */
const WEEKDAY_SHORT = new Set(ENGLISH_WEEKDAY_NAMES.abbreviations);
/** What follows a short weekday in a stamp: a stop or comma, or a day or month ("Sun, 3 May", "Fri. Jun 7", "Tue 4 June"). */
const AFTER_SHORT_WEEKDAY = new RegExp(String.raw`^(?:[.,]| \d| (?:${ENGLISH_MONTH_NAMES.abbreviations.join('|')}))`, 'i');

/**
 * Whether a line opens with a weekday's name ("Thursday 04 October 2024 09:15 BST", "Montag,
 * 3. Juni 2024", "Sun, 3 May 2024 | Comments"): a stamp, whatever stands after its date. A word
 * a weekday's short form begins ("Sunderland sign striker on 5 May", "Monroe County …") is none.
 */
function opensWithWeekday(line: string): boolean {
  const word = /^\p{L}+/u.exec(line)?.[0].toLowerCase();
  if (word === undefined) return false;
  weekdayNames ??= new Set([...calendarWordsInEveryLanguage('weekdays', { shortForms: false }).keys()].filter((name) => name.length >= 4));
  if (weekdayNames.has(word)) return true;
  return WEEKDAY_SHORT.has(word) && AFTER_SHORT_WEEKDAY.test(line.slice(word.length));
}

/** What may stand beside a bare date in a stamp line: separators and space (one character). */
const STAMP_SEPARATOR = /[\s,|·•‧∙/–—-]/;

/**
 * A stamp's date, and the byline written on the same line ("April 26, 2000 | By Jo Roe"), if
 * any; `update` when its label marks the last change ("Updated …", "Atualizado em …").
 */
/** A digit, ASCII or Arabic-Indic and Persian (which parseStamp reads as digits: "١٠ أكتوبر ٢٠١٧"). */
const ANY_DIGIT = /[\d\u0660-\u0669\u06f0-\u06f9]/;

interface StampLine {
  date: string;
  byline: string | null;
  update?: boolean;
}

/**
 * A header line that is a date and nothing else, a news agency or outlet and a date
 * ("October 29, 2016", "Xinhua, October 29, 2016", "AFP | 29 Oct 2016 10:31"), or a date and a
 * byline ("April 26, 2000|By Tribune News Services", "By Jo Roe | 29 Oct 2016"): the stamp
 * without a label. Any other word beside the date makes it a dek or a sentence.
 */
function bareStamp(line: string): StampLine | null {
  if (line.length > 120 || !ANY_DIGIT.test(line)) return null;
  // (parseStamp reads a date in every language of core's calendar: "25 MARET 2024", "12 maart 2024".)
  const stamp = parseStamp(line);
  if (stamp === null || stamp.label !== null) return null;
  const before = trimEndChars(trimStartChars(line.slice(0, stamp.start), STAMP_SEPARATOR), STAMP_SEPARATOR);
  const after = trimEndChars(trimStartChars(line.slice(stamp.end), STAMP_SEPARATOR), STAMP_SEPARATOR);
  // The byline on the date's one side, nothing but separators on the other.
  // (A labelled byline after the date may follow the outlet's or the writer's name before it:
  // "Nova 24.08.2020 | Аутор: Jane Doe", "Jane Doe 2022-06-07, Autor: Jane Doe".)
  const byline = (before.length === 0 || SOURCE_BEFORE_DATE.test(before)) && startsWithBylineCue(after) ? after : after.length === 0 && startsWithBylineCue(before) ? before : null;
  if (byline !== null) return { date: stamp.value, byline };
  if (line.length > 80) return null;
  // ("Le 19 décembre 2014 à 10h15", "Am 3. Mai 2024 um 10:15 Uhr": the word a language sets before a day is the stamp's.)
  const opener = DAY_PREPOSITION.test(line.slice(0, stamp.start)) ? stamp.start : 0;
  const rest = trimEndChars(trimStartChars(`${line.slice(opener, stamp.start)} ${line.slice(stamp.end)}`, STAMP_SEPARATOR), STAMP_SEPARATOR);
  // ("5 June 2024 • 14:00", "04.06.2024 | 15:15 Uhr": the clock time after a separator is the stamp's.)
  // ("2018-06-04 HKT 11:56": the zone's letters beside the clock, kept out of the value as the stamp reader keeps zones.)
  // (An "AM" or "PM" after the clock is no zone: the 12-hour clock is read first.)
  const clock = stamp.value.length === 10 ? clockAfter(rest) ?? clockAfter(rest.replace(ZONE_BESIDE_CLOCK, '')) : null;
  if (clock !== null) return { date: `${stamp.value}T${clock}`, byline: null };
  // ("Aug 9, 2017 · 18 min read": a blog platform's reading time beside the date.)
  // ("03/10/2025 11:21 ‧ há 9 horas", "3. Oktober 2025 · vor 9 Stunden": the age in the page's language.)
  if (rest.length === 0 || isKnownAgency(rest) || RELATIVE_AGE.test(rest) || isRelativeAge(rest) || READING_TIME.test(rest)) return { date: stamp.value, byline: null };
  // ("15:56 pm on 29 November 2023": a clock the stamp reader rejects, a 24-hour time marked pm, before the date; the day stands.)
  if (after.length === 0 && CLOCK_BEFORE.test(before)) return { date: stamp.value, byline: null };
  // "Just Earth News | @justearthnews | 13 Jul 2024, 08:32 am Print": beside the date, only the
  // outlet's name, its handle and a share bar's words, each between separators.
  const segments = [line.slice(0, stamp.start), line.slice(stamp.end)].flatMap((part) => part.split(/\s[|·•‧∙]\s|^\s*[|·•‧∙]\s|\s[|·•‧∙]\s*$/));
  // (A comment count beside the date, "Komentarzy: 0", "3 Comments", is the stamp line's too.)
  // (So is a reading time: "Jane Doe · June 4, 2024 · 5 min read".)
  const words = segments.map((segment) => trimEndChars(trimStartChars(segment, STAMP_SEPARATOR), STAMP_SEPARATOR)).filter((segment) => segment.length > 0 && !COMMENT_COUNT.test(segment) && !READING_TIME.test(segment));
  // (Nothing left but the comment count: "March 3, 2024 | 12 Comments".)
  if (words.every(isStampCompanion)) return { date: stamp.value, byline: null };
  if (isLocalStamp(words)) return { date: stamp.value, byline: null };
  // "Lena Voss | 13 Jul 2024": a name of two or three capitalised words beside the date, a byline without its "By".
  // (No possessive: "Mayor's Message – 14 April 2020" is a headline and its day.)
  const name = words.length === 1 ? words[0]! : '';
  return BARE_NAME.test(name) && !/['’]s\b/.test(name) && parseByline(name).authors.length === 1 ? { date: stamp.value, byline: name } : null;
}

/** The word before a day in a stamp, alone: "Le", "Am", "El", "Il", "Op", "Em", "On", "Den". */
const DAY_PREPOSITION = /^(?:le|am|el|il|op|em|on|den) ?$/i;

/** An outlet's or a writer's name before a stamp's date: one to four capitalised words, no figure. */
const SOURCE_BEFORE_DATE = /^\p{Lu}[\p{L}'’.-]*(?: \p{Lu}[\p{L}'’.-]*){0,3}$/u;

/** The words for comments in a count's label (en, de, fr, es, pt, it, nl, pl, sv, no, da, fi). */
const COMMENT_WORD = String.raw`(?:comments?|kommentare?|kommentarer|commentaires?|comentarios?|comentários?|commenti|commento|reacties|reactie|komentarzy|komentarze|komentarz|kommentit|kommentti)`;
/** A comment count as a stamp line prints it beside the date: "Komentarzy: 0", "Comments (3)", "3 Comments". */
const COMMENT_COUNT = new RegExp(String.raw`^(?:${COMMENT_WORD} ?[:(]? ?\d{1,5}\)?|\d{1,5} ${COMMENT_WORD})$`, 'iu');

/** A reporter's initials in parentheses, as German local papers sign a report ("(ww)", "(ht).", "(red)"): no name. */
const REPORTER_INITIALS = /^\(\p{L}{2,4}\)\.?$/u;
/** A place's name: one to three capitalised words, a hyphen or a slash joining two ("Montabaur", "Bad Marienberg", "Ransbach-Baumbach"). */
const PLACE_NAME = /^\p{Lu}[\p{L}'’.-]*(?:[ /]\p{Lu}[\p{L}'’.-]*){0,2}$/u;

/**
 * A local paper's stamp: the place and the date, and the reporter's initials after them
 * ("Montabaur | 25. Januar 2024 | (ww)."). The date is the report's day; the initials name no
 * one. (A place of one word stands alone too: "Montabaur | 25. Januar 2024"; two capitalised
 * words alone are read as a name, "Lena Voss | 13 Jul 2024".)
 */
function isLocalStamp(words: readonly string[]): boolean {
  if (words.length === 2) return PLACE_NAME.test(words[0]!) && REPORTER_INITIALS.test(words[1]!);
  return words.length === 1 && PLACE_NAME.test(words[0]!) && !words[0]!.includes(' ');
}

/** The date of a local paper's stamp that opens a line the report runs on in, up to the initials' parenthesis, or null. */
function localStampOpening(line: string): string | null {
  const close = line.indexOf(')');
  if (close < 0 || close > 80) return null;
  const open = line.lastIndexOf('(', close);
  if (open < 0 || !REPORTER_INITIALS.test(line.slice(open, close + 1))) return null;
  const stamp = bareStamp(line.slice(0, close + 1));
  return stamp !== null && stamp.byline === null ? stamp.date : null;
}

/**
 * The date of a lead that opens with its day and runs on after a dash, as blogs and tabloids
 * date a story in its first line ("Tuesday April 21, 2020 - Nairobi Governor …", "Monday, July
 * 1, 2024 – …"): the weekday, a whole date and nothing else before the dash, or null.
 */
function weekdayDateLead(line: string): string | null {
  if (!opensWithWeekday(line)) return null;
  const head = line.slice(0, 60);
  const dash = head.search(/ [-–—] /);
  if (dash < 0) return null;
  const stamp = readStamp(head.slice(0, dash));
  return stamp !== null && stamp.byline === null && stamp.date.length >= 10 ? stamp.date : null;
}

/** Two or three capitalised words, as a person's name is written ("Lena Voss", "Ana M. Ruiz"). */
const BARE_NAME = /^\p{Lu}[\p{Ll}'’-]+(?: \p{Lu}\.?| \p{Lu}[\p{Ll}'’-]+){1,2}$/u;

/** A social handle, as a stamp line prints the outlet's ("@justearthnews"). */
const HANDLE = /^@[\w.]{2,30}$/;
/** A share bar's or reading aid's words after a stamp ("Print", "Share", "Comments"; Japanese "印刷ページ表示", the print view). */
const STAMP_CHROME = /^(?:print|share|email|e-mail|comments?|save|listen|follow|印刷(?:ページ表示|する)?|打印|인쇄)$/i;

/** A site's copyright credit beside a stamp ("© Example Media", "(c) Example"). */
const COPYRIGHT_CREDIT = /^(?:©|\(c\)) ?\p{Lu}[\p{L}\p{N}&'’. -]{0,60}$/u;

/** What a page prints beside a stamp's date: an outlet's name (up to five words) or its copyright, its handle, a share bar's word. */
function isStampCompanion(segment: string): boolean {
  return HANDLE.test(segment) || COPYRIGHT_CREDIT.test(segment) || STAMP_CHROME.test(segment) || isKnownAgency(segment) || (segment.split(' ').length <= 5 && /^\p{Lu}/u.test(segment) && isOrganizationName(segment));
}

/**
 * A clock time alone, 24-hour, as pages set it after a date: "14:00", "09:05", "9.30 Uhr"
 * (a one-digit hour only with its unit: "3:15" alone may be the afternoon's).
 */
const CLOCK_AFTER =
  /^(?:(?:à|a las|a la|às|alle(?: ore)?|ore|um|om|at|kl\.?|klo|klockan) )?(?:([01]\d|2[0-3])[:.h]([0-5]\d)(?: ?(?:Uhr|h|hrs))?|(\d)(?:[:.]([0-5]\d) ?(?:Uhr|h|hrs)|h([0-5]\d)))$|^([01]?\d|2[0-3])(?:時|시 ?)([0-5]?\d)(?:分|분)$|^(?:at )?(1[0-2]|0?[1-9])[:.]([0-5]\d) ?([ap])\.?m\.?$/i;

/**
 * The clock of {@link CLOCK_AFTER} as "HH:MM", or null: also after the preposition its
 * language sets before it ("à 10h15", "às 10h15", "alle 10:15", "um 10:15 Uhr"), a one-digit
 * hour with the French "h" ("à 9h05"), in Japanese and Korean units ("10時15分", "10시 15분"), and
 * on a 12-hour clock ("9:25pm", "9:25 p.m.").
 */
function clockAfter(text: string): string | null {
  const clock = CLOCK_AFTER.exec(text);
  if (clock === null) return null;
  if (clock[8] !== undefined) {
    // A 12-hour clock ("9:25pm", "9:25 p.m."): 12 am is midnight, 12 pm noon.
    const hour12 = Number(clock[8]) % 12 + (clock[10]!.toLowerCase() === 'p' ? 12 : 0);
    return `${String(hour12).padStart(2, '0')}:${clock[9]}`;
  }
  const hour = clock[1] ?? clock[3] ?? clock[6]!;
  const minute = clock[2] ?? clock[4] ?? clock[5] ?? clock[7]!;
  return `${hour.padStart(2, '0')}:${minute.padStart(2, '0')}`;
}

/** A time zone's letters before or after a clock ("HKT 11:56", "11:56 IST"). */
const ZONE_BESIDE_CLOCK = /^\p{Lu}{2,5} (?=\d)|(?<=\d) \p{Lu}{2,5}$/u;

/** A clock before the date, with its 12-hour mark and a preposition ("15:56 pm on", "10.05 Uhr am"). */
const CLOCK_BEFORE = /^(?:[01]?\d|2[0-3])[:.][0-5]\d(?: ?(?:[ap]\.?m\.?|uhr|h))?(?: (?:on|le|am|el|il|op|em|den))?$/i;

/** How long ago, as a page prints beside the date: "in 10 months" (Reuters), "5 years ago", "an hour ago". */
const RELATIVE_AGE = /^(?:in\s)?(?:\d{1,3}|an?|one)\s(?:minute|hour|day|week|month|year)s?(?:\sago)?$/i;

/** A relative stamp and nothing else ("há 9 horas", "vor 3 Stunden", "2 giorni fa"), in the languages `relativeStampIn` reads. */
function isRelativeAge(text: string): boolean {
  const stamp = relativeStampIn(text);
  return stamp !== null && stamp.start === 0 && stamp.end === text.length;
}

/** The credit cue inside a caption: "Photo: VCG", "(Photo by Jane Doe)", "Credit: AP". */
const CREDIT_CUE = /(?<!\p{L})(?:photo(?:graph)?s?|image|picture|credit|foto|bild|photographie|illustration|video)(?: courtesy)?\s*(?::|\/|\bby\b)/giu;

/**
 * A stamp's date: the text after a cue, or a line that opens with a weekday. The dateline
 * package reads news stamps ("Updated 3:15 p.m. ET, Tue June 4, 2024", zones kept as
 * written); the metadata normaliser covers what it does not (other languages' cues, Unix times).
 */
function readStamp(line: string): StampLine | null {
  // (A copy that lost the author's link keeps the comma after it: ", publié le 14 février 2019".)
  // ("Published on: Tuesday,August 17, 2021": a weekday's comma with no space after it.)
  const text = (line.startsWith(', ') ? line.slice(2) : line).replace(GLUED_WEEKDAY_COMMA, ', ');
  return stampPair(text) ?? readOneStamp(text);
}

/** A comma glued between an English weekday and the month after it ("Tuesday,August"). */
const GLUED_WEEKDAY_COMMA = /(?<=day),(?=\p{Lu})/gu;

/**
 * Korean stamp labels of the publication (입력, "entered"; 등록, 발행, 게재), with or without a
 * colon, before the date ("입력 2019.04.18 10:21").
 */
const KOREAN_PUBLISHED_LABEL = /^(?:입력|등록|발행일?|게재일?) ?[:：]? ?(?=\d)/u;

/**
 * A line of two stamps, the update and the publication, in either order ("Updated 20/12/2014
 * Published 19/12/2014", "Atualizado em … Publicado em …", "입력 … 수정 …"): the publication's.
 * The second stamp begins at a space before its capitalised (or caseless) cue; both halves
 * must read as stamps, one of them an update, else null.
 */
function stampPair(line: string): StampLine | null {
  if (line.length > 160) return null;
  for (let space = line.indexOf(' ', 1); space > 0; space = line.indexOf(' ', space + 1)) {
    if (!/[\p{Lu}\p{Lo}]/u.test(line.charAt(space + 1))) continue;
    PUBLISHED_CUE.lastIndex = space + 1;
    UPDATE_WORD.lastIndex = space + 1;
    const rest = line.slice(space + 1);
    if (!PUBLISHED_CUE.test(line) && !UPDATE_WORD.test(line) && !KOREAN_PUBLISHED_LABEL.test(rest)) continue;
    const first = readOneStamp(trimEndChars(line.slice(0, space), STAMP_SEPARATOR));
    const second = first === null ? null : readOneStamp(rest);
    if (first === null || second === null) continue;
    if (first.update === true && second.update !== true) return { ...second, update: false };
    if (first.update !== true && second.update === true) return { ...first, update: false };
    return null;
  }
  return null;
}

/**
 * A stamp line's noun for the piece and "vom" before its date, in German ("Artikel vom
 * 19.12.2014", "Pressemitteilung vom 3. Mai 2024"): the piece's own day. (A meeting's or an
 * event's day, "Sitzung vom …", is no stamp.)
 */
const PIECE_OF_DAY = /^(?:artikel|beitrag|meldung|nachricht|pressemitteilung|pressemeldung|eintrag|news) vom /i;

/** German "Stand:" ("as of"): the day the page was last brought up to date ("Stand: 19.12.2014, 10:15 Uhr"). */
const STATUS_LABEL = /^stand ?[:：] ?/i;

/** One stamp on a line (see {@link readStamp}). */
function readOneStamp(line: string): StampLine | null {
  const cue = STAMP_CUE.exec(line);
  const hasCue = cue !== null && cue[0].length > 0;
  // ("Submitted by Jane Doe on June 4, 2024 - 10:15am", Drupal's stamp line, and its translations: "Gespeichert von … am …".)
  if (!hasCue && CUE_THEN_BY.test(line)) {
    const stamp = parseStamp(line);
    const byline = stamp === null ? null : creditBeforeDate(line, stamp.start);
    if (stamp !== null && byline !== null) return { date: stamp.value, byline };
  }
  if (!hasCue && !opensWithWeekday(line)) {
    const labelled = labelOnlyStamp(line);
    if (labelled !== null) return labelled;
    // (A section's label glued to the date, two elements run together in the copy: "Municipios16/10/2020".)
    // ("motorsport17 December 2023 08:19": a label in lower case, a written date; the label is the section's, not the stamp's.)
    const glued = LABEL_GLUED_TO_DATE.exec(line);
    const label = DATE_LABEL.exec(line) ?? PIECE_OF_DAY.exec(line) ?? KOREAN_PUBLISHED_LABEL.exec(line);
    const status = label === null ? STATUS_LABEL.exec(line) : null;
    if (status !== null) {
      const dated = bareStamp(line.slice(status[0].length));
      return dated !== null && dated.byline === null ? { ...dated, update: true } : null;
    }
    if (label !== null) {
      const dated = bareStamp(line.slice(label[0].length));
      return dated !== null && dated.byline === null ? dated : null;
    }
    return publicationCueStamp(line) ?? publicationCueStamp(line, UPDATE_WORD) ?? bareStamp(glued === null ? line : line.slice(glued[0].length));
  }
  const update = hasCue && UPDATE_CUE.test(cue[0]);
  const stamp = parseStamp(line);
  if (stamp !== null) return { date: stamp.value, byline: labelledStampByline(line, stamp.end) ?? creditBeforeDate(line, stamp.start), update: stamp.label === null ? update : stamp.label === 'updated' };
  const date = normalizeDate(hasCue ? line.slice(cue[0].length) : line);
  return date === null ? null : { date, byline: null, update };
}

/**
 * A line that is a stamp label parseStamp knows and its date, nothing after but separators,
 * in a language STAMP_CUE does not list ("نشر في ١٠ أكتوبر ٢٠١٧ - ١٠:١٥", "آخر تحديث: 05/04/2019").
 */
function labelOnlyStamp(line: string): StampLine | null {
  if (line.length > 80 || !ANY_DIGIT.test(line)) return null;
  const stamp = parseStamp(line);
  if (stamp === null || stamp.label === null || stamp.start !== 0) return null;
  // (A print button's label after the date is the stamp line's: "更新日：2023年12月14日 印刷ページ表示".)
  const tail = trimStartChars(line.slice(stamp.end), STAMP_SEPARATOR);
  if (tail.length > 0 && !STAMP_CHROME.test(tail)) return null;
  return { date: stamp.value, byline: null, update: stamp.label === 'updated' };
}

/**
 * A word glued to a date after it, in figures or written ("Municipios16/10/2020",
 * "Politik12.03.2024", "motorsport17 December 2023"): the word, a section's label.
 */
const LABEL_GLUED_TO_DATE = /^\p{L}\p{Ll}{2,29}(?=\d{1,2}(?:[./-]\d{1,2}[./-]\d{2,4}(?!\d)| \p{L}{3,12}\.? \d{4}(?!\d)))/u;

/** Words of a stamp's clock that stand beside its date ("kl. 14.05", "klockan 9", "godz. 10:00", "14 Uhr"). */
const CLOCK_WORDS = new Set(['klockan', 'kello', 'godz', 'godzina', 'uhr', 'horas', 'heure', 'heures', 'hodin']);

/**
 * A stamp labelled as the publication in one of the languages STAMP_CUE does not list
 * ("Publicerad 8 maj 2020", "Artikeln publicerades 8 maj 2020", "Publiceret 12. marts 2024",
 * "Gepubliceerd op 12 maart 2024", "Opublikowano: 12 marca 2024"): the cue of
 * {@link PUBLISHED_CUE} opening the line, or after one capitalised word (the thing published),
 * and then the date alone (months, weekdays, clock words and short words beside it). A line
 * that goes on in other words is a sentence.
 */
function publicationCueStamp(line: string, cues: RegExp = PUBLISHED_CUE): StampLine | null {
  if (line.length > 80 || !/\d/.test(line)) return null;
  cues.lastIndex = 0;
  let cue = cues.exec(line);
  if (cue === null) {
    const space = line.indexOf(' ');
    if (space < 2 || space > 20 || !/^\p{Lu}\p{Ll}+$/u.test(line.slice(0, space))) return null;
    cues.lastIndex = space + 1;
    cue = cues.exec(line);
    if (cue === null) return null;
  }
  let end = cue.index + cue[0].length;
  // (The rest of the cue's word: "publicerades".)
  while (end < line.length && /\p{L}/u.test(line[end]!)) end++;
  const rest = line.slice(end);
  const words = rest.match(/\p{L}+/gu) ?? [];
  if (words.some((word) => word.length >= 4 && monthNumber(word) === 0 && !isWeekdayWord(word) && !CLOCK_WORDS.has(word.toLowerCase()) && !STAMP_CHROME.test(word))) return null;
  const date = normalizeDate(rest);
  return date === null ? null : { date, byline: null, update: cues === UPDATE_WORD };
}

/** A publication cue and a byline cue opening a stamp line: "Posted by", "Publié par", "Publicado por", "Veröffentlicht von". */
const CUE_THEN_BY = /^(?:posted|published|submitted|publié|soumis|publicado|enviado|pubblicato|inviato|veröffentlicht|gespeichert|eingestellt|eingetragen) (?:by|par|por|da|von) /i;
/** The word between the credit and the date: "… on", "… le", "… el", "… am", "… il". */
const BEFORE_DAY = / (?:on|le|el|am|il)$/i;

/**
 * The credit a blog prints between its stamp's cue and the date ("Posted by Jane Doe on June 4,
 * 2024", "Publié par Jean Dupont le 19 décembre 2014", "Veröffentlicht von Anna Berger am …"), or
 * null: the words before the date when they open with a cue and a byline cue and name someone.
 */
function creditBeforeDate(line: string, start: number): string | null {
  if (start > 100 || !CUE_THEN_BY.test(line)) return null;
  const credit = trimEndChars(trimEndChars(line.slice(0, start), STAMP_SEPARATOR).replace(BEFORE_DAY, ''), STAMP_SEPARATOR);
  return parseByline(credit).authors.length > 0 ? credit : null;
}

/** {@link UPDATE_CUE}, sticky: an update's label where it stands ("Atualizado em …", "Bijgewerkt op …", "Zaktualizowano: …"). */
const UPDATE_WORD = new RegExp(UPDATE_CUE.source, 'iy');

/**
 * The byline a blog prints after its stamp on the same line ("Posted on April 9, 2022 by Clara
 * Hughes", "Publié le 3 mai 2023 par Léa Marchand"): what follows the date when it opens with a
 * byline cue, or null ("Posted by at 1:00 pm on …" names no one).
 */
function labelledStampByline(line: string, end: number): string | null {
  const rest = trimStartChars(line.slice(end), STAMP_SEPARATOR);
  if (rest.length > 0 && startsWithBylineCue(rest)) return rest;
  return reporterAfterClock(rest);
}

/** A stamp's clock before the reporter's credit, the name perhaps glued to "AM" ("1:56 AMJane Doe - …"). */
const CLOCK_BEFORE_CREDIT = /^(?:[01]?\d|2[0-3])[:.][0-5]\d ?(?:[AaPp]\.?[Mm]\.?)?(?: |(?=\p{Lu}\p{Ll}))/u;

/**
 * The reporter's credit after a stamp's clock, with no "By" but with the reporter's job after a
 * dash, a slash or a comma, as Caribbean papers print their stamp line ("Published: Sunday |
 * May 21, 2023 | 1:56 AM Jane Doe - Senior Staff Reporter", the name glued to "AM" in a copy),
 * or null. A place or anything else after the clock credits no one.
 */
function reporterAfterClock(rest: string): string | null {
  const clock = CLOCK_BEFORE_CREDIT.exec(rest);
  if (clock === null) return null;
  const credit = rest.slice(clock[0].length).trim();
  if (credit.length === 0 || credit.length > 80 || /\d/.test(credit)) return null;
  const byline = parseByline(credit);
  if (byline.authors.length !== 1 || byline.organization !== null) return null;
  const { name, role } = byline.authors[0]!;
  return role !== undefined && BARE_NAME.test(name) && credit.startsWith(name) && /^ ?[-–—/,] ?\p{Lu}/u.test(credit.slice(name.length)) ? credit : null;
}

/**
 * A photo's credit of names and agencies alone, one to four capitalised words each, joined by
 * slashes ("Heiko Junge/NTB/NPK", "Ola Nordmann / NTB", "Jane Doe"): no sentence goes on after it.
 */
const CREDIT_NAMES = /^\p{Lu}[\p{L}'’.-]*(?: \p{Lu}[\p{L}'’.-]*){0,3}(?: ?\/ ?\p{Lu}[\p{L}'’.-]*(?: \p{Lu}[\p{L}'’.-]*){0,3}){0,3}$/u;

/** A credit cue written in capitals ("PHOTOS:", "VIDEO:"), as headline labels are. */
const LABEL_IN_CAPITALS = /^\p{Lu}{4,}/u;
/**
 * Whether a credit reads as a headline's words, no name's: five words or more, three of them in
 * lower case, not opening with a credit's own word ("courtesy of the Okafor family").
 */
function hasOrdinaryWords(credit: string): boolean {
  const words = credit.split(' ');
  if (words.length < 5 || /^(?:courtesy|by|via|file|supplied|handout)\b/i.test(credit)) return false;
  let count = 0;
  for (const word of words) if (/^\p{Ll}/u.test(word) && ++count >= 3) return true;
  return false;
}

/** A caption and its credit, split at the last credit cue. */
function readCredit(line: string): ImageCredit | null {
  // ("© Jane Roe/Reuters", "© dpa", "Jane Doe speaks in Rome. © Getty Images": a picture's
  // copyright sign, then the photographer's or the agency's names.)
  const sign = line.lastIndexOf('©');
  if (sign >= 0 && line.length <= MAX_CAPTION_LINE) {
    const credit = trimEndChars(line.slice(sign + 1).trim(), /[).]/).trim();
    const before = trimEndChars(line.slice(0, sign), /[\s(–—-]/).trim();
    if (credit.length > 0 && credit.length <= 80 && /^\p{L}/u.test(credit) && (before.length === 0 || CREDIT_NAMES.test(credit) || isPhotoAgency(credit))) return { caption: before || null, credit };
  }
  const courtesy = COURTESY_CREDIT.exec(line);
  if (courtesy !== null) {
    const credit = trimEndChars(line.slice(courtesy[0].length).trim(), /[).]/).trim();
    return credit.length > 0 && credit.length <= 80 ? { caption: null, credit } : null;
  }
  let last: RegExpExecArray | null = null;
  CREDIT_CUE.lastIndex = 0;
  for (let match = CREDIT_CUE.exec(line); match !== null; match = CREDIT_CUE.exec(line)) last = match;
  if (!last) return null;
  const credit = trimEndChars(line.slice(last.index + last[0].length).trim(), /[).]/).trim();
  if (credit.length === 0 || credit.length > 80) return null;
  // "PHOTOS: Ribadu present as governors meet …", "VIDEO: Floods hit …": a label in capitals
  // opening a line of ordinary words is a headline's, not a credit's.
  if (last.index === 0 && LABEL_IN_CAPITALS.test(last[0]) && !CREDIT_NAMES.test(credit) && hasOrdinaryWords(credit)) return null;
  const before = line.slice(0, last.index);
  // A sentence before the cue is body text that mentions a photo, not a caption, unless the
  // cue closes the line with names and agencies alone: a caption of several sentences
  // ("… Storting måndag. Dronning Sonja til venstre. Foto: Heiko Junge/NTB/NPK.").
  if (/[.!?]\s+\p{Lu}/u.test(before) && !CREDIT_NAMES.test(credit)) return null;
  const caption = trimEndChars(before, /[\s(–—-]/).trim();
  return { caption: caption || null, credit };
}

/**
 * A picture's credit line opened by "courtesy" with no colon, perhaps after a dash or a
 * parenthesis: "Photo courtesy Pixabay", "- Photo courtesy of the family", "Image courtesy of
 * NASA", Spanish and Portuguese "Foto cortesía de …", "Foto cortesia …". Only at the line's start:
 * "Museum returns photo courtesy of a donor" is a headline.
 */
const COURTESY_CREDIT = /^[-–—(]?\s?(?:photo(?:graph)?s?|images?|pictures?|fotos?) (?:courtesy|cortes[ií]a)(?: (?:of|de))? (?=\S)/iu;

/**
 * A stamp's labels with no date, alone or several on a line ("Published", "PUBLISHED: |
 * UPDATED:"), as a page prints them around dates a copy lost.
 */
function isBareCueLine(line: string): boolean {
  return line.length <= 80 && line.split(/ ?[|·•] ?/).every((part) => {
    const cue = STAMP_CUE.exec(part);
    return cue !== null && cue[0].length > 0 && cue[0].length === part.length;
  });
}

/**
 * A byline's cue alone on its line, its name lost in the copy ("von", "By", "Par"), the piece's
 * noun before it ("Artikel von"), or a blog theme's label for screen readers over its byline
 * and stamp ("Post author", "Post date"): no dek, no body.
 */
const BARE_BYLINE_CUE = /^(?:by|von|par|por|di|door|av|af|post author|post date|beitragsautor|beitrags-autor|beitragsdatum)$|^(?:(?:ein|eine|a|an|un|une|uno|una|um|uma) )?(?:artikel|beitrag|gastbeitrag|kommentar|article|post|story|billet|articolo|artículo|artigo|texte?) (?:von|by|par|por|di|de|door)$/i;

/** The longest photo caption read above the headline: AP's archive captions run to several sentences. */
const MAX_LONG_CAPTION = 1200;
/** A photo's credit inside the parentheses that close a line: "Photo by Jane Doe/Getty Images", "AP Photo/Jane Doe, File". */
const PHOTO_CREDIT = /^(?:(?:AP|AFP|Reuters|EPA|Getty) )?(?:photo|foto|image|picture)s?(?: by |: ?|\/)(\S.{0,79})$/i;

/**
 * A caption of any length that ends in a photo's credit in parentheses: the image above a
 * copied story ("FILE – … In this photo … . (Photo by Jane Doe/Getty Images)"), whose
 * sentences readCredit would take for body text.
 */
function closingPhotoCredit(line: string): ImageCredit | null {
  const open = line.lastIndexOf('(');
  if (open < 0 || !line.endsWith(')') || line.length - open > 100) return null;
  const credit = PHOTO_CREDIT.exec(line.slice(open + 1, -1));
  if (credit === null) return null;
  const caption = line.slice(0, open).trim();
  return { caption: caption || null, credit: credit[1]!.trim() };
}

/**
 * A line that opens with a month and a day and goes on in words ("Oct 11 Canadian telecom
 * provider EXFO Inc posted …"): a wire lead whose dateline is the date alone, hard-wrapped
 * into short lines, never a headline (a headline's date stands apart: "Oct 11: …", "Oct 11, 2024").
 */
const DATE_LEAD = new RegExp(String.raw`^(?:${[...ENGLISH_MONTH_NAMES.names, ...ENGLISH_MONTH_NAMES.abbreviations].join('|')})\.?\s\d{1,2}\s\p{L}`, 'iu');

const MAX_HEADER_LINES = 15;
/** A line that ends as a sentence does ("… on Tuesday.", "… she said.”"): no headline. */
const SENTENCE_END = /[.!?。！？]["”“’»«」』]?$/;

/**
 * Reads the header of a plain-text article: headline, dek, the publication stamp (as
 * written and as ISO 8601), the byline's people, photo captions with their credits (a
 * caption repeated, as copied pages often do, is one image), and where the body starts;
 * and the body's lines of page furniture (related links, ad markers, share and sign-up
 * calls, photo captions), which are no story text.
 *
 * @example
 * readTextMetadata('Headline\nDek\nPublished: Jun 27, 2024 08:43 PM\n\nBody.').published
 * //=> '2024-06-27T20:43'
 * readTextMetadata('Headline\n\nBody.\nREAD MORE: Other story\nMore body.').furniture
 * //=> [{ text: 'READ MORE: Other story', start: 16, end: 38 }]
 */
export function readTextMetadata(text: string): TextMetadata {
  assertText(text, 'readTextMetadata');
  const result: TextMetadata = { title: null, subtitle: null, published: null, publishedRaw: null, authors: [], images: [], bodyStart: 0, furniture: [] };
  const seenImages = new Set<string>();
  const authors: Author[] = [];
  // (Set by the byline test that reads a name at its outlet, once per line.)
  let outletAuthors: Author[] | null = null;
  let offset = 0;
  let lines = 0;
  let sawStamp = false;
  // Whether the stamp read is the last change ("Updated …"): a publication stamp after it is the story's date.
  let publishedIsUpdate = false;
  /** Whether the publication day was read above the headline (a top bar's date, or the story's). */
  let publishedAboveTitle = false;
  let lastBareCue = false;
  // The last line of names alone read as the byline: a platform prints it twice, as a link and as text.
  let lastBareByline: string | null = null;
  /** The header line (counted as `lines`) that the bare byline stood on. */
  let bareBylineLine = -1;
  // The header line the headline was read on: a dek follows it within two lines.
  let titleLine = -1;
  /** Above the headline, a list of links copied address and label a line each was read ({@link isAddressLine}). */
  let inLinkList = false;
  // A press release's sender block above its headline (see senderBlock): read once, at the first line.
  let sender: SenderBlock | null | undefined;
  let wrapped: { line: string; next: number } | null;
  // The header line a photo's credit or label was read on under the headline: the reporter's name may follow it.
  let creditLine = -2;
  // The header line the dek was read on.
  let dekLine = -1;
  // A picture's alt text read above the headline (its key), whose caption repeats it under the headline.
  let altText: string | null = null;
  while (offset < text.length && lines < MAX_HEADER_LINES) {
    const newline = text.indexOf('\n', offset);
    const lineEnd = newline === -1 ? text.length : newline;
    const rawLine = text.slice(offset, lineEnd);
    const next = newline === -1 ? text.length : newline + 1;
    // Every header line is at most 400 characters: a longer one opens the body, and is not
    // rebuilt (a megabyte-long first line costs one short scan).
    const long = exceedsCollapsed(rawLine, 400);
    const line = long && rawLine.length > MAX_LONG_CAPTION ? '' : collapseLine(rawLine);
    // (Except a photo's long caption closed by its credit in parentheses, which no body paragraph is.)
    const longCaption = long && line.length > 0 ? closingPhotoCredit(line) : null;
    if (long && longCaption === null) {
      result.bodyStart = offset + (rawLine.length - rawLine.trimStart().length);
      break;
    }
    if (line.length === 0) {
      offset = next;
      continue;
    }
    const lineStart = offset + (rawLine.length - rawLine.trimStart().length);
    // A stamp's label a page printed on lines of its own, with no date ("Published" / "on"):
    // skipped, never a headline or a dek.
    if (isBareCueLine(line) || (lastBareCue && /^(?:on|at|le|am|el|il)$/i.test(line)) || (result.title !== null && BARE_BYLINE_CUE.test(line))) {
      lastBareCue = true;
      lines++;
      offset = next;
      result.bodyStart = offset;
      continue;
    }
    lastBareCue = false;
    if (sender === undefined) {
      sender = senderBlock(text, lineStart);
      if (sender !== null) {
        if (sender.date !== null) {
          result.published = sender.date;
          result.publishedRaw = sender.raw;
        }
        lines++;
        offset = sender.end;
        result.bodyStart = offset;
        continue;
      }
    }
    // A template's placeholder left unfilled ("Enter subtitle here", "Inserisci qui il
    // Sottotitolo", "Lorem ipsum …"): skipped, never the headline or the dek.
    // (So are a press release's label, a filing's exhibit label, a contact's line, a relative
    // stamp with the page's labels, an image's file name and the piece's kind, above the headline
    // or under it: "FOR IMMEDIATE RELEASE", "Exhibit 99.1", "Media contact: Jo Roe",
    // "robert-montague.png", "Peer-Reviewed Publication".)
    if (isPlaceholderLine(line) || releaseLabel(line) === '' || isExhibitLabel(line) || isContactLine(line) || isRelativeStampLine(line) || isImageFileName(line) || isGenreLabel(line)) {
      lines++;
      offset = next;
      result.bodyStart = offset;
      continue;
    }
    // Above the headline, a web address or a site's path alone on its line ("/getHTML/media/123",
    // "https://example.com/x"), and in a list of links copied address and label a line each,
    // the label under it (the last pair's too, once two have been read): the page's widgets,
    // never the headline.
    if (result.title === null && isAddressLine(line)) {
      const label = nextLineAt(text, next);
      const after = label === null ? null : nextLineAt(text, label.next);
      if (label !== null && !isAddressLine(label.line) && ((after !== null && isAddressLine(after.line)) || inLinkList)) {
        inLinkList = true;
        offset = label.next;
      } else offset = next;
      lines++;
      result.bodyStart = offset;
      continue;
    }
    // Above the headline, a page's menu copied one link a line ("ANA SAYFA" / "GÜNDEM" /
    // "SİYASET" / …): skipped whole, never the headline and its dek.
    const menuEnd = result.title === null ? menuRunEnd(text, lineStart) : -1;
    if (menuEnd > 0) {
      lines++;
      offset = menuEnd;
      result.bodyStart = offset;
      continue;
    }
    // Above the headline, a page's navigation and section labels ("Skip to content", "Breaking
    // News", "Nation", "Malaysia", "Toronto") and its masthead ("Milwaukee Journal Sentinel", "AP News")
    // are skipped, never the headline; so is an ad's or a share bar's label ("Advertisement
    // Banner", "Share this article", "5 min read").
    if (result.title === null && (isNavigationLine(line) || isPhraseLine(line) || isMastheadLine(line) || isCountryLine(line) || isCountedSection(line) || isCity(line) || isRegionLabel(line) || isUncasedLabel(line) || isKickerAbove(line, text, next) || isUnreadDate(line) || isAgencyChannel(line) || isUnreadLetterless(line) || ISSUE_LABEL.test(line) || (REFERENCE_LABEL.test(line) && readStamp(line) === null))) {
      lines++;
      offset = next;
      result.bodyStart = offset;
      continue;
    }
    // Under the headline, a widget's buttons ("Send Push", "Share Tweet") are no dek and no byline.
    if (result.title !== null && isControlLabel(line)) {
      lines++;
      offset = next;
      result.bodyStart = offset;
      continue;
    }
    // A picture's alt text above the headline, its caption repeating it a few lines down
    // ("Governor Jane Doe" / <headline> / "Governor Jane Doe."): the picture's, no headline,
    // and the repeat no dek.
    if (result.title === null && altText === null && line.length <= 200 && repeatedBelow(line, text, next)) {
      altText = captionKey(line);
      lines++;
      offset = next;
      result.bodyStart = offset;
      continue;
    }
    if (altText !== null && result.title !== null && captionKey(line) === altText) {
      const key = `${line}\u0000`.toLowerCase();
      if (!seenImages.has(key)) {
        seenImages.add(key);
        result.images.push({ caption: line, credit: null });
      }
      altText = null;
      lines++;
      offset = next;
      result.bodyStart = offset;
      continue;
    }
    // A standfirst some sites print above the headline: the header goes on under it.
    if (lines === 0 && result.title === null && line.length <= 400 && SENTENCE_END.test(line) && standfirstAbove(text, next)) {
      result.subtitle = line;
      lines++;
      offset = next;
      result.bodyStart = offset;
      continue;
    }
    // The headline under a line read as one that was the page's chrome: a section trail glued
    // to the headline ("Haberler Gündem <headline>" over "<headline>"), or a menu's label with
    // the site's name over the headline printed twice ("Menü Example News" / stamp /
    // "<headline>" / "<headline>").
    if (result.title !== null && lines - titleLine <= 4 && displacesTitle(result.title, line, text, next)) {
      result.title = line;
      result.subtitle = null;
      titleLine = lines;
      dekLine = -1;
      lines++;
      offset = next;
      result.bodyStart = offset;
      continue;
    }
    // A photo's caption, then its credit in brackets on the next line ("A view of the harbour." /
    // "(Jane Doe / Example Daily)"), between the headline and the byline or stamp: the picture's.
    const captioned = result.title !== null && !sawStamp ? captionOverCredit(line, text, next) : null;
    if (captioned !== null) {
      const key = `${captioned.image.caption ?? ''}\u0000${captioned.image.credit ?? ''}`.toLowerCase();
      if (!seenImages.has(key)) {
        seenImages.add(key);
        result.images.push(captioned.image);
      }
      lines += 2;
      offset = captioned.next;
      result.bodyStart = offset;
      continue;
    }
    const header = headerLine(line, longCaption);
    if (header?.kind === 'stamp') {
      // (With no publication stamp, the update's day stands for it: the story is of that day or older.
      // A date line above the headline, as a portal's top bar prints the day it is read, gives way
      // to the story's own stamp under the headline.)
      if (result.published === null || (publishedIsUpdate && !header.update) || (publishedAboveTitle && result.title !== null && !header.update)) {
        result.publishedRaw = line;
        result.published = header.date;
        publishedIsUpdate = header.update;
        publishedAboveTitle = result.title === null;
      }
      // (Above the headline, a name with no cue beside the day is a headline in title case and its
      // day, "Weekly Update - 3 May 2024", unless it opens with a known given name.)
      if (header.byline !== null && (result.title !== null || !BARE_NAME.test(header.byline) || opensWithGivenName(header.byline))) authors.push(...parseByline(header.byline).authors);
      sawStamp = true;
    } else if (header?.kind === 'credit') {
      const image = header.image;
      if (result.title !== null) creditLine = lines;
      // (A picture's label alone, "Symbolfoto", is no image to list.)
      if (image.caption === null && image.credit === null) {
        lines++;
        offset = next;
        result.bodyStart = offset;
        continue;
      }
      const key = `${image.caption ?? ''}\u0000${image.credit ?? ''}`.toLowerCase();
      if (!seenImages.has(key)) {
        seenImages.add(key);
        result.images.push(image);
      }
    } else if (header?.kind === 'byline') {
      // ("Un article de Jean Dupont": the credit from its cue, "de" read as "by".)
      authors.push(...parseByline((startsWithBylineCue(line) ? null : workCredit(line)) ?? line).authors);
      // ("por Ana Lima publicado 16/02/2022 14h45", "Von Anna Schmidt | Veröffentlicht am 3. Juni 2024":
      // the publication stamp the byline's line goes on with.)
      const stamp = result.published === null || publishedIsUpdate ? parseStamp(line) : null;
      if (stamp !== null && stamp.label === 'published') {
        result.published = stamp.value;
        result.publishedRaw = line;
        sawStamp = true;
        publishedIsUpdate = false;
      }
    } else if (result.title !== null && authors.length === 0 && lines - titleLine <= 3 && (outletAuthors = authorsAtOutlet(line)) !== null) {
      // A name and the outlet after a comma, perhaps after the section's label ("News - Jane
      // Doe, Example Times"): the byline without its "By".
      authors.push(...outletAuthors);
    } else if (result.title !== null && !sawStamp && isDeskOverStamp(line, text, next)) {
      // A desk's name alone over the stamp ("Redaktion", "Newsdesk"): the newsroom's credit, no dek.
    } else if (result.title !== null && isRoleAtOutlet(line)) {
      // A byline that names the reporter's job and the outlet, no person ("Staff Correspondent,
      // bdnews24.com"): no dek, and no author; the header goes on.
    } else if (result.title !== null && authors.length === 0 && lines - titleLine <= 3 && (isReporterLine(line) || isSeparatedCredit(line, text, next))) {
      // A reporter's name and title in Chinese, Japanese or Korean ("홍길동 기자", "山田太郎記者"), or a
      // name and the outlet or job after a bar or a dot ("Jane Doe | Reuters", "Jane Doe · Senior
      // Reporter"): the byline without its cue.
      authors.push(...parseByline(line).authors);
    } else if (result.title !== null && lastBareByline !== null && lines === bareBylineLine + 1 && isRoleLine(line)) {
      // The job under the name, on a line of its own ("Jane Doe" / "Staff Writer" / the stamp): no dek.
    } else if (result.title !== null && (line === lastBareByline || isBareByline(line.replace(LIST_MARK, ''), text, next) || (lines === creditLine + 1 && isNameAfterCredit(line, text, next)))) {
      // (The second of a name printed twice is the same byline.)
      if (line !== lastBareByline) authors.push(...parseByline(line.replace(LIST_MARK, '')).authors);
      lastBareByline = line;
      bareBylineLine = lines;
    } else if (result.title !== null && authors.length === 0 && lines - titleLine <= 3 && isRoleByline(line, text, next)) {
      // A name and the reporter's job after a slash, perhaps after a dash ("- Jane Doe/Senior Staff Reporter").
      authors.push(...parseByline(line.replace(BYLINE_DASH, '')).authors);
    } else if (result.title === null && lines <= 2 && SECTION_HASHTAG.test(line)) {
      // A section's hashtag over the header ("#Market News"): no headline; the header goes on.
    } else if (result.title === null && (wrapped = wrappedHeadline(line, text, next)) !== null) {
      // A headline hard-wrapped over two lines, the dateline under it (a press release's, as a filing prints it).
      result.title = `${line} ${wrapped.line}`;
      titleLine = lines;
      offset = wrapped.next;
      lines++;
      result.bodyStart = offset;
      continue;
    } else if (result.title === null && line.length <= 300 && (!SENTENCE_END.test(line) || isCapsHeadline(line) || isCalloutHeadline(text, line, next) || headlineOverDateline(line, text, next) || headlineOverByline(line, text, next)) && !DATE_LEAD.test(line) && !isDatedDateline(line) && !isAgencyDateline(line) && !wrapsIntoNextLine(line, text, next) && !isSentences(line)) {
      // (A breadcrumb's last separator left before the headline, the trail's steps on lines of their own above: "» <headline>".)
      result.title = withoutBreadcrumb(line).replace(GLUED_CLOCK, '').replace(CRUMB_OPENER, '');
      titleLine = lines;
    } else if (result.title !== null && result.subtitle !== null && joinsTitle(result.title, result.subtitle, line)) {
      // A page's title that joins its headline and its dek, printed above both: the shorter
      // part is the headline ("<dek>: <headline>" on a regional paper, "30.11. | Buch der Woche
      // - <the book>" on a magazine), the longer the dek.
      if (line.length <= result.subtitle.length) result.title = line;
      else {
        result.title = result.subtitle;
        result.subtitle = line;
      }
    } else if (result.title !== null && line.length <= 30 && CAPS_KICKER.test(line) && datelineFollows(text, next)) {
      // A topic tag in capitals between the headline and the dateline ("INCIDENCIAS CHAMARTIN"): no dek, no byline.
    } else if (result.title !== null && endsWithReadingTime(line)) {
      // A stamp line whose day has no year, closed by the reading time ("Nov 5 · 21 min read"): no dek.
    } else if (result.title !== null && withoutBreadcrumb(line) !== line) {
      // A breadcrumb trail from the front page under the headline ("Home > Council > News > <the
      // headline>"): no dek, and the header goes on.
    } else if (line === result.title) {
      // A copied page that prints its headline twice (a share card's copy under it): no dek.
    } else if (
      // A furniture line under the headline ("Advertisement", "Share this article") is no dek: it opens the body, as furniture.
      // (Nor a line that leads in to what follows it, ending in a colon.)
      result.title !== null && result.subtitle === null && !sawStamp && line.length <= 400 && lines - titleLine <= 2 && !line.endsWith(':') && !opensWithDateline(line) && (!isLead(text, line, next) || nextLine(text, next) === result.title) && !isFurnitureLine(line) && !isSignpostLine(line) && !isOutletLine(line) &&
      // (Nor a counter's numbers, "1,062 0", nor a lone "|": the body starts there; nor an
      // institution's name in capitals, "MORRIS ANIMAL FOUNDATION", as a release portal credits the source.)
      !isLetterless(line) && !(/\p{Lu}/u.test(line) && !/\p{Ll}/u.test(line) && line.includes(' ') && isOrganizationName(line))
    ) {
      result.subtitle = line;
      dekLine = lines;
    } else if (result.title !== null && !sawStamp && (isFurnitureLine(line) || isSignpostLine(line) || isOutletLine(line)) && headerFollows(text, next)) {
      // A caption or share label between the headline and the stamp ("… (REUTERS/Jane Doe)",
      // then "Updated 23 May 2017") is the header's furniture: the stamp below it is still read.
      // (So is a related-link label left alone, its link lost in the copy: "À lire aussi", "Lesen Sie auch".)
    } else {
      // (The site's stamp after a wire story's dateline, "Paris, March 2 (AFP) Mar 02, 2018", dates
      // the story; the dateline opens the body.)
      // (So does a local paper's stamp that the report runs on from: "Montabaur | 25. Januar 2024 | (ww). Nach …".)
      const wireStamp = result.published === null ? agencyDatelineStamp(line) ?? localStampOpening(line) ?? weekdayDateLead(line) : null;
      if (wireStamp) {
        result.published = wireStamp;
        result.publishedRaw = line;
      }
      result.bodyStart = lineStart;
      break;
    }
    lines++;
    offset = next;
    result.bodyStart = offset;
  }
  if (offset >= text.length) result.bodyStart = text.length;
  // A regional paper's teaser printed above its headline, the photo's credit right under the headline.
  if (result.title !== null && result.subtitle !== null && dekLine === titleLine + 1 && creditLine === dekLine + 1 && isTeaserOverHeadline(result.title, result.subtitle)) {
    [result.title, result.subtitle] = [result.subtitle, result.title];
  }
  if (result.title !== null) result.title = withoutWireVersion(withoutPlaceLabel(result.title));
  // A headline closed by its day in figures in parentheses ("… raad 28 september 2017 (29-09-2017)"): the stamp.
  const titleDate = result.title === null ? null : CLOSING_DATE.exec(result.title);
  const closingDate = titleDate === null ? null : normalizeDate(titleDate[1]!);
  if (titleDate !== null && closingDate !== null && closingDate.length === 10) {
    result.title = result.title!.slice(0, titleDate.index);
    if (result.published === null) {
      result.published = closingDate;
      result.publishedRaw = titleDate[1]!;
    }
  }
  // A headline closed by its stamp in square brackets ("…[2023/01/01 00:00]"): the stamp.
  const bracketed = result.title === null ? null : BRACKETED_STAMP.exec(result.title);
  const bracketedDate = bracketed === null ? null : normalizeDate(bracketed[1]!);
  if (bracketed !== null && bracketedDate !== null && bracketed.index > 0) {
    result.title = result.title!.slice(0, bracketed.index);
    if (result.published === null) {
      result.published = bracketedDate;
      result.publishedRaw = bracketed[1]!;
    }
  }
  // A headline with the release's date run into its line ("… in Zwolle 12 maart 2024",
  // "… Zwolle12-03-2024", "… Nieuwsbericht | 12-03-2024 | 14:00"): the date is the stamp.
  const gluedDate = result.title === null ? null : closingHeadlineDate(result.title) ?? openingHeadlineDate(result.title);
  if (gluedDate !== null && (result.published === null || result.published.slice(0, 10) === gluedDate.date.slice(0, 10))) {
    result.title = gluedDate.title;
    if (result.published === null) {
      result.published = gluedDate.date;
      result.publishedRaw = gluedDate.raw;
    }
  }
  // A stamp in slashed figures that reads either way ("01/03/2025") was read month first, as
  // American stamps run; in a text in another language it runs day first ("Em 01/03/2025").
  if (result.published !== null && result.publishedRaw !== null) result.published = dayFirstInText(result.published, result.publishedRaw, text);
  // A pasted page that prints its lead first, then the byline and the stamp: read them there.
  const late = result.title !== null && (authors.length === 0 || result.published === null || publishedIsUpdate) ? lateHeader(text, result.bodyStart) : [];
  for (const line of late) {
    if (line.kind === 'byline' && authors.length === 0) authors.push(...line.authors);
    else if (line.kind === 'stamp' && (result.published === null || publishedIsUpdate)) {
      result.published = line.date;
      result.publishedRaw = line.text;
      publishedIsUpdate = false;
    }
  }
  // (One person credited twice, a name printed as a link and as text, or in the byline and the stamp line, is one author.)
  const seenNames = new Set<string>();
  result.authors = authors.filter((author) => {
    const key = author.name.toLowerCase();
    if (seenNames.has(key)) return false;
    seenNames.add(key);
    return true;
  });
  result.furniture = readFurniture(text, result.bodyStart);
  const furnished = new Set(result.furniture.map((span) => span.start));
  const lateSpans = late.filter((line) => !furnished.has(line.start)).map(({ text: lineText, start, end }) => ({ text: lineText, start, end }));
  if (lateSpans.length > 0) result.furniture = [...result.furniture, ...lateSpans].sort((a, b) => a.start - b.start);
  return result;
}

/** A clock after a headline's closing date ("… 12-03-2024 | 14:00", "… 12 maart 2024, 14.00 uur"). */
const TRAILING_CLOCK = /[\s,|·•–—-]{1,4}(?:[01]?\d|2[0-3])[:.][0-5]\d(?: ?(?:uur|uhr|h|hrs))?$/i;
/** A day-first date in figures closing a line ("12-03-2024", "12.03.2024"). */
const TRAILING_NUMERIC_DATE = /(?<!\d)\d{1,2}([-.])\d{1,2}\1(?:19|20)\d{2}$/;
/** A written day-first date closing a line ("12 maart 2024", "12. März 2024"). */
const TRAILING_WRITTEN_DATE = /(?<![\p{L}\d])\d{1,2}\.? \p{L}{3,12}\.? (?:19|20)\d{2}$/u;
/**
 * The year closing {@link TRAILING_WRITTEN_DATE}, tested first: compiling that pattern for a
 * two-byte string costs V8 about 0.3 G instructions (its unanchored search over `\p{L}{3,12}`),
 * a fresh process's largest regex, and few headlines end in a year.
 */
const TRAILING_YEAR = / (?:19|20)\d{2}$/;
/** A news item's kind, printed before its date ("Nieuwsbericht | 12-03-2024"). */
const ITEM_KIND = /^(?:nieuwsbericht|nieuws|news|nachricht|meldung|noticia|notizia|actualité|nyhet|nyhed|uutinen)$/i;
/** An ISO date opening a headline's line, before a capitalised word ("2020-05-08 Kommuntidningen …", "2020-05-08 | Neue …"). */
const OPENING_DATE = /^\d{4}-\d{2}-\d{2}(?: [|·•–—-])? (?=\p{Lu})/u;

/**
 * A headline whose line opens with the item's date in ISO form, as a municipality's or a
 * company's news list prints it ("2020-05-08 Kommuntidningen Här&Nu nr 2 utgår"): the date is
 * the stamp and the headline what follows, when three words or more follow. (A day written
 * otherwise may be the headline's subject: "11.09.2001 – Der Tag, der …".)
 */
function openingHeadlineDate(title: string): { title: string; date: string; raw: string } | null {
  const match = OPENING_DATE.exec(title);
  if (match === null) return null;
  const rest = title.slice(match[0].length);
  const raw = trimEndChars(match[0], /[\s|·•–—-]/);
  const date = readDate(raw, true);
  if (date === null || rest.split(' ').length < 3) return null;
  return { title: rest, date, raw };
}

const isItemKind = (word: string): boolean => ITEM_KIND.test(word) || releaseLabel(word) === '';

/** The words that set a date inside a headline's sentence ("… am 12. März 2024", "… op 12 maart 2024", "… until 12 March 2024"). */
const DATE_PREPOSITION = new Set(['on', 'by', 'from', 'until', 'till', 'since', 'before', 'after', 'to', 'the', 'of', 'am', 'vom', 'bis', 'seit', 'ab', 'zum', 'vor', 'nach', 'op', 'tot', 'vanaf', 'per', 'sinds', 'voor', 'na', 'van', 'le', 'du', 'au', 'depuis', 'avant', 'après', 'el', 'del', 'al', 'desde', 'hasta', 'de', 'a', 'il', 'dal', 'entro', 'em', 'dia', 'até', 'den', 'på', 'fra', 'från', 'till', 'innen', 'w', 'do', 'od']);

/**
 * A headline whose line runs on into the release's date ("Gemeente opent nieuw zwembad in
 * Zwolle 12 maart 2024", "… Zwolle12-03-2024", "… Nieuwsbericht | 12-03-2024 | 14:00", as a
 * government site's title, kind and date run together in a copy): the headline before it and
 * the date, read day first. Not a date the headline's sentence sets with a preposition ("…
 * opent op 12 maart 2024", "Elections set for 12 March 2024" keep theirs), nor one after a
 * lower-case word, nor one that leaves fewer than three words.
 */
function closingHeadlineDate(title: string): { title: string; date: string; raw: string } | null {
  if (title.length > 300 || !/\d/.test(title)) return null;
  const clock = TRAILING_CLOCK.exec(title);
  const head = clock === null ? title : title.slice(0, clock.index);
  const match = TRAILING_NUMERIC_DATE.exec(head) ?? (TRAILING_YEAR.test(head) ? TRAILING_WRITTEN_DATE.exec(head) : null);
  if (match === null) return null;
  const date = readDate(title.slice(match.index), true);
  if (date === null) return null;
  let before = title.slice(0, match.index);
  // (Glued to the headline's last letter, or set apart by a separator: the headline ends there.)
  let apart = /\p{L}$/u.test(before) || /[|·•–—]\s*$|\s-\s*$/.test(before);
  before = trimEndChars(before, /[\s|·•–—-]/);
  const space = before.lastIndexOf(' ');
  const last = before.slice(space + 1);
  // (The kind glued to the headline's last word as well: "…AlmereNieuwsbericht".)
  const glue = /\p{Ll}\p{Lu}\p{Ll}+$/u.exec(last);
  const kind = glue !== null && isItemKind(last.slice(glue.index + 1)) ? last.slice(glue.index + 1) : isItemKind(last) ? last : null;
  if (kind !== null) {
    before = trimEndChars(before.slice(0, before.length - kind.length), /[\s|·•–—:-]/);
    apart = true;
  } else if (!apart && (DATE_PREPOSITION.has(last.toLowerCase()) || !/^\p{Lu}/u.test(last))) return null;
  if (before.split(' ').length < 3) return null;
  return { title: before, date, raw: title.slice(match.index).trim() };
}

/** A date in slashed or dashed figures that reads either way, month or day first ("01/03/2025", "4/6/24", "01-04-2020"). */
const EITHER_WAY_SLASH_DATE = /(?<!\d)(\d{1,2})([/-])(\d{1,2})\2(?:\d{4}|\d{2})(?!\d)/;
/**
 * Words that only English uses among the languages of the web's news (function words and
 * "said"); not "for" and "have" (Danish and Norwegian words too), nor "was" and "will" (German).
 */
const ENGLISH_WORDS = new Set(['the', 'and', 'of', 'were', 'that', 'with', 'said', 'has', 'from', 'which', 'their', 'been', 'this', 'would', 'they', 'are']);

/**
 * Whether a text reads as English: one word in twenty of its opening two hundred or so is one
 * that only English uses ({@link ENGLISH_WORDS}).
 */
function readsAsEnglish(text: string): boolean {
  const words = text.slice(0, 1500).toLowerCase().match(/\p{L}+/gu) ?? [];
  if (words.length < 20) return true;
  let english = 0;
  for (const word of words) if (ENGLISH_WORDS.has(word)) english++;
  return english * 20 >= words.length;
}

/**
 * The publication day of a stamp in slashed or dashed figures that reads either way, read day
 * first when the text is not English: Portuguese, Spanish, French, Italian, German, Danish and
 * most other languages write the day first ("Em 01/03/2025" is 1 March, "01-04-2020" on a Danish
 * page 1 April), and the stamp reader, with no label to tell the language, reads American order.
 * Any other date is kept.
 */
function dayFirstInText(published: string, raw: string, text: string): string {
  const match = EITHER_WAY_SLASH_DATE.exec(raw);
  if (match === null) return published;
  const first = Number(match[1]);
  const second = Number(match[3]);
  if (first === second || first > 12 || second > 12) return published;
  // (Read month first: the first figure is the month.)
  if (Number(published.slice(5, 7)) !== first || Number(published.slice(8, 10)) !== second || readsAsEnglish(text)) return published;
  return `${published.slice(0, 5)}${String(second).padStart(2, '0')}-${String(first).padStart(2, '0')}${published.slice(10)}`;
}

/**
 * A headline in capitals closed by a stop, as blogs print theirs ("MVUTANO WAIBUKA KWENYE
 * BARAZA LA MADIWANI."): four words or more, no lower-case letter, one sentence. No story's
 * sentence is set in capitals.
 */
function isCapsHeadline(line: string): boolean {
  return line.length <= 200 && line.endsWith('.') && !/\p{Ll}/u.test(line) && !/[.!?] /.test(line) && line.split(' ').length >= 4 && /\p{Lu}{2}/u.test(line);
}

/**
 * A file's or case's reference number with its label, above a decision or a notice
 * ("Sagsnummer: 2019-80-0370", "Case No.: 12-345", "Aktenzeichen: 4/21"): figures alone after
 * the colon, never the headline.
 */
const REFERENCE_LABEL = /^\p{L}[\p{L}. ]{1,30}: ?\d[\d/.# -]{2,40}$/u;

/** A breadcrumb's separator opening a line, before a letter ("» ", "› ", "> "). */
const CRUMB_OPENER = /^[»›>→] (?=\p{L})/u;

/** A caption's comparison key: lower case, without its closing stop and its spaces. */
const captionKey = (line: string): string => trimEndChars(line, /[\s.]/).replace(/\s+/g, ' ').toLowerCase();

/**
 * Whether a line of three words or more comes again, bar a closing stop, within the next four
 * lines after another one: a picture's alt text pasted above the headline and its caption
 * under it. (A headline printed twice in a row is the headline: another line stands between,
 * and one that could be the headline, not only a breadcrumb trail or a navigation label.)
 */
function repeatedBelow(line: string, text: string, next: number): boolean {
  if (line.split(' ').length < 3) return false;
  const key = captionKey(line);
  let at = next;
  let headlineBetween = false;
  for (let count = 0; count < 4; count++) {
    const following = nextLineAt(text, at);
    if (following === null) return false;
    if (captionKey(following.line) === key) return headlineBetween || headlineAfter(text, following.next);
    headlineBetween ||= withoutBreadcrumb(following.line) === following.line && !isNavigationLine(following.line) && !isStandfirst(following.line);
    at = following.next;
  }
  return false;
}

/**
 * Whether the line at `offset` reads as a headline of its own: four words or more, no stop, no
 * header line. A site's or a show's name printed over its tag line and again over the story's
 * headline ("Example News Roundup" / "<tag line>." / "Example News Roundup" / "<headline>") is
 * the masthead, not the headline.
 */
function headlineAfter(text: string, offset: number): boolean {
  const after = nextLineAt(text, offset)?.line;
  return after !== undefined && after.length <= 200 && after.split(' ').length >= 4 && !SENTENCE_END.test(after) && readHeaderLine(after) === null && !isNavigationLine(after) && !isFurnitureLine(after);
}

/**
 * A standfirst's sentence: a line of eight words or more closed by a full stop. No headline
 * stands between a share card's headline and its copy over the story ("<headline>" / "<dek>." /
 * "<headline>"): the line read twice is the headline, not a picture's alt text.
 */
function isStandfirst(line: string): boolean {
  return /\.["”“’»«]?$/.test(line) && !/(?:\.\.\.|…)["”“’»«]?$/.test(line) && line.split(' ').length >= 8;
}

/** A line of the late header: a byline with the authors it names, or a stamp with its date. */
type LateHeaderLine = Span & ({ kind: 'byline'; authors: Author[] } | { kind: 'stamp'; date: string });

/** A wire story's closing credits, which name its reporters and editors, not a byline. */
const WIRE_CREDITS = /^\(?(?:additional )?(?:reporting|writing|editing)\b/i;

/** How many lines after the body's first the late header is looked for. */
const LATE_HEADER_LINES = 4;
/** How far after the body's start (characters) the late header is looked for: a lead paragraph and a few short lines. */
const LATE_HEADER_REACH = 3000;

/**
 * The byline and the labelled publication stamp a copied page prints right after its lead
 * paragraph ("DUBAI — Never before …" / "By Meraj Rizvi (UAE Editor) And Zoe Sinclair" /
 * "Published: Tue 15 Jan 2008, 9:30 AM"): only lines that are nothing else, in the few lines
 * after the first paragraph (a byline of names only, a stamp with its "Published" label), and
 * above the page's tail or a related link.
 */
function lateHeader(text: string, bodyStart: number): LateHeaderLine[] {
  const found: LateHeaderLine[] = [];
  let offset = bodyStart;
  for (let count = 0; offset < text.length && count <= LATE_HEADER_LINES && offset - bodyStart < LATE_HEADER_REACH; ) {
    const newline = text.indexOf('\n', offset);
    const lineEnd = newline === -1 ? text.length : newline;
    const raw = text.slice(offset, lineEnd);
    const trimmed = raw.trim();
    if (trimmed.length > 0) {
      const line = collapseLine(trimmed);
      const start = offset + (raw.length - raw.trimStart().length);
      const span = { text: trimmed, start, end: start + trimmed.length };
      // (The first line is the lead paragraph itself.) The page's tail or a link to another
      // story ("Related stories", "READ MORE: …") ends the search: a byline under it is that story's.
      if (count > 0 && (isTailOpener(line) || isLinkLine(line))) break;
      if (count > 0 && line.length <= 150) {
        const stamp = parseStamp(line);
        if (stamp !== null && stamp.label === 'published' && stamp.start === 0 && line.length - stamp.end < 4) found.push({ ...span, kind: 'stamp', date: stamp.value });
        // (Not a wire story's closing credits, "Reporting by …; Editing by …": furniture of their own.)
        else if (startsWithBylineCue(line) && !WIRE_CREDITS.test(line) && !SENTENCE_END.test(line)) {
          const { authors } = parseByline(line);
          if (authors.length > 0) found.push({ ...span, kind: 'byline', authors });
        }
      }
      count++;
    }
    if (newline === -1) break;
    offset = newline + 1;
  }
  return found;
}

/**
 * A stamp line whose date is relative, so that no day can be read from it, with the page's
 * labels around it: opening the line ("3 hours ago", "2 giorni fa · Politica"), glued to a
 * section's label as a copy runs them together ("News4 weeks ago update CyberOracle"), or after
 * a section's label and a separator ("Politics | 3 hours ago"); a few words at most after it.
 * Never a dek or a headline ("Storm hit the coast 3 days ago" keeps its words before it). A
 * byline with a relative stamp ("By Jo Roe | 3 hours ago") is the byline's to read.
 */
function isRelativeStampLine(line: string): boolean {
  if (line.length > 80 || SENTENCE_END.test(line) || startsWithBylineCue(line)) return false;
  const stamp = relativeStampIn(line);
  if (stamp === null) return false;
  const after = line.slice(stamp.end).trim();
  if (after.length > 0 && after.split(' ').length > 3) return false;
  const before = line.slice(0, stamp.start);
  if (before.length === 0 || /\p{L}$/u.test(before)) return true;
  const label = trimEndChars(before, STAMP_SEPARATOR);
  return label.length < before.length - 1 && isNavigationLine(label);
}

/** A day in figures in parentheses closing a headline ("(29-09-2017)", "(2017-09-29)", "(29.09.2017)"). */
const CLOSING_DATE = / \((\d{1,2}[-./]\d{1,2}[-./]\d{4}|\d{4}-\d{2}-\d{2})\)$/;

/** A stamp in square brackets closing a headline, year first ("…答え出す」[2023/01/01 00:00]", as Japanese broadcasters print it). */
const BRACKETED_STAMP = /\s?[[［](\d{4}[-./]\d{1,2}[-./]\d{1,2}(?: \d{1,2}:\d{2})?)[\]］]$/;

/** The points of a teaser a regional paper joins with a dash ("Gremium wächst um vier Sitze - Auch die CDU profitiert"). */
const TEASER_JOIN = ' - ';

/**
 * Whether the line read as the headline is a teaser printed above the one read as the dek, as a
 * German regional paper's copy has them ("Gremium hat vier Sitze mehr, weil … - Auch CDU und FWG
 * profitieren" over "Stadtrat ist um vier Plätze gewachsen: Grüne profitieren", then "Symbolfoto"):
 * two points joined by a dash, each of three words or more, the line longer than the one under it
 * by twenty characters or more, which has no such dash. The caller has seen the photo's credit
 * right under the second line; a headline over its dek is shorter than the dek.
 */
function isTeaserOverHeadline(first: string, second: string): boolean {
  const join = first.indexOf(TEASER_JOIN);
  if (join < 0 || first.length < second.length + 20 || second.includes(TEASER_JOIN) || SENTENCE_END.test(second)) return false;
  const words = (part: string): number => part.trim().split(' ').length;
  const point = first.slice(join + TEASER_JOIN.length);
  // (Each point opens as a sentence, and the teaser is set in sentence case: "… - thousands still
  // without power" goes on as one headline, and a headline in title case is no teaser.)
  return words(first.slice(0, join)) >= 3 && words(point) >= 3 && /^\p{Lu}/u.test(point) && isSentenceCase(first);
}

/** Two or three capitalised words, each perhaps two joined by a hyphen ("Katrin Berger-Wolf"). */
const CREDITED_REPORTER = /^\p{Lu}[\p{Ll}'’]+(?:-\p{Lu}[\p{Ll}'’]+)?(?: \p{Lu}[\p{Ll}'’]+(?:-\p{Lu}[\p{Ll}'’]+)?){1,2}$/u;

/**
 * A reporter's name alone right under the photo's credit in the header ("Symbolfoto" / "Katrin
 * Berger" / the report): two or three capitalised words that read as one person, the story's
 * paragraph after it. A name under the headline with no credit before it may be a
 * picture's alt text; here the picture's lines are over.
 */
function isNameAfterCredit(line: string, text: string, next: number): boolean {
  if (!CREDITED_REPORTER.test(line)) return false;
  const following = nextLine(text, next);
  if (following === null || !(following.length > 200 || (following.length >= 60 && SENTENCE_END.test(following)))) return false;
  const byline = parseByline(line);
  return byline.authors.length === 1 && byline.organization === null;
}

/** A press release's sender block: where the header goes on after it, and the date its label carried. */
interface SenderBlock {
  end: number;
  date: string | null;
  raw: string | null;
}

/** The most lines of a sender block, and the longest (a letterhead's, an address's, a contact's). */
const MAX_SENDER_LINES = 25;
const MAX_SENDER_LINE = 100;

/**
 * A press release's sender block at the top of the text: the company's name and address, its
 * contacts (a "Contact:" label, names, titles, phone numbers, email addresses) and the release's
 * label ("FOR IMMEDIATE RELEASE", "Persbericht"), in runs of short lines. The block ends after
 * its last label or contact line (a headline may follow in the same run of lines, as a filed
 * exhibit prints it), and at the first run of lines with none. A release's label or a contact's
 * label must be in it: an email address under a reporter's byline makes no sender block.
 */
function senderBlock(text: string, from: number): SenderBlock | null {
  const window = text.slice(from, from + MAX_SENDER_LINES * (MAX_SENDER_LINE + 2));
  let end = -1;
  let labelled = false;
  let marked = false;
  let inRun = false;
  let count = 0;
  let date: string | null = null;
  let raw: string | null = null;
  for (let position = 0; position < window.length && count < MAX_SENDER_LINES; ) {
    const newline = window.indexOf('\n', position);
    // (A line the window cuts is too long for the block.)
    if (newline < 0 && from + window.length < text.length) break;
    const after = newline < 0 ? window.length : newline + 1;
    const line = collapseLine(window.slice(position, after));
    position = after;
    if (line.length === 0) {
      // A run of lines with no label or contact ends the block.
      if (inRun && !marked) break;
      inRun = false;
      marked = false;
      continue;
    }
    count++;
    inRun = true;
    if (line.length > MAX_SENDER_LINE || startsWithBylineCue(line)) break;
    const release = releaseLabel(line);
    const contact = release === null && isContactLine(line);
    if (release === null && !contact && !isExhibitLabel(line)) continue;
    labelled ||= release !== null || (contact && isContactLabel(line));
    marked = true;
    end = after;
    if (release !== null && release.length > 0 && date === null) {
      date = normalizeDate(release);
      if (date !== null) raw = line;
    }
  }
  return end > 0 && labelled ? { end: from + end, date, raw } : null;
}

/**
 * Whether a long line holds two sentences or more ("Deputy Darren Goforth was shot … on Aug. 28,
 * 2015. Goforth is pictured in this undated handout photo …"): a caption or a lead, never a
 * headline, even when its last sentence has no stop. (A stop after a word of two lower-case
 * letters or more, then a capital: not "Aug. 28" nor "U.S. Senate".)
 */
function isSentences(line: string): boolean {
  return line.length > 120 && /\p{Ll}{2}[.!?]["”’)]? \p{Lu}/u.test(line);
}

/** A line that ends in "!" or "?" (inside quotation marks too). */
const CALLOUT_END = /[!?]["”“’»«]?$/;
/** A line that trails off in an ellipsis ("… så ser det bra ut...", "Finally, I'm in the garden…"). */
const ELLIPSIS_END = /(?:\.\.\.|…)["”“’»«]?$/;

/**
 * A headline may end as an exclamation or a question ("Bürgermeister: „Wachsamkeit erhöhen!“",
 * "Who pays for the bridge?"), or trail off in an ellipsis (one sentence of 100 characters at
 * most), when it is short and stands alone, a blank line after it.
 */
function isCalloutHeadline(text: string, line: string, next: number): boolean {
  // (One that trails off in an ellipsis is short and one sentence: "Wow. I have not posted since July…" is a paragraph.)
  const trailing = ELLIPSIS_END.exec(line);
  if (trailing !== null && (line.length > 100 || /[.!?…]\s/u.test(line.slice(0, trailing.index)))) return false;
  if (line.length > 150 || (trailing === null && !CALLOUT_END.test(line))) return false;
  // The line's break is at next - 1; the next line is blank when only spaces come before another break.
  let index = next;
  while (index < text.length && (text[index] === ' ' || text[index] === '\t' || text[index] === '\r')) index++;
  return index < text.length && text[index] === '\n';
}

/**
 * A short line ending as a sentence above the story's dateline ("Barbs and pleas before N.H.
 * vote.\n\nMANCHESTER, N.H. - …"): a headline some papers close with a period, not a lead,
 * which never stands over the dateline it would follow.
 */
function headlineOverDateline(line: string, text: string, next: number): boolean {
  if (line.length > 100 || opensWithDateline(line)) return false;
  // (A dek or a kicker of a line or two may stand between: "…vote.\n\nA tight race.\n\nMANCHESTER, N.H. - …".)
  let offset = next;
  for (let count = 0; count < 3; count++) {
    const following = nextLineAt(text, offset);
    if (following === null) return false;
    if (opensWithDateline(following.line)) return true;
    if (following.line.length > 100) return false;
    offset = following.next;
  }
  return false;
}

/**
 * A blog platform's stamp line whose date the stamp reader cannot read, closed by the reading
 * time ("Nov 5 · 21 min read": a day without its year): the line under the byline's name.
 */
function endsWithReadingTime(line: string): boolean {
  if (line.length > 60) return false;
  const bullet = line.lastIndexOf(' · ');
  return bullet > 0 && READING_TIME.test(line.slice(bullet + 3));
}

/**
 * A short title ending in a stop over the byline ("After the meltdown: rethinking event
 * platforms." / "Stefan Adolf" / "Nov 5 · 21 min read"): a headline some blogs close with a
 * period. A lead never has the byline right under it.
 */
function headlineOverByline(line: string, text: string, next: number): boolean {
  const after = nextLineAt(text, next);
  if (after === null) return false;
  // (A byline's cue alone under it, its name lost in the copy, "Av" / "By": a headline of up to
  // two sentences, as a quote headline runs: "– Politicians are elected on trust. It is a duty.")
  if (BARE_BYLINE_CUE.test(after.line)) return line.length <= 150 && (line.slice(0, -1).match(/[.!?]\s/gu) ?? []).length <= 1;
  // (One sentence only: a stop inside the line before its last is a lead's.)
  if (line.length > 100 || /[.!?]\s/u.test(line.slice(0, -1))) return false;
  if (readHeaderLine(after.line)?.kind === 'byline') return true;
  return isBareByline(after.line, text, after.next);
}

/**
 * A full sentence under the headline is the story's lead, not a dek, unless the header goes
 * on after it (a stamp, a byline, a credit, the headline printed again: a share card's copy over
 * the story's own header) or the next line opens with a dateline; so is the
 * last line of the text (a sentence may close inside its quotation marks: „…“, «…», “…”). Reading a
 * lead as a dek would drop its quotes and names from the body; reading a dek as the lead only
 * costs the subtitle.
 */
function isLead(text: string, line: string, next: number): boolean {
  const following = nextLine(text, next);
  // Nothing after it: the line is the story, however short, not a dek over an empty body.
  if (following === null) return true;
  if (!SENTENCE_END.test(line)) return false;
  return readHeaderLine(following) === null && !opensWithDateline(following);
}

/** A header line's kind; a caption of any length closed by a photo credit is a credit line too. */
function headerLine(line: string, longCaption: ImageCredit | null): HeaderLine | null {
  if (longCaption !== null) return { kind: 'credit', image: longCaption };
  const header = readHeaderLine(line);
  if (header !== null) return header;
  const image = closingPhotoCredit(line) ?? agencySlashCredit(line) ?? courtesySlashCredit(line) ?? bracketedSlashCredit(line);
  if (image !== null) return { kind: 'credit', image };
  // ("… Symbolfoto": a caption closed by a picture's label, or the label alone, with no credit.)
  const caption = photoLabelCaption(line);
  return caption === undefined ? null : { kind: 'credit', image: { caption, credit: null } };
}

/**
 * A caption closed by a wire photo's credit with no parentheses, after its last sentence:
 * "Demonstrators outside parliament on Monday. REUTERS/Anna Kowalski", "… REUTERS/Jane
 * Doe/File Photo". The agency before the first slash is a known one, a name after it; after
 * a bar ("… turun. | Forum/Novia Suhari") any outlet's name. The photographer may come first,
 * the agency after the slash ("… January 22, 2016. Jane Doe/Reuters", "… Jane Doe/Getty
 * Images"), and a copied page may glue the credit to the sentence ("… 2016.JANE DOE/Reuters").
 */
function agencySlashCredit(line: string): ImageCredit | null {
  if (line.length > MAX_CAPTION_CREDIT_LINE) return null;
  const spaced = line.lastIndexOf('. ');
  const glued = gluedSentenceEnd(line, spaced);
  const stop = Math.max(spaced, glued);
  if (stop < 0) return capitalAgencyCredit(line);
  // ("… turun. | Forum/Novia Suhari": after a bar, the outlet before the slash may be any name.)
  const barred = stop === spaced && line.startsWith('| ', stop + 2);
  const credit = line.slice(stop + (stop === glued ? 1 : barred ? 4 : 2));
  const slash = credit.indexOf('/');
  if (slash < 2 || credit.length > 80) return null;
  const before = credit.slice(0, slash);
  const after = credit.slice(slash + 1);
  const agencyFirst = CREDITED_NAME.test(after) && (barred ? CREDITED_NAME.test(before) : isKnownAgency(before));
  // ("Jane Doe/Reuters": a photographer's name of two words or more, then the agency.)
  const photographerFirst = !barred && before.includes(' ') && CREDITED_NAME.test(before) && isPhotoAgency(after);
  if (!agencyFirst && !photographerFirst) return null;
  return { caption: line.slice(0, stop + 1), credit };
}

/**
 * A wire picture's caption with no stop before its credit, the agency in capitals ("Everton vs
 * Chelsea - Goodison Park, Liverpool, Britain - January 1, 2018 Chelsea manager Jo Park
 * REUTERS/Jane Doe"): the agency is a known one, written in capitals as such credits are, and a
 * photographer's name follows its slash.
 */
function capitalAgencyCredit(line: string): ImageCredit | null {
  const slash = line.lastIndexOf('/', line.length - 2);
  const space = line.lastIndexOf(' ', slash);
  if (slash < 0 || space < 10) return null;
  const agency = line.slice(space + 1, slash);
  const name = line.slice(slash + 1).trim();
  if (agency.length < 2 || agency !== agency.toUpperCase() || !isKnownAgency(agency) || !CREDITED_NAME.test(name) || !name.includes(' ')) return null;
  return { caption: line.slice(0, space).trim(), credit: line.slice(space + 1).trim() };
}

/**
 * Where a sentence of a caption ends with the next word glued to its stop, after `from`
 * ("… 2016.JANE DOE/Reuters": a letter or figure, the stop, a capital), or -1. A stop between
 * capitals ("U.S.", "J.Doe") is an abbreviation's.
 */
function gluedSentenceEnd(line: string, from: number): number {
  const slash = line.lastIndexOf('/');
  for (let index = line.lastIndexOf('.', slash); index > from + 1 && index > 0; index = line.lastIndexOf('.', index - 1)) {
    if (/[\p{Ll}\p{N}]/u.test(line[index - 1]!) && /\p{Lu}/u.test(line[index + 1] ?? '')) return index;
    if (slash - index > 80) break;
  }
  return -1;
}

/** Photo agencies and wire services that close a credit after the photographer's slash ("Jane Doe/Getty Images"). */
const PHOTO_AGENCIES = new Set(['getty images', 'getty', 'afp/getty images', 'epa', 'epa-efe', 'shutterstock', 'alamy', 'imago', 'imago images', 'picture alliance', 'picture-alliance', 'keystone', 'zuma press', 'zuma wire', 'sipa', 'sipa usa', 'redux', 'polaris', 'nurphoto', 'sopa images', 'anadolu agency', 'ap images', 'rex', 'rex features']);

function isPhotoAgency(text: string): boolean {
  return isKnownAgency(text) || PHOTO_AGENCIES.has(text.toLowerCase());
}

/**
 * A caption closed by Indonesian and Malay papers' courtesy credit after a slash or a bar,
 * "Ist." or "Istimewa" (a picture handed to the paper: "Presiden Jokowi/Ist", "… turun. |
 * Ist"), on a line of its own.
 */
function courtesySlashCredit(line: string): ImageCredit | null {
  if (line.length > 200) return null;
  const slash = Math.max(line.lastIndexOf('/'), line.lastIndexOf('|'));
  if (slash < 3) return null;
  const credit = line.slice(slash + 1).trim();
  if (!/^ist(?:imewa)?\.?$/i.test(credit)) return null;
  return { caption: line.slice(0, slash).trim(), credit };
}

/**
 * A photo's credit alone in brackets, the photographer and the outlet or agency a slash apart
 * ("(Jane Doe / Example Daily)", "(Jane Doe/Getty Images)"): capitalised words only.
 */
const BRACKETED_SLASH_CREDIT = /^\((\p{Lu}[\p{L}.'’-]*(?: \p{Lu}[\p{L}.'’-]*){0,3} ?\/ ?\p{Lu}[\p{L}.'’&-]*(?: [\p{Lu}&][\p{L}.'’&-]*){0,4})\)$/u;

function bracketedSlashCredit(line: string): ImageCredit | null {
  const match = line.length <= 100 ? BRACKETED_SLASH_CREDIT.exec(line) : null;
  return match === null ? null : { caption: null, credit: match[1]! };
}

/**
 * A caption (a sentence) over its bracketed credit ({@link bracketedSlashCredit}), the header
 * going on under them with a byline or a stamp: the picture, and where the line after the
 * credit starts; else null (a lead over a credit is still the lead).
 */
function captionOverCredit(line: string, text: string, next: number): { image: ImageCredit; next: number } | null {
  if (line.length > 300 || !SENTENCE_END.test(line)) return null;
  const after = nextLineAt(text, next);
  const credit = after === null ? null : bracketedSlashCredit(after.line);
  if (after === null || credit === null || !headerFollows(text, after.next)) return null;
  return { image: { caption: line, credit: credit.credit }, next: after.next };
}

/** A photographer's name after the agency's slash, capitalised words only, perhaps marked as an archive picture ("Jane Doe/File Photo"). */
const CREDITED_NAME = /^\p{Lu}[\p{L}'’.-]*(?: \p{Lu}[\p{L}'’.-]*){0,3}(?:\/File(?: Photo)?)?$/u;

/** The longest caption line closed by a bare wire credit. */
const MAX_CAPTION_CREDIT_LINE = 400;

type HeaderLine = { kind: 'stamp'; date: string; byline: string | null; update: boolean } | { kind: 'credit'; image: ImageCredit } | { kind: 'byline' };

/** What a collapsed line of the header is, when it is a stamp, a photo credit or a byline (in that order). */
function readHeaderLine(line: string): HeaderLine | null {
  // ("Monday, 07 September 2020 19:27 Written by": a CMS's byline label left empty closes the stamp.)
  const bare = line.length < 120 ? EMPTY_CREDIT_LABEL.exec(line) : null;
  const stamp = line.length < 120 ? readStamp(line) ?? (bare !== null && bare.index > 0 ? readStamp(trimEndChars(line.slice(0, bare.index), /[\s|·•-]/)) : null) : null;
  if (stamp) return { kind: 'stamp', date: stamp.date, byline: stamp.byline, update: stamp.update === true };
  const image = line.length < 300 ? readCredit(line) : null;
  if (image) return { kind: 'credit', image };
  return line.length < 150 && (startsWithBylineCue(line) && !isSentenceAfterCue(line) || isNameCueByline(line) || isWorkCreditLine(line)) ? { kind: 'byline' } : null;
}

/**
 * A line that names the piece and then its author ("Ein Artikel von Jane Doe", "Ein Kommentar von
 * Jane Doe, veröffentlicht am 23.01.2020", "A guest post by Jane Doe"): a byline, when the credit
 * names someone and the line is no sentence.
 */
function isWorkCreditLine(line: string): boolean {
  if (line.length > 100 || SENTENCE_END.test(line)) return false;
  const credit = workCredit(line);
  return credit !== null && parseByline(credit).authors.length > 0;
}

/** A byline's label with no name after it, closing a stamp line ("… 19:27 Written by", "… | Von"). */
const EMPTY_CREDIT_LABEL = /(?<=[\s|·•-])(?:written by|posted by|by|von|par|por|door|autor:?)$/i;

/** A listing's label and the count of its stories ("United Kingdom (238)", "Politics (12)"). */
const COUNTED_LABEL = /^(\p{L}[\p{L} &-]{0,40}?) \(\d{1,6}\)$/u;

/** A section's or a country's name with the count of its stories, as an archive's menu prints it above the story. */
function isCountedSection(line: string): boolean {
  const match = COUNTED_LABEL.exec(line);
  return match !== null && (isCountryLine(match[1]!) || isSectionName(match[1]!) || isNavigationLine(match[1]!));
}

/** Swahili "Na" and Tagalog "Ni" ("by") opening a line, perhaps with a comma after it. */
const NAME_CUE = /^(?:na|ni),?\s+/iu;

/**
 * A byline opened by a cue that also opens sentences and names ("Na Juma Hamisi", "NA
 * MWANDISHI WETU", "Ni Juan dela Cruz"; not "Na Rais Samia alisema …"): two to six words
 * after it up to a comma (the place or the outlet may follow: "Na Juma Hamisi,Arusha"), each
 * capitalised or a name's particle, or the newsroom's credit ("Na mwandishi wetu, …").
 */
function isNameCueByline(line: string): boolean {
  const cue = NAME_CUE.exec(line);
  if (cue === null) return false;
  const credit = line.slice(cue[0].length).split(',')[0]!.trim();
  if (isCollective(credit)) return true;
  const words = credit.split(' ');
  return /^\p{Lu}/u.test(credit) && words.length >= 2 && words.length <= 6 && words.every((word) => /^\p{Lu}[\p{L}'\u2019.-]*$/u.test(word) || PARTICLES.has(word));
}

/**
 * Whether a line that opens with a byline's word is a sentence that names no one by it: the
 * Italian "di" and the German "Di" open names ("Di Maio: troppi annunci, …") as well as bylines,
 * so a line of five words or more in which the byline reader finds no one is a headline's or a
 * sentence's, not a byline.
 */
function isSentenceAfterCue(line: string): boolean {
  if (line.split(/\s+/).length < 5) return false;
  const byline = parseByline(line);
  return byline.authors.length === 0 && byline.organization === null;
}

/** The longest caption line read as one (the header's credit lines are as long). */
const MAX_CAPTION_LINE = 300;

/**
 * The body's whole lines of page furniture (see {@link isFurnitureLine}), and its caption lines
 * opened by a credit cue ("Photo: …", "Foto: …", "Image: …", "(Photo by …)"), each without
 * its surrounding white space. One pass from `bodyStart`; a long line is skipped unread.
 */
function readFurniture(text: string, bodyStart: number): Span[] {
  const spans: Span[] = [];
  let offset = bodyStart;
  // After a bare tag label ("Topics:" alone on its line), the next line is its list of tags.
  let tagsNext = false;
  // The page's tail under the story (see {@link isTailOpener}): its lines from the opener on,
  // kept while no story paragraph follows; a story paragraph seen before it opens.
  let tail: Span[] | null = null;
  let sawParagraph = false;
  while (offset < text.length) {
    const newline = text.indexOf('\n', offset);
    const lineEnd = newline === -1 ? text.length : newline;
    if (lineEnd - offset <= MAX_CAPTION_LINE + 40) {
      const raw = text.slice(offset, lineEnd);
      const trimmed = raw.trim();
      const line = collapseLine(trimmed);
      const start = offset + (raw.length - raw.trimStart().length);
      const span = { text: trimmed, start, end: start + trimmed.length };
      if (line.length > 0) {
        if (isStoryParagraph(line)) {
          tail = null;
          sawParagraph = true;
        } else if (tail !== null) tail.push(span);
        else if (sawParagraph && isTailOpener(line)) tail = [span];
      }
      const tagLabel = line.length > 0 && TAG_LABEL.test(line);
      // (A caption may be as long as the header's credit lines: a photo's whole description.)
      if (line.length > 0 && (trimmed.length <= MAX_FURNITURE_LINE && (tagsNext || isFurnitureLine(line) || tagLabel) || trimmed.length <= MAX_CAPTION_LINE && opensWithCreditCue(line))) {
        spans.push(span);
      } else if (line.length > 0) {
        // ("… police said.READ MORE: Fun run opens": a link glued to the paragraph, to the line's end.)
        const glued = gluedLinkStart(raw);
        const end = offset + raw.trimEnd().length;
        if (glued > 0 && end - (offset + glued) <= MAX_FURNITURE_LINE) spans.push({ text: text.slice(offset + glued, end), start: offset + glued, end });
      }
      if (line.length > 0) tagsNext = tagLabel && line.endsWith(':');
    } else {
      tagsNext = false;
      // (A line too long to read is a story paragraph.)
      tail = null;
      sawParagraph = true;
    }
    if (newline === -1) break;
    offset = newline + 1;
  }
  if (tail === null) return spans;
  // The tail's lines replace the furniture read line by line from its opener on.
  const from = tail[0]!.start;
  return [...spans.filter((span) => span.start < from), ...tail];
}

/**
 * A line the story goes on in: a paragraph ending as a sentence does, of a few dozen
 * characters at least (a question that long: a poll's question is shorter), or a line too
 * long for any label or headline. A comment section's labels and the headlines of a related
 * list are neither.
 */
function isStoryParagraph(line: string): boolean {
  if (line.length > MAX_FURNITURE_LINE) return true;
  return line.endsWith('?') || line.endsWith('?"') || line.endsWith('?”') ? line.length >= 120 : line.length >= 60 && SENTENCE_END.test(line);
}

/** A page's list of tags or topics: "Tags: floods, Spain", "Topics:", "Filed under: Politics", "Schlagworte:". */
const TAG_LABEL = /^(?:tags|topics|related topics|filed under|keywords|schlagworte|themen|mots-clés|sujets|etiquetas|temas|argomenti|tag) ?:/i;

/** A caption line opened by the header's credit cue, bare or in a parenthesis ("Photo: …", "(Photo by …)"). */
function opensWithCreditCue(line: string): boolean {
  CREDIT_CUE.lastIndex = 0;
  // Only a cue at the line's start counts, and one is a few characters long (the line's white
  // space is collapsed): the search need not walk every body line to its end.
  // ("FILE PHOTO: …", as wire pages print an archive picture's caption.)
  const match = CREDIT_CUE.exec(line.slice(/^file\s/i.test(line) ? 5 : 0, 40));
  return (match !== null && (match.index === 0 || (match.index === 1 && line.startsWith('(')))) || COURTESY_CREDIT.test(line);
}

/**
 * A line of names alone under the headline, with no "By" ("Mark Critchley", "NAVEED BUTT &
 * ZAHEER ABBASI"): a byline when the stamp or the story's dateline follows it, which a dek
 * never has right after it. Every word is capitalised or joins two names.
 */
function isBareByline(line: string, text: string, next: number): boolean {
  if (line.length > 80 || /\d/.test(line) || SENTENCE_END.test(line)) return false;
  // (A name particle inside the name, "Anna von Berg", "Ana da Silva", but not opening the line.)
  if (!line.split(' ').every((word, index) => /^\p{Lu}[\p{L}'\u2019.-]*,?$/u.test(word) || BYLINE_JOINERS.has(word) || (index > 0 && PARTICLES.has(word)))) return false;
  if (!/\p{Ll}/u.test(line) && !isCapitalsByline(line)) return false;
  // (A platform that prints the name twice, as a link and as text: "Paul Ford" / "Paul Ford" / the stamp.)
  const after = nextLineAt(text, next);
  // (A name printed twice right under the headline, with nothing else beside it, is a byline too.)
  if (after !== null && after.line === line) {
    const byline = parseByline(line);
    if (byline.authors.length > 0 && byline.organization === null) return true;
  }
  // (The job on a line of its own between the name and the stamp: "Jane Doe" / "Staff Writer" / "June 4, 2024".)
  const following = after !== null && isRoleLine(after.line) ? nextLine(text, after.next) : after?.line ?? null;
  if (following === null || !(readHeaderLine(following)?.kind === 'stamp' || opensWithDateline(following) || endsWithReadingTime(following) || (opensWithGivenName(line) && CAPITALS_PLACE_DASH.test(following)))) return false;
  const byline = parseByline(line);
  return byline.authors.length > 0 && byline.organization === null;
}

/**
 * A line that opens as a dateline does, though no list knows the town: a place in capitals and a
 * spaced dash before a capital ("MUSTANG - An item …"). Read only under a name that opens with a
 * given name core knows: that name is the byline, not a dek.
 */
const CAPITALS_PLACE_DASH = /^\p{Lu}{2}[\p{Lu}.'’-]*(?: \p{Lu}[\p{Lu}.'’-]*){0,2} [-–—] \p{Lu}/u;

/** A desk's or a team's name alone on a line, up to three capitalised words, the stamp on the next ("Redaktion" / "am 3. Februar 2022"; not "Staff cuts loom"). */
function isDeskOverStamp(line: string, text: string, next: number): boolean {
  const words = line.split(' ');
  if (line.length > 40 || /\d/.test(line) || words.length > 3 || !words.every((word) => /^\p{Lu}/u.test(word)) || !isDeskCredit(line)) return false;
  const following = nextLine(text, next);
  return following !== null && readHeaderLine(following)?.kind === 'stamp';
}

/** A job title alone on a line, two to four capitalised words at most ("Staff Writer", "Senior Reporter", "Redakteurin"). */
function isRoleLine(line: string): boolean {
  const words = line.split(' ');
  return line.length <= 40 && words.length <= 4 && words.every((word) => /^\p{Lu}\p{Ll}+$/u.test(word)) && isRole(line) && parseByline(line).authors.length === 0;
}

/** A reporter's credit in Chinese, Japanese or Korean: a short name and the title after it ("홍길동 기자", "山田太郎記者", "张三 记者"). */
const REPORTER_LINE = /^(?:\p{sc=Han}{2,5}|\p{sc=Hangul}{2,4}) ?(?:記者|记者|기자|特派員|特派员|특파원)$/u;

function isReporterLine(line: string): boolean {
  return REPORTER_LINE.test(line) && parseByline(line).authors.length === 1;
}

/**
 * A name, then a bar or a middle dot, then the outlet or the job ("Jane Doe | Reuters", "Jane
 * Doe · Senior Reporter"), over the stamp or opening with a given name core knows; or a name
 * and the job after it with no mark between ("Jane Doe Education editor"), over the stamp: a
 * byline without its cue. A section's trail ("Politics | World") names no person.
 */
function isSeparatedCredit(line: string, text: string, next: number): boolean {
  if (line.length > 80 || /\d/.test(line)) return false;
  const parts = line.split(/ [|·•] /);
  if (parts.length > 2) return false;
  const byline = parseByline(line);
  if (byline.authors.length !== 1) return false;
  const { name, role, organization } = byline.authors[0]!;
  if (!BARE_NAME.test(name) || !line.startsWith(name)) return false;
  if (parts.length === 2 ? parts[0] !== name || (role === undefined && organization === undefined) : role === undefined || organization !== undefined) return false;
  if (parts.length === 2 && opensWithGivenName(name)) return true;
  const following = nextLine(text, next);
  return following !== null && readHeaderLine(following)?.kind === 'stamp';
}

/** A section's hashtag alone on its line ("#Market News", "#Politics"): a Markdown heading has a space after its "#". */
const SECTION_HASHTAG = /^#\p{Lu}[\p{L}&'’-]*(?: \p{Lu}[\p{L}&'’-]*){0,3}$/u;

/** A section's label before a byline, set apart by a dash or a bar ("News - "). */
const SECTION_BEFORE = /^[\p{L} ]{2,30} [-–—|] /u;

/**
 * A person's name, a comma and the outlet, the section's label perhaps before them ("News -
 * Jane Doe, Example Times"): the credit's one author, or null. The name is two or three
 * capitalised words, the outlet a masthead or an organisation's name.
 */
function authorsAtOutlet(line: string): Author[] | null {
  if (line.length > 100) return null;
  const section = SECTION_BEFORE.exec(line);
  const credit = section !== null && isNavigationLine(section[0].slice(0, -3).trim()) ? line.slice(section[0].length) : line;
  const comma = credit.indexOf(', ');
  if (comma < 0 || credit.indexOf(',', comma + 1) >= 0 || !BARE_NAME.test(credit.slice(0, comma)) || !isOutletLine(credit.slice(comma + 2))) return null;
  const { authors } = parseByline(credit);
  return authors.length === 1 ? authors : null;
}

/**
 * A job title, a comma and the outlet, as a paper credits a story no one signs by name
 * ("Staff Correspondent, bdnews24.com", "Senior Reporter, Example Times"): every word before
 * the comma capitalised, one a job's ("Correspondent", "Reporter"), no person among them.
 */
function isRoleAtOutlet(line: string): boolean {
  if (line.length > 80) return false;
  const comma = line.indexOf(', ');
  if (comma < 0 || line.indexOf(',', comma + 1) >= 0) return false;
  const role = line.slice(0, comma);
  const words = role.split(' ');
  if (words.length > 4 || !words.every((word) => /^\p{Lu}\p{Ll}+$/u.test(word)) || !isRole(role)) return false;
  if (parseByline(role).authors.length > 0) return false;
  return isOutletLine(line.slice(comma + 2));
}

/** A byline's opening dash ("- Jane Doe/Senior Staff Reporter"). */
const BYLINE_DASH = /^[-–—] ?/;

/**
 * A byline without its "By", as Caribbean papers print it under the headline: a name, a slash
 * and the reporter's job ("Jane Doe/Senior Staff Reporter", "- Jane Doe/Senior Staff
 * Reporter"), or a dash and a name alone with the reporter's email on the next line ("- Jane
 * Doe" / "jane.doe@example.com"). A dek has neither shape.
 */
function isRoleByline(line: string, text: string, next: number): boolean {
  if (line.length > 80 || /\d/.test(line) || SENTENCE_END.test(line)) return false;
  const dash = BYLINE_DASH.exec(line);
  const rest = dash === null ? line : line.slice(dash[0].length);
  const byline = parseByline(rest);
  if (byline.authors.length !== 1 || byline.organization !== null) return false;
  const { name, role } = byline.authors[0]!;
  if (!BARE_NAME.test(name) || !rest.startsWith(name)) return false;
  const after = rest.slice(name.length);
  if (role !== undefined && /^ ?\/ ?\p{Lu}/u.test(after)) return true;
  if (dash === null || after.length > 0) return false;
  const following = nextLineAt(text, next)?.line ?? '';
  return following.includes('@') && !following.includes(' ') && isContactLine(following);
}

/**
 * Whether a line of names in capitals reads as a byline rather than a kicker ("INCIDENCIAS
 * CHAMARTIN" under a headline, over the dateline, is a topic tag): two people joined ("NAVEED
 * BUTT & ZAHEER ABBASI"), or a first word that is a known given name ("MARIA LOPEZ").
 */
function isCapitalsByline(line: string): boolean {
  if (line.split(' ').some((word) => BYLINE_JOINERS.has(word))) return true;
  return opensWithGivenName(line);
}

/** Whether a line's first word is one of core's given names ("Maria Lopez", "MARIA LOPEZ"). */
function opensWithGivenName(line: string): boolean {
  const space = line.indexOf(' ');
  return givenNames('english').has((space < 0 ? line : line.slice(0, space)).toLowerCase());
}

/** Core's country names, lower-case, for a section label that names a country. */
let countryNames: ReadonlySet<string> | undefined;

/** A section's kicker in capitals: one or two words of letters ("CENTER STORE", "HEALTH & WELLNESS"). */
const CAPS_KICKER = /^\p{Lu}{2,}(?:(?: | & |-)\p{Lu}{2,})?$/u;

/**
 * A section's kicker in capitals above a headline that is not ("CENTER STORE" over "Purple
 * Beverage Co. appoints new CEO"). A headline in capitals has a lead under it, capitals, or nothing.
 */
function isKickerAbove(line: string, text: string, next: number): boolean {
  if (isBlogTagline(line, text, next)) return true;
  if (line.length > 30) return false;
  const caps = CAPS_KICKER.test(line);
  if (!caps && !TITLE_KICKER.test(line)) return false;
  const after = nextLineAt(text, next);
  if (after === null) return false;
  const following = after.line;
  if (!(following.length > line.length && following.length <= 150 && /\p{Ll}/u.test(following) && !SENTENCE_END.test(following) && readHeaderLine(following) === null && !opensWithDateline(following))) return false;
  if (caps) return true;
  // A one-word label over a quotation set as the headline ("Ambiente" over "«…»").
  if (!line.includes(' ') && QUOTED_HEADLINE.test(following)) return true;
  // A German kicker, one compound joined by hyphens ("Bund-Länder-Treffen", "Ukraine-Krieg"), over
  // a headline of four words or more: nouns keep their capitals there, so sentence case is no test.
  if (!line.includes(' ') && HYPHENED_COMPOUND.test(line) && following.split(' ').length >= 4) return true;
  // A label in title case over a headline in sentence case ("Economic Development" over "Harbor
  // district wins state grant"), with the header going on under it (a dek, a byline, a stamp):
  // a short title over the first line of a poem or a list has the story's text under it instead.
  if (!isSentenceCase(following) || /[,;:]$/.test(following)) return false;
  const third = nextLine(text, after.next);
  return third !== null && (readHeaderLine(third) !== null || (third.length <= 200 && !SENTENCE_END.test(third) && !/[,;:]$/.test(third)));
}

/** A blog's tagline in capitals: three words or more, letters and the commas and ampersands of a list. */
const CAPS_TAGLINE = /^\p{Lu}+(?:(?:,? | & |-)\p{Lu}+){2,}$/u;
/** A blog's stamp: "Posted on April 9, 2022 by …", "Posted by … on …". */
const BLOG_STAMP = /^posted\b/i;

/**
 * A blog's tagline in capitals above its post's title ("THOUGHTS ON GARDENING, COOKING AND SLOW
 * LIVING" over "Why I stopped buying seedlings", then "Posted on …"): the title in mixed case
 * right under it and a blog's "Posted …" stamp right under that. A headline in capitals over a
 * dek has the dek, not the stamp, under it.
 */
function isBlogTagline(line: string, text: string, next: number): boolean {
  if (line.length > 80 || !CAPS_TAGLINE.test(line)) return false;
  const after = nextLineAt(text, next);
  if (after === null || after.line.length > 150 || !/\p{Ll}/u.test(after.line) || SENTENCE_END.test(after.line) || readHeaderLine(after.line) !== null) return false;
  const stamp = nextLine(text, after.next);
  return stamp !== null && BLOG_STAMP.test(stamp) && readHeaderLine(stamp)?.kind === 'stamp';
}

/** A web address or a site's path alone on a line: "https://example.com/a/1", "www.example.com", "/getHTML/media/123". */
const ADDRESS_LINE = /^(?:https?:\/\/|www\.|\/[\w-])\S*$/i;

/** Whether a line is a web address or a path and nothing else ({@link ADDRESS_LINE}). */
function isAddressLine(line: string): boolean {
  return line.length <= 300 && ADDRESS_LINE.test(line);
}

/** A headline in quotation marks whole: «…», “…”, „…“, "…" (a quote as the headline, as Italian and French papers set it). */
const QUOTED_HEADLINE = /^[«“„"][^«»“”„"]{10,200}[»”“"]$/u;

/** One word of two or more capitalised parts joined by hyphens: "Bund-Länder-Treffen", "Corona-Krise". */
const HYPHENED_COMPOUND = /^\p{Lu}\p{Ll}+(?:-\p{Lu}?\p{Ll}+)+$/u;

/** A section's label in title case: one to three capitalised words ("Economic Development", "Health & Science"). */
const TITLE_KICKER = /^\p{Lu}[\p{L}'’-]*(?: (?:&|\p{Lu}[\p{L}'’-]*)){0,2}$/u;

/**
 * Whether a line of four words or more is set in sentence case: at least half of its words
 * after the first open in lower case ("Harbor district wins state grant"; German capitalises
 * nouns: "Hafen erhält Zuschuss für neue Werftjobs"), not a title-case headline.
 */
function isSentenceCase(line: string): boolean {
  const words = line.split(' ').slice(1);
  if (words.length < 3) return false;
  return words.filter((word) => /^\p{Ll}/u.test(word)).length * 2 >= words.length;
}

/** Core's US state names, lower-case. */
let stateNames: ReadonlySet<string> | undefined;

/**
 * A headline without the place a page's section labels it with: "New York | Measles outbreaks
 * reach highest numbers" → "Measles outbreaks reach highest numbers" (a country, a US state or
 * a listed city, or a section label, before the first " | ").
 */
function withoutPlaceLabel(title: string): string {
  const bar = title.indexOf(' | ');
  if (bar < 2 || bar > 30 || title.length - bar < 20) return title;
  const label = title.slice(0, bar);
  return isCountryLine(label) || isCity(label) || isNavigationLine(label) ? title.slice(bar + 3).trim() : title;
}

/** Whether a line is a country's or a US state's name alone ("Malaysia", "North Carolina"), as a page's section label prints it. */
function isCountryLine(line: string): boolean {
  if (line.length > 40) return false;
  countryNames ??= new Set(COUNTRIES.map((name) => name.toLowerCase()));
  stateNames ??= new Set(US_STATES.map((names) => names[0]!.toLowerCase()));
  const lower = line.toLowerCase();
  return countryNames.has(lower) || stateNames.has(lower);
}

/**
 * A short line of a few words in a cased script, with no capital and no stop ("article", "darren
 * goforth"): an image's alt text, a page type or a tag that a copy keeps above the headline. A
 * headline has a capital.
 */
function isUncasedLabel(line: string): boolean {
  // (A date in a language that writes its months in lower case is a stamp: "lundi 12 octobre 2020".)
  return line.length <= 60 && !/\d/.test(line) && !/[.!?:]$/.test(line) && line.split(' ').length <= 5 && /\p{Ll}/u.test(line) && !/\p{Lu}/u.test(line);
}

/**
 * A short line with no letter ("05/07", "07:26", "2/14"): a day or a clock time without its year,
 * a gallery's count, never a headline.
 */
function isLetterless(line: string): boolean {
  return line.length <= 30 && !/\p{L}/u.test(line);
}

/**
 * A short line with no letter that is no stamp the reader can date: "05/07", "07:26", a gallery's
 * count, or a line of any length with neither letter nor figure (a rule: "_____"). A whole date
 * with its year ("20/08/2024" above the headline) is the stamp.
 */
function isUnreadLetterless(line: string): boolean {
  // (A rule drawn in characters, "______", "* * *", "=====", of any length: no letter, no figure.)
  if (!/[\p{L}\p{N}]/u.test(line)) return true;
  return isLetterless(line) && readStamp(line) === null;
}

/** A periodical's issue label above its story ("Vol. 29 No. 5", "Volume 12, Issue 3", "Jg. 4 Nr. 2"). */
const ISSUE_LABEL = /^(?:vol(?:ume)?|jg|jahrgang)\.? ?\d{1,4},? (?:no|nr|issue|heft|n°)\.? ?\d{1,4}$/i;

/** The channels an agency's or outlet's name labels on a portal ("AFP Video", "Reuters TV", "AP Photos"), lower-case. */
const CHANNEL_WORDS = new Set(['video', 'videos', 'photo', 'photos', 'tv', 'live', 'radio', 'podcast', 'podcasts', 'news', 'english', 'world', 'sport', 'sports', 'business', 'wire']);

/**
 * An agency's name with the channel of its feed a portal prints above the story ("AFP Video",
 * "Reuters TV"): the masthead's kind, never the headline.
 */
function isAgencyChannel(line: string): boolean {
  const space = line.indexOf(' ');
  if (space < 0 || line.length > 30) return false;
  return isKnownAgency(line.slice(0, space)) && CHANNEL_WORDS.has(line.slice(space + 1).toLowerCase());
}

/** Month and weekday names of every language of core's calendar, lower-case. */
let calendarWordSet: ReadonlySet<string> | undefined;
/** A weekday, a day and a month and a year in words of a language the calendar lacks ("Minggu, 03 Mei 2009", "Senin, Mei 4 2009"). */
const FOREIGN_DATE = /^\p{L}+,? (?:\d{1,2}\.? \p{L}+|\p{L}+ \d{1,2},?) \d{4}$/u;

/**
 * A date line the stamp reader could not read, above the headline: a day without its year
 * ("Thursday, April 23", as a blog's archive prints it) or a date in a language the calendar
 * lacks ("Minggu, 03 Mei 2009"). It dates nothing, but it is never the headline.
 */
function isUnreadDate(line: string): boolean {
  if (line.length > 40 || !/\d/.test(line) || readHeaderLine(line) !== null) return false;
  if (FOREIGN_DATE.test(line)) return true;
  calendarWordSet ??= new Set([...calendarWordsInEveryLanguage('months').keys(), ...calendarWordsInEveryLanguage('weekdays').keys()]);
  // Every word is a month's or weekday's name or a day's number ("Thursday, April 23", "23 avril").
  const words = line.toLowerCase().split(/[\s,.]+/).filter((word) => word.length > 0);
  return words.some((word) => /^\d{1,2}$/.test(word)) && words.every((word) => /^\d{1,2}$/.test(word) || calendarWordSet!.has(word));
}

/** A ticker's clock time glued to the headline it lists ("14:55Olimpiadi: …", as a latest-news box copies). */
const GLUED_CLOCK = /^(?:[01]?\d|2[0-3])[:.][0-5]\d(?=\p{Lu}\p{Ll})/u;

/** The separators a page's title joins its parts with. */
const TITLE_JOINS = [': ', ' - ', ' – ', ' — ', ' | '];

/**
 * Whether a page's title is the dek and the headline joined ("Manche … durch - Viel Konstanz:
 * Kommunalwahl im Westerwald: …" over the dek and the headline on lines of their own).
 */
function joinsTitle(title: string, dek: string, line: string): boolean {
  if (title.length !== dek.length + line.length + 2 && title.length !== dek.length + line.length + 3) return false;
  return title.startsWith(dek) && title.endsWith(line) && TITLE_JOINS.includes(title.slice(dek.length, title.length - line.length));
}

/** A dash or bullet a copied page leaves before a byline's name ("- Olga Ruiz", "• Jo Roe"). */
const LIST_MARK = /^[-–—•·] /;

/** Words that join names in a byline. */
const BYLINE_JOINERS = new Set(['&', 'and', 'And', 'AND']);

/** A line's words with runs of white space as one space. */
function collapseLine(raw: string): string {
  return isCollapsed(raw) ? raw : raw.replace(/\s+/g, ' ').trim();
}

/**
 * Whether a line is already collapsed: single spaces between words, none at its ends, no
 * other white space. Most body lines are: the pattern's replace then copied each of them.
 */
function isCollapsed(line: string): boolean {
  if (line.length === 0) return true;
  if (line.charCodeAt(0) === 32 || line.charCodeAt(line.length - 1) === 32) return false;
  let previous = 0;
  for (let index = 0; index < line.length; index++) {
    const code = line.charCodeAt(index);
    if (code === 32 ? previous === 32 : code < 32 || (code >= 0x80 && isWhiteSpaceCode(code))) return false;
    previous = code;
  }
  return true;
}

/**
 * Whether `line`, under the line read as the headline, is the headline and that line the
 * page's chrome: the line read ends with it after section names alone ("Haberler Gündem
 * <headline>"), or it is printed twice running while the line read opens with a menu button's
 * label and is five words at most ("Menü Example News"). A headline with a dek printed twice
 * keeps its place.
 */
function displacesTitle(title: string, line: string, text: string, next: number): boolean {
  if (line === title || line.length < 20 || line.length > 300 || line.split(' ').length < 3 || SENTENCE_END.test(line) && !line.endsWith('?')) return false;
  if (title.length > line.length && title.endsWith(line)) {
    const trail = title.slice(0, title.length - line.length).trim();
    // (A breadcrumb's links run together in the copy: "HomeIndia<headline>", the front page and a country's section.)
    return trail.length > 0 && trail.split(/ |(?<=\p{Ll})(?=\p{Lu})/u).every((word) => isSectionName(word) || isCountryLine(word));
  }
  return title.split(' ').length <= 5 && opensWithMenuWord(title) && nextLineAt(text, next)?.line === line;
}

/**
 * The next non-blank line from `offset`, collapsed, and where the line after it starts,
 * looking at most a few kilobytes ahead.
 */
function nextLineAt(text: string, offset: number): { line: string; next: number } | null {
  const window = text.slice(offset, offset + 2000);
  for (let start = 0; ; ) {
    const newline = window.indexOf('\n', start);
    const line = collapseLine(newline === -1 ? window.slice(start) : window.slice(start, newline));
    if (line.length > 0) return { line, next: offset + (newline === -1 ? window.length : newline + 1) };
    if (newline === -1) return null;
    start = newline + 1;
  }
}

/**
 * Whether a first line that reads as a sentence is a standfirst printed above the headline, as
 * some regional sites' copies have it ("Premier Ana Ruiz's promised surplus has gone. …" /
 * "Politics" / "‘Really sorry’: surplus gone" / "by Isabella Magee" / "10th Apr 2020 6:01 AM"):
 * within the next four lines, past section labels, a line with no stop and, right under it, a
 * byline or a stamp. A lead never has a byline two lines below it.
 */
function standfirstAbove(text: string, next: number): boolean {
  let offset = next;
  let headline = false;
  for (let count = 0; count < 4; count++) {
    const following = nextLineAt(text, offset);
    if (following === null) return false;
    const kind = readHeaderLine(following.line)?.kind;
    if (headline) return kind === 'byline' || kind === 'stamp';
    if (kind !== undefined) return false;
    if (!(isNavigationLine(following.line) || isCountryLine(following.line) || isCity(following.line))) {
      if (following.line.length > 150 || SENTENCE_END.test(following.line)) return false;
      headline = true;
    }
    offset = following.next;
  }
  return false;
}

/** Whether the next non-blank line after `next` opens with a dateline. */
function datelineFollows(text: string, next: number): boolean {
  const following = nextLine(text, next);
  return following !== null && opensWithDateline(following);
}

/** Whether the next non-blank line after `next` is a stamp line or a byline ("By Tom Lee" over "Updated …"). */
/**
 * An outlet's or a body's name alone on its line, in title case, up to five words ("Jamaica
 * Gleaner", "Australian Broadcasting Corporation"): a masthead, never a dek.
 */
function isOutletLine(line: string): boolean {
  const words = line.split(' ');
  return isMastheadLine(line) || words.length >= 2 && words.length <= 5 && words.every((word) => /^\p{Lu}/u.test(word) || word === 'of') && isOrganizationName(line);
}

function headerFollows(text: string, next: number): boolean {
  const at = nextLineAt(text, next);
  // (Past the outlet's name on a line of its own: "Print Email" / "Australian Broadcasting Corporation" / "Broadcast: 14/05/2014".)
  const following = at !== null && isOutletLine(at.line) ? nextLine(text, at.next) : at?.line ?? null;
  const kind = following === null ? undefined : readHeaderLine(following)?.kind;
  return kind === 'stamp' || kind === 'byline';
}

/** The next non-blank line from `offset`, collapsed ({@link nextLineAt}). */
const nextLine = (text: string, offset: number): string | null => nextLineAt(text, offset)?.line ?? null;

/** A line that opens with a dateline ("PORTLAND, Maine (AP) —") is the story's lead, never a dek. */
function opensWithDateline(line: string): boolean {
  // (With its line break: a dateline may fill its own line, "PARIS, March 2 (AFP)".)
  return parseDateline(`${line}\n`) !== null;
}

/** Words no headline ends with: articles, prepositions, conjunctions (en, de, fr, es). */
const OPEN_ENDING = new Set([
  'a', 'an', 'the', 'of', 'to', 'in', 'on', 'at', 'for', 'from', 'with', 'by', 'and', 'or', 'but', 'as', 'into', 'than',
  'der', 'die', 'das', 'den', 'dem', 'und', 'von', 'zu', 'mit', 'im', 'le', 'la', 'les', 'de', 'du', 'des', 'et', 'au', 'aux',
  'el', 'los', 'las', 'del', 'y', 'en', 'con', 'por', 'para',
]);

/** The last word of a line, lower-case ("at" in "… a dramatic late win at"). */
const lastWord = (line: string): string => line.slice(line.lastIndexOf(' ') + 1).toLowerCase();

/**
 * Whether a line is the first of a hard-wrapped paragraph: the line right under it (no blank
 * line between) opens in lower case, or it or that line ends on a word no headline ends with
 * ("… to prevent 10-man / Newcastle from snatching a dramatic late win at / Cardiff …").
 */
function wrapsIntoNextLine(line: string, text: string, next: number): boolean {
  const newline = text.indexOf('\n', next);
  const following = collapseLine(text.slice(next, newline === -1 ? Math.min(text.length, next + 400) : Math.min(newline, next + 400)));
  // (A byline or stamp under the headline opens in lower case in some languages: "von Carlo Eggeling am 29.01.2024".)
  if (following.length === 0 || readHeaderLine(following) !== null) return false;
  // ("updateSTEENBERGEN - …", "videoLONDON - …": a label in lower case glued to the dateline in capitals opens the story.)
  if (GLUED_LABEL_DATELINE.test(following)) return false;
  return /^\p{Ll}/u.test(following) || OPEN_ENDING.has(lastWord(line)) || OPEN_ENDING.has(lastWord(following));
}

/** A label in lower case glued to a word in capitals, as a copy joins an icon's label and the dateline: "updateSTEENBERGEN". */
const GLUED_LABEL_DATELINE = /^\p{Ll}{2,12}\p{Lu}{3}/u;

/**
 * A headline hard-wrapped over two lines: the first wraps into the second (see
 * wrapsIntoNextLine), neither reads as a sentence or a header line, and the story's dateline
 * opens the next line ("GE and Acme Form Alliance to" / "Develop Water Tests" / "TREVOSE, Pa.,
 * July 18, 2005 - …"). The second line and where the line after it starts, or null. A
 * hard-wrapped paragraph goes on in its own words, not a dateline.
 */
function wrappedHeadline(line: string, text: string, next: number): { line: string; next: number } | null {
  if (line.length > 100 || SENTENCE_END.test(line) || opensWithDateline(line) || !wrapsIntoNextLine(line, text, next)) return null;
  const newline = text.indexOf('\n', next);
  if (newline < 0 || newline - next > 150) return null;
  const second = collapseLine(text.slice(next, newline));
  if (second.length === 0 || SENTENCE_END.test(second) || opensWithDateline(second) || readHeaderLine(second) !== null) return null;
  const following = nextLine(text, newline + 1);
  return following !== null && (isDatedDateline(following) || opensWithPlacesAndDate(following)) ? { line: second, next: newline + 1 } : null;
}

/** The dash that closes a release's dateline ("… July 18, 2005 - ", "… -- ", "… – "). */
const DATELINE_DASH = / (?:-{1,2}|–|—) /;

/**
 * Whether a line opens as a press release's dateline that names places the dateline reader
 * does not join ("TREVOSE, Pa. and SAN DIEGO, July 18, 2005 - …"): capitalised words, then a
 * full date with its year, then a dash.
 */
function opensWithPlacesAndDate(line: string): boolean {
  const dash = DATELINE_DASH.exec(line.slice(0, 120));
  if (dash === null || !/^\p{Lu}/u.test(line)) return false;
  const opening = line.slice(0, dash.index);
  const stamp = parseStamp(opening);
  return stamp !== null && stamp.date !== null && stamp.date.length === 10 && stamp.end === opening.length && stamp.start > 0;
}

/**
 * Whether a line opens with a dateline that carries a date ("KUALA LUMPUR, Dec 2, 2015:"):
 * on a line of its own above the story it opens the body, never the headline. (An undated
 * "WATCH:" or "BREAKING:" reads as a place too, so the date decides.)
 */
function isDatedDateline(line: string): boolean {
  return /\d/.test(line) && parseDateline(line)?.date != null;
}

/** Whether a line is a dateline signed by its agency and nothing else ("Siegburg/Köln (dpa/lnw)", "Paris (AFP)"): the body's first line, no headline. */
function isAgencyDateline(line: string): boolean {
  return agencyDatelineStamp(line) !== null;
}

/**
 * A line that is a dateline signed by its agency, alone or with the site's stamp after it
 * ("Paris (AFP)", "Paris, March 2 (AFP) Mar 02, 2018", "LAGOS, May 4 (AFP) 04 May 2021 10:15"):
 * the stamp's value ('' when there is none), or null for any other line. A portal that runs
 * wire copy prints its own stamp there; it is the story's publication, never a dek.
 */
function agencyDatelineStamp(line: string): string | null {
  const close = line.lastIndexOf(')');
  if (close < 0 || line.length > 120) return null;
  const dateline = parseDateline(`${line}\n`);
  if (dateline === null || dateline.agencies.length === 0 || dateline.end <= close) return null;
  const rest = trimEndChars(trimStartChars(line.slice(close + 1), STAMP_SEPARATOR), STAMP_SEPARATOR);
  if (rest.length === 0) return dateline.end === line.length ? '' : null;
  // (Only a whole stamp with its year: "Mar 02, 2018", not a lead's words.)
  const stamp = parseStamp(rest);
  return stamp !== null && stamp.start === 0 && stamp.end === rest.length && stamp.date !== null && stamp.value.length >= 10 ? stamp.value : null;
}
