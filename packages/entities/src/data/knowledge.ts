import {
  CANADIAN_PROVINCES, COMBINING_FORMS, DEMONYMS as NATIONAL_DEMONYMS, FORMER_COUNTRIES, NEWS_AGENCIES, NEWS_OUTLETS,
  REGION_ADJECTIVES, REGIONS as PROVINCES, TITLE_QUALIFIERS, TITLES as PERSON_TITLES, UK_NATIONS, US_STATES,
} from '@newsparse/core';

/**
 * Small curated lists of general news knowledge (not taken from any evaluation corpus).
 * Agencies, demonyms, titles, countries and regions come from core's knowledge base; the
 * lists here are the tagger's own: well-known organisations and their acronyms, organisation
 * and place head nouns, world regions, events, sports words.
 */

/**
 * Sources that credit news the way agencies do but are no news outlet: rating agencies and
 * Wikipedia ("Moody's said", "according to Wikipedia").
 */
const OTHER_SOURCES: readonly string[] = ["Moody's", 'Standard & Poor', "Standard & Poor's", 'Fitch', 'Fitch Ratings', 'Wikipedia'];

/** Wire services, news outlets and other credited sources, every name and spelling. */
export const AGENCIES: readonly string[] = [...NEWS_AGENCIES.flat(), ...NEWS_OUTLETS.flat(), ...OTHER_SOURCES];

