// Gender that names and words tell, for agreeing "he" and "she" with a person named before:
// quote attribution reads it in speakers' descriptions, the entity tagger gives it to people.
// General knowledge, hand-written: given names whose bearers are, in news in English and the
// languages of Western Europe, overwhelmingly of one gender (the entity tagger adds
// compromise's much longer lists), and the titles and role words that tell a gender. A name not
// listed has no gender and agrees with any pronoun.

/**
 * Given names of women, lower-case and without diacritics.
 *
 * @example
 * FEMININE_GIVEN_NAMES.includes('ana') //=> true
 */
export const FEMININE_GIVEN_NAMES: readonly string[] = [
  'mary', 'patricia', 'jennifer', 'linda', 'elizabeth', 'barbara', 'susan', 'jessica', 'sarah', 'karen',
  'lisa', 'nancy', 'betty', 'margaret', 'sandra', 'ashley', 'kimberly', 'emily', 'donna', 'michelle',
  'carol', 'amanda', 'melissa', 'deborah', 'stephanie', 'rebecca', 'sharon', 'laura', 'cynthia', 'kathleen',
  'amy', 'angela', 'shirley', 'anna', 'ana', 'brenda', 'pamela', 'emma', 'nicole', 'helen', 'samantha',
  'katherine', 'christine', 'debra', 'rachel', 'carolyn', 'janet', 'catherine', 'maria', 'heather', 'diane',
  'ruth', 'julie', 'olivia', 'joyce', 'virginia', 'victoria', 'kelly', 'lauren', 'christina', 'joan',
  'evelyn', 'judith', 'megan', 'andrea', 'cheryl', 'hannah', 'jacqueline', 'martha', 'gloria', 'teresa',
  'ann', 'sara', 'madison', 'frances', 'kathryn', 'janice', 'abigail', 'alice', 'judy', 'sophia', 'grace',
  'denise', 'amber', 'doris', 'marilyn', 'danielle', 'beverly', 'isabella', 'theresa', 'diana', 'natalie',
  'brittany', 'charlotte', 'marie', 'kayla', 'alexis', 'lori', 'hillary', 'nikki', 'sonia', 'elena', 'carla',
  'sofia', 'lucia', 'isabel', 'marta', 'claire', 'louise', 'jane', 'susanne', 'ursula', 'kamala', 'jacinda',
  'indira', 'golda', 'benazir', 'mia', 'irene', 'olga', 'karin', 'ingrid', 'eva', 'anne', 'annette',
  'monique', 'sylvie', 'nathalie', 'isabelle', 'valerie', 'camille', 'chloe', 'lea', 'giulia', 'francesca',
  'rosa', 'carmen', 'pilar', 'dolores', 'mercedes', 'yolanda', 'fatima', 'aisha', 'mariam', 'leila', 'priya',
  'sunita', 'yuki', 'mei', 'ling',
];

/**
 * Given names of men, lower-case and without diacritics.
 *
 * @example
 * MASCULINE_GIVEN_NAMES.includes('luc') //=> true
 */
export const MASCULINE_GIVEN_NAMES: readonly string[] = [
  'james', 'robert', 'john', 'michael', 'william', 'david', 'richard', 'joseph', 'thomas', 'charles',
  'christopher', 'daniel', 'matthew', 'anthony', 'mark', 'donald', 'steven', 'paul', 'andrew', 'joshua',
  'kenneth', 'kevin', 'brian', 'george', 'timothy', 'ronald', 'edward', 'jason', 'jeffrey', 'ryan', 'jacob',
  'gary', 'nicholas', 'eric', 'jonathan', 'stephen', 'larry', 'justin', 'scott', 'brandon', 'benjamin',
  'samuel', 'gregory', 'alexander', 'frank', 'patrick', 'raymond', 'jack', 'dennis', 'jerry', 'tyler',
  'aaron', 'jose', 'adam', 'nathan', 'henry', 'douglas', 'zachary', 'peter', 'kyle', 'ethan', 'walter',
  'noah', 'jeremy', 'christian', 'keith', 'roger', 'terry', 'gerald', 'harold', 'sean', 'austin', 'carl',
  'arthur', 'lawrence', 'dylan', 'jesse', 'bryan', 'billy', 'joe', 'bruce', 'gabriel', 'logan', 'albert',
  'willie', 'alan', 'juan', 'wayne', 'elijah', 'randy', 'roy', 'vincent', 'ralph', 'eugene', 'russell',
  'bobby', 'mason', 'philip', 'louis', 'barack', 'bernie', 'mitt', 'ted', 'marco', 'rand', 'mike', 'jim',
  'bill', 'tom', 'ben', 'luc', 'jean-pierre', 'pierre', 'jacques', 'francois', 'emmanuel', 'nicolas',
  'olivier', 'hans', 'klaus', 'jurgen', 'wolfgang', 'stefan', 'markus', 'carlos', 'luis', 'miguel', 'jorge',
  'pedro', 'antonio', 'manuel', 'francisco', 'giuseppe', 'luca', 'ahmed', 'mohammed', 'muhammad', 'ali',
  'hassan', 'omar', 'vladimir', 'sergei', 'dmitry', 'ivan', 'boris', 'narendra', 'rahul', 'shinzo', 'fumio',
  'tony', 'gordon',
];

/**
 * Titles and role words of women ("Mrs.", "congresswoman", "mother"), lower-case.
 *
 * @example
 * FEMININE_WORDS.includes('mrs.') //=> true
 */
export const FEMININE_WORDS: readonly string[] = [
  'mrs', 'mrs.', 'ms', 'ms.', 'miss', 'madam', 'lady', 'dame', 'queen', 'princess', 'mother', 'daughter',
  'sister', 'wife', 'aunt', 'grandmother', 'girl', 'woman', 'congresswoman', 'spokeswoman', 'chairwoman',
  'businesswoman', 'councilwoman', 'actress',
];

/**
 * Titles and role words of men ("Mr.", "spokesman", "father"), lower-case.
 *
 * @example
 * MASCULINE_WORDS.includes('mr') //=> true
 */
export const MASCULINE_WORDS: readonly string[] = [
  'mr', 'mr.', 'sir', 'lord', 'king', 'prince', 'father', 'son', 'brother', 'husband', 'uncle',
  'grandfather', 'boy', 'man', 'gentleman', 'congressman', 'spokesman', 'chairman', 'businessman',
  'councilman', 'actor',
];

/**
 * Given names that news names men and women by alike ("Lindsey Graham", "Dana Perino", "Kelly
 * Ayotte", "Ashley Cole"): they tell no gender, whatever a list of one gender holds.
 *
 * @example
 * UNISEX_GIVEN_NAMES.includes('lindsey') //=> true
 */
export const UNISEX_GIVEN_NAMES: readonly string[] = [
  'lindsey', 'lindsay', 'kelly', 'jordan', 'taylor', 'morgan', 'casey', 'jamie', 'robin', 'dana', 'pat', 'jean', 'andrea',
  'nicola', 'sasha', 'ashley', 'tracy', 'tracey', 'shannon', 'kerry', 'marion', 'ariel', 'dominique', 'claude', 'rene', 'avery',
  'riley', 'peyton', 'quinn', 'reese', 'hayden', 'emerson', 'parker', 'rowan', 'sidney', 'sydney', 'jody', 'carey', 'darcy',
  'devon', 'ellis', 'finley', 'harper', 'kendall', 'logan', 'mackenzie', 'shelby',
];
