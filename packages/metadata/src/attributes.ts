// The attributes the page pass asks every element for, read in one walk over the few the
// parser kept: named loads on attribute objects of every shape cost a third of an open-tag
// handler. The scanner (scan.ts) and readArticle's tree builder read the same record.

/** The attributes of one element that the scanner and the body reader look at. */
export interface ElementAttributes {
  className: string | undefined;
  id: string | undefined;
  style: string | undefined;
  hidden: boolean;
  ariaHidden: string | undefined;
  role: string | undefined;
  testId: string | undefined;
  rel: string | undefined;
  href: string | undefined;
  itemprop: string | undefined;
  itemscope: boolean;
  datetime: string | undefined;
}

/** An empty record, to be filled by {@link readElementAttributes} for each element in turn. */
export function elementAttributes(): ElementAttributes {
  return { className: undefined, id: undefined, style: undefined, hidden: false, ariaHidden: undefined, role: undefined, testId: undefined, rel: undefined, href: undefined, itemprop: undefined, itemscope: false, datetime: undefined };
}

/**
 * Fills `into` with an element's attributes (every field reset first) and returns it: one
 * record per pass, reused for every element, so its shape never changes.
 *
 * @example
 * readElementAttributes({ class: 'byline', rel: 'author' }, elementAttributes()).rel //=> 'author'
 */
export function readElementAttributes(attributes: Record<string, string>, into: ElementAttributes): ElementAttributes {
  into.className = undefined;
  into.id = undefined;
  into.style = undefined;
  into.hidden = false;
  into.ariaHidden = undefined;
  into.role = undefined;
  into.testId = undefined;
  into.rel = undefined;
  into.href = undefined;
  into.itemprop = undefined;
  into.itemscope = false;
  into.datetime = undefined;
  for (const key in attributes) {
    switch (key) {
      case 'class':
        into.className = attributes[key];
        break;
      case 'id':
        into.id = attributes[key];
        break;
      case 'style':
        into.style = attributes[key];
        break;
      case 'hidden':
        into.hidden = true;
        break;
      case 'aria-hidden':
        into.ariaHidden = attributes[key];
        break;
      case 'role':
        into.role = attributes[key];
        break;
      case 'data-testid':
        into.testId = attributes[key];
        break;
      case 'rel':
        into.rel = attributes[key];
        break;
      case 'href':
        into.href = attributes[key];
        break;
      case 'itemprop':
        into.itemprop = attributes[key];
        break;
      case 'itemscope':
        into.itemscope = true;
        break;
      case 'datetime':
        into.datetime = attributes[key];
        break;
      default:
        break;
    }
  }
  return into;
}
