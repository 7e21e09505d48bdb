import { createWriteStream } from 'node:fs';
import { stat } from 'node:fs/promises';
import { join } from 'node:path';
import { testEngines } from '@centric/db/testing/test-database';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { importResponseFile } from '../../src/imports/response-import.service';
import { startTestCentric, type TestCentric } from '../support/test-centric';
import { counts, HEADER, importDir, seedImportOrg } from './import-fixtures';

const TARGET_BYTES = 200 * 1024 * 1024;

// One engine proves it (the other runs every other import test): PostgreSQL when there is one, where the rows
// written before the bad line is read cost least to write and to roll back.
describe.each(testEngines().slice(-1))('a 200 MB file whose only bad line is near its end (%s)', (engine) => {
  let centric: TestCentric;

  beforeAll(async () => {
    centric = await startTestCentric(engine);
  });
  afterAll(async () => {
    await centric?.close();
  });

  it('is streamed, reports the line and changes nothing', { timeout: 900_000 }, async () => {
    const { ctx, org } = await seedImportOrg(centric, 'big');
    const path = join(importDir(), 'big.csv');
    const out = createWriteStream(path);
    out.write(`${HEADER}\n`);
    const line =
      '2026-10-01T10:00:00Z,9,"Friendly staff, quick checkout, would come back again",Store NPS,Store,Loyal,Lyon,,,\n';
    const lines = Math.ceil(TARGET_BYTES / Buffer.byteLength(line));
    const badAt = lines - 10;
    for (let i = 1; i <= lines; i++) {
      const text =
        i === badAt ? '2026-10-01T10:00:00Z,11,out of range,Store NPS,Store,Loyal,Lyon,,,\n' : line;
      if (!out.write(text)) await new Promise<void>((r) => out.once('drain', () => r()));
    }
    await new Promise<void>((resolve) => out.end(() => resolve()));
    expect((await stat(path)).size).toBeGreaterThan(TARGET_BYTES);
    const before = await counts(centric, org.id);
    let progressCalls = 0;
    const summary = await importResponseFile(
      ctx,
      path,
      { format: 'centric', fileName: 'big.csv', createMissing: false, skipInvalid: false, dryRun: false },
      () => {
        progressCalls += 1;
      },
    );
    expect(summary.status).toBe('rejected');
    expect(summary.lines).toBe(lines);
    expect(summary.badLines).toBe(1);
    // The header is line 1, so data line i is file line i + 1.
    expect(summary.issues).toEqual([
      { line: badAt + 1, message: 'score 11 is outside the NPS scale 0–10 of survey "Store NPS"' },
    ]);
    expect(await counts(centric, org.id)).toEqual(before);
    // Streamed: progress was reported all along the file, not once at the end.
    expect(progressCalls).toBeGreaterThan(100);
  });
});
