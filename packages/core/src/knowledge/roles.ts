// Offices and roles in the Romance languages and German news copy names people by, once for every
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
  // Police and military ranks ("el teniente Thomas Antonetti", "la comisaria Ana Gil").
  'teniente', 'capitán', 'capitana', 'coronel', 'comandante', 'sargento', 'comisario', 'comisaria', 'inspector', 'inspectora',
];

/** French offices and roles. */
export const FRENCH_ROLES: readonly string[] = [
  'ministre', 'président', 'présidente', 'maire', 'porte-parole', 'directeur', 'directrice', 'secrétaire', 'député', 'députée',
  'sénateur', 'sénatrice', 'préfet', 'préfète', 'entraîneur', 'entraîneuse', 'docteur', 'professeur', 'professeure', 'chef', 'cheffe',
  'avocat', 'avocate', 'juge', 'économiste', 'analyste', 'expert', 'experte', 'gouverneur', 'ambassadeur', 'ambassadrice', 'premier',
  'élu', 'élue', 'édile', 'procureur', 'procureure', 'commissaire', 'conseiller', 'conseillère',
  // Police and military ranks.
  'lieutenant', 'lieutenante', 'capitaine', 'colonel', 'colonelle', 'commandant', 'commandante', 'sergent', 'adjudant',
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

/**
 * German offices and roles, written capitalised before a name ("Oberbürgermeisterin Anna
 * Weber", "Staatsanwalt Frank Peters"); compounds that end in one ("Regierungssprecher",
 * "Oberstaatsanwältin") are read by their end where a package needs them.
 */
export const GERMAN_ROLES: readonly string[] = [
  'bürgermeister', 'bürgermeisterin', 'oberbürgermeister', 'oberbürgermeisterin', 'minister', 'ministerin', 'ministerpräsident',
  'ministerpräsidentin', 'bundesminister', 'bundesministerin', 'landesminister', 'landesministerin', 'staatssekretär',
  'staatssekretärin', 'senator', 'senatorin', 'kanzler', 'kanzlerin', 'bundeskanzler', 'bundeskanzlerin', 'präsident', 'präsidentin',
  'bundespräsident', 'bundespräsidentin', 'sprecher', 'sprecherin', 'pressesprecher', 'pressesprecherin', 'regierungssprecher',
  'regierungssprecherin', 'polizeisprecher', 'polizeisprecherin', 'chef', 'chefin', 'vorsitzende', 'vorsitzender', 'geschäftsführer',
  'geschäftsführerin', 'vorstand', 'vorstandschef', 'vorstandschefin', 'fraktionschef', 'fraktionschefin', 'parteichef', 'parteichefin',
  'landrat', 'landrätin', 'stadtrat', 'stadträtin', 'abgeordnete', 'abgeordneter', 'professor', 'professorin', 'trainer', 'trainerin',
  'direktor', 'direktorin', 'leiter', 'leiterin', 'richter', 'richterin', 'anwalt', 'anwältin', 'staatsanwalt', 'staatsanwältin',
  'manager', 'managerin', 'experte', 'expertin', 'ökonom', 'ökonomin', 'analyst', 'analystin', 'bischof', 'bischöfin', 'pfarrer', 'pfarrerin',
  'politiker', 'politikerin', 'botschafter', 'botschafterin', 'kommissar', 'kommissarin', 'generalsekretär', 'generalsekretärin',
  'organisator', 'organisatorin', 'veranstalter', 'veranstalterin', 'gründer', 'gründerin', 'inhaber', 'inhaberin',
  // A town hall's offices: department heads, deputies, treasurers, district heads, councillors.
  'dezernent', 'dezernentin', 'beigeordneter', 'beigeordnete', 'kämmerer', 'kämmerin', 'ortsvorsteher', 'ortsvorsteherin',
  'gemeinderat', 'gemeinderätin', 'kreisrat', 'kreisrätin',
];
