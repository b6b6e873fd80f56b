// Trimming by loops, not by regular expressions anchored at the end (those rescan the text
// from every start position and turn quadratic on long runs of spaces or commas).

/** `text` without its trailing characters that are in `chars`. */
export function trimTrailing(text: string, chars: string): string {
  let end = text.length;
  while (end > 0 && chars.includes(text[end - 1]!)) end--;
  return text.slice(0, end);
}

/**
 * A place without its trailing punctuation: a trailing comma goes with anything after it
 * ("SAN JOSE, Calif., " → "SAN JOSE, Calif."; "Hauppauge, N.Y,. " → "Hauppauge, N.Y"), while
 * an abbreviation keeps its own period.
 */
export function trimPlace(text: string): string {
  let end = text.length;
  let cut = -1;
  while (end > 0 && ' \t\n\r.,'.includes(text[end - 1]!)) {
    if (text[end - 1] === ',') cut = end - 1;
    end--;
  }
  return cut >= 0 ? text.slice(0, cut) : trimTrailing(text, ' \t\n\r');
}
