import { NEWS_AGENCIES } from '@newsparse/core';
import { siteKey } from './author-sources.js';
import { isWhiteSpaceCode } from './text.js';
import type { PageScan } from './scan.js';
import type { Author } from './types.js';

/**
 * Credit codes: how German-language newsrooms (and wire copy elsewhere) sign a piece that no
 * one signs with a full name. A source line closes the story ("Quelle: dpa", "Quelle: Example
 * Radio/ls"), a lower-case cue opens it ("Von: ab/dpa"), or the dateline carries it ("Hamburg
 * (dpa/lno) – …"). The code joins an agency or the outlet itself with the short sign of the
 * editor who handled the copy (two or three lower-case letters, "ls", "det"), by slashes.
 */

/** The cues a credit line opens with: "Quelle:", "Source:", "Fuente:", "Fonte:", "Bron:", and the byline cues "Von", "By". */
const SOURCE_CUE = /(?:quellen?|sources?|fuentes?|fontes?|fonti|bron|von|by)(?:\s*:\s*|\s+)/iy;

/** Whether a block opens with a credit-line cue (after white space): a cheap test run on short blocks. */
export function opensWithSourceCue(text: string): boolean {
  let start = 0;
  while (start < text.length && isWhiteSpaceCode(text.charCodeAt(start))) start++;
  // Only q, s, f, b or v can open a cue: most blocks are refused without the pattern.
  const letter = text.charCodeAt(start) | 32;
  if (letter !== 113 && letter !== 115 && letter !== 102 && letter !== 98 && letter !== 118) return false;
  SOURCE_CUE.lastIndex = start;
  return SOURCE_CUE.test(text);
}

/** The wire services as they sign ("dpa" and "epd" in lower case, "AFP" in capitals), and in capitals. */
let agencySpellings: Set<string> | null = null;
const isAgency = (part: string): boolean => (agencySpellings ??= new Set(NEWS_AGENCIES.flat().flatMap((name) => [name, name.toUpperCase()]))).has(part);

/** An editor's short sign: two or three lower-case letters ("ls", "det", "bb"). */
const SHORT_SIGN = /^\p{Ll}{2,3}$/u;

/** Where the page itself is named: its declared names' keys and its host ("hessenschau.de", "mdr"). */
export interface OwnNames {
  site: Set<string>;
  host: string | null;
}

/** Whether a code part names the outlet: its declared name, its host, or a name that opens with the host's first label ("Example Radio" on example.de). */
function namesOutlet(part: string, own: OwnNames): boolean {
  const key = siteKey(part);
  if (key.length < 2) return false;
  if (own.site.has(key)) return true;
  if (own.host === null) return false;
  const host = own.host.replace(/^www\./, '');
  if (key === siteKey(host)) return true;
  const label = siteKey(host.split('.')[0] ?? '');
  return label.length >= 3 && siteKey(part.split(' ')[0] ?? '') === label;
}

/**
 * The credit a code spells, or an empty list: every part (split at "/") an agency, the outlet
 * or an editor's short sign, and at least one an agency, or the outlet beside a short sign.
 * The parts are returned as written, one author each; agencies and the outlet carry their
 * name as their `organization` too.
 *
 * @example
 * readCreditCode('det/dpa', { site: new Set(), host: null })
 * //=> [{ name: 'det' }, { name: 'dpa', organization: 'dpa' }]
 */
export function readCreditCode(code: string, own: OwnNames): Author[] {
  const value = code.trim();
  if (value.length === 0 || value.length > 60) return [];
  const parts = value.split('/').map((part) => part.trim());
  if (parts.length > 4) return [];
  let agencies = 0;
  let outlets = 0;
  let signs = 0;
  const authors: Author[] = [];
  for (const part of parts) {
    if (part.length === 0) return [];
    if (isAgency(part)) {
      agencies++;
      authors.push({ name: part, organization: part });
    } else if (SHORT_SIGN.test(part)) {
      signs++;
      authors.push({ name: part });
    } else if (part.split(' ').length <= 3 && namesOutlet(part, own)) {
      outlets++;
      authors.push({ name: part, organization: part });
    } else return [];
  }
  return agencies > 0 || (outlets > 0 && signs > 0) ? authors : [];
}

/**
 * The code of a credit line ("Quelle: Example Radio/ls", "Von: det/dpa"): what follows its cue,
 * up to the end of the line.
 *
 * @example
 * codeOfSourceLine('Quelle: dpa/lno') //=> 'dpa/lno'
 */
