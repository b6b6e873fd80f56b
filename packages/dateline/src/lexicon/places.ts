// Gazetteer for datelines, read from core's knowledge base (countries, territories, U.S. states,
// Canadian provinces, other regions): general knowledge, not a list taken from any corpus. The
// capitals and cities AP and the wires let stand alone are datelines' own.
import { CANADIAN_PROVINCES, COUNTRIES, FORMER_COUNTRIES, REGIONS, TERRITORIES, UK_NATIONS, US_STATES, foldDiacritics } from '@newsparse/core';
import { closest } from './edit-distance.js';

/** Folds a region as written to a key: "N.Y." "NY" "N. Y." → "ny"; "Calif." → "calif". */
export const regionKey = (text: string): string => text.toLowerCase().replace(/[^a-z]/g, '');

/** Regions written after a city: the U.S. states and Canada's provinces in all their forms, then the UK's nations and other regions. */
const OTHER_REGIONS: readonly string[] = [...UK_NATIONS, ...REGIONS];

/** Names that stand for a country in a dateline: states of today and of the past, the UK's nations, territories. */
const COUNTRY_FORMS: readonly string[] = [...COUNTRIES, ...UK_NATIONS, ...TERRITORIES, ...FORMER_COUNTRIES];

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
for (const forms of [...US_STATES, ...CANADIAN_PROVINCES]) for (const form of forms) REGION_KEYS.set(regionKey(form), forms[0]!);
for (const form of OTHER_REGIONS) REGION_KEYS.set(regionKey(form), form);
/** Abbreviations long enough to be read with one typo ("Claif." for "Calif."). */
const FUZZY_REGIONS = new Map([...REGION_KEYS].filter(([key]) => key.length >= 4));

const COUNTRY_NAMES = new Set(COUNTRY_FORMS.map(placeKey));
const CITY_NAMES = new Set(CITIES.map(placeKey));
// Postal codes alone ("IN", "OR", "ME") are words too: they count as regions only in upper case.
const POSTAL = new Set([...US_STATES, ...CANADIAN_PROVINCES].flatMap((forms) => forms.filter((form) => /^[A-Z]{2}$/.test(form))));

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
