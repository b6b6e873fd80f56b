import { DEGREE, isAgencyWord, isCity, isKnownAgency, isOrganizationName, isOutletWord, isRole, looksLikePerson, PARTICLES } from './names.js';
import { trimEndChars, trimStartChars } from './text.js';

/**
 * The words around a name in a byline that are not the name: a section label printed
 * before it ("Politics Jane Doe") and a job title or outlet printed after it with no comma
 * ("Jane Doe Seattle Times business reporter", "Jane Doe Staff Writer", "Jane Doe for
 * Example Daily"). General word lists in several languages; nothing taken from any corpus.
 */

/** Section and story-kind labels that pages print right before a byline (lower case). */
const SECTION_WORDS = new Set([
  // English
  'news', 'politics', 'business', 'economy', 'economics', 'finance', 'markets', 'money', 'opinion', 'opinions', 'analysis', 'commentary',
  'comment', 'editorial', 'world', 'international', 'national', 'metro', 'sport', 'sports', 'football', 'soccer', 'cricket', 'rugby',
  'tennis', 'culture', 'arts', 'entertainment', 'lifestyle', 'travel', 'food', 'health', 'wellness', 'science', 'tech', 'technology',
  'environment', 'climate', 'education', 'media', 'books', 'music', 'film', 'movies', 'television', 'gaming', 'weather', 'obituaries',
  'features', 'feature', 'review', 'reviews', 'exclusive', 'breaking', 'live', 'video', 'investigation', 'investigations', 'explainer',
  'interview', 'podcast', 'crime', 'motoring', 'property', 'latest', 'trending', 'insight', 'perspective', 'essay', 'column', 'letters',
  // French
  'politique', 'monde', 'économie', 'société', 'santé', 'planète', 'idées', 'débats', 'chronique', 'éditorial', 'enquête', 'reportage',
  'entretien', 'tribune', 'actualité', 'actualités', 'faits-divers',
  // German
  'politik', 'wirtschaft', 'kultur', 'meinung', 'panorama', 'ausland', 'inland', 'wissen', 'gesellschaft', 'kommentar', 'leitartikel',
  'feuilleton', 'lokales', 'nachrichten', 'digital', 'reise', 'gesundheit', 'aktuell', 'aktuelles', 'vermischtes', 'ratgeber', 'finanzen',
  'börse', 'karriere', 'wetter',
  // The current-affairs section in other languages ("Actualidad", "Attualità"); not "Noticias", which opens outlets' names
  'actualidad', 'attualità', 'actueel', 'atualidade',
  // Spanish, Portuguese, Italian
  'política', 'economía', 'internacional', 'nacional', 'deportes', 'opinión', 'cultura', 'sociedad', 'mundo', 'tecnología', 'ciencia',
  'salud', 'espectáculos', 'análisis', 'entrevista', 'reportaje', 'columna', 'economia', 'esportes', 'opinião', 'ciência', 'saúde',
  'tecnologia', 'cotidiano', 'politica', 'esteri', 'cronaca', 'spettacoli', 'opinioni', 'commenti', 'editoriale', 'scienza', 'salute',
  // Dutch and Scandinavian
  'binnenland', 'buitenland', 'politiek', 'economie', 'cultuur', 'opinie', 'wetenschap', 'nyheter', 'inrikes', 'utrikes', 'ekonomi',
  'debatt', 'ledare', 'indland', 'udland', 'erhverv', 'nyheder', 'innenriks', 'utenriks', 'økonomi',
]);

/** Words that open a two-word section label ("US news", "UK politics"), never one alone. */
const SECTION_QUALIFIERS = new Set(['us', 'u.s.', 'uk', 'u.k.', 'eu', 'global', 'local', 'world', 'breaking']);

