// Gazetteer for datelines: general knowledge (AP Stylebook state forms, postal codes, the
// world's countries and territories, capitals and the cities AP and the wires let stand
// alone), not a list taken from any corpus.
import { foldDiacritics } from '@newsparse/core';
import { closest } from './edit-distance.js';

/** Folds a region as written to a key: "N.Y." "NY" "N. Y." → "ny"; "Calif." → "calif". */
export const regionKey = (text: string): string => text.toLowerCase().replace(/[^a-z]/g, '');

// [full name, AP abbreviation(s), postal code, other forms seen in wire copy of any era]
const US_STATES: readonly (readonly string[])[] = [
  ['Alabama', 'Ala.', 'AL'], ['Alaska', 'AK'], ['Arizona', 'Ariz.', 'AZ'], ['Arkansas', 'Ark.', 'AR'],
  ['California', 'Calif.', 'CA', 'Cal.', 'Cali'], ['Colorado', 'Colo.', 'CO', 'Col.'], ['Connecticut', 'Conn.', 'CT'],
  ['Delaware', 'Del.', 'DE'], ['District of Columbia', 'D.C.', 'DC'], ['Florida', 'Fla.', 'FL', 'Flor.'], ['Georgia', 'Ga.', 'GA'],
  ['Hawaii', 'HI'], ['Idaho', 'ID', 'Ida.'], ['Illinois', 'Ill.', 'IL'], ['Indiana', 'Ind.', 'IN'], ['Iowa', 'IA'],
  ['Kansas', 'Kan.', 'KS', 'Kans.'], ['Kentucky', 'Ky.', 'KY'], ['Louisiana', 'La.', 'LA'], ['Maine', 'ME'],
  ['Maryland', 'Md.', 'MD'], ['Massachusetts', 'Mass.', 'MA'], ['Michigan', 'Mich.', 'MI'], ['Minnesota', 'Minn.', 'MN'],
  ['Mississippi', 'Miss.', 'MS'], ['Missouri', 'Mo.', 'MO'], ['Montana', 'Mont.', 'MT'], ['Nebraska', 'Neb.', 'NE', 'Nebr.'],
  ['Nevada', 'Nev.', 'NV'], ['New Hampshire', 'N.H.', 'NH'], ['New Jersey', 'N.J.', 'NJ'], ['New Mexico', 'N.M.', 'NM', 'N. Mex.'],
  ['New York', 'N.Y.', 'NY'], ['North Carolina', 'N.C.', 'NC'], ['North Dakota', 'N.D.', 'ND', 'N. Dak.'], ['Ohio', 'OH'],
  ['Oklahoma', 'Okla.', 'OK'], ['Oregon', 'Ore.', 'OR', 'Oreg.'], ['Pennsylvania', 'Pa.', 'PA', 'Penn.', 'Penna.'],
  ['Rhode Island', 'R.I.', 'RI'], ['South Carolina', 'S.C.', 'SC'], ['South Dakota', 'S.D.', 'SD', 'S. Dak.'],
  ['Tennessee', 'Tenn.', 'TN'], ['Texas', 'Tex.', 'TX'], ['Utah', 'UT'], ['Vermont', 'Vt.', 'VT'], ['Virginia', 'Va.', 'VA'],
  ['Washington', 'Wash.', 'WA'], ['West Virginia', 'W.Va.', 'WV', 'W. Va.'], ['Wisconsin', 'Wis.', 'WI', 'Wisc.'],
  ['Wyoming', 'Wyo.', 'WY'],
  ['Puerto Rico', 'P.R.', 'PR'], ['Guam', 'GU'], ['U.S. Virgin Islands', 'V.I.', 'VI'], ['American Samoa', 'AS'],
  ['Northern Mariana Islands', 'MP'],
];

