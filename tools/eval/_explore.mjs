import { readFileSync } from 'node:fs';
import { Parser } from 'htmlparser2';
const docs = readFileSync('/work/shared/corpora/readability-meta/data.jsonl','utf8').split('\n').filter(Boolean).map(JSON.parse);
const want = process.argv[2];
for (const d of docs) {
  if (want && !d.id.includes(want)) continue;
  const out = [];
  let inLd = false, ld = '', byDepth = 0, byText = '', byTag='';
  const stack = [];
  const p = new Parser({
    onopentag(name, a) {
      stack.push(name);
      if (name === 'meta') { const k = a.property || a.name || a.itemprop; if (k && /author|creator|date|time|site_name|title|byl|publish/i.test(k)) out.push(`meta ${k} = ${(a.content||'').slice(0,100)}`); }
      if (name === 'script' && /ld\+json/i.test(a.type||'')) { inLd = true; ld = ''; }
      if (name === 'time') out.push(`time ${JSON.stringify(a)}`);
      if (a.rel === 'author' || /author/i.test(a.itemprop||'')) out.push(`${name} rel/itemprop ${JSON.stringify(a).slice(0,150)}`);
      if (byDepth === 0 && /byline|author|dateline|writtenby|p-author/i.test((a.class||'')+' '+(a.id||''))) { byDepth = stack.length; byText=''; byTag = `${name}.${a.class||''}#${a.id||''}`; }
    },
    ontext(t) { if (inLd) ld += t; if (byDepth) byText += t; },
    onclosetag(name) {
      if (name === 'script' && inLd) { inLd = false; out.push('LD ' + ld.replace(/\s+/g,' ').slice(0, 600)); }
      if (byDepth && stack.length === byDepth) { byDepth = 0; const t = byText.replace(/\s+/g,' ').trim(); if (t) out.push(`BY ${byTag.slice(0,60)}: ${t.slice(0,120)}`); }
      stack.pop();
    },
  }, { decodeEntities: true });
  p.end(d.html);
  console.log(`=== ${d.id} ${JSON.stringify(d.expected.authors)} ${d.expected.published} | ${d.expected.publisher} | ${d.expected.title}`);
  for (const l of out.slice(0, 40)) console.log('   ', l);
}
