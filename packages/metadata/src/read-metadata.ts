import { assertText, normalizeName } from '@newsparse/core';
import { appDataPublished } from './app-data.js';
import { dateFromUrl, isWeekdayWord, monthNumber, normalizeDate, PUBLISHED_CUE, readDate, UPDATE_CUE, urlPathDate } from './dates.js';
import { isLdNode, isResponse, ldString, nodeTypes, parseJsonLd, readJsonLd, resolveNode, type JsonLdView, type LdNode } from './json-ld.js';
import { isAccountName, isChrome, isCity, isDeskCredit, isGivenName, isOrganizationName, looksLikePerson } from './names.js';
import { parseByline } from './parse-byline.js';
import { readHandle } from './author-handle.js';
import { nameFromBio, nameFromProfileUrl, siteKey, siteKeys, surnameFirst } from './author-sources.js';
import { creditFromSources, printedDeclaredCredit } from './source-credits.js';
import { affixAround, agreeWithHeading, headlineByAgreement, namesSite, sharedTitleAffix, siteNameKeys, stripSiteAffix } from './site-affix.js';
import { isSectionName } from './text-furniture.js';
import { scanPage, startsWithBylineCue, type BodyListener, type MetaEntry, type PageScan } from './scan.js';
import { checkReadOptions, type CheckedReadOptions } from './options.js';
import { relativeDate } from './relative-dates.js';
import { cleanValue, collapseSpace, isUrl, isWhiteSpaceCode, resolveUrl, trimEndChars, trimStartChars, withoutWireVersion } from './text.js';
import type { ArticleMetadata, Author, ReadMetadataOptions } from './types.js';

/**
 * Reads an article's metadata from its HTML in one streaming pass (htmlparser2, no DOM),
 * weighing every source by how reliable it is: JSON-LD (NewsArticle and friends, `@graph`,
 * `@id` references, broken JSON read tolerantly), Dublin Core, Open Graph and `article:*`,
 * Twitter cards, `itemprop` microdata, `rel=author`, `<time datetime>`, byline elements and
 * "By ..." lines, the URL's date (`/2024/06/27/`) and `<html lang>`.
 *
 * @example
 * readMetadata('<html lang="en"><head><meta property="og:title" content="Hi"><meta name="author" content="By JANE DOE"></head></html>')
 * //=> { title: 'Hi', authors: [{ name: 'Jane Doe' }], lang: 'en', ... }
 */
export function readMetadata(html: string, options?: ReadMetadataOptions): ArticleMetadata {
  assertText(html, 'readMetadata');
  const checked = checkReadOptions(options, 'readMetadata');
  return buildMetadata(scanPage(html), checked);
}

/** Runs the pass with a body listener too (for {@link readArticle}). */
export function readMetadataWith(html: string, options: CheckedReadOptions, listener: BodyListener): ArticleMetadata {
  return buildMetadata(scanPage(html, listener), options);
}

/** Meta values by normalised key ("DC.Creator" → "dc:creator"); `property` wins over `name`. */
class MetaIndex {
  private readonly byKey = new Map<string, MetaEntry[]>();

  constructor(entries: MetaEntry[]) {
    for (const entry of entries) {
      const key = entry.key.replace(/\./g, ':');
      const list = this.byKey.get(key);
      if (list) list.push(entry);
      else this.byKey.set(key, [entry]);
    }
  }

  /** All non-empty values of a key (RDFa `property` ones only when both kinds exist). */
  all(key: string): string[] {
    const list = this.byKey.get(key);
    if (!list) return [];
    const preferred = list.some((entry) => entry.via === 'property') && list.some((entry) => entry.via !== 'property') ? list.filter((entry) => entry.via === 'property') : list;
    const values: string[] = [];
    for (const entry of preferred) {
      const value = entry.value.trim();
      if (value && !values.includes(value)) values.push(value);
    }
    return values;
  }

  /** The last value of the first key that has one (later tags override earlier ones). */
  first(...keys: string[]): string | null {
    for (const key of keys) {
      const values = this.all(key);
      if (values.length > 0) return values[values.length - 1]!;
    }
    return null;
  }

  keys(): IterableIterator<string> {
    return this.byKey.keys();
  }
}

const TITLE_KEYS = ['dc:title', 'dcterms:title', 'dcterm:title', 'og:title', 'weibo:article:title', 'weibo:webpage:title', 'title', 'twitter:title', 'parsely-title', 'sailthru:title', 'citation_title'];
const AUTHOR_KEYS = ['dc:creator', 'dcterms:creator', 'dcterm:creator', 'author', 'parsely-author', 'article:author', 'og:article:author', 'article:author_name', 'byl', 'sailthru:author', 'citation_author', 'dcsext:author', 'cxenseparse:author', 'dc:contributor'];
const PUBLISHED_KEYS = [
  'article:published_time', 'og:article:published_time', 'article:published', 'og:published_time', 'published_time', 'article:published_date',
  'parsely-pub-date', 'dc:date:issued', 'dcterms:issued', 'dcterms:created', 'dc:date:created', 'citation_publication_date', 'citation_date',
  'prism:publicationdate', 'article:publicationdate', 'originalpublicationdate', 'datepublished', 'datecreated', 'publishdate', 'publish_date',
  'publish-date', 'published_at', 'publication_date', 'pubdate', 'pub_date', 'og:pubdate', 'cxenseparse:recs:publishtime', 'sailthru:date:published', 'dcsext:articlefirstpublished', 'weibo:article:create_at',
  'ptime', 'pdate', 'displaydate', 'release_date', 'article:created',
];
/**
 * Date keys that do not say which date they hold: content management systems fill them
 * with the page's last change as often as with its publication. A dated element in the
 * article (`itemprop=datePublished`, `<time pubdate>`) says more.
 */
const GENERIC_DATE_KEYS = ['dc:date', 'dcterms:date', 'date', 'sailthru:date'];
const MODIFIED_KEYS = ['article:modified_time', 'og:article:modified_time', 'og:updated_time', 'article:modified', 'datemodified', 'dcterms:modified', 'dc:date:modified', 'last-modified', 'lastmod', 'utime', 'modified_time', 'updated_time'];
const PUBLISHER_KEYS = ['og:site_name', 'application-name', 'dc:publisher', 'dcterms:publisher', 'publisher', 'citation_publisher', 'cre', 'twitter:app:name:iphone'];

function buildMetadata(scan: PageScan, options: CheckedReadOptions): ArticleMetadata {
  const meta = new MetaIndex(scan.metas);
  const base = resolveBase(scan.base, options.url);
  const canonicalRaw = scan.canonical ?? meta.first('og:url');
  const canonicalUrl = canonicalRaw ? resolveUrl(canonicalRaw, base) : options.url ?? null;
  const pageUrls = [options.url, canonicalUrl, meta.first('og:url')].filter((url): url is string => typeof url === 'string' && /^https?:/i.test(url));

  const blocks: unknown[] = [];
  for (const source of scan.jsonLd) {
    const parsed = parseJsonLd(source);
    if (parsed !== null) blocks.push(parsed);
  }
  const ld = readJsonLd(blocks, pageUrls);
  const article = ld.article;
  const ldText = (key: string): string | null => (article ? cleanValue(ldString(article[key])) : null);

  const publisher = pickPublisher(meta, ld);
  // A site part that two of the page's titles share names the site, declared or not.
  const titleCandidates = [scan.title, ...TITLE_KEYS.map((key) => meta.first(key)), ldText('headline'), ldText('name')].map((title) => (title ? collapseSpace(title) : ''));
  const siteNames = siteNameKeys([publisher, meta.first('og:site_name'), meta.first('application-name'), meta.first('twitter:site'), ld.website ? ldString(ld.website['name']) : null, ...scan.feedTitles.map(siteOfFeedTitle), sharedTitleAffix(titleCandidates)], [options.url, canonicalUrl]);
  const title = titleWithoutWireVersion(notTheSite(pickTitle(scan, meta, ld, siteNames, siteNameKeys([], [options.url])), scan, meta, ld, [options.url, canonicalUrl]));
  const site = siteKeys([publisher, meta.first('og:site_name'), meta.first('application-name'), meta.first('twitter:site'), ld.website ? ldString(ld.website['name']) : null]);
  // The article's publisher typed as an organisation is the site, even when its name reads as a person's ("Eat Well").
  const organization = publishingOrganization(ld);
  if (organization !== null && siteKey(organization).length >= 3) site.add(siteKey(organization));
  const authors = pickAuthors(scan, meta, ld, base, site);
  const lang = pickLang(scan, meta, article);
  const latest = latestDay(options.reference);
  const read = plausible(dateReader(lang, lang === null || /^en$/i.test(lang) ? slashOrder(scan) ?? hostDayFirst(options.url ?? canonicalUrl) : null), latest);
  const normal = plausible(normalizeDate, latest);
  // Read only when no tag, JSON-LD or date element declares the day: the page data may be large.
  const appDate = (): string | null => normal(appDataDate(scan, [title, scan.title, meta.first('og:title'), ...scan.headings.filter((heading) => heading.level === 1).slice(0, 3).map((heading) => heading.text)]));
  const declared = pickPublished(scan, meta, ld, pageUrls, read, normal, appDate);
  const published = (printedUpdate(declared, scan, read) ?? localTime(declared, meta, scan, read)) ?? (options.reference ? pickRelative(scan, options.reference, options.referenceIsDay === true) : null);
  const modified = normal(ldString(article?.['dateModified'])) ?? firstDate(MODIFIED_KEYS.flatMap((key) => meta.all(key)), normal) ?? firstDate(scan.microdata.modified, normal) ?? firstDate(scan.times.filter((time) => time.modified && !time.aside).map((time) => time.datetime || time.text), read) ?? (scan.pageEdited === null ? null : read(scan.pageEdited));

  const tags: string[] = [];
  const addTags = (values: unknown): void => {
    const list = Array.isArray(values) ? values : typeof values === 'string' ? values.split(/[,;]/) : [];
    for (const value of list) {
      const tag = typeof value === 'string' ? cleanValue(value) : null;
      if (tag && tag.length < 80 && !tags.some((known) => known.toLowerCase() === tag.toLowerCase())) tags.push(tag);
    }
  };
  addTags(meta.all('article:tag'));
  if (tags.length === 0 && article) addTags(article['keywords']);
  if (tags.length === 0) addTags(meta.first('news_keywords', 'keywords', 'parsely-tags', 'sailthru:tags'));

  const imageRaw = meta.first('og:image', 'og:image:url', 'og:image:secure_url', 'twitter:image', 'twitter:image:src') ?? ldImage(article);

  return {
    title,
    subtitle: ldText('alternativeHeadline') ?? cleanValue(meta.first('subtitle', 'dc:description:abstract')) ?? cleanValue(scan.deks[0]) ?? null,
    description: ldText('description') ?? cleanValue(meta.first('dc:description', 'dcterms:description', 'og:description', 'weibo:article:description', 'description', 'twitter:description', 'sailthru:description')),
    authors,
    // (A page that gives only its last change, declared or printed, is dated by it: the
    // publication was that day or before, and no other date is the page's.)
    published: urlDay(shownUpdate(published, modified, scan, read), pageUrls) ?? modified,
    modified,
    publisher,
    section: cleanValue(meta.first('article:section', 'og:article:section', 'parsely-section', 'section')) ?? ldText('articleSection'),
    tags: tags.slice(0, 50),
    lang,
    canonicalUrl,
    image: imageRaw ? resolveUrl(imageRaw, base) : null,
  };
}

/** What follows the site's name in a feed link's title. */
const FEED_WORDS = new Set(['feed', 'rss', 'atom', 'rss feed', 'atom feed', 'kommentar-feed', 'comments feed', 'flux', 'fil', 'feed de', 'fuente']);

/**
 * The site's name in a feed link's title: "Example Blog » Feed", "Example Blog - RSS",
 * "Example Blog » Kommentar-Feed" (WordPress and Blogger write them so); the title of a
 * feed of one post's comments ("… » Story title Comments Feed") names no site.
 */
function siteOfFeedTitle(title: string): string | null {
  const text = title.trim().slice(0, 120);
  let cut = -1;
  for (const separator of [' » ', ' - ', ' – ', ' | ']) cut = Math.max(cut, text.lastIndexOf(separator));
  if (cut < 2 || !FEED_WORDS.has(text.slice(cut + 3).trim().toLowerCase())) return null;
  return text.slice(0, cut).trim() || null;
}

function resolveBase(baseHref: string | null, url: string | undefined): string | null {
  if (baseHref) return resolveUrl(baseHref, url ?? null);
  return url ?? null;
}

/** Reads a date the page prints, in its language's order of day and month. */
type DateReader = (text: string | null | undefined) => string | null;

/**
 * The date reader for a page in `lang`: numeric dates with slashes are day-first in every
 * language but English ("03/05/2022" is 3 May on a Brazilian page); English stays
 * month-first unless a region that writes day-first is named (en-GB, en-AU, en-IN…). A page
 * with no language tag reads them in the order its own dates show (`pageDayFirst`), else
 * month-first.
 */
function dateReader(lang: string | null, pageDayFirst: boolean | null = null): DateReader {
  const dayFirst = lang === null || (pageDayFirst !== null && /^en$/i.test(lang)) ? pageDayFirst === true : !/^en\b/i.test(lang) || /^en-(?:gb|au|nz|ie|in|za)\b/i.test(lang);
  return (text) => (typeof text === 'string' ? publishedOfStamps(text, dayFirst) : null);
}

/**
 * For an English page that names no region: day-first when its address is in a country that
 * writes dates so (.uk, .au, .nz, .ie, .in, .za, and .com.au-style second levels), else null.
 */
function hostDayFirst(url: string | null): boolean | null {
  const host = url ? hostOf(url) : null;
  return host !== null && /\.(?:uk|au|nz|ie|in|za)$/i.test(host) ? true : null;
}

/** A numeric date with slashes: its first two numbers. */
const SLASH_DATE = /(?<!\d)(\d{1,2})\/(\d{1,2})\/(?:\d{4}|\d{2})(?!\d)/g;

/**
 * For a page that states no language: the order its own slash dates show ("25/03/2019" is
 * day-first, "03/25/2019" month-first), from the first that only one order can read, or null.
 */
function slashOrder(scan: PageScan): boolean | null {
  for (const text of [...scan.dateLines.map((line) => line.text), ...scan.times.map((time) => time.text)]) {
    if (!text.includes('/')) continue;
    for (const match of text.matchAll(SLASH_DATE)) {
      const first = Number(match[1]);
      const second = Number(match[2]);
      if (first > 12 && first <= 31 && second >= 1 && second <= 12) return true;
      if (second > 12 && second <= 31 && first >= 1 && first <= 12) return false;
    }
  }
  return null;
}

/**
 * Where a line of stamps parts: a spaced bar, dot, bullet or dash, a wide space, an opening
 * bracket, or a space before CJK letters (an ideographic space reads as one space by then).
 */
