// Offices and roles in the Romance languages news copy names people by, once for every
// package: the entity tagger reads a person set off by commas after one ("el ministro de
// Energía y Minas, Rómulo Mucho, …"), quote attribution a speaker's phrase ("dijo el titular
// de Energía y Minas"). General knowledge, hand-written; lower case, masculine and feminine.

/**
 * Spanish offices and roles.
 *
 * @example
 * SPANISH_ROLES.includes('alcaldesa') //=> true
 */
export const SPANISH_ROLES: readonly string[] = [
  'ministro', 'ministra', 'presidente', 'presidenta', 'vicepresidente', 'vicepresidenta', 'premier', 'alcalde', 'alcaldesa',
  'gobernador', 'gobernadora', 'director', 'directora', 'secretario', 'secretaria', 'portavoz', 'vocero', 'vocera', 'jefe',
  'jefa', 'fiscal', 'congresista', 'diputado', 'diputada', 'senador', 'senadora', 'canciller', 'embajador', 'embajadora',
  'defensor', 'defensora', 'juez', 'jueza', 'entrenador', 'entrenadora', 'gerente', 'titular', 'dirigente', 'fundador', 'fundadora',
  'doctor', 'doctora', 'profesor', 'profesora', 'abogado', 'abogada', 'economista', 'analista', 'experto', 'experta',
];

/** French offices and roles. */
export const FRENCH_ROLES: readonly string[] = [
  'ministre', 'président', 'présidente', 'maire', 'porte-parole', 'directeur', 'directrice', 'secrétaire', 'député', 'députée',
  'sénateur', 'sénatrice', 'préfet', 'préfète', 'entraîneur', 'entraîneuse', 'docteur', 'professeur', 'professeure', 'chef', 'cheffe',
  'avocat', 'avocate', 'juge', 'économiste', 'analyste', 'expert', 'experte', 'gouverneur', 'ambassadeur', 'ambassadrice', 'premier',
];

/** Italian offices and roles. */
export const ITALIAN_ROLES: readonly string[] = [
  'sindaco', 'direttore', 'direttrice', 'segretario', 'segretaria', 'portavoce', 'deputato', 'deputata', 'senatore', 'allenatore',
  'assessore',
];

/** Portuguese offices and roles. */
export const PORTUGUESE_ROLES: readonly string[] = [
  'prefeito', 'prefeita', 'diretor', 'diretora', 'secretário', 'secretária', 'porta-voz', 'deputado', 'deputada', 'governador',
  'governadora', 'treinador',
];
