import type { DatabaseHandle } from '@centric/db/database';
import PgBoss from 'pg-boss';

/** A handler of one kind of background job. */
export type JobHandler<T> = (data: T) => Promise<void>;

/** The durable job queue: reminders, digests, follow-ups and recomputations survive restarts. */
export interface JobQueue {
  /** Queues a job; `startAfter` delays it (seconds or a date). */
  send<T extends object>(
    name: string,
    data: T,
    options?: { startAfter?: Date | number; singletonKey?: string; singletonSeconds?: number },
  ): Promise<string | null>;
  /** Queues one job per item in one statement (the after-commit work of a batch of responses). */
  sendMany<T extends object>(name: string, items: T[]): Promise<void>;
  /** Registers the handler of a queue (the queue is created if needed). */
  work<T extends object>(name: string, handler: JobHandler<T>): Promise<void>;
  /** Waits until no job of the queue is waiting or running (tests, CLI). */
  drain(name: string, timeoutMs?: number): Promise<void>;
  stop(): Promise<void>;
}

/**
 * pg-boss on the app's own database handle: on PostgreSQL through the pool, on PGlite inside this process
 * (one process owns a PGlite data directory). Multi-statement SQL must go through `exec` on PGlite.
 * With `workers: false` (short CLI processes) jobs are queued but never taken: `work` only creates the queue,
 * so a process that exits soon cannot leave a job half done; the server runs them.
 */
export async function startJobQueue(
  handle: DatabaseHandle,
  options: { pollingIntervalSeconds?: number; workers?: boolean } = {},
): Promise<JobQueue> {
  const workers = options.workers ?? true;
  const runSql = async (text: string, values?: unknown[]) => {
    if (values && values.length > 0) return handle.query(text, values);
    if (handle.engine === 'pglite') {
      try {
        return await handle.exec(text);
      } catch (error) {
        // A failed multi-statement script leaves PGlite's single session in an aborted transaction.
        await handle.exec('ROLLBACK').catch(() => {});
        throw error;
      }
    }
    return handle.query(text);
  };
  // pg-boss does not await its own completion of a finished job: `stop` waits for the queue's statements still
  // in flight, so none of them reaches a database closed after the stop.
  const statements = new Set<Promise<unknown>>();
  const executeSql = (text: string, values?: unknown[]) => {
    const statement = runSql(text, values);
    statements.add(statement);
    statement.then(
      () => statements.delete(statement),
      () => statements.delete(statement),
    );
    return statement;
  };
  const boss = new PgBoss({
    db: { executeSql },
    schema: 'pgboss',
    // Maintenance (expiry, archiving) belongs with the workers, in the long-lived process.
    supervise: workers,
    schedule: false,
    migrate: true,
  });
  boss.on('error', (error) => {
    console.error(`job queue: ${error.message}`);
  });
  await boss.start();
  const created = new Set<string>();
  const ensureQueue = async (name: string) => {
    if (created.has(name)) return;
    await boss.createQueue(name).catch(() => {});
    created.add(name);
  };
  const polling = options.pollingIntervalSeconds ?? 1;
  const coalesced = new CoalescedInsert((jobs) => boss.insert(jobs));
  return {
    async send(name, data, opts = {}) {
      await ensureQueue(name);
      return boss.send(name, data, {
        ...(opts.startAfter !== undefined ? { startAfter: opts.startAfter } : {}),
        ...(opts.singletonKey ? { singletonKey: opts.singletonKey } : {}),
        // With a key, at most one job of the queue per key in each slot of this many seconds.
        ...(opts.singletonSeconds ? { singletonSeconds: opts.singletonSeconds } : {}),
        retryLimit: 5,
        retryBackoff: true,
      });
    },
    async sendMany(name, items) {
      if (items.length === 0) return;
      await ensureQueue(name);
      await coalesced.add(items.map((data) => ({ name, data, retryLimit: 5, retryBackoff: true })));
    },
    async work(name, handler) {
      await ensureQueue(name);
      if (!workers) return;
      await boss.work(name, { pollingIntervalSeconds: polling, batchSize: 1 }, async (jobs) => {
        for (const job of jobs) await handler(job.data as never);
      });
    },
    async drain(name, timeoutMs = 30_000) {
      const deadline = Date.now() + timeoutMs;
      // Jobs this process has been asked to send but not yet inserted count as waiting too.
      await coalesced.settled();
      while (Date.now() < deadline) {
        const { rows } = await handle.query<{ n: number }>(
          `select count(*)::int as n from pgboss.job where name = $1 and state in ('created','retry','active')`,
          [name],
        );
        if ((rows[0]?.n ?? 0) === 0) return;
        await new Promise((r) => setTimeout(r, 100));
      }
      throw new Error(`jobs of ${name} still pending after ${timeoutMs} ms`);
    },
    async stop() {
      await coalesced.settled();
      await boss.stop({ graceful: true, wait: true, timeout: 5000 });
      await Promise.allSettled([...statements]);
    },
  };
}

type JobInsert = Parameters<PgBoss['insert']>[0][number];

/**
 * The `sendMany` calls of one turn of the event loop (the after-commit hooks of a group of answers: its case
 * evaluations, its text analysis, its webhook deliveries; and those of other groups committing at once) as one
 * insert of all their jobs: one statement instead of one per hook. Each caller waits for that insert, so a
 * caller still hears when its jobs are stored (or the error if they were not).
 */
class CoalescedInsert {
  #pending: { jobs: JobInsert[]; waiters: { resolve(): void; reject(error: unknown): void }[] } | undefined;
  readonly #inFlight = new Set<Promise<void>>();

  constructor(private readonly insert: (jobs: JobInsert[]) => Promise<unknown>) {}

  add(jobs: JobInsert[]): Promise<void> {
    return new Promise((resolve, reject) => {
      if (!this.#pending) {
        this.#pending = { jobs: [], waiters: [] };
        setImmediate(() => this.#flush());
      }
      this.#pending.jobs.push(...jobs);
      this.#pending.waiters.push({ resolve, reject });
    });
  }

  /** Resolves once every job added so far has been inserted (or its insert has failed). */
  async settled(): Promise<void> {
    while (this.#pending || this.#inFlight.size > 0) {
      if (this.#pending) await new Promise((r) => setImmediate(r));
      else await Promise.all(this.#inFlight);
    }
  }

  #flush(): void {
    const batch = this.#pending!;
    this.#pending = undefined;
    const done = this.insert(batch.jobs).then(
      () => {
        for (const w of batch.waiters) w.resolve();
      },
      (error) => {
        for (const w of batch.waiters) w.reject(error);
      },
    );
    this.#inFlight.add(done);
    void done.finally(() => this.#inFlight.delete(done));
  }
}
