// `npm run eval:nlp`: measures the NLP libraries issue 7 names (wink-nlp with wink-eng-lite-web-model, compromise)
// against the hand-written signals, for the absence rules: per-rule precision and recall on dev for the engine's
// rule, a logistic regression over the hand-written features, and the same regression with each library's features
// added (all fitted on train only); time per draft in process; bytes added to a minified bundle; whether it bundles for
// a browser worker (no Node built-ins). Dev drafts are read only to score; nothing here prints them.
import { build } from 'esbuild';
import { join } from 'node:path';
import { performance } from 'node:perf_hooks';
import nlp from 'compromise';
import winkNLP from 'wink-nlp';
import winkModel from 'wink-eng-lite-web-model';
import { DEFAULT_CONFIG, lint } from '../../server/src/engine';
import { Draft } from '../../server/src/engine/draft';
import { FEATURE_NAMES, featureVector, readDraft } from '../../server/src/engine/language/features';
import { LEARNED_RULES, RULE_FEATURES, fitLogistic, inScope, type Example, type LearnedRule } from '../../server/src/engine/language/model';
import { blindDir, loadCorpus, type CorpusDraft } from '../support/corpus';
import { trainingDrafts } from '../support/language';
import { repoRoot } from '../support/paths';

/** What a library may read of a draft: its first 4 KB of prose, so its cost stays bounded on any input. */
const LIBRARY_INPUT = 4096;
const LIBRARY_FEATURES = ['libEntity', 'libEntityWithThem', 'libEntityOnlyAboutSender', 'libDate', 'libQuestion', 'libQuotation'] as const;
type LibraryFeatures = Record<(typeof LIBRARY_FEATURES)[number], number>;

interface Library {
  name: string;
  read(text: string, recipient: Set<string>): LibraryFeatures;
}

