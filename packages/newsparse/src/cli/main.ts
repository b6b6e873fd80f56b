import { fstatSync, type Stats } from 'node:fs';
import { stat } from 'node:fs/promises';
import { parseArgs } from 'node:util';
import packageJson from '../../package.json' with { type: 'json' };
import { NewsparseError } from '@newsparse/core';
import { DEFAULT_TIMEOUT_MS, defaultJobs, runBatch } from './batch.js';
import { CliError } from './cli-error.js';
import { readArticleInput } from './input.js';
import { CLI_OPTIONS } from './options.js';
import { checkOutputs, checkStdout, stdoutSink } from './output.js';
import { DEFAULT_MAX_CHARS, type RecordDefaults } from './records.js';
import { parseOne } from './single.js';
import { listSources, sourceRecords } from './sources.js';
import { isWarcPath, totalSize, type ByteCounter } from './warc.js';
import type { ArticleResult, ArticleStage, ParseArticleOptions } from '../types.js';

const HELP = `newsparse ${packageJson.version}: parse news articles (metadata, dateline, dates, entities, quotes)

Usage
  newsparse [options] <file>                 one article: a report on a terminal, JSON when piped
  newsparse [options] <file|dir|glob> ...    batch: one JSON line per article (JSONL)
  newsparse --jsonl [options] [file ...]     batch over JSONL records (standard input when no file):
                                             {"id", "text" | "html", "url"?, "published"?} per line
  newsparse [options] <x.warc.gz|x.warc|dir> ...
                                             batch over web archives: one JSON line per HTML
                                             response, {"id", "url", "warcRecordId", "fetched", …}
                                             (WARC-Date is the reference when the page has no date)

Options
  --json               one article: print JSON even on a terminal
  --pretty             one article: print the readable report even when piped
  --format FORMAT      auto (default: HTML is detected by its markup), html or text
  --url URL            the page's URL (HTML input)
  --reference DATE     the story's date (yyyy-mm-dd) when the article does not give one;
                       relative stamps ("3 hours ago", "vor 3 Stunden") resolve against it
  --date DATE          the same as --reference
  --only STAGES        run part of the pipeline: comma-separated from
                       metadata, dateline, dates, entities, quotes (metadata always runs)
  --timeout MS         longest one article may take, in milliseconds (default ${DEFAULT_TIMEOUT_MS},
                       0: no limit); a slower article fails alone and the run goes on
Batch options
  --jsonl              read JSONL records instead of article files
  -j, --jobs N         worker threads (default: the number of cores, here ${defaultJobs()})
  -o, --output FILE    write the JSONL results to FILE (default: standard output); written
                       to a temporary file beside it and renamed when the run ends
  --resume             with --output: skip ids already in FILE and append the rest
                       (FILE must be newsparse output; an incomplete last line is redone)
  --errors FILE        also write failed records to FILE as JSONL {line, id, source, error}
  --max-chars N        largest article accepted, in characters (default ${DEFAULT_MAX_CHARS})
  -q, --quiet          no progress bar and no summary line
  -h, --help           show this help
  -v, --version        print the version

Batch output is in input order, whatever the number of jobs. A progress bar shows on
stderr when it is a terminal; a summary line always ends the run (unless --quiet).
Every result line is written whole, so a stopped run leaves valid JSONL; rerun with
--resume to go on where it stopped. A JSONL record without an "id" gets "line:N", its
line number across all the JSONL inputs (as if concatenated; the same from stdin).
Each file is read once, however many paths or links lead to it. A missing path, a
device or FIFO, a record that is not valid UTF-8, or one over --timeout is reported
and skipped; the rest are parsed. An output (-o, --errors) that is an input, a link
to one, or inside an input folder is refused before anything is written.

Exit codes
  0    every article was parsed
  1    an input or record failed (missing path, device or FIFO, empty, binary or
       invalid UTF-8 input, bad record, timeout), or an output could not be written
       (disk full, closed pipe, permission denied, I/O error: the lines already
       written are kept and --resume continues them)
  2    the command line was wrong, or an output would overwrite an input, or
       --resume was pointed at a file that is not newsparse output (nothing written)
  70   internal error (a bug in newsparse: please report it)
  130  interrupted by Ctrl-C (SIGINT); 143 by SIGTERM: what was written is valid
       JSONL and --resume continues it
`;

