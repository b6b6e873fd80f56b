/**
 * Lines a pasted page or document keeps in its header that are neither headline, dek nor
 * byline: a CMS's placeholder left unfilled ("Enter subtitle here", "Inserisci qui il
 * Sottotitolo", "Lorem ipsum …"). Words per language from general knowledge of editors'
 * templates (en, de, fr, es, it, pt, nl, pl).
 */

/** A line lower-cased, accents dropped, and its words joined by `-` ("Inserisci qui il Sottotitolo" → "inserisci-qui-il-sottotitolo"). */
function slugOf(line: string): string {
  return line
    .normalize('NFD')
    .replace(/\p{M}/gu, '')
    .toLowerCase()
    .replace(/[^\p{L}\p{N}]+/gu, '-')
    .replace(/^-|-$/g, '');
}

/** The fields a template's placeholder names, as slugs: title, subtitle, text, caption ("sottotitolo", "Untertitel", "sous-titre"). */
const FIELD = [
  'title', 'subtitle', 'sub-title', 'subheadline', 'subhead', 'headline', 'heading', 'text', 'caption', 'description', 'excerpt', 'summary', 'teaser',
  'titolo', 'sottotitolo', 'testo', 'didascalia', 'sommario', 'occhiello',
  'titulo', 'subtitulo', 'texto', 'entradilla', 'bajada', 'legenda',
  'titre', 'sous-titre', 'texte', 'chapo', 'chapeau', 'legende',
  'titel', 'untertitel', 'uberschrift', 'unterzeile', 'bildunterschrift',
  'ondertitel', 'tekst', 'kop',
  'tytul', 'podtytul',
].join('|');
/** "Here" in the languages above: where the placeholder asks the editor to write. */
const HERE = ['here', 'qui', 'aqui', 'ici', 'hier', 'tutaj', 'goes-here'].join('|');
/** The placeholder's imperative ("Enter", "Inserisci", "Introduce", "Saisissez", "eingeben", "Voer … in", "Wpisz"). */
const VERB = [
  'enter', 'insert', 'type', 'add', 'write', 'edit', 'click-to-edit', 'click-here-to-edit', 'place',
  'inserisci', 'inserire', 'scrivi', 'digita', 'aggiungi',
  'introduce', 'introduzca', 'escribe', 'escriba', 'inserte', 'anade', 'agrega',
  'insira', 'digite', 'escreva', 'adicione',
  'saisissez', 'saisir', 'entrez', 'ajoutez', 'ecrivez',
  'eingeben', 'einfugen', 'hinzufugen', 'eintragen', 'schreiben',
  'voer', 'vul', 'typ', 'schrijf',
  'wpisz', 'dodaj',
].join('|');
/** The small words a placeholder puts before its field ("Enter the title", "Inserisci qui il Sottotitolo", "Your title here"). */
const ARTICLE = ['your', 'the', 'a', 'an', 'il', 'lo', 'la', 'un', 'el', 'o', 'le', 'de', 'het', 'den', 'die', 'der', 'ihren', 'votre', 'tu', 'su', 'seu'].join('|');

/**
 * A template's field with the editor's instruction around it, and nothing else: an imperative
 * first, "here" before or after the field, an article before it, the instruction's verb or a
 * Dutch particle ("in") last. "Enter the title race" (a word after the field) is no placeholder.
 */
const FIELD_PLACEHOLDER = new RegExp(String.raw`^(?:(?<verb>${VERB})-)?(?:(?<here>${HERE})-)?(?:(?:${ARTICLE})-)?(?:${FIELD})(?:-(?<hereAfter>${HERE}))?(?:-(?<verbAfter>${VERB}))?(?:-in)?$`);

/** The longest line read as a placeholder, and as the filler text. */
const MAX_PLACEHOLDER = 60;
const MAX_FILLER = 100;

/**
 * Whether a line is a CMS's placeholder left unfilled: a field's name with the editor's
 * instruction ("Enter subtitle here", "Subtitle goes here", "Inserisci qui il Sottotitolo",
 * "Untertitel hier eingeben", "Saisissez le sous-titre ici") or the filler text "Lorem ipsum …".
 * A published page's text never is one: it is no headline and no dek.
 *
 * @example
 * isPlaceholderLine('Inserisci qui il Sottotitolo') //=> true
 * isPlaceholderLine('Enter the title race') //=> false
 */
export function isPlaceholderLine(line: string): boolean {
  // (The filler as a dek's line, not a test page's paragraphs of it.)
  if (/[.!?]$/.test(line)) return false;
  if (/^lorem ipsum\b/i.test(line)) return line.length <= MAX_FILLER;
  if (line.length > MAX_PLACEHOLDER) return false;
  const groups = FIELD_PLACEHOLDER.exec(slugOf(line))?.groups;
  // (A field's name alone, "Subtitle", is a label; the instruction makes it a placeholder.)
  return groups !== undefined && (groups.verb ?? groups.here ?? groups.hereAfter ?? groups.verbAfter) !== undefined;
}
