import { writeFileSync, appendFileSync } from 'node:fs';
import { availableParallelism } from 'node:os';
import { performance } from 'node:perf_hooks';
import { Piscina } from 'piscina';
import cliProgress from 'cli-progress';
import { CliError } from './input.js';
import { fileSink, readDoneIds, stdoutSink, type LineSink } from './output.js';
import { recordId, type RawRecord, type RecordDefaults, type RecordFailure } from './records.js';
import type { ChunkResult, ChunkTask } from '../worker.js';

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

/** Most records sent to a worker in one message, and most characters. */
const CHUNK_RECORDS = 8;
const CHUNK_CHARS = 1 << 20;

/**
 * Young-generation size of each worker's heap. Parsing an article makes many short-lived
 * objects; V8's default young generation fills every few milliseconds and its scavenges run
 * on helper threads that compete with the other workers for the cores. A larger one lets
 * most of them die before a scavenge (fewer and cheaper collections, measured: about a
 * third of the scavenge time), at the cost of a few dozen MB per worker.
 */
const YOUNG_GENERATION_MB = 96;

/**
 * Old-generation cap of each worker's heap. A worker keeps about 80 MB alive, but with no
 * cap V8 lets garbage pile up to a gigabyte and more before collecting it, so memory grew
 * with the length of the run. The cap keeps it flat; 512 MB still parses an article at the
 * default --max-chars (5 million characters). An article that needs more fails alone
 * ("worker failed: … out of memory") and the run goes on with a fresh worker.
 */
const OLD_GENERATION_MB = 512;

/**
 * Parses a stream of raw records on `jobs` worker threads and writes one JSON line per
 * article in input order, whatever order the workers finish in. Workers get chunks of a
 * few raw records (JSONL lines or file paths) and return finished JSONL text, so this
 * thread only reads lines and writes results; at most a few chunks per worker are in
 * flight, so memory stays flat however long the stream is.
 */
