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
  private readonly counts = new Map<T, number>();

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
    this.counts.set(item, (this.counts.get(item) ?? 0) + 1);
    this[0] = item;
    return this.items.length;
  }

  shift(): T | undefined {
    if (this.items.length === 0) return undefined;
    const item = this.items.pop()!;
    this.counts.set(item, this.counts.get(item)! - 1);
    this[0] = this.items[this.items.length - 1];
    return item;
  }

  /** How far below the top `item` sits, or -1. */
  indexOf(item: T): number {
    if ((this.counts.get(item) ?? 0) === 0) return -1;
    for (let index = this.items.length - 1; index >= 0; index--) if (this.items[index] === item) return this.items.length - 1 - index;
    return -1;
  }

  /** The item `depth` places below the top. */
  below(depth: number): T | undefined {
    return this.items[this.items.length - 1 - depth];
  }
}

/**
 * htmlparser2's Parser with its two element stacks (open elements, foreign content)
 * replaced by {@link TopFirstStack}, so parsing stays linear however deep a page nests.
 * The events are htmlparser2's own, in the same order.
 */
export class LinearParser extends Parser {
  private readonly events: Partial<Handler>;
  private readonly openElements = new TopFirstStack<string>();

  constructor(events: Partial<Handler>, options: ParserOptions) {
    super(events, options);
    this.events = events;
    const foreignContext = new TopFirstStack<boolean>();
    foreignContext.unshift(options.xmlMode === true);
    const internals = this as unknown as { stack: unknown; foreignContext: unknown };
    internals.stack = this.openElements;
    internals.foreignContext = foreignContext;
  }

  /** Closes what is still open, innermost first (htmlparser2's `onend` indexes its array). */
  override onend(): void {
    for (let depth = 0; depth < this.openElements.length; depth++) this.events.onclosetag?.(this.openElements.below(depth)!, true);
    this.events.onend?.();
  }
}
