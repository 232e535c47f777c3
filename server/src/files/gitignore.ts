// .gitignore rules as the CLI and the language server both read them (node:fs through the config host).
import * as path from 'node:path';
import ignore, { type Ignore } from 'ignore';
import { nodeConfigHost } from '../configHost';

/**
 * A subset of git's rules: every .gitignore from the repository root (the nearest folder holding .git, else the
 * fallback folder the caller names: the CLI's current folder, the server's workspace folder) down to the path's
 * folder applies, each relative to its own folder, the deeper one last; a path under an ignored folder is ignored.
 * Global excludes and .git/info/exclude are not read. Each .gitignore is read once: `clear()` forgets them.
 */
export class GitIgnores {
  private readonly files = new Map<string, Ignore | undefined>();
  private readonly roots = new Map<string, string | undefined>();
  /**
   * By fallback root and folder: the folder's repository root, its path below that root and the .gitignore files from
   * the root down to it (with their depth); null when it is under no root. Worked out once per folder, not per file.
   */
  private readonly places = new Map<string, { root: string; parts: string[]; chain: { level: number; rules: Ignore }[] } | null>();

  /** Why a path is ignored (`ignored by .gitignore (dist/)`), or undefined. */
  ignored(file: string, folder: boolean, fallbackRoot: string): string | undefined {
    const place = this.placeOf(path.resolve(path.dirname(file)), fallbackRoot);
    // Most trees have no .gitignore on a path's way down: nothing to test then.
    if (!place || place.chain.length === 0) return undefined;
    const parts = [...place.parts, path.basename(file)];
    for (let depth = 1; depth <= parts.length; depth++) {
      const isFolder = depth < parts.length || folder;
      let verdict = false;
      for (const { level, rules } of place.chain) {
        if (level >= depth) break;
        const test = rules.test(parts.slice(level, depth).join('/') + (isFolder ? '/' : ''));
        if (test.ignored) verdict = true;
        else if (test.unignored) verdict = false;
      }
      if (verdict) return `ignored by .gitignore (${parts.slice(0, depth).join('/')}${isFolder ? '/' : ''})`;
    }
    return undefined;
  }

  clear(): void {
    this.files.clear();
    this.roots.clear();
    this.places.clear();
  }

  private placeOf(folder: string, fallbackRoot: string) {
    const key = `${fallbackRoot}\u0000${folder}`;
    let place = this.places.get(key);
    if (place === undefined) {
      // A file in this folder is under the fallback root when the folder is that root or inside it.
      const root = this.repositoryRoot(folder) ?? (path.relative(fallbackRoot, folder) === '' || isInside(fallbackRoot, folder) ? fallbackRoot : undefined);
      if (root === undefined) place = null;
      else {
        const below = path.relative(root, folder);
        const parts = below === '' ? [] : below.split(path.sep);
        const chain: { level: number; rules: Ignore }[] = [];
        for (let level = 0; level <= parts.length; level++) {
          const rules = this.gitignoreIn(path.join(root, ...parts.slice(0, level)));
          if (rules) chain.push({ level, rules });
        }
        place = { root, parts, chain };
      }
      this.places.set(key, place);
    }
    return place;
  }

  private gitignoreIn(folder: string): Ignore | undefined {
    if (!this.files.has(folder)) {
      const text = nodeConfigHost.readFile(path.join(folder, '.gitignore'));
      this.files.set(folder, text === undefined ? undefined : ignore().add(text));
    }
    return this.files.get(folder);
  }

  /** The nearest folder holding .git, from this folder up. */
  private repositoryRoot(folder: string): string | undefined {
    if (!this.roots.has(folder)) {
      const parent = path.dirname(folder);
      this.roots.set(folder, nodeConfigHost.exists(path.join(folder, '.git')) ? folder : parent === folder ? undefined : this.repositoryRoot(parent));
    }
    return this.roots.get(folder);
  }
}

export function isInside(folder: string, file: string): boolean {
  const relative = path.relative(folder, file);
  return relative !== '' && !relative.startsWith('..') && !path.isAbsolute(relative);
}
