import { readFileSync } from 'node:fs';
import { testEngines } from '@centric/db/testing/test-database';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import type { OrgContext } from '../../src/context';
import { importResponseFile } from '../../src/imports/response-import.service';
import { startTestCentric, type TestCentric } from '../support/test-centric';
import { counts, HEADER, importDir, seedImportOrg, writeImportFile } from './import-fixtures';

describe.each(testEngines())("importing Centric's response CSV (%s)", (engine) => {
  let centric: TestCentric;
  let ctx: OrgContext;
  let orgId: string;
  const dir = importDir();
  const request = {
    format: 'centric' as const,
    fileName: 'r.csv',
    createMissing: false,
    skipInvalid: false,
    dryRun: false,
  };

  beforeAll(async () => {
    centric = await startTestCentric(engine);
    const seeded = await seedImportOrg(centric, 'imp');
    ctx = seeded.ctx;
    orgId = seeded.org.id;
  });
  afterAll(async () => {
    await centric?.close();
  });

  it('imports every line with names resolved, customers matched and rollups current', async () => {
    const file = writeImportFile(
      dir,
      'good.csv',
      `${HEADER}\n2026-10-01T10:00:00Z,9,"Great, quick",Store NPS,Store,Loyal,Lyon,C-1,,\n2026-10-02,3,Slow,store nps,,,,,ann@example.com,\n2026-10-03 08:00,4,,Delivery CSAT,,,,,,\n`,
    );
    const summary = await importResponseFile(ctx, file, { ...request, fileName: 'good.csv' });
    expect(summary, summary.message).toMatchObject({ status: 'applied', imported: 3, badLines: 0, lines: 3 });
    const c = await counts(centric, orgId);
    expect(c).toMatchObject({ responses: 3, rolled: 3 });
    const rows = (
      await centric.deps.handle.query<{
        comment: string;
        customer_id: string | null;
        unit_id: string | null;
        source: string;
      }>(
        'select comment, customer_id, unit_id, source from responses where organisation_id = $1 order by responded_at',
        [orgId],
      )
    ).rows;
    expect(rows[0]!.comment).toBe('Great, quick');
    expect(rows[0]!.unit_id).not.toBeNull();
    expect(rows[1]!.customer_id).toBe(rows[0]!.customer_id);
    expect(rows.every((r) => r.source === 'import')).toBe(true);
  });

  it('refuses unknown names without --create-missing, and creates them with it', async () => {
    const text = `${HEADER}\n2026-10-04T10:00:00Z,10,New place,Web NPS,Web,Students,Paris,C-9,,\n`;
    const file = writeImportFile(dir, 'new.csv', text);
    const before = await counts(centric, orgId);
    const refused = await importResponseFile(ctx, file, request);
    expect(refused.status).toBe('rejected');
    expect(refused.issues[0]).toEqual({
      line: 2,
      message: expect.stringMatching(/survey "Web NPS" does not exist/),
    });
    expect(await counts(centric, orgId)).toEqual(before);
    const created = await importResponseFile(ctx, file, { ...request, createMissing: true });
    expect(created, created.message).toMatchObject({
      status: 'applied',
      imported: 1,
      created: {
        surveys: ['Web NPS'],
        channels: ['Web'],
        segments: ['Students'],
        units: ['Paris'],
        customers: 1,
      },
    });
    expect((await counts(centric, orgId)).surveys).toBe(before.surveys + 1);
  });

  it('with --skip-invalid applies the good lines and writes the bad ones to the rejected file', async () => {
    const text = `${HEADER}\n2026-10-05T10:00:00Z,8,ok,Store NPS,,,,,,\n2026-10-05T10:00:00Z,12,too high,Store NPS,,,,,,\n2026-13-01,5,bad date,Store NPS,,,,,,\n`;
    const file = writeImportFile(dir, 'mixed.csv', text);
    const rejectedFile = `${dir}/rejected.csv`;
    const before = await counts(centric, orgId);
    const all = await importResponseFile(ctx, file, request);
    expect(all.status).toBe('rejected');
    expect(all.issues.map((i) => i.line)).toEqual([3, 4]);
    expect(await counts(centric, orgId)).toEqual(before);
    const some = await importResponseFile(ctx, file, { ...request, skipInvalid: true, rejectedFile });
    expect(some).toMatchObject({ status: 'applied', imported: 1, badLines: 2, rejectedFile });
    expect(readFileSync(rejectedFile, 'utf8')).toBe(
      `${HEADER}\n2026-10-05T10:00:00Z,12,too high,Store NPS,,,,,,\n2026-13-01,5,bad date,Store NPS,,,,,,\n`,
    );
    const after = await counts(centric, orgId);
    expect(after.responses).toBe(before.responses + 1);
    expect(after.rolled).toBe(after.responses);
  });
});