const CANADA: readonly (readonly string[])[] = [
  ['Alberta', 'Alta.', 'AB'], ['British Columbia', 'B.C.', 'BC'], ['Manitoba', 'Man.', 'MB'], ['New Brunswick', 'N.B.', 'NB'],
  ['Newfoundland', 'Nfld.', 'NL', 'Newfoundland and Labrador'], ['Nova Scotia', 'N.S.', 'NS'], ['Ontario', 'Ont.', 'ON'],
  ['Prince Edward Island', 'P.E.I.', 'PE'], ['Quebec', 'Que.', 'QC', 'Québec'], ['Saskatchewan', 'Sask.', 'SK'],
  ['Yukon', 'YT'], ['Northwest Territories', 'N.W.T.', 'NT'], ['Nunavut', 'NU'],
];

const OTHER_REGIONS: readonly string[] = [
  // Australia
  'New South Wales', 'N.S.W.', 'NSW', 'Victoria', 'Queensland', 'Qld.', 'Tasmania', 'South Australia', 'Western Australia',
  'Northern Territory', 'Australian Capital Territory', 'ACT',
  // UK nations, Chinese, Indian and other provinces often written after a city
  'England', 'Scotland', 'Wales', 'Northern Ireland',
  'Guangdong', 'Guangdong Province', 'Sichuan', 'Sichuan Province', 'Yunnan', 'Hubei', 'Hunan', 'Zhejiang', 'Jiangsu', 'Fujian',
  'Shandong', 'Henan', 'Hebei', 'Xinjiang', 'Tibet', 'Inner Mongolia', 'Guangxi', 'Hainan', 'Heilongjiang', 'Jilin', 'Liaoning',
  'Kashmir', 'Punjab', 'Gujarat', 'Maharashtra', 'Kerala', 'Tamil Nadu', 'Karnataka', 'Uttar Pradesh', 'West Bengal', 'Bihar',
  'Bavaria', 'Catalonia', 'Andalusia', 'Lombardy', 'Sicily', 'Sardinia', 'Corsica', 'Brittany', 'Flanders', 'Wallonia',
  'Ontario', 'Mindanao', 'Luzon', 'Java', 'Bali', 'Sumatra', 'Borneo', 'Sabah', 'Sarawak', 'Okinawa', 'Hokkaido', 'Kyushu',
  'Siberia', 'Chechnya', 'Crimea', 'Donetsk', 'Kurdistan', 'Darfur', 'Patagonia', 'Chiapas', 'Jalisco', 'Sao Paulo state',
  'Grand Cayman',
];

