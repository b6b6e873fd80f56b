// Entry of batch mode's worker threads (run by piscina, which calls parseChunk). The parsers
// themselves are in dist/thread.cjs (cli/thread.ts), compiled through V8's code cache
// (cli/compile-cache.ts): a fresh worker then reads their bytecode instead of compiling it.
import { loadCached } from './cli/compile-cache.js';
import type { ChunkResult, ChunkTask } from './cli/thread.js';

export type { ChunkResult, ChunkTask } from './cli/thread.js';

const thread = loadCached<typeof import('./cli/thread.js')>(new URL('./thread.cjs', import.meta.url));

/** A chunk of raw records to their JSONL lines (see cli/thread.ts). */
export function parseChunk(task: ChunkTask): ChunkResult {
  const result = thread.exports.parseChunk(task);
  thread.save();
  return result;
}
