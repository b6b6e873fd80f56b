#!/usr/bin/env node
// Where a batch run of the CLI spends its CPU, thread by thread (issue 15: why `--jobs 2`
// is not twice `--jobs 1`). Wall time on the shared 2-core machine mostly measures the other
// tenants; CPU time per thread does not. Runs the CLI over N PolNeAR articles (texts
// repeated; research-only, read in place, never copied into the repository) with each
// --jobs given, samples /proc/<pid>/task/*/schedstat while it runs, and prints per run:
//   main     the CLI's own thread (reading, splitting lines, dispatching, writing)
//   workers  each worker thread (JSON parsing, parseArticle, serialising the result lines)
//   helpers  V8's and libuv's helper threads (TurboFan compiling, concurrent and parallel GC)
//   2 cores  the wall time the run would take on two cores of its own: --jobs 1 runs its
//            worker on one core and the rest on the other; --jobs 2 needs its total CPU
//            (or its busiest worker) spread over both
// then the 2-core speed-up of each run over the first, and whether every run wrote the same
// bytes. Linux only.
//
//   node tools/bench/cli-threads.mjs [N=2000] [jobs=1,2] [repeats=1]
// NEWSPARSE_CLI: the CLI to run (default packages/newsparse/dist/cli.js); NODE_FLAGS: flags
// for node (e.g. NODE_FLAGS=--interrupt-budget=540672; V8's flags reach every worker).
import { spawn } from 'node:child_process';
import { readFileSync, readdirSync, writeFileSync, mkdtempSync, rmSync, existsSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { dirname, join } from 'node:path';
import { fileURLToPath } from 'node:url';

const root = join(dirname(fileURLToPath(import.meta.url)), '..', '..');
const [count = '2000', jobList = '1,2', repeats = '1'] = process.argv.slice(2);
const shared = process.env.NEWSPARSE_SHARED ?? join(root, '..', 'shared');
const corpus = join(shared, 'corpora', 'polnear-quotes', 'data.jsonl');
if (!existsSync(corpus)) {
  console.log(`no corpus at ${corpus}`);
  process.exit(0);
}
const cli = process.env.NEWSPARSE_CLI ?? join(root, 'packages', 'newsparse', 'dist', 'cli.js');
const nodeFlags = (process.env.NODE_FLAGS ?? '').split(' ').filter(Boolean);

const work = mkdtempSync(join(tmpdir(), 'newsparse-cli-threads-'));
process.on('exit', () => rmSync(work, { recursive: true, force: true }));
const input = join(work, 'in.jsonl');
const docs = readFileSync(corpus, 'utf8').split('\n').filter(Boolean).map((line) => JSON.parse(line));
const lines = [];
for (let index = 0; index < Number(count); index++) {
  const doc = docs[index % docs.length];
  lines.push(JSON.stringify({ id: `a${index}`, text: doc.text, published: doc.date }));
}
writeFileSync(input, `${lines.join('\n')}\n`);

/** CPU seconds of each thread of a process, by thread id (from the scheduler's own count, in ns). */
function threadCpu(pid, into) {
  let tasks;
  try {
    tasks = readdirSync(`/proc/${pid}/task`);
  } catch {
    return;
  }
  for (const task of tasks) {
    try {
      into.set(task, Number(readFileSync(`/proc/${pid}/task/${task}/schedstat`, 'utf8').split(' ')[0]) / 1e9);
    } catch {
      // The thread ended between the listing and the read: its last sample stands.
    }
  }
}

/** One CLI run: its wall time and the CPU of its main thread, its workers and the rest. */
function run(jobs, output) {
  return new Promise((resolve, reject) => {
    const started = performance.now();
    const child = spawn(process.execPath, [...nodeFlags, cli, '--jsonl', '--quiet', '--jobs', String(jobs), '-o', output, input], { stdio: 'inherit' });
    const threads = new Map();
    // Sampled often: a thread's time is only known while it lives.
    const sampler = setInterval(() => threadCpu(child.pid, threads), 50);
    child.on('error', reject);
    child.on('exit', (code) => {
      clearInterval(sampler);
      if (code !== 0) return reject(new Error(`the CLI exited with ${code}`));
      const main = threads.get(String(child.pid)) ?? 0;
      // The workers are the busiest threads after the main one, one per job.
      const others = [...threads].filter(([task]) => task !== String(child.pid)).map(([, cpu]) => cpu).sort((a, b) => b - a);
      const workers = others.slice(0, jobs);
      const helpers = others.slice(jobs).reduce((sum, cpu) => sum + cpu, 0);
      const total = main + helpers + workers.reduce((sum, cpu) => sum + cpu, 0);
      const twoCores = jobs === 1 ? Math.max(workers[0] ?? 0, main + helpers) : Math.max(total / 2, ...workers);
      resolve({ jobs, wall: (performance.now() - started) / 1000, main, workers, helpers, total, twoCores });
    });
  });
}

const jobs = jobList.split(',').map(Number);
const seconds = (value) => value.toFixed(1).padStart(5);
console.log(`${count} articles, node ${[...nodeFlags].join(' ') || '(no flags)'}, ${cli}`);
let reference = null;
let identical = true;
const byJobs = new Map();
for (let round = 0; round < Number(repeats); round++) {
  for (const job of jobs) {
    const output = join(work, `out-${job}.jsonl`);
    const result = await run(job, output);
    const bytes = readFileSync(output);
    reference ??= bytes;
    if (!bytes.equals(reference)) identical = false;
    byJobs.set(job, [...(byJobs.get(job) ?? []), result]);
    console.log(
      `--jobs ${job}: main ${seconds(result.main)}  workers ${result.workers.map(seconds).join(' +')}  helpers ${seconds(result.helpers)}  total ${seconds(result.total)} s CPU   2 cores ${seconds(result.twoCores)} s   wall ${seconds(result.wall)} s`,
    );
  }
}
const median = (values) => [...values].sort((a, b) => a - b)[Math.floor(values.length / 2)];
const base = median(byJobs.get(jobs[0]).map((result) => result.twoCores));
for (const job of jobs.slice(1)) {
  console.log(`2-core speed-up --jobs ${job} / --jobs ${jobs[0]}: ${(base / median(byJobs.get(job).map((result) => result.twoCores))).toFixed(2)}x (medians)`);
}
console.log(identical ? 'output: byte-identical across runs' : 'output: DIFFERS between runs');
