import { Parser, type Handler, type ParserOptions } from 'htmlparser2';

/**
 * A stack read top-first, as htmlparser2's Parser reads its open elements (`[0]`, `shift`,
 * `unshift`, `indexOf`, `length`), but kept top-last in an array: htmlparser2's own array
 * moves every open element on each `unshift`, so a page nested 50,000 deep (unclosed
 * `<div>`s, `<ul><li>` runs) took minutes. Here each operation is O(1), `indexOf` too
 * for a name not open (a count per item) and amortized otherwise (the parser then pops
 * everything it walked past).
 */
class TopFirstStack<T> {
  private readonly items: T[] = [];
  /** How many times each item is on the stack, boxed so that a push or a pop is one lookup. */
  private readonly counts = new Map<T, { count: number }>();

  get length(): number {
    return this.items.length;
  }

  set length(value: number) {
    while (this.items.length > Math.max(0, value)) this.shift();
  }

  /** The top, kept as a data property: an accessor here put the parser's hottest read on a slow path. */
  0: T | undefined = undefined;

  unshift(item: T): number {
    this.items.push(item);
    const box = this.counts.get(item);
    if (box === undefined) this.counts.set(item, { count: 1 });
    else box.count++;
    this[0] = item;
    return this.items.length;
  }

  shift(): T | undefined {
    if (this.items.length === 0) return undefined;
    const item = this.items.pop()!;
    this.counts.get(item)!.count--;
    this[0] = this.items[this.items.length - 1];
    return item;
  }

  /** How far below the top `item` sits, or -1. */
  indexOf(item: T): number {
    if ((this.counts.get(item)?.count ?? 0) === 0) return -1;
    for (let index = this.items.length - 1; index >= 0; index--) if (this.items[index] === item) return this.items.length - 1 - index;
    return -1;
  }

  /** The item `depth` places below the top. */
  below(depth: number): T | undefined {
    return this.items[this.items.length - 1 - depth];
  }
}

/**
 * Which attributes a handler reads: `names` (as written, since attribute names are not
 * lower-cased) on every element, and all of them on the elements in `allOn`.
 */
export interface AttributeFilter {
  names: ReadonlySet<string>;
  allOn: ReadonlySet<string>;
}

/** The fields of htmlparser2's Parser that the attribute filter reads (private in its types). */
interface ParserInternals {
  tagname: string;
  attribname: string;
  stack: unknown;
  foreignContext: unknown;
  tokenizer: TokenizerInternals;
  getSlice(start: number, end: number): string;
  emitOpenTag(name: string): void;
  closeCurrentTag(isOpenImplied: boolean): void;
}

/** htmlparser2's elements that open and close foreign content (SVG, MathML), for {@link LinearParser.onclosetag}. */
const FOREIGN_CONTEXT = new Set(['math', 'svg']);
const HTML_INTEGRATION = new Set(['mi', 'mo', 'mn', 'ms', 'mtext', 'annotation-xml', 'foreignobject', 'desc', 'title']);

/** The HTML elements' names, each mapped to itself ({@link LinearParser.onopentagname}). */
const TAG_NAMES = new Map(
  [
    'a', 'abbr', 'address', 'area', 'article', 'aside', 'audio', 'b', 'base', 'bdi', 'bdo', 'blockquote', 'body', 'br', 'button',
    'canvas', 'caption', 'cite', 'code', 'col', 'colgroup', 'data', 'dd', 'del', 'details', 'dfn', 'dialog', 'div', 'dl', 'dt',
    'em', 'embed', 'fieldset', 'figcaption', 'figure', 'font', 'footer', 'form', 'h1', 'h2', 'h3', 'h4', 'h5', 'h6', 'head',
    'header', 'hgroup', 'hr', 'html', 'i', 'iframe', 'img', 'input', 'ins', 'kbd', 'label', 'legend', 'li', 'link', 'main',
    'map', 'mark', 'menu', 'meta', 'meter', 'nav', 'noscript', 'object', 'ol', 'optgroup', 'option', 'output', 'p', 'picture',
    'pre', 'progress', 'q', 'rp', 'rt', 'ruby', 's', 'samp', 'script', 'section', 'select', 'slot', 'small', 'source', 'span',
    'strong', 'style', 'sub', 'summary', 'sup', 'svg', 'table', 'tbody', 'td', 'template', 'textarea', 'tfoot', 'th', 'thead',
    'time', 'title', 'tr', 'track', 'u', 'ul', 'var', 'video', 'wbr', 'center', 'path', 'g', 'use', 'circle', 'rect',
  ].map((name) => [name, name]),
);

/** The fields of htmlparser2's Tokenizer that {@link fastForwardTo} reads and sets (private in its types). */
interface TokenizerInternals {
  buffer: string;
  index: number;
  offset: number;
  fastForwardTo: (code: number) => boolean;
}

/**
 * The Tokenizer's `fastForwardTo` (the skip to a text's `<`, an attribute value's closing
 * quote, a tag's `>`) with the same result, found with `indexOf`: its own loop read the
 * page one `charCodeAt` at a time, a tenth of the whole pass.
 */
function fastForwardTo(this: TokenizerInternals, code: number): boolean {
  const found = this.buffer.indexOf(String.fromCharCode(code), this.index + 1 - this.offset);
  if (found === -1) {
    this.index = this.buffer.length + this.offset - 1;
    return false;
  }
  this.index = found + this.offset;
  return true;
}

