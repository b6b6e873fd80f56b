/**
 * Name normalisation: one key per spelling of a name, so that "Capuñay", "CAPUÑAY",
 * "Capunay" and "Capuñay's" meet.
 */

import { assertText } from './errors.js';
import { SURNAME_PARTICLES } from './knowledge/name-particles.js';

/**
 * Removes diacritics (combining marks after canonical decomposition).
 *
 * @example
 * foldDiacritics('González-Olaechea Capuñay') //=> 'Gonzalez-Olaechea Capunay'
 */
export function foldDiacritics(text: string): string {
  assertText(text, 'foldDiacritics');
  // Plain ASCII is its own NFKD and NFC: skip the three passes for the common case.
  if (!NON_ASCII.test(text)) return text;
  return text.normalize('NFKD').replace(/\p{M}+/gu, '').normalize('NFC');
}

const NON_ASCII = /[^\x20-\x7e\t\n\r\f\v]/;

/**
 * Removes a possessive ending: "Peru's" → "Peru", "Capuñay’s" → "Capuñay", "Reuters'" → "Reuters".
 *
 * @example
 * stripPossessive("China's") //=> 'China'
 */
export function stripPossessive(text: string): string {
  assertText(text, 'stripPossessive');
  if (/['\u2019]s$/i.test(text)) return text.slice(0, -2);
  if (/s['\u2019]$/i.test(text)) return text.slice(0, -1);
  return text;
}

/**
 * The comparison key of a name: diacritics folded, lower case, possessive dropped,
 * periods removed ("U.S." → "us"), other punctuation except hyphens and apostrophes inside
 * words turned to spaces, white space collapsed.
 *
 * @example
 * normalizeName('  Juan Carlos CAPUÑAY’s ') //=> 'juan carlos capunay'
 * normalizeName('U.S.') //=> 'us'
 */
export function normalizeName(name: string): string {
  assertText(name, 'normalizeName');
  let key = NAME_KEYS.get(name);
  if (key === undefined) remember(NAME_KEYS, name, (key = joinNameWords(foldDiacritics(stripPossessive(name.trim())).toLowerCase())));
  return key;
}

/**
 * Keys and words of the names seen lately: quote attribution compares each new name with up
 * to 200 recent people, and the entity tagger asks the words of each name it types, so the
 * same few names are normalised thousands of times an article.
 */
const NAME_KEYS = new Map<string, string>();
const NAME_WORDS = new Map<string, readonly string[]>();

/**
 * Keeps a name's value for the next call. Bounded, so memory stays flat on any input: names
 * of name length only (at most 120 characters), and a memo is cleared when it holds 4,096.
 */
function remember<Value>(memo: Map<string, Value>, name: string, value: Value): void {
  if (name.length <= 120) {
    if (memo.size >= 4096) memo.clear();
    memo.set(name, value);
  }
}

/**
 * The runs of name characters (letters, digits, apostrophes, hyphens) of `text` joined by
 * single spaces, periods dropped. One pass: this runs on every name comparison, and chained
 * regex replacements cost ~1 s per MB.
 */
function joinNameWords(text: string): string {
  const words: string[] = [];
  let word = '';
  let runStart = -1;
  for (let index = 0; index <= text.length; index++) {
    const code = index < text.length ? text.codePointAt(index)! : -1;
    const width = code > 0xffff ? 2 : 1;
    if (code !== -1 && isNameCode(code)) {
      if (runStart === -1) runStart = index;
      index += width - 1;
      continue;
    }
    if (runStart !== -1) {
      word += text.slice(runStart, index);
      runStart = -1;
    }
    // A period joins its neighbours ("u.s." → "us"); anything else ends the word.
    if (code === 46) continue;
    if (word.length > 0) words.push(word);
    word = '';
    index += width - 1;
  }
  return words.join(' ');
}

const LETTER_OR_NUMBER = /^[\p{L}\p{N}]$/u;

function isNameCode(code: number): boolean {
  if (code < 128) {
    return (code >= 97 && code <= 122) || (code >= 65 && code <= 90) || (code >= 48 && code <= 57) || code === 39 || code === 45;
  }
  return code === 0x2019 || LETTER_OR_NUMBER.test(String.fromCodePoint(code));
}

/**
 * The words of a name, normalised, for matching a surname to a full name.
 *
 * @example
 * nameTokens('Wang Youming') //=> ['wang', 'youming']
 * nameTokens('Bashar al-Assad') //=> ['bashar', 'assad']
 */
export function nameTokens(name: string): string[] {
  assertText(name, 'nameTokens');
  let words = NAME_WORDS.get(name);
  if (words === undefined) {
    const key = normalizeName(name);
    // Built by push, not `map`: once TurboFan compiles a caller, `map` returns holey arrays,
    // and readers that met packed ones drop their optimised code (issue #15, warm-up). Started
    // from a list that held a string, so that even a name with no words has the same shape.
    const built = [''];
    built.pop();
    if (key.length > 0) for (const word of key.split(' ')) built.push(withoutArticle(word));
    remember(NAME_WORDS, name, (words = built));
  }
  // A copy: the caller owns it and may change it.
  return words.slice();
}

/**
 * The Arabic article as English news writes it before a name, joined by a hyphen ("al-Assad",
 * "el-Sisi", "ash-Shami"): the same person is "Assad" alone. Lower case, as in a name key.
 */
const NAME_ARTICLES = new Set(['al', 'el', 'ad', 'ar', 'as', 'ash', 'az']);

/** A name key's word without a hyphened article before it: "al-khateeb" → "khateeb". */
function withoutArticle(token: string): string {
  const hyphen = token.indexOf('-');
  return hyphen >= 2 && hyphen <= 3 && hyphen + 1 < token.length && NAME_ARTICLES.has(token.slice(0, hyphen)) ? token.slice(hyphen + 1) : token;
}

// (With the conjunctions of Spanish and Portuguese double names: "Ortega y Gasset", "Sousa e Silva".)
// (Pure: a bundle without properCaseName, as quotes' is, leaves the set out.)
const LOWER_PARTICLES: ReadonlySet<string> = /* @__PURE__ */ new Set([...SURNAME_PARTICLES, 'y', 'e']);

/**
 * Turns an all-capitals name into proper case, keeping particles lower case and
 * capitalising after hyphens, apostrophes and "Mc": "JANE O'NEIL-McDONALD" style output.
 * Names already in mixed case are returned unchanged.
 *
 * @example
 * properCaseName('JUAN CARLOS DE LA CRUZ') //=> 'Juan Carlos de la Cruz'
 * properCaseName("MARY O'NEIL") //=> "Mary O'Neil"
 */
export function properCaseName(name: string): string {
  assertText(name, 'properCaseName');
  if (name !== name.toUpperCase()) return name;
  // A loop rather than map(…).join(''): TurboFan's inlined map returns a holey array where the
  // interpreter's is packed, and the optimised join then stops at the unexpected map (a deopt).
  const parts = name.toLowerCase().split(/(\s+)/);
  let out = '';
  for (let index = 0; index < parts.length; index++) {
    const word = parts[index]!;
    out += /^\s+$/.test(word) || (index > 0 && LOWER_PARTICLES.has(word)) ? word : capitaliseWord(word);
  }
  return out;
}

const LETTER = /^\p{L}$/u;

/** Upper-cases the first letter of the word, each letter after - ' ’, and the letter after a leading "Mc". */
function capitaliseWord(word: string): string {
  let out = '';
  let copied = 0;
  for (let index = 0; index < word.length; index++) {
    // The previous code unit, read only when there is one (an optimised read before the start is a deopt).
    const previous = index === 0 ? 0 : word.charCodeAt(index - 1);
    const atEdge = index === 0 || previous === 45 || previous === 39 || previous === 0x2019;
    const code = word.codePointAt(index)!;
    const char = String.fromCodePoint(code);
    if (atEdge && LETTER.test(char)) {
      out += word.slice(copied, index) + char.toUpperCase();
      copied = index + char.length;
    }
    if (char.length === 2) index++;
  }
  out += word.slice(copied);
  if (out.startsWith('Mc') && out.length > 2) {
    const next = String.fromCodePoint(out.codePointAt(2)!);
    if (LETTER.test(next)) return `Mc${next.toUpperCase()}${out.slice(2 + next.length)}`;
  }
  return out;
}

/**
 * Whether `short` names the same person as `full` by its last word(s) or its first word
 * (Chinese order): "Wang" ~ "Wang Youming", "Capuñay" ~ "Juan Carlos Capuñay",
 * "González-Olaechea" ~ "Javier González-Olaechea Franco".
 *
 * @example
 * isNameAlias('Boluarte', 'Dina Boluarte') //=> true
 * isNameAlias('Dina', 'Dina Boluarte')     //=> false
 * isNameAlias('Khateeb', 'Basil al-Khateeb') //=> true
 */
export function isNameAlias(short: string, full: string): boolean {
  assertText(short, 'isNameAlias');
  assertText(full, 'isNameAlias');
  // A key's words are joined by single spaces, so keys compare whole and a tail is a suffix after a space.
  const joined = normalizeName(short);
  const fullKey = normalizeName(full);
  if (joined.length === 0) return false;
  const shortTokens = joined.split(' ');
  const fullTokens = fullKey.length === 0 ? [] : fullKey.split(' ');
  if (shortTokens.length >= fullTokens.length) return joined === fullKey;
  if (fullKey.endsWith(joined) && fullKey.charCodeAt(fullKey.length - joined.length - 1) === 32) return true;
  // "Khateeb" in "Basil al-Khateeb": the surname without its article.
  if (shortTokens.length === 1 && withoutArticle(fullTokens[fullTokens.length - 1]!) === withoutArticle(joined) && fullTokens.length >= 2) return true;
  // Spanish double surnames: the paternal surname alone ("González-Olaechea" in "... González-Olaechea Franco").
  if (fullTokens.length >= 3 && shortTokens.length === 1 && fullTokens[fullTokens.length - 2] === joined) return true;
  // East Asian order puts the family name first: "Wang" in "Wang Youming" (but not "Dina" in "Dina Boluarte").
  return fullTokens.length === 2 && shortTokens.length === 1 && fullTokens[0] === joined && isFamilyNameFirst(joined);
}

/**
 * Common Chinese, Korean and Vietnamese family names (romanised), which come first in a
 * name: general knowledge, the most frequent surnames of each country.
 */
const FAMILY_NAME_FIRST = new Set(
  (
    'wang li zhang liu chen yang huang zhao wu zhou xu sun ma zhu hu guo he gao lin luo zheng liang xie song tang ' +
    'han feng deng cao peng zeng xiao tian dong yuan pan cai jiang yu du ye cheng wei su lu ding ren shen yao ' +
    'jin kim lee park choi jung kang cho yoon jang lim shin oh seo kwon hwang ahn yoo hong jeon ko moon ' +
    'yang bae baek nguyen tran le pham hoang phan vu vo dang bui do ngo duong ly xi qin lai mao hou'
  ).split(' '),
);

/** Whether a (normalised) family name is usually written first, as in Chinese and Korean names. */
export function isFamilyNameFirst(token: string): boolean {
  assertText(token, 'isFamilyNameFirst');
  return FAMILY_NAME_FIRST.has(normalizeName(token));
}
