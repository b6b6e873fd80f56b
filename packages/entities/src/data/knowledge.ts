import {
  CANADIAN_PROVINCES, COMBINING_FORMS, DEMONYMS as NATIONAL_DEMONYMS, FORMER_COUNTRIES, NEWS_AGENCIES, NEWS_OUTLETS,
  REGION_ADJECTIVES, REGIONS as PROVINCES, STATE_DEMONYMS, TITLE_QUALIFIERS, TITLES as PERSON_TITLES, UK_NATIONS, US_STATES,
} from '@newsparse/core';

/**
 * Small curated lists of general news knowledge (not taken from any evaluation corpus): the
 * names the tagger knows. Agencies, demonyms, titles, countries and regions come from core's
 * knowledge base; the lists here are the tagger's own: well-known organisations and their
 * acronyms, world regions, events, competitions, given names. The words of a language that
 * the rules read (head nouns, context and sports words) live in `locales/<code>/`.
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
  ['EU', 'European Union'], ['E.U.', 'European Union'],
  // The same bodies by their German, French, Spanish and Italian names, which other-language copy uses.
  ['Unión Europea', 'European Union'], ['Union européenne', 'European Union'], ['Europäische Union', 'European Union'], ['Unione europea', 'European Union'],
  ['Naciones Unidas', 'United Nations'], ['Nations unies', 'United Nations'], ['Vereinte Nationen', 'United Nations'], ['Nazioni Unite', 'United Nations'],
  ['ONU', 'United Nations'], ['OTAN', 'North Atlantic Treaty Organization'],
  ['Comisión Europea', 'European Commission'], ['Commission européenne', 'European Commission'], ['Europäische Kommission', 'European Commission'], ['Commissione europea', 'European Commission'],
  ['Parlamento Europeo', 'European Parliament'], ['Parlement européen', 'European Parliament'], ['Europäisches Parlament', 'European Parliament'], ['Parlamento europeo', 'European Parliament'],
  // German declines the adjective after an article or a preposition ("bei den Vereinten Nationen", "der Europäischen Union").
  ['Vereinten Nationen', 'United Nations'], ['Europäischen Union', 'European Union'], ['Europäischen Kommission', 'European Commission'], ['Europäischen Parlament', 'European Parliament'], ['Europäischen Parlaments', 'European Parliament'], ['WTO', 'World Trade Organization'], ['IMF', 'International Monetary Fund'],
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
  ['Bundestag', 'Bundestag'], ['Duma', 'Duma'], ['Knesset', 'Knesset'],
  // Legislatures that news copy names by their own word, with no head word to tell them.
  ['Lok Sabha', 'Lok Sabha'], ['Rajya Sabha', 'Rajya Sabha'], ['Verkhovna Rada', 'Verkhovna Rada'], ['Sejm', 'Sejm'],
  ['Riksdag', 'Riksdag'], ['Storting', 'Storting'], ['Folketing', 'Folketing'], ['Bundesrat', 'Bundesrat'], ['Hamas', 'Hamas'], ['Hezbollah', 'Hezbollah'],
  ['Taliban', 'Taliban'], ['PLO', 'Palestine Liberation Organization'], ['IRA', 'Irish Republican Army'],
  ['ANC', 'African National Congress'], ['CPC', 'Communist Party of China'], ['KMT', 'Kuomintang'], ['LDP', 'Liberal Democratic Party'],
  ['BJP', 'Bharatiya Janata Party'], ['SPD', 'Social Democratic Party'], ['CDU', 'Christian Democratic Union'],
  ['GOP', 'Republican Party'],
  // Parties and movements that news copy names by a short name alone.
  ['Tories', 'Conservative Party'], ['Likud', 'Likud'], ['Fatah', 'Fatah'], ['Kadima', 'Kadima'],
  ['Shas', 'Shas'], ['Sinn Fein', 'Sinn Fein'], ['Fianna Fail', 'Fianna Fail'], ['Fine Gael', 'Fine Gael'], ['Forza Italia', 'Forza Italia'],
  ['PSOE', 'Spanish Socialist Workers\' Party'], ['Awami League', 'Awami League'], ['Al Qaeda', 'Al Qaeda'], ['al-Qaeda', 'al-Qaeda'],
  // Armed groups of world news beside Hamas, Hezbollah, the Taliban and Al Qaeda ("Islamic State" ends in a place's head).
  ['Islamic State', 'Islamic State'], ['ISIS', 'Islamic State'], ['ISIL', 'Islamic State'], ['Daesh', 'Islamic State'],
  ['Boko Haram', 'Boko Haram'], ['al-Shabaab', 'al-Shabaab'],
  ['Nasdaq', 'Nasdaq'], ['NYSE', 'New York Stock Exchange'], ['Huawei', 'Huawei'],
  ['BYD', 'BYD'], ['COSCO', 'COSCO'], ['Google', 'Google'], ['Apple', 'Apple'], ['Microsoft', 'Microsoft'], ['Amazon', 'Amazon'],
  ['Facebook', 'Facebook'], ['Meta', 'Meta'], ['Twitter', 'Twitter'], ['Tesla', 'Tesla'], ['Boeing', 'Boeing'], ['Airbus', 'Airbus'],
  ['IBM', 'IBM'], ['Intel', 'Intel'], ['Toyota', 'Toyota'], ['Samsung', 'Samsung'], ['Sony', 'Sony'], ['Nokia', 'Nokia'],
  // Europe's largest listed companies whose names no head word tells, known in any language's copy ("die Deutsche Bank").
  ...['Deutsche Bank', 'Deutsche Telekom', 'Deutsche Post', 'Deutsche Bahn', 'Deutsche Börse', 'Credit Suisse', 'Société Générale',
    'BNP Paribas', 'Allianz', 'Thyssenkrupp', 'Stellantis', 'Iberdrola', 'Repsol', 'Enel', 'Eni', 'TotalEnergies'].map((name) => [name, name] as const),
  // Companies whose names hold a lower-case word, which no run of capitals joins ("Research in Motion said").
  ['Research in Motion', 'Research in Motion'], ['Marks and Spencer', 'Marks and Spencer'], ['Marks & Spencer', 'Marks and Spencer'],
  ['Gazprom', 'Gazprom'], ['Alibaba', 'Alibaba'], ['Tencent', 'Tencent'], ['OpenAI', 'OpenAI'], ['Vatican', 'Vatican'],
  // Police and security services named by their own words, with no head word to tell them.
  ['Garda Síochána', 'Garda Síochána'], ['Garda Siochana', 'Garda Síochána'], ['Garda', 'Garda Síochána'], ['Gardaí', 'Garda Síochána'], ['Gardai', 'Garda Síochána'],
  ['Carabinieri', 'Carabinieri'],
  ['Guardia Civil', 'Guardia Civil'], ['Mossad', 'Mossad'], ['Shin Bet', 'Shin Bet'], ['Scotland Yard', 'Scotland Yard'],
  ['Interpol', 'Interpol'], ['Europol', 'Europol'], ['Greenpeace', 'Greenpeace'], ['Amnesty International', 'Amnesty International'],
  ['Red Cross', 'Red Cross'], ['Red Crescent', 'Red Crescent'], ['Human Rights Watch', 'Human Rights Watch'],
  // Restaurant chains named like a person, a title or a place ("Burger King said" read as a person).
  ['Burger King', 'Burger King'], ['Dairy Queen', 'Dairy Queen'], ['Olive Garden', 'Olive Garden'], ['Popeyes', 'Popeyes'], ['Jack in the Box', 'Jack in the Box'],
  ['Red Lobster', 'Red Lobster'], ['Taco Bell', 'Taco Bell'], ['Pizza Hut', 'Pizza Hut'], ['Shake Shack', 'Shake Shack'],
  // Charities named with ordinary words and no head word, which only knowledge can tell.
  ['Doctors Without Borders', 'Doctors Without Borders'], ['Médecins Sans Frontières', 'Médecins Sans Frontières'],
  ['Reporters Without Borders', 'Reporters Without Borders'], ['Reporters Sans Frontières', 'Reporters Sans Frontières'],
  ['NHS', 'National Health Service'], ['MIT', 'Massachusetts Institute of Technology'], ['UCLA', 'UCLA'],
  // Airlines named with no "Air", "Airlines" or "Airways" to tell them, whose words read as a person's name
  // ("a question about Aer Lingus"). Names that are also places or peoples ("Emirates", "Iberia") are left out.
  ...[
    'Aer Lingus', 'Ryanair', 'easyJet', 'Qantas', 'Etihad', 'Cathay Pacific', 'Aeroflot', 'Alitalia', 'KLM', 'Finnair', 'Vueling',
    'Jetstar', 'Virgin Atlantic', 'Virgin Australia', 'Aeromexico', 'Avianca', 'LATAM', 'AirAsia', 'IndiGo', 'SpiceJet', 'Vistara',
    'flydubai', 'JetBlue', 'WestJet', 'Icelandair', 'Transavia', 'Eurowings', 'Loganair', 'Flybe', 'Cebu Pacific', 'Aerolíneas Argentinas',
  ].map((name) => [name, name] as const),
];

/**
 * Acronyms of national bodies that other countries' copy uses for other bodies ("SPD" is
 * Germany's Social Democratic Party, and a US city's police department; "LDP" a party in Japan
 * and elsewhere; "CPC" China's Communist Party and Canada's Conservatives). Each comes
 * with its country, in English and in its own language, and the capital or the parliament. The
 * long form is their name only where the text names it or one of these, or uses the country's
 * demonym. Acronyms only one body is known by ("BJP", "PSOE") are not listed.
 */
