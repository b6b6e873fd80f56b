import { availableParallelism } from 'node:os';
import type cliProgress from 'cli-progress';
import { CliError } from './cli-error.js';
import { fileSink, readDoneIds, stdoutSink, type LineSink } from './output.js';
import { recordId, type RawRecord, type RecordDefaults, type RecordFailure } from './records.js';
import type { ChunkResult, ChunkTask } from './thread.js';

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
  /** WARC input: the bar shows bytes read of the files' total size instead. */
  bytes?: { total: number; read: () => number };
  /** Longest a single record may take, in milliseconds (0: no limit). */
  timeout: number;
  /** Inputs found unreadable while listing them: reported first, like failed records. */
  problems?: ReadonlyArray<{ path: string; error: string }>;
}

export interface BatchSummary {
  parsed: number;
  failed: number;
  skipped: number;
  seconds: number;
  interrupted: boolean;
  /** The signal that interrupted the run, if one did. */
  signal?: NodeJS.Signals;
}

/** The default --jobs: one worker per core. */
export const defaultJobs = (): number => Math.max(1, availableParallelism());

/** The default --timeout: a record taking longer than this fails alone. */
export const DEFAULT_TIMEOUT_MS = 30_000;

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
 * V8's interrupt budget for the workers: how much bytecode a function runs before V8 thinks
 * of optimising it, eight times V8's default (67,584). A worker compiles the parsers'
 * hot functions with TurboFan on helper threads; at the default budget it does so before
 * their type feedback has seen most of the branches an article takes, so many are
 * optimised, deoptimised ("insufficient type feedback") and optimised again: 983 TurboFan
 * compilations and 265 deoptimisations in a fresh process's first 1,000 articles. With a
 * spare core the helper threads' work is free and early optimisation pays, so the budget is
 * raised only when there is a worker on every core, where they compete with the parsers.
 * V8's flags are the process's, so this is set before the workers start (a user's own
 * --interrupt-budget is kept). The output does not change.
 */
const INTERRUPT_BUDGET = 8 * 67_584;

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
  const resumed = options.resume && options.output !== undefined ? await readDoneIds(options.output) : null;
  const done = resumed?.done ?? new Set<string>();
  const sink: LineSink = options.output !== undefined ? fileSink(options.output, options.resume) : stdoutSink(process.stdout);
  let errors: LineSink | null = null;
  try {
    errors = options.errors !== undefined ? fileSink(options.errors, false) : null;
  } catch (error) {
    sink.abandon();
    throw error;
  }
  const summary: BatchSummary = { parsed: 0, failed: 0, skipped: 0, seconds: 0, interrupted: false };
  // piscina and cli-progress load with the batch, not at every start of the CLI.
  const bar = options.progress ? createBar((await import('cli-progress')).default, options.total, options.bytes) : null;
  const say = (message: string): void => {
    if (bar) bar.log(message);
    else process.stderr.write(`${message}\n`);
  };
  if (resumed?.droppedLastLine && !options.quiet) say(`newsparse: ${options.output}: cut off an incomplete last line; its record is parsed again`);

  const fail = (failure: RecordFailure): void => {
    summary.failed++;
    const where = failure.line === null ? failure.source : `${failure.source}:${failure.line}`;
    const id = failure.id === null || failure.id === failure.source ? '' : ` (id ${failure.id})`;
    say(`newsparse: ${where}${id}: ${failure.error}`);
    if (errors !== null) void errors.write(`${JSON.stringify(failure)}\n`);
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

  const control = createStopControl();
  const interrupt = (signal: NodeJS.Signals): void => {
    summary.interrupted = true;
    summary.signal = signal;
    control.stop();
  };
  process.once('SIGINT', interrupt);
  process.once('SIGTERM', interrupt);
  let finished = false;
  try {
    for (const problem of options.problems ?? []) fail({ line: null, id: null, source: problem.path, error: problem.error });
    await runPooled(records, defaults, { jobs: options.jobs, timeout: options.timeout }, skip, emit, control);
    finished = !summary.interrupted;
  } finally {
    process.off('SIGINT', interrupt);
    process.off('SIGTERM', interrupt);
    bar?.stop();
    if (finished) {
      sink.finish();
      errors?.finish();
    } else {
      // Interrupted or failed: keep the whole lines written, so --resume goes on from them.
      sink.abandon();
      errors?.abandon();
    }
  }
  summary.seconds = (performance.now() - started) / 1000;
  if (!options.quiet) {
    const rate = summary.seconds > 0 ? (summary.parsed / summary.seconds).toFixed(1) : '0';
    const parts = [`${summary.parsed} parsed`, `${summary.failed} failed`];
    if (options.resume) parts.push(`${summary.skipped} already done`);
    process.stderr.write(
      `newsparse: ${parts.join(', ')} in ${summary.seconds.toFixed(1)} s (${rate} articles/s, ${options.jobs} job${options.jobs === 1 ? '' : 's'})${summary.interrupted ? ', interrupted' : ''}\n`,
    );
  }
  return summary;
}

