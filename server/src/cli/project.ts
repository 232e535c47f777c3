// The CLI's side of the project config: the engine's loader reading through node:fs, and the ignore rules
// (the config's `ignores` and .gitignore) that decide which files a folder or glob yields.
import * as path from 'node:path';
import { nodeConfigHost } from '../configHost';
import { GitIgnores } from '../files/gitignore';
import { ProjectConfigs, resolveConfig, type ConfigProblem, type ResolvedConfig, type SettingsLayer } from '../engine/project';

export class CliProject {
  readonly configs: ProjectConfigs;
  private readonly gitignores = new GitIgnores();
  private readonly reported = new Set<string>();

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
    const resolved = resolveConfig(draftPath, this.settings, this.configs.forDraft(draftPath), path);
    if (this.followUpDays !== undefined) {
      resolved.config.followUpDays = this.followUpDays;
      resolved.sources.followUpDays = '--follow-up-days';
    }
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
    return this.gitignores.ignored(file, folder, process.cwd());
  }
}

export function shortPath(file: string): string {
  return path.relative(process.cwd(), file) || file;
}

