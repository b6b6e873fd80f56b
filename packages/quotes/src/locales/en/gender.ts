/**
 * Grammatical gender of English person references, for agreeing "he" and "she" with a
 * named antecedent. General knowledge: common given names whose bearers are, in English-
 * language news, overwhelmingly of one gender, plus gendered titles and role nouns. A name
 * not listed has no gender and agrees with any pronoun.
 */
export type Gender = 'm' | 'f';

const list = (value: string): string[] => value.split(/\s+/).filter(Boolean);

const FEMININE = list(`
  mary patricia jennifer linda elizabeth barbara susan jessica sarah karen lisa nancy betty margaret
  sandra ashley kimberly emily donna michelle carol amanda melissa deborah stephanie rebecca sharon
  laura cynthia kathleen amy angela shirley anna ana brenda pamela emma nicole helen samantha katherine
  christine debra rachel carolyn janet catherine maria heather diane ruth julie olivia joyce virginia
  victoria kelly lauren christina joan evelyn judith megan andrea cheryl hannah jacqueline martha gloria
  teresa ann sara madison frances kathryn janice abigail alice judy sophia grace denise amber doris
  marilyn danielle beverly isabella theresa diana natalie brittany charlotte marie kayla alexis lori
  hillary nikki sonia elena carla sofia lucia isabel marta claire louise jane susanne ursula angela
  nancy kamala elizabeth theresa jacinda indira golda benazir mia irene olga karin
  ingrid eva anne annette monique sylvie nathalie isabelle valerie camille chloe lea giulia francesca
  rosa carmen pilar dolores mercedes yolanda fatima aisha mariam leila priya sunita yuki mei ling
`);

const MASCULINE = list(`
  james robert john michael william david richard joseph thomas charles christopher daniel matthew
  anthony mark donald steven paul andrew joshua kenneth kevin brian george timothy ronald edward jason
  jeffrey ryan jacob gary nicholas eric jonathan stephen larry justin scott brandon benjamin samuel
  gregory alexander frank patrick raymond jack dennis jerry tyler aaron jose adam nathan henry douglas
  zachary peter kyle ethan walter noah jeremy christian keith roger terry gerald harold sean austin carl
  arthur lawrence dylan jesse bryan billy joe bruce gabriel logan albert willie alan juan wayne
  elijah randy roy vincent ralph eugene russell bobby mason philip louis barack bernie mitt ted marco
  rand mike jim bill tom ben luc jean-pierre pierre jacques francois emmanuel nicolas olivier
  hans klaus jurgen wolfgang stefan markus carlos luis miguel jorge pedro antonio manuel francisco
  giuseppe marco luca ahmed mohammed muhammad ali hassan omar vladimir sergei dmitry ivan boris
  narendra rahul shinzo fumio justin tony gordon
`);

const GIVEN: ReadonlyMap<string, Gender> = new Map<string, Gender>([
  ...FEMININE.map((name) => [name, 'f'] as const),
  ...MASCULINE.map((name) => [name, 'm'] as const),
]);

/** Titles and role words that tell a person's gender: "Mrs.", "Congresswoman", "father". */
const GENDERED_WORDS: ReadonlyMap<string, Gender> = new Map<string, Gender>([
  ...list('mr mr. sir lord king prince father son brother husband uncle grandfather boy man gentleman congressman spokesman chairman businessman councilman actor').map((word) => [word, 'm'] as const),
  ...list('mrs mrs. ms ms. miss madam lady dame queen princess mother daughter sister wife aunt grandmother girl woman congresswoman spokeswoman chairwoman businesswoman councilwoman actress').map((word) => [word, 'f'] as const),
]);

/** A possessive word ("Price's", "Smith’s", "Jones'"). */
const POSSESSIVE = /['\u2019]s?$/;

/**
 * The gender a person's name or description tells, or null: "Ana Ruiz" → f, "Mr. Cole" → m,
 * "the congresswoman" → f, "Jo Park" → null.
 *
 * @example
 * genderOf('Mayor Ana Ruiz') //=> 'f'
 */
export function genderOf(phrase: string): Gender | null {
  const words = phrase.toLowerCase().split(/[\s,]+/).filter(Boolean);
  for (let index = 0; index < words.length; index++) {
    const word = words[index]!;
    const gender = GENDERED_WORDS.get(word) ?? GENDERED_WORDS.get(word.replace(/\.$/, ''));
    // "Mr Price's mother, Angela Price": a title of a possessor tells that person's gender, not this one's.
    if (gender && !POSSESSIVE.test(word) && !POSSESSIVE.test(words[index + 1] ?? '') && !POSSESSIVE.test(words[index + 2] ?? '')) return gender;
  }
  // The first word that is a listed given name (after titles such as "Mayor").
  for (const word of words) {
    const gender = GIVEN.get(word);
    if (gender) return gender;
  }
  return null;
}

/** The gender a pronoun asks for: "she" → f, "his" → m; null for others. */
export function pronounGender(pronoun: string): Gender | null {
  const lower = pronoun.toLowerCase();
  if (['he', 'him', 'his', 'himself'].includes(lower)) return 'm';
  if (['she', 'her', 'hers', 'herself'].includes(lower)) return 'f';
  return null;
}
