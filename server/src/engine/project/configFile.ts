// Reads one project config file (`.invite-lint.jsonc`, `.invite-lint.json` or the `"invite-lint"` key of a
// package.json) into checked values, each with the place it was written. Pure: the caller supplies the text.
import { parseTree, printParseErrorCode, type Node, type ParseError } from 'jsonc-parser/lib/esm/main.js';
import { LineIndex } from '../text/positions';
import { RULE_NAMES } from '../rules';
import type { Account, SeveritySetting } from '../types';
import { ACCOUNTS, SEVERITY_SETTINGS, describeChoices, isOneOf } from '../vocabulary';
import { closestMatch } from '../assist/frontMatterKeys';
import { DEFAULT_FOLLOW_UP_DAYS, MAX_FOLLOW_UP_DAYS, isFollowUpDays } from './config';
import { phraseWordCount, type FlagPhrase } from './phrases';

/** Where a value was written: the file and its 1-based line and column, as `--print-config` prints it. */
export interface Source {
  file: string;
  line: number;
  column: number;
  /** Offsets of the value in the file's text, for an editor diagnostic. */
  start: number;
  end: number;
}

export interface Sourced<T> {
  value: T;
  source: Source;
}

/** A mistake in a config file, at an exact place (offsets into the file's text, for an editor diagnostic). */
export interface ConfigProblem extends Source {
  message: string;
  severity: 'error' | 'warning';
}

export interface OverrideEntry {
  files: string[];
  rules: Record<string, Sourced<SeveritySetting>>;
}

/** One file's checked values; anything invalid is left out and described in `problems`. */
export interface ConfigFileValues {
  file: string;
  account?: Sourced<Account>;
  followUpDays?: Sourced<number>;
  rules: Record<string, Sourced<SeveritySetting>>;
  flag: Sourced<FlagPhrase>[];
  allow: Sourced<string>[];
  ignores: Sourced<string>[];
  extends?: Sourced<string>;
  overrides: Sourced<OverrideEntry>[];
  problems: ConfigProblem[];
}

export const CONFIG_KEYS = ['account', 'followUpDays', 'rules', 'phrases', 'ignores', 'extends', 'overrides'] as const;
/** A config file is a few hundred bytes; past this it is refused rather than parsed. */
export const MAX_CONFIG_BYTES = 1_048_576;
const MAX_STARS_PER_SEGMENT = 3;
/** Phrases longer than this are refused: the matcher's cost per word grows with the longest phrase. */
export const MAX_PHRASE_WORDS = 16;

/** The key a package.json holds its invite-lint config under. */
export const PACKAGE_JSON_KEY = 'invite-lint';

export function isPackageJson(file: string): boolean {
  return /(^|[\\/])package\.json$/.test(file);
}

/**
 * Parses and checks one config file. A syntax error makes the whole file count for nothing (the defaults apply) and
 * is reported with its line and column; a wrong value is left out and reported; nothing throws.
 */
