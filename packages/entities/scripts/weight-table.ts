// The weight table's compact encoding, written by train.ts and read by LinearModel in
// src/features.ts. Each feature family ("w=", "p2=", or "" for features without a value) is
// a header line, then one `value|w1,w2,…` line per feature of it: weights in hundredths
// (the model keeps two decimals, and an integer over 100 is the same float as the decimal
// read whole), a zero weight left empty and trailing empty ones dropped. A third of the size
// of `feature<TAB>w1,w2,…` lines, so the model and the place data fit the size budget.

/** The family of a feature: its name up to and including "=", or "" for a feature without a value. */
function familyOf(feature: string): string {
  const equals = feature.indexOf('=');
  return equals < 0 ? '' : feature.slice(0, equals + 1);
}

/** "-0.95" → "-95", "0" → "": a weight with at most two decimals as hundredths. */
function hundredths(weight: string): string {
  const value = Math.round(Number(weight) * 100);
  if (Math.fround(value / 100) !== Math.fround(Number(weight))) throw new Error(`weight ${weight} has more than two decimals`);
  return value === 0 ? '' : String(value);
}

/**
 * Encodes `feature\tw1,w2,…` lines (weights with at most two decimals) as the body of a
 * template literal.
 *
 * @example
 * encodeWeightTable(['b\t1,0,-0.5', 'w=paris\t0,2.25']) //=> '\nb|100,,-50\nw=\nparis|,225'
 */
export function encodeWeightTable(lines: readonly string[]): string {
  const families = new Map<string, string[]>();
  for (const line of lines) {
    const tab = line.indexOf('\t');
    const feature = line.slice(0, tab);
    if (feature.includes('|') || feature.includes('\n')) throw new Error(`feature ${JSON.stringify(feature)} holds a separator`);
    const family = familyOf(feature);
    const weights = line.slice(tab + 1).split(',').map(hundredths);
    while (weights.length > 0 && weights.at(-1) === '') weights.pop();
    let rows = families.get(family);
    if (rows === undefined) families.set(family, (rows = []));
    rows.push(`${feature.slice(family.length)}|${weights.join(',')}`);
  }
  const out: string[] = [];
  for (const [family, rows] of families) out.push(family, ...rows);
  return out.join('\n').replace(/[\\`]|\$\{/g, (mark) => `\\${mark}`);
}
