import fs from 'node:fs';
const texts=fs.readFileSync("/work/shared/corpora/polnear-quotes/data.jsonl","utf8").split("\n").filter(Boolean).slice(0,300).map(l=>JSON.parse(l).text);
const {parseArticle}=await import(process.env.NEWSPARSE_MODULE ?? "newsparse");
for (const t of texts) parseArticle(t,{format:"text"});
