import { testEngines } from '@centric/db/testing/test-database';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { ORIGIN, startTestCentric, type TestCentric } from '../support/test-centric';

describe.each(testEngines())('batches and Idempotency-Key on POST /responses (%s)', (engine) => {
  let centric: TestCentric;
  let cookie: string;
  let survey: string;

  const post = (payload: unknown, key?: string) =>
    centric.app.inject({
      method: 'POST',
      url: '/api/v1/responses',
      headers: { cookie, origin: ORIGIN, ...(key ? { 'idempotency-key': key } : {}) },
      payload: payload as object,
    });
  const count = async () => {
    const r = await centric.app.inject({
      method: 'GET',
      url: `/api/v1/responses?surveyId=${survey}&limit=200`,
      headers: { cookie },
    });
    return (r.json() as { items: unknown[] }).items.length;
  };

  beforeAll(async () => {
    centric = await startTestCentric(engine);
    cookie = (await centric.organisation('batch')).ownerCookie;
    const r = await centric.app.inject({
      method: 'POST',
      url: '/api/v1/surveys',
      headers: { cookie, origin: ORIGIN },
      payload: { name: 'API', kind: 'csat', status: 'live' },
    });
    survey = r.json().id;
  });
  afterAll(async () => {
    await centric?.close();
  });

  it('stores a batch all or nothing', async () => {
    const good = Array.from({ length: 120 }, (_, i) => ({ surveyId: survey, score: (i % 5) + 1 }));
    const stored = await post(good);
    expect(stored.statusCode, stored.body).toBe(201);
    expect(stored.json().items).toHaveLength(120);
    const bad = await post([...good.slice(0, 10), { surveyId: survey, score: 9 }]);
    expect(bad.statusCode).toBe(400);
    expect(bad.json().error.message).toMatch(/outside the CSAT scale.*item 11/);
    expect(await count()).toBe(120);
    const tooMany = await post(Array.from({ length: 1001 }, () => ({ surveyId: survey, score: 3 })));
    expect(tooMany.statusCode).toBe(400);
  });

  it('records each write in the audit log with the write: the one response, or the count of a batch', async () => {
    const one = await post({ surveyId: survey, score: 4 });
    expect(one.statusCode, one.body).toBe(201);
    const batch = await post([
      { surveyId: survey, score: 1 },
      { surveyId: survey, score: 5 },
      { surveyId: survey, score: 3 },
    ]);
    expect(batch.statusCode, batch.body).toBe(201);
    // A refused batch writes nothing, its audit entry neither.
    expect(
      (
        await post([
          { surveyId: survey, score: 1 },
          { surveyId: survey, score: 6 },
        ])
      ).statusCode,
    ).toBe(400);
    const log = await centric.app.inject({
      method: 'GET',
      url: '/api/v1/audit?entity=response&limit=2',
      headers: { cookie },
    });
    expect(log.statusCode, log.body).toBe(200);
    const [latest, before] = log.json().items as {
      action: string;
      entityId: string | null;
      changes: Record<string, unknown> | null;
      actorKind: string;
      actorPersonId: string | null;
    }[];
    expect(latest).toMatchObject({
      action: 'create',
      entityId: null,
      changes: { count: 3 },
      actorKind: 'session',
    });
    expect(latest!.actorPersonId).not.toBeNull();
    expect(before).toMatchObject({ action: 'create', entityId: one.json().id, changes: null });
  });

  it('replays the first answer for a retried key, even when retries race, and refuses another body', async () => {
    const before = await count();
    const body = [{ surveyId: survey, score: 2, comment: 'retry me' }];
    const [first, second, third] = await Promise.all([
      post(body, 'k-1'),
      post(body, 'k-1'),
      post(body, 'k-1'),
    ]);
    expect([first.statusCode, second.statusCode, third.statusCode]).toEqual([201, 201, 201]);
    expect(second.json()).toEqual(first.json());
    expect(third.json()).toEqual(first.json());
    expect(await count()).toBe(before + 1);
    const later = await post(body, 'k-1');
    expect(later.json()).toEqual(first.json());
    const other = await post([{ surveyId: survey, score: 5 }], 'k-1');
    expect(other.statusCode).toBe(409);
    const single = await post({ surveyId: survey, score: 4 }, 'k-2');
    expect(single.statusCode).toBe(201);
    expect(single.json()).toMatchObject({ score: 4 });
    expect((await post({ surveyId: survey, score: 4 }, 'k-2')).json()).toEqual(single.json());
    expect(await count()).toBe(before + 2);
  });
});
