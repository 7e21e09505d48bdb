import { testEngines } from '@centric/db/testing/test-database';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { ORIGIN, startTestCentric, type TestCentric } from '../support/test-centric';

describe.each(testEngines())('API keys (%s)', (engine) => {
  let centric: TestCentric;
  let org: Awaited<ReturnType<TestCentric['organisation']>>;

  beforeAll(async () => {
    centric = await startTestCentric(engine);
    org = await centric.organisation('keys');
  });
  afterAll(async () => {
    await centric?.close();
  });

  const withCookie = (cookie: string, method: 'GET' | 'POST' | 'DELETE', url: string, payload?: object) =>
    centric.app.inject({ method, url, headers: { cookie, origin: ORIGIN }, ...(payload ? { payload } : {}) });
  const withKey = (key: string) =>
    centric.app.inject({ method: 'GET', url: '/api/v1/units', headers: { authorization: `Bearer ${key}` } });

  it('acts as its creator until revoked, then is refused at once', async () => {
    const created = (
      await withCookie(org.ownerCookie, 'POST', '/api/v1/api-keys', { name: 'nightly export' })
    ).json();
    expect(created.key).toMatch(/^centric_/);
    expect((await withKey(created.key)).statusCode).toBe(200);

    const listed = (await withCookie(org.ownerCookie, 'GET', '/api/v1/api-keys')).json();
    const entry = listed.items.find((k: { id: string }) => k.id === created.id);
    expect(entry).toMatchObject({ name: 'nightly export', ownerEmail: org.ownerEmail });
    expect(JSON.stringify(listed)).not.toContain(created.key);

    expect((await withCookie(org.ownerCookie, 'DELETE', `/api/v1/api-keys/${created.id}`)).statusCode).toBe(
      204,
    );
    const refused = await withKey(created.key);
    expect(refused.statusCode).toBe(401);
    expect(refused.json().error.code).toBe('unauthenticated');
  });

  it('refuses a mistyped key and keeps a manager to their own keys', async () => {
    expect((await withKey('centric_not-a-real-key')).statusCode).toBe(401);
    const manager = await centric.person(org.id, 'manager');
    const other = await centric.person(org.id, 'manager');
    const mine = (await withCookie(manager.cookie, 'POST', '/api/v1/api-keys', { name: 'mine' })).json();
    const theirs = (await withCookie(other.cookie, 'POST', '/api/v1/api-keys', { name: 'theirs' })).json();

    const seen = (await withCookie(manager.cookie, 'GET', '/api/v1/api-keys')).json();
    expect(seen.items.map((k: { id: string }) => k.id)).toEqual([mine.id]);
    expect((await withCookie(manager.cookie, 'DELETE', `/api/v1/api-keys/${theirs.id}`)).statusCode).toBe(
      404,
    );
    expect((await withKey(theirs.key)).statusCode).toBe(200);

    // The owner (an admin) sees and may revoke everyone's keys.
    const all = (await withCookie(org.ownerCookie, 'GET', '/api/v1/api-keys')).json();
    expect(all.items.map((k: { id: string }) => k.id)).toEqual(expect.arrayContaining([mine.id, theirs.id]));
    expect((await withCookie(org.ownerCookie, 'DELETE', `/api/v1/api-keys/${theirs.id}`)).statusCode).toBe(
      204,
    );
    expect((await withKey(theirs.key)).statusCode).toBe(401);
  });
});
