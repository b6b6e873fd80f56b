import { tokenizeWords, type WordToken } from '@newsparse/core';

/**
 * A word or punctuation token with its offsets into the text: core's word token, so that the
 * quote rules read the tokens of the text's shared analysis (`options.analysis`).
 */
export type Token = WordToken;

/**
 * Splits `text[from, to)` into words and punctuation (core's `tokenizeWords`). The rules take
 * their windows from the text's analysis (`analysis.tokensIn(from, to)`), which gives the
 * same tokens without reading the text again.
 *
 * @example
 * tokenize('Mr. Wang said', 0, 13).map((token) => token.text) //=> ['Mr.', 'Wang', 'said']
 */
export const tokenize = (text: string, from: number, to: number): Token[] => tokenizeWords(text, from, to);

/** Whether a token is a quotation mark of any style. */
export const isQuoteToken = (token: Token): boolean => '"\u201c\u201d\u2018\u2019\'`\u00ab\u00bb\u201e'.includes(token.text);
