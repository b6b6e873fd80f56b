import { stopwords as de } from './de/stopwords.js';
import { stopwords as es } from './es/stopwords.js';
import { stopwords as fr } from './fr/stopwords.js';
import { words } from './locale.js';

/**
 * The languages this package has quote rules for: English, built in, and those of
 * `@newsparse/quotes/locales` (`options.locales`).
 */
export const QUOTE_LANGUAGES: readonly string[] = ['en', 'de', 'fr', 'es', 'it'];

/**
 * Frequent function words of each language the detector tells apart: those with rules, and
 * common ones without (so that Portuguese is not read as Spanish and handed Spanish rules).
 */
export const STOPWORDS: Readonly<Record<string, ReadonlySet<string>>> = {
  en: words('the and of to is was that for on with he she said it are have has by from this'),
  de,
  fr,
  es,
  // (Italian's own here, not in `locales/it` as Spanish's are in theirs: the main entry weighs less so, issue #15.)
  it: words('il di che è per non una della del sono gli alla anche con nel ha detto'),
  pt: words('não uma com os do da em para que ao dos das pelo disse foi são o e no na ele ela mais também está estão segundo nesta neste pela pelos à às seu sua já ainda vai'),
  nl: words('het een van niet en de zijn dat op voor met ook heeft zei'),
  // Languages of the web with no rules, whose short words the ones above share ("na", "do", "o"
  // are Portuguese too): without their own words a Polish page was read as Portuguese.
  pl: words('nie się jest że w z na do to jak ale od po za przez dla są był była było być jego jej oraz czy już może także który która które przy tylko bardzo'),
  cs: words('je se na že to v ve z do jak ale od po za pro jsou byl byla bylo být jeho její také který která které při jen velmi není'),
  sv: words('och att det är som en på för med har av till den inte om var jag han hon ett från sade också'),
  da: words('og at det er som en på til med har af den ikke om var jeg han hun et fra sagde også der'),
  ro: words('și în că este cu pentru pe la din nu sunt a fost mai care acest această sau dar spus'),
  tr: words('ve bir bu da de için ile olarak çok daha gibi olan en ama değil dedi kadar sonra'),
};
