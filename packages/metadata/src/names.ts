import { CITIES, givenNames, NEWS_AGENCIES, NEWS_OUTLETS } from '@newsparse/core';
import { trimEndChars, trimStartChars } from './text.js';

/**
 * What a credit string is: a person's name, an organisation, a job title, or page chrome.
 * General word lists (news agencies, organisation words, job titles in a few languages),
 * nothing taken from any corpus.
 */

/** Collective credits that stand where an agency would ("Staff and agencies", "Editorial Board"), lower case. */
const COLLECTIVE_CREDITS: readonly string[] = [
  'agencies', 'wires', 'wire services', 'news agencies', 'staff', 'staff reports', 'staff report', 'editorial board',
  'the editorial board', 'editors', 'the editors', 'newsroom', 'news desk', 'web desk', 'online desk', 'news service',
  'wire reports',
];

/** News agencies, news outlets (core's knowledge base) and collective credits, lower case. */
const AGENCIES: ReadonlySet<string> = new Set([
  ...[...NEWS_AGENCIES, ...NEWS_OUTLETS].flat().map((name) => name.toLowerCase()),
  ...COLLECTIVE_CREDITS,
]);

/** Words that make a credit an organisation or a collective rather than a person. */
const ORGANIZATION_WORD =
  /\b(?:news|press|agency|agencies|media|network|networks|inc|ltd|llc|gmbh|plc|group|groups|magazine|magazines|journal|league|tribune|herald|gazette|service|services|staff|team|desk|newsroom|foundation|organi[sz]ation|association|institute|university|society|project|program|programme|initiative|center|centre|laboratory|labs|school|college|academy|museum|library|hospital|clinic|corporation|company|department|ministry|council|radio|tv|television|channel|online|wire|wires|bureau|editorial|editors|correspondents|reporters|developers|blog|committee|commission|government|contributors|studios|productions|publishing|publications|nachrichten|zeitung|presse|redaktion|rédaction|redacción|redação|redazione|redakcja|redakce|redakcia|redaktionen|redaksjonen|redactie|toimitus|szerkesztőség|redacția|uredništvo|redakcija|newsdesk|webdesk|agencia|agência|agenzia|médias|prensa|imprensa|équipe|newsletter|podcast|magazin|revista|rivista|periódico|jornal|giornale|quotidien|verein|vereins|verband|verbandes|stiftung|gesellschaft|institut|anstalt|landesanstalt|bundesanstalt|bundesamt|landesamt|ministerium|union|illustrierte|edition|management|entertainment|software|solutions|consulting|e\.\s?v|associazione|fondazione|fundación|fundação|asociación|associação|fédération|federación|federazione|vereniging|stichting)\b/i;

/** Job titles and roles (several languages) that follow or precede a name in a byline. */
const ROLE_WORD =
  /\b(?:reporter|reporters|correspondent|correspondents|editor|editors|writer|writers|columnist|columnists|contributor|contributors|contributing|producer|producers|photographer|photojournalist|journalist|journalists|analyst|technologist|director|president|professor|researcher|fellow|scientist|economist|critic|deputy|managing|associate|assistant|staff|freelance|freelancer|intern|anchor|commentator|blogger|author|founder|chief|ceo|cto|cfo|manager|officer|strategist|consultant|lecturer|student|expert|specialist|coordinator|executive|secretary|chairman|chairwoman|attorney|lawyer|physician|engineer|developer|designer|spokesman|spokeswoman|spokesperson|envoy|commissioner|rédacteur|rédactrice|journaliste|envoyé|envoyée|enviado|enviada|inviata|correspondant|correspondante|redakteur|redakteurin|korrespondent|korrespondentin|periodista|corresponsal|redactor|redactora|jornalista|repórter|correspondente|giornalista|inviato|corrispondente|autor|autorin|autorinnen|auteure|autrice|autora|autore|vorsitzender|vorsitzende|geschäftsführer|geschäftsführerin|sprecher|sprecherin|präsident|präsidentin|leiter|leiterin|direktor|direktorin|professorin|chefredakteur|chefredakteurin|mitarbeiter|mitarbeiterin|président|présidente|directeur|directrice|presidente|directora|direttore|direttrice|portavoce|portavoz|porta-voz|voorzitter|woordvoerder|updated|published|posted|contact|email|e-mail|twitter|follow|unfollow|facebook|linkedin|instagram|profile|posts|articles|stories|subscribe)\b/i;

