// The one loader of project config files, shared by the CLI, the language server and the tests. Pure: it reads
// through a host (a file-reading function and a path API), so each caller brings its own file system and cache
// invalidation.
import type { EngineConfig } from './config';
import type { Account, SeveritySetting } from '../types';
import { readConfigFile, isPackageJson, hasPackageJsonConfig, type ConfigFileValues, type ConfigProblem, type Source, type Sourced } from './configFile';
import { globMatcher } from './glob';
import type { FlagPhrase, PhraseConfig } from './phrases';

export interface PathApi {
  dirname(path: string): string;
  join(...parts: string[]): string;
  resolve(...parts: string[]): string;
  relative(from: string, to: string): string;
}

export interface ConfigHost {
  /** The file's text, or undefined when it does not exist or cannot be read. Must not throw. */
  readFile(path: string): string | undefined;
  /** Whether a file or folder exists (used for the `.git` that marks a repository root). */
  exists(path: string): boolean;
  path: PathApi;
}

/** Looked for in each folder, in this order; a package.json counts only when it has an "invite-lint" key. */
export const CONFIG_FILE_NAMES = ['.invite-lint.jsonc', '.invite-lint.json', 'package.json'] as const;
/** `extends` chains longer than this are cut (and reported): real ones are one or two files. */
const MAX_EXTENDS_DEPTH = 10;

interface Based<T> extends Sourced<T> {
  /** The folder of the file that wrote it: globs are relative to it. */
  base: string;
}

/** A config file with everything it extends merged in, ready to apply to drafts. */
export interface ProjectConfig {
  /** The config file in effect; undefined when none was found (settings and defaults apply). */
  file?: string;
  /** It and every file it extends, nearest first. */
  files: string[];
  account?: Sourced<Account>;
  followUpDays?: Sourced<number>;
  rules: Record<string, Sourced<SeveritySetting>>;
  flag: Sourced<FlagPhrase>[];
  allow: Sourced<string>[];
  ignores: Based<string>[];
  overrides: Based<{ files: string[]; rules: Record<string, Sourced<SeveritySetting>> }>[];
  /** The phrase lists as the engine takes them; one object per loaded config, so compiled matchers are cached. */
  phrases: PhraseConfig;
  /** Mistakes in any file of the chain; the values around them still apply. */
  problems: ConfigProblem[];
}

export const NO_PROJECT_CONFIG: ProjectConfig = emptyProject(undefined);

function emptyProject(file: string | undefined): ProjectConfig {
  return { file, files: file ? [file] : [], rules: {}, flag: [], allow: [], ignores: [], overrides: [], phrases: { flag: [], allow: [] }, problems: [] };
}

/** Where a value in effect came from: a place in a config file, or one of the layers below the config file. */
export type ValueSource = Source | 'front matter' | 'settings' | 'default' | string;

export interface ResolvedConfig {
  config: EngineConfig;
  /** The config file in effect, if any. */
  file?: string;
  /** An `ignores` glob of the config matches the draft (its source says which). */
  ignoredBy?: Sourced<string>;
  /** `followUpDays` is absent when no layer set it (the workspace's default applies). */
  sources: { account: ValueSource; followUpDays?: ValueSource; rules: Record<string, ValueSource>; phrases: ValueSource[] };
  problems: ConfigProblem[];
}

export interface ProjectConfigOptions {
  /** The search stops at these folders (the workspace folders) as it does at a folder holding `.git`. */
  roots?: readonly string[];
  /** Use this file for every draft instead of searching (the CLI's `--config`). */
  configFile?: string;
}

/**
 * Finds and loads the config file of each draft, caching per folder and per file. `clear()` forgets everything,
 * for a caller that learnt a config file changed.
 */
export class ProjectConfigs {
  private readonly folders = new Map<string, string | undefined>();
  private readonly loaded = new Map<string, ProjectConfig>();

  constructor(
    private readonly host: ConfigHost,
    private readonly options: ProjectConfigOptions = {},
  ) {}

