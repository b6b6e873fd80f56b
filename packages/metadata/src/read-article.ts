import { assertText, NewsparseError } from '@newsparse/core';
import { decodeHTML } from 'entities';
import { checkReadOptions } from './options.js';
import { isPublicationStamp, readMetadataWith } from './read-metadata.js';
import { creditAfterDate, scanPage, startsWithBylineCue, titledCreditOpening, type BodyListener } from './scan.js';
import { collapseSpace, hasNonSpace, isLetterOrDigitCode, isWhiteSpaceCode } from './text.js';
import type { ElementAttributes } from './attributes.js';
import { COMMENT_HEADING, readLabel, type LabelReading } from './boilerplate.js';
import { joinBlocks, type BodyPart } from './blocks.js';
import { normalizeDate } from './dates.js';
import { CAPTION_LABEL, isSignpostLine, READING_TIME } from './text-furniture.js';
import type { ArticleContent, Author, ReadMetadataOptions } from './types.js';

/**
 * The article body: a content scorer in the manner of Readability, run over a light tree
 * that the metadata pass builds on the side (element kinds, parents, text and link
 * lengths; no DOM). Paragraph-like blocks score their parent and grandparent by length
 * and commas; the best-scoring container (discounted by its link density), with the
 * siblings that score close to it, holds the body.
 */

const BLOCK = new Set([
  'p', 'div', 'section', 'article', 'main', 'td', 'th', 'li', 'ul', 'ol', 'dl', 'dt', 'dd', 'pre', 'blockquote', 'h1', 'h2', 'h3', 'h4', 'h5',
  'h6', 'figure', 'figcaption', 'header', 'footer', 'aside', 'nav', 'form', 'table', 'tr', 'tbody', 'thead', 'address', 'center', 'body',
  'details', 'summary', 'hr', 'fieldset', 'caption',
]);
const HEADING = new Set(['h1', 'h2', 'h3', 'h4', 'h5', 'h6']);
/** Never content, whatever their text. */
const DROP = new Set(['nav', 'aside', 'footer', 'button', 'select', 'input', 'label', 'dialog', 'menu', 'textarea', 'object', 'embed']);
const POSITIVE = /article|body|content|entry|hentry|h-entry|main|page|post|text|blog|story|prose|rich-?text/i;
const NEGATIVE = /comment|contact|footer|masthead|media|meta|outbrain|promo|related|scroll|share|shoutbox|sidebar|skyscraper|sponsor|shopping|tags|widget|hidden|caption|credit|byline|author/i;

interface TreeNode {
  tag: string;
  parent: number;
  /** Class/id weight (+25 / −25) and tag prior. */
  prior: number;
  /** Never content: hidden, navigation, asides, footers. */
  dropped: boolean;
  /**
   * The outermost element, this one or above, whose class or id reads as page furniture
   * (comments, share bars, "related"), or -1: left out unless that leaves too little.
   */
  furniture: number;
  /** Whether its own label is strong furniture ({@link LabelReading.strong}). */
  strong: boolean;
  /**
   * The outermost element, this one or above, whose own label is strong furniture (comments,
   * newsletter, related), or -1: set apart from {@link furniture}, which a layout wrapper
   * around the whole page ("Ads_TakeOver", "teaser") may hold instead.
   */
  strongAt: number;
  text: number;
  links: number;
  /** The caption element it sits in (`<figcaption>`, a caption/credit label), or -1. */
  caption: number;
  /** The list (`ul`, `ol`, `dl`, or a lone `li`) it sits in, or -1. */
  list: number;
  /** The `<blockquote>` it sits in, or -1. */
  quote: number;
  /** The innermost `<table>` it sits in, or -1. */
  table: number;
  /** A table with header cells (`<th>`): a table of data, not a layout grid. */
  headed: boolean;
  /** A table's cells (`<td>`, `<th>`), counted as they open. */
  cells: number;
  /** It sits in an element labelled as the article's lead (dek, standfirst, intro). */
  lead: boolean;
  /** Its `class` attribute ('' for none, and on inline or dropped elements). */
  className: string;
  /** An inline element that owns its text as a block (a labelled caption or widget). */
  owns: boolean;
}

/** Elements that hold whole articles, whatever a page-wide class says ("hide-caption" on `<body>`). */
const CONTAINER_TAGS = new Set(['html', 'body', 'main', 'article']);
/** A caption holds a few lines; an element labelled so that holds more is something else. */
const CAPTION_MAX = 400;

const PLAIN: LabelReading = { furniture: false, strong: false, caption: false, lead: false };
const LIST_TAGS = new Set(['ul', 'ol', 'dl', 'li', 'dd', 'dt']);

interface Block {
  node: number;
  furniture: number;
  /** Its node's {@link TreeNode.strongAt}. */
  strongAt: number;
  text: string;
  links: number;
  /** Heading level, 0 unless the owner is `h1`–`h6`. */
  level: number;
  caption: number;
  list: number;
  quote: number;
  /** Its node's {@link TreeNode.table}. */
  table: number;
}

function tagPrior(tag: string): number {
  if (tag === 'div' || tag === 'article' || tag === 'main' || tag === 'section') return 5;
  if (tag === 'pre' || tag === 'td' || tag === 'blockquote') return 3;
  if (tag === 'address' || tag === 'ol' || tag === 'ul' || tag === 'dl' || tag === 'dd' || tag === 'dt' || tag === 'li' || tag === 'form') return -3;
  if (HEADING.has(tag) || tag === 'th') return -5;
  return 0;
}

/** What the tag sets above say of a tag name, as bit flags: one lookup per element. */
const IS_BLOCK = 1;
const IS_HEADING = 2;
const IS_DROP = 4;
const IS_CONTAINER = 8;
const IS_LIST = 16;
interface TagInfo {
  flags: number;
  prior: number;
}
/** Every tag with a prior is a block: other tags are {@link OTHER_TAG}. */
const TAG_INFO = new Map<string, TagInfo>();
for (const [flag, names] of [[IS_BLOCK, BLOCK], [IS_HEADING, HEADING], [IS_DROP, DROP], [IS_CONTAINER, CONTAINER_TAGS], [IS_LIST, LIST_TAGS]] as const) {
  for (const name of names) TAG_INFO.set(name, { flags: (TAG_INFO.get(name)?.flags ?? 0) | flag, prior: tagPrior(name) });
}
const OTHER_TAG: TagInfo = { flags: 0, prior: 0 };

/** A label's reading, and the class/id weight it gives an element ({@link POSITIVE}, {@link NEGATIVE}). */
interface LabelInfo {
  reading: LabelReading;
  weight: number;
}

/**
 * Labels repeat across a page (every teaser, every paragraph of a CMS) and across the pages of
 * one site: each is read once, as the scanner's label cache does, up to a bound. A block's label
 * is its class and id joined by a space; one with a class and no id is looked up by the class
 * string itself (whose hash the scanner's lookup already computed), not by a joined copy.
 */
