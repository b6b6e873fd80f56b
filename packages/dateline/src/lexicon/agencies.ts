/** Wire agencies and news services as they sign datelines, keyed by a folded form. */
const AGENCIES: readonly string[] = [
  'AP', 'Reuters', 'Reuter', 'AFP', 'Xinhua', 'Bloomberg', 'UPI', 'EFE', 'dpa', 'DPA', 'ANSA', 'Kyodo', 'Yonhap', 'TASS', 'ITAR-TASS',
  'RIA Novosti', 'Interfax', 'Sputnik', 'PTI', 'IANS', 'ANI', 'UNI', 'CNA', 'Bernama', 'Antara', 'PNA', 'VNA', 'AAP', 'CP',
  'Canadian Press', 'PA', 'Press Association', 'ANP', 'Belga', 'APA', 'SDA', 'ATS', 'Keystone-SDA', 'TT', 'NTB', 'Ritzau', 'STT',
  'PAP', 'CTK', 'MTI', 'HINA', 'Tanjug', 'BTA', 'Agerpres', 'Anadolu', 'AA', 'IRNA', 'WAM', 'SPA', 'KUNA', 'MENA', 'QNA', 'BNA',
  'APS', 'MAP', 'TAP', 'NAN', 'KNA', 'Europa Press', 'Notimex', 'Prensa Latina', 'Agencia Brasil', 'Telam', 'Télam', 'Andina',
  'Xinhua News Agency', 'Kyodo News', 'Dow Jones', 'CNN', 'BBC', 'NHK', 'CBS', 'NBC', 'ABC', 'Fox', 'AP Photo', 'CNS',
  'Jiji', 'Jiji Press', 'Nikkei', 'Global Times', 'China Daily', 'Lusa', 'Efe', 'WENN', 'Bloomberg News', 'MarketWatch', 'CNBC',
];

const FOLD = (text: string): string => text.toLowerCase().replace(/[^a-z]/g, '');
const BY_KEY = new Map<string, string>();
for (const name of AGENCIES) if (!BY_KEY.has(FOLD(name))) BY_KEY.set(FOLD(name), name);

/** The agency a signature names ("(AP)", "Reuters", "XINHUA"), in its usual spelling, or null. */
export function agencyName(text: string): string | null {
  return BY_KEY.get(FOLD(text)) ?? null;
}