export const NATIONAL_ACRONYMS: Readonly<Record<string, readonly string[]>> = {
  SPD: ['Germany', 'Deutschland', 'Berlin', 'Bundestag'], CDU: ['Germany', 'Deutschland', 'Berlin', 'Bundestag'],
  LDP: ['Japan', 'Tokyo'], CPC: ['China', 'Beijing'], BOJ: ['Japan', 'Tokyo'],
  ANC: ['South Africa', 'Pretoria', 'Johannesburg', 'Cape Town'],
  IRA: ['Ireland', 'Northern Ireland', 'United Kingdom', 'Britain', 'Belfast', 'Dublin', 'London'],
  NHS: ['United Kingdom', 'Britain', 'England', 'Scotland', 'Wales', 'Northern Ireland', 'London'],
};

/** Demonyms (of countries, and of US states and Canadian provinces), region adjectives and combining forms, with the country or region they belong to. */
export const DEMONYMS: Readonly<Record<string, string>> = { ...NATIONAL_DEMONYMS, ...STATE_DEMONYMS, ...REGION_ADJECTIVES, ...COMBINING_FORMS };

/**
 * AP state abbreviations that spell a common word or a given name once the lookup key drops
 * their period ("Ill." → "ill", "Mass.", "Ida."), and codes that are other words ("P.R."):
 * the tagger does not read them as places.
 */
