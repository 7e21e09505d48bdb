import type { Executor } from '@centric/db/database';
import type { ResponseRow } from '@centric/db/responses/response.repository';
import type { AlongsideInsert } from '@centric/db/responses/response-statement.repository';

/** One change made through the response write path. `before` is absent on create, `after` on delete. */
export type ResponseChange =
  | { kind: 'created'; before?: undefined; after: ResponseRow }
  | { kind: 'updated'; before: ResponseRow; after: ResponseRow }
  | { kind: 'deleted'; before: ResponseRow; after?: undefined };

/**
 * Every response of an organisation attributed to one unit, channel, segment or employee moved to another (or to
 * none) by one statement, e.g. before that unit is deleted: a set-based change the hooks adjust set-based too.
 */
export interface BulkReattribution {
  organisationId: string;
  dimension: 'unit' | 'channel' | 'segment' | 'employee';
  fromId: string;
  toId: string | null;
  /** How many responses moved. */
  count: number;
}

/** A whole file import, committed: after-commit work handles it as one, never one job per response. */
export interface ImportedResponses {
  organisationId: string;
  /** The import whose responses these are (`responses.import_id`), for paging through them. */
  importId: string;
  count: number;
}

/** A whole file import inside its transaction, every row written. */
export interface ImportWritten extends ImportedResponses {
  /**
   * The import's parents (its organisation, surveys, units, channels, segments, people) are locked by this
   * transaction and its session may turn the row-by-row foreign-key checks off: rows whose only parents are
   * those may be inserted without the checks (`rowChecksOff`, then `restoreRowChecks`).
   */
  withoutRowChecks: boolean;
}

/** What a capability attaches to every response write. */
export interface ResponseHook {
  name: string;
  /** Runs inside the write's transaction (rollups): a failure undoes the write. */
  inTransaction?(tx: Executor, changes: ResponseChange[]): Promise<void>;
  /**
   * The same work for newly created responses of one organisation, as CTEs of the insert's own statement over
   * the rows it inserts (`inserted`): a create then needs no transaction. A hook with `inTransaction` and
   * without this form makes every create take the transaction.
   */
  createdAlongside?(organisationId: string): AlongsideInsert;
  /** Runs after commit (queue cases, text analysis, webhooks through the job queue). */
  afterCommit?(changes: ResponseChange[]): Promise<void>;
  /** Runs inside the transaction of a bulk re-attribution (rollups move the counts set-based). */
  reattributed?(tx: Executor, change: BulkReattribution): Promise<void>;
  /**
   * Runs once inside a file import's transaction after all its rows are written, instead of `inTransaction` with
   * every chunk: set-based work over the import's rows (`responses.import_id`). A hook with this form also
   * skips the chunks of other bulk loads (the demo), which rebuild what it keeps once they end.
   */
  imported?(tx: Executor, batch: ImportWritten): Promise<void>;
  /** Runs once after a file import commits (instead of afterCommit with every row). */
  afterImport?(batch: ImportedResponses): Promise<void>;
}

/** The registry of response hooks, filled by the composition root. */
export class ResponseHooks {
  readonly #hooks: ResponseHook[] = [];

  /** Attaches a hook to every later write. */
  register(hook: ResponseHook): void {
    this.#hooks.push(hook);
  }

  /** Runs every in-transaction hook. */
  async runInTransaction(tx: Executor, changes: ResponseChange[]): Promise<void> {
    for (const hook of this.#hooks) await hook.inTransaction?.(tx, changes);
  }

  /**
   * Every in-transaction hook's work for created responses as CTEs of the insert's statement, or null when a
   * hook has only the transaction form.
   */
  createdAlongside(organisationId: string): AlongsideInsert | null {
    const ctes: AlongsideInsert = [];
    for (const hook of this.#hooks) {
      if (hook.createdAlongside) ctes.push(...hook.createdAlongside(organisationId));
      else if (hook.inTransaction) return null;
    }
    return ctes;
  }

  /**
   * Runs, for a chunk of a bulk load's rows, the in-transaction hooks that have no set-based `imported` form.
   * The changes are built only when such a hook is there (a million-row import would copy every row for none).
   */
  async runForBulkChunk(tx: Executor, changes: () => ResponseChange[]): Promise<void> {
    if (!this.hasBulkChunkWork) return;
    const built = changes();
    for (const hook of this.#hooks) if (!hook.imported) await hook.inTransaction?.(tx, built);
  }

  /** Whether a hook has work in each chunk of a bulk load (see runForBulkChunk). */
  get hasBulkChunkWork(): boolean {
    return this.#hooks.some((hook) => !hook.imported && hook.inTransaction);
  }

  /** Runs every hook's set-based part of an import, inside its transaction, once its rows are written. */
  async runImported(tx: Executor, batch: ImportWritten): Promise<void> {
    for (const hook of this.#hooks) await hook.imported?.(tx, batch);
  }

  /** Runs every hook's part of a bulk re-attribution, inside its transaction. */
  async runReattributed(tx: Executor, change: BulkReattribution): Promise<void> {
    for (const hook of this.#hooks) await hook.reattributed?.(tx, change);
  }

  /**
   * Runs every after-commit hook, all at once (they are independent, and their job inserts then share one
   * statement); one failing does not stop the others.
   */
  async runAfterCommit(changes: ResponseChange[]): Promise<void> {
    await Promise.all(
      this.#hooks.map(async (hook) => {
        try {
          await hook.afterCommit?.(changes);
        } catch (error) {
          console.error(`response hook ${hook.name} failed after commit: ${(error as Error).message}`);
        }
      }),
    );
  }

  /** Runs every after-import hook; one failing does not stop the others. */
  async runAfterImport(batch: ImportedResponses): Promise<void> {
    for (const hook of this.#hooks) {
      try {
        await hook.afterImport?.(batch);
      } catch (error) {
        console.error(`response hook ${hook.name} failed after an import: ${(error as Error).message}`);
      }
    }
  }
}
