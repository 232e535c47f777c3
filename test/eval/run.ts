// `npm run eval`: per-rule precision and recall on the labelled drafts. The blind corpus (test/blind/, written by
// people who never saw the rules) is reported per split: train, dev and test. The test split was opened once at the end
// of session 7 and tuned on since, so it is a tuning split now, printed every time (`--test`, which used to open it, is
// still accepted). The fresh test set (test/blind/fresh/, written in session 8) is printed only with `--fresh`: it is
// opened once, after the last tuning, and never tuned on. The older corpus (test/corpus/) is gated by `npm test`.
import { join } from 'node:path';
import { formatGate } from '../support/blindGate';
import { blindDir, corpusDir, evaluate, formatEvaluation, holdoutDir, loadCorpus } from '../support/corpus';

const withFresh = process.argv.includes('--fresh');
const sections: [string, string][] = [
  ['Blind corpus, train (test/blind/train/)', join(blindDir, 'train')],
  ['Blind corpus, dev (test/blind/dev/): checked while working, never tuned on', join(blindDir, 'dev')],
  ['Blind corpus, test (test/blind/test/): opened in session 7, tuned on since', join(blindDir, 'test')],
  ...(withFresh ? [['Fresh blind test set (test/blind/fresh/): the honest figure, never tuned on', join(blindDir, 'fresh')] as [string, string]] : []),
  ['First corpus (test/corpus/), written by the rules\' authors', corpusDir],
  ['Held-out drafts (test/holdout/), written by the rules\' authors after tuning', holdoutDir],
];
for (const [title, dir] of sections) console.log(`${title}\n\n${formatEvaluation(evaluate(loadCorpus(dir)))}\n`);
// What `npm test` holds each split to (test/support/blindGate.ts), and which rules are gated below the 95% target.
for (const split of ['train', 'dev', 'test'] as const) console.log(`${formatGate(split, evaluate(loadCorpus(join(blindDir, split))))}\n`);
if (!withFresh) console.log('The fresh test set is not shown: `npm run eval -- --fresh` opens it (once, after the last tuning).');
