import { NEWS_AGENCIES, NEWS_OUTLETS, SIGNATURE_AGENCIES, foldDiacritics } from '@newsparse/core';

/** Every spelling wire agencies and news outlets sign datelines with, agencies first. */
const AGENCIES: readonly string[] = [...NEWS_AGENCIES.flat(), ...SIGNATURE_AGENCIES.flat(), ...NEWS_OUTLETS.flat()];

/** "ITAR-TASS" → "itartass", "ČTK" → "ctk": letters only, diacritics folded (else "ČTK" would key "tk"). */
const FOLD = (text: string): string => foldDiacritics(text).toLowerCase().replace(/[^a-z]/g, '');
const BY_KEY = new Map<string, string>();
for (const name of AGENCIES) if (!BY_KEY.has(FOLD(name))) BY_KEY.set(FOLD(name), name);
const LONGEST_KEY = Math.max(...[...BY_KEY.keys()].map((key) => key.length));

/** The agency a signature names ("(AP)", "Reuters", "XINHUA"), in its usual spelling, or null. */
export function agencyName(text: string): string | null {
  const key = foldAscii(text);
  if (key === null) return null;
  return BY_KEY.get(key ?? FOLD(text)) ?? null;
}

/**
 * FOLD for ASCII text in one pass, giving up (null) as soon as the key is longer than any
 * agency's: most texts asked about are a line of a story, not a signature. Undefined when
 * the text has other characters (FOLD then lower-cases them by Unicode's rules).
 */
function foldAscii(text: string): string | null | undefined {
  let key = '';
  for (let index = 0; index < text.length; index++) {
    const code = text.charCodeAt(index);
    if (code > 127) return undefined;
    const lower = code | 32;
    if (lower >= 97 && lower <= 122 && (code <= 90 || code >= 97)) {
      if (key.length === LONGEST_KEY) return null;
      key += String.fromCharCode(lower);
    }
  }
  return key;
}
