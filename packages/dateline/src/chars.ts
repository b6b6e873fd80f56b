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

/** How many letters `wordEndingAt` reads back: more than any listed word has, so a longer word's tail matches none. */
const WORD_REACH = 16;

/** The word of letters (/\p{L}/, at most `WORD_REACH`) that ends at `end`, lower-case. */
export function wordEndingAt(text: string, end: number): string {
  let start = end;
  while (start > 0 && end - start < WORD_REACH && isLetterAt(text, start - 1)) start--;
  return text.slice(start, end).toLowerCase();
}

/** The word of letters right before `at` past one space, lower-case ("" when none): "am" in "am 15.04.", "in" in "in Kohat". */
export function wordBeforeSpace(text: string, at: number): string {
  return text.charCodeAt(at - 1) === 32 ? wordEndingAt(text, at - 1) : '';
}
