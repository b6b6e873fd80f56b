// Particles of family names: the lower-case words a person's name holds before its last name, in
// the languages English-language news names people from. General knowledge, hand-written.

/**
 * Particles that open or join a family name: "Lula da Silva", "Virgil van Dijk", "Ursula von der
 * Leyen", "Daniel arap Moi", "Mohammed bin Salman", "Leila de Lima", "Kian delos Santos" (and,
 * capitalised at a name's start, "Dela Rosa", "Van Dyke": a family name, no given name).
 * Lower case.
 *
 * @example
 * SURNAME_PARTICLES.includes('delos') //=> true
 */
export const SURNAME_PARTICLES: readonly string[] = [
  'de', 'da', 'del', 'della', 'di', 'du', 'van', 'von', 'der', 'den', 'ten', 'ter', 'zu', 'la', 'le', 'al', 'el',
  'bin', 'bint', 'ibn', 'dos', 'das', 'arap', 'dela', 'delos', 'delas',
];