/**
 * Stopping a run from a signal or a failure. Every wait of the run goes through `race`, so
 * that a stop releases it at once, even one on a standard input that sends nothing. (Not
 * with Promise.race on one long-lived promise: every race leaves a reaction on it that keeps
 * its result alive until the run ends.)
 */
interface StopControl {
  readonly stopped: boolean;
  stop(): void;
  /** The promise's value, or null as soon as the run stops. */
  race<T>(promise: Promise<T>): Promise<T | null>;
}

function createStopControl(): StopControl {
  let stopped = false;
  const waiting = new Set<() => void>();
  return {
    get stopped() {
      return stopped;
    },
    stop() {
      if (stopped) return;
      stopped = true;
      for (const release of waiting) release();
      waiting.clear();
    },
    race<T>(promise: Promise<T>): Promise<T | null> {
      if (stopped) return Promise.resolve(null);
      return new Promise<T | null>((resolve, reject) => {
        const release = (): void => resolve(null);
        waiting.add(release);
        promise.then(
          (value) => {
            waiting.delete(release);
            resolve(value);
          },
          (error: unknown) => {
            waiting.delete(release);
            reject(error as Error);
          },
        );
      });
    },
  };
}

type Skip = (raw: RawRecord) => boolean;
type Emit = (result: ChunkResult) => Promise<void>;

const EMPTY: ChunkResult = { lines: '', parsed: 0, failures: [] };

const merge = (results: ChunkResult[]): ChunkResult => ({
  lines: results.map((result) => result.lines).join(''),
  parsed: results.reduce((sum, result) => sum + result.parsed, 0),
  failures: results.flatMap((result) => result.failures),
});

/** A chunk at work, for the timeout watchdog: which record its worker is on, since when. */
interface Watch {
  progress: Int32Array;
  controller: AbortController;
  index: number;
  since: number;
  timedOut: number;
}

