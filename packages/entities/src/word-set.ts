/** First letters ASCII (others share slot 0) × lengths up to 31 (longer share the last). */
const SLOTS = 128 * 32;

/**
 * A word's slot: its first character (when ASCII) and its length. The empty word's first
 * character is read as 0 (slot 0, where NaN put it too): a read past its end stopped V8's
 * optimised code, of `has` and of every rule it was inlined into, the first time a rule
 * asked about an empty word.
 */
function slotOf(word: string): number {
  const first = word.length > 0 ? word.charCodeAt(0) : 0;
  return ((first < 128 ? first : 0) << 5) | (word.length < 31 ? word.length : 31);
}

/**
 * A set of words that answers "no" for most other words without hashing them: the rules ask
 * the locales' short word lists thousands of times per article ("is this token a storm word, a
 * result verb, a sports word?"), and nearly always about a word that is not there. A word whose
 * first letter and length no member has is no member; only the rest are looked up.
 *
 * @example
 * const storms = new WordSet(['storm', 'hurricane']);
 * storms.has('storm') //=> true
 * storms.has('minister') //=> false (no member has 8 letters and starts with "m": not hashed)
 */
export class WordSet extends Set<string> {
  private readonly slots = new Uint8Array(SLOTS);

  constructor(words: Iterable<string> = []) {
    // (Set's own constructor would call add() before this class's fields exist.)
    super();
    for (const word of words) this.add(word);
  }

  override add(word: string): this {
    if (typeof word === 'string') this.slots[slotOf(word)] = 1;
    return super.add(word);
  }

  override has(word: string): boolean {
    return (typeof word !== 'string' || this.slots[slotOf(word)] === 1) && super.has(word);
  }
}
