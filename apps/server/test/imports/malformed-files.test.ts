import { testEngines } from '@centric/db/testing/test-database';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import type { OrgContext } from '../../src/context';
import { importResponseFile } from '../../src/imports/response-import.service';
import { startTestCentric, type TestCentric } from '../support/test-centric';
import { counts, HEADER, importDir, seedImportOrg, writeImportFile } from './import-fixtures';

const GOOD = '2026-10-01T10:00:00Z,9,Fine,Store NPS,,,,,,';

describe.each(testEngines())('malformed response files change nothing (%s)', (engine) => {
  let centric: TestCentric;
  let ctx: OrgContext;
  let orgId: string;
  const dir = importDir();
  const run = async (name: string, content: string | Buffer, extra: { skipInvalid?: boolean } = {}) => {
    const before = await counts(centric, orgId);
    const summary = await importResponseFile(ctx, writeImportFile(dir, name, content), {
      format: 'centric',
      fileName: name,
      createMissing: false,
      skipInvalid: extra.skipInvalid ?? false,
      dryRun: false,
    });
    expect(await counts(centric, orgId), `${name} changed something`).toEqual(before);
    expect(summary.status).toBe('rejected');
    expect(summary.imported).toBe(0);
    return summary;
  };

  beforeAll(async () => {
    centric = await startTestCentric(engine);
    const seeded = await seedImportOrg(centric, 'bad');
    ctx = seeded.ctx;
    orgId = seeded.org.id;
  });
  afterAll(async () => {
    await centric?.close();
  });

  it('a missing column is reported at the header', async () => {
    const s = await run('missing.csv', 'responded_at,comment,survey\n2026-10-01,hi,Store NPS\n');
    expect(s.issues).toEqual([{ line: 1, message: expect.stringMatching(/missing column\(s\) score/) }]);
  });

  it('an unknown column in the header, and a line with an extra cell, are reported', async () => {
    const header = await run('extra-header.csv', `${HEADER},store_code\n${GOOD},S1\n`);
    expect(header.issues[0]).toEqual({
      line: 1,
      message: expect.stringMatching(/unknown column\(s\) "store_code"/),
    });
    const cells = await run('extra-cell.csv', `${HEADER}\n${GOOD}\n${GOOD},surplus\n${GOOD}\n`);
    expect(cells.issues).toEqual([
      { line: 3, message: expect.stringMatching(/has 11 cells where the header has 10/) },
    ]);
    expect(cells.badLines).toBe(1);
    const short = await run('short.csv', `${HEADER}\n2026-10-01,9,Fine\n`);
    expect(short.issues[0]!.message).toMatch(/has 3 cells where the header has 10/);
  });

  it('bad dates: not a date, an impossible day, a time in the future', async () => {
    const s = await run(
      'dates.csv',
      `${HEADER}\nyesterday,9,,Store NPS,,,,,,\n2026-02-30,9,,Store NPS,,,,,,\n${GOOD}\n2030-01-01T00:00:00Z,9,,Store NPS,,,,,,\n`,
    );
    expect(s.issues).toEqual([
      { line: 2, message: expect.stringMatching(/responded_at: "yesterday" is not a date/) },
      { line: 3, message: expect.stringMatching(/"2026-02-30" is not a real date/) },
      { line: 5, message: expect.stringMatching(/in the future/) },
    ]);
  });

  it('scores out of range for the survey’s scale, and scores that are not whole numbers', async () => {
    const s = await run(
      'scores.csv',
      `${HEADER}\n2026-10-01,11,,Store NPS,,,,,,\n2026-10-01,0,,Delivery CSAT,,,,,,\n2026-10-01,-1,,Store NPS,,,,,,\n2026-10-01,7.5,,Store NPS,,,,,,\n2026-10-01,5,,Delivery CSAT,,,,,,\n`,
    );
    expect(s.issues).toEqual([
      { line: 2, message: 'score 11 is outside the NPS scale 0–10 of survey "Store NPS"' },
      { line: 3, message: 'score 0 is outside the CSAT scale 1–5 of survey "Delivery CSAT"' },
      { line: 4, message: 'score -1 is outside the NPS scale 0–10 of survey "Store NPS"' },
      { line: 5, message: 'score "7.5" is not a whole number' },
    ]);
  });

  it('a file that is not UTF-8 is refused with the line of its first invalid byte, even with --skip-invalid', async () => {
    const latin1 = Buffer.from(`${HEADER}\n${GOOD}\n2026-10-01,9,Très bien,Store NPS,,,,,,\n`, 'latin1');
    const s = await run('latin1.csv', latin1, { skipInvalid: true });
    expect(s.issues).toEqual([
      { line: 3, message: expect.stringMatching(/not UTF-8 text \(first invalid byte on line 3\)/) },
    ]);
  });

  it('an empty file, a header alone, and broken quoting are each reported', async () => {
    expect((await run('empty.csv', '')).issues[0]).toEqual({
      line: 1,
      message: expect.stringMatching(/the file is empty/),
    });
    expect((await run('header.csv', `${HEADER}\n`)).issues[0]!.message).toMatch(/a header but no lines/);
    const quotes = await run('quotes.csv', `${HEADER}\n${GOOD}\n2026-10-01,9,"unclosed,Store NPS,,,,,,\n`);
    expect(quotes.issues[0]!.message).toMatch(/not valid CSV/);
  });

  it('reports at most 100 bad lines but counts every one', async () => {
    const lines = Array.from({ length: 250 }, () => '2026-10-01,42,,Store NPS,,,,,,').join('\n');
    const s = await run('many.csv', `${HEADER}\n${lines}\n`);
    expect(s.badLines).toBe(250);
    expect(s.issues).toHaveLength(100);
    expect(s.issues[0]!.line).toBe(2);
    expect(s.message).toMatch(/250 bad line/);
  });
});