export function codeOfSourceLine(text: string): string | null {
  let start = 0;
  while (start < text.length && isWhiteSpaceCode(text.charCodeAt(start))) start++;
  SOURCE_CUE.lastIndex = start;
  if (!SOURCE_CUE.test(text)) return null;
  return text.slice(SOURCE_CUE.lastIndex).trim();
}

/** Lower-case words inside place names ("Frankfurt am Main", "Stratford-upon-Avon", "Rio de Janeiro"). */
const PLACE_PARTICLES = new Set(['am', 'an', 'im', 'der', 'upon', 'on', 'de', 'del', 'la', 'le', 'sur']);

/** The longest place name a dateline opens with ("Frankfurt am Main"). */
const MAX_PLACE = 40;

/**
 * The code in a dateline that opens a paragraph: "Hamburg (dpa/lno) – …", "BERLIN (AFP) – …":
 * capitalised place words, the code in brackets, then a dash or a colon.
 *
 * @example
 * codeOfDateline('Hamburg (dpa/lno) – Nach dem Treffen …') //=> 'dpa/lno'
 */
export function codeOfDateline(text: string): string | null {
  const open = text.indexOf('(');
  if (open < 2 || open > MAX_PLACE + 1) return null;
  const place = text.slice(0, open).trim();
  if (!/^\p{Lu}[\p{L}.'’ -]*$/u.test(place) || !place.split(' ').every((word) => /^\p{Lu}/u.test(word) || PLACE_PARTICLES.has(word))) return null;
  const close = text.indexOf(')', open);
  if (close === -1 || close - open > 32) return null;
  let after = close + 1;
  while (after < text.length && isWhiteSpaceCode(text.charCodeAt(after))) after++;
  const dash = text.charCodeAt(after);
  if (dash !== 45 && dash !== 0x2013 && dash !== 0x2014 && dash !== 58) return null;
  return text.slice(open + 1, close);
}

/**
 * The credit a page signs with a code, when it names no person: its first credit line
 * outside asides ("Quelle: Example Radio/ls", "Von: det/dpa"), else the code of a dateline
 * under the headline ("Hamburg (dpa/lno) – …"), else a credit line in an element the page
 * labels as its byline, wherever it stands ("<div class=footer__byline>Quelle: dpa</div>").
 *
 * @example
 * creditFromSources(scanPage('<h1>Title</h1><p>Text.</p><p>Quelle: dpa</p>'), { site: new Set(), host: null })
 * //=> [{ name: 'dpa', organization: 'dpa' }]
 */
export function creditFromSources(scan: Pick<PageScan, 'sourceLines' | 'bylines'>, own: OwnNames): Author[] {
  for (const dateline of [false, true]) {
    for (const line of scan.sourceLines) {
      if (line.dateline !== dateline) continue;
      const authors = readCreditCode(line.code, own);
      if (authors.length > 0) return authors;
    }
  }
  for (const element of scan.bylines.slice(0, 30)) {
    if (element.text.length > 60) continue;
    const code = codeOfSourceLine(element.text);
    const authors = code === null ? [] : readCreditCode(code, own);
    if (authors.length > 0) return authors;
  }
  return [];
}

/** A byline cue before the credit ("Von", "By", "Autor:"): read sticky at the start. */
const PRINTED_CUE = /(?:von|by|par|por|door|di|da|av|af|autor(?:in|a)?|author|auteur|autore)(?:\s*:\s*|\s+)/iy;

/**
 * The outlet as its own author, when the page both prints it in a cued byline ("Von Skiwelt",
 * "Autor: example.pl") and declares it as the article's author (JSON-LD or meta): the byline
 * as printed. Either alone is no credit (a site's name in its metadata is its publisher; a
 * printed outlet may be a source). Read last, when no person, code or desk is credited.
 *
 * @example
 * printedDeclaredCredit(['Von Skiwelt'], ['Skiwelt']) //=> [{ name: 'Skiwelt', organization: 'Skiwelt' }]
 */
export function printedDeclaredCredit(printed: string[], declared: string[]): Author[] {
  const keys = new Set(declared.map(siteKey).filter((key) => key.length >= 3));
  if (keys.size === 0) return [];
  for (const line of printed.slice(0, 20)) {
    const text = line.trim();
    PRINTED_CUE.lastIndex = 0;
    if (text.length > 60 || !PRINTED_CUE.test(text)) continue;
    const credit = text.slice(PRINTED_CUE.lastIndex).trim();
    if (credit.length > 0 && keys.has(siteKey(credit))) return [{ name: credit, organization: credit }];
  }
  return [];
}
