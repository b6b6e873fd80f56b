import { COMMENT_HEADING, READ_ALSO_SLUGS, READ_MORE_SLUGS } from './boilerplate.js';

/** A furniture line is short: a longer line is story text, whatever it opens with. */
export const MAX_FURNITURE_LINE = 200;
/** The label before a related-link line's colon is a few words at most ("Das könnte Sie auch interessieren"). */
const MAX_LABEL = 40;

/**
 * Labels that open a related-link line ("READ MORE: …", "Lesen Sie auch: …", "LIRE AUSSI : …"),
 * as slugs (see {@link slugOf}), in the languages the package reads (general knowledge). The
 * "read also" and "read more" slugs of the class-label reader are the same words.
 */
const LINK_LABELS = new Set<string>([
  ...READ_ALSO_SLUGS,
  ...READ_MORE_SLUGS,
  // English
  'read', 'read-also', 'also-read', 'related', 'related-story', 'related-stories', 'related-article', 'related-articles', 'related-coverage',
  'related-content', 'related-video', 'related-link', 'related-links', 'see-also', 'more', 'more-on-this', 'more-on-this-story', 'more-from',
  'watch', 'listen', 'recommended', 'further-reading', 'you-may-also-like', 'don-t-miss', 'dont-miss', 'also-see', 'click-here',
  'more-news', 'latest-news', 'top-stories', 'trending-now',
  // German
  'lesen-sie-auch', 'lesen-sie-mehr', 'mehr-zum-thema', 'mehr-dazu', 'zum-thema', 'auch-interessant', 'siehe-auch', 'mehr-lesen',
  'das-konnte-sie-auch-interessieren', 'das-konnte-sie-interessieren', 'passend-zum-thema', 'video', 'horen-sie-auch', 'sehen-sie-auch',
  // French
  'a-lire-aussi', 'lire-egalement', 'a-lire-egalement', 'a-lire', 'voir-aussi', 'a-voir-aussi', 'a-voir', 'sur-le-meme-sujet', 'en-savoir-plus',
  'regarder', 'ecouter', 'a-ecouter',
  // Spanish
  'lea-tambien', 'lee-tambien', 'leer-mas', 'lea-mas', 'lee-mas', 'ver-tambien', 'te-puede-interesar', 'le-puede-interesar', 'relacionado',
  'relacionada', 'relacionados', 'noticia-relacionada', 'noticias-relacionadas', 'mira-tambien', 'mas-informacion', 'escucha',
  // Italian
  'leggi-pure', 'leggi-anche-questo', 'vedi-anche', 'potrebbe-interessarti', 'correlati', 'correlato', 'guarda', 'ascolta', 'approfondisci',
  // Dutch
  'lees-meer', 'lees-ook-dit', 'zie-ook', 'meer-over', 'meer-over-dit-onderwerp', 'bekijk', 'kijk', 'luister', 'gerelateerd',
  // Portuguese
  'leia-mais', 'veja-tambem', 'leia-tambem-isso', 'assista', 'ouca', 'relacionadas',
]);

/**
 * Labels of the boxes a page sets around or under a story, as slugs: its author's bio and its
 * further reading ("About the author", "Über den Autor", "Zum Weiterlesen", "Verwandte Themen").
 * With {@link LINK_LABELS}, a line that is one of them alone signposts other content.
 */
const SECTION_LABELS = new Set<string>([
  'about-the-author', 'about-the-authors', 'about-us', 'uber-den-autor', 'uber-die-autorin', 'uber-die-autoren', 'zum-autor', 'zur-autorin',
  'a-propos-de-l-auteur', 'a-propos-de-l-autrice', 'sobre-el-autor', 'sobre-la-autora', 'sull-autore', 'sull-autrice', 'over-de-auteur',
  'sobre-o-autor', 'sobre-a-autora', 'zum-weiterlesen', 'weiterlesen', 'weitere-artikel', 'weitere-beitrage', 'verwandte-themen',
  'verwandte-themenbereiche', 'verwandte-artikel', 'verwandte-beitrage', 'mehr-zu-diesem-thema', 'related-posts', 'related-reading',
  'more-stories', 'more-from-this-author', 'mehr-vom-autor', 'mehr-von-der-autorin',
]);

/**
 * Whether a short line, alone in its block, only signposts other content: a related-link label
 * ("Lesen Sie auch", "Read more:", "Lire aussi"), the label of an author box or a further-
 * reading box ("Über den Autor", "Zum Weiterlesen:"), or a share bar's or an ad slot's label
 * left without its buttons ("Share this article", "Copy link", "Artikel teilen"), whatever
 * follows it.
 *
 * @example
 * isSignpostLine('Lesen Sie auch') //=> true
 * isSignpostLine('Lesen Sie auch das Protokoll.') //=> false
 */
export function isSignpostLine(line: string): boolean {
  if (line.length > MAX_LABEL || !/^\p{L}/u.test(line)) return false;
  const slug = slugOf(line);
  return LINK_LABELS.has(slug) || SECTION_LABELS.has(slug) || PHRASE_LINES.has(slug);
}

/**
 * Lines that are only an ad marker or a share bar's label, as slugs: "Advertisement",
 * "Anzeige", "Publicité", "Share this article", "Artikel teilen", "Partager".
 */