const STAGES: readonly ArticleStage[] = ['metadata', 'dateline', 'dates', 'entities', 'quotes'];

/** The run: its exit code. */
async function main(argv: string[]): Promise<number> {
  let parsed;
  try {
    parsed = parseArgs({
      args: argv,
      allowPositionals: true,
      options: CLI_OPTIONS,
    });
  } catch (error) {
    const message = (error as Error).message.split('. ')[0]!.replace(/\.$/, '');
    throw new CliError(`${message} (see newsparse --help)`, 2);
  }
  const { values, positionals } = parsed;
  if (values.help) {
    process.stdout.write(HELP);
    return 0;
  }
  if (values.version) {
    process.stdout.write(`${packageJson.version}\n`);
    return 0;
  }
  const format = values.format ?? 'auto';
  if (format !== 'auto' && format !== 'html' && format !== 'text') {
    throw new CliError(`--format must be auto, html or text, not "${format}"`, 2);
  }
  if (values.date !== undefined) {
    if (values.reference !== undefined && values.reference !== values.date) {
      throw new CliError(`--date and --reference name the same option; give one, not "${values.date}" and "${values.reference}"`, 2);
    }
    values.reference = values.date;
  }
  if (values.reference !== undefined && !/^\d{4}-\d{2}-\d{2}/.test(values.reference)) {
    throw new CliError(`--${values.date === undefined ? 'reference' : 'date'} must be a date like 2024-06-27, not "${values.reference}"`, 2);
  }
  let only: ArticleStage[] | undefined;
  if (values.only !== undefined) {
    only = values.only.split(',').map((stage) => stage.trim()).filter(Boolean) as ArticleStage[];
    const unknown = only.filter((stage) => !STAGES.includes(stage));
    if (unknown.length > 0 || only.length === 0) {
      throw new CliError(`--only takes stages from ${STAGES.join(', ')}; got "${values.only}"`, 2);
    }
  }
  const jobs = values.jobs === undefined ? defaultJobs() : Number(values.jobs);
  if (!Number.isInteger(jobs) || jobs < 1 || jobs > 256) throw new CliError(`--jobs must be a whole number from 1 to 256, not "${values.jobs}"`, 2);
  const maxChars = values['max-chars'] === undefined ? DEFAULT_MAX_CHARS : Number(values['max-chars']);
  if (!Number.isInteger(maxChars) || maxChars < 1) throw new CliError(`--max-chars must be a positive whole number`, 2);
  const timeout = values.timeout === undefined ? DEFAULT_TIMEOUT_MS : Number(values.timeout);
  if (!Number.isInteger(timeout) || timeout < 0) throw new CliError(`--timeout must be a whole number of milliseconds (0: no limit), not "${values.timeout}"`, 2);
  if (values.resume && values.output === undefined) throw new CliError('--resume needs --output FILE (the file to continue)', 2);

  const batch = values.jsonl === true || positionals.length > 1 || values.output !== undefined || values.errors !== undefined ||
    (positionals.length === 1 && (isWarcPath(positionals[0]!) || (await isDirectoryOrPattern(positionals[0]!))));

  if (batch) {
    const defaults: RecordDefaults = { format, maxChars };
    if (only !== undefined) defaults.only = only;
    if (values.reference !== undefined) defaults.reference = values.reference;
    if (values.url !== undefined) defaults.url = values.url;
    const listing = await listSources(positionals, { jsonl: values.jsonl === true });
    const outputs: Array<{ option: string; path: string }> = [];
    if (values.output !== undefined) outputs.push({ option: '--output', path: values.output });
    if (values.errors !== undefined) outputs.push({ option: '--errors', path: values.errors });
    const readsStdin = listing.sources.some((source) => source.path === '-');
    checkOutputs(outputs, listing.inputs, readsStdin ? fdInfo(0) : null);
    if (values.output === undefined) checkStdout(listing.inputs, fdInfo(1));
    if (listing.sources.length === 0) {
      // Nothing to read: report why, and leave any output as it was.
      for (const problem of listing.problems) process.stderr.write(`newsparse: ${problem.path}: ${problem.error}\n`);
      if (listing.problems.length === 0) throw new CliError('no article files found', 1);
      return 1;
    }
    // A record's JSON may escape every character (\uXXXX: 6 bytes), plus its other fields.
    const warcBytes: ByteCounter = { read: 0 };
    const records = sourceRecords(listing.sources, process.stdin, maxChars * 6 + (1 << 20), warcBytes);
    const batchOptions: Parameters<typeof runBatch>[2] = {
      jobs,
      resume: values.resume === true,
      quiet: values.quiet === true,
      progress: values.quiet !== true && process.stderr.isTTY === true,
      timeout,
      problems: listing.problems,
    };
    if (values.output !== undefined) batchOptions.output = values.output;
    if (values.errors !== undefined) batchOptions.errors = values.errors;
    if (!values.jsonl) batchOptions.total = listing.sources.length;
    const warcs = listing.sources.filter((source) => source.kind === 'warc');
    if (warcs.length > 0) batchOptions.bytes = { total: await totalSize(warcs.map((source) => source.path)), read: () => warcBytes.read };
    const summary = await runBatch(records, defaults, batchOptions);
    if (summary.signal !== undefined) stoppedBy = summary.signal;
    return summary.interrupted ? 130 : summary.failed > 0 ? 1 : 0;
  }

  const options: ParseArticleOptions = { format };
  if (values.url !== undefined) options.url = values.url;
  if (values.reference !== undefined) options.reference = values.reference;
  if (only !== undefined) options.only = only;
  const path = positionals[0] ?? '-';
  if (path === '-' && process.stdin.isTTY) {
    process.stderr.write(HELP);
    return 2;
  }
  // Standard input is opened only when it is read (opening it costs a few milliseconds).
  const input = await readArticleInput(path, path === '-' ? process.stdin : null);
  const result = parseOne({ input, options }, timeout, path === '-' ? 'standard input' : path);
  const asJson = values.json === true || (values.pretty !== true && !process.stdout.isTTY);
  await stdoutSink(process.stdout).write(asJson ? `${JSON.stringify(result, null, 2)}\n` : await readableReport(result));
  return 0;
}

