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
 * A missing, stale or unreadable cache costs nothing but the compile it would have saved: the bundle is compiled from
 * source and the cache written again by `saveCache`.
 */
export function runWithCodeCache(file: string, key: string, require: NodeJS.Require): CachedModule {
  const cacheFile = join(dirname(file), `.${basename(file)}.${key}.${process.versions.v8}.${process.arch}.cache`);
  let cachedData: Buffer | undefined;
  try {
    cachedData = readFileSync(cacheFile);
  } catch {
    // No cache yet (or no access to it): compile from source.
  }
  // Node's own module wrapper, on a line of its own so that line numbers in stack traces stay the file's.
  const source = `(function (exports, require, module, __filename, __dirname) {\n${readFileSync(file, 'utf8')}\n})`;
  const script = new Script(source, { filename: file, lineOffset: -1, cachedData });
  let saved = cachedData !== undefined && !script.cachedDataRejected;
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
        writeFileSync(partial, script.createCachedData());
        renameSync(partial, cacheFile);
      } catch {
        rmSync(partial, { force: true });
      }
    },
  };
}
