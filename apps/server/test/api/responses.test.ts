import { testEngines } from '@centric/db/testing/test-database';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import type { ResponseChange } from '../../src/responses/response.hooks';
import { ORIGIN, startTestCentric, type TestCentric } from '../support/test-centric';

describe.each(testEngines())('the one response write path (%s)', (engine) => {
  let centric: TestCentric;
  let cookie: string;
  const seen: string[] = [];
  const after: ResponseChange[] = [];
  let failNext = false;
  const call = (method: 'GET' | 'POST' | 'PATCH' | 'DELETE', url: string, payload?: object) =>
    centric.app.inject({ method, url, headers: { cookie, origin: ORIGIN }, ...(payload ? { payload } : {}) });

  beforeAll(async () => {
    centric = await startTestCentric(engine);
    cookie = (await centric.organisation('resp')).ownerCookie;
    centric.deps.responseHooks.register({
      name: 'test',
      async inTransaction(_tx, changes) {
        if (failNext) throw new Error('hook refused');
        for (const c of changes) seen.push(`${c.kind}:${c.after?.score ?? c.before?.score}`);
      },
      async afterCommit(changes) {
        after.push(...changes);
      },
    });
  });
  afterAll(async () => {
    await centric?.close();
  });

  it('runs the hooks on create, edit, re-attribution and delete; a failing hook undoes the write', async () => {
    const segment = (await call('POST', '/api/v1/segments', { name: 'Loyal' })).json();
    const store = (await call('POST', '/api/v1/units', { name: 'Store', kind: 'store' })).json();
    const other = (await call('POST', '/api/v1/units', { name: 'Other store', kind: 'store' })).json();
    const customer = (
      await call('POST', '/api/v1/customers', { name: 'C', segmentId: segment.id, homeUnitId: store.id })
    ).json();
    const survey = (
      await call('POST', '/api/v1/surveys', { name: 'NPS', kind: 'nps', status: 'live' })
    ).json();

    const created = await call('POST', '/api/v1/responses', {
      surveyId: survey.id,
      score: 6,
      comment: 'slow',
      customerId: customer.id,
    });
    expect(created.statusCode, created.body).toBe(201);
    // Attribution defaults to the customer's segment and home unit.
    expect(created.json()).toMatchObject({ segmentId: segment.id, unitId: store.id, source: 'api' });
    const id = created.json().id;

    expect((await call('PATCH', `/api/v1/responses/${id}`, { score: 9 })).statusCode).toBe(200);
    expect((await call('PATCH', `/api/v1/responses/${id}`, { unitId: other.id })).json().unitId).toBe(
      other.id,
    );
    expect((await call('PATCH', `/api/v1/responses/${id}`, { score: 11 })).statusCode).toBe(400);

    failNext = true;
    const refused = await call('DELETE', `/api/v1/responses/${id}`);
    expect(refused.statusCode).toBe(500);
    expect(refused.json().error.message).not.toMatch(/hook refused/);
    failNext = false;
    expect((await call('GET', `/api/v1/responses/${id}`)).statusCode).toBe(200);

    expect((await call('DELETE', `/api/v1/responses/${id}`)).statusCode).toBe(204);
    expect(seen).toEqual(['created:6', 'updated:9', 'updated:9', 'deleted:9']);
    expect(after.map((c) => c.kind)).toEqual(['created', 'updated', 'updated', 'deleted']);
  });

  it('keeps managers to their own unit’s responses', async () => {
    const survey = (await call('POST', '/api/v1/surveys', { name: 'CSAT', kind: 'csat' })).json();
    const region = (await call('POST', '/api/v1/units', { name: 'Region', kind: 'region' })).json();
    const mine = (
      await call('POST', '/api/v1/units', { name: 'Mine', kind: 'store', parentId: region.id })
    ).json();
    const theirs = (await call('POST', '/api/v1/units', { name: 'Theirs', kind: 'store' })).json();
    const inMine = (
      await call('POST', '/api/v1/responses', { surveyId: survey.id, score: 5, unitId: mine.id })
    ).json();
    const inTheirs = (
      await call('POST', '/api/v1/responses', { surveyId: survey.id, score: 1, unitId: theirs.id })
    ).json();
    const org = (await call('GET', '/api/v1/organisation')).json();
    const manager = await centric.person(org.id, 'manager', { unitId: region.id });
    const list = await centric.app.inject({
      method: 'GET',
      url: '/api/v1/responses',
      headers: { cookie: manager.cookie },
    });
    const ids = list.json().items.map((r: { id: string }) => r.id);
    expect(ids).toContain(inMine.id);
    expect(ids).not.toContain(inTheirs.id);
    expect(
      (
        await centric.app.inject({
          method: 'GET',
          url: `/api/v1/responses/${inTheirs.id}`,
          headers: { cookie: manager.cookie },
        })
      ).statusCode,
    ).toBe(404);
    expect(
      (
        await centric.app.inject({
          method: 'GET',
          url: `/api/v1/responses?unitId=${theirs.id}`,
          headers: { cookie: manager.cookie },
        })
      ).statusCode,
    ).toBe(403);
  });
});
