/**
 * The story's own fields in the page data a JavaScript framework serialises for the browser
 * (Next.js's `__NEXT_DATA__`): sites built that way often declare no date in a meta tag or in
 * JSON-LD, while the data the page is rendered from holds the story's record with its
 * publication time. The data also holds other stories (teasers, a feed of related ones),
 * each with its own date, so only the record whose title is the page's own counts.
 */

/** Keys a story's record names its publication time with, most specific first. */
const PUBLISHED_FIELDS = [
  'datePublished', 'firstPublishedAt', 'first_published_at', 'firstPublished', 'publishedAt', 'published_at',
  'publishedDate', 'published_date', 'publishDate', 'publish_date', 'publicationDate', 'publication_date', 'pubDate', 'published',
];

/** Keys a story's record names its headline with. */
const TITLE_FIELDS = ['headline', 'title', 'name'];

/** The most nodes of the page data that are visited: a story's record sits near the top. */
const MAX_NODES = 50_000;

/** A title compared by its letters and digits alone, in lower case ("Harbour plan: a ‘yes’" → "harbourplanayes"). */
export function titleKey(text: string): string {
  return text.normalize('NFKC').toLowerCase().replace(/[^\p{L}\p{N}]+/gu, '');
}

/**
 * The publication time, as written, of the record in the page data whose headline is one of
 * `titles` (the page's own headline candidates), or null when none matches or the matching
 * records disagree on the day.
 */
export function appDataPublished(data: unknown, titles: string[]): string | null {
  const keys = new Set(titles.map(titleKey).filter((key) => key.length >= 8));
  if (keys.size === 0) return null;
  const found = new Set<string>();
  let first: string | null = null;
  const stack: unknown[] = [data];
  for (let visited = 0; stack.length > 0 && visited < MAX_NODES; visited++) {
    const node = stack.pop();
    if (node === null || typeof node !== 'object') continue;
    if (Array.isArray(node)) {
      for (let index = node.length - 1; index >= 0; index--) stack.push(node[index]);
      continue;
    }
    const record = node as Record<string, unknown>;
    const date = ownStory(record, keys) ? publishedField(record) : null;
    if (date !== null) {
      first ??= date;
      found.add(date.slice(0, 10));
    }
    for (const value of Object.values(record)) if (value !== null && typeof value === 'object') stack.push(value);
  }
  return found.size === 1 ? first : null;
}

/** Whether a record's headline field is one of the page's titles. */
function ownStory(record: Record<string, unknown>, keys: Set<string>): boolean {
  for (const field of TITLE_FIELDS) {
    const value = record[field];
    if (typeof value === 'string' && value.length < 500 && keys.has(titleKey(value))) return true;
  }
  return false;
}

/** The first publication field of a record that holds a date string or a Unix time. */
function publishedField(record: Record<string, unknown>): string | null {
  for (const field of PUBLISHED_FIELDS) {
    const value = record[field];
    if (typeof value === 'string' && value.length >= 8 && value.length <= 40 && /\d{4}/.test(value)) return value;
    if (typeof value === 'number' && Number.isFinite(value) && value > 0) return String(value);
  }
  return null;
}
