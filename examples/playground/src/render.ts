import type { ArticleResult, EntityType } from 'newsparse';
import { layoutHighlights, speakerLabel } from './layout-highlights.js';

/**
 * Renders a parsed article into the page: the highlighted text, the speaker list and the
 * lists of entities and dates. Text is only ever set with `textContent`, never as HTML, so
 * a pasted article cannot inject markup.
 *
 * @example
 * renderArticle(document, parseArticle(text))
 */
export function renderArticle(document: Document, article: ArticleResult): void {
  renderMeta(document, article);
  renderText(document, article);
  renderSpeakers(document, article);
  for (const [id, type] of [['people', 'person'], ['organizations', 'organization'], ['places', 'place']] as const) {
    renderEntities(document, article, id, type);
  }
  renderDates(document, article);
}

function renderMeta(document: Document, article: ArticleResult): void {
  const meta = document.querySelector('#meta')!;
  meta.replaceChildren();
  const { metadata, dateline } = article;
  if (metadata.title) meta.append(element(document, 'h2', metadata.title));
  const facts = [
    metadata.published && `Published ${metadata.published}`,
    metadata.authors.length > 0 && `by ${metadata.authors.map((author) => author.name).join(', ')}`,
    dateline?.location && `dateline ${dateline.text}`,
    article.reference && `dates resolved against ${article.reference}`,
  ].filter(Boolean);
  if (facts.length > 0) meta.append(element(document, 'p', facts.join(' · ')));
}

function renderText(document: Document, article: ArticleResult): void {
  const container = document.querySelector('#highlighted')!;
  const { text } = article;
  const fragment = document.createDocumentFragment();
  for (const block of layoutHighlights(article)) {
    let parent: Node = fragment;
    if (block.quote !== undefined) {
      const quote = article.quotes[block.quote]!;
      const q = element(document, 'q', '');
      q.className = `hl-quote kind-${quote.kind}`;
      q.dataset.quote = String(block.quote);
      q.dataset.speaker = quote.speaker?.name ?? '';
      q.title = `${quote.kind} quote · ${speakerLabel(quote)}`;
      fragment.append(q);
      parent = q;
    }
    for (const piece of block.pieces) {
      const words = text.slice(piece.start, piece.end);
      if (piece.kind === undefined && !piece.speaker) {
        parent.appendChild(document.createTextNode(words));
        continue;
      }
      const mark = element(document, piece.kind === undefined ? 'span' : 'mark', words);
      mark.className = [piece.kind && `hl hl-${piece.kind}`, piece.speaker && 'hl-speaker'].filter(Boolean).join(' ');
      if (piece.title) mark.title = piece.title;
      if (piece.entityId) mark.dataset.entity = piece.entityId;
      parent.appendChild(mark);
    }
  }
  container.replaceChildren(fragment);
}

function renderSpeakers(document: Document, article: ArticleResult): void {
  const list = document.querySelector('#speakers')!;
  list.replaceChildren();
  for (const source of article.sources) {
    const item = element(document, 'li', '');
    item.className = source.named ? 'named' : 'unnamed';
    item.dataset.speaker = source.name;
    item.append(element(document, 'span', source.name, 'name'));
    const kinds = [source.direct && `${source.direct} direct`, source.partial && `${source.partial} partial`, source.indirect && `${source.indirect} reported`].filter(Boolean);
    const described = source.descriptions.length > 0 ? `${source.descriptions.join('; ')} · ` : '';
    item.append(element(document, 'span', `${described}${source.named ? '' : 'unnamed · '}${kinds.join(', ')}`, 'detail'));
    // Clicking a speaker lights up their quotes in the text.
    item.addEventListener('click', () => {
      for (const quote of document.querySelectorAll<HTMLElement>('q.hl-quote')) {
        quote.classList.toggle('focus', quote.dataset.speaker === source.name);
      }
      document.querySelector<HTMLElement>(`q.hl-quote.focus`)?.scrollIntoView({ block: 'center', behavior: 'smooth' });
    });
    list.append(item);
  }
  const unattributed = article.quotes.filter((quote) => quote.speaker === null).length;
  if (unattributed > 0) list.append(element(document, 'li', `${unattributed} ${unattributed === 1 ? 'quote' : 'quotes'} with no speaker found`, 'empty'));
  if (article.quotes.length === 0) list.append(element(document, 'li', 'No quotes found.', 'empty'));
}

function renderEntities(document: Document, article: ArticleResult, id: string, type: EntityType): void {
  const list = document.querySelector(`#${id}`)!;
  list.replaceChildren();
  const entities = article.entities.entities.filter((entity) => entity.type === type).sort((a, b) => b.mentions - a.mentions);
  for (const entity of entities) {
    const item = element(document, 'li', entity.mentions > 1 ? `${entity.name} ×${entity.mentions}` : entity.name, `hl-${type}`);
    if (entity.aliases.length > 0) item.title = `also: ${entity.aliases.join(', ')}`;
    list.append(item);
  }
  if (entities.length === 0) list.append(element(document, 'li', 'none found', 'empty'));
}

function renderDates(document: Document, article: ArticleResult): void {
  const list = document.querySelector('#dates')!;
  list.replaceChildren();
  for (const date of article.dates) {
    const value = date.value === null ? 'duration' : date.until ? `${date.value}…${date.until}` : date.value;
    list.append(element(document, 'li', `${date.text} → ${value}`, 'hl-date'));
  }
  if (article.dates.length === 0) list.append(element(document, 'li', 'none found', 'empty'));
}

function element<K extends keyof HTMLElementTagNameMap>(document: Document, tag: K, text: string, className?: string): HTMLElementTagNameMap[K] {
  const node = document.createElement(tag);
  if (text) node.textContent = text;
  if (className) node.className = className;
  return node;
}