/** Words that qualify a job title ("Senior Political Correspondent", "Business reporter"). */
const ROLE_MODIFIERS = new Set([
  'senior', 'chief', 'principal', 'lead', 'political', 'politics', 'business', 'economics', 'economic', 'economy', 'financial', 'finance',
  'markets', 'sports', 'sport', 'science', 'health', 'medical', 'technology', 'tech', 'education', 'environment', 'environmental', 'climate',
  'energy', 'legal', 'crime', 'security', 'defence', 'defense', 'diplomatic', 'foreign', 'international', 'national', 'world', 'global',
  'regional', 'local', 'metro', 'city', 'state', 'investigative', 'data', 'digital', 'social', 'media', 'culture', 'arts', 'entertainment',
  'music', 'film', 'food', 'travel', 'fashion', 'lifestyle', 'books', 'features', 'opinion', 'news', 'breaking', 'general', 'special',
  'staff', 'contributing', 'executive', 'managing', 'associate', 'assistant', 'deputy', 'acting', 'editorial', 'freelance', 'guest',
  'visiting', 'congressional', 'parliamentary', 'court', 'courts', 'justice', 'transport', 'transportation',
  'consumer', 'personal', 'weather', 'photo', 'video', 'audio', 'graphics', 'audience', 'investigations', 'community', 'affairs', 'public',
  'religion', 'wine', 'night', 'weekend', 'sunday', 'online', 'web', 'homepage', 'copy', 'picture', 'games', 'gaming', 'motoring', 'style',
  // Regions that desks are named for ("Europe Editor", "Middle East Correspondent").
  'europe', 'european', 'asia', 'asian', 'africa', 'african', 'americas', 'latin', 'middle', 'east', 'pacific', 'gulf', 'arab', 'nordic',
]);

/** Job titles that follow a place ("Moscow Correspondent", "Beijing Bureau Chief"). */
const PLACE_ROLE = /^(?:correspondents?|korrespondent(?:in)?|correspondante?|corresponsal|correspondente|corrispondente|bureau)$/i;

/** Collective credits that are a whole byline, not one person's title ("Al Jazeera Staff"). */
const COLLECTIVE_TAIL = /^(?:staff|staff\s+reports?|reporters|correspondents|writers|editors|team)$/i;

/** Words that are never part of a person's name in a byline. */
const DETERMINERS = new Set(['our', 'your', 'their', 'his', 'her', 'my', 'the', 'a', 'an', 'by', 'from', 'with', 'and']);

/** Words after a name that open an affiliation ("for Example Daily", "special to", "of the"). */
const CONNECTORS = new Set(['for', 'special', 'of', 'at', 'from', 'is', 'was', 'in', 'à', 'au', 'aux', 'pour', 'für', 'bei', 'per', 'para', 'voor', 'bij', 'för', 'hos']);
/** The connectors that say whom a person writes for: what follows is the outlet. */
const WRITES_FOR = /^(?:for|special\s+to|pour|für|per|para|voor|för)\s+(?=\p{Lu})/iu;

/** Page chrome that sits after a name but is no job title ("Jane Doe Follow"). */
const CHROME_ROLE = /^(?:updated|published|posted|contact|email|e-mail|twitter|follow|unfollow|facebook|linkedin|instagram|profile|posts|articles|stories|subscribe)\b/i;

/** Family names that are also newspaper titles: never the last word of a name before a descriptor. */
const OUTLET_SURNAMES = new Set(['post', 'star', 'sun', 'times', 'news']);

