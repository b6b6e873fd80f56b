// Usage: tsx src/main.ts [article-file]   (default: the seed article)
import { readFileSync } from 'node:fs';
import { fileURLToPath } from 'node:url';
import { parseArticle } from 'newsparse';
import { describeArticle } from './describe-article.js';

// Piped into `head`, stop quietly when the reader goes away.
process.stdout.on('error', (error: NodeJS.ErrnoException) => {
  if (error.code === 'EPIPE') process.exit(0);
  throw error;
});

const seed = fileURLToPath(new URL('../../articles/global-times-china-peru.txt', import.meta.url));
const path = process.argv[2] ?? seed;

const article = parseArticle(readFileSync(path, 'utf8'));
process.stdout.write(describeArticle(article));