/** Well-known organisations: acronym and long form (either may be written). */
export const ORGANIZATIONS: readonly (readonly [string, string])[] = [
  ['UN', 'United Nations'], ['U.N.', 'United Nations'], ['NATO', 'North Atlantic Treaty Organization'],
  ['EU', 'European Union'], ['E.U.', 'European Union'], ['WTO', 'World Trade Organization'], ['IMF', 'International Monetary Fund'],
  ['WHO', 'World Health Organization'], ['UNESCO', 'United Nations Educational, Scientific and Cultural Organization'],
  ['UNICEF', "United Nations Children's Fund"], ['UNHCR', 'United Nations High Commissioner for Refugees'],
  ['OPEC', 'Organization of the Petroleum Exporting Countries'], ['OECD', 'Organisation for Economic Co-operation and Development'],
  ['ASEAN', 'Association of Southeast Asian Nations'], ['APEC', 'Asia-Pacific Economic Cooperation'],
  ['G7', 'Group of Seven'], ['G8', 'Group of Eight'], ['G20', 'Group of Twenty'], ['BRICS', 'BRICS'],
  ['AU', 'African Union'], ['OAS', 'Organization of American States'], ['IAEA', 'International Atomic Energy Agency'],
  ['ICC', 'International Criminal Court'], ['ICJ', 'International Court of Justice'], ['FIFA', 'FIFA'], ['UEFA', 'UEFA'],
  ['IOC', 'International Olympic Committee'], ['NASA', 'National Aeronautics and Space Administration'],
  ['FBI', 'Federal Bureau of Investigation'], ['CIA', 'Central Intelligence Agency'], ['NSA', 'National Security Agency'],
  ['USDA', 'U.S. Department of Agriculture'], ['FDA', 'Food and Drug Administration'], ['EPA', 'Environmental Protection Agency'],
  ['SEC', 'Securities and Exchange Commission'], ['FCC', 'Federal Communications Commission'], ['FTC', 'Federal Trade Commission'],
  ['Fed', 'Federal Reserve'], ['ECB', 'European Central Bank'], ['BOJ', 'Bank of Japan'], ['PBOC', "People's Bank of China"],
  ['World Bank', 'World Bank'], ['Pentagon', 'Pentagon'], ['Kremlin', 'Kremlin'], ['White House', 'White House'],
  ['Congress', 'Congress'], ['Senate', 'Senate'], ['Parliament', 'Parliament'], ['Bundesbank', 'Bundesbank'],
  ['Bundestag', 'Bundestag'], ['Duma', 'Duma'], ['Knesset', 'Knesset'], ['Hamas', 'Hamas'], ['Hezbollah', 'Hezbollah'],
  ['Taliban', 'Taliban'], ['PLO', 'Palestine Liberation Organization'], ['IRA', 'Irish Republican Army'],
  ['ANC', 'African National Congress'], ['CPC', 'Communist Party of China'], ['KMT', 'Kuomintang'], ['LDP', 'Liberal Democratic Party'],
  ['BJP', 'Bharatiya Janata Party'], ['SPD', 'Social Democratic Party'], ['CDU', 'Christian Democratic Union'],
  ['GOP', 'Republican Party'],
  // Parties and movements that news copy names by a short name alone.
  ['Tories', 'Conservative Party'], ['Likud', 'Likud'], ['Fatah', 'Fatah'], ['Kadima', 'Kadima'],
  ['Shas', 'Shas'], ['Sinn Fein', 'Sinn Fein'], ['Fianna Fail', 'Fianna Fail'], ['Fine Gael', 'Fine Gael'], ['Forza Italia', 'Forza Italia'],
  ['PSOE', 'Spanish Socialist Workers\' Party'], ['Awami League', 'Awami League'], ['Al Qaeda', 'Al Qaeda'], ['al-Qaeda', 'al-Qaeda'],
  ['Nasdaq', 'Nasdaq'], ['NYSE', 'New York Stock Exchange'], ['Huawei', 'Huawei'],
  ['BYD', 'BYD'], ['COSCO', 'COSCO'], ['Google', 'Google'], ['Apple', 'Apple'], ['Microsoft', 'Microsoft'], ['Amazon', 'Amazon'],
  ['Facebook', 'Facebook'], ['Meta', 'Meta'], ['Twitter', 'Twitter'], ['Tesla', 'Tesla'], ['Boeing', 'Boeing'], ['Airbus', 'Airbus'],
  ['IBM', 'IBM'], ['Intel', 'Intel'], ['Toyota', 'Toyota'], ['Samsung', 'Samsung'], ['Sony', 'Sony'], ['Nokia', 'Nokia'],
  ['Gazprom', 'Gazprom'], ['Alibaba', 'Alibaba'], ['Tencent', 'Tencent'], ['OpenAI', 'OpenAI'], ['Vatican', 'Vatican'],
  ['Interpol', 'Interpol'], ['Europol', 'Europol'], ['Greenpeace', 'Greenpeace'], ['Amnesty International', 'Amnesty International'],
  ['Red Cross', 'Red Cross'], ['Red Crescent', 'Red Crescent'], ['Human Rights Watch', 'Human Rights Watch'],
  ['NHS', 'National Health Service'], ['MIT', 'Massachusetts Institute of Technology'], ['UCLA', 'UCLA'],
];

/** Demonyms, region adjectives and combining forms, with the country or region they belong to. */
export const DEMONYMS: Readonly<Record<string, string>> = { ...NATIONAL_DEMONYMS, ...REGION_ADJECTIVES, ...COMBINING_FORMS };

/**
 * AP state abbreviations that spell a common word or a given name once the lookup key drops
 * their period ("Ill." → "ill", "Mass.", "Ida."), and codes that are other words ("P.R."):
 * the tagger does not read them as places.
 */
const WORDLIKE_STATE_ABBREVIATIONS = new Set([
  'Cal.', 'Col.', 'Del.', 'Flor.', 'Ga.', 'Ida.', 'Ill.', 'Ind.', 'La.', 'Mass.', 'Miss.', 'Mo.', 'Mont.', 'Ore.', 'Pa.', 'Penn.',
  'Va.', 'Wash.', 'P.R.', 'V.I.',
]);

/** U.S. states by name and by their dotted AP abbreviations ("Calif.", "N.Y."); postal codes are words too ("IN", "OR"). */
const STATE_NAMES: readonly string[] = US_STATES.flatMap(([name, ...forms]) => [
  name!,
  ...forms.filter((form) => form.includes('.') && !WORDLIKE_STATE_ABBREVIATIONS.has(form)),
]);

