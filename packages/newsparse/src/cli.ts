// The newsparse command (cli/main.ts). A one-article run parses on this thread with the
// parsers of dist/thread.cjs (cli/single.ts); batch runs start worker threads.
import { run } from './cli/main.js';

run(process.argv.slice(2));
