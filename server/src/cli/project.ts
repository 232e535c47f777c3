// The CLI's side of the project config: the engine's loader reading through node:fs, and the ignore rules
// (the config's `ignores` and .gitignore) that decide which files a folder or glob yields.
import * as path from 'node:path';
import { nodeConfigHost } from '../configHost';
import { GitIgnores } from '../files/gitignore';
import { ProjectConfigs, ignoringGlob, matchingOverrides, resolveConfig, type ConfigProblem, type ProjectConfig, type ResolvedConfig, type SettingsLayer } from '../engine/project';

export class CliProject {
  readonly configs: ProjectConfigs;
  private readonly gitignores = new GitIgnores();
  private readonly reported = new Set<string>();
  /**
   * Resolved configs by config file and the overrides that match (all a draft's path changes but `ignores`): the drafts
   * that agree on both share one config object, resolved once, instead of one per draft.
   */
  private readonly shared = new Map<ProjectConfig, Map<string, Omit<ResolvedConfig, 'ignoredBy'>>>();

  constructor(
    private readonly settings: SettingsLayer,
    configFile: string | undefined,
    /** `--follow-up-days`: wins over the config file's `followUpDays`. */
    private readonly followUpDays?: number,
  ) {
    this.configs = new ProjectConfigs(nodeConfigHost, { configFile });
  }

  /** The config a draft is linted with (and its sources); its config file's problems are reported once. */
  resolve(draftPath: string, report: (problem: ConfigProblem) => void): ResolvedConfig {
    const project = this.configs.forDraft(draftPath);
    let byOverrides = this.shared.get(project);
    if (!byOverrides) this.shared.set(project, (byOverrides = new Map()));
    const key = matchingOverrides(project, draftPath, path).join(',');
    let resolved = byOverrides.get(key);
    if (!resolved) {
      const { ignoredBy: _, ...shared } = resolveConfig(draftPath, this.settings, project, path);
      if (this.followUpDays !== undefined) {
        shared.config.followUpDays = this.followUpDays;
        shared.sources.followUpDays = '--follow-up-days';
      }
      for (const problem of shared.problems) {
        const problemKey = `${problem.file}:${problem.start}:${problem.message}`;
        if (this.reported.has(problemKey)) continue;
        this.reported.add(problemKey);
        report(problem);
      }
      byOverrides.set(key, (resolved = shared));
    }
    return { ...resolved, ignoredBy: ignoringGlob(project, draftPath, path) };
  }

  /** Why a path is skipped, or undefined: the config's `ignores` (files), then .gitignore (files and folders). */
  ignored(file: string, folder: boolean): string | undefined {
    if (!folder) {
      const by = ignoringGlob(this.configs.forDraft(file), file, path);
      if (by) return `ignored by "${by.value}" in ${shortPath(by.source.file)}`;
    }
    return this.gitignores.ignored(file, folder, process.cwd());
  }
}

export function shortPath(file: string): string {
  return path.relative(process.cwd(), file) || file;
}

