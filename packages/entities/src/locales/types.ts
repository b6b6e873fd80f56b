/**
 * The words and patterns of one language that the tagger's rules read. A new language copies
 * `locales/en`, translates each list (a list may stay empty), and is listed in
 * `locales/index.ts`; the rules read the words of every listed locale and hold none of their own.
 */
export interface Locale {
  /** BCP 47 language code. */
  code: string;
  /** Words in and around names that are not names themselves. */
  names: {
    /** Capitalised words that are never names on their own: English months and weekdays (core's), the pronoun I, clock words. */
    notNames: readonly string[];
    /** Holidays and feasts, named days of the year: no person, place or body ("Halloween", "Passover", "Memorial Day"). */
    holidays: readonly string[];
    /** Holidays named in the possessive, which the tokens split at the apostrophe ("Valentine's Day", "New Year's Eve"). */
    possessiveHolidays: readonly string[];
    /**
     * Prepositions that the part-of-speech lexicon files as other classes ("under", "inside"):
     * capitalised at a sentence's start they are, like every preposition, no name's first
     * word ("Under House rules" is "House"). A name known whole keeps them ("Under Armour").
     */
    prepositions: readonly string[];
    /** Of those, months that are given names too ("Jan Novak", "April Ryan"): before a surname they open a person's name. */
    monthGivenNames: readonly string[];
    /** Abbreviated given names written with a full stop before the rest of the name ("Md. Jashim Uddin", "Mohd. Najib"), lower-case. */
    givenNameAbbreviations: readonly string[];
    /** Cardinal numbers written as words, which count bodies before their plural head and are no part of a name ("Two Chambers of Commerce"). */
    numberWords: readonly string[];
    /** Words before a month that make it the date ("last June", "early April"). */
    dateModifiers: readonly string[];
    /** Lower-case particles that join the words of a name ("Lula da Silva", "Ludwig van Beethoven"). */
    particles: readonly string[];
    /**
     * Lower-case particles written joined to the next word of a name by a hyphen ("Basil
     * al-Khateeb", "Hassan el-Sayed"): such a word is a word of the name.
     */
    hyphenedParticles: readonly string[];
    /**
     * Lower-case particles of "of" written elided before the next word of a name by an apostrophe
     * ("Banca d’Italia", "Giro d'Italia", "Valéry Giscard d'Estaing"): after a name's word, such
     * a word is a word of the name.
     */
    elidedParticles: readonly string[];
    /**
     * Words that open the name of a body, not a person, before a hyphened particle ("Jabhat
     * al-Nusra", "Masjid al-Haram"), lower case.
     */
    particleBodyWords: readonly string[];
    /** Words before "'s" that begin a longer name ("People's Daily", "St John's"). */
    possessiveHeads: readonly string[];
    /** Landform heads a one-word possessive names a place with ("Hawke's Bay", "Martha's Vineyard", "Smith's Island"). */
    possessivePlaceHeads: readonly string[];
    /**
     * Heads of a public office named by its holder's title in the possessive: "the Sheriff's
     * Office", "the Attorney General's Department", "the Governor's Office". After a title and
     * "'s", they continue the name.
     */
    titleOfficeHeads: readonly string[];
    /**
     * Words that name a time zone before "time" or after a clock time ("9 p.m. Eastern time",
     * "8 p.m. Pacific", "Central Standard Time"): there no nationality, region or place.
     */
    /** Codes of time zones, in capitals, after a clock time: "7:15 a.m. CT", "14:00 GMT". */
    timeZoneCodes: readonly string[];
    timeZoneWords: readonly string[];
    /** Abbreviations that keep their period inside a name ("Inc.", "Jr.", "St."). */
    corporateAbbreviations: readonly string[];
    /**
     * Suffixes that tell a father from his son or grandson ("Jr.", "Sr.", "III"), lower case,
     * without the period: "Brent Bozell" is not "Brent Bozell III".
     */
    generationSuffixes: readonly string[];
    /** Last words of a company's full name that a short name in front of it may stand for: "Rosatom (… Energy Corporation)". */
    corporateHeads: readonly string[];
    /** Legal forms that close a company's name: "Bayer AG of West Germany" is the company, then its country. */
    legalForms: readonly string[];
    /** Words for a firm's partners after "and" or "&" that end a firm's name whatever stands before ("Morgan Stanley and Co", "Sanford C. Bernstein and Co"). */
    partnerWords: readonly string[];
    /** Title words that qualify another title rather than head it ("Foreign" in "Foreign Minister"). */
    titleModifiers: readonly string[];
    /** Services whose "Chief" heads a name that follows, given name known or not: "Police Chief Art Acevedo". */
    chiefServices: readonly string[];
    /** Words that raise a style of address and are part of it, never a name: "the Most Hon.", "the Rt Hon.", "the Very Rev.". */
    styleIntensifiers: readonly string[];
    /** Styles of address that such a word raises: "Hon.", "Rev.". */
    raisedStyles: readonly string[];
    /** Compass points that follow a place in the name of a district or constituency. */
    compassPoints: readonly string[];
    /** Compass words that close a province's name in Spanish style ("Negros Occidental", "Ilocos Norte", "Surigao del Sur"): the name is a place. */
    provinceCompassWords: readonly string[];
    /** Particles inside a person's name ("Charles de Gaulle"). */
    personParticles: readonly string[];
    /** Corporate suffixes a company's short name drops ("Coleco Industries Inc" → "Coleco"). */
    corporateSuffixes: readonly string[];
    /** Multi-word office titles whose inner words are no title alone ("Chief Financial Officer", "Managing Director"). */
    titleInner: readonly string[];
    /** Titles of monarchs and their families, which go before a given name alone ("Queen Elizabeth", "King Charles"). */
    royalTitles: readonly string[];
    /** Honorifics that say a man is meant ("Mr Price"). */
    maleHonorifics: readonly string[];
    /** Honorifics that say a woman is meant ("Mrs Price", "Ms Price"). */
    femaleHonorifics: readonly string[];
    /** Of the honorifics, those that stand before nothing but a person's name ("Mr", "Mrs", "Ms"; not "Lady Chapel"). */
    personOnlyHonorifics: readonly string[];
    /**
     * Letters written after a person's name for an office, a rank or an honour ("Jane Doe MP",
     * "John Roe KC", "Ann Poe OBE"), in lookup keys (lower case, full stops dropped): no part of the name.
     */
    postNominals: readonly string[];
    /** Post-nominal letters that are also a place's code, read as post-nominal only after a known given name ("SC"). */
    placeCodePostNominals: readonly string[];
    /** Short titles written only before a person's name ("Dr", "Rep.", "Sen."), besides the honorifics. */
    personalTitles: readonly string[];
    /**
     * Verbs of a byline's time stamp and a title-case headline's attribution, in lower case ("Jo Park Published January 24",
     * "Cases Rise, Says Ministry"): they end a name before them and name nothing.
     */
    stampVerbs: readonly string[];
    /** Labels of a credit line, in lower case ("Reporting By Jo Park", "Photos By …"): a "By" after one is the credit's, no word of a name. */
    creditLabels: readonly string[];
    /** Place heads that are common surnames too ("Hill", "Woods"): after a title and a name, the person's surname ("Minister Aubyn Hill"). */
    surnameHeads: readonly string[];
    /**
     * Initialisms of public offices written in capitals, in lower case ("the DC" for Deputy
     * Commissioner, "the CM" for Chief Minister, "SP", "DPO", "SHO"): a title, no body or place.
     * Those of three letters or more are titles everywhere ("DPO Ali Shah"); those of two, which
     * also spell places and parties ("Washington DC"), only after "the", "a" or a possessive
     * and before a verb or a punctuation mark.
     */
    officeInitialisms: readonly string[];
    /** Titles of offices named with their seat before the holder ("Deputy Commissioner Taunsa Nadeem Hashmi"). */
    seatOffices: readonly string[];
    /** Abbreviations of "number" written before one ("Resolution No. 12", "Nos. 12 and 13"), in lookup keys: no part of the name before them. */
    numberSigns: readonly string[];
    /**
     * Honorifics of one or more words, each word separated by a space, conferred before a
     * person's name and no part of it ("Datuk Seri Anwar Ibrahim", "Tan Sri Rafidah Aziz").
     * Their words may be names elsewhere ("Bandar Seri Begawan", "Sri Lanka", "Tan"), so they
     * count only as the whole sequence before a name.
     */
    honorificSequences: readonly string[];
    /** Titles that open companies' names before a plural noun ("General Mills", "General Dynamics"). */
    companyTitleWords: readonly string[];
    /** Initialisms of ordinary nouns that news copy writes in capitals ("DNA", "an IQ test", "the GDP"): no organisation when they stand alone. General English, hand-written; initialisms that also name parties or companies ("LSD", "TNT") are left out. */
    commonAcronyms: readonly string[];
    /** Nouns of a trade's whole ("sector", "industry", "chains"): an unknown acronym right before one names the trade, no body ("the QSR sector", "QSR chains"). */
    sectorNouns: readonly string[];
    /** Nouns that end the names of economic measures ("Gross Domestic Product", "Net National Income"): such a name of ordinary words is a term, never a place. */
    measureNouns: readonly string[];
    /** A saint's title opening a place named after the saint ("St George", "Saint Anne"). */
    saintWords: readonly string[];
    /** Endings of a capitalised word that names a doctrine or an attitude ("Zionism", "Islamophobia"): no person, place or body. */
    doctrineEndings: readonly string[];
    /** Era abbreviations written beside a year or a century ("3000 BC", "AD 79", "the 7th century BCE"), as written, with their full stops. */
    eraAbbreviations: readonly string[];
  };
  /** Head words: what a name ends (or starts) with says what it names. */
  heads: {
    /** Words before "of" that start a place or title name ("Republic of", "Gulf of", "Duke of"). */
    beforeOf: readonly string[];
    /** Heads of bodies named with "on" ("Council on Foreign Relations", "Committee on Foreign Affairs"). */
    beforeOn: readonly string[];
    /**
     * Heads of a body complete in itself: after "and" inside a name with "of" they start a
     * second body ("the Ministry of Defence and Home Office"), never the first one's subject.
     */
    wholeBody: readonly string[];
    /** Head words that make a name an organisation in any style guide. */
    strongOrganisation: readonly string[];
    /** Strong heads that name a firm only at a name's end, never before "of" ("Oil Capital of the World" is a nickname). */
    strongOnlyLast: readonly string[];
    /** Heads of protected land, places whatever their first word ("Sierra National Forest"), after a word of `protectedBy`. */
    protectedLand: readonly string[];
    /** The words before a head of protected land, lower-case ("national", "state"). */
    protectedBy: readonly string[];
    /**
     * Units of an institution that make an organisation only where they open the name before
     * "of" ("School of Veterinary Sciences", "Faculty of Law"); at the end they name buildings
     * or kinds as often ("the Sunday School").
     */
    unitBeforeOf: readonly string[];
    /** The police and the nouns of its local units after it ("Police Station", "Police Division"): such a name that acts ("… Police Station said") is the police body, not the place. */
    police: readonly string[];
    policeUnits: readonly string[];
    /** Landforms that suburbs, villages and neighbourhoods are named with ("Kelly Ridge", "Cordes Lakes", "Ocean Heights"), no surname. */
    settlementLandforms: readonly string[];
    /** Head words that make a name a place. */
    strongPlace: readonly string[];
    /** Plural nouns of settlements and parts of them that close a list of the places' names ("the Clifton and Redland areas", "the Eastfield and Marsh neighbourhoods"). */
    placeListNouns: readonly string[];
    /** Words that head an organisation's name at its end ("... Council", "... Inc"). */
    organisation: readonly string[];
    /** Words that head an organisation's name at its start, before "of" ("Bank of England"). */
    organisationFirst: readonly string[];
    /** Ordinary words that open a place's name before a name of its own ("Fort Lee", "Mount Kenya", "Lake Volta", "Port Moresby"). */
    placeFirst: readonly string[];
    /** Words that open an airline's name before a place or a name of its own ("Air Canada", "Air New Zealand"). */
    airlineFirst: readonly string[];
    /** Words that open a broadcaster's name before a place or a name of its own ("Radio France Internationale", "Radio Free Asia", "Television New Zealand"). */
    broadcasterFirst: readonly string[];
    /** Words after a state's name that name its university ("Ohio State said", "at Penn State"). */
    stateUniversity: readonly string[];
    /** Heads of administrative divisions after their name ("Ogun State", "Kwale County"), which may stand before an officeholder's title. */
    administrative: readonly string[];
    /** Words that head a place's name ("... River", "... Province", "Port of ..."). */
    place: readonly string[];
    /** Place heads that are no surnames, which end a place called after a person ("Arthur Ashe Stadium"). */
    venue: readonly string[];
    /** Last words of a building's name that are also surnames ("House", "Hall"): a building after a place preposition and a given name ("in Gordon House"). */
    building: readonly string[];
    /** Last words of bodies named after their town ("Cumilla University", "Kumasi Polytechnic"): the town alone after a place preposition stays the town. */
    townNamedBody: readonly string[];
    /** Heads that are no surnames and end a body called after a person ("Woodrow Wilson Center"): an organisation, no person. */
    bodyAfterPerson: readonly string[];
    /** Words that end the name of an event, a war, a prize or an agreement ("Vietnam War", "Davis Cup"). */
    event: readonly string[];
    /** Words that end the name of an illness ("Down Syndrome", "Cystic Fibrosis", "Lyme Disease"): no person, place or body. */
    illness: readonly string[];
    /** Last words of newspaper names after a city ("Edmonton Sun", "Ottawa Citizen", "Toronto Star"). */
    newspaper: readonly string[];
    /** Function words that end a news outlet's name after its head word ("Hawaii News Now"), though a name ends in none elsewhere. */
    afterNewsHead: readonly string[];
    /** Last words of an airline's name, which names one company even after a country ("Qatar Airways", "Oman Air"). */
    airline: readonly string[];
    /**
     * Last words of a street's name that head no place on their own, being ordinary words of rank
     * or housing elsewhere ("Florence Place", "Albion Terrace"; "took second place"): never a surname after a given name.
     */
    streetEnd: readonly string[];
    /** Last words of a street's name that are no surname ("Albert Drive", "Queen Victoria Road"): after a given name, or a title and a name, they make a place. */
    thoroughfare: readonly string[];
    /** Last words that make a name a school ("Lincoln High", "Oakwood Elementary"). */
    school: readonly string[];
    /** Heads of parties and public bodies, whose names take no possessive ("Modi's Bharatiya Janata Party" is two names). */
    publicBody: readonly string[];
    /** Last words that make a name a school in a text about schools ("Carver Middle"). */
    schoolInContext: readonly string[];
    /** Short last words of a university named after its state or city ("Virginia Tech", "Georgia Tech"): after a known region or city they make the two words a school. */
    schoolAfterPlace: readonly string[];
    /** Heads of an agency or a public service, which after "the" make capitalised words before them one organisation ("the Met Office"). */
    agency: readonly string[];
    /** Heads of bodies named with "for" ("Movement for Democratic Change", "Institute for Fiscal Studies"). */
    beforeFor: readonly string[];
    /** Last words of a utility's name after a name of its own ("… Water", "… Gas", "… Rail"). */
    utility: readonly string[];
    /** Words that name a stretch of water after a place's name ("the Bristol Channel", "the Severn Estuary"), and name no place alone. */
    waterAfterPlace: readonly string[];
    /** Words that name a railway or metro line after the name it is called by ("the Elizabeth Line", "the Victoria Line"), and name no place or person alone ("Railway" is left out: it heads as many companies as lines). */
    transportLine: readonly string[];
  };
  /** Words around a name that say what it names. */
  context: {
    /** Verbs that follow a speaker's name in news copy. */
    speechVerbs: readonly string[];
    /** Prepositions before a place ("in Paris", "from Lima"). */
    placePrepositions: readonly string[];
    /** Lower-case words that stand between a place preposition and a place only ("in west suburban X", "in nearby X"). */
    placeModifiers: readonly string[];
    /** Lower-case nouns of a transit stop right after its name ("the Jackson stop", "at Elm station"); singular only, as "stops" is a verb too. */
    transitStops: readonly string[];
    /** Words that, after "X's", make X a company or other organisation ("Acme's chief executive"). */
    organisationPossessions: readonly string[];
    /** Of those, what a person may have as well: "Yeltsin's spokesman", "her staff". */
    personalPossessions: readonly string[];
    /** Lower-case words that, right after a name, make it an organisation ("Acme shares fell", "an Acme spokesman"). */
    organisationFollowers: readonly string[];
    /** Last words of a byline that credits an outlet, standing alone on its line ("TBS Report", "UNB Desk"): no part of the outlet's name. */
    bylineTails: readonly string[];
    /** Words before "in X" that hold a share of X ("a position in X", "invested in X", "money in X"). */
    holdingWords: readonly string[];
    /** Words of a merger before of/between/with and a name ("the merger of X and Y", "a merger with X"). */
    mergerWords: readonly string[];
    /** Verbs of a deal after "to", "will" or "would": "X agreed to buy Y", "X and Y said they would merge". */
    dealVerbs: readonly string[];
    /** Words between a name and a deal verb: "agreed to", "plans to", "said it would". */
    dealLinks: readonly string[];
    /** Auxiliaries after "said it" that open what a body will do or has done ("said it would cut 300 jobs"). */
    businessAuxiliaries: readonly string[];
    /** Kinds of a deal only a business signs, before "deal/contract/agreement with X": "a supply deal with X". */
    commercialDealKinds: readonly string[];
    /** Nouns of a deal after such a kind: "a supply deal", "a licensing agreement". */
    dealNouns: readonly string[];
    /** Linking verbs after "said it would": what "it" would be says nothing of a body ("said it would be a disaster"). */
    linkingVerbs: readonly string[];
    /** Kinds of company that name what they make or trade after "of" in an apposition ("X, the largest exporter of copper"). */
    makersOf: readonly string[];
    /** Speakers for a body before "for X" ("a spokeswoman for X"). */
    spokesNouns: readonly string[];
    /** Kinds of a creative work right before its title ("the BBC drama X", "the soap X", "the album X"): the name is the work's. */
    workGenres: readonly string[];
    /** Plural nouns of manufactured goods that a one-word name before them is the make or model of ("Macintosh computers", "Corolla cars"), no person. */
    productNouns: readonly string[];
    /** Plural nouns of things made or sold, besides goods, whose examples after "including", "such as" or "like" are products, no people ("products, including X and Y"). */
    productKinds: readonly string[];
    /** Legislators before "for X", whose X is the constituency they sit for ("the MP for Bath"). */
    legislatorRoles: readonly string[];
    /** Lower-case offices and parts of a company before "of X" that make X one ("chief executive of X", "a subsidiary of X"). */
    officesOf: readonly string[];
    /** Words for a level of government that stand capitalised before a minister's title as its qualifier, naming no body ("Union Minister", "the Union minister of state"). */
    governmentLevels: readonly string[];
    /** Offices and bodies of a government that such a level qualifies ("minister", "cabinet"). */
    governmentOffices: readonly string[];
    /** Of the followers, the abbreviated titles written in capitals after a company's name ("Acme CEO Jane Doe"). */
    capitalFollowers: readonly string[];
    /** Words before "of"/"in" that make the next name a company: "shares of X", "a stake in X". */
    stakeWords: readonly string[];
    /** Nouns of a deal before "of X to/by/for": what is sold or taken over is a company ("the sale of X to Y"). */
    dealWords: readonly string[];
    /** Nouns of a part of an institution before "at X": "the emergency department at X" makes X the institution. */
    institutionParts: readonly string[];
    /** Verbs of joining and leaving before "the X": "joined the X", "quit the X". */
    membershipVerbs: readonly string[];
    /** Nouns before "of the X" that name its members and leaders: "members of the X". */
    membershipNouns: readonly string[];
    /** What a statement is issued in: "X said in a statement" is how news copy quotes an organisation. */
    statementWords: readonly string[];
    /** Forms of "say" after a name and a statement ("X said in a statement"). */
    sayWords: readonly string[];
    /** Verbs of a body's statements after its name ("Network Rail said", "Peace Now announced"): with them, ordinary words in capitals that open a sentence are a name. */
    bodySpeechVerbs: readonly string[];
    /** Last words of market indices: "Nasdaq Composite", "Dow Jones Industrial Average". */
    indexHeads: readonly string[];
    /** Plural nouns of kinds only companies are, before examples after "like" or "such as" ("chains like Chipotle", "banks such as Barclays"); besides the plurals of companyOnlyKinds and of "…maker". */
    companyExampleKinds: readonly string[];
    /** Words before "groups" that make the examples after it bodies ("interest groups such as X"; not "ethnic groups"). */
    bodyGroupKinds: readonly string[];
    /** Parts of a web page that a page's skip link names on a line of its own ("Skip to content", "Skip to main navigation"). */
    pageParts: readonly string[];
    /** Currency abbreviations news copy writes close up before an amount, besides ISO codes ("RM267.2", "Rs500", "Rp300"), in lower case. */
    currencyAbbreviations: readonly string[];
    /** Codes of stock exchanges in a listing ("(NYSE: GE)", "(TSX: SU)"), lower case: with them the colon may be followed by a space. */
    exchangeCodes: readonly string[];
    /** Prepositions before a place: "in Paris" is the city, "Paris said" the person. */
    locatives: readonly string[];
    /** Prepositions before a list of three places or more: "via Alby, Brent and Cole" (not "to" or "from", which also take people). */
    placeListPrepositions: readonly string[];
    /** Lower-case words after an oil grade or a traded contract: "Brent crude", "WTI futures". */
    gradeWords: readonly string[];
    /** Verbs of a market's move: "the S&P 500 rose". */
    marketMoves: readonly string[];
    /** Units of a market's move after its amount: "fell 2 percent", "gained 100 points", "2.5 %". */
    moveUnits: readonly string[];
    /** Words of a move without a verb: "with the STOXX 600 down 1 percent". */
    moveAdverbs: readonly string[];
    /** Words of polls and elections: in a text with one, two words that gain points may be a party ("the Five Star rose 3 points"). */
    pollWords: readonly string[];
    /** Lower-case nouns for a company or an organisation's kind that stand right before its name: "rival Skyreach", "carmaker Volkswagen". */
    kindNouns: readonly string[];
    /** Ordinal words that number a part of a game or a year ("First Quarter", "Second Half"). */
    partOrdinals: readonly string[];
    /** Parts of a game or a year after an ordinal word: "Third Quarter", "Second Half", "Ninth Inning". */
    numberedParts: readonly string[];
    /** Decades named by their tens, which a capital does not make a name: "in the Seventies". */
    decades: readonly string[];
    /** Words that join currencies in a list or a pair: "USD or GBP", "EUR/USD". */
    currencyJoiners: readonly string[];
    /** Prepositions of a price before its currency: "priced in USD", "the yen against the USD". */
    pricePrepositions: readonly string[];
    /** Nouns of a market's move after an index's possessive ("the Dow's losses"). */
    moveNouns: readonly string[];
    /** Lower-case words of a market report, which make an index's short form an index ("Wall Street's main indexes fell"). */
    marketReportWords: readonly string[];
    /** Words that open towns' names more than organisations' ("New Bedford", "Port Talbot"). */
    townOpeners: readonly string[];
    /** Abbreviations of "County" before a county's name in Irish copy ("Co. Kerry"), lower-case without the full stop. */
    countyAbbreviations: readonly string[];
    /** Kind nouns that people are too, before which a given name and a surname stay a person ("investor Bill Smith"). */
    personKindNouns: readonly string[];
    /** Lower-case nouns after a newspaper's, broadcaster's or agency's name: "Al-Ahram newspaper". */
    mediaKinds: readonly string[];
    /** Verbs after "The X" that only a publication or a broadcaster does there ("The Independent reported"). */
    mediaVerbs: readonly string[];
    /** People who write for a publication, before "for"/"at"/"of" and "The X" ("a writer for The Onion"). */
    mediaRoles: readonly string[];
    /** Words before a party's or a movement's name: "the ruling Jubilee party", "the opposition Social Democrats". */
    partyModifiers: readonly string[];
    /** Plural role nouns before "at X": people who work at an organisation ("analysts at Goldman Sachs"). */
    staffNouns: readonly string[];
    /** Plural staff nouns only a firm has, never a person: "Morgan Stanley analysts", "Citi economists". */
    firmStaffNouns: readonly string[];
    /** A bond or share issue's syndicate roles, which only banks fill: "lead manager X", "book runner X". */
    syndicateRoles: readonly string[];
    /** Words that make "manager" or "runner" a syndicate's role: "lead manager", "sole manager", "book runner". */
    syndicateModifiers: readonly string[];
    /** What a company reports rising or falling besides its profit and sales: "said output fell", "said copper production rose". */
    companyMeasures: readonly string[];
    /** Verbs of a deal's advisers before "by": "the sale was advised by X", "arranged by X". */
    adviserVerbs: readonly string[];
    /** Nouns of a company's fund-raising ("funding", "round", "financing"): in their sentence "led by X" or "investors X and Y" names investors. */
    fundingNouns: readonly string[];
    /** Units of a distance between places ("miles", "km"): "Leslie, about 77 miles north of Little Rock" makes the name a place. */
    distanceUnits: readonly string[];
    /** Words of an approximate distance before its number: "about", "some", "roughly". */
    approximations: readonly string[];
    /** Verbs before "by" that name a round's investors: "led by X", "co-led by X", "backed by X". */
    fundingLeadVerbs: readonly string[];
    /** Verbs of an election's result before a number of seats: "X won 133 seats". */
    seatVerbs: readonly string[];
    /** Nouns of what a party wins in an election: "seats", "mandates". */
    seatNouns: readonly string[];
    /** Verbs of a measure's change: "output fell", "production rose". */
    measureMoves: readonly string[];
    /** Nouns that describe a person in an apposition: "X, a 45-year-old teacher". */
    personNouns: readonly string[];
    /** Nouns of kin and of a baby that stand right before a person's given name: "baby Elizabeth", "her son Austin". */
    kinNouns: readonly string[];
    /** Words that open a link to another story at a line's start ("Read more:", "Related:"). */
    relatedMarkers: readonly string[];
    /** Words before a storm's name: "Hurricane Milton", "Tropical Storm Idalia". */
    stormWords: readonly string[];
    /** Words before a storm word that are part of the storm's name: "Tropical Storm Idalia". */
    stormModifiers: readonly string[];
    /** Words before a list of earlier storms' names in a sentence about a storm: "the fourth named storm, after Ashley and Bert". */
    stormListOpeners: readonly string[];
    /** Singular nouns that describe an organisation in an apposition: "X, a Dutch logistics firm,". */
    organisationNouns: readonly string[];
    /** Lower-case roles that a party, company or other organisation gives a person: "Labour leader Tony Blair". */
    memberRoles: readonly string[];
    /**
     * Lower-case nouns that make a job title with a role after them ("portfolio manager",
     * "campaign manager", "creative director"): capitalised as a sentence's first word they
     * name no organisation ("Portfolio manager Ann Cole said").
     */
    jobModifiers: readonly string[];
    /** The roles those modifiers make job titles of: "manager", "director", "officer". */
    jobRoles: readonly string[];
    /**
     * What only a company has, after "X's": "X's chief executive", "X's shareholders" (not
     * "spokesman", "staff", "shares" or "earnings": people have those too).
     */
    /** What a company reports after its possessive, read only for a name taken for a person: "X's same-store sales", "X's earnings". */
    /** Offices of a town or a region before "of" and its name: "the mayor of Dunmore", "the governor of Kano". */
    placeOffices: readonly string[];
    companyResultsOwned: readonly string[];
    companyOnlyPossessions: readonly string[];
    /**
     * Plural outlets of a chain, after "X's": "Kohl's stores", "Wendy's restaurants" (and
     * "department store" in one: "Macy's department store"): a retailer named in the possessive.
     */
    chainOutlets: readonly string[];
    /**
     * Nouns of compiled numbers after a source's name ("Cirium schedule data", "Refinitiv
     * estimates") and participles before "by" and it ("compiled by", "polled by"): a data firm's context.
     */
    dataNouns: readonly string[];
    dataParticiples: readonly string[];
    /** Verbs of entering premises before a possessive with no noun after it: "entered Macy's with a rifle". */
    premisesVerbs: readonly string[];
    /** Of a company's offices, those after "chief": "chief executive", "chief financial officer". */
    chiefOffices: readonly string[];
    /** Verbs of a company's results before what it reports: "X reported a rise in profit", "X posted a loss". */
    resultsVerbs: readonly string[];
    /** What only a company moves as its own after a verb: "X lowered its forecast", "X cut its dividend". */
    ownedMeasures: readonly string[];
    /** Verbs a company's results take before a sum: "X said it earned $184 million", "said it lost €2 billion". */
    earningsVerbs: readonly string[];
    /** What only a company's results report: profit, revenue, a dividend. */
    resultsObjects: readonly string[];
    /** Lower-case nouns of a group's members after its name: "Boko Haram fighters", "Fidesz lawmakers" (not "supporters" or "officials": "Trump supporters", "Obama officials"). */
    groupMemberNouns: readonly string[];
    /** Verbs before "responsibility" that an armed group does: "Al-Shabaab claimed responsibility". */
    claimVerbs: readonly string[];
    /** Lower-case nouns after which ", X," names a company's part: "the wind-turbine unit, Siemens Gamesa,". */
    companyParts: readonly string[];
    /** Adjectives of parties that news copy writes before a noun ("the Republican nomination"). */
    partyAdjectives: readonly string[];
    /** Party words that are also the party's whole name used as a noun ("Labour won", "backed Labour"), unlike a member's word ("a Republican"). */
    partyNames: readonly string[];
    /** Words before "to" that make the next name a source ("according to X"). */
    sourceBeforeTo: readonly string[];
    /** Verbs right before a name that make it a source ("told X"). */
    sourceVerbs: readonly string[];
    /** Lower-case nouns of a workforce after a name that is no person's ("Qantas pilots"). */
    workforceNouns: readonly string[];
    /** Nouns of the people who live somewhere, before "of"/"in" and a place ("residents of X", "villagers in X"). */
    inhabitantNouns: readonly string[];
    /** Lower-case nouns of a settlement or an area before "of" and its name ("the town of X", "the county of X"). */
    settlementNouns: readonly string[];
    /** Nouns of a place after an article that describe a sentence's first word as one ("Nice is the fifth-largest city", "Split, a port town"), besides the settlement nouns. */
    placeCueNouns: readonly string[];
    /** Lower-case nouns of a part of a place before "of X" that make X a place ("the outskirts of X", "north of X", "most of X"). */
    placePartsOf: readonly string[];
    /** Verbs between a sentence's first word and its description as a place ("is", "was", "remains"). */
    placeCueVerbs: readonly string[];
    /** Verbs of going, before "from X" that makes X where one went from ("returned from X", "fled from X"). */
    travelVerbs: readonly string[];
    /** Of the kind nouns, those that never describe a country or a region ("carrier Emirates", "carmaker Jordan"). */
    companyOnlyKinds: readonly string[];
    /** Of those, the ones that open a sentence before a company's name and are never its first word ("Retailer Walmart said", not "Carrier Global"). */
    openingKinds: readonly string[];
    /** Words of a text about schools ("classes", "pupils"), in which "X Middle" is a school. */
    schoolWords: readonly string[];
    /** Verbs of what only people do, after their subject: "X pleaded guilty", "X testified" (no place does these). */
    personDeeds: readonly string[];
    /** Participles of what is done only to people, after "was"/"were": "X was sentenced", "X were arrested". */
    personPassives: readonly string[];
    /** Verbs of a company's business after its name ("X orders 50 jets", "X reported a profit"). */
    businessVerbs: readonly string[];
    /** Lower-case objects of those verbs that only a company has or takes ("profit", "jets", "chief executive"). */
    businessObjects: readonly string[];
    /** Objects of a carrier's or a chain's service ("flights", "routes", "fares", "stores"): after an auxiliary they make a demonym the company ("Norwegian will open new routes"). */
    serviceObjects: readonly string[];
    /** Words that may open a clause before a demonym that names a company: "and", "but", "while". */
    clauseJoins: readonly string[];
    /** Verbs after "X, which" that make X a body of people or a business ("X, which represents nurses", "X, which owns the chain"). */
    organisationClauseVerbs: readonly string[];
  };
  /** Words of sports reports. */
  sports: {
    /** Verbs of a match result after the side that plays: "Juventus lost", "Roma drew". */
    resultVerbs: readonly string[];
    /** Words before the side a match is played against: "beat X", "against X", "beating X". */
    opponentWords: readonly string[];
    /** Verbs of a match to come between two sides: "Bayern will host Dortmund on Saturday", "Leeds face Hull". */
    fixtureVerbs: readonly string[];
    /** Words that only a sports report uses ("striker", "midfielder", "relegation"): one makes the text a report even with no score. */
    /** Words before a race noun that make a sports race: "the title race", "the relegation battle". */
    raceModifiers: readonly string[];
    /** Nouns of a contest in a league: "race", "battle", "fight". */
    raceNouns: readonly string[];
    reportWords: readonly string[];
    /** Verbs before a town that make it the club one moves to ("joined Everton"). */
    joinVerbs: readonly string[];
    /** Result verbs that a player does as often as a side ("Dries Mertens scored"). */
    playerResultVerbs: readonly string[];
    /** Verbs before "for" and a town that make it the club one plays for ("played for Leicester", "signed for Leeds"). */
    playForVerbs: readonly string[];
    /** Nouns of a player's tally before "for" and a town that make it the club ("31 goals for Leeds", "200 appearances for Hull"). */
    tallyNouns: readonly string[];
    /** Nouns of a player's part in a result before "for" and a side, in a sports report ("two-goal heroes for Leeds", "the scorers for Hull"). */
    starNouns: readonly string[];
    /** Nouns of one player's box score, never a side's ("rebounds", "assists"), and "points", a side's too but in smaller counts. */
    statLineNouns: readonly string[];
    /** Adverbs between a verb of playing and "for" ("scored twice for Leeds", "played again for Hull"). */
    playAdverbs: readonly string[];
    /** Verbs before "from" and a town that make it the club a player comes from ("joined from Lyon", "signed from Porto"). */
    arrivalVerbs: readonly string[];
    /** Nouns of a league table after a position and "of the": "top of the table", "bottom of the standings". */
    tableNouns: readonly string[];
    /** Verbs and nouns that take the other side after a preposition: "lost to X", "drew with X", "win over X", "defeat by X". */
    resultBeforePreposition: readonly string[];
    /** Prepositions after such a word before the other side ("lost to X", "drew with X"). */
    resultPrepositions: readonly string[];
    /** Lower-case nouns before a side: "leaders Leverkusen", "champions Ajax", "Bundesliga side Freiburg". */
    /** What only a club has after its name's possessive: "Liverpool's teams", "Monaco's academy", "Leeds's manager". */
    /** Verbs that give a side the lead: "had given Southampton the lead", "put Leeds ahead". */
    leadGivers: readonly string[];
    /** Nouns of a match that one loses or draws to or with a side: "lost the match to X". */
    matchNouns: readonly string[];
    clubBelongings: readonly string[];
    /** A club's followers right after its name: "Leeds fans", "Everton players". */
    clubFollowers: readonly string[];
    sideNouns: readonly string[];
    /** What a side gains after "their" ("Leeds doubled their lead", "got their first win"): a town gains none of these. */
    sideGains: readonly string[];
    /** Modal verbs a side's gain may follow: "Newcastle could have secured all three points". */
    gainModals: readonly string[];
    /** Verbs of a table position: "Munich remains second", "Inter stayed top". */
    standingVerbs: readonly string[];
    /** Table positions after such a verb (optionally after "up" or "down"). */
    positions: readonly string[];
    /** Prepositions before a club's city that name the place, not the side: "in Munich", "at Leeds". */
    groundWords: readonly string[];
    /** Verbs right before "the X" that name a side one joins or beats: "joined the Pirates". */
    teamVerbs: readonly string[];
    /** What a side wins or loses, after "the" or "a": "The Springboks won the final" (a match's name, no election or vote). */
    /** Nouns of a contest between two sides that "between the Xs and the Ys" follows ("a showdown between the Cavs and the Warriors"). */
    pairingNouns: readonly string[];
    contestNouns: readonly string[];
    /** Prepositions before "the X" that name a side after a word of playing: "played for the Pirates", "a season with the Owls". */
    teamPrepositions: readonly string[];
    /** Words of playing before "for/with the X" ("played for the Pirates", "a season with the Owls"). */
    playWords: readonly string[];
    /** Words that make a text a sports report, so that a company's name before a city is its club ("Bayer Leverkusen"): lower-case sports nouns and one-word competition names. */
    words: readonly string[];
    /** Words that open a sports club's name before its city ("Bayern Munich", "Dynamo Kiev", "Sporting Lisbon", "Red Star Belgrade"): general football knowledge. */
    clubFirst: readonly string[];
    /** Last words of a club's name after its city ("Manchester United", "Blackburn Rovers"). */
    clubLast: readonly string[];
    /** Of a club's last words, those that name the club alone in a report on it ("Manchester City … City's second goal"), capitalised. */
    clubShortLast: readonly string[];
    /** Lower-case words after a club's city that make it the club ("Leeds striker", "Milan coach"). */
    clubRoles: readonly string[];
    /** Words of a match result around a city that make it the club ("Barcelona beat Valencia"). */
    matchVerbs: readonly string[];
    /** Counts before "points" in a table gap: "four points clear", "a point behind". */
    pointCounts: readonly string[];
    /** The word of points in a table gap ("four points clear"). */
    pointWords: readonly string[];
    /** Words after "N points" that make it a gap in a league table: "clear (of)", "behind", "adrift (of)". */
    gapWords: readonly string[];
    /** The gap words that only a league table uses ("four points clear", "two points adrift"), not a poll ("14 points behind"). */
    tableGapWords: readonly string[];
    /** Plural verbs that British copy puts after a club named by its town ("Tottenham were held", "Leeds have sacked"): a town as a place takes the singular. */
    pluralVerbs: readonly string[];
    /** Units of a winning margin after "by" that only sides win by ("by 10 runs", "by five wickets"). */
    marginUnits: readonly string[];
    /** Roles of a playing side after a county's or a state's name that make it the club ("Essex captain Paul Prichard"). */
    playingRoles: readonly string[];
    /** Verbs of a club's dealings in players and staff: "Everton have signed the defender", "Brighton sacked their manager". */
    transferVerbs: readonly string[];
    /** Verbs only a player's goal takes: "X's Gianluca Vialli scored the winner". */
    scoringVerbs: readonly string[];
    /** Verbs of a player's stat line before a count of points, lower case ("Embiid scored 10 points", "Reed had 12 points"): what a player scores, not the points a side takes in a table. */
    statLineVerbs: readonly string[];
    /** A cricket scorecard's marks of how a batsman was out, before the fielder's or bowler's name: "c Latif b Wasim", "lbw b Waqar", "st Moin". */
    dismissalMarks: readonly string[];
    /** Words between such a verb and the role: "signed the defender", "sacked their manager". */
    transferDeterminers: readonly string[];
  };
  /** Patterns written in the language's words. */
  patterns: {
    /** Endings of ordinary words (adverbs, abstract nouns) that names rarely have: "-ly", "-ness", "-tion". */
    commonWordEnding: RegExp;
    /** An ordinal number as the language writes it: "3rd", "10th". */
    ordinal: RegExp;
    /** Endings of adjectives, for words with no known part of speech: "classical", "northern", "historic". */
    adjectiveEnding: RegExp;
    /** Endings of words for a belief's or a people's followers used as adjectives ("Islamist", "Maoist", "Shiite", "Houthi"): no group's name before its members. */
    followerEnding: RegExp;
    /** Endings of role nouns the lexicon may lack ("Ombudsman", "Spokesperson"): after a title such a word is the office, no surname. */
    roleNounEnding: RegExp;
  };
}
