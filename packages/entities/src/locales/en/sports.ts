import type { Locale } from '../types.js';

/**
 * English. Words of sports reports: results, table positions, clubs and their people.
 * General English and news-style knowledge, hand-written (no corpus strings).
 */
export const sports: Locale['sports'] = {
  /** Verbs of a match result after the side that plays: "Juventus lost", "Roma drew". */
  resultVerbs: 'beat beats drew draw draws lost lose loses won win wins defeated thrashed edged routed overcame trounced crushed hammered downed outclassed stunned upset eliminated knocked conceded scored equalised equalized hosted host hosts'.split(' '),
  /** Words before the side a match is played against: "beat X", "against X", "beating X". */
  opponentWords: 'beat beats beating defeated defeating against versus v vs thrashed edged routed trounced crushed hammered downed eliminated outclassed stunned host hosts hosted hosting visit visited visiting face faces faced facing play plays played playing'.split(' '),
  /** Verbs of a match to come between two sides: "Bayern will host Dortmund on Saturday", "Leeds face Hull" (not "visit" or "meet": leaders visit cities and meet each other on a weekday). */
  fixtureVerbs: 'host hosts face faces play plays entertain entertains'.split(' '),
  /** Words that only a sports report uses: one makes the text a report even with no score ("Middlesbrough have signed midfielder Emerson"). */
  raceModifiers: ['title', 'promotion', 'relegation', 'play-off', 'playoff'],
  raceNouns: ['race', 'battle', 'fight'],
  reportWords: ['striker', 'strikers', 'midfielder', 'midfielders', 'goalkeeper', 'goalkeepers', 'relegation', 'relegated', 'batsman', 'batsmen', 'wicket', 'wickets', 'quarterback', 'bundesliga', 'eredivisie',
    'winger', 'wingers', 'goalless', 'free-kick', 'hat-trick', 'equaliser', 'equalizer', 'stoppage-time', 'injury-time'],
  /** Verbs before a town that make it the club one moves to ("joined Everton"). */
  /** Result verbs that a player does as often as a side: "Dries Mertens scored". */
  playerResultVerbs: ['scored', 'equalised', 'equalized'],
  joinVerbs: 'joined joins joining rejoined rejoins rejoining'.split(' '),
  /** Verbs before "for" and a town that make it the club one plays for ("played for Leicester", "signed for Leeds"). */
  playForVerbs: 'played plays playing play signed signs signing sign starred scored'.split(' '),
  /** Nouns of a player's tally before "for" and a town: "31 goals for Leeds", "200 appearances for Hull" (a town has no goals). */
  tallyNouns: 'goals appearances games matches starts outings assists tries touchdowns points rebounds'.split(' '),
  /** Nouns of a player's part in a result before "for" and a side: "two-goal heroes for Leeds", "the scorers for Hull" (a town has no heroes of a match). */
  starNouns: 'star stars hero heroes scorer scorers goalscorer goalscorers match-winner match-winners matchwinner'.split(' '),
  statLineNouns: 'points rebounds assists steals boards'.split(' '),
  /** Adverbs between a verb of playing and "for": "scored twice for Leeds", "played again for Hull". */
  playAdverbs: ['twice', 'again', 'once', 'thrice', 'regularly'],
  /** Verbs before "from" and a town that make it the player's former club: "joined from Lyon", "signed from Porto" (not "arrived": travellers arrive from towns). */
  arrivalVerbs: 'joined joins joining rejoined signed signs signing recruited poached'.split(' '),
  /** Nouns of a league table after a position and "of the": "top of the table", "bottom of the standings". */
  tableNouns: ['table', 'standings', 'league'],
  /** Verbs and nouns that take the other side after a preposition: "lost to X", "drew with X", "win over X", "defeat by X", "went level with X". */
  resultBeforePreposition: 'lost losing lose loses loss drew draw drawing win won winning victory defeat defeated beaten home away triumph upset level'.split(' '),
  resultPrepositions: 'to with over by against at'.split(' '),
  /** Lower-case nouns before a side: "leaders Leverkusen", "champions Ajax", "Bundesliga side Freiburg". */
  leadGivers: 'gave given gives giving put puts putting'.split(' '),
  matchNouns: 'match game tie fixture final semi-final clash encounter opener'.split(' '),
  clubBelongings: 'team teams side sides squad squads players manager boss coach fans supporters academy captain goalkeeper keeper striker strikers defender defence defense midfielder midfield winger forward forwards goalscorer teammates team-mates youngsters hierarchy board'.split(' '),
  clubFollowers: 'fans supporters players player star stars teammates team-mates side team squad'.split(' '),
  /** What a side gains after "their" ("Leeds doubled their lead", "got their first win"): a town gains none of these. */
  sideGains: 'win wins victory lead point points run streak title tally advantage equaliser equalizer winner clean'.split(' '),
  /** Modal verbs a side's gain may follow: "Newcastle could have secured all three points". */
  gainModals: 'could would should might may will can must'.split(' '),
  sideNouns: 'leaders champions holders hosts visitors rivals opponents neighbours neighbors side club team outfit newcomers strugglers runners-up'.split(' '),
  /** Verbs of a table position: "Munich remains second", "Inter stayed top". */
  standingVerbs: 'remain remains remained stay stays stayed is are was were sit sits moved moves climbed climbs slipped slips dropped drops fell falls rose rises went goes lie lies finished finish finishes'.split(' '),
  /** Table positions after such a verb (optionally after "up" or "down"). */
  positions: 'top bottom first second third fourth fifth sixth seventh eighth ninth tenth last level joint unbeaten clear bottom-placed top-placed'.split(' '),
  /** Prepositions before a club's city that name the place, not the side: "in Munich", "at Leeds". */
  groundWords: 'in at from to near into outside inside around via of'.split(' '),
  /** Verbs right before "the X" that name a side one joins or beats: "joined the Pirates". */
  teamVerbs: 'joined join joins beat beating defeated drafted'.split(' '),
  /** Prepositions before "the X" that name a side after a word of playing: "played for the Pirates", "a season with the Owls". */
  pairingNouns: 'showdown rematch matchup match-up clash rivalry final match game series derby playoff tie'.split(' '),
  contestNouns: 'final semi-final semifinal quarter-final quarterfinal match game cup tie derby playoff series championship tournament pennant premiership test'.split(' '),
  teamPrepositions: ['for', 'with', 'against'],
  playWords: 'played plays playing play pitched pitches starred signed season career games debut debuted scored won lost'.split(' '),
  /**
   * Words that make a text a sports report, so that a company's name before a city is its club
   * ("Bayer Leverkusen"): lower-case sports nouns and one-word competition names.
   */
  words: (
    'league season match goal goals coach striker midfielder goalkeeper club clubs ' +
    'stadium relegation playoff playoffs bundesliga liga ligue eredivisie serie ' +
    'wicket wickets batsman batsmen bowler rebounds touchdown touchdowns innings'
  ).split(' '),
  /**
   * Words that open a sports club's name before its city ("Bayern Munich", "Dynamo Kiev",
   * "Sporting Lisbon", "Red Star Belgrade"): general football knowledge.
   */
  clubFirst: (
    'bayern borussia inter dynamo dinamo spartak lokomotiv torpedo cska olympique sporting ' +
    'atletico athletic racing hapoel maccabi beitar steaua partizan sparta slavia hajduk ' +
    'rapid deportivo hertha werder eintracht fortuna dukla zenit shakhtar legia wisla ' +
    'ajax feyenoord fc afc ac sc vfb vfl fk nk sk red young union real'
  ).split(' '),
  /** Last words of a club's name after its city ("Manchester United", "Blackburn Rovers", "Bolton Wanderers"). */
  clubLast: 'united rovers wanderers albion hotspur athletic fc afc academical thistle'.split(' '),
  /** Last words of a club's name that name it alone once the report has named it in full: "Manchester City … City's second goal", "Aston Villa … Villa led" (not "Wednesday", a weekday). */
  clubShortLast: 'city united villa rovers wanderers albion athletic county town forest palace argyle hotspur thistle orient alexandra'.split(' '),
  /** Lower-case words after a club's city that make it the club ("Leeds striker", "Milan coach"). */
  clubRoles: (
    'manager coach striker midfielder defender goalkeeper keeper forward winger fullback ' +
    'playmaker captain skipper fans supporters chairman president ace'
  ).split(' '),
  /** Words of a match result around a city that make it the club ("Barcelona beat Valencia", "drew with Bremen"). */
  matchVerbs: 'beat beats drew draw lost won defeated defeat held thrashed edged routed overcame trounced crushed hammered downed against versus v vs'.split(' '),
  /** Counts before "points" in a table gap: "four points clear", "a point behind". */
  pointCounts: 'a one two three four five six seven eight nine ten eleven twelve thirteen fourteen fifteen twenty'.split(' '),
  pointWords: ['point', 'points'],
  /** Words after "N points" that make a gap in a league table: "four points clear of X", "two points behind X". */
  gapWords: 'clear behind ahead adrift above below'.split(' '),
  /** Polls put candidates "14 points behind" or "ahead"; only a table puts a side "clear" or "adrift". */
  tableGapWords: ['clear', 'adrift'],
  /** Plural verbs after a town that make it a club in a sports report ("Tottenham were held", "Leeds have sacked"); a town as a place takes the singular. */
  pluralVerbs: ['are', 'were', 'have'],
  /** Units of a winning margin after "by" ("beat Lancashire by 10 runs", "by five wickets", "by an innings"): only sides win by these. */
  marginUnits: ['runs', 'wickets', 'innings', 'goals'],
  /** Of the club roles, those of the playing side, which make a county or a state a club too ("Essex captain", "Yorkshire coach"), not "Texas fans". */
  playingRoles: ['manager', 'coach', 'striker', 'midfielder', 'defender', 'goalkeeper', 'keeper', 'forward', 'winger', 'fullback', 'playmaker', 'captain', 'skipper', 'batsman', 'bowler', 'opener', 'wicketkeeper', 'pitcher', 'quarterback',
    'guard', 'linebacker', 'cornerback', 'lineman', 'receiver', 'tailback', 'halfback', 'shortstop', 'outfielder', 'infielder', 'catcher',
    'defenseman', 'defenceman', 'centre-back', 'center-back', 'full-back', 'fly-half', 'scrum-half', 'flanker'],
  /** Verbs of a club's dealings in players and staff, before a determiner and a playing role ("Everton have signed the defender from Lille", "Brighton sacked their manager"). */
  /** A cricket scorecard's marks of how a batsman was out, before the fielder's or bowler's name: "c Latif b Wasim", "lbw b Waqar", "st Moin". */
  dismissalMarks: ['c', 'b', 'st'],
  /** Verbs only a player's goal takes: "X's Gianluca Vialli scored the winner". */
  scoringVerbs: 'scored scores netted nets equalised equalized headed'.split(' '),
  statLineVerbs: 'scored scores had has added adds finished poured netted tallied totaled totalled contributed chipped'.split(' '),
  transferVerbs: 'signed signs sacked sacks sold sells bought buys loaned loans released releases recalled'.split(' '),
  transferDeterminers: ['the', 'their', 'its', 'a', 'an'],
};
