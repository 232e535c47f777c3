export { CONFIG_KEYS, MAX_PHRASE_WORDS, PACKAGE_JSON_KEY, readConfigFile, type ConfigProblem, type Source, type Sourced } from './configFile';
export { globMatcher } from './glob';
export {
  CONFIG_FILE_NAMES,
  NO_PROJECT_CONFIG,
  ProjectConfigs,
  ignoringGlob,
  matchingOverrides,
  relativePath,
  resolveConfig,
  type ConfigHost,
  type PathApi,
  type ProjectConfig,
  type ResolvedConfig,
  type SettingsLayer,
  type ValueSource,
} from './loader';
export type { FlagPhrase, PhraseConfig } from './phrases';
export { addPhraseEdit, phraseFromSelection, type ConfigFileEdit, type ConfigFileTarget, type PhraseList } from './configEdit';
