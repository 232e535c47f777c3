// The parts of the language server that the first diagnostics do not need, loaded on first use (loadOnDemand.ts):
// completion, hover, code actions with the config-writing fixes, the code lens, and the walk of the workspace's drafts.
export { completionItems } from './completion';
export { hoverAt } from './hover';
export { codeActionsFor } from './codeActions';
export { createConfigFile } from './configFixes';
export { readinessLensOf } from './readinessLens';
export { inputsFor } from '../files/inputs';
export { GitIgnores, isInside } from '../files/gitignore';