const STAMP_BREAK = /\s[|·•–—-]\s|\s{2,}|[(（]|\s(?=[\u3040-\u30ff\u3400-\u9fff\uac00-\ud7af])/;

/**
 * A stamp's parts, a comma before a publication cue parting them too ("Mis à jour le 10 juin
 * 2024 à 10h00, publié le 3 juin 2024", "Updated June 10, 2024, published June 3, 2024"; not
 * the comma of "June 3, 2024", nor one before another word), and so does a space before a
 * capitalised one: two stamp lines a `<br>` sets apart arrive as one ("Updated 5:10 PM EDT,
 * Wed June 7, 2023 Published 3:04 PM EDT, Tue June 6, 2023").
 */
function stampParts(text: string): string[] {
  const parts: string[] = [];
  for (const part of text.split(STAMP_BREAK)) {
    let start = 0;
    for (let space = part.indexOf(' '); space >= 0; space = part.indexOf(' ', space + 1)) {
      const comma = space > 0 && part.charCodeAt(space - 1) === 44;
      if (!comma && !isUpperCaseLetter(part.charAt(space + 1)) && !isCaselessLetter(part.charAt(space + 1))) continue;
      PUBLISHED_CUE.lastIndex = space + 1;
      if (!PUBLISHED_CUE.test(part)) continue;
      parts.push(part.slice(start, comma ? space - 1 : space));
      start = space + 1;
    }
    parts.push(part.slice(start));
  }
  return parts;
}

const isUpperCaseLetter = (char: string): boolean => char !== char.toLowerCase();
/** A letter of a script without capitals (Arabic): any cue there may open the next stamp ("آخر تحديث: … نشر في: …"). */
const isCaselessLetter = (char: string): boolean => /^\p{Script=Arabic}$/u.test(char);

/**
 * The first date of a line, unless a label marks it as the last change and another part of
 * the line holds a date no such label marks: "Aktualisiert: 05.04.2019 · Erstellt:
 * 04.04.2019", "更新日：2019年5月1日 公開日：2019年4月4日", "최종수정 2019.04.19 | 입력
 * 2019.04.18", "Mis à jour le 5 avril 2019 - Publié le 4 avril 2019" give the publication.
 */
function publishedOfStamps(text: string, dayFirst: boolean): string | null {
  const first = readDate(text, dayFirst);
  if (first === null || text.length > 300 || !UPDATE_CUE.test(text)) return first;
  const parts = stampParts(text);
  if (parts.length < 2) return first;
  for (const part of parts.slice(0, 8)) {
    if (UPDATE_CUE.test(part)) continue;
    const date = readDate(part, dayFirst);
    if (date !== null) return date;
  }
  return first;
}

/** A declared date, read in the page's order when it is a slash date ("12/03/2023" on a German page is 12 March). */
function readDeclared(value: string | null | undefined, read: DateReader, normal: DateReader): string | null {
  if (value === null || value === undefined) return null;
  return value.includes('/') ? read(value) : normal(value);
}

/** The first day no page can carry: the web's first pages went up in the early 1990s. */
const EARLIEST_DAY = '1990-01-01';

/**
 * The last day a page can have been published: the day after the reference time, or after the
 * clock's when none is given (a day's margin for time zones). A later date is an event's, a
 * placeholder's or a typo, never the publication.
 */
function latestDay(reference: Date | undefined): string {
  return new Date((reference ?? new Date()).getTime() + 86_400_000).toISOString().slice(0, 10);
}

/**
 * A date reader that reads no day before the web (a Unix time of 0, "1970-01-01"; a book's or
 * a founding year's date) or after `latest`, so that the next source is asked.
 */
function plausible(reader: DateReader, latest: string): DateReader {
  return (text) => {
    const date = reader(text);
    if (date === null) return null;
    const day = date.slice(0, 10);
    return day >= EARLIEST_DAY && day <= latest ? date : null;
  };
}

function firstDate(values: (string | null | undefined)[], read: DateReader = normalizeDate): string | null {
  for (const value of values.slice(0, 40)) {
    const date = read(value);
    if (date) return date;
  }
  return null;
}

// ---------------------------------------------------------------- title

function similarity(a: string, b: string): number {
  const tokens = (text: string): string[] => text.toLowerCase().split(/[^\p{L}\p{N}]+/u).filter(Boolean);
  const left = tokens(a);
  const right = new Set(tokens(b));
  if (left.length === 0 || right.size === 0) return 0;
  const shared = left.filter((token) => right.has(token)).length;
  return shared / Math.max(left.length, right.size);
}

/** A date a template glues before the headline in its `<h1>` ("27.01.2022Story", "2022-01-27 | Story"). */
const GLUED_DATE = /^(?:\d{1,2}[./]\d{1,2}[./]\d{2,4}|\d{4}-\d{2}-\d{2})\s?(?:[|•·–-]\s)?(?=\p{Lu})/u;

/**
 * The page's headlines as a reader sees them: its `<h1>`s, then the `<h2>`s that set a kicker
 * apart in their own element (a headline block's markup, which teaser lists share), each
 * without that kicker.
 */
function shownHeadlines(scan: PageScan): string[] {
  const h1s = scan.headings.filter((heading) => heading.level === 1).map((heading) => (heading.shown ?? heading.text).replace(GLUED_DATE, ''));
  for (const heading of scan.headings) if (heading.level === 2 && heading.shown !== undefined) h1s.push(heading.shown);
  return h1s;
}

/**
 * The headline, and never a section's label when the page shows a story's: a title that only
 * names the section or desk ("Politics", "Latest news", "Nachrichten": a `<title>`, an
 * `og:title` or a JSON-LD headline a template fills with the section, or an `<h1>` set over
 * the story) gives way to the page's one `<h1>` that is no label, else, under a label `<h1>`,
 * to the page's one `<h2>` (a single story). A listing with several stories keeps its label.
 */
function pickTitle(scan: PageScan, meta: MetaIndex, ld: JsonLdView, keys: Set<string>, hostKeys: Set<string>): string | null {
  const title = pickStoryTitle(scan, meta, ld, keys, hostKeys);
  if (title === null || !isSectionName(title)) return title;
  const story = (level: 1 | 2): string[] => [
    ...new Set(scan.headings.filter((heading) => heading.level === level).map((heading) => heading.shown ?? heading.text).filter((heading) => heading.length <= 300 && wordCount(heading) >= 2 && !isSectionName(heading) && !namesSite(heading, keys))),
  ];
  const h1s = story(1);
  if (h1s.length === 1) return h1s[0]!;
  const h2s = h1s.length === 0 && scan.headings.filter((heading) => heading.level === 2).length === 1 ? story(2) : [];
  return h2s.length === 1 ? h2s[0]! : title;
}

/** The headline without a wire's version tag ({@link withoutWireVersion}). */
const titleWithoutWireVersion = (title: string | null): string | null => (title === null ? null : withoutWireVersion(title));

/** Marks and spaces a title part keeps at its edge once the site's name is cut ("» Story"). */
const EDGE_MARK = /[\s|\-–—›»«·•~:/\\[\]<>]/u;

/**
 * Whether a headline is only the site's identity: its address, one of its names whole, or
 * the one word a name opens with ("Example" on "Example Magazine"). Exact, unlike the
 * affix test, as a story may well name its site among other words.
 */
function isSiteIdentity(title: string, names: string[], keys: Set<string>): boolean {
  if (namesSite(title, keys, true) || keys.has(siteKey(title))) return true;
  const word = title.trim();
  return !/\s/u.test(word) && siteKey(word).length >= 3 && names.some((name) => name.split(/\s+/u).length > 1 && siteKey(name.split(/\s+/u)[0]!) === siteKey(word));
}

/**
 * Never the site's own name (or its address) as the headline: a title that names only the
 * site gives way to the article's one `<h1>`, then to its social or JSON-LD headline or its
 * `<title>` once the site's name is cut; with none of these left, no headline, as the site's
 * name is a confident wrong answer where a missing one is not. The site is what it declares
 * for itself (`og:site_name`, the JSON-LD website and publishing organisation) and its host;
 * not `application-name`, which templates fill with the page's own title.
 */
function notTheSite(title: string | null, scan: PageScan, meta: MetaIndex, ld: JsonLdView, urls: (string | null | undefined)[]): string | null {
  if (title === null) return title;
  // A "site name" of a headline's length is a template's misuse (the page's title filled in): no identity.
  const names = [meta.first('og:site_name'), ld.website ? ldString(ld.website['name']) : null, publishingOrganization(ld)].filter((name): name is string => typeof name === 'string' && name.trim().length > 0 && wordCount(name) <= 6);
  const keys = siteNameKeys(names, urls);
  if (!isSiteIdentity(title, names, keys)) return title;
  const tell = (text: string | null | undefined): string | null => {
    if (!text) return null;
    let cut = stripSiteAffix(collapseSpace(text), keys);
    if (isSiteIdentity(cut, names, keys)) cut = stripSiteAffix(collapseSpace(text), keys, true);
    cut = trimEndChars(trimStartChars(cut, EDGE_MARK), EDGE_MARK);
    return cut.length > 0 && cut.length <= 300 && !isSiteIdentity(cut, names, keys) && !namesSite(cut, keys) ? cut : null;
  };
  const shown = [...new Set(shownHeadlines(scan).map(tell).filter((heading): heading is string => heading !== null))];
  if (shown.length === 1) return shown[0]!;
  for (const candidate of [meta.first('og:title') ?? meta.first('twitter:title'), ld.article ? ldString(ld.article['headline']) : null, scan.title]) {
    const told = tell(candidate);
    if (told !== null) return told;
  }
  return null;
}

function pickStoryTitle(scan: PageScan, meta: MetaIndex, ld: JsonLdView, keys: Set<string>, hostKeys: Set<string>): string | null {
  const h1s = shownHeadlines(scan);
  const { titles: all, microdata } = declaredTitles(scan, meta, ld, keys, hostKeys);
  // A one-word declared title that a <title> of several words does not hold names a section
  // ("Press releases"), not the story.
  const pageTitle = collapseSpace(scan.title);
  const declared = wordCount(pageTitle) >= 4 ? all.filter((title) => wordCount(title) > 1 || siteKey(pageTitle).includes(siteKey(title))) : all;
  const first = declared[0];
  if (first === undefined) {
    // Only a <title>: the page's <h1> when the two agree, else the title without the site's name.
    const raw = collapseSpace(scan.title);
    const agreed = raw ? agreeOnTitle(raw, scan, keys) : null;
    const headings = scan.headings.map((heading) => heading.text);
    // "Kicker: Story | Site" over an <h1> that sets the kicker apart: the story, as with a declared title.
    const apart = raw ? kickerApart(raw, scan.headings.filter((heading) => heading.level === 1).map((heading) => heading.text), keys) : null;
    if (apart !== null) return apart;
    // A heading that repeats the title whole agrees too: nothing in the title is the site's
    // ("Lisbon 2030 – A bid …" is not cut at its dash).
    if (agreed !== null && headings.includes(agreed)) return agreed;
    // An <h1> the title holds whole at one end, unless the site's name stripped it as the site's.
    const edge = raw ? headingAtEdge(raw, h1s, headings, keys) : null;
    if (edge !== null && (agreed === null || siteKey(agreed).includes(siteKey(edge)))) return edge;
    const noted = raw ? noteApart(raw, h1s, keys, true) : null;
    if (noted !== null) return noted;
    const lone = raw ? loneHeading([raw], h1s.length > 0 ? h1s : firstH2(scan), meta, ld, keys) : null;
    if (lone !== null) return lone;
    if (agreed !== null && agreed !== raw) return agreed;
    const shown = raw ? headingForSiteTitle(raw, h1s, keys) ?? entryTitle(scan, [raw], keys) : null;
    if (shown !== null) return shown;
    const fuller = raw ? headingOpenedByTitle(raw, h1s, keys) : null;
    if (fuller !== null) return fuller;
    return cleanTitle(scan.title, scan.headings.map((heading) => heading.text), h1s);
  }
  // Agreement between candidates: the declared title (JSON-LD, else og:title...) that one of
  // the page's <h1>s repeats, bar the site's name or a kicker, gives that <h1>; so does an
  // <h1> the page marks up as its headline (itemprop), or one the declared title merely
  // extends with words that are no byline ("… Rezept | Example", "Section Story").
  const agreed =
    kickerApart(first, h1s, keys) ??
    headlineByAgreement(first, h1s, keys) ??
    (microdata === null ? null : markedHeadline(first, microdata, h1s, keys)) ??
    headingWithin(first, h1s, keys) ??
    withoutReadings(first, h1s, keys) ??
    storyBothTell([first, collapseSpace(scan.title)], keys) ??
    noteApart(first, h1s, keys, false) ??
    untruncated(first, h1s);
  if (agreed !== null) return agreed;
  const entry = entryTitle(scan, declared, keys) ?? headlineByVotes(scan, meta, ld, h1s, keys) ?? titleAsShown(scan, ld, declared, h1s, keys) ?? headingLikeTitle(first, collapseSpace(scan.title), h1s, keys) ?? keywordTitle(first, h1s, keys);
  if (entry !== null) return entry;
  const lone = loneHeading([collapseSpace(scan.title), ...declared], h1s.length > 0 ? h1s : firstH2(scan), meta, ld, keys);
  if (lone !== null) return lone;
  // No <h1> agrees: an <h2> that a declared title path of three parts or more ("Site - Section
  // - Story") ends with, or opens with, is the headline of a page whose <h1> names its section
  // or logo. (One separator alone may join a series' name and an issue: "Notes #12 | Blog".)
  const h2s = scan.headings.filter((heading) => heading.level === 2).map((heading) => heading.text);
  for (const title of declared) {
    const path = [...title.matchAll(TITLE_CUT)].length >= 2 ? headingAtEdge(title, h2s, scan.headings.map((heading) => heading.text), keys) : null;
    if (path !== null) return path;
  }
  // No <h1> agrees: on an article, a declared title whose known site name, once dropped,
  // leaves what an <h2> shows (pages that set their headline in an <h2> under a logo <h1>).
  if (declaresArticle(meta, ld)) {
    for (const title of declared) {
      const stripped = stripSiteAffix(title, keys);
      const shown = stripped === title ? null : headlineByAgreement(stripped, h2s, keys);
      if (shown !== null) return shown;
    }
  }
  const headline = ld.article ? cleanValue(ldString(ld.article['headline'])) : null;
  if (headline !== null && first === headline) return withKicker(headline, h1s, cleanValue(meta.first('og:title')), keys) ?? headline;
  if (ld.article && first === cleanValue(ldString(ld.article['name']))) return stripSiteAffix(first, keys);
  // On a page without an <h1>, a part that names the host the page was read from ("Story |
  // Example" on example.com) is the site's; a declared name alone may be a series' or a
  // brand's that titles keep. Not when a lone word is left ("Jane Doe - Lawyer" on
  // janedoe.com is the owner's page).
  const bare = stripSiteAffix(first, keys, true);
  const hostless = hostKeys.size > 0 && h1s.length === 0 ? stripSiteAffix(bare, hostKeys) : bare;
  return hostless === bare || wordCount(hostless) >= 2 || /[\u3040-\u30ff\u3400-\u9fff\uac00-\ud7af]/.test(hostless) ? hostless : bare;
}

/**
 * The one `<h1>` whose class names it the entry's title (hAtom's `entry-title`, a theme's
 * `post-title`) when no declared title agrees with it: the page marks the headline it shows,
 * and an SEO or social title worded otherwise is for search engines and shares. Not when the
 * `<h1>` holds a declared title whole (a kicker set before it: "Local News | Story").
 */
function entryTitle(scan: PageScan, declared: string[], keys: Set<string>): string | null {
  const marked = scan.headings.filter((heading) => heading.level === 1 && heading.marked);
  if (marked.length !== 1) return null;
  const heading = marked[0]!.text;
  if (heading.length > 300 || siteKey(heading).length < 3 || namesSite(heading, keys)) return null;
  const key = siteKey(heading);
  for (const title of declared) {
    const stripped = stripSiteAffix(title, keys);
    const kicker = key.endsWith(siteKey(stripped)) ? affixAround(heading, stripped) : null;
    // A kicker before the declared title is the section's ("Local News | Story"), unless a
    // colon makes it part of the headline ('"Quote": Story').
    if (kicker !== null && heading.startsWith(kicker) && !/^\s*[:：]/.test(heading.slice(kicker.length))) return null;
  }
  return heading;
}

/**
 * The page's one shown `<h1>` when more of the page's titles word the story as it does than
 * any other way: the article's JSON-LD headline, its social title (`og:title`, else
 * `twitter:title`: one card, as sites copy one into the other) and its `<title>` (each
 * without the site's name) each vote for their wording, the `<h1>` for its own, and the
 * `<title>`, the document's own name, breaks a tie. An SEO headline in the JSON-LD or the
 * social card against the `<h1>` that the `<title>` repeats is the page's label for search
 * engines and shares, not the headline a reader sees. Only against a rewording of the same
 * story (a word of four letters or more in both): not a near copy (typography and a
 * possessive: the declared one stays), not a wording that holds the other whole (a kicker or
 * a byline added: other rules read those), not the site's slogan on another subject.
 */
function headlineByVotes(scan: PageScan, meta: MetaIndex, ld: JsonLdView, h1s: string[], keys: Set<string>): string | null {
  const shown = [...new Set(h1s.filter((heading) => heading.length <= 300 && wordCount(heading) >= 2 && !namesSite(heading, keys)))];
  if (shown.length !== 1) return null;
  const heading = shown[0]!;
  const headingKey = siteKey(heading);
  if (headingKey.length < 3) return null;
  const subject = wordsOf(heading).filter((word) => word.length >= 4);
  const votes = new Map<string, { title: string; count: number }>([[headingKey, { title: heading, count: 1 }]]);
  const vote = (raw: string | null | undefined, weight: number): void => {
    const clean = raw ? cleanValue(raw) : null;
    if (!clean) return;
    const title = stripSiteAffix(collapseSpace(clean), keys);
    const key = siteKey(title);
    if (key.length < 3) return;
    const known = votes.get(key);
    if (known) known.count += weight;
    else votes.set(key, { title, count: weight });
  };
  vote(ld.article ? ldString(ld.article['headline']) : null, 1);
  vote(meta.first('og:title') ?? meta.first('twitter:title'), 1);
  vote(scan.title, 1.5);
  const own = votes.get(headingKey)!.count;
  if (own < 2) return null;
  for (const [key, { title, count }] of votes) {
    if (key === headingKey) continue;
    if (count >= own || key.includes(headingKey) || headingKey.includes(key) || similarity(title, heading) >= 0.7) return null;
    const words = wordsOf(title);
    if (!subject.some((word) => words.includes(word))) return null;
  }
  return votes.size > 1 ? heading : null;
}

/**
 * The `<h1>` that the page's `<title>` or a JSON-LD headline repeats word for word, when the
 * social title words the same story otherwise ("Können Fische Schmerzen spüren?" against
 * the `<h1>` and `<title>` "Können Fische Schmerzen spüren / empfinden?"): two of the
 * page's own candidates agree on the headline it shows. A social title on another subject
 * (the site's own slogan) is not a rewording, and stays.
 */
function titleAsShown(scan: PageScan, ld: JsonLdView, declared: string[], h1s: string[], keys: Set<string>): string | null {
  const witnesses = [collapseSpace(scan.title), ...ld.nodes.slice(0, 10).map((node) => cleanValue(ldString(node['headline'])) ?? '')].map(siteKey).filter((key) => key.length >= 3);
  // The first declared title, or another one when the first names a section ("Press releases").
  const social = declared.slice(0, 4).map((title) => stripSiteAffix(title, keys));
  for (const heading of h1s) {
    if (heading.length > 300 || wordCount(heading) < 2 || namesSite(heading, keys) || stripSiteAffix(heading, keys) !== heading || !witnesses.includes(siteKey(heading))) continue;
    if (social.some((title) => similarity(title, heading) >= 0.3)) return heading;
  }
  return null;
}

/**
 * The headline after a declared title's kicker ("Kicker: Story") when the page's `<h1>` sets
 * that kicker apart, without the colon ("Kicker Story", "After the kicker Story": two
 * elements in the heading): the kicker is a label over the headline, not part of it.
 */
function kickerApart(first: string, h1s: string[], keys: Set<string>): string | null {
  const title = stripSiteAffix(first, keys);
  const colon = title.indexOf(': ');
  if (colon <= 0 || title.indexOf(': ', colon + 2) >= 0) return null;
  const story = title.slice(colon + 2).trim();
  const declaredKicker = siteKey(title.slice(0, colon));
  if (wordCount(story) < 3 || declaredKicker.length < 3) return null;
  for (const heading of h1s) {
    if (heading.length > 300 || heading.includes(':')) continue;
    // The <h1>'s words before the story end with the declared kicker ("Nach Corona-Lockerungen").
    const kicker = affixAround(heading, story);
    if (kicker !== null && wordCount(kicker) <= 4 && siteKey(heading).endsWith(siteKey(story)) && siteKey(kicker).endsWith(declaredKicker)) return story;
  }
  return null;
}

/** The first `<h2>` of a page without `<h1>`: where such pages set their headline. */
function firstH2(scan: PageScan): string[] {
  const heading = scan.headings.find((candidate) => candidate.level === 2);
  return heading === undefined ? [] : [heading.shown ?? heading.text];
}

/** The words of a text, lower-cased. */
const wordsOf = (text: string): string[] => text.toLowerCase().split(/[^\p{L}\p{N}]+/u).filter(Boolean);

/**
 * The page's one `<h1>` when the page is no article and states a single title, written for
 * search engines (the `<title>`, and social titles that copy it), that words the page's
 * subject otherwise ("Bürgerbeteiligung für Windpark X | Site" over the `<h1>` "Grüne
 * Geldanlage: Bürgerbeteiligung am Windpark X"): the `<h1>` is the headline a reader sees.
 * It must share a word of the title (the same subject), not open with the title's words (an
 * edit of one headline), and not be a part of the title (the site's or a section's name).
 */
function loneHeading(titles: string[], h1s: string[], meta: MetaIndex, ld: JsonLdView, keys: Set<string>): string | null {
  if (declaresArticle(meta, ld)) return null;
  const shown = [...new Set(h1s.filter((heading) => heading.length <= 200 && !namesSite(heading, keys)))];
  if (shown.length !== 1) return null;
  const heading = shown[0]!;
  const headingKey = siteKey(heading);
  // A social title that repeats the <h1> (twitter:title) sides with it.
  const others = titles.filter(Boolean).slice(0, 4).map((title) => stripSiteAffix(title, keys)).filter((title) => siteKey(title) !== headingKey);
  if (others.length === 0 || new Set(others.map(siteKey)).size !== 1) return null;
  const title = others[0]!;
  const titleKey = siteKey(title);
  const headingWords = wordsOf(heading);
  const titleWords = wordsOf(title);
  if (headingWords.length < Math.max(4, titleWords.length) || headingKey.length < 3 || titleKey.includes(headingKey) || headingKey.includes(titleKey)) return null;
  if (titleWords.length >= 2 && titleWords[0] === headingWords[0] && titleWords[1] === headingWords[1]) return null;
  // The same subject: a word of four letters or more in both, or one that opens the other's
  // compound ("Gefahrstoff" in "Gefahrstoffmanagement").
  const subject = titleWords.filter((word) => word.length >= 4);
  const sameWord = (word: string, other: string): boolean => word === other || (other.length >= 5 && word.startsWith(other)) || (word.length >= 5 && other.startsWith(word));
  return headingWords.some((word) => word.length >= 4 && subject.some((other) => sameWord(word, other))) ? heading : null;
}

/**
 * The page's one `<h1>` when it opens with the whole `<title>` and goes on ("Pier paint" and
 * "Pier paint for the harbour"): the `<title>` is the headline cut short for the tab.
 */
function headingOpenedByTitle(title: string, h1s: string[], keys: Set<string>): string | null {
  const shown = [...new Set(h1s.filter((heading) => heading.length <= 300 && !namesSite(heading, keys)))];
  if (shown.length !== 1) return null;
  const heading = shown[0]!;
  // Not after a dash or a bar: "Jane Doe – Photographer" adds a tag line to a name.
  if (heading.length <= title.length || !heading.startsWith(title) || !/^:?\s\p{L}/u.test(heading.slice(title.length))) return null;
  return heading;
}

/** A `<title>` that names no page: the site's home ("Home", "Startseite", "Accueil"…). */
const HOME_TITLE = /^(?:home|homepage|start|startseite|accueil|inicio|portada|início|página inicial|home page|welcome|willkommen|bienvenue|benvenuti|bienvenido|welkom)$/i;

/**
 * The page's one `<h1>` when its `<title>` is only the site's name ("Example Law Office" on
 * examplelawoffice.de) or its home ("Home"): such a title names the site, the `<h1>` the page.
 */
function headingForSiteTitle(title: string, h1s: string[], keys: Set<string>): string | null {
  const shown = h1s.filter((heading) => wordCount(heading) >= 1 && heading.length <= 300 && !namesSite(heading, keys));
  if (shown.length !== 1) return null;
  const key = siteKey(title);
  return HOME_TITLE.test(title.trim()) || (key.length >= 3 && keys.has(key)) ? shown[0]! : null;
}

/** The page calls itself an article: `og:type` "article", or a JSON-LD article node. */
function declaresArticle(meta: MetaIndex, ld: JsonLdView): boolean {
  if (/^article$/i.test(meta.first('og:type')?.trim() ?? '')) return true;
  return ld.article !== null && /article|posting|report/i.test(nodeTypes(ld.article).join(' '));
}

/**
 * The `<h1>` that microdata marks as the headline (`itemprop="headline"`), when the declared
 * title is the site's name or words it to the same end: the page's own markup names its
 * headline. Not when the declared
 * title is that headline with a byline after it ("Story | Jane Doe"), nor when the `<h1>` is
 * the declared title with a kicker glued before it.
 */
function markedHeadline(first: string, microdata: string, h1s: string[], keys: Set<string>): string | null {
  const heading = h1s.find((text) => siteKey(text) === siteKey(microdata));
  if (heading === undefined || headlineByAgreement(microdata, [heading], keys) === null) return null;
  // The declared title may be the site's name, or another wording of the same headline; a
  // headline on another subject is the page's choice for sharing, and stays.
  if (!namesSite(first, keys) && similarity(first, heading) < 0.5) return null;
  const rest = affixAround(stripSiteAffix(first, keys), heading);
  if (rest !== null && namesPerson(rest)) return null;
  return siteKey(heading).includes(siteKey(first)) ? null : heading;
}

/**
 * The `<h1>` the declared title opens or closes with, when what the title adds is no byline
 * ("Tomaten schneiden - Tipp mit Bild", "… Rezept | Example", "Kicker Story"): the page's
 * own headline, which the social title extends. The `<h1>` must be at least half of the title.
 */
function headingWithin(first: string, h1s: string[], keys: Set<string>): string | null {
  const title = stripSiteAffix(first, keys);
  for (const heading of h1s) {
    if (heading.length > 300 || namesSite(heading, keys)) continue;
    // The site's name glued to the headline by a template that forgot the separator.
    if (gluedSite(title, heading, keys)) return heading;
    const rest = affixAround(title, heading);
    if (rest === null) continue;
    // A credit with its cue after the headline ("Story von jane | Site", "Story by Jane Doe")
    // is the title's byline, even after a one-word headline.
    const credit = CREDIT_CUE.test(rest) && title.endsWith(rest);
    // A Chinese or Japanese headline has no spaces: four letters of it weigh as words do, when
    // the title adds a chain of names ("Story_Channel_Site") and no note in brackets (an
    // aggregator's "Story（Outlet） - Portal" credits the outlet in its title).
    const noted = /[（(]/.test(title) && !/[（(]/.test(heading);
    if (wordCount(heading) < 2 && !(CJK_RUN.test(heading) && !noted) && !credit) continue;
    // A part that holds the site's name ("Schweizerische Example") reads like a name but is the site's.
    if (namesPerson(rest) && !holdsSiteKey(rest, keys) && !credit) continue;
    // A short <h1> ("News") may open a long title by chance; one side of a separator may not.
    if (2 * siteKey(heading).length >= siteKey(title).length || separatedAffix(title, heading)) return heading;
  }
  return null;
}

/** Whether the title is the heading with one of the site's names (eight letters or more) glued after it ("StoryExample Site"). */
function gluedSite(title: string, heading: string, keys: Set<string>): boolean {
  const key = siteKey(title);
  const headingKey = siteKey(heading);
  if (headingKey.length < 3 || !key.startsWith(headingKey) || !title.startsWith(heading.trim())) return false;
  const rest = key.slice(headingKey.length);
  return rest.length >= 8 && keys.has(rest) && /^\p{Lu}/u.test(title.slice(heading.trim().length));
}

/**
 * The story two declared titles tell alike after different kickers ("Kicker: Story" in
 * `og:title`, "Site | Section: Story" in the `<title>`): what they share after the colon.
 */
function storyBothTell(titles: string[], keys: Set<string>): string | null {
  const parts = titles.map((title) => {
    const stripped = stripSiteAffix(title, keys);
    const colon = stripped.lastIndexOf(': ');
    return colon > 0 ? { kicker: siteKey(stripped.slice(0, colon)), story: stripped.slice(colon + 2).trim() } : null;
  });
  const [a, b] = parts;
  // Kickers that differ, not one kicker with the site's name before it.
  if (!a || !b || a.kicker.endsWith(b.kicker) || b.kicker.endsWith(a.kicker) || a.kicker.length < 3 || b.kicker.length < 3) return null;
  return siteKey(a.story) === siteKey(b.story) && wordCount(a.story) >= 2 ? a.story : null;
}

/**
 * The `<h1>` when it words the story as the `<title>` does (most words shared) and the first
 * declared title is about something else (an invitation to share, a slogan): two of the
 * page's candidates agree against the third.
 */
function headingLikeTitle(first: string, pageTitle: string, h1s: string[], keys: Set<string>): string | null {
  const title = stripSiteAffix(pageTitle, keys);
  const social = stripSiteAffix(first, keys);
  if (similarity(social, title) >= 0.3) return null;
  for (const heading of h1s) {
    // A <title> that repeats the <h1> word for word leaves the social title as the page's
    // choice (its slogan, {@link titleAsShown}); a reworded one agrees with the <h1> alone.
    if (heading.length > 300 || wordCount(heading) < 3 || namesSite(heading, keys) || siteKey(heading) === siteKey(title)) continue;
    if (similarity(heading, title) >= 0.6 && similarity(social, heading) < 0.2) return heading;
  }
  return null;
}

/**
 * The `<h1>` whose words the declared title holds in the same order with search words
 * around and between them ("Run Windows on Mac - Example Desktop 15 Virtual Machine for Mac"
 * over "Example Desktop 15 for Mac", or one name set inside it: "VW-Chef Diess warnt vor …"
 * over the `<h1>` "VW-Chef warnt vor …"): a title written for search engines around the
 * headline the page shows.
 */
function keywordTitle(first: string, h1s: string[], keys: Set<string>): string | null {
  // An apostrophe joins a word ("Dropbox’s" is one word, not "Dropbox" and a search word "s").
  const words = (text: string): string[] => text.toLowerCase().replace(/['’]/g, '').split(/[^\p{L}\p{N}]+/u).filter(Boolean);
  const stripped = stripSiteAffix(first, keys);
  const title = words(stripped);
  for (const heading of h1s) {
    const wanted = words(heading);
    // One search word at least, around or inside the headline rather than after it (a title
    // that only extends the headline, with a byline or a source, is {@link headingWithin}'s to judge).
    if (wanted.length < 2 || heading.length > 300 || wanted.length + 1 > title.length || namesSite(heading, keys) || affixAround(stripped, heading) !== null) continue;
    let index = 0;
    for (const word of title) if (word === wanted[index]) index++;
    if (index === wanted.length) return heading;
  }
  return null;
}

/** Japanese, Chinese or Korean script. */
const CJK = /[\p{sc=Han}\p{sc=Hiragana}\p{sc=Katakana}\p{sc=Hangul}]/u;

/**
 * The declared title without the site's name when the `<h1>` is that title with ruby
 * readings set among its characters ("子こどもへの体罰たいばつを…" for "子どもへの体罰を…"): the
 * page shows the same headline, the readings being no part of it.
 */
function withoutReadings(first: string, h1s: string[], keys: Set<string>): string | null {
  const title = stripSiteAffix(first, keys);
  if (title === first || !CJK.test(title)) return null;
  const chars = [...title.replace(/\s+/g, '')];
  for (const heading of h1s) {
    const shown = [...heading.replace(/\s+/g, '')];
    if (shown.length <= chars.length || shown.length > 2 * chars.length) continue;
    let index = 0;
    for (const char of shown) if (char === chars[index]) index++;
    if (index === chars.length) return title;
  }
  return null;
}

/** A byline cue opening a title's part ("von jane", "by Jane Doe"). */
const CREDIT_CUE = /^(?:by|von|par|por|di|door)\s+\S/i;

/**
 * The `<h1>` that a `<title>`-only page's title holds whole before its first separator or
 * after the last of a path ("Story / Section / Home - Site", "site.example: Section / Story"):
 * the title adds the site's path to the headline. Not when the other side is a byline or another
 * of the page's headings (then the title joins two headings, "Story — Project").
 */
/** An ellipsis a CMS sets where it cut a title ("...", "…"). */
const CUT_MARK = /\s?(?:\.{3}|…)$/;

/**
 * The `<h1>` a declared title is the start of, when an ellipsis marks the declared one as cut:
 * a CMS or an SEO plugin cuts a JSON-LD headline at a length ("… and open a..." for Google's
 * 110 characters) while the page shows the whole headline. The cut part must be 30 characters
 * or more, and the `<h1>` must go on with the cut text exactly (a word's rest, then words).
 */
function untruncated(title: string, h1s: string[]): string | null {
  const mark = CUT_MARK.exec(title);
  if (mark === null) return null;
  const cut = title.slice(0, mark.index);
  if (cut.length < 30) return null;
  return h1s.find((heading) => heading.length > cut.length + 2 && heading.startsWith(cut)) ?? null;
}

/** A note in brackets closing a title: the writer or the outlet ("（山田太郎）", "（日刊経済）"), a page ("(2ページ目)"). */
const TRAILING_NOTE = /\s?[（(][^（）()]{1,24}[）)]$/;

/**
 * The `<h1>` a declared title or `<title>` repeats with a note in brackets after it: "見出し（山田
 * 太郎）" (a magazine's writer, in `og:title`), "見出し (2ページ目) | 誌名" (the page of a long
 * piece, in a `<title>` whose site's name is cut first). A declared title that needs its site's
 * name cut too ("見出し（日刊経済） - ポータル", a portal's source) stays as declared, as
 * Readability keeps it.
 */
function noteApart(title: string, h1s: string[], keys: Set<string>, cutSite: boolean): string | null {
  const stripped = cutSite ? stripSiteAffix(title, keys) : title;
  const note = TRAILING_NOTE.exec(stripped);
  if (note === null) return null;
  const key = siteKey(stripped.slice(0, note.index));
  if (key.length < 3) return null;
  return h1s.find((heading) => siteKey(heading) === key) ?? null;
}

/** Four Han or kana letters in a row: a headline's words in a script without spaces. */
const CJK_RUN = /[\u3040-\u30ff\u3400-\u9fff]{4}/;

/** A separator between a title's parts ("Site - Section - Story"). */
const TITLE_CUT = / [|/\-–—›»·•~] /g;

function headingAtEdge(title: string, h1s: string[], headings: string[], keys: Set<string>): string | null {
  const cuts = [...title.matchAll(/ [|/\-–—›»·•~] /g)];
  if (cuts.length === 0) return null;
  const first = cuts[0]!.index;
  const last = cuts[cuts.length - 1]!.index;
  // After the last separator only at the end of a path ("Site: Section / Story"): after a
  // single one it is usually the site's or the blog's name ("Story | Blog Name").
  const sides = [{ side: title.slice(0, first), rest: title.slice(first + 3) }];
  if (cuts.length >= 2) sides.push({ side: title.slice(last + 3), rest: title.slice(0, last) });
  const found: string[] = [];
  for (const heading of h1s) {
    const key = siteKey(heading);
    // A Chinese or Japanese headline has no spaces: four letters of it weigh as words do.
    if ((wordCount(heading) < 2 && !CJK_RUN.test(heading)) || heading.length > 300 || namesSite(heading, keys)) continue;
    for (const { side, rest } of sides) {
      if (siteKey(side) !== key || namesPerson(rest)) continue;
      if (headings.some((other) => other !== heading && siteKey(other).length >= 3 && siteKey(rest) === siteKey(other))) return null;
      if (!found.includes(heading)) found.push(heading);
    }
  }
  return found.length === 1 ? found[0]! : null;
}

/** Whether one of the site's name keys (five letters or more) is among the words of a title part. */
function holdsSiteKey(part: string, keys: Set<string>): boolean {
  const words = part.split(/[\s|\-–—·•]+/).map((word) => siteKey(word));
  return words.some((word) => word.length >= 5 && keys.has(word));
}

/** Whether the heading is the title's text on one side of a separator (" | ", " - ", " – ", a path's " / "...). */
function separatedAffix(title: string, heading: string): boolean {
  const trimmed = title.trim();
  const head = heading.trim();
  if (trimmed.startsWith(head)) return /^\s[|\-–—›»·•~/]\s/.test(trimmed.slice(head.length, head.length + 3));
  if (trimmed.endsWith(head)) return /\s[|\-–—›»·•~/]\s$/.test(trimmed.slice(trimmed.length - head.length - 3, trimmed.length - head.length));
  return false;
}

/** Articles and possessives open a site's tag line ("Dein Magazin für …"), never a person's name. */
const DETERMINER = /^(?:the|our|your|my|der|die|das|dein|deine|unser|unsere|mein|meine|ein|eine|le|la|les|un|une|il|lo|el|los|las|una|het|een)\s/i;

/** A part of a title that is a byline: a person's name, with or without its cue. */
const LATIN_LETTER = /\p{Script=Latin}/u;

function namesPerson(text: string): boolean {
  for (const part of text.split(/\s[|\-–—·•]\s|[()[\]|]/)) {
    const name = part.trim().replace(/^(?:by|von|par|por|di|door|de)\s+/i, '');
    // A Han or kana part ("公共放送", a broadcaster; "政治", a section) reads as a name by its length alone: only Latin names count.
    if (name.length > 0 && !name.includes(',') && !DETERMINER.test(name) && LATIN_LETTER.test(name) && looksLikePerson(name)) return true;
  }
  return false;
}

/**
 * The titles a page declares, most reliable first: an article's JSON-LD headline and name
 * (the one closer to the page's `<title>` first: some pages put the site's name in
 * "name"), the title meta tags; and the microdata headline apart, unless it names the site.
 */
function declaredTitles(scan: PageScan, meta: MetaIndex, ld: JsonLdView, keys: Set<string>, hostKeys: Set<string>): { titles: string[]; microdata: string | null } {
  const titles: string[] = [];
  // A title that is the name the site declares for itself (og:title "Example Magazine" beside
  // og:site_name "Example Magazine") names no story: templates fill it in on every page.
  const siteNames = siteKeys([meta.first('og:site_name'), ld.website ? ldString(ld.website['name']) : null]);
  for (const key of hostKeys) siteNames.add(key);
  const add = (value: string | null | undefined): void => {
    const title = cleanValue(value);
    if (title && !titles.includes(title) && !siteNames.has(siteKey(title))) titles.push(title);
  };
  const article = ld.article;
  if (article && /article|posting|report|review/i.test(nodeTypes(article).join(' '))) {
    const headline = cleanValue(ldString(article['headline']));
    const name = cleanValue(ldString(article['name']));
    const pageTitle = scan.title || meta.first('og:title') || '';
    if (headline && name && headline !== name && similarity(name, pageTitle) >= similarity(headline, pageTitle) && similarity(name, pageTitle) > 0.3) add(name);
    add(headline);
    add(name);
  }
  for (const key of TITLE_KEYS) add(meta.first(key));
  const microdata = cleanValue(scan.microdata.headline);
  const marked = microdata && !namesSite(microdata, keys) ? microdata : null;
  if (marked !== null) add(marked);
  return { titles, microdata: marked };
}

/**
 * The `<h1>` when it is the JSON-LD headline with a kicker before a colon ("Nutzerbasierte
 * Abrechnung: Musik-Stars fordern …") and `og:title` says the same: the page shows the
 * kicker as part of its headline.
 */
function withKicker(headline: string, h1s: string[], ogTitle: string | null, keys: Set<string>): string | null {
  if (ogTitle === null) return null;
  const key = siteKey(headline);
  for (const h1 of h1s) {
    const colon = h1.indexOf(': ');
    if (colon <= 0 || siteKey(h1.slice(colon + 2)) !== key) continue;
    if (siteKey(stripSiteAffix(ogTitle, keys)) === siteKey(h1)) return h1;
  }
  return null;
}

/** The chosen title without the site's name, in the page's own `<h1>` when they agree. */
function agreeOnTitle(title: string, scan: PageScan, keys: Set<string>): string {
  const h1s = scan.headings.filter((heading) => heading.level === 1).map((heading) => heading.text);
  const agreed = agreeWithHeading(title, h1s, keys);
  if (agreed !== title) return agreed;
  const stripped = stripSiteAffix(title, keys);
  const byH1 = agreeWithHeading(stripped, h1s, keys, stripped !== title);
  if (byH1 !== stripped || h1s.some((heading) => !namesSite(heading, keys))) return byH1;
  // No <h1> but the site's logo: the headline may be an <h2> (blog and forum templates).
  const h2s = scan.headings.filter((heading) => heading.level === 2).map((heading) => heading.text);
  return agreeWithHeading(stripped, h2s, keys);
}

const wordCount = (text: string): number => text.split(/\s+/).filter(Boolean).length;

/**
 * The `<title>` without its site part, by the rules Readability made popular: cut the
 * last " | Site" / " - Site" part (or the first, when what is left is too short); after a
 * colon keep the part after it unless a heading repeats the whole title; fall back to the
 * only `<h1>` for very short or long titles; keep the whole title when cutting leaves four
 * words or fewer.
 */
function cleanTitle(title: string, headings: string[], h1s: string[]): string | null {
  const original = collapseSpace(title);
  if (!original) return h1s.length === 1 ? h1s[0]! : null;
  let current = original;
  let hierarchical = false;
  const separators = [...original.matchAll(/ [|\-–—\\/>»] /g)];
  if (separators.length > 0) {
    hierarchical = / [\\/>»] /.test(original);
    current = original.slice(0, separators[separators.length - 1]!.index);
    if (wordCount(current) < 3) current = original.replace(/^[^|\-–—\\/>»]*[|\-–—\\/>»]/, '');
  } else if (original.includes(': ')) {
    if (!headings.some((heading) => heading === original)) {
      current = original.slice(original.lastIndexOf(':') + 1);
      if (wordCount(current) < 3) current = original.slice(original.indexOf(':') + 1);
      else if (wordCount(original.slice(0, original.indexOf(':'))) > 5) current = original;
    }
  } else if ((original.length > 150 || original.length < 15) && h1s.length === 1) {
    current = h1s[0]!;
  }
  current = collapseSpace(current);
  const words = wordCount(current);
  if (words <= 4 && (!hierarchical || words !== wordCount(original.replace(/[|\-–—\\/>»]+/g, '')) - 1)) current = original;
  return current || null;
}

// ---------------------------------------------------------------- authors

interface Candidate {
  authors: Author[];
  /** Lower is more reliable. */
  rank: number;
}

/** "Jong, Michiel de" → "Michiel de Jong"; "Kooman, F." → "F. Kooman" (library order in DC.creator). */
function invertName(value: string): string {
  const match = /^(\p{Lu}[\p{L}'’-]+),\s*(\p{Lu}[\p{L}.'’ -]*)$/u.exec(value.trim());
  if (!match) return value;
  return `${match[2]!.trim()} ${match[1]}`;
}

/**
 * A declared value's names when each is written surname first ("Müller, Hans" → "Hans Müller";
 * "Smith, Jane; Doe, John" → two), else the value as it is.
 */
function declaredSurnameFirst(value: string): string[] {
  const parts = value.split(';');
  const names = parts.map(surnameFirst);
  return names.every((name) => name !== null) ? (names as string[]) : [value];
}

function peopleOf(values: string[], loose: boolean, url?: string | null): Author[] {
  const out: Author[] = [];
  for (const value of values) {
    for (const author of parseByline(value, { loose }).authors) {
      if (url && !author.url) author.url = url;
      out.push(author);
    }
  }
  return out;
}

function ldAuthors(ld: JsonLdView, base: string | null): Author[] {
  const article = ld.article;
  if (!article) return [];
  const raw = article['author'] ?? article['creator'];
  const list = Array.isArray(raw) ? raw : raw === undefined ? [] : [raw];
  const out: Author[] = [];
  for (const item of list) {
    const node = resolveNode(item, ld.byId);
    if (typeof node === 'string') {
      if (!isUrl(node.trim())) out.push(...peopleOf([surnameFirst(node) ?? cleanValue(node) ?? ''], true));
      continue;
    }
    if (!isLdNode(node)) continue;
    const types = nodeTypes(node).join(' ');
    // Yoast types a personal site's owner ["Person", "Organization"]: a person still.
    if (/organization|corporation|newsmedia|website|brand/.test(types) && !/person/.test(types)) continue;
    let name = cleanValue(ldString(node['name']));
    if (!name) {
      const given = cleanValue(ldString(node['givenName']));
      const family = cleanValue(ldString(node['familyName']));
      name = given || family ? [given, family].filter(Boolean).join(' ') : null;
    }
    if (!name || isUrl(name)) continue;
    if (!types && isOrganizationName(name)) continue;
    const url = ldString(node['url']) ?? ldString(node['@id']);
    const link = url && /^https?:|^\//.test(url) ? resolveUrl(url, base) : null;
    // One Person node is one person: "Berger, Anna" is the name inverted, not two accounts.
    if (/person/.test(types)) name = invertName(name);
    const people = peopleOf([name], true, link);
    // A node typed Person may carry a one-word name (mononyms are common in some countries).
    if (people.length === 0 && /person/.test(types) && /^\p{Lu}[\p{L}\p{M}'’-]{2,30}$/u.test(name) && !isOrganizationName(name)) {
      out.push(link ? { name, url: link } : { name });
    } else out.push(...people);
  }
  return out;
}

/** The names of the JSON-LD Person nodes among the article's authors, for {@link readHandle}. */
function ldHandles(ld: JsonLdView): string[] {
  const raw = ld.article ? ld.article['author'] ?? ld.article['creator'] : undefined;
  const out: string[] = [];
  for (const item of (Array.isArray(raw) ? raw : raw === undefined ? [] : [raw]).slice(0, 10)) {
    const node = resolveNode(item, ld.byId);
    if (!isLdNode(node) || !/person/i.test(nodeTypes(node).join(' '))) continue;
    const name = cleanValue(ldString(node['name']));
    if (name) out.push(name);
  }
  return out;
}

/**
 * The label Yoast and others put in `twitter:label1` for the author's name in `twitter:data1`,
 * in the languages the plugin is translated to ("Napisane przez", "Skrevet af", "Kirjoittanut", "Írta").
 */
const WRITTEN_BY_LABEL =
  /^(?:written by|verfasst von|geschrieben von|écrit par|escrit par|escrit per|escrito por|scritto da|geschreven door|napisane przez|napisał|skriven av|skrevet a[fv]|kirjoittanut|scris de|írta|yazan|ditulis oleh|napsal|napísal|написано|автор|γράφτηκε από|autor|autorin|author|auteur|autore)$/i;

/** A web address inside a meta value ("Jane Doe - http://example.com", "Studio X, www.example.com"): its host. */
const ADDRESS_IN_VALUE = /(?:https?:\/\/(?:www\.)?|\bwww\.)([\w-]+(?:\.[\w-]+)+)/i;

/**
 * Whether a meta author names a web address on another host than the page's: the credit a
 * template's maker or a web agency leaves in every page it builds ("Jane Doe - http://studio.example").
 */
function creditsOtherSite(value: string, pageHost: string | null): boolean {
  const host = ADDRESS_IN_VALUE.exec(value)?.[1];
  if (host === undefined || pageHost === null) return false;
  const other = host.toLowerCase();
  // One site under several names: "blog.example.com" and "example.com".
  return !(other === pageHost || other.endsWith(`.${pageHost}`) || pageHost.endsWith(`.${other}`));
}

function metaAuthors(meta: MetaIndex, pageHost: string | null): Author[] {
  for (let index = 1; index <= 4; index++) {
    const label = meta.first(`twitter:label${index}`);
    const data = label !== null && WRITTEN_BY_LABEL.test(label.trim()) ? meta.first(`twitter:data${index}`) : null;
    const people = data ? peopleOf([cleanValue(data) ?? ''], true) : [];
    if (people.length > 0) return people;
  }
  for (const key of AUTHOR_KEYS) {
    const values = meta.all(key).filter((value) => !isUrl(value) && !/^https?:/i.test(value) && !creditsOtherSite(value, pageHost));
    if (values.length === 0) continue;
    // A library record's keys write every name surname first; elsewhere only a given name after the comma says so ("Müller, Hans").
    const names = key === 'dc:creator' || key === 'dcterms:creator' || key === 'citation_author' ? values.map(invertName) : values.flatMap(declaredSurnameFirst);
    const people = peopleOf(names.map((value) => cleanValue(value) ?? ''), true);
    if (people.length > 0) return people;
  }
  // Vendor keys: "branch:deeplink:authorName1", "author_name", "article:author_name"...
  const vendor: string[] = [];
  for (const key of meta.keys()) {
    if (/(?:^|[:_-])author_?name\d*$/.test(key)) vendor.push(...meta.all(key));
  }
  return peopleOf(vendor.filter((value) => !isUrl(value)), true);
}

/** One key per spelling of a name (core's normaliser: accents, case, punctuation folded). */
const keyOf = (author: Author): string => normalizeName(author.name);

function dedupe(authors: Author[]): Author[] {
  const seen = new Map<string, Author>();
  for (const author of authors) {
    const key = keyOf(author);
    if (!key) continue;
    const known = seen.get(key);
    if (known) {
      if (!known.url && author.url) known.url = author.url;
      if (!known.role && author.role) known.role = author.role;
      if (!known.organization && author.organization) known.organization = author.organization;
    } else seen.set(key, { ...author });
  }
  return [...seen.values()];
}

function hostOf(url: string | null): string | null {
  const match = url ? /^(?:https?:)?\/\/(?:www\.)?([^/?#:]+)/i.exec(url) : null;
  return match ? match[1]!.toLowerCase() : null;
}

/**
 * Names on author profile addresses the page declares without a name: `article:author`
 * or `<meta name="author">` holding a URL, a JSON-LD author that is only a link.
 */
function profileAuthors(meta: MetaIndex, ld: JsonLdView, authorLinks: string[] = [], base: string | null = null): Author[] {
  const urls: string[] = [];
  for (const key of ['article:author', 'og:article:author', 'author']) urls.push(...meta.all(key).filter((value) => /^https?:\/\//i.test(value.trim())));
  // <link rel="author" href="/author/jane-doe/"> in the head names the same profile page.
  for (const href of authorLinks) urls.push(resolveUrl(href.trim(), base));
  const raw = ld.article ? ld.article['author'] ?? ld.article['creator'] : undefined;
  for (const item of (Array.isArray(raw) ? raw : raw === undefined ? [] : [raw]).slice(0, 10)) {
    const node = resolveNode(item, ld.byId);
    if (typeof node === 'string') urls.push(node.trim());
    else if (isLdNode(node) && !ldString(node['name']) && !/organization/.test(nodeTypes(node).join(' '))) urls.push(ldString(node['url']) ?? ldString(node['@id']) ?? '');
  }
  const people: Author[] = [];
  for (const url of urls) {
    const name = nameFromProfileUrl(url);
    if (name) people.push({ name, url });
  }
  return people;
}

const LINK_TITLE_CUE = /(?:posts|articles|stories)\s+by\s+(?=\S)/gi;

/**
 * The author link's title name when the link shows only its first word ("Jane" linked with
 * the title "Posts by Jane Doe"): the title spells the whole name.
 */
function fullerTitleName(text: string, fromTitle: string | undefined): string | null {
  const shown = text.trim();
  if (fromTitle === undefined || shown.length < 2 || /\s/.test(shown)) return null;
  const full = collapseSpace(fromTitle).trim();
  return full.startsWith(`${shown} `) && looksLikePerson(full) ? full : null;
}

/**
 * The name in an author link's title ("Posts by Jane Doe"): what follows the first cue
 * whose name runs to the end without a line break. A single pattern ending in `(\S.*)$`
 * retried every cue to the end of a long title; here each cue is found once, in order.
 */
function nameFromLinkTitle(title: string): string | undefined {
  let lastBreak = -1;
  for (let index = title.length - 1; index >= 0; index--) {
    const code = title.charCodeAt(index);
    if (code === 10 || code === 13 || code === 0x2028 || code === 0x2029) {
      lastBreak = index;
      break;
    }
  }
  LINK_TITLE_CUE.lastIndex = 0;
  for (let cue = LINK_TITLE_CUE.exec(title); cue !== null; cue = LINK_TITLE_CUE.exec(title)) {
    const nameStart = cue.index + cue[0].length;
    if (nameStart > lastBreak) return title.slice(nameStart);
  }
  return undefined;
}

function pickAuthors(scan: PageScan, meta: MetaIndex, ld: JsonLdView, base: string | null, site: Set<string>): Author[] {
  const candidates: Candidate[] = [];
  candidates.push({ authors: ldAuthors(ld, base), rank: 0 });
  candidates.push({ authors: metaAuthors(meta, hostOf(base)), rank: 1 });

  // Microdata outside asides first; blogs often keep the post's own credits in an <aside>.
  const microdata = scan.microdata.authors.filter((author) => !author.organization).sort((a, b) => Number(a.aside) - Number(b.aside) || a.order - b.order);
  if (microdata.length > 0) {
    const people: Author[] = [];
    const firstOrder = microdata[0]!.order;
    for (const author of microdata) {
      // Byline blocks sit together; a second group far below is a related-story list.
      if (author.aside !== microdata[0]!.aside || author.order - firstOrder > 60) break;
      people.push(...peopleOf([author.name], !author.fromText, author.url ? resolveUrl(author.url, base) : null));
    }
    candidates.push({ authors: people, rank: 2 });
  }

  // The account the first author link names ("nachtfalter"): a byline element naming it is the
  // article's credit, and a later byline another post's (a blog's listing).
  const firstLink = scan.relAuthors.find((link) => !link.aside);
  const firstAccount = firstLink ? readHandle(firstLink.text) : null;
  for (const element of scan.bylines) {
    if (element.aside) continue;
    const people = parseByline(element.text).authors;
    if (people.length > 0) {
      candidates.push({ authors: people, rank: 3 });
      break;
    }
    if (firstAccount !== null && readHandle(element.text) === firstAccount) break;
  }

  const relPeople: Author[] = [];
  const pageHost = hostOf(base);
  /** The address of the first author link, when its text is an account ("nachtfalter"): a later link to another address is another post's (a blog's listing). */
  let accountHref: string | null | undefined;
  const linkPeople = (link: PageScan['relAuthors'][number]): Author[] => {
    const fromTitle = link.title ? nameFromLinkTitle(link.title) : undefined;
    const people = parseByline(fullerTitleName(link.text, fromTitle) ?? (link.text || fromTitle || '')).authors;
    if (link.href && /^https?:|^\//.test(link.href)) for (const author of people) author.url = resolveUrl(link.href, base);
    return people;
  };
  for (const [index, link] of scan.relAuthors.entries()) {
    if (link.aside) continue;
    // An author page found by its path counts only on the page's own site.
    if (link.kind === 'path' && link.href && /^(?:https?:)?\/\//i.test(link.href) && hostOf(resolveUrl(link.href, base)) !== pageHost) continue;
    if (accountHref !== undefined && link.href !== accountHref) break;
    relPeople.push(...linkPeople(link));
    if (relPeople.length > 0) {
      relPeople.push(...coAuthorLinks(scan.relAuthors, index, linkPeople));
      break;
    }
    if (accountHref === undefined && readHandle(link.text) !== null) accountHref = link.href;
  }
  candidates.push({ authors: relPeople, rank: 4 });

  const ownLines = scan.byLines.filter((line) => !line.aside);
  for (const [index, line] of ownLines.entries()) {
    const people = parseByline(line.text).authors;
    if (people.length > 0) {
      if (!opensListing(scan, line.order, people, ownLines.slice(index + 1))) candidates.push({ authors: people, rank: 5 });
      break;
    }
  }

  candidates.push({ authors: profileAuthors(meta, ld, scan.authorLinks, base), rank: 6 });
  candidates.push({ authors: dateLineAuthor(scan), rank: 6.5 });
  // A Japanese paper's closing signature, "（山田太郎）", when no byline names anyone.
  candidates.push({ authors: scan.signatures.length > 0 ? parseByline(scan.signatures[0]!).authors : [], rank: 6.6 });
  // A name signing the article under its last paragraph ("– Jane Doe", "… (Jane Doe)"), when no byline names anyone.
  candidates.push({ authors: scan.closingSignature !== null ? parseByline(scan.closingSignature).authors : [], rank: 6.7 });

  // Last, the one-word name a blog shows for the posting account ("von gnaddrig" in an
  // `author vcard`, a rel=author link's text), when nothing names a person.
  // A rel=author link to another host (a social profile) may carry the network's name.
  const handles: Author[] = [];
  const ownLinks = scan.relAuthors.filter((link) => link.kind === 'rel' && (link.href === null || !/^(?:https?:)?\/\//i.test(link.href) || hostOf(resolveUrl(link.href, base)) === pageHost));
  // A JSON-LD Person whose name is an account ("jesusfreak", "jane.doe") comes first: the page
  // declares it (unless it is the site's own name, as any declared author).
  const ldHandle = ldHandles(ld).map(readHandle).find((handle) => handle !== null);
  candidates.push({ authors: ldHandle ? [{ name: ldHandle }] : [], rank: 6.8 });
  for (const source of [...scan.bylines.map((element) => ({ text: element.text, aside: element.aside })), ...ownLinks]) {
    if (source.aside) continue;
    const handle = readHandle(source.text);
    if (handle !== null) {
      handles.push({ name: handle });
      break;
    }
  }
  candidates.push({ authors: handles, rank: 7 });

  // Last of all, what sits in an aside (an author box the template puts in a sidebar) but
  // only when it agrees with itself: one person behind every link to an author page on the
  // site, named by two of them, or by one and an aside byline.
  if (candidates.every((candidate) => candidate.authors.length === 0)) {
    candidates.push({ authors: asideAuthor(scan, base, pageHost), rank: 8 });
    candidates.push({ authors: descriptionByline(meta), rank: 9 });
    candidates.push({ authors: siteOwner(scan, meta, pageHost), rank: 10 });
  }

  // A declared author that is the site itself ("Example Cyber Media") names no one. A blog's
  // posting account in its author markup stays, and so does a personal site's owner: a
  // personal site is named for its account or its owner.
  for (const candidate of candidates) if (candidate.rank !== 7 && candidate.rank !== 10) candidate.authors = candidate.authors.filter((author) => !site.has(siteKey(author.name)));
  // The account a CMS posted under ("Site Admin", Joomla's "Super User") names no one, whatever declares it.
  for (const candidate of candidates) candidate.authors = candidate.authors.filter((author) => !isAccountName(author.name));
  const usable = candidates.filter((candidate) => candidate.authors.length > 0).sort((a, b) => a.rank - b.rank);
  if (usable.length === 0) {
    // A credit code ("Quelle: Example Radio/ls", "(dpa/lno)") is the page's own signature; a desk's name is read after it.
    const coded = creditFromSources(scan, { site, host: pageHost });
    if (coded.length > 0) return coded;
    const desk = deskCredit(scan, meta, ld, site, base);
    if (desk.length > 0) return desk;
    const printed = [...scan.byLines, ...scan.bylines].filter((line) => !line.aside).map((line) => line.text);
    const credited = printedDeclaredCredit(printed, declaredAuthorNames(meta, ld));
    // Last of all, a personal site's owner in its copyright line ("© 2019 Jane Doe").
    return credited.length > 0 ? credited : copyrightOwner(scan).filter((author) => !site.has(siteKey(author.name)));
  }
  let chosen = dedupe(usable[0]!.authors);
  // A declared author (often the CMS account that posted the piece) gives way to the credit
  // printed under the headline when that names someone else ("Von Jane Doe" under the <h1>).
  if (usable[0]!.rank <= 2) {
    const printed = creditUnderHeadline(scan);
    const chosenKeys = new Set(chosen.map(keyOf));
    if (printed.length > 0 && !printed.some((author) => chosenKeys.has(keyOf(author)))) chosen = dedupe(printed);
  }
  // A team's credit or a handle in capitals ("NEWSTEAM", "Web Team", "Staff") gives way to a
  // person the page prints in a byline of its own ("By Jane Doe" opening the lead).
  if (chosen.every((author) => isTeamCredit(author.name))) {
    const printed = printedPerson(ownLines, site);
    if (printed.length > 0) chosen = dedupe(printed);
  }
  // A lower source that lists everyone the chosen one does, and more, completes the list
  // ("By Stella Kim and Jennifer Jett" where the meta tag names only the first).
  const chosenKeys = new Set(chosen.map(keyOf));
  for (const candidate of usable.slice(1)) {
    const people = dedupe(candidate.authors);
    const keys = new Set(people.map(keyOf));
    if (people.length > chosen.length && [...chosenKeys].every((key) => keys.has(key))) {
      const extra = people.filter((author) => !chosenKeys.has(keyOf(author)));
      chosen = [...chosen, ...extra];
      break;
    }
  }
  // "Stefanus" in the byline, "Stefanus Stahl - …" opening the bio of the JSON-LD Person of that name.
  if (chosen.length === 1 && !chosen[0]!.name.includes(' ')) chosen = [fullNameFromBio(chosen[0]!, ld)];
  // Fill in profile links from other sources.
  for (const author of chosen) {
    if (author.url) continue;
    for (const candidate of usable) {
      const match = candidate.authors.find((other) => other.url && keyOf(other) === keyOf(author));
      if (match?.url) {
        author.url = match.url;
        break;
      }
    }
  }
  return withoutSiteBesidePeople(chosen, meta, ld).filter((author) => !isOrganizationName(author.name) && !isChrome(author.name));
}

/** A team's or a desk's word in a credit ("Web Team", "PETA-Team", "sv_team", "Editorial Staff", "Site Admin"). */
const TEAM_WORD = /(?:^|[\s_.-])(?:team|staff|admin|administrator|editors?|editorial|newsroom|redaktion|redacci[oó]n|r[eé]daction|redazione|redactie)(?:$|[\s_.-])/iu;
/** A handle in capitals, one word ("NEWSTEAM", "EDITOR1"): an account, no one's name. */
const CAPITALS_HANDLE = /^[\p{Lu}\d]{5,}$/u;

/** An account's login, one word in small letters, maybe joined by a dot, a dash or an underscore ("jane_doe", "j.doe", "janedoe"). */
const LOGIN_HANDLE = /^[\p{Ll}\d]+(?:[._-][\p{Ll}\d]+)*$/u;

/** Whether a credit names a team, a desk, or an account's handle (in capitals, or a login) rather than a person. */
function isTeamCredit(name: string): boolean {
  return CAPITALS_HANDLE.test(name) || LOGIN_HANDLE.test(name) || TEAM_WORD.test(name);
}

/**
 * The people of the first printed byline (outside asides) that names only people, each
 * with a given name and a surname, none the site's nor a team's; or none.
 */
function printedPerson(lines: PageScan['byLines'], site: Set<string>): Author[] {
  for (const line of lines) {
    const people = parseByline(line.text).authors;
    if (people.length > 0 && people.every((author) => author.name.includes(' ') && !isTeamCredit(author.name) && !isAccountName(author.name) && !site.has(siteKey(author.name)))) return people;
  }
  return [];
}

/**
 * The people of the author links right after the one that named the first author, in the
 * same byline ("<a rel=author>Jane Doe</a> and <a rel=author>John Roe</a>"): each link is the
 * next element the page scan noted, of the same kind, outside asides, with only markup, a
 * separator or a joining word between it and the link before ({@link PageScan} `joined`). A
 * listing sets each post's title or date between its author links.
 */
function coAuthorLinks(links: PageScan['relAuthors'], first: number, peopleOf: (link: PageScan['relAuthors'][number]) => Author[]): Author[] {
  const out: Author[] = [];
  const seen = new Set([links[first]!.href]);
  for (let index = first + 1; index < links.length && index <= first + 12; index++) {
    const link = links[index]!;
    const previous = links[index - 1]!;
    if (link.aside || !link.joined || link.kind !== previous.kind || link.order !== previous.order + 1) break;
    // An avatar and the name link to the same author page.
    if (seen.has(link.href)) continue;
    const people = peopleOf(link);
    if (people.length > 0) seen.add(link.href);
    out.push(...people);
  }
  return out;
}

/**
 * The site's own declared name among several credited people is the outlet they write for
 * ("Por João Silva, Portal Capital — São Paulo", where the site is "Portal Capital"), even
 * when it reads as a person's name: a personal site named for its owner credits the owner alone.
 */
function withoutSiteBesidePeople(chosen: Author[], meta: MetaIndex, ld: JsonLdView): Author[] {
  if (chosen.length < 2) return chosen;
  const names = [meta.first('og:site_name'), meta.first('application-name'), pickPublisher(meta, ld)];
  const keys = new Set(names.filter((name): name is string => typeof name === 'string').map(siteKey).filter((key) => key.length >= 3));
  if (keys.size === 0) return chosen;
  const kept = chosen.filter((author) => !keys.has(siteKey(author.name)));
  return kept.length > 0 ? kept : chosen;
}

/** The author with the full name its JSON-LD Person's description opens with ({@link nameFromBio}), or as it is. */
function fullNameFromBio(author: Author, ld: JsonLdView): Author {
  for (const node of ld.nodes.slice(0, 50)) {
    if (ldString(node['name'])?.trim() !== author.name || !/person/i.test(nodeTypes(node).join(' '))) continue;
    const bio = cleanValue(ldString(node['description']));
    const name = bio ? nameFromBio(author.name, bio) : null;
    if (name !== null) return { ...author, name };
  }
  return author;
}

/** Every name the page declares as the article's author, organisations too: JSON-LD `author` and `creator`, `<meta name=author>`. */
function declaredAuthorNames(meta: MetaIndex, ld: JsonLdView): string[] {
  const raw = ld.article ? ld.article['author'] ?? ld.article['creator'] : undefined;
  const names: string[] = [];
  for (const item of (Array.isArray(raw) ? raw : raw === undefined ? [] : [raw]).slice(0, 10)) {
    const node = resolveNode(item, ld.byId);
    const name = typeof node === 'string' ? node : isLdNode(node) ? ldString(node['name']) : null;
    if (name) names.push(name);
  }
  return [...names, ...meta.all('author')];
}

/**
 * The desk, team or agency the page credits when it names no person ("Von Redaktion", "By
 * Staff Writer", "Por Agencia EFE", "Verfasst von" with "Redaktion" in `twitter:data1`, a
 * JSON-LD Person named "Redaktion"): the byline as printed, with the credit as its
 * `organization` too. The printed byline first (microdata, byline elements, author links,
 * "Von …" lines), then what the page declares; never from asides. A credit linked to an
 * author page on the site is an author account whatever its name ("Von Der Hafenkater" →
 * /author/der-hafenkater/); the site's own name ("BBC News" on its own site) and outlets
 * that are no desk or agency credit no one.
 */
function deskCredit(scan: PageScan, meta: MetaIndex, ld: JsonLdView, site: Set<string>, base: string | null): Author[] {
  const pageHost = hostOf(base);
  const hostKey = pageHost ? siteKey(pageHost) : null;
  const sources: { text: string; account: boolean }[] = [];
  for (const author of scan.microdata.authors) if (!author.aside) sources.push({ text: author.name, account: false });
  for (const element of scan.bylines) if (!element.aside) sources.push({ text: element.text, account: false });
  for (const link of scan.relAuthors) {
    if (link.aside || link.href === null) continue;
    const own = !/^(?:https?:)?\/\//i.test(link.href) || hostOf(resolveUrl(link.href, base)) === pageHost;
    if (link.kind === 'rel' || own) sources.push({ text: link.text, account: own });
  }
  for (const line of scan.byLines) if (!line.aside) sources.push({ text: line.text, account: false });
  for (const name of ldHandles(ld)) sources.push({ text: name, account: false });
  for (let index = 1; index <= 4; index++) {
    const label = meta.first(`twitter:label${index}`);
    const data = label !== null && WRITTEN_BY_LABEL.test(label.trim()) ? meta.first(`twitter:data${index}`) : null;
    if (data !== null) sources.push({ text: data, account: false });
  }
  for (const { text, account } of sources.slice(0, 40)) {
    if (isUrl(text.trim())) continue;
    const organization = parseByline(text).organization;
    // A CJK cue stays on a credit that is no person ("文：…編集部").
    const credit = organization ? trimStartChars(trimEndChars(organization, /[\s,;:.|–—-]/), /[\s,;:.|–—-]/).replace(/^\p{Script=Han}{1,3}[:：]\s*/u, '') : null;
    if (!credit || credit.length > 60 || !(isDeskCredit(credit) || (account && credit.split(' ').length <= 4))) continue;
    // The site itself, by its declared name or its host ("Example.it" on example.it), is no credit.
    const key = siteKey(credit);
    if (!site.has(key) && key !== hostKey && !site.has(siteKey(credit.replace(/\.[a-z]{2,}$/i, '')))) return [{ name: credit, organization: credit }];
  }
  return [];
}

/**
 * Whether a "Von … am …" line opens a list of other stories' credits ("Weitere Artikel": one
 * line per teaser, each naming someone else): it does not stand under the headline (another
 * heading comes between) and two or more of the lines after it name other people.
 */
function opensListing(scan: PageScan, order: number, people: Author[], later: PageScan['byLines']): boolean {
  const headline = scan.headings.find((heading) => heading.level === 1);
  if (headline !== undefined && order > headline.order && !scan.headings.some((heading) => heading.order > headline.order && heading.order < order)) return false;
  const keys = new Set(people.map(keyOf));
  const others = new Set<string>();
  for (const line of later) for (const author of parseByline(line.text).authors) if (!keys.has(keyOf(author))) others.add(keyOf(author));
  return others.size >= 2;
}

/** The people of the first "By …" line between the first `<h1>` and the next heading: the piece's own printed credit. */
function creditUnderHeadline(scan: PageScan): Author[] {
  const headline = scan.headings.find((heading) => heading.level === 1);
  if (headline === undefined) return [];
  const next = scan.headings.find((heading) => heading.order > headline.order);
  const line = scan.byLines.find((candidate) => candidate.order > headline.order);
  if (line !== undefined && !line.aside && (next === undefined || line.order < next.order)) return parseByline(line.text).authors;
  // A byline element whose text opens with a cue ("By | Jane Roe": a preamble span and an author link).
  const element = scan.bylines.find((candidate) => candidate.order > headline.order && !candidate.aside);
  if (element === undefined || (next !== undefined && element.order > next.order)) return [];
  const text = element.text.replace(/^(\p{L}+)\s*\|\s*/u, '$1 ');
  return startsWithBylineCue(text) ? parseByline(text).authors : [];
}

/**
 * The one person that links to author pages inside asides all name, when two of them do, or
 * one does and an aside byline or "Von …" line names the same person. Several people (a
 * related-stories list) give none.
 */
function asideAuthor(scan: PageScan, base: string | null, pageHost: string | null): Author[] {
  let person: Author | null = null;
  let links = 0;
  for (const link of scan.relAuthors) {
    if (!link.aside || link.kind !== 'path' || !link.href) continue;
    const href = resolveUrl(link.href, base);
    if (hostOf(href) !== pageHost) continue;
    const people = parseByline(link.text).authors;
    if (people.length !== 1) continue;
    if (person !== null && keyOf(person) !== keyOf(people[0]!)) return [];
    person ??= { name: people[0]!.name, url: href };
    links++;
  }
  if (person === null) return [];
  if (links >= 2) return [person];
  const key = keyOf(person);
  const texts = [...scan.bylines.filter((element) => element.aside).map((element) => element.text), ...scan.byLines.filter((line) => line.aside).map((line) => line.text)];
  return texts.some((text) => parseByline(text).authors.some((author) => keyOf(author) === key)) ? [person] : [];
}

/** An academic title before a site owner's name ("Dr. Jane Doe"). */
const ACADEMIC_TITLE = /^(?:(?:dr|prof|mag|dipl|ing)\.(?:-ing\.)?\s+)+/i;

/**
 * The owner of a personal site, named by its host: the site's name, or a part of its
 * `<title>`, that is a person's name whose letters spell the host's first label (janedoe.com,
 * jane-doe.net), and that marks itself as a person's: "Dr. Jane Doe", "Jane Doe's Digital
 * Home" (a brand's name spelled by its host, "Royal Road", has neither). The site's own name
 * is its author there.
 */
function siteOwner(scan: PageScan, meta: MetaIndex, pageHost: string | null): Author[] {
  const label = pageHost?.split('.')[0]?.replace(/-/g, '') ?? '';
  if (label.length < 6) return [];
  const texts = [meta.first('og:site_name'), meta.first('application-name'), ...scan.title.split(/\s[|–—:»·-]\s/)];
  for (const text of texts) {
    if (!text) continue;
    const possessive = /^(.{5,60}?)['’]s\s/su.exec(text);
    const titled = ACADEMIC_TITLE.exec(text);
    const name = possessive ? possessive[1]!.replace(ACADEMIC_TITLE, '') : titled ? text.slice(titled[0].length) : '';
    if (siteKey(name) !== label || !looksLikePerson(name)) continue;
    const people = parseByline(name).authors;
    if (people.length === 1) return people;
  }
  return [];
}

/**
 * The person a page's last copyright line names under its headline ("© 2019 Jane Doe" closing
 * the article or in the footer), when nothing else names an author: a personal site's owner. A
 * company, a site's name, a masthead in capitals or a rights notice ("All rights reserved") is no
 * person: the holder must open with a given name core knows.
 */
function copyrightOwner(scan: PageScan): Author[] {
  const holder = scan.copyrightHolder;
  // (A holder in capitals is a company's masthead: "© 2015 SA LA NACION".)
  if (holder === null || holder === holder.toUpperCase() || !looksLikePerson(holder) || isOrganizationName(holder)) return [];
  // A person's name opens with a given name ("Deutscher Handballbund", "Baran Entertainment" do not).
  if (!isGivenName(holder.slice(0, holder.indexOf(' ')))) return [];
  const people = parseByline(holder).authors;
  return people.length === 1 ? people : [];
}

/** The cue a blog's description opens with when it is the post's first line ("Posted by Jane Doe - …"). */
const DESCRIPTION_CUE = /^(?:posted|written)\s+by\s|^(?:geschrieben|verfasst|veröffentlicht)\s+von\s|^(?:publié|écrit)\s+par\s|^(?:publicado|escrito)\s+por\s|^(?:pubblicato|scritto)\s+da\s/i;

/**
 * The people a meta description names when it opens with a posting cue ("Posted by Jane Doe
 * and John Roe - Example team  Over the past …"): Blogger and others fill it with the post's
 * first line, its byline. Read up to the first wide gap, dash or sentence end.
 */
function descriptionByline(meta: MetaIndex): Author[] {
  const description = meta.first('description', 'og:description', 'twitter:description');
  if (description === null || !DESCRIPTION_CUE.test(description)) return [];
  const head = description.slice(0, 200).split(/\s{2,}|\s[-–—]\s|[.!?](?:\s|$)/)[0] ?? '';
  return parseByline(head).authors;
}

// ---------------------------------------------------------------- dates

/**
 * A publication date's meta key as sites spell it, compared in lower case without its
 * prefix ("rnews:", "bt:", "dc."), hyphens, underscores and dots: "pub-date",
 * "publication-date", "article_date_original", "date_published", "firstPublishDate",
 * "rnews:datePublished", "dc.created". A key that names a change never has this shape.
 */
const PUBLISHED_KEY_SHAPES = new Set([
  'pubdate', 'datepub', 'publishdate', 'publisheddate', 'publicationdate', 'datepublished', 'datepublication', 'publishtime', 'publishedtime',
  'publishdatetime', 'publisheddatetime', 'publishedat', 'publishedon', 'published', 'articlepublishedtime', 'articlepublishdate',
  'articlepublisheddate', 'articlepublicationdate', 'originalpublicationdate', 'originalpublishdate', 'originalpublisheddate', 'dateoriginal',
  'articledateoriginal', 'firstpublished', 'firstpublishdate', 'firstpublisheddate', 'firstpublishedtime', 'releasedate', 'created',
  'datecreated', 'createddate', 'creationdate', 'onlinedate', 'citationonlinedate',
]);

/** The meta key's shape ({@link PUBLISHED_KEY_SHAPES}): after its last colon, without separators. */
function keyShape(key: string): string {
  return key.slice(key.lastIndexOf(':') + 1).replace(/[-_.]/g, '');
}

/**
 * The publication date of a meta key no list names but whose shape says it ("pub-date",
 * "article_date_original"), or of Parse.ly's JSON `parsely-page` tag (`"pub_date"`).
 */
function shapedPublished(meta: MetaIndex, read: DateReader, normal: DateReader): string | null {
  for (const key of meta.keys()) {
    if (!PUBLISHED_KEY_SHAPES.has(keyShape(key))) continue;
    const date = firstDate(meta.all(key), (value) => readDeclared(value, read, normal));
    if (date) return date;
  }
  const parsely = meta.first('parsely-page');
  if (parsely === null || parsely.length > 4000) return null;
  try {
    const data: unknown = JSON.parse(parsely);
    const value = typeof data === 'object' && data !== null ? (data as Record<string, unknown>)['pub_date'] : undefined;
    return typeof value === 'string' ? readDeclared(value, read, normal) : null;
  } catch {
    return null;
  }
}

/** The publication time the page data of a framework (`__NEXT_DATA__`) gives the story titled as the page is. */
function appDataDate(scan: PageScan, titles: (string | null | undefined)[]): string | null {
  const own = titles.filter((title): title is string => typeof title === 'string');
  for (const source of scan.appData) {
    const data = parseJsonLd(source);
    const date = data === null ? null : appDataPublished(data, own);
    if (date !== null) return date;
  }
  return null;
}

function pickPublished(scan: PageScan, meta: MetaIndex, ld: JsonLdView, pageUrls: string[], read: DateReader, normal: DateReader, appDate: () => string | null): string | null {
  const article = ld.article;
  if (article) {
    // A live blog declares when its coverage started, a video when it was uploaded.
    const date = ['datePublished', 'dateCreated', 'coverageStartTime', 'uploadDate'].reduce<string | null>((found, key) => found ?? readDeclared(ldString(article[key]), read, normal), null);
    if (date) return date;
  }
  for (const key of PUBLISHED_KEYS) {
    const date = firstDate(meta.all(key), (value) => readDeclared(value, read, normal));
    if (date) return date;
  }
  const shaped = shapedPublished(meta, read, normal);
  if (shaped) return shaped;
  for (const node of ld.nodes) {
    if (node === article || isResponse(node) || !/page|article|posting/i.test(nodeTypes(node).join(' '))) continue;
    const date = readDeclared(ldString(node['datePublished']), read, normal);
    if (date) return date;
  }
  const microdata = scan.microdata.published.filter((entry) => !entry.aside);
  const fromMicrodata = firstDate(microdata.map((entry) => entry.value), normal);
  if (fromMicrodata) return fromMicrodata;
  const times = scan.times.filter((time) => !time.aside && !time.modified);
  const flagged = firstDate(times.filter((time) => time.published).map((time) => time.datetime || time.text), read);
  if (flagged) return flagged;
  const fromTime = firstDate(times.filter((time) => time.datetime).map((time) => time.datetime), normal);
  if (fromTime) return fromTime;
  // The story's record in the data the page is rendered from, found by its title.
  const fromAppData = appDate();
  if (fromAppData) return fromAppData;
  // The article's own microdata (its headline marked up) may put its one datePublished in a
  // footer that reads as an aside; that date is still the article's.
  const footer = scan.microdata.published.filter((entry) => entry.aside);
  const ownFooter = scan.microdata.headline !== null && footer.length === 1 ? read(footer[0]!.value) : null;
  if (ownFooter) return ownFooter;
  // A dated element's printed date is the one a reader sees; a generic date tag may hold the
  // page's last change, unless the page prints its day too (a teaser's <time> is no rival then).
  const fromTimeText = firstDate(times.filter((time) => !CLOCK_LABEL.test(time.label)).map((time) => time.text), read);
  let generic: string | null = null;
  for (const key of GENERIC_DATE_KEYS) {
    generic ??= firstDate(meta.all(key), (value) => readDeclared(value, read, normal));
  }
  if (fromTimeText && (generic === null || !printsDay(scan, generic, read))) return fromTimeText;
  // A line the page labels as its publication ("Erschienen am: 13.10.2021", "Published on …")
  // says more than a date tag that may hold the last change.
  const labelled = firstDate(scan.dateLines.filter((line) => labelsPublication(line.text)).slice(0, 3).map((line) => line.text), read);
  if (labelled) return labelled;
  // A date tag whose day the page prints only as its last change ("Zuletzt geändert am:
  // 15.10.2021") holds that change: the date printed under the headline is the publication.
  if (generic) return (printsAsChange(scan, generic, read) ? printedUnderHeadline(scan, generic, read) : null) ?? generic;
  for (const url of pageUrls) {
    const date = normal(urlPathDate(url, false));
    if (date) return date;
  }
  const fromByline = firstDate(scan.bylines.filter((element) => !element.aside).map((element) => element.text), read);
  if (fromByline) return fromByline;
  // Last, a date printed near the headline: the first short line after the first <h1> (or
  // anywhere, without one) that reads as a date.
  // A sentence that mentions a day (an event's, a caption's) is no stamp.
  const headline = scan.headings.find((heading) => heading.level === 1);
  const lines = scan.dateLines.filter((line) => (headline === undefined || line.order > headline.order) && !readsAsProse(line.text, read));
  const below = firstStamp(lines.slice(0, 5).map((line) => line.text), read);
  if (below) return below;
  // A date printed just above the headline ("21.01.2022" in the kicker line).
  const above = headline === undefined ? null : firstStamp(scan.dateLines.filter((line) => line.order < headline.order && !readsAsProse(line.text, read)).slice(-3).reverse().map((line) => line.text), read);
  // A day in the address's slug ("…/port-opens-2024-06-27", "/2024/jun/27/") when the page prints none.
  return above ?? firstDate(pageUrls.map((url) => dateFromUrl(url)), normal) ?? asideDate(scan, read) ?? descriptionDate(meta, read);
}

/**
 * A stamp labelled as a change and not as the publication: the change's word before its first
 * digit ("Aktualisiert: …", "更新时间：…") or after its last ("2024年4月1日 10時00分 更新"). A
 * publication with its update after it ("March 5, 2024, updated April 1, 2024", "입력 … | 수정
 * …") is none.
 */
function labelledChange(text: string): boolean {
  if (PUBLISHED_WORD.test(text)) return false;
  const first = text.search(/\d/);
  if (first < 0) return false;
  let last = text.length;
  while (last > 0 && !/\d/.test(text[last - 1]!)) last--;
  return UPDATE_CUE.test(text.slice(0, first)) || UPDATE_CUE.test(text.slice(last));
}

/**
 * The first date of stamp lines, a line labelled only as a change passed over when another
 * line gives a date: pages print the update first ("Aktualisiert: … / Erstellt: …", "… 更新 /
 * … 公開"), and the story's date is the publication's.
 */
function firstStamp(texts: string[], read: DateReader): string | null {
  return firstDate(texts.filter((text) => !labelledChange(text)), read) ?? firstDate(texts, read);
}

/** Whether the page prints the day of `date` only labelled as a change ("Updated …", "Zuletzt geändert am …"), asides included. */
function printsAsChange(scan: PageScan, date: string, read: DateReader): boolean {
  const day = date.slice(0, 10);
  const texts = [...scan.bylines.slice(0, 12).map((element) => element.text), ...scan.dateLines.slice(0, 12).map((line) => line.text)];
  let labelled = false;
  for (const text of texts) {
    if (read(text)?.slice(0, 10) !== day) continue;
    if (!UPDATE_CUE.test(text)) return false;
    labelled = true;
  }
  return labelled;
}

/** The first date of the short lines under the first `<h1>` that is another day than `other`. */
function printedUnderHeadline(scan: PageScan, other: string, read: DateReader): string | null {
  const headline = scan.headings.find((heading) => heading.level === 1);
  if (headline === undefined) return null;
  for (const line of scan.dateLines.filter((entry) => entry.order > headline.order).slice(0, 3)) {
    const date = read(line.text);
    if (date !== null && !UPDATE_CUE.test(line.text)) return date.slice(0, 10) === other.slice(0, 10) ? null : date;
  }
  return null;
}

/**
 * Last of all, the date a page's description opens with ("31.10.2023, 10:19 Uhr: …", "July 7,
 * 2020 The letter …") or closes with in parentheses ("… (News of 14 January 2020)"): news
 * sites put the story's date there when the page prints none. Not a change ("Updated …").
 */
function descriptionDate(meta: MetaIndex, read: DateReader): string | null {
  const text = collapseSpace(meta.first('description', 'og:description', 'dc:description') ?? '');
  if (text.length === 0 || UPDATE_CUE.test(text.slice(0, 40))) return null;
  const first = /^[\p{L}\d]+/u.exec(text)?.[0] ?? '';
  if (/^\d/.test(first) || monthNumber(first) > 0) {
    const date = read(text.slice(0, 30));
    if (date) return date;
  }
  const closing = /\(([^()]{6,60})\)\s*$/.exec(text);
  return closing ? read(closing[1]) : null;
}

/**
 * The page's last change when that is the date it prints and the publication date is not:
 * the byline or a line by the headline shows the day the page declares as modified, with no
 * word that labels it as an update ("Updated", "aktualisiert"), so a reader takes it for the
 * story's date.
 */
function shownUpdate(published: string | null, modified: string | null, scan: PageScan, read: DateReader): string | null {
  if (published === null || modified === null || published.slice(0, 10) === modified.slice(0, 10)) return published;
  const headline = scan.headings.find((heading) => heading.level === 1);
  const below = scan.dateLines.filter((line) => headline === undefined || line.order > headline.order).slice(0, 3);
  const above = headline === undefined ? [] : scan.dateLines.filter((line) => line.order < headline.order).slice(-2);
  const texts = [...scan.bylines.filter((element) => !element.aside).slice(0, 6).map((element) => element.text), ...below.map((line) => line.text), ...above.map((line) => line.text)];
  let shown = false;
  for (const text of texts) {
    // A line with two stamps may hold both dates.
    if ((text.match(YEARS) ?? []).length > 1) continue;
    const day = read(text)?.slice(0, 10);
    if (day === published.slice(0, 10)) return published;
    if (day !== modified.slice(0, 10)) continue;
    // A stamp labelled as an update ("Updated …", "Zuletzt geändert am …") is read as one.
    if (UPDATE_CUE.test(text)) return published;
    shown = true;
  }
  return shown ? modified : published;
}

const YEARS = /(?<!\d)(?:19|20)\d{2}(?!\d)/g;
/**
 * The day in the page's address (`/2017/7/12/`) when the declared publication is more than
 * half a year later: a site moved to a new system stamps its old posts anew, and the address
 * keeps the day the post first appeared. Days apart by less are a story's updates, or its
 * time zone.
 */
function urlDay(published: string | null, urls: string[]): string | null {
  if (published === null) return null;
  for (const url of urls) {
    // Only a date path of its own: a slug may name an event's day.
    const day = urlPathDate(url, false);
    if (day !== null && Date.parse(published.slice(0, 10)) - Date.parse(day.slice(0, 10)) > 180 * 86_400_000) return day;
  }
  return published;
}

/**
 * The update the page prints ("Updated June 13, 2019", "Last updated on 20 Feb, 2020") when
 * the publication it declares is a bare day or midnight, a day the page prints nowhere (a
 * CMS's placeholder or an import's stamp): the reader's date is the one the byline shows.
 * A declared publication with its time of day stays, whatever update the page prints.
 */
function printedUpdate(published: string | null, scan: PageScan, read: DateReader): string | null {
  if (published === null || !/^\d{4}-\d{2}-\d{2}(?:T00:00(?::00(?:\.0+)?)?(?:Z|[+-]00:?00)?)?$/.test(published) || printsDay(scan, published, read)) return null;
  // A date element of its own that is no change's prints the declared day too.
  const day = published.slice(0, 10);
  if (scan.times.some((time) => !time.aside && !time.modified && read(time.text)?.slice(0, 10) === day)) return null;
  const texts = [...scan.bylines.filter((element) => !element.aside).slice(0, 6).map((element) => element.text), ...scan.times.filter((time) => !time.aside).slice(0, 6).map((time) => time.text), ...scan.dateLines.slice(0, 12).map((line) => line.text)];
  for (const text of texts) {
    if (!UPDATE_CUE.test(text)) continue;
    const date = read(text);
    if (date !== null && date.slice(0, 10) > published.slice(0, 10)) return date;
  }
  return null;
}

/** A person's name alone: two or three capitalised words ("Jane Doe", "Anna M. Berg"). */
const NAME_ONLY = /^\p{Lu}[\p{L}'’-]*\.?(?: \p{Lu}[\p{L}'’-]*\.?){1,2}$/u;
/** A date line may end with a place ("… | Hong Kong", "… | Bad Ems"): known cities and the words that open place names. */
const PLACE_OPENER = /^(?:bad|sankt|st\.|neu|alt|groß|klein|fort|port|san|santa|são|saint|sainte|le|la|los|las|el|new|north|south|east|west|nord|süd|ost)\s/i;

/**
 * The name closing the date line that stands next to the headline ("04.02.2022 | 13:10 Uhr |
 * Jane Doe"): a line that opens with the date and whose last part, after a separator, is a
 * person's name alone.
 */
function dateLineAuthor(scan: PageScan): Author[] {
  const headline = scan.headings.find((heading) => heading.level === 1);
  if (headline === undefined) return [];
  // The headline's own text is a line too when it holds a year.
  const before = scan.dateLines.filter((line) => line.order < headline.order && line.text !== headline.text).at(-1);
  const after = scan.dateLines.find((line) => line.order > headline.order);
  for (const line of [before, after]) {
    if (line === undefined || line.text.length > 100) continue;
    const parts = line.text.split(/\s[|•·]\s/);
    if (parts.length < 2) continue;
    const last = parts[parts.length - 1]!.trim();
    if (!NAME_ONLY.test(last) || PLACE_OPENER.test(last) || isCity(last) || normalizeDate(parts[0]!) === null) continue;
    const people = parseByline(last).authors;
    if (people.length === 1 && people[0]!.name === last) return people;
  }
  return [];
}

/**
 * Words that label a stamp as the publication: "Veröffentlicht am", "Erschienen am", "Published
 * on", "Publié le", "Mise en ligne", "Publicado el", "Pubblicato il", "Gepubliceerd op"; read
 * sticky where a word starts ({@link charAfterPublishedCue}), then the preposition after them.
 * As one unanchored pattern with its optional white space it was polynomial.
 */
const CUE_PREPOSITION = /am|on|le|el|em|il|op/iy;

/** A publication cue anywhere in a line ({@link PUBLISHED_CUE}, not anchored). */
const PUBLISHED_WORD = new RegExp(PUBLISHED_CUE.source, 'i');

/** Where a line of stamps parts into fields: a spaced bar, dot, bullet or dash ("--" too). */
const FIELD_BREAK = /\s[|·•–—-]{1,2}\s/;

/**
 * Whether a short line with a date reads as a sentence rather than a stamp: each of its
 * fields (parted by " | ", " – " …) that holds a date has five words or more in lower case
 * that are no month or weekday ("Der nächste Treff findet am Mi. 5. Februar 2020 ab 19 Uhr
 * im Café statt.", "Welche Umlagen gelten seit dem 1. Oktober 2022 für Gas?", a caption "…
 * vom 31.05.2021 (links) und die Karte (rechts)"). A stamp has a few function words at most
 * ("am 3. Februar 2022 um 21:17", "Posted on March 3, 2020 by Jane Doe", "6 de mayo de 2022
 * a las 10:15", "Pressemitteilung vom 3. März 2021 | Berlin – Die Ministerin hat …"); one
 * with a publication cue is never prose ("Dieser Beitrag wurde am 3. März 2020
 * veröffentlicht"), nor a story's first line that opens with its day. Scripts without case
 * never are.
 */
function readsAsProse(text: string, read: DateReader): boolean {
  if (PUBLISHED_WORD.test(text) || opensWithDate(text, read)) return false;
  const dated = text.split(FIELD_BREAK).filter((field) => read(field) !== null);
  return dated.length === 0 ? lowerWords(text) >= 5 : dated.every((field) => lowerWords(field) >= 5);
}

/** How many words of a text are in lower case and no month or weekday, counting up to five. */
function lowerWords(text: string): number {
  let lower = 0;
  for (const token of text.split(/\s+/)) {
    const word = trimWordEdges(token);
    if (word.length < 2 || !/^\p{Ll}\p{L}*\.?$/u.test(word) || monthNumber(word) > 0 || isWeekdayWord(word)) continue;
    if (++lower >= 5) break;
  }
  return lower;
}

/**
 * Whether a line opens with its date, as a news story's first line does ("Feb. 23, 2015 --
 * Life-threatening allergies …", "Montag, 14. Februar 2022: …"): the day is the story's.
 */
function opensWithDate(text: string, read: DateReader): boolean {
  const first = trimWordEdges(text.trimStart().split(/\s/, 1)[0] ?? '');
  if (!/^\d/.test(first) && monthNumber(first) === 0 && !isWeekdayWord(first)) return false;
  return read(text.trimStart().slice(0, 32)) !== null;
}

const WORD_CHAR = /[\p{L}\p{N}]/u;

/** A token without the punctuation around it ("(links)" → "links", "Gas?" → "Gas"; a closing period stays: "Mi."). */
function trimWordEdges(token: string): string {
  let start = 0;
  let end = token.length;
  while (start < end && !WORD_CHAR.test(token[start]!)) start++;
  while (end > start && token[end - 1] !== '.' && !WORD_CHAR.test(token[end - 1]!)) end--;
  return token.slice(start, end);
}

/** The first character that is not white space from `at`, or -1. */
function nextNonSpace(text: string, at: number): number {
  let index = at;
  while (index < text.length && isWhiteSpaceCode(text.charCodeAt(index))) index++;
  return index < text.length ? index : -1;
}

/** What follows a cue from `at`: the first character after an optional colon (the colon itself when nothing follows it). */
function charAfterColon(text: string, at: number): string | undefined {
  const index = nextNonSpace(text, at);
  if (index < 0) return undefined;
  const char = text[index]!;
  if (char !== ':' && char !== '：') return char;
  const after = nextNonSpace(text, index + 1);
  return after < 0 ? char : text[after];
}

/**
 * The first character after the first publication cue that opens a word (at the start, after
 * white space, "|" or "("), its preposition and a colon, as
 * `(?:^|[\s|(])cue(?:\s+preposition)?(?:\s*[:：])?\s*(\S)` captures it.
 */
function charAfterPublishedCue(text: string): string | undefined {
  for (let start = 0; start < text.length; start++) {
    if (start > 0) {
      const before = text.charCodeAt(start - 1);
      if (before !== 124 && before !== 40 && !isWhiteSpaceCode(before)) continue;
    }
    PUBLISHED_CUE.lastIndex = start;
    if (!PUBLISHED_CUE.test(text)) continue;
    const end = PUBLISHED_CUE.lastIndex;
    const preposition = nextNonSpace(text, end);
    if (preposition > end) {
      CUE_PREPOSITION.lastIndex = preposition;
      if (CUE_PREPOSITION.test(text)) {
        const char = charAfterColon(text, CUE_PREPOSITION.lastIndex);
        if (char !== undefined) return char;
      }
    }
    const char = charAfterColon(text, end);
    if (char !== undefined) return char;
  }
  return undefined;
}

/** A line labelled as the publication, its cue followed by a date (a digit or a month's capital), not by a name ("Published by"). */
const labelsPublication = (text: string): boolean => /^[\d\p{Lu}]/u.test(charAfterPublishedCue(text) ?? '');

/**
 * A line that is only the publication stamp: it opens with a publication cue, a date follows
 * ("Veröffentlicht am 3. Juni 2024, 14:12 Uhr", "Published June 3, 2024", "Publié le 3 juin
 * 2024 à 14h12"), and it is short. The body reader leaves it out of the text.
 *
 * @example
 * isPublicationStamp('Veröffentlicht am 3. Juni 2024, 14:12 Uhr') //=> true
 * isPublicationStamp('Veröffentlicht wurde die Studie am 3. Juni 2024 in einer Fachzeitschrift.') //=> false
 */
export function isPublicationStamp(text: string): boolean {
  if (text.length > 80) return false;
  PUBLISHED_CUE.lastIndex = 0;
  return PUBLISHED_CUE.test(text) && labelsPublication(text) && normalizeDate(text) !== null;
}

/** A clock on the page ("Aktuelles Datum und Uhrzeit", a "current-time" widget) is no article's date. */
const CLOCK_LABEL = /current|clock|uhrzeit|today|heute/;

/** Whether a byline or a short line of the page prints the day of a date. */
function printsDay(scan: PageScan, date: string, read: DateReader): boolean {
  const day = date.slice(0, 10);
  const texts = [...scan.bylines.filter((element) => !element.aside).slice(0, 6).map((element) => element.text), ...scan.dateLines.slice(0, 12).map((line) => line.text)];
  return texts.some((text) => read(text)?.slice(0, 10) === day);
}

/**
 * Last, a date inside an aside (templates that put the article's meta line in a sidebar):
 * one marked as the publication date (`itemprop=datePublished`, a "published" label), a
 * credit line with a person and a day, or the one day every dated element there gives. A list of related stories gives several days, and none.
 */
function asideDate(scan: PageScan, read: DateReader): string | null {
  // A reader's comment is dated too, but by its reader, and a list of other stories by theirs: never the article's day.
  const times = scan.times.filter((time) => time.comment !== true && time.listing !== true);
  const marked = firstDate([...scan.microdata.published.filter((entry) => entry.aside).map((entry) => entry.value), ...times.filter((time) => time.aside && time.published && !time.modified).map((time) => time.datetime || time.text)], read);
  if (marked) return marked;
  // A publication label and its date in a sidebar of the article's facts ("Mise en ligne" / "23 mai 2019").
  const labelled = firstDate(scan.labelledDates.filter((line) => line.aside && !line.elsewhere).map((line) => line.text), read);
  if (labelled) return labelled;
  // A credit line that names a person and a day ("Von Jan Berg | am 21. April 2020").
  for (const element of scan.bylines.slice(0, 12)) {
    if (!element.aside) continue;
    const date = read(element.text);
    if (date !== null && parseByline(element.text).authors.length > 0) return date;
  }
  let found: string | null = null;
  for (const time of times.slice(0, 40)) {
    if (!time.aside || time.modified) continue;
    const date = read(time.datetime || time.text);
    if (date === null) continue;
    if (found !== null && found.slice(0, 10) !== date.slice(0, 10)) return null;
    found ??= date;
  }
  return found;
}

/**
 * The same instant in the page's local time when the chosen stamp is in UTC and another
 * date tag gives it with the page's offset ("2019-10-18T22:04:00Z" and "Sat, 19 Oct 2019
 * 00:04:00 +0200"): the day a reader sees is the local one.
 */
function localTime(date: string | null, meta: MetaIndex, scan: PageScan, read: DateReader): string | null {
  if (date !== null && /T\d{2}:\d{2}(?::\d{2}(?:\.\d+)?)?$/.test(date)) return date + pageOffset(meta);
  if (date === null || !/(?:Z|[+-]00:?00)$/.test(date)) return date;
  const instant = Date.parse(date);
  if (Number.isNaN(instant)) return date;
  for (const key of [...PUBLISHED_KEYS, ...GENERIC_DATE_KEYS]) {
    for (const value of meta.all(key).slice(0, 4)) {
      const other = normalizeDate(value);
      if (other !== null && /[+-](?!00:?00)\d{2}:?\d{2}$/.test(other) && Math.abs(Date.parse(other) - instant) < 60_000) return other;
    }
  }
  return printedNeighbour(date, instant, scan, read) ?? date;
}

/** A stamp's time and its offset other than UTC, read sticky from the stamp's last "T" (nothing after a "T" may be one). */
const TIME_WITH_OFFSET = /T\d{2}:\d{2}(?::\d{2}(?:\.\d+)?)?([+-](?!00:00)\d{2}:\d{2})$/y;

/** The offset a normalised stamp ends with ("2022-05-10T23:35:55-03:00" gives "-03:00"), unless it is UTC. */
function stampOffset(stamp: string): string | undefined {
  const time = stamp.lastIndexOf('T');
  if (time < 0) return undefined;
  TIME_WITH_OFFSET.lastIndex = time;
  return TIME_WITH_OFFSET.exec(stamp)?.[1];
}

/**
 * The offset from UTC that the page's other date tags declare ("-03:00"), for a stamp written
 * without one: a page states its times in one zone. Empty when none declares one.
 */
function pageOffset(meta: MetaIndex): string {
  for (const key of [...PUBLISHED_KEYS, ...GENERIC_DATE_KEYS, ...MODIFIED_KEYS]) {
    for (const value of meta.all(key).slice(0, 4)) {
      const offset = stampOffset(normalizeDate(value) ?? '');
      if (offset !== undefined) return offset;
    }
  }
  return '';
}

/**
 * The date the page prints under its headline or in its byline, when it is the day before a
 * UTC stamp of the small hours: the same instant in a time zone west of Greenwich
 * ("2020-02-25T02:25Z" printed "February 24, 2020 | 9:25pm").
 */
function printedNeighbour(date: string, instant: number, scan: PageScan, read: DateReader): string | null {
  const hour = new Date(instant).getUTCHours();
  const texts = [...scan.bylines.filter((element) => !element.aside).slice(0, 6).map((element) => element.text), ...scan.dateLines.slice(0, 12).map((line) => line.text)];
  const printed = firstDate(texts, read);
  if (printed === null || !/^\d{4}-\d{2}-\d{2}/.test(printed)) return null;
  const shift = (Date.parse(`${printed.slice(0, 10)}T00:00:00Z`) - Date.parse(`${date.slice(0, 10)}T00:00:00Z`)) / 86_400_000;
  // West of Greenwich only: a stamp printed a day later is as often a reader's east-of-UTC
  // clock as the page's own.
  return shift === -1 && hour < 12 ? printed : null;
}

/**
 * A relative stamp ("vor 3 Stunden", "2 days ago") in a dated element, a byline or a short
 * line under the headline, read against the reference time; only when the page states no date.
 */
function pickRelative(scan: PageScan, reference: Date, referenceIsDay: boolean): string | null {
  const texts = [
    ...scan.times.filter((time) => !time.aside && !time.modified).map((time) => time.text),
    ...scan.bylines.filter((element) => !element.aside).map((element) => element.text),
    ...scan.relativeLines,
  ];
  for (const text of texts.slice(0, 60)) {
    const date = relativeDate(text, reference);
    // Against a day without a time, "3 hours ago" can only say that day.
    if (date) return referenceIsDay && date.includes('T') ? reference.toISOString().slice(0, 10) : date;
  }
  return null;
}

// ---------------------------------------------------------------- publisher, lang, image

function nameOf(value: unknown, ld: JsonLdView): string | null {
  const node = resolveNode(value, ld.byId);
  if (typeof node === 'string') return isUrl(node) ? null : cleanValue(node);
  if (isLdNode(node)) return cleanValue(ldString(node['name']));
  if (Array.isArray(node)) return nameOf(node[0], ld);
  return null;
}

/**
 * The name of the article's JSON-LD publisher when that node is typed as an organisation and
 * not as a person (a personal site's plugin types its owner ["Person", "Organization"]), and
 * no Person author of the article bears that name.
 */
function publishingOrganization(ld: JsonLdView): string | null {
  if (ld.article === null) return null;
  const node = resolveNode(ld.article['publisher'], ld.byId);
  const publisher = Array.isArray(node) ? resolveNode(node[0], ld.byId) : node;
  if (!isLdNode(publisher)) return null;
  const types = nodeTypes(publisher);
  if (!types.some((type) => /organization$|^corporation$/.test(type)) || types.includes('person')) return null;
  const name = cleanValue(ldString(publisher['name']));
  if (name === null) return null;
  // A blogger's own site may name itself for its owner, who is then its Person author too.
  const authors = resolveNode(ld.article['author'], ld.byId);
  for (const author of (Array.isArray(authors) ? authors : [authors]).slice(0, 10)) {
    const node = resolveNode(author, ld.byId);
    if (isLdNode(node) && nodeTypes(node).includes('person') && siteKey(ldString(node['name']) ?? '') === siteKey(name)) return null;
  }
  return name;
}

function pickPublisher(meta: MetaIndex, ld: JsonLdView): string | null {
  const fromArticle = ld.article ? nameOf(ld.article['publisher'], ld) ?? nameOf(ld.article['sourceOrganization'], ld) : null;
  if (fromArticle) return fromArticle;
  for (const key of PUBLISHER_KEYS) {
    const value = cleanValue(meta.first(key));
    if (value && (key === 'og:site_name' || !isUrl(value))) return value;
  }
  const organization = ld.organization ? cleanValue(ldString(ld.organization['name'])) : null;
  if (organization) return organization;
  return ld.website ? cleanValue(ldString(ld.website['name'])) : null;
}

function normalizeLang(value: string | null | undefined): string | null {
  if (!value) return null;
  const text = value.trim().split(/[,;\s]/)[0]!.replace(/_/g, '-');
  return /^[a-z]{2,3}(?:-[a-z0-9]{2,8})*$/i.test(text) ? text : null;
}

function pickLang(scan: PageScan, meta: MetaIndex, article: LdNode | null): string | null {
  return (
    normalizeLang(scan.lang) ??
    normalizeLang(meta.first('content-language')) ??
    normalizeLang(meta.first('og:locale')) ??
    normalizeLang(article ? ldString(article['inLanguage']) : null) ??
    normalizeLang(meta.first('dc:language', 'dcterms:language', 'language'))
  );
}

function ldImage(article: LdNode | null): string | null {
  if (!article) return null;
  const image = article['image'] ?? article['thumbnailUrl'];
  const first = Array.isArray(image) ? image[0] : image;
  if (typeof first === 'string') return first;
  if (isLdNode(first)) return ldString(first['url']) ?? ldString(first['contentUrl']);
  return null;
}