const COUNTRIES: readonly string[] = [
  'Afghanistan', 'Albania', 'Algeria', 'Andorra', 'Angola', 'Antigua', 'Antigua and Barbuda', 'Argentina', 'Armenia', 'Australia',
  'Austria', 'Azerbaijan', 'Bahamas', 'The Bahamas', 'Bahrain', 'Bangladesh', 'Barbados', 'Belarus', 'Belgium', 'Belize', 'Benin',
  'Bhutan', 'Bolivia', 'Bosnia', 'Bosnia-Herzegovina', 'Bosnia and Herzegovina', 'Botswana', 'Brazil', 'Brunei', 'Bulgaria',
  'Burkina Faso', 'Burma', 'Burundi', 'Cambodia', 'Cameroon', 'Canada', 'Cape Verde', 'Cabo Verde', 'Central African Republic',
  'Chad', 'Chile', 'China', "People's Republic of China", 'Colombia', 'Comoros', 'Congo', 'Democratic Republic of Congo',
  'Democratic Republic of the Congo', 'Republic of Congo', 'Costa Rica', 'Ivory Coast', "Cote d'Ivoire", 'Croatia', 'Cuba',
  'Cyprus', 'Czech Republic', 'Czechia', 'Czechoslovakia', 'Denmark', 'Djibouti', 'Dominica', 'Dominican Republic', 'East Timor',
  'Timor-Leste', 'Ecuador', 'Egypt', 'El Salvador', 'Equatorial Guinea', 'Eritrea', 'Estonia', 'Eswatini', 'Swaziland', 'Ethiopia',
  'Fiji', 'Finland', 'France', 'Gabon', 'Gambia', 'The Gambia', 'Georgia', 'Germany', 'West Germany', 'East Germany', 'Ghana',
  'Greece', 'Grenada', 'Guatemala', 'Guinea', 'Guinea-Bissau', 'Guyana', 'Haiti', 'Honduras', 'Hungary', 'Iceland', 'India',
  'Indonesia', 'Iran', 'Iraq', 'Ireland', 'Irish Republic', 'Israel', 'Italy', 'Jamaica', 'Japan', 'Jordan', 'Kazakhstan', 'Kenya',
  'Kiribati', 'Kosovo', 'Kuwait', 'Kyrgyzstan', 'Laos', 'Latvia', 'Lebanon', 'Lesotho', 'Liberia', 'Libya', 'Liechtenstein',
  'Lithuania', 'Luxembourg', 'Madagascar', 'Malawi', 'Malaysia', 'Maldives', 'Mali', 'Malta', 'Marshall Islands', 'Mauritania',
  'Mauritius', 'Mexico', 'Micronesia', 'Moldova', 'Monaco', 'Mongolia', 'Montenegro', 'Morocco', 'Mozambique', 'Myanmar',
  'Namibia', 'Nauru', 'Nepal', 'Netherlands', 'The Netherlands', 'Holland', 'New Zealand', 'Nicaragua', 'Niger', 'Nigeria',
  'North Korea', 'North Macedonia', 'Macedonia', 'Norway', 'Oman', 'Pakistan', 'Palau', 'Panama', 'Papua New Guinea', 'Paraguay',
  'Peru', 'Philippines', 'The Philippines', 'Poland', 'Portugal', 'Qatar', 'Romania', 'Russia', 'Rwanda', 'Saint Kitts and Nevis',
  'St. Kitts', 'Saint Lucia', 'St. Lucia', 'Saint Vincent', 'St. Vincent', 'Samoa', 'San Marino', 'Sao Tome', 'Saudi Arabia',
  'Senegal', 'Serbia', 'Seychelles', 'Sierra Leone', 'Singapore', 'Slovakia', 'Slovenia', 'Solomon Islands', 'Somalia',
  'South Africa', 'South Korea', 'Korea', 'South Sudan', 'Spain', 'Sri Lanka', 'Ceylon', 'Sudan', 'Suriname', 'Surinam', 'Sweden',
  'Switzerland', 'Syria', 'Taiwan', 'Tajikistan', 'Tanzania', 'Thailand', 'Togo', 'Tonga', 'Trinidad', 'Trinidad and Tobago',
  'Tunisia', 'Turkey', 'Türkiye', 'Turkmenistan', 'Tuvalu', 'Uganda', 'Ukraine', 'United Arab Emirates', 'UAE', 'U.A.E.',
  'United Kingdom', 'U.K.', 'UK', 'Britain', 'Great Britain', 'England', 'Scotland', 'Wales', 'Northern Ireland',
  'United States', 'U.S.', 'US', 'USA', 'U.S.A.', 'Uruguay', 'Uzbekistan', 'Vanuatu', 'Vatican', 'Vatican City', 'Venezuela',
  'Vietnam', 'Viet Nam', 'Yemen', 'North Yemen', 'South Yemen', 'Yugoslavia', 'Zaire', 'Zambia', 'Zimbabwe', 'Rhodesia',
  'Soviet Union', 'USSR', 'U.S.S.R.',
  // territories and places that stand where a country would
  'Hong Kong', 'Macau', 'Macao', 'Puerto Rico', 'Greenland', 'Faroe Islands', 'Bermuda', 'Cayman Islands', 'British Virgin Islands',
  'British West Indies', 'West Indies', 'Netherlands Antilles', 'Aruba', 'Curacao', 'Guadeloupe', 'Martinique', 'French Guiana',
  'Reunion', 'New Caledonia', 'French Polynesia', 'Tahiti', 'Gibraltar', 'Jersey', 'Guernsey', 'Channel Islands', 'Isle of Man',
  'Falkland Islands', 'Falklands', 'West Bank', 'Gaza', 'Gaza Strip', 'Palestinian Territories', 'Palestine', 'Western Sahara',
  'Northern Cyprus', 'Abkhazia', 'South Ossetia', 'Transnistria', 'Somaliland', 'Antarctica',
];

