// A worker of the text bench: analyses its share of the comments (sentiment and tags) and posts back counts.
import { parentPort, workerData } from 'node:worker_threads';
import { createCodeframe } from '@centric/core/text/codeframe';
import { SERVICE_STARTER } from '@centric/core/text/starter-codeframes';
import { analyseComment } from '@centric/core/text/theme.tagger';

const { comments } = workerData as { comments: string[] };
// The same codeframe as the bench's single-thread pass.
const CODEFRAME = createCodeframe(SERVICE_STARTER);
const loaded = performance.now();
analyseComment('warm up the model', CODEFRAME);
const ready = performance.now();
let tags = 0;
let negative = 0;
for (const text of comments) {
  const a = analyseComment(text, CODEFRAME);
  tags += a.themes.length;
  if (a.sentiment.label === 'negative') negative++;
}
parentPort!.postMessage({ tags, negative, loadMs: ready - loaded, analyseMs: performance.now() - ready });
