// `npm run bench` — performance figures of Centric, each with a baseline measured in the same run.
// `npm run bench -- --smoke` runs every section at a tiny size so CI keeps it working (seconds, not minutes).
import { clvBench } from './clv.bench';
import { foundationBench } from './foundation.bench';
import { leadersBench } from './leaders.bench';
import { metricsBench } from './metrics.bench';
import { responseImportBench } from './response-import.bench';
import { textBench } from './text.bench';
import { voiceBench } from './voice.bench';

const smoke = process.argv.includes('--smoke');
const started = performance.now();
console.log(`Centric bench (${smoke ? 'smoke size' : 'full size'}) — ${new Date().toISOString()}\n`);
// `--metrics-only` runs the metrics section alone (its full size takes minutes); `--import-only` the response import.
const importOnly = process.argv.includes('--import-only');
const all = !process.argv.includes('--metrics-only') && !importOnly;
if (all) await foundationBench({ smoke });
if (!importOnly) await metricsBench({ smoke });
if (all) await textBench({ smoke });
if (all) await clvBench({ smoke });
if (all) await leadersBench({ smoke });
if (all) await voiceBench({ smoke });
if (all || importOnly) await responseImportBench({ smoke });
console.log(`\nbench finished in ${((performance.now() - started) / 1000).toFixed(1)} s`);
process.exit(0);
