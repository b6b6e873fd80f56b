// Front coding of a sorted list of words for the generated tables (read back by `unpackNames`
// in @newsparse/core, src/front-coding.ts): each word is the count of characters it shares with the word before
// (one digit, 0–9) and its own characters, so the words hold no digits ("0abel1da" = abel, ada).

/** Front-codes a sorted list of words that hold no digits. */
export function packNames(list) {
  let previous = '';
  let packed = '';
  for (const name of list) {
    if (/\d/.test(name)) throw new Error(`a word with a digit cannot be front-coded: ${name}`);
    let shared = 0;
    while (shared < 9 && shared < previous.length && previous[shared] === name[shared]) shared++;
    packed += shared + name.slice(shared);
    previous = name;
  }
  return packed;
}
