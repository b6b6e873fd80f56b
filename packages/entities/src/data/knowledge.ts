/**
 * Small curated lists of general news knowledge, written for this package (not taken from
 * any evaluation corpus): wire agencies, well-known organisations and their acronyms,
 * demonyms, titles and honorifics, organisation and place head nouns, world regions.
 */

/** Wire services and large news organisations, as datelines and credits name them. */
export const AGENCIES: readonly string[] = [
  'Reuters', 'Associated Press', 'AP', 'AFP', 'Agence France-Presse', 'Agence France Presse', 'Xinhua', 'Bloomberg',
  'Dow Jones', 'UPI', 'United Press International', 'Kyodo', 'Yonhap', 'TASS', 'Itar-Tass', 'Interfax', 'RIA Novosti',
  'ANSA', 'EFE', 'DPA', 'PTI', 'Press Trust of India', 'Anadolu', 'Anadolu Agency', 'Jiji', 'Bernama', 'Antara',
  'PAP', 'CTK', 'MTI', 'BTA', 'Tanjug', 'HINA', 'APA', 'Belga', 'ANP', 'NTB', 'TT', 'Ritzau', 'STT', 'Lusa',
  'Prensa Latina', 'Notimex', 'Telam', 'Agencia Brasil', 'Andina', 'IRNA', 'WAFA', 'MENA', 'SANA', 'KCNA', 'CNA',
  'Central News Agency', 'Xinhua News Agency', 'China News Service', 'Press Association', 'PA', 'AAP',
  'Australian Associated Press', 'Canadian Press', 'BBC', 'CNN', 'NPR', 'PBS', 'ABC', 'NBC', 'CBS', 'Fox News',
  'Al Jazeera', 'Sky News', 'CCTV', 'CGTN', 'Global Times', 'China Daily', "People's Daily", 'New York Times',
  'Washington Post', 'Wall Street Journal', 'Financial Times', 'Guardian', 'Le Monde',
  'Der Spiegel', 'Politico', 'Axios', 'Wikinews', 'Wikipedia', 'Xinhuanet', 'RIA', 'Sputnik', 'RT', 'Nikkei',
  'Asahi', 'Yomiuri', 'Mainichi', "Moody's", 'Standard & Poor', "Standard & Poor's", 'Fitch', 'Fitch Ratings', 'South China Morning Post', 'Times of India', 'Straits Times',
];

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

/**
 * Demonyms and nationality adjectives, with the country or region they belong to (a
 * general-knowledge list; the plural forms "Americans", "Chinese" are handled by the tagger).
 */
