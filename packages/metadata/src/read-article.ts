import { assertText, type Span } from '@newsparse/core';
import { decodeHTML } from 'entities';
import { checkReadOptions } from './options.js';
import { readMetadataWith } from './read-metadata.js';
import type { BodyListener } from './scan.js';
import { collapseSpace } from './text.js';
import type { ArticleContent, ReadMetadataOptions } from './types.js';

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
/** Class and id words of page furniture; a word may also open with one of {@link UNLIKELY_STEMS}. */
const UNLIKELY_WORDS = new Set(
  'ad ads banner breadcrumb breadcrumbs combx comment comments community cookie consent disqus extra footer gdpr masthead menu newsletter popup related remark replies rss share sharing shoutbox sidebar skyscraper social subscribe supplemental pagination pager promo outbrain taboola signup modal toolbar tools tags byline hidden'.split(' '),
);
const UNLIKELY_STEMS = ['advert', 'nav', 'sponsor', 'recirc'];
const WORD_CHARS = /^\w*$/;
const AUTHOR_BIO = /(?:^|[\s_-])author-bio(?:$|[\s_-])/i;

/**
 * Whether a class/id label names page furniture, word by word (words split at white
 * space, `_` and `-`, so "author-bio" is the pair "author", "bio"). A word list instead of
 * one alternation: the alternation's `\w*` stems backtracked polynomially on long labels.
 */
function isUnlikelyLabel(label: string): boolean {
  const words = label.toLowerCase().split(/[\s_-]+/);
  for (let index = 0; index < words.length; index++) {
    const word = words[index]!;
    if (UNLIKELY_WORDS.has(word)) return true;
    for (const stem of UNLIKELY_STEMS) if (word.startsWith(stem) && WORD_CHARS.test(word)) return true;
  }
  return AUTHOR_BIO.test(label);
}
const MAYBE = /article|body|column|content|main|story|entry|text|post/i;
const POSITIVE = /article|body|content|entry|hentry|h-entry|main|page|post|text|blog|story|prose|rich-?text/i;
const NEGATIVE = /comment|contact|footer|masthead|media|meta|outbrain|promo|related|scroll|share|shoutbox|sidebar|skyscraper|sponsor|shopping|tags|widget|hidden|caption|credit|byline|author/i;

interface TreeNode {
  tag: string;
  parent: number;
  /** Class/id weight (+25 / −25) and tag prior. */
  prior: number;
  /** Never content: hidden, navigation, asides, footers. */
  dropped: boolean;
  /** Its class or id reads as page furniture (comments, share bars, "related"): left out unless that leaves too little. */
  unlikely: boolean;
  text: number;
  links: number;
  score: number;
  scored: boolean;
}

interface Block {
  node: number;
  unlikely: boolean;
  text: string;
  links: number;
  heading: boolean;
}

function tagPrior(tag: string): number {
  if (tag === 'div' || tag === 'article' || tag === 'main' || tag === 'section') return 5;
  if (tag === 'pre' || tag === 'td' || tag === 'blockquote') return 3;
  if (tag === 'address' || tag === 'ol' || tag === 'ul' || tag === 'dl' || tag === 'dd' || tag === 'dt' || tag === 'li' || tag === 'form') return -3;
  if (HEADING.has(tag) || tag === 'th') return -5;
  return 0;
}

class TreeBuilder implements BodyListener {
  readonly nodes: TreeNode[] = [{ tag: '#root', parent: -1, prior: 0, dropped: false, unlikely: false, text: 0, links: 0, score: 0, scored: false }];
  readonly blocks: Block[] = [];
  private readonly stack: number[] = [0];
  private linkDepth = 0;
  private buffer = '';
  private bufferLinks = 0;
  private breaks = 0;

