import { fileURLToPath } from 'node:url';
import { testEngines } from '@centric/db/testing/test-database';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import type { OrgContext } from '../../src/context';
import { importResponseFile, type ResponseImportRequest } from '../../src/imports/response-import.service';
import { startTestCentric, type TestCentric } from '../support/test-centric';
import { counts, seedImportOrg } from './import-fixtures';

const fixture = (name: string) => fileURLToPath(new URL(`./fixtures/${name}`, import.meta.url));
const base = { createMissing: false, skipInvalid: false, dryRun: false };

describe.each(testEngines())('imports of survey tools’ exports and online reviews (%s)', (engine) => {
  let centric: TestCentric;
  let ctx: OrgContext;
  let orgId: string;
  const rows = async (importId: string) =>
    (
      await centric.deps.handle.query<{
        score: number | null;
        comment: string | null;
        source: string;
        customer_id: string | null;
        language: string | null;
        responded_at: Date;
        answers: Record<string, unknown>;
        survey: string;
        channel: string | null;
      }>(
        `select r.score, r.comment, r.source, r.customer_id, r.language, r.responded_at, r.answers, s.name as survey, c.name as channel
         from responses r join surveys s on s.id = r.survey_id left join channels c on c.id = r.channel_id
         where r.organisation_id = $1 and r.import_id = $2 order by r.responded_at`,
        [orgId, importId],
      )
    ).rows;
  const run = (
    file: string,
    request: Partial<ResponseImportRequest> & Pick<ResponseImportRequest, 'format'>,
  ) => importResponseFile(ctx, fixture(file), { ...base, fileName: file, ...request });

  beforeAll(async () => {
    centric = await startTestCentric(engine);
    const seeded = await seedImportOrg(centric, 'tools');
    ctx = seeded.ctx;
    orgId = seeded.org.id;
  });
  afterAll(async () => {
    await centric?.close();
  });

  it('Qualtrics: three header rows, the NPS question found by its _NPS_GROUP column, unfinished rows passed over', async () => {
    const noSurvey = await run('qualtrics-export.csv', { format: 'qualtrics' });
    expect(noSurvey.issues[0]!.message).toMatch(/--survey NAME/);
    const s = await run('qualtrics-export.csv', { format: 'qualtrics', survey: 'Store NPS' });
    expect(s, s.message).toMatchObject({ status: 'applied', imported: 2, skipped: 3, badLines: 0 });
    const stored = await rows(s.id);
    expect(stored.map((r) => [r.score, r.comment, r.language])).toEqual([
      [10, 'Quick, friendly service', 'en'],
      [4, "Trop d'attente", 'fr'],
    ]);
    expect(stored[0]!.customer_id).not.toBeNull();
    expect(stored[0]!.responded_at.toISOString()).toBe('2026-10-01T10:00:13.000Z');
    expect(stored[0]!.answers).toEqual({ qualtricsResponseId: 'R_1a2B3c4D5e6F7g8' });
  });

  it('Delighted: Unix or ISO timestamps, the person matched by id or e-mail (unknown ones refused)', async () => {
    const refused = await run('delighted-export.csv', { format: 'delighted', survey: 'Store NPS' });
    expect(refused.issues).toEqual([
      { line: 3, message: expect.stringMatching(/customer e-mail bob@example.com is not a customer/) },
    ]);
    const s = await run('delighted-export.csv', {
      format: 'delighted',
      survey: 'Store NPS',
      createMissing: true,
    });
    expect(s, s.message).toMatchObject({ status: 'applied', imported: 2, created: { customers: 1 } });
    const stored = await rows(s.id);
    expect(stored.map((r) => [r.score, r.comment])).toEqual([
      [9, 'Love the new app'],
      [2, 'Late delivery, twice'],
    ]);
    expect(stored[0]!.responded_at.toISOString()).toBe('2025-10-01T10:00:00.000Z');
  });

  it('online reviews from CSV: source "online", stars as CSAT 1–5, the site as channel, the review kept', async () => {
    const refused = await run('online-reviews.csv', { format: 'online' });
    expect(refused.issues[0]!.message).toMatch(/survey "Online reviews" does not exist/);
    const before = await counts(centric, orgId);
    const s = await run('online-reviews.csv', { format: 'online', createMissing: true });
    expect(s, s.message).toMatchObject({
      status: 'applied',
      imported: 3,
      created: { surveys: ['Online reviews'], channels: ['Google', 'Trustpilot'] },
    });
    const stored = await rows(s.id);
    expect(stored.map((r) => [r.score, r.comment, r.source, r.channel, r.survey])).toEqual([
      [5, 'Best bakery in town', 'online', 'Google', 'Online reviews'],
      [1, 'Never again, rude staff', 'online', 'Trustpilot', 'Online reviews'],
      [5, null, 'online', 'Google', 'Online reviews'],
    ]);
    expect(stored[0]!.answers).toEqual({
      review: { site: 'Google', url: 'https://maps.example.com/review/1', author: 'Chloé', rating: '5' },
    });
    expect(stored[2]!.responded_at.toISOString()).toBe('2026-10-02T07:00:00.000Z');
    const after = await counts(centric, orgId);
    expect(after.rolled - before.rolled).toBe(3);
    const kind = await centric.deps.handle.query<{ kind: string }>(
      `select kind from surveys where organisation_id = $1 and name = 'Online reviews'`,
      [orgId],
    );
    expect(kind.rows[0]!.kind).toBe('csat');
  });

  it('online reviews from a JSON array and from JSON lines, with a 10-point scale', async () => {
    const array = await run('online-reviews.json', { format: 'online', createMissing: true });
    expect(array, array.message).toMatchObject({ status: 'applied', imported: 2 });
    const stored = await rows(array.id);
    expect(stored.map((r) => [r.score, r.comment])).toEqual([
      [3, 'OK, nothing "special"'],
      [null, "Where is the Lyon store?\nCan't find it"],
    ]);
    const stars = await run('online-reviews.jsonl', { format: 'online' });
    expect(stars.issues[0]).toEqual({ line: 1, message: 'rating 9 is outside the scale 0–5' });
    const tenPoint = await run('online-reviews.jsonl', { format: 'online', ratingScale: 10 });
    expect(tenPoint, tenPoint.message).toMatchObject({ status: 'applied', imported: 2 });
    expect((await rows(tenPoint.id)).map((r) => r.score)).toEqual([5, 2]);
  });
});