export const DEMONYMS: Readonly<Record<string, string>> = {
  Afghan: 'Afghanistan', Albanian: 'Albania', Algerian: 'Algeria', American: 'United States', Andorran: 'Andorra',
  Angolan: 'Angola', Argentine: 'Argentina', Argentinian: 'Argentina', Armenian: 'Armenia', Australian: 'Australia',
  Austrian: 'Austria', Azerbaijani: 'Azerbaijan', Azeri: 'Azerbaijan', Bahraini: 'Bahrain', Bangladeshi: 'Bangladesh',
  Belarusian: 'Belarus', Belgian: 'Belgium', Beninese: 'Benin', Bhutanese: 'Bhutan', Bolivian: 'Bolivia',
  Bosnian: 'Bosnia and Herzegovina', Brazilian: 'Brazil', British: 'United Kingdom', Bruneian: 'Brunei', Bulgarian: 'Bulgaria',
  Burmese: 'Myanmar', Burundian: 'Burundi', Cambodian: 'Cambodia', Cameroonian: 'Cameroon', Canadian: 'Canada',
  Chadian: 'Chad', Chilean: 'Chile', Chinese: 'China', Colombian: 'Colombia', Congolese: 'Congo', Croatian: 'Croatia',
  Croat: 'Croatia', Cuban: 'Cuba', Cypriot: 'Cyprus', Czech: 'Czech Republic', Danish: 'Denmark', Dutch: 'Netherlands',
  Ecuadorian: 'Ecuador', Egyptian: 'Egypt', Emirati: 'United Arab Emirates', English: 'England', Eritrean: 'Eritrea',
  Estonian: 'Estonia', Ethiopian: 'Ethiopia', Fijian: 'Fiji', Filipino: 'Philippines', Philippine: 'Philippines',
  Finnish: 'Finland', French: 'France', Gabonese: 'Gabon', Gambian: 'Gambia', Georgian: 'Georgia', German: 'Germany',
  Ghanaian: 'Ghana', Greek: 'Greece', Guatemalan: 'Guatemala', Guinean: 'Guinea', Haitian: 'Haiti', Honduran: 'Honduras',
  Hungarian: 'Hungary', Icelandic: 'Iceland', Indian: 'India', Indonesian: 'Indonesia', Iranian: 'Iran', Iraqi: 'Iraq',
  Irish: 'Ireland', Israeli: 'Israel', Italian: 'Italy', Ivorian: "Côte d'Ivoire", Jamaican: 'Jamaica', Japanese: 'Japan',
  Jordanian: 'Jordan', Kazakh: 'Kazakhstan', Kenyan: 'Kenya', Korean: 'Korea', Kosovar: 'Kosovo', Kuwaiti: 'Kuwait',
  Kyrgyz: 'Kyrgyzstan', Lao: 'Laos', Laotian: 'Laos', Latvian: 'Latvia', Lebanese: 'Lebanon', Liberian: 'Liberia',
  Libyan: 'Libya', Lithuanian: 'Lithuania', Luxembourgish: 'Luxembourg', Macedonian: 'North Macedonia', Malagasy: 'Madagascar',
  Malawian: 'Malawi', Malaysian: 'Malaysia', Maldivian: 'Maldives', Malian: 'Mali', Maltese: 'Malta', Mauritanian: 'Mauritania',
  Mauritian: 'Mauritius', Mexican: 'Mexico', Moldovan: 'Moldova', Mongolian: 'Mongolia', Montenegrin: 'Montenegro',
  Moroccan: 'Morocco', Mozambican: 'Mozambique', Namibian: 'Namibia', Nepali: 'Nepal', Nepalese: 'Nepal',
  Nicaraguan: 'Nicaragua', Nigerian: 'Nigeria', Nigerien: 'Niger', Norwegian: 'Norway', Omani: 'Oman', Pakistani: 'Pakistan',
  Palestinian: 'Palestine', Panamanian: 'Panama', Paraguayan: 'Paraguay', Peruvian: 'Peru', Polish: 'Poland', Pole: 'Poland',
  Portuguese: 'Portugal', Qatari: 'Qatar', Romanian: 'Romania', Russian: 'Russia', Rwandan: 'Rwanda', Salvadoran: 'El Salvador',
  Samoan: 'Samoa', Saudi: 'Saudi Arabia', Scottish: 'Scotland', Scots: 'Scotland', Senegalese: 'Senegal', Serbian: 'Serbia',
  Serb: 'Serbia', Singaporean: 'Singapore', Slovak: 'Slovakia', Slovenian: 'Slovenia', Slovene: 'Slovenia', Somali: 'Somalia',
  'South African': 'South Africa', 'South Korean': 'South Korea', 'North Korean': 'North Korea', 'South Sudanese': 'South Sudan',
  Spanish: 'Spain', 'Sri Lankan': 'Sri Lanka', Sudanese: 'Sudan', Surinamese: 'Suriname', Swedish: 'Sweden', Swiss: 'Switzerland',
  Syrian: 'Syria', Taiwanese: 'Taiwan', Tajik: 'Tajikistan', Tanzanian: 'Tanzania', Thai: 'Thailand', Tibetan: 'Tibet',
  Togolese: 'Togo', Tongan: 'Tonga', Tunisian: 'Tunisia', Turkish: 'Turkey', Turkmen: 'Turkmenistan', Ugandan: 'Uganda',
  Ukrainian: 'Ukraine', Uruguayan: 'Uruguay', Uzbek: 'Uzbekistan', Venezuelan: 'Venezuela', Vietnamese: 'Vietnam',
  Welsh: 'Wales', Yemeni: 'Yemen', Zambian: 'Zambia', Zimbabwean: 'Zimbabwe', 'New Zealand': 'New Zealand',
  Kiwi: 'New Zealand', Hongkonger: 'Hong Kong', Puerto: 'Puerto Rico', Soviet: 'Soviet Union', Yugoslav: 'Yugoslavia',
  Latvians: 'Latvia', Kurdish: 'Kurdistan', Kurd: 'Kurdistan', Basque: 'Basque Country', Catalan: 'Catalonia',
  Flemish: 'Flanders', Bavarian: 'Bavaria', Texan: 'Texas', Californian: 'California', Quebecois: 'Quebec',
  European: 'Europe', Asian: 'Asia', African: 'Africa', 'Latin American': 'Latin America', 'South American': 'South America',
  'North American': 'North America', 'Central American': 'Central America', Arab: 'Arab world', Arabic: 'Arab world',
  'Middle Eastern': 'Middle East', Western: 'West', Eastern: 'East', Caribbean: 'Caribbean', Scandinavian: 'Scandinavia',
  Nordic: 'Nordic countries', Balkan: 'Balkans', Baltic: 'Baltic states', Pacific: 'Pacific', Atlantic: 'Atlantic',
  Mediterranean: 'Mediterranean', Sino: 'China', Anglo: 'United Kingdom', Russo: 'Russia', Indo: 'India',
};

