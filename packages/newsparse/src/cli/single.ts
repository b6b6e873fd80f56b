import { Worker } from 'node:worker_threads';
import { CliError } from './input.js';
import type { ArticleResult, ParseArticleOptions } from '../types.js';

/** What the worker thread sends: that it starts parsing, then the outcome. */
export type SingleOutcome = { started: true } | { result: ArticleResult } | { error: string };

/**
 * Parses one article on a worker thread (the CLI's worker.js, started with the article in
 * its `workerData`), so that `--timeout` can stop a parse that runs too long: the thread is
 * terminated and the run fails with exit code 1. A `timeout` of 0 means no limit.
 */
export async function parseInWorker(input: string, options: ParseArticleOptions, timeout: number, name: string): Promise<ArticleResult> {
  const worker = new Worker(new URL('./worker.js', import.meta.url), { workerData: { newsparseArticle: { input, options } } });
  let timer: NodeJS.Timeout | undefined;
  try {
    const outcome = await new Promise<Exclude<SingleOutcome, { started: true }>>((resolve, reject) => {
      worker.on('message', (message: SingleOutcome) => {
        // The time limit counts from the start of parsing, not of the thread.
        if ('started' in message) {
          if (timeout > 0) timer = setTimeout(() => reject(new CliError(`${name}: timed out after ${timeout} ms (--timeout)`)), timeout);
        } else {
          resolve(message);
        }
      });
      worker.once('error', reject);
      worker.once('exit', (code) => reject(new CliError(`${name}: the parser stopped (exit code ${code})`)));
    });
    if ('error' in outcome) throw new CliError(`${name}: ${outcome.error}`);
    return outcome.result;
  } catch (error) {
    if (error instanceof CliError) throw error;
    throw new CliError(`${name}: the parser failed: ${error instanceof Error ? error.message : String(error)}`);
  } finally {
    clearTimeout(timer);
    void worker.terminate();
  }
}
