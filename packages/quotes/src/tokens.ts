import { isAbbreviation } from '@newsparse/core';

/** A word or punctuation token with its offsets into the text. */
export interface Token {
  text: string;
  /** Lower case, curly apostrophes straightened, trailing period dropped. */
  lower: string;
  start: number;
  end: number;
  /** `word`: letters or digits; `punct`: anything else (one character). */
  kind: 'word' | 'punct';
  /** Whether the word starts with an upper-case letter. */
  cap: boolean;
}

const WORD = /[\p{L}\p{N}]+(?:['\u2019]\p{L}+|[-.&/][\p{L}\p{N}]+)*/uy;
const UPPER = /^\p{Lu}/u;
const SINGLE_UPPER = /^\p{Lu}$/u;

/**
 * Splits `text[from, to)` into words and punctuation. A period stays on a word when the word
 * is an abbreviation, an initial or has inner periods ("Mr.", "J.", "U.S.").
 */
export function tokenize(text: string, from: number, to: number): Token[] {
  const tokens: Token[] = [];
  let index = from;
  while (index < to) {
    const code = text.charCodeAt(index);
    if (code === 32 || code === 10 || code === 13 || code === 9 || code === 160 || (code >= 0x2000 && code <= 0x200b) || code === 0x202f || code === 0xfeff) {
      index++;
      continue;
    }
    WORD.lastIndex = index;
    const match = WORD.exec(text);
    if (match && match.index === index && index + match[0].length <= to) {
      let end = index + match[0].length;
      const word = match[0];
      if (text[end] === '.' && end < to && (SINGLE_UPPER.test(word) || word.includes('.') || isAbbreviation(word))) end++;
      const surface = text.slice(index, end);
      tokens.push({
        text: surface,
        lower: surface.toLowerCase().replace(/\u2019/g, "'").replace(/\.$/, ''),
        start: index,
        end,
        kind: 'word',
        cap: UPPER.test(surface),
      });
      index = end;
      continue;
    }
    // A surrogate pair is one character.
    const width = code >= 0xd800 && code <= 0xdbff && index + 1 < to ? 2 : 1;
    const surface = text.slice(index, index + width);
    tokens.push({ text: surface, lower: surface, start: index, end: index + width, kind: 'punct', cap: false });
    index += width;
  }
  return tokens;
}

/** Whether a token is a quotation mark of any style. */
export const isQuoteToken = (token: Token): boolean => '"\u201c\u201d\u2018\u2019\'`\u00ab\u00bb\u201e'.includes(token.text);
