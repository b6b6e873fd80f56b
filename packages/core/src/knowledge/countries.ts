// Countries, once for every package: datelines name them after a city, the entity tagger
// and quote attribution read them as places. The names in use in news copy, old and new
// ("Burma", "Holland", "U.K.", "Türkiye"), hand-written from general knowledge. The ISO
// 3166 table of names (countries-list and i18n-iso-countries, MIT) is generated into
// @newsparse/entities at build time; these lists add what news copy writes beyond it.

/**
 * The world's sovereign states, each with the other names news copy gives it ("Myanmar",
 * "Burma"; "United States", "U.S.", "USA"), in no particular grouping.
 *
 * @example
 * COUNTRIES.includes('Ivory Coast') //=> true
 */
export const COUNTRIES: readonly string[] = [
  'Afghanistan', 'Albania', 'Algeria', 'Andorra', 'Angola', 'Antigua', 'Antigua and Barbuda', 'Argentina', 'Armenia',
  'Australia', 'Austria', 'Azerbaijan', 'Bahamas', 'The Bahamas', 'Bahrain', 'Bangladesh', 'Barbados', 'Belarus', 'Belgium',
  'Belize', 'Benin', 'Bhutan', 'Bolivia', 'Bosnia', 'Bosnia-Herzegovina', 'Bosnia and Herzegovina', 'Botswana', 'Brazil',
  'Brunei', 'Bulgaria', 'Burkina Faso', 'Burma', 'Burundi', 'Cambodia', 'Cameroon', 'Canada', 'Cape Verde', 'Cabo Verde',
  'Central African Republic', 'Chad', 'Chile', 'China', "People's Republic of China", 'Colombia', 'Comoros', 'Congo',
  'Democratic Republic of Congo', 'Democratic Republic of the Congo', 'Republic of Congo', 'Costa Rica', 'Ivory Coast',
  "Cote d'Ivoire", 'Croatia', 'Cuba', 'Cyprus', 'Czech Republic', 'Czechia', 'Denmark', 'Djibouti', 'Dominica',
  'Dominican Republic', 'East Timor', 'Timor-Leste', 'Ecuador', 'Egypt', 'El Salvador', 'Equatorial Guinea', 'Eritrea',
  'Estonia', 'Eswatini', 'Swaziland', 'Ethiopia', 'Fiji', 'Finland', 'France', 'Gabon', 'Gambia', 'The Gambia', 'Georgia',
  'Germany', 'Ghana', 'Greece', 'Grenada', 'Guatemala', 'Guinea', 'Guinea-Bissau', 'Guyana', 'Haiti', 'Honduras', 'Hungary',
  'Iceland', 'India', 'Indonesia', 'Iran', 'Iraq', 'Ireland', 'Irish Republic', 'Israel', 'Italy', 'Jamaica', 'Japan',
  'Jordan', 'Kazakhstan', 'Kenya', 'Kiribati', 'Kosovo', 'Kuwait', 'Kyrgyzstan', 'Laos', 'Latvia', 'Lebanon', 'Lesotho',
  'Liberia', 'Libya', 'Liechtenstein', 'Lithuania', 'Luxembourg', 'Madagascar', 'Malawi', 'Malaysia', 'Maldives', 'Mali',
  'Malta', 'Marshall Islands', 'Mauritania', 'Mauritius', 'Mexico', 'Micronesia', 'Moldova', 'Monaco', 'Mongolia',
  'Montenegro', 'Morocco', 'Mozambique', 'Myanmar', 'Namibia', 'Nauru', 'Nepal', 'Netherlands', 'The Netherlands', 'Holland',
  'New Zealand', 'Nicaragua', 'Niger', 'Nigeria', 'North Korea', 'North Macedonia', 'Macedonia', 'Norway', 'Oman',
  'Pakistan', 'Palau', 'Panama', 'Papua New Guinea', 'Paraguay', 'Peru', 'Philippines', 'The Philippines', 'Poland',
  'Portugal', 'Qatar', 'Romania', 'Russia', 'Rwanda', 'Saint Kitts and Nevis', 'St. Kitts', 'Saint Lucia', 'St. Lucia',
  'Saint Vincent', 'St. Vincent', 'Samoa', 'San Marino', 'Sao Tome', 'Saudi Arabia', 'Senegal', 'Serbia', 'Seychelles',
  'Sierra Leone', 'Singapore', 'Slovakia', 'Slovenia', 'Solomon Islands', 'Somalia', 'South Africa', 'South Korea', 'Korea',
  'South Sudan', 'Spain', 'Sri Lanka', 'Ceylon', 'Sudan', 'Suriname', 'Surinam', 'Sweden', 'Switzerland', 'Syria', 'Taiwan',
  'Tajikistan', 'Tanzania', 'Thailand', 'Togo', 'Tonga', 'Trinidad', 'Trinidad and Tobago', 'Tunisia', 'Turkey', 'Türkiye',
  'Turkmenistan', 'Tuvalu', 'Uganda', 'Ukraine', 'United Arab Emirates', 'UAE', 'U.A.E.', 'United Kingdom', 'U.K.', 'UK',
  'Britain', 'Great Britain', 'United States', 'U.S.', 'US', 'USA', 'U.S.A.', 'Uruguay', 'Uzbekistan', 'Vanuatu', 'Vatican',
  'Vatican City', 'Venezuela', 'Vietnam', 'Viet Nam', 'Yemen', 'Zambia', 'Zimbabwe',
];

