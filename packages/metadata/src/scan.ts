import { decodeHTML, decodeHTMLAttribute } from 'entities';
import { parseStamp } from '@newsparse/dateline';
import type { Parser } from 'htmlparser2';
import { LinearParser, type AttributeFilter } from './linear-parser.js';
import { elementAttributes, readElementAttributes, type ElementAttributes } from './attributes.js';
import { codeOfDateline, codeOfSourceLine, opensWithSourceCue } from './source-credits.js';
import { normalizeDate, PUBLISHED_CUE, UPDATE_CUE } from './dates.js';
import { COMMENT_HEADING } from './boilerplate.js';
import { isStoriesLabel } from './text-furniture.js';
import { isContactLine, relativeStampIn } from './text-header-chrome.js';
import { isGivenName, startsWithScriptCue } from './names.js';
import { collapseSpace, hasNonSpace, isWhiteSpaceCode, trimEndChars, trimStartChars, isLetterOrDigitCode } from './text.js';

/**
 * The single streaming pass over a page: htmlparser2 calls back for every tag and text
 * run, and the scanner keeps only what the metadata reader weighs (meta tags, JSON-LD,
 * microdata, `<time>`, byline-like elements, the first headline...). No tree is built.
 * An optional {@link BodyListener} sees the same events, for the article-body reader.
 */

/** A `<meta>` value, keyed by its name/property/itemprop (lower case). */
export interface MetaEntry {
  key: string;
  value: string;
  /** The attribute that named it: RDFa `property` is preferred over `name` on a tie. */
  via: 'property' | 'name' | 'itemprop' | 'http-equiv';
}

/** Text found in a byline-like element (class or id with "byline", "author", ...). */
export interface BylineElement {
  text: string;
  /** The element's class and id, lower-cased. */
  label: string;
  /** Inside comments, related links, sidebars, footers or navigation. */
  aside: boolean;
  /** Document order among the scanner's findings. */
  order: number;
}

/** A `<time>` element or another element carrying a date attribute. */
export interface TimeElement {
  datetime: string;
  text: string;
  label: string;
  published: boolean;
  modified: boolean;
  aside: boolean;
  /** Inside a comment section ("comments", "comment-list", "respond", Disqus): a reader's post, never the article's stamp. */
  comment?: boolean;
  /** Inside a list of other stories ("related", "popular", "more-stories", a teaser list): another story's stamp. */
  listing?: boolean;
  /** The "teaser" wrapper it sits in when that is its only aside (internal: cleared when the pass ends). */
  teaser?: number;
  order: number;
}

/** A person named by microdata (`itemprop="author"`). */
export interface MicrodataAuthor {
  name: string;
  url: string | null;
  /** The element had no nested `name` property: `name` is its whole text. */
  fromText: boolean;
  organization: boolean;
  aside: boolean;
  order: number;
}

/**
 * A separator left at either end of a `<title>` ("Story |", "Story -"): the site's name that
 * a template puts there was empty, and nothing of the story is lost without it.
 */
const DANGLING_SEPARATORS = '|-–—·•»';

/** The title without a separator at its ends (it was collapsed: one space at most stands before or after one). */
function withoutDanglingSeparator(title: string): string {
  let value = title;
  const last = value.length - 1;
  if (last >= 2 && value[last - 1] === ' ' && DANGLING_SEPARATORS.includes(value[last]!)) value = value.slice(0, last - 1);
  if (value.length >= 3 && value[1] === ' ' && DANGLING_SEPARATORS.includes(value[0]!)) value = value.slice(2);
  return value;
}

/** What one pass over the page found. */
export interface PageScan {
  lang: string | null;
  title: string;
  base: string | null;
  metas: MetaEntry[];
  jsonLd: string[];
  /**
   * The page data a JavaScript framework serialises for the browser: Next.js's `<script
   * id="__NEXT_DATA__" type="application/json">`. Raw JSON text, at most one.
   */
  appData: string[];
  canonical: string | null;
  /** Titles of the feeds the page links ("Example Blog » Feed"): they name the site. */
  feedTitles: string[];
  /** Addresses of `<link rel="author">` elements (an author's profile page, sometimes). */
  authorLinks: string[];
  /**
   * `rel=author` links, and links to author pages by their path ("/author/jane-doe");
   * `joined` when only a separator or a conjunction stands between the link and the author link
   * before it ("<a>Jane Doe</a> and <a>John Roe</a>"), markup aside.
   */
  relAuthors: { text: string; href: string | null; title: string | null; aside: boolean; order: number; kind: 'rel' | 'path'; joined: boolean }[];
  /**
   * The first `<h1>` and `<h2>` texts; `marked` when the heading's class names it the entry's
   * title (hAtom's `entry-title`, the themes' `post-title`); `shown`, when the heading sets a
   * kicker in its own element ("<span class=kicker>Covid-19</span><span class=sr-only>: </span>
   * Story"), is the headline without it and without text for screen readers only.
   */
  headings: { text: string; level: 1 | 2; order: number; marked: boolean; shown?: string }[];
  microdata: {
    authors: MicrodataAuthor[];
    published: { value: string; aside: boolean; order: number }[];
    modified: string[];
    headline: string | null;
  };
  times: TimeElement[];
  bylines: BylineElement[];
  /** Short text blocks that open with a byline cue ("By ...", "Par ...", "Von ..."). */
  byLines: { text: string; aside: boolean; order: number }[];
  /** Dek / standfirst elements. */
  deks: string[];
  /** Short text blocks outside asides that hold a year ("Veröffentlicht am 4. April 2019", "2019年4月4日"), for a last-resort date. */
  dateLines: { text: string; order: number }[];
  /**
   * A publication label in its own element and the date in the next one ("<p>Mise en
   * ligne</p><p>23 mai 2019</p>"), joined, kept inside asides too (a sidebar of the article's
   * own facts), with the aside marks of the date's block.
   */
  labelledDates: { text: string; aside: boolean; elsewhere: boolean }[];
  /**
   * What follows a wiki's "this page was last edited" notice ("Diese Seite wurde zuletzt am
   * 29. Januar 2020 … geändert", MediaWiki's footer in its translations), footers included:
   * the page's own last change, or null.
   */
  pageEdited: string | null;
  /** Short text blocks outside asides with a relative stamp ("vor 3 Stunden", "2 days ago", "3時間前"). */
  relativeLines: string[];
  /**
   * Credit lines that sign with a code ("Quelle: dpa", "Von: ab/dpa", "Quelle: Example
   * Radio/ls") outside asides, and datelines with one ("Hamburg (dpa/lno) – …") in the first
   * paragraphs under the headline: the code after the cue or in the brackets.
   */
  sourceLines: { code: string; order: number; dateline: boolean }[];
  /**
   * Names signed in brackets on a line of their own after the headline, as Japanese papers
   * close a story ("（山田太郎）", "（ワシントン＝山田太郎）", "（編集委員・山田太郎）"): the name.
   */
  signatures: string[];
  /**
   * A name that signs the article at its end in Latin script: a line of its own after a
   * dash under the last paragraph ("– Jane Doe"), or in brackets closing the last paragraph
   * ("… bleibt spannend. (Jane Doe)"). Only when no prose paragraph follows it (a name so
   * set mid-article is a quote's source or a caption's credit) and it is the only one (a
   * list's items each signed by a reader); null when none.
   */
  closingSignature: string | null;
  /**
   * The holder the page's last copyright line names under the headline, outside captions ("©
   * 2019 Jane Doe", "(c) Jane Doe • Weitere Rechte …" in a footer): a personal site's owner
   * when nothing else names an author. The line's text after its mark and year; null when none.
   */
  copyrightHolder: string | null;
}

/** Receives the pass's events for the article-body reader. */
export interface BodyListener {
  /** `fields`: the element's attributes as the scanner read them, valid during the call (the record is reused). */
  open(name: string, attributes: Record<string, string>, skipped: boolean, fields: ElementAttributes): void;
  /** `visible`: whether the run holds more than white space, when the scanner has tested it already (undefined when not). */
  text(text: string, skipped: boolean, visible?: boolean): void;
  close(name: string): void;
}

/** Elements whose text is never content. */
const SKIP_TEXT = new Set(['script', 'style', 'noscript', 'template', 'svg', 'math', 'iframe', 'select', 'option', 'textarea', 'button', 'object', 'canvas', 'head']);
const ASIDE_TAGS = new Set(['aside', 'nav', 'footer', 'menu']);
const BLOCK_TAGS = new Set([
  'p', 'div', 'li', 'ul', 'ol', 'dl', 'dt', 'dd', 'h1', 'h2', 'h3', 'h4', 'h5', 'h6', 'section', 'article', 'header', 'footer',
  'aside', 'nav', 'main', 'td', 'th', 'tr', 'table', 'blockquote', 'figure', 'figcaption', 'address', 'br', 'hr', 'pre', 'form',
]);

/** What a class/id label says about its element (bit flags). */
const BYLINE = 1;
const NOT_BYLINE = 2;
const ASIDE = 4;
const DEK = 8;
const DATE = 16;
/** Sidebar and navigation words: an aside unless the same label names the main column ({@link LAYOUT}). */
const SIDE = 32;
const LAYOUT = 64;
/** Pairs that keep an element in the article although a word of it reads as an aside. */
const KEEP = 128;
/** A list's label ("news-list-author"): the same template often renders the article itself. */
const LIST = 256;
/** A microformats h-card ("p-author h-card"): a person's card, not a bio box. */
const HCARD = 2048;
/** "teaser": an aside, unless paired with the words of the story's own lead or meta line ("teaser-text", "teaser_meta"). */
const TEASER = 512;
const TEASER_PART = 1024;
/** A heading's kicker ("Dachzeile", "roofline", "overline"): a label set over the headline, not part of it. */
const KICKER = 4096;
/** Text for screen readers only ("sr-only", "visually-hidden"): no reader sees it in the headline. */
const UNSEEN = 8192;
/** A comment section ("comments", "comment-list", "respond", Disqus): readers' posts, with their own dates. */
const COMMENTS = 16384;
/** A list of other stories ("related", "popular", "more-stories", teasers): their own dates. */
const STORIES = 32768;
const HEADING_TAGS = new Set(['h1', 'h2', 'h3', 'h4', 'h5', 'h6']);
/** Microdata types whose dates are their own: a reader's comment, a review, an event, an offer or a product. */
const FOREIGN_SCOPE = /comment|review|event|offer|product|rating|answer|question/;
/** Microdata date properties that name no publication: an event's, an offer's, a person's, an organisation's. */
const OTHER_DATE_PROP = /startdate|enddate|doortime|validfrom|validthrough|expires|birthdate|deathdate|foundingdate|dissolutiondate|availabilitystarts|availabilityends/i;
/** The site's masthead or top bar ("masthead", "top-bar", "site-header"): it prints the day the page is read, not the story's. */
const MASTHEAD = 65536;

const WORDS = new Map<string, number>();
/** Two-word labels, by their first word, then their second: no key string is built per word pair. */
const PAIRS = new Map<string, Map<string, number>>();
const setWords = (flag: number, words: string): void => {
  for (const word of words.split(' ')) {
    const plus = word.indexOf('+');
    if (plus < 0) {
      WORDS.set(word, (WORDS.get(word) ?? 0) | flag);
      continue;
    }
    const first = word.slice(0, plus);
    const second = word.slice(plus + 1);
    const seconds = PAIRS.get(first) ?? new Map<string, number>();
    seconds.set(second, (seconds.get(second) ?? 0) | flag);
    PAIRS.set(first, seconds);
  }
};
setWords(
  BYLINE,
  'byline bylines author authors authorname authorinfo writtenby contributor contributors reporter reporters writer writers credit credits byl by+line ' +
    // The same in other languages: Spanish/Portuguese/Czech/Polish, French, Italian, German, Indonesian, Turkish.
    'autor autores autora autorin autorka auteur auteurs autore autori verfasser firma periodista journaliste giornalista redactor penulis wartawan yazar muhabir',
);
// A picture's credit names its photographer or its licence ("media-license-author", "caption-author", "foto-autor").
setWords(NOT_BYLINE, 'license licence copyright caption figcaption foto fotos bild bildnachweis');
setWords(NOT_BYLINE, 'avatar image img photo bio biography about description desc follow social share more tab note comment comments reply replies card tooltip popover dropdown menu icon picture thumb thumbnail headshot feed box wrap container header listing listings list+item list+items');
setWords(LIST, 'list lists');
setWords(HCARD, 'h+card');
setWords(
  ASIDE,
  'comment comments commentlist respond disqus replies webmention webmentions related popular trending promo newsletter outbrain taboola breadcrumb breadcrumbs menu partner sponsored latest recommended recommendations most+read read+next more+from more+stories further+reading also+read may+like',
);
setWords(SIDE, 'sidebar widget widgets rail nav navigation side+bar');
// Blogs' replies sections too (IndieWeb "replies", "webmentions").
setWords(COMMENTS, 'comment comments commentlist respond disqus replies webmention webmentions');
setWords(STORIES, 'related popular trending recommended recommendations latest most+read read+next more+from more+stories further+reading also+read may+like teaser teasers');
// The links to the story before and after this one ("next-post", "previous-article"), each with its own date.
setWords(ASIDE | STORIES, 'next+post prev+post previous+post next+article prev+article previous+article next+story previous+story');
// Blocks of other stories named for what they list ("more-news", "other-articles", "top-stories").
setWords(ASIDE | STORIES, 'more+news more+articles more+posts other+news other+articles other+stories other+posts top+stories similar+articles similar+posts');
// A detail page's lead and meta line are often labelled "teaser" too ("detail-page__teaser-text",
// "teaser_text_meta"): they hold the story's date and byline, while other stories' teasers
// sit in lists and related blocks that say so.
setWords(TEASER, 'teaser teasers');
setWords(MASTHEAD, 'masthead topbar top+bar site+header');
/** Label words of a story's own part ("post-header", "entry-header", "article-header"): a header so labelled is the story's. */
const STORY_PART = /(?:^|[\s_-])(?:post|entry|article|story|content)(?:$|[\s_-])/i;
setWords(TEASER_PART, 'teaser+text teaser+meta');
setWords(ASIDE, 'footer');
// A footer of the article itself (WordPress's "entry-footer", "article-footer") holds its
// byline and date; "header-footer-group" names a colour scheme, not a footer.
setWords(KEEP, 'header+footer article+footer post+footer entry+footer');
// A layout class that names the page's main column or its parent ("one-sidebar main",
// "site-content content-area sidebar", "sticky-sidebar-parent", Blogger's "widget Blog",
// WordPress's "header-footer-group") says the layout has a sidebar, not that this is one.
setWords(LAYOUT, 'main content parent blog header with+navigation with+sidebar has+sidebar one+sidebar no+sidebar');
setWords(DEK, 'dek standfirst subtitle subheadline subheading subhead strapline deck excerpt sub+title sub+head article+summary summary+text lede+text intro+text');
setWords(KICKER, 'kicker dachzeile roofline topline toptitle overline eyebrow pretitle supertitle over+line top+line top+title roof+line pre+title super+title');
setWords(UNSEEN, 'visuallyhidden invisible aural offscreen sr+only visually+hidden screen+reader off+screen for+sr text+hide');
setWords(DATE, 'date dateline time timestamp published pubdate posted postdate entrydate byline meta post+date entry+date datum fecha data');

