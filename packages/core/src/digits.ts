/** Arabic-Indic (٠-٩) and Persian (۰-۹) digits: one UTF-16 code unit each, like ASCII's. */
const EASTERN_DIGIT = /[\u0660-\u0669\u06f0-\u06f9]/;
const EASTERN_DIGITS = /[\u0660-\u0669\u06f0-\u06f9]/g;

/**
 * The text with each Arabic-Indic or Persian digit written as its ASCII digit ("١٠" → "10"),
 * the same text when it has none. Each digit is one code unit either way, so every index into
 * the result is the same index into the text: readers match on this view and take what they
 * return (spans, stamp text) from the text itself.
 *
 * @example
 * withAsciiDigits('١٠ أكتوبر ٢٠١٧') //=> '10 أكتوبر 2017'
 */
export function withAsciiDigits(text: string): string {
  if (!EASTERN_DIGIT.test(text)) return text;
  return text.replace(EASTERN_DIGITS, (digit) => String(digit.charCodeAt(0) - (digit >= '\u06f0' ? 0x6f0 : 0x660)));
}