/** Continents, world regions and large sub-national units that news text names as places. */
export const REGIONS: readonly string[] = [
  'Africa', 'Asia', 'Europe', 'North America', 'South America', 'Latin America', 'Central America', 'Oceania', 'Antarctica',
  'Middle East', 'Near East', 'Far East', 'East Asia', 'South Asia', 'Southeast Asia', 'Central Asia', 'West Africa',
  'East Africa', 'North Africa', 'Southern Africa', 'Sub-Saharan Africa', 'Eastern Europe', 'Western Europe',
  'Central Europe', 'Northern Europe', 'Southern Europe', 'Asia-Pacific', 'Asia Pacific', 'Indo-Pacific', 'Caribbean',
  'Balkans', 'Baltic', 'Baltics', 'Scandinavia', 'Mediterranean', 'Persian Gulf', 'Gulf', 'Sahel', 'Sahara',
  'Arctic', 'Pacific', 'Atlantic', 'Indian Ocean', 'Pacific Ocean', 'Atlantic Ocean', 'Arctic Ocean', 'Black Sea',
  'Red Sea', 'South China Sea', 'East China Sea', 'Caspian Sea', 'North Sea', 'Baltic Sea', 'Yellow Sea',
  'Gaza', 'Gaza Strip', 'West Bank', 'Golan Heights', 'Kashmir', 'Tibet', 'Xinjiang', 'Hong Kong', 'Macau', 'Macao',
  'Taiwan', 'Kosovo', 'Crimea', 'Donbas', 'Chechnya', 'Kurdistan', 'Siberia', 'Patagonia', 'Amazon', 'Himalayas',
  'Alps', 'Andes', 'Silicon Valley', 'Wall Street', 'Midwest', 'New England', 'Deep South', 'West Coast', 'East Coast',
  'Soviet Union', 'USSR', 'U.S.S.R.', 'Czechoslovakia', 'Yugoslavia', 'East Germany', 'West Germany', 'Zaire', 'Burma',
  'Western Australia', 'South Australia', 'Northern Territory', 'Pacific Northwest', 'Gulf Coast', 'Bay Area',
  'England', 'Scotland', 'Wales', 'Northern Ireland', 'Ulster', 'South China', 'North China', 'Mainland China',
  'Alabama', 'Alaska', 'Arizona', 'Arkansas', 'California', 'Colorado', 'Connecticut', 'Delaware', 'Florida', 'Hawaii',
  'Idaho', 'Illinois', 'Indiana', 'Iowa', 'Kansas', 'Kentucky', 'Louisiana', 'Maine', 'Maryland', 'Massachusetts',
  'Michigan', 'Minnesota', 'Mississippi', 'Missouri', 'Montana', 'Nebraska', 'Nevada', 'New Hampshire', 'New Jersey',
  'New Mexico', 'New York', 'North Carolina', 'North Dakota', 'Ohio', 'Oklahoma', 'Oregon', 'Pennsylvania',
  'Rhode Island', 'South Carolina', 'South Dakota', 'Tennessee', 'Texas', 'Utah', 'Vermont', 'Virginia', 'Washington',
  'West Virginia', 'Wisconsin', 'Wyoming', 'Ontario', 'Quebec', 'British Columbia', 'Alberta', 'Manitoba',
  'N.Y.', 'N.J.', 'N.C.', 'S.C.', 'N.D.', 'S.D.', 'N.H.', 'N.M.', 'R.I.', 'W.Va.', 'D.C.', 'Calif.', 'Fla.', 'Tex.',
  'Mich.', 'Minn.', 'Conn.', 'Colo.', 'Ariz.', 'Okla.', 'Tenn.', 'Wis.', 'Ala.', 'Ark.', 'Kan.', 'Neb.', 'Nev.', 'Wyo.',
  'Saskatchewan', 'Nova Scotia', 'Queensland', 'New South Wales', 'Victoria', 'Tasmania', 'Bavaria', 'Catalonia',
  'Andalusia', 'Lombardy', 'Sicily', 'Sardinia', 'Corsica', 'Brittany', 'Normandy', 'Flanders', 'Wallonia',
];

