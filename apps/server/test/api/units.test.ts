import { testEngines } from '@centric/db/testing/test-database';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { ORIGIN, startTestCentric, type TestCentric } from '../support/test-centric';

describe.each(testEngines())('the unit tree (%s)', (engine) => {
  let centric: TestCentric;
  let cookie: string;
  const call = (method: 'GET' | 'POST' | 'PATCH' | 'DELETE', url: string, payload?: object) =>
    centric.app.inject({ method, url, headers: { cookie, origin: ORIGIN }, ...(payload ? { payload } : {}) });

  beforeAll(async () => {
    centric = await startTestCentric(engine);
    cookie = (await centric.organisation('tree')).ownerCookie;
  });
  afterAll(async () => {
    await centric?.close();
  });

  it('builds, moves a subtree, refuses cycles and deletes only empty units', async () => {
    const company = (await call('POST', '/api/v1/units', { name: 'Company', kind: 'company' })).json();
    const north = (
      await call('POST', '/api/v1/units', { name: 'North', kind: 'region', parentId: company.id })
    ).json();
    const south = (
      await call('POST', '/api/v1/units', { name: 'South', kind: 'region', parentId: company.id })
    ).json();
    const store = (
      await call('POST', '/api/v1/units', { name: 'Leeds', kind: 'store', parentId: north.id })
    ).json();
    const team = (
      await call('POST', '/api/v1/units', { name: 'Tills', kind: 'team', parentId: store.id })
    ).json();

    const moved = await call('PATCH', `/api/v1/units/${store.id}`, { parentId: south.id });
    expect(moved.statusCode).toBe(200);
    expect(moved.json().parentId).toBe(south.id);
    // The subtree moved too: responses of the team now count under South.
    const children = (await call('GET', `/api/v1/units?parentId=${store.id}`)).json();
    expect(children.items.map((u: { id: string }) => u.id)).toEqual([team.id]);

    const cycle = await call('PATCH', `/api/v1/units/${south.id}`, { parentId: team.id });
    expect(cycle.statusCode).toBe(400);
    expect(cycle.json().error.message).toMatch(/under itself/);

    const busy = await call('DELETE', `/api/v1/units/${south.id}`);
    expect(busy.statusCode).toBe(409);
    expect((await call('DELETE', `/api/v1/units/${team.id}`)).statusCode).toBe(204);
    expect((await call('GET', `/api/v1/units/${team.id}`)).statusCode).toBe(404);
  });

  it('pages through a long list with cursors, never repeating or skipping', async () => {
    for (let i = 0; i < 7; i++) await call('POST', '/api/v1/units', { name: `Team ${i}`, kind: 'team' });
    const seen: string[] = [];
    let cursor: string | null = null;
    do {
      const page: { items: { id: string }[]; nextCursor: string | null } = (
        await call('GET', `/api/v1/units?limit=3${cursor ? `&cursor=${cursor}` : ''}`)
      ).json();
      expect(page.items.length).toBeLessThanOrEqual(3);
      seen.push(...page.items.map((u) => u.id));
      cursor = page.nextCursor;
    } while (cursor);
    const all = (await call('GET', '/api/v1/units?limit=200')).json().items.map((u: { id: string }) => u.id);
    expect(seen).toEqual(all);
    expect(new Set(seen).size).toBe(seen.length);
  });

  it('records who changed what in the audit log', async () => {
    const audit = (await call('GET', '/api/v1/audit?entity=unit')).json();
    expect(audit.items.length).toBeGreaterThan(5);
    expect(audit.items[0]).toMatchObject({ entity: 'unit', actorKind: 'session' });
  });
});