// Capitals and the cities that the AP Stylebook and the wires let stand alone, plus the
// largest cities of each continent: general knowledge for datelines with neither date nor state.
const CITIES: readonly string[] = [
  // US (AP stand-alone) and other large US cities
  'Atlanta', 'Baltimore', 'Boston', 'Chicago', 'Cincinnati', 'Cleveland', 'Dallas', 'Denver', 'Detroit', 'Honolulu', 'Houston',
  'Indianapolis', 'Las Vegas', 'Los Angeles', 'Miami', 'Milwaukee', 'Minneapolis', 'New Orleans', 'New York', 'Oklahoma City',
  'Philadelphia', 'Phoenix', 'Pittsburgh', 'St. Louis', 'St Louis', 'Saint Louis', 'Salt Lake City', 'San Antonio', 'San Diego',
  'San Francisco', 'Seattle', 'Washington', 'Anchorage', 'Austin', 'Charlotte', 'Columbus', 'Fort Worth', 'Jacksonville',
  'Kansas City', 'Memphis', 'Nashville', 'Omaha', 'Portland', 'Sacramento', 'San Jose', 'St. Paul', 'Tampa', 'Tucson', 'Albuquerque',
  'Hartford', 'Newark', 'Orlando', 'Raleigh', 'Richmond', 'Buffalo', 'Louisville', 'Des Moines', 'Boise', 'Juneau', 'Albany',
  'Tallahassee', 'Trenton', 'Annapolis', 'Harrisburg', 'Springfield', 'Lansing', 'Madison', 'Cheyenne', 'Helena', 'Bismarck',
  'Pierre', 'Topeka', 'Lincoln', 'Santa Fe', 'Carson City', 'Olympia', 'Salem', 'Montpelier', 'Concord', 'Providence', 'Dover',
  'Charleston', 'Columbia', 'Montgomery', 'Jackson', 'Baton Rouge', 'Little Rock', 'Frankfort', 'Jefferson City', 'Saint Paul',
  'Palm Beach', 'Miami Beach', 'United Nations', 'Tulsa', 'Oakland', 'Long Beach', 'Rochester', 'Greenwich', 'Stamford', 'Toledo',
  'Akron', 'Dayton', 'El Paso', 'Fort Lauderdale', 'Wichita', 'Spokane', 'Tacoma', 'Fresno', 'Grand Rapids', 'Syracuse', 'Scranton',
  'Allentown', 'Wilmington', 'Norfolk', 'Savannah', 'Knoxville', 'Chattanooga', 'Lexington', 'Shreveport', 'Corpus Christi',
  'Lubbock', 'Amarillo', 'Galveston', 'Midland', 'Reno', 'Billings', 'Fargo', 'Sioux Falls', 'Sioux City', 'Peoria', 'Rockford',
  'Evansville', 'Fort Wayne', 'South Bend', 'Flint', 'Ann Arbor', 'Cedar Rapids', 'Duluth', 'Cape Canaveral', 'Atlantic City',
  'Pasadena', 'Santa Monica', 'Santa Barbara', 'Palo Alto', 'Menlo Park', 'Redmond', 'Cupertino', 'Mountain View', 'Dearborn',
  // Canada, Latin America, Caribbean
  'Ottawa', 'Toronto', 'Montreal', 'Vancouver', 'Calgary', 'Edmonton', 'Winnipeg', 'Quebec City', 'Halifax', 'Mexico City',
  'Guatemala City', 'Panama City', 'Havana', 'San Juan', 'Kingston', 'Port-au-Prince', 'Santo Domingo', 'Nassau', 'Tegucigalpa',
  'Managua', 'San Salvador', 'Caracas', 'Bogota', 'Bogotá', 'Quito', 'Lima', 'La Paz', 'Santiago', 'Buenos Aires', 'Montevideo',
  'Asuncion', 'Asunción', 'Brasilia', 'Brasília', 'Rio de Janeiro', 'Sao Paulo', 'São Paulo', 'Georgetown', 'Paramaribo',
  'Port of Spain', 'Bridgetown', 'Monterrey', 'Guadalajara', 'Medellin', 'Cali', 'Cartagena', 'Valparaiso', 'Cordoba',
  // Europe
  'London', 'Paris', 'Berlin', 'Bonn', 'Madrid', 'Rome', 'Vatican City', 'Milan', 'Turin', 'Naples', 'Florence', 'Venice',
  'Amsterdam', 'The Hague', 'Rotterdam', 'Brussels', 'Antwerp', 'Luxembourg', 'Geneva', 'Zurich', 'Basel', 'Bern', 'Berne',
  'Lausanne', 'Davos', 'Vienna', 'Prague', 'Budapest', 'Warsaw', 'Krakow', 'Gdansk', 'Bratislava', 'Ljubljana', 'Zagreb',
  'Belgrade', 'Sarajevo', 'Podgorica', 'Skopje', 'Tirana', 'Pristina', 'Sofia', 'Bucharest', 'Chisinau', 'Kiev', 'Kyiv',
  'Kharkiv', 'Odessa', 'Odesa', 'Lviv', 'Minsk', 'Moscow', 'St. Petersburg', 'Saint Petersburg', 'Leningrad', 'Vilnius', 'Riga',
  'Tallinn', 'Helsinki', 'Stockholm', 'Oslo', 'Copenhagen', 'Reykjavik', 'Dublin', 'Belfast', 'Edinburgh', 'Glasgow', 'Cardiff',
  'Manchester', 'Liverpool', 'Birmingham', 'Lisbon', 'Porto', 'Barcelona', 'Valencia', 'Seville', 'Bilbao', 'Athens',
  'Thessaloniki', 'Nicosia', 'Valletta', 'Monaco', 'Monte Carlo', 'San Marino', 'Andorra la Vella', 'Vaduz', 'Frankfurt',
  'Hamburg', 'Munich', 'Cologne', 'Duesseldorf', 'Dusseldorf', 'Düsseldorf', 'Stuttgart', 'Hanover', 'Leipzig', 'Dresden',
  'Strasbourg', 'Marseille', 'Lyon', 'Toulouse', 'Nice', 'Bordeaux', 'Lille', 'Calais', 'Gothenburg', 'Malmo', 'Bergen',
  'Gibraltar', 'East Berlin', 'West Berlin', 'Le Havre', 'Genoa', 'Trieste', 'Piraeus', 'Salzburg', 'Innsbruck', 'Graz',
  'Aberdeen', 'Leeds', 'Bristol', 'Southampton', 'Newcastle', 'Cork', 'Lugano', 'Marseilles', 'Nantes', 'Grenoble',
  'Istanbul', 'Ankara', 'Izmir', 'Tbilisi', 'Yerevan', 'Baku',
  // Middle East, Africa
  'Jerusalem', 'Tel Aviv', 'Gaza City', 'Ramallah', 'Beirut', 'Damascus', 'Aleppo', 'Amman', 'Baghdad', 'Basra', 'Mosul', 'Erbil',
  'Tehran', 'Teheran', 'Riyadh', 'Jeddah', 'Mecca', 'Kuwait City', 'Kuwait', 'Manama', 'Bahrain', 'Doha', 'Qatar', 'Abu Dhabi',
  'Dubai', 'Muscat', 'Sanaa', "Sana'a", 'Aden', 'Cairo', 'Alexandria', 'Tripoli', 'Benghazi', 'Tunis', 'Algiers', 'Rabat',
  'Casablanca', 'Khartoum', 'Addis Ababa', 'Asmara', 'Djibouti', 'Mogadishu', 'Nairobi', 'Mombasa', 'Kampala', 'Kigali',
  'Bujumbura', 'Dar es Salaam', 'Dodoma', 'Lusaka', 'Harare', 'Lilongwe', 'Maputo', 'Gaborone', 'Windhoek', 'Pretoria',
  'Johannesburg', 'Cape Town', 'Durban', 'Maseru', 'Mbabane', 'Antananarivo', 'Luanda', 'Kinshasa', 'Brazzaville', 'Libreville',
  'Yaounde', 'Douala', 'Lagos', 'Abuja', 'Accra', 'Lome', 'Cotonou', 'Abidjan', 'Monrovia', 'Freetown', 'Conakry', 'Dakar',
  'Bamako', 'Niamey', 'Ouagadougou', "N'Djamena", 'Nouakchott', 'Juba', 'Bangui', 'Malabo', 'Banjul', 'Bissau', 'Praia',
  // Asia, Pacific
  'Beijing', 'Peking', 'Shanghai', 'Guangzhou', 'Shenzhen', 'Tianjin', 'Chongqing', 'Wuhan', 'Chengdu', 'Hong Kong', 'Macau',
  'Taipei', 'Tokyo', 'Osaka', 'Kyoto', 'Yokohama', 'Nagoya', 'Kobe', 'Seoul', 'Busan', 'Pusan', 'Pyongyang', 'Ulan Bator',
  'Ulaanbaatar', 'Manila', 'Jakarta', 'Kuala Lumpur', 'Singapore', 'Bangkok', 'Hanoi', 'Ho Chi Minh City', 'Saigon', 'Phnom Penh',
  'Vientiane', 'Yangon', 'Rangoon', 'Naypyitaw', 'Dhaka', 'Dacca', 'Kathmandu', 'Thimphu', 'Colombo', 'Male', 'New Delhi',
  'Delhi', 'Mumbai', 'Bombay', 'Kolkata', 'Calcutta', 'Chennai', 'Madras', 'Bangalore', 'Bengaluru', 'Hyderabad', 'Karachi',
  'Lahore', 'Islamabad', 'Kabul', 'Kandahar', 'Tashkent', 'Almaty', 'Astana', 'Bishkek', 'Dushanbe', 'Ashgabat', 'Vladivostok',
  'Sydney', 'Melbourne', 'Canberra', 'Brisbane', 'Perth', 'Adelaide', 'Darwin', 'Hobart', 'Wellington', 'Auckland',
  'Christchurch', 'Suva', 'Port Moresby', 'Apia', 'Nuku\'alofa',
];

