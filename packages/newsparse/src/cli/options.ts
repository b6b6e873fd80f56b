import type { ParseArgsConfig } from 'node:util';

/** The command line's options, for node:util's parseArgs (read by main()). */
export const CLI_OPTIONS = {
  json: { type: 'boolean' },
  pretty: { type: 'boolean' },
  format: { type: 'string' },
  url: { type: 'string' },
  reference: { type: 'string' },
  date: { type: 'string' },
  only: { type: 'string' },
  jsonl: { type: 'boolean' },
  jobs: { type: 'string', short: 'j' },
  output: { type: 'string', short: 'o' },
  resume: { type: 'boolean' },
  errors: { type: 'string' },
  'max-chars': { type: 'string' },
  timeout: { type: 'string' },
  quiet: { type: 'boolean', short: 'q' },
  help: { type: 'boolean', short: 'h' },
  version: { type: 'boolean', short: 'v' },
} as const satisfies NonNullable<ParseArgsConfig['options']>;