/** Page chrome that byline-like elements carry (a live stream's "Watch Live", a menu's "Search" or "My account" in a navigation link labelled as an author's). */
const CHROME =
  /^(?:follow(?:\s+author)?|unfollow|profile|more|view|share|email|print|comments?|subscribe|sign in|sign up|log in|name\s*\*?|about the author|about|author|authors|by|and|et|und|y|contact|bio|full bio|view bio|read bio|author bio|view profile|view full profile|twitter|facebook|linkedin|instagram|updated|published|posted|advertisement|sponsored|sponsored content|sponsored post|paid content|paid post|partner content|branded content|promoted content|advertorial|promoted by|anonymous|admin|administrator|guest|unknown|editor|editors|webmaster|redaktion|rédaction|redacción|über den autor|über die autorin|über uns|zur person|zur artikelübersicht|alle beiträge|alle artikel|artikel von|beiträge von|gesponserte inhalte|anzeige|werbung|à propos de l'auteur|à propos|sobre el autor|sobre o autor|sull'autore|over de auteur|om forfatteren|articles by|all posts|view all posts|home|homepage|startseite|kontakt|impressum|privacy|privacy policy|cookie policy|cookies|cookie settings|terms of use|terms of service|terms and conditions|legal notice|datenschutz|datenschutzerklärung|cookie-richtlinie|nutzungsbedingungen|mentions légales|politique de confidentialité|aviso legal|política de privacidad|política de cookies|note legali|informativa privacy|cookie-beleid|privacybeleid|read more|weiterlesen|mehr|mehr lesen|weitere artikel|weitere beiträge|zum autor|zur autorin|zum profil|pressemitteilung|presseinformation|pressemeldung|medienmitteilung|press release|communiqué de presse|comunicado de prensa|comunicato stampa|persbericht|gastbeitrag|gastkommentar|gastautor|gastautorin|guest post|guest author|leserbrief|leserbriefe|watch live|listen live|live tv|live|watch|listen|menu|search|sign out|log out|my account|most popular|most read|most viewed|most shared|most commented|top stories|trending now|related stories|related articles|recommended|recommended for you|follow us|subscribe now|skip to content|skip to main content|newsletter|newsletters|meistgelesen|meistgelesene artikel|les plus lus|más leídas|lo más leído|più letti)$/i;
/**
 * A link to an author's other pieces ("Mehr von Jane", "More from Jane Doe", "Alle Artikel von
 * Jane Doe"): the label of a listing, not a byline.
 */