/** "São Paulo", "SAO PAULO", "Sao-Paulo" → "sao paulo"; "St. Louis" → "st louis". */
const placeKey = (text: string): string => foldDiacritics(text).toLowerCase().replace(/[.’']/g, '').replace(/[\s-]+/g, ' ').trim();

const REGION_KEYS = new Map<string, string>();
for (const forms of [...US_STATES, ...CANADA]) for (const form of forms) REGION_KEYS.set(regionKey(form), forms[0]!);
for (const form of OTHER_REGIONS) REGION_KEYS.set(regionKey(form), form);
/** Abbreviations long enough to be read with one typo ("Claif." for "Calif."). */
const FUZZY_REGIONS = new Map([...REGION_KEYS].filter(([key]) => key.length >= 4));

const COUNTRY_NAMES = new Set(COUNTRIES.map(placeKey));
const CITY_NAMES = new Set(CITIES.map(placeKey));
// Postal codes alone ("IN", "OR", "ME") are words too: they count as regions only in upper case.
const POSTAL = new Set([...US_STATES, ...CANADA].flatMap((forms) => forms.filter((form) => /^[A-Z]{2}$/.test(form))));

/** The region a dateline part names ("Calif." → "California"), or null. `fuzzy` reads one typo. */
export function regionName(text: string, fuzzy = false): string | null {
  const trimmed = text.trim();
  if (/^[A-Z]{2}$/i.test(trimmed) && !POSTAL.has(trimmed)) return null;
  const key = regionKey(trimmed);
  if (key.length < 2) return null;
  const exact = REGION_KEYS.get(key);
  if (exact !== undefined) return exact;
  if (!fuzzy || key.length < 4 || key.length > 8) return null;
  // Datelines name the same few places day after day: remember the last hundreds of typo reads.
  let read = TYPOS.get(key);
  if (read === undefined) {
    read = closest(key, FUZZY_REGIONS, 1);
    if (TYPOS.size >= 512) TYPOS.clear();
    TYPOS.set(key, read);
  }
  return read;
}

const TYPOS = new Map<string, string | null>();

/** True for a country or territory name ("Peru", "West Germany", "U.K."). */
export const isCountry = (text: string): boolean => COUNTRY_NAMES.has(placeKey(text));

/** True for a city known well enough to stand alone in a dateline ("TOKYO", "Rio de Janeiro"). */
export const isKnownCity = (text: string): boolean => CITY_NAMES.has(placeKey(text));
