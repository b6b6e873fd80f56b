// News agencies and outlets, once for every package: datelines sign with them ("(AP)"),
// bylines credit them ("Jane Doe, Reuters"), the entity tagger knows them as organisations.
// General knowledge of the world's wire services and best-known news brands, hand-written
// (no npm package keeps such a list); never a list taken from a corpus.

/**
 * The world's news agencies (wire services), one row an agency: the name it signs with
 * first, then its other names and spellings in use ("Reuter", "Agence France-Presse").
 * Written as the agencies write themselves: "dpa" in lower case, "ČTK" with its háček.
 *
 * @example
 * NEWS_AGENCIES.find((row) => row.includes('Agence France-Presse'))?.[0] //=> 'AFP'
 */
export const NEWS_AGENCIES: readonly (readonly string[])[] = [
  ['AP', 'Associated Press', 'The Associated Press', 'AP Photo'], ['Reuters', 'Reuter', 'Thomson Reuters', 'Reuters Breakingviews'],
  ['AFP', 'Agence France-Presse', 'Agence France Presse'], ['Xinhua', 'Xinhua News Agency', 'Xinhuanet'],
  ['Bloomberg', 'Bloomberg News'], ['UPI', 'United Press International'], ['EFE', 'Efe'], ['dpa', 'DPA'], ['ANSA'],
  ['Kyodo', 'Kyodo News'], ['Yonhap'], ['TASS', 'ITAR-TASS', 'Itar-Tass'], ['RIA Novosti', 'RIA'], ['Interfax'], ['Sputnik'],
  ['PTI', 'Press Trust of India'], ['IANS'], ['ANI'], ['UNI'], ['CNA', 'Central News Agency'], ['Bernama'], ['Antara'], ['PNA'],
  ['VNA'], ['AAP', 'Australian Associated Press'], ['CP', 'Canadian Press', 'The Canadian Press'],
  ['PA', 'Press Association', 'PA Media', 'PA Wire'], ['ANP'], ['Belga'], ['APA'], ['Keystone-SDA', 'SDA', 'ATS'], ['TT'], ['NTB'],
  ['Ritzau'], ['STT'], ['PAP'], ['CTK', 'ČTK'], ['MTI'], ['HINA'], ['Tanjug'], ['BTA'], ['Agerpres'],
  ['Anadolu', 'Anadolu Agency', 'AA'], ['IRNA'], ['WAM'], ['SPA'], ['KUNA'], ['MENA'], ['QNA'], ['BNA'], ['APS'], ['MAP'], ['TAP'],
  ['NAN'], ['KNA'], ['Europa Press'], ['Notimex'], ['Prensa Latina'], ['Agência Brasil', 'Agencia Brasil'], ['Telam', 'Télam'], ['Andina'],
  ['Jiji', 'Jiji Press'], ['Lusa'], ['Dow Jones'], ['CNS', 'China News Service'], ['WAFA'], ['SANA'], ['KCNA'], ['epd'], ['Sapa'],
  ['WENN'], ['TNN'], ['APP', 'Associated Press of Pakistan'], ['BSS'], ['UNB'], ['NNA'],
];

/**
 * Broadcasters, newspapers and news sites that sign or credit stories the way wire services
 * do ("(CNN)", "Jane Doe, BBC News"), one row an outlet: its usual name, then other names.
 *
 * @example
 * NEWS_OUTLETS.some((row) => row.includes('Al Jazeera')) //=> true
 */
export const NEWS_OUTLETS: readonly (readonly string[])[] = [
  ['CNN'], ['BBC'], ['NHK'], ['CBS'], ['NBC'], ['ABC'], ['Fox', 'Fox News'], ['NPR'], ['PBS'], ['CNBC'], ['MarketWatch'], ['Nikkei'],
  ['Al Jazeera'], ['Sky News'], ['CCTV'], ['CGTN'], ['RT'], ['Global Times'], ['China Daily'], ["People's Daily"],
  ['New York Times'], ['Washington Post'], ['Wall Street Journal'], ['Financial Times'], ['Guardian'], ['Le Monde'],
  ['Der Spiegel'], ['Politico'], ['Axios'], ['Wikinews'], ['Asahi'], ['Yomiuri'], ['Mainichi'], ['South China Morning Post'],
  ['Times of India'], ['Straits Times'],
];

/**
 * National agencies known by their signature on a dateline ("KYIV, June 5 (Ukrinform) –",
 * "(AGI) - Milano"), kept apart from NEWS_AGENCIES: several are acronyms that mean something
 * else in running text ("AGI", "STA", "BNS"), so the entity tagger does not read them as
 * names, while a dateline's parenthesis leaves no doubt. Names that are also common words or
 * places ("Trend", "Mehr", "Petra", "RSS") are left out.
 *
 * @example
 * SIGNATURE_AGENCIES.some((row) => row.includes('Ukrinform')) //=> true
 */
export const SIGNATURE_AGENCIES: readonly (readonly string[])[] = [
  ['Ukrinform'], ['UNIAN'], ['Interfax-Ukraine'], ['BelTA'], ['Kazinform'], ['Azertag', 'AzerTag'], ['Armenpress'],
  ['AGI'], ['Adnkronos'], ['LaPresse'], ['askanews', 'Askanews'], ['Italpress'], ['Servimedia'], ['Agência Estado', 'Estadão Conteúdo'], ['Folhapress'],
  ['dpa-AFX'], ['AWP'], ['Kathpress'], ['STA'], ['TASR'], ['LETA'], ['BNS'], ['ELTA'], ['SUNA'], ['GNA'], ['AKP'], ['KPL'], ['ISNA'], ['Tasnim'],
  // Agencia Proceso (Mexico) signs in lower case: "CIUDAD DE MÉXICO (apro).-"; Cabo Verde's Inforpress;
  // the Ethiopian News Agency ("ENA" is also a French school's name).
  ['apro'], ['Inforpress'], ['ENA'],
];
