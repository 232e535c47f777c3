// `npm run train`: fits the learned layer of the absence rules on the blind corpus's train split and the first corpus (never dev) and writes
// server/src/engine/language/weights.json (committed; test/engine/language.test.ts checks retraining reproduces it).
import { writeFileSync } from 'node:fs';
import { formatModels, trainModels, trainingDrafts, weightsFile } from '../support/language';

const models = trainModels(trainingDrafts());
writeFileSync(weightsFile, formatModels(models));
for (const [rule, model] of Object.entries(models)) {
  console.log(`${rule} (bias ${model.bias})`);
  model.features.forEach((feature, i) => console.log(`  ${feature.padEnd(22)} ${model.weights[i].toFixed(3).padStart(8)}`));
}
console.log(`wrote ${weightsFile}`);