const LABELS = new Map<string, LabelInfo>();
const CLASS_LABELS = new Map<string, LabelInfo>();
const LABELS_MAX = 20000;

function labelInfo(label: string): LabelInfo {
  const reading = readLabel(label);
  let weight = 0;
  if (label.length > 1) {
    if (POSITIVE.test(label)) weight += 25;
    if (NEGATIVE.test(label)) weight -= 25;
  }
  return { reading, weight };
}

/** Reads `label` and keeps its reading under `key`: called on a miss, after a plain `get` (no closure per element). */
function storeLabel(cache: Map<string, LabelInfo>, key: string, label: string): LabelInfo {
  const info = labelInfo(label);
  if (cache.size >= LABELS_MAX) cache.clear();
  cache.set(key, info);
  return info;
}

class TreeBuilder implements BodyListener {
  readonly nodes: TreeNode[] = [{ tag: '#root', parent: -1, prior: 0, dropped: false, furniture: -1, strong: false, strongAt: -1, text: 0, links: 0, caption: -1, list: -1, quote: -1, table: -1, headed: false, cells: 0, lead: false, className: '', owns: false }];
  readonly blocks: Block[] = [];
  /** The e-mail fields of forms (a newsletter's sign-up box, whatever its class says), as node indices; a few at most. */
  readonly emailFields: number[] = [];
  private readonly stack: number[] = [0];
  private linkDepth = 0;
  private rubyDepth = 0;
  /** The block's text from its first visible run on (white space before it is trimmed anyway). */
  private buffer = '';
  /** White space arrived before any visible text: the block is not empty, only blank. */
  private blank = false;
  private bufferLinks = 0;
  /** The buffer holds more than white space (most runs between block tags do not). */
  private bufferText = false;
  private breaks = 0;
  /**
   * The buffer's last code unit (NaN while it is empty, as `charCodeAt` past the end reads):
   * kept apart so that a look at it leaves the buffer's text runs unjoined until it is flushed.
   */
  private last = Number.NaN;

  open(name: string, _attributes: Record<string, string>, skipped: boolean, fields: ElementAttributes): void {
    const tag = TAG_INFO.get(name) ?? OTHER_TAG;
    const block = (tag.flags & IS_BLOCK) !== 0;
    if (block) {
      this.flush();
      // Ruby is inline: an <rt> left open (the scanner drops stray end tags) ends with its block.
      this.rubyDepth = 0;
    }
    // "<time>14 mai 2024</time><time>15 mai 2024</time>" (WordPress's published and updated
    // stamps side by side) reads as two dates, not "202415".
    if (name === 'time' && this.bufferText && !isWhiteSpaceCode(this.last)) {
      this.buffer += ' ';
      this.last = 32;
    }
    if (name === 'br') {
      this.breaks++;
      if (this.breaks >= 2) this.flush();
      else if (!this.bufferText) this.blank = true;
      else {
        this.buffer += '\n';
        this.last = 10;
      }
    }
    const parent = this.stack[this.stack.length - 1]!;
    const parentNode = this.nodes[parent]!;
    // Inline elements own no block of text (a block belongs to the element open when it ends),
    // and nothing under a dropped element counts: only the labels of the others are read.
    // An unclosed <head> ends at the first body element (the scanner's rule), but the parser
    // keeps it open around the page: only what arrives skipped inside it is dropped.
    let dropped = parentNode.dropped || (skipped && name !== 'head') || (tag.flags & IS_DROP) !== 0;
    // The attributes as the scanner read them for this element (attributes.ts): not read again.
    const { className, id: idName, style, hidden, ariaHidden, role, itemprop } = fields;
    // "<span class=reporter>김민수 기자</span><span class=date>입력 2019.04.18</span>": a byline's
    // or a stamp's fields that touch in the source are apart on the page (a style sheet sets them so).
    if (!block && className !== undefined && this.bufferText && isLetterOrDigitCode(this.last) && META_FIELD.test(className)) {
      this.buffer += ' ';
      this.last = 32;
    }
    // The label is `${class} ${id}` (either may be missing: '' stands for it).
    let labelled = !dropped && block && (className !== undefined || idName !== undefined);
    let info: LabelInfo | null = null;
    if (labelled) {
      if (idName === undefined) {
        // `${class} ` is one character longer than the class: labels of one character read as none.
        if (className!.length > 0) info = CLASS_LABELS.get(className!) ?? storeLabel(CLASS_LABELS, className!, `${className!} `);
        else labelled = false;
      } else {
        const label = `${className ?? ''} ${idName}`;
        if (label.length > 1) info = LABELS.get(label) ?? storeLabel(LABELS, label, label);
        else labelled = false;
      }
    }
    let reading = info === null ? PLAIN : info.reading;
    let ownLabel = false;
    // An inline element labelled as a caption, a photo credit or a widget (a rating box in the
    // post, "<span class='credits'>") is a block of its own; a labelled link stays in its sentence.
    if (!dropped && !labelled && name !== 'a' && this.linkDepth === 0 && className !== undefined && className.length > 1) {
      const inline = LABELS.get(className) ?? storeLabel(LABELS, className, className);
      if (inline.reading.caption || inline.reading.strong) {
        this.flush();
        ownLabel = true;
        info = inline;
        reading = inline.reading;
      }
    }
    const owns = ownLabel;
    labelled = labelled || ownLabel;
    let furniture = parentNode.furniture;
    let strongAt = parentNode.strongAt;
    if (!dropped) {
      if (hidden || ariaHidden === 'true' || (style !== undefined && /display\s*:\s*none|visibility\s*:\s*hidden/i.test(style))) dropped = true;
      else if (role !== undefined && /^(?:navigation|dialog|alertdialog|complementary|banner|contentinfo|menu|menubar|search)$/.test(role)) dropped = true;
      else if (labelled && name !== 'body' && name !== 'html' && name !== 'article' && name !== 'main' && reading.furniture) {
        if (furniture < 0) furniture = this.nodes.length;
        if (reading.strong && strongAt < 0) strongAt = this.nodes.length;
      }
    }
    const prior = tag.prior + (info === null ? 0 : info.weight);
    const index = this.nodes.length;
    const caption = parentNode.caption < 0 && (name === 'figcaption' || (reading.caption && !(tag.flags & (IS_CONTAINER | IS_HEADING)))) ? index : parentNode.caption;
    const list = parentNode.list < 0 && tag.flags & IS_LIST ? index : parentNode.list;
    const quote = parentNode.quote < 0 && name === 'blockquote' ? index : parentNode.quote;
    const table = name === 'table' ? index : parentNode.table;
    if ((name === 'th' || name === 'td') && table >= 0) {
      const tableNode = this.nodes[table]!;
      tableNode.cells++;
      if (name === 'th') tableNode.headed = true;
    }
    this.nodes.push({ tag: name, parent, prior, dropped, furniture, strong: reading.strong, strongAt, text: 0, links: 0, caption, list, quote, table, headed: false, cells: 0, lead: parentNode.lead || ((reading.lead || (block && itemprop === 'description')) && !(tag.flags & IS_CONTAINER)), className: labelled ? className ?? '' : '', owns });
    this.stack.push(this.nodes.length - 1);
    if (name === 'input' && this.emailFields.length < 8 && isEmailField(_attributes)) this.emailFields.push(index);
    if (name === 'a') this.linkDepth++;
    else if (name === 'rt' || name === 'rp') this.rubyDepth++;
  }

