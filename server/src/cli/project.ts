// The CLI's side of the project config: the engine's loader reading through node:fs, and the ignore rules
// (the config's `ignores` and .gitignore) that decide which files a folder or glob yields.
import * as path from 'node:path';
import ignore, { type Ignore } from 'ignore';
import { nodeConfigHost } from '../configHost';
import { ProjectConfigs, resolveConfig, type ConfigProblem, type ResolvedConfig, type SettingsLayer } from '../engine/project';

export class CliProject {
  readonly configs: ProjectConfigs;
  private readonly gitignores = new Map<string, Ignore | undefined>();
  private readonly reported = new Set<string>();

  constructor(
    private readonly settings: SettingsLayer,
    configFile: string | undefined,
  ) {
    this.configs = new ProjectConfigs(nodeConfigHost, { configFile });
  }

  /** The config a draft is linted with (and its sources); its config file's problems are reported once. */
  resolve(draftPath: string, report: (problem: ConfigProblem) => void): ResolvedConfig {
    const resolved = resolveConfig(draftPath, this.settings, this.configs.forDraft(draftPath), path);
    for (const problem of resolved.problems) {
      const key = `${problem.file}:${problem.start}:${problem.message}`;
      if (this.reported.has(key)) continue;
      this.reported.add(key);
      report(problem);
    }
    return resolved;
  }

  /** Why a path is skipped, or undefined: the config's `ignores` (files), then .gitignore (files and folders). */
  ignored(file: string, folder: boolean): string | undefined {
    if (!folder) {
      const by = resolveConfig(file, this.settings, this.configs.forDraft(file), path).ignoredBy;
      if (by) return `ignored by "${by.value}" in ${shortPath(by.source.file)}`;
    }
    return this.gitignored(file, folder);
  }

  /**
   * A subset of git's rules: every .gitignore from the repository root (the nearest folder holding .git, else the
   * current folder) down to the path's folder applies, each relative to its own folder, the deeper one last; a
   * path under an ignored folder is ignored. Global excludes and .git/info/exclude are not read.
   */
  private gitignored(file: string, folder: boolean): string | undefined {
    const absolute = path.resolve(file);
    const root = repositoryRoot(absolute) ?? (isInside(process.cwd(), absolute) ? process.cwd() : undefined);
    if (!root) return undefined;
    const parts = path.relative(root, absolute).split(path.sep);
    for (let depth = 1; depth <= parts.length; depth++) {
      const isFolder = depth < parts.length || folder;
      let verdict = false;
      for (let level = 0; level < depth; level++) {
        const rules = this.gitignoreIn(path.join(root, ...parts.slice(0, level)));
        if (!rules) continue;
        const test = rules.test(parts.slice(level, depth).join('/') + (isFolder ? '/' : ''));
        if (test.ignored) verdict = true;
        else if (test.unignored) verdict = false;
      }
      if (verdict) return `ignored by .gitignore (${parts.slice(0, depth).join('/')}${isFolder ? '/' : ''})`;
    }
    return undefined;
  }

  private gitignoreIn(folder: string): Ignore | undefined {
    if (!this.gitignores.has(folder)) {
      const text = nodeConfigHost.readFile(path.join(folder, '.gitignore'));
      this.gitignores.set(folder, text === undefined ? undefined : ignore().add(text));
    }
    return this.gitignores.get(folder);
  }
}

const roots = new Map<string, string | undefined>();

function repositoryRoot(file: string): string | undefined {
  const folder = path.dirname(file);
  if (!roots.has(folder)) {
    const parent = path.dirname(folder);
    roots.set(folder, nodeConfigHost.exists(path.join(folder, '.git')) ? folder : parent === folder ? undefined : repositoryRoot(folder));
  }
  return roots.get(folder);
}

function isInside(folder: string, file: string): boolean {
  const relative = path.relative(folder, file);
  return relative !== '' && !relative.startsWith('..') && !path.isAbsolute(relative);
}

export function shortPath(file: string): string {
  return path.relative(process.cwd(), file) || file;
}

