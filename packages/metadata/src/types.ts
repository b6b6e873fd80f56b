import type { Span } from '@newsparse/core';
import type { ArticleBlock } from './blocks.js';

/** A person (or, failing one, the desk or agency) credited with an article. */
export interface Author {
  name: string;
  url?: string;
  organization?: string;
  role?: string;
}

/** What a page says about the article it carries. */
export interface ArticleMetadata {
  title: string | null;
  subtitle: string | null;
  description: string | null;
  /**
   * The people credited; when the page credits no person but its byline names a desk, a team
   * or a news agency ("Redaktion", "Staff Writer", "dpa"), that credit, with `organization`
   * set to the same name. [] when none.
   */
  authors: Author[];
  /**
   * ISO 8601, with the page's offset when it gives one. A page that gives only its last change
   * (`dateModified`, "Updated: 4 April 2019") is dated by it; an update never replaces a
   * publication date the page gives.
   */
  published: string | null;
  modified: string | null;
  publisher: string | null;
  section: string | null;
  tags: string[];
  lang: string | null;
  canonicalUrl: string | null;
  image: string | null;
}

/** Options for {@link readMetadata} and {@link readArticle}. */
export interface ReadMetadataOptions {
  /** The page's URL: a fallback for dates in the path and for resolving relative links. */
  url?: string;
  /**
   * When the page was fetched or read (a `Date`, or an ISO 8601 string): a relative stamp
   * the page prints instead of a date ("3 hours ago", "vor 3 Stunden", "il y a 2 jours",
   * "昨日") is read against it. Without it such stamps give no date.
   */
  reference?: Date | string;
}

/** What {@link parseByline} returns. */
export interface Byline {
  /** The people credited as authors (reporters and writers). */
  authors: Author[];
  /** The organisation named in the byline ("Associated Press"), if any. */
  organization: string | null;
  /** People credited for something else: editing, photos, graphics ("Editing by Y"), each with its `role`. */
  contributors: Author[];
}

/** A photo caption and its credit in a plain-text article. */
export interface ImageCredit {
  caption: string | null;
  credit: string | null;
}

/** What {@link readTextMetadata} returns for a plain-text article. */
export interface TextMetadata {
  title: string | null;
  subtitle: string | null;
  /**
   * ISO 8601 local time as written ('2024-06-27T20:43'), with an offset only when the text gives
   * one. With no publication stamp in the header, an update stamp's ("Updated: 4 April 2019"):
   * `publishedRaw` shows its label.
   */
  published: string | null;
  /** The stamp as written: "Published: Jun 27, 2024 08:43 PM". */
  publishedRaw: string | null;
  authors: Author[];
  images: ImageCredit[];
  /** Index where the article body begins. */
  bodyStart: number;
  /**
   * Whole lines of the body (from `bodyStart`) that are page furniture, not story text, in
   * text order: related-link lines ("READ MORE: …", "Lesen Sie auch: …", "LIRE AUSSI : …"),
   * ad markers and share labels ("Advertisement", "Anzeige", "Share this article"), sign-up
   * calls ("Sign up for our … newsletter"), reading-time labels, and photo captions or credits
   * ("Photo: …", a short line ending in "(Jane Doe/Reuters)"). Each span is the line without
   * its surrounding white space, at most 200 characters; `text.slice(start, end) === text`.
   */
  furniture: Span[];
}

/** What {@link readArticle} returns. */
export interface ArticleContent {
  metadata: ArticleMetadata;
  /** The body as plain text, paragraphs separated by blank lines. */
  text: string;
  /** Each paragraph's span in `text` (a list item is a paragraph of its own). */
  paragraphs: Span[];
  /** The body as typed blocks (heading, paragraph, list, quote, caption), each with its span in `text`. */
  blocks: ArticleBlock[];
}