/**
 * Countries as their own languages name them, for pages in those languages ("Deutschland" in
 * an author box names no one). General knowledge; the English names are in {@link COUNTRIES}.
 *
 * @example
 * COUNTRY_ENDONYMS.includes('Österreich') //=> true
 */
export const COUNTRY_ENDONYMS: readonly string[] = [
  'Deutschland', 'Österreich', 'Schweiz', 'Suisse', 'Svizzera', 'España', 'México', 'Perú', 'Panamá', 'Brasil', 'Italia',
  'Nederland', 'België', 'Belgique', 'Polska', 'Česko', 'Česká republika', 'Slovensko', 'Magyarország', 'România', 'Hrvatska',
  'Srbija', 'Slovenija', 'Ελλάδα', 'Sverige', 'Norge', 'Danmark', 'Suomi', 'Ísland', 'Éire', 'Eesti', 'Latvija', 'Lietuva',
  'Россия', 'Україна', 'Беларусь', 'България', 'Қазақстан', 'Sakartvelo', 'Հայաստան', 'ישראל', 'مصر', 'المغرب',
  'السعودية', 'ایران', '日本', '中国', '中國', '台灣', '한국', '대한민국', 'Việt Nam', 'ประเทศไทย', 'Pilipinas', 'Bharat',
];

/** The four nations of the United Kingdom, which datelines and copy name as countries or as regions. */
export const UK_NATIONS: readonly string[] = ['England', 'Scotland', 'Wales', 'Northern Ireland'];

/**
 * Territories and other places that stand where a country would in a dateline or a story
 * ("Hong Kong", "West Bank", "Greenland").
 *
 * @example
 * TERRITORIES.includes('Gaza Strip') //=> true
 */
export const TERRITORIES: readonly string[] = [
  'Hong Kong', 'Macau', 'Macao', 'Puerto Rico', 'Greenland', 'Faroe Islands', 'Bermuda', 'Cayman Islands',
  'British Virgin Islands', 'British West Indies', 'West Indies', 'Netherlands Antilles', 'Aruba', 'Curacao', 'Guadeloupe',
  'Martinique', 'French Guiana', 'Reunion', 'New Caledonia', 'French Polynesia', 'Tahiti', 'Gibraltar', 'Jersey', 'Guernsey',
  'Channel Islands', 'Isle of Man', 'Falkland Islands', 'Falklands', 'West Bank', 'Gaza', 'Gaza Strip',
  'Palestinian Territories', 'Palestine', 'Western Sahara', 'Northern Cyprus', 'Abkhazia', 'South Ossetia', 'Transnistria',
  'Somaliland', 'Antarctica',
];

/**
 * States that no longer exist, as older copy and history name them ("Soviet Union", "Zaire").
 *
 * @example
 * FORMER_COUNTRIES.includes('Yugoslavia') //=> true
 */
export const FORMER_COUNTRIES: readonly string[] = [
  'Czechoslovakia', 'West Germany', 'East Germany', 'North Yemen', 'South Yemen', 'Yugoslavia', 'Zaire', 'Rhodesia',
  'Soviet Union', 'USSR', 'U.S.S.R.',
];