  text(text: string, skipped: boolean, visible?: boolean): void {
    // Head text arrives skipped and title text never arrives, so a fragment without
    // <html>/<body> reads like the same markup inside a page.
    // Ruby annotations (furigana over kanji) are readings, not words of the text.
    if (skipped || this.rubyDepth > 0) return;
    if (this.linkDepth > 0) this.bufferLinks += text.length;
    // Only a buffer still blank or a run of line breaks waits for the first visible character.
    // The scanner's own test of the run, when it made one, is not made again.
    if ((this.breaks > 0 || !this.bufferText) && (visible ?? hasNonSpace(text))) {
      this.breaks = 0;
      this.bufferText = true;
    } else if (!this.bufferText) {
      // A template's indentation between tags: kept as a mark, never as text.
      if (text.length > 0) this.blank = true;
      return;
    }
    this.buffer += text;
    if (text.length > 0) this.last = text.charCodeAt(text.length - 1);
  }

  close(name: string): void {
    if (BLOCK.has(name) || this.nodes[this.stack[this.stack.length - 1]!]!.owns) this.flush();
    if (name === 'a' && this.linkDepth > 0) this.linkDepth--;
    else if ((name === 'rt' || name === 'rp') && this.rubyDepth > 0) this.rubyDepth--;
    if (this.stack.length > 1) this.stack.pop();
  }

  /** Ends the current block of text and gives it to its innermost open element. */
  flush(): void {
    if (this.buffer.length === 0 && !this.blank) return;
    this.blank = false;
    if (!this.bufferText) {
      // White space between tags (and line breaks alone) makes no block.
      this.buffer = '';
      this.last = Number.NaN;
      this.bufferLinks = 0;
      return;
    }
    const buffer = this.buffer;
    const links = this.bufferLinks;
    this.buffer = '';
    this.last = Number.NaN;
    this.bufferLinks = 0;
    this.bufferText = false;
    const node = this.stack[this.stack.length - 1]!;
    const owner = this.nodes[node]!;
    // Text under a dropped element makes no block: it is neither decoded nor collapsed.
    if (owner.dropped) return;
    const text = collapseSpace(buffer.includes('&') ? decodeHTML(buffer) : buffer);
    if (text.length === 0) return;
    this.blocks.push({ node, furniture: owner.furniture, strongAt: owner.strongAt, text, links: Math.min(links, text.length), level: HEADING.has(owner.tag) ? Number(owner.tag[1]) : 0, caption: owner.caption, list: owner.list, quote: owner.quote, table: owner.table });
    // Counted on the owner only; `finish` sums subtrees once, so deep nesting costs no walk per block.
    owner.text += text.length;
    owner.links += Math.min(links, text.length);
  }

  /** Ends the pass: each node's text and link lengths become its whole subtree's. */
  finish(): void {
    this.flush();
    // Nodes are numbered in document order, so every parent comes before its children.
    for (let index = this.nodes.length - 1; index > 0; index--) {
      const node = this.nodes[index]!;
      const parent = this.nodes[node.parent]!;
      parent.text += node.text;
      parent.links += node.links;
    }
  }
}

/**
 * A block's length as Latin text would have it: a character of Chinese, Japanese or Korean
 * says about as much as three Latin ones, so a CJK paragraph counts three times its length
 * (judged by three sample characters, so the cost stays constant).
 */
function readingLength(text: string): number {
  const length = text.length;
  if (length === 0) return 0;
  const cjk = (index: number): boolean => {
    const code = text.charCodeAt(index);
    return code >= 0x2e80 && code <= 0x9fff || code >= 0xac00 && code <= 0xd7af || code >= 0xff00 && code <= 0xffef;
  };
  return cjk(0) && cjk(length >> 1) || cjk(length >> 1) && cjk(length - 1) || cjk(0) && cjk(length - 1) ? length * 3 : length;
}

