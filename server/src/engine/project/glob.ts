// Glob matching for `ignores` and `overrides[].files`, with picomatch (a small, well-kept matcher that compiles
// globs to linear regexes) rather than hand-written code. Paths are relative to the config file's folder, with `/`.
import picomatch from 'picomatch/posix';

const compiled = new Map<string, (path: string) => boolean>();

/**
 * Matches a relative path against globs: a glob without a `/` matches the file name at any depth (`*.wip.invite.md`),
 * as in .gitignore; a glob that matches a folder matches everything in it (`archive` or `archive/**`).
 */
export function globMatcher(globs: readonly string[]): (path: string) => boolean {
  const key = globs.join('\u0000');
  let matcher = compiled.get(key);
  if (!matcher) {
    const cleaned = globs.map((glob) => glob.replace(/^\.\//, '').replace(/\/$/, ''));
    // picomatch's `basename` option applies to every glob it is given, so the two kinds are compiled apart.
    const anyDepth = picomatch(cleaned.filter((glob) => !glob.includes('/')), { dot: true, basename: true });
    const fromBase = picomatch(cleaned.filter((glob) => glob.includes('/')), { dot: true });
    const isMatch = (path: string) => anyDepth(path) || fromBase(path);
    matcher = (path) => {
      if (isMatch(path)) return true;
      for (let slash = path.indexOf('/'); slash !== -1; slash = path.indexOf('/', slash + 1)) if (isMatch(path.slice(0, slash))) return true;
      return false;
    };
    // Globs come from a handful of config files; the cache stays as small as they are.
    compiled.set(key, matcher);
  }
  return matcher;
}