/** The report for a terminal. Loaded only then: it reads quotes' language list, which loads the quote rules. */
async function readableReport(result: ArticleResult): Promise<string> {
  const { ansiStyle, formatReport, plainStyle } = await import('./report.js');
  return formatReport(result, process.stdout.isTTY && !process.env.NO_COLOR ? ansiStyle : plainStyle);
}

/** What a standard stream is redirected from or to, so that no output overwrites an input. */
function fdInfo(fd: number): Stats | null {
  try {
    return fstatSync(fd);
  } catch {
    return null;
  }
}

async function isDirectoryOrPattern(path: string): Promise<boolean> {
  if (path === '-') return false;
  if (/[*?[\]{}]/.test(path)) {
    const info = await stat(path).catch(() => null);
    return info === null || info.isDirectory();
  }
  const info = await stat(path).catch(() => null);
  return info !== null && info.isDirectory();
}

// Messages that cannot be written (stderr on a full disk) are lost, not a crash.
process.stderr.on('error', () => {});
// Should the event loop ever drain before main() settles, the run did not finish: say so in the exit code.
process.exitCode = 70;
/** The signal that stopped a batch run, once its output is closed. */
let stoppedBy: NodeJS.Signals | null = null;

// Once main() settles, nothing is left to do: a read of standard input still pending (after
// Ctrl-C) or a worker slow to exit must not delay the exit.
const exitSoon = (): void => {
  setTimeout(() => process.exit(), 100).unref();
};
/** Runs the command and sets the exit code. */
export function run(argv: string[]): void {
  main(argv).then(finish, fail);
}

function finish(code: number): void {
  process.exitCode = code;
  exitSoon();
  // Interrupted: everything is written and closed, so end the way an interrupted program
  // does, by the signal itself (exit status 128 + its number), without waiting for busy
  // worker threads to wind down.
  if (stoppedBy !== null) {
    process.removeAllListeners(stoppedBy);
    process.kill(process.pid, stoppedBy);
  }
}

function fail(error: unknown): void {
  if (error instanceof CliError || error instanceof NewsparseError) {
    process.stderr.write(`newsparse: ${error.message}\n`);
    process.exitCode = error instanceof CliError ? error.exitCode : 1;
    exitSoon();
    return;
  }
  process.stderr.write(`newsparse: unexpected error: ${(error as Error)?.stack ?? String(error)}\n`);
  process.exitCode = 70;
  exitSoon();
}
