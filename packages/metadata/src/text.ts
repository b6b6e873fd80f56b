import { decodeHTML } from 'entities';

/**
 * Whether a UTF-16 code unit is white space as `\s` and `String.prototype.trim` read it
 * (ASCII controls, no-break and Unicode spaces, line and paragraph separators, BOM).
 */
export function isWhiteSpaceCode(code: number): boolean {
  if (code > 32 && code < 0xa0) return false;
  return (
    code === 32 || (code >= 9 && code <= 13) || code === 0xa0 || code === 0x1680 || (code >= 0x2000 && code <= 0x200a) ||
    code === 0x2028 || code === 0x2029 || code === 0x202f || code === 0x205f || code === 0x3000 || code === 0xfeff
  );
}

/**
 * Whether a UTF-16 code unit may belong to a word: an ASCII letter or digit, or a code unit
 * past Latin-1's symbols that is no white space and no general, CJK or full-width
 * punctuation (letters of other scripts, surrogate halves). Cheap, not exact: for telling a
 * word's edge from a separator.
 *
 * @example
 * isLetterOrDigitCode('é'.charCodeAt(0)) //=> true
 * isLetterOrDigitCode('|'.charCodeAt(0)) //=> false
 */
export function isLetterOrDigitCode(code: number): boolean {
  // NaN (past a string's end) reads as no letter.
  if (!(code >= 0xc0)) return (code >= 48 && code <= 57) || ((code | 32) >= 97 && (code | 32) <= 122);
  if (isWhiteSpaceCode(code)) return false;
  return !((code >= 0x2000 && code <= 0x206f) || (code >= 0x3000 && code <= 0x303f) || (code >= 0xff00 && code <= 0xff0f));
}

/** Anything but white space: `\s` is exactly what {@link isWhiteSpaceCode} reads. */
const NON_SPACE = /\S/;

/**
 * Whether `text` holds anything but white space: `text.trim().length > 0` without building
 * the trimmed copy. Most runs open with a visible character; the others (a template's
 * indentation between tags) are searched natively, which walks the parser's slices of the
 * page several times faster than `charCodeAt` does.
 */
export function hasNonSpace(text: string): boolean {
  const first = text.charCodeAt(0);
  if (first > 32 && first < 0xa0) return true;
  return NON_SPACE.test(text);
}

/** White space as {@link collapseSpace} reads it: `\s` and the zero-width space. */
const isCollapsibleCode = (code: number): boolean => code === 0x200b || isWhiteSpaceCode(code);

/**
 * Collapses white space (including no-break, Unicode and zero-width spaces) and trims, as
 * `text.replace(/[\s\u200b]+/g, ' ').trim()` does, in one walk: a run that is already one
 * space between words is kept as it stands, so a clean run is returned without a copy (a
 * quarter of the runs a page gives), and a dirty one is built from its clean stretches.
 */
export function collapseSpace(text: string): string {
  const length = text.length;
  let start = 0;
  while (start < length && isCollapsibleCode(text.charCodeAt(start))) start++;
  let end = length;
  while (end > start && isCollapsibleCode(text.charCodeAt(end - 1))) end--;
  let out = '';
  let from = start;
  for (let index = start; index < end; index++) {
    const code = text.charCodeAt(index);
    if (code > 32 && code < 0xa0) continue;
    if (!isCollapsibleCode(code)) continue;
    let runEnd = index + 1;
    while (isCollapsibleCode(text.charCodeAt(runEnd))) runEnd++;
    if (code !== 32 || runEnd > index + 1) {
      out += `${text.slice(from, index)} `;
      from = runEnd;
    }
    index = runEnd - 1;
  }
  if (from === 0 && end === length) return text;
  return out + text.slice(from, end);
}

/**
 * Whether `text` with its white-space runs collapsed to one space is longer than `limit`,
 * found without building that string (a stamp is short; a megabyte of text is not one).
 * Edge spaces count here, so this can only answer "longer" early, never wrongly "shorter".
 */
export function exceedsCollapsed(text: string, limit: number): boolean {
  let length = 0;
  let inSpace = false;
  for (let index = 0; index < text.length; index++) {
    const space = /\s/.test(text[index]!);
    if (space && inSpace) continue;
    inSpace = space;
    if (++length > limit + 2) return true;
  }
  return false;
}

/**
 * Decodes HTML entities left in a value (JSON-LD strings are raw script text, and some
 * pages double-escape their meta tags: `&amp;#039;`) with the `entities` library, then
 * collapses white space and strips any markup that leaked in (`<p>` inside a JSON-LD
 * description).
 */
export function cleanValue(text: string | null | undefined): string | null {
  if (text === null || text === undefined) return null;
  let value = text;
  if (value.includes('&')) value = decodeHTML(value);
  if (value.includes('<')) value = value.replace(/<\/?[a-z][^<>]*>/gi, ' ');
  value = collapseSpace(value);
  return value.length > 0 ? value : null;
}

/** Whether a string is an absolute or protocol-relative URL (or a bare domain path). */
export function isUrl(text: string): boolean {
  return /^(?:https?:)?\/\/\S+$/i.test(text) || /^www\.\S+$/i.test(text);
}

/** Resolves a possibly relative URL against a base; returns the input when it cannot. */
export function resolveUrl(href: string, base: string | null | undefined): string {
  if (!base) return href;
  try {
    return new URL(href, base).href;
  } catch {
    return href;
  }
}

/** The WHATWG URL class (browsers, Node, Deno, edge runtimes); declared here because the package compiles without DOM or Node types. */
declare const URL: new (href: string, base?: string) => { href: string };

/** Drops characters matching `chars` (a one-character class, no flags) from the end, without a backtracking regex. */
export function trimEndChars(text: string, chars: RegExp): string {
  let end = text.length;
  while (end > 0 && chars.test(text[end - 1]!)) end--;
  return text.slice(0, end);
}

/** Drops characters matching `chars` from the start. */
export function trimStartChars(text: string, chars: RegExp): string {
  let start = 0;
  while (start < text.length && chars.test(text[start]!)) start++;
  return text.slice(start);
}

/**
 * A wire service's version tag before a headline ("UPDATE 1-", "WRAPUP 2-", "REFILE-",
 * "RPT-", "CORRECTED-", chained as "REFILE-UPDATE 1-"): it tells editors which take of the
 * story this is, and is no part of the headline. The story's kind ("EXCLUSIVE-", "ANALYSIS-",
 * "FACTBOX-") is, and stays. Capitals and a hyphen with no space, as the wires print them.
 */
const WIRE_VERSION_TAG = /^(?:(?:UPDATE|WRAPUP)(?: \d{1,2})?|REFILE|RPT|REPEAT|CORRECTED|CORRECTION)-(?=[\p{L}\p{N}"'‘“(])/u;

/**
 * The headline without the wire's version tags at its start.
 *
 * @example
 * withoutWireVersion('REFILE-UPDATE 2-Port reopens') //=> 'Port reopens'
 */
export function withoutWireVersion(title: string): string {
  let current = title;
  for (let round = 0; round < 3; round++) {
    const tag = WIRE_VERSION_TAG.exec(current);
    if (tag === null) break;
    current = current.slice(tag[0].length);
  }
  return current;
}
