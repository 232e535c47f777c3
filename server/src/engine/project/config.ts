import type { PhraseConfig } from './phrases';
import type { Account, SeveritySetting } from '../types';
import { ACCOUNTS, SEVERITY_SETTINGS, describeChoices, isOneOf } from '../vocabulary';

export interface EngineConfig {
  account: Account;
  /** Per-rule severity chosen by the user; rules not named keep their defaults. */
  rules: Record<string, SeveritySetting>;
  /** The project config's team phrase lists, for generic-phrase; settings have none. */
  phrases?: PhraseConfig;
  /** Days after `accepted` before follow-up-due reports; unset, the workspace's (3 unless the CLI says otherwise). */
  followUpDays?: number;
}

export const DEFAULT_CONFIG: EngineConfig = { account: 'free', rules: {} };

export interface ConfigResult {
  config: EngineConfig;
  /** One sentence per setting that was ignored, saying what was used instead. */
  problems: string[];
}

/**
 * The one place user settings (VS Code's `inviteLint.*`, CLI flags) become the engine's config.
 * Anything invalid is reported and replaced by its default, never thrown.
 */
export function configFromSettings(settings: unknown, ruleNames: readonly string[]): ConfigResult {
  const problems: string[] = [];
  const config: EngineConfig = { account: DEFAULT_CONFIG.account, rules: {} };
  if (settings === null || settings === undefined) return { config, problems };
  if (typeof settings !== 'object' || Array.isArray(settings)) {
    problems.push(`inviteLint settings must be an object; using the defaults.`);
    return { config, problems };
  }
  const { account, rules, followUpDays } = settings as { account?: unknown; rules?: unknown; followUpDays?: unknown };

  if (account !== undefined && account !== null) {
    if (isOneOf(ACCOUNTS, account)) config.account = account;
    else problems.push(`inviteLint.account must be one of ${describeChoices(ACCOUNTS)}, not ${describeSetting(account)}; using "${config.account}".`);
  }

  if (rules !== undefined && rules !== null) {
    if (typeof rules !== 'object' || Array.isArray(rules)) {
      problems.push(`inviteLint.rules must map rule names to severities, e.g. {"generic-phrase": "info"}; using the defaults.`);
    } else {
      for (const [name, severity] of Object.entries(rules)) {
        if (!ruleNames.includes(name)) {
          problems.push(`inviteLint.rules names an unknown rule "${name}"; it is ignored. Known rules: ${ruleNames.join(', ')}.`);
        } else if (!isOneOf(SEVERITY_SETTINGS, severity)) {
          problems.push(`inviteLint.rules["${name}"] must be one of ${describeChoices(SEVERITY_SETTINGS)}, not ${describeSetting(severity)}; using the rule's default.`);
        } else {
          config.rules[name] = severity;
        }
      }
    }
  }
  if (followUpDays !== undefined && followUpDays !== null) {
    if (isFollowUpDays(followUpDays)) config.followUpDays = followUpDays;
    else problems.push(`inviteLint.followUpDays must be a whole number of days, 0 or more, not ${describeSetting(followUpDays)}; using ${DEFAULT_FOLLOW_UP_DAYS}.`);
  }
  return { config, problems };
}

/** Days after `accepted` before follow-up-due reports, unless the settings or the config file say otherwise. */
export const DEFAULT_FOLLOW_UP_DAYS = 3;
/** A follow-up a decade late is no follow-up: the setting stops there, as the CLI's flag does. */
export const MAX_FOLLOW_UP_DAYS = 9999;

export function isFollowUpDays(value: unknown): value is number {
  return typeof value === 'number' && Number.isInteger(value) && value >= 0 && value <= MAX_FOLLOW_UP_DAYS;
}

/** A setting's value for a message: short, and safe on any shape (deeply nested values make JSON.stringify throw). */
function describeSetting(value: unknown): string {
  if (typeof value === 'string') return JSON.stringify(value.length > 80 ? `${value.slice(0, 80)}…` : value);
  if (Array.isArray(value)) return 'a list';
  if (value !== null && typeof value === 'object') return 'an object';
  return String(value);
}