function selectBody(builder: TreeBuilder, strict: boolean, captions: boolean): Block[] {
  const { nodes } = builder;
  const heads = strict ? headLeads(builder.blocks, nodes) : new Set<Block>();
  const blocks = strict ? builder.blocks.filter((block) => block.furniture < 0 || heads.has(block)) : builder.blocks;
  // Each pass scores afresh, in typed arrays rather than on the nodes: a fractional number in
  // an object's field is a heap object of its own, one more allocation for every node of a page.
  const scores = new Float64Array(nodes.length);
  const scored = new Uint8Array(nodes.length);
  // Score: each paragraph-like block gives its container and the ancestors above it.
  for (const block of blocks) {
    const length = readingLength(block.text);
    if (block.level > 0 || length < 25) continue;
    const score = 1 + (block.text.match(/[,，、]/g)?.length ?? 0) + Math.min(Math.floor(length / 100), 3);
    let index = nodes[block.node]!.tag === 'p' || nodes[block.node]!.tag === 'pre' || nodes[block.node]!.tag === 'td' ? nodes[block.node]!.parent : block.node;
    for (let level = 0; level < 5 && index > 0; level++, index = nodes[index]!.parent) {
      if (scored[index] === 0) {
        scored[index] = 1;
        scores[index] = nodes[index]!.prior;
      }
      scores[index] = scores[index]! + (level === 0 ? score : level === 1 ? score / 2 : score / (level * 3));
    }
  }
  let top = -1;
  let topScore = 0;
  // A container whose paragraphs score a fifth of another's is no body, however its class
  // reads: a 25-character date and byline line in "article-info" outscored three short CJK
  // paragraphs by the weight of "article" alone.
  let mostContent = 0;
  nodes.forEach((node, index) => {
    if (scored[index] !== 0 && !node.dropped && !(strict && node.furniture >= 0) && scores[index]! - node.prior > mostContent) mostContent = scores[index]! - node.prior;
  });
  nodes.forEach((node, index) => {
    if (scored[index] === 0 || node.dropped || (strict && node.furniture >= 0) || node.text === 0 || (scores[index]! - node.prior) * 5 < mostContent) return;
    const adjusted = scores[index]! * (1 - node.links / node.text);
    if (adjusted > topScore) {
      topScore = adjusted;
      top = index;
    }
  });
  if (top < 0) return blocks;
  // Article parts split into several containers (steps, sections): when three of the
  // next best containers, each close to the best, sit under one ancestor, that ancestor
  // holds the article.
  const close: { index: number; score: number }[] = [];
  nodes.forEach((node, index) => {
    if (index === top || scored[index] === 0 || node.dropped || (strict && node.furniture >= 0) || node.text === 0) return;
    const score = scores[index]! * (1 - node.links / node.text);
    if (score >= topScore * 0.75) close.push({ index, score });
  });
  const ranked = close.sort((a, b) => b.score - a.score).slice(0, 4);
  if (ranked.length >= 3) {
    // How many of the ranked containers each node holds: one walk up per container.
    const holds = new Map<number, number>();
    for (const entry of ranked) {
      for (let index = entry.index; index >= 0; index = nodes[index]!.parent) holds.set(index, (holds.get(index) ?? 0) + 1);
    }
    for (let ancestor = nodes[top]!.parent; ancestor > 0; ancestor = nodes[ancestor]!.parent) {
      if ((holds.get(ancestor) ?? 0) >= 3) {
        top = ancestor;
        break;
      }
    }
  }
  // Siblings of the top container that score close to it, or read as plain paragraphs, are
  // part of the article too (Readability's rule). A container that is all of its parent's
  // text (a column in a row) has its parent's siblings instead.
  const ownScore = scores[top]!;
  while (nodes[top]!.parent > 0 && nodes[nodes[top]!.parent]!.text === nodes[top]!.text && nodes[nodes[top]!.parent]!.tag !== 'body') top = nodes[top]!.parent;
  const included = new Set<number>([top]);
  const parent = nodes[top]!.parent;
  if (parent > 0) {
    const threshold = Math.max(10, ownScore * 0.2);
    // A sibling with the top's own class is another part of the same story (sections, steps).
    const topClass = nodes[top]!.className;
    const blockText = new Map<number, Block[]>();
    for (const block of blocks) {
      const list = blockText.get(block.node);
      if (list) list.push(block);
      else blockText.set(block.node, [block]);
    }
    nodes.forEach((node, index) => {
      // The loose pass lets furniture in for a body inside it; a comment box or a post's meta
      // line beside a clean body stays out.
      if (node.parent !== parent || index === top || node.dropped || node.text === 0) return;
      if (node.furniture >= 0 && (strict || (nodes[node.furniture]!.strong && nodes[top]!.furniture < 0))) return;
      const density = node.links / node.text;
      const bonus = topClass !== '' && node.className === topClass ? ownScore * 0.2 : 0;
      if (scored[index] !== 0 && scores[index]! * (1 - density) + bonus >= threshold) {
        included.add(index);
        return;
      }
      if (node.tag === 'p') {
        const text = (blockText.get(index) ?? []).map((block) => block.text).join(' ');
        if ((text.length > 80 && density < 0.25) || (text.length > 0 && text.length <= 80 && density === 0 && /\.(?:\s|$)/.test(text))) included.add(index);
      }
    });
  }
  for (const row of sameClassRows(nodes, scored, top, strict)) included.add(row);
  // Parents come before children, so one forward pass marks every node inside an included one.
  const inside: boolean[] = new Array<boolean>(nodes.length);
  for (let index = 0; index < nodes.length; index++) {
    const parentIndex = nodes[index]!.parent;
    inside[index] = included.has(index) || (parentIndex >= 0 && inside[parentIndex]!);
  }
  let candidates = blocks.filter((block) => inside[block.node]);
  // The loose pass lets furniture in where the chosen container sits inside it; a comment
  // thread or newsletter box within the container still goes, and so does layout furniture
  // unless it holds most of the text (a page whose only story is labelled "teaser").
  if (!strict) {
    const within = (block: Block): boolean => block.furniture >= 0 && inside[nodes[block.furniture]!.parent]!;
    // A newsletter box inside the container goes even when a layout wrapper around the whole
    // page (an ad takeover, a "teaser") is the outermost furniture its blocks sit in.
    const strongWithin = (block: Block): boolean => block.strongAt >= 0 && inside[nodes[block.strongAt]!.parent]!;
    const withoutStrong = candidates.filter((block) => !(within(block) && nodes[block.furniture]!.strong) && !strongWithin(block));
    // A forum's posts are all "comments": when they are nearly all the text, they are the page.
    if (totalLength(withoutStrong) * 5 >= totalLength(candidates)) candidates = withoutStrong;
    const inner = candidates.filter((block) => !within(block));
    if (totalLength(inner) * 2 >= totalLength(candidates)) candidates = inner;
  }
  candidates = withoutSignUpBoxes(candidates, builder.emailFields, nodes, top);
  candidates = withoutCommentSections(candidates, nodes, top);
  candidates = [...leadBefore(builder.blocks, candidates, nodes, strict), ...candidates];
  // An ad's label goes before the label rules read the neighbours: its slot is no clutter that
  // would make the line before it an orphaned label (a spec table's last cells, a photo link).
  candidates = candidates.filter((block) => !isAdLabel(block));
  const kept = candidates.map((block) => !isClutter(block, nodes, captions, top));
  dropOrphanLabels(candidates, kept, nodes, top);
  return candidates.filter((_, index) => kept[index]);
}

/** An `<input>` that asks for an e-mail address: its type, or its name on older forms ("email", "EMAIL", "e-mail"). */
function isEmailField(attributes: Record<string, string>): boolean {
  const type = attributes['type'];
  if (type !== undefined && type.toLowerCase() === 'email') return true;
  const name = attributes['name'];
  return name !== undefined && name.length < 40 && /^e-?mail/i.test(name) && (type === undefined || type.toLowerCase() === 'text');
}

/** The most text a sign-up box holds, in reading length: a call, a sentence or two, a button. */
const SIGN_UP_MAX = 400;

/**
 * Leaves out the box around a form that asks for an e-mail address: a newsletter's sign-up
 * ("Sign up for our morning briefing", a sentence, the field, a button) set inside the story
 * under a class that says nothing ("box"). The box is the highest element around the field
 * whose text stays short; never the body's container or an element around it, and never when
 * it would hold half the body's text (a short post with a form under it).
 */
