import { parseArticle, type ArticleResult } from 'newsparse';
import seed from '../../articles/global-times-china-peru.txt?raw';
import { renderArticle } from './render.js';

const input = document.querySelector<HTMLTextAreaElement>('#article')!;
const status = document.querySelector<HTMLElement>('#status')!;

function parse(): void {
  const text = input.value;
  if (text.trim() === '') {
    status.textContent = 'Paste an article to parse it.';
    return;
  }
  const started = performance.now();
  let article: ArticleResult;
  try {
    article = parseArticle(text);
  } catch (error) {
    status.textContent = `Could not parse: ${(error as Error).message}`;
    return;
  }
  const elapsed = performance.now() - started;
  renderArticle(document, article);
  status.textContent = `Parsed in ${elapsed.toFixed(0)} ms · ${article.entities.entities.length} entities · ${article.dates.length} dates · ${article.quotes.length} quotes`;
  document.body.dataset.state = 'parsed';
}

let timer: ReturnType<typeof setTimeout> | undefined;
input.addEventListener('input', () => {
  clearTimeout(timer);
  timer = setTimeout(parse, 400);
});
document.querySelector('#parse')!.addEventListener('click', parse);
document.querySelector('#sample')!.addEventListener('click', () => {
  input.value = seed;
  parse();
});

input.value = seed;
parse();
