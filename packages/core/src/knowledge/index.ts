// The knowledge base every package reads: one list each, general knowledge, hand-written or
// from the openly licensed packages named in each file. Plain literals, so that a bundler
// keeps only the lists a package imports.
export { NEWS_AGENCIES, NEWS_OUTLETS, SIGNATURE_AGENCIES } from './agencies.js';
export { CITIES } from './cities.js';
export { EUROPEAN_FEMININE_GIVEN_NAMES, EUROPEAN_MASCULINE_GIVEN_NAMES, EUROPEAN_UNISEX_GIVEN_NAMES } from './european-given-names.generated.js';
export { givenNames, type GivenNameScope } from './given-names.js';
export { FEMININE_GIVEN_NAMES, FEMININE_WORDS, MASCULINE_GIVEN_NAMES, MASCULINE_WORDS, UNISEX_GIVEN_NAMES } from './gender.js';
export { COUNTRIES, COUNTRY_ENDONYMS, FORMER_COUNTRIES, TERRITORIES, UK_NATIONS } from './countries.js';
export { COMBINING_FORMS, DEMONYMS, NATIONALITY_WORDS, REGION_ADJECTIVES, STATE_DEMONYMS } from './demonyms.js';
export { CANADIAN_PROVINCES, GERMAN_ADMINISTRATIVE_UNITS, NORTH_AMERICAN_ZONE_WORDS, REGIONS, US_STATES } from './regions.js';
export { BELIEF_VERBS, COMMON_SPEECH_VERBS, REPORTING_VERBS, SPEECH_VERBS, inflectVerb } from './speech-verbs.js';
export { SURNAME_PARTICLES } from './name-particles.js';
export { HEADLINE_SMALL_WORDS } from './headlines.js';
export { FRENCH_ROLES, GERMAN_ROLES, ITALIAN_ROLES, PORTUGUESE_ROLES, SPANISH_ROLES } from './roles.js';
export { POST_NOMINALS, TITLE_QUALIFIERS, TITLES } from './titles.js';