  clear(): void {
    this.folders.clear();
    this.loaded.clear();
  }

  /** The nearest config file above a draft, up to the workspace or repository root. */
  configFileFor(draftPath: string): string | undefined {
    if (this.options.configFile) return this.host.path.resolve(this.options.configFile);
    const { path } = this.host;
    const visited: string[] = [];
    let found: string | undefined;
    for (let folder = path.dirname(path.resolve(draftPath)); ; ) {
      if (this.folders.has(folder)) {
        found = this.folders.get(folder);
        break;
      }
      visited.push(folder);
      found = this.configIn(folder);
      const parent = path.dirname(folder);
      if (found || this.options.roots?.includes(folder) || parent === folder || this.host.exists(path.join(folder, '.git'))) break;
      folder = parent;
    }
    for (const folder of visited) this.folders.set(folder, found);
    return found;
  }

  /**
   * Where a new config file for a draft goes: the folder the search stops at (a workspace folder or a repository
   * root), so that the search finds it; the draft's own folder when no such folder is above it.
   */
  newConfigFolder(draftPath: string): string {
    const { path } = this.host;
    const own = path.dirname(path.resolve(draftPath));
    for (let folder = own; ; ) {
      if (this.options.roots?.includes(folder) || this.host.exists(path.join(folder, '.git'))) return folder;
      const parent = path.dirname(folder);
      if (parent === folder) return own;
      folder = parent;
    }
  }

  forDraft(draftPath: string): ProjectConfig {
    const file = this.configFileFor(draftPath);
    return file ? this.load(file) : NO_PROJECT_CONFIG;
  }

  load(file: string): ProjectConfig {
    let project = this.loaded.get(file);
    if (!project) {
      project = loadChain(this.host, file);
      this.loaded.set(file, project);
    }
    return project;
  }

  private configIn(folder: string): string | undefined {
    for (const name of CONFIG_FILE_NAMES) {
      const file = this.host.path.join(folder, name);
      const text = this.host.readFile(file);
      if (text === undefined) continue;
      if (name !== 'package.json' || hasPackageJsonConfig(text)) return file;
    }
    return undefined;
  }
}

/** A config file and what it extends, merged: the extending file's values win, lists add up (base first). */
function loadChain(host: ConfigHost, file: string): ProjectConfig {
  const project = emptyProject(file);
  const chain: ConfigFileValues[] = [];
  const stack: string[] = [];
  let current: string | undefined = file;
  let from: Sourced<string> | undefined;
  while (current !== undefined) {
    if (stack.includes(current)) {
      project.problems.push(problemAt(from!, `"extends" makes a cycle (${[...stack, current].map((f) => host.path.relative(host.path.dirname(file), f) || f).join(' → ')}); it is not followed.`));
      break;
    }
    if (stack.length === MAX_EXTENDS_DEPTH) {
      project.problems.push(problemAt(from!, `"extends" goes more than ${MAX_EXTENDS_DEPTH} files deep; it is not followed further.`));
      break;
    }
    const text = host.readFile(current);
    if (text === undefined) {
      if (from) project.problems.push(problemAt(from, `"extends" names ${from.value}, which does not exist or cannot be read; it is ignored.`));
      else project.problems.push({ file: current, line: 1, column: 1, start: 0, end: 0, severity: 'error', message: 'this config file cannot be read; the defaults apply.' });
      break;
    }
    const values = readConfigFile(current, text);
    if (isPackageJson(current) && current !== file && !hasPackageJsonConfig(text)) {
      project.problems.push(problemAt(from!, `"extends" names a package.json without an "invite-lint" key; it adds nothing.`));
    }
    chain.push(values);
    stack.push(current);
    project.problems.push(...values.problems);
    from = values.extends;
    current = from ? host.path.resolve(host.path.dirname(current), from.value) : undefined;
  }
  project.files = stack;
  for (const values of chain.reverse()) {
    const base = host.path.dirname(values.file);
    if (values.account) project.account = values.account;
    if (values.followUpDays) project.followUpDays = values.followUpDays;
    Object.assign(project.rules, values.rules);
    project.flag.push(...values.flag);
    project.allow.push(...values.allow);
    project.ignores.push(...values.ignores.map((glob) => ({ ...glob, base })));
    project.overrides.push(...values.overrides.map((override) => ({ ...override, base })));
  }
  project.phrases = { flag: project.flag.map((flag) => flag.value), allow: project.allow.map((allowed) => allowed.value) };
  return project;
}