export const WORDLIKE_STATE_ABBREVIATIONS: ReadonlySet<string> = new Set([
  'Cal.', 'Col.', 'Del.', 'Flor.', 'Ga.', 'Ida.', 'Ill.', 'Ind.', 'La.', 'Mass.', 'Miss.', 'Mo.', 'Mont.', 'Ore.', 'Pa.', 'Penn.',
  'Va.', 'Wash.', 'P.R.', 'V.I.',
]);

/**
 * The state abbreviations the tagger does not read as places alone, without their full stop:
 * postal codes ("CT", "IN", "OR") and the word-like AP forms ("Ill", "Mass"), and Canada's
 * provinces' postal codes ("BC", "ON"). After a town and a comma they are the state or the
 * province ("Hartford, CT", "Moline, Ill.", "Kelowna, BC").
 */
export const STATE_CODES_AFTER_TOWNS: readonly string[] = [
  ...US_STATES.flatMap(([, ...forms]) => forms.filter((form) => /^[A-Z]{2}$/.test(form) || WORDLIKE_STATE_ABBREVIATIONS.has(form)).map((form) => form.replace(/\.$/, ''))),
  ...CANADIAN_PROVINCES.flatMap(([, ...forms]) => forms.filter((form) => /^[A-Z]{2}$/.test(form))),
];