function withoutSignUpBoxes(candidates: Block[], fields: number[], nodes: TreeNode[], top: number): Block[] {
  if (fields.length === 0 || candidates.length === 0) return candidates;
  const boxes = new Set<number>();
  for (const field of fields) {
    let box = -1;
    for (let index = nodes[field]!.parent; index > 0 && index !== top; index = nodes[index]!.parent) {
      const node = nodes[index]!;
      if (node.text > SIGN_UP_MAX || CONTAINER_TAGS.has(node.tag)) break;
      box = index;
    }
    // The walk stopped below the container; an element around the body's container is no box.
    if (box > 0 && box > top) boxes.add(box);
  }
  if (boxes.size === 0) return candidates;
  const inBox = (block: Block): boolean => {
    for (let index = block.node; index > top; index = nodes[index]!.parent) if (boxes.has(index)) return true;
    return false;
  };
  const kept = candidates.filter((block) => !inBox(block));
  return totalLength(kept) * 2 >= totalLength(candidates) ? kept : candidates;
}


/**
 * Leaves out a comment section that no class names: from a heading that names the readers'
 * comments ({@link COMMENT_HEADING}) to the end of the element it heads, or, when it stands
 * right in the body's container, to the next heading of its level or above. Never half the body.
 */
function withoutCommentSections(candidates: Block[], nodes: TreeNode[], top: number): Block[] {
  let kept: Block[] | null = null;
  for (let at = 0; at < candidates.length; at++) {
    const heading = candidates[at]!;
    if (heading.level === 0 || heading.text.length > 200 || !COMMENT_HEADING.test(heading.text)) continue;
    const section = nodes[heading.node]!.parent;
    const own = section !== top && section > top && !CONTAINER_TAGS.has(nodes[section]!.tag);
    const within = (block: Block): boolean => {
      for (let index = block.node; index >= section; index = nodes[index]!.parent) if (index === section) return true;
      return false;
    };
    let end = at + 1;
    while (end < candidates.length && (own ? within(candidates[end]!) : candidates[end]!.level === 0 || candidates[end]!.level > heading.level)) end++;
    kept = [...candidates.slice(0, at), ...candidates.slice(end)];
    break;
  }
  return kept !== null && totalLength(kept) * 2 >= totalLength(candidates) ? kept : candidates;
}

/** How many blocks before the body the lead may sit. */
const LEAD_WINDOW = 30;

/**
 * Whether a block is clear of furniture, or its furniture is only its lead's own label:
 * "teaser" names a dek above the story as often as a teaser of another one.
 */
function leadFurniture(block: Block, nodes: TreeNode[]): boolean {
  if (block.furniture < 0) return true;
  const furniture = nodes[block.furniture]!;
  return furniture.lead && !furniture.strong;
}

/**
 * A story that a page builder splits into rows ("vc_row", "section"): the siblings of the
 * top container's nearest classed ancestor that share its class and hold paragraphs of
 * their own, not links.
 */
function sameClassRows(nodes: TreeNode[], scored: Uint8Array, top: number, strict: boolean): number[] {
  let row = top;
  for (let level = 0; level < 5 && row > 0; level++, row = nodes[row]!.parent) {
    const { className, parent } = nodes[row]!;
    if (className === '' || parent <= 0) continue;
    const rows: number[] = [];
    // Nodes are in document order: the parent's subtree runs from it to the first node whose
    // own parent comes before it.
    for (let index = parent + 1; index < nodes.length; index++) {
      const node = nodes[index]!;
      if (node.parent < parent) break;
      if (node.parent !== parent || index === row || node.className !== className) continue;
      // A row's paragraphs may sit deeper than scores reach (row, column, wrapper, text block).
      if (!(scored[index] !== 0 || node.text >= 200) || node.dropped || (strict && node.furniture >= 0) || node.text === 0 || node.links * 3 > node.text) continue;
      rows.push(index);
    }
    if (rows.length > 0) return rows;
  }
  return [];
}

/**
 * Leads labelled like furniture ("article-teaser") right under a headline, before the body
 * starts (its first long block that is no lead): they stay in the strict pass.
 */
function headLeads(all: Block[], nodes: TreeNode[]): Set<Block> {
  const heads = new Set<Block>();
  for (let index = 0; index < all.length; index++) {
    if (all[index]!.level !== 1) continue;
    for (let next = index + 1; next < all.length && next <= index + LEAD_WINDOW; next++) {
      const block = all[next]!;
      if (block.level === 1) break;
      if (nodes[block.node]!.lead) {
        if (block.furniture >= 0 && leadFurniture(block, nodes) && block.text.length >= 40 && block.links * 2 <= block.text.length) heads.add(block);
      } else if (block.text.length >= 80) break;
    }
  }
  return heads;
}

/**
 * The article's lead when it sits outside the chosen container, before it (a dek in the
 * article header, a standfirst above the body column): blocks in an element labelled as a
 * lead, between the last `<h1>` before the container and the container.
 */
function leadBefore(all: Block[], candidates: Block[], nodes: TreeNode[], strict: boolean): Block[] {
  if (candidates.length === 0) return [];
  const first = all.indexOf(candidates[0]!);
  let from = 0;
  for (let index = first - 1; index >= 0; index--) {
    if (all[index]!.level === 1) {
      from = index + 1;
      break;
    }
  }
  const lead: Block[] = [];
  // A subheadline set as the heading right under the headline ("<h1>…</h1><h2>In den
  // Vereinigten Staaten trommeln Aktivisten …</h2>"): a sentence, not a section's title.
  if (from > 0 && from < first && isSubheadline(all[from]!, strict)) lead.push(all[from]!);
  // Share bars, bylines and stamps between the headline and the body are many short blocks.
  for (let index = Math.max(from, first - LEAD_WINDOW); index < first; index++) {
    if (lead.includes(all[index]!)) continue;
    const block = all[index]!;
    if (!nodes[block.node]!.lead || (strict && !leadFurniture(block, nodes)) || block.text.length < 40 || block.links * 2 > block.text.length) continue;
    lead.push(block);
  }
  return lead;
}

/**
 * A heading of level two or three that reads as a sentence (50 characters or more, six words or
 * more, few links), outside furniture in the strict pass: a subheadline, not a section's title.
 */
function isSubheadline(block: Block, strict: boolean): boolean {
  if (block.level !== 2 && block.level !== 3) return false;
  if (block.text.length < 50 || block.links * 4 > block.text.length || (strict && block.furniture >= 0)) return false;
  let words = 1;
  for (let index = 0; index < block.text.length; index++) if (block.text.charCodeAt(index) === 32) words++;
  return words >= 6;
}

/**
 * Link lists (share bars, "read more", related headlines: a short block a third links or more)
 * and captions inside the container. A linked cell of a data table inside the container (a
 * product's name in a comparison, a download per platform) is the table's content: its table,
 * unlike a menu laid out as one, has header cells or is mostly words that are no links.
 */
function isClutter(block: Block, nodes: TreeNode[], captions: boolean, top: number): boolean {
  if (!captions && isCaption(block, nodes)) return true;
  return block.links * 3 > block.text.length && block.text.length < 200 && !isDataCell(block, nodes, top);
}