/** Continents, world regions and large sub-national units that news text names as places. */
export const REGIONS: readonly string[] = [
  'Africa', 'Asia', 'Europe', 'North America', 'South America', 'Latin America', 'Central America', 'Oceania', 'Antarctica',
  'Middle East', 'Near East', 'Far East', 'East Asia', 'South Asia', 'Southeast Asia', 'Central Asia', 'West Africa',
  'East Africa', 'North Africa', 'Southern Africa', 'Sub-Saharan Africa', 'Eastern Europe', 'Western Europe',
  'Central Europe', 'Northern Europe', 'Southern Europe', 'Asia-Pacific', 'Asia Pacific', 'Indo-Pacific', 'Caribbean',
  'Balkans', 'Baltic', 'Baltics', 'Scandinavia', 'Mediterranean', 'Persian Gulf', 'Gulf', 'Sahel', 'Sahara',
  'Arctic', 'Pacific', 'Atlantic', 'Indian Ocean', 'Pacific Ocean', 'Atlantic Ocean', 'Arctic Ocean', 'Black Sea',
  'Red Sea', 'South China Sea', 'East China Sea', 'Caspian Sea', 'North Sea', 'Baltic Sea', 'Yellow Sea',
  'Gaza', 'Gaza Strip', 'West Bank', 'Golan Heights', 'Hong Kong', 'Macau', 'Macao', 'Taiwan', 'Kosovo', 'Donbas', 'Amazon',
  'Himalayas', 'Alps', 'Andes', 'Silicon Valley', 'Wall Street', 'Midwest', 'New England', 'Deep South', 'West Coast',
  'East Coast', 'Burma', 'Pacific Northwest', 'Gulf Coast', 'Bay Area', 'Ulster', 'South China', 'North China', 'Mainland China',
  ...STATE_NAMES,
  ...CANADIAN_PROVINCES.map(([name]) => name!),
  ...PROVINCES,
  ...UK_NATIONS,
  ...FORMER_COUNTRIES,
];

/** Titles, offices and honorifics that stand before a person's name, and the words that qualify them ("Foreign"). */
export const TITLES: readonly string[] = [...PERSON_TITLES, ...TITLE_QUALIFIERS];

/** Words that head an organisation's name at its end ("... Council", "... Inc"). */
export const ORG_HEADS: readonly string[] = [
  'ministry', 'council', 'party', 'university', 'inc', 'corp', 'corporation', 'company', 'co', 'ltd', 'plc', 'llc', 'ag',
  'gmbh', 'sa', 'nv', 'bv', 'group', 'holdings', 'bank', 'agency', 'association', 'committee', 'commission', 'institute',
  'institution', 'organization', 'organisation', 'union', 'federation', 'foundation', 'fund', 'court', 'department',
  'office', 'bureau', 'board', 'authority', 'administration', 'service', 'services', 'army', 'navy', 'force', 'forces',
  'police', 'guard', 'congress', 'parliament', 'assembly', 'senate', 'cabinet', 'government', 'club', 'team', 'league',
  'society', 'academy', 'college', 'school', 'times', 'post', 'news', 'daily', 'journal', 'herald', 'tribune', 'gazette',
  'telegraph', 'magazine', 'press', 'network', 'television', 'tv', 'radio', 'broadcasting', 'airlines', 'airways',
  'motors', 'industries', 'technologies', 'systems', 'partners', 'capital', 'securities', 'investments', 'energy',
  'petroleum', 'oil', 'telecom', 'communications', 'pharmaceuticals', 'labs', 'laboratories', 'studios', 'records',
  'entertainment', 'media', 'shipping', 'railways', 'railway', 'exchange', 'reserve', 'movement', 'front', 'alliance',
  'coalition', 'brigade', 'brigades', 'command', 'mission', 'secretariat', 'tribunal', 'center', 'centre', 'trust',
  'conference', 'initiative', 'program', 'programme', 'project', 'church', 'synod', 'caucus', 'faction', 'group',
  'brotherhood', 'network', 'consortium', 'cooperative', 'co-operative', 'enterprise', 'enterprises', 'firm',
  'chamber', 'forum', 'observatory', 'library', 'laboratory', 'lab', 'hospital', 'clinic', 'orchestra', 'band',
  'fc', 'united', 'city', 'rovers', 'wanderers', 'athletic', 'olympic', 'committee', 'directorate', 'inspectorate',
  'star', 'sun', 'globe', 'mail', 'weekly', 'observer', 'chronicle', 'express', 'mirror', 'examiner', 'inquirer',
  'bulletin', 'courier', 'monitor', 'textiles', 'minerals', 'mining', 'resources', 'stores', 'foods', 'chemicals',
  'electronics', 'instruments', 'products', 'brands', 'steel', 'bancorp', 'bancshares', 'savings', 'insurance', 'realty',
  'properties', 'pharmaceutical', 'semiconductor', 'software', 'computer', 'computers', 'utilities', 'exploration',
  'metals', 'packaging', 'distributors', 'medical', 'healthcare', 'manufacturing',
];

