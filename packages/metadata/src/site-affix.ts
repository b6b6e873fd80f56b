import { siteKey } from './author-sources.js';
import { trimEndChars, trimStartChars } from './text.js';

/**
 * Headline clean-up by agreement: a title (`og:title`, `<title>`, even a JSON-LD headline)
 * often carries the site's name ("Port opens | Example News", "Blog » Port opens"). A part
 * after the last separator (or before the first) is dropped when it names the site: a name
 * the page declares for itself (`og:site_name`, `application-name`, the JSON-LD publisher
 * or website, `twitter:site`), its domain, or a domain-like string; and the headline the page
 * shows in its `<h1>` wins when it is exactly what is left on one side of a separator.
 */

/**
 * " | ", " - ", " – ", " — ", " › ", " » ", " « " (WordPress's "Story « Blog"), " · ", " :: ", " // ", the full-width "｜", and a
 * bare "|", "_" or "-" beside Japanese, Chinese or Korean text (written without spaces;
 * Chinese portals chain "Story_Channel_Site" with underscores, or "Story-Site" with a hyphen).
 */
const SEPARATOR = / (?:[|\-–—›»«·•~]|::|\/\/|\\\\) |｜| ?：|[|_\-－](?=[\p{sc=Han}\p{sc=Hiragana}\p{sc=Katakana}\p{sc=Hangul}])|(?<=[\p{sc=Han}\p{sc=Hiragana}\p{sc=Katakana}\p{sc=Hangul}])[|_\-－]/gu;
const DOMAIN_LIKE = /^(?:https?:\/\/)?(?:www\.)?[\p{L}\p{N}-]+(?:\.[\p{L}\p{N}-]+)*\.[a-z]{2,}\/?$/iu;

