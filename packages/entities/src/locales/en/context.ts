import type { Locale } from '../types.js';

/**
 * English. Words around a name that say what it names ("shares of X", "X said in a statement").
 * General English and news-style knowledge, hand-written (no corpus strings).
 */
export const context: Locale['context'] = {
  /** Verbs that follow a speaker's name in news copy. */
  speechVerbs: ('said says told added noted stated argued explained insisted warned wrote asked replied recalled acknowledged ' +
    'admitted announced claimed confirmed declared denied described emphasized emphasised estimated believes ' +
    'believed thinks thought arrived met visited urged predicted cautioned suggested commented continued concluded ' +
    'proposed called hopes hoped wants wanted plans planned resigned died testified').split(' '),
  /** Prepositions before a place ("in Paris", "from Lima"). */
  placePrepositions: 'in at from near into outside inside around via'.split(' '),
  placeModifiers: ('north south east west northern southern eastern western northeast northwest southeast southwest northeastern ' +
    'northwestern southeastern southwestern central suburban nearby rural downtown outlying neighboring neighbouring coastal upstate').split(' '),
  transitStops: ['stop', 'station'],
  /** Words that, after "X's", make X a company or other organisation ("Acme's chief executive"). */
  organisationPossessions: ('chief ceo cfo coo chairman chairwoman chairperson spokesman spokeswoman spokesperson board shares stock ' +
    'shareholders headquarters subsidiary subsidiaries founder co-founder website profits profit revenue revenues ' +
    'earnings employees staff executives directors').split(' '),
  /** Of those, what a person may have as well: "Yeltsin's spokesman", "her staff". */
  personalPossessions: 'spokesman spokeswoman spokesperson staff website founder co-founder'.split(' '),
  /** Lower-case words that, right after a name, make it an organisation ("Acme shares fell", "an Acme spokesman"). */
  organisationFollowers: 'shares stock shareholders spokesman spokeswoman spokesperson ceo executives poll polls survey surveys'.split(' '),
  bylineTails: ['report', 'desk'],
  /** Offices and parts of a company before "of X": "chief executive of X", "a subsidiary of X" (not "spokesman", "founder": people have those). */
  officesOf: 'ceo cfo coo chairman chairwoman chairperson headquarters subsidiary subsidiaries shareholders shareholder executives employees directors'.split(' '),
  /** India's central government is the Union's: "Union Minister X", "the Union cabinet". */
  governmentLevels: ['union'],
  governmentOffices: ['minister', 'ministers', 'cabinet', 'government', 'govt'],
  /** Titles in capitals right after a company's name: "Acme CEO Jane Doe". */
  capitalFollowers: 'ceo cfo coo cto vp evp'.split(' '),
  /** Lower-case nouns of a workforce after a name that is no person's: "Qantas pilots", "a Boeing engineer". */
  workforceNouns: 'executive employees employee workers engineers engineer pilots pilot staffers'.split(' '),
  /** Words before "of"/"in" that make the next name a company: "shares of X", "a stake in X". */
  stakeWords: 'shares stake stakes stock stocks shareholders shareholder'.split(' '),
  /** Words before "in X" that hold a share of X: "a position in X", "invested in X", "money in X". */
  holdingWords: 'position positions invested invest invests investing investment investments money holding holdings interest'.split(' '),
  /** Words of a merger before of/between/with and a name: "the merger of X and Y", "a merger with X" (companies and other bodies merge). */
  mergerWords: 'merger mergers merge merged merging tie-up'.split(' '),
  /** Verbs of a deal after "to", "will" or "would": "X agreed to buy Y", "X and Y said they would merge". */
  dealVerbs: ['buy', 'acquire', 'purchase', 'merge'],
  /** Words between a name and a deal verb: "agreed to", "plans to", "said it would", "have agreed to". */
  /** Auxiliaries after "said it" that open what a body will do or has done: "said it would cut 300 jobs". */
  businessAuxiliaries: 'would will had has was is could might may plans planned expects expected aims intends'.split(' '),
  commercialDealKinds: 'supply offtake distribution licensing procurement outsourcing leasing refuelling refueling'.split(' '),
  dealNouns: 'deal deals contract contracts agreement agreements'.split(' '),
  // (With their participles after "had"/"has": "said it had been a hard year" tells nothing of who speaks.)
  linkingVerbs: 'be become remain seem prove stay look feel sound get been remained seemed proved proven stayed'.split(' '),
  /** Kinds of company that name what they make or trade after "of": "the largest exporter of copper" (not producer, owner, publisher: people are those too). */
  makersOf: 'manufacturer supplier distributor exporter importer refiner'.split(' '),
  dealLinks: 'agreed agrees has have had plans planned plan offered offers wants intends said says it they would will to'.split(' '),
  /** Speakers for a body before "for X": "a spokeswoman for X" (a known person's name keeps its reading). */
  spokesNouns: 'spokesman spokeswoman spokesperson spokespeople spokesmen spokeswomen'.split(' '),
  /**
   * Kinds of a creative work right before its title: "the BBC drama X", "the soap X", "the album X".
   * Not "play", "show", "book" or "film": verbs too ("they play Chelsea", "polls show Biden").
   */
  /** Plural nouns of manufactured goods: a one-word name right before one is a make or a model ("Macintosh computers"), no person. */
  productNouns: 'computers laptops phones smartphones handsets tablets cars trucks vehicles cameras consoles devices printers jets airliners aircraft helicopters engines chips processors tractors motorcycles'.split(' '),
  productKinds: 'products services apps applications programs programmes platforms models drugs medicines titles games'.split(' '),
  workGenres: 'drama dramas soap sitcom series miniseries documentary movie novel album musical opera podcast thriller comedy song ballad'.split(' '),
  /** Legislators before "for X": X is the constituency they sit for ("the Labour MP for Bath"; not "member": "members for Trump"). */
  legislatorRoles: 'mp mps mep meps msp mla mpp td congressman congresswoman assemblyman assemblywoman councillor councilor alderman'.split(' '),
  /** Nouns of a deal before "of X to/by/for": what is sold or taken over is a company ("the sale of X to Y"). */
  dealWords: 'sale takeover acquisition purchase buyout privatisation privatization sell-off selloff'.split(' '),
  /** Nouns of a part of an institution before "at X": "the emergency department at X" makes X the institution. */
  institutionParts: 'department unit ward wards faculty laboratory lab clinic wing division desk office'.split(' '),
  /** Verbs of joining and leaving before "the X": "joined the X", "quit the X". */
  membershipVerbs: 'join joins joined joining rejoined quit quits leaving'.split(' '),
  /** Nouns before "of the X" that name its members and leaders: "members of the X". */
  membershipNouns: 'member members leader leaders leadership chairman chairwoman spokesman spokeswoman spokesperson founder founders headquarters'.split(' '),
  /** What a statement is issued in: "X said in a statement" is how news copy quotes an organisation. */
  statementWords: ['statement', 'filing', 'release', 'communique', 'communiqué'],
  sayWords: ['said', 'says', 'say'],
  /** Verbs of a body's statements after its name: "Network Rail said", "Peace Now announced". */
  bodySpeechVerbs: 'said says told announced announces confirmed warned stated added urged'.split(' '),
  /** Last words of market indices: "Nasdaq Composite", "Dow Jones Industrial Average". */
  indexHeads: ['composite', 'index', 'average', 'indices'],
  /** Prepositions before a place: "in Paris" is the city, "Paris said" the person. */
  /** Plural nouns of kinds only companies are, before examples after "like" or "such as" ("chains like Chipotle"); not "investors" or "developers", which people are too. */
  companyExampleKinds: ['chains', 'banks', 'firms', 'companies', 'brands', 'retailers', 'lenders', 'insurers', 'airlines', 'carriers', 'automakers', 'carmakers', 'startups', 'networks', 'broadcasters',
    'organizations', 'organisations', 'charities', 'nonprofits', 'unions', 'agencies', 'outlets', 'newspapers', 'publications', 'universities'],
  /** Words before "groups" that make the examples after it bodies: "interest groups such as X", "advocacy groups like Y" (not "ethnic groups such as the Uighurs"). */
  bodyGroupKinds: 'interest advocacy lobby lobbying activist pressure campaign conservation environmental militant armed terror terrorist rebel extremist civic'.split(' '),
  /** Parts of a web page that a skip link names on a line of its own ("Skip to content", "Skip to main navigation"). */
  pageParts: ['content', 'navigation', 'menu', 'footer', 'sidebar'],
  /**
   * Currency abbreviations written close up before an amount, besides ISO codes: ringgit (RM),
   * rupees (Rs), rupiah (Rp), shillings (KSh, Sh), yuan (RMB), dirhams (Dh, Dhs), riyals (SR, QR),
   * taka (Tk), kronor (Kr), zloty (Zl).
   */
  /** Stock exchanges' codes in a company's listing: "(NYSE: GE)", "(TSX: SU)", "(ASX: BHP)" (general market knowledge). */
  exchangeCodes: 'nyse nasdaq amex otc lse lon tsx tsxv cse asx nzx nse bse hkex sgx jse krx etr fra epa'.split(' '),
  currencyAbbreviations: 'rm rs rp ksh sh rmb dh dhs sr qr tk kr zl'.split(' '),
  locatives: 'in at from to near into across outside inside around toward towards via through'.split(' '),
  /** Prepositions before a list of three places or more: "via Alby, Brent and Cole" ("to" and "from" also take people). */
  placeListPrepositions: 'in at near via across around through outside inside between'.split(' '),
  /** Lower-case words after an oil grade or a traded contract: "Brent crude", "WTI futures". */
  gradeWords: ['crude', 'futures'],
  /** Verbs of a market's move: "the S&P 500 rose". */
  marketMoves: 'rose fell gained added lost slipped dropped climbed closed ended edged jumped tumbled slid rallied declined advanced eased finished opened was is futures'.split(' '),
  moveUnits: 'percent per pct % points point'.split(' '),
  moveAdverbs: ['up', 'down'],
  pollWords: 'poll polls polling survey surveys vote votes voters election elections ballot seats'.split(' '),
  /** Lower-case nouns for a company or an organisation's kind that stand right before its name: "rival Skyreach", "carmaker Volkswagen". */
  kindNouns: ('rival rivals carmaker automaker retailer chipmaker drugmaker airline carrier lender insurer miner conglomerate ' +
    'brewer supermarket broker brokerage operator manufacturer maker producer giant startup start-up developer publisher ' +
    'broadcaster newspaper regulator watchdog utility firm company group bank investor fund distributor supplier ' +
    'shipper refiner exporter importer telecoms outfit chain subsidiary unit parent automakers carmakers banks ' +
    'lenders retailers airlines insurers firms companies arm coalition alliance bloc ' +
    'explorer explorers steelmaker planemaker shipbuilder homebuilder suppliers miners brewers refiners').split(' '),
  /** Nouns of a market's move after an index's possessive: "Dow's losses", "the Nikkei's gains". */
  partOrdinals: 'first second third fourth fifth sixth seventh eighth ninth tenth extra final'.split(' '),
  numberedParts: 'quarter quarters half halves period periods inning innings round set'.split(' '),
  decades: 'twenties thirties forties fifties sixties seventies eighties nineties'.split(' '),
  currencyJoiners: ['or', 'and', ',', '/'],
  pricePrepositions: 'in into per against versus vs'.split(' '),
  moveNouns: 'losses loss gains gain fall rise slide rally decline drop advance climb slump surge rebound'.split(' '),
  /** Lower-case words of a market report: "Wall Street's main indexes fell", "stocks rose". */
  marketReportWords: ['index', 'indexes', 'indices', 'stocks', 'equities'],
  /** Words that open towns' names more than organisations' ("New Bedford", "Port Talbot", "North Platte"). */
  townOpeners: 'new fort port mount lake north south east west san santa saint st'.split(' '),
  /** Abbreviations of "County" in Irish copy: "Listowel, Co. Kerry", "a farm in Co. Cork". */
  countyAbbreviations: ['co'],
  /** Kind nouns that people are too: a given name and a surname after them is a person ("investor Bill Smith", "rival Mark Jones"). */
  personKindNouns: 'investor investors rival rivals developer producer publisher broker distributor supplier exporter importer'.split(' '),
  /** Lower-case nouns after a newspaper's, broadcaster's or agency's name: "Al-Ahram newspaper". */
  mediaKinds: 'newspaper daily weekly magazine tabloid broadcaster newswire website'.split(' '),
  /** Verbs after "The X" that a publication does ("The Independent reported"; not "wrote": "the Founding Fathers wrote"). */
  mediaVerbs: 'reported reports quoted published publishes revealed reveals editorialised editorialized'.split(' '),
  /** People who write for a publication: "a writer for The Onion", "the editor of The Lancet". */
  mediaRoles: 'writer writers columnist columnists editor editors reporter reporters correspondent critic contributor journalist journalists cartoonist publisher'.split(' '),
  /** Words before a party's or a movement's name: "the ruling Jubilee party", "the opposition Social Democrats". */
  partyModifiers: ['opposition', 'ruling', 'governing'],
  /** Plural role nouns before "at X": people who work at an organisation ("analysts at Goldman Sachs"). */
  staffNouns: ('analysts analyst economists economist strategists strategist traders trader researchers executives ' +
    'employees lawyers bankers dealers engineers scientists managers officials workers').split(' '),
  /** (Not "officials", "lawyers", "strategists": "Trump officials", "Clinton strategists" are a person's or a campaign's.) */
  firmStaffNouns: ['analysts', 'economists', 'traders', 'dealers'],
  /** A bond or share issue's syndicate roles, which only banks fill: "lead manager X", "book runner X". */
  syndicateRoles: 'manager managers runner runners bookrunner bookrunners co-manager co-managers'.split(' '),
  /** Words that make "manager" or "runner" a syndicate's role ("team manager", "fund manager" stay people's). */
  syndicateModifiers: 'lead sole co-lead joint book co'.split(' '),
  /** What a company reports rising or falling besides its profit and sales: "said output fell", "said copper production rose". */
  companyMeasures: 'output production shipments deliveries volumes orders margins bookings'.split(' '),
  /** Verbs of a deal's advisers before "by": "the sale was advised by X", "arranged by X". */
  adviserVerbs: ['advised', 'underwritten', 'arranged', 'brokered'],
  /** Nouns of fund-raising: in their sentence "led by X" or "participation from X, Y and Z" names investors (not "round": golf and talks have rounds led by people). */
  fundingNouns: 'funding financing fundraise fundraising seed investment investments valuation'.split(' '),
  /** Units of a distance between places: "Leslie, about 77 miles north of Little Rock". */
  distanceUnits: 'mile miles mi km kms kilometre kilometres kilometer kilometers'.split(' '),
  /** Words of an approximate distance before its number: "about 77 miles". */
  approximations: 'about some roughly around nearly almost approximately just only barely'.split(' '),
  /** Verbs before "by" that name a round's investors: "a round led by X", "backed by X". */
  fundingLeadVerbs: ['led', 'co-led', 'backed', 'joined'],
  /** Verbs of an election's result before a number of seats: "X won 133 seats". */
  seatVerbs: 'won wins took takes secured gained gains lost loses holds held captured kept'.split(' '),
  /** Nouns of what a party wins in an election: "seats", "mandates". */
  seatNouns: ['seats', 'mandates'],
  /** Verbs of a measure's change: "output fell", "production rose". */
  measureMoves: 'rose fell climbed dropped declined jumped slipped slumped surged increased decreased grew narrowed widened doubled halved'.split(' '),
  /** Nouns that describe a person in an apposition: "X, a 45-year-old teacher". */
  organisationNouns: ('firm company group bank carrier airline lender insurer retailer carmaker automaker chipmaker drugmaker ' +
    'maker manufacturer producer brewer miner broker brokerage operator developer publisher broadcaster newspaper startup start-up ' +
    'conglomerate subsidiary supplier distributor refiner exporter importer chain outfit consultancy agency charity ' +
    'nonprofit non-profit organisation organization association union federation coalition alliance party club ' +
    'foundation institute think-tank consortium cooperative co-operative body regulator watchdog utility fund funds').split(' '),
  relatedMarkers: ['read more', 'related', 'see also', 'also read', 'read also', 'more', 'watch', 'listen', 'related stories',
    'related articles', 'related coverage', 'recommended', 'you may also like', 'also see', 'more on this story', 'opinion'],
  stormWords: 'hurricane typhoon cyclone storm superstorm supertyphoon'.split(' '),
  stormModifiers: ['tropical', 'severe', 'super', 'post-tropical', 'extratropical'],
  stormListOpeners: ['after', 'following', 'before', 'like', 'including'],
  kinNouns: ('baby babies daughter son wife husband sister brother mother father mom dad mum granddaughter grandson niece nephew ' +
    'cousin aunt uncle grandmother grandfather stepdaughter stepson girlfriend boyfriend fiancee fiancée fiance fiancé twin').split(' '),
  personNouns: ('woman man girl boy mother father wife husband son daughter widow widower grandmother grandfather resident student ' +
    'teacher lawyer doctor nurse farmer activist official veteran author writer novelist poet actor actress singer ' +
    'musician player politician businessman businesswoman journalist reporter priest worker employee professor ' +
    'researcher scientist survivor victim citizen native entrepreneur mayor senator lawmaker candidate coach ' +
    'footballer cricketer athlete artist photographer designer engineer pilot soldier officer refugee mom dad').split(' '),
  /** Lower-case roles that a party, company or other organisation gives a person: "Labour leader Tony Blair". */
  memberRoles: 'leader chief chairman chairwoman boss founder co-founder lawmaker legislator deputy candidate member official executive secretary-general treasurer economist analyst strategist lawyer negotiator'.split(' '),
  /** Nouns that make a job title with a role after them ("portfolio manager", "campaign manager", "art director"), not an organisation and its role. */
  jobModifiers: ('portfolio fund hedge asset investment wealth money campaign project program programme general account accounts ' +
    'sales marketing brand product communications research risk operations office branch store shop property plant ' +
    'site stage tour team talent regional area district country city county finance financial press policy political ' +
    'field creative art design production casting music development business client relationship content digital ' +
    'media event events community facilities construction compliance credit trading supply logistics safety quality ' +
    'crisis care case data technical medical nursing editorial engineering personnel payroll procurement purchasing ' +
    'retail restaurant hotel sports travel transport traffic security fleet warehouse').split(' '),
  jobRoles: 'manager managers director directors officer officers coordinator coordinators supervisor supervisors administrator administrators consultant consultants specialist specialists'.split(' '),
  /** What only a company has after "X's": a person named in full has no chief executive, board or shareholders. */
  companyOnlyPossessions: 'ceo cfo coo chairman chairwoman chairperson headquarters subsidiary subsidiaries shareholders board revenue revenues profit profits'.split(' '),
  placeOffices: 'mayor mayors governor governors premier sheriff mayoress burgomaster alderman aldermen councillors councilors townspeople'.split(' '),
  companyResultsOwned: ['sales', 'earnings', 'dividend', 'dividends', 'margins'],
  chiefOffices: ['executive', 'financial', 'operating', 'technology', 'investment'],
  premisesVerbs: 'entered enters entering enter robbed raided visited reopened'.split(' '),
  chainOutlets: 'stores restaurants outlets locations branches shops supermarkets franchises'.split(' '),
  dataNouns: 'data figures estimates statistics survey surveys poll polls consensus numbers ratings rankings'.split(' '),
  dataParticiples: 'compiled polled surveyed expected estimated tracked calculated provided collected'.split(' '),
  resultsVerbs: 'reported reports posted posts booked books'.split(' '),
  ownedMeasures: 'forecast forecasts outlook guidance dividend dividends workforce payroll stake'.split(' '),
  earningsVerbs: 'earned earns netted nets reported posted booked lost made'.split(' '),
  resultsObjects: 'profit profits loss losses revenue revenues earnings results turnover dividend dividends'.split(' '),
  groupMemberNouns: 'fighters militants rebels insurgents gunmen guerrillas guerillas lawmakers legislators deputies councillors councilors'.split(' '),
  claimVerbs: ['claimed', 'claims', 'claim', 'claiming'],
  /** Lower-case nouns after which ", X," names a company's part: "the wind-turbine unit, Siemens Gamesa,". */
  companyParts: 'unit subsidiary division affiliate spinoff spin-off'.split(' '),
  /** Adjectives of parties that news copy writes before a noun ("the Republican nomination", "Democratic voters"). */
  partyAdjectives: 'republican democratic democrat conservative labour liberal socialist communist tory'.split(' '),
  /**
   * Party words that name the party itself when used alone as a noun ("Labour won 418 seats",
   * "backed Labor"), where the other party words name a member ("a Republican said").
   */
  partyNames: ['labour', 'labor'],
  /** Words before "to" that make the next name a source ("according to X"). */
  sourceBeforeTo: ['according'],
  /** Verbs right before a name that make it a source, someone told or quoted ("told X", "tells X"). */
  sourceVerbs: ['told', 'tells', 'telling'],
  /** Nouns of the people who live somewhere, before "of"/"in" and a place ("residents of X", "villagers in X"). */
  inhabitantNouns: 'residents resident inhabitants people villagers townspeople townsfolk locals citizens natives population'.split(' '),
  /** Lower-case nouns of a settlement or an area before "of" and its name ("the town of X", "the county of X"). */
  settlementNouns: ['town', 'city', 'village', 'county', 'district', 'province', 'region', 'municipality', 'island', 'islands', 'suburb', 'hamlet', 'borough', 'township', 'parish', 'area',
    // South Asian subdivisions: Bangladesh's upazilas and unions, Pakistan's and India's tehsils and talukas.
    'upazila', 'tehsil', 'taluka', 'taluk', 'mandal'],
  /** Nouns of a place after an article that describe a sentence's first word ("Nice is the fifth-largest city", "Split, a port town"). */
  placeCueNouns: ['capital', 'port', 'resort', 'metropolis', 'seaport'],
  /** Parts of a place before "of X": "the outskirts of X", "north of X", "the centre of X" (and a settlement noun: "the city of X"). */
  placePartsOf: 'outskirts suburbs suburb centre center heart streets edge north south east west northeast northwest southeast southwest north-east north-west south-east south-west capital'.split(' '),
  /** Verbs between a sentence's first word and its description as a place, or before which a town named elsewhere after "in" stays the town ("Split was quiet"). */
  placeCueVerbs: 'is was remains remained became has had'.split(' '),
  /** Forms of the verbs of going before "from X": "returning from X", "flew back from X", "fled from X". */
  travelVerbs: (
    'return returns returned returning fly flies flew flown flying flee flees fled fleeing travel travels ' +
    'travelled traveled travelling traveling arrive arrives arrived arriving drive drives drove driven driving ' +
    'sail sails sailed sailing evacuate evacuated evacuating escape escaped escaping depart departs departed departing ' +
    'commute commutes commuted commuting relocate relocated relocating migrate migrated migrating deported ' +
    'airlifted rescued'
  ).split(' '),
  /** Of the kind nouns, those that never describe a country or a region ("carrier Emirates", "carmaker Jordan"). */
  /** Words of a text about schools ("classes", "pupils"), in which "X Middle" is a school. */
  personDeeds: 'pleaded pled testified confessed apologised apologized'.split(' '),
  personPassives: 'sentenced arrested convicted acquitted jailed indicted detained injured wounded born'.split(' '),
  schoolWords: 'school schools student students pupil pupils class classes teacher teachers principal semester graduated graduates enrolled enrollment enrolment kindergarten'.split(' '),
  businessVerbs: ('orders ordered buys bought acquires acquired hires hired sells sold reported reports posted posts booked books ' +
    'announced announces cut cuts cutting axed axes sacked appointed appoints named').split(' '),
  businessObjects: ('profit profits loss losses revenue revenues earnings sales dividend dividends turnover jets aircraft airliners ' +
    'planes stake executive ceo jobs stores branches outlets').split(' '),
  /** Objects of a carrier's or a chain's service: "Norwegian will open new routes", "American will add flights". */
  serviceObjects: 'flight flights route routes fares fare passengers destinations service services fleet stores branches outlets seats nonstop nonstops'.split(' '),
  /** Words that may open a clause before a demonym that names a company: "and Swiss will cut …". */
  clauseJoins: ['and', 'but', 'while', 'whereas', 'meanwhile'],
  organisationClauseVerbs: ('represents represented employs employed owns owned runs operates operated manufactures makes produces ' +
    'sells supplies publishes lobbies campaigns organises organizes insures lends').split(' '),
  companyOnlyKinds: 'airline carrier carmaker automaker chipmaker drugmaker retailer lender insurer brewer broadcaster conglomerate brokerage'.split(' '),
  openingKinds: 'airline carmaker automaker chipmaker drugmaker retailer lender insurer brewer broadcaster conglomerate startup miner refiner brokerage'.split(' '),
};