/** Words that head an organisation's name at its start, before "of" ("Bank of England"). */
export const ORG_FIRST_HEADS: readonly string[] = [
  'bank', 'ministry', 'department', 'university', 'institute', 'office', 'bureau', 'council', 'court', 'house', 'board',
  'church', 'college', 'school', 'academy', 'association', 'federation', 'union', 'society', 'league', 'party',
  'organization', 'organisation', 'commission', 'committee', 'agency', 'embassy', 'consulate', 'chamber', 'order',
  'federal', 'national', 'state', 'people', 'congress', 'parliament', 'assembly', 'government', 'fund', 'foundation',
  'secretariat', 'center', 'centre', 'division', 'corps', 'army',
];

/** Words that head a place's name ("... River", "... Province", "Port of ..."). */
export const PLACE_HEADS: readonly string[] = [
  'river', 'lake', 'sea', 'ocean', 'bay', 'gulf', 'strait', 'island', 'islands', 'isles', 'peninsula', 'mountain',
  'mountains', 'mount', 'mt', 'hill', 'hills', 'valley', 'desert', 'forest', 'park', 'street', 'st', 'avenue', 'ave',
  'road', 'rd', 'boulevard', 'blvd', 'square', 'bridge', 'airport', 'station', 'port', 'harbor', 'harbour', 'province',
  'state', 'county', 'district', 'region', 'prefecture', 'territory', 'city', 'town', 'village', 'canal', 'coast',
  'beach', 'plaza', 'stadium', 'arena', 'museum', 'palace', 'castle', 'cathedral', 'temple', 'mosque', 'tower',
  'hall', 'building', 'center', 'centre', 'prison', 'base', 'border', 'zone', 'plain', 'plains', 'heights', 'falls',
  'canyon', 'glacier', 'volcano', 'reef', 'cape', 'creek', 'springs', 'township', 'borough', 'parish', 'oblast',
  'governorate', 'municipality', 'kingdom', 'republic', 'emirate', 'way', 'lane', 'drive', 'highway', 'freeway',
  'memorial', 'cemetery', 'campus', 'quarter', 'square', 'strip', 'basin', 'delta', 'field', 'fields',
  'shoal', 'atoll', 'archipelago', 'lagoon', 'fjord', 'plateau',
];

