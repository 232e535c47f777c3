import type { Connection } from 'vscode-languageserver';
import { MessageType, ShowMessageNotification } from './library';
import { DEFAULT_CONFIG, RULE_NAMES, configFromSettings, type EngineConfig } from '../engine';
import { DEFAULT_HOLD, holdSettingsFrom, type HoldSettings } from './typingHold';

/** How long the server waits for the answer to `workspace/configuration` before it goes on with the settings it has. */
export const CONFIGURATION_TIMEOUT_MS = 3000;
/** A settings warning lists this many problems and counts the rest, however many the settings hold. */
const PROBLEMS_SHOWN = 3;
const PROBLEM_LENGTH = 500;

const NO_ANSWER = Symbol('no answer');

/** What a settings change touched: closed drafts are linted again only for `engine` and `workspaceDiagnostics`. */
export interface SettingsChange {
  /** The settings the engine lints with, of the window or of a scope: every result is stale. */
  engine: boolean;
  /** When to lint and the typing hold (read as they apply): an open draft's edit not linted yet under `onSave` is now. */
  hold: boolean;
  /** `inviteLint.workspaceDiagnostics`: closed drafts are linted or cleared. */
  workspaceDiagnostics: boolean;
}

/**
 * The settings the server lints with. Linting never waits for them: it uses the last known settings (the defaults,
 * `initializationOptions.settings`, or what the client pushed or answered last), and re-lints when they change.
 * A client that answers `workspace/configuration` is also asked per document (`scopeUri`), so that folder settings
 * of a multi-root workspace apply; the answers are cached per workspace folder (per document outside every folder)
 * and asked again on `workspace/didChangeConfiguration`.
 */
export class Settings {
  /** The settings of the window: pushed, or answered without a scope. Documents use them until their scope answers. */
  config: EngineConfig = DEFAULT_CONFIG;
  /** The window's `run` and typing hold settings; `holdFor` gives a document's (editor-only: the CLI has no typing). */
  hold: HoldSettings = DEFAULT_HOLD;
  /** `inviteLint.workspaceDiagnostics`: lint the drafts that are not open too (default on). */
  workspaceDiagnostics = true;
  /** Bumped whenever the settings of any document change, so that results linted with older settings are recomputed. */
  generation = 0;
  /** Whether the client answers `workspace/configuration`; only then are documents' scopes asked about. */
  pullsPerDocument = false;
  private folders: string[] = [];
  /** Scope (a workspace folder, or a document outside every folder) -> the settings its last answer gave. */
  private readonly scoped = new Map<string, { config: EngineConfig; hold: HoldSettings }>();
  /** Scope -> a document URI in it, sent as the `scopeUri` of the question. */
  private readonly scopeDocuments = new Map<string, string>();
  /** Scope -> the number of the latest question about it: an older answer that comes late is dropped. */
  private readonly asked = new Map<string, number>();
  /** The warning last shown for each scope ('' for the window's settings), so each problem is shown once. */
  private readonly shownProblems = new Map<string, string>();
  private questions = 0;
  private pulls = 0;

  constructor(
    private readonly connection: Connection,
    private readonly timeoutMs: number,
    private readonly changed: (change: SettingsChange) => void,
  ) {}

  /** The workspace folders (URIs): documents under one share its settings. */
  setFolders(uris: readonly string[]): void {
    this.folders = uris.map((uri) => (uri.endsWith('/') ? uri : `${uri}/`)).sort((a, b) => b.length - a.length);
  }

  /** The settings for one document: its scope's answer once it came, the window's meanwhile (and a question is sent). */
  forDocument(uri: string): EngineConfig {
    return this.answerFor(uri)?.config ?? this.config;
  }

  /** When to lint one document and how to hold its absence rules: its scope's answer once it came, the window's meanwhile. */
  holdFor(uri: string): HoldSettings {
    return this.answerFor(uri)?.hold ?? this.hold;
  }

  private answerFor(uri: string): { config: EngineConfig; hold: HoldSettings } | undefined {
    if (!this.pullsPerDocument) return undefined;
    const scope = this.scopeOf(uri);
    const answered = this.scoped.get(scope);
    if (answered) return answered;
    if (!this.scopeDocuments.has(scope)) {
      this.scopeDocuments.set(scope, uri);
      void this.pullScope(scope);
    }
    return undefined;
  }

  /** Takes settings the client sent (its `inviteLint` section): anything invalid is reported once and replaced by its default. */
  apply(raw: unknown): void {
    // Pushed settings are newer than every scope's answer: documents use them until the pull that follows answers,
    // rather than a scope's stale answer (a setting just changed would otherwise apply only once that pull answers).
    const stale = this.scoped.size > 0;
    this.scoped.clear();
    const change = this.takeWindow(raw);
    // Dropping the scopes' answers may change any of a document's settings.
    this.report(stale ? { ...change, engine: true, hold: true } : change);
  }