const PHRASE_LINES = new Set<string>([
  // A story's save and language-switch buttons ("Save Story", "Leer en español").
  'save-story', 'save-article', 'save-for-later', 'leer-en-espanol', 'read-in-english', 'lire-en-francais',
  'advertisement', 'advertisement-banner', 'ad-banner', 'advertising', 'ad', 'sponsored', 'sponsored-content', 'paid-content', 'story-continues-below-advertisement',
  'article-continues-below-advertisement', 'continue-reading-below', 'scroll-to-continue-with-content', 'skip-advertisement',
  'anzeige', 'werbung', 'gesponsert', 'publicite', 'publicidad', 'pubblicita', 'advertentie', 'publicidade',
  'share', 'share-this', 'share-this-article', 'share-this-story', 'share-this-page', 'share-this-post', 'share-article', 'share-story',
  'teilen', 'artikel-teilen', 'beitrag-teilen', 'diesen-artikel-teilen', 'partager', 'partager-l-article', 'partager-cet-article',
  'compartir', 'compartir-noticia', 'compartir-articulo', 'condividi', 'condividi-articolo', 'condividi-questo-articolo',
  'delen', 'deel-dit-artikel', 'deel-artikel', 'compartilhe', 'compartilhar', 'partilhar',
  'print', 'email', 'comments', 'copy-link', 'copy-link-to-clipboard', 'drucken', 'imprimer', 'imprimir', 'stampa',
  // A share button left alone on its line ("• Whatsapp", "Facebook").
  'whatsapp', 'facebook', 'twitter', 'telegram', 'linkedin', 'pinterest',
  'related-posts', 'related-articles', 'related-stories', 'next-post', 'previous-post', 'next-article', 'previous-article', 'next-story', 'previous-story',
  // A share counter's label ("Shares", under its number) and a picture's stock label ("File photo").
  'shares', 'file-photo', 'file-picture', 'file-image', 'file-pic', 'representational-image', 'representative-image', 'stock-photo', 'stock-image',
  // Blog themes' search and menu chrome, copied with the page ("Close this search box.", "No menu items!",
  // "Type above and press Enter to search. Press Esc to cancel.", "Search for:").
  'close-this-search-box', 'no-menu-items', 'type-above-and-press-enter-to-search-press-esc-to-cancel', 'press-enter-to-search', 'search-for',
  'type-and-hit-enter', 'type-and-press-enter', 'hit-enter-to-search-or-esc-to-close', 'start-typing-and-press-enter-to-search',
  // A broadcaster's live player over the page ("Play Live Radio", "Next Up:", "Listen Live").
  'play-live-radio', 'listen-live', 'watch-live', 'live-radio', 'next-up', 'now-playing', 'on-air-now', 'live-stream',
  // A rating, feedback or share widget's question under the story ("Was this article helpful?",
  // "Wie hat Ihnen dieser Artikel gefallen?", "Möchten Sie den Artikel teilen?", "Cet article vous a-t-il été utile ?").
  'was-this-article-helpful', 'was-this-helpful', 'was-this-page-helpful', 'did-you-find-this-article-helpful', 'did-you-like-this-article',
  'did-you-enjoy-this-article', 'rate-this-article', 'rate-this-post', 'how-would-you-rate-this-article', 'share-this-article-with-a-friend',
  'war-dieser-artikel-hilfreich', 'war-der-artikel-hilfreich', 'war-dieser-beitrag-hilfreich', 'hat-ihnen-dieser-artikel-gefallen',
  'hat-ihnen-der-artikel-gefallen', 'wie-hat-ihnen-dieser-artikel-gefallen', 'wie-hat-ihnen-der-artikel-gefallen', 'wie-bewerten-sie-diesen-artikel',
  'wie-bewerten-sie-diesen-beitrag', 'artikel-bewerten', 'beitrag-bewerten', 'mochten-sie-den-artikel-teilen', 'mochten-sie-diesen-artikel-teilen',
  'mochten-sie-den-beitrag-teilen', 'cet-article-vous-a-t-il-ete-utile', 'cet-article-vous-a-plu', 'evaluez-cet-article', 'notez-cet-article',
  'te-ha-gustado-este-articulo', 'te-gusto-este-articulo', 'te-resulto-util-este-articulo', 'valora-este-articulo', 'califica-este-articulo',
  'ti-e-piaciuto-questo-articolo', 'questo-articolo-ti-e-stato-utile', 'valuta-questo-articolo', 'was-dit-artikel-nuttig',
  'wat-vond-je-van-dit-artikel', 'beoordeel-dit-artikel', 'gostou-deste-artigo', 'este-artigo-foi-util', 'avalie-este-artigo',
]);

/**
 * A notice the page shows an old browser or one without scripts: "Your web browser is no longer
 * supported. To improve your experience update it here", "You are using an outdated browser",
 * "Please enable JavaScript to view this page". Never a headline.
 */