/** Named initiatives, treaties, events and other news names that are neither people, places nor organisations. */
export const OTHER_NAMES: readonly string[] = [
  'Belt and Road Initiative', 'Belt and Road', 'One Belt One Road', 'Brexit', 'Cold War', 'World War I', 'World War II',
  'Holocaust', 'Olympics', 'Olympic Games', 'Paralympics', 'World Cup', 'Nobel Prize', 'Nobel Peace Prize', 'Oscars',
  'Grammy', 'Super Bowl', 'Tour de France', 'Wimbledon', 'Ramadan', 'Eid', 'Christmas', 'Easter', 'Hanukkah', 'Diwali',
  'Paris Agreement', 'Kyoto Protocol', 'Geneva Conventions', 'Arab Spring', 'Great Depression', 'New Deal', 'Marshall Plan',
  'West Texas Intermediate', 'Brent', 'Brent crude', 'Dow Jones Industrial Average', 'Nikkei 225', 'S&P 500', 'FTSE 100',
  'Euro', 'Covid-19', 'COVID-19', 'Islam', 'Christianity', 'Judaism', 'Buddhism', 'Hinduism', 'Bible', 'Koran', 'Quran',
];

/** Words that end the name of an event, a war, a prize or an agreement ("Vietnam War", "Davis Cup"). */
export const EVENT_HEADS: readonly string[] = [
  'war', 'wars', 'games', 'cup', 'prize', 'award', 'awards', 'championship', 'championships', 'festival', 'summit',
  'agreement', 'treaty', 'accord', 'accords', 'crisis', 'revolution', 'olympics', 'open', 'grand prix', 'tour',
  'marathon', 'derby', 'trophy', 'series', 'bowl', 'classic', 'masters', 'act', 'declaration', 'convention',
  'protocol', 'doctrine', 'plan', 'massacre', 'uprising', 'election', 'elections', 'referendum', 'expo', 'fair',
];

/**
 * Words that open a sports club's name before its city ("Bayern Munich", "Dynamo Kiev",
 * "Sporting Lisbon", "Red Star Belgrade"): general football knowledge.
 */
export const CLUB_FIRST_WORDS: readonly string[] = [
  'bayern', 'borussia', 'inter', 'dynamo', 'dinamo', 'spartak', 'lokomotiv', 'torpedo', 'cska', 'olympique', 'sporting',
  'atletico', 'athletic', 'racing', 'hapoel', 'maccabi', 'beitar', 'steaua', 'partizan', 'sparta', 'slavia', 'hajduk',
  'rapid', 'deportivo', 'hertha', 'werder', 'eintracht', 'fortuna', 'dukla', 'zenit', 'shakhtar', 'legia', 'wisla',
  'ajax', 'feyenoord', 'fc', 'afc', 'ac', 'sc', 'vfb', 'vfl', 'fk', 'nk', 'sk', 'red', 'young', 'union', 'real',
];

/** Lower-case words after a club's city that make it the club ("Leeds striker", "Milan coach"). */
export const CLUB_ROLES: readonly string[] = [
  'manager', 'coach', 'striker', 'midfielder', 'defender', 'goalkeeper', 'keeper', 'forward', 'winger', 'fullback',
  'playmaker', 'captain', 'skipper', 'fans', 'supporters', 'chairman', 'president',
];

/** Last words of newspaper names after a city ("Edmonton Sun", "Ottawa Citizen", "Toronto Star"). */
export const NEWSPAPER_WORDS: readonly string[] = [
  'sun', 'citizen', 'star', 'times', 'post', 'herald', 'journal', 'tribune', 'gazette', 'chronicle', 'observer',
  'examiner', 'inquirer', 'courier', 'bulletin', 'telegraph', 'standard', 'mirror', 'express', 'dispatch',
  'register', 'daily', 'globe', 'mail', 'statesman', 'sentinel', 'enquirer', 'leader', 'guardian', 'independent',
  'paper', 'news', 'press', 'weekly', 'record', 'review', 'bee', 'reporter', 'advertiser', 'echo', 'messenger',
];

/**
 * Initialisms of ordinary nouns that news copy writes in capitals ("DNA", "an IQ test", "the
 * GDP"): no organisation when they stand alone. General English, hand-written; initialisms that
 * also name parties or companies ("LSD", "TNT") are left out.
 */