  open(name: string, attributes: Record<string, string>, skipped: boolean): void {
    if (BLOCK.has(name)) this.flush();
    if (name === 'br') {
      this.breaks++;
      if (this.breaks >= 2) this.flush();
      else this.buffer += '\n';
    }
    const parent = this.stack[this.stack.length - 1]!;
    const label = `${attributes.class ?? ''} ${attributes.id ?? ''}`;
    const parentNode = this.nodes[parent]!;
    let dropped = parentNode.dropped || skipped || DROP.has(name);
    let unlikely = parentNode.unlikely;
    if (!dropped) {
      const style = attributes.style;
      if (attributes.hidden !== undefined || attributes['aria-hidden'] === 'true' || (style !== undefined && /display\s*:\s*none|visibility\s*:\s*hidden/i.test(style))) dropped = true;
      else if (attributes.role !== undefined && /^(?:navigation|dialog|alertdialog|complementary|banner|contentinfo|menu|menubar|search)$/.test(attributes.role)) dropped = true;
      else if (label.length > 1 && name !== 'body' && name !== 'article' && name !== 'main' && isUnlikelyLabel(label) && !MAYBE.test(label)) unlikely = true;
    }
    let prior = tagPrior(name);
    if (label.length > 1) {
      if (POSITIVE.test(label)) prior += 25;
      if (NEGATIVE.test(label)) prior -= 25;
    }
    this.nodes.push({ tag: name, parent, prior, dropped, unlikely, text: 0, links: 0, score: 0, scored: false });
    this.stack.push(this.nodes.length - 1);
    if (name === 'a') this.linkDepth++;
  }

  text(text: string, skipped: boolean): void {
    // Head text arrives skipped and title text never arrives, so a fragment without
    // <html>/<body> reads like the same markup inside a page.
    if (skipped) return;
    this.buffer += text;
    if (this.linkDepth > 0) this.bufferLinks += text.length;
    if (text.trim().length > 0) this.breaks = 0;
  }

  close(name: string): void {
    if (BLOCK.has(name)) this.flush();
    if (name === 'a' && this.linkDepth > 0) this.linkDepth--;
    if (this.stack.length > 1) this.stack.pop();
  }