/**
 * htmlparser2's Parser with its two element stacks (open elements, foreign content)
 * replaced by {@link TopFirstStack}, so parsing stays linear however deep a page nests.
 * The events are htmlparser2's own, in the same order. With an {@link AttributeFilter},
 * the attributes object holds only the attributes it names: the Parser otherwise slices
 * and stores every `src`, `srcset`, `data-*` and `aria-*` value of the page, which cost
 * more than the handlers' own work on an element. Tag names and kept attribute names are
 * handed on as one interned string per name, and the tokenizer's skips use `indexOf`: the
 * events are the same strings, found with a third less work.
 */
export class LinearParser extends Parser {
  private readonly events: Partial<Handler>;
  private readonly openElements = new TopFirstStack<string>();
  private readonly foreignStack = new TopFirstStack<boolean>();
  private readonly inXml: boolean;
  private readonly filter: AttributeFilter | null;
  /** The open tag's attributes are all kept (no filter, or an element in `allOn`). */
  private keepAll = true;
  /** The attribute being read is kept. */
  private keep = true;
  /** Tag names are lower-cased (the Parser's `lowerCaseTags`). */
  private readonly lowerCaseTags: boolean;
  /** The filter's names, each mapped to itself. */
  private readonly kept: Map<string, string> | null;

  constructor(events: Partial<Handler>, options: ParserOptions, filter: AttributeFilter | null = null) {
    super(events, options);
    this.events = events;
    this.filter = filter;
    this.lowerCaseTags = options.lowerCaseTags ?? options.xmlMode !== true;
    this.kept = filter === null ? null : new Map([...filter.names].map((name) => [name, name]));
    this.inXml = options.xmlMode === true;
    this.foreignStack.unshift(this.inXml);
    const internals = this as unknown as ParserInternals;
    internals.stack = this.openElements;
    internals.foreignContext = this.foreignStack;
    internals.tokenizer.fastForwardTo = fastForwardTo;
  }

  /**
   * The tag name from `start` to `endIndex`, lower-cased, as one string per tag name: the
   * handlers' switches and every lookup of it compare interned strings by reference, not a
   * new slice of the page by its letters.
   */
  private tagNameAt(start: number, endIndex: number): string {
    const raw = (this as unknown as ParserInternals).getSlice(start, endIndex);
    const name = TAG_NAMES.get(raw);
    if (name !== undefined) return name;
    const lower = raw.toLowerCase();
    return TAG_NAMES.get(lower) ?? lower;
  }

  override onopentagname(start: number, endIndex: number): void {
    if (this.lowerCaseTags) {
      this.endIndex = endIndex;
      (this as unknown as ParserInternals).emitOpenTag(this.tagNameAt(start, endIndex));
    } else super.onopentagname(start, endIndex);
    this.keepAll = this.filter === null || this.filter.allOn.has((this as unknown as ParserInternals).tagname);
  }

  override onattribname(start: number, endIndex: number): void {
    super.onattribname(start, endIndex);
    if (this.kept === null) return;
    const internals = this as unknown as ParserInternals;
    const name = this.kept.get(internals.attribname);
    if (name === undefined) this.keep = this.keepAll;
    else {
      // The filter's own copy of the name: a key read from the page is a new string, which
      // every store into the attributes object looked up in V8's string table again.
      internals.attribname = name;
      this.keep = true;
    }
  }

  override onattribdata(start: number, endIndex: number): void {
    if (this.keep) super.onattribdata(start, endIndex);
  }

  override onattribentity(codePoint: number): void {
    if (this.keep) super.onattribentity(codePoint);
  }

  override onattribend(quote: Parameters<Parser['onattribend']>[0], endIndex: number): void {
    // A dropped attribute's value was never read, so the Parser's value buffer is still empty.
    if (this.keep) super.onattribend(quote, endIndex);
    else this.endIndex = endIndex;
  }

  /** htmlparser2's `onclosetag` (HTML mode) over the interned name ({@link tagNameAt}). */
  override onclosetag(start: number, endIndex: number): void {
    if (!this.lowerCaseTags || this.inXml) {
      super.onclosetag(start, endIndex);
      return;
    }
    const internals = this as unknown as ParserInternals;
    this.endIndex = endIndex;
    const name = this.tagNameAt(start, endIndex);
    if (FOREIGN_CONTEXT.has(name) || HTML_INTEGRATION.has(name)) this.foreignStack.shift();
    if (!this.isVoidElement(name)) {
      const depth = this.openElements.indexOf(name);
      if (depth !== -1) {
        for (let index = 0; index <= depth; index++) this.events.onclosetag?.(this.openElements.shift()!, index !== depth);
      } else if (name === 'p') {
        internals.emitOpenTag('p');
        internals.closeCurrentTag(true);
      }
    } else if (name === 'br') {
      this.events.onopentagname?.('br');
      this.events.onopentag?.('br', {}, true);
      this.events.onclosetag?.('br', false);
    }
    this.startIndex = endIndex + 1;
  }

  /** Closes what is still open, innermost first (htmlparser2's `onend` indexes its array). */
  override onend(): void {
    for (let depth = 0; depth < this.openElements.length; depth++) this.events.onclosetag?.(this.openElements.below(depth)!, true);
    this.events.onend?.();
  }
}
