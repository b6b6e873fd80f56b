// The parsers as the CLI runs them, bundled into one CommonJS file (dist/thread.cjs, see
// tsup.config.ts) that is compiled with V8's code cache (compile-cache.ts). Batch mode's
// worker threads (worker.ts) get a few raw records at a time (JSONL lines or file paths) and
// return their finished JSONL text, so that reading, JSON parsing, checking, parsing and
// serialising all happen off the main thread; a one-article run parses on the main thread.
import { NewsparseError } from '@newsparse/core';
import { parseArticle } from '../parse-article.js';
import { processRecord } from './process-record.js';
import type { RawRecord, RecordDefaults, RecordFailure } from './records.js';
import type { SingleArticle, SingleOutcome } from './single.js';

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

/**
 * Batch mode: parses a chunk of raw records into their JSONL lines, in order.
 *
 * @example
 * parseChunk({ records: [{ kind: 'file', path: 'a.txt' }], defaults: { format: 'auto', maxChars: 1e6 } })
 * //=> { lines: '{"id":"a.txt",…}\n', parsed: 1, failures: [] }
 */
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

/**
 * Single-file mode: parses the article and says how it went (a parser's refusal is an
 * outcome; any other exception is a bug, and thrown).
 *
 * @example
 * parseSingle({ input: 'LIMA (AP) — …', options: {} }) //=> { result: { format: 'text', … } }
 */
export function parseSingle(article: SingleArticle): SingleOutcome {
  try {
    return { result: parseArticle(article.input, article.options) };
  } catch (error) {
    if (error instanceof NewsparseError) return { error: error.message };
    throw error;
  }
}
