import { readdirSync, readFileSync, statSync } from 'node:fs';
import { extname, join } from 'node:path';
import { readArticle } from '@newsparse/metadata';

/** An article ready for the text parsers. */
export interface ArticleText {
  /** Where it came from: the file name inside the folder. */
  id: string;
  /** Plain text: the file itself, or the body extracted from an HTML page. */
  text: string;
}

const TEXT_EXTENSIONS = new Set(['.txt', '.text', '.md']);
const HTML_EXTENSIONS = new Set(['.html', '.htm']);

/**
 * Reads every article file in a folder (not recursive), in name order. Plain-text files are
 * used as they are; HTML pages are reduced to their article body with `readArticle`, so the
 * quote extractor never sees markup. Other files are ignored.
 *
 * @example
 * readArticleFolder('examples/articles').map((article) => article.id)
 * //=> ['global-times-china-peru.txt', 'sample-geneva-talks.txt', ...]
 */
export function readArticleFolder(folder: string): ArticleText[] {
  const articles: ArticleText[] = [];
  for (const name of readdirSync(folder).sort()) {
    const path = join(folder, name);
    if (!statSync(path).isFile()) continue;
    const extension = extname(name).toLowerCase();
    if (TEXT_EXTENSIONS.has(extension)) {
      articles.push({ id: name, text: readFileSync(path, 'utf8') });
    } else if (HTML_EXTENSIONS.has(extension)) {
      articles.push({ id: name, text: readArticle(readFileSync(path, 'utf8')).text });
    }
  }
  return articles;
}