/** The site's names as comparison keys, plus its host's labels ("www.example-daily.co.uk" → "exampledaily"). */
export function siteNameKeys(names: (string | null | undefined)[], urls: (string | null | undefined)[]): Set<string> {
  const keys = new Set<string>();
  for (const name of names) {
    const key = name ? siteKey(name.replace(/^@/, '')) : '';
    if (key.length >= 3) keys.add(key);
  }
  // An archived copy's address holds the page's own ("https://archive.example/web/2014…/http://blog.example/…").
  const all = [...urls];
  for (const url of urls) {
    const inner = url ? url.search(/\/https?:\/\//i) : -1;
    if (inner > 8) all.push(url!.slice(inner + 1));
  }
  for (const url of all) {
    const host = url ? /^(?:https?:)?\/\/(?:www\d?\.)?([^/?#:]+)/i.exec(url)?.[1] : undefined;
    if (!host) continue;
    const labels = host.toLowerCase().split('.');
    // The registrable name: the label before the public suffix ("example" in example.co.uk).
    const name = labels.length >= 3 && labels[labels.length - 2]!.length <= 3 ? labels[labels.length - 3]! : labels[labels.length - 2];
    if (name && name.length >= 3) keys.add(siteKey(name));
    keys.add(siteKey(host));
  }
  return keys;
}

/** Whether a title part names the site: a web address, or one of the site's name keys. */
export function namesSite(part: string, keys: Set<string>, domainsOnly = false): boolean {
  const trimmed = part.trim();
  if (trimmed.length === 0) return false;
  if (DOMAIN_LIKE.test(trimmed)) return true;
  if (domainsOnly) return false;
  const key = siteKey(trimmed);
  if (key.length < 3) return false;
  if (keys.has(key)) return true;
  // "Example Daily Blog" on example-daily.com, "Example" on "Example News": a short part that
  // is mostly a site key.
  if (trimmed.split(/\s+/).length > 4) return false;
  for (const site of keys) {
    if (site.length >= 4 && (key.includes(site) || (key.length >= 4 && site.includes(key))) && Math.min(site.length, key.length) * 2 >= Math.max(site.length, key.length)) return true;
  }
  return false;
}

interface Cut {
  start: number;
  end: number;
}

/** Where a heading may stand on one side of a title: the separators, and a colon ("Section: Story"). */
const HEADING_SEPARATOR = / (?:[|\-–—›»«·•~\\]|::|\/\/) |｜| ?：|: /g;
/**
 * The same, with a bare "|", "_" or "-" beside CJK text: read only in a title that carried the
 * site's declared name, as such portals chain "Story_Channel_Site"; without one, "_" may be
 * the page's own ("Story _Column _Site" titles stay whole in Readability's snapshots).
 */
const CJK_HEADING_SEPARATOR = / (?:[|\-–—›»«·•~\\]|::|\/\/) |｜| ?：|: |[|_\-－](?=[\p{sc=Han}\p{sc=Hiragana}\p{sc=Katakana}\p{sc=Hangul}])|(?<=[\p{sc=Han}\p{sc=Hiragana}\p{sc=Katakana}\p{sc=Hangul}])[|_\-－]/gu;

function separators(title: string, pattern: RegExp = SEPARATOR): Cut[] {
  const cuts: Cut[] = [];
  pattern.lastIndex = 0;
  for (let match = pattern.exec(title); match !== null; match = pattern.exec(title)) cuts.push({ start: match.index, end: match.index + match[0].length });
  return cuts;
}

const wordCount = (text: string): number => text.split(/\s+/).filter(Boolean).length;

/** Japanese, Chinese and Korean letters: each counts as a word of its own, as these scripts write without spaces. */
const CJK_LETTER = /[\p{sc=Han}\p{sc=Hiragana}\p{sc=Katakana}\p{sc=Hangul}]/gu;

/** How long a title part reads: its words, a CJK letter counting as one. */
const size = (text: string): number => wordCount(text) + (text.match(CJK_LETTER)?.length ?? 0);

/**
 * Drops a site-name part at the end or the start of a title, repeatedly ("Story – Section –
 * Example News" keeps "Story – Section" unless the section names the site too); never
 * leaves fewer than one word.
 *
 * @example
 * stripSiteAffix('Port opens | Example News', new Set(['examplenews'])) //=> 'Port opens'
 */
export function stripSiteAffix(title: string, keys: Set<string>, domainsOnly = false): string {
  let current = title.trim();
  for (let round = 0; round < 3; round++) {
    const cuts = separators(current);
    if (cuts.length === 0) break;
    const last = cuts[cuts.length - 1]!;
    const first = cuts[0]!;
    if (namesSite(current.slice(last.end), keys, domainsOnly) && wordCount(current.slice(0, last.start)) >= 1) current = current.slice(0, last.start).trim();
    else if (namesSite(current.slice(0, first.start), keys, domainsOnly) && wordCount(current.slice(first.end)) >= 1) current = current.slice(first.end).trim();
    else if (cuts.length >= 2 && namesSite(current.slice(cuts[cuts.length - 2]!.end, last.start), keys, domainsOnly)) {
      // "Story | Example.com | The site's tag line": the site's name, then its slogan.
      current = current.slice(0, cuts[cuts.length - 2]!.start).trim();
    } else break;
  }
  return current;
}

/**
 * The part after the last separator that two of the page's titles end with while their
 * stories differ ("Story_Example新闻" and "Longer story_Example新闻"): the site's name,
 * which a portal sets after every title but declares nowhere; or null.
 *
 * @example
 * sharedTitleAffix(['一季度数据好于预期_示例新闻', '一季度经济数据好于预期_示例新闻']) //=> '示例新闻'
 */
export function sharedTitleAffix(titles: string[]): string | null {
  const seen = new Map<string, string>();
  for (const title of titles) {
    const cuts = separators(title);
    if (cuts.length === 0) continue;
    const last = cuts[cuts.length - 1]!;
    const affix = title.slice(last.end).trim();
    const before = title.slice(0, last.start);
    const story = siteKey(before);
    const key = siteKey(affix);
    // A site's name is the shorter side: after a path ("Site - Section - Story") the story ends both titles.
    if (key.length < 2 || story.length < 3 || size(affix) >= size(before)) continue;
    const other = seen.get(key);
    if (other !== undefined && other !== story) return affix;
    seen.set(key, story);
  }
  return null;
}

/** A comparison key that ignores case, spacing, punctuation and the kind of quote marks. */
const looseKey = (text: string): string => siteKey(text);

/**
 * The page's `<h1>` when it is what the title says on one side of a separator ("Story |
 * Blog", "Section: Story"), or the same words in other typography: the visible headline is
 * the headline. `siteCut`: the title already lost the site's declared name, so CJK titles
 * may be cut at a bare "|" or "_" too.
 */
export function agreeWithHeading(title: string, allHeadings: string[], keys: Set<string>, siteCut = false): string {
  // A heading that names the site is its logo, not the story's headline.
  const headings = allHeadings.filter((heading) => !namesSite(heading, keys));
  const key = looseKey(title);
  if (key.length === 0) return title;
  for (const heading of headings) {
    const headingKey = looseKey(heading);
    if (headingKey.length < 3 || heading.length > 300) continue;
    if (headingKey === key) return heading;
  }
  const cuts = separators(title, siteCut ? CJK_HEADING_SEPARATOR : HEADING_SEPARATOR);
  for (const heading of headings) {
    const headingKey = looseKey(heading);
    if (headingKey.length < 3 || heading.length > 300) continue;
    for (const cut of cuts) {
      const before = title.slice(0, cut.start);
      const after = title.slice(cut.end);
      // The dropped side of a separator is the site's name, shorter than the story's
      // headline; after a colon the headline follows its kicker.
      const colon = title[cut.start] === ':' || title[cut.start + 1] === ':' || title[cut.start] === '：';
      if (looseKey(before) === headingKey && (colon || size(before) > size(after))) return heading;
      if (looseKey(after) === headingKey && (colon || size(after) > size(before))) return heading;
    }
  }
  return title;
}

/** A comparison key that keeps every word (unlike {@link siteKey}, which drops a leading "the"). */
const headlineKey = (text: string): string => siteKey(`x ${text}`).slice(1);

/**
 * The headline the page shows, when a declared title (`og:title`, a JSON-LD headline)
 * agrees with one of its headings: the same words in the page's typography, or one side of a
 * separator, where the other side is the site's name ("Story | Example News"), a kicker or a
 * section before a colon or before the headline ("Pressemitteilung: Story", "Section - Story").
 * A suffix that names no site ("Story | Jane Doe", a series title) is part of the declared
 * title and stays. Null when no heading agrees.
 *
 * @example
 * headlineByAgreement('Port opens | Example News', ['Port opens'], new Set(['examplenews'])) //=> 'Port opens'
 */
export function headlineByAgreement(title: string, allHeadings: string[], keys: Set<string>): string | null {
  const headings = allHeadings.filter((heading) => heading.length <= 300 && headlineKey(heading).length >= 3 && !namesSite(heading, keys));
  if (headings.length === 0) return null;
  const key = headlineKey(title);
  for (const heading of headings) if (headlineKey(heading) === key) return heading;
  const stripped = stripSiteAffix(title, keys);
  if (stripped !== title) {
    const strippedKey = headlineKey(stripped);
    for (const heading of headings) if (headlineKey(heading) === strippedKey) return heading;
  }
  const cuts = separators(stripped, HEADING_SEPARATOR);
  for (const heading of headings) {
    const wanted = headlineKey(heading);
    for (const cut of cuts) {
      const before = stripped.slice(0, cut.start);
      const after = stripped.slice(cut.end);
      const colon = stripped[cut.start] === ':' || stripped[cut.start + 1] === ':' || stripped[cut.start] === '：';
      if (headlineKey(after) === wanted && (colon || size(before) < size(after))) return heading;
      if (headlineKey(before) === wanted && (colon || namesSite(after, keys))) return heading;
    }
  }
  return null;
}

/**
 * What a title adds to a heading it opens or closes with, compared ignoring case, spacing
 * and punctuation ("Tomaten schneiden - Tipp mit Bild" around "Tomaten schneiden" →
 * "Tipp mit Bild"); null when the title does not open or close with the heading's words, or
 * only splits a word ("Portland" does not open with "Port").
 *
 * @example
 * affixAround('Port opens - photo gallery', 'Port opens') //=> 'photo gallery'
 */
export function affixAround(title: string, heading: string): string | null {
  const wanted = headlineKey(heading);
  if (wanted.length < 3) return null;
  // Each key character's index in the title, to cut the title's own text.
  const positions: number[] = [];
  let key = '';
  for (let index = 0; index < title.length; ) {
    const code = title.codePointAt(index)!;
    const width = code > 0xffff ? 2 : 1;
    const folded = headlineKey(title.slice(index, index + width));
    for (let count = 0; count < folded.length; count++) positions.push(index);
    key += folded;
    index += width;
  }
  if (key.length <= wanted.length) return null;
  const isWordChar = (char: string | undefined): boolean => char !== undefined && /[\p{L}\p{N}]/u.test(char);
  if (key.startsWith(wanted)) {
    const cut = positions[wanted.length]!;
    if (isWordChar(title[cut - 1]) && isWordChar(title[cut])) return null;
    return trimAffix(title.slice(cut));
  }
  if (key.endsWith(wanted)) {
    const cut = positions[key.length - wanted.length]!;
    if (isWordChar(title[cut - 1]) && isWordChar(title[cut])) return null;
    return trimAffix(title.slice(0, cut));
  }
  return null;
}

const AFFIX_EDGE = /[\s|\-–—›»·•~:,.;!?()[\]]/u;

const trimAffix = (text: string): string | null => {
  const trimmed = trimEndChars(trimStartChars(text, AFFIX_EDGE), AFFIX_EDGE);
  return trimmed.length > 0 ? trimmed : null;
};
