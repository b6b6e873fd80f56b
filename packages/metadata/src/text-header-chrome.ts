import { GERMAN_ADMINISTRATIVE_UNITS } from '@newsparse/core';
import { slugOf } from './text-furniture.js';

/**
 * Lines a pasted page or document keeps in its header that are neither headline, dek nor
 * byline: a CMS's placeholder left unfilled ("Enter subtitle here", "Inserisci qui il
 * Sottotitolo", "Lorem ipsum …"). Words per language from general knowledge of editors'
 * templates (en, de, fr, es, it, pt, nl, pl).
 */

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

/**
 * A press release's label, first on its line, with nothing but a date after it ("FOR IMMEDIATE
 * RELEASE", "For Immediate Release: March 4, 2024", "Embargoed until 5 March 2024",
 * "Pressemitteilung", "Communiqué de presse", "Comunicato stampa", "Persbericht", "PRESS
 * STATEMENT", as governments and county offices head theirs).
 */
const RELEASE_LABEL =
  /^(?:for immediate release|immediate release|for release|news release|press release|media release|press statement|media statement|embargoed(?: until| till)?|embargo|pressemitteilung|presseinformation|pressemeldung|medienmitteilung|zur sofortigen ver[oö]ffentlichung|communiqu[eé](?: de presse)?|pour diffusion imm[eé]diate|comunicado(?: de prensa| de imprensa| [aà] imprensa)?|nota de prensa|para publicaci[oó]n inmediata|comunicato stampa|persbericht|komunikat prasowy|pressmeddelande|pressemelding|pressemeddelelse|tiedote)(?![\p{L}\p{N}])[\s:|,.–—-]*/iu;

/**
 * What follows a press release's label on its line ('' for the label alone, the date in "For
 * Immediate Release: March 4, 2024"), or null when the line is no label: a headline that opens
 * with the words ("Press release rules change") goes on in words, which the caller's date
 * reader rejects.
 *
 * @example
 * releaseLabel('FOR IMMEDIATE RELEASE') //=> ''
 * releaseLabel('Embargoed until 5 March 2024') //=> '5 March 2024'
 */
export function releaseLabel(line: string): string | null {
  if (line.length > 80) return null;
  const match = RELEASE_LABEL.exec(line);
  if (match === null) return null;
  const rest = line.slice(match[0].length).trim();
  // (Only a date may follow: digits are there.)
  return rest.length === 0 || /\d/.test(rest) ? rest : null;
}

/** An SEC filing's exhibit label above the document it files ("Exhibit 99.1", "EX-99.1"). */
const EXHIBIT_LABEL = /^(?:exhibit|ex\.?-?) ?\d{1,3}(?:\.\d{1,3})?$/i;

/** Whether a line is only a filing's exhibit label ("Exhibit 99.1"): a press release filed as an exhibit prints it above its sender block. */
export function isExhibitLabel(line: string): boolean {
  return line.length <= 20 && EXHIBIT_LABEL.test(line);
}

/**
 * The label of a press release's contact block, first on its line ("Contact:", "Media
 * Contacts:", "For more information, contact:", "Pressekontakt:", "Contact presse :",
 * "Contacto de prensa:", "Ufficio stampa:", "Assessoria de imprensa:", "Perscontact:").
 */
const CONTACT_LABEL =
  /^(?:(?:(?:media|press|investor|company|news|pr|public relations|editorial)(?: and (?:media|investor|analyst))? )?(?:contacts?|inquiries|enquiries|relations)|for (?:more|further) information(?:,? (?:please )?contact)?|(?:presse|medien)?kontakte?|ansprechpartner(?:in)?|contacts? (?:presse|m[eé]dias?)|relations (?:presse|m[eé]dias)|contactos? (?:de prensa|para medios)|contactos?|contatti(?: stampa)?|contatto(?: stampa)?|ufficio stampa|contatos?|assessoria de imprensa|perscontact|contactpersoon|kontakt dla medi[oó]w)(?:[ \t]*:|$)/iu;

