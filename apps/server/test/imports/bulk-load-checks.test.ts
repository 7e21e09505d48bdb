import { insertResponseImport } from '@centric/db/imports/response-import.repository';
import type { BulkResponse } from '@centric/db/responses/response-bulk.repository';
import { MissingParentError, mayBypassRowChecks } from '@centric/db/responses/response-parents.repository';
import { testEngines } from '@centric/db/testing/test-database';
import { sql } from 'drizzle-orm';
import { v7 as uuidv7 } from 'uuid';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { importResponses } from '../../src/responses/response.writer';
import { startTestCentric, type TestCentric } from '../support/test-centric';
import { counts, seedImportOrg } from './import-fixtures';

/** Ends the probe's transaction, undoing the role it made. */
class ProbeDone extends Error {}

// A file import checks its rows' foreign keys once per distinct parent, with the row-by-row checks off for its
// inserts where the session may: what those checks refused must still be refused, and nothing else turned off.
describe.each(testEngines())('the foreign-key checks of a file import (%s)', (engine) => {
  let centric: TestCentric;
  let seeded: Awaited<ReturnType<typeof seedImportOrg>>;
  let other: Awaited<ReturnType<typeof seedImportOrg>>;

  beforeAll(async () => {
    centric = await startTestCentric(engine);
    seeded = await seedImportOrg(centric, 'fk');
    other = await seedImportOrg(centric, 'fk-other');
  });
  afterAll(async () => {
    await centric?.close();
  });

  const idOf = async (table: string, orgId: string) =>
    (
      await centric.deps.handle.query<{ id: string }>(
        `select id from ${table} where organisation_id = $1 limit 1`,
        [orgId],
      )
    ).rows[0]!.id;

  async function newImport(orgId: string): Promise<string> {
    const now = new Date('2026-11-02T09:00:00Z');
    const row = await insertResponseImport(centric.deps.db, {
      id: uuidv7(),
      organisationId: orgId,
      format: 'centric',
      fileName: 'rows.csv',
      status: 'running',
      createdAt: now,
    });
    return row.id;
  }

  async function rows(orgId: string, importId: string, n: number, change: Partial<BulkResponse> = {}) {
    const now = new Date('2026-11-02T09:00:00Z');
    const [surveyId, channelId, unitId, customerId] = await Promise.all([
      idOf('surveys', orgId),
      idOf('channels', orgId),
      idOf('units', orgId),
      idOf('customers', orgId),
    ]);
    return Array.from(
      { length: n },
      (_, i): BulkResponse => ({
        id: uuidv7(),
        organisationId: orgId,
        surveyId,
        score: i % 11,
        comment: null,
        customerId,
        channelId,
        segmentId: null,
        unitId,
        employeeId: null,
        answers: {},
        source: 'import',
        language: null,
        respondedAt: new Date(Date.parse('2026-10-01T10:00:00Z') + i * 60_000),
        importId,
        createdAt: now,
        updatedAt: now,
        ...change,
      }),
    );
  }

  it('writes good rows, and turns the row-by-row checks back on once its writes settle', async () => {
    const importId = await newImport(seeded.org.id);
    const before = await counts(centric, seeded.org.id);
    let during: string | undefined;
    // Rows made first: PGlite answers nothing else while the import's transaction is open.
    const first = await rows(seeded.org.id, importId, 30);
    const second = await rows(seeded.org.id, importId, 20);
    const { written } = await importResponses(seeded.ctx, importId, async (writer) => {
      await writer.write(first);
      await writer.settle();
      during = (
        (await writer.tx.execute(
          sql`select current_setting('session_replication_role') as role`,
        )) as unknown as {
          rows: { role: string }[];
        }
      ).rows[0]!.role;
      await writer.write(second);
    });
    expect(written).toBe(50);
    expect(during).toBe('origin');
    expect(await counts(centric, seeded.org.id)).toMatchObject({
      responses: before.responses + 50,
      rolled: before.rolled + 50,
    });
    // The foreign keys still guard the parents of rows written with their row checks off.
    const unitId = await idOf('units', seeded.org.id);
    await expect(centric.deps.handle.query('delete from units where id = $1', [unitId])).rejects.toThrow(
      /foreign key/,
    );
  });

  it.each([
    ['a unit of another organisation', 'units', async () => ({ unitId: await idOf('units', other.org.id) })],
    ['a customer that does not exist', 'customers', async () => ({ customerId: uuidv7() })],
    [
      'a survey of another organisation',
      'surveys',
      async () => ({ surveyId: await idOf('surveys', other.org.id) }),
    ],
  ])('refuses rows pointing at %s, and writes none of the import', async (_label, table, change) => {
    const importId = await newImport(seeded.org.id);
    const before = await counts(centric, seeded.org.id);
    const good = await rows(seeded.org.id, importId, 10);
    const bad = await rows(seeded.org.id, importId, 5, await change());
    const work = importResponses(seeded.ctx, importId, async (writer) => {
      await writer.write(good);
      await writer.write(bad);
    });
    await expect(work).rejects.toThrow(MissingParentError);
    await expect(work).rejects.toThrow(new RegExp(`refer to 1 row\\(s\\) of ${table} that do not exist`));
    expect(await counts(centric, seeded.org.id)).toEqual(before);
  });

  it('lets a superuser turn the row checks off; a plain role only when granted the setting', async () => {
    const probe = { superuser: false, plain: true, granted: false };
    await centric.deps.db
      .transaction(async (tx) => {
        probe.superuser = await mayBypassRowChecks(tx);
        if (engine !== 'postgres') {
          Object.assign(probe, { plain: false, granted: true });
          return;
        }
        // Roles are the server's, not the database's: one of this run's own, gone with the rollback.
        const role = sql.raw(`centric_fk_probe_${process.pid}`);
        await tx.execute(sql`create role ${role} nologin`);
        await tx.execute(sql`set local role ${role}`);
        probe.plain = await mayBypassRowChecks(tx);
        await tx.execute(sql`reset role`);
        await tx.execute(sql`grant set on parameter session_replication_role to ${role}`);
        await tx.execute(sql`set local role ${role}`);
        probe.granted = await mayBypassRowChecks(tx);
        await tx.execute(sql`reset role`);
        throw new ProbeDone();
      })
      .catch((error: unknown) => {
        if (!(error instanceof ProbeDone)) throw error;
      });
    expect(probe).toEqual({ superuser: true, plain: false, granted: true });
  });
});
