// Usage: tsx src/main.ts [--jobs N] [--out DIR] [folders, files or globs ...]
//   inputs: what to parse (default: examples/articles)
//   --out:  where articles.jsonl and errors.jsonl go (default: examples/batch/out)
import { mkdirSync } from 'node:fs';
import { basename, dirname, join, relative, resolve } from 'node:path';
import { fileURLToPath } from 'node:url';
import { parseArgs } from 'node:util';
import { analyzeResults, formatAnalysis, readJsonl } from './analyze.js';
import { runBatch } from './run-cli.js';

// Piped into `head`, stop quietly when the reader goes away.
process.stdout.on('error', (error: NodeJS.ErrnoException) => {
  if (error.code === 'EPIPE') process.exit(0);
  throw error;
});

const { values, positionals } = parseArgs({
  allowPositionals: true,
  options: { out: { type: 'string' }, jobs: { type: 'string' } },
});
const out = resolve(values.out ?? fileURLToPath(new URL('../out/', import.meta.url)));
mkdirSync(out, { recursive: true });
const output = join(out, 'articles.jsonl');
const errors = join(out, 'errors.jsonl');

// With no inputs, parse the sample folder from its parent, so the ids read "articles/…".
const defaultFolder = fileURLToPath(new URL('../../articles', import.meta.url));
const [cwd, inputs] = positionals.length > 0 ? [process.cwd(), positionals] : [dirname(defaultFolder), [basename(defaultFolder)]];

const run = await runBatch({ inputs, output, errors, cwd, ...(values.jobs === undefined ? {} : { jobs: Number(values.jobs) }) });
process.stderr.write(run.stderr);
if (run.exitCode === 2) process.exit(2);
process.stdout.write(`Wrote ${relative(process.cwd(), output)}${run.exitCode === 0 ? '' : ` (failed records: ${relative(process.cwd(), errors)})`}\n\n`);
process.stdout.write(formatAnalysis(await analyzeResults(readJsonl(output))));
