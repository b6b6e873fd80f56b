import type { ArticleStage, ParseArticleOptions } from '../types.js';

/** One article to parse in batch mode, already read and checked. */
export interface ArticleTask {
  /** The record's id: the JSONL `id`, or the file path. */
  id: string;
  input: string;
  format: 'auto' | 'html' | 'text';
  url?: string;
  reference?: string;
  only?: ArticleStage[];
}

/** A record that could not be parsed, reported with where it came from. */
export interface RecordFailure {
  /** 1-based line number in a JSONL input, or null for files. */
  line: number | null;
  id: string | null;
  source: string;
  error: string;
}

/**
 * One input record as read, before any checking: a JSONL line's raw text, or an article
 * file's path. Records travel to the workers in this form so that JSON parsing, reading
 * files and checking happen there, off the thread that feeds them.
 */
export type RawRecord =
  | {
      kind: 'jsonl';
      json: string;
      /** 1-based line number in its source, for messages. */
      line: number;
      /** 1-based line number across all JSONL inputs read as one stream, for the fallback id. */
      position: number;
      source: string;
      /** Why the line cannot be a record (over the size limit), found while reading it. */
      error?: string;
      /** Offset of the line's first byte that is not valid UTF-8, if any. */
      invalidByte?: number;
    }
  | { kind: 'file'; path: string }
  | {
      /** One page of a WARC file: a `response` record's HTML, decoded (see cli/warc.ts). */
      kind: 'warc';
      /** The file and the record's number in it, for messages. */
      source: string;
      html: string;
      /** WARC-Target-URI. */
      url: string;
      warcRecordId: string;
      /** WARC-Date: when the page was fetched. */
      fetched: string;
    }
  | { kind: 'problem'; source: string; error: string };

/** How every record of a run is read: the command line's defaults. */
export interface RecordDefaults {
  format: 'auto' | 'html' | 'text';
  only?: ArticleStage[];
  maxChars: number;
  reference?: string;
  url?: string;
}

/**
 * The id of a record that has none of its own: `line:N`, its line number across all JSONL
 * inputs read as one stream. It does not name the input, so a run over `in.jsonl` and a
 * `--resume` fed the same lines on standard input agree on it.
 */
export function fallbackId(position: number): string {
  return `line:${position}`;
}

/** Largest article accepted in batch mode, in UTF-16 code units (about 5 MB of text). */
export const DEFAULT_MAX_CHARS = 5_000_000;

/** Builds the parse options of a task. */
export function taskOptions(task: ArticleTask): ParseArticleOptions {
  const options: ParseArticleOptions = { format: task.format };
  if (task.url !== undefined) options.url = task.url;
  if (task.reference !== undefined) options.reference = task.reference;
  if (task.only !== undefined) options.only = task.only;
  return options;
}

/** Whether a string has NUL or many control characters: binary data, not an article. */
export function looksBinaryText(text: string): boolean {
  const sample = text.length > 8192 ? text.slice(0, 8192) : text;
  let control = 0;
  for (let index = 0; index < sample.length; index++) {
    const code = sample.charCodeAt(index);
    if (code === 0) return true;
    if (code < 32 && code !== 9 && code !== 10 && code !== 13 && code !== 12) control++;
  }
  return control > sample.length * 0.1;
}

/**
 * Checks one parsed JSONL record and turns it into a task, or says what is wrong with it.
 * Accepts `{ id, text | html, url?, published? }`.
 */
export function recordToTask(record: unknown, defaults: RecordDefaults, fallbackId: string): { task: ArticleTask } | { error: string; id: string | null } {
  if (record === null || typeof record !== 'object' || Array.isArray(record)) {
    return { error: 'not a JSON object', id: null };
  }
  const fields = record as Record<string, unknown>;
  const rawId = fields.id;
  const id = typeof rawId === 'string' || typeof rawId === 'number' ? String(rawId) : null;
  const html = fields.html;
  const text = fields.text;
  const input = typeof html === 'string' ? html : typeof text === 'string' ? text : null;
  if (input === null) return { error: 'missing "text" or "html" string', id };
  if (input.trim().length === 0) return { error: 'empty article', id };
  if (input.length > defaults.maxChars) return { error: `article over the size limit (${input.length} > ${defaults.maxChars} characters)`, id };
  if (looksBinaryText(input)) return { error: 'binary content, not an article', id };
  const own: { url?: string; reference?: string } = {};
  if (typeof fields.url === 'string') own.url = fields.url;
  if (typeof fields.published === 'string') own.reference = fields.published;
  return { task: newTask(id ?? fallbackId, input, typeof html === 'string' ? 'html' : defaults.format, defaults, own) };
}

/** A task with the record's own url and date, else the command line's, and its stages. */
export function newTask(
  id: string,
  input: string,
  format: ArticleTask['format'],
  defaults: RecordDefaults,
  own: { url?: string; reference?: string } = {},
): ArticleTask {
  const task: ArticleTask = { id, input, format };
  const url = own.url ?? defaults.url;
  if (url !== undefined) task.url = url;
  const reference = own.reference ?? defaults.reference;
  if (reference !== undefined) task.reference = reference;
  if (defaults.only !== undefined) task.only = defaults.only;
  return task;
}

/**
 * The id of a raw record without parsing the article (for `--resume`): the JSONL `id` or
 * position, or the file path. Null when the line is not valid JSON (it fails later anyway).
 */
export function recordId(record: RawRecord): string | null {
  if (record.kind === 'file') return record.path;
  if (record.kind === 'warc') return record.warcRecordId;
  if (record.kind === 'problem' || record.error !== undefined) return null;
  try {
    const parsed = JSON.parse(record.json) as unknown;
    if (parsed === null || typeof parsed !== 'object') return null;
    const id = (parsed as { id?: unknown }).id;
    return typeof id === 'string' || typeof id === 'number' ? String(id) : fallbackId(record.position);
  } catch {
    return null;
  }
}
