/**
 * JSON-LD: a tolerant reader for the `<script type="application/ld+json">` blocks pages
 * carry, and the walk that finds the article node (NewsArticle and friends) among arrays,
 * `@graph` lists and `@id` references.
 */

/** A JSON-LD node (an object with string keys). */
export type LdNode = Record<string, unknown>;

/**
 * Parses a JSON-LD block, repairing what pages commonly break: CDATA and HTML comment
 * wrappers, JavaScript comments, trailing commas, raw control characters inside strings,
 * several top-level objects one after another. Returns null when nothing can be read.
 */
export function parseJsonLd(source: string): unknown {
  const text = source
    .trim()
    .replace(/^(?:\/\/\s*)?<!\[CDATA\[/, '')
    .replace(/(?:\/\/\s*)?\]\]>$/, '')
    .replace(/^<!--/, '')
    .replace(/-->$/, '')
    .trim();
  if (text.length === 0 || nestingDepth(text) > MAX_DEPTH) return null;
  try {
    return JSON.parse(text);
  } catch {
    // fall through to the repairs
  }
  const repaired = repairJson(text);
  try {
    return JSON.parse(repaired);
  } catch {
    // Several objects in a row: "{...}{...}" or "{...},{...}".
    try {
      return JSON.parse(`[${repaired.replace(/\}\s*(?:,\s*)?\{/g, '},{')}]`);
    } catch {
      return null;
    }
  }
}

/**
 * Real JSON-LD nests a few levels deep. A block nested thousands deep is garbage or an attack,
 * and building it costs the garbage collector more than its length: it is not read.
 */
const MAX_DEPTH = 256;

/** The deepest bracket nesting outside strings (open brackets count even when never closed). */
function nestingDepth(text: string): number {
  let depth = 0;
  let deepest = 0;
  let quoted = false;
  for (let index = 0; index < text.length; index++) {
    const code = text.charCodeAt(index);
    if (quoted) {
      if (code === 0x5c) index++;
      else if (code === 0x22) quoted = false;
    } else if (code === 0x22) quoted = true;
    else if (code === 0x7b || code === 0x5b) {
      depth++;
      if (depth > deepest) deepest = depth;
    } else if ((code === 0x7d || code === 0x5d) && depth > 0) depth--;
  }
  return deepest;
}

/**
 * One pass over the text that keeps strings intact and: escapes raw control characters
 * inside strings, drops JavaScript comments outside strings, and drops commas before a
 * closing bracket.
 */
function repairJson(text: string): string {
  let out = '';
  let inString = false;
  for (let index = 0; index < text.length; index++) {
    const char = text[index]!;
    if (inString) {
      if (char === '\\') {
        const next = text[index + 1];
        // Invalid escapes ("\'", "\/" is valid) lose their backslash.
        if (next !== undefined && !'"\\/bfnrtu'.includes(next)) {
          out += next;
        } else {
          out += char + (next ?? '');
        }
        index++;
      } else if (char === '"') {
        inString = false;
        out += char;
      } else if (char === '\n') out += '\\n';
      else if (char === '\r') out += '\\r';
      else if (char === '\t') out += '\\t';
      else if (char.charCodeAt(0) < 0x20) out += ' ';
      else out += char;
      continue;
    }
    if (char === '"') {
      inString = true;
      out += char;
    } else if (char === '/' && text[index + 1] === '/') {
      while (index < text.length && text[index] !== '\n') index++;
    } else if (char === '/' && text[index + 1] === '*') {
      const end = text.indexOf('*/', index + 2);
      index = end === -1 ? text.length : end + 1;
    } else if (char === ',') {
      let next = index + 1;
      while (next < text.length && /\s/.test(text[next]!)) next++;
      if (text[next] === '}' || text[next] === ']') continue;
      out += char;
    } else out += char;
  }
  if (inString) out += '"';
  // Close brackets left open by a truncated block.
  const stack: string[] = [];
  let quoted = false;
  for (let index = 0; index < out.length; index++) {
    const char = out[index]!;
    if (quoted) {
      if (char === '\\') index++;
      else if (char === '"') quoted = false;
    } else if (char === '"') quoted = true;
    else if (char === '{' || char === '[') stack.push(char === '{' ? '}' : ']');
    else if (char === '}' || char === ']') stack.pop();
  }
  return out.replace(/[,:]\s*$/, '') + stack.reverse().join('');
}

const ARTICLE_TYPE =
  /^(?:[a-z]*article|blogposting|socialmediaposting|liveblogposting|discussionforumposting|report|apireference|review|webpage|itempage|creativework|videoobject|podcastepisode|recipe|howto|qapage|faqpage)$/i;
const STRONG_ARTICLE_TYPE = /article$|posting$|^report$|^review$/i;

