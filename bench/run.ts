// `npm run bench` — performance figures of Centric, each with a baseline measured in the same run.
// `npm run bench -- --smoke` runs every section at a tiny size so CI keeps it working (seconds, not minutes).
import { foundationBench } from './foundation.bench';
import { voiceBench } from './voice.bench';

const smoke = process.argv.includes('--smoke');
const started = performance.now();
console.log(`Centric bench (${smoke ? 'smoke size' : 'full size'}) — ${new Date().toISOString()}\n`);
await foundationBench({ smoke });
console.log('');
await voiceBench({ smoke });
console.log(`\nbench finished in ${((performance.now() - started) / 1000).toFixed(1)} s`);
process.exit(0);
