import { assertText, splitParagraphs } from '@newsparse/core';
import { Parser } from 'htmlparser2';
import { readMetadata } from './read-metadata.js';
import type { ArticleContent, ReadMetadataOptions } from './types.js';

const SKIP = new Set(['script', 'style', 'noscript', 'template', 'svg', 'nav', 'header', 'footer', 'aside', 'form']);

/**
 * Reads an article page: its metadata and its body as plain text for the other parsers.
 * First implementation: the text of `<p>` elements outside navigation. Issue #6 improves it.
 *
 * @example
 * readArticle('<article><p>First.</p><p>Second.</p></article>').text
 * //=> 'First.\n\nSecond.'
 */
export function readArticle(html: string, options: ReadMetadataOptions = {}): ArticleContent {
  assertText(html, 'readArticle');
  const metadata = readMetadata(html, options);
  const paragraphs: string[] = [];
  let skipDepth = 0;
  let current: string | null = null;
  const parser = new Parser(
    {
      onopentag(name) {
        if (SKIP.has(name)) skipDepth++;
        else if (name === 'p' && skipDepth === 0) current = '';
      },
      ontext(text) {
        if (current !== null && skipDepth === 0) current += text;
      },
      onclosetag(name) {
        if (SKIP.has(name)) skipDepth = Math.max(0, skipDepth - 1);
        else if (name === 'p' && current !== null) {
          const paragraph = current.replace(/\s+/g, ' ').trim();
          if (paragraph) paragraphs.push(paragraph);
          current = null;
        }
      },
    },
    { decodeEntities: true, lowerCaseTags: true },
  );
  parser.end(html);
  const text = paragraphs.join('\n\n');
  return { metadata, text, paragraphs: splitParagraphs(text, { mode: 'blank' }) };
}
