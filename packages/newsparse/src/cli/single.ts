import { Worker } from 'node:worker_threads';
import { CliError } from './cli-error.js';
import type { ArticleResult, ParseArticleOptions } from '../types.js';

/** What the worker thread sends: that it starts parsing, then the outcome. */
export type SingleOutcome = { started: true } | { result: ArticleResult } | { error: string };

/** The article the worker thread waits for. */
export interface SingleArticle {
  input: string;
  options: ParseArticleOptions;
}

/** The worker thread of a one-article run, started before its article is known. */
export interface SingleParser {
  /**
   * Sends the article and waits for the result. `--timeout` counts from the start of parsing
   * (not of the thread): past it, the run fails with exit code 1. A `timeout` of 0 means no limit.
   */
  parse(article: SingleArticle, timeout: number, name: string): Promise<ArticleResult>;
  /** Ends the thread, whatever it is doing (always called when the run ends). */
  stop(): void;
}

/** How the thread ended, or what it answered; kept from its start, so a failure while it loads is not lost. */
type Ending = { outcome: Exclude<SingleOutcome, { started: true }> } | { failed: unknown } | { exited: number };

/**
 * Starts the CLI's worker.js for one article (a worker thread, so that `--timeout` can stop
 * a parse that runs too long). It is started before the input is read: its start-up, a fresh
 * V8 isolate compiling the parsers, runs on another core while the main thread loads the rest
 * of the CLI and reads the input.
 */
export function startParser(): SingleParser {
  const worker = new Worker(new URL('./worker.js', import.meta.url), { workerData: { newsparseSingle: true } });
  let onStarted = (): void => {};
  const ending = new Promise<Ending>((resolve) => {
    worker.on('message', (message: SingleOutcome) => {
      if ('started' in message) onStarted();
      else resolve({ outcome: message });
    });
    worker.once('error', (error) => resolve({ failed: error }));
    worker.once('exit', (code) => resolve({ exited: code }));
  });
  return {
    async parse(article, timeout, name) {
      let timer: NodeJS.Timeout | undefined;
      const timedOut = new Promise<never>((_, reject) => {
        onStarted = () => {
          if (timeout > 0) timer = setTimeout(() => reject(new CliError(`${name}: timed out after ${timeout} ms (--timeout)`)), timeout);
        };
      });
      try {
        worker.postMessage(article);
        const end = await Promise.race([ending, timedOut]);
        if ('exited' in end) throw new CliError(`${name}: the parser stopped (exit code ${end.exited})`);
        if ('failed' in end) throw new CliError(`${name}: the parser failed: ${end.failed instanceof Error ? end.failed.message : String(end.failed)}`);
        if ('error' in end.outcome) throw new CliError(`${name}: ${end.outcome.error}`);
        return end.outcome.result;
      } finally {
        clearTimeout(timer);
      }
    },
    stop() {
      void worker.terminate();
    },
  };
}
