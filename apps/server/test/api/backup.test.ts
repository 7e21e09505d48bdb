import { mkdtempSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { openTestDatabase, type TestEngine, testEngines } from '@centric/db/testing/test-database';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { writeBackup } from '../../src/backup/backup';
import { restoreBackup } from '../../src/backup/restore';
import { tablesInDependencyOrder } from '../../src/backup/table-order';
import { CASE_EVALUATE_JOB } from '../../src/cases/case-opener';
import { TEXT_ANALYSE_JOB } from '../../src/text/text.jobs';
import { ORIGIN, startTestCentric, type TestCentric } from '../support/test-centric';

async function rowCounts(
  handle: Awaited<ReturnType<typeof openTestDatabase>>,
): Promise<Record<string, number>> {
  const counts: Record<string, number> = {};
  for (const table of await tablesInDependencyOrder(handle)) {
    const { rows } = await handle.query<{ n: number }>(`select count(*)::int as n from "${table.name}"`);
    counts[table.name] = rows[0]!.n;
  }
  return counts;
}

const engines = testEngines();
// Every pair of engines: PGlite → PGlite always; PGlite ⇄ PostgreSQL when PostgreSQL is available.
const pairs: [TestEngine, TestEngine][] = engines.flatMap((from) =>
  engines.map((to) => [from, to] as [TestEngine, TestEngine]),
);

describe.each(pairs)('backup from %s and restore into %s', (from, to) => {
  let centric: TestCentric;
  let dir: string;

  beforeAll(async () => {
    dir = mkdtempSync(join(tmpdir(), 'centric-backup-'));
    centric = await startTestCentric(from);
    const { ownerCookie: cookie } = await centric.organisation('bk');
    const post = (url: string, payload: object) =>
      centric.app.inject({ method: 'POST', url, headers: { cookie, origin: ORIGIN }, payload });
    const unit = (await post('/api/v1/units', { name: 'Café “Zürich”', kind: 'store' })).json();
    const customer = (
      await post('/api/v1/customers', {
        name: "O'Brien",
        attributes: { tags: ['vip'], since: 2019, nested: { a: null } },
      })
    ).json();
    const survey = (
      await post('/api/v1/surveys', {
        name: 'NPS',
        kind: 'nps',
        questions: [{ id: 'why', type: 'text', text: { en: 'Why?', fr: 'Pourquoi ?' } }],
      })
    ).json();
    for (let i = 0; i < 30; i++)
      await post('/api/v1/responses', {
        surveyId: survey.id,
        score: i % 11,
        comment: i % 3 ? `comment ${i}\nline two` : null,
        unitId: unit.id,
        customerId: customer.id,
      });
    await post('/api/v1/transactions', {
      customerId: customer.id,
      occurredAt: '2026-01-02T03:04:05.678Z',
      amount: 19.99,
    });
    await post('/api/v1/transactions', {
      customerId: customer.id,
      occurredAt: '2026-02-02T03:04:05Z',
      amount: -5.01,
    });
    // The comments are analysed in the background: let that finish so the source stops changing.
    await centric.deps.jobs.drain(TEXT_ANALYSE_JOB, 60_000);
    // Cases open in the background after each detractor: let them land before the backup is compared.
    await centric.deps.jobs.drain(CASE_EVALUATE_JOB);
  });
  afterAll(async () => {
    await centric?.close();
    rmSync(dir, { recursive: true, force: true });
  });

  it('gives identical row counts in every table, and identical values', async () => {
    const file = join(dir, 'centric.backup');
    const written = await writeBackup(centric.deps.handle, file);
    const target = await openTestDatabase(to);
    try {
      // A target opened by Centric already holds its own signing secret; the backup's must replace it.
      await target.query(
        "insert into instance_settings (key, value) values ('auth.secret', 'the target''s own')",
      );
      const restored = await restoreBackup(target, file);
      expect(restored).toEqual(written);
      expect(await rowCounts(target)).toEqual(await rowCounts(centric.deps.handle));
      const q = 'select name, attributes from customers order by id';
      expect((await target.query(q)).rows).toEqual((await centric.deps.handle.query(q)).rows);
      const secret = "select value from instance_settings where key = 'auth.secret'";
      expect((await target.query(secret)).rows).toEqual((await centric.deps.handle.query(secret)).rows);
      const t = 'select occurred_at, amount::text from transactions order by id';
      expect((await target.query(t)).rows).toEqual((await centric.deps.handle.query(t)).rows);
      // Restoring twice is refused: the target is no longer empty.
      await expect(restoreBackup(target, file)).rejects.toThrow(/not empty/);
    } finally {
      await target.close();
    }
  });

  it('refuses a damaged file and restores nothing', async () => {
    const file = join(dir, 'damaged.backup');
    writeFileSync(file, 'this is not a backup');
    const target = await openTestDatabase(to);
    try {
      await expect(restoreBackup(target, file)).rejects.toThrow(/damaged|not a Centric backup/);
      expect(
        (await target.query<{ n: number }>('select count(*)::int as n from organisations')).rows[0]!.n,
      ).toBe(0);
    } finally {
      await target.close();
    }
  });
});