async function runPooled(
  records: AsyncIterable<RawRecord> | Iterable<RawRecord>,
  defaults: RecordDefaults,
  limits: { jobs: number; timeout: number },
  skip: Skip,
  emit: Emit,
  control: StopControl,
): Promise<void> {
  const { jobs, timeout } = limits;
  const { Piscina } = await import('piscina');
  if (jobs >= availableParallelism()) await delayOptimisation();
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
  let failure: unknown = null;
  const abort = (error: unknown): void => {
    failure ??= error;
    control.stop();
  };
  pool.on('error', abort);

  // Each chunk's worker marks the record it is on in shared memory; a record that stays
  // current longer than the timeout has its worker terminated (piscina starts a new one).
  const watches = new Set<Watch>();
  const watchdog =
    timeout > 0
      ? setInterval(() => {
          const now = performance.now();
          for (const watch of watches) {
            const index = Atomics.load(watch.progress, 0);
            if (index !== watch.index) {
              watch.index = index;
              watch.since = now;
            } else if (index >= 0 && watch.timedOut < 0 && now - watch.since > timeout) {
              watch.timedOut = index;
              watch.controller.abort();
            }
          }
        }, Math.min(250, Math.max(10, timeout / 4)))
      : null;
  watchdog?.unref();

  // A record that times out fails alone and the rest of its chunk runs again; a worker that
  // dies (an article over the memory cap) takes its chunk with it, so its records run again
  // one by one and only the one at fault fails.
  const runChunk = async (chunkRecords: RawRecord[]): Promise<ChunkResult> => {
    if (chunkRecords.length === 0 || control.stopped) return EMPTY;
    const watch: Watch = { progress: new Int32Array(new SharedArrayBuffer(4)).fill(-1), controller: new AbortController(), index: -1, since: 0, timedOut: -1 };
    watches.add(watch);
    try {
      return await pool.run({ records: chunkRecords, defaults, progress: watch.progress }, { signal: watch.controller.signal });
    } catch (error) {
      if (control.stopped) return EMPTY;
      if (watch.timedOut >= 0) {
        const at = watch.timedOut;
        const [before, after] = await Promise.all([runChunk(chunkRecords.slice(0, at)), runChunk(chunkRecords.slice(at + 1))]);
        return merge([before!, { lines: '', parsed: 0, failures: [failed(chunkRecords[at]!, `timed out after ${timeout} ms (--timeout)`)] }, after!]);
      }
      if (chunkRecords.length === 1) return { lines: '', parsed: 0, failures: [failed(chunkRecords[0]!, `worker failed: ${error instanceof Error ? error.message : String(error)}`)] };
      return merge(await Promise.all(chunkRecords.map((raw) => runChunk([raw]))));
    } finally {
      watches.delete(watch);
    }
  };

  // Results are written as soon as the oldest chunk is done, not when the next record
  // arrives: a paused input (a slow pipe) must not hold back finished lines.
  const window = jobs * 3;
  const pending: Array<Promise<ChunkResult>> = [];
  let running = 0;
  let chunk: RawRecord[] = [];
  let chunkChars = 0;
  let inputDone = false;
  let wakers: Array<() => void> = [];
  const wake = (): void => {
    const waiting = wakers;
    wakers = [];
    for (const resolve of waiting) resolve();
  };
  const changed = (): Promise<void> => new Promise<void>((resolve) => wakers.push(resolve));
  const dispatch = (): void => {
    if (chunk.length === 0 || control.stopped) return;
    const records = chunk;
    chunk = [];
    chunkChars = 0;
    running++;
    pending.push(
      runChunk(records).finally(() => {
        running--;
        // A worker is free: records waiting for a full chunk go now (the input may be paused).
        if (pending.length < window) dispatch();
        wake();
      }),
    );
    wake();
  };

  const writer = (async (): Promise<void> => {
    while (!control.stopped) {
      const head = pending[0];
      if (head === undefined) {
        if (inputDone) return;
        await control.race(changed());
        continue;
      }
      const result = await control.race(head);
      if (result === null) return;
      pending.shift();
      await emit(result);
      wake();
    }
  })().catch(abort);

  try {
    const iterator = Symbol.asyncIterator in records ? records[Symbol.asyncIterator]() : records[Symbol.iterator]();
    while (!control.stopped) {
      const next = await control.race(Promise.resolve(iterator.next()));
      if (next === null || next.done === true) break;
      const raw = next.value;
      if (skip(raw)) continue;
      chunk.push(raw);
      chunkChars += raw.kind === 'jsonl' ? raw.json.length : 0;
      // A worker waiting for work gets the records at hand at once; busy ones get full chunks.
      if (chunk.length >= CHUNK_RECORDS || chunkChars >= CHUNK_CHARS || running < jobs) dispatch();
      while (pending.length >= window && !control.stopped) await control.race(changed());
    }
    if (!control.stopped) dispatch();
  } catch (error) {
    abort(error);
  } finally {
    inputDone = true;
    wake();
    await writer;
    if (watchdog !== null) clearInterval(watchdog);
    // After a stop, the exit ends the workers: waiting for busy ones to wind down would
    // only delay it. A run that finished shuts its idle workers down (a stuck one not waited for).
    const closing = pool.destroy().catch(() => {});
    if (!control.stopped) await Promise.race([closing, new Promise((resolve) => setTimeout(resolve, 500).unref())]);
  }
  if (failure !== null) {
    if (failure instanceof CliError) throw failure;
    const message = failure instanceof Error ? failure.message : String(failure);
    throw new CliError(`a worker thread failed: ${message.split('\n')[0]}`);
  }
}

