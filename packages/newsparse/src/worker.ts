// Worker thread of the CLI's batch mode (run by piscina). It gets raw records (JSONL lines
// or file paths) a few at a time and returns their finished JSONL text, so that reading,
// JSON parsing, checking, parsing and serialising all happen here, off the main thread.
// It also parses the one article of single-file mode, sent to it once it has started.
import { isMainThread, parentPort, workerData } from 'node:worker_threads';
import { NewsparseError } from '@newsparse/core';
import { parseArticle } from './parse-article.js';
import { processRecord } from './cli/process-record.js';
import type { RawRecord, RecordDefaults, RecordFailure } from './cli/records.js';
import type { SingleArticle, SingleOutcome } from './cli/single.js';

/** A few consecutive records of the input. */
export interface ChunkTask {
  records: RawRecord[];
  defaults: RecordDefaults;
  /** Shared with the main thread: the index of the record being parsed (for --timeout). */
  progress?: Int32Array;
}

/** The chunk's result lines, in input order, and the records that failed. */
export interface ChunkResult {
  /** The result lines, each ending in a newline ('' when every record failed). */
  lines: string;
  parsed: number;
  failures: RecordFailure[];
}

export function parseChunk(task: ChunkTask): ChunkResult {
  let lines = '';
  let parsed = 0;
  const failures: RecordFailure[] = [];
  for (const [index, record] of task.records.entries()) {
    if (task.progress !== undefined) Atomics.store(task.progress, 0, index);
    const outcome = processRecord(record, task.defaults);
    if ('line' in outcome) {
      lines += `${outcome.line}\n`;
      parsed++;
    } else {
      failures.push(outcome.failure);
    }
  }
  return { lines, parsed, failures };
}

/** Single-file mode: parse the article and say how it went. */
function parseSingle(article: SingleArticle): SingleOutcome {
  try {
    return { result: parseArticle(article.input, article.options) };
  } catch (error) {
    if (error instanceof NewsparseError) return { error: error.message };
    throw error;
  }
}

// Single-file mode: the CLI starts this thread before it has read the article, which then
// comes as the one message; the thread ends after answering it.
const single = !isMainThread && (workerData as { newsparseSingle?: boolean } | null)?.newsparseSingle === true;
if (single) {
  parentPort?.once('message', (article: SingleArticle) => {
    parentPort?.postMessage({ started: true } satisfies SingleOutcome);
    parentPort?.postMessage(parseSingle(article));
  });
}
