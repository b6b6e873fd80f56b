import { writeFileSync, appendFileSync } from 'node:fs';
import { availableParallelism } from 'node:os';
import { performance } from 'node:perf_hooks';
import { Piscina } from 'piscina';
import cliProgress from 'cli-progress';
import { fileSink, readDoneIds, stdoutSink, type LineSink } from './output.js';
import type { BatchItem, RecordFailure } from './records.js';
import type { parseTask } from '../worker.js';

export interface BatchOptions {
  jobs: number;
  output?: string;
  resume: boolean;
  errors?: string;
  /** Show a progress bar (stderr is a terminal and not --quiet). */
  progress: boolean;
  quiet: boolean;
  /** Number of inputs when known up front (files), for the bar's ETA. */
  total?: number;
}

export interface BatchSummary {
  parsed: number;
  failed: number;
  skipped: number;
  seconds: number;
  interrupted: boolean;
}

/** The default --jobs: one worker per core. */
export const defaultJobs = (): number => Math.max(1, availableParallelism());

type Outcome = ReturnType<typeof parseTask>;

/**
 * Parses a stream of articles on a pool of worker threads and writes one JSON line per
 * article in input order, whatever order the workers finish in. At most a few articles per
 * worker are in flight, so memory stays flat however long the stream is.
 */
export async function runBatch(items: AsyncIterable<BatchItem>, options: BatchOptions): Promise<BatchSummary> {
  const started = performance.now();
  const done = options.resume && options.output !== undefined ? await readDoneIds(options.output) : new Set<string>();
  const sink: LineSink = options.output !== undefined ? fileSink(options.output, options.resume) : stdoutSink(process.stdout);
  if (options.errors !== undefined) writeFileSync(options.errors, '');
  const pool = new Piscina({
    filename: new URL('./worker.js', import.meta.url).href,
    name: 'parseTask',
    minThreads: options.jobs,
    maxThreads: options.jobs,
    // Each worker gets a couple of queued tasks so it never waits on the main thread.
    concurrentTasksPerWorker: 1,
    idleTimeout: 60_000,
  });
  const summary: BatchSummary = { parsed: 0, failed: 0, skipped: 0, seconds: 0, interrupted: false };
  const bar = options.progress ? createBar(options.total) : null;
  const window = options.jobs * 4;
  const pending: Array<Promise<{ line: string } | { failure: RecordFailure }>> = [];

  const fail = (failure: RecordFailure): void => {
    summary.failed++;
    const where = failure.line === null ? failure.source : `${failure.source}:${failure.line}`;
    const id = failure.id === null ? '' : ` (id ${failure.id})`;
    const message = `newsparse: ${where}${id}: ${failure.error}`;
    if (bar) bar.log(message);
    else process.stderr.write(`${message}\n`);
    if (options.errors !== undefined) appendFileSync(options.errors, `${JSON.stringify(failure)}\n`);
  };
  const flushHead = async (): Promise<void> => {
    const outcome = await pending.shift()!;
    if ('line' in outcome) {
      await sink.write(outcome.line);
      summary.parsed++;
    } else {
      fail(outcome.failure);
    }
    bar?.tick();
  };

  let stopping = false;
  const stop = (): void => {
    stopping = true;
  };
  process.once('SIGINT', stop);
  process.once('SIGTERM', stop);
  try {
    for await (const item of items) {
      if (stopping) break;
      if (item.kind === 'failure') {
        pending.push(Promise.resolve({ failure: item.failure }));
      } else if (done.has(item.task.id)) {
        summary.skipped++;
        bar?.tick();
        continue;
      } else {
        const { task, line, source } = item;
        pending.push(
          (pool.run(task) as Promise<Outcome>).then(
            (outcome) => (outcome.ok ? { line: outcome.line } : { failure: { line, id: task.id, source, error: outcome.error } }),
            (error: unknown) => ({ failure: { line, id: task.id, source, error: (error as Error).message } }),
          ),
        );
      }
      while (pending.length >= window) await flushHead();
    }
    while (pending.length > 0) await flushHead();
  } finally {
    process.off('SIGINT', stop);
    process.off('SIGTERM', stop);
    bar?.stop();
    await sink.close();
    await pool.destroy();
  }
  summary.interrupted = stopping;
  summary.seconds = (performance.now() - started) / 1000;
  if (!options.quiet) {
    const rate = summary.seconds > 0 ? (summary.parsed / summary.seconds).toFixed(1) : '0';
    const parts = [`${summary.parsed} parsed`, `${summary.failed} failed`];
    if (options.resume) parts.push(`${summary.skipped} already done`);
    process.stderr.write(
      `newsparse: ${parts.join(', ')} in ${summary.seconds.toFixed(1)} s (${rate} articles/s, ${options.jobs} job${options.jobs === 1 ? '' : 's'})${stopping ? ', interrupted' : ''}\n`,
    );
  }
  return summary;
}

interface Progress {
  tick(): void;
  log(message: string): void;
  stop(): void;
}

/** A progress bar on stderr: articles done, articles/s and, when the total is known, the ETA. */
function createBar(total: number | undefined): Progress {
  const known = total !== undefined && total > 0;
  const bar = new cliProgress.SingleBar(
    {
      stream: process.stderr,
      format: known
        ? ' {bar} {value}/{total} articles | {speed} articles/s | ETA {eta_formatted}'
        : ' {value} articles | {speed} articles/s',
      hideCursor: true,
      etaBuffer: 200,
      fps: 5,
    },
    cliProgress.Presets.shades_classic,
  );
  const startedAt = performance.now();
  let count = 0;
  bar.start(known ? total : 0, 0, { speed: '0' });
  return {
    tick() {
      count++;
      const seconds = (performance.now() - startedAt) / 1000;
      bar.increment(1, { speed: seconds > 0 ? (count / seconds).toFixed(1) : '0' });
    },
    log(message) {
      process.stderr.write(`\r\u001b[K${message}\n`);
    },
    stop() {
      bar.stop();
    },
  };
}
