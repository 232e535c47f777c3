import { MessageType, ShowMessageNotification, type Connection } from 'vscode-languageserver';
import { DEFAULT_CONFIG, RULE_NAMES, configFromSettings, type EngineConfig } from '../engine';

/** How long the server waits for the answer to `workspace/configuration` before it goes on with the settings it has. */
export const CONFIGURATION_TIMEOUT_MS = 3000;
/** A settings warning lists this many problems and counts the rest, however many the settings hold. */
const PROBLEMS_SHOWN = 3;
const PROBLEM_LENGTH = 500;

const NO_ANSWER = Symbol('no answer');

/**
 * The settings the server lints with. Linting never waits for them: it uses the last known settings (the defaults,
 * `initializationOptions.settings`, or what the client pushed or answered last), and re-lints when they change.
 */
export class Settings {
  config: EngineConfig = DEFAULT_CONFIG;
  /** Bumped whenever `config` changes, so that results linted with older settings are recomputed. */
  generation = 0;
  private shownProblems = '';
  private pulls = 0;

  constructor(
    private readonly connection: Connection,
    private readonly timeoutMs: number,
    private readonly changed: () => void,
  ) {}

  /** Takes settings the client sent (its `inviteLint` section): anything invalid is reported once and replaced by its default. */
  apply(raw: unknown): void {
    const { config, problems } = configFromSettings(raw, RULE_NAMES);
    const message = describeProblems(problems);
    // A notification, not window/showMessageRequest: every client shows it and none has to answer.
    if (message && message !== this.shownProblems) void this.connection.sendNotification(ShowMessageNotification.type, { type: MessageType.Warning, message: `invite-lint: ${message}` });
    this.shownProblems = message;
    if (JSON.stringify(config) === JSON.stringify(this.config)) return;
    this.config = config;
    this.generation++;
    this.changed();
  }

  /**
   * Asks the client for its settings. Linting never waits for the answer; a client that has not answered within the
   * timeout is told about in the log, and its answer still applies whenever it comes, unless a newer question was asked.
   */
  async pull(): Promise<void> {
    const pull = ++this.pulls;
    const timer = setTimeout(
      () => this.connection.console.warn(`Could not read the inviteLint settings (the client did not answer workspace/configuration within ${this.timeoutMs / 1000} s); linting with the last known settings.`),
      this.timeoutMs,
    );
    const answer = await this.connection.workspace.getConfiguration('inviteLint').catch((error: Error) => {
      this.connection.console.warn(`Could not read the inviteLint settings (${error.message}); linting with the last known settings.`);
      return NO_ANSWER;
    });
    clearTimeout(timer);
    if (pull === this.pulls && answer !== NO_ANSWER) this.apply(answer);
  }
}

/** Problems as one bounded message: the first few, each cut to a sane length, and how many more there are. */
export function describeProblems(problems: readonly string[]): string {
  const shown = problems.slice(0, PROBLEMS_SHOWN).map((problem) => (problem.length > PROBLEM_LENGTH ? `${problem.slice(0, PROBLEM_LENGTH)}…` : problem));
  const more = problems.length - shown.length;
  return [...shown, ...(more > 0 ? [`(${more.toLocaleString('en-US')} more problem${more === 1 ? '' : 's'} in the inviteLint settings.)`] : [])].join(' ');
}