/** Whether a line opens with a contact block's label ("Contact:", "Media Contacts:", "Pressekontakt:"). */
export function isContactLabel(line: string): boolean {
  return line.length <= 80 && CONTACT_LABEL.test(line);
}

/** A phone's label ("Tel.", "Phone:", "Fax", "Mob."), then the number. */
const PHONE_LABEL = /^(?:tel(?:ephone|efon|efono|efone|efoon)?|t[eé]l[eé]phone|tél|teléfono|phone|ph|fax|mobile|mob|cell|tlf|puh|[tfm])\.?[ \t]*[:.]?[ \t]*/iu;
/** A phone number: digits, spaces, brackets, dots, slashes and hyphens, perhaps an international "+". */
const PHONE_NUMBER = /^\+?[\d(][\d \t()./-]{5,22}\d$/;
/** An email address, as one word of a line (its punctuation around it dropped). */
const EMAIL = /^[\w.+-]{1,64}@[\w-]{1,63}(?:\.[\w-]{1,63}){1,5}$/;
/** A post office box ("P.O. Box 1234", "Postbus 93138", "Postfach 12 34", "Apartado 567", "Caixa Postal 89"). */
const POST_BOX = /^(?:p\.? ?o\.? box|postbus|postfach|bo[iî]te postale|b\.p\.|apartado(?: de correos)?|caixa postal|casella postale) ?\d/iu;

/**
 * Whether a line is a contact block's label or one of its data: a phone number (labelled,
 * "Tel. 070-3440 713", or of nine digits or more alone, "858-410-8673"), an email address with
 * a few words at most ("Email: press@example.com"), a post office box.
 */
export function isContactLine(line: string): boolean {
  if (line.length > 80) return false;
  if (CONTACT_LABEL.test(line) || POST_BOX.test(line)) return true;
  if (line.includes('@')) {
    const words = line.split(' ');
    return words.length <= 6 && words.some((word) => EMAIL.test(word.replace(/^[<(]|[>),;.]$/g, '')));
  }
  const label = PHONE_LABEL.exec(line);
  const number = label === null ? line : line.slice(label[0].length);
  if (!PHONE_NUMBER.test(number)) return false;
  const digits = number.replace(/\D/g, '').length;
  // (A date or a count alone has fewer digits: "2024-03-04", "15 000".)
  return digits >= (label !== null && label[0].length > 0 ? 7 : 9);
}

/**
 * The words of an administrative unit that open a region's name ("Landkreis Ahrweiler",
 * "Verbandsgemeinde Wirges", "Comune di Modica", "Gemeente Utrecht", "Powiat Tatrzański"),
 * lower-case, in the languages of the web (general knowledge).
 */
const UNIT_BEFORE = new Set([
  ...GERMAN_ADMINISTRATIVE_UNITS, 'region', 'regierungsbezirk',
  'provincia', 'comune', 'regione', 'municipio', 'concelho', 'distrito', 'departamento', 'département', 'gemeente', 'provincie', 'powiat', 'gmina', 'województwo',
  'county', 'district', 'borough', 'parish', 'province',
]);
/** The words of an administrative unit that close a region's name ("Monroe County", "Uppsala kommun", "Stockholms län", "Vestland fylke"), lower-case. */
const UNIT_AFTER = new Set(['county', 'parish', 'district', 'borough', 'township', 'province', 'region', 'kommun', 'kommune', 'län', 'fylke', 'amt', 'maakunta', 'kunta']);
/** The small words between a unit and its name ("Comune di Modica", "Provincia de Buenos Aires"). */
const UNIT_LINKS = new Set(['di', 'de', 'del', 'della', 'do', 'da', 'du', 'of']);
/**
 * A German district named as one word with its unit last ("Westerwaldkreis", "Rhein-Sieg-Kreis",
 * "Hochsauerlandkreis"). A circle's compound joins its noun with "s" or "n" ("Teufelskreis",
 * "Freundeskreis", "Bekanntenkreis"): no district.
 */
const DISTRICT_WORD = /^\p{Lu}[\p{L}-]{1,40}[^sn]kreis$/iu;

/**
 * Whether a short line is a region's name alone, as a local paper labels its story with the
 * district it reports from ("Westerwaldkreis", "Landkreis Ahrweiler", "Monroe County", "Comune
 * di Modica"): above the headline it is no headline.
 *
 * @example
 * isRegionLabel('Westerwaldkreis') //=> true
 * isRegionLabel('County rejects tax rise') //=> false
 */
export function isRegionLabel(line: string): boolean {
  if (line.length > 40 || /[\d.!?:,;]/.test(line)) return false;
  const words = line.split(' ');
  if (words.length > 4 || !words.every((word) => /^\p{Lu}/u.test(word) || UNIT_LINKS.has(word) || UNIT_AFTER.has(word))) return false;
  if (words.length === 1) return DISTRICT_WORD.test(line) && !/^kreis$/i.test(line);
  const first = words[0]!.toLowerCase();
  const last = words[words.length - 1]!.toLowerCase();
  // (The unit and a name of one or two words, a link word between: "Comune di Modica".)
  if (UNIT_BEFORE.has(first)) return words.slice(1).filter((word) => !UNIT_LINKS.has(word)).length <= 2 && !UNIT_LINKS.has(words[words.length - 1]!);
  return UNIT_AFTER.has(last) && words.length <= 3 && !words.slice(0, -1).some((word) => UNIT_LINKS.has(word));
}

/**
 * A relative stamp ("4 weeks ago", "vor 3 Stunden", "il y a 2 jours", "hace 5 horas", "há 2 dias",
 * "3 giorni fa", "2 dagen geleden", "3 dni temu", "för 2 dagar sedan", "for 3 timer siden"), its
 * count in digits; lower-case units of en, de, fr, es, pt, it, nl, pl, sv, no, da.
 */
const RELATIVE_STAMP = new RegExp(
  [
    String.raw`(?<!\d)\d{1,3} ?(?:min|mins|minutes?|hrs?|hours?|days?|weeks?|months?|years?) ago`,
    String.raw`\bvor \d{1,3} (?:minuten|stunden|tagen|wochen|monaten|jahren)`,
    String.raw`\bil y a \d{1,3} (?:minutes?|heures?|jours?|semaines?|mois|ans?)`,
    String.raw`\b(?:hace|há) \d{1,3} (?:minutos?|horas?|días?|dias?|semanas?|meses|mes|mês|años?|anos?)`,
    String.raw`(?<!\d)\d{1,3} (?:minuti|minuto|ore|ora|giorni|giorno|settimane|settimana|mesi|mese|anni|anno) fa`,
    String.raw`(?<!\d)\d{1,3} (?:minuten|minuut|uur|dagen|dag|weken|week|maanden|maand|jaar) geleden`,
    String.raw`(?<!\d)\d{1,3} (?:minut|minuty|godz\.|godzin|godziny|dni|dzień|tygodni|tygodnie|miesięcy|lat) temu`,
    String.raw`\bför \d{1,3} (?:minuter|timmar|timme|dagar|dag|veckor|vecka|månader|månad|år) sedan`,
    String.raw`\bfor \d{1,3} (?:minutter|timer|time|dager|dage|dag|uker|uger|uke|uge|måneder|måned|år) siden`,
  ].join('|'),
  'iu',
);

/** Where a relative stamp stands in a line: its start and end, or null. */
export function relativeStampIn(line: string): { start: number; end: number } | null {
  if (line.length > 120) return null;
  const match = RELATIVE_STAMP.exec(line);
  return match === null ? null : { start: match.index, end: match.index + match[0].length };
}

/**
 * A picture's label a copied page keeps in place of its credit, as slugs: a stand-in or archive
 * picture ("Symbolfoto", "Symbolbild", "Archivfoto", "File photo", "Foto d'archivio", "Imagen de
 * archivo", "Photo d'illustration", "Archieffoto", "Zdjęcie ilustracyjne", "Arkivbild").
 */
const PHOTO_LABELS = new Set([
  'symbolfoto', 'symbolbild', 'archivfoto', 'archivbild', 'archivaufnahme', 'illustration', 'file-photo', 'stock-photo', 'stock-image', 'illustrative-image',
  'representational-image', 'representative-image', 'foto-d-archivio', 'foto-di-repertorio', 'immagine-di-repertorio', 'foto-d-archivio-ansa',
  'imagen-de-archivo', 'foto-de-archivo', 'imagen-ilustrativa', 'imagem-de-arquivo', 'foto-de-arquivo', 'imagem-ilustrativa', 'foto-ilustrativa',
  'photo-d-archives', 'photo-d-illustration', 'image-d-illustration', 'archieffoto', 'archiefbeeld', 'illustratiefoto', 'zdjecie-ilustracyjne',
  'arkivbild', 'arkivfoto', 'illustrasjonsfoto', 'arkivfoto-illustration',
]);

/**
 * A photo's caption whose credit is a picture's label ("Zwei Autos stießen zusammen. Symbolfoto"),
 * or the label alone ("Symbolfoto"): the caption before the label (null when alone), or
 * undefined for any other line. The label closes the caption's last sentence.
 *
 * @example
 * photoLabelCaption('Die B 8 war gesperrt. Symbolfoto') //=> 'Die B 8 war gesperrt.'
 * photoLabelCaption('Symbolfoto') //=> null
 */
export function photoLabelCaption(line: string): string | null | undefined {
  if (line.length > 300) return undefined;
  if (line.length <= 40 && PHOTO_LABELS.has(slugOf(line))) return null;
  // (The label is the line's last one to three words, after a sentence's stop.)
  for (let words = 1, space = line.lastIndexOf(' '); words <= 3 && space > 0; words++, space = line.lastIndexOf(' ', space - 1)) {
    if (PHOTO_LABELS.has(slugOf(line.slice(space + 1))) && /[.!?]["”“’»«]?$/u.test(line.slice(0, space))) return line.slice(0, space);
  }
  return undefined;
}

/** An image's file name alone ("robert-montague.png", "IMG_2041.JPG"): a copy keeps it where the picture stood. */
const IMAGE_FILE = /^[\w.-]{1,100}\.(?:png|jpe?g|gif|webp|svg|avif|bmp|tiff?|heic)$/i;

/**
 * Whether a line is only an image's file name, as a copied page keeps it in place of the
 * picture: never a headline or a dek.
 *
 * @example
 * isImageFileName('robert-montague.png') //=> true
 */
export function isImageFileName(line: string): boolean {
  return line.length <= 110 && IMAGE_FILE.test(line);
}

/**
 * The kind of a piece, as a portal labels it under or over the headline, as slugs: "Peer-Reviewed
 * Publication", "Research Article", "Analysis", "Commentary", "Explainer", "Fact check",
 * "Kommentar", "Analyse", "Tribune", "Análisis", "Commento" (general knowledge of news templates).
 */
const GENRE_LABELS = new Set([
  'peer-reviewed-publication', 'research-article', 'research-news', 'original-research', 'journal-article', 'meeting-announcement',
  'analysis', 'news-analysis', 'commentary', 'editorial', 'explainer', 'fact-check', 'factcheck', 'feature', 'op-ed', 'interview', 'obituary', 'review',
  'kommentar', 'analyse', 'leitartikel', 'gastbeitrag', 'reportage', 'hintergrund', 'tribune', 'chronique', 'decryptage', 'analisis', 'opinion',
  'columna', 'editorial', 'commento', 'editoriale', 'analisi', 'opiniao', 'artigo', 'coluna', 'commentaar', 'achtergrond', 'column', 'recensie',
]);

/**
 * Whether a line is only the kind of the piece ("Peer-Reviewed Publication", "Analysis",
 * "Kommentar"): a label, never the dek or the headline.
 *
 * @example
 * isGenreLabel('Peer-Reviewed Publication') //=> true
 */
export function isGenreLabel(line: string): boolean {
  return line.length <= 40 && GENRE_LABELS.has(slugOf(line));
}