/**
 * A cell of a data table inside the container: the table has header cells or is mostly words
 * that are no links, and its cells hold words (a calendar's cells hold a day's number each).
 */
function isDataCell(block: Block, nodes: TreeNode[], top: number): boolean {
  if (block.table <= top) return false;
  const table = nodes[block.table]!;
  return (table.headed || table.links * 2 < table.text) && table.text >= table.cells * 5;
}

function isCaption(block: Block, nodes: TreeNode[]): boolean {
  return block.caption >= 0 && nodes[block.caption]!.text <= CAPTION_MAX;
}

/**
 * A photo credit set as a line of the text, its label first ("Titelbild: Jane Doe/Agency", "Bild:
 * …", "Photo: …", "Image credit: …", "Crédit photo : …", "Foto di …:"), in the languages of the
 * web (general knowledge of press conventions). Capitalised as a label is: a line of code or data
 * ("image: nginx") is no credit.
 */
const CREDIT_LINE =
  /^(?:(?:Beitrags|Titel|Header|Aufmacher|Vorschau)(?:bild|foto)|Bild|Foto|Fotos|Photo|Photos|Image|Picture|Grafik|Illustration|Beeld|Fotografía|Crédits?|Crédito|Créditos|Credits?|(?:Photo|Image) [Cc]redits?|Crédit photo|Foto di|(?:Bild|Foto)(?:quelle|nachweis|credit|rechte))\s?:\s/;
/** Class words of a byline's or a stamp's own field (an inline element opening one). */
const META_FIELD = /(?:^|[\s_-])(?:date|time|timestamp|author|byline|reporter|writer|autor|auteur)(?:$|[\s_-])/i;
/**
 * An advertisement's label alone on its line, between rules or stars ("Anzeige", "- Anzeige -",
 * "Advertisement", "Publicité", "Publicidad", "Pubblicità", "Reklama", "Advertentie", "Annonce"):
 * it marks the slot of an ad, which the page loads by script; no sentence of the story.
 */
const AD_LABEL = /^[\s*–—-]{0,4}(?:anzeige|advertisement|advertising|werbung|publicité|publicidad|pubblicità|publicidade|reklama|advertentie|annonce|reklame|mainos|hirdetés)[\s*:–—-]{0,4}$/i;
/** An advertisement's label alone in a block of the text ({@link AD_LABEL}). */
function isAdLabel(block: Block): boolean {
  return block.level === 0 && block.text.length <= 24 && AD_LABEL.test(block.text);
}
/** A media player's position and length, or its length alone ("0:00/0:45", "1:02:10"). */
const MEDIA_TIMER = /^(?:\d{1,2}:)?\d{1,2}:\d{2}(?:\s?\/\s?(?:\d{1,2}:)?\d{1,2}:\d{2})?$/;
/**
 * Whether a line closes with a Chinese photo credit, "（新华社记者 张三 摄）" (摄: photographed:
 * one to thirty characters and no bracket between the opening bracket and 摄), or a Japanese
 * one, "＝…撮影" (one to forty characters and no ＝ or 。 between). Read backwards from the end,
 * each character once (as a pattern, every opening bracket tried the rest of the line again).
 */
export function endsWithCjkPhotoCredit(text: string): boolean {
  const end = text.length;
  const last = text.charCodeAt(end - 1);
  if ((last === 0xff09 || last === 41) && text.charCodeAt(end - 2) === 0x6444) {
    for (let index = end - 3, count = 0; index >= 0 && count <= 30; index--, count++) {
      const code = text.charCodeAt(index);
      if (code === 0xff08 || code === 40) return count >= 1;
      if (code === 0xff09 || code === 41) return false;
    }
    return false;
  }
  if (text.endsWith('撮影')) {
    for (let index = end - 3, count = 0; index >= 0 && count <= 40; index--, count++) {
      const code = text.charCodeAt(index);
      if (code === 0xff1d) return count >= 1;
      if (code === 0x3002) return false;
    }
  }
  return false;
}

/** A copyright sign or word opening a line ("© 2023 Example", "(c) Example", "Copyright 2023 …"). */
const RIGHTS_OPENING = /^(?:©|\(c\)\s|copyright\b)/i;
/**
 * "All rights reserved" in the languages of the web (general knowledge), opening the line or a
 * sentence of it: in the middle of a sentence it is a story's words about copyright.
 */
const RIGHTS_RESERVED = /(?:^|[.!]\s)(?:all rights reserved|alle rechte vorbehalten|tous droits réservés|todos los derechos reservados|tutti i diritti riservati|alle rechten voorbehouden|todos os direitos reservados|wszelkie prawa zastrzeżone)/i;
/** The no-reprint notices of Japanese, Chinese and Korean sites, read on a short line. */
const NO_REPRINT = /無断転載|無斷轉載|版权所有|版權所有|무단\s?전재|재배포\s?금지/;

/**
 * A rights notice closing a story or set under it ("© 2023 Example News. All rights reserved.",
 * "Copyright 2023 The Associated Press. All rights reserved. This material may not be
 * published …", "無断転載禁止", "무단전재 및 재배포 금지"): the publisher's, no sentence of the story.
 */
function isRightsNotice(text: string): boolean {
  return RIGHTS_OPENING.test(text) || RIGHTS_RESERVED.test(text) || (text.length <= 80 && NO_REPRINT.test(text));
}

/** Sentence-final punctuation, in Latin and CJK scripts (a label may end with a colon). */
const STATEMENT_END = /[.!?…。！？;)"”»]$/;

/**
 * Drops the lines that title or stamp page furniture rather than the story:
 * - a heading or short label line ("Related stories", "Share this:") whose section holds
 *   nothing but clutter, or a heading or a label ending in a colon that ends the article;
 * - a short line that is no sentence ("Auch interessant:") right before a heading;
 * - the headline itself when it opens the body (it is the metadata's `title`);
 * - a line that is only a date ("23.10.2018", "4. April 2019");
 * - a video player's timer ("0:00/0:45", "0:00 / 1:45");
 * - a reading-time label ("5 Min Read", "Lesezeit: 3 Min.", "Temps de lecture : 4 min") and a
 *   caption's label for screen readers ("Image caption", "Image source, Example Images", "hide
 *   caption", "toggle caption"), with the caption text after such a label in the same line;
 * - a photo credit set as a line, its label first ("Titelbild: Jane Doe/Agency", "Photo: …");
 * - a line alone that signposts other content ("Lesen Sie auch", "Über den Autor", "Zum
 *   Weiterlesen:"), whatever follows it;
 * - a photo's credit line in Chinese or Japanese press style, a paragraph under the picture
 *   rather than a caption element ("图为会议现场。（新华社记者 张三 摄）", "…＝3日、田中一郎撮影").
 */