export function readConfigFile(file: string, text: string): ConfigFileValues {
  const values: ConfigFileValues = { file, rules: {}, flag: [], allow: [], ignores: [], overrides: [], problems: [] };
  const lines = new LineIndex(text);
  const at = (start: number, end: number): Source & { start: number; end: number } => {
    const position = lines.positionAt(start);
    return { file, line: position.line + 1, column: position.character + 1, start, end };
  };
  const problem = (node: { offset: number; length: number }, message: string, severity: 'error' | 'warning' = 'error') =>
    values.problems.push({ ...at(node.offset, node.offset + node.length), message, severity });
  const sourced = <T>(value: T, node: Node): Sourced<T> => ({ value, source: at(node.offset, node.offset + node.length) });

  if (text.length > MAX_CONFIG_BYTES) {
    problem({ offset: 0, length: 0 }, `this config file is over 1 MiB; it is not read and the defaults apply.`);
    return values;
  }
  if (nestedTooDeep(text)) {
    problem({ offset: 0, length: 0 }, `this config file is nested more than ${MAX_CONFIG_DEPTH} levels deep; it is not read and the defaults apply.`);
    return values;
  }
  const errors: ParseError[] = [];
  let root = parseTree(text, errors, { allowTrailingComma: true, disallowComments: false, allowEmptyContent: true });
  if (errors.length > 0) {
    for (const error of errors.slice(0, 5)) problem(error, `${describeParseError(printParseErrorCode(error.error))}; this file is ignored and the defaults apply.`);
    return values;
  }
  if (isPackageJson(file)) {
    root = root && property(root, PACKAGE_JSON_KEY);
    if (!root) return values;
  }
  if (!root) return values;
  if (root.type !== 'object') {
    problem(root, `the config must be an object, e.g. { "rules": { "generic-phrase": "info" } }; the defaults apply.`);
    return values;
  }

  for (const entry of root.children ?? []) {
    const [keyNode, valueNode] = entry.children ?? [];
    if (!keyNode || !valueNode) continue;
    const key = keyNode.value as string;
    switch (key) {
      case 'account':
        if (isOneOf(ACCOUNTS, valueNode.value)) values.account = sourced(valueNode.value, valueNode);
        else problem(valueNode, `"account" must be one of ${describeChoices(ACCOUNTS)}; it is ignored.`);
        break;
      case 'followUpDays':
        if (isFollowUpDays(valueNode.value)) values.followUpDays = sourced(valueNode.value, valueNode);
        else problem(valueNode, `"followUpDays" must be a whole number of days from 0 to ${MAX_FOLLOW_UP_DAYS}, e.g. 5; it is ignored (default ${DEFAULT_FOLLOW_UP_DAYS}).`);
        break;
      case 'rules':
        values.rules = readRules(valueNode, 'rules');
        break;
      case 'phrases':
        readPhrases(valueNode);
        break;
      case 'ignores':
        values.ignores = readStrings(valueNode, 'ignores', (glob, item) => checkGlob(glob, item, 'ignores'));
        break;
      case 'extends':
        if (valueNode.type === 'string' && valueNode.value.trim() !== '') values.extends = sourced(valueNode.value, valueNode);
        else problem(valueNode, `"extends" must be the relative path of another config file, e.g. "../.invite-lint.jsonc"; it is ignored.`);
        break;
      case 'overrides':
        readOverrides(valueNode);
        break;
      default: {
        const guess = closestMatch(key, [...CONFIG_KEYS]);
        problem(keyNode, `unknown key "${key}"${guess ? `; did you mean "${guess}"?` : ''} Known keys: ${CONFIG_KEYS.join(', ')}.`, 'warning');
      }
    }
  }
  return values;

  function readRules(node: Node, where: string): Record<string, Sourced<SeveritySetting>> {
    const rules: Record<string, Sourced<SeveritySetting>> = {};
    if (node.type !== 'object') {
      problem(node, `"${where}" must map rule names to severities, e.g. { "generic-phrase": "info" }; it is ignored.`);
      return rules;
    }
    for (const entry of node.children ?? []) {
      const [keyNode, valueNode] = entry.children ?? [];
      if (!keyNode || !valueNode) continue;
      const name = keyNode.value as string;
      if (!RULE_NAMES.includes(name)) {
        const guess = closestMatch(name, [...RULE_NAMES]);
        problem(keyNode, `unknown rule "${name}"${guess ? `; did you mean "${guess}"?` : ''} It is ignored.`, 'warning');
      } else if (!isOneOf(SEVERITY_SETTINGS, valueNode.value)) {
        problem(valueNode, `the severity of "${name}" must be one of ${describeChoices(SEVERITY_SETTINGS)}; the rule keeps its default.`);
      } else {
        rules[name] = sourced(valueNode.value, valueNode);
      }
    }
    return rules;
  }

  function readStrings(node: Node, where: string, check?: (text: string, item: Node) => boolean): Sourced<string>[] {
    if (node.type !== 'array') {
      problem(node, `"${where}" must be a list of strings; it is ignored.`);
      return [];
    }
    const strings: Sourced<string>[] = [];
    for (const item of node.children ?? []) {
      if (item.type !== 'string' || item.value.trim() === '') problem(item, `each entry of "${where}" must be a non-empty string; this one is ignored.`);
      else if (!check || check(item.value, item)) strings.push(sourced(item.value, item));
    }
    return strings;
  }

  /** Glob matchers backtrack on many `*` in one path segment (polynomial in the name's length): a few suffice. */
  function checkGlob(glob: string, node: Node, where: string): boolean {
    const busiest = Math.max(...glob.split('/').map((segment) => (segment === '**' ? 0 : segment.split('*').length - 1)));
    if (busiest > MAX_STARS_PER_SEGMENT) problem(node, `"${glob}" in "${where}" has ${busiest} wildcards in one part of the path; at most ${MAX_STARS_PER_SEGMENT} are allowed, so it is ignored.`);
    return busiest <= MAX_STARS_PER_SEGMENT;
  }

  function checkPhrase(text: string, node: Node, where: string): boolean {
    const count = phraseWordCount(text);
    if (count === 0) problem(node, `this entry of "${where}" has no words; it is ignored.`);
    else if (count > MAX_PHRASE_WORDS) problem(node, `this entry of "${where}" has ${count} words; phrases are at most ${MAX_PHRASE_WORDS} words, so it is ignored.`);
    return count > 0 && count <= MAX_PHRASE_WORDS;
  }

  function readPhrases(node: Node): void {
    if (node.type !== 'object') {
      problem(node, `"phrases" must be an object: { "flag": [...], "allow": [...] }; it is ignored.`);
      return;
    }
    for (const entry of node.children ?? []) {
      const [keyNode, valueNode] = entry.children ?? [];
      if (!keyNode || !valueNode) continue;
      if (keyNode.value === 'allow') {
        values.allow = readStrings(valueNode, 'phrases.allow', (text, item) => checkPhrase(text, item, 'phrases.allow'));
      } else if (keyNode.value === 'flag') {
        if (valueNode.type !== 'array') {
          problem(valueNode, `"phrases.flag" must be a list of phrases or { "phrase": ..., "message": ... } objects; it is ignored.`);
          continue;
        }
        for (const item of valueNode.children ?? []) {
          const flag = readFlag(item);
          if (flag && checkPhrase(flag.phrase, item, 'phrases.flag')) values.flag.push(sourced(flag, item));
        }
      } else {
        problem(keyNode, `unknown key "phrases.${keyNode.value}"; "phrases" holds "flag" and "allow".`, 'warning');
      }
    }
  }

  function readFlag(item: Node): FlagPhrase | undefined {
    if (item.type === 'string') return { phrase: item.value };
    const phrase = item.type === 'object' ? property(item, 'phrase') : undefined;
    const message = item.type === 'object' ? property(item, 'message') : undefined;
    if (phrase?.type !== 'string' || (message && message.type !== 'string')) {
      problem(item, `each entry of "phrases.flag" must be a phrase or { "phrase": "...", "message": "..." }; this one is ignored.`);
      return undefined;
    }
    return message ? { phrase: phrase.value, message: message.value } : { phrase: phrase.value };
  }

  function readOverrides(node: Node): void {
    if (node.type !== 'array') {
      problem(node, `"overrides" must be a list of { "files": "glob", "rules": {...} }; it is ignored.`);
      return;
    }
    for (const item of node.children ?? []) {
      const files = item.type === 'object' ? property(item, 'files') : undefined;
      const rules = item.type === 'object' ? property(item, 'rules') : undefined;
      const globs = files?.type === 'string' ? [files.value as string] : files?.type === 'array' ? (files.children ?? []).map((glob) => glob.value) : [];
      if (globs.length === 0 || globs.some((glob) => typeof glob !== 'string' || glob.trim() === '') || !rules) {
        problem(item, `each override must be { "files": "glob" or ["glob", ...], "rules": {...} }; this one is ignored.`);
        continue;
      }
      if (!globs.every((glob) => checkGlob(glob, files!, 'overrides[].files'))) continue;
      values.overrides.push(sourced({ files: globs, rules: readRules(rules, 'overrides[].rules') }, item));
    }
  }

}

