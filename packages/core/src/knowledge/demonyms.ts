// Demonyms, once for every package: the entity tagger tags "Peruvian" as a nationality of
// Peru, quote attribution matches "the Peruvian envoy" with "Peru's ambassador". General
// knowledge, hand-written: the one openly licensed npm table of nationalities
// (i18n-nationality, MIT) gives forms news copy does not use ("Argentinean", "Antiguans",
// territories' names as nationalities) and no peoples or regions, so it is not used here.

/**
 * Nationality and people adjectives, each with the country, territory or region it belongs
 * to ("Peruvian" → "Peru", "Catalan" → "Catalonia"). Singular adjectives; plurals such as
 * "Americans" are the tagger's business.
 *
 * @example
 * DEMONYMS['Peruvian'] //=> 'Peru'
 * DEMONYMS['Dutch']    //=> 'Netherlands'
 */
export const DEMONYMS: Readonly<Record<string, string>> = {
  Afghan: 'Afghanistan', Albanian: 'Albania', Algerian: 'Algeria', American: 'United States', Andorran: 'Andorra',
  Angolan: 'Angola', Argentine: 'Argentina', Argentinian: 'Argentina', Armenian: 'Armenia', Australian: 'Australia',
  Austrian: 'Austria', Azerbaijani: 'Azerbaijan', Azeri: 'Azerbaijan', Bahraini: 'Bahrain', Bangladeshi: 'Bangladesh',
  Basque: 'Basque Country', Bavarian: 'Bavaria', Belarusian: 'Belarus', Belgian: 'Belgium', Beninese: 'Benin',
  Bhutanese: 'Bhutan', Bolivian: 'Bolivia', Bosnian: 'Bosnia and Herzegovina', Brazilian: 'Brazil',
  British: 'United Kingdom', Bruneian: 'Brunei', Bulgarian: 'Bulgaria', Burmese: 'Myanmar', Burundian: 'Burundi',
  Californian: 'California', Cambodian: 'Cambodia', Cameroonian: 'Cameroon', Canadian: 'Canada', Catalan: 'Catalonia',
  Chadian: 'Chad', Chilean: 'Chile', Chinese: 'China', Colombian: 'Colombia', Congolese: 'Congo', Croat: 'Croatia',
  Croatian: 'Croatia', Cuban: 'Cuba', Cypriot: 'Cyprus', Czech: 'Czech Republic', Danish: 'Denmark',
  Dominican: 'Dominican Republic', Dutch: 'Netherlands', Ecuadorian: 'Ecuador', Egyptian: 'Egypt',
  Emirati: 'United Arab Emirates', English: 'England', Eritrean: 'Eritrea', Estonian: 'Estonia', Ethiopian: 'Ethiopia',
  Fijian: 'Fiji', Filipino: 'Philippines', Finnish: 'Finland', Flemish: 'Flanders', French: 'France', Gabonese: 'Gabon',
  Gambian: 'Gambia', Georgian: 'Georgia', German: 'Germany', Ghanaian: 'Ghana', Greek: 'Greece', Guatemalan: 'Guatemala',
  Guinean: 'Guinea', Haitian: 'Haiti', Honduran: 'Honduras', Hongkonger: 'Hong Kong', Hungarian: 'Hungary',
  Icelandic: 'Iceland', Indian: 'India', Indonesian: 'Indonesia', Iranian: 'Iran', Iraqi: 'Iraq', Irish: 'Ireland',
  Israeli: 'Israel', Italian: 'Italy', Ivorian: "Côte d'Ivoire", Jamaican: 'Jamaica', Japanese: 'Japan',
  Jordanian: 'Jordan', Kazakh: 'Kazakhstan', Kenyan: 'Kenya', Kiwi: 'New Zealand', Korean: 'Korea', Kosovar: 'Kosovo',
  Kurd: 'Kurdistan', Kurdish: 'Kurdistan', Kuwaiti: 'Kuwait', Kyrgyz: 'Kyrgyzstan', Lao: 'Laos', Laotian: 'Laos',
  Latvian: 'Latvia', Lebanese: 'Lebanon', Liberian: 'Liberia', Libyan: 'Libya',
  Lithuanian: 'Lithuania', Luxembourgish: 'Luxembourg', Macedonian: 'North Macedonia', Malagasy: 'Madagascar',
  Malawian: 'Malawi', Malaysian: 'Malaysia', Maldivian: 'Maldives', Malian: 'Mali', Maltese: 'Malta',
  Mauritanian: 'Mauritania', Mauritian: 'Mauritius', Mexican: 'Mexico', Moldovan: 'Moldova', Mongolian: 'Mongolia',
  Montenegrin: 'Montenegro', Moroccan: 'Morocco', Mozambican: 'Mozambique', Namibian: 'Namibia', Nepalese: 'Nepal',
  Nepali: 'Nepal', 'New Zealand': 'New Zealand', Nicaraguan: 'Nicaragua', Nigerian: 'Nigeria', Nigerien: 'Niger',
  'North Korean': 'North Korea', Norwegian: 'Norway', Omani: 'Oman', Pakistani: 'Pakistan', Palestinian: 'Palestine',
  Panamanian: 'Panama', Paraguayan: 'Paraguay', Peruvian: 'Peru', Philippine: 'Philippines', Pole: 'Poland',
  Polish: 'Poland', Portuguese: 'Portugal', 'Puerto Rican': 'Puerto Rico', Qatari: 'Qatar', Quebecois: 'Quebec',
  Romanian: 'Romania', Russian: 'Russia', Rwandan: 'Rwanda', Salvadoran: 'El Salvador', Samoan: 'Samoa',
  Saudi: 'Saudi Arabia', Scots: 'Scotland', Scottish: 'Scotland', Senegalese: 'Senegal', Serb: 'Serbia',
  Serbian: 'Serbia', Singaporean: 'Singapore', Slovak: 'Slovakia', Slovene: 'Slovenia', Slovenian: 'Slovenia',
  Somali: 'Somalia', 'South African': 'South Africa', 'South Korean': 'South Korea', 'South Sudanese': 'South Sudan',
  Soviet: 'Soviet Union', Spanish: 'Spain', 'Sri Lankan': 'Sri Lanka', Sudanese: 'Sudan', Surinamese: 'Suriname',
  Swedish: 'Sweden', Swiss: 'Switzerland', Syrian: 'Syria', Taiwanese: 'Taiwan', Tajik: 'Tajikistan',
  Tanzanian: 'Tanzania', Texan: 'Texas', Thai: 'Thailand', Tibetan: 'Tibet', Togolese: 'Togo', Tongan: 'Tonga',
  Tunisian: 'Tunisia', Turkish: 'Turkey', Turkmen: 'Turkmenistan', Ugandan: 'Uganda', Ukrainian: 'Ukraine',
  Uruguayan: 'Uruguay', Uzbek: 'Uzbekistan', Venezuelan: 'Venezuela', Vietnamese: 'Vietnam', Welsh: 'Wales',
  Yemeni: 'Yemen', Yugoslav: 'Yugoslavia', Zambian: 'Zambia', Zimbabwean: 'Zimbabwe',
};