  /**
   * Asks the client for its settings: the window's and every scope's asked before, in one request, applied together
   * (one re-lint). Linting never waits for the answer; a client that has not answered within the timeout is told
   * about in the log, and its answer still applies whenever it comes, unless a newer question was asked.
   */
  async pull(): Promise<void> {
    const pull = ++this.pulls;
    const scopes = [...this.scopeDocuments.keys()];
    const question = ++this.questions;
    for (const scope of scopes) this.asked.set(scope, question);
    const answers = await this.ask([undefined, ...scopes.map((scope) => this.scopeDocuments.get(scope))]);
    if (answers === NO_ANSWER) return;
    const change = pull === this.pulls ? this.takeWindow(answers[0]) : { engine: false, hold: false, workspaceDiagnostics: false };
    for (const [index, scope] of scopes.entries()) {
      const scoped = this.takeScoped(scope, question, answers[index + 1]);
      change.engine ||= scoped.engine;
      change.hold ||= scoped.hold;
    }
    this.report(change);
  }

  private async pullScope(scope: string): Promise<void> {
    const question = ++this.questions;
    this.asked.set(scope, question);
    const answers = await this.ask([this.scopeDocuments.get(scope)]);
    if (answers === NO_ANSWER) return;
    this.report({ ...this.takeScoped(scope, question, answers[0]), workspaceDiagnostics: false });
  }

  /** Results linted with older engine settings are recomputed; a change to the typing hold alone drops none. */
  private report(change: SettingsChange): void {
    if (change.engine) this.generation++;
    if (change.engine || change.hold || change.workspaceDiagnostics) this.changed(change);
  }

  /** Takes the window's settings (pushed, or answered without a scope); says what changed. */
  private takeWindow(raw: unknown): SettingsChange {
    const config = this.validated(raw, '');
    const hold = holdSettingsFrom(raw);
    const workspaceDiagnostics = (raw as { workspaceDiagnostics?: unknown } | null | undefined)?.workspaceDiagnostics !== false;
    const change = { engine: !sameConfig(config, this.config), hold: JSON.stringify(hold) !== JSON.stringify(this.hold), workspaceDiagnostics: workspaceDiagnostics !== this.workspaceDiagnostics };
    Object.assign(this, { config, hold, workspaceDiagnostics });
    return change;
  }

  /** Records a scope's answer unless a newer question about it was asked; says which of its settings changed. */
  private takeScoped(scope: string, question: number, raw: unknown): Pick<SettingsChange, 'engine' | 'hold'> {
    if (this.asked.get(scope) !== question) return { engine: false, hold: false };
    const answer = { config: this.validated(raw, scope), hold: holdSettingsFrom(raw) };
    const before = this.scoped.get(scope) ?? { config: this.config, hold: this.hold };
    this.scoped.set(scope, answer);
    return { engine: !sameConfig(answer.config, before.config), hold: JSON.stringify(answer.hold) !== JSON.stringify(before.hold) };
  }

  /** One `workspace/configuration` request: an item per scope (undefined: the window's settings). */
  private async ask(scopeUris: (string | undefined)[]): Promise<unknown[] | typeof NO_ANSWER> {
    const timer = setTimeout(
      () => this.connection.console.warn(`Could not read the inviteLint settings (the client did not answer workspace/configuration within ${this.timeoutMs / 1000} s); linting with the last known settings.`),
      this.timeoutMs,
    );
    const items = scopeUris.map((scopeUri) => (scopeUri === undefined ? { section: 'inviteLint' } : { scopeUri, section: 'inviteLint' }));
    const answer = await this.connection.workspace.getConfiguration(items).then<unknown[] | typeof NO_ANSWER, typeof NO_ANSWER>(
      (answers: unknown) => (Array.isArray(answers) && answers.length === items.length ? answers : NO_ANSWER),
      (error: Error) => {
        this.connection.console.warn(`Could not read the inviteLint settings (${error.message}); linting with the last known settings.`);
        return NO_ANSWER;
      },
    );
    clearTimeout(timer);
    return answer;
  }

  /** The settings as the engine takes them; a problem is shown once, and not again for another scope showing it. */
  private validated(raw: unknown, scope: string): EngineConfig {
    const { config, problems } = configFromSettings(raw, RULE_NAMES);
    const message = describeProblems(problems);
    const shownElsewhere = [...this.shownProblems].some(([other, shown]) => other !== scope && shown === message);
    // A notification, not window/showMessageRequest: every client shows it and none has to answer.
    if (message && message !== this.shownProblems.get(scope) && !shownElsewhere) void this.connection.sendNotification(ShowMessageNotification.type, { type: MessageType.Warning, message: `invite-lint: ${message}` });
    this.shownProblems.set(scope, message);
    return config;
  }

  private scopeOf(uri: string): string {
    return this.folders.find((folder) => uri.startsWith(folder)) ?? uri;
  }
}

function sameConfig(a: EngineConfig, b: EngineConfig): boolean {
  return JSON.stringify(a) === JSON.stringify(b);
}

/** Problems as one bounded message: the first few, each cut to a sane length, and how many more there are. */
export function describeProblems(problems: readonly string[]): string {
  const shown = problems.slice(0, PROBLEMS_SHOWN).map((problem) => (problem.length > PROBLEM_LENGTH ? `${problem.slice(0, PROBLEM_LENGTH)}…` : problem));
  const more = problems.length - shown.length;
  return [...shown, ...(more > 0 ? [`(${more.toLocaleString('en-US')} more problem${more === 1 ? '' : 's'} in the inviteLint settings.)`] : [])].join(' ');
}
