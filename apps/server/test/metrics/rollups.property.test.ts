import { mkdtemp, rm, writeFile } from 'node:fs/promises';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import type { CreateResponse } from '@centric/contracts/responses/response.schemas';
import { METRIC_SCALES, summariseMetric } from '@centric/core/metrics/index';
import { SCORE_RANGE } from '@centric/core/surveys/survey-kinds';
import { readRollupRows, recountRollupRows } from '@centric/db/metrics/metric-rollup.repository';
import { updateOrganisation } from '@centric/db/organisations/organisation.repository';
import { testEngines } from '@centric/db/testing/test-database';
import { sql } from 'drizzle-orm';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import type { OrgContext } from '../../src/context';
import { Random } from '../../src/demo/demo-random';
import { importResponseFile } from '../../src/imports/response-import.service';
import { rebuildOrganisationRollups } from '../../src/metrics/rollup-rebuild';
import { createResponses, deleteResponse, updateResponse } from '../../src/responses/response.writer';
import { ORIGIN, startTestCentric, type TestCentric } from '../support/test-centric';

type Kind = 'nps' | 'csat' | 'ces' | 'enps';

describe.each(testEngines())('metric rollups against a raw recount (%s)', (engine) => {
  let centric: TestCentric;
  let ctx: OrgContext;
  let cookie: string;
  const ids = {
    units: [] as string[],
    region: '',
    channels: [] as string[],
    segments: [] as string[],
    people: [] as string[],
    surveys: {} as Record<Kind, string>,
  };
  /** The names a Centric CSV uses for the same ids (an id's name sits at its index). */
  const names = {
    units: ['North', 'Leeds', 'York', 'Croydon'],
    channels: ['Store', 'Online'],
    segments: ['Loyal', 'New'],
    people: [] as string[],
  };
  let dir = '';
  const live: { id: string; kind: Kind }[] = [];
  const get = (url: string) => centric.app.inject({ method: 'GET', url, headers: { cookie } });

  beforeAll(async () => {
    centric = await startTestCentric(engine);
    const org = await centric.organisation('rollups');
    cookie = org.ownerCookie;
    const post = async (url: string, payload: object) => {
      const r = await centric.app.inject({
        method: 'POST',
        url,
        headers: { cookie, origin: ORIGIN },
        payload,
      });
      expect(r.statusCode, r.body).toBe(201);
      return r.json().id as string;
    };
    ids.region = await post('/api/v1/units', { name: 'North', kind: 'region' });
    ids.units.push(ids.region);
    ids.units.push(await post('/api/v1/units', { name: 'Leeds', kind: 'store', parentId: ids.region }));
    ids.units.push(await post('/api/v1/units', { name: 'York', kind: 'store', parentId: ids.region }));
    ids.units.push(await post('/api/v1/units', { name: 'Croydon', kind: 'store' }));
    for (const name of ['Store', 'Online']) ids.channels.push(await post('/api/v1/channels', { name }));
    for (const name of ['Loyal', 'New']) ids.segments.push(await post('/api/v1/segments', { name }));
    for (const kind of ['nps', 'csat', 'ces', 'enps'] as const)
      ids.surveys[kind] = await post('/api/v1/surveys', { name: kind, kind, status: 'live' });
    for (let i = 0; i < 4; i++) {
      const person = await centric.person(org.id, 'employee', { unitId: ids.units[1 + (i % 3)]! });
      ids.people.push(person.id);
      names.people.push(person.email);
    }
    dir = await mkdtemp(join(tmpdir(), 'centric-rollups-'));
    ctx = {
      deps: centric.deps,
      // A low minimum sample, so that small random groups still show values to compare.
      organisation: await updateOrganisation(centric.deps.db, org.id, {
        settings: { metrics: { minimumSample: 2 } },
      }),
      actor: { kind: 'system', userId: null, personId: null, role: 'owner', unitId: null },
    };
  });
  afterAll(async () => {
    await centric?.close();
    if (dir) await rm(dir, { recursive: true, force: true });
  });

  const maybe = <T>(random: Random, items: readonly T[]) => (random.chance(0.2) ? null : random.pick(items));
  const newResponse = (random: Random): CreateResponse & { kind: Kind } => {
    const kind = random.pick(['nps', 'nps', 'csat', 'ces', 'enps'] as const);
    const range = SCORE_RANGE[kind];
    // Times cluster around midnight so that Paris days and UTC days differ for many answers.
    const day = random.int(1, 75);
    const minute = random.chance(0.5) ? random.int(22 * 60, 24 * 60 - 1) : random.int(0, 24 * 60 - 1);
    const at = new Date(Date.UTC(2026, 8, day) + minute * 60_000);
    return {
      kind,
      surveyId: ids.surveys[kind],
      score: random.chance(0.05) ? null : random.int(range.min, range.max),
      comment: null,
      customerId: null,
      channelId: maybe(random, ids.channels),
      touchpointId: null,
      segmentId: maybe(random, ids.segments),
      unitId: maybe(random, ids.units),
      employeeId: maybe(random, ids.people),
      answers: {},
      source: 'import',
      language: null,
      respondedAt: at.toISOString(),
    };
  };

  /** The rows as a Centric CSV file, imported through the file import. */
  async function importFile(generated: (CreateResponse & { kind: Kind })[]) {
    // An import refuses answers dated after tomorrow (the test's clock is earlier than some random days).
    const latest = centric.deps.clock.now().getTime() + 86_400_000;
    const rows = generated.filter((r) => Date.parse(r.respondedAt ?? '') <= latest);
    if (rows.length === 0) return;
    const nameOf = (list: string[], names: string[], id: string | null | undefined) =>
      id ? names[list.indexOf(id)]! : '';
    const lines = rows.map((r) =>
      [
        r.respondedAt,
        r.score ?? '',
        // A line needs a score or a comment.
        r.score === null ? 'no score given' : '',
        r.kind,
        nameOf(ids.channels, names.channels, r.channelId),
        nameOf(ids.segments, names.segments, r.segmentId),
        nameOf(ids.units, names.units, r.unitId),
        '',
        '',
        nameOf(ids.people, names.people, r.employeeId),
      ].join(','),
    );
    const path = join(dir, `import-${live.length}.csv`);
    await writeFile(
      path,
      `responded_at,score,comment,survey,channel,segment,unit,customer_id,customer_email,employee_email\n${lines.join('\n')}\n`,
    );
    const summary = await importResponseFile(ctx, path, {
      format: 'centric',
      fileName: 'random.csv',
      createMissing: false,
      skipInvalid: false,
      dryRun: false,
    });
    expect(summary.status, JSON.stringify(summary.issues)).toBe('applied');
    const imported = (await centric.deps.db.execute(sql`
      select r.id, s.kind from responses r join surveys s on s.id = r.survey_id
      where r.organisation_id = ${ctx.organisation.id} and r.import_id = ${summary.id}::uuid`)) as unknown as {
      rows: { id: string; kind: Kind }[];
    };
    expect(imported.rows).toHaveLength(rows.length);
    live.push(...imported.rows);
  }

  async function randomOperations(random: Random, steps: number) {
    for (let step = 0; step < steps; step++) {
      const roll = random.next();
      if (roll < 0.35 || live.length < 5) {
        const r = newResponse(random);
        const [row] = await createResponses(ctx, [r]);
        live.push({ id: row!.id, kind: r.kind });
      } else if (roll < 0.5) {
        // An import: a batch in one transaction.
        const batch = Array.from({ length: random.int(2, 40) }, () => newResponse(random));
        const rows = await createResponses(ctx, batch);
        for (const [i, row] of rows.entries()) live.push({ id: row.id, kind: batch[i]!.kind });
      } else if (roll < 0.55) {
        // A file import: its rows reach the rollups set-based, once, in the import's transaction.
        await importFile(Array.from({ length: random.int(1, 60) }, () => newResponse(random)));
      } else if (roll < 0.65) {
        const [gone] = live.splice(random.int(0, live.length - 1), 1);
        await deleteResponse(ctx, gone!.id);
      } else if (roll < 0.9) {
        const target = random.pick(live);
        await updateResponse(ctx, target.id, {
          unitId: maybe(random, ids.units),
          channelId: maybe(random, ids.channels),
          ...(random.chance(0.5) ? { segmentId: maybe(random, ids.segments) } : {}),
          ...(random.chance(0.5) ? { employeeId: maybe(random, ids.people) } : {}),
        });
      } else {
        const target = random.pick(live);
        const range = SCORE_RANGE[target.kind];
        await updateResponse(ctx, target.id, {
          score: random.chance(0.1) ? null : random.int(range.min, range.max),
        });
      }
    }
  }

  async function expectRollupsEqualRecount() {
    for (const table of ['daily', 'monthly'] as const) {
      const rolled = await readRollupRows(centric.deps.db, ctx.organisation.id, table);
      const recounted = await recountRollupRows(centric.deps.db, ctx.organisation.id, 'Europe/Paris', table);
      expect(rolled).toEqual(recounted);
    }
  }

  /** The histogram of a metric recounted from the raw responses with a filter, cut in Paris days. */
  async function rawHistogram(kind: Kind, where: ReturnType<typeof sql>) {
    const result = (await centric.deps.db.execute(sql`
      select r.score, count(*)::int as n from responses r
      where r.organisation_id = ${ctx.organisation.id} and r.survey_id = ${ids.surveys[kind]} and r.score is not null
        and ${where}
      group by r.score`)) as unknown as { rows: { score: number; n: number }[] };
    const scale = METRIC_SCALES[kind];
    const counts = new Array(scale.max - scale.min + 1).fill(0);
    for (const row of result.rows) counts[Number(row.score) - scale.min] = Number(row.n);
    return { scale, counts };
  }

  const parisDay = sql`(r.responded_at at time zone 'Europe/Paris')::date`;

  async function expectApiEqualsRecount() {
    // The region's NPS includes its stores; days are Paris days.
    const region = (await get(`/api/v1/metrics/nps?from=2026-09-10&to=2026-10-31&unit=${ids.region}`)).json();
    const regionRaw = summariseMetric(
      'nps',
      await rawHistogram(
        'nps',
        sql`${parisDay} between '2026-09-10' and '2026-10-31' and r.unit_id in (${sql.join(
          ids.units.slice(0, 3).map((u) => sql`${u}::uuid`),
          sql`, `,
        )})`,
      ),
      { minimumSample: 2 },
    );
    expect(region.n).toBe(regionRaw.n);
    if (regionRaw.status === 'ok') expect(region.value ?? Number.NaN).toBeCloseTo(regionRaw.value, 9);

    // CSAT by month equals a month-by-month recount (whole months and the partial one at the end).
    const monthly = (await get('/api/v1/metrics/csat?from=2026-09-01&to=2026-11-10&groupBy=month')).json();
    for (const point of monthly.series as { key: string; n: number }[]) {
      const raw = await rawHistogram(
        'csat',
        sql`to_char(${parisDay}, 'YYYY-MM') = ${point.key} and ${parisDay} <= '2026-11-10'`,
      );
      expect(point.n, point.key).toBe(raw.counts.reduce((a: number, b: number) => a + b, 0));
    }

    // CES by channel, with one employee's answers only.
    const person = ids.people[0]!;
    const byChannel = (
      await get(`/api/v1/metrics/ces?from=2026-09-01&to=2026-11-30&groupBy=channel&employee=${person}`)
    ).json();
    for (const point of byChannel.series as { key: string; n: number }[]) {
      const channel =
        point.key === 'none' ? sql`r.channel_id is null` : sql`r.channel_id = ${point.key}::uuid`;
      const raw = await rawHistogram('ces', sql`${channel} and r.employee_id = ${person}::uuid`);
      expect(point.n, point.key).toBe(raw.counts.reduce((a: number, b: number) => a + b, 0));
    }

    // The response count includes answers without a score.
    const count = (await get('/api/v1/metrics/responses?from=2026-08-01&to=2026-12-31')).json();
    expect(count.value).toBe(live.length);
  }

  it('stays equal to a raw recount through random inserts, imports, deletes, edits and re-attributions', async () => {
    const random = new Random(20_261_201);
    for (let round = 0; round < 4; round++) {
      await randomOperations(random, 40);
      await expectRollupsEqualRecount();
      await expectApiEqualsRecount();
    }
    // Under a loaded machine hundreds of transactions and recounts take minutes, not seconds.
  }, 600_000);

  it('moves the answers of a deleted unit to "no unit" in the same transaction as the deletion', async () => {
    const bath = (
      await centric.app.inject({
        method: 'POST',
        url: '/api/v1/units',
        headers: { cookie, origin: ORIGIN },
        payload: { name: 'Bath', kind: 'store', parentId: ids.region },
      })
    ).json().id as string;
    const random = new Random(7);
    const batch = Array.from({ length: 12 }, () => ({ ...newResponse(random), unitId: bath }));
    for (const [i, row] of (await createResponses(ctx, batch)).entries())
      live.push({ id: row.id, kind: batch[i]!.kind });
    const answered = async () => {
      const r = (await get(`/api/v1/metrics/responses?from=2026-08-01&to=2026-12-31&groupBy=unit`)).json();
      return r.series as { key: string; n: number }[];
    };
    const noUnitBefore = (await answered()).find((p) => p.key === 'none')?.n ?? 0;
    expect((await answered()).find((p) => p.key === ids.region)?.n).toBeGreaterThanOrEqual(12);

    // No path around the write path: the database refuses to drop a unit its answers still point at.
    await expect(
      centric.deps.db.transaction((tx) => tx.execute(sql`delete from units where id = ${bath}::uuid`)),
    ).rejects.toThrow();

    const removed = await centric.app.inject({
      method: 'DELETE',
      url: `/api/v1/units/${bath}`,
      headers: { cookie, origin: ORIGIN },
    });
    expect(removed.statusCode, removed.body).toBe(204);
    await expectRollupsEqualRecount();
    for (const table of ['daily', 'monthly'] as const)
      expect(
        (await readRollupRows(centric.deps.db, ctx.organisation.id, table)).some((r) => r.key.includes(bath)),
      ).toBe(false);
    expect((await answered()).find((p) => p.key === 'none')?.n).toBe(noUnitBefore + 12);
    await expectApiEqualsRecount();
  }, 300_000);

  it('rebuilds to exactly the rollups the write path kept', async () => {
    const before = await readRollupRows(centric.deps.db, ctx.organisation.id, 'daily');
    const written = await rebuildOrganisationRollups(centric.deps, ctx.organisation);
    expect(written.daily).toBeGreaterThan(0);
    expect(await readRollupRows(centric.deps.db, ctx.organisation.id, 'daily')).toEqual(before);
    await expectRollupsEqualRecount();
  });

  it('re-cuts the days when the organisation moves to another time zone', async () => {
    const moved = await centric.app.inject({
      method: 'PATCH',
      url: '/api/v1/organisation',
      headers: { cookie, origin: ORIGIN },
      payload: { timeZone: 'America/New_York' },
    });
    expect(moved.statusCode, moved.body).toBe(200);
    for (const table of ['daily', 'monthly'] as const) {
      const rolled = await readRollupRows(centric.deps.db, ctx.organisation.id, table);
      expect(rolled).toEqual(
        await recountRollupRows(centric.deps.db, ctx.organisation.id, 'America/New_York', table),
      );
      expect(rolled).not.toEqual(
        await recountRollupRows(centric.deps.db, ctx.organisation.id, 'Europe/Paris', table),
      );
    }
    // The writes after the move are cut in the new zone, though the write path last saw Paris (its guess is
    // checked by the rollup upsert itself, which then reads the zone again).
    await randomOperations(new Random(11), 40);
    for (const table of ['daily', 'monthly'] as const)
      expect(await readRollupRows(centric.deps.db, ctx.organisation.id, table)).toEqual(
        await recountRollupRows(centric.deps.db, ctx.organisation.id, 'America/New_York', table),
      );
  });
});