function dropOrphanLabels(candidates: Block[], kept: boolean[], nodes: TreeNode[], top: number): void {
  let next = -1;
  for (let index = candidates.length - 1; index >= 0; index--) {
    const block = candidates[index]!;
    if (!kept[index]) continue;
    const plain = block.level === 0 && block.list < 0 && block.quote < 0;
    // A list's short items and a data table's cells are their content, not labels of what follows.
    const cell = block.level === 0 && isDataCell(block, nodes, top);
    const label = block.level > 0 || (block.list < 0 && !cell && block.text.length <= 60 && !STATEMENT_END.test(block.text));
    const shortLine = plain && !cell && block.text.length <= 60 && !STATEMENT_END.test(block.text);
    const nextIsHeading = next >= 0 && candidates[next]!.level > 0;
    const beforeClutter = index + 1 < candidates.length && !kept[index + 1] && (next < 0 || nextIsHeading);
    if (
      (label && ((next < 0 && (block.level > 0 || /[:：]$/.test(block.text))) || beforeClutter)) ||
      (shortLine && nextIsHeading) ||
      (block.level === 1 && index === 0) ||
      (plain && block.text.length <= 40 && normalizeDate(block.text) !== null) ||
      (plain && block.text.length <= 24 && MEDIA_TIMER.test(block.text)) ||
      (plain && block.text.length <= 40 && READING_TIME.test(block.text)) ||
      (plain && block.text.length <= 300 && CAPTION_LABEL.test(block.text)) ||
      (plain && block.text.length <= 200 && CREDIT_LINE.test(block.text)) ||
      (block.list < 0 && block.quote < 0 && isSignpostLine(block.text)) ||
      (plain && block.text.length <= 150 && endsWithCjkPhotoCredit(block.text)) ||
      (plain && block.text.length <= 240 && isRightsNotice(block.text))
    ) {
      kept[index] = false;
      continue;
    }
    next = index;
  }
}

/** Options for {@link readArticle}: those of {@link readMetadata}, and whether to keep captions. */
export interface ReadArticleOptions extends ReadMetadataOptions {
  /**
   * Keep figure captions and photo credits in the text, as `caption` blocks. Off by default:
   * captions interrupt the story, and a credit line ("Photo: Jane Doe/Reuters") is no sentence of it.
   */
  captions?: boolean;
}

/**
 * Reads an article page: its metadata (as {@link readMetadata}) and its body as plain text
 * for the other parsers, blocks separated by blank lines (a list's items by line breaks),
 * with each paragraph's span and the typed blocks (heading, paragraph, list, quote, caption)
 * with their spans. One pass over the page serves both.
 *
 * @example
 * const article = readArticle('<article><h2>Harbour reopens</h2><p>The harbour reopened on Thursday, officials said.</p><ul><li>Ferries run</li><li>Boats left</li></ul></article>')
 * article.text
 * //=> 'Harbour reopens\n\nThe harbour reopened on Thursday, officials said.\n\nFerries run\nBoats left'
 * article.blocks.map((block) => block.kind)
 * //=> ['heading', 'paragraph', 'list']
 */
export function readArticle(html: string, options?: ReadArticleOptions): ArticleContent {
  assertText(html, 'readArticle');
  const checked = checkReadOptions(options, 'readArticle');
  const captions = readCaptionsOption(options);
  let builder = new TreeBuilder();
  const metadata = readMetadataWith(html, checked, builder);
  builder.finish();
  let body = bodyOf(builder, captions);
  if (totalLength(body) < NOSCRIPT_FALLBACK_BELOW) {
    const shown = withNoscriptShown(html);
    if (shown !== null) {
      const fallback = new TreeBuilder();
      scanPage(shown, fallback);
      fallback.finish();
      const read = bodyOf(fallback, captions);
      if (read.length >= 2 && totalLength(read) >= NOSCRIPT_BODY_MIN && totalLength(read) > 2 * totalLength(body)) {
        builder = fallback;
        body = read;
      }
    }
  }
  body = dropMetaLines(body, metadata.authors);
  body = dropAuthorBio(body, metadata.authors);
  body = dropClosingNotices(body);
  return { metadata, ...joinBlocks(body.map((block) => toPart(block, builder.nodes))) };
}

/** The body's blocks, by {@link selectBody}: without the page's furniture, unless that leaves too little. */
function bodyOf(builder: TreeBuilder, captions: boolean): Block[] {
  // As Readability does: when leaving out "unlikely" furniture leaves too little, try again with it.
  const body = selectBody(builder, true, captions);
  if (totalLength(body) >= 500) return body;
  const loose = selectBody(builder, false, captions);
  return totalLength(loose) > totalLength(body) ? loose : body;
}

/** A body shorter than this (a blog's tagline, a "please enable JavaScript" line) may be the one a script would show. */
const NOSCRIPT_FALLBACK_BELOW = 200;
/** What a `<noscript>` copy must hold to be taken as the article (in two blocks or more): paragraphs, not a notice. */
const NOSCRIPT_BODY_MIN = 500;
const NOSCRIPT_TAG = /<(\/?)noscript(?=[\s/>])/gi;

/**
 * The page with its `<noscript>` elements read as `<div>`s, or null when it has none. Pages
 * whose script writes the article in (a template in `<script type="text/template">`, a
 * blog platform's dynamic view) give readers without scripts the same article in a
 * `<noscript>` copy: when the page read without it has next to no body, that copy is the body.
 */
function withNoscriptShown(html: string): string | null {
  NOSCRIPT_TAG.lastIndex = 0;
  if (!NOSCRIPT_TAG.test(html)) return null;
  return html.replace(NOSCRIPT_TAG, '<$1div');
}

/** How many blocks at the top of the body may hold its byline or stamp line. */
const META_LINE_WINDOW = 6;
/** A block longer than this is the story's prose: the meta lines stand above it. */
const META_LINE_MAX = 160;

/**
 * Whether a short line is the article's byline: it opens with a byline cue ("Von Jane Doe |
 * Veröffentlicht am …", "By …", "Par …", "Por …", "di …"), gives one after its date ("3. Juni
 * 2024, 14:12 Uhr · Von Jane Doe") or opens with a reporter's name and title ("김민수 기자 입력
 * …"), and it names an author the metadata credits (so "Von Berlin aus fährt der Zug …" stays).
 */
function isBylineLine(text: string, authors: Author[]): boolean {
  if (authors.length === 0) return false;
  const credit = startsWithBylineCue(text) ? text : creditAfterDate(text) ?? titledCreditOpening(text);
  if (credit === null) return false;
  const lower = credit.toLowerCase();
  return authors.some((author) => author.name.length > 0 && lower.includes(author.name.toLowerCase()));
}

/**
 * Leaves out the byline and stamp lines that templates set at the top of the body, between
 * the headline and the story ("Von Jane Doe | Veröffentlicht am 3. Juni 2024, 14:12 Uhr"):
 * they are the metadata's authors and date, not text of the story. Only plain short blocks
 * before the first long one are read; the body is never left empty.
 */
