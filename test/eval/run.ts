// `npm run eval`: per-rule precision and recall on the labelled drafts. The blind corpus (test/blind/, written by
// people who never saw the rules) is reported per split: train and dev always, test only with `--test`, which is
// opened once at the end of accuracy work and never tuned on. The older corpus (test/corpus/) is gated by `npm test`.
import { join } from 'node:path';
import { formatGate } from '../support/blindGate';
import { blindDir, corpusDir, evaluate, formatEvaluation, holdoutDir, loadCorpus } from '../support/corpus';

const withTest = process.argv.includes('--test');
const sections: [string, string][] = [
  ['Blind corpus, train (test/blind/train/)', join(blindDir, 'train')],
  ['Blind corpus, dev (test/blind/dev/)', join(blindDir, 'dev')],
  ...(withTest ? [['Blind corpus, test (test/blind/test/): the honest figure', join(blindDir, 'test')] as [string, string]] : []),
  ['First corpus (test/corpus/), written by the rules\' authors', corpusDir],
  ['Held-out drafts (test/holdout/), written by the rules\' authors after tuning', holdoutDir],
];
for (const [title, dir] of sections) console.log(`${title}\n\n${formatEvaluation(evaluate(loadCorpus(dir)))}\n`);
// What `npm test` holds train and dev to (test/support/blindGate.ts), and which rules are gated below the 95% target.
for (const split of ['train', 'dev'] as const) console.log(`${formatGate(split, evaluate(loadCorpus(join(blindDir, split))))}\n`);
if (!withTest) console.log('The test split is not shown: `npm run eval -- --test` opens it (once, at the end of accuracy work).');
