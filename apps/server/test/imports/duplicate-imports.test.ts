import { createHash } from 'node:crypto';
import { readFileSync } from 'node:fs';
import { AppError } from '@centric/core/errors';
import { listOrphanedResponseImports } from '@centric/db/imports/response-import.repository';
import { testEngines } from '@centric/db/testing/test-database';
import { v7 as uuidv7 } from 'uuid';
import { afterAll, beforeAll, describe, expect, it, vi } from 'vitest';
import type { OrgContext } from '../../src/context';
import {
  endInterruptedImports,
  HEARTBEAT_MS,
  holdImport,
  INTERRUPTED,
  RUNNER_ID,
  SILENCE_MS,
} from '../../src/imports/import-runner';
import { importResponseFile } from '../../src/imports/response-import.service';
import { getResponseImport } from '../../src/imports/response-import-state';
import { createCentric } from '../../src/server';
import { ORIGIN, startTestCentric, type TestCentric } from '../support/test-centric';
import { counts, HEADER, importDir, seedImportOrg, writeImportFile } from './import-fixtures';

describe.each(testEngines())('re-imports of the same file, and imports a stop interrupted (%s)', (engine) => {
  let centric: TestCentric;
  let ctx: OrgContext;
  let orgId: string;
  const dir = importDir();
  const text = `${HEADER}\n2026-10-01T10:00:00Z,9,Fine,Store NPS,,,,,,\n2026-10-02T10:00:00Z,4,Slow,Store NPS,,,,,,\n`;
  const request = {
    format: 'centric' as const,
    fileName: 'october.csv',
    createMissing: false,
    skipInvalid: false,
    dryRun: false,
  };

  beforeAll(async () => {
    centric = await startTestCentric(engine);
    const seeded = await seedImportOrg(centric, 'dup');
    ctx = seeded.ctx;
    orgId = seeded.org.id;
  });
  afterAll(async () => {
    await centric?.close();
  });

  const importRow = async (id: string) =>
    (
      await centric.deps.handle.query<{ status: string; fingerprint: string | null; report: unknown }>(
        'select status, fingerprint, report from response_imports where organisation_id = $1 and id = $2',
        [orgId, id],
      )
    ).rows[0];

  it('records the SHA-256 of the bytes and refuses the same bytes again, naming the earlier import', async () => {
    const file = writeImportFile(dir, 'october.csv', text);
    const first = await importResponseFile(ctx, file, request);
    expect(first, first.message).toMatchObject({ status: 'applied', imported: 2, duplicateOf: null });
    expect((await importRow(first.id))!.fingerprint).toBe(
      createHash('sha256').update(readFileSync(file)).digest('hex'),
    );
    // The same bytes under another name are the same file.
    const again = writeImportFile(dir, 'october-copy.csv', text);
    const refused = await importResponseFile(ctx, again, { ...request, fileName: 'october-copy.csv' }).catch(
      (e: unknown) => e,
    );
    expect(refused).toBeInstanceOf(AppError);
    expect((refused as AppError).code).toBe('conflict');
    expect((refused as AppError).message).toBe(
      `october-copy.csv is a file already imported: the same bytes as "october.csv", imported on 2026-11-02 09:00 UTC (2 response(s), import ${first.id}). Importing it again would duplicate its responses, so nothing was imported`,
    );
    expect((refused as AppError).details).toEqual({
      duplicateOf: {
        id: first.id,
        fileName: 'october.csv',
        createdAt: '2026-11-02T09:00:00.000Z',
        imported: 2,
      },
    });
    expect((await counts(centric, orgId)).responses).toBe(2);
  });

  it('a dry run of it warns; the override imports it again and says so', async () => {
    const file = writeImportFile(dir, 'october.csv', text);
    const checked = await importResponseFile(ctx, file, { ...request, dryRun: true });
    expect(checked).toMatchObject({
      status: 'checked',
      duplicateOf: { fileName: 'october.csv', imported: 2 },
      warnings: [expect.stringMatching(/^the same bytes as "october.csv", imported on 2026-11-02 09:00 UTC/)],
    });
    expect(checked.message).toMatch(/warning: .*importing it will be refused unless a duplicate is allowed/);
    const forced = await importResponseFile(ctx, file, { ...request, allowDuplicate: true });
    expect(forced, forced.message).toMatchObject({ status: 'applied', imported: 2 });
    expect(forced.duplicateOf?.fileName).toBe('october.csv');
    expect(forced.message).toMatch(/imported again although an earlier import had the same bytes/);
    expect(await counts(centric, orgId)).toMatchObject({ responses: 4, rolled: 4 });
  });

  it('a file whose import was rejected is no duplicate, nor is another organisation’s', async () => {
    const bad = writeImportFile(dir, 'bad.csv', `${HEADER}\n2026-10-03T10:00:00Z,19,Nope,Store NPS,,,,,,\n`);
    expect((await importResponseFile(ctx, bad, { ...request, fileName: 'bad.csv' })).status).toBe('rejected');
    const fixed = await importResponseFile(ctx, bad, { ...request, fileName: 'bad.csv', skipInvalid: true });
    expect(fixed.status).toBe('rejected'); // no good line: nothing applied, so still no duplicate
    const other = await seedImportOrg(centric, 'dup-other');
    const file = writeImportFile(dir, 'october.csv', text);
    const theirs = await importResponseFile(other.ctx, file, request);
    expect(theirs).toMatchObject({ status: 'applied', imported: 2, duplicateOf: null });
  });

  it('two uploads of the same new file at once: exactly one is applied, the other refused with 409', async () => {
    const race = await seedImportOrg(centric, 'dup-race');
    // Enough lines that, on PostgreSQL, the two applying transactions overlap (PGlite runs them one after the other).
    const lines = Array.from(
      { length: 2000 },
      (_, i) =>
        `2026-09-${String(1 + (i % 28)).padStart(2, '0')}T10:${String(i % 60).padStart(2, '0')}:00Z,${i % 11},Line ${i},Store NPS,,,,,,`,
    );
    const body = `${HEADER}\n${lines.join('\n')}\n`;
    const upload = (fileName: string) =>
      centric.app.inject({
        method: 'POST',
        url: `/api/v1/responses/imports?format=centric&wait=true&fileName=${fileName}`,
        headers: { cookie: race.org.ownerCookie, origin: ORIGIN, 'content-type': 'text/csv' },
        payload: body,
      });
    const answers = await Promise.all([upload('first.csv'), upload('second.csv')]);
    const statuses = answers.map((r) => r.statusCode).sort();
    expect(statuses, answers.map((r) => r.body.slice(0, 300)).join('\n')).toEqual([200, 409]);
    const applied = answers.find((r) => r.statusCode === 200)!.json();
    const refused = answers.find((r) => r.statusCode === 409)!.json();
    expect(applied).toMatchObject({ status: 'applied', imported: 2000, duplicateOf: null });
    expect(refused.error.message).toMatch(
      new RegExp(
        `^(first|second)\\.csv is a file already imported: the same bytes as "${applied.fileName.replace('.', '\\.')}", .*import ${applied.id}\\)\\. Importing it again would duplicate its responses, so nothing was imported \\(send allowDuplicate=true to import it again anyway\\)$`,
      ),
    );
    expect(refused.error.details.duplicateOf).toMatchObject({ id: applied.id, imported: 2000 });
    // Nothing of the refused one is applied. Refused once it had begun (the two overlapped), its row is marked
    // failed with the reason like any failed import; refused before (the first had committed), it has no row.
    const rows = (
      await centric.deps.handle.query<{ id: string; status: string; imported: number; report: unknown }>(
        'select id, status, imported, report from response_imports where organisation_id = $1 order by id',
        [race.org.id],
      )
    ).rows;
    expect(rows.filter((r) => r.status === 'applied')).toHaveLength(1);
    for (const failed of rows.filter((r) => r.status !== 'applied'))
      expect(failed).toMatchObject({
        status: 'failed',
        imported: 0,
        report: { error: expect.stringMatching(/already imported/) },
      });
    if (engine === 'postgres') expect(rows).toHaveLength(2);
    expect(await counts(centric, race.org.id)).toMatchObject({ responses: 2000, rolled: 2000 });
  });

  it('an error after the commit leaves the import applied, so the same bytes are still refused', async () => {
    const late = await seedImportOrg(centric, 'dup-late');
    const file = writeImportFile(
      dir,
      'late.csv',
      `${HEADER}\n2026-10-06T10:00:00Z,8,Late news,Store NPS,,,,,,\n`,
    );
    const hooks = vi
      .spyOn(centric.deps.responseHooks, 'runAfterImport')
      .mockRejectedValueOnce(new Error('the job queue is down'));
    try {
      await expect(importResponseFile(late.ctx, file, { ...request, fileName: 'late.csv' })).rejects.toThrow(
        'the job queue is down',
      );
    } finally {
      hooks.mockRestore();
    }
    const rows = (
      await centric.deps.handle.query<{ status: string; imported: number }>(
        'select status, imported from response_imports where organisation_id = $1',
        [late.org.id],
      )
    ).rows;
    expect(rows).toEqual([{ status: 'applied', imported: 1 }]);
    expect((await counts(centric, late.org.id)).responses).toBe(1);
    const again = await importResponseFile(late.ctx, file, { ...request, fileName: 'late.csv' }).catch(
      (e: unknown) => e,
    );
    expect((again as AppError).code).toBe('conflict');
  });

  it('on start, ends the imports left running by a process that stopped, as failed with nothing applied', async () => {
    const db = centric.deps.handle;
    const now = centric.clock.now();
    const insert = async (runner: string | null, heartbeatAt: Date | null) => {
      const id = uuidv7();
      await db.query(
        `insert into response_imports (id, organisation_id, format, file_name, status, runner, heartbeat_at, created_at)
         values ($1, $2, 'centric', 'big.csv', 'running', $3, $4, $5)`,
        [id, orgId, runner, heartbeatAt, new Date(now.getTime() - 3_600_000)],
      );
      return id;
    };
    const silent = await insert('a-process-that-stopped', new Date(now.getTime() - SILENCE_MS - 1000));
    const beating = await insert('a-process-at-work', new Date(now.getTime() - 5000));
    const mine = await insert(RUNNER_ID, new Date(now.getTime() - SILENCE_MS - 1000));
    // Committed, but its process stopped before recording it: what it wrote is on disk, so it was applied.
    const committed = await insert(null, null);
    const file = writeImportFile(
      dir,
      'committed.csv',
      `${HEADER}\n2026-10-05T10:00:00Z,10,Late,Store NPS,,,,,,\n`,
    );
    const written = await importResponseFile(ctx, file, { ...request, fileName: 'committed.csv' });
    await db.query('update responses set import_id = $1 where import_id = $2', [committed, written.id]);

    // A restart: a new Centric on the same database.
    const restarted = await createCentric({
      handle: db,
      dataDir: 'memory://',
      port: 3999,
      host: '127.0.0.1',
      mailFrom: 'Centric <no-reply@centric.test>',
      rateLimits: { signIn: 1000, public: 1000 },
      logLevel: 'silent',
      clock: centric.clock,
      jobWorkers: false,
    });
    await restarted.close();

    const failed = await importRow(silent);
    expect(failed).toMatchObject({ status: 'failed', report: { error: INTERRUPTED } });
    expect(INTERRUPTED).toBe(
      'interrupted: the server stopped before the import finished; nothing was applied',
    );
    expect((await importRow(committed))!.status).toBe('applied');
    // Only PostgreSQL can have a live import in another process; the embedded database has one process.
    expect((await importRow(beating))!.status).toBe(engine === 'postgres' ? 'running' : 'failed');
    // This process's own import is still its own to finish.
    expect((await importRow(mine))!.status).toBe('running');
    expect(await getResponseImport(ctx, silent)).toMatchObject({
      status: 'failed',
      error: INTERRUPTED,
      progress: null,
    });
    // A second sweep changes nothing more.
    expect(await endInterruptedImports(centric.deps)).toBe(0);
  });

  it('a running import beats on PostgreSQL, so another process does not take it for an orphan', async () => {
    const db = centric.deps.handle;
    const id = uuidv7();
    const started = centric.clock.now();
    await db.query(
      `insert into response_imports (id, organisation_id, format, file_name, status, runner, heartbeat_at, created_at)
       values ($1, $2, 'centric', 'live.csv', 'running', $3, $4, $4)`,
      [id, orgId, RUNNER_ID, started],
    );
    const beat = async () =>
      (
        await db.query<{ heartbeat_at: Date }>('select heartbeat_at from response_imports where id = $1', [
          id,
        ])
      ).rows[0]!.heartbeat_at.getTime();
    vi.useFakeTimers({ toFake: ['setInterval', 'clearInterval'] });
    try {
      const release = holdImport(centric.deps, id);
      centric.clock.advance(SILENCE_MS);
      vi.advanceTimersByTime(HEARTBEAT_MS);
      release();
    } finally {
      vi.useRealTimers();
    }
    // Seen from another process: an orphan once its runner has been silent for SILENCE_MS, not before.
    const orphanToOthers = async () =>
      (
        await listOrphanedResponseImports(
          centric.deps.db,
          'another-process',
          new Date(centric.clock.now().getTime() - SILENCE_MS),
        )
      ).some((row) => row.id === id);
    if (engine === 'postgres') {
      await expect.poll(beat).toBe(started.getTime() + SILENCE_MS);
      centric.clock.advance(SILENCE_MS - 1000);
      expect(await orphanToOthers()).toBe(false); // without the beat it would be one by now
      centric.clock.advance(2000);
      expect(await orphanToOthers()).toBe(true);
    } else expect(await beat()).toBe(started.getTime()); // one process: nothing to tell apart
  });
});
