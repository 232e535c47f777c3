// A small logistic regression per absence rule over the named features of `features.ts`, trained on the blind
// corpus's train split at build time (`npm run train`) and shipped as data (`weights.json`). Training is plain batch
// gradient descent from zero weights with a fixed number of steps, so retraining on the same drafts reproduces the
// file exactly (a test checks it).
import type { Draft } from '../draft/draft';
import { FEATURE_NAMES, hasContextPhrase, readDraft, type DraftReading, type FeatureName } from './features';
import weights from './weights.json';

/**
 * Rules a model was fitted for. Only no-shared-context ships one (`SHIPPED`): for no-reason and no-self-intro the
 * hand-written cues did better on dev (`npm run eval:nlp` prints the comparison), so they keep those.
 */
export const LEARNED_RULES = ['no-shared-context', 'no-reason', 'no-self-intro'] as const;
export type LearnedRule = (typeof LEARNED_RULES)[number];
export const SHIPPED = ['no-shared-context'] as const;
export type ShippedRule = (typeof SHIPPED)[number];

export interface RuleModel {
  features: FeatureName[];
  weights: number[];
  bias: number;
  /** The probability from which the rule fires: the one with the best F0.5 on the training drafts. */
  threshold: number;
}
export type Models = Record<ShippedRule, RuleModel>;

export const MODELS = weights as unknown as Models;

/** The probability the rule's problem is there, from the draft's features. */
export function probability(model: RuleModel, reading: DraftReading): number {
  let z = model.bias;
  for (let i = 0; i < model.features.length; i++) z += model.weights[i] * reading.features[model.features[i]];
  return 1 / (1 + Math.exp(-z));
}

/** The draft's reading, computed once per draft however many learned rules ask. */
export function readingOf(draft: Draft): DraftReading {
  return draft.memo(readingOf, readDraft);
}

export function predicts(rule: ShippedRule, draft: Draft): boolean {
  const model = MODELS[rule];
  return probability(model, readingOf(draft)) >= model.threshold;
}

export interface Example {
  vector: number[];
  label: 0 | 1;
}

const STEPS = 4000;
const RATE = 0.5;
const L2 = 0.002;

/** Fits one model over the named features (columns of FEATURE_NAMES in each example's vector). */
export function train(examples: Example[], features: readonly FeatureName[] = FEATURE_NAMES): RuleModel {
  const fitted = fitLogistic(examples, features.map((name) => FEATURE_NAMES.indexOf(name)));
  return { features: [...features], ...fitted };
}

/**
 * Logistic regression over the given columns: deterministic (zero start, fixed steps, fixed order), L2-regularised,
 * weights rounded to 1e-4; the threshold is then picked on the same examples.
 */
export function fitLogistic(examples: Example[], columns: number[]): { weights: number[]; bias: number; threshold: number } {
  const w = new Array<number>(columns.length).fill(0);
  let b = 0;
  const n = examples.length || 1;
  for (let step = 0; step < STEPS; step++) {
    const gradient = new Array<number>(columns.length).fill(0);
    let gradientBias = 0;
    for (const example of examples) {
      let z = b;
      for (let j = 0; j < columns.length; j++) z += w[j] * example.vector[columns[j]];
      const error = 1 / (1 + Math.exp(-z)) - example.label;
      for (let j = 0; j < columns.length; j++) gradient[j] += error * example.vector[columns[j]];
      gradientBias += error;
    }
    for (let j = 0; j < columns.length; j++) w[j] -= RATE * (gradient[j] / n + L2 * w[j]);
    b -= RATE * (gradientBias / n);
  }
  const round = (value: number) => Math.round(value * 1e4) / 1e4;
  const weights = w.map(round);
  const bias = round(b);
  const scores = examples.map((example) => {
    let z = bias;
    for (let j = 0; j < columns.length; j++) z += weights[j] * example.vector[columns[j]];
    return { p: 1 / (1 + Math.exp(-z)), label: example.label };
  });
  return { weights, bias, threshold: bestThreshold(scores) };
}

/**
 * The threshold (in steps of 0.05) with the best F0.5 on the examples, which weighs precision twice as much as recall:
 * nagging a good note costs more trust than missing a weak one. Ties go to the higher, the quieter rule.
 */
function bestThreshold(scores: { p: number; label: 0 | 1 }[]): number {
  let best = { threshold: 0.5, f: -1 };
  for (let step = 19; step >= 2; step--) {
    const threshold = step / 20;
    let tp = 0;
    let fp = 0;
    let fn = 0;
    for (const { p, label } of scores) {
      if (p >= threshold && label) tp++;
      else if (p >= threshold) fp++;
      else if (label) fn++;
    }
    const f = (1.25 * tp) / (1.25 * tp + 0.25 * fn + fp || 1);
    if (f > best.f) best = { threshold, f };
  }
  return best.threshold;
}

/** The features each rule's model reads: the few that bear on its question, so 300 drafts can fit them. */
export const RULE_FEATURES: Record<LearnedRule, FeatureName[]> = {
  'no-shared-context': [
    'namesAnything', 'nameWithThem', 'nameWithUs', 'namesOnlyAboutSender', 'theirWork', 'quotedTitle', 'knowsSignal',
    'knowsThem', 'cliche', 'skillList', 'short', 'firstMessage', 'senderBusiness', 'nameNearSender', 'congratulates',
  ],
  'no-reason': [
    'reasonPhrase', 'theirWork', 'questionAboutThem', 'otherQuestion', 'lifeQuestion', 'offer', 'connectOnly', 'cliche', 'knowsThem',
    'knowsSignal', 'skillList', 'contextPhrase', 'nameWithThem', 'short', 'firstMessage',
  ],
  'no-self-intro': ['selfIntro', 'stranger', 'noRelationshipGiven', 'knowsSignal', 'knowsThem', 'short', 'contextPhrase', 'senderShare'],
};

/**
 * Drafts a rule judges at all: some prose, no placeholders left (a template is judged once filled); for
 * no-self-intro not someone the front matter says the sender knows; for no-shared-context no context phrase.
 */
export function inScope(rule: LearnedRule, draft: Draft): boolean {
  if (draft.sentences.length === 0 || draft.placeholders.length > 0) return false;
  if (rule === 'no-self-intro') return !draft.meta.relationship || draft.meta.relationship === 'stranger';
  // A context phrase ("we met", "your talk", "a fellow ...") settles no-shared-context without the model.
  if (rule === 'no-shared-context') return !hasContextPhrase(draft);
  return true;
}