/**
 * Adjectives of continents and world regions, each with its region ("European" → "Europe",
 * "Middle Eastern" → "Middle East").
 *
 * @example
 * REGION_ADJECTIVES['Latin American'] //=> 'Latin America'
 */
export const REGION_ADJECTIVES: Readonly<Record<string, string>> = {
  European: 'Europe', Asian: 'Asia', African: 'Africa', 'Latin American': 'Latin America',
  'South American': 'South America', 'North American': 'North America', 'Central American': 'Central America',
  Arab: 'Arab world', Arabic: 'Arab world', 'Middle Eastern': 'Middle East', Western: 'West', Eastern: 'East',
  Caribbean: 'Caribbean', Scandinavian: 'Scandinavia', Nordic: 'Nordic countries', Balkan: 'Balkans',
  Baltic: 'Baltic states', Pacific: 'Pacific', Atlantic: 'Atlantic', Mediterranean: 'Mediterranean',
};

/**
 * The people of US states and Canadian provinces, by the state or province ("Virginians",
 * "Floridians"): kept apart from {@link DEMONYMS}, whose words quote attribution's bundle
 * carries, for the entity tagger to read them as nationalities rather than people. Words that
 * also name a newspaper or a magazine ("The Oregonian", "The Tennessean", "The Oklahoman",
 * "Washingtonian") are left out.
 * General knowledge, hand-written.
 *
 * @example
 * STATE_DEMONYMS['Virginian'] //=> 'Virginia'
 */
