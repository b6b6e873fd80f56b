import type { WordToken } from '@newsparse/core';

/**
 * A word or punctuation token with its offsets into the text: core's word token, so that the
 * quote rules read the tokens of the text's shared analysis (`options.analysis`,
 * `analysis.tokensIn(from, to)` for a window).
 */
export type Token = WordToken;

/** Whether a token is a quotation mark of any style. */
export const isQuoteToken = (token: Token): boolean => '"\u201c\u201d\u2018\u2019\'`\u00ab\u00bb\u201e'.includes(token.text);