/** The most text of a framework's page data that is read (`__NEXT_DATA__`). */
const MAX_APP_DATA = 2_000_000;

const labelCache = new Map<string, number>();

/** `_`, `-` and white space split a label into words. */
const isLabelSeparator = (code: number): boolean => code === 95 || code === 45 || isWhiteSpaceCode(code);

/** Classifies a class/id label by its words ("c-byline__item" → byline), cached per label. */
function classify(label: string): number {
  const cached = labelCache.get(label);
  if (cached !== undefined) return cached;
  let flags = 0;
  const lower = label.toLowerCase();
  // Words are the runs between white space, `_` and `-`, read in one walk (no split array).
  let previous: Map<string, number> | undefined;
  let start = 0;
  for (let index = 0; index <= lower.length; index++) {
    if (index < lower.length && !isLabelSeparator(lower.charCodeAt(index))) continue;
    if (index > start) {
      const word = lower.slice(start, index);
      flags |= WORDS.get(word) ?? 0;
      if (word.startsWith('byline') || (word.startsWith('author') && !word.startsWith('authori'))) flags |= BYLINE;
      if (previous !== undefined) flags |= previous.get(word) ?? 0;
      previous = PAIRS.get(word);
    }
    start = index + 1;
  }
  if (flags & SIDE && !(flags & LAYOUT)) flags |= ASIDE;
  if (flags & TEASER && !(flags & TEASER_PART)) flags |= ASIDE;
  if (flags & KEEP) flags &= ~ASIDE;
  if (flags & HCARD) flags &= ~NOT_BYLINE;
  if (labelCache.size > 20000) labelCache.clear();
  labelCache.set(label, flags);
  return flags;
}
const BYLINE_CUE_WORDS =
  /^(?:(?:(?:written|posted|reported|words|story|text|published|compiled|reporting)\s+by|(?:texto|texte|testo|tekst|text)\s+(?:de|di|von|van|por|par)|écrit\s+par|propos\s+recueillis\s+par|escrito\s+por|scritto\s+da|publié\s+par|publicado\s+por|pubblicato\s+da|(?:veröffentlicht|eingestellt)\s+von|geplaatst\s+door|a\s+cura\s+di|skrevet\s+a[fv]|skriven\s+av|geschreven\s+door|kirjoittanut|(?:geschrieben|erstellt|verfasst)\s+von|imeandikwa\s+na|isinulat\s+ni|napisao|napisala|napsal|napsala|napísal|napísala|by|par|von|por|door|deur|di|av|af|oleh)(?:\s*[:\-–—])?\s+|(?:byline|autor(?:a|es|in|ka)?|autore|auteur|author|texto|texte|testo|text|tekst|teksti|текст|reportage|reporter(?:in)?|redakteur(?:in)?|journaliste|periodista|giornalista|penulis|wartawan|yazar|yazan|автор|аутор|redacción|redação|redazione|redakce|redakcia|szerző|szöveg|avtor|piše|forfatter|författare|kirjoittaja|mwandishi|haber|pewarta|reportagem|tác\s+giả|autors|autorius|(?:texto|texte|testo|text|tekst)\s(?:und|and|et|en|og|och|[&ey])\s(?:fotos?|photos?|bilder|fotografías?|fotografie|fotografia))\s*[:\-–—]\s*)/i;

/**
 * The cue words a byline line may open with, read at a position (sticky) after the rules,
 * bullets and white space before them ({@link startsWithCueWord}). As one `^[\s*•·–—-]*(?:…)`
 * pattern it tried every cue again at each shorter run of a template's indentation.
 */
const BYLINE_CUE_START =
  /(?:from|de|dal|dalla|do|da)\s+(?:our|notre|nuestr|nostr|noss)|byline|by|par|von|por|door|di|av|af|a\s+cura|publié|publicado|pubblicato|veröffentlicht|eingestellt|geplaatst|written|posted|reported|words|story|text|tekst|testo|published|compiled|reporting|autor|auteur|author|reportage|écrit|propos\s+recueillis|escrito|scritto|skrevet|skriven|geschreven|kirjoittanut|geschrieben|erstellt|verfasst|penulis|wartawan|yazar|yazan|reporter|redakteur|journaliste|periodista|giornalista|redacci|redaç|redazione|redakc|szerz|szöveg|piše|forfatter|författare|kirjoittaja|автор|текст|作者|著者|筆者|執筆|记者|記者|撰文|文\s*[:：/／＝]|(?:取材|構成)・文|文・写真|ライター|του|της|των|απ[όο]|γρ[άα]φ|بقلم|كتب|إعداد|اعداد/iy;

/** Rules, bullets and white space that may stand before a byline cue ("---- by Jane Doe"). */
const isCueLead = (code: number): boolean => code === 42 || code === 0x2022 || code === 0xb7 || code === 0x2013 || code === 0x2014 || code === 45 || isWhiteSpaceCode(code);

/**
 * Whether a block opens with a cue word after any rules, bullets and white space. No cue
 * word starts with one of those, so the cue can only start after all of them.
 */
function startsWithCueWord(text: string): boolean {
  let start = 0;
  while (start < text.length && isCueLead(text.charCodeAt(start))) start++;
  BYLINE_CUE_START.lastIndex = start;
  return BYLINE_CUE_START.test(text);
}
/**
 * Cues of scripts without capitals: "作者：张三", "记者 李四", "文＝中村真理子" ("Автор: Иван
 * Петров" is covered by the capital rule). The name after the cue is a short run of Han
 * letters (a Japanese one may end in kana, or be all katakana) that no more letters or a
 * sentence's comma or stop follow: "記者会見に臨む首相…" (a press conference) opens a caption,
 * not a credit. "文" (text) also begins ordinary words ("文化"), so it needs its separator,
 * and so do a magazine's credits for the parts of the work ("取材・文／…", "構成・文：…", "文・写真
 * …") and "ライター：…" (a writer; "ライター募集" is a call for writers).
 */
const HAN_CUE =
  /^(?:(?:作者|著者|筆者|執筆者?|记者|記者|撰文)[\s:：/／＝=]*|(?:(?:取材|構成)・)?文(?:・写真)?[\s:：/／＝=]+|ライター[\s:：/／＝=]+)(?:\p{Script=Han}{2,6}\p{Script=Hiragana}{0,3}|[\p{Script=Katakana}ー・]{2,15})(?![\p{Script=Han}\p{Script=Hiragana}\p{Script=Katakana}ー，。])/u;
/** A credit of four characters: "文" (text) and its separator before a two-letter name. */
const SHORT_HAN_CREDIT = /^文[:：/／＝=]\p{Script=Han}{2}$/u;
/**
 * A reporter's credit with the title after the name, alone on its line: Japanese and Chinese
 * "山田太郎記者", Korean "홍길동 기자", with the outlet in brackets before it as Korean wires
 * open a story ("(서울=연합뉴스) 홍길동 기자 = …", read up to the "="); Chinese wires put the
 * outlet first and the name last ("新华社记者张三").
 */
const TITLE_AFTER_NAME = /^(?:[[(（][^[\]()（）]{1,20}[\])）]\s?)?(?:\p{Script=Han}{2,5}\s?(?:記者|记者|特派員|特派员)(?:\p{Script=Han}{2,3})?|\p{Script=Hangul}{2,4}\s?(?:기자|특파원))(?=\s*(?:=|$))/u;
/**
 * A Korean story's opening credit in square brackets, the outlet before the name: "[한빛일보
 * 홍길동 기자] 시 관계자는 …" (general knowledge of Korean press style).
 */
const BRACKETED_HANGUL_CREDIT = /^\[(?:[^[\]\s]{1,12}\s)?\p{Script=Hangul}{2,4}\s?(?:기자|특파원)\]/u;
/**
 * A Taiwanese or Hong Kong story's opening credit in brackets: the outlet, "記者" and the
 * name, then where it is filed from: "〔記者王小明／台北報導〕" (reported from Taipei),
 * "（中央社記者王小明台北6日電）" (a wire's cable of the 6th). General knowledge of the press style.
 */
