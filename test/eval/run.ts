// `npm run eval`: per-rule precision and recall on the labelled corpus (test/corpus/, gated by `npm test`) and on the
// held-out drafts (test/holdout/, written after tuning, reported only).
import { evaluate, formatEvaluation, holdoutDir, loadCorpus } from '../support/corpus';

console.log('Corpus (test/corpus/)\n');
console.log(formatEvaluation(evaluate(loadCorpus())));
console.log('\nHeld-out drafts (test/holdout/), written after the rules were tuned\n');
console.log(formatEvaluation(evaluate(loadCorpus(holdoutDir))));