const bareWord = (word: string): string => trimEndChars(trimStartChars(word, /[("'“‘]/), /[)"'”’.,;:|]/);

const isCapitalised = (word: string): boolean => /^\p{Lu}/u.test(bareWord(word));

type HeadKind = 'organization' | 'agency' | 'role' | 'connector';

/** What kind of descriptor, if any, opens at this word. */
function headKind(word: string): HeadKind | null {
  const bare = bareWord(word);
  const lower = bare.toLowerCase();
  if (bare.length === 0) return null;
  if (lower === 'the' || CONNECTORS.has(lower)) return 'connector';
  if (isAgencyWord(bare)) return 'agency';
  if (isRole(bare)) return 'role';
  // A lower-case word that is neither ("property author") is no sign: it may be part of a declared name.
  if (isOutletWord(bare) || OUTLET_SURNAMES.has(lower) || /\.\p{L}{2,}$/u.test(bare)) return 'organization';
  return null;
}

/** Whether a capitalised word closes an outlet's name ("Times", "Journal", "Chronicle"): a masthead's word, no job title's or agency's. */
export function isOutletHead(word: string): boolean {
  const kind = isCapitalised(word) ? headKind(word) : null;
  return kind === 'organization';
}

/** Whether a run of words can be a person's name when a descriptor follows it. */
function isPlausibleName(words: string[]): boolean {
  if (words.length < 2) return false;
  for (const word of words) {
    const lower = bareWord(word).toLowerCase();
    if (DETERMINERS.has(lower) || ROLE_MODIFIERS.has(lower) || SECTION_WORDS.has(lower) || DEGREE.test(lower)) return false;
  }
  if (OUTLET_SURNAMES.has(bareWord(words[words.length - 1]!).toLowerCase())) return false;
  return looksLikePerson(words.join(' '));
}

/** A name with what followed it: a job title, an outlet, or both. */
export interface DescribedName {
  name: string;
  role?: string;
  organization?: string;
}

/** Reads the text after a name as a role or an outlet; null when it is neither. */
function readDescriptor(text: string): Omit<DescribedName, 'name'> | null {
  const descriptor = trimEndChars(trimStartChars(text, /[\s,\-–—|:]/), /[\s,\-–—|:.]/).replace(/^(?:is|was)\s+(?:an?\s+|the\s+)?/i, '');
  if (descriptor.length === 0 || COLLECTIVE_TAIL.test(descriptor)) return null;
  const writesFor = WRITES_FOR.exec(descriptor);
  if (writesFor) return { organization: descriptor.slice(writesFor[0].length) };
  if (isRole(descriptor)) return CHROME_ROLE.test(descriptor) ? {} : { role: descriptor };
  const outlet = descriptor.replace(/^(?:of|at|from|de|du|des)\s+(?=\p{Lu})/u, '');
  if (isAgencyWord(outlet)) return { organization: outlet };
  // One generic word ("Media", "Group") ends an outlet's name ("Example Cyber Media"), it is not one.
  if (isOrganizationName(outlet) && outlet.includes(' ')) return { organization: outlet };
  // "Washington Post", "Toronto Star": after a name these words close an outlet's title.
  const last = outlet.split(' ');
  if (last.length >= 2 && OUTLET_SURNAMES.has(last[last.length - 1]!.toLowerCase()) && last.every(isCapitalised)) return { organization: outlet };
  return null;
}

/** A place after a preposition of place, one to three capitalised words: "à Lyon", "in Kyiv", "aus Wien", "em São Paulo". */
const PLACE_IN_BRACKETS = /^(?:à|au|en|in|aus|a|em|from|desde|da|vanuit|uit)\s\p{Lu}[\p{L}'’.-]*(?:\s\p{Lu}[\p{L}'’.-]*){0,2}$/u;

/** "Par Claire Dupont (AFP)", "Jane Doe (Reuters)": an outlet or role in trailing parentheses. */
function splitParenthesised(segment: string): DescribedName | null {
  if (!segment.endsWith(')')) return null;
  const open = segment.lastIndexOf('(');
  if (open <= 0) return null;
  const name = segment.slice(0, open).trim();
  const inside = segment.slice(open + 1, -1).trim();
  // "Jane Doe (dpa)": an agency in brackets after a name, in whatever case it writes itself;
  // "Jane Doe (London)": the city she files from, no part of her name.
  if (looksLikePerson(name) && inside.length > 0 && !inside.includes(' ')) {
    if (isKnownAgency(inside)) return { name, organization: inside };
    if (isCity(inside)) return { name };
  }
  // "Jean Martin (à Lyon)", "Jane Doe (in Kyiv)": where the reporter files from, with its preposition.
  if (PLACE_IN_BRACKETS.test(inside) && looksLikePerson(name)) return { name };
  const described = readDescriptor(inside);
  if (!described || !looksLikePerson(name)) return null;
  return { name, ...described };
}

/**
 * Splits a name from a job title or an outlet printed after it without a comma: "Jane Doe
 * Seattle Times business reporter", "JANE DOE Political Editor", "Jane Doe Associated Press",
 * "Jane Doe for Example Daily". The name keeps at least two words; an outlet's name may take
 * capitalised words before its last word ("Seattle Times"), a job title only the words that
 * qualify it ("Senior Political"). Returns null when the segment has no such tail.
 *
 * @example
 * splitDescriptor('Jane Doe Seattle Times business reporter')
 * //=> { name: 'Jane Doe', role: 'Seattle Times business reporter' }
 * splitDescriptor('Jane Doe for Example Daily')
 * //=> { name: 'Jane Doe', organization: 'Example Daily' }
 * splitDescriptor('Jan van der Berg')
 * //=> null
 */
export function splitDescriptor(segment: string): DescribedName | null {
  const parenthesised = splitParenthesised(segment);
  if (parenthesised) return parenthesised;
  const words = segment.split(' ').filter(Boolean);
  if (words.length < 3 || words.length > 16) return null;
  for (let head = 2; head < words.length; head++) {
    const kind = headKind(words[head]!);
    if (!kind) continue;
    let start = head;
    // An outlet's name runs back over capitalised words ("Seattle Times", "Associated Press");
    // a correspondent's title over one place name ("Moscow Correspondent").
    let capitals = kind === 'organization' ? Number.POSITIVE_INFINITY : kind === 'role' && PLACE_ROLE.test(bareWord(words[head]!)) ? 1 : 0;
    while (start > 2) {
      const previous = words[start - 1]!;
      const lower = bareWord(previous).toLowerCase();
      const modifier = ROLE_MODIFIERS.has(lower) && kind === 'role';
      const capital = !modifier && capitals > 0 && isCapitalised(previous) && !PARTICLES.has(bareWord(words[start - 2]!).toLowerCase());
      if (!modifier && !capital) break;
      if (capital) capitals--;
      start--;
    }
    let nameWords = words.slice(0, start);
    // An author's bio repeats the given name: "Dan Goodin Dan is the Security Editor at ...".
    const repeat = nameWords.indexOf(nameWords[0]!, 2);
    if (repeat > 0) nameWords = nameWords.slice(0, repeat);
    if (!isPlausibleName(nameWords)) return null;
    const described = readDescriptor(words.slice(start).join(' '));
    return described ? { name: nameWords.join(' '), ...described } : null;
  }
  return null;
}

/**
 * Whether a credit opens with a section label ("Tech Industry", "Politics Live") or a
 * place name's first word ("New York", "San José"): no given name is either.
 *
 * @example
 * opensWithSection('Tech Industry') //=> true
 * opensWithSection('Jane Doe') //=> false
 */
export function opensWithSection(segment: string): boolean {
  const first = segment.split(' ')[0];
  if (first === undefined) return false;
  const lower = bareWord(first).toLowerCase();
  return SECTION_WORDS.has(lower) || PLACE_OPENERS.has(lower);
}

/**
 * First words of place names that a byline puts after the name ("Jane Doe | New York",
 * "Por Ana García, Ciudad de México"); none opens a person's name.
 */
const PLACE_OPENERS = new Set([
  'ciudad', 'san', 'santa', 'são', 'sao', 'saint', 'sankt', 'new', 'nueva', 'nuevo', 'los', 'las', 'puerto', 'port', 'fort', 'kuala', 'buenos', 'tel',
  // A region's compass or qualifying word ("Middle East", "Latin America", "Northern Ireland", "South Asia"), a section label's too.
  'north', 'south', 'east', 'west', 'northern', 'southern', 'eastern', 'western', 'central', 'middle', 'latin', 'greater', 'upper', 'lower',
]);

/**
 * Drops a section label printed before a name ("Politics Jane Doe", "World news Jane
 * Doe", "Opinion: Jane Doe") when what is left reads as a person's name.
 *
 * @example
 * dropSectionLabel('Politics Jane Doe') //=> 'Jane Doe'
 * dropSectionLabel('Jane Doe') //=> 'Jane Doe'
 */
export function dropSectionLabel(segment: string): string {
  const words = segment.split(' ').filter(Boolean);
  let index = 0;
  while (index < words.length - 2 && index < 3) {
    const lower = bareWord(words[index]!).toLowerCase();
    const next = bareWord(words[index + 1]!).toLowerCase();
    if (!SECTION_WORDS.has(lower) && !(SECTION_QUALIFIERS.has(lower) && SECTION_WORDS.has(next))) break;
    index++;
  }
  if (index === 0) return segment;
  const rest = words.slice(index).join(' ');
  return looksLikePerson(rest) || splitDescriptor(rest) ? rest : segment;
}
