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
  /** By repository root and folder: the .gitignore files from the root down to that folder, with their depth. */
  private readonly chains = new Map<string, { level: number; rules: Ignore }[]>();

  /** Why a path is ignored (`ignored by .gitignore (dist/)`), or undefined. */
  ignored(file: string, folder: boolean, fallbackRoot: string): string | undefined {
    const absolute = path.resolve(file);
    const root = this.repositoryRoot(absolute) ?? (isInside(fallbackRoot, absolute) ? fallbackRoot : undefined);
    if (!root) return undefined;
    const parts = path.relative(root, absolute).split(path.sep);
    const chain = this.chainFor(root, parts);
    // Most trees have no .gitignore on a path's way down, or one at the root: nothing else to read then.
    if (chain.length === 0) return undefined;
    for (let depth = 1; depth <= parts.length; depth++) {
      const isFolder = depth < parts.length || folder;
      let verdict = false;
      for (const { level, rules } of chain) {
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
    this.chains.clear();
  }

  /** The .gitignore files in the folders from `root` down to the path's own folder (`parts` but the last), shallowest first. */
  private chainFor(root: string, parts: string[]): { level: number; rules: Ignore }[] {
    const key = `${root}\u0000${parts.slice(0, -1).join('/')}`;
    let chain = this.chains.get(key);
    if (!chain) {
      chain = [];
      for (let level = 0; level < parts.length; level++) {
        const rules = this.gitignoreIn(path.join(root, ...parts.slice(0, level)));
        if (rules) chain.push({ level, rules });
      }
      this.chains.set(key, chain);
    }
    return chain;
  }

  private gitignoreIn(folder: string): Ignore | undefined {
    if (!this.files.has(folder)) {
      const text = nodeConfigHost.readFile(path.join(folder, '.gitignore'));
      this.files.set(folder, text === undefined ? undefined : ignore().add(text));
    }
    return this.files.get(folder);
  }

  private repositoryRoot(file: string): string | undefined {
    const folder = path.dirname(file);
    if (!this.roots.has(folder)) {
      const parent = path.dirname(folder);
      this.roots.set(folder, nodeConfigHost.exists(path.join(folder, '.git')) ? folder : parent === folder ? undefined : this.repositoryRoot(folder));
    }
    return this.roots.get(folder);
  }
}

export function isInside(folder: string, file: string): boolean {
  const relative = path.relative(folder, file);
  return relative !== '' && !relative.startsWith('..') && !path.isAbsolute(relative);
}
