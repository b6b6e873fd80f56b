// States, provinces and regions, once for every package: datelines write them after a city
// ("TROY, Mich."), the entity tagger reads them as places. General knowledge (AP Stylebook
// state forms, postal codes, the provinces and regions news copy names), hand-written.

/**
 * The U.S. states, the District of Columbia and the territories, one row a state: its name,
 * then its AP abbreviation(s), its postal code and other forms in wire copy of any era
 * ("Calif.", "CA", "Cal.", "Cali").
 *
 * @example
 * US_STATES.find((row) => row.includes('Calif.'))?.[0] //=> 'California'
 */
export const US_STATES: readonly (readonly string[])[] = [
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

/**
 * Canada's provinces and territories, one row each: name, abbreviation, postal code and
 * other forms ("Que.", "QC", "Québec").
 *
 * @example
 * CANADIAN_PROVINCES.find((row) => row.includes('B.C.'))?.[0] //=> 'British Columbia'
 */
export const CANADIAN_PROVINCES: readonly (readonly string[])[] = [
  ['Alberta', 'Alta.', 'AB'], ['British Columbia', 'B.C.', 'BC'], ['Manitoba', 'Man.', 'MB'], ['New Brunswick', 'N.B.', 'NB'],
  ['Newfoundland', 'Nfld.', 'NL', 'Newfoundland and Labrador'], ['Nova Scotia', 'N.S.', 'NS'], ['Ontario', 'Ont.', 'ON'],
  ['Prince Edward Island', 'P.E.I.', 'PE'], ['Quebec', 'Que.', 'QC', 'Québec'], ['Saskatchewan', 'Sask.', 'SK'],
  ['Yukon', 'YT'], ['Northwest Territories', 'N.W.T.', 'NT'], ['Nunavut', 'NU'],
];

/**
 * Provinces, states and regions of other countries that copy writes after a city or names
 * as places ("Sichuan Province", "Bavaria", "N.S.W."), with their usual short forms.
 *
 * @example
 * REGIONS.includes('Catalonia') //=> true
 */
export const REGIONS: readonly string[] = [
  // Australia
  'New South Wales', 'N.S.W.', 'NSW', 'Victoria', 'Queensland', 'Qld.', 'Tasmania', 'South Australia', 'Western Australia',
  'Northern Territory', 'Australian Capital Territory', 'ACT',
  // Chinese, Indian and other provinces often written after a city
  'Guangdong', 'Guangdong Province', 'Sichuan', 'Sichuan Province', 'Yunnan', 'Hubei', 'Hunan', 'Zhejiang', 'Jiangsu', 'Fujian',
  'Shandong', 'Henan', 'Hebei', 'Xinjiang', 'Tibet', 'Inner Mongolia', 'Guangxi', 'Hainan', 'Heilongjiang', 'Jilin', 'Liaoning',
  'Kashmir', 'Punjab', 'Gujarat', 'Maharashtra', 'Kerala', 'Tamil Nadu', 'Karnataka', 'Uttar Pradesh', 'West Bengal', 'Bihar',
  'Bavaria', 'Catalonia', 'Andalusia', 'Lombardy', 'Sicily', 'Sardinia', 'Corsica', 'Brittany', 'Normandy', 'Flanders', 'Wallonia',
  'Mindanao', 'Luzon', 'Java', 'Bali', 'Sumatra', 'Borneo', 'Sabah', 'Sarawak', 'Okinawa', 'Hokkaido', 'Kyushu',
  'Siberia', 'Chechnya', 'Crimea', 'Donetsk', 'Kurdistan', 'Darfur', 'Patagonia', 'Chiapas', 'Jalisco', 'Sao Paulo state',
  'Grand Cayman',
  // Regions of the United States named by their states or their waters
  'Carolinas', 'Dakotas', 'Appalachia', 'Hampton Roads',
  // European countries' first-level divisions, in English and in their own language (not those
  // that are also common given names, surnames, words or clubs: Lorraine, Castile, Marche, Aragon, Bayern).
  // Germany's and Austria's states
  'Hesse', 'Hessen', 'Saxony', 'Sachsen', 'Lower Saxony', 'Niedersachsen', 'North Rhine-Westphalia', 'Nordrhein-Westfalen',
  'Rhineland-Palatinate', 'Rheinland-Pfalz', 'Baden-Wuerttemberg', 'Baden-Württemberg', 'Schleswig-Holstein',
  'Mecklenburg-Western Pomerania', 'Mecklenburg-Vorpommern', 'Saxony-Anhalt', 'Sachsen-Anhalt', 'Thuringia', 'Thüringen',
  'Saarland', 'Tyrol', 'Tirol', 'South Tyrol', 'Vorarlberg', 'Carinthia', 'Kärnten', 'Styria', 'Steiermark',
  'Upper Austria', 'Oberösterreich', 'Lower Austria', 'Niederösterreich', 'Burgenland',
  // Swiss cantons, Dutch and Belgian provinces
  'Ticino', 'Tessin', 'Valais', 'Wallis', 'Vaud', 'Waadt', 'Graubünden', 'Aargau', 'Thurgau', 'Lucerne', 'Luzern',
  'North Holland', 'South Holland', 'Gelderland', 'Friesland', 'Zeeland', 'North Brabant', 'Limburg', 'Flemish Brabant',
  'East Flanders', 'West Flanders', 'Hainaut', 'Liège',
  // France's regions, old and new, and its departments most in the news
  'Provence', 'Burgundy', 'Alsace', 'Aquitaine', 'Languedoc', 'Picardy', 'Auvergne', 'Occitanie', 'Occitania', 'Bretagne',
  'Normandie', 'Île-de-France', 'Ile-de-France', 'Hauts-de-France', 'Grand Est', 'Nouvelle-Aquitaine', 'Auvergne-Rhône-Alpes',
  "Provence-Alpes-Côte d'Azur", 'Pays de la Loire', 'Centre-Val de Loire', 'Bourgogne-Franche-Comté', 'Bourgogne',
  'Alpes-Maritimes', 'Bouches-du-Rhône', 'Seine-Saint-Denis', 'Haute-Savoie', 'Gironde', 'Loir-et-Cher', 'Eure-et-Loir', 'Loiret',
  'Pas-de-Calais', 'Val-de-Marne', 'Hauts-de-Seine', 'Seine-Maritime', 'Haute-Garonne', 'Ille-et-Vilaine', 'Loire-Atlantique',
  // Italy's regions
  'Tuscany', 'Toscana', 'Piedmont', 'Piemonte', 'Lombardia', 'Veneto', 'Umbria', 'Calabria', 'Apulia', 'Puglia', 'Campania',
  'Liguria', 'Lazio', 'Latium', 'Emilia-Romagna', 'Sardegna', 'Sicilia', 'Abruzzo', 'Friuli-Venezia Giulia', 'Trentino-Alto Adige',
  'Basilicata', 'Molise', "Valle d'Aosta", 'Aosta Valley',
  // Spain's autonomous communities
  'Galicia', 'Asturias', 'Basque Country', 'País Vasco', 'Euskadi', 'Navarre', 'Navarra', 'Aragón', 'Castilla y León',
  'Castile and León', 'Castilla-La Mancha', 'Castile-La Mancha', 'Cataluña', 'Catalunya', 'Andalucía', 'Extremadura',
  'Canary Islands', 'Canarias', 'Balearic Islands', 'Islas Baleares', 'Cantabria', 'Comunidad Valenciana',
  // Islands the news names alone, for holidays, migration and storms (not those that are also
  // common given names or surnames: Skye, Rhodes).
  'Madeira', 'Tenerife', 'Gran Canaria', 'Lanzarote', 'Fuerteventura', 'Mallorca', 'Majorca', 'Ibiza', 'Menorca', 'Minorca',
  'Crete', 'Corfu', 'Lesbos', 'Lesvos', 'Samos', 'Chios', 'Santorini', 'Mykonos', 'Lampedusa', 'Gozo', 'Anglesey', 'Isle of Skye',
  'Isle of Wight', 'Svalbard', 'Phuket', 'Koh Samui', 'Jeju', 'Lombok', 'Sulawesi', 'Tahiti', 'Maui', 'Oahu', 'Mayotte',
];

/**
 * North America's time zones by the words news copy writes them in before "time" ("9 p.m.
 * Eastern time", "Pacific Standard Time"): datelines' stamps read them as zones, and the
 * entity tagger knows that "Eastern" there names no place or nationality.
 *
 * @example
 * NORTH_AMERICAN_ZONE_WORDS.includes('Pacific') //=> true
 */
export const NORTH_AMERICAN_ZONE_WORDS: readonly string[] = ['Eastern', 'Central', 'Mountain', 'Pacific', 'Atlantic', 'Alaska', 'Hawaii'];

/**
 * German nouns of an administrative unit written before its name ("Landkreis Harz", "Gemeinde
 * Nietleben", "Kanton Bern"), lower case: the name after one is a place. The entity tagger and
 * the metadata reader each add the units of their own reading to these.
 *
 * @example
 * GERMAN_ADMINISTRATIVE_UNITS.includes('landkreis') //=> true
 */
export const GERMAN_ADMINISTRATIVE_UNITS: readonly string[] = [
  'landkreis', 'kreis', 'bezirk', 'stadtbezirk', 'gemeinde', 'samtgemeinde', 'verbandsgemeinde', 'ortsgemeinde', 'kanton',
];
