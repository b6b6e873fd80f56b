import { runInNewContext } from 'node:vm';
import { CliError } from './cli-error.js';
import { loadCached } from './compile-cache.js';
import type { ArticleResult, ParseArticleOptions } from '../types.js';

/** How parsing the one article went: the result, or the parsers' refusal (a NewsparseError's message). */
export type SingleOutcome = { result: ArticleResult } | { error: string };

/** The article of a one-article run. */
export interface SingleArticle {
  input: string;
  options: ParseArticleOptions;
}

/**
 * Parses the one article of a one-article run on this thread, with the parsers of the
 * worker threads (dist/thread.cjs, compiled through V8's code cache). `--timeout` counts
 * from the start of parsing: past it, V8 stops the parse (vm's `timeout`, a watchdog
 * thread that interrupts running code) and the run fails with exit code 1. A `timeout`
 * of 0 means no limit. A worker thread would cost its own start-up (a fresh Node
 * environment) before it could even compile the parsers: most of a one-article run is
 * that start-up and the first parse.
 *
 * @example
 * parseOne({ input: 'LIMA (AP) — …', options: { format: 'text' } }, 30_000, 'a.txt') //=> { format: 'text', … }
 */
export function parseOne(article: SingleArticle, timeout: number, name: string): ArticleResult {
  const thread = loadCached<typeof import('./thread.js')>(new URL('./thread.cjs', import.meta.url));
  let outcome: SingleOutcome;
  try {
    const parse = (): SingleOutcome => thread.exports.parseSingle(article);
    outcome = timeout > 0 ? (runInNewContext('parse()', { parse }, { timeout }) as SingleOutcome) : parse();
  } catch (error) {
    if ((error as NodeJS.ErrnoException | null)?.code === 'ERR_SCRIPT_EXECUTION_TIMEOUT') {
      throw new CliError(`${name}: timed out after ${timeout} ms (--timeout)`);
    }
    // Not a refusal (those are outcomes): a bug in a parser, reported as the worker thread did.
    throw new CliError(`${name}: the parser failed: ${error instanceof Error ? error.message : String(error)}`);
  }
  thread.save();
  if ('error' in outcome) throw new CliError(`${name}: ${outcome.error}`);
  return outcome.result;
}
