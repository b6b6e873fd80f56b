import { createHash } from 'node:crypto';
import { mkdirSync, readdirSync, readFileSync, renameSync, rmSync, statSync, writeFileSync } from 'node:fs';
import { createRequire } from 'node:module';
import { tmpdir } from 'node:os';
import { basename, dirname, join } from 'node:path';
import { fileURLToPath } from 'node:url';
import { cachedDataVersionTag } from 'node:v8';
import { Script } from 'node:vm';
import { threadId } from 'node:worker_threads';

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
      const temporary = `${cacheFile}.${process.pid}-${threadId}.tmp`;
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
  const hash = (text: string): string => createHash('sha256').update(text).digest('hex').slice(0, 24);
  return join(folder, `${hash(path)}-${hash(`${build}\0${process.version}\0${cachedDataVersionTag()}`)}.bin`);
}

function readCache(file: string): Buffer | undefined {
  try {
    return readFileSync(file);
  } catch {
    return undefined;
  }
}
