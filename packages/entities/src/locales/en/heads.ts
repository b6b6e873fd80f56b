import type { Locale } from '../types.js';

/**
 * English. Head words: the words that say what a name is ("... Council", "... River", "Bank of ...").
 * General English and news-style knowledge, hand-written (no corpus strings).
 */
export const heads: Locale['heads'] = {
  /** Words before "of" that start a place or title name ("Republic of", "Gulf of", "Duke of"). */
  // (A learned society's journal too: "Proceedings of the National Academy of Sciences", "Annals of Internal Medicine".)
  beforeOf: 'republic kingdom isle gulf sea bay strait cape duke prince princess city state states lake mount proceedings annals transactions'.split(' '),
  /** Heads of bodies named with "on" ("Council on Foreign Relations", "Committee on Foreign Affairs"). */
  beforeOn: 'council committee subcommittee commission center centre institute conference panel forum force board coalition convention'.split(' '),
  /**
   * Heads of a body complete in itself: after "and" inside a name with "of" they start a
   * second body ("the Ministry of Defence and Home Office").
   */
  wholeBody: ['office', 'ministry', 'department', 'agency', 'council', 'committee', 'commission', 'bureau', 'authority', 'court', 'police',
    'party', 'university', 'college', 'school', 'institute', 'bank', 'company', 'group', 'service', 'board', 'union', 'association', 'army', 'navy'],
  /** Strong heads that name a firm only at a name's end: "ValueAct Capital", not "the Oil Capital of the World". */
  strongOnlyLast: ['capital'],
  protectedLand: 'forest park monument seashore preserve grassland grasslands lakeshore refuge'.split(' '),
  protectedBy: ['national', 'state'],
  /** Head words that make a name an organisation in any style guide (asset managers too: "Elliott Management", "Paul Capital"). */
  strongOrganisation: ('inc corp co ltd plc llc lp l.p. llp ag bhd berhad tbk pty pte ab oyj sarl srl kgaa gmbh corporation company cos group holdings bank ministry council party university agency office infirmary hospice ' +
    'association committee commission institute organization organisation union federation foundation fund court department ' +
    'bureau board authority administration municipality embassy consulate army navy police pd fd dept unit squad battalion regiment congress parliament assembly senate cabinet government club ' +
    'league society academy college times post news daily journal herald tribune gazette telegraph magazine press network ' +
    'television radio broadcasting airlines airways motors industries technologies systems partners securities investments ' +
    'petroleum telecom communications pharmaceuticals laboratories studios records entertainment media shipping railways ' +
    'exchange movement front alliance coalition brigade brigades command secretariat tribunal trust consortium cooperative ' +
    'enterprise enterprises firm chamber forum caucus star sun globe mail weekly observer chronicle express mirror ' +
    'examiner inquirer bulletin courier monitor textiles minerals mining resources stores foods chemicals electronics ' +
    'instruments products brands steel bancorp bancshares savings insurance realty properties pharmaceutical semiconductor solutions forestry ' +
    'software computer computers utilities exploration metals packaging distributors medical healthcare manufacturing motor ' +
    'logistics ventures management capital advisors advisers associates therapeutics biosciences aerospace automotive pharma biotech force forces guard guards corps church comics bankshares bancorporation').split(' '),
  unitBeforeOf: ['school', 'faculty', 'division', 'directorate'],
  police: ['police', 'garda'],
  policeUnits: ['station', 'division', 'post', 'precinct', 'outpost'],
  settlementLandforms: 'ridge heights springs lakes hills falls woods creek valley canyon meadows pines oaks bluffs shores estates acres glen hollow brook grove lawn'.split(' '),
  /** Plural nouns of settlements and parts of them that close a list of the places' names ("the Clifton and Redland areas"); plural place heads ("counties") close one too. */
  placeListNouns: 'areas neighbourhoods neighborhoods suburbs towns villages boroughs parishes wards municipalities townships'.split(' '),
  /** Head words that make a name a place. */
  strongPlace: ('river lake sea ocean island islands isles mountain mountains province county district region street avenue road square shore seaboard ' +
    'bridge airport valley bay gulf strait peninsula desert prefecture oblast governorate canyon glacier volcano reef ' +
    'boulevard highway coast shoal atoll archipelago lagoon fjord plateau turnpike expressway freeway motorway swamp colony').split(' '),
  /** Words that head an organisation's name at its end ("... Council", "... Inc"). */
  organisation: (
    'ministry council party university inc incorporated corp corporation company co ltd limited plc llc lp l.p. llp ag bhd berhad tbk pty pte ab oyj sarl srl kgaa ' +
    'gmbh sa nv bv group holdings bank agency association committee commission institute ' +
    'institution organization organisation union federation foundation fund court department ' +
    'office bureau board authority administration service services army navy force forces ' +
    // Units of the police and the armed forces ("Special Detective Unit", "Dolphin Squad", "2nd Battalion").
    'unit squad battalion regiment ' +
    // Companies named by what they sell or work ("Oji Fibre Solutions", "Zindia Forestry", "Cubitt Consulting").
    'solutions forestry consulting ' +
    'police constabulary guard congress parliament assembly senate cabinet government club team league ' +
    'society academy college school times post news daily journal herald tribune gazette ' +
    'telegraph magazine press network television tv radio broadcasting airlines airways ' +
    'motors industries technologies systems partners capital financial securities investments energy ' +
    'petroleum oil telecom communications pharmaceuticals labs laboratories studios records ' +
    'entertainment media shipping railways railway exchange reserve movement front alliance ' +
    'coalition brigade brigades command mission secretariat tribunal center centre trust ' +
    'conference initiative program programme project church synod caucus faction ' +
    'brotherhood guild comics consortium cooperative co-operative enterprise enterprises firm ' +
    'chamber forum observatory library laboratory lab hospital infirmary hospice clinic orchestra band ' +
    'fc united city rovers wanderers athletic olympic directorate inspectorate ' +
    'star sun globe mail weekly observer chronicle express mirror examiner inquirer ' +
    'bulletin courier monitor textiles minerals mining resources stores foods chemicals ' +
    'electronics instruments products brands steel bancorp bancorporation bancshares bankshares savings insurance realty ' +
    'properties pharmaceutical semiconductor software computer computers utilities exploration ' +
    'metals packaging distributors medical healthcare manufacturing motor power conservatory conservatoire ' +
    'seminary polytechnic ' +
    // Asset managers, advisory firms and family firms ("Elliott Management", "Harbour Ventures", "Bridgewater Associates", "Lehman Brothers").
    'management ventures advisors advisers networks associates brothers ' +
    // A police or fire department by its US initials ("Chico PD", "Oak Harbor FD").
    'pd fd dept ' +
    // Plural heads of one body ("Centers for Disease Control and Prevention", "Centres for …").
    'centers centres ' +
    // South Asian parties' heads ("Janata Dal", "Shiv Sena", "Jharkhand Mukti Morcha"): "party", "army", "front" in their languages.
    'dal sena morcha'
  ).split(' '),
  /** Words that head an organisation's name at its start, before "of" ("Bank of England"). */
  organisationFirst: (
    // ("Banc of America Securities": a bank's old spelling in its name.)
    'bank banc ministry department university institute office bureau council court house board ' +
    'church college school academy association federation union society league party ' +
    'organization organisation commission committee agency embassy consulate chamber order ' +
    'federal national state people congress parliament assembly government fund foundation ' +
    'secretariat center centre division corps army conservatory conservatoire seminary'
  ).split(' '),
  /** Ordinary words that open a place's name before a name of its own ("Fort Lee", "Mount Kenya", "Lake Volta", "Port Moresby"). */
  placeFirst: ['fort', 'mount', 'mt', 'lake', 'port', 'cape', 'isle', 'loch',
    // Words for a village or a quarter that open its name in South and Southeast Asian copy: "Mauza Jali" (a revenue
    // village), "Basti Sadloon" (a settlement), "Goth Ali Khan" (Sindhi), "Mohalla Islampura", "Kampung Baru", "Desa Sukamaju".
    // A Philippine village and its sitio and purok ("Barangay Abis", "Sitio Cansanaan"); a Punjabi town's "Kot" ("Kot Lakhpat").
    'mauza', 'mouza', 'basti', 'goth', 'mohalla', 'dhok', 'kampung', 'desa', 'barangay', 'brgy', 'sitio', 'purok', 'kot'],
  /** Words that open an airline's name before a place or a name of its own ("Air Canada", "Air New Zealand"). */
  airlineFirst: ['air'],
  /** Words that open a broadcaster's name before a place or a name of its own ("Radio France Internationale", "Radio Free Asia", "Television New Zealand"). */
  broadcasterFirst: 'radio television televisión télévision televisão rádio'.split(' '),
  /** Words after a state's name that name its university ("Ohio State said", "at Penn State"). */
  stateUniversity: ['state'],
  administrative: 'state province county district region prefecture oblast governorate territory municipality parish'.split(' '),
  /** Words that head a place's name ("... River", "... Province", "Port of ..."). */
  place: (
    'river lake sea ocean bay gulf strait island islands isles peninsula mountain ' +
    'mountains mount mt hill hills valley desert forest park street st avenue ave ' +
    'road rd boulevard blvd square bridge airport station port harbor harbour province ' +
    'state county district region prefecture territory city town village canal coast ' +
    'beach plaza stadium arena museum palace castle cathedral temple mosque tower ' +
    'hall building center centre prison base border zone plain plains heights falls ' +
    'canyon glacier volcano reef cape creek springs meadows township borough parish oblast ' +
    'governorate municipality kingdom republic emirate way lane drive highway freeway ' +
    'memorial cemetery campus quarter square strip basin delta field fields ' +
    'shoal atoll archipelago lagoon fjord plateau turnpike expressway motorway swamp shore seaboard ' +
    // A town's quarter in South Asian copy ("Mission Colony", "Hazara Colony").
    'colony'
  ).split(' '),
  /** Place heads that are no surnames, which end a place called after a person ("Arthur Ashe Stadium", "George Washington Bridge"); not Hall, Hill, Park or Field. */
  venue: 'stadium airport bridge museum cathedral palace castle temple mosque cemetery plaza boulevard avenue highway expressway freeway memorial'.split(' '),
  townNamedBody: 'university college polytechnic hospital council school academy municipality corporation'.split(' '),
  building: 'house hall tower towers lodge manor mansion arena theatre theater'.split(' '),
  /** Heads that end a body called after a person ("Simon Wiesenthal Center", "Norman Lear Centre"); weak alone, so not a strong head. */
  bodyAfterPerson: ['center', 'centre'],
  /** Words that end the name of an event, a war, a prize or an agreement ("Vietnam War", "Davis Cup"). */
  event: [
    'war', 'wars', 'games', 'cup', 'prize', 'award', 'awards', 'championship', 'championships', 'festival', 'summit',
    'agreement', 'treaty', 'accord', 'accords', 'crisis', 'revolution', 'olympics', 'open', 'grand prix', 'tour',
    'marathon', 'derby', 'trophy', 'series', 'bowl', 'classic', 'masters', 'act', 'declaration', 'convention',
    'protocol', 'doctrine', 'plan', 'massacre', 'uprising', 'election', 'elections', 'referendum', 'expo', 'fair',
  ],
  /**
   * Words that end the name of an illness ("Down Syndrome", "Cystic Fibrosis", "Lyme Disease"):
   * no person, place or body. Not "fever" or "cancer", which also end clubs and places
   * ("Indiana Fever", "Tropic of Cancer").
   */
  illness: 'disease syndrome fibrosis sclerosis dystrophy palsy virus flu influenza disorder'.split(' '),
  /** Last words of an airline's name, which names one company even after a country ("Qatar Airways", "Oman Air"). */
  airline: ['airways', 'airlines', 'airline', 'air'],
  /** Last words of a street's name that are no place head alone ("Florence Place", "Albion Terrace"). */
  streetEnd: ['place', 'terrace', 'crescent', 'mews'],
  /**
   * Last words of a street's name that are no surname ("Albert Drive", "Queen Victoria Road",
   * "Prince Albert Terrace"): after a given name, or a title and a name, they make a place.
   */
  thoroughfare: 'road rd street drive terrace crescent mews'.split(' '),
  /** Last words that make a name a school ("Lincoln High", "Oakwood Elementary"). */
  school: ['high', 'elementary'],
  /** Heads of parties and public bodies, whose names take no possessive ("Modi's Bharatiya Janata Party" is two names). */
  publicBody: ['party', 'ministry', 'government', 'council', 'army', 'navy', 'parliament', 'court', 'police', 'administration',
    'cabinet', 'congress', 'senate', 'assembly', 'league', 'alliance', 'movement', 'front', 'coalition', 'university',
    'department', 'commission', 'committee', 'agency', 'authority', 'tribunal', 'union', 'bloc'],
  /** Last words that make a name a school in a text about schools ("Carver Middle"). */
  schoolInContext: ['middle'],
  /** Short last words of a university named after its state or city ("Virginia Tech", "Texas Tech"). */
  schoolAfterPlace: ['tech'],
  /** Heads of an agency or a public service, which after "the" make capitalised words before them one organisation ("the Met Office"). */
  agency: 'office agency service authority bureau directorate inspectorate executive commission board'.split(' '),
  /** Heads of bodies named with "for" ("Movement for Democratic Change", "Institute for Fiscal Studies"; not "Instruments for Research"). */
  beforeFor: ['institute', 'foundation', 'association', 'council', 'centre', 'center', 'centres', 'centers', 'committee', 'commission', 'coalition', 'alliance',
    'movement', 'campaign', 'society', 'federation', 'union', 'league', 'office', 'organisation', 'organization', 'party', 'club', 'fund',
    'front', 'agency', 'network', 'forum', 'trust', 'academy', 'partnership', 'board'],
  /** Last words of a utility's name after a name of its own ("Thames Water", "British Gas", "Network Rail", "National Grid", "Tulsa Transit"). */
  utility: 'water gas rail energy power electric electricity grid transit'.split(' '),
  /** Words that name a stretch of water after a place's name ("the Bristol Channel", "the Severn Estuary"), and name no place alone. */
  waterAfterPlace: ['channel', 'estuary'],
  /** Words that name a railway or metro line after the name it is called by ("the Elizabeth Line", "the Victoria Line"), and name no place or person alone ("Railway" is left out: it heads as many companies as lines). */
  transportLine: ['line'],
  /** Function words that end a news outlet's name after its head word ("Hawaii News Now", "Action News Now"), where a name ends in none elsewhere. */
  afterNewsHead: ['now'],
  /** Last words of newspaper names after a city ("Edmonton Sun", "Ottawa Citizen", "Toronto Star"). */
  newspaper: (
    'sun citizen star times post herald journal tribune gazette chronicle observer ' +
    'examiner inquirer courier bulletin telegraph standard mirror express dispatch ' +
    'register daily globe mail statesman sentinel enquirer leader guardian independent ' +
    'paper news press weekly record review bee reporter advertiser echo messenger'
  ).split(' '),
};