export async function runBatch(
  records: AsyncIterable<RawRecord> | Iterable<RawRecord>,
  defaults: RecordDefaults,
  options: BatchOptions,
): Promise<BatchSummary> {
  const started = performance.now();
  const done = options.resume && options.output !== undefined ? await readDoneIds(options.output) : new Set<string>();
  const sink: LineSink = options.output !== undefined ? fileSink(options.output, options.resume) : stdoutSink(process.stdout);
  if (options.errors !== undefined) writeFileSync(options.errors, '');
  const summary: BatchSummary = { parsed: 0, failed: 0, skipped: 0, seconds: 0, interrupted: false };
  const bar = options.progress ? createBar(options.total) : null;

  const fail = (failure: RecordFailure): void => {
    summary.failed++;
    const where = failure.line === null ? failure.source : `${failure.source}:${failure.line}`;
    const id = failure.id === null ? '' : ` (id ${failure.id})`;
    const message = `newsparse: ${where}${id}: ${failure.error}`;
    if (bar) bar.log(message);
    else process.stderr.write(`${message}\n`);
    if (options.errors !== undefined) appendFileSync(options.errors, `${JSON.stringify(failure)}\n`);
  };
  const emit = async (result: ChunkResult): Promise<void> => {
    if (result.lines.length > 0) await sink.write(result.lines);
    summary.parsed += result.parsed;
    for (const failure of result.failures) fail(failure);
    bar?.tick(result.parsed + result.failures.length);
  };
  const skip = (raw: RawRecord): boolean => {
    if (done.size === 0) return false;
    const id = recordId(raw);
    if (id === null || !done.has(id)) return false;
    summary.skipped++;
    bar?.tick(1);
    return true;
  };

  let stopping = false;
  const stop = (): void => {
    stopping = true;
  };
  process.once('SIGINT', stop);
  process.once('SIGTERM', stop);
  try {
    await runPooled(records, defaults, options.jobs, skip, emit, () => stopping);
  } finally {
    process.off('SIGINT', stop);
    process.off('SIGTERM', stop);
    bar?.stop();
    await sink.close();
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

type Skip = (raw: RawRecord) => boolean;
type Emit = (result: ChunkResult) => Promise<void>;

async function runPooled(
  records: AsyncIterable<RawRecord> | Iterable<RawRecord>,
  defaults: RecordDefaults,
  jobs: number,
  skip: Skip,
  emit: Emit,
  stopping: () => boolean,
): Promise<void> {
  const pool = new Piscina<ChunkTask, ChunkResult>({
    filename: new URL('./worker.js', import.meta.url).href,
    name: 'parseChunk',
    minThreads: jobs,
    maxThreads: jobs,
    concurrentTasksPerWorker: 1,
    idleTimeout: 60_000,
    resourceLimits: { maxYoungGenerationSizeMb: YOUNG_GENERATION_MB, maxOldGenerationSizeMb: OLD_GENERATION_MB },
  });
  // A worker that cannot start (a broken install) fails every record: stop and say so once.
  // Its queued tasks may then never settle, so each wait below is released by that error
  // too. (Not with Promise.race on one long-lived promise: every race leaves a reaction on
  // it that keeps its result, and with it every line written, alive until the run ends.)
  let broken: Error | null = null;
  const waiting = new Set<(result: null) => void>();
  pool.on('error', (error: Error) => {
    broken ??= error;
    for (const release of waiting) release(null);
    waiting.clear();
  });
  const next = async (): Promise<void> => {
    const head = pending.shift()!;
    let release: (result: null) => void = () => {};
    const result = await new Promise<ChunkResult | null>((resolve) => {
      release = resolve;
      waiting.add(release);
      void head.then(resolve);
    });
    waiting.delete(release);
    if (result !== null) await emit(result);
  };
  const window = jobs * 3;
  const pending: Array<Promise<ChunkResult>> = [];
  let running = 0;
  let chunk: RawRecord[] = [];
  let chunkChars = 0;
  const dispatch = (): void => {
    const task: ChunkTask = { records: chunk, defaults };
    chunk = [];
    chunkChars = 0;
    running++;
    pending.push(runChunk(task).finally(() => running--));
  };
  // A worker that dies (an article over the memory cap) takes its whole chunk with it: run
  // that chunk's records again one by one, so only the record at fault fails.
  const runChunk = (task: ChunkTask): Promise<ChunkResult> =>
    pool.run(task).catch(async (error: unknown) => {
      if (task.records.length === 1) return { lines: '', parsed: 0, failures: [crashed(task.records[0]!, error)] };
      const singles = await Promise.all(task.records.map((raw) => runChunk({ records: [raw], defaults })));
      return { lines: singles.map((single) => single.lines).join(''), parsed: singles.reduce((sum, single) => sum + single.parsed, 0), failures: singles.flatMap((single) => single.failures) };
    });
  try {
    for await (const raw of records) {
      if (stopping() || broken) break;
      if (skip(raw)) continue;
      chunk.push(raw);
      chunkChars += raw.kind === 'jsonl' ? raw.json.length : 0;
      // A worker waiting for work gets the records at hand at once; busy ones get full chunks.
      if (chunk.length >= CHUNK_RECORDS || chunkChars >= CHUNK_CHARS || running < jobs) dispatch();
      while (pending.length >= window && !broken) await next();
    }
    if (chunk.length > 0 && !stopping() && !broken) dispatch();
    while (pending.length > 0 && !broken) await next();
  } finally {
    // A pool whose workers died may never finish shutting down: do not wait for it then.
    if (broken) void pool.destroy().catch(() => {});
    else await pool.destroy();
  }
  if (broken) throw new CliError(`a worker thread failed: ${(broken as Error).message.split('\n')[0]}`);
}

/** A failure for each record of a chunk whose worker died. */
function crashed(raw: RawRecord, error: unknown): RecordFailure {
  const message = error instanceof Error ? error.message : String(error);
  return raw.kind === 'jsonl'
    ? { line: raw.line, id: null, source: raw.source, error: `worker failed: ${message}` }
    : { line: null, id: raw.path, source: raw.path, error: `worker failed: ${message}` };
}

interface Progress {
  tick(count: number): void;
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
    tick(step) {
      count += step;
      const seconds = (performance.now() - startedAt) / 1000;
      bar.increment(step, { speed: seconds > 0 ? (count / seconds).toFixed(1) : '0' });
    },
    log(message) {
      process.stderr.write(`\r\u001b[K${message}\n`);
    },
    stop() {
      bar.stop();
    },
  };
}
