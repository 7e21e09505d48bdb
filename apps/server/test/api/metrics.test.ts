import { testEngines } from '@centric/db/testing/test-database';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { runOperation } from '../../src/operations/operations';
import { ORIGIN, startTestCentric, type TestCentric } from '../support/test-centric';

describe.each(testEngines())('the metrics API (%s)', (engine) => {
  let centric: TestCentric;
  let cookie: string;
  let orgId: string;
  const ids = {
    region: '',
    leeds: '',
    york: '',
    store: '',
    online: '',
    nps: '',
    csat: '',
    enps: '',
    person: '',
  };
  const get = (url: string, as = cookie) =>
    centric.app.inject({ method: 'GET', url, headers: { cookie: as } });
  const post = async (url: string, payload: object) => {
    const r = await centric.app.inject({ method: 'POST', url, headers: { cookie, origin: ORIGIN }, payload });
    expect(r.statusCode, r.body).toBe(201);
    return r.json().id as string;
  };
  /** Records `count` answers of `score`. */
  const answers = async (count: number, score: number, extra: Record<string, unknown>) => {
    for (let i = 0; i < count; i++)
      await post('/api/v1/responses', { score, respondedAt: '2026-10-15T10:00:00Z', ...extra });
  };

  beforeAll(async () => {
    centric = await startTestCentric(engine);
    const org = await centric.organisation('metrics');
    cookie = org.ownerCookie;
    orgId = org.id;
    ids.region = await post('/api/v1/units', { name: 'North', kind: 'region' });
    ids.leeds = await post('/api/v1/units', { name: 'Leeds', kind: 'store', parentId: ids.region });
    ids.york = await post('/api/v1/units', { name: 'York', kind: 'store', parentId: ids.region });
    ids.store = await post('/api/v1/channels', { name: 'Store' });
    ids.online = await post('/api/v1/channels', { name: 'Online' });
    ids.nps = await post('/api/v1/surveys', { name: 'NPS', kind: 'nps', status: 'live' });
    ids.csat = await post('/api/v1/surveys', { name: 'CSAT', kind: 'csat', status: 'live' });
    ids.enps = await post('/api/v1/surveys', { name: 'Pulse', kind: 'enps', status: 'live' });
    ids.person = (await centric.person(orgId, 'employee', { unitId: ids.leeds })).id;
    // n = 200: 100 promoters, 60 passives, 40 detractors → NPS 30 ± 10.8 (the hand-worked example).
    // Leeds gets the detractors, York the promoters, so Leeds is significantly below the rest.
    const leeds = { surveyId: ids.nps, unitId: ids.leeds, channelId: ids.store };
    const york = { surveyId: ids.nps, unitId: ids.york, channelId: ids.online };
    await answers(40, 3, { ...leeds, employeeId: ids.person });
    await answers(30, 8, leeds);
    await answers(30, 8, york);
    await answers(100, 10, york);
    await answers(3, 9, { surveyId: ids.nps, unitId: ids.leeds, respondedAt: '2026-09-15T10:00:00Z' });
    for (let i = 0; i < 6; i++)
      await post('/api/v1/responses', {
        surveyId: ids.enps,
        score: 9,
        respondedAt: '2026-10-15T10:00:00Z',
        employeeId: ids.person,
      });
  }, 120_000);
  afterAll(async () => {
    await centric?.close();
  });

  it('answers the headline NPS with its margin of error and breakdown', async () => {
    const r = await get('/api/v1/metrics/nps?from=2026-10-01&to=2026-10-31');
    expect(r.statusCode, r.body).toBe(200);
    const body = r.json();
    expect(body).toMatchObject({
      metric: 'nps',
      n: 200,
      status: 'ok',
      promoters: 100,
      passives: 60,
      detractors: 40,
    });
    expect(body.value).toBeCloseTo(30, 9);
    expect(body.marginOfError).toBeCloseTo(10.8, 1);
    // The previous 31 days hold only 3 answers: too few to test a change.
    expect(body).toMatchObject({ change: null, significant: false });
  });

  it('includes a unit’s descendants and drills from a region into its stores', async () => {
    const region = (
      await get(`/api/v1/metrics/nps?from=2026-10-01&to=2026-10-31&unit=${ids.region}&groupBy=unit`)
    ).json();
    expect(region.n).toBe(200);
    expect(region.series.map((p: { label: string; n: number }) => [p.label, p.n])).toEqual([
      ['Leeds', 70],
      ['York', 130],
    ]);
    const top = (await get('/api/v1/metrics/nps?from=2026-10-01&to=2026-10-31&groupBy=unit')).json();
    expect(top.series).toEqual([
      expect.objectContaining({ key: ids.region, label: 'North', n: 200, hasChildren: true }),
    ]);
  });

  it('cuts months, shows too-small groups as not enough responses and flags significant changes', async () => {
    const trend = (await get('/api/v1/metrics/nps?from=2026-09-01&to=2026-10-31&groupBy=month')).json();
    expect(
      trend.series.map((p: { key: string; n: number; status: string }) => [p.key, p.n, p.status]),
    ).toEqual([
      ['2026-09', 3, 'insufficient'],
      ['2026-10', 200, 'ok'],
    ]);
    const byChannel = (await get('/api/v1/metrics/nps?from=2026-10-01&to=2026-10-31&groupBy=channel')).json();
    const online = byChannel.series.find((p: { key: string }) => p.key === ids.online);
    expect(online.value).toBeCloseTo((100 * 100) / 130, 9);
  });

  it('says which units are significantly below the rest of the organisation', async () => {
    const r = await get('/api/v1/metrics/nps/comparison?from=2026-10-01&to=2026-10-31&by=unit');
    expect(r.statusCode, r.body).toBe(200);
    const body = r.json();
    expect(body.below).toEqual([ids.leeds]);
    expect(body.entries.find((e: { key: string }) => e.key === ids.york).verdict).toBe('above');
    const channels = (
      await get('/api/v1/metrics/nps/comparison?from=2026-10-01&to=2026-10-31&by=channel')
    ).json();
    expect(channels.below).toEqual([ids.store]);
  });

  it('never shows an eNPS per person, and shows a group’s once it has five answers', async () => {
    const person = (
      await get(`/api/v1/metrics/enps?from=2026-10-01&to=2026-10-31&employee=${ids.person}`)
    ).json();
    expect(person).toMatchObject({ status: 'suppressed', value: null, promoters: null });
    const group = (await get('/api/v1/metrics/enps?from=2026-10-01&to=2026-10-31')).json();
    expect(group).toMatchObject({ n: 6, status: 'insufficient' });
  });

  it('refuses bad filters with a message, and keeps managers to their own subtree', async () => {
    const wrongKind = await get(`/api/v1/metrics/nps?survey=${ids.csat}`);
    expect(wrongKind.statusCode).toBe(400);
    expect(wrongKind.json().error.message).toMatch(/CSAT survey, not NPS/);
    expect((await get('/api/v1/metrics/nps?from=2026-10-31&to=2026-10-01')).statusCode).toBe(400);
    expect((await get('/api/v1/metrics/bogus')).statusCode).toBe(400);
    expect((await get('/api/v1/metrics/nps?groupBy=day&from=2020-01-01&to=2026-01-01')).statusCode).toBe(400);
    const manager = await centric.person(orgId, 'manager', { unitId: ids.york });
    const mine = (await get('/api/v1/metrics/nps?from=2026-10-01&to=2026-10-31', manager.cookie)).json();
    expect(mine.n).toBe(130);
    expect((await get(`/api/v1/metrics/nps?unit=${ids.leeds}`, manager.cookie)).statusCode).toBe(403);
  });

  it('rebuilds the rollups from the operator command, and says which organisation is unknown', async () => {
    const before = (await get('/api/v1/metrics/nps?from=2026-10-01&to=2026-10-31&groupBy=unit')).json();
    const outcome = await runOperation(centric, 'metrics.rebuild', { org: 'metrics' });
    expect(outcome.message).toMatch(/rebuilt the metric rollups of metrics/);
    expect(outcome.daily).toBeGreaterThan(0);
    expect((await get('/api/v1/metrics/nps?from=2026-10-01&to=2026-10-31&groupBy=unit')).json()).toEqual(
      before,
    );
    await expect(runOperation(centric, 'metrics.rebuild', { org: 'nowhere' })).rejects.toThrow(
      /nowhere not found/,
    );
  });
});
