#!/usr/bin/env node
// npm links a package's bin when it installs, and in a fresh clone that is before the build
// writes dist/: a committed file keeps the link valid, and the CLI itself stays in dist/.
try {
  await import('../dist/cli.js');
} catch (error) {
  const missing = error?.code === 'ERR_MODULE_NOT_FOUND' && String(error.message).includes('cli.js');
  if (!missing) throw error;
  process.stderr.write('newsparse: the CLI is not built yet; run `npm run build` (or `npm start`) in the repository first\n');
  process.exitCode = 1;
}
