import { foldDiacritics } from '@newsparse/core';
import { isAgencyWord, isChrome, isGivenName, isOrganizationName, isRole, looksLikePerson, PARTICLES } from './names.js';

/**
 * Checks on author names that come from a page's declarations rather than its byline: a
 * declared author that is the site itself ("Example Cyber Media" on a site of that name),
 * and a name read from an author's profile address when the page gives nothing else.
 */

/**
 * Keys already read: a page's site names and bylines are compared with each other many times
 * (each candidate with each declared name), and the same names recur across a site's pages.
 */
const SITE_KEYS = new Map<string, string>();

/** A comparison key for site and author names: no accents, case, "the", spaces or punctuation. */
export function siteKey(text: string): string {
  let key = text.length <= 200 ? SITE_KEYS.get(text) : undefined;
  if (key === undefined) {
    key = foldDiacritics(text.normalize('NFKC'))
      .toLowerCase()
      .replace(/^the\s+/, '')
      .replace(/[^\p{L}\p{N}]+/gu, '');
    // Bounded: a long-running process reads unboundedly many names (and long texts are not names).
    if (text.length <= 200) {
      if (SITE_KEYS.size >= 4096) SITE_KEYS.clear();
      SITE_KEYS.set(text, key);
    }
  }
  return key;
}

/**
 * The keys of the names a page declares for itself (site and publisher names) that do not
 * read as a person's name: a personal site is often named for its author, and there the
 * author is no mistake.
 *
 * @example
 * siteKeys(['Example Cyber Media', 'Jane Doe']) //=> Set { 'examplecybermedia' }
 */
export function siteKeys(names: (string | null | undefined)[]): Set<string> {
  const keys = new Set<string>();
  for (const name of names) {
    const value = name?.replace(/^@/, '').trim() ?? '';
    const key = siteKey(value);
    if (key.length >= 3 && !looksLikePerson(value)) keys.add(key);
    // "Example.com" is also "Example".
    const domain = /^([\p{L}\p{N}-]{3,})\.[a-z]{2,}(?:\.[a-z]{2,})?$/iu.exec(value);
    if (domain) keys.add(siteKey(domain[1]!));
  }
  return keys;
}

/** Slug words of accounts that are no person ("guest-post", "site-user", "brand-partner"). */
const NOT_A_NAME = new Set(['user', 'users', 'post', 'page', 'sponsored', 'partner', 'partners', 'content', 'brand', 'guest', 'team', 'web', 'online', 'digital', 'desk', 'service', 'official']);

/** Top-level domains and company forms that end an e-mail address, never a name. */
const MAIL_DOMAIN_END = new Set(['com', 'net', 'org', 'eu', 'info', 'io', 'biz', 'gmbh', 'ag']);