/** Titles, offices and honorifics that stand before a person's name and are not part of it. */
export const TITLES: readonly string[] = [
  'mr', 'mrs', 'ms', 'miss', 'mx', 'dr', 'prof', 'professor', 'sir', 'dame', 'lord', 'lady', 'rev', 'reverend', 'father',
  'sister', 'brother', 'rabbi', 'imam', 'sheikh', 'sheik', 'ayatollah', 'pope', 'cardinal', 'bishop', 'archbishop',
  'king', 'queen', 'prince', 'princess', 'emperor', 'empress', 'sultan', 'emir', 'crown', 'duke', 'duchess', 'count',
  'president', 'vice', 'premier', 'prime', 'minister', 'chancellor', 'secretary', 'senator', 'sen', 'rep',
  'representative', 'congressman', 'congresswoman', 'governor', 'gov', 'mayor', 'ambassador', 'envoy', 'consul',
  'judge', 'justice', 'attorney', 'prosecutor', 'commissioner', 'chairman', 'chairwoman', 'chair', 'chairperson',
  'chief', 'executive', 'ceo', 'cfo', 'coo', 'cto', 'director', 'manager', 'spokesman', 'spokeswoman', 'spokesperson',
  'general', 'gen', 'lt', 'lieutenant', 'colonel', 'col', 'major', 'maj', 'captain', 'capt', 'commander', 'admiral',
  'adm', 'sergeant', 'sgt', 'corporal', 'private', 'marshal', 'officer', 'detective', 'inspector', 'constable',
  'coach', 'manager', 'striker', 'midfielder', 'defender', 'goalkeeper', 'champion', 'deputy', 'acting', 'former',
  'foreign', 'defence', 'defense', 'finance', 'interior', 'trade', 'economy', 'health', 'education', 'justice',
  'labour', 'labor', 'agriculture', 'energy', 'environment', 'transport', 'culture', 'home', 'state', 'national',
  'security', 'speaker', 'leader', 'chef', 'dean', 'provost', 'rector', 'principal', 'founder', 'cofounder',
  'co-founder', 'president-elect', 'vice-president', 'late', 'dr.', 'mr.', 'mrs.', 'ms.', 'head',
  'analyst', 'economist', 'expert', 'researcher', 'scientist', 'author', 'writer', 'journalist', 'correspondent',
  'reporter', 'editor', 'columnist', 'lawyer', 'attorney-general', 'solicitor', 'auditor', 'treasurer', 'secretary-general',
  'undersecretary', 'under-secretary', 'assistant', 'associate', 'senior', 'junior', 'first', 'lady', 'councillor',
  'councilman', 'councilwoman', 'councilor', 'alderman', 'sheriff', 'superintendent', 'pastor', 'priest', 'monk',
  'ambassador-designate', 'candidate', 'nominee', 'incumbent', 'challenger', 'actor', 'actress', 'singer', 'player',
  'administrator', 'official', 'spokesperson', 'commentator', 'presenter', 'anchor', 'host', 'mp', 'mep', 'ceo',
];

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
