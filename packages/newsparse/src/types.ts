import type { DateMention, Dateline } from '@newsparse/dateline';
import type { TagEntitiesResult } from '@newsparse/entities';
import type { ArticleMetadata, ImageCredit } from '@newsparse/metadata';
import type { Quote, SourceSummary } from '@newsparse/quotes';

/** The parts of the pipeline {@link parseArticle} can run. */
export type ArticleStage = 'metadata' | 'dateline' | 'dates' | 'entities' | 'quotes';

/** Options for {@link parseArticle}. */
export interface ParseArticleOptions {
  /** How to read the input. `'auto'` (default) detects HTML by its markup. */
  format?: 'auto' | 'html' | 'text';
  /** The page's URL (HTML input): a fallback for its date and canonical URL. */
  url?: string;
  /**
   * The story's date when the article gives none: its publication date from the metadata,
   * else its dateline's date, comes first. Relative stamps of the page ("3 hours ago") are read against it.
   */
  reference?: Date | string;
  /** Run only these stages (metadata always runs, since the rest read the text it gives). Default: all. */
  only?: readonly ArticleStage[];
}

/** Article metadata as read from HTML or from a plain-text header. */
export interface ArticleInfo extends ArticleMetadata {
  /** The publication stamp as written in a plain-text article ("Published: Jun 27, 2024 08:43 PM"). */
  publishedRaw: string | null;
  /** Photo captions and credits of a plain-text article. */
  images: ImageCredit[];
}

/** Everything {@link parseArticle} found. All offsets index into `text`. */
export interface ArticleResult {
  /** How the input was read. */
  format: 'html' | 'text';
  /** The text the parsers ran over: the input itself for plain text, the extracted body for HTML. */
  text: string;
  /** Where the story body begins in `text`. */
  bodyStart: number;
  metadata: ArticleInfo;
  /** The date every relative date was resolved against ('yyyy-mm-dd'), or null if none was known. */
  reference: string | null;
  dateline: Dateline | null;
  /** Every date mention; with no `reference`, one that needs the story's date has `value: null`. */
  dates: DateMention[];
  entities: TagEntitiesResult;
  quotes: Quote[];
  /** Who is quoted, how often. */
  sources: SourceSummary[];
  /**
   * The story's language, a primary BCP 47 subtag: the page's declared one, else the one the
   * text's function words show ('en', 'de', 'it' …); null when neither says. The CLI report
   * warns when the quote or entity rules have none for it.
   */
  language: string | null;
}
