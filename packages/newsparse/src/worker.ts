// Worker thread of the CLI's batch mode (run by piscina). It gets raw records (JSONL lines
// or file paths) a few at a time and returns their finished JSONL text, so that reading,
// JSON parsing, checking, parsing and serialising all happen here, off the main thread.
// It also parses the one article of single-file mode when started with it in workerData.
import { isMainThread, parentPort, workerData } from 'node:worker_threads';
import { NewsparseError } from '@newsparse/core';
import { parseArticle } from './parse-article.js';
import { processRecord } from './cli/process-record.js';
import type { RawRecord, RecordDefaults, RecordFailure } from './cli/records.js';
import type { SingleOutcome } from './cli/single.js';
import type { ParseArticleOptions } from './types.js';

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

/** Single-file mode: parse the article handed over in workerData and post the outcome. */
function parseSingle(article: { input: string; options: ParseArticleOptions }): SingleOutcome {
  try {
    return { result: parseArticle(article.input, article.options) };
  } catch (error) {
    if (error instanceof NewsparseError) return { error: error.message };
    throw error;
  }
}

const single = isMainThread ? undefined : (workerData as { newsparseArticle?: { input: string; options: ParseArticleOptions } } | null)?.newsparseArticle;
if (single !== undefined) {
  parentPort?.postMessage({ started: true } satisfies SingleOutcome);
  parentPort?.postMessage(parseSingle(single));
}
