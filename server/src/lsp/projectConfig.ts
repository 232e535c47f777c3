// The language server's side of the project config: the engine's loader per document (file URIs only), cached until
// a config file changes, and the problems of each config file in effect published as diagnostics in that file.
import { fileURLToPath, pathToFileURL } from 'node:url';
import * as path from 'node:path';
import type { Connection, Diagnostic as LspDiagnostic } from 'vscode-languageserver';
import { DiagnosticSeverity } from './library';
import type { EngineConfig } from '../engine';
import { LineIndex } from '../engine';
import { ProjectConfigs, resolveConfig, type ConfigFileTarget, type ConfigProblem, type ResolvedConfig } from '../engine/project';
import { nodeConfigHost } from '../configHost';
import { SOURCE } from './convert';
import type { Settings } from './settings';

export interface DocumentConfig {
  config: EngineConfig;
  /** The config file in effect, for the status bar. */
  file?: string;
  /** Named by the config's `ignores`: not linted, as the CLI would not lint it. */
  ignored: boolean;
}

export class DocumentConfigs {
  private configs = new ProjectConfigs(nodeConfigHost);
  private roots: string[] = [];
  /** Bumped when a config file changes, so results linted with the old config are recomputed. */
  generation = 0;
  private readonly published = new Map<string, string>();

  constructor(
    private readonly settings: Settings,
    private readonly connection: Connection,
  ) {}

  /** The workspace folders: the search for a config file stops at them. */
  setRoots(uris: readonly string[]): void {
    const roots = uris.flatMap((uri) => (uri.startsWith('file:') ? [fileURLToPath(uri)] : []));
    this.roots = roots;
    this.configs = new ProjectConfigs(nodeConfigHost, { roots });
  }

  changed(): void {
    this.configs.clear();
    this.published.clear();
    this.generation++;
  }

  forDocument(uri: string): DocumentConfig {
    const settings = this.settings.forDocument(uri);
    if (!uri.startsWith('file:')) return { config: settings, ignored: false };
    const file = fileURLToPath(uri);
    const project = this.configs.forDraft(file);
    const resolved = resolveConfig(file, { config: settings, accountSource: 'settings', rulesSource: 'settings' }, project, path);
    this.publishProblems(project.files, resolved);
    return { config: resolved.config, file: resolved.file, ignored: resolved.ignoredBy !== undefined };
  }

  /**
   * The file a config-writing quick fix for this document writes to: the nearest config file, else a new
   * `.invite-lint.jsonc` where the search for one stops. Undefined for documents not on disk.
   */
  writeTarget(uri: string): ConfigFileTarget | undefined {
    if (!uri.startsWith('file:')) return undefined;
    const draft = fileURLToPath(uri);
    const existing = this.configs.configFileFor(draft);
    const file = existing ?? path.join(this.configs.newConfigFolder(draft), '.invite-lint.jsonc');
    const text = existing === undefined ? undefined : nodeConfigHost.readFile(existing);
    if (existing !== undefined && text === undefined) return undefined;
    // Named relative to the workspace folder holding the draft (else to the draft's folder), as the user sees the tree.
    const base = this.roots.filter((root) => isInside(root, draft)).sort((a, b) => b.length - a.length)[0] ?? path.dirname(draft);
    return { path: file, displayPath: path.relative(base, file).replace(/\\/g, '/'), text };
  }

  /** Each config file's own problems as diagnostics in it, sent again only when they change. */
  private publishProblems(files: readonly string[], resolved: ResolvedConfig): void {
    for (const file of files) {
      const problems = resolved.problems.filter((problem) => problem.file === file);
      const key = JSON.stringify(problems);
      if (this.published.get(file) === key) continue;
      this.published.set(file, key);
      const text = nodeConfigHost.readFile(file) ?? '';
      const lines = new LineIndex(text);
      void this.connection.sendDiagnostics({ uri: pathToFileURL(file).href, diagnostics: problems.map((problem) => toDiagnostic(lines, problem)) });
    }
  }
}

function toDiagnostic(lines: LineIndex, problem: ConfigProblem): LspDiagnostic {
  return {
    range: { start: lines.positionAt(problem.start), end: lines.positionAt(Math.max(problem.end, problem.start + 1)) },
    severity: problem.severity === 'error' ? DiagnosticSeverity.Error : DiagnosticSeverity.Warning,
    source: SOURCE,
    message: problem.message,
  };
}

function isInside(folder: string, file: string): boolean {
  const relative = path.relative(folder, file);
  return relative !== '' && !relative.startsWith('..') && !path.isAbsolute(relative);
}
