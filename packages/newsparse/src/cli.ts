import { parseArgs } from 'node:util';
import packageJson from '../package.json' with { type: 'json' };
import { NewsparseError } from '@newsparse/core';
import { ansiStyle, formatReport, plainStyle } from './cli/report.js';
import { CliError, readArticleInput } from './cli/input.js';
import { parseArticle } from './parse-article.js';
import type { ParseArticleOptions } from './types.js';

const HELP = `newsparse ${packageJson.version}: parse news articles (metadata, dateline, dates, entities, quotes)

Usage
  newsparse [options] [file ...]        parse each file ("-" or none: standard input)

Options
  --json              print JSON (the default when standard output is not a terminal)
  --pretty            print the readable report even when piped
  --format FORMAT     auto (default), html or text
  --url URL           the page's URL (HTML input)
  --reference DATE    the story's date (yyyy-mm-dd) for resolving relative dates
  -h, --help          show this help
  -v, --version       print the version

Output
  On a terminal: a readable report per article. Piped, or with --json: one JSON object
  per article (a JSON array when several files are given).

Exit codes
  0  every article was parsed
  1  an input could not be read (missing file, directory, empty or binary input)
  2  the command line was wrong
`;

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
        help: { type: 'boolean', short: 'h' },
        version: { type: 'boolean', short: 'v' },
      },
    });
  } catch (error) {
    throw new CliError(`${(error as Error).message}\nTry "newsparse --help".`, 2);
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
  const options: ParseArticleOptions = { format };
  if (values.url !== undefined) options.url = values.url;
  if (values.reference !== undefined) options.reference = values.reference;

  const paths = positionals.length > 0 ? positionals : ['-'];
  if (paths.length === 1 && paths[0] === '-' && process.stdin.isTTY) {
    process.stdout.write(HELP);
    return 2;
  }
  const asJson = values.json === true || (values.pretty !== true && !process.stdout.isTTY);
  const style = process.stdout.isTTY && !process.env.NO_COLOR ? ansiStyle : plainStyle;
  const results = [];
  for (const path of paths) {
    const input = await readArticleInput(path, process.stdin);
    const result = parseArticle(input, options);
    if (asJson) results.push(paths.length > 1 ? { file: path, ...result } : result);
    else process.stdout.write(`${formatReport(result, style, paths.length > 1 ? path : undefined)}\n`);
  }
  if (asJson) process.stdout.write(`${JSON.stringify(results.length === 1 ? results[0] : results, null, 2)}\n`);
  return 0;
}

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
