// The demo's text analytics: a starter codeframe (the customer-service starter plus two retail themes, so the
// proposals still have something to find, e.g. fitting rooms) and every comment analysed, as a finished run.

import { createCodeframe } from '@centric/core/text/codeframe';
import { SERVICE_STARTER } from '@centric/core/text/starter-codeframes';
import type { OrganisationRow } from '@centric/db/organisations/organisation.repository';
import { saveCodeframe } from '@centric/db/text/codeframe.repository';
import { insertRun } from '@centric/db/text/run.repository';
import type { Deps } from '../context';
import { executeRun } from '../text/text-processing';

/** The demo's starter codeframe. */
export const DEMO_CODEFRAME = createCodeframe([
  ...SERVICE_STARTER,
  { id: 'stock', name: 'Stock and range', terms: ['stock', 'range', 'shelves', 'sold out'] },
  { id: 'store', name: 'Store environment', terms: ['clean', 'tidy', 'mess', 'messy', 'dirty', 'spotless'] },
]);

/** Stores the demo codeframe and analyses every comment of the demo organisation (deterministic). */
export async function writeDemoText(
  deps: Deps,
  organisation: OrganisationRow,
  progress: (stage: string, done: number, total: number) => void,
): Promise<number> {
  const at = deps.clock.now();
  const saved = await saveCodeframe(deps.db, organisation.id, [...DEMO_CODEFRAME.themes], 0, at);
  const version = saved?.version ?? 1;
  const run = await insertRun(deps.db, {
    organisationId: organisation.id,
    reason: 'demo',
    codeframeVersion: version,
    at,
  });
  let analysed = 0;
  await executeRun(deps, organisation.id, run.id, (done, total) => {
    analysed = done;
    progress('comments analysed', done, total);
  });
  return analysed;
}