/** Whether a package.json holds an invite-lint config (one without the key is no config file). */
export function hasPackageJsonConfig(text: string): boolean {
  if (text.length > MAX_CONFIG_BYTES || nestedTooDeep(text)) return false;
  const root = parseTree(text, [], { allowTrailingComma: true });
  return root?.type === 'object' && property(root, PACKAGE_JSON_KEY) !== undefined;
}

function property(object: Node, name: string): Node | undefined {
  for (const entry of object.children ?? []) {
    const [keyNode, valueNode] = entry.children ?? [];
    if (keyNode?.value === name) return valueNode;
  }
  return undefined;
}

function describeParseError(code: string): string {
  const words = code.replace(/([a-z])([A-Z])/g, '$1 $2').toLowerCase();
  return `invalid JSON: ${words}`;
}

/** A config is a few levels deep; the JSONC parser recurses per level, so a hostile file must not reach it. */
const MAX_CONFIG_DEPTH = 64;

/** Whether brackets outside strings and comments nest deeper than MAX_CONFIG_DEPTH, in one pass. */
function nestedTooDeep(text: string): boolean {
  let depth = 0;
  let inString = false;
  for (let i = 0; i < text.length; i++) {
    const char = text[i];
    if (inString) {
      if (char === '\\') i++;
      else if (char === '"') inString = false;
    } else if (char === '"') inString = true;
    else if (char === '/' && text[i + 1] === '/') i = lineEnd(text, i);
    else if (char === '/' && text[i + 1] === '*') i = text.indexOf('*/', i + 2) < 0 ? text.length : text.indexOf('*/', i + 2) + 1;
    else if (char === '{' || char === '[') {
      if (++depth > MAX_CONFIG_DEPTH) return true;
    } else if ((char === '}' || char === ']') && depth > 0) depth--;
  }
  return false;
}

function lineEnd(text: string, from: number): number {
  const end = text.indexOf('\n', from);
  return end < 0 ? text.length : end;
}
