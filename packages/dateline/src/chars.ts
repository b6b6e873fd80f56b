// Character tests by code unit: a parser that scans its input one character at a time would
// otherwise spend most of its time calling a regular expression on each one.

const WHITE_SPACE = /\s/;
const LETTER = /\p{L}/u;

/** Exactly what /\s/ matches, for one UTF-16 code unit given as a one-character string. */
export function isWhiteSpace(char: string): boolean {
  const code = char.charCodeAt(0);
  if (code < 128) return code === 32 || (code >= 9 && code <= 13);
  return WHITE_SPACE.test(char);
}

/** `isWhiteSpace` for a code unit (NaN, past the end of a text, is no space). */
export function isWhiteSpaceCode(code: number): boolean {
  if (code < 128) return code === 32 || (code >= 9 && code <= 13);
  return code === code && WHITE_SPACE.test(String.fromCharCode(code));
}

/** Exactly what /\p{L}/u matches at `index` of `text` (a lone surrogate is no letter). */
export function isLetterAt(text: string, index: number): boolean {
  const code = text.charCodeAt(index);
  if (code < 128) return (code >= 65 && code <= 90) || (code >= 97 && code <= 122);
  return LETTER.test(text[index]!);
}

/** A capital letter's code: A–Z, or a Latin-1 capital (À–Þ but ×). */
export const isCapitalCode = (code: number): boolean => (code >= 65 && code <= 90) || (code >= 0xc0 && code <= 0xde && code !== 0xd7);

/** True for an ASCII digit's code. */
export const isDigitCode = (code: number): boolean => code >= 48 && code <= 57;

/** Arabic-Indic (٠-٩) and Persian (۰-۹) digits: one UTF-16 code unit each, like ASCII's. */
const EASTERN_DIGIT = /[\u0660-\u0669\u06f0-\u06f9]/;
const EASTERN_DIGITS = /[\u0660-\u0669\u06f0-\u06f9]/g;

/**
 * The text with each Arabic-Indic or Persian digit written as its ASCII digit ("١٠" → "10"),
 * the same text when it has none. Each digit is one code unit either way, so every index into
 * the result is the same index into the text: readers match on this view and take what they
 * return (spans, stamp text) from the text itself.
 */
export function withAsciiDigits(text: string): string {
  if (!EASTERN_DIGIT.test(text)) return text;
  return text.replace(EASTERN_DIGITS, (digit) => String(digit.charCodeAt(0) - (digit >= '\u06f0' ? 0x6f0 : 0x660)));
}
