/**
 * What a class or id says about an element: page furniture (comments, share bars, related
 * stories, newsletter boxes), a caption or photo credit, or likely article text. Labels are
 * read word by word (split at white space, `_` and `-`, and at camelCase humps), never with
 * one long alternation: `\w*` stems in an alternation backtracked polynomially on long labels.
 */

/** Whole words that name furniture. */
const FURNITURE_WORDS = new Set(
  // "correlati": Italian related links.
  'ad ads adv banner combx community consent disqus extra gdpr masthead menu popup remark replies rss shoutbox sidebar skyscraper supplemental pagination pager modal toolbar tools tags byline print noprint login correlati correlate'.split(' '),
);
/**
 * "Read also" labels as slugs (lower case, accents dropped, words joined by `-`): a related-links
 * box's class and the label of a related-link line in plain text ("Lire aussi :", "Leia também:").
 */
export const READ_ALSO_SLUGS = ['lire-aussi', 'leggi-anche', 'lees-ook', 'leia-tambem', 'saiba-mais'] as const;

/** "Read more" labels as slugs: a teaser's class, and a related-link line's label in plain text. */
export const READ_MORE_SLUGS = ['readmore', 'read-more', 'weiterlesen'] as const;

/**
 * Word openings of furniture that no article container carries, in the languages of the web
 * (English, German, French, Italian, Spanish, Portuguese, Dutch): kept out even when the label
 * also says "content" or "article" (`related-articles`, `comment-content`, `article-teaser`).
 */
const STRONG_STEMS = [
  'comment', 'kommentar', 'comentar', 'commentaire', 'reacties', 'discussion', 'respond', 'reply',
  'related', 'verwandt', 'recommend', 'empfehl', 'more-',
  // "Related" and "read also" boxes: Spanish and Portuguese, Dutch, French, Italian, Portuguese.
  'relacionad', 'gerelateerd', ...READ_ALSO_SLUGS,
  // A table of contents (see also {@link isTableOfContents}), and video players' chrome (timers, "Watch: …" teasers).
  'table-of-contents', 'video-player', 'videoplayer', 'video-embed', 'vjs-', 'jwplayer',
  'newsletter', 'subscri', 'abonn', 'signup', 'sign-up', 'register',
  // Appeals for money under the story ("donation-box", "spenden-aufruf", "support-us").
  'donat', 'spende', 'support-us',
  'share', 'sharing', 'shariff', 'social', 'sociable', 'teilen', 'partage', 'condivid', 'compartir',
  'outbrain', 'taboola', 'plista', 'ligatus', 'promo', 'advert', 'anzeige', 'werbung', 'pub-', 'sponsor',
  'cookie', 'breadcrumb', 'rating', 'bewertung', 'author-bio', 'authorbox', 'author-box', 'about-author', 'author-description', 'author-info', 'authorinfo',
  // The same author box in German, Spanish, Portuguese, Italian and French spellings ("autor-info", "autorenbox", "bio-autore").
  'autor-info', 'autorinfo', 'autor-box', 'autorbox', 'autorenbox', 'autoren-box', 'autor-bio', 'bio-autor', 'autore-bio', 'auteur-bio', 'about-the-author',
  // WordPress conventions: a classic theme's "This entry was posted in …" line, an author-box plugin.
  'entry-utility', 'postmetadata', 'saboxplugin', 'disclaimer',
];
/** Word openings of furniture that an article container may share a label with ("sidebar content"). */
const WEAK_STEMS = ['nav', 'recirc', 'footer', 'teaser', ...READ_MORE_SLUGS];
/** The container of one blog post: `hentry`/`h-entry` (microformats), `type-post`/`type-page` (WordPress). */
const POST_CONTAINER = /(?:^|\s)(?:h-?entry|type-post|type-page)(?:\s|$)/i;
const MAYBE = /article|body|column|content|main|story|entry|text|post/i;

/**
 * A class that hides its element on every screen: the token `hidden` itself (UIkit's
 * `uk-hidden`). Not the word inside other tokens: breakpoint variants ("hidden-xs", "lg:hidden",
 * "hidden-print", "elementor-hidden-phone") show the element on other screens, and
 * "overflow-hidden", "field--label-hidden" or "lazy-hidden" hide something else or nothing.
 */
const HIDDEN_TOKEN = /(?:^|\s)(?:uk-)?hidden(?:\s|$)/i;

/** Class/id words of captions and photo credits. */
const CAPTION_STEMS = ['caption', 'credit', 'copyright', 'bildunterschrift', 'bildnachweis', 'legende', 'legend', 'didascalia', 'pie-', 'imagedescription', 'image-description', 'photo-source', 'img-source', 'wp-caption'];

/** Class/id words of an article's lead (dek, standfirst), in the languages of the web. */
const LEAD_STEMS = ['lead', 'lede', 'dek', 'standfirst', 'intro', 'chapo', 'chapeau', 'bajada', 'entradilla', 'epigraph', 'sottotitolo', 'sommario', 'sumario', 'resumo', 'anriss', 'summary', 'teaser', 'einleitung', 'vorspann', 'subline', 'sub-headline', 'subheadline', 'subtitle', 'excerpt', 'abstract', 'description'];

/** What follows "toc" in a table of contents' own labels ("toc_container", "ez-toc-title", "toc-list"). */
const TOC_PARTS = new Set(['container', 'title', 'list', 'wrap', 'wrapper', 'box', 'widget', 'nav', 'toggle']);

