// Titles, once for every package: the entity tagger leaves them out of a person's name,
// quote attribution reads them in a speaker's description. General English and AP style
// knowledge, hand-written; never a list taken from a corpus. The abbreviations that keep a
// sentence open ("Gov.") are core's TITLE_ABBREVIATIONS.

/**
 * Titles, offices, honorifics and role nouns that stand before a person's name and are not
 * part of it ("Mr", "Sen.", "Foreign Minister", "analyst", "former"), lower-case, full words
 * and their usual abbreviations without the period (a few listed with it: "dr.").
 *
 * @example
 * TITLES.includes('senator') //=> true
 * TITLES.includes('sen')     //=> true
 */
export const TITLES: readonly string[] = [
  // Forms of address and honorifics.
  'mr', 'mrs', 'ms', 'mx', 'dr', 'prof', 'hon', 'messrs', 'miss', 'mrs.', 'ms.', 'lady', 'dame', 'mr.', 'sir',
  'lord', 'dr.', 'professor', 'emeritus', 'honourable', 'honorable',
  // Religion.
  'rev', 'fr', 'sister', 'father', 'brother', 'reverend', 'nun', 'monk', 'priest', 'pastor', 'rabbi', 'imam',
  'mullah', 'sheikh', 'sheik', 'shaikh', 'ayatollah', 'pope', 'cardinal', 'bishop', 'archbishop',
  // Royalty and nobility.
  'queen', 'princess', 'king', 'prince', 'emperor', 'empress', 'sultan', 'emir', 'ruler', 'duke', 'duchess',
  'count',
  // Government, politics and diplomacy.
  'gov', 'sen', 'rep', 'reps', 'sens', 'pres', 'sec', 'amb', 'coun', 'cllr', 'congresswoman', 'spokeswoman',
  'councilwoman', 'congressman', 'spokesman', 'councilman', 'president', 'president-elect', 'vice',
  'vice-president', 'premier', 'minister', 'chancellor', 'secretary', 'secretary-general', 'undersecretary',
  'under-secretary', 'senator', 'representative', 'councilmember', 'councillor', 'councilor', 'alderman',
  'assemblyman', 'assemblywoman', 'delegate', 'lawmaker', 'mp', 'mep', 'pm', 'governor', 'mayor', 'speaker',
  'leader', 'ambassador', 'ambassador-designate', 'envoy', 'diplomat', 'consul', 'commissioner',
  'administrator', 'official', 'treasurer', 'comptroller', 'auditor', 'clerk', 'candidate', 'nominee',
  'hopeful', 'incumbent', 'challenger', 'adviser', 'advisor', 'aide', 'strategist', 'pollster',
  'spokesperson', 'publicist',
  // Ireland's prime minister, deputy prime minister and the Dáil's speaker ("Ceann Comhairle").
  'taoiseach', 'tanaiste', 'comhairle', 'tánaiste',
  // Law and order.
  'insp', 'det', 'counsel', 'judge', 'justice', 'magistrate', 'attorney', 'attorney-general', 'prosecutor',
  'lawyer', 'solicitor', 'barrister', 'sheriff', 'detective', 'inspector', 'asp', 'constable', 'marshal',
  'trooper', 'officer', 'agent',
  // Military.
  'gen', 'lt', 'col', 'maj', 'capt', 'cmdr', 'adm', 'sgt', 'cpl', 'pvt', 'brig', 'general', 'gens',
  'brigadier', 'lieutenant', 'colonel', 'major', 'captain', 'commander', 'admiral', 'sergeant', 'corporal',
  'private',
  // Business, education and the professions.
  'supt', 'chairwoman', 'actress', 'chairman', 'actor', 'coach', 'champion', 'chair', 'chairperson', 'chief',
  'head', 'executive', 'ceo', 'cfo', 'coo', 'cto', 'director', 'manager', 'founder', 'cofounder',
  'co-founder', 'owner', 'publisher', 'dean', 'provost', 'rector', 'principal', 'lecturer', 'superintendent',
  'analyst', 'economist', 'expert', 'researcher', 'scientist', 'author', 'writer', 'journalist',
  'meteorologist', 'forecaster', 'climatologist', 'epidemiologist', 'virologist', 'physician', 'surgeon',
  'engineer', 'curator', 'correspondent', 'reporter', 'editor', 'columnist', 'commentator', 'presenter',
  'anchor', 'host', 'chef', 'singer', 'player', 'striker', 'midfielder', 'defender', 'goalkeeper',
  // Money and the arts: "Investor Jane Doe", "Billionaire …", "Movie mogul …".
  'businesswoman', 'businessman', 'investor', 'billionaire', 'activist', 'entrepreneur', 'tycoon', 'mogul',
  'magnate', 'philanthropist', 'financier', 'banker', 'filmmaker', 'novelist', 'historian', 'musician',
  'rapper', 'comedian', 'nurse',
  // Words that qualify a title rather than name one: "former", "acting", "deputy".
  'former', 'then', 'ex', 'acting', 'deputy', 'assistant',
];

/**
 * Words that make a title of the title after them, but are no title alone: portfolios
 * ("Foreign Minister", "Defence Secretary") and ranks ("Prime Minister", "Crown Prince",
 * "Senior Fellow"), lower-case.
 *
 * @example
 * TITLE_QUALIFIERS.includes('foreign') //=> true
 */
export const TITLE_QUALIFIERS: readonly string[] = [
  'foreign', 'defence', 'defense', 'finance', 'interior', 'trade', 'economy', 'health', 'education', 'labour', 'labor',
  'agriculture', 'energy', 'environment', 'transport', 'culture', 'home', 'state', 'national', 'security',
  'prime', 'crown', 'late', 'first', 'senior', 'junior', 'associate', 'ceann',
];

/**
 * Letters written after a name for an office, a rank of counsel, an honour or a degree
 * ("Jane Doe MP", "Ann Lee, QC", "M. Perera, PC" for a President's Counsel, "Ada Eze, SAN"
 * for a Senior Advocate of Nigeria), lower-case.
 *
 * @example
 * POST_NOMINALS.includes('qc') //=> true
 */
export const POST_NOMINALS: readonly string[] = [
  // Members of parliaments and assemblies.
  'mp', 'mep', 'msp', 'mla', 'mpp', 'mna', 'mpa', 'td',
  // Senior counsel: King's and Queen's Counsel, Senior Counsel, President's Counsel, Senior Advocate of Nigeria.
  'qc', 'kc', 'sc', 'pc', 'san',
  // Honours, fellowships and degrees.
  'obe', 'mbe', 'cbe', 'kbe', 'dbe', 'phd', 'esq', 'frs',
];