/** Path words that introduce an author's page ("/author/jane-doe", "/autor/ana-garcia"). */
const PROFILE_PATH = /\/(?:authors?|profiles?|people|staff|journalists?|writers?|contributors?|columnists?|reporters?|autor(?:es|en)?|auteurs?|autore|autori|redakteur(?:e|in)?|redacteur|redactor(?:es)?|giornalisti|by)\/(?:[^/?#]+\/)?([^/?#]+)\/?(?:[?#]|$)/i;

/**
 * A person's name read from their profile address when it clearly spells one:
 * "https://example.com/author/jane-doe/" → "Jane Doe". Two to four words of letters, no
 * role, outlet, agency or chrome word, under a path that names an author's page. Null
 * otherwise (a user id, a handle, "staff-writer", a social profile).
 *
 * @example
 * nameFromProfileUrl('https://example.com/author/jane-doe/') //=> 'Jane Doe'
 * nameFromProfileUrl('https://example.com/author/jdoe123') //=> null
 */
export function nameFromProfileUrl(url: string): string | null {
  const match = PROFILE_PATH.exec(url.slice(0, 300));
  if (!match) return null;
  let slug: string;
  try {
    slug = decodeURIComponent(match[1]!);
  } catch {
    return null;
  }
  const words = slug
    .replace(/\.(?:html?|php|aspx?)$/i, '')
    .replace(/[-_.]\d+$/, '')
    .split(/[-_.+]|%20/)
    .filter(Boolean);
  if (words.length < 2 || words.length > 4) return null;
  if (!words.every((word) => /^\p{L}+$/u.test(word) && (word.length >= 2 || PARTICLES.has(word.toLowerCase())))) return null;
  const lower = words.map((word) => word.toLowerCase());
  if (PARTICLES.has(lower[0]!) || PARTICLES.has(lower[lower.length - 1]!)) return null;
  const text = lower.join(' ');
  if (isRole(text) || isOrganizationName(text) || isChrome(text)) return null;
  if (lower.some((word) => isChrome(word) || NOT_A_NAME.has(word) || isAgencyWord(word.toUpperCase()))) return null;
  // "jane-doeexample-com": an account's e-mail address turned into a slug ("@" and "." dropped).
  if (MAIL_DOMAIN_END.has(lower[lower.length - 1]!)) return null;
  return lower.map((word, index) => (index > 0 && PARTICLES.has(word) ? word : word.charAt(0).toUpperCase() + word.slice(1))).join(' ');
}

/**
 * The full name an author's bio opens with, when the byline gives one word of it: a JSON-LD
 * Person named "Stefanus" whose description reads "Stefanus Stahl - Maschinenbauer …" or
 * "Jane Doe is a reporter …" is Stefanus Stahl. The bio must open with the byline's word and
 * one or two capitalised words after it, then a separator, a comma or a verb of being.
 *
 * @example
 * nameFromBio('Jane', 'Jane Doe is a reporter at Example News.') //=> 'Jane Doe'
 * nameFromBio('Jane', 'Jane writes about food.') //=> null
 */
export function nameFromBio(word: string, bio: string): string | null {
  if (!bio.startsWith(`${word} `)) return null;
  const match = BIO_NAME.exec(bio.slice(word.length, word.length + 80));
  if (match === null) return null;
  const name = `${word}${match[1]!}`;
  return looksLikePerson(name) && !isOrganizationName(name) ? name : null;
}

/** After the byline's word: one or two capitalised words, then a dash, a comma, a colon, a bracket or "is"/"ist"/"est"/"es"/"è". */
const BIO_NAME = /^((?: \p{Lu}[\p{Ll}'’-]+){1,2})(?:\s?[,:(]|\s[-–—|]\s|\s(?:is|ist|est|es|è|was|war)\s)/u;

/**
 * A surname (one to three words, particles between them), a comma, then one or two given names
 * and initials: "Müller, Hans", "García Márquez, Gabriel", "Doe, John A.".
 */
const SURNAME_FIRST = /^(\p{Lu}[\p{L}\p{M}'’-]+(?: (?:\p{Ll}{1,3} )?\p{Lu}[\p{L}\p{M}'’-]+){0,2}),\s*(\p{Lu}[\p{L}\p{M}'’-]+(?: \p{Lu}[\p{L}\p{M}'’-]+)?(?: \p{Lu}\.){0,2})$/u;

/**
 * A declared author written surname first, as library and CMS records store it ("Müller, Hans"
 * → "Hans Müller", "Smith, Jane" → "Jane Smith"); null when the value is not so written. The
 * part after the comma must open with a given name core knows and the part before must not: "Jane
 * Smith, John Doe" is a list, "Anna, Hans" two single names, "Smith, Senior Editor" a name and a title.
 *
 * @example
 * surnameFirst('Müller, Hans') //=> 'Hans Müller'
 * surnameFirst('Jane Smith, John Doe') //=> null
 */
export function surnameFirst(value: string): string | null {
  const match = SURNAME_FIRST.exec(value.trim());
  if (match === null) return null;
  const surname = match[1]!;
  const given = match[2]!;
  if (!isGivenName(given.split(' ')[0]!) || isGivenName(surname.split(' ')[0]!)) return null;
  return `${given} ${surname}`;
}
