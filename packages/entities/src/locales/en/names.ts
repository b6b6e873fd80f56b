import { MONTH_NAMES, NORTH_AMERICAN_ZONE_WORDS, POST_NOMINALS, SURNAME_PARTICLES, WEEKDAY_NAMES, calendarWords } from '@newsparse/core';
import type { Locale } from '../types.js';

/**
 * English. Words inside and around names that are no names themselves: particles, abbreviations, title words.
 * General English and news-style knowledge, hand-written (no corpus strings).
 */
export const names: Locale['names'] = {
  /** Capitalised words that are never names on their own: English months and weekdays (core's), the pronoun I, clock words. */
  notNames: [
    ...calendarWords(MONTH_NAMES.en).keys(),
    ...calendarWords(WEEKDAY_NAMES.en).keys(),
    ...'i am pm ok gmt utc est edt cst cdt pst pdt cet bst ist jst'.split(' '),
    // A vice president's initialisms name an office, never a body ("VP of Sales, Ann Roe,"); "SVP"
    // is left out, as it is also the Swiss People's Party's.
    'vp', 'evp',
  ],
  /** Prepositions compromise files as adverbs, adjectives or nouns. */
  prepositions: 'under inside outside over above below beneath behind beyond near against onboard aboard'.split(' '),
  /** Months that are given names too: "Jan Novak", "April Ryan", "June Carter". */
  monthGivenNames: ['jan', 'april', 'june', 'august'],
  // Muhammad as South and Southeast Asian names abbreviate it; "Md." is also Maryland's AP
  // abbreviation, which comes after a town and a comma, not before a name.
  givenNameAbbreviations: ['md', 'mohd', 'muhd', 'mhd'],
  holidays: [
    'Halloween', 'Thanksgiving', 'Passover', 'Yom Kippur', 'Rosh Hashanah', 'Sukkot', 'Purim', 'Kwanzaa', 'Juneteenth', 'Hogmanay', 'Nowruz', 'Vesak',
    'Pentecost', 'Whitsun', 'Epiphany', 'Mardi Gras', 'Lunar New Year', 'Chinese New Year', 'Eid al-Fitr', 'Eid al-Adha',
    'Christmas Eve', 'Christmas Day', 'Boxing Day', 'Independence Day', 'Memorial Day', 'Labor Day', 'Labour Day', 'Veterans Day', 'Remembrance Day', 'Armistice Day',
    'Anzac Day', 'Good Friday', 'Easter Sunday', 'Easter Monday', 'Ash Wednesday', 'Palm Sunday', 'Shrove Tuesday', 'Bonfire Night', 'Guy Fawkes Night',
  ],
  possessiveHolidays: ["Valentine's Day", "New Year's Eve", "New Year's Day", "St Patrick's Day", "Mother's Day", "Father's Day", "All Saints' Day", "All Souls' Day"],
  numberWords: 'two three four five six seven eight nine ten eleven twelve twenty dozens several'.split(' '),
  /** Words before a month that make it the date: "last June", "early April". */
  dateModifiers: 'last next early late mid this each every'.split(' '),
  // ("arap": Kalenjin "son of", "Daniel arap Moi".)
  particles: [...SURNAME_PARTICLES, 'do', 'y', 'abu'],
  /** Arabic articles and kinship words as English news writes them: "al-Assad", "el-Sisi", "bin-Salman", "abd-Allah". */
  hyphenedParticles: 'al el ad ar as ash az ud ul bin bint ibn abd abu'.split(' '),
  /** French and Italian "of" elided before a vowel, as names keep it: "Banca d’Italia", "Côte d'Azur", "Giscard d'Estaing", "Accademia dell'Arte". */
  elidedParticles: ['d', 'dell', 'degl'],
  /** Arabic words for a front, movement, army, brigade, party, mosque or house, as names of bodies open with them. */
  particleBodyWords: ['jabhat', 'ansar', 'hayat', "hay'at", 'harakat', 'jaish', 'jaysh', 'liwa', 'kataib', "kata'ib", 'asaib', "asa'ib", 'saraya', 'jamaat', "jama'at", 'hizb', 'ahrar', 'tahrir', 'masjid', 'dar', 'bayt', 'beit', 'bab', 'madrasa', 'madrasah', 'jamia', 'jamiat'],
  possessiveHeads: 'people women children men workers st saint mcdonald world'.split(' '),
  possessivePlaceHeads: 'bay island point cove vineyard harbour harbor creek inlet sound landing'.split(' '),
  titleOfficeHeads: ['office', 'department', 'bureau'],
  timeZoneCodes: 'ET CT MT PT EST EDT CST CDT MST MDT PST PDT AKST AKDT HST AST GMT UTC BST CET CEST EET EEST WET IST JST KST AEST AEDT ACST AWST NZST NZDT'.split(' '),
  timeZoneWords: NORTH_AMERICAN_ZONE_WORDS.map((word) => word.toLowerCase()),
  corporateAbbreviations: 'inc corp co ltd jr sr bros plc st mt ft'.split(' '),
  generationSuffixes: 'jr sr ii iii iv v junior senior'.split(' '),
  /**
   * Legal forms that end a company's name, so "of" after them names where it is ("Bayer AG of West
   * Germany", "Acme Inc of Trenton"). "Corp" and "Co" are left out: "Indium Corp of America",
   * "Guaranty Trust Co of New York" are whole names.
   */
  /** Last words of a company's full name that a short name in front of it may stand for: "Rosatom (… Energy Corporation)". */
  corporateHeads: 'corporation company corp co group holdings inc ltd plc llc ag gmbh sa nv bv spa ab oyj'.split(' '),
  legalForms: 'inc ltd plc llc ag gmbh sa nv bv spa ab kgaa bhd berhad tbk pty pte oyj sarl srl'.split(' '),
  /**
   * Words for a firm's partners: after "and" a name's last word, they make the words before it
   * one firm even when those are a person's ("Morgan Stanley and Co", "Edward A. Viner and Co",
   * "Kohlberg Kravis Roberts and Co"), as no person or place is named "… and Co".
   */
  partnerWords: ['co', 'company', 'sons', 'partners', 'associates'],
  // Commonwealth and church styles: "the Most Hon. Andrew Holness", "the Rt Hon. Keir Starmer", "the Very Rev. Ann Lee".
  styleIntensifiers: ['most', 'rt', 'right', 'very'],
  raisedStyles: 'hon honourable honorable rev revd reverend'.split(' '),
  /** Title words that qualify another title rather than head it ("Foreign" in "Foreign Minister"). */
  titleModifiers: (
    'foreign prime vice deputy acting former defence defense finance interior trade economy ' +
    'health education labour labor agriculture energy environment transport culture home state ' +
    'national security first senior junior assistant associate executive crown late head ' +
    'chief the united federal supreme high grand royal special ' +
    // South Asian offices: "Additional Deputy Commissioner", "Additional Sessions Judge", "Additional Inspector General".
    'additional'
  ).split(' '),
  /** Services whose head is their "Chief" before a name of any kind ("Police Chief Art Acevedo", "Fire Chief Ann Moss"). */
  chiefServices: ['police', 'fire'],
  /** Compass points that follow a place in the name of a district or constituency. */
  compassPoints: 'north south east west central northeast northwest southeast southwest'.split(' '),
  provinceCompassWords: ['norte', 'sur', 'oriental', 'occidental'],
  personParticles: SURNAME_PARTICLES,
  corporateSuffixes: 'inc corp co ltd plc llc ag sa nv group holdings industries corporation company companies cos international bank airlines bancorp laboratories stores minerals textiles resources communications technologies systems'.split(' '),
  /** Multi-word office titles whose inner words are no title alone ("Chief Financial Officer", "Managing Director"). */
  titleInner: (
    'financial operating technology information marketing investment managing commercial'
  ).split(' '),
  /** Titles of monarchs and their families, which go before a given name alone ("Queen Elizabeth", "King Charles"). */
  royalTitles: ['king', 'queen', 'prince', 'princess', 'emperor', 'empress', 'tsar', 'tsarina', 'czar', 'czarina', 'kaiser',
    'sultan', 'emir', 'duke', 'duchess', 'archduke', 'archduchess', 'pope'],
  /** Honorifics that say a man is meant ("Mr Price"). */
  maleHonorifics: ['mr', 'mister', 'sir', 'lord'],
  /** Honorifics that say a woman is meant ("Mrs Price", "Ms Price"). */
  femaleHonorifics: 'mrs ms miss madam dame lady'.split(' '),
  personOnlyHonorifics: ['mr', 'mister', 'mrs', 'ms', 'mx'],
  /**
   * Post-nominal letters (core's): legislators, senior counsel, honours, degrees and "Esq". (Letters
   * that are also places' codes, "SC", are left out: "Myrtle Beach SC" is a place.)
   */
  postNominals: POST_NOMINALS.filter((letters) => letters !== 'sc'),
  /** Post-nominal letters that are also a place's code, read as post-nominal after a known given name ("Felix McEnroy SC", Senior Counsel). */
  placeCodePostNominals: POST_NOMINALS.filter((letters) => letters === 'sc'),
  /** Short titles written only before a person's name ("Dr", "Rep.", "Sen."), besides the honorifics. */
  personalTitles: 'dr rep sen gov prof rev mx cr'.split(' '),
  stampVerbs: 'published updated posted modified says tells warns urges'.split(' '),
  creditLabels: 'reporting writing editing written edited photos photo photographs pictures text words story video graphics illustration illustrations compiled produced additional'.split(' '),
  surnameHeads: 'hill hills wood woods lake park field fields brook brooks marsh moor dale banks rivers forest'.split(' '),
  /**
   * South Asian and Commonwealth offices: Chief Minister, Deputy Commissioner, Superintendent of
   * Police, District Police Officer, Station House Officer, Sub-Divisional Police Officer,
   * Deputy, Senior and Assistant Superintendents, Inspector General and Deputy Inspector General
   * of Police, Deputy and Assistant Commissioners of Police, Sub-Divisional Magistrate, Additional
   * Deputy Commissioner.
   */
  officeInitialisms: 'cm dc sp dpo sho sdpo dsp ssp igp dig dcp acp sdm adc'.split(' '),
  /**
   * Titles of offices that South Asian copy names with the office's seat before the holder
   * ("Deputy Commissioner Taunsa Nadeem Hashmi", "DPO Bannu, Ali Khan,"), besides officeInitialisms.
   * Heads of state and government are left out: "President Bola Ahmed Tinubu" is one name.
   */
  seatOffices: 'commissioner collector magistrate tehsildar administrator superintendent officer chairman'.split(' '),
  numberSigns: ['no', 'nos'],
  /**
   * Malaysian and Bruneian honorifics written in English copy ("Datuk Seri", "Tan Sri", "Dato' Sri",
   * "Puan Sri"), the longer first, and styles of address ("Highness"). ("Tun" is left out: it also
   * opens Burmese names, "Tun Myint".)
   */
  honorificSequences: [
    'datuk seri', 'datuk sri', 'dato seri', 'dato sri', 'datin seri', 'datin sri', 'datin paduka', 'tan sri', 'puan sri', 'toh puan',
    'datuk', 'dato', 'datin',
    // Styles of address after "His", "Her" or "Your": "His Highness Sheikh …", "His Excellency …".
    'highness', 'excellency', 'majesty',
  ],
  /** Titles that open companies' names before a plural noun ("General Mills", "General Dynamics"; "General Petraeus" is the officer). */
  companyTitleWords: ['general'],
  /** Endings of a capitalised word that names a doctrine or an attitude ("Zionism", "Thatcherism", "Islamophobia"): a thing, no person or place. */
  doctrineEndings: ['ism', 'isms', 'phobia'],
  /** Era abbreviations beside a year or a century ("3000 BC", "AD 79", "the 7th century BCE"): no body's or place's name there. */
  eraAbbreviations: 'BC BCE AD CE B.C. A.D. B.C.E. C.E. B.C A.D B.C.E C.E'.split(' '),
  /**
   * Initialisms of ordinary nouns that news copy writes in capitals ("DNA", "an IQ test", "the
   * GDP"): no organisation when they stand alone. General English, hand-written; initialisms that
   * also name parties or companies ("LSD", "TNT") are left out.
   */
  commonAcronyms: (
    'DNA RNA HIV AIDS IQ GDP GNP GNI CPI PPI CD CDs DVD DVDs TV PC PCs ' +
    'AI VR GPS SMS URL USB PDF LED LCD ATM ATMs CEO CEOs CFO COO CTO ' +
    'MVP RBI RBIs VIP VIPs UFO UFOs FAQ POV SUV SUVs IVF ICU MRI ECG PTSD ' +
    'ADHD OCD STD BMI DIY IPO IPOs ETF ETFs VAT NGO NGOs CCTV TB LGBT ' +
    'LGBTQ PhD PhDs MBA RSVP ASAP CV DJ DJs GIF HTML API APIs CPU GPU ' +
    'Wi-Fi WiFi QR SOS LNG LPG PAC PACs AGM AGMs EGM EGMs ' +
    // Economic, business and health terms: foreign direct investment, goods and services tax, small (and micro) enterprises,
    // key performance indicators, return on investment, electric vehicles, protective equipment, PCR tests, modified organisms,
    // earnings per share and earnings before interest, taxes, depreciation and amortisation.
    'FDI GST SME SMEs MSME MSMEs KPI KPIs ROI EV EVs PPE PCR GMO GMOs FX ' +
    'EPS EBITDA ' +
    // Sport's video assistant referee ("ruled out by VAR").
    'VAR ' +
    // Units of data and files' formats, technology copy's capitals ("a 2 GB update", "JPEG and PNG files").
    'KB MB GB PB JPEG JPG PNG MP3 MP4 CSV XML JSON HTTP HTTPS SQL SSD SSDs RAM VPN VPNs ' +
    // Ampersand initialisms of ordinary nouns ("R&D spending", "M&A activity", "a Q&A session", "R&B music"), no companies.
    'R&D M&A Q&A Q&As R&B B&B B&Bs P&L F&B'
  ).split(' '),
  saintWords: ['st', 'saint', 'ste', 'sainte'],
  measureNouns: 'product income index rate rates deficit surplus output inflation growth expenditure revenue'.split(' '),
  sectorNouns: 'sector sectors industry industries segment segments category categories chains operators'.split(' '),
};
