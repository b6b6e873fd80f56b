// The newsparse command. This entry only starts the worker thread that parses a one-article
// run, then loads the rest of the CLI (cli/main.ts): the worker's start-up, a fresh V8 isolate
// compiling the parsers, runs on another core while this thread loads its own code, checks the
// command line and reads the input.
import { parseArgs } from 'node:util';
import { CLI_OPTIONS } from './cli/options.js';
import { startParser } from './cli/single.js';

const argv = process.argv.slice(2);
const parser = mayParseOneArticle(argv) ? startParser() : null;
const { run } = await import('./cli/main.js');
run(argv, parser);

/**
 * Whether the arguments look like a one-article run. Only a guess to start the worker early:
 * main() decides (a single path may be a folder or a pattern) and stops a worker it does not use.
 */
function mayParseOneArticle(args: string[]): boolean {
  try {
    const { values, positionals } = parseArgs({ args, options: CLI_OPTIONS, allowPositionals: true, strict: false });
    const batchOption = values.jsonl === true || values.output !== undefined || values.errors !== undefined;
    const warc = positionals[0] !== undefined && /\.warc(?:\.gz)?$/i.test(positionals[0]);
    return values.help !== true && values.version !== true && !batchOption && positionals.length <= 1 && !warc;
  } catch {
    return false;
  }
}