function problemAt(where: Sourced<string>, message: string): ConfigProblem {
  return { ...where.source, severity: 'error', message };
}

/** What the settings layer gave, and how to name it in `--print-config` ("VS Code settings", "--account"). */
export interface SettingsLayer {
  config: EngineConfig;
  /** The source of the settings' account: `default` when the user set none. */
  accountSource: ValueSource;
  rulesSource: ValueSource;
}

/**
 * The config a draft is linted with: defaults < settings < the nearest config file (and what it extends) < its
 * `overrides` whose `files` match the draft (`followUpDays` the same, without overrides). Front matter (`account:`) is read by the engine from the draft
 * itself and beats all of these.
 */
export function resolveConfig(draftPath: string | undefined, settings: SettingsLayer, project: ProjectConfig, path: PathApi): ResolvedConfig {
  const config: EngineConfig = { account: settings.config.account, rules: { ...settings.config.rules }, phrases: project.phrases };
  const sources: ResolvedConfig['sources'] = { account: settings.accountSource, rules: {}, phrases: [] };
  for (const rule of Object.keys(settings.config.rules)) sources.rules[rule] = settings.rulesSource;
  if (project.account) {
    config.account = project.account.value;
    sources.account = project.account.source;
  }
  if (project.followUpDays) {
    config.followUpDays = project.followUpDays.value;
    sources.followUpDays = project.followUpDays.source;
  } else if (settings.config.followUpDays !== undefined) {
    config.followUpDays = settings.config.followUpDays;
    sources.followUpDays = settings.rulesSource;
  }
  const apply = (rules: Record<string, Sourced<SeveritySetting>>) => {
    for (const [rule, severity] of Object.entries(rules)) {
      config.rules[rule] = severity.value;
      sources.rules[rule] = severity.source;
    }
  };
  apply(project.rules);
  let ignoredBy: Sourced<string> | undefined;
  if (draftPath !== undefined) {
    for (const index of matchingOverrides(project, draftPath, path)) apply(project.overrides[index].value.rules);
    ignoredBy = ignoringGlob(project, draftPath, path);
  }
  sources.phrases = [...project.flag.map((flag) => flag.source), ...project.allow.map((allowed) => allowed.source)];
  return { config, file: project.file, ignoredBy, sources, problems: project.problems };
}

/**
 * The positions in `project.overrides` of the overrides whose `files` match the draft: with the project, all that
 * `resolveConfig` reads of the draft's path besides `ignores`, so drafts that agree on them get the same config.
 */
export function matchingOverrides(project: ProjectConfig, draftPath: string, path: PathApi): number[] {
  const matching: number[] = [];
  project.overrides.forEach((override, index) => {
    if (globMatcher(override.value.files)(relativePath(path, override.base, draftPath))) matching.push(index);
  });
  return matching;
}

/** The config's `ignores` glob that matches the draft, if any. */
export function ignoringGlob(project: ProjectConfig, draftPath: string, path: PathApi): Sourced<string> | undefined {
  return project.ignores.find((glob) => globMatcher([glob.value])(relativePath(path, glob.base, draftPath)));
}

/** A draft's path relative to a config file's folder, with forward slashes, as globs are written. */
export function relativePath(path: PathApi, base: string, draftPath: string): string {
  return path.relative(base, path.resolve(draftPath)).replace(/\\/g, '/');
}
