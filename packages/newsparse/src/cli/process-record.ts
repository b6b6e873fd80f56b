import { readFileSync } from 'node:fs';
import { parseArticle } from '../parse-article.js';
import { CliError } from './cli-error.js';
import { INVALID_UTF8, decodeArticle } from './input.js';
import { fallbackId, looksBinaryText, newTask, recordToTask, taskOptions, type ArticleTask, type RawRecord, type RecordDefaults, type RecordFailure } from './records.js';

/** What became of one record: its result line, or why it failed. */
export type RecordOutcome = { line: string } | { failure: RecordFailure };

/**
 * Turns one raw record into its JSONL result line (`{"id", …ArticleResult}`) or a failure
 * that says where the record came from. Never throws: a bad record must not stop a run.
 * Used by the worker threads.
 */
export function processRecord(record: RawRecord, defaults: RecordDefaults): RecordOutcome {
  if (record.kind === 'problem') return { failure: { line: null, id: null, source: record.source, error: record.error } };
  if (record.kind === 'warc') return processWarcPage(record, defaults);
  const line = record.kind === 'jsonl' ? record.line : null;
  const source = record.kind === 'jsonl' ? record.source : record.path;
  let id: string | null = record.kind === 'file' ? record.path : null;
  try {
    const checked = readTask(record, defaults);
    if ('error' in checked) return { failure: { line, id: checked.id, source, error: checked.error } };
    id = checked.task.id;
    const result = parseArticle(checked.task.input, taskOptions(checked.task));
    return { line: JSON.stringify({ id, ...result }) };
  } catch (error) {
    return { failure: { line, id, source, error: error instanceof Error ? error.message : String(error) } };
  }
}

/**
 * A WARC page: parsed as HTML with its URL; its own publication date is the reference for
 * relative dates, and when it gives none, the time it was fetched (WARC-Date) is.
 */
function processWarcPage(record: Extract<RawRecord, { kind: 'warc' }>, defaults: RecordDefaults): RecordOutcome {
  const fail = (error: string): RecordOutcome => ({ failure: { line: null, id: record.warcRecordId, source: record.source, error } });
  try {
    if (record.html.trim().length === 0) return fail('empty page');
    if (record.html.length > defaults.maxChars) return fail(`page over the size limit (${record.html.length} > ${defaults.maxChars} characters)`);
    if (looksBinaryText(record.html)) return fail('binary content, not a page');
    const own = record.url === '' ? {} : { url: record.url };
    const task = newTask(record.warcRecordId, record.html, 'html', defaults, own);
    // The reference is a fallback: the page's own date, when it has one, still comes first.
    const options = taskOptions(task);
    if (task.reference === undefined && record.fetched !== '') options.reference = record.fetched;
    const result = parseArticle(task.input, options);
    // The id and the parse lead, as in every result line (--resume reads them), then where the page came from.
    return { line: JSON.stringify({ id: record.warcRecordId, ...result, url: record.url, warcRecordId: record.warcRecordId, fetched: record.fetched }) };
  } catch (error) {
    return fail(error instanceof Error ? error.message : String(error));
  }
}

/** Reads and checks a record: JSON parsing for a JSONL line, reading and decoding for a file. */
function readTask(record: Extract<RawRecord, { kind: 'file' | 'jsonl' }>, defaults: RecordDefaults): { task: ArticleTask } | { error: string; id: string | null } {
  if (record.kind === 'file') {
    let input: string;
    try {
      input = decodeArticle(readFileSync(record.path), record.path);
    } catch (error) {
      const message = (error as Error).message;
      return { error: error instanceof CliError ? message.replace(`${record.path}: `, '') : message, id: record.path };
    }
    if (input.length > defaults.maxChars) return { error: `over the size limit (${input.length} > ${defaults.maxChars} characters)`, id: record.path };
    return { task: newTask(record.path, input, defaults.format, defaults) };
  }
  if (record.error !== undefined) return { error: record.error, id: null };
  let parsed: unknown;
  try {
    parsed = JSON.parse(record.json);
  } catch (error) {
    return { error: `invalid JSON: ${(error as Error).message}`, id: null };
  }
  const checked = recordToTask(parsed, defaults, fallbackId(record.position));
  // The documented rule: a record that is not valid UTF-8 fails (its text would not be the input's).
  if (record.invalidByte !== undefined) {
    const id = 'task' in checked ? checked.task.id : checked.id;
    return { error: `${INVALID_UTF8} at byte ${record.invalidByte} of the line`, id };
  }
  return checked;
}
