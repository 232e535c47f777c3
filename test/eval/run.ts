// `npm run eval`: per-rule precision and recall on the labelled drafts. The blind corpus (test/blind/, written by
// people who never saw the rules) is reported per split: train, dev, test and fresh. The test split was opened once at
// the end of session 7 and the fresh set (test/blind/fresh/, written in session 8) once at the end of session 8; both
// have been tuned on since, so they are tuning splits now, printed every time (`--test` and `--fresh`, which used to
// open them, are still accepted). The fresh2 set (test/blind/fresh2/, written in session 9 after the last tuning pass)
// was opened once at the end of session 9 and tuned on in session 10; fresh3 (test/blind/fresh3/, 40 drafts whose second
// reading is still to come) was opened once at the end of session 10. Both are reported here and not gated. The older corpus (test/corpus/) is gated by `npm test`.
import { join } from 'node:path';
import { formatGate } from '../support/blindGate';
import { blindDir, corpusDir, evaluate, formatEvaluation, holdoutDir, loadCorpus } from '../support/corpus';
import { agreement, blindIdsBySet, formatAgreement, loadLabellers } from '../support/labellers';

const sections: [string, string][] = [
  ['Blind corpus, train (test/blind/train/)', join(blindDir, 'train')],
  ['Blind corpus, dev (test/blind/dev/): checked while working, never tuned on', join(blindDir, 'dev')],
  ['Blind corpus, test (test/blind/test/): opened in session 7, tuned on since', join(blindDir, 'test')],
  ['Blind corpus, fresh (test/blind/fresh/): opened in session 8, tuned on since', join(blindDir, 'fresh')],
  ['Blind corpus, fresh2 (test/blind/fresh2/): written in session 9, opened at its end, tuned on in session 10', join(blindDir, 'fresh2')],
  ['Blind corpus, fresh3 (test/blind/fresh3/): written in session 9, the writer\'s labels only (no second reader yet), opened once at the end of session 10, never tuned on', join(blindDir, 'fresh3')],
  ['First corpus (test/corpus/), written by the rules\' authors', corpusDir],
  ['Held-out drafts (test/holdout/), written by the rules\' authors after tuning', holdoutDir],
];
for (const [title, dir] of sections) console.log(`${title}\n\n${formatEvaluation(evaluate(loadCorpus(dir)))}\n`);
// What `npm test` holds each split to (test/support/blindGate.ts), and which rules are gated below the 95% target.
for (const split of ['train', 'dev', 'test', 'fresh', 'fresh2'] as const) console.log(`${formatGate(split, evaluate(loadCorpus(join(blindDir, split))))}\n`);
// How far two careful people agree before their disagreements are settled: the ceiling any rule set is measured under.
const rows = loadLabellers();
console.log('Two blind labellers (the writer and the second reader) against each other, per blind set\n');
for (const [set, ids] of blindIdsBySet()) console.log(formatAgreement(set, agreement(rows.filter((row) => ids.has(row.id)))));
console.log(formatAgreement('all', agreement(rows)));
