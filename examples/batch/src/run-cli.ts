import { spawn } from 'node:child_process';
import { readFileSync } from 'node:fs';
import { createRequire } from 'node:module';
import { dirname, join } from 'node:path';

/** Options for {@link runBatch}. */
export interface RunBatchOptions {
  /** Files, directories or globs, as the CLI takes them. */
  inputs: string[];
  /** The JSONL file to write. */
  output: string;
  /** Where the CLI runs: the ids in the output are the input paths relative to it. */
  cwd?: string;
  /** Worker threads; the CLI's default is the number of cores. */
  jobs?: number;
  /** Where failed records go, as JSONL. */
  errors?: string;
  /** Continue an earlier, interrupted run into the same output file. */
  resume?: boolean;
  /** Run only these stages. */
  only?: string[];
}

/** What the CLI did. */
export interface RunBatchResult {
  /** 0: every article parsed; 1: some failed (see `errors`); 2: a wrong command line. */
  exitCode: number;
  /** The CLI's summary line and any per-record error messages. */
  stderr: string;
}

/**
 * The path of the `newsparse` command: the `bin` of the installed `newsparse` package (in
 * this monorepo, `packages/newsparse/dist/cli.js` after a build).
 *
 * @example
 * cliPath() //=> '/work/newsparse/packages/newsparse/dist/cli.js'
 */
export function cliPath(): string {
  const require = createRequire(import.meta.url);
  const manifestPath = require.resolve('newsparse/package.json');
  const manifest = JSON.parse(readFileSync(manifestPath, 'utf8')) as { bin: Record<string, string> };
  return join(dirname(manifestPath), manifest.bin.newsparse!);
}

/**
 * Runs `newsparse` in batch mode: every article of `inputs` into one JSONL file, one result
 * line per article in input order. The same as typing
 * `newsparse --output out.jsonl --jobs 2 articles/`.
 *
 * @example
 * await runBatch({ inputs: ['articles'], output: 'out/articles.jsonl', cwd: 'examples' })
 * //=> { exitCode: 0, stderr: 'newsparse: 7 parsed, 0 failed in 3.1 s (...)\n' }
 */
export function runBatch(options: RunBatchOptions): Promise<RunBatchResult> {
  const args = [cliPath(), '--output', options.output];
  if (options.jobs !== undefined) args.push('--jobs', String(options.jobs));
  if (options.errors !== undefined) args.push('--errors', options.errors);
  if (options.resume) args.push('--resume');
  if (options.only !== undefined) args.push('--only', options.only.join(','));
  args.push(...options.inputs);
  return new Promise((resolve, reject) => {
    const child = spawn(process.execPath, args, { cwd: options.cwd, stdio: ['ignore', 'inherit', 'pipe'] });
    let stderr = '';
    child.stderr.setEncoding('utf8').on('data', (chunk: string) => (stderr += chunk));
    child.on('error', reject);
    child.on('close', (code) => resolve({ exitCode: code ?? 1, stderr }));
  });
}