const FILED_HAN_CREDIT = /^[〔（(［[](\p{Script=Han}{0,6}?)(?:記者|记者)(\p{Script=Han}{2,3})[／/]\p{Script=Han}{1,8}(?:報導|报道|報道)[〕）)］\]]/u;
/** The wire's cable form, the place glued to the name ("王小明台北"): a name takes three letters when at least two are left for the place, else two. */
const CABLE_HAN_CREDIT = /^[〔（(［[](\p{Script=Han}{0,6}?)(?:記者|记者)(\p{Script=Han}{4,7})\d{1,2}日[電电][〕）)］\]]/u;
/** A reporter's e-mail address after the credit that signs a Korean story ("홍길동 기자 hong@example.co.kr"). */
const SIGNATURE_EMAIL = /^\s*[(<]?[\w.+-]{1,40}@[\w-]{1,40}\./;
/** {@link TITLE_AFTER_NAME} opening a longer line, the stamp after it ("김민수 기자 입력 2019.04.18 10:21"). */
const TITLE_AFTER_NAME_OPENING = /^(?:[(（][^()（）]{1,20}[)）]\s?)?(?:\p{Script=Han}{2,5}\s?(?:記者|记者|特派員|特派员)|\p{Script=Hangul}{2,4}\s?(?:기자|특파원))(?=\s|=|$)/u;

/**
 * The reporter's credit with the title after the name that opens a line ("김민수 기자 입력
 * 2019.04.18 10:21 수정 …", "山田太郎記者 2019年4月4日"), or null.
 *
 * @example
 * titledCreditOpening('김민수 기자 입력 2019.04.18 10:21') //=> '김민수 기자'
 */
export function titledCreditOpening(line: string): string | null {
  return TITLE_AFTER_NAME_OPENING.exec(line.slice(0, 60))?.[0] ?? null;
}

/** The Han cue words a field of a meta line may hold ({@link hanCreditField}): one native test per short block. */
const HAN_CREDIT_HINT = /作者|记者|記者|著者|筆者|撰文/;
const isFieldBar = (code: number): boolean => code === 124 || code === 0xff5c;

/**
 * The fields of a Chinese or Japanese meta line: the parts between bars (with the white space
 * around them), runs of two or more white-space characters, and ideographic spaces. One walk
 * over the line, each white-space run read once from its start (as a pattern, `\s*` before
 * the bar was tried again at every character of a long run).
 *
 * @example
 * metaLineFields('作者：陈静 | 发布时间：2019-04-04') //=> ['作者：陈静', '发布时间：2019-04-04']
 */
export function metaLineFields(line: string): string[] {
  const fields: string[] = [];
  let start = 0;
  let index = 0;
  const cut = (from: number, to: number): void => {
    fields.push(line.slice(start, from));
    start = to;
  };
  while (index < line.length) {
    const code = line.charCodeAt(index);
    if (isWhiteSpaceCode(code)) {
      let end = index + 1;
      while (end < line.length && isWhiteSpaceCode(line.charCodeAt(end))) end++;
      if (end < line.length && isFieldBar(line.charCodeAt(end))) {
        let after = end + 1;
        while (after < line.length && isWhiteSpaceCode(line.charCodeAt(after))) after++;
        cut(index, after);
        index = after;
      } else if (end - index >= 2) {
        cut(index, end);
        index = end;
      } else {
        if (code === 0x3000) cut(index, end);
        index = end;
      }
    } else if (isFieldBar(code) && (index === 0 || !isWhiteSpaceCode(line.charCodeAt(index - 1)))) {
      // A bar right after the white space an earlier break took is text.
      let after = index + 1;
      while (after < line.length && isWhiteSpaceCode(line.charCodeAt(after))) after++;
      cut(index, after);
      index = after;
    } else index++;
  }
  fields.push(line.slice(start));
  return fields;
}
/**
 * A single space, or a digit, before a Han field label and its colon starts a field too
 * (and so does a common label glued to the name before it, two elements' texts run together:
 * "作者：李明发布时间：…"; and a reporter's "记者 李明" inside a source's field: "来源：… 记者 李明"):
 * "发布时间：2019年04月04日 09:30 作者：李四 阅读：1234" sets its fields with one space each
 * (a colon-labelled field, Han or katakana as Japanese "カテゴリ：", is never part of a name, so
 * "记者 张三 李四" stays one field).
 */
const HAN_FIELD_LABEL_START =
  /(?<=[\s\d])(?=[\p{Script=Han}\p{Script=Katakana}ー]{1,6}[：:])|(?<=\p{Script=Han})(?=(?:发布|發布|发表|發表|更新|来源|來源|出处|出處|责任编辑|責任編輯|编辑|編輯|阅读|閱讀|浏览|瀏覽|点击|點擊|时间|時間|日期)\p{Script=Han}{0,2}[：:])|(?<=\s)(?=(?:记者|記者)\s?\p{Script=Han}{2,3}(?:\s|$))/u;
const labelledFields = (field: string): string[] => (field.length > 200 ? [field] : field.split(HAN_FIELD_LABEL_START));

/** A newspaper's own name before the reporter's title ("本报记者 张三": this paper's reporter). */
const OWN_PAPER = /^(?:本报|本報|本刊)/;

/**
 * The credit field of a Chinese or Japanese meta line, where a portal sets the date, the
 * source, the author and the editor side by side, parted by ideographic spaces or bars
 * ("2019-04-04 10:30 来源：新华社 作者：王晓明 责任编辑：李华",
 * "作者：陈静 | 发布时间：… | 阅读 1,234"): the field that opens with a Han cue and a name, or null.
 *
 * @example
 * hanCreditField('2019-04-04 10:30\u3000来源：新华社\u3000作者：王晓明\u3000责任编辑：李华') //=> '作者：王晓明'
 */
export function hanCreditField(line: string): string | null {
  for (const part of metaLineFields(line).slice(0, 12).flatMap(labelledFields)) {
    const field = part.trim();
    if (field.length >= 5 && field.length <= 40 && HAN_CUE.test(field.replace(OWN_PAPER, ''))) return collapseSpace(field);
  }
  return null;
}

/**
 * A closing signature in full-width or plain brackets: a name of three to six Han letters, or
 * two parted by "、", after an optional place or role and "＝" or "・" ("（ワシントン＝山田太郎）",
 * "（聞き手・山田太郎）", "（山田太郎、佐藤花子）"). Two-letter
 * words in brackets are notes ("（写真）", "（続く）" is kana): not read.
 */
const BRACKETED_SIGNATURE = /^\s*[（(](?:[\u3040-\u30ff\u3400-\u9fff]{1,10}[＝・])?([\u3400-\u9fff]{3,6}(?:、[\u3400-\u9fff]{3,6})?)[）)]\s*$/;
/** A Japanese story's opening credit in lenticular brackets, the place before the name: "【ワシントン＝佐藤健一】…". */
const BRACKETED_CREDIT = /^【[\u30a0-\u30ff\u3400-\u9fff]{1,10}[＝=][^【】＝=\s]{2,12}】/;
/**
 * A person's name as a signature sets it: two to four words, each capitalised (an initial
 * may stand between: "Jane P. Doe") or a family name's particle ("Anna von Berg").
 */
const SIGNED_NAME = /^\p{Lu}[\p{L}'’-]*(?: (?:\p{Lu}[\p{L}'’-]*\.?|von|van|de|der|den|da|di|del|du|le|la|zu)){1,3}$/u;
/** Inline elements that set a signature apart in italics or bold ("<em>Jane Doe</em>" under the last paragraph). */
const SET_APART_TAGS = new Set(['em', 'i', 'strong', 'b']);
/** A block's style that sets its text flush right, where a signature stands. */
const FLUSH_RIGHT = /text-align\s*:\s*right/i;
/** An en or em dash opening a signature line ("– Jane Doe", "&mdash; Jane Doe"). */
const SIGNATURE_DASH = /^\s*(?:[–—]|&[mn]dash;|&#821[12];)\s*/;

/** Whether a block ends with a sentence's stop, a closing quotation mark after it allowed. */
function endsSentence(raw: string): boolean {
  let end = raw.length;
  while (end > 0 && isWhiteSpaceCode(raw.charCodeAt(end - 1))) end--;
  if (end > 0 && '"”»’'.includes(raw.charAt(end - 1))) end--;
  return end > 0 && '.!?'.includes(raw.charAt(end - 1));
}

/**
 * Whether a text opening with a capital, right after an inline element's edge, is another
 * field glued to a byline line's name: "<span>By Jane Doe</span><span>Example News</span>"
 * reads "By Jane DoeExample News" without a break. Only in a short line that opens with a
 * byline cue, after a small letter.
 */
function gluedBylineField(block: string, text: string): boolean {
  return block.length > 0 && block.length < 80 && LOWER.test(block.charAt(block.length - 1)) && UPPER_START.test(text) && startsWithBylineCue(collapseSpace(decodeText(block)).trim());
}

/** The name of a dash line that signs an article ("– Jane Doe"), or null. */
function dashSignature(raw: string): string | null {
  const dash = SIGNATURE_DASH.exec(raw);
  if (dash === null) return null;
  const name = collapseSpace(decodeText(raw.slice(dash[0].length))).trim();
  return SIGNED_NAME.test(name) ? name : null;
}

/**
 * The name of a line set apart (in italics, bold or flush right) that signs an article
 * ("<em>Jane Doe</em>"), or null. Its first word must be a known given name: a line so set
 * may be a subhead or a label too ("Weitere Informationen").
 */
function setApartSignature(raw: string): string | null {
  const name = collapseSpace(decodeText(raw)).trim();
  return SIGNED_NAME.test(name) && isGivenName(name.slice(0, name.indexOf(' '))) ? name : null;
}

/**
 * The bracketed name that closes a paragraph after its last sentence ("… spannend. (Jane
 * Doe)", a trailing "+++" allowed), or null. Read from the last opening bracket only.
 */
function bracketSignature(ending: string): string | null {
  let end = ending.length;
  while (end > 0 && (isWhiteSpaceCode(ending.charCodeAt(end - 1)) || ending.charCodeAt(end - 1) === 43)) end--;
  if (end === 0 || ending.charCodeAt(end - 1) !== 41) return null;
  const open = ending.lastIndexOf('(', end - 1);
  if (open < 1) return null;
  let before = open;
  while (before > 0 && isWhiteSpaceCode(ending.charCodeAt(before - 1))) before--;
  // After a sentence's end, or a closing quotation mark: not a note inside a sentence.
  if (before === 0 || !'.!?"”»“«'.includes(ending.charAt(before - 1))) return null;
  const name = collapseSpace(decodeText(ending.slice(open + 1, end - 1))).trim();
  return SIGNED_NAME.test(name) ? name : null;
}

/** An author page: /author/jane-doe, /authors/, /by/, /autor/, /auteur/, /journalist/, /reporter/, /profile/... */
const AUTHOR_PATH = /\/(?:authors?|by|autor(?:es|en)?|auteurs?|journalists?|journaliste|reporters?|redakteur|periodistas?|columnists?|writers?|contributors?|staff|perfil)\/[^/?#\s]/i;

/**
 * A cue before the newsroom's own post, the name after it: "Von unserem Korrespondenten …",
 * "By our correspondent …", "De notre envoyée spéciale …", "Dal nostro inviato …".
 */
const OUR_STAFF_CUE = /^(?:von|by|from|de|del|dal|dalla|do|da)\s+(?:unserem|unserer|freiem|freier|our|notre|nuestro|nuestra|nostro|nostra|nosso|nossa)\s+\p{L}/iu;

/** Where a credit run into the lead ends: a colon, or a dash or bar set apart by spaces. */
const LEAD_CREDIT_END = /:\s| [–—|-] /u;

/**
 * The credit a lead paragraph opens with, set apart from the story by a colon or a dash
 * ("By Jane Doe: The council voted …", "Von Jane Doe – Der Rat …"), as blogs and small news
 * sites print the byline in the first paragraph: the credit ("By Jane Doe"), or null. A
 * sentence that opens with "By" ("By Tuesday, the council …") has no such mark within a
 * name's length.
 */
export function leadCredit(opening: string): string | null {
  if (!startsWithBylineCue(opening)) return null;
  const end = LEAD_CREDIT_END.exec(opening.slice(0, 60));
  if (end === null) return null;
  const credit = opening.slice(0, end.index).trim();
  return credit.length >= 5 ? credit : null;
}

/** Whether a line opens with a byline cue ("By", "Par", "Von", "Written by", "Autor:", "Του", "بقلم") followed by a capital or a CJK name. */
export function startsWithBylineCue(text: string): boolean {
  if (HAN_CUE.test(text)) return true;
  if (OUR_STAFF_CUE.test(text)) return true;
  if (startsWithScriptCue(text)) return true;
  const match = BYLINE_CUE_WORDS.exec(text);
  // A capital, or a name in a script without capitals ("Text by 石井 健太").
  return match !== null && /^[\p{Lu}\u3400-\u9fff\uac00-\ud7af]/u.test(text.slice(match[0].length));
}

/**
 * A credit after the name of the piece in the middle of a short line ("Blog Beitrag von Jane
 * Doe", "Ein Gastkommentar von …", "A guest post by …", "Un billet par …"): the nouns a word
 * may end in (German compounds end in the noun: "Gastbeitrag"), the nouns that must open
 * their word, and the cue with the capital after it, read where the white space after the noun
 * ends ({@link findWorkCredit}). As one unanchored pattern it was polynomial ("nb" repeated).
 */
const WORK_NOUN_ENDINGS = ['beitrag', 'artikel', 'bericht', 'kommentar', 'kolumne', 'analyse', 'reportage', 'glosse'];
const WORK_NOUNS = [
  'post', 'article', 'story', 'essay', 'column', 'artículo', 'articolo', 'artigo', 'billet', 'interview',
  // Kinds of piece a credit names in its line ("Opinion by …", "Une analyse de …", "Una crónica de …").
  'analysis', 'opinion', 'commentary', 'reportaje', 'crónica', 'chronique', 'tribune', 'análisis', 'analisi', 'commento', 'reportagem', 'opinião', 'opinión',
];
/** The cue words after a work noun ("Beitrag von", "story by"), once for both patterns below. */
const WORK_CUE_WORDS = 'von|by|par|por|di|door|de';
const WORK_CUE = new RegExp(`(?:${WORK_CUE_WORDS})\\s+\\p{Lu}`, 'iuy');
/** A letter ending the text before a noun that must open its word. */
const ENDS_IN_LETTER = /\p{L}$/u;

/** The start of the work noun that ends at `end` (a word's end), or -1. */
function workNounStart(text: string, end: number): number {
  for (const noun of WORK_NOUN_ENDINGS) {
    if (end >= noun.length && text.slice(end - noun.length, end).toLowerCase() === noun) return end - noun.length;
  }
  for (const noun of WORK_NOUNS) {
    const start = end - noun.length;
    if (start >= 0 && text.slice(start, end).toLowerCase() === noun && !ENDS_IN_LETTER.test(text.slice(Math.max(0, start - 2), start))) return start;
  }
  return -1;
}

/**
 * The first credit after a work noun in a short line, as `noun \s+ cue \s+ Capital`: where
 * its noun starts and where the white space before its cue starts, or null. One pass over
 * the words' ends; the cue is tried only where the next word opens with its first letter.
 */
function findWorkCredit(text: string): { noun: number; space: number } | null {
  for (let end = 1; end < text.length; end++) {
    if (!isWhiteSpaceCode(text.charCodeAt(end)) || isWhiteSpaceCode(text.charCodeAt(end - 1))) continue;
    let cue = end + 1;
    while (cue < text.length && isWhiteSpaceCode(text.charCodeAt(cue))) cue++;
    const letter = text.charCodeAt(cue) | 32;
    if (letter !== 118 && letter !== 98 && letter !== 112 && letter !== 100) continue;
    WORK_CUE.lastIndex = cue;
    if (!WORK_CUE.test(text)) continue;
    const noun = workNounStart(text, end);
    if (noun >= 0) return { noun, space: end };
  }
  return null;
}
/**
 * The credit in a short line that names the piece, then its author ("Ein Artikel von Jane Doe",
 * "Blog Beitrag von Jane Doe", "A guest post by …"): the text from the cue on, a French, Spanish
 * or Portuguese "de" read as "by" ("Une analyse de Jane Doe"), or null.
 *
 * @example
 * workCredit('Ein Artikel von Jane Doe') //=> 'von Jane Doe'
 */
export function workCredit(raw: string): string | null {
  const credit = findWorkCredit(raw);
  if (credit === null) return null;
  const nounStart = raw.lastIndexOf(' ', credit.noun) + 1;
  if (!WORK_PREFIX.test(raw.slice(0, nounStart))) return null;
  // ("de" opens no byline of its own: it reads as "by" here.)
  const text = collapseSpace(decodeText(raw.slice(credit.space))).replace(/^de(?=\s)/i, 'by');
  return text.length >= 5 && text.length < 100 && startsWithBylineCue(text) ? text : null;
}

/** What may stand before that noun: a few words ("Ein", "Blog", "A guest"). */
const WORK_PREFIX = /^[\p{L}\s-]{0,30}$/u;

/** A heading's class that names it the entry's title: hAtom's `entry-title`, blog themes' `post-title` / `post_title`, MediaWiki's `firstHeading`. */
const ENTRY_TITLE = /(?:^|\s)(?:entry-title|post-title|post_title|firstheading)(?:\s|$)/i;

/** The word "teaser" in a label, to read what else the label says. */
const TEASER_WORD = /(?<![a-z])teasers?(?![a-z])/gi;
/**
 * A year of this or the last century, standing alone or before a CJK year mark, also as
 * Japanese typesetting writes it: in full-width digits ("２０２３年") or by era ("令和5年", "平成元年").
 */
const YEAR = /(?<!\d)(?:19|20)\d{2}(?!\d)|(?<![\uff10-\uff19])(?:１９|２０)[\uff10-\uff19]{2}(?![\uff10-\uff19])|(?:令和|平成)[\d\uff10-\uff19元]/;
/** A byline cue alone in its element: "Autor:", "Von", "By", "Par", "Por", "Written by". */
const LONE_CUE =
  /^\s*(?:autor(?:in|a|es)?|authors?|auteure?|autore|autrice|verfasser(?:in)?|by|von|par|por|door|quellen?|source|fuente|fonte|(?:written|posted)\s+by|(?:geschrieben|verfasst)\s+von|escrito\s+por|écrit\s+par|scritto\s+da)(?:\s*:)?\s*$/i;
/**
 * A label noun alone in its cell, with no colon ("<dt>Author</dt><dd>…", "<th>Autor</th><td>…",
 * "<span>Auteur</span> <a>…</a>"): the cell's edge closes the label as a colon would.
 */
const LABEL_CUE = /^(?:autor(?:in|a|es)?|authors?|auteure?|autore|autrice|verfasser(?:in)?)$/i;
/**
 * A wiki's notice of the page's last change, before its date: MediaWiki's footer ("This page was
 * last edited on …") in its German, French, Spanish, Italian, Dutch and Portuguese wording.
 */
const PAGE_EDITED =
  /this page was last (?:edited|modified|updated)|diese seite wurde zuletzt|cette page a été modifiée pour la dernière fois|esta página (?:se editó|fue editada|fue modificada|foi editada|foi modificada) (?:por|pela) (?:última|ultima) vez|questa pagina è stata modificata per l'ultima volta|deze pagina is (?:voor het )?laatst (?:bewerkt|gewijzigd)/i;
/** Words of relative stamps ("ago", "vor", "il y a", "hace", "fa", "geleden", "前", "전", "yesterday"...). */
const RELATIVE_CUE = /(?<![a-z])(?:ago|vor|il y a|hace|há|fa|geleden|yesterday|gestern|hier|ayer|ontem|ieri|gisteren)(?![a-z])|[前전昨]/i;
/** The longest copyright line read for its holder: a footer's line, not a licence's paragraph. */
const MAX_COPYRIGHT_LINE = 100;
/**
 * A copyright line: its mark, an optional year or span, an optional "by", then the holder up to
 * a separator or the line's end ("© 2019 Jane Doe", "(c) Jane Doe • Weitere Rechte …").
 */
const COPYRIGHT_LINE = /^\s{0,8}(?:©|&copy;|\(c\)|copyright)\s{0,3}(?:(?:19|20)\d\d(?:\s?[-–]\s?(?:19|20)\d\d)?,?\s{0,3})?(?:by\s{1,3})?([^\s•|·,.:;<>©][^\s•|·,:;<>©]{0,30}(?: [^\s•|·,:;<>©]{1,30}){0,3})\s{0,3}(?:[•|·,.:;]|$)/i;
/** A copyright line's year is not the article's. */
const COPYRIGHT = /©|&copy;|copyright|\(c\)/i;

/** A work credit's cue word with white space on both sides, which `findWorkCredit` needs. */
const SPACED_WORK_CUE = new RegExp(`\\s(?:${WORK_CUE_WORDS})\\s`, 'i');
/** A separator `readCreditAfterDate` reads, or an entity that may spell one ("&middot;"). */
const SEPARATOR_OR_ENTITY = /[\u00b7|\u2022\u2013\u2014&]/;

/** A byline cue after a separator somewhere in a line (" | Von ", " · Por: ", " | By "): a cheap test before the credit is looked for. */
const SPACED_CUE = /\s[\u00b7|\u2022\u2013\u2014]\s+(?:by|von|par|por|door|di|av|af|autor|author|text)\b/i;

/** The prepositions a publication label may end with ("Veröffentlicht am", "Published on", "Publié le"). */
const LABEL_PREPOSITION = /^(?:am|on|le|el|em|il|op)$/i;

/** A block that is only a publication label ("Mise en ligne", "Veröffentlicht am:", "Published"). */
function isLonePublicationLabel(raw: string): boolean {
  const trimmed = collapseSpace(raw).trim();
  const text = trimmed.endsWith(':') ? trimmed.slice(0, -1).trimEnd() : trimmed;
  PUBLISHED_CUE.lastIndex = 0;
  if (!PUBLISHED_CUE.test(text)) return false;
  const rest = text.slice(PUBLISHED_CUE.lastIndex).trim();
  return rest.length === 0 || LABEL_PREPOSITION.test(rest);
}

/** A photo credit's label opening a line ("Fotos: …", "Photo: …", "Bild: …", "Photographie : …"). */
const PHOTO_LABEL = /^\s*(?:fotos?|photos?|photographs?|photographie|photographies|fotografías?|fotografie|fotografia|bilder?|images?|pictures?)\s?:/i;

/** A section's name heading a meta line: one to three words of letters, no sentence ("Politik", "Local News", "Ciclismo"). */
const SECTION_LABEL = /^\s*\p{L}[\p{L}&'’.-]*(?: \p{L}[\p{L}&'’.-]*){0,2}\s*$/u;
const isSectionLabel = (text: string): boolean => text.length <= 40 && SECTION_LABEL.test(text);

/** What separates a date from a byline in one line: "·", "|", "•", "–", "—" (spaced). */
const isCreditSeparator = (code: number): boolean => code === 0xb7 || code === 124 || code === 0x2022 || code === 0x2013 || code === 0x2014;

/**
 * A byline after the date in one line ("3. Juni 2024, 14:12 Uhr · Von Jane Doe", "June 3,
 * 2024 | By Jane Doe", "vor 3 Stunden · Von Jane Doe"): the credit from its cue on, as if it opened the line, after the first
 * spaced separator with a cue word after it and a year (not a copyright's) before it; or null.
 *
 * @example
 * creditAfterDate('3. Juni 2024, 14:12 Uhr · Von Jane Doe, Passau') //=> 'Von Jane Doe, Passau'
 */
export function creditAfterDate(line: string): string | null {
  for (let index = 1; index < line.length - 1; index++) {
    if (!isCreditSeparator(line.charCodeAt(index)) || !isWhiteSpaceCode(line.charCodeAt(index - 1)) || !isWhiteSpaceCode(line.charCodeAt(index + 1))) continue;
    const text = collapseSpace(line.slice(index + 1));
    if (text.length < 5 || text.length >= 150 || !startsWithBylineCue(text)) continue;
    const before = line.slice(0, index);
    // A photo credit may come first too ("Fotos: Peter Berg | Text: Anna Schmidt"), or the
    // section's name at the head of a meta line ("Politik | Von Anna Schmidt | 03.06.2024").
    if (PHOTO_LABEL.test(before) && !before.includes(':', before.indexOf(':') + 1)) return text;
    if (isSectionLabel(before)) return text;
    // A relative stamp before it ("vor 3 Stunden · Von Jane Doe", "2 hours ago | By Jane Doe").
    if (relativeStampIn(before) !== null) return text;
    return YEAR.test(before) && !COPYRIGHT.test(before) ? text : null;
  }
  return creditAfterStamp(line);
}

/** A blog template's stamp cue opening a line ("Posted on …", "Geplaatst op …", "Pubblicato il …", "Geschrieben am …"). */
const STAMP_OPENER = /^\s*(?:posted|published|written|veröffentlicht|erschienen|eingestellt|geschrieben|verfasst|publié|écrit|pubblicato|scritto|publicado|escrito|geplaatst|gepubliceerd|geschreven)\s/i;
/** Inline elements a byline sets its fields in ("<span>By Jane Doe</span><span>Reporter</span>"). */
const INLINE_FIELD_TAGS = new Set(['span', 'strong', 'b', 'em', 'i', 'small']);
/** A text run opening with a capital. */
const UPPER_START = /^\p{Lu}/u;
/** A small letter (tested on a capture's last character). */
const LOWER = /\p{Ll}/u;
/** A text after its last digit: what a line printed since its previous date or time. */
function sinceLastDigit(text: string): string {
  let index = text.length;
  while (index > 0 && !isDigitCode(text.charCodeAt(index - 1))) index--;
  return text.slice(index);
}
const isDigitCode = (code: number): boolean => code >= 48 && code <= 57;

/**
 * Whether a date element's text labels its date as the last change before the date and names
 * no publication ("Updated June 7, 2023", "Zuletzt aktualisiert: 07.06.2023" beside a
 * "Published …" element of the same class).
 */
function changeBeforeDate(text: string): boolean {
  let digit = 0;
  while (digit < text.length && digit < 40 && !isDigitCode(text.charCodeAt(digit))) digit++;
  return UPDATE_CUE.test(text.slice(0, digit)) && !PUBLICATION_ANYWHERE.test(text);
}
/** {@link PUBLISHED_CUE} found anywhere in a text (it is sticky: tested where it stands). */
const PUBLICATION_ANYWHERE = new RegExp(PUBLISHED_CUE.source, 'i');

/** A value that opens with an ISO day ("2024-06-03", "2024-06-03T10:00:00Z"). */
const ISO_DAY_START = /^\s*\d{4}-\d{2}-\d{2}(?!\d)/;

/**
 * A date element's title as its datetime: an ISO stamp as it stands, a short written or dotted
 * date ("3 June 2024, 10:15", "Montag, 3. Juni 2024", "03.06.2024 10:15") when the date reader
 * reads it; else none (a slash date's order depends on the page's language).
 */
function dateInTitle(title: string): string | undefined {
  if (ISO_DAY_START.test(title)) return title;
  // Slashes are read by the page's language later, which a title read here does not know.
  if (title.length > 80 || title.includes('/') || !YEAR.test(title)) return undefined;
  return normalizeDate(decodeAttribute(title)) ?? undefined;
}
/** Two or more white-space characters: in a template's source, the gap between elements. */
const WIDE_GAP = /\s{2,}/;
/** What may stand between a date and the credit after it: a time of day, punctuation. */
const GAP_TIME = /^(?:(?:at|um|à|a las|alle|om|às) )?\d{1,2}[:.h]\d{2}(?: ?(?:uhr|h|[ap]m|[ap]\.m))?$/i;
const GAP_EDGE = /[\s,.:]/;
/** Whether the text between a date and the credit after it is only punctuation, or a time of day. */
function onlyTimeBetween(text: string): boolean {
  const gap = collapseSpace(trimEndChars(trimStartChars(text, GAP_EDGE), GAP_EDGE));
  return gap.length === 0 || GAP_TIME.test(gap);
}
/** Words that may open a date line before the day: "Am 5. März", "On March 5", "Le 5 mars". */
const DAY_PREPOSITION = /^(?:am|on|le|el|il|op|em|den)$/i;

/** Whether a line opens with a date: a digit, or a month's or weekday's name, after an optional preposition. */
function opensWithDay(line: string): boolean {
  const trimmed = line.trim();
  const stamp = parseStamp(trimmed);
  if (stamp === null) return false;
  if (stamp.start === 0) return true;
  const words = trimmed.split(/\s+/, 1);
  return DAY_PREPOSITION.test(words[0] ?? '') && stamp.start <= (words[0]?.length ?? 0) + 1;
}

/** The cue word after the stamp's date, before a capital. */
const CUE_AFTER_STAMP = /\s(by|von|par|da|di|por|door)\s+(?=\p{Lu})/u;

/**
 * The credit after the date of a blog's stamp line, with no separator between them: "Posted
 * on April 4, 2019 by Jane Doe", "Geplaatst op 4 april 2019 door Anna de Boer", "Pubblicato il
 * 4 aprile 2019 da Marco Rossi" (WordPress themes' line in every language). The cue must follow
 * the year closely; Italian "da" is read as "di".
 */
function creditAfterStamp(line: string): string | null {
  const opener = STAMP_OPENER.test(line);
  if (!opener && !(line.length < 100 && opensWithDay(line))) return null;
  const year = YEAR.exec(line);
  if (year === null) return null;
  const rest = line.slice(year.index + 4, year.index + 200);
  const cue = CUE_AFTER_STAMP.exec(rest);
  if (cue === null || cue.index > 40) return null;
  // Without the stamp's cue word the line is only a date and a credit: at most a time of day
  // between them ("5. März 2024 von Jane Doe", "March 5, 2024 at 8:15 am by Jane Doe"), not a
  // sentence that mentions a day ("Am 5. März 2024 wurde von … berichtet").
  if (!opener && !onlyTimeBetween(rest.slice(0, cue.index))) return null;
  // A template's wide gap ends the name: what follows is another element ("von Jane Doe   <span
  // class=sr-only>Example Magazine</span>").
  const tail = rest.slice(cue.index + cue[0].length);
  const gap = tail.search(WIDE_GAP);
  const text = collapseSpace(`${cue[1]!.toLowerCase() === 'da' ? 'di' : cue[1]} ${gap >= 0 ? tail.slice(0, gap) : tail}`);
  return text.length >= 5 && text.length < 150 && startsWithBylineCue(text) ? text : null;
}

/**
 * The opening words of a long block up to a separator (" | ", " – ", " - ") within its first 60
 * characters, or its opening bracket when one closes within 40 ("(21. November 2022) Die …", as
 * a press release dates its first paragraph), or ''.
 */
function leadBeforeSeparator(text: string): string {
  const head = text.slice(0, 60);
  const match = / [|–—-] /.exec(head);
  if (match) return text.slice(0, match.index);
  let start = 0;
  while (start < head.length && isWhiteSpaceCode(head.charCodeAt(start))) start++;
  if (head.charCodeAt(start) !== 40) return '';
  const close = head.indexOf(')', start);
  return close > start && close - start <= 40 ? head.slice(start, close + 1) : '';
}

const CAP = 300;
/** Captures (headings, bylines, times...) open at once; real pages nest a handful. */
const MAX_OPEN_CAPTURES = 64;

const HEAD_TAGS = new Set(['html', 'meta', 'link', 'base', 'script', 'time', 'body']);
/**
 * The attributes the pass and the body reader read (as written: other spellings are not
 * read), and the elements whose attributes are all kept and lower-cased by
 * {@link lowerCaseKeys}. Keep this in step with every `attributes.x` read here and in the
 * {@link BodyListener}s.
 */
const ATTRIBUTES: AttributeFilter = {
  names: new Set([
    'class', 'id', 'data-testid', 'href', 'rel', 'title', 'type', 'name', 'property', 'http-equiv', 'content', 'lang', 'xml:lang',
    'itemprop', 'itemscope', 'itemtype', 'datetime', 'pubdate', 'style', 'hidden', 'aria-hidden', 'role',
  ]),
  allOn: HEAD_TAGS,
};
/** Elements of a page's head (and its root): they do not open the body. */
const HEAD_ONLY = new Set(['html', 'head', 'title', 'meta', 'link', 'base', 'script', 'style', 'noscript', 'template']);

/** What the tag sets say of a tag name, as bit flags: one lookup per element instead of one per set. */
const IN_HEAD_TAGS = 1;
const IN_HEAD_ONLY = 2;
const IN_BLOCK_TAGS = 4;
const IN_SKIP_TEXT = 8;
const IN_ASIDE_TAGS = 16;
const IN_HEADING_TAGS = 32;
const IN_SET_APART_TAGS = 64;
const IN_INLINE_FIELD_TAGS = 128;
const TAG_FLAGS = new Map<string, number>();
for (const [flag, names] of [
  [IN_HEAD_TAGS, HEAD_TAGS], [IN_HEAD_ONLY, HEAD_ONLY], [IN_BLOCK_TAGS, BLOCK_TAGS], [IN_SKIP_TEXT, SKIP_TEXT], [IN_ASIDE_TAGS, ASIDE_TAGS],
  [IN_HEADING_TAGS, HEADING_TAGS], [IN_SET_APART_TAGS, SET_APART_TAGS], [IN_INLINE_FIELD_TAGS, INLINE_FIELD_TAGS],
] as const) {
  for (const name of names) TAG_FLAGS.set(name, (TAG_FLAGS.get(name) ?? 0) | flag);
}

function lowerCaseKeys(attributes: Record<string, string>): Record<string, string> {
  let upper = false;
  for (const key in attributes) {
    if (key !== key.toLowerCase()) {
      upper = true;
      break;
    }
  }
  if (!upper) return attributes;
  const out: Record<string, string> = {};
  for (const key in attributes) out[key.toLowerCase()] = attributes[key]!;
  return out;
}

/** Attribute values and text arrive raw (entity decoding is done only for what is kept). */
const decodeAttribute = (value: string): string => (value.includes('&') ? decodeHTMLAttribute(value) : value);
const decodeText = (value: string): string => (value.includes('&') ? decodeHTML(value) : value);

/**
 * Elements whose bodies no field uses; the feeder hands the parser their tags only. An end
 * tag is its name and then white space, `/` or `>`: it ends at the first `>` after, whatever
 * stands between ("</svg⏎</span>" closes the svg as browsers read it; asking for `\s*>` right
 * after the name skipped the rest of the page): {@link findCloser} finds it. In the order a
 * pattern's alternation would try them.
 */
const SKIPPED_BODIES = ['script', 'style', 'svg', 'noscript', 'template'];

/** A comment opener (`tag` null) or the opening `<name` of a skipped element, lower-cased; `end` is after the name. */
interface Opener {
  index: number;
  end: number;
  tag: string | null;
}

/**
 * Where the end tag of a skipped `tag` starts at or after `from`, or -1: `</`, the name in any
 * case, then white space, `/` or `>`, as `/<\/tag[\s/>]/gi` finds it, from one `indexOf('</')`
 * to the next (the case-blind pattern walked every character of a page's inline scripts).
 */
export function findCloser(html: string, tag: string, from: number): number {
  for (let index = html.indexOf('</', from); index !== -1; index = html.indexOf('</', index + 2)) {
    if (!hasNameAt(html, index + 2, tag)) continue;
    const next = html.charCodeAt(index + 2 + tag.length);
    if (next === 47 || next === 62 || isWhiteSpaceCode(next)) return index;
  }
  return -1;
}

/** Whether `html` holds `name` (lower-case ASCII letters) at `at`, in any case. */
function hasNameAt(html: string, at: number, name: string): boolean {
  for (let offset = 0; offset < name.length; offset++) if ((html.charCodeAt(at + offset) | 32) !== name.charCodeAt(offset)) return false;
  return true;
}

/** A letter, digit or `_` (what ends a `\b` word). */
const isWordCode = (code: number): boolean => (code >= 48 && code <= 57) || ((code | 32) >= 97 && (code | 32) <= 122) || code === 95;

/**
 * The first `<!--` or `<script`, `<style`, `<svg`, `<noscript`, `<template` (any case, whole
 * name) at or after `from`, as `/<!--|<(script|style|svg|noscript|template)\b/gi` finds it,
 * from one `indexOf('<')` to the next: the pattern walked every character of the page.
 */
function findOpener(html: string, from: number): Opener | null {
  for (let index = html.indexOf('<', from); index !== -1; index = html.indexOf('<', index + 1)) {
    const next = html.charCodeAt(index + 1);
    if (next === 33) {
      if (html.startsWith('--', index + 2)) return { index, end: index + 4, tag: null };
      continue;
    }
    const letter = next | 32;
    if (letter !== 115 && letter !== 110 && letter !== 116) continue;
    for (const tag of SKIPPED_BODIES) {
      if (hasNameAt(html, index + 1, tag) && !isWordCode(html.charCodeAt(index + 1 + tag.length))) return { index, end: index + 1 + tag.length, tag };
    }
  }
  return null;
}

/**
 * Feeds the page to the parser, leaving out what no field uses: the bodies of `<script>`
 * (except JSON-LD), `<style>`, `<svg>`, `<noscript>` and `<template>`, and comments.
 * htmlparser2 reads script and style bodies as raw text up to their end tag and the
 * scanner ignores the text of the others, so skipping them changes no event the scanner
 * uses, and it more than halves the bytes the tokenizer walks on a typical news page.
 * The body of Next.js's page data (`<script id="__NEXT_DATA__">`) goes to `onAppData` as
 * it stands, without the tokenizer's walk.
 */
export function feed(parser: Parser, html: string, onAppData?: (text: string) => void): void {
  // The opener's tag is found by name only and its end with indexOf: a `[^>]*>` in the
  // pattern rescanned the rest of the page from every "<script" when no ">" follows.
  let position = 0;
  let from = 0;
  let match: Opener | null;
  while ((match = findOpener(html, from)) !== null) {
    if (match.tag === null) {
      const end = html.indexOf('-->', match.index + 4);
      parser.write(html.slice(position, match.index));
      position = end === -1 ? html.length : end + 3;
      from = position;
      continue;
    }
    const tagEnd = html.indexOf('>', match.end);
    // No ">" anywhere after: no later tag can end either, the parser reads the rest as is.
    if (tagEnd === -1) break;
    const openEnd = tagEnd + 1;
    const tag = match.tag;
    // A self-closed <svg/> has no body to skip.
    if (html.charCodeAt(openEnd - 2) === 47) {
      from = openEnd;
      continue;
    }
    const close = findCloser(html, tag, openEnd);
    const bodyEnd = close !== -1 ? close : html.length;
    const opener = tag === 'script' ? html.slice(match.index, openEnd) : '';
    const keep = tag === 'script' && /ld\+json/i.test(opener);
    if (onAppData !== undefined && tag === 'script' && opener.includes('__NEXT_DATA__')) onAppData(html.slice(openEnd, bodyEnd));
    parser.write(html.slice(position, keep ? bodyEnd : openEnd));
    position = bodyEnd;
    // The parser reads the end tag from its name to its `>`; the next opener is looked for after it.
    const closeEnd = close !== -1 ? html.indexOf('>', close) : -1;
    from = closeEnd === -1 ? html.length : closeEnd + 1;
  }
  parser.write(html.slice(position));
  parser.end();
}

/** An open heading's capture and the [start, end) pairs of its kicker and screen-reader parts. */
interface HeadingParts {
  capture: { text: string };
  cuts: number[];
  kicker: boolean;
}

/** What may stand between a kicker and the headline ("Kicker: Story", "Kicker – Story"). */
const HEADING_LEAD = /[\s:|·•–—-]/;

/**
 * One open element of the pass. Every field is set when the frame is made ({@link openFrame}),
 * even those only a few elements use: frames that grew a field when a rule first applied took
 * a dozen shapes, and the close handler's reads of them went through V8's slow
 * (megamorphic) property lookup on every end tag.
 */
interface Frame {
  name: string;
  skip: boolean;
  aside: boolean;
  /** The element opens a microdata item (`itemscope`). */
  scope: boolean;
  /** Open captures that end with this element. */
  onClose: (() => void) | null;
  /** The aside depth a `<main>` set aside on opening, restored when it closes. */
  outerAside: number | undefined;
  /** The element opens a comment section ({@link COMMENTS}). */
  comment: boolean;
  /** The element opens a list of other stories ({@link STORIES}). */
  stories: boolean;
  /** A byline element: text glued right after it, inside an outer byline element, is another field. */
  field: boolean;
  /** A `<figcaption>`: a name in brackets there credits a picture. */
  caption: boolean;
  /** Sets its text apart as a signature is: italics, bold, or flush right ({@link SET_APART_TAGS}, {@link FLUSH_RIGHT}). */
  setApart: boolean;
  /** Labelled as text for screen readers only ({@link UNSEEN}): the body reader gets it as skipped. */
  unseen: boolean;
  /** An aside only by the word "teaser" ({@link TEASER}): its number, to take it back if it holds the headline. */
  teaser: number | undefined;
}

/** A frame for an element just opened, nothing set yet (one shape for all: see {@link Frame}). */
function openFrame(name: string): Frame {
  return { name, skip: false, aside: false, scope: false, onClose: null, outerAside: undefined, comment: false, stories: false, field: false, caption: false, setApart: false, unseen: false, teaser: undefined };
}

/** Elements a heading of other stories may stand in without making them a list of stories: the page, its main column, the article. */
const STORY_FRAMES = new Set(['html', 'body', 'main', 'article']);

/** A tag that starts a new line: `<br>`, or a block (`<p>`, `<li>`, `<div>`…) opening or closing. */
const LINE_BREAKING_TAG = /<\/?(?:br|p|li|div|tr|td|th|dt|dd|ul|ol|h[1-6]|article|section|header|footer|aside|nav|table)(?=[\s/>])/i;

/** The words that join two names in a byline, in the languages the package reads. */
const NAME_JOINS = new Set(['and', 'und', 'et', 'y', 'e', 'en', 'og', 'och', 'i', 'a', 've', 'и', '和', '与', 'と', '및', '&', '&amp;']);

/**
 * Whether only markup, separators (commas, bars, dots) and at most one joining word stand in
 * `html` between `from` and `to`: two author links side by side in one byline. Reads at most
 * 200 characters.
 */
function joinsLinks(html: string, from: number, to: number): boolean {
  if (to < from || to - from > 200) return false;
  const between = html.slice(from, to);
  // A line break or a block between the links lists them one per line (recent posts, a menu).
  if (LINE_BREAKING_TAG.test(between)) return false;
  const words = between
    .replace(/<[^<>]*>/g, ' ')
    .replace(/&nbsp;|&#160;|[\s,;|·•/]+/g, ' ')
    .trim()
    .split(' ')
    .filter(Boolean);
  return words.length === 0 || (words.length === 1 && NAME_JOINS.has(words[0]!.toLowerCase()));
}

/**
 * Runs the pass. `listener` (optional) receives the same open/text/close events.
 */
export function scanPage(html: string, listener?: BodyListener): PageScan {
  const scan: PageScan = {
    lang: null,
    title: '',
    base: null,
    metas: [],
    jsonLd: [],
    appData: [],
    canonical: null,
    feedTitles: [],
    authorLinks: [],
    relAuthors: [],
    headings: [],
    microdata: { authors: [], published: [], modified: [], headline: null },
    times: [],
    bylines: [],
    byLines: [],
    deks: [],
    dateLines: [],
    labelledDates: [],
    pageEdited: null,
    relativeLines: [],
    sourceLines: [],
    signatures: [],
    closingSignature: null,
    copyrightHolder: null,
  };
  const stack: Frame[] = [];
  /** Types of the open microdata items, innermost last. */
  const scopes: string[] = [];
  let skipDepth = 0;
  /** The open <head>, while it is the only element whose text is skipped. */
  let openHead: Frame | null = null;
  let asideDepth = 0;
  /** Open comment sections (each also an aside). */
  let commentDepth = 0;
  /** Open lists of other stories (each also an aside). */
  let storiesDepth = 0;
  let order = 0;
  /** Where the last author link's closing tag ended in `html` ({@link joinsLinks}), or -1. */
  let lastAuthorLinkEnd = -1;
  let markedSeen = 0;
  /** Headings read past the cap for a kicker set apart. */
  let lateHeadings = 0;
  /** The body's content has begun: a <body> tag, or the first element or text that belongs in no <head>. */
  let seenBody = false;
  let bodyTag = false;

  // Text captures: each open capture collects text until its element closes.
  interface Capture {
    text: string;
    /** In `captures` (a capture opened past {@link MAX_OPEN_CAPTURES} is not). */
    open: boolean;
    /**
     * Mark block boundaries with " | ": a byline block often puts the name and the job
     * title in separate elements ("<a>Jane Doe</a><div>Games Editor</div>"), and joined
     * by a space they would read as one name.
     */
    breaks?: boolean;
  }
  const captures: Capture[] = [];
  let breakingCaptures = 0;
  const markBreak = (): void => {
    for (const capture of captures) {
      if (!capture.breaks || capture.text.length >= CAP * 2) continue;
      const trimmed = capture.text.trimEnd();
      if (trimmed.length > 0 && !trimmed.endsWith('|')) capture.text = `${trimmed} | `;
    }
  };
  /**
   * A line break or a block inside a captured element (a headline set over two lines, "Neuer
   * Park<br>am Fluss") parts words as a space would: the captures that mark no breaks get one.
   */
  const spaceCaptures = (): void => {
    for (const capture of captures) {
      if (capture.breaks || capture.text.length === 0 || capture.text.length >= CAP * 2) continue;
      if (!isWhiteSpaceCode(capture.text.charCodeAt(capture.text.length - 1))) capture.text += ' ';
    }
  };
  /** A byline element closed inside another byline capture: the next text may be glued to it. */
  let fieldClosed = false;
  /** An inline element opened or closed inside a byline capture: a capital glued to the last small letter before it starts another field. */
  let inlineEdge = false;
  /** An inline element opened or closed in the block: the same, for a byline line the page marks as nothing ({@link gluedBylineField}). */
  let blockEdge = false;
  /**
   * Marks a break in the breaking captures whose text ends in a small letter, before a text
   * that opens with a capital: "<span>By Jane Doe</span><span>Business reporter</span>" reads
   * "Jane DoeBusiness reporter" without it. A date glued to a headline is left alone.
   */
  const markCaseGlued = (): void => {
    for (const capture of captures) {
      if (capture.breaks && capture.text.length < CAP * 2 && LOWER.test(capture.text.charAt(capture.text.length - 1))) capture.text += ' | ';
    }
  };
  /** Marks a break in the breaking captures whose text ends in a letter or digit (glued to what follows). */
  const markGlued = (): void => {
    for (const capture of captures) {
      if (capture.breaks && capture.text.length < CAP * 2 && isLetterOrDigitCode(capture.text.charCodeAt(capture.text.length - 1))) capture.text += ' | ';
    }
  };
  let titleCapture: Capture | null = null;
  let inTitle = false;
  let jsonLdCapture: string | null = null;

  // Microdata author scope: the nested `name` property, if any.
  let authorScope: { name: string | null; url: string | null; capture: Capture; organization: boolean; aside: boolean; order: number } | null = null;

  // Short text blocks (for "By ..." lines).
  let block = '';
  let blocksSeen = 0;
  /** The block holds more than white space (read run by run: the joined block is slow to walk). */
  let blockVisible = false;
  /** The last characters of a block past its cap: where a paragraph's closing signature stands. */
  let blockTail = '';
  /** The block holds visible text outside links (a menu entry or another story's teaser holds none). */
  let blockUnlinked = false;
  /** Open links, and open list items. */
  let linkDepth = 0;
  let itemDepth = 0;
  /** Open figure captions. */
  let captionDepth = 0;
  /** Open elements that set their text apart as a signature ({@link Frame.setApart}). */
  let setApartDepth = 0;
  /** The block holds visible text outside such elements: a line of prose, no signature set apart. */
  let blockPlain = false;
  /** Open elements for screen readers only ("sr-only", "visually-hidden"): no reader sees their text in the body. */
  let unseenDepth = 0;
  /**
   * Open asides that are one only by the word "teaser", by number: a detail page may wrap its own
   * headline block so ("<figure class=teaser>" with the date, the <h1> and the lead); when one
   * <h1> of the page, and only one, stands in such wrappers alone, their dates are the article's.
   */
  const teasers: number[] = [];
  let teasersOpened = 0;
  let headlineTeasers: Set<number> | null = null;
  /** <h1>s read inside teaser wrappers alone: only one may be the page's own (a listing may give each teaser one). */
  let teaserHeadlines = 0;
  /** The innermost teaser wrapper when every open aside is one, else undefined. */
  const onlyTeaser = (): number | undefined => (asideDepth > 0 && asideDepth === teasers.length ? teasers[teasers.length - 1] : undefined);
  /** The last visible block outside asides under the headline was a prose paragraph. */
  let afterProse = false;
  /** A closing signature read, kept unless a prose paragraph follows it ({@link PageScan.closingSignature}). */
  let closing: string | null = null;
  /** The closing signature is a name set apart: a sentence after it (an interview's answer under its speaker) drops it too. */
  let closingApart = false;
  /** A sentence was read under the headline: a name set apart after it may sign the article. */
  let proseSeen = false;
  /** Signature lines read under the headline: more than one credits the items of a list ("– Jan, 8"), not the article. */
  let signed = 0;
  /** A byline cue that stood alone in its block, waiting for the name in the next one. */
  let pendingCue: string | null = null;
  /** The last visible block was a change's label alone ("Updated", "Zuletzt geändert:"). */
  let afterChangeLabel = false;
  /** A publication label that stood alone in its block, waiting for the date in the next one. */
  let pendingDateCue: string | null = null;
  /** The first <h1> has closed: date lines after it are the headline's. */
  let headlineSeen = false;
  /** The open <h1>/<h2>: where its kicker and its screen-reader text stand in its captured text. */
  let heading: HeadingParts | null = null;
  /**
   * The heading whose kicker element just closed: "<span class=kicker>Baking</span><span>Story</span>"
   * is set apart by a style sheet, so its text must be too ("Baking Story", not "BakingStory").
   */
  let kickerClosed: HeadingParts | null = null;
  /** Paragraphs under the headline still to be read for a dateline's credit code ("Hamburg (dpa/lno) – …"). */
  let leadsToRead = 4;
  /** Date lines before the first <h1>: the page's first few, and the last few (just above the headline). */
  const linesBefore: PageScan['dateLines'] = [];
  const recentBefore: PageScan['dateLines'] = [];
  const flushBlock = (): void => {
    if (block.length === 0) return;
    const raw = block;
    const visible = blockVisible;
    const tail = blockTail;
    const unlinked = blockUnlinked;
    const plain = blockPlain;
    block = '';
    blockVisible = false;
    blockTail = '';
    blockUnlinked = false;
    blockPlain = false;
    blocksSeen++;
    // Most blocks of an indented template are white space between tags: no reader below can
    // match one, but a long one still counts as a lead paragraph read (as it always has).
    if (!visible) {
      if (asideDepth === 0 && scan.sourceLines.length < 6 && headlineSeen && leadsToRead > 0 && raw.length >= 60) leadsToRead--;
      return;
    }
    // A long block counts by its opening words when a separator closes them ("Pressemitteilung
    // vom 25. Januar 2022 | Berlin – ...", "29.11.2022 – Die Branche ..."), not by a date in its prose.
    const head = raw.length < 160 ? raw : leadBeforeSeparator(raw);
    // Whether the block holds a year ({@link YEAR}), tested once: up to five readers below ask,
    // and each test walks the block (YEAR has no flags, so a test keeps no state).
    let year: boolean | undefined;
    // A list item that is one link ("<li><a>Report of 31 December 2021</a></li>") names another
    // page by its day: a menu's or an archive's entry, no stamp of this one.
    // A date in the block after a change's label of its own ("<dt>Updated</dt><dd>6 April
    // 2019</dd>", a table's "Last modified" cell) is the change: no stamp line.
    const changeDate = afterChangeLabel;
    afterChangeLabel = raw.length < 40 && UPDATE_CUE.test(raw) && !/\d/.test(raw);
    if (asideDepth === 0 && (head === raw ? (year ??= YEAR.test(raw)) : YEAR.test(head)) && !COPYRIGHT.test(head) && (unlinked || itemDepth === 0) && !changeDate) {
      // Before the first <h1> only the last few lines are kept (menus and archives list
      // years by the dozen); after it, the first lines under the headline.
      const line = { text: collapseSpace(decodeText(head)), order: order++ };
      if (headlineSeen) {
        if (scan.dateLines.length < 24) scan.dateLines.push(line);
      } else if (linesBefore.length < 5) linesBefore.push(line);
      else {
        if (recentBefore.length >= 3) recentBefore.shift();
        recentBefore.push(line);
      }
    }
    if (scan.pageEdited === null && raw.length > 40 && raw.length < 200 && (year ??= YEAR.test(raw))) {
      const notice = PAGE_EDITED.exec(raw);
      if (notice !== null) scan.pageEdited = collapseSpace(decodeText(raw.slice(notice.index + notice[0].length)));
    }
    if (raw.length < 80 && asideDepth === 0 && scan.relativeLines.length < 8 && RELATIVE_CUE.test(raw)) scan.relativeLines.push(collapseSpace(decodeText(raw)));
    // A cue in its own element ("<h5>Autor:</h5> Jane Doe", "<span>Von</span><a>Jane Doe</a>")
    // labels the next block.
    if (pendingCue !== null && /\S/.test(raw)) {
      const cue = pendingCue;
      pendingCue = null;
      if (raw.length < 100 && scan.byLines.length < 8) {
        const text = collapseSpace(decodeText(LABEL_CUE.test(cue) ? `${cue}: ${raw}` : `${cue} ${raw}`));
        if (startsWithBylineCue(text)) scan.byLines.push({ text, aside: asideDepth > 0, order: order++ });
        else if (asideDepth === 0) readSourceLine(text);
      }
    }
    if (raw.length < 24 && LONE_CUE.test(raw)) pendingCue = raw.trim();
    if (pendingDateCue !== null) {
      const cue = pendingDateCue;
      pendingDateCue = null;
      if (raw.length < 80 && (year ??= YEAR.test(raw)) && scan.labelledDates.length < 4) {
        scan.labelledDates.push({ text: collapseSpace(decodeText(`${cue} ${raw}`)), aside: asideDepth > 0, elsewhere: commentDepth > 0 || storiesDepth > 0 });
      }
    }
    if (raw.length < 40 && isLonePublicationLabel(raw)) pendingDateCue = collapseSpace(decodeText(raw));
    if (scan.byLines.length < 8) readTitledCredit(raw);
    if (headlineSeen && asideDepth === 0 && raw.length < 60 && scan.signatures.length < 3) readSignature(raw);
    if (headlineSeen && asideDepth === 0) readClosingSignature(raw, tail, !plain && itemDepth === 0);
    if (headlineSeen && captionDepth === 0 && raw.length < MAX_COPYRIGHT_LINE) readCopyrightLine(raw);
    if (asideDepth === 0 && scan.sourceLines.length < 6) {
      if (raw.length < 80 && opensWithSourceCue(raw)) readSourceLine(collapseSpace(decodeText(raw)));
      else if (headlineSeen && leadsToRead > 0 && raw.length >= 60) {
        leadsToRead--;
        const opening = collapseSpace(decodeText(raw.slice(0, 120)));
        const code = codeOfDateline(opening);
        if (code !== null) scan.sourceLines.push({ code, order: order++, dateline: true });
        else if (scan.byLines.length < 8) {
          const credit = leadCredit(opening);
          if (credit !== null) scan.byLines.push({ text: credit, aside: false, order: order++ });
        }
      }
    }
    // Most blocks are not bylines: test the cue on the raw text before any clean-up.
    if (raw.length >= 160 || scan.byLines.length >= 8) return;
    if (HAN_CREDIT_HINT.test(raw)) {
      const field = hanCreditField(decodeText(raw));
      if (field !== null) {
        scan.byLines.push({ text: field, aside: asideDepth > 0, order: order++ });
        return;
      }
    }
    if (!startsWithCueWord(raw)) {
      // Both readers need a spaced cue word or a separator: one native test each skips most blocks.
      if (raw.length < 100 && SPACED_WORK_CUE.test(raw)) readWorkCredit(raw);
      if (scan.byLines.length < 8 && (SEPARATOR_OR_ENTITY.test(raw) || STAMP_OPENER.test(raw)) && ((year ??= YEAR.test(raw)) || PHOTO_LABEL.test(raw) || (raw.length < 120 && SPACED_CUE.test(raw)))) readCreditAfterDate(decodeText(raw));
      // A date line with the credit after it and nothing between ("5. März 2024 von Jane Doe").
      else if (scan.byLines.length < 8 && raw.length < 100 && CUE_AFTER_STAMP.test(raw) && (year ??= YEAR.test(raw))) readCreditAfterDate(decodeText(raw));
      return;
    }
    // A rule or a bullet before the cue ("---- by Jane Doe") is typography.
    const text = trimStartChars(collapseSpace(decodeText(raw)), /[\s*•·–—-]/);
    // "文/李明" (text: a two-letter name) is a whole credit in four characters; "記者会見" (a press conference) is none.
    if ((text.length >= 5 || (text.length === 4 && SHORT_HAN_CREDIT.test(text))) && text.length < 150 && startsWithBylineCue(text)) {
      scan.byLines.push({ text, aside: asideDepth > 0, order: order++ });
    } else if ((SEPARATOR_OR_ENTITY.test(raw) || STAMP_OPENER.test(raw)) && (year ??= YEAR.test(raw))) {
      // A stamp's own cue word ("Published June 3, 2024 · By Jane Doe") is no byline's: the credit may follow the date.
      readCreditAfterDate(decodeText(raw));
    }
  };

  /** A credit line that signs with a code ("Quelle: dpa", "Von: ab/dpa"): one word, or parts joined by slashes. */
  const readSourceLine = (text: string): void => {
    const code = codeOfSourceLine(text);
    if (code !== null && code.length > 0 && code.length <= 40 && (code.includes('/') || !/\s/.test(code))) scan.sourceLines.push({ code, order: order++, dateline: false });
  };

  /** "山田太郎記者", "홍길동 기자", "(서울=연합뉴스) 홍길동 기자 = …": the credit, when the block opens with it. */
  const readTitledCredit = (raw: string): void => {
    let start = 0;
    while (start < raw.length && raw.charCodeAt(start) <= 32) start++;
    const code = raw.charCodeAt(start);
    // Only a bracket or a CJK or Hangul letter can open one (most blocks are Latin text).
    if (!(code === 40 || code === 91 || code === 0xff08 || code === 0x3010 || code === 0x3014 || code === 0xff3b || (code >= 0x3400 && code <= 0x9fff) || (code >= 0xac00 && code <= 0xd7af))) return;
    const head = raw.slice(start, start + 40);
    if (code === 0x3014 || code === 0xff08 || code === 40 || code === 91 || code === 0xff3b) {
      const filed = FILED_HAN_CREDIT.exec(head);
      const cable = filed === null ? CABLE_HAN_CREDIT.exec(head) : null;
      const name = filed !== null ? filed[2]! : cable !== null ? cable[2]!.slice(0, cable[2]!.length >= 5 ? 3 : 2) : null;
      if (name !== null) {
        scan.byLines.push({ text: `${(filed ?? cable)![1]!}記者${name}`, aside: asideDepth > 0, order: order++ });
        return;
      }
    }
    if (code === 0x3010) {
      const bracketed = BRACKETED_CREDIT.exec(head);
      if (bracketed !== null) scan.byLines.push({ text: bracketed[0], aside: asideDepth > 0, order: order++ });
      return;
    }
    const hangul = code === 91 ? BRACKETED_HANGUL_CREDIT.exec(head) : null;
    if (hangul !== null) {
      scan.byLines.push({ text: hangul[0].slice(1, -1), aside: asideDepth > 0, order: order++ });
      return;
    }
    const match = TITLE_AFTER_NAME.exec(head);
    if (match === null && (code >= 0xac00 && code <= 0xd7af)) {
      // "홍길동 기자 hong@example.co.kr": the credit and the reporter's address sign the story.
      const signed = TITLE_AFTER_NAME_OPENING.exec(head);
      if (signed !== null && SIGNATURE_EMAIL.test(head.slice(signed[0].length))) scan.byLines.push({ text: signed[0], aside: asideDepth > 0, order: order++ });
      return;
    }
    if (match !== null && (match[0].length === head.trimEnd().length || /^\s*=/.test(head.slice(match[0].length)))) {
      scan.byLines.push({ text: match[0], aside: asideDepth > 0, order: order++ });
    }
  };

  /** "（山田太郎）" alone on its line: the name ({@link BRACKETED_SIGNATURE}). */
  const readSignature = (raw: string): void => {
    const match = BRACKETED_SIGNATURE.exec(raw);
    if (match !== null) scan.signatures.push(match[1]!);
  };

  /**
   * A name signing the article under its last paragraph ({@link PageScan.closingSignature}):
   * a dash line after a prose paragraph, a name alone set apart in italics, bold or flush right
   * after one (`setApart`), or a bracketed name closing a paragraph. A prose paragraph after it
   * drops it (a bold name over an interview's answer), and so does a second one anywhere under
   * the headline.
   */
  const readClosingSignature = (raw: string, tail: string, setApart: boolean): void => {
    const prose = raw.length >= 150;
    // News paragraphs are often one short sentence: a sentence of a few words counts as prose before a signature.
    const sentence = prose || (raw.length >= 40 && endsSentence(raw));
    // (A name set apart over an e-mail address or a phone number is a press contact's.)
    if (closing !== null && (prose || (closingApart && (sentence || (raw.length <= 160 && isContactLine(collapseSpace(decodeText(raw)).trim())))))) closing = null;
    let found: string | null = null;
    let apart = false;
    if (afterProse && raw.length < 60) found = dashSignature(raw);
    if (found === null && proseSeen && setApart && captionDepth === 0 && raw.length < 60) {
      found = setApartSignature(raw);
      apart = found !== null;
    }
    if (found === null && captionDepth === 0 && (prose || afterProse)) found = bracketSignature(tail.length > 0 ? raw.slice(-80) + tail : raw);
    if (found !== null) {
      signed++;
      if (closing === null) {
        closing = found;
        closingApart = apart;
      }
    }
    afterProse = sentence;
    if (sentence) proseSeen = true;
  };

  /** The holder a copyright line names ({@link PageScan.copyrightHolder}): the page's last one wins. */
  const readCopyrightLine = (raw: string): void => {
    const match = COPYRIGHT_LINE.exec(raw);
    if (match !== null) scan.copyrightHolder = collapseSpace(decodeText(match[1]!));
  };

  /** A byline after the date in one line ({@link creditAfterDate}). */
  const readCreditAfterDate = (line: string): void => {
    const text = creditAfterDate(line);
    if (text !== null) scan.byLines.push({ text, aside: asideDepth > 0, order: order++ });
  };

  /** A short line that names the piece, then its author ("Blog Beitrag von Jane Doe"): the credit from the cue on. */
  const readWorkCredit = (raw: string): void => {
    const text = workCredit(raw);
    if (text !== null) scan.byLines.push({ text, aside: asideDepth > 0, order: order++ });
  };

  const openCapture = (): Capture => {
    // Every text run visits each open capture: past a depth no real page reaches, a
    // capture is left unregistered (it reads as empty), so deep nesting stays linear.
    const capture = { text: '', open: captures.length < MAX_OPEN_CAPTURES };
    if (capture.open) captures.push(capture);
    return capture;
  };
  const releaseCapture = (capture: Capture): void => {
    capture.open = false;
    const index = captures.lastIndexOf(capture);
    if (index >= 0) captures.splice(index, 1);
  };
  const closeCapture = (capture: Capture): string => {
    if (!capture.open) return '';
    releaseCapture(capture);
    return collapseSpace(decodeText(capture.text));
  };
  /** Headings (h1–h6) opened so far. */
  let headingsOpened = 0;
  /** The order at which a heading of the readers' comments opened, if one has. */
  let commentsFrom = Infinity;
  /** Drops the date lines before the headline from `from` on, and sets the dated elements among them aside. */
  const forgetSiteDates = (from: number): void => {
    for (const lines of [linesBefore, recentBefore]) {
      while (lines.length > 0 && lines[lines.length - 1]!.order >= from) lines.pop();
    }
    for (let index = scan.times.length - 1; index >= 0 && scan.times[index]!.order >= from; index--) {
      // Set aside as a listing's are: not even a last resort for the story's day.
      scan.times[index]!.aside = true;
      scan.times[index]!.listing = true;
    }
  };
  const chain = (frame: Frame, action: () => void): void => {
    const previous = frame.onClose;
    frame.onClose = previous ? () => { action(); previous(); } : action;
  };
  /** Marks the element's text as a part of the heading that readers do not read as its headline. */
  const cutFromHeading = (parts: HeadingParts, frame: Frame, kicker: boolean): void => {
    if (parts.cuts.length >= 8) return;
    if (kicker) parts.kicker = true;
    const start = parts.capture.text.length;
    chain(frame, () => {
      parts.cuts.push(start, parts.capture.text.length);
      if (kicker) kickerClosed = parts;
    });
  };
  /** The heading's raw text without its cut parts, decoded; a separator left at its start goes too. */
  const shownHeading = (raw: string, cuts: number[]): string => {
    // Parts close inner first: a kicker holding a screen-reader separator comes after it.
    const parts: [number, number][] = [];
    for (let index = 0; index + 1 < cuts.length; index += 2) parts.push([cuts[index]!, cuts[index + 1]!]);
    parts.sort((a, b) => a[0] - b[0]);
    let text = '';
    let from = 0;
    for (const [start, end] of parts) {
      if (start >= from) text += raw.slice(from, start);
      from = Math.max(from, end);
    }
    text += raw.slice(from);
    return trimStartChars(collapseSpace(decodeText(text)), HEADING_LEAD);
  };

  const fields = elementAttributes();
  const parser = new LinearParser(
    {
      onopentag(name, rawAttributes) {
        const tag = TAG_FLAGS.get(name) ?? 0;
        const attributes = tag & IN_HEAD_TAGS ? lowerCaseKeys(rawAttributes) : rawAttributes;
        // The attributes every element is asked for (attributes.ts), read in one walk: a named
        // read on attribute objects of every shape (`attributes.style`) is a slow, megamorphic one.
        const { className, id: idName, testId, rel: relValue, href: hrefValue, itemprop, itemscope, datetime: datetimeValue, style: styleValue } = readElementAttributes(attributes, fields);
        const frame = openFrame(name);
        stack.push(frame);
        if (tag & IN_HEADING_TAGS) {
          headingsOpened++;
          // A heading under the headline that opens the readers' comments ("2 Comments",
          // "Leave a Reply"): what follows is dated by its readers.
          const comments = headlineSeen && commentsFrom === Infinity && name !== 'h1';
          // A heading that labels a box of other stories ("Most read", "Related stories",
          // "Meistgelesen"): the box it opens is a list of stories from there on, their bylines
          // and stamps not the article's (not the page's body, main column or article).
          const box = name !== 'h1' && asideDepth === 0 ? stack[stack.length - 2] : undefined;
          const boxed = box !== undefined && !STORY_FRAMES.has(box.name);
          if (comments || boxed) {
            const capture = openCapture();
            const at = order;
            chain(frame, () => {
              const text = closeCapture(capture);
              if (comments && commentsFrom === Infinity && text.length <= 200 && COMMENT_HEADING.test(text)) commentsFrom = at;
              if (boxed && !box.aside && isStoriesLabel(text)) {
                box.aside = true;
                box.stories = true;
                asideDepth++;
                storiesDepth++;
              }
            });
          }
        }
        if (name === 'a') linkDepth++;
        else if (name === 'li') itemDepth++;
        // "Jane Doe<span>Example Daily</span>": an inline element opening after a name sets a
        // field apart, as one closing before it does.
        else if (breakingCaptures > 0 && tag & IN_INLINE_FIELD_TAGS) inlineEdge = true;
        if (tag & IN_INLINE_FIELD_TAGS) blockEdge = true;
        // A fragment without <body> ("<p>...</p>", an <article> from a CMS) starts its body
        // at its first element that does not belong in <head>.
        if (!seenBody && skipDepth === 0 && !(tag & IN_HEAD_ONLY)) seenBody = true;
        if (tag & IN_BLOCK_TAGS) {
          flushBlock();
          if (breakingCaptures > 0) markBreak();
          if (captures.length > 0) spaceCaptures();
        }
        // Browsers end an unclosed <head> at the first element that belongs in the body (a
        // <div> before <body>): the page's content is not head text.
        if (openHead !== null && skipDepth === 1 && !(tag & IN_HEAD_ONLY)) {
          openHead.skip = false;
          skipDepth--;
          openHead = null;
        }
        if (name === 'figcaption') {
          frame.caption = true;
          captionDepth++;
        }
        if (tag & IN_SET_APART_TAGS || (styleValue !== undefined && tag & IN_BLOCK_TAGS && FLUSH_RIGHT.test(styleValue))) {
          frame.setApart = true;
          setApartDepth++;
        }
        if (tag & IN_SKIP_TEXT) {
          frame.skip = true;
          skipDepth++;
          if (name === 'head' && skipDepth === 1) openHead = frame;
        }
        let label = className !== undefined ? (idName !== undefined ? `${className} ${idName}` : className) : idName ?? '';
        if (testId !== undefined) label = `${label} ${testId}`;
        const flags = label ? classify(label) : 0;
        if (flags & BYLINE) frame.field = true;
        // A <header> or masthead closed before the headline is the site's: its date is the day
        // the page is read ("Thursday, April 11, 2019" over the logo), no stamp of the story.
        // A header that holds a heading is the story's or a section's own ("<header><h4>Report of
        // 14 January</h4></header>" on a page without an <h1>).
        if (!headlineSeen && seenBody && ((name === 'header' && !STORY_PART.test(label)) || flags & MASTHEAD)) {
          const from = order;
          const headings = headingsOpened;
          chain(frame, () => {
            if (!headlineSeen && headingsOpened === headings) forgetSiteDates(from);
          });
        }
        if (flags & UNSEEN && listener !== undefined) {
          frame.unseen = true;
          unseenDepth++;
        }
        // An <aside> or <footer> that holds the entry's meta line ("entry-meta", "byline") is part of
        // the article, and so is a <footer> its label names as the article's own ("entry-footer").
        if (seenBody && name !== 'body' && ((tag & IN_ASIDE_TAGS && !((name === 'aside' || name === 'footer') && flags & (BYLINE | DATE | KEEP))) || flags & ASIDE)) {
          frame.aside = true;
          asideDepth++;
          if (flags & COMMENTS) {
            frame.comment = true;
            commentDepth++;
          }
          if (flags & STORIES) {
            frame.stories = true;
            storiesDepth++;
          }
          if (flags & TEASER && !(tag & IN_ASIDE_TAGS) && !(classify(label.replace(TEASER_WORD, ' ')) & ASIDE)) {
            frame.teaser = ++teasersOpened;
            teasers.push(frame.teaser);
          }
        } else if (name === 'main' && asideDepth > 0) {
          // The page's main content is no aside, even inside a wrapper named for its sidebar
          // ("left-navigation_page-wrapper").
          frame.outerAside = asideDepth;
          asideDepth = 0;
        }
        // Only elements inside a heading, with a label, are tested: one bit test each.
        if (heading !== null && flags & (KICKER | UNSEEN)) cutFromHeading(heading, frame, (flags & KICKER) !== 0);
        switch (name) {
          case 'html':
            if (attributes.lang) scan.lang = decodeAttribute(attributes.lang);
            else if (attributes['xml:lang']) scan.lang = attributes['xml:lang'];
            break;
          case 'body':
            seenBody = true;
            bodyTag = true;
            break;
          case 'title':
            // Before <body> only (an <svg> title inside the body is not the page's); content
            // before the head (a server's warnings printed first) does not end the head.
            if (!bodyTag && titleCapture === null) {
              inTitle = true;
              titleCapture = { text: '', open: false };
            }
            break;
          case 'base':
            if (attributes.href && scan.base === null) scan.base = decodeAttribute(attributes.href);
            break;
          case 'meta':
            // A microdata property of a comment's, a review's or an event's scope is that item's, not the page's.
            if (attributes.itemprop === undefined || attributes.name !== undefined || attributes.property !== undefined || !FOREIGN_SCOPE.test(scopes[scopes.length - 1] ?? '')) readMeta(attributes, scan);
            break;
          case 'link': {
            const rel = attributes.rel?.toLowerCase() ?? '';
            if (rel === 'canonical' && attributes.href && scan.canonical === null) scan.canonical = decodeAttribute(attributes.href);
            else if (rel === 'alternate' && attributes.title && scan.feedTitles.length < 4 && /rss|atom/i.test(attributes.type ?? '')) scan.feedTitles.push(decodeAttribute(attributes.title));
            else if (rel === 'author' && attributes.href && scan.authorLinks.length < 4) scan.authorLinks.push(decodeAttribute(attributes.href));
            break;
          }
          case 'script': {
            const type = attributes.type?.toLowerCase() ?? '';
            if (type.includes('ld+json')) jsonLdCapture = '';
            break;
          }
          case 'h1':
          case 'h2': {
            const level = name === 'h1' ? 1 : 2;
            if (level === 1 && onlyTeaser() !== undefined) {
              teaserHeadlines++;
              headlineTeasers = new Set(teasers);
            }
            const marked = level === 1 && label.length > 0 && ENTRY_TITLE.test(label);
            // Menus and teaser lists may fill the cap before the article's h1: the h1 marked as
            // the entry's title is read wherever it stands.
            const inCap = scan.headings.length < 12 || (marked && markedSeen < 2);
            // Past the cap a heading is still read for a kicker set apart (a headline block's
            // markup), and kept only with one.
            // A heading for screen readers only ("Hauptnavigation" in class sr-only) is no page's headline.
            if (skipDepth === 0 && !(flags & UNSEEN) && (inCap || lateHeadings < 40) && captures.length < MAX_OPEN_CAPTURES) {
              if (marked) markedSeen++;
              if (!inCap) lateHeadings++;
              const capture = openCapture();
              const parts: HeadingParts = { capture, cuts: [], kicker: false };
              const outer = heading;
              heading = parts;
              chain(frame, () => {
                heading = outer;
                if (!inCap && !parts.kicker) {
                  releaseCapture(capture);
                  return;
                }
                const text = closeCapture(capture);
                if (text.length > 0) {
                  const shown = parts.kicker ? shownHeading(capture.text, parts.cuts) : '';
                  scan.headings.push(shown.length > 0 && shown !== text ? { text, level, order: order++, marked, shown } : { text, level, order: order++, marked });
                  if (level === 1) headlineSeen = true;
                }
              });
            }
            break;
          }
          default:
            break;
        }
        if (skipDepth > 0) {
          listener?.open(name, attributes, true, fields);
          return;
        }

        // Past MAX_OPEN_CAPTURES open captures (only nesting no real page has) nothing more is captured.
        if (captures.length >= MAX_OPEN_CAPTURES) {
          listener?.open(name, attributes, unseenDepth > 0, fields);
          return;
        }

        // rel=author links, and links to an author page (/author/jane-doe, /autor/, /journalist/...).
        const relAuthor = relValue !== undefined && /\bauthor\b/i.test(relValue) && (name === 'a' || name === 'link');
        if (relAuthor || (name === 'a' && hrefValue !== undefined && scan.relAuthors.length < 20 && AUTHOR_PATH.test(hrefValue))) {
          const kind = relAuthor ? 'rel' : 'path';
          const href = attributes.href === undefined ? null : decodeAttribute(attributes.href);
          const title = attributes.title === undefined ? null : decodeAttribute(attributes.title);
          const aside = asideDepth > 0;
          const at = order++;
          const joined = lastAuthorLinkEnd >= 0 && joinsLinks(html, lastAuthorLinkEnd, parser.startIndex);
          if (name === 'a') {
            const capture = openCapture();
            chain(frame, () => {
              scan.relAuthors.push({ text: closeCapture(capture), href, title, aside, order: at, kind, joined });
              lastAuthorLinkEnd = parser.endIndex + 1;
            });
          } else scan.relAuthors.push({ text: '', href, title, aside, order: at, kind, joined });
        }

        // Microdata.
        if (itemprop !== undefined && name !== 'meta') readItemprop(itemprop.toLowerCase(), attributes, frame);
        if (itemscope) {
          frame.scope = true;
          scopes.push((attributes.itemtype ?? '').toLowerCase());
        }
        else if (itemprop !== undefined && name === 'meta' && attributes.content !== undefined) {
          const props = itemprop.toLowerCase();
          const content = decodeAttribute(attributes.content).trim();
          if (authorScope && /(?:^|\s)name(?:\s|$)/.test(props)) authorScope.name ??= content;
          else if (/(?:^|\s)(?:author|creator)(?:\s|$)/.test(props) && content && !/^https?:/i.test(content)) {
            scan.microdata.authors.push({ name: content, url: null, fromText: false, organization: false, aside: asideDepth > 0, order: order++ });
          }
        }

        // hAtom's date pattern: a date element whose title holds the ISO date ("<abbr
        // class=published title=2024-06-03T10:00:00Z>June 3</abbr>"), read as a datetime; or
        // a written date behind a relative stamp ("<span class=posted-on title='3 June
        // 2024, 10:15'>3 days ago</span>"), read when it is a whole date.
        const titleDate = flags & DATE && name !== 'time' && datetimeValue === undefined && attributes.title !== undefined ? dateInTitle(attributes.title) : undefined;
        // <time datetime> and other dated elements.
        if (name === 'time' || (datetimeValue !== undefined && name !== 'meta') || titleDate !== undefined) {
          const datetime = decodeAttribute(attributes.datetime ?? attributes.content ?? titleDate ?? '');
          const timeLabel = `${label} ${attributes.itemprop ?? ''}`.toLowerCase();
          const capture = openCapture();
          const aside = asideDepth > 0;
          const comment = aside && commentDepth > 0;
          // The words printed just before the element since the block's last date ("Last
          // updated: <time>"): the block's last 60 characters at most, whatever its length.
          const changeCued = scan.times.length < 200 && UPDATE_CUE.test(sinceLastDigit(block.slice(-60)));
          // An event's, an offer's or a person's date ("startDate", "validFrom", "birthDate"), or any
          // date of a comment's, a review's or an event's scope, is no stamp of the page at all.
          const foreign = OTHER_DATE_PROP.test(attributes.itemprop ?? '') || FOREIGN_SCOPE.test(scopes[scopes.length - 1] ?? '');
          const listing = (aside && storiesDepth > 0) || foreign;
          const teaser = onlyTeaser();
          const at = order++;
          const pubdate = attributes.pubdate !== undefined;
          chain(frame, () => {
            const text = closeCapture(capture);
            if (scan.times.length < 200) {
              scan.times.push({
                datetime,
                text: text.slice(0, 120),
                label: timeLabel,
                published: pubdate || /publish|datecreated|post-date|entry-date|pubdate|created/.test(timeLabel),
                // A <time> whose own text opens with a change cue ("Updated April 5") is the change too.
                modified: changeCued || /modif|updat|edited/.test(timeLabel) || changeBeforeDate(text),
                aside: aside || foreign,
                ...(comment ? { comment } : {}),
                ...(listing ? { listing } : {}),
                ...(teaser !== undefined ? { teaser } : {}),
                order: at,
              });
            }
          });
        }

        if (label && seenBody) {
          // Byline-like elements.
          if (flags & BYLINE && !(flags & NOT_BYLINE) && scan.bylines.length < 60) {
            const capture = openCapture();
            capture.breaks = true;
            breakingCaptures++;
            const aside = asideDepth > 0;
            const at = order++;
            const entry: BylineElement = { text: '', label: label.toLowerCase(), aside, order: at };
            const listed = (flags & LIST) !== 0;
            chain(frame, () => {
              breakingCaptures--;
              entry.text = trimEndChars(trimStartChars(closeCapture(capture), /[\s|]/), /[\s|]/).slice(0, CAP);
              if (entry.text.length === 0) return;
              // A list's author element is the article's only when it reads as a byline ("Erstellt von Jane Doe").
              if (!listed) scan.bylines.push(entry);
              else if (entry.text.length < 150 && scan.byLines.length < 8 && startsWithBylineCue(entry.text)) scan.byLines.push({ text: entry.text, aside, order: at });
            });
          } else if (flags & DEK && scan.deks.length < 3 && asideDepth === 0) {
            const capture = openCapture();
            chain(frame, () => {
              const text = closeCapture(capture);
              if (text.length >= 20 && text.length <= 500) scan.deks.push(text);
            });
          } else if (flags & DATE && (asideDepth === 0 || onlyTeaser() !== undefined) && name !== 'time' && datetimeValue === undefined && titleDate === undefined && scan.times.length < 60) {
            const capture = openCapture();
            const aside = asideDepth > 0;
            const teaser = onlyTeaser();
            const at = order++;
            const timeLabel = label.toLowerCase();
            chain(frame, () => {
              const text = closeCapture(capture);
              if (text.length > 0 && text.length < 120) {
                const entry: TimeElement = { datetime: '', text, label: timeLabel, published: /publish|posted|pubdate/.test(timeLabel), modified: /modif|updat/.test(timeLabel) || changeBeforeDate(text), aside, order: at };
                if (teaser !== undefined) {
                  entry.teaser = teaser;
                  entry.listing = true;
                }
                scan.times.push(entry);
              }
            });
          }
        }
        listener?.open(name, attributes, unseenDepth > 0, fields);
      },

      ontext(text) {
        if (jsonLdCapture !== null) {
          jsonLdCapture += text;
          return;
        }
        if (inTitle && titleCapture) {
          titleCapture.text += text;
          return;
        }
        if (skipDepth > 0) {
          listener?.text(text, true);
          return;
        }
        // Whether the run shows anything, tested at most once: most runs are a template's
        // indentation between tags, and each test walks the whole run.
        let visible: boolean | undefined;
        if (!seenBody && (visible = hasNonSpace(text))) seenBody = true;
        if (kickerClosed !== null) {
          const kicked = kickerClosed.capture;
          kickerClosed = null;
          if (kicked.text.length < CAP * 2 && isLetterOrDigitCode(kicked.text.charCodeAt(kicked.text.length - 1)) && isLetterOrDigitCode(text.charCodeAt(0))) kicked.text += ' ';
        }
        if (fieldClosed) {
          fieldClosed = false;
          if (breakingCaptures > 0 && isLetterOrDigitCode(text.charCodeAt(0))) markGlued();
        } else if (inlineEdge) {
          inlineEdge = false;
          if (breakingCaptures > 0 && UPPER_START.test(text)) markCaseGlued();
        }
        for (let index = 0; index < captures.length; index++) {
          const capture = captures[index]!;
          if (capture.text.length < CAP * 2) capture.text += text;
        }
        if (blockEdge) {
          blockEdge = false;
          if (gluedBylineField(block, text)) block += ' | ';
        }
        if (seenBody && blocksSeen < 1500 && block.length < 160) {
          block += text;
          const unmarked = !blockVisible || (linkDepth === 0 && !blockUnlinked) || (setApartDepth === 0 && !blockPlain);
          if (unmarked && (visible ??= hasNonSpace(text))) {
            blockVisible = true;
            if (linkDepth === 0) blockUnlinked = true;
            if (setApartDepth === 0) blockPlain = true;
          }
          // Templates indent inline markup ("<small>\r\n        02.02.2022"): the cap counts
          // what a reader sees, so indentation does not push a short line's date past it.
          // Collapsing only when the cap is crossed keeps each text run's cost linear.
          if (block.length >= 160) {
            block = block.replace(/\s{2,}/g, ' ');
          }
        } else if (seenBody && blocksSeen < 1500) {
          // Past the cap only a paragraph's last words are kept, for a signature closing it.
          blockTail = text.length >= 80 ? text.slice(-80) : (blockTail + text).slice(-80);
        }
        listener?.text(text, unseenDepth > 0, visible);
      },

      onclosetag(name) {
        const frame = stack[stack.length - 1];
        if (frame === undefined || frame.name !== name) {
          if (name === 'title') inTitle = false;
          return;
        }
        stack.pop();
        if (name === 'title') inTitle = false;
        if (name === 'script' && jsonLdCapture !== null) {
          if (scan.jsonLd.length < 30) scan.jsonLd.push(jsonLdCapture);
          jsonLdCapture = null;
        }
        const tag = TAG_FLAGS.get(name) ?? 0;
        if (tag & IN_BLOCK_TAGS) {
          flushBlock();
          if (breakingCaptures > 0) markBreak();
        } else if (name === 'a' && breakingCaptures > 0) {
          // Sites that draw the commas between author links with CSS: "<a>Jane Doe</a><a>John Smith</a>".
          markBreak();
        }
        // "<span class=autor>Por Ana Ruiz</span><span class=ciudad>Valencia</span>": a byline
        // element's text glued to the next element's is another field, which a style sheet sets
        // apart (read at the next text: with white space between, nothing is glued). After a
        // date element it is not: a list of the author's other stories glues each date to a
        // headline, and cut there a headline's first words read as a name.
        if (frame.field && breakingCaptures > 0) fieldClosed = true;
        else if (breakingCaptures > 0 && tag & IN_INLINE_FIELD_TAGS) inlineEdge = true;
        if (tag & IN_INLINE_FIELD_TAGS) blockEdge = true;
        if (frame.onClose) frame.onClose();
        if (frame.skip) skipDepth--;
        if (name === 'a') linkDepth--;
        else if (name === 'li') itemDepth--;
        if (frame === openHead) openHead = null;
        if (frame.aside) asideDepth--;
        if (frame.comment) commentDepth--;
        if (frame.stories) storiesDepth--;
        if (frame.caption) captionDepth--;
        if (frame.setApart) setApartDepth--;
        if (frame.unseen) unseenDepth--;
        if (frame.teaser !== undefined) teasers.pop();
        if (frame.outerAside !== undefined) asideDepth = frame.outerAside;
        if (frame.scope) scopes.pop();
        listener?.close(name);
      },
    },
    // Lower-casing every attribute name costs a quarter of the pass; the few elements whose
    // attributes old pages write in capitals (<META NAME=... CONTENT=...>) are lower-cased below.
    { decodeEntities: false, lowerCaseTags: true, lowerCaseAttributeNames: false },
    ATTRIBUTES,
  );

  function readItemprop(props: string, attributes: Record<string, string>, frame: Frame): void {
    const tokens = props.split(/\s+/);
    const has = (token: string): boolean => tokens.includes(token);
    const raw = attributes.content ?? attributes.datetime;
    const value = raw === undefined ? null : decodeAttribute(raw);
    if (has('author') || has('creator')) {
      // The author of a photo, a comment or a review is not the article's.
      if (/imageobject|videoobject|mediaobject|audioobject|comment|review|rating|offer|product|event/.test(scopes[scopes.length - 1] ?? '')) return;
      const type = (attributes.itemtype ?? '').toLowerCase();
      const organization = /organization|corporation|newsmedia/.test(type);
      const aside = asideDepth > 0;
      const at = order++;
      if (attributes.itemscope !== undefined || type) {
        const capture = openCapture();
        const scope = { name: null as string | null, url: null as string | null, capture, organization, aside, order: at };
        const outer = authorScope;
        authorScope = scope;
        chain(frame, () => {
          const text = closeCapture(capture);
          authorScope = outer;
          const found = scope.name ?? text;
          if (found) scan.microdata.authors.push({ name: found, url: scope.url, fromText: scope.name === null, organization, aside, order: at });
        });
      } else if (value) {
        scan.microdata.authors.push({ name: value, url: null, fromText: false, organization, aside, order: at });
      } else {
        const capture = openCapture();
        const href = attributes.href === undefined ? null : decodeAttribute(attributes.href);
        chain(frame, () => {
          const text = closeCapture(capture);
          if (text) scan.microdata.authors.push({ name: text, url: href, fromText: true, organization, aside, order: at });
        });
      }
      return;
    }
    if (authorScope && has('name')) {
      if (value) authorScope.name ??= value;
      else {
        const scope = authorScope;
        const capture = openCapture();
        chain(frame, () => {
          const text = closeCapture(capture);
          if (text) scope.name ??= text;
        });
      }
      return;
    }
    if (authorScope && has('url') && attributes.href) authorScope.url ??= decodeAttribute(attributes.href);
    if (has('datepublished') || has('datecreated')) {
      // A reader's comment, a review or an event is dated by its own author or organiser.
      if (FOREIGN_SCOPE.test(scopes[scopes.length - 1] ?? '')) return;
      const aside = asideDepth > 0;
      const at = order++;
      if (value) scan.microdata.published.push({ value, aside, order: at });
      else {
        const capture = openCapture();
        chain(frame, () => {
          const text = closeCapture(capture);
          if (text) scan.microdata.published.push({ value: text, aside, order: at });
        });
      }
    } else if (has('datemodified')) {
      if (value) scan.microdata.modified.push(value);
    } else if (has('headline') && scan.microdata.headline === null && asideDepth === 0) {
      if (value) scan.microdata.headline = value;
      else {
        const capture = openCapture();
        chain(frame, () => {
          const text = closeCapture(capture);
          if (text) scan.microdata.headline ??= text;
        });
      }
    }
  }

  feed(parser, html, (text) => {
    // Beyond this size the page data holds whole listings, not one story's fields.
    if (scan.appData.length === 0 && text.length < MAX_APP_DATA) scan.appData.push(text);
  });
  flushBlock();
  scan.closingSignature = signed === 1 ? closing : null;
  // The teaser wrappers that held the page's headline were its own header: their dates are the article's.
  const ownTeasers = teaserHeadlines === 1 ? (headlineTeasers as Set<number> | null) : null;
  for (const time of scan.times) {
    if (time.teaser === undefined) continue;
    if (ownTeasers?.has(time.teaser)) {
      time.aside = false;
      delete time.listing;
    }
    delete time.teaser;
  }
  scan.dateLines.unshift(...linesBefore, ...recentBefore);
  // Past a comment section's heading, dates are its readers' ("April 7, 2019 at 10:00 am").
  if (commentsFrom !== Infinity) {
    scan.dateLines = scan.dateLines.filter((line) => line.order < commentsFrom);
    for (const time of scan.times) {
      if (time.order < commentsFrom) continue;
      time.aside = true;
      time.comment = true;
    }
  }
  // Captures were recorded as their elements closed; put them back in document order.
  scan.bylines.sort((a, b) => a.order - b.order);
  scan.byLines.sort((a, b) => a.order - b.order);
  scan.microdata.authors.sort((a, b) => a.order - b.order);
  scan.title = titleCapture ? withoutDanglingSeparator(collapseSpace(decodeText((titleCapture as Capture).text))) : '';
  return scan;
}

function readMeta(attributes: Record<string, string>, scan: PageScan): void {
  const content = attributes.content;
  if (content === undefined) return;
  let via: MetaEntry['via'] = 'name';
  let keys = attributes.name;
  if (attributes.property !== undefined) {
    keys = attributes.property;
    via = 'property';
  } else if (keys === undefined && attributes.itemprop !== undefined) {
    keys = attributes.itemprop;
    via = 'itemprop';
  } else if (keys === undefined && attributes['http-equiv'] !== undefined) {
    keys = attributes['http-equiv'];
    via = 'http-equiv';
  }
  if (keys === undefined) return;
  if (scan.metas.length > 400) return;
  const value = decodeAttribute(content).trim();
  for (const key of keys.toLowerCase().split(/\s+/)) {
    if (key) scan.metas.push({ key, value, via });
  }
  // Some pages give both: name="author" property="article:author".
  if (via === 'property' && attributes.name !== undefined && attributes.name.toLowerCase() !== keys.toLowerCase()) {
    for (const key of attributes.name.toLowerCase().split(/\s+/)) if (key) scan.metas.push({ key, value, via: 'name' });
  }
}
