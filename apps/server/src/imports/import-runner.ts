import { randomUUID } from 'node:crypto';
import {
  beatResponseImports,
  closeRunningResponseImport,
  countImportedResponses,
  listOrphanedResponseImports,
} from '@centric/db/imports/response-import.repository';
import type { Deps } from '../context';

/** This process, as the runner of the imports it starts (a restart is a new runner). */
export const RUNNER_ID = randomUUID();

/** How often a runner on PostgreSQL says it is still at work on an import. */
export const HEARTBEAT_MS = 30_000;

/** How long a running import on PostgreSQL may go without news before it counts as interrupted. */
export const SILENCE_MS = 3 * 60_000;

/** What an import interrupted by a stop of its process is told. */
export const INTERRUPTED = 'interrupted: the server stopped before the import finished; nothing was applied';

/**
 * Keeps an import this process runs marked as alive until the returned function is called. On PostgreSQL other
 * processes (a second server, a CLI) share the database and must tell a live import from an orphan; the embedded
 * database has one process, so there is nothing to tell.
 */
export function holdImport(deps: Pick<Deps, 'db' | 'clock' | 'handle'>, importId: string): () => void {
  if (deps.handle.engine !== 'postgres') return () => {};
  const timer = setInterval(() => {
    // A missed beat is harmless (the next one, or the finish, follows): never fail the import for it.
    beatResponseImports(deps.db, RUNNER_ID, [importId], deps.clock.now()).catch(() => {});
  }, HEARTBEAT_MS);
  timer.unref();
  return () => clearInterval(timer);
}

/**
 * Ends the imports left "running" by a process that stopped: on the embedded database every one this process
 * does not run (only one process opens it), on PostgreSQL those whose runner has been silent for SILENCE_MS.
 * The apply pass is one transaction, so such an import applied nothing — unless it committed and its process
 * stopped before recording it, in which case it is recorded as applied with what it wrote.
 */
export async function endInterruptedImports(deps: Pick<Deps, 'db' | 'clock' | 'handle'>): Promise<number> {
  const now = deps.clock.now();
  const silentSince = deps.handle.engine === 'postgres' ? new Date(now.getTime() - SILENCE_MS) : null;
  const orphans = await listOrphanedResponseImports(deps.db, RUNNER_ID, silentSince);
  let ended = 0;
  for (const orphan of orphans) {
    const written = await countImportedResponses(deps.db, orphan.organisationId, orphan.id);
    const closed = await closeRunningResponseImport(
      deps.db,
      orphan.organisationId,
      orphan.id,
      written > 0
        ? { status: 'applied', imported: written, report: null, finishedAt: now }
        : { status: 'failed', imported: 0, report: { error: INTERRUPTED }, finishedAt: now },
    );
    if (closed) ended += 1;
  }
  return ended;
}
