import { stat } from 'node:fs/promises';
import { parseArgs } from 'node:util';
import packageJson from '../package.json' with { type: 'json' };
import { NewsparseError } from '@newsparse/core';
import { defaultJobs, runBatch } from './cli/batch.js';
import { CliError, readArticleInput } from './cli/input.js';
import { DEFAULT_MAX_CHARS, type RecordDefaults } from './cli/records.js';
import { ansiStyle, formatReport, plainStyle } from './cli/report.js';
import { expandPaths, fileRecords, readJsonl } from './cli/sources.js';
import type { ArticleStage, ParseArticleOptions } from './types.js';

const HELP = `newsparse ${packageJson.version}: parse news articles (metadata, dateline, dates, entities, quotes)

Usage
  newsparse [options] <file>                 one article: a report on a terminal, JSON when piped
  newsparse [options] <file|dir|glob> ...    batch: one JSON line per article (JSONL)
  newsparse --jsonl [options] [file ...]     batch over JSONL records (standard input when no file):
                                             {"id", "text" | "html", "url"?, "published"?} per line

Options
  --json               one article: print JSON even on a terminal
  --pretty             one article: print the readable report even when piped
  --format FORMAT      auto (default: HTML is detected by its markup), html or text
  --url URL            the page's URL (HTML input)
  --reference DATE     the story's date (yyyy-mm-dd) when the article does not give one
  --only STAGES        run part of the pipeline: comma-separated from
                       metadata, dateline, dates, entities, quotes (metadata always runs)
Batch options
  --jsonl              read JSONL records instead of article files
  -j, --jobs N         worker threads (default: the number of cores, here ${defaultJobs()})
  -o, --output FILE    write the JSONL results to FILE (default: standard output)
  --resume             with --output: skip ids already in FILE and append the rest
  --errors FILE        also write failed records to FILE as JSONL {line, id, source, error}
  --max-chars N        largest article accepted, in characters (default ${DEFAULT_MAX_CHARS})
  -q, --quiet          no progress bar and no summary line
  -h, --help           show this help
  -v, --version        print the version

Batch output is in input order, whatever the number of jobs. A progress bar shows on
stderr when it is a terminal; a summary line always ends the run (unless --quiet).
Every result line is written whole, so a killed run leaves valid JSONL; rerun with
--resume to go on where it stopped.

Exit codes
  0  every article was parsed
  1  an input could not be read or parsed (missing file, empty or binary input, bad record)
  2  the command line was wrong
  130  interrupted (Ctrl-C); what was written is valid and --resume continues it
`;

const STAGES: readonly ArticleStage[] = ['metadata', 'dateline', 'dates', 'entities', 'quotes'];

async function main(argv: string[]): Promise<number> {
  let parsed;
  try {
    parsed = parseArgs({
      args: argv,
      allowPositionals: true,
      options: {
        json: { type: 'boolean' },
        pretty: { type: 'boolean' },
        format: { type: 'string' },
        url: { type: 'string' },
        reference: { type: 'string' },
        only: { type: 'string' },
        jsonl: { type: 'boolean' },
        jobs: { type: 'string', short: 'j' },
        output: { type: 'string', short: 'o' },
        resume: { type: 'boolean' },
        errors: { type: 'string' },
        'max-chars': { type: 'string' },
        quiet: { type: 'boolean', short: 'q' },
        help: { type: 'boolean', short: 'h' },
        version: { type: 'boolean', short: 'v' },
      },
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
  if (values.reference !== undefined && !/^\d{4}-\d{2}-\d{2}/.test(values.reference)) {
    throw new CliError(`--reference must be a date like 2024-06-27, not "${values.reference}"`, 2);
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
  if (values.resume && values.output === undefined) throw new CliError('--resume needs --output FILE (the file to continue)', 2);

  const batch = values.jsonl === true || positionals.length > 1 || values.output !== undefined || values.errors !== undefined ||
    (positionals.length === 1 && (await isDirectoryOrPattern(positionals[0]!)));

  if (batch) {
    const defaults: RecordDefaults = { format, maxChars };
    if (only !== undefined) defaults.only = only;
    if (values.reference !== undefined) defaults.reference = values.reference;
    if (values.url !== undefined) defaults.url = values.url;
    let records;
    let total: number | undefined;
    if (values.jsonl) {
      // A record's JSON may escape every character (\uXXXX: 6 bytes), plus its other fields.
      records = readJsonl(positionals, process.stdin, maxChars * 6 + (1 << 20));
    } else {
      const files = await expandPaths(positionals.length > 0 ? positionals : ['-']);
      if (files.includes('-')) throw new CliError('batch mode reads files; pipe JSONL with --jsonl to read standard input', 2);
      total = files.length;
      records = fileRecords(files);
    }
    const batchOptions: Parameters<typeof runBatch>[2] = {
      jobs,
      resume: values.resume === true,
      quiet: values.quiet === true,
      progress: values.quiet !== true && process.stderr.isTTY === true,
    };
    if (values.output !== undefined) batchOptions.output = values.output;
    if (values.errors !== undefined) batchOptions.errors = values.errors;
    if (total !== undefined) batchOptions.total = total;
    const summary = await runBatch(records, defaults, batchOptions);
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
  const input = await readArticleInput(path, process.stdin);
  // Loaded on demand: a batch run's main thread hands articles to workers and never needs the parsers.
  const { parseArticle } = await import('./parse-article.js');
  const result = parseArticle(input, options);
  const asJson = values.json === true || (values.pretty !== true && !process.stdout.isTTY);
  if (asJson) {
    process.stdout.write(`${JSON.stringify(result, null, 2)}\n`);
  } else {
    const style = process.stdout.isTTY && !process.env.NO_COLOR ? ansiStyle : plainStyle;
    process.stdout.write(formatReport(result, style));
  }
  return 0;
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

// Should the event loop ever drain before main() settles, the run did not finish: say so in the exit code.
process.exitCode = 70;
main(process.argv.slice(2)).then(
  (code) => {
    process.exitCode = code;
  },
  (error: unknown) => {
    if (error instanceof CliError || error instanceof NewsparseError) {
      process.stderr.write(`newsparse: ${error.message}\n`);
      process.exitCode = error instanceof CliError ? error.exitCode : 1;
      return;
    }
    process.stderr.write(`newsparse: unexpected error: ${(error as Error)?.stack ?? String(error)}\n`);
    process.exitCode = 70;
  },
);
