import { decodeHTML } from 'entities';

/** Collapses white space (including no-break and Unicode spaces) and trims. */
export function collapseSpace(text: string): string {
  return text.replace(/[\s\u200b]+/g, ' ').trim();
}

/**
 * Whether `text` with its white-space runs collapsed to one space is longer than `limit`,
 * found without building that string (a stamp is short; a megabyte of text is not one).
 * Edge spaces count here, so this can only answer "longer" early, never wrongly "shorter".
 */
export function exceedsCollapsed(text: string, limit: number): boolean {
  let length = 0;
  let inSpace = false;
  for (let index = 0; index < text.length; index++) {
    const space = /\s/.test(text[index]!);
    if (space && inSpace) continue;
    inSpace = space;
    if (++length > limit + 2) return true;
  }
  return false;
}

/**
 * Decodes HTML entities left in a value (JSON-LD strings are raw script text, and some
 * pages double-escape their meta tags: `&amp;#039;`) with the `entities` library, then
 * collapses white space and strips any markup that leaked in (`<p>` inside a JSON-LD
 * description).
 */
export function cleanValue(text: string | null | undefined): string | null {
  if (text === null || text === undefined) return null;
  let value = text;
  if (value.includes('&')) value = decodeHTML(value);
  if (value.includes('<')) value = value.replace(/<\/?[a-z][^<>]*>/gi, ' ');
  value = collapseSpace(value);
  return value.length > 0 ? value : null;
}

/** Whether a string is an absolute or protocol-relative URL (or a bare domain path). */
export function isUrl(text: string): boolean {
  return /^(?:https?:)?\/\/\S+$/i.test(text) || /^www\.\S+$/i.test(text);
}

/** Resolves a possibly relative URL against a base; returns the input when it cannot. */
export function resolveUrl(href: string, base: string | null | undefined): string {
  if (!base) return href;
  try {
    return new URL(href, base).href;
  } catch {
    return href;
  }
}

/** The WHATWG URL class (browsers, Node, Deno, edge runtimes); declared here because the package compiles without DOM or Node types. */
declare const URL: new (href: string, base?: string) => { href: string };

/** Drops characters matching `chars` (a one-character class, no flags) from the end, without a backtracking regex. */
export function trimEndChars(text: string, chars: RegExp): string {
  let end = text.length;
  while (end > 0 && chars.test(text[end - 1]!)) end--;
  return text.slice(0, end);
}

/** Drops characters matching `chars` from the start. */
export function trimStartChars(text: string, chars: RegExp): string {
  let start = 0;
  while (start < text.length && chars.test(text[start]!)) start++;
  return text.slice(start);
}
