/**
 * Optimal-string-alignment distance (Levenshtein plus adjacent transposition), stopping early
 * once it exceeds `limit`. Used to read typed-in-a-hurry words ("Macrh", "Juen", "Claif.")
 * by a general rule rather than a list of seen misspellings.
 */
export function editDistance(a: string, b: string, limit = 2): number {
  if (Math.abs(a.length - b.length) > limit) return limit + 1;
  let previous2: number[] = [];
  let previous: number[] = Array.from({ length: b.length + 1 }, (_, index) => index);
  for (let i = 1; i <= a.length; i++) {
    const current: number[] = [i];
    let rowMin = i;
    for (let j = 1; j <= b.length; j++) {
      const cost = a[i - 1] === b[j - 1] ? 0 : 1;
      let value = Math.min(previous[j]! + 1, current[j - 1]! + 1, previous[j - 1]! + cost);
      if (i > 1 && j > 1 && a[i - 1] === b[j - 2] && a[i - 2] === b[j - 1]) value = Math.min(value, previous2[j - 2]! + 1);
      current.push(value);
      if (value < rowMin) rowMin = value;
    }
    if (rowMin > limit) return limit + 1;
    previous2 = previous;
    previous = current;
  }
  return previous[b.length]!;
}

/**
 * The one entry of `candidates` (keys of a map) within `limit` edits of `word`, or null when
 * none is, or when two different values are equally close (an ambiguous typo is not read).
 */
export function closest<T>(word: string, candidates: ReadonlyMap<string, T>, limit: number): T | null {
  let best: T | null = null;
  let bestDistance = limit + 1;
  let tied = false;
  for (const [key, value] of candidates) {
    const distance = editDistance(word, key, limit);
    if (distance < bestDistance) {
      best = value;
      bestDistance = distance;
      tied = false;
    } else if (distance === bestDistance && value !== best) {
      tied = true;
    }
  }
  return bestDistance <= limit && !tied ? best : null;
}
