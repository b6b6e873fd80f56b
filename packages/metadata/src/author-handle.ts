import { COUNTRIES, COUNTRY_ENDONYMS } from '@newsparse/core';
import { opensWithSection } from './byline-descriptors.js';
import { isAccountName, isChrome, isCity, isOrganizationName, isRole } from './names.js';

/**
 * The name a blog shows for the account that posted an article: a single word, often a
 * handle ("gnaddrig", "marc", "KleineGrüneMonster"), in an element that the markup marks as
 * the post's author (WordPress's `author vcard`, `rel=author`, a `byline` element). A
 * person's name of two words is read by {@link parseByline}; this reads only what it
 * refuses, and only from those elements.
 */

/** The cue a byline opens with, in the languages the package reads ("by", "von", "Autor:", "Posted by"...). */
const CUE =
  /^(?:(?:posted|written|published|geschrieben|verfasst|eingestellt|veröffentlicht|publié|écrit|escrito|publicado|scritto|pubblicato|geplaatst)\s+(?:by|von|par|por|da|door)\s+|(?:by|von|par|por|door|di|da|av|af)\s+|(?:autor(?:in)?|author|auteur|autore|verfasser|posted by)\s*[:：]\s*)/i;
/** The stamp after a posting account: "am 26/10/13", "on 2024-01-02", "le 3 mai", "· 12:30". */
const STAMP = /\s(?:(?:am|on|at|um|le|el|il|em|op)\s|[·•|,]\s?)?\d.*$/su;
/** A handle: letters, digits and the joiners handles use; at least one letter; no spaces. */
const HANDLE = /^[\p{L}\p{N}][\p{L}\p{M}\p{N}._-]{1,29}$/u;
/** Accounts that name no one: the site's administrator, a generic user, a cue word alone. */
const NO_ONE_PARTS = ['admin', 'webmaster', 'redaktion', 'redaction', 'rédaction', 'redazione', 'redacción', 'editor'];
const NO_ONE = new Set(['guest', 'gast', 'team', 'staff', 'support', 'unknown', 'unbekannt', 'root', 'system', 'wordpress', 'user', 'by', 'von', 'vom', 'par', 'por', 'door', 'di', 'da', 'de', 'av', 'af', 'posted', 'autor', 'author', 'auteur']);

let countryNames: Set<string> | null = null;
/** A country of core's gazetteer, by its whole name in English or in its own language ("Deutschland"); the set is built on first use. */
const isCountry = (text: string): boolean => (countryNames ??= new Set([...COUNTRIES, ...COUNTRY_ENDONYMS].map((country) => country.toLowerCase()))).has(text.toLowerCase());

/** Two to four capital letters, nothing else. */
const ACRONYM = /^\p{Lu}{2,4}$/u;

function namesNoOne(name: string): boolean {
  const lower = name.toLowerCase();
  return NO_ONE.has(lower) || NO_ONE_PARTS.some((part) => lower.includes(part)) || lower.startsWith('anonym') || /^user\d+$/.test(lower) || isAccountName(name);
}

/**
 * The handle a byline element holds, or null: the text without its cue is one word of
 * letters (and digits or joiners), that is no role, organisation, page chrome or admin
 * account.
 *
 * @example
 * readHandle('von gnaddrig') //=> 'gnaddrig'
 * readHandle('Posted by admin') //=> null
 */
export function readHandle(text: string): string | null {
  const trimmed = text.trim();
  if (trimmed.length === 0 || trimmed.length > 60) return null;
  // A forum post's credit goes on with its stamp ("von lupa am 26/10/13, 03:48 pm"); without
  // a cue the words before a stamp are its label ("Veröffentlicht am 19.10.19").
  const uncued = trimmed.replace(CUE, '');
  const name = (uncued === trimmed ? uncued : uncued.replace(STAMP, '')).trim();
  if (!HANDLE.test(name) || !/\p{L}/u.test(name) || /^\d/.test(name)) return null;
  if (namesNoOne(name) || isChrome(name) || isRole(name) || isOrganizationName(name)) return null;
  // "Bonn", "Germany" alone in an author element: the place a desk files from, never an account.
  if (isCity(name) || isCountry(name)) return null;
  // "Opinion", "Travel" alone in the byline block: the section's label, never an account.
  if (opensWithSection(name)) return null;
  // "ARD", "ZDF", "BBC" alone in a media box's credit: a broadcaster's acronym. An account
  // named so is cued as the post's ("by LD").
  if (uncued === trimmed && ACRONYM.test(name)) return null;
  return name;
}
