// Word lists generated at build time (given names, company words, country names) are stored
// front-coded to keep the packages small; this reads them back (the writer is
// scripts/front-code.mjs).

/**
 * The names of a front-coded list: each is a digit, the count of letters it shares with the
 * name before, then its own letters (names hold no digits).
 *
 * @example
 * unpackNames('0abel1da2am') //=> ['abel', 'ada', 'adam']
 */
export function unpackNames(packed: string): string[] {
  const names: string[] = [];
  let previous = '';
  let at = 0;
  while (at < packed.length) {
    const shared = packed.charCodeAt(at) - 48;
    let end = at + 1;
    while (end < packed.length && (packed.charCodeAt(end) < 48 || packed.charCodeAt(end) > 57)) end++;
    previous = previous.slice(0, shared) + packed.slice(at + 1, end);
    names.push(previous);
    at = end;
  }
  return names;
}
