import { testEngines } from '@centric/db/testing/test-database';
import { rebuildRollups } from '@centric/db/text/rollup.repository';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { TEXT_ANALYSE_JOB, TEXT_RUN_JOB } from '../../src/text/text.jobs';
import { ORIGIN, startTestCentric, type TestCentric } from '../support/test-centric';

// Detractors complain about waiting; promoters praise the staff; a few mention the car park, which no starter theme covers.
const COMMENTS: [number, string][] = [
  ...Array.from({ length: 8 }, (_, i): [number, string] => [
    2 + (i % 3),
    `I had to wait ${20 + i} minutes in the queue. Nobody came to help.`,
  ]),
  ...Array.from({ length: 8 }, (_, i): [number, string] => [
    9 + (i % 2),
    `The staff were lovely and so helpful${i % 2 ? '!' : '.'}`,
  ]),
  ...Array.from({ length: 4 }, (_, i): [number, string] => [7, `The car park was full again, bay ${i}.`]),
  [8, 'Bought a lamp on Monday.'],
];

describe.each(testEngines())('text analytics of comments (%s)', (engine) => {
  let centric: TestCentric;
  let cookie: string;
  let unitA: string;
  let unitB: string;
  let survey: string;
  const ids: string[] = [];
  const call = (method: 'GET' | 'POST' | 'DELETE', url: string, payload?: object) =>
    centric.app.inject({ method, url, headers: { cookie, origin: ORIGIN }, ...(payload ? { payload } : {}) });
  const drain = async () => {
    for (const job of [TEXT_ANALYSE_JOB, TEXT_RUN_JOB]) await centric.deps.jobs.drain(job, 60_000);
  };

  beforeAll(async () => {
    centric = await startTestCentric(engine);
    cookie = (await centric.organisation('text')).ownerCookie;
    unitA = (await call('POST', '/api/v1/units', { name: 'Leeds', kind: 'store' })).json().id;
    unitB = (await call('POST', '/api/v1/units', { name: 'York', kind: 'store' })).json().id;
    survey = (await call('POST', '/api/v1/surveys', { name: 'NPS', kind: 'nps', status: 'live' })).json().id;
    for (const [i, [score, comment]] of COMMENTS.entries()) {
      const r = await call('POST', '/api/v1/responses', {
        surveyId: survey,
        score,
        comment,
        unitId: i % 2 ? unitB : unitA,
        respondedAt: `2026-${i < 10 ? '09' : '10'}-15T10:00:00Z`,
      });
      expect(r.statusCode, r.body).toBe(201);
      ids.push(r.json().id);
    }
    await drain();
  });
  afterAll(async () => {
    await centric?.close();
  });

  it('analyses every new comment in the background, with badges and filters on the responses', async () => {
    const all = (await call('GET', '/api/v1/responses?limit=100')).json();
    expect(all.items).toHaveLength(COMMENTS.length);
    const wait = all.items.find((r: { id: string }) => r.id === ids[0]);
    expect(wait.text.label).toBe('negative');
    expect(wait.text.themes.map((t: { themeId: string }) => t.themeId)).toContain('waiting-time');
    const negative = (await call('GET', '/api/v1/responses?sentiment=negative&limit=100')).json();
    expect(negative.items.length).toBeGreaterThanOrEqual(8);
    expect(negative.items.every((r: { text: { label: string } }) => r.text.label === 'negative')).toBe(true);
    const staff = (await call('GET', '/api/v1/responses?theme=staff&limit=100')).json();
    expect(staff.items).toHaveLength(8);
    const other = (await call('GET', '/api/v1/responses?theme=other&limit=100')).json();
    expect(other.items.map((r: { comment: string }) => r.comment)).toContain('Bought a lamp on Monday.');
    expect(other.items.find((r: { comment: string }) => r.comment.startsWith('Bought')).text.label).toBe(
      'neutral',
    );
  });

  it('shows themes by volume, sentiment and NPS effect with significance', async () => {
    const body = (await call('GET', '/api/v1/text/themes')).json();
    expect(body.comments).toBe(COMMENTS.length);
    expect(body.npsComments).toBe(COMMENTS.length);
    const byId = Object.fromEntries(body.themes.map((t: { themeId: string }) => [t.themeId, t]));
    expect(byId['waiting-time']).toMatchObject({ count: 8, detractorShare: 1, promoterShare: 0 });
    expect(byId['waiting-time'].negative).toBeGreaterThanOrEqual(7);
    expect(byId['waiting-time'].npsWith).toBe(-100);
    expect(byId['waiting-time'].npsEffect).toBeLessThan(-100);
    expect(byId['waiting-time'].significant).toBe(true);
    expect(byId.staff.npsWith).toBe(100);
    expect(byId.staff.positive).toBe(8);
    expect(byId.other.count).toBe(5);
  });

  it('gives top themes per unit and per month, and each theme’s trend', async () => {
    const byUnit = (await call('GET', '/api/v1/text/themes/top?groupBy=unit&limit=2')).json();
    expect(byUnit.groups.map((g: { label: string }) => g.label).sort()).toEqual(['Leeds', 'York']);
    for (const g of byUnit.groups) expect(g.themes.length).toBeLessThanOrEqual(2);
    const leeds = (await call('GET', `/api/v1/text/themes/top?unitId=${unitA}`)).json();
    expect(leeds.groups).toHaveLength(1);
    const months = (await call('GET', '/api/v1/text/themes/top?groupBy=month')).json();
    expect(months.groups.map((g: { key: string }) => g.key)).toEqual(['2026-09', '2026-10']);
    const trend = (await call('GET', '/api/v1/text/trends?themeId=waiting-time')).json();
    expect(trend.months).toEqual(['2026-09', '2026-10']);
    expect(trend.series).toHaveLength(1);
    expect(trend.series[0].points.map((p: { count: number }) => p.count)).toEqual([8, 0]);
    expect(trend.series[0].points[0].share).toBeCloseTo(0.8, 6);
    const narrowed = (await call('GET', '/api/v1/text/themes?from=2026-10&to=2026-10')).json();
    expect(narrowed.comments).toBe(COMMENTS.length - 10);
    expect((await call('GET', '/api/v1/text/themes?from=2026-11&to=2026-10')).statusCode).toBe(400);
  });

  it('re-tags everything after a codeframe change, with visible progress, and proposes from "Other"', async () => {
    const before = (await call('GET', '/api/v1/text/codeframe')).json();
    expect(before.version).toBe(0);
    expect(before.themes.map((t: { id: string }) => t.id)).toContain('staff');
    const proposals = (await call('POST', '/api/v1/text/reanalysis', {})).json();
    expect(proposals.status).toBe('queued');
    await drain();
    const found = (await call('GET', '/api/v1/text/proposals')).json();
    expect(found.fromOther.flatMap((p: { terms: string[] }) => p.terms)).toContain('car park');

    const changed = await call('POST', '/api/v1/text/codeframe/changes', {
      version: 0,
      change: { kind: 'accept-proposal', name: 'Parking', terms: ['car park'] },
    });
    expect(changed.statusCode, changed.body).toBe(200);
    expect(changed.json().version).toBe(1);
    expect(changed.json().run).toMatchObject({ status: 'queued', codeframeVersion: 1 });
    const stale = await call('POST', '/api/v1/text/codeframe/changes', {
      version: 0,
      change: { kind: 'rename', themeId: 'parking', name: 'Car park' },
    });
    expect(stale.statusCode).toBe(409);
    await drain();
    const after = (await call('GET', '/api/v1/text/codeframe')).json();
    expect(after.run).toMatchObject({ status: 'done', done: COMMENTS.length, total: COMMENTS.length });
    const parking = (await call('GET', '/api/v1/responses?theme=parking')).json();
    expect(parking.items).toHaveLength(4);
    const themes = (await call('GET', '/api/v1/text/themes')).json();
    expect(themes.themes.find((t: { themeId: string }) => t.themeId === 'other').count).toBe(1);
  });

  it('merges, splits, renames, ignores and removes themes through changes', async () => {
    const change = async (c: object) => {
      const r = await call('POST', '/api/v1/text/codeframe/changes', { change: c });
      expect(r.statusCode, r.body).toBe(200);
      return r.json();
    };
    await change({ kind: 'merge', sourceIds: ['parking'], targetId: 'website' });
    let cf = await change({
      kind: 'split',
      themeId: 'website',
      parts: [{ name: 'Parking', terms: ['car park'] }],
    });
    expect(cf.themes.find((t: { id: string }) => t.id === 'parking').terms).toEqual(['car park']);
    cf = await change({ kind: 'rename', themeId: 'parking', name: 'Car park' });
    cf = await change({ kind: 'ignore', themeId: 'parking' });
    expect(cf.themes.find((t: { id: string }) => t.id === 'parking')).toMatchObject({
      name: 'Car park',
      ignored: true,
    });
    cf = await change({ kind: 'set-terms', themeId: 'price', terms: ['price', 'prices', 'cost*'] });
    expect(cf.themes.find((t: { id: string }) => t.id === 'price').terms).toEqual([
      'price',
      'prices',
      'cost*',
    ]);
    await change({ kind: 'remove', themeId: 'parking' });
    const missing = await call('POST', '/api/v1/text/codeframe/changes', {
      change: { kind: 'rename', themeId: 'parking', name: 'x' },
    });
    expect(missing.statusCode).toBe(404);
    const bad = await call('POST', '/api/v1/text/codeframe/changes', { change: { kind: 'explode' } });
    expect(bad.statusCode).toBe(400);
    await drain();
    const other = (await call('GET', '/api/v1/responses?theme=other&limit=100')).json();
    expect(other.items).toHaveLength(5);
  });

  it('keeps the rollups right when comments are edited or deleted', async () => {
    expect((await call('DELETE', `/api/v1/responses/${ids[0]}`)).statusCode).toBe(204);
    const edited = await centric.app.inject({
      method: 'PATCH',
      url: `/api/v1/responses/${ids[1]}`,
      headers: { cookie, origin: ORIGIN },
      payload: { comment: 'The staff were brilliant.' },
    });
    expect(edited.statusCode).toBe(200);
    await drain();
    const body = (await call('GET', '/api/v1/text/themes')).json();
    expect(body.comments).toBe(COMMENTS.length - 1);
    const byId = Object.fromEntries(body.themes.map((t: { themeId: string }) => [t.themeId, t]));
    expect(byId['waiting-time'].count).toBe(6);
    expect(byId.staff.count).toBe(9);
    // The incremental changes leave exactly what a rebuild from the stored analyses gives.
    const rollups = async () =>
      (
        await centric.deps.handle.query(
          `select month, unit_id, theme_id, nps_group, label, comments, round(score_sum::numeric, 3) as s
           from text_rollups order by 1, 2, 3, 4, 5`,
        )
      ).rows;
    const incremental = await rollups();
    const orgId = (await call('GET', '/api/v1/organisation')).json().id;
    await centric.deps.db.transaction((tx) => rebuildRollups(tx, orgId));
    expect(await rollups()).toEqual(incremental);
  });

  it('shows a manager only their own unit’s themes', async () => {
    const orgId = (await call('GET', '/api/v1/organisation')).json().id;
    const manager = await centric.person(orgId, 'manager', { unitId: unitB });
    const get = (url: string) =>
      centric.app.inject({ method: 'GET', url, headers: { cookie: manager.cookie } });
    const mine = (await get('/api/v1/text/themes')).json();
    const all = (await call('GET', '/api/v1/text/themes')).json();
    expect(mine.comments).toBeGreaterThan(0);
    expect(mine.comments).toBeLessThan(all.comments);
    const top = (await get('/api/v1/text/themes/top')).json();
    expect(top.groups.map((g: { label: string }) => g.label)).toEqual(['York']);
    expect((await get(`/api/v1/text/themes?unitId=${unitA}`)).statusCode).toBe(403);
  });
});
