// `npm run eval`: per-rule precision and recall on the labelled corpus in test/corpus/.
import { evaluate, formatEvaluation, loadCorpus } from '../support/corpus';

console.log(formatEvaluation(evaluate(loadCorpus())));