export const STATE_DEMONYMS: Readonly<Record<string, string>> = {
  Alabamian: 'Alabama', Alaskan: 'Alaska', Arizonan: 'Arizona', Arkansan: 'Arkansas', Coloradan: 'Colorado',
  Delawarean: 'Delaware', Floridian: 'Florida', Idahoan: 'Idaho', Illinoisan: 'Illinois', Iowan: 'Iowa', Kansan: 'Kansas',
  Kentuckian: 'Kentucky', Louisianan: 'Louisiana', Mainer: 'Maine', Marylander: 'Maryland', Michigander: 'Michigan',
  Minnesotan: 'Minnesota', Mississippian: 'Mississippi', Missourian: 'Missouri', Montanan: 'Montana', Nebraskan: 'Nebraska',
  Nevadan: 'Nevada', Ohioan: 'Ohio', Pennsylvanian: 'Pennsylvania',
  Utahn: 'Utah', Vermonter: 'Vermont', Virginian: 'Virginia', Wisconsinite: 'Wisconsin', Wyomingite: 'Wyoming',
  Albertan: 'Alberta', Manitoban: 'Manitoba', Ontarian: 'Ontario', Newfoundlander: 'Newfoundland and Labrador',
};

/**
 * The one-word keys of {@link DEMONYMS} and {@link REGION_ADJECTIVES}, lower case ("peruvian",
 * "european"), as a list of their own: rules that only ask whether a word is a nationality
 * ("Chinese and Peruvian analysts") import it without the countries (quote attribution's
 * bundle). A test keeps it equal to the two maps' keys.
 *
 * @example
 * NATIONALITY_WORDS.includes('peruvian') //=> true
 */
export const NATIONALITY_WORDS: readonly string[] = /* @__PURE__ */ (
  'afghan african albanian algerian american andorran angolan arab arabic argentine argentinian ' +
  'armenian asian atlantic australian austrian azerbaijani azeri bahraini balkan baltic bangladeshi ' +
  'basque bavarian belarusian belgian beninese bhutanese bolivian bosnian brazilian british bruneian ' +
  'bulgarian burmese burundian californian cambodian cameroonian canadian caribbean catalan chadian ' +
  'chilean chinese colombian congolese croat croatian cuban cypriot czech danish dominican dutch ' +
  'eastern ecuadorian egyptian emirati english eritrean estonian ethiopian european fijian filipino ' +
  'finnish flemish french gabonese gambian georgian german ghanaian greek guatemalan guinean haitian ' +
  'honduran hongkonger hungarian icelandic indian indonesian iranian iraqi irish israeli italian ' +
  'ivorian jamaican japanese jordanian kazakh kenyan kiwi korean kosovar kurd kurdish kuwaiti kyrgyz ' +
  'lao laotian latvian lebanese liberian libyan lithuanian luxembourgish macedonian malagasy malawian ' +
  'malaysian maldivian malian maltese mauritanian mauritian mediterranean mexican moldovan mongolian ' +
  'montenegrin moroccan mozambican namibian nepalese nepali nicaraguan nigerian nigerien nordic ' +
  'norwegian omani pacific pakistani palestinian panamanian paraguayan peruvian philippine pole polish ' +
  'portuguese qatari quebecois romanian russian rwandan salvadoran samoan saudi scandinavian scots ' +
  'scottish senegalese serb serbian singaporean slovak slovene slovenian somali soviet spanish sudanese ' +
  'surinamese swedish swiss syrian taiwanese tajik tanzanian texan thai tibetan togolese tongan ' +
  'tunisian turkish turkmen ugandan ukrainian uruguayan uzbek venezuelan vietnamese welsh western ' +
  'yemeni yugoslav zambian zimbabwean'
).split(' ');

/**
 * Combining forms that stand for a country before a hyphen ("Sino-US talks", "Anglo-French").
 *
 * @example
 * COMBINING_FORMS['Sino'] //=> 'China'
 */
export const COMBINING_FORMS: Readonly<Record<string, string>> = {
  Sino: 'China', Anglo: 'United Kingdom', Russo: 'Russia', Indo: 'India',
};
