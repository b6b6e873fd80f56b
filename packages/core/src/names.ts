/**
 * Name normalisation: one key per spelling of a name, so that "Capuñay", "CAPUÑAY",
 * "Capunay" and "Capuñay's" meet.
 */

/**
 * Removes diacritics (combining marks after canonical decomposition).
 *
 * @example
 * foldDiacritics('González-Olaechea Capuñay') //=> 'Gonzalez-Olaechea Capunay'
 */
export function foldDiacritics(text: string): string {
  return text.normalize('NFKD').replace(/\p{M}+/gu, '').normalize('NFC');
}

/**
 * Removes a possessive ending: "Peru's" → "Peru", "Capuñay’s" → "Capuñay", "Reuters'" → "Reuters".
 *
 * @example
 * stripPossessive("China's") //=> 'China'
 */
export function stripPossessive(text: string): string {
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
  const folded = foldDiacritics(stripPossessive(name.trim())).toLowerCase();
  return folded
    .replace(/\./g, '')
    .replace(/[^\p{L}\p{N}'\u2019-]+/gu, ' ')
    .replace(/\s+/g, ' ')
    .trim();
}

/**
 * The words of a name, normalised, for matching a surname to a full name.
 *
 * @example
 * nameTokens('Wang Youming') //=> ['wang', 'youming']
 */
export function nameTokens(name: string): string[] {
  const key = normalizeName(name);
  return key.length === 0 ? [] : key.split(' ');
}

const LOWER_PARTICLES = new Set(['de', 'da', 'del', 'della', 'der', 'den', 'di', 'du', 'la', 'le', 'van', 'von', 'y', 'e', 'bin', 'al', 'dos', 'das']);

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
  if (name !== name.toUpperCase()) return name;
  return name
    .toLowerCase()
    .split(/(\s+)/)
    .map((word, index) => {
      if (/^\s+$/.test(word)) return word;
      if (index > 0 && LOWER_PARTICLES.has(word)) return word;
      return word
        .replace(/(^|[-'\u2019])(\p{L})/gu, (_match, edge: string, letter: string) => edge + letter.toUpperCase())
        .replace(/^Mc(\p{L})/u, (_match, letter: string) => `Mc${letter.toUpperCase()}`);
    })
    .join('');
}

/**
 * Whether `short` names the same person as `full` by its last word(s) or its first word
 * (Chinese order): "Wang" ~ "Wang Youming", "Capuñay" ~ "Juan Carlos Capuñay",
 * "González-Olaechea" ~ "Javier González-Olaechea Franco".
 *
 * @example
 * isNameAlias('Boluarte', 'Dina Boluarte') //=> true
 * isNameAlias('Dina', 'Dina Boluarte')     //=> false
 */
export function isNameAlias(short: string, full: string): boolean {
  const shortTokens = nameTokens(short);
  const fullTokens = nameTokens(full);
  if (shortTokens.length === 0 || shortTokens.length >= fullTokens.length) {
    return shortTokens.length > 0 && shortTokens.join(' ') === fullTokens.join(' ');
  }
  const joined = shortTokens.join(' ');
  const tail = fullTokens.slice(fullTokens.length - shortTokens.length).join(' ');
  if (tail === joined) return true;
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
  return FAMILY_NAME_FIRST.has(normalizeName(token));
}
