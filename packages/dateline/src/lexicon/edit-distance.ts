/**
 * Optimal-string-alignment distance (Levenshtein plus adjacent transposition), stopping early
 * once it exceeds `limit`. Used to read typed-in-a-hurry words ("Macrh", "Juen", "Claif.")
 * by a general rule rather than a list of seen misspellings.
 */
export function editDistance(a: string, b: string, limit = 2): number {
  if (Math.abs(a.length - b.length) > limit) return limit + 1;
  // Three rows of the table, reused from call to call: fuzzy lookups compare a word with
  // dozens of keys, and fresh arrays for each cost more than the comparison.
  const width = b.length + 1;
  if (ROWS.length < width * 3) ROWS = new Int32Array(width * 3 * 2);
  let previous2 = 0;
  let previous = width;
  let current = width * 2;
  for (let j = 0; j < width; j++) ROWS[previous + j] = j;
  for (let i = 1; i <= a.length; i++) {
    ROWS[current] = i;
    let rowMin = i;
    const charA = a.charCodeAt(i - 1);
    for (let j = 1; j <= b.length; j++) {
      const cost = charA === b.charCodeAt(j - 1) ? 0 : 1;
      let value = Math.min(ROWS[previous + j]! + 1, ROWS[current + j - 1]! + 1, ROWS[previous + j - 1]! + cost);
      if (i > 1 && j > 1 && charA === b.charCodeAt(j - 2) && a.charCodeAt(i - 2) === b.charCodeAt(j - 1)) value = Math.min(value, ROWS[previous2 + j - 2]! + 1);
      ROWS[current + j] = value;
      if (value < rowMin) rowMin = value;
    }
    if (rowMin > limit) return limit + 1;
    const free = previous2;
    previous2 = previous;
    previous = current;
    current = free;
  }
  return ROWS[previous + b.length]!;
}

let ROWS = new Int32Array(64);

/**
 * The one entry of `candidates` (keys of a map) within `limit` edits of `word`, or null when
 * none is, or when two different values are equally close (an ambiguous typo is not read).
 * Only keys whose length is within `limit` of the word's can be that close, so only those
 * are compared (the answer does not depend on the order they are compared in).
 */
export function closest<T>(word: string, candidates: ReadonlyMap<string, T>, limit: number): T | null {
  const byLength = lengthIndex(candidates);
  let best: T | null = null;
  let bestDistance = limit + 1;
  let tied = false;
  for (let length = Math.max(0, word.length - limit); length <= word.length + limit; length++) {
    for (const [key, value] of byLength.get(length) ?? []) {
      const distance = editDistance(word, key, limit);
      if (distance < bestDistance) {
        best = value;
        bestDistance = distance;
        tied = false;
      } else if (distance === bestDistance && value !== best) {
        tied = true;
      }
    }
  }
  return bestDistance <= limit && !tied ? best : null;
}

const LENGTH_INDEXES = new WeakMap<ReadonlyMap<string, unknown>, Map<number, [string, unknown][]>>();

/** The entries of a candidate map grouped by key length (built once per map). */
function lengthIndex<T>(candidates: ReadonlyMap<string, T>): Map<number, [string, T][]> {
  let index = LENGTH_INDEXES.get(candidates) as Map<number, [string, T][]> | undefined;
  if (index === undefined) {
    index = new Map();
    for (const entry of candidates) {
      const group = index.get(entry[0].length);
      if (group === undefined) index.set(entry[0].length, [entry]);
      else group.push(entry);
    }
    LENGTH_INDEXES.set(candidates, index as Map<number, [string, unknown][]>);
  }
  return index;
}