/**
 * A table of contents by its label's words: "toc" before one of {@link TOC_PARTS}. Not "toc"
 * alone: a contents plugin also labels the article's own headings ("ez-toc-section").
 */
function isTableOfContents(words: string[]): boolean {
  for (let index = 0; index + 1 < words.length; index++) if (words[index] === 'toc' && TOC_PARTS.has(words[index + 1]!)) return true;
  return false;
}

const NOTHING: LabelReading = { furniture: false, strong: false, caption: false, lead: false };
/**
 * Every stem and word above as one case-insensitive alternation of literals (no quantifier,
 * so no backtracking): a label it does not match reads as nothing. Furniture words are
 * matched at a word start (`ad` is in "header" and "load").
 */
const ANY_WORD = new RegExp(
  [
    ...STRONG_STEMS, ...WEAK_STEMS, ...CAPTION_STEMS, ...LEAD_STEMS,
    ...[...FURNITURE_WORDS, 'toc', 'hidden'].map((word) => `(?:^|[^a-z])${word}`),
  ].join('|'),
  'i',
);

/** A label split into lower-case words: at white space, `_`, `-` and camelCase humps. */
function labelWords(label: string): string[] {
  const spaced = label.replace(/([a-z])([A-Z])/g, '$1 $2').toLowerCase();
  return spaced.split(/[\s_-]+/).filter((word) => word.length > 0);
}

/**
 * The label without the classes that say nothing about the element's role: taxonomy slugs
 * (WordPress writes `tag-social-media category-comments` on the post itself) and script
 * hooks (`js-…`).
 */
function roleLabel(label: string): string {
  return label
    .split(/\s+/)
    .filter((token) => !/^(?:tag|category|cat|topic|js|has|is)[-_]/i.test(token))
    .join(' ');
}

function hasStem(words: string[], joined: string, stems: readonly string[]): boolean {
  for (const stem of stems) {
    if (stem.endsWith('-')) {
      if (joined.includes(` ${stem}`)) return true;
      continue;
    }
    if (stem.includes('-')) {
      if (joined.includes(stem)) return true;
      continue;
    }
    for (const word of words) if (word.startsWith(stem)) return true;
  }
  return false;
}

/** How a class/id label reads. */
export interface LabelReading {
  /** Page furniture: left out unless leaving it out leaves too little. */
  furniture: boolean;
  /** Furniture by a word no article container carries (comments, related, newsletter, share), not only by layout words. */
  strong: boolean;
  /** A caption or photo credit. */
  caption: boolean;
  /** An article's lead: dek, standfirst, intro. */
  lead: boolean;
}

/**
 * Reads a class/id label.
 *
 * @example
 * readLabel('related-articles') //=> { furniture: true, strong: true, caption: false, lead: false }
 * readLabel('entry-content')    //=> { furniture: false, strong: false, caption: false, lead: false }
 * readLabel('wp-caption-text')  //=> { furniture: false, strong: false, caption: true, lead: false }
 */
export function readLabel(fullLabel: string): LabelReading {
  // Most labels name none of the words at all: one scan of the label rules them out.
  if (!ANY_WORD.test(fullLabel)) return NOTHING;
  const label = roleLabel(fullLabel);
  // A post as WordPress and microformats mark it up, whatever its custom taxonomy classes say.
  if (POST_CONTAINER.test(label)) return { furniture: false, strong: false, caption: false, lead: false };
  const words = labelWords(label);
  const joined = ` ${label.toLowerCase()}`;
  const caption = hasStem(words, joined, CAPTION_STEMS);
  const lead = hasStem(words, joined, LEAD_STEMS);
  if (hasStem(words, joined, STRONG_STEMS) || isTableOfContents(words)) return { furniture: true, strong: true, caption, lead };
  let weak = HIDDEN_TOKEN.test(label);
  for (const word of words) {
    if (FURNITURE_WORDS.has(word)) weak = true;
  }
  if (!weak) weak = hasStem(words, joined, WEAK_STEMS);
  return { furniture: weak && !MAYBE.test(label), strong: false, caption, lead };
}

/**
 * A comment section's heading in the languages of the web (general knowledge of blog and news
 * templates): a count and the word ("2 Kommentare", "14 Responses to “…”", "Comments (3)"), the
 * word alone, WordPress's "3 thoughts on “…”", or the call to write one ("Leave a Reply", "Schreibe einen Kommentar", "Laisser un
 * commentaire", "Deja una respuesta", "Lascia un commento", "コメント", "评论", "댓글").
 */
export const COMMENT_HEADING =
  /^(?:\d{1,5}\s)?(?:comments?|kommentare?|leserkommentare|commentaires?|comentarios?|comentários?|commenti|reacties|reacciones|respuestas|responses?|replies|antworten|reaktionen|komentarze|kommentarer|kommentit|コメント|评论|評論|留言|댓글)(?:\s?[(（]\d{1,5}[)）])?(?:\s(?:to|on|zu|zum|sur|à|a|para|en|su|op|bei)\s.{1,160})?$|^(?:one|\d{1,5}) thoughts? on\s.{1,160}$|^(?:leave a (?:reply|comment)|schreibe einen kommentar|kommentar (?:schreiben|verfassen)|laisser un commentaire|deja (?:un comentario|una respuesta)|deixe (?:um comentário|uma resposta)|lascia un commento|laat een reactie achter|plaats een reactie)\b/i;
