import type { WordToken } from '@newsparse/core';

/**
 * A word or punctuation token with its offsets into the text: core's word token, so that the
 * quote rules read the tokens of the text's shared analysis (`options.analysis`,
 * `analysis.tokensIn(from, to)` for a window).
 */
export type Token = WordToken;

/**
 * Whether there is a token and it is a word, not punctuation: `token?.kind === 'word'`, one
 * function for the rules' hundreds of checks (lighter in the bundle, issue #15). A capital needs
 * no such test first: core gives punctuation `cap: false`, so `token.cap` alone means a capitalised word.
 */
export const isWordToken = (token: Token | undefined): token is Token & { kind: 'word' } => token?.kind === 'word';

/** Whether a token is a quotation mark of any style. */
export const isQuoteToken = (token: Token): boolean => '"\u201c\u201d\u2018\u2019\'`\u00ab\u00bb\u201e'.includes(token.text);

/**
 * The token at `index`, or `undefined` before the first or after the last: the same value as
 * `tokens[index]`, read without an out-of-bounds access, which makes V8 throw away the
 * optimised code of the reader that does it and compile it again (issue #15: warm-up).
 *
 * @example
 * tokenAt(tokens, -1) // undefined
 */
export const tokenAt = (tokens: readonly Token[], index: number): Token | undefined => (index >= 0 && index < tokens.length ? tokens[index] : undefined);

/**
 * The lower-case text of the token at `index`, or '' before the first or after the last: the
 * value of `tokens[index]?.lower ?? ''`, one function for the rules' many look-ups (lighter in
 * the bundle, issue #15).
 */
export const lowerOf = (tokens: readonly Token[], index: number): string => tokenAt(tokens, index)?.lower ?? '';

/** Whether the token at `index` is a comma (false out of range). */
export const commaAt = (tokens: readonly Token[], index: number): boolean => tokens[index]?.text === ',';
