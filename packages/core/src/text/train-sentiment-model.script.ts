/**
 * Regenerates sentiment-model.json (the shipped production model) from the UCI labelled sentences.
 *
 *   npx tsx packages/core/src/text/train-sentiment-model.script.ts [/work/shared/data/text]
 *   npx biome check --write packages/core/src/text     # lays the JSON out the way lint wants
 *
 * Training is deterministic (fixed seed), so the same data gives the same file. It also prints the
 * leave-one-site-out evaluation, the only honest accuracy figure: this model has seen all 3,000 sentences.
 */
// biome-ignore lint/style/noRestrictedImports: a maintainer's script that reads the public reference data, never imported by the app
import { readFileSync, writeFileSync } from 'node:fs';
import { join } from 'node:path';
import { fileURLToPath } from 'node:url';
import { evaluateSentimentCrossSite, parseLabelledSentences } from './sentiment.evaluation';
import { trainSentimentModel } from './sentiment.model';

const dataDir = process.argv[2] ?? '/work/shared/data/text';
const SITES = { amazon: 'amazon_cells_labelled.txt', yelp: 'yelp_labelled.txt', imdb: 'imdb_labelled.txt' };

const sites = Object.fromEntries(
  Object.entries(SITES).map(([site, file]) => [
    site,
    parseLabelledSentences(readFileSync(join(dataDir, file), 'utf8')),
  ]),
);
const evaluation = evaluateSentimentCrossSite(sites);
for (const r of evaluation.sites) {
  console.log(`held out ${r.site}: accuracy ${r.accuracy.toFixed(3)}, neutral ${r.neutralShare.toFixed(3)}`);
}
console.log(
  `overall: accuracy ${evaluation.overall.accuracy.toFixed(4)}, neutral ${evaluation.overall.neutralShare.toFixed(3)}`,
);

const model = trainSentimentModel(Object.values(sites).flat(), {
  trainedOn: Object.keys(SITES),
  provenance:
    'Logistic regression over words (negation-marked) plus wink-nlp lexicon scores, trained on all 3,000 ' +
    'sentences of UCI "Sentiment Labelled Sentences" (Kotzias et al., KDD 2015; amazon_cells, yelp, imdb; ' +
    'https://archive.ics.uci.edu/dataset/331/sentiment+labelled+sentences, CC BY 4.0) by ' +
    'train-sentiment-model.script.ts. Never evaluate on these sentences with this model: use ' +
    `evaluateSentimentCrossSite (leave-one-site-out accuracy at training time: ${evaluation.overall.accuracy.toFixed(3)}).`,
});
const out = join(fileURLToPath(new URL('.', import.meta.url)), 'sentiment-model.json');
writeFileSync(out, `${JSON.stringify(model)}\n`);
console.log(`wrote ${out}: ${model.features.length} features, ${JSON.stringify(model).length} bytes`);