const SECOND = /\b(?:you|your|you're|yours|we|our|us)\b/i;
const SENDER = /^\s*(?:I|I'm|I’m|Im|My|I've|I’ve)\b/;

function derive(sentences: { text: string; entities: string[]; dates: number }[], recipient: Set<string>): LibraryFeatures {
  let entity = false;
  let withThem = false;
  let aboutSender = false;
  let other = false;
  let date = false;
  let question = false;
  let quotation = false;
  for (const sentence of sentences) {
    const entities = sentence.entities.map((e) => e.replace(/[^\p{L}\p{N}' -]/gu, '').trim()).filter((e) => e && !recipient.has(e.split(' ')[0].toLowerCase()));
    if (sentence.dates > 0) date = true;
    if (sentence.text.trimEnd().endsWith('?')) question = true;
    if (/["“][^"”]{3,}["”]/.test(sentence.text)) quotation = true;
    if (entities.length === 0) continue;
    entity = true;
    if (SECOND.test(sentence.text)) withThem = true;
    else if (SENDER.test(sentence.text)) aboutSender = true;
    else other = true;
  }
  const yes = (value: boolean) => (value ? 1 : 0);
  return {
    libEntity: yes(entity),
    libEntityWithThem: yes(withThem),
    libEntityOnlyAboutSender: yes(aboutSender && !withThem && !other),
    libDate: yes(date),
    libQuestion: yes(question),
    libQuotation: yes(quotation),
  };
}

const compromiseLibrary: Library = {
  name: 'compromise',
  read(text, recipient) {
    const sentences: { text: string; entities: string[]; dates: number }[] = [];
    nlp(text)
      .sentences()
      .forEach((view) => {
        const one = view as unknown as ReturnType<typeof nlp>;
        const entities = [...one.people().out('array'), ...one.places().out('array'), ...one.organizations().out('array')] as string[];
        sentences.push({ text: one.text(), entities, dates: one.match('#Date').length });
      });
    return derive(sentences, recipient);
  },
};

const wink = winkNLP(winkModel);
const its = wink.its;
const winkLibrary: Library = {
  name: 'wink-nlp',
  read(text, recipient) {
    const doc = wink.readDoc(text);
    const sentences: { text: string; entities: string[]; dates: number }[] = [];
    doc.sentences().each((sentence: ReturnType<typeof doc.sentences> extends { itemAt(i: number): infer S } ? S : never) => {
      // The lite model's entities are dates, times, numbers, e-mails and the like; names come from its PROPN tags.
      const tokens = sentence.tokens().out() as string[];
      const tags = sentence.tokens().out(its.pos) as string[];
      const names = tokens.filter((token, i) => tags[i] === 'PROPN' && i > 0 && /^\p{Lu}/u.test(token));
      const dates = (sentence.entities().out(its.type) as string[]).filter((type) => type === 'DATE' || type === 'TIME').length;
      sentences.push({ text: sentence.out() as string, entities: names, dates });
    });
    return derive(sentences, recipient);
  },
};

function messageOf(corpusDraft: CorpusDraft): { draft: Draft; text: string; recipient: Set<string> } {
  const draft = new Draft(corpusDraft.text, DEFAULT_CONFIG);
  const text = draft.prose.slice(draft.bodyStart, draft.bodyStart + LIBRARY_INPUT);
  return { draft, text, recipient: new Set(draft.recipientNames.map((name) => name.toLowerCase())) };
}

interface Score {
  precision: number;
  recall: number;
}
function score(pairs: { fired: boolean; expected: boolean }[]): Score {
  let tp = 0;
  let fp = 0;
  let fn = 0;
  for (const { fired, expected } of pairs) {
    if (fired && expected) tp++;
    else if (fired) fp++;
    else if (expected) fn++;
  }
  return { precision: tp + fp ? tp / (tp + fp) : 1, recall: tp + fn ? tp / (tp + fn) : Number.NaN };
}

function median(values: number[]): number {
  const sorted = [...values].sort((a, b) => a - b);
  return sorted[Math.floor(sorted.length / 2)];
}

async function bundleBytes(entry: string, platform: 'browser' | 'node'): Promise<{ bytes: number; browserOk: boolean; error?: string }> {
  try {
    const result = await build({ stdin: { contents: entry, resolveDir: repoRoot, loader: 'ts' }, bundle: true, minify: true, write: false, platform, format: 'esm', logLevel: 'silent' });
    return { bytes: result.outputFiles[0].contents.length, browserOk: true };
  } catch (error) {
    return { bytes: 0, browserOk: false, error: String((error as Error).message).split('\n')[0] };
  }
}

async function main(): Promise<void> {
  const train = trainingDrafts();
  const dev = loadCorpus(join(blindDir, 'dev'));
  const libraries = [winkLibrary, compromiseLibrary];
  const trainRead = train.map(messageOf);
  const devRead = dev.map(messageOf);

  // Time per draft, in process, after a warm-up pass: the library on the bounded message, and the whole engine.
  const timing = new Map<string, number>();
  const libraryFeatures = new Map<string, { train: LibraryFeatures[]; dev: LibraryFeatures[] }>();
  for (const library of libraries) {
    for (const { text, recipient } of devRead) library.read(text, recipient);
    const times: number[] = [];
    const readAll = (drafts: typeof devRead) =>
      drafts.map(({ text, recipient }) => {
        const start = performance.now();
        const features = library.read(text, recipient);
        times.push(performance.now() - start);
        return features;
      });
    libraryFeatures.set(library.name, { train: readAll(trainRead), dev: readAll(devRead) });
    timing.set(library.name, median(times));
  }
  const engineTimes: number[] = [];
  for (const corpusDraft of [...dev, ...dev]) {
    const start = performance.now();
    lint(corpusDraft.text, DEFAULT_CONFIG);
    engineTimes.push(performance.now() - start);
  }
  timing.set('engine (all rules, hand-written signals + shipped model)', median(engineTimes.slice(dev.length)));

  // Accuracy on dev, per rule: the engine as it ships, and logistic regressions fitted on train.
  const rows: string[] = [];
  const percent = (value: number) => (Number.isNaN(value) ? '  n/a' : `${(value * 100).toFixed(1).padStart(5)}%`);
  for (const rule of LEARNED_RULES) {
    const engine = score(dev.map((d) => ({ fired: lint(d.text, DEFAULT_CONFIG).diagnostics.some((x) => x.rule === rule), expected: d.expect.includes(rule) })));
    rows.push(`${rule.padEnd(18)} ${'engine as shipped'.padEnd(34)} ${percent(engine.precision)}  ${percent(engine.recall)}`);
    const variants: [string, string | undefined][] = [['regression, hand-written features', undefined], ...libraries.map((l) => [`regression + ${l.name} features`, l.name] as [string, string])];
    for (const [label, libraryName] of variants) {
      const columns = [...RULE_FEATURES[rule].map((name) => FEATURE_NAMES.indexOf(name)), ...(libraryName ? LIBRARY_FEATURES.map((_, i) => FEATURE_NAMES.length + i) : [])];
      const examples = (drafts: CorpusDraft[], read: typeof devRead, split: 'train' | 'dev') => {
        const out: (Example & { expected: boolean; inScope: boolean })[] = [];
        drafts.forEach((d, i) => {
          const extra = libraryName ? LIBRARY_FEATURES.map((name) => libraryFeatures.get(libraryName)![split][i][name]) : LIBRARY_FEATURES.map(() => 0);
          const expected = d.expect.includes(rule);
          out.push({ vector: [...featureVector(readDraft(read[i].draft).features), ...extra], label: expected ? 1 : 0, expected, inScope: inScope(rule as LearnedRule, read[i].draft) });
        });
        return out;
      };
      const fitted = fitLogistic(examples(train, trainRead, 'train').filter((e) => e.inScope), columns);
      const devScore = score(
        examples(dev, devRead, 'dev').map((e) => {
          let z = fitted.bias;
          columns.forEach((column, j) => (z += fitted.weights[j] * e.vector[column]));
          return { fired: e.inScope && 1 / (1 + Math.exp(-z)) >= fitted.threshold, expected: e.expected };
        }),
      );
      rows.push(`${rule.padEnd(18)} ${label.padEnd(34)} ${percent(devScore.precision)}  ${percent(devScore.recall)}`);
    }
  }

  const base = await bundleBytes("export { lint } from './server/src/engine';", 'browser');
  const sizes = new Map<string, Awaited<ReturnType<typeof bundleBytes>>>();
  sizes.set('wink-nlp', await bundleBytes("import w from 'wink-nlp'; import m from 'wink-eng-lite-web-model'; export const nlp = w(m);", 'browser'));
  sizes.set('compromise', await bundleBytes("import nlp from 'compromise'; export { nlp };", 'browser'));

  console.log('Dev split, per rule: precision and recall (models fitted on train only)\n');
  console.log(`${'rule'.padEnd(18)} ${'method'.padEnd(34)} precision  recall`);
  for (const row of rows) console.log(row);
  console.log('\nCost\n');
  console.log(`${'what'.padEnd(58)} median ms/draft  minified bytes added  browser worker`);
  for (const library of libraries) {
    const size = sizes.get(library.name)!;
    console.log(`${library.name.padEnd(58)} ${timing.get(library.name)!.toFixed(3).padStart(15)}  ${String(size.bytes).padStart(20)}  ${size.browserOk ? 'yes (bundles for platform=browser, no Node built-ins)' : `no: ${size.error}`}`);
  }
  const engineLabel = 'engine (all rules, hand-written signals + shipped model)';
  console.log(`${engineLabel.padEnd(58)} ${timing.get(engineLabel)!.toFixed(3).padStart(15)}  ${String(base.bytes).padStart(20)}  ${base.browserOk ? 'yes' : `no: ${base.error}`}`);
  console.log(`\n(${train.length} train drafts, ${dev.length} dev drafts; a library reads at most the first ${LIBRARY_INPUT} characters of a draft's prose)`);
}

void main();
