import type { Locale } from '../types.js';

/** English patterns: word endings of ordinary words and adjectives, ordinal numbers. */
export const patterns: Locale['patterns'] = {
  commonWordEnding: /^\p{L}{3,}(?:ly|ness|ment|ments|tion|tions|sion|ities|ity|ized|ised|izing|ising)$/u,
  ordinal: /^\d{1,2}(?:st|nd|rd|th)$/,
  adjectiveEnding: /(?:al|ic|ern|ian|ese|ish|ive|ous|ful|less|ary)$/u,
  followerEnding: /(?:ist|ite|\p{Ll}i)$/u,
  roleNounEnding: /^\p{L}{2,}(?:sman|smen|swoman|swomen|sperson|spersons|speople)$/u,
};
