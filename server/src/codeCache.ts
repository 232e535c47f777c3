import { createHash } from 'node:crypto';
import { readFileSync, renameSync, rmSync, writeFileSync } from 'node:fs';
import { basename, dirname, join } from 'node:path';
import { Script } from 'node:vm';

/** A CommonJS bundle run by `runWithCodeCache`, and how to save the code V8 has compiled for it so far. */
export interface CachedModule {
  exports: Record<string, unknown>;
  /** Writes the cache if the run did not start from a valid one (a no-op otherwise, or where the folder is read-only). */
  saveCache(): void;
}

/**
 * Runs a CommonJS bundle as `require` would, but compiled with V8's code cache (Node 20 has no
 * `module.enableCompileCache`): a start that finds the cache skips parsing the bundle and compiling the functions the
 * last start compiled before it saved the cache, a third of the server's start-up. The cache sits next to the bundle,
 * so nobody who could not change the bundle itself can change it; its name holds the bundle's content hash (`key`),
 * V8's version and the architecture, and V8 rejects it anyway on any other mismatch (its flags, the source's length).
 * V8 does not check the data itself (a release build skips its checksum) and dies on a damaged cache, so the file
 * starts with the data's SHA-256 and data that does not match it is never handed to V8. A missing, stale, damaged or
 * unreadable cache costs nothing but the compile it would have saved: the bundle is compiled from source and the
 * cache written again by `saveCache`.
 */
export function runWithCodeCache(file: string, key: string, require: NodeJS.Require): CachedModule {
  const cacheFile = join(dirname(file), `.${basename(file)}.${key}.${process.versions.v8}.${process.arch}.cache`);
  const { script, fromCache } = compile(file, cacheFile);
  let saved = fromCache;
  const module = { exports: {} as Record<string, unknown> };
  (script.runInThisContext() as (...args: unknown[]) => void)(module.exports, require, module, file, dirname(file));
  return {
    exports: module.exports,
    saveCache() {
      if (saved) return;
      saved = true;
      // Written whole under a name of its own, then renamed: a server starting meanwhile reads the old cache or the new one.
      const partial = `${cacheFile}.${process.pid}`;
      try {
        const data = script.createCachedData();
        writeFileSync(partial, Buffer.concat([digest(data), data]));
        renameSync(partial, cacheFile);
      } catch {
        rmSync(partial, { force: true });
      }
    },
  };
}

/**
 * Compiles the bundle, from the cache where there is a valid one. A function of its own so that the cache file's buffer
 * (0.8 MB) is garbage before the bundle runs: held by the caller's frame while the module set-up's allocations went
 * through the young generation, it was promoted with them and stayed in memory until the next full collection.
 */
function compile(file: string, cacheFile: string): { script: Script; fromCache: boolean } {
  let cachedData: Buffer | undefined;
  try {
    cachedData = intact(readFileSync(cacheFile));
  } catch {
    // No cache yet (or no access to it): compile from source.
  }
  // Node's own module wrapper, on a line of its own so that line numbers in stack traces stay the file's.
  const source = `(function (exports, require, module, __filename, __dirname) {\n${readFileSync(file, 'utf8')}\n})`;
  const script = new Script(source, { filename: file, lineOffset: -1, cachedData });
  return { script, fromCache: cachedData !== undefined && !script.cachedDataRejected };
}

const DIGEST_BYTES = 32;

function digest(data: Buffer): Buffer {
  return createHash('sha256').update(data).digest();
}

/** The cached data of a cache file, or undefined when it does not match the digest it starts with. */
function intact(file: Buffer): Buffer | undefined {
  const data = file.subarray(DIGEST_BYTES);
  return file.length > DIGEST_BYTES && digest(data).equals(file.subarray(0, DIGEST_BYTES)) ? data : undefined;
}
