import { mkdirSync, readdirSync, readFileSync, renameSync, rmSync, statSync, writeFileSync } from 'node:fs';
import { createRequire } from 'node:module';
import { tmpdir } from 'node:os';
import { basename, dirname, join } from 'node:path';
import { fileURLToPath } from 'node:url';
import { Script } from 'node:vm';

/** A CommonJS file compiled with V8's code cache, and the means to write that cache. */
export interface CachedModule<T> {
  exports: T;
  /** Whether V8 compiled it from a cache (false on a first run, a new build or another Node). */
  fromCache: boolean;
  /**
   * Writes the code cache when there was no valid one. Called once the code has done its
   * work once: V8 compiles a function when it is first called, and the cache holds every
   * function compiled so far, so a cache written after a parse spares the next process
   * compiling what a parse needs. Never throws (a cache that cannot be written is skipped).
   */
  save(): void;
}

/**
 * Loads a bundled CommonJS file (the CLI's thread.cjs) through `vm.Script` with V8's code
 * cache, the CLI's own form of Node 22's `module.enableCompileCache()`, which Node 20 lacks.
 * Compiling the parsers was a third of a fresh one-article run; with the cache V8 reads
 * their bytecode instead. The cache lives in a folder of this user's (below the system's
 * temporary folder, or `NEWSPARSE_COMPILE_CACHE`; `NEWSPARSE_COMPILE_CACHE=0` turns it off),
 * one file per build of the code (its path, size and time of writing), Node version and V8
 * flags, so a new build or another Node never reads a stale one; V8 checks it again (source
 * length, version, flags) and ignores it if it does not fit.
 *
 * @example
 * const thread = loadCached<typeof import('./thread.js')>(new URL('./thread.cjs', import.meta.url));
 * thread.exports.parseSingle(article);
 * thread.save();
 */
export function loadCached<T>(url: URL): CachedModule<T> {
  const path = fileURLToPath(url);
  const source = readFileSync(path, 'utf8');
  const cacheFile = cachePath(path);
  const cachedData = cacheFile === null ? undefined : readCache(cacheFile);
  // The wrapper Node puts around a CommonJS file, so the bundle sees its usual arguments.
  const script = new Script(`(function (exports, require, module, __filename, __dirname) {${source}\n})`, {
    filename: path,
    ...(cachedData === undefined ? {} : { cachedData }),
  });
  const needsCache = cacheFile !== null && (cachedData === undefined || script.cachedDataRejected === true);
  const module = { exports: {} as T };
  (script.runInThisContext() as (...args: unknown[]) => void)(module.exports, createRequire(path), module, path, dirname(path));
  let saved = !needsCache;
  return {
    exports: module.exports,
    fromCache: cachedData !== undefined && script.cachedDataRejected !== true,
    save() {
      if (saved || cacheFile === null) return;
      saved = true;
      // Written beside and renamed, so a process reading it (another worker) never sees half.
      // pid and a random part (not worker_threads' threadId: loading that module cost a one-article run ~3 ms).
      const temporary = `${cacheFile}.${process.pid}-${Math.random().toString(36).slice(2)}.tmp`;
      try {
        writeFileSync(temporary, script.createCachedData(), { mode: 0o600 });
        renameSync(temporary, cacheFile);
        // The caches of this file's earlier builds are of no more use.
        const [prefix] = basename(cacheFile).split('-');
        for (const name of readdirSync(dirname(cacheFile))) {
          if (name.startsWith(`${prefix}-`) && name.endsWith('.bin') && name !== basename(cacheFile)) rmSync(join(dirname(cacheFile), name), { force: true });
        }
      } catch {
        // No cache this time: the next process compiles as this one did.
      }
    },
  };
}

/** The cache file for this build of the file, Node and V8 flags, or null when there is no safe folder for it. */
function cachePath(path: string): string | null {
  const setting = process.env.NEWSPARSE_COMPILE_CACHE;
  if (setting === '0' || setting === 'false') return null;
  const uid = process.getuid?.() ?? null;
  const folder = setting !== undefined && setting !== '' ? setting : join(tmpdir(), `newsparse-compile-cache${uid === null ? '' : `-${uid}`}`);
  try {
    mkdirSync(folder, { recursive: true, mode: 0o700 });
    // Cached bytecode runs as code: only a folder this user owns and nobody else may write to.
    const info = statSync(folder);
    if (!info.isDirectory() || (uid !== null && info.uid !== uid) || (info.mode & 0o022) !== 0) return null;
  } catch {
    return null;
  }
  let build: string;
  try {
    // The file's identity and time of writing stand for its content (hashing 1.5 MB cost more
    // than the cache saves on small runs); V8 itself rejects a cache made from other source.
    const file = statSync(path);
    build = `${path}\0${file.size}\0${file.mtimeMs}\0${file.ino}`;
  } catch {
    return null;
  }
  // V8's own version and the flags it runs with stand for v8.cachedDataVersionTag(), and a
  // 53-bit string hash for sha256: node:crypto and node:v8 together cost a one-article run
  // ~10 ms of CPU to load. The name only has to tell builds apart; V8 itself rejects a cache
  // of other source, version or flags (and save() then replaces it).
  const runtime = `${process.version}\0${process.versions.v8}\0${process.execArgv.join(' ')}\0${process.env.NODE_OPTIONS ?? ''}`;
  return join(folder, `${hash53(path)}-${hash53(`${build}\0${runtime}`)}.bin`);
}

/** A 53-bit hash of a string as 11 base-36 digits (cyrb53: two 32-bit multiply-xor lanes). */
function hash53(text: string): string {
  let first = 0xdeadbeef;
  let second = 0x41c6ce57;
  for (let index = 0; index < text.length; index++) {
    const code = text.charCodeAt(index);
    first = Math.imul(first ^ code, 2654435761);
    second = Math.imul(second ^ code, 1597334677);
  }
  first = Math.imul(first ^ (first >>> 16), 2246822507) ^ Math.imul(second ^ (second >>> 13), 3266489909);
  second = Math.imul(second ^ (second >>> 16), 2246822507) ^ Math.imul(first ^ (first >>> 13), 3266489909);
  return (4294967296 * (2097151 & second) + (first >>> 0)).toString(36).padStart(11, '0');
}

function readCache(file: string): Buffer | undefined {
  try {
    return readFileSync(file);
  } catch {
    return undefined;
  }
}
