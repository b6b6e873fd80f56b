/** Front-codes a sorted list of words that hold no digits (read back by `unpackNames`). */
export function packNames(list: readonly string[]): string;
