// People whose surname carries a hyphened particle ("Bashar al-Assad", "Hassan el-Sayed"): the
// model learned names from text where such words are rare, and read some of them as places or
// as no name at all.
import { PLAIN_NAME } from './candidates.js';
import { LABELS } from './features.js';
import type { Gazetteer } from './lexicon.js';
import { localeWords } from './locales/index.js';
import { hyphenedParticleName, lowerAt, type Token } from './tokenize.js';
import { kindsOf, type Typed } from './typed.js';

const BODY_WORDS = localeWords((locale) => locale.names.particleBodyWords);
const PARTICLES = localeWords((locale) => locale.names.personParticles);
const SPEECH_VERBS = localeWords((locale) => locale.context.speechVerbs);


/**
 * "Bashar al-Assad met …", "Syria's Bashar al-Assad said": capitalised name words ending in a
 * surname with a hyphened particle are a person, where only the model read them otherwise. A
 * name the knowledge base knows, one the model read as an organisation, and one with a body's
 * head word ("al-Aqsa Mosque", "Jabhat al-Nusra") keep their reading; a particle word alone
 * ("al-Qaeda") is no person.
 *
 * @example
 * // "Bashar al-Assad met the envoy": place (model) → person
 */
export function peopleWithParticleSurnames(typed: Typed[], gaz: Gazetteer, tokens: readonly Token[]): void {
  for (const item of typed) {
    const words = item.words;
    if (words.length < 2 || words.length > 4 || item.type === 'person' || item.type === 'organization' || (item.firm && !item.guess)) continue;
    if (!(hyphenedParticleName(words[words.length - 1]!) || speakingParticleName(item, tokens)) || kindsOf(item, gaz) !== undefined) continue;
    let names = true;
    for (let index = 0; index < words.length - 1 && names; index++) {
      const lower = words[index]!.toLowerCase();
      names = PLAIN_NAME.test(words[index]!) && !BODY_WORDS.has(lower) && !gaz.orgHeads.has(lower) && !gaz.placeHeads.has(lower) && !gaz.titles.has(lower);
    }
    if (!names) continue;
    item.type = 'person';
    item.firm = true;
    item.guess = true;
    item.scores = item.scores ?? new Float32Array(LABELS.length);
  }
}

/**
 * "Abdelhaq El Amrani told AFP", "said Karim Al Mansouri": three name words, the middle one a
 * capitalised particle ("El", "Al", "Bin"), that speak (a verb of speech after, or one before)
 * are a person's given name and surname, where the particle alone would make a place ("El
 * Paso") of them. Only speakers: "Ras Al Khaimah" and other places with a particle do not speak.
 */
function speakingParticleName(item: Typed, tokens: readonly Token[]): boolean {
  const candidate = item.candidate;
  const particle = item.words[1]!;
  if (!candidate || item.words.length !== 3 || !/^\p{Lu}\p{Ll}+$/u.test(particle) || !PARTICLES.has(particle.toLowerCase())) return false;
  // ("Ras Al Khaimah said it would reopen": a place that speaks of itself as "it" is no person.)
  const itself = lowerAt(tokens, candidate.last + 2) === 'it' || lowerAt(tokens, candidate.last + 2) === 'its';
  return (SPEECH_VERBS.has(lowerAt(tokens, candidate.last + 1)) && !itself) || SPEECH_VERBS.has(lowerAt(tokens, candidate.first - 1));
}