  /** Ends the current block of text and gives it to its innermost open element. */
  flush(): void {
    if (this.buffer.length === 0) return;
    const raw = this.buffer.includes('&') ? decodeHTML(this.buffer) : this.buffer;
    const links = this.bufferLinks;
    this.buffer = '';
    this.bufferLinks = 0;
    const text = collapseSpace(raw);
    if (text.length === 0) return;
    const node = this.stack[this.stack.length - 1]!;
    const owner = this.nodes[node]!;
    if (owner.dropped) return;
    this.blocks.push({ node, unlikely: owner.unlikely, text, links: Math.min(links, text.length), heading: HEADING.has(owner.tag) });
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

function selectBody(builder: TreeBuilder, strict: boolean): Block[] {
  const { nodes } = builder;
  const blocks = strict ? builder.blocks.filter((block) => !block.unlikely) : builder.blocks;
  for (const node of nodes) {
    node.scored = false;
    node.score = 0;
  }
  // Score: each paragraph-like block gives its container and the ancestors above it.
  for (const block of blocks) {
    if (block.heading || block.text.length < 25) continue;
    const score = 1 + (block.text.match(/[,，、]/g)?.length ?? 0) + Math.min(Math.floor(block.text.length / 100), 3);
    let index = nodes[block.node]!.tag === 'p' || nodes[block.node]!.tag === 'pre' || nodes[block.node]!.tag === 'td' ? nodes[block.node]!.parent : block.node;
    for (let level = 0; level < 5 && index > 0; level++, index = nodes[index]!.parent) {
      const node = nodes[index]!;
      if (!node.scored) {
        node.scored = true;
        node.score = node.prior;
      }
      node.score += level === 0 ? score : level === 1 ? score / 2 : score / (level * 3);
    }
  }
  let top = -1;
  let topScore = 0;
  nodes.forEach((node, index) => {
    if (!node.scored || node.dropped || (strict && node.unlikely) || node.text === 0) return;
    const adjusted = node.score * (1 - node.links / node.text);
    if (adjusted > topScore) {
      topScore = adjusted;
      top = index;
    }
  });
  if (top < 0) return blocks;
  // Article parts split into several containers (steps, sections): when three of the
  // next best containers, each close to the best, sit under one ancestor, that ancestor
  // holds the article.
  const ranked = nodes
    .map((node, index) => ({ index, score: node.scored && !node.dropped && !(strict && node.unlikely) && node.text > 0 ? node.score * (1 - node.links / node.text) : 0 }))
    .filter((entry) => entry.index !== top && entry.score >= topScore * 0.75)
    .sort((a, b) => b.score - a.score)
    .slice(0, 4);
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
  // part of the article too (Readability's rule).
  const included = new Set<number>([top]);
  const parent = nodes[top]!.parent;
  if (parent > 0) {
    const threshold = Math.max(10, nodes[top]!.score * 0.2);
    const blockText = new Map<number, Block[]>();
    for (const block of blocks) {
      const list = blockText.get(block.node);
      if (list) list.push(block);
      else blockText.set(block.node, [block]);
    }
    nodes.forEach((node, index) => {
      if (node.parent !== parent || index === top || node.dropped || (strict && node.unlikely) || node.text === 0) return;
      const density = node.links / node.text;
      if (node.scored && node.score * (1 - density) >= threshold) {
        included.add(index);
        return;
      }
      if (node.tag === 'p') {
        const text = (blockText.get(index) ?? []).map((block) => block.text).join(' ');
        if ((text.length > 80 && density < 0.25) || (text.length > 0 && text.length <= 80 && density === 0 && /\.(?:\s|$)/.test(text))) included.add(index);
      }
    });
  }
  // Parents come before children, so one forward pass marks every node inside an included one.
  const inside: boolean[] = new Array<boolean>(nodes.length);
  for (let index = 0; index < nodes.length; index++) {
    const parentIndex = nodes[index]!.parent;
    inside[index] = included.has(index) || (parentIndex >= 0 && inside[parentIndex]!);
  }
  return blocks.filter((block) => {
    if (!inside[block.node]) return false;
    // Link lists (share bars, "read more") inside the container.
    if (!block.heading && block.links / block.text.length > 0.5 && block.text.length < 200) return false;
    return true;
  });
}

/**
 * Reads an article page: its metadata (as {@link readMetadata}) and its body as plain text
 * for the other parsers, paragraphs separated by blank lines, with each paragraph's span.
 * One pass over the page serves both.
 *
 * @example
 * readArticle('<article><p>First paragraph, long enough to count as text.</p><p>Second one, also long enough.</p></article>').text
 * //=> 'First paragraph, long enough to count as text.\n\nSecond one, also long enough.'
 */
export function readArticle(html: string, options?: ReadMetadataOptions): ArticleContent {
  assertText(html, 'readArticle');
  const checked = checkReadOptions(options, 'readArticle');
  const builder = new TreeBuilder();
  const metadata = readMetadataWith(html, checked, builder);
  builder.finish();
  // As Readability does: when leaving out "unlikely" furniture leaves too little, try again with it.
  let body = selectBody(builder, true);
  if (body.reduce((sum, block) => sum + block.text.length, 0) < 500) {
    const loose = selectBody(builder, false);
    if (loose.reduce((sum, block) => sum + block.text.length, 0) > body.reduce((sum, block) => sum + block.text.length, 0)) body = loose;
  }
  return { metadata, ...joinParagraphs(body.map((block) => block.text)) };
}

/**
 * Joins paragraphs with blank lines, tracking each one's offsets. Parts are joined once:
 * slicing a string grown by `+=` flattens it on every call, which made long pages quadratic.
 */
function joinParagraphs(parts: string[]): { text: string; paragraphs: Span[] } {
  const paragraphs: Span[] = [];
  let offset = 0;
  for (const [index, part] of parts.entries()) {
    if (index > 0) offset += 2;
    paragraphs.push({ text: part, start: offset, end: offset + part.length });
    offset += part.length;
  }
  return { text: parts.join('\n\n'), paragraphs };
}
