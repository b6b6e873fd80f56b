// Entities: @newsparse/entities' tagEntities against compromise's own nlp(text) +
// .people()/.places()/.organizations() on the same news articles (GUM news texts, else the
// PolNeAR texts, else the seed article), in this one process. Peak memory is sampled around
// each side (process.memoryUsage().rss after every article) and reported in the note.
import { existsSync, readFileSync } from 'node:fs';
import { join } from 'node:path';
import { tagEntities } from '@newsparse/entities';
import nlp from 'compromise';

export const name = 'entities';

function articles({ corpora, readJsonl, shared }) {
  const gum = join(corpora, 'gum-news-ner', 'data.jsonl');
  if (existsSync(gum)) return { source: 'GUM news', texts: readJsonl(gum).map((doc) => doc.text) };
  const polnear = join(corpora, 'polnear-quotes', 'data.jsonl');
  if (existsSync(polnear)) return { source: 'PolNeAR', texts: readJsonl(polnear, 40).map((doc) => doc.text) };
  const seed = join(shared, 'golden', 'global-times-china-peru.txt');
  if (existsSync(seed)) return { source: 'seed article', texts: [readFileSync(seed, 'utf8')] };
  return null;
}

const peakDuring = (texts, fn) => {
  let peak = process.memoryUsage().rss;
  for (const text of texts) {
    fn(text);
    peak = Math.max(peak, process.memoryUsage().rss);
  }
  return peak / 1024 / 1024;
};

export async function bench({ corpora, measure, readJsonl, shared }) {
  const input = articles({ corpora, readJsonl, shared });
  if (!input) return [{ task: 'skipped: no corpora', ours: null }];
  const { texts, source } = input;
  const words = texts.reduce((sum, text) => sum + (text.match(/\S+/g) ?? []).length, 0);
  const ours = (text) => tagEntities(text);
  const peer = (text) => {
    const document = nlp(text);
    return [document.people().json({ offset: true }), document.places().json({ offset: true }), document.organizations().json({ offset: true })];
  };
  const fast = (text) => tagEntities(text, { types: ['person'] });
  // Alternate the two sides so that neither gets a warmer machine.
  const peerRate = measure(texts, peer);
  const oursRate = measure(texts, ours);
  const peerRate2 = measure(texts, peer);
  const oursRate2 = measure(texts, ours);
  const fastRate = measure(texts, fast);
  const peakOurs = peakDuring(texts, ours);
  const peakPeer = peakDuring(texts, peer);
  const perWord = words / texts.length;
  return [
    {
      task: `tagEntities, ${texts.length} ${source} articles (${Math.round(perWord)} words each)`,
      ours: { label: 'tagEntities', perSecond: Math.max(oursRate, oursRate2), unit: 'articles/s' },
      peer: { label: 'compromise nlp()+people/places/organizations', perSecond: Math.max(peerRate, peerRate2) },
      bar: 0.8,
      note: `≈${Math.round(Math.max(oursRate, oursRate2) * perWord).toLocaleString('en-US')} words/s; peak RSS sampled per article: ${peakOurs.toFixed(0)} MiB during ours, ${peakPeer.toFixed(0)} MiB during compromise (one process, both loaded)`,
    },
    {
      task: 'tagEntities, types: [person]',
      ours: { label: 'tagEntities person-only', perSecond: fastRate, unit: 'articles/s' },
      peer: { label: 'compromise nlp()+people/places/organizations', perSecond: Math.max(peerRate, peerRate2) },
    },
  ];
}