function dropMetaLines(body: Block[], authors: Author[]): Block[] {
  const dropped = new Set<Block>();
  for (let index = 0; index < body.length && index < META_LINE_WINDOW; index++) {
    const block = body[index]!;
    if (block.text.length > META_LINE_MAX) break;
    if (block.level > 0 || block.list >= 0 || block.quote >= 0 || block.caption >= 0) continue;
    if (isBylineLine(block.text, authors) || isPublicationStamp(block.text)) dropped.add(block);
  }
  if (dropped.size === 0 || dropped.size === body.length) return body;
  return body.filter((block) => !dropped.has(block));
}

/** How many blocks at the end of the body may hold the author's bio. */
const BIO_WINDOW = 3;
/** A bio is a sentence or three. */
const BIO_MAX = 400;
/**
 * The verb after the author's name that opens a bio, in the languages of the web (general
 * knowledge): "Jane Doe is a reporter …", "… ist Redakteurin …", "… est journaliste …".
 */
const BIO_VERB = /^,?\s(?:is|was|has|writes|covers|reports|ist|war|schreibt|arbeitet|est|écrit|es|escribe|è|scrive|é|escreve|schrijft)\s/;

/**
 * Leaves out the author's bio set as a plain paragraph under the story ("Jane Doe is a reporter
 * covering city hall. Reach her at …"): among the last blocks, a short one that opens with the
 * full name of an author the metadata credits and a verb of being or writing. The story's own
 * sentences about a person who is not its author stay; the body is never left empty.
 */
function dropAuthorBio(body: Block[], authors: Author[]): Block[] {
  const names = authors.map((author) => author.name).filter((name) => name.includes(' '));
  if (names.length === 0 || body.length < 2) return body;
  for (let index = body.length - 1; index >= Math.max(1, body.length - BIO_WINDOW); index--) {
    const block = body[index]!;
    if (block.level > 0 || block.list >= 0 || block.quote >= 0 || block.text.length > BIO_MAX) continue;
    if (names.some((name) => block.text.startsWith(name) && BIO_VERB.test(block.text.slice(name.length, name.length + 12)))) return body.filter((_, at) => at !== index);
  }
  return body;
}

/** How many blocks at the end of the body may hold an appeal to the reader. */
const APPEAL_WINDOW = 3;
/** An appeal is a sentence or two and a link. */
const APPEAL_MAX = 320;
/**
 * The publisher's appeal to the reader, in the languages of the web (general knowledge of the
 * calls sites set under their stories): to subscribe, sign up, support or join them, in the
 * imperative or addressed to the reader ("Sign up here", "Unterstütze uns", "abonnieren Sie
 * unseren Newsletter", "Suscríbete", "Abonnez-vous", "Sostienici", "Wesprzyj nas", "Steun ons").
 * Third-person and noun forms ("subscribers", "die … unterstützen", "gli abbonati", "que assine")
 * are a story's words.
 */
const READER_APPEAL =
  /(?:^|[\s(¿¡])(?:subscribe (?:to|now|here)|sign up (?:here|now|for|to)|support(?:ing)? (?:us|our (?:work|journalism|reporting))|donate (?:now|today|here)|help us (?:continue|keep)|become a (?:member|subscriber|supporter|patron)|already a subscriber|unterstütze uns|unterstützen sie uns|abonniere (?:uns|das|jetzt)|abonnieren sie (?:uns|das|jetzt)|jetzt spenden|suscríbete|únete (?:a nuestr|desde|ahora|aquí|hoy)|apoya (?:nuestro|nuestra|el periodismo)|abonnez-vous|soutenez[- ](?:nous|notre)|faites un don|abbonati (?:ora|subito|a)|sostienici|sostieni (?:il nostro|la nostra)|wesprzyj nas|zapraszamy (?:też )?do subskrypcji|assine (?:já|agora)|apoie (?:o nosso|a nossa)|steun ons|word lid)/iu;

/** How many blocks at the end of the body may hold a licence notice. */
const LICENCE_WINDOW = 2;
/** A Creative Commons licence, by its name or its code ("CC BY-SA 4.0", "CC-BY-NC-ND", "CC0"). */
const LICENCE_NOTICE = /\b(?:CC[ -]?(?:BY|0)\b|creative commons)/i;

/**
 * Leaves out the notices a site sets as plain paragraphs under the story:
 * - the publisher's appeal ("Do you want to hear from us? Sign up here", "Unterstütze unsere
 *   Arbeit und abonniere das Magazin"): among the last three blocks, a short one that calls the
 *   reader to subscribe, sign up, support or join ({@link READER_APPEAL});
 * - the licence of the text ("Dieser Text wurde veröffentlicht unter der Lizenz CC-BY-NC-ND",
 *   "Content on this site is under CC BY"): among the last two, a short one that names a
 *   Creative Commons licence (higher up, a sentence about the licences is the story's own).
 * The first block and a body of one block stay.
 */
function dropClosingNotices(body: Block[]): Block[] {
  if (body.length < 2) return body;
  const dropped = new Set<Block>();
  for (let index = body.length - 1; index >= Math.max(1, body.length - APPEAL_WINDOW); index--) {
    const block = body[index]!;
    if (block.level > 0 || block.list >= 0 || block.quote >= 0 || block.text.length > APPEAL_MAX) continue;
    if (READER_APPEAL.test(block.text) || (index >= body.length - LICENCE_WINDOW && LICENCE_NOTICE.test(block.text))) dropped.add(block);
  }
  return dropped.size === 0 ? body : body.filter((block) => !dropped.has(block));
}

function readCaptionsOption(options: ReadArticleOptions | undefined): boolean {
  const captions = options?.captions;
  if (captions === undefined) return false;
  if (typeof captions !== 'boolean') throw new NewsparseError('INVALID_OPTION', `readArticle: options.captions must be a boolean, got ${captions === null ? 'null' : typeof captions}`);
  return captions;
}

function totalLength(blocks: Block[]): number {
  let length = 0;
  for (const block of blocks) length += block.text.length;
  return length;
}

/** A kept block as a typed part of the body: a caption, heading, quote or list by the element it sits in. */
function toPart(block: Block, nodes: TreeNode[]): BodyPart {
  if (isCaption(block, nodes)) return { text: block.text, kind: 'caption', level: 0, group: block.caption };
  if (block.level > 0) return { text: block.text, kind: 'heading', level: block.level, group: -1 };
  if (block.quote >= 0) return { text: block.text, kind: 'quote', level: 0, group: block.quote };
  if (block.list >= 0) return { text: block.text, kind: 'list', level: 0, group: block.list };
  return { text: block.text, kind: 'paragraph', level: 0, group: -1 };
}