const MORE_FROM = /^(?:mehr|more|alle artikel|alle beiträge|weitere artikel|weitere beiträge|all (?:articles|posts|stories)|more (?:articles|posts|stories)|plus d'articles|más artículos|altri articoli)\s(?:von|from|by|de|di|del|du)\s/i;

/**
 * The accounts a CMS or a forum posts under when no one signs: an administrator or moderator
 * in the languages the package reads (WordPress's "admin", "Site Admin"), and the default
 * users of the common systems (Joomla's "Super User").
 */
const ACCOUNT =
  /(?:^|[\s._-])(?:admin|administrator|administrador|administrateur|amministratore|beheerder|moderator|moderador|modérateur|moderatore|webmaster|sysadmin|superuser|siteadmin)(?=$|[\s._-])|^(?:super|default|demo|test)[\s_-]?user$/iu;

/**
 * Whether a credit is a site's account rather than a person ("admin", "Site Admin", "Super
 * User", "Amministratore").
 *
 * @example
 * isAccountName('Posted by Site Admin'.slice(10)) //=> true
 * isAccountName('Jane Doe') //=> false
 */
export function isAccountName(text: string): boolean {
  return ACCOUNT.test(text.trim());
}

let cityNames: Set<string> | null = null;
/** A city of core's gazetteer, by its whole name (the set is built on first use). */
export const isCity = (text: string): boolean => (cityNames ??= new Set(CITIES.map((city) => city.toLowerCase()))).has(text.toLowerCase());

/** The field of a German doctorate after "Dr." ("Dr. med.", "Dr. rer. nat.", "Dr. phil.", "Dr. med. vet."), with its full stop. */
const DOCTORATE_FIELD = /^(?:med|rer|nat|phil|jur|iur|dent|vet|pol|oec|habil|theol|techn|agr|paed|sc|h\.c|univ)\.$/;

/** Connectors that never stand inside a person's name (in any case: credits are often in capitals). */
const NAME_BREAKING_CONNECTORS = new Set([
  'for', 'für', 'of', 'pour', 'voor', 'för', 'from',
  // Prepositions of a title-cased phrase ("Von Hamburg Nach Berlin", "Von Goethe Bis Heute"), never inside a name.
  'nach', 'bis', 'mit', 'über', 'ohne', 'gegen', 'unter', 'zum', 'with', 'into', 'naar', 'met', 'avec', 'vers', 'hasta', 'desde', 'sobre', 'senza',
]);

/** Name particles written in lower case ("de", "van", "bin", ...). */
export const PARTICLES = new Set([
  'de', 'da', 'das', 'do', 'dos', 'del', 'della', 'der', 'den', 'di', 'du', 'la', 'le', 'van', 'von', 'zu', 'y', 'e', 'bin', 'binti', 'bint',
  'vom', 'al', 'el', 'ibn', 'ten', 'ter', 'op', "d'", 'af', 'av', 'st', 'st.', 'des', 'lo', 'dei', 'degli', 'mac', 'ap', 'ben', 'wa', 'abu', 'ould',
  // Spanish and Filipino: "de los Ríos", "de las Heras", "dela Cruz", "delos Santos".
  'los', 'las', 'dela', 'delos',
]);

/** Honorific and degree tokens that are not part of a name. */
export const DEGREE = /^(?:m\.?a\.?|m\.?d\.?|ph\.?\s?d\.?|m\.?s\.?c?\.?|b\.?a\.?|r\.?n\.?|mph|mba|jr\.?|sr\.?|ii|iii|iv|esq\.?|frcp|facp|dds|do)$/i;

const CJK = /[\u3040-\u30ff\u3400-\u4dbf\u4e00-\u9fff\uac00-\ud7af]/;

/** Whether the string is a known agency or reads as an organisation or collective. */
const COLLECTIVE = /^(?:(?:our|the)\s+)?(?:[\p{L}-]+\s+){0,3}(?:staff|agencies|wires|reporters|correspondents)(?:\s+(?:and|&|with)\s+(?:agenc(?:y|ies)|wires|staff))?(?:\s+reports?)?$|^(?:mwandishi|waandishi)\s+wetu$/iu;

/** Whether the credit names a known agency or a collective ("Staff and agencies", "Our Foreign Staff", Swahili "Mwandishi Wetu"). */
export function isCollective(text: string): boolean {
  const key = trimEndChars(text.toLowerCase(), /[.,:;]/).trim();
  return AGENCIES.has(key) || COLLECTIVE.test(key);
}

/**
 * Words that make a credit the newsroom's rather than a person's: a desk, a team, the
 * editorial staff or an agency, in the languages the package reads ("Redaktion",
 * "Newsdesk", "Staff Writer", "Example-Team", "Agencia …"). A word of the credit, set off by a
 * space, hyphen or slash.
 */
const DESK_WORD =
  /(?:^|[\s/-])(?:redaktion|redaction|rédaction|redazione|redacción|redação|redactie|redakcja|redakce|newsdesk|desk|staff|team|équipe|equipo|equipe|newsroom|editorial|agencies|agentur|nachrichtenagentur|agencia|agência|agenzia|agence|redaksi|(?:mwandishi|waandishi)\s+wetu)(?=$|[\s/-])/iu;

/** The editorial desk in Japanese, Chinese and Korean ("…編集部", "…编辑部", "… 편집부"), written without spaces. */
const CJK_DESK = /編集部|編集局|编辑部|編輯部|편집부|편집국/;

/**
 * Whether a credit names a desk, a team or a news agency ("Redaktion", "Help Team",
 * "Example Staff Report", "dpa", "Agencia EFE"): what a page prints as its byline when no one
 * signs the piece.
 *
 * @example
 * isDeskCredit('Example Blog Redaktion') //=> true
 * isDeskCredit('Example Daily') //=> false
 */
export function isDeskCredit(text: string): boolean {
  if (DESK_WORD.test(text) || CJK_DESK.test(text)) return true;
  // An agency whose name is several words, none an agency alone ("The Associated Press", "United Press International").
  if (isKnownAgency(text.replace(/^the\s+/i, ''))) return true;
  return text.split(/[\s/]+/).some((word) => isAgencyWord(word));
}

/**
 * Last words of newspaper titles ("Seattle Times", "Daily Mail", "Irish Examiner"). "Post",
 * "Star" and "Sun" are left out: they are family names too ("Emily Post", "Yang Sun").
 */
const OUTLET_LAST_WORD =
  /\s(?:times|globe|chronicle|gleaner|observer|telegraph|courier|examiner|inquirer|enquirer|sentinel|dispatch|bulletin|mirror|insider|monitor|mail|express|independent|daily|weekly|today|review|record|standard|guardian|gazette|tribune|herald|journal|kurier|zeitung|allgemeine|rundschau|anzeiger|tagblatt|courrier|dépêche|parisien|figaro|país|mundo|diario|diário|folha|corriere|repubblica|stampa|dagblad|krant|posten|tidning|avis)$/i;

/** A call to watch, hear or follow an outlet, before its name. */
const OUTLET_PROMO = /^(?:watch|listen to|listen|follow|download|visit) /i;

/** Small words a title-case masthead keeps in lower case ("Times of India", "The Sydney Morning Herald"). */
const MASTHEAD_SMALL_WORDS = new Set(['of', 'the', 'and', 'de', 'du', 'la', 'le', 'el', 'der', 'die', 'das']);

/** Words after an agency's or outlet's name on its own masthead ("AP News", "BBC News Online"). */
const MASTHEAD_SUFFIX = /^(?:News|Online|Digital|Live)$/;

/**
 * A site's address as its name, alone or with its tagline after a dash, a bar or a colon:
 * "SpaceWar.com - Your World At War", "www.example.co.uk | News", "Example.org".
 */
const SITE_ADDRESS = /^[\p{L}\p{N}-]+(?:\.[\p{L}\p{N}-]+)+$/u;
/** The endings of web addresses a site's or an outlet's name shows ("Example.com", "example.co.uk"). */
const WEB_ENDINGS = 'com|org|net|co|fr|de|es|it|uk|us|cz|pl|ru|jp|cn|in|br|au|ca|nl|ch|at|be|se|no|dk|fi|io|info|tv|news';
const SITE_ENDING = new RegExp(`\\.(?:${WEB_ENDINGS})$`, 'i');
const WEB_ADDRESS_IN = new RegExp(`\\.(?:${WEB_ENDINGS})\\b`, 'i');
const MAX_SITE_LINE = 80;

function isSiteNameLine(line: string): boolean {
  if (line.length > MAX_SITE_LINE) return false;
  const site = line.split(' ', 1)[0]!;
  return SITE_ADDRESS.test(site) && SITE_ENDING.test(site) && (site.length === line.length || /^ [-–—|:] /.test(line.slice(site.length)));
}

/**
 * Whether a short line is a publication's name alone, as a copied page prints its masthead
 * above the headline: a known agency or outlet ("Reuters", "AP News"), up to five
 * capitalised words closed by a newspaper's last word ("Milwaukee Journal Sentinel"), or a
 * site's address with its tagline ("SpaceWar.com - Your World At War").
 *
 * @example
 * isMastheadLine('Milwaukee Journal Sentinel') //=> true
 * isMastheadLine('Fire evacuations lifted in portions of California') //=> false
 */
export function isMastheadLine(line: string): boolean {
  if (isSiteNameLine(line)) return true;
  // A link to the outlet's stream or app above the story ("Watch CBS News", "Listen to BBC Radio 4") names it too.
  const promo = OUTLET_PROMO.exec(line);
  if (promo !== null && promo[0].length < line.length && isMastheadLine(line.slice(promo[0].length))) return true;
  const words = line.split(' ');
  if (words.length > 5 || !words.every((word) => /^\p{Lu}/u.test(word) || MASTHEAD_SMALL_WORDS.has(word))) return false;
  if (isKnownAgency(line)) return true;
  if (words.length < 2) return false;
  const last = words[words.length - 1]!;
  if (MASTHEAD_SUFFIX.test(last) && isKnownAgency(words.slice(0, -1).join(' '))) return true;
  // ("Example Kwa Example Blog": a blog's name, its last word "Blog".)
  return OUTLET_LAST_WORD.test(` ${last}`) || /^blog$/i.test(last);
}

/** Whether a single word closes a newspaper's title ("Times", "Zeitung") or names an organisation ("News", "Media"). */
export function isOutletWord(word: string): boolean {
  return OUTLET_LAST_WORD.test(` ${word}`) || ORGANIZATION_WORD.test(word);
}

/** Whether a word is a known news agency written as one ("Reuters", "AFP", "Bloomberg"). */
/** Whether a text is a news agency, outlet or collective credit of the list, in any case ("dpa", "AFP", "epd"). */
export function isKnownAgency(text: string): boolean {
  return AGENCIES.has(text.trim().toLowerCase());
}

export function isAgencyWord(word: string): boolean {
  const bare = trimEndChars(trimStartChars(word, /[("'“‘]/), /[)"'”’.,;:]/);
  // "ANI", "NAN" are given names too, written in capitals in all-caps bylines ("BY ANI SHARMA").
  if (!AGENCIES.has(bare.toLowerCase()) || /\s/.test(bare) || /^(?:ani|nan)$/i.test(bare)) return false;
  // Short acronyms count only in capitals: "AP" is the agency, "Ap" a Welsh name particle.
  return bare.length >= 5 ? /^\p{Lu}/u.test(bare) : bare.length >= 2 && bare === bare.toUpperCase();
}

/**
 * German names of public bodies and parties, alone or as the head of a compound ("Auswärtiges
 * Amt", "Bundesministerium für …", "CDU-Fraktion", "Piratenpartei", "Eidgenössisches
 * Departement"): German writes them as one word, so the words above miss them.
 */
const INSTITUTION_HEAD = /(?:amt|partei|fraktion|ministerium|departement|behörde|verwaltung)$/;
/** Heads that are family names too ("Kammer", "Schule"): an organisation only as a compound's head ("Ärztekammer", "Hochschule"). */
const INSTITUTION_COMPOUND_HEAD = /\p{L}{3}(?:kammer|verband|verein|stiftung|gesellschaft|institut|zentrum|schule|akademie|klinik|klinikum|universität)$/u;

/**
 * Public bodies, churches, parties and publishers in the languages the package reads, as a
 * whole word anywhere in a credit ("Gemeinde Neudorf", "Freiwillige Feuerwehr …", "Mairie de …",
 * "Ayuntamiento de …", "Comune di …", "Green Party of …", "… Verlag"). None is a family name.
 */
const PUBLIC_BODY_WORDS: ReadonlySet<string> = new Set([
  'abteilung', 'gemeinde', 'landkreis', 'stadtverwaltung', 'stadtwerke', 'rathaus', 'polizei', 'feuerwehr', 'verlag', 'diakonie', 'caritas', 'bistum', 'erzbistum',
  'diözese', 'dekanat', 'pfarrei', 'pfarrgemeinde', 'kirchengemeinde', 'landeskirche', 'mairie', 'préfecture', 'ayuntamiento', 'municipalidad',
  'alcaldía', 'diputación', 'comune', 'prefettura', 'municipality', 'borough', 'township', 'party', 'parti', 'partido', 'partito',
]);
/** German compounds headed by a public body's or a firm's word ("Polizeipräsidium", "Berufsfeuerwehr", "Pressestelle", "Stadtwerke"). */
const PUBLIC_BODY_COMPOUND_HEAD = /\p{L}{3}(?:präsidium|direktion|inspektion|feuerwehr|kirche|gemeinde|stelle|werke|verlag|dienst)$/u;
/** Words that open a town's or a city's own credit ("Stadt Neustadt", "City of Springfield", "Ville de …", "Commune de …"). */
const TOWN_OPENING = /^(?:stadt|markt|city of|town of|county of|ville de|ville d'|commune de|commune d')\s/;
/**
 * A firm's legal form closing a credit ("Muster Energie AG", "… GmbH & Co. KG", "Dupont SARL",
 * "… S.A.", "… S.r.l."), in the case it is written in: lower-case "ag" or "sa" could be a
 * person's name part, and "AB" opens names ("AB de Villiers") but never closes one.
 */
const LEGAL_FORM = /^(?:AG|KG|UG|SE|OHG|KGaA|GbR|mbH|eG|SARL|SAS|SA|S\.A\.?|S\.A\.S\.?|S\.L\.?|S\.r\.l\.?|SRL|Srl|S\.p\.A\.?|SpA|BV|B\.V\.?|NV|N\.V\.?|Oy|Oyj|AB|ApS|A\/S|ASA|Kft\.?|Zrt\.?|s\.r\.o\.?|Pty|PLC|LLP|Co\.?)$/;

/** Whether a word of a credit names a German public body, party or institution, alone or as a compound's head. */
function isInstitutionWord(word: string): boolean {
  const bare = word.toLowerCase();
  return INSTITUTION_HEAD.test(bare) || INSTITUTION_COMPOUND_HEAD.test(bare) || PUBLIC_BODY_WORDS.has(bare) || PUBLIC_BODY_COMPOUND_HEAD.test(bare);
}

/** Whether a credit of two words or more closes with a firm's legal form ("Muster Bau AG"). */
function endsWithLegalForm(text: string): boolean {
  const words = text.trim().split(/\s+/);
  return words.length >= 2 && LEGAL_FORM.test(words[words.length - 1]!);
}

export function isOrganizationName(text: string): boolean {
  const key = trimEndChars(text.toLowerCase(), /[.,:;]/).trim();
  if (isCollective(key)) return true;
  if (OUTLET_LAST_WORD.test(key)) return true;
  // "CNN Business", "BBC Sport", "AFP Photo": an agency's acronym opens the credit.
  const first = text.trim().split(' ')[0] ?? '';
  if (first.length >= 3 && first !== text.trim() && isAgencyWord(first)) return true;
  if (WEB_ADDRESS_IN.test(key)) return true;
  if (ORGANIZATION_WORD.test(key)) return true;
  if (key.split(/[\s-]+/).some(isInstitutionWord) || TOWN_OPENING.test(key) || endsWithLegalForm(text)) return true;
  // "The Washington Post", "The Seattle Times": people's names do not start with "The".
  if (/^(?:the|The|THE)\s+\p{Lu}/u.test(text.trim())) return true;
  // "Le Monde", "De Morgen": an article and one word is a title, not a name (a person's
  // credit has a given name before "Le Pen" or "De Bruyne").
  if (/^(?:Le|De)\s+\p{Lu}[\p{L}\p{M}'’.-]*$/u.test(text.trim())) return true;
  // "El Tiempo", "O Estado de S. Paulo", "Die Welt": these articles open no given name.
  if (/^(?:La|El|Il|O|Het|Die|Der|Das)\s+\p{Lu}/u.test(text.trim())) return true;
  // CJK outlet words: 新闻 (news), 日报 / 일보 (daily), 社 (agency), 网 (site), 报 (paper), 台 (station), 編集部 / 编辑部 (editors),
  // 通信 / 통신 (wire), 放送 / 방송 (broadcaster), 株式会社 (a company).
  if (CJK.test(key) && /新闻|新聞|日报|日報|通讯社|通訊社|社$|网$|網$|报$|報$|电视台|電視台|编辑部|編集部|編輯部|记者站|ニュース|신문|뉴스|기자단|일보$|방송$|통신$|新報$|通信$|放送$|株式会社|有限会社/.test(key)) return true;
  return false;
}

/** Whether a credit segment is a job title / role rather than a name. */
export function isRole(text: string): boolean {
  return ROLE_WORD.test(text);
}

/**
 * A listing's navigation label after "Browse by" ("By Category Archive", "By Region Name",
 * "By Topic Index"): a facet noun and the noun of a listing, never a person.
 */
const NAVIGATION_LABEL = /^(?:category|categories|tag|tags|topic|topics|region|author|date|month|year|section|subject|keyword|type|site|page|country|state|city|alphabetical)\s(?:archives?|index|name|list|listing|page|view|order)$/i;

/** Whether the segment is page chrome ("Follow", "About the author", "Name *"). */
export function isChrome(text: string): boolean {
  const value = trimEndChars(text.trim(), /[.:!*•·|]/).trim();
  if (CHROME.test(value) || NAVIGATION_LABEL.test(value) || MORE_FROM.test(value)) return true;
  // "Zur PersonAlle Beiträge": chrome labels whose space a style sheet draws.
  const parts = value.split(/(?<=\p{Ll})(?=\p{Lu})/u);
  return parts.length > 1 && parts.length <= 4 && parts.every((part) => CHROME.test(part.trim()));
}

/** Whether a word is one of core's given names (English and continental European), in any case ("Hans", "JANE"). */
export function isGivenName(word: string): boolean {
  return givenNames().has(word.toLowerCase());
}

/**
 * A gerund opening a phrase of three words or more ("Building Better Tools", "Creating Search
 * Engine API"): an author box's tag line or a headline, no person, unless the word is a given name.
 */
function opensWithGerund(words: string[]): boolean {
  const first = words[0]!;
  return words.length >= 3 && first.length >= 6 && /^\p{Lu}\p{Ll}+ing$/u.test(first) && !isGivenName(first);
}

/**
 * Whether a string reads as one person's name: 2–6 words, each capitalised (or an
 * initial, or a lower-case particle such as "de" or "van"), or a 2–4 character CJK name;
 * no digits, handles, URLs, job titles or organisation words.
 *
 * `loose` accepts what a page declares as its author (meta tags, JSON-LD): any string
 * that is not an organisation, a handle, a URL, or chrome, and has a capital letter or
 * non-Latin script.
 */
export function looksLikePerson(text: string, loose = false): boolean {
  const name = text.trim();
  if (name.length < 2 || name.length > 70) return false;
  if (/[@/\\<>{}=|#]|https?:|www\./i.test(name)) return false;
  if (isChrome(name) || isOrganizationName(name)) return false;
  if (CJK.test(name)) {
    if (loose) return name.length <= 40;
    return /^[\u3400-\u4dbf\u4e00-\u9fff\uac00-\ud7af]{2,4}$/.test(name.replace(/[\s·・]/g, ''));
  }
  if (/\d/.test(name)) return false;
  const words = name.replace(/\([^()]*\)/g, ' ').split(' ').filter(Boolean);
  if (words.length === 0) return false;
  // "Les Membres du Choeur de": a particle opens a family name, it never ends a name.
  if (words.length > 1 && PARTICLES.has(words[words.length - 1]!)) return false;
  if (opensWithGerund(words)) return false;
  if (loose) {
    if (words.length > 8) return false;
    // A lone word in Latin script is a user name or a brand ("mcupdate", "Sleyca", "Mac"),
    // and so is a name without a capital letter.
    const latin = !/[^\p{Script=Latin}\s.'’()-]/u.test(name);
    if (latin && (words.length < 2 || !/\p{Lu}/u.test(name))) return false;
    // "deinen Hochzeitsbloggern": a name does not open with a lower-case word that is no particle.
    if (latin && /^\p{Ll}/u.test(words[0]!) && !PARTICLES.has(words[0]!)) return false;
    return true;
  }
  if (words.length < 2 || words.length > 6) return false;
  if (ROLE_WORD.test(name)) return false;
  // Scripts without letter case (Arabic, Hebrew, Devanagari, Thai...): two to five words.
  if (!/[\p{Lu}\p{Ll}]/u.test(name)) return words.length <= 5;
  let capitalised = 0;
  const doctor = /(?:^|\s)Dr\.\s/.test(name);
  for (const [index, word] of words.entries()) {
    const bare = trimEndChars(trimStartChars(word, /[("'“‘]/), /[)"'”’,.;:]/);
    if (bare.length === 0) continue;
    // "Make-Up für Dolce", "Director of Photography": a connector joins a phrase, not a name.
    if (index > 0 && NAME_BREAKING_CONNECTORS.has(bare.toLowerCase())) return false;
    if (PARTICLES.has(bare.toLowerCase()) && bare === bare.toLowerCase()) continue;
    // "Dr. med. Anna Berger", "Dr. rer. nat. …": a German doctorate's field, in lower case after "Dr.".
    if (DOCTORATE_FIELD.test(word) && doctor) continue;
    if (/^\p{Lu}\.?(?:-?\p{Lu}\.)*$/u.test(bare)) {
      capitalised++;
      continue;
    }
    // Capitalised word: "Jane", "O'Neil", "McDonald", "Roberts-Grey", "JANE", "d'Alembert".
    if (!/^(?:\p{Ll}{1,3}['’-])?\p{Lu}[\p{L}\p{M}'’.-]*$/u.test(bare)) return false;
    // Glued page chrome: "AllanProfileFollow".
    if (/\p{Ll}\p{Lu}\p{Ll}+\p{Lu}/u.test(bare) && !/^(?:Mc|Mac|O'|D'|De|Di|Le|La|Van|Von)/.test(bare)) return false;
    capitalised++;
  }
  return capitalised >= 2 || (capitalised >= 1 && words.length >= 2);
}

/**
 * Byline cues of Greek and Arabic, which the Latin cue lists do not hold: Greek "Του" / "Της" /
 * "Των" (of, before a name in the genitive: "Του Γιάννη Παπαδόπουλου"), "Από τον/την" (by),
 * "Γράφει ο/η" or "ΓΡΑΦΕΙ:" (writes); Arabic "بقلم" (by the pen of), "كتب" / "كتبت" (wrote), "إعداد"
 * (prepared by); Hebrew "מאת" (by). A Greek cue needs a capital after it; an Arabic or Hebrew one a letter.
 */
const SCRIPT_CUE =
  /^(?:(?:του|της|των|απ[όο]\s+(?:τον|την|τους|τις)|γρ[άα]φει\s+[οη]|γρ[άα]φουν\s+οι)\s+(?=\p{Lu})|γρ[άα]φ(?:ει|ουν)\s*:\s*(?=\p{Lu})|(?:بقلم|كتبت?|كتبه|كتبها|إعداد|اعداد|מאת)(?:\s*[:\-–—]\s*|\s+)(?=\p{L}))/iu;

/** The Greek, Arabic or Hebrew byline cue a credit opens with ("Του ", "بقلم: ", "מאת "), or null. */
export function scriptBylineCue(text: string): string | null {
  return SCRIPT_CUE.exec(text)?.[0] ?? null;
}

/** Words that may follow a Greek or Arabic cue in a line that is a byline ("Του Γιάννη Παπαδόπουλου"). */
const MAX_SCRIPT_NAME_WORDS = 4;

/**
 * Whether a line opens with a Greek or Arabic byline cue and a person's name of at most four
 * words up to a separator or the line's end: "Του Γιάννη Παπαδόπουλου", "بقلم: محمد علي". Arabic
 * "كتب" (wrote) also opens sentences ("كتب الرئيس رسالة …"): without a colon or a dash after it,
 * the name must end the line.
 */
export function startsWithScriptCue(text: string): boolean {
  const cue = scriptBylineCue(text);
  if (cue === null) return false;
  const rest = text.slice(cue.length);
  const name = (rest.split(/[,;|•·\n]|\s[-–—]\s/u)[0] ?? '').trim();
  if (name.split(/\s+/u).length > MAX_SCRIPT_NAME_WORDS || !looksLikePerson(name)) return false;
  return !/^كتب/u.test(cue) || /[:\-–—]/u.test(cue) || rest.trim() === name;
}
