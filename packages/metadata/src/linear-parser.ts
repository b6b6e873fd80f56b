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
}

/**
 * htmlparser2's Parser with its two element stacks (open elements, foreign content)
 * replaced by {@link TopFirstStack}, so parsing stays linear however deep a page nests.
 * The events are htmlparser2's own, in the same order. With an {@link AttributeFilter},
 * the attributes object holds only the attributes it names: the Parser otherwise slices
 * and stores every `src`, `srcset`, `data-*` and `aria-*` value of the page, which cost
 * more than the handlers' own work on an element.
 */
export class LinearParser extends Parser {
  private readonly events: Partial<Handler>;
  private readonly openElements = new TopFirstStack<string>();
  private readonly filter: AttributeFilter | null;
  /** The open tag's attributes are all kept (no filter, or an element in `allOn`). */
  private keepAll = true;
  /** The attribute being read is kept. */
  private keep = true;

  constructor(events: Partial<Handler>, options: ParserOptions, filter: AttributeFilter | null = null) {
    super(events, options);
    this.events = events;
    this.filter = filter;
    const foreignContext = new TopFirstStack<boolean>();
    foreignContext.unshift(options.xmlMode === true);
    const internals = this as unknown as ParserInternals;
    internals.stack = this.openElements;
    internals.foreignContext = foreignContext;
  }

  override onopentagname(start: number, endIndex: number): void {
    super.onopentagname(start, endIndex);
    this.keepAll = this.filter === null || this.filter.allOn.has((this as unknown as ParserInternals).tagname);
  }

  override onattribname(start: number, endIndex: number): void {
    super.onattribname(start, endIndex);
    this.keep = this.keepAll || this.filter!.names.has((this as unknown as ParserInternals).attribname);
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

  /** Closes what is still open, innermost first (htmlparser2's `onend` indexes its array). */
  override onend(): void {
    for (let depth = 0; depth < this.openElements.length; depth++) this.events.onclosetag?.(this.openElements.below(depth)!, true);
    this.events.onend?.();
  }
}