export const COMMON_ACRONYMS: readonly string[] = [
  'DNA', 'RNA', 'HIV', 'AIDS', 'IQ', 'GDP', 'GNP', 'GNI', 'CPI', 'PPI', 'CD', 'CDs', 'DVD', 'DVDs', 'TV', 'PC', 'PCs',
  'AI', 'VR', 'GPS', 'SMS', 'URL', 'USB', 'PDF', 'LED', 'LCD', 'ATM', 'ATMs', 'CEO', 'CEOs', 'CFO', 'COO', 'CTO',
  'MVP', 'RBI', 'RBIs', 'VIP', 'VIPs', 'UFO', 'UFOs', 'FAQ', 'POV', 'SUV', 'SUVs', 'IVF', 'ICU', 'MRI', 'ECG', 'PTSD',
  'ADHD', 'OCD', 'STD', 'BMI', 'DIY', 'IPO', 'IPOs', 'ETF', 'ETFs', 'VAT', 'NGO', 'NGOs', 'CCTV', 'TB', 'LGBT',
  'LGBTQ', 'PhD', 'PhDs', 'MBA', 'RSVP', 'ASAP', 'CV', 'DJ', 'DJs', 'GIF', 'HTML', 'API', 'APIs', 'CPU', 'GPU',
  'Wi-Fi', 'WiFi', 'QR', 'SOS', 'LNG', 'LPG',
];

/**
 * Common given names that compromise lists as places or ordinary words rather than as first
 * names ("Jordan Lee", "Florence Pugh", "Christian Bruch"): general knowledge, hand-written.
 */
export const GIVEN_NAMES: readonly string[] = [
  'jordan', 'florence', 'sydney', 'warren', 'austin', 'georgia', 'victoria', 'chelsea', 'lincoln', 'dallas',
  'savannah', 'madison', 'phoenix', 'brooklyn', 'dakota', 'carolina', 'virginia', 'charlotte', 'adelaide', 'regina',
  'houston', 'tyler', 'denver', 'aurora', 'orlando', 'sierra', 'christian', 'elizabeth', 'lorraine', 'florian',
  'sofia', 'alexandria', 'helena', 'beverly', 'shannon', 'kingston', 'preston', 'camden', 'clifton', 'marion',
];

/**
 * League and competition names, which CoNLL tags as MISC: they are no places or clubs
 * ("second in the Bundesliga"). General sports knowledge, hand-written.
 */
export const COMPETITION_NAMES: readonly string[] = [
  'Bundesliga', 'Premier League', 'Serie A', 'Serie B', 'La Liga', 'Ligue 1', 'Eredivisie', 'Champions League',
  'Europa League', 'Conference League', 'Primeira Liga', 'Super Lig', 'Scottish Premiership', 'EFL Championship',
  'Copa del Rey', 'FA Cup', 'Copa Libertadores', 'Copa America', 'Six Nations', 'Ryder Cup', 'Stanley Cup',
  'Davis Cup', 'Indian Premier League', 'Formula One', 'Formula 1', 'MotoGP',
];

/**
 * Words that make a text a sports report, so that a company's name before a city is its club
 * ("Bayer Leverkusen"): lower-case sports nouns and one-word competition names.
 */
export const SPORTS_WORDS: readonly string[] = [
  'league', 'season', 'match', 'goal', 'goals', 'coach', 'striker', 'midfielder', 'goalkeeper', 'club', 'clubs',
  'stadium', 'relegation', 'playoff', 'playoffs', 'bundesliga', 'liga', 'ligue', 'eredivisie', 'serie',
];

/** Multi-word office titles whose inner words are no title alone ("Chief Financial Officer", "Managing Director"). */
export const TITLE_INNER_WORDS: readonly string[] = [
  'financial', 'operating', 'technology', 'information', 'marketing', 'investment', 'managing', 'commercial',
];

/** Lower-case nouns after which ", X," names a company's part: "the wind-turbine unit, Siemens Gamesa,". */
export const COMPANY_PART_WORDS: readonly string[] = ['unit', 'subsidiary', 'division', 'affiliate', 'spinoff', 'spin-off'];
