// Worker thread of the CLI's batch mode (run by piscina). It gets raw records (JSONL lines
// or file paths) a few at a time and returns their finished JSONL text, so that reading,
// JSON parsing, checking, parsing and serialising all happen here, off the main thread.
import { processRecord } from './cli/process-record.js';
import type { RawRecord, RecordDefaults, RecordFailure } from './cli/records.js';

/** A few consecutive records of the input. */
export interface ChunkTask {
  records: RawRecord[];
  defaults: RecordDefaults;
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
  for (const record of task.records) {
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