/** The `@type` values of a node, lower-cased, without a schema.org prefix. */
export function nodeTypes(node: LdNode): string[] {
  const raw = node['@type'];
  const list = Array.isArray(raw) ? raw : [raw];
  return list.filter((type): type is string => typeof type === 'string').map((type) => type.replace(/^.*[/#:]/, '').toLowerCase());
}

const isNode = (value: unknown): value is LdNode => typeof value === 'object' && value !== null && !Array.isArray(value);

/** Keys whose nodes answer the item they sit in (a recipe's reviews, a post's comments): never the page's article. */
const RESPONSE_KEYS = new Set(['review', 'reviews', 'comment', 'comments']);
/** Nodes found under a {@link RESPONSE_KEYS} key, and the items of lists. */
const responses = new WeakSet<object>();
/** Whether a node answers or lists another item (a comment, a review, a list's entry): never the page's article. */
export const isResponse = (node: LdNode): boolean => responses.has(node);
const markResponses = (value: object): void => {
  for (const item of Array.isArray(value) ? value.slice(0, 200) : [value]) if (isNode(item)) responses.add(item);
};

/**
 * Every node of the parsed blocks, flattened: top-level arrays, `@graph`, nested values. The
 * items of a list (`itemListElement`: a carousel of other stories, a section's teasers, a
 * breadcrumb's pages) are marked with the responses: each is another page, never this one.
 */
export function collectNodes(blocks: unknown[]): LdNode[] {
  const nodes: LdNode[] = [];
  const seen = new Set<unknown>();
  const visit = (value: unknown, depth: number, listed: boolean): void => {
    if (depth > 12 || seen.has(value)) return;
    if (Array.isArray(value)) {
      seen.add(value);
      for (const item of value) visit(item, depth + 1, listed);
      return;
    }
    if (!isNode(value)) return;
    seen.add(value);
    nodes.push(value);
    if (listed) responses.add(value);
    for (const key of Object.keys(value)) {
      const child = value[key];
      if (typeof child !== 'object' || child === null) continue;
      if (RESPONSE_KEYS.has(key)) markResponses(child);
      visit(child, depth + 1, listed || key === 'itemListElement');
    }
  };
  for (const block of blocks) visit(block, 0, false);
  return nodes;
}

/** The JSON-LD view of a page: its nodes by `@id` and the article node, if any. */
export interface JsonLdView {
  nodes: LdNode[];
  byId: Map<string, LdNode>;
  article: LdNode | null;
  /** An Organization/NewsMediaOrganization node that is not the article's author. */
  organization: LdNode | null;
  /** A WebSite node (its name is often the publisher). */
  website: LdNode | null;
}

/** Follows an `{ "@id": ... }` reference to the full node when the page has it. */
export function resolveNode(value: unknown, byId: Map<string, LdNode>): unknown {
  if (isNode(value) && typeof value['@id'] === 'string' && Object.keys(value).length <= 2) {
    return byId.get(value['@id']) ?? value;
  }
  return value;
}

const sameUrl = (a: string, b: string): boolean => {
  const strip = (url: string): string => {
    const bare = url.replace(/^https?:\/\/(?:www\.)?/, '');
    const cut = bare.search(/[?#]/);
    return (cut >= 0 ? bare.slice(0, cut) : bare).replace(/\/$/, '');
  };
  return strip(a) === strip(b);
};

/**
 * Picks the article node: the node of a strong article type (NewsArticle, BlogPosting,
 * ...) that names the page's URL, else the first strong one with a headline, else a weaker
 * type (WebPage, VideoObject ...) that has a headline or a datePublished.
 */
export function readJsonLd(blocks: unknown[], pageUrls: string[]): JsonLdView {
  const nodes = collectNodes(blocks);
  const byId = new Map<string, LdNode>();
  for (const node of nodes) {
    if (typeof node['@id'] === 'string' && Object.keys(node).length > 2 && !byId.has(node['@id'])) byId.set(node['@id'], node);
  }
  let best: LdNode | null = null;
  let bestScore = 0;
  let organization: LdNode | null = null;
  let website: LdNode | null = null;
  nodes.forEach((node, index) => {
    const types = nodeTypes(node);
    if (types.includes('website')) website ??= node;
    if (types.some((type) => /organization$|^corporation$/.test(type))) organization ??= node;
    if (!types.some((type) => ARTICLE_TYPE.test(type)) || responses.has(node)) return;
    const strong = types.some((type) => STRONG_ARTICLE_TYPE.test(type));
    let score = strong ? 40 : 10;
    if (typeof node['headline'] === 'string') score += 10;
    if (node['datePublished']) score += 8;
    if (node['author']) score += 8;
    const urls = [node['url'], node['@id'], resolveId(node['mainEntityOfPage'])].filter((url): url is string => typeof url === 'string');
    if (pageUrls.length > 0 && urls.some((url) => pageUrls.some((page) => sameUrl(url, page)))) score += 15;
    score -= Math.min(index, 10) * 0.1;
    if (score > bestScore) {
      best = node;
      bestScore = score;
    }
  });
  return { nodes, byId, article: best, organization, website };
}

function resolveId(value: unknown): unknown {
  return isNode(value) ? value['@id'] ?? value['url'] : value;
}

/** A string property (first string of an array, `@value` of an object). */
export function ldString(value: unknown): string | null {
  if (typeof value === 'string') return value;
  if (typeof value === 'number') return String(value);
  if (Array.isArray(value)) {
    for (const item of value) {
      const found = ldString(item);
      if (found) return found;
    }
    return null;
  }
  if (isNode(value) && typeof value['@value'] === 'string') return value['@value'];
  return null;
}

export { isNode as isLdNode };