/** Whether node's own flags (its arguments, NODE_OPTIONS) set V8's interrupt budget. */
export function setsInterruptBudget(flags: readonly string[]): boolean {
  return flags.some((flag) => /--interrupt[-_]budget(?:[=\s]|$)/.test(flag));
}

/** Sets V8's interrupt budget for the workers (see INTERRUPT_BUDGET), unless node was given one. */
async function delayOptimisation(): Promise<void> {
  if (setsInterruptBudget([...process.execArgv, process.env.NODE_OPTIONS ?? ''])) return;
  const { setFlagsFromString } = await import('node:v8');
  setFlagsFromString(`--interrupt-budget=${INTERRUPT_BUDGET}`);
}

/** A failure for a record that timed out or whose worker died. */
function failed(raw: RawRecord, error: string): RecordFailure {
  if (raw.kind === 'problem') return { line: null, id: null, source: raw.source, error: raw.error };
  if (raw.kind === 'warc') return { line: null, id: raw.warcRecordId, source: raw.source, error };
  return raw.kind === 'jsonl' ? { line: raw.line, id: recordId(raw), source: raw.source, error } : { line: null, id: raw.path, source: raw.path, error };
}

/** cli-progress, loaded when a batch shows progress. */
type ProgressBars = typeof cliProgress;

/** One progress bar on stderr, redrawn at most five times a second, in the given format. */
function singleBar(bars: ProgressBars, format: string): cliProgress.SingleBar {
  return new bars.SingleBar(
    { stream: process.stderr, format, hideCursor: true, etaBuffer: 200, fps: 5 },
    bars.Presets.shades_classic,
  );
}

function createByteBar(bars: ProgressBars, bytes: NonNullable<BatchOptions['bytes']>): Progress {
  const megabytes = (count: number): string => (count < 1048576 ? `${Math.round(count / 1024)} KB` : `${(count / 1048576).toFixed(1)} MB`);
  const bar = singleBar(bars, ' {bar} {percentage}% | {read} of {size} read | {articles} pages | {speed} pages/s | ETA {eta_formatted}');
  const startedAt = performance.now();
  let count = 0;
  bar.start(bytes.total, 0, { read: megabytes(0), size: megabytes(bytes.total), articles: 0, speed: '0' });
  return {
    tick(step) {
      count += step;
      const seconds = (performance.now() - startedAt) / 1000;
      const read = Math.min(bytes.read(), bytes.total);
      bar.update(read, { read: megabytes(read), articles: count, speed: seconds > 0 ? (count / seconds).toFixed(1) : '0' });
    },
    log(message) {
      process.stderr.write(`\r\u001b[K${message}\n`);
    },
    stop() {
      bar.stop();
    },
  };
}

interface Progress {
  tick(count: number): void;
  log(message: string): void;
  stop(): void;
}

/**
 * A progress bar on stderr: articles done, articles/s and, when the total is known, the ETA.
 * For WARC files, whose page count is unknown until read, it measures the bytes read.
 */
function createBar(bars: ProgressBars, total: number | undefined, bytes?: BatchOptions['bytes']): Progress {
  if (bytes !== undefined && bytes.total > 0) return createByteBar(bars, bytes);
  const known = total !== undefined && total > 0;
  const bar = singleBar(
    bars,
    known ? ' {bar} {value}/{total} articles | {speed} articles/s | ETA {eta_formatted}' : ' {value} articles | {speed} articles/s',
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