/**
 * Every way copy writes a U.S. state inside a legislator's party tag ("D-Ore.", "R-Texas", "I-VT"),
 * without a final full stop: names, AP abbreviations and postal codes, with some spaces taken out
 * ("N.Y", "Calif", "FL").
 */
export const STATE_FORMS_IN_PARTY_TAGS: ReadonlySet<string> = new Set(US_STATES.flatMap((forms) => forms.map((form) => form.replace(/\.$/, ''))));

/**
 * The short forms of English counties that copy lists together ("Beds, Herts and Bucks",
 * "Hants and Dorset"). Most are also words or names alone ("Beds", "Bucks"), so they are
 * places only in a list with another place.
 */
export const COUNTY_SHORT_FORMS: ReadonlySet<string> = new Set([
  'Beds', 'Berks', 'Bucks', 'Cambs', 'Derbys', 'Glos', 'Hants', 'Herts', 'Lancs', 'Leics', 'Lincs', 'Northants', 'Notts',
  'Oxon', 'Staffs', 'Wilts', 'Worcs', 'Warks', 'Yorks',
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

/**
 * Indonesian and Malay offices and forms of address that English copy keeps untranslated before
 * a name ("Presiden Joko Widodo", "Menteri Besar Amirudin Shari", "Gubernur Anies Baswedan",
 * "Bupati …", "Wakil Presiden …"): president, minister, first and chief minister, prime
 * minister, deputy, governor, regent, mayor, district head, chairman, speaker, police chiefs.
 * ("Pak" and "Bu" are left out: "Pak" is also short for Pakistan.)
 */
export const MALAY_INDONESIAN_TITLES: readonly string[] = (
  'presiden wakil menteri besar ketua perdana timbalan gubernur bupati walikota ' +
  'camat lurah kapolri kapolda kapolres panglima jeneral jenderal bapak ibu'
).split(' ');

/**
 * Titles, offices and honorifics that stand before a person's name, and the words that qualify
 * them ("Foreign"), with the plural of each "-man" title that stands before a list of names
 * ("Councilmen Kevin Ward and Carl Diaz").
 */
export const TITLES: readonly string[] = [
  ...PERSON_TITLES,
  ...MALAY_INDONESIAN_TITLES,
  ...TITLE_QUALIFIERS,
  // "Special Adviser to the Governor", "Special Envoy", "Special Assistant": a qualifier of a title, as "Senior" is.
  'special',
  // An Irish police officer's rank, its abbreviation and its plural before names ("Garda Tom Daly", "Gda Conlon", "Gardaí Conlon, Murtagh and …"): kept here,
  // not in core's TITLES, as quotes (which bundles core's list) takes its names from this tagger.
  'garda', 'gda', 'gardaí', 'gardai',
  // Styles of legislators and ministers in Commonwealth and Caribbean copy ("the Honourable Aubyn Hill"), and Australian
  // and New Zealand councillors' abbreviation ("Cr Ian Todd", "Cr Todd said").
  'honourable', 'honorable', 'cr',
  ...PERSON_TITLES.filter((title) => title.endsWith('man')).map((title) => `${title.slice(0, -3)}men`),
];

/**
 * Brands whose name is a possessive ("Wendy's", "Sainsbury's"): news copy writes the 's as the
 * name's own, which a tagger otherwise drops as a possessive, leaving a person ("Wendy") or a
 * place. Written by hand: restaurant chains, retailers, food makers and auction houses.
 */
export const POSSESSIVE_BRANDS: readonly string[] = (
  "McDonald's Wendy's Arby's Denny's Applebee's Chili's Hardee's Culver's Zaxby's Nando's " +
  "Domino's Friendly's Macy's Kohl's Lowe's Dillard's Sainsbury's Kellogg's Sotheby's " +
  "Christie's Levi's Claire's Harrah's Carrabba's Fazoli's"
).split(' ');

/**
 * Cities' own names in their country's languages, where English writes another ("Milano",
 * "Bruxelles", "München"), and other languages' names for them ("Genf", "Londres"), each with its English name: pages in those languages, and English
 * copy quoting them, name the city so. Names the gazetteer already reads alike once their
 * accents are folded ("Zürich", "Kraków", "Sevilla") need no entry; "Roma" (also a people) and
 * "Alger" (also a surname) are left out.
 */
export const CITY_ENDONYMS: readonly (readonly [string, string])[] = [
  ['Milano', 'Milan'], ['Napoli', 'Naples'], ['Torino', 'Turin'], ['Firenze', 'Florence'], ['Venezia', 'Venice'], ['Genova', 'Genoa'],
  ['Bruxelles', 'Brussels'], ['Brussel', 'Brussels'], ['Anvers', 'Antwerp'], ['Louvain', 'Leuven'], ['Luik', 'Liège'], ['Den Haag', 'The Hague'],
  ['Wien', 'Vienna'], ['München', 'Munich'], ['Köln', 'Cologne'], ['Praha', 'Prague'], ['Warszawa', 'Warsaw'], ['Lisboa', 'Lisbon'],
  ['København', 'Copenhagen'], ['Beograd', 'Belgrade'], ['București', 'Bucharest'], ['Moskva', 'Moscow'], ['Ciudad de México', 'Mexico City'],
  ['Marrakech', 'Marrakesh'], ['Tanger', 'Tangier'],
  // Other languages' own names for the world's capitals and large cities, as German, French and
  // Spanish copy writes them ("Genf", "Moskau"; "Londres", "Pékin"; "Ginebra", "Nueva York").
  // Names that are also ordinary words there are left out ("Löwen", "Colonia", "Vienne").
  ['Genf', 'Geneva'], ['Mailand', 'Milan'], ['Rom', 'Rome'], ['Neapel', 'Naples'], ['Venedig', 'Venice'], ['Florenz', 'Florence'],
  ['Moskau', 'Moscow'], ['Peking', 'Beijing'], ['Warschau', 'Warsaw'], ['Prag', 'Prague'], ['Brüssel', 'Brussels'], ['Lissabon', 'Lisbon'],
  ['Kopenhagen', 'Copenhagen'], ['Athen', 'Athens'], ['Kairo', 'Cairo'], ['Belgrad', 'Belgrade'], ['Bukarest', 'Bucharest'], ['Kiew', 'Kyiv'],
  ['Tokio', 'Tokyo'], ['Neu-Delhi', 'New Delhi'], ['Straßburg', 'Strasbourg'], ['Luzern', 'Lucerne'], ['Lüttich', 'Liège'], ['Danzig', 'Gdansk'],
  ['Krakau', 'Krakow'], ['Sankt Petersburg', 'Saint Petersburg'], ['Damaskus', 'Damascus'], ['Bagdad', 'Baghdad'], ['Kapstadt', 'Cape Town'],
  ['Mexiko-Stadt', 'Mexico City'], ['Londres', 'London'], ['Moscou', 'Moscow'], ['Pékin', 'Beijing'], ['Varsovie', 'Warsaw'],
  ['Venise', 'Venice'], ['Lisbonne', 'Lisbon'], ['Athènes', 'Athens'], ['Le Caire', 'Cairo'], ['Copenhague', 'Copenhagen'], ['La Haye', 'The Hague'],
  ['Bâle', 'Basel'], ['Francfort', 'Frankfurt'], ['Mayence', 'Mainz'], ['Édimbourg', 'Edinburgh'], ['Cracovie', 'Krakow'], ['Bucarest', 'Bucharest'],
  ['Damas', 'Damascus'], ['Beyrouth', 'Beirut'], ['Nouvelle-Delhi', 'New Delhi'], ['Le Cap', 'Cape Town'], ['Moscú', 'Moscow'], ['Pekín', 'Beijing'],
  ['Varsovia', 'Warsaw'], ['Viena', 'Vienna'], ['Venecia', 'Venice'], ['Nápoles', 'Naples'], ['Atenas', 'Athens'], ['El Cairo', 'Cairo'],
  ['Bruselas', 'Brussels'], ['Ginebra', 'Geneva'], ['La Haya', 'The Hague'], ['Nueva York', 'New York'], ['Nueva Delhi', 'New Delhi'],
  ['Estocolmo', 'Stockholm'], ['Praga', 'Prague'], ['Edimburgo', 'Edinburgh'], ['Fráncfort', 'Frankfurt'], ['Belgrado', 'Belgrade'],
  ['Damasco', 'Damascus'], ['Ciudad del Cabo', 'Cape Town'],
];

/** Named initiatives, treaties, events and other news names that are neither people, places nor organisations. */
export const OTHER_NAMES: readonly string[] = (
  'Belt and Road Initiative|Belt and Road|One Belt One Road|Brexit|Cold War|World War I|World War II|' +
  'World War One|World War Two|WWI|WWII|WW1|WW2|' +
  'Holocaust|Olympics|Olympic Games|Paralympics|World Cup|Nobel Prize|Nobel Peace Prize|Oscars|' +
  'Grammy|Super Bowl|Tour de France|Wimbledon|Ramadan|Eid|Christmas|Easter|Hanukkah|Diwali|' +
  'Paris Agreement|Kyoto Protocol|Geneva Conventions|Arab Spring|Great Depression|New Deal|Marshall Plan|' +
  'West Texas Intermediate|Brent|Brent crude|Dow Jones Industrial Average|Nikkei 225|S&P 500|FTSE 100|Nasdaq Composite|' +
  'Euro|Covid-19|COVID-19|Islam|Christianity|Judaism|Buddhism|Hinduism|Bible|Koran|Quran|' +
  // Religious and ethnic groups, which are no people by name ("met Muslims and Roman Catholics", "Hispanic voters").
  'Muslim|Muslims|Christians|Catholic|Catholics|Roman Catholic|Roman Catholics|Protestant|' +
  'Protestants|Jews|Hindu|Hindus|Sikh|Sikhs|Buddhist|Buddhists|Mormon|Mormons|Evangelicals|' +
  'Sunni|Sunnis|Shia|Shiite|Shiites|Hispanic|Hispanics|Latino|Latinos|Latina|Latinas|' +
  // Operating systems and programming languages, products no person or place is named after in the news ("runs on Android
  // and Linux"; words that are also names or places are left out: Ruby, Java, Rust, Django, Chrome, Safari).
  'Android|iOS|Linux|Ubuntu|Debian|macOS|Windows 10|Windows 11|Python|JavaScript|TypeScript|' +
  'Kubernetes|PostgreSQL|MySQL'
).split('|');

/**
 * Given names of Pakistan, the Gulf and the wider Muslim world as English-language copy spells
 * them ("Nadeem Hashmi", "Sania Safi", "Shehbaz Sharif"), which neither compromise nor Faker's
 * Latin-script locales list (Faker's Urdu and Arabic locales are in their own scripts): general
 * knowledge, hand-written. Read like the generated world list: a name that is also a word, a place
 * or a body the lexicon knows is dropped (lexicon.ts), and each names a person only before a surname.
 */
export const MUSLIM_GIVEN_NAMES: readonly string[] = (
  // Men's names.
  'aamir abid adeel adil adnan afzal aftab ahad ahsan aijaz ajmal akbar akhtar akram ' +
  'altaf amjad anees anwar arif arshad asad asghar asif asim aslam atif ayaz azhar ' +
  'babar basit ehsan fahad faisal fakhar faraz farhan farooq fawad fazal ghulam habib ' +
  'hamid hammad haris haroon humayun iftikhar ijaz imran iqbal irfan irshad ishaq ishfaq ' +
  'jamil jawad javed junaid kaleem kashif khalil khawar khurram majid mansoor mansour ' +
  'masood mazhar mehmood mohsin mubashir mudassar mujahid mukhtar munir mushtaq naeem ' +
  'nadeem naseer nasir naveed nawaz nazir nisar noman obaid pervez qaiser qamar qasim ' +
  'rafiq rashid rauf riaz rizwan saad sabir sadiq saeed sajid sajjad salman saqib ' +
  'sarfraz shafiq shahbaz shehbaz shahzad shakeel shakil shaukat shoaib sohail suhail ' +
  'tahir talha tanveer tanvir tariq tauseef umair usama waheed wajid waqar waqas ' +
  'waseem wasim yasir yousaf zaheer zahid zakir zeeshan zubair zulfiqar ' +
  // Women's names.
  'aisha ambreen amna aneela anum asifa asma bushra faiza fareeha farzana fozia hafsa ' +
  'hira humaira iqra javeria khadija kinza lubna madiha maham maheen mahnoor mariam ' +
  'marvi mehreen mehwish naheed naila nargis nasreen nazia nida nighat nosheen rabia ' +
  'rubina rukhsana sabiha sadia saima saira samina sania shabana shagufta shahida shaista ' +
  'shazia shireen shumaila sidra sobia sumaira tahira tahmina tayyaba uzma yasmin zahida ' +
  'zainab zakia zubaida zunaira'
).split(' ');

/**
 * Common given names that compromise lists as places or ordinary words rather than as first
 * names ("Jordan Lee", "Florence Pugh", "Christian Bruch", "Faith Kipyegon"): general
 * knowledge, hand-written. Each names a person only before a surname.
 */
export const GIVEN_NAMES: readonly string[] = (
  'jordan florence sydney warren austin georgia victoria chelsea lincoln dallas ' +
  'savannah madison phoenix brooklyn dakota carolina virginia charlotte adelaide regina ' +
  'houston tyler denver aurora orlando sierra christian elizabeth lorraine florian ' +
  'sofia alexandria helena beverly shannon kingston preston camden clifton marion ' +
  // Virtue and word names, common across Africa and the English-speaking world ("Faith Kipyegon", "Hope Solo").
  'faith hope joy mercy patience charity blessing precious prudence constance destiny ' +
  'goodluck godfrey gift memory promise purity chastity comfort felicity honour honor ' +
  // Southern African word names ("Job Sikhala", "Fortune Chasi", "Lovemore Madhuku", "Welshman Ncube").
  'job fortune innocent blessed lovemore learnmore trymore welshman godswill ' +
  // Short and flower names that are also ordinary words ("Bill Clinton", "Mark Carney", "Rose Ayling-Ellis"); not "Will",
  // which opens questions before a surname ("Will Trump …").
  'bill mark rose frank jack ray dawn jean carol dean drew gene pat sue holly ivy ' +
  'iris pearl ruby heather daisy ' +
  // Names that are adjectives too ("Randy Fine", "Rusty Bowers"), which compromise files as adjectives; not "Sandy",
  // a place and a storm as often ("Sandy Hook", "Hurricane Sandy").
  'randy rusty woody dusty misty ' +
  // South Asian given names that are English words too ("Harsh Vardhan", "Sunny Deol"), and Punjabi given names in
  // -deep, -preet, -jit and -bir, which the generated world list (Faker's) lacks ("Hardeep Singh Puri").
  'harsh sunny hardeep kuldeep sandeep pradeep pardeep jagdeep mandeep amandeep gurdeep ' +
  'harpreet gurpreet manpreet jaspreet harjit harjeet kuljit sukhbir ranbir jasbir harbir ' +
  'amarinder bhagwant harsimrat navjot partap pratap'
).split(' ');

/**
 * Surnames of heads of state and government, ministers and officials that world news names
 * alone, in headlines and after a country's possessive ("Germany's Scholz buys time",
 * "Erdogan Warns Sweden"): general knowledge, hand-written. Only surnames that are no ordinary
 * word, place, company, club or given name, so that each is a person wherever it stands alone.
 */
export const NEWS_MAKER_SURNAMES: readonly string[] = (
  // Europe
  'Merkel Scholz Merz Steinmeier Habeck Baerbock Lindner Pistorius Macron Sarkozy Hollande Barnier Bayrou Attal ' +
  'Mélenchon Melenchon Sunak Starmer Truss Farage Corbyn Varadkar Meloni Draghi Salvini Berlusconi Renzi Rutte ' +
  'Orban Orbán Tusk Kaczynski Fico Babis Vucic Mitsotakis Tsipras Frederiksen Kristersson Stoltenberg Guterres ' +
  'Lagarde Juncker Borrell Kallas Putin Medvedev Lavrov Peskov Shoigu Zakharova Zelenskiy Zelensky Zelenskyy ' +
  'Kuleba Lukashenko Erdogan Erdoğan Aliyev Pashinyan Tokayev ' +
  // The Americas
  'Biden Trudeau Pelosi Schumer McConnell DeSantis Newsom Blinken Yellen Rubio Hegseth Bessent Lutnick Pompeo Tillerson ' +
  'Bolsonaro Milei Maduro Boric Sheinbaum ' +
  // Middle East, Asia, Africa and the Pacific
  'Netanyahu Khamenei Rouhani Raisi Pezeshkian Modi Jaishankar Kishida Ishiba Widodo Jokowi Prabowo Duterte ' +
  'Ardern Luxon Ramaphosa Tinubu Buhari Ruto Museveni Kagame Mnangagwa'
).split(' ');

/**
 * League and competition names, which CoNLL tags as MISC: they are no places or clubs
 * ("second in the Bundesliga"). General sports knowledge, hand-written.
 */
export const COMPETITION_NAMES: readonly string[] = (
  'Bundesliga|Premier League|Serie A|Serie B|La Liga|Ligue 1|Eredivisie|Champions League|' +
  'Europa League|Conference League|Primeira Liga|Super Lig|Scottish Premiership|EFL Championship|' +
  'Copa del Rey|FA Cup|Copa Libertadores|Copa America|Six Nations|Ryder Cup|Stanley Cup|' +
  'Davis Cup|Indian Premier League|Formula One|Formula 1|MotoGP|Premiership|Super Rugby|' +
  'Super Rugby Pacific|Super League|A-League'
).split('|');


/**
 * ISO 4217 currency codes in use ("DKK 800", "EUR 40 million" name an amount's currency, not an
 * organisation), as listed by the Unicode CLDR data that JavaScript's
 * `Intl.supportedValuesOf('currency')` returns.
 */
export const CURRENCY_CODES: string =
  'AED AFN ALL AMD ANG AOA ARS AUD AWG AZN BAM BBD BDT BGN BHD BIF BMD BND BOB BRL BSD BTN BWP BYN BZD CAD CDF CHF CLP ' +
  'CNY COP CRC CUC CUP CVE CZK DJF DKK DOP DZD EGP ERN ETB EUR FJD FKP GBP GEL GHS GIP GMD GNF GTQ GYD HKD HNL HRK HTG ' +
  'HUF IDR ILS INR IQD IRR ISK JMD JOD JPY KES KGS KHR KMF KPW KRW KWD KYD KZT LAK LBP LKR LRD LSL LYD MAD MDL MGA MKD ' +
  'MMK MNT MOP MRU MUR MVR MWK MXN MYR MZN NAD NGN NIO NOK NPR NZD OMR PAB PEN PGK PHP PKR PLN PYG QAR RON RSD RUB RWF ' +
  'SAR SBD SCR SDG SEK SGD SHP SLE SLL SOS SRD SSP STN SVC SYP SZL THB TJS TMT TND TOP TRY TTD TWD TZS UAH UGX USD UYU ' +
  'UZS VES VND VUV WST XAF XCD XCG XDR XOF XPF XSU YER ZAR ZMW ZWG ZWL';