const BROWSER_NOTICE = /^(?:your (?:web |internet )?browser (?:is|does|may)|you(?: are|'re|\u2019re) using an? (?:outdated|older?|unsupported)|(?:please )?(?:enable|turn on|activate) javascript|javascript (?:is|must be) (?:disabled|required|enabled|turned off)|this (?:site|website|page) (?:works best|requires javascript))/i;
const NOTICE_MAX = 200;

/**
 * Navigation and section labels a copied page leaves above its headline, as slugs: "Skip to
 * content", "Breaking News", "Menu", "Author", "Zum Inhalt springen", "Aller au contenu".
 */
const NAVIGATION_LINES = new Set<string>([
  'skip-to-content', 'skip-to-main-content', 'skip-to-navigation', 'skip-navigation', 'jump-to-content', 'skip-to-article',
  'accessibility-links', 'accessibility', 'accessibility-help',
  'breaking-news', 'breaking', 'latest-news', 'top-stories', 'trending', 'menu', 'main-menu', 'navigation', 'search', 'home',
  'author', 'sections', 'news', 'live', 'watch-live', 'sign-in', 'log-in', 'subscribe', 'shares',
  // A search box's label in more languages ("Procurar", "Buscar", "Suche", "Rechercher", "Cerca", "Zoeken", "Szukaj", "Sök").
  'procurar', 'pesquisar', 'buscar', 'suche', 'suchen', 'rechercher', 'cerca', 'zoeken', 'szukaj', 'sok', 'søk', 'haku', 'hledat', 'hladat',
  'kereses', 'cautare', 'ara', 'cari', 'pretraga', 'trazi', 'søg',
  // Section names a page prints above its headline ("Nation", "World", "Business").
  'nation', 'national', 'world', 'international', 'local', 'business', 'economy', 'markets', 'money', 'politics', 'opinion',
  'earnings', 'companies', 'investing', 'stocks', 'personal-finance', 'real-estate', 'autos', 'energy',
  'sport', 'sports', 'tech', 'technology', 'science', 'health', 'entertainment', 'culture', 'lifestyle', 'travel',
  'football', 'soccer', 'cricket', 'tennis', 'basketball', 'baseball', 'rugby', 'golf', 'hockey', 'athletics', 'motorsport', 'fussball', 'futbol',
  'politik', 'wirtschaft', 'kultur', 'panorama', 'inland', 'ausland', 'monde', 'politique', 'economie', 'societe',
  // "News" in the languages the package reads ("Notícias", "Nachrichten", "Actualités", "Nieuws", "Notizie").
  'noticias', 'ultimas-noticias', 'nachrichten', 'aktuelles', 'aktuell', 'neuigkeiten', 'meldungen', 'lokales', 'actualites', 'actualite',
  'a-la-une', 'notizie', 'ultime-notizie', 'cronaca', 'nieuws', 'laatste-nieuws', 'binnenland', 'buitenland',
  // ... and in the Nordic, Central European, Turkish and Indonesian languages ("Nyheter", "Uutiset",
  // "Wiadomości", "Zprávy", "Hírek", "Știri", "Vijesti", "Haberler", "Berita"), with their home and
  // foreign desks ("Innenriks", "Inrikes", "Indland", "Kotimaa").
  'nyheter', 'nyheder', 'nyhende', 'senaste-nytt', 'uutiset', 'wiadomosci', 'aktualnosci', 'zpravy', 'spravy', 'aktuality', 'hirek',
  'stiri', 'vijesti', 'novice', 'haberler', 'gundem', 'son-dakika', 'berita', 'berita-terkini', 'innenriks', 'utenriks', 'inrikes',
  'utrikes', 'indland', 'udland', 'kotimaa', 'ulkomaat',
  // Indonesian and Malay desks ("Bisnis", "Ekonomi", "Olahraga", "Hiburan", "Nasional", "Daerah").
  'bisnis', 'ekonomi', 'olahraga', 'sukan', 'hiburan', 'nasional', 'daerah', 'dunia', 'teknologi', 'otomotif', 'kesehatan', 'gaya-hidup',
  'internasional', 'hukum', 'megapolitan', 'nusantara', 'ekonomi-bisnis', 'berita-utama',
  // "Breaking" and "latest" desks ("Ultima ora", "Última hora", "Dernière minute", "Eilmeldung").
  'ultima-ora', 'ultim-ora', 'ultima-hora', 'derniere-minute', 'derniere-heure', 'eilmeldung', 'ultimo-minuto',
  'mundo', 'politica', 'economia', 'deportes', 'sociedad', 'cultura', 'internacional', 'nacional',
  'headlines', 'top-headlines', 'global-headlines', 'latest-headlines', 'top-news', 'world-news', 'local-news',
  // An image's placeholder alt text, alone on its line ("Image for post", as a blog platform prints it).
  'image', 'image-for-post', 'photo', 'picture', 'bild', 'foto', 'imagen', 'immagine',
  // A social box's call to follow the site ("Connect with us", "Follow us", "Folgen Sie uns", "Seguici").
  'connect-with-us', 'follow-us', 'follow-us-on', 'stay-connected', 'folge-uns', 'folgen-sie-uns', 'suivez-nous', 'siguenos', 'seguinos',
  'seguici', 'siga-nos', 'volg-ons', 'obserwuj-nas', 'følg-oss', 'følg-os', 'folj-oss',
  'zum-inhalt-springen', 'direkt-zum-inhalt', 'zum-hauptinhalt', 'direkt-zum-hauptinhalt', 'zum-hauptinhalt-springen', 'zum-inhalt', 'aller-au-contenu', 'aller-au-contenu-principal', 'ir-al-contenido',
  'saltar-al-contenido', 'vai-al-contenuto', 'naar-inhoud', 'ir-para-o-conteudo',
  // ... and in more languages: Finnish, Swedish, Danish, Norwegian, Polish, Czech, Slovak, Croatian and
  // Serbian, Romanian, Hungarian, Turkish, Portuguese, Italian, French, Spanish, Dutch.
  'hyppaa-paasisaltoon', 'siirry-sisaltoon', 'siirry-paasisaltoon', 'hoppa-till-innehallet', 'hoppa-till-huvudinnehallet', 'ga-till-innehallet',
  'spring-til-indhold', 'ga-til-indhold', 'hopp-til-innhold', 'hopp-til-hovedinnhold', 'ga-til-innhold', 'przejdz-do-tresci',
  'przejdz-do-tresci-glownej', 'prejit-na-obsah', 'preskocit-na-obsah', 'prejit-k-obsahu', 'prejst-na-obsah', 'preskoci-na-sadrzaj',
  'idi-na-sadrzaj', 'salt-la-continut', 'sari-la-continut', 'ugras-a-tartalomhoz', 'ugras-a-fo-tartalomhoz', 'icerige-gec', 'icerige-atla',
  'ana-icerige-gec', 'pular-para-o-conteudo', 'saltar-para-o-conteudo', 'salta-al-contenuto', 'passer-au-contenu', 'saltar-al-contenido-principal',
  'ga-naar-inhoud', 'direct-naar-inhoud', 'naar-de-inhoud',
  // A pop-up's or menu's close button alone on its line ("Close", "Zamknij", "Schließen", "Fermer").
  'close', 'zamknij', 'schliessen', 'schließen', 'fermer', 'cerrar', 'chiudi', 'sluiten', 'kapat', 'zavrit', 'sulje', 'lukk', 'stang', 'inchide',
]);

/**
 * Whether a text is a site's section or desk label alone, as a page names a listing or sets it
 * over a story ("Politics", "Latest news", "Nachrichten", "Actualités", "Nyheter"): no story's
 * headline.
 *
 * @example
 * isSectionName('Latest news') //=> true
 * isSectionName('Latest news on the harbour bridge') //=> false
 */
export function isSectionName(text: string): boolean {
  if (text.length > MAX_LABEL) return false;
  const slug = slugOf(text);
  return NAVIGATION_LINES.has(slug) || HOME_STEPS.has(slug);
}

/** A menu button's label, as slugs ("Menu", "Menü", "Menú", "Meny", "Valikko", "Navigation"). */
const MENU_WORDS = new Set(['menu', 'menue', 'meny', 'valikko', 'navigation', 'nav']);

/** Whether a line opens with a menu button's label ("Menü Example News"): the page's chrome, never the headline. */
export function opensWithMenuWord(line: string): boolean {
  const word = /^\p{L}+/u.exec(line)?.[0];
  return word !== undefined && MENU_WORDS.has(slugOf(word));
}

/** The longest menu entry of a menu copied one link a line: three words, 30 characters. */
const MAX_MENU_ENTRY = 30;

/** A menu's entry on a line of its own: a capitalised label of up to three words, no figure and no stop. */
function isMenuEntry(line: string): boolean {
  return line.length <= MAX_MENU_ENTRY && /^\p{Lu}/u.test(line) && !/[\d.!?:,;"“”«»]/u.test(line) && line.split(' ').length <= 3;
}

/**
 * Where a page's menu copied one link a line ends, when `text` holds one at `from`: four
 * entries or more, each a short capitalised label on its own line (blank lines between them
 * allowed), two of them at least the front page or a known section ("ANA SAYFA", "GÜNDEM",
 * "SİYASET", "EKONOMİ", … "İLETİŞİM"); the offset after its last entry, or -1. A kicker over
 * a headline is one or two such lines, never four.
 */
export function menuRunEnd(text: string, from: number): number {
  let offset = from;
  let entries = 0;
  let known = 0;
  let end = -1;
  while (offset < text.length && entries < 40) {
    const newline = text.indexOf('\n', offset);
    const lineEnd = newline === -1 ? text.length : newline;
    // (A long line is no entry: it is not copied.)
    if (lineEnd - offset > 200) break;
    const line = text.slice(offset, lineEnd).trim();
    const next = newline === -1 ? text.length : newline + 1;
    if (line.length > 0) {
      if (!isMenuEntry(line)) break;
      entries++;
      if (isSectionName(line)) known++;
      end = next;
    }
    offset = next;
  }
  return entries >= 4 && known >= 2 ? end : -1;
}

/**
 * Whether a short line is a page's navigation or section label ("Skip to content", "Breaking
 * News"), its share bar ("Share this @example.com") or counter ("Shares"), the label of an archive
 * page ("Tag Archives: trauma") or a notice to old browsers: above the headline it is no headline.
 *
 * @example
 * isNavigationLine('Skip to content') //=> true
 */
export function isNavigationLine(line: string): boolean {
  return line.length <= MAX_LABEL && (NAVIGATION_LINES.has(slugOf(line)) || isControlLine(line) || gluedSectionLabel(line) || SOURCE_SITE.test(line)) || line.length <= SHARE_MAX && SHARE_BAR.test(line) || line.length <= ARCHIVE_MAX && ARCHIVE_LABEL.test(line) || line.length <= NOTICE_MAX && BROWSER_NOTICE.test(line) || isBreadcrumb(line) || isAppBanner(line) || isMenuLine(line) || line.length <= PAGE_LINK_MAX && PAGE_LINK.test(line);
}

/**
 * A navigation label run into the section after it, as a copy joins two links: "Latest
 * NewsGulf", "Breaking NewsWorld" (the label's last letter in lower case, then a capital).
 */
function gluedSectionLabel(line: string): boolean {
  const glue = /\p{Ll}\p{Lu}/u.exec(line);
  return glue !== null && NAVIGATION_LINES.has(slugOf(line.slice(0, glue.index + 1))) && !line.slice(glue.index + 1).includes(' ');
}

/** The site a blog copied the story from, on a line of its own: "From ArabianBusiness.com", "Via example.org". */
const SOURCE_SITE = /^(?:from|via|source:?) [\p{L}\p{N}-]+(?:\.[\p{L}\p{N}-]+)*\.[a-z]{2,6}$/iu;

/**
 * A link to another page of the site, as a copy keeps it above the story: a listing's page
 * number ("Home Blog Page 3245", "Seite 2 von 5", "Página 3") or the front page ("onCampus
 * Homepage", "Zur Startseite").
 */
const PAGE_LINK = /^(?:\S+ ){0,4}(?:(?:page|seite|página|pagina|pág\.) ?\d{1,5}(?: (?:of|von|de|di|sur) \d{1,5})?|home ?page|startseite)$/iu;
const PAGE_LINK_MAX = 40;

/** Words naming a phone app, as slugs, in the languages the package reads. */
const APP_WORDS = new Set(['app', 'apps', 'application', 'appli', 'applicazione', 'aplicacion', 'aplicativo', 'aplicacao', 'applicatie']);
/** A banner's imperative to get or open the app, first on its line ("Open in app", "Get the app", "Télécharger l'application"). */
const APP_VERBS = new Set([
  'open', 'get', 'download', 'install', 'use', 'try', 'continue', 'view', 'read', 'ouvrir', 'telecharger', 'installer', 'abrir', 'descarga', 'descargar',
  'descargue', 'baixe', 'baixar', 'instale', 'scarica', 'apri', 'installa', 'installeer', 'zur',
]);
/** The words a banner puts between its verb and the app ("Download our free app", "Ouvrir dans l'application"). */
const APP_FILLERS = new Set([
  'in', 'the', 'our', 'free', 'mobile', 'news', 'new', 'official', 'dans', 'l', 'la', 'notre', 'en', 'el', 'nuestra', 'na', 'a', 'o', 'nossa', 'nell',
  'nella', 'nostra', 'de', 'onze', 'der', 'die', 'unsere', 'jetzt', 'kostenlose',
]);
/** Where a banner goes on after naming the app ("… for the latest news", "… now"), or a German verb closing it ("App öffnen"). */
const APP_TAILS = new Set(['for', 'now', 'today', 'pour', 'para', 'per', 'voor', 'fur', 'offnen', 'herunterladen', 'laden', 'installieren', 'nutzen']);
const APP_BANNER_MAX = 60;
/** Where an app's name may stand: "app", "appli…", "aplica…" (any case). */
const APP_HINT = /app|aplica/i;

/**
 * A phone app's banner a copied page keeps above the story: "Open in app", "Get the app",
 * "Download our app for the latest news", "In der App öffnen", "Ouvrir dans l'application".
 * Its verb opens the line and only small words stand before the app's name, so a headline
 * about an app ("Regulators open app store inquiry") is none.
 *
 * @example
 * isAppBanner('Download our app for the latest news') //=> true
 * isAppBanner('Open app stores to rivals, court says') //=> false
 */
export function isAppBanner(line: string): boolean {
  // (Most lines name no app: a plain search first, before the line's slug is built.)
  if (line.length > APP_BANNER_MAX || !APP_HINT.test(line) || /[.!?]$/.test(line)) return false;
  const words = slugOf(line).split('-');
  const app = words.findIndex((word) => APP_WORDS.has(word));
  if (app < 0) return false;
  const before = words.slice(0, app);
  const opened = before.length === 0 ? app + 1 < words.length : APP_VERBS.has(before[0]!) || before[0] === 'in' || before[0] === 'jetzt';
  if (!opened || !before.slice(1).every((word) => APP_FILLERS.has(word))) return false;
  const after = words[app + 1];
  // (A bare "App" line needs its German verb after it: "App öffnen".)
  return after === undefined ? before.length > 0 && before[0] !== 'in' : APP_TAILS.has(after);
}

/** The most labels a run of section names on one line holds ("Asia News Latest News World News"). */
const MAX_MENU_WORDS = 12;

/**
 * A page's menu copied as one line: two section labels or more run together ("Asia News Latest
 * News World News", "Politik Wirtschaft Sport", "World Business Tech"). Each label is a known
 * section's name, or one capitalised word before "News" ("Asia News"); every word is capitalised.
 * Above the headline it is no headline; under the story, no sentence.
 *
 * @example
 * isMenuLine('Asia News Latest News World News') //=> true
 * isMenuLine('World leaders meet in Paris') //=> false
 */
export function isMenuLine(line: string): boolean {
  // (A word in lower case, as any sentence has, rules a menu out before the line is split.)
  if (line.length > 120 || /[.!?:,;]$/.test(line) || /(?:^| )\p{Ll}/u.test(line)) return false;
  if (MENU_SEPARATOR.test(line)) return isSeparatedMenu(line);
  const words = line.split(' ');
  if (words.length < 2 || words.length > MAX_MENU_WORDS || !words.every((word) => /^[\p{Lu}&]/u.test(word))) return false;
  let labels = 0;
  for (let index = 0; index < words.length; labels++) {
    const step = menuLabelLength(words, index);
    if (step === 0) return false;
    index += step;
  }
  return labels >= 2;
}

/** The bar or dot a copied menu keeps between its links ("Home | News | Sport"). */
const MENU_SEPARATOR = / [|·•] /u;

/**
 * A menu whose links a copy keeps apart with bars or dots: "Home | News | Sport | Opinion",
 * "Startseite · Politik · Wirtschaft". Three links or more, each a short capitalised label,
 * at least two of them the front page or a known section; a headline with a bar in it
 * ("Opinion | Ferry fares rise again") has fewer or longer parts.
 *
 * @example
 * isMenuLine('Home | News | By Region | Opinion') //=> true
 */
function isSeparatedMenu(line: string): boolean {
  const parts = line.split(MENU_SEPARATOR);
  if (parts.length < 3 || parts.length > MAX_MENU_WORDS) return false;
  let known = 0;
  for (const part of parts) {
    const words = part.split(' ');
    if (words.length > 3 || !words.every((word) => /^[\p{Lu}&]/u.test(word))) return false;
    const slug = slugOf(part);
    if (NAVIGATION_LINES.has(slug) || HOME_STEPS.has(slug)) known++;
  }
  return known >= 2;
}

/** How many words from `index` make one section label (the longest, up to three), or 0. */
function menuLabelLength(words: readonly string[], index: number): number {
  for (let length = Math.min(3, words.length - index); length >= 1; length--) {
    const label = words.slice(index, index + length);
    if (NAVIGATION_LINES.has(slugOf(label.join(' ')))) return length;
    if (length === 2 && label[1] === 'News') return length;
  }
  return 0;
}

/**
 * The words of a page's controls and buttons ("Expand / Collapse search", "Watch TV", "Open
 * menu", "Close", "Send Push"), lower-case: a line of nothing else is no headline, dek or byline.
 */
const CONTROL_WORDS = new Set([
  'expand', 'collapse', 'close', 'open', 'toggle', 'show', 'hide', 'search', 'menu', 'navigation', 'nav', 'watch', 'listen',
  // "Menu" in more languages ("Menü", "Meny", "Valikko").
  'menue', 'meny', 'valikko',
  'tv', 'live', 'radio', 'podcasts', 'video', 'videos', 'sign', 'log', 'in', 'up', 'out', 'subscribe', 'account', 'settings',
  // A share or alert widget's buttons ("Send Push", "Share Tweet", "Copy link", "Push alerts").
  'send', 'push', 'notification', 'notifications', 'alerts', 'share', 'tweet', 'print', 'email', 'copy', 'link', 'save', 'follow',
]);

/**
 * Whether a short line is only a widget's buttons ("Send Push", "Share Tweet", "Copy link"):
 * under the headline, no dek and no byline.
 */
export function isControlLabel(line: string): boolean {
  return line.length <= MAX_LABEL && isControlLine(line);
}

/** Whether every word of a short line is a control's word ("Expand / Collapse search", "Watch TV"). */
function isControlLine(line: string): boolean {
  const words = slugOf(line).split('-');
  return words.length >= 2 && words.every((word) => CONTROL_WORDS.has(word));
}

/** A separator between the steps of a breadcrumb trail, with spaces around it. */
const CRUMB_SEPARATOR = / [/>»›→] /u;
/** Where a breadcrumb trail starts: the site's front page, in the languages a page labels it in. */
const HOME_STEPS = new Set(['home', 'main', 'start', 'homepage', 'home-page', 'main-page', 'startseite', 'accueil', 'inicio', 'portada', 'pagina-iniziale', 'voorpagina', 'pagina-inicial', 'ana-sayfa', 'strona-glowna', 'etusivu', 'forside', 'startsida', 'titulna-strana', 'naslovnica', 'pocetna']);
const MAX_CRUMBS = 100;

/**
 * A breadcrumb trail a copied page keeps above its headline: "Home > World > Europe", "Main /
 * News / Republic", "Startseite › Politik". It starts at the front page or a section label and
 * each step is a short label: a headline with a slash in it ("Hot / cold: the week ahead") is not one.
 */
function isBreadcrumb(line: string): boolean {
  if (line.length > MAX_CRUMBS || !CRUMB_SEPARATOR.test(line)) return false;
  const steps = line.split(CRUMB_SEPARATOR);
  const first = slugOf(steps[0]!);
  if (!HOME_STEPS.has(first) && !NAVIGATION_LINES.has(first)) return false;
  return steps.every((step) => step.length > 0 && isCrumbLabel(step) && /^[\p{Lu}\p{N}]/u.test(step) && !/[.!?:,;]$/.test(step));
}

/** Whether a breadcrumb's step is a short label: a section's name, not a headline. */
const isCrumbLabel = (step: string): boolean => step.length <= MAX_LABEL && step.split(' ').length <= 4;

/**
 * The page's own title at the end of a breadcrumb trail that starts at the front page ("Home »
 * Montabaur: Polizei verhandelt …" → "Montabaur: Polizei verhandelt …"), or the line as it is.
 * The steps before it are short labels; the last may be a whole headline.
 *
 * @example
 * withoutBreadcrumb('Home » Politik » Hafen öffnet wieder') //=> 'Hafen öffnet wieder'
 */
export function withoutBreadcrumb(line: string): string {
  if (line.length > MAX_CRUMBS * 4 || !CRUMB_SEPARATOR.test(line)) return line;
  const steps = line.split(CRUMB_SEPARATOR);
  if (steps.length < 2 || !HOME_STEPS.has(slugOf(steps[0]!))) return line;
  const last = steps.length - 1;
  return steps.every((step, index) => index === last || isCrumbLabel(step)) ? steps[last]!.trim() : line;
}

/**
 * The label of a blog's archive or tag page a copied post keeps above its headline: "Tag
 * Archives: trauma", "Posts tagged with “Study Finds”", "Archive for May 2024", "Category:
 * Health", "Schlagwort: Klima", and WordPress's titles in its translations ("Archivo de la etiqueta:
 * ruido", "Schlagwort-Archive: Klima", "Archives des étiquettes : climat", "Archivi tag: clima").
 */
const ARCHIVE_LABEL =
  /^(?:(?:tag|category|author|monthly|daily|yearly|date) archives?:|archives? (?:for|of) |(?:posts|entries|articles|stories) (?:tagged|in (?:the )?category|filed under)\b|browsing (?:category|tag)\b|(?:tag|tags|category|archive|schlagwort|kategorie|catégorie|étiquette|categoría|etiqueta|categoria) ?:|(?:archivos? del? (?:la )?(?:etiqueta|categoría|categoria|autor)|(?:schlagwort|kategorie|autor)-archive?|archives? (?:des |de la |de l['’]|de |du )?(?:étiquettes?|etiquettes?|catégories?|categories?|auteurs?)|archivi[oa]? (?:tag|categoria|autore)|arquivos? d[aeo]s? (?:tags?|categorias?|etiquetas?|autor)|(?:tag|categorie)[ -]?archief) ?:)/iu;
const ARCHIVE_MAX = 80;

/**
 * A newsletter or subscription call: an imperative at the line's start ("Sign up for our
 * morning newsletter", "Newsletter abonnieren", "Abonnez-vous", "Suscríbete", "Iscriviti").
 */
const SUBSCRIBE =
  /^(?:sign up|subscribe|get our|jetzt abonnieren|abonnieren sie|melden sie sich|abonnez-vous|inscrivez-vous|suscríbete|suscribite|suscríbase|iscriviti|abbonati|schrijf je in|meld je aan|abonneer|assine|inscreva-se|cadastre-se)(?![\p{L}\p{N}])/iu;
/** A newsletter word: with at most a few words around it, the line names a sign-up box. */
const NEWSLETTER = /(?<![\p{L}\p{N}])(?:newsletters?|nieuwsbrief|boletín|boletim|infolettre)(?![\p{L}\p{N}])/iu;
const SUBSCRIBE_MAX = 100;
const NEWSLETTER_MAX = 60;

/** A credit's word inside the closing parentheses ("(Photo: AP)", "(Getty Images)", "(Bild: Jane Doe)"). */
const CREDIT_WORD = /(?<!\p{L})(?:photo|photos|foto|fotos|image|images|picture|pictures|credit|bild|archiv|archive|file)(?!\p{L})/iu;
/**
 * A photographer and an agency or paper, one slash between ("Jane Doe/Daily Camera", "Reuters/Jane
 * Doe"): capitalised words only, no space at the slash, one side of two words or more. Not
 * "(Polyester/Spandex)", "(Museum / Library)", "(1/3 of them)" or a file path.
 */
const NAME_SLASH_NAME = /^\p{Lu}[\p{L}.'’-]*(?: \p{Lu}[\p{L}.'’-]*)*\/\p{Lu}[\p{L}.'’-]*(?: \p{Lu}[\p{L}.'’-]*)*$/u;
const MAX_CREDIT = 80;

/** A line lower-cased, accents dropped, and its words joined by `-` ("Lesen Sie auch" → "lesen-sie-auch"). */
export function slugOf(line: string): string {
  return line
    .normalize('NFD')
    .replace(/\p{M}/gu, '')
    .toLowerCase()
    .replace(/[^\p{L}\p{N}]+/gu, '-')
    .replace(/^-|-$/g, '');
}

/**
 * Where a related-link label starts that a copied page glued to the end of a paragraph, with
 * no space after the sentence ("… police said.READ MORE: Register for the race"), or -1: the
 * rest of the line from there is furniture.
 *
 * @example
 * gluedLinkStart('Details will follow, police said.READ MORE: Fun run opens') //=> 33
 */
export function gluedLinkStart(line: string): number {
  for (let index = line.indexOf(':'); index > 0 && index < line.length; index = line.indexOf(':', index + 1)) {
    // The label is the few words before this colon; it must start right after a sentence's end.
    const from = Math.max(0, index - MAX_LABEL);
    for (let start = index - 1; start > from; start--) {
      // (After a word's closing mark: an opening quote mark at the line's start is no sentence end.)
      if (start < 2 || !/[.!?"”’)]/u.test(line[start - 1]!) || !/[\p{L}\p{N}.!?]/u.test(line[start - 2]!) || !/\p{Lu}/u.test(line[start]!)) continue;
      if (isLinkLine(line.slice(start, index + 1))) return start;
    }
  }
  return -1;
}

/** "READ MORE: …", "Lesen Sie auch: …", "LIRE AUSSI : …": a known label before the first colon. */
export function isLinkLine(line: string): boolean {
  // A line opening with a quote mark is someone's words ("Read more: that is what I tell them," she said).
  if (!/^\p{L}/u.test(line)) return false;
  // ("Also Read | …": some sites set the label off with a bar instead of a colon.)
  const colon = line.slice(0, MAX_LABEL + 2).search(/[:：]| \| /);
  if (colon <= 0) return false;
  return LINK_LABELS.has(slugOf(line.slice(0, colon)));
}

/**
 * A share bar with where it shares to: "Share this @internewscast.com", "Share on Facebook",
 * "Teilen auf WhatsApp", "Partager sur X". (Bare "Share this" is a phrase line.)
 */
const SHARE_BAR =
  /^(?:share|teilen|partager|compartir|condividi|compartilhe|delen)(?: (?:this|it|on|via|auf|sur|en|su|no|op|article|story|post))* (?:@?[\p{L}\p{N}-]+(?:\.[\p{L}\p{N}-]+)+|@[\p{L}\p{N}_]+|facebook|twitter|x|whatsapp|linkedin|e-?mail|reddit|telegram|pinterest|threads|bluesky)$/iu;
const SHARE_MAX = 60;

/** A reading-time label, number first or label first, in the languages of the web (general knowledge). */
export const READING_TIME =
  /^(?:[·•] ?)?(?:\d{1,3} ?(?:-|\s)?min(?:ute|uten|uto|uti)?s?\.?\s(?:read|lesen|lesezeit|lezen|leestijd|de lecture|de lectura|di lettura|de leitura)|(?:estimated )?(?:lesezeit|lesedauer|reading time|read time|temps de lecture|tiempo de lectura|tempo di lettura|tempo de leitura|leestijd)\s?:?\s?(?:ca\.\s)?\d{1,3}(?:[-–]\d{1,3})?\s?min(?:uten|utes|uti|utos|\.)?)$/i;
/**
 * A caption's label for screen readers, alone or before the caption ("Image caption, A view of
 * …"), radio sites' caption toggles, and a gallery's count ("Slideshow ( 3 images )").
 */
export const CAPTION_LABEL = /^(?:(?:image|media|video|photo) (?:caption|source)(?:,|$)|(?:hide|toggle|show) caption$|(?:slideshow|gallery|photos) ?\( ?\d{1,3} (?:images?|photos?) ?\)$)/i;
/**
 * A page's call to action or notice, first on its line, in the languages the package reads
 * (general knowledge of news templates): to follow or join the site ("Follow us on Google News",
 * "Join our WhatsApp channel", "Folgen Sie uns", "Suivez-nous", "Síguenos"), to listen to the
 * story ("Listen to this article", "Artikel anhören", "Écouter cet article", alone or with its
 * length), to allow notifications, a cookie banner ("Accept all cookies", "We use cookies …"), a
 * paywall's count or log-in ("You have 3 free articles left", "Already a subscriber? Log in"), an
 * appeal ("Support independent journalism") or a portal's update offer ("Dapatkan update berita …").
 */
const CALL_TO_ACTION =
  /^(?:(?:follow|find|like|join|connect with) us\b|join our\b|(?:folgen sie|folge) uns\b|suivez-nous\b|rejoignez-nous\b|s[ií]guenos\b|[úu]nete a nuestro\b|seguici\b|siga-nos\b|segue-nos\b|volg ons\b|ikuti kami\b|(?:(?:listen to|hear) (?:this |the )?(?:article|story)|(?:artikel|beitrag) (?:an)?h[öo]ren|[ée]couter (?:cet |l')article|escuchar (?:este )?art[ií]culo|ascolta (?:l'|questo )?articolo|ouvir (?:este )?artigo|artikel beluisteren)(?:$|[\s:·•|(–-]+\d)|(?:enable|allow|turn on|activate) (?:push |browser )?notifications\b|accept (?:all )?cookies\b|(?:cookies?|privacy) (?:settings|preferences)$|manage (?:cookies|cookie preferences|consent)\b|(?:we|this (?:site|website)) uses? cookies\b|you have \d{1,3} free (?:articles?|stories) (?:left|remaining)\b|already (?:a subscriber|have an account)\b|support (?:independent|local|quality|our) (?:journalism|reporting)$|dapatkan (?:update|berita)\b)/iu;
const CALL_TO_ACTION_MAX = 160;

/** "Advertisement", "Share this article", "Share on Facebook", "Sign up for our … newsletter", "5 min read". */
export function isPhraseLine(line: string): boolean {
  if (line.length <= CALL_TO_ACTION_MAX && CALL_TO_ACTION.test(line)) return true;
  if (line.length <= MAX_LABEL && PHRASE_LINES.has(slugOf(line))) return true;
  // ("Print Email", "Share Print Comments": a bar of such buttons on one line.)
  if (line.length <= MAX_LABEL && line.includes(' ') && line.split(' ').every((word) => PHRASE_LINES.has(slugOf(word)))) return true;
  if (line.length <= NOTICE_MAX && BROWSER_NOTICE.test(line)) return true;
  if (line.length <= SHARE_MAX && SHARE_BAR.test(line)) return true;
  if (line.length <= SUBSCRIBE_MAX && SUBSCRIBE.test(line)) return true;
  if (line.length <= NEWSLETTER_MAX && NEWSLETTER.test(line) && !/[.?]$/.test(line)) return true;
  return line.length <= MAX_LABEL && (READING_TIME.test(line) || GALLERY_COUNT.test(line));
}

/** A gallery's or a player's count beside a story ("5 photos", "12 Bilder", "3 videos"). */
const GALLERY_COUNT = /^\d{1,3} (?:photos?|images?|pictures?|videos?|fotos?|bilder|imágenes|immagini)$/i;

/** A picture's alt text and its label run together, as a copied page leaves them: "Police stationImage source, Google". */
const GLUED_CAPTION_LABEL = /\p{Ll}(?:Image|Media) (?:source|caption),/u;

/**
 * "Image caption, …", or a short line that ends in a parenthesised credit ("Smoke rises over
 * the ridge. (Jane Doe/Daily Camera)"): a story sentence ends after its parenthesis, with a
 * full stop. A caption opened by a credit cue ("Photo: …") is the header's reader's to see.
 */
function isCaptionLine(line: string): boolean {
  if (CAPTION_LABEL.test(line) || GLUED_CAPTION_LABEL.test(line)) return true;
  if (!line.endsWith(')')) return false;
  const open = line.lastIndexOf('(');
  if (open < 0 || line.length - open > MAX_CREDIT) return false;
  const credit = line.slice(open + 1, -1);
  if (credit.includes(')')) return false;
  if (CREDIT_WORD.test(credit)) return true;
  const name = credit.trim();
  return NAME_SLASH_NAME.test(name) && name.includes(' ');
}

/**
 * A wire story's closing credits, in parentheses or not: "(Reporting by Jane Doe; Editing by
 * Tom Lee)", "Reporting by Jane Doe, writing by Tom Lee", "Additional reporting by …".
 */
const CREDIT_TRAILER = /^\(?(?:[Aa]dditional )?(?:[Rr]eporting|[Ww]riting|[Ee]diting|[Ww]ritten|[Ee]dited|[Cc]ompiled|[Gg]raphics) by \p{Lu}/u;

/**
 * Whether a line of a plain-text body, trimmed and with its white space collapsed, is page
 * furniture by its words: a related-link line ("READ MORE: …", "Lesen Sie auch: …"), an ad
 * marker or share-bar label ("Advertisement", "Share this article"), a sign-up call, a
 * reading-time label, a caption ending in a parenthesised credit ("… (Jane Doe/Reuters)"),
 * or a wire story's credits ("(Reporting by Jane Doe; Editing by Tom Lee)").
 * Lines over 200 characters never are.
 *
 * @example
 * isFurnitureLine('Lesen Sie auch: Die Bahn streikt wieder') //=> true
 * isFurnitureLine('The advertisement ran for a week.')       //=> false
 */
export function isFurnitureLine(line: string): boolean {
  if (line.length > MAX_FURNITURE_LINE) return false;
  return isLinkLine(line) || isPhraseLine(line) || isCaptionLine(line) || CREDIT_TRAILER.test(line) || isAppBanner(line) || isMenuLine(line);
}

/**
 * Labels that open the lists a page prints under its story, as slugs: what is trending or most
 * read, what else to read, a poll ("TRENDING STORIES", "You may also like", "Meistgelesen", "Les
 * plus lus", "Lo más leído"), in the languages the package reads (general knowledge of news templates).
 */
const TAIL_LABELS = new Set<string>([
  // English
  'trending', 'trending-now', 'trending-stories', 'trending-news', 'trending-articles', 'most-read', 'most-popular', 'most-viewed', 'most-shared',
  'popular', 'popular-stories', 'popular-posts', 'you-may-also-like', 'you-might-also-like', 'you-may-like', 'recommended-for-you', 'more-stories',
  'latest-stories', 'latest-posts', 'recent-posts', 'polls', 'poll', 'related-stories', 'related-articles', 'related-posts', 'related-news', 'related-topics',
  'read-next', 'what-to-read-next', 'more-news', 'editors-picks', 'editor-s-picks', 'more-on-this-story', 'further-reading',
  // German
  'meistgelesen', 'meistgelesene-artikel', 'am-meisten-gelesen', 'beliebte-artikel', 'das-konnte-sie-auch-interessieren', 'weitere-artikel',
  'weitere-nachrichten', 'verwandte-artikel', 'umfrage', 'ahnliche-beitrage', 'ahnliche-artikel', 'auch-interessant', 'weitere-meldungen',
  // French
  'les-plus-lus', 'les-plus-populaires', 'a-lire-aussi', 'sur-le-meme-sujet', 'vous-aimerez-aussi', 'sondage', 'a-lire-egalement', 'sur-le-meme-theme',
  // Spanish, Italian, Portuguese, Dutch
  'lo-mas-leido', 'lo-mas-visto', 'mas-leidas', 'mas-leidos', 'noticias-relacionadas', 'te-puede-interesar', 'encuesta',
  'piu-letti', 'i-piu-letti', 'articoli-correlati', 'mais-lidas', 'mais-lidos', 'meest-gelezen', 'tambien-te-puede-interesar', 'mas-noticias',
  'potrebbe-interessarti', 'ti-potrebbe-interessare', 'leia-tambem', 'veja-tambem', 'mais-noticias', 'gerelateerde-artikelen', 'meer-nieuws',
]);

/**
 * The lines a comment widget prints around its form and thread when it has none or few: "No
 * comments yet", "Be the first to comment", "View all comments", a thread's notification
 * switch ("Notify of", Polish "Powiadom o"), Blogger's "No comments:" and "Post a Comment", and a count in a language whose count the
 * heading pattern lacks (Polish "0 komentarzy").
 */
const COMMENT_WIDGET =
  /^(?:no comments?(?: (?:yet|found|so far))?(?: ?:)?|be the first to comment|post a comment|(?:view|show|load|see) (?:all )?comments|join the (?:conversation|discussion)|notify of|inline feedbacks|keine kommentare|kommentare anzeigen|aucun commentaire|sin comentarios|powiadom o|\d{1,5} komentarz(?:y|e)?)$/i;

/** A label of a comment section or a list needs no sentence: it is short and never ends as one. */
const MAX_TAIL_LABEL = 40;
/** An icon font's ligature name glued before a label by a copy ("keyboard_arrow_downCOMMENTS"). */
const ICON_LIGATURE = /^[a-z]+(?:_[a-z]+)+(?=\p{Lu})/u;

/**
 * Whether a short line opens a page's tail under the story: its comment section ("COMMENTS",
 * "3 Comments", "Leave a Reply", "No comments yet", "Powiadom o") or its end-of-story lists
 * ("TRENDING STORIES", "Related stories", "You may also like", "More from Business"). The
 * caller decides whether what follows it is chrome or the story going on.
 *
 * @example
 * isTailOpener('Leave a Reply')                          //=> true
 * isTailOpener('Comments on the plan closed Friday.')    //=> false
 */
/**
 * Whether a heading's text labels a list of other stories ("Most read", "Related stories", "You
 * may also like", "More from Business", "Meistgelesen", "Les plus lus"): what its box lists are
 * other stories, with their own bylines and stamps.
 *
 * @example
 * isStoriesLabel('Most read')           //=> true
 * isStoriesLabel('About the author')    //=> false
 */
export function isStoriesLabel(line: string): boolean {
  if (line.length === 0 || line.length > MAX_TAIL_LABEL || /[.!?,;]$/.test(line)) return false;
  const slug = slugOf(line);
  return TAIL_LABELS.has(slug) || (slug.startsWith('more-from-') && line.split(' ').length <= 5);
}

export function isTailOpener(raw: string): boolean {
  const line = raw.replace(ICON_LIGATURE, '');
  if (line.length === 0 || line.length > MAX_TAIL_LABEL || !/^[\p{L}\p{N}]/u.test(line) || /[.!?,;]$/.test(line)) return false;
  if (COMMENT_HEADING.test(line) || COMMENT_WIDGET.test(line)) return true;
  const slug = slugOf(line);
  // ("More from Business", "More from Jane Doe": the section's or the author's other stories.)
  return TAIL_LABELS.has(slug) || SECTION_LABELS.has(slug) || (slug.startsWith('more-from-') && line.split(' ').length <= 5);
}
