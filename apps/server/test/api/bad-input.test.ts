import { testEngines } from '@centric/db/testing/test-database';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { ORIGIN, startTestCentric, type TestCentric } from '../support/test-centric';

describe.each(testEngines())('bad input gets a 4xx a person can act on (%s)', (engine) => {
  let centric: TestCentric;
  let cookie: string;
  let key: string;

  beforeAll(async () => {
    centric = await startTestCentric(engine);
    cookie = (await centric.organisation('acme')).ownerCookie;
    const created = await centric.app.inject({
      method: 'POST',
      url: '/api/v1/api-keys',
      headers: { cookie, origin: ORIGIN },
      payload: {},
    });
    key = created.json().key;
  });
  afterAll(async () => {
    await centric?.close();
  });

  const send = (
    method: 'POST' | 'PATCH' | 'GET',
    url: string,
    payload?: string | object,
    headers: Record<string, string> = {},
  ) =>
    centric.app.inject({
      method,
      url,
      headers: {
        authorization: `Bearer ${key}`,
        ...(typeof payload === 'string' ? { 'content-type': 'application/json' } : {}),
        ...headers,
      },
      ...(payload !== undefined ? { payload } : {}),
    });

  it.each([
    ['malformed JSON', 'POST', '/api/v1/units', '{"name": "x",', 400, 'bad_request', /not valid JSON/],
    ['an empty body', 'POST', '/api/v1/units', '', 400, 'bad_request', /empty/],
    [
      'a wrong type',
      'POST',
      '/api/v1/units',
      { name: 42, kind: 'store' },
      400,
      'validation_failed',
      /body\.name/,
    ],
    [
      'an unknown field',
      'POST',
      '/api/v1/units',
      { name: 'A', kind: 'store', colour: 'red' },
      400,
      'validation_failed',
      /colour/,
    ],
    [
      'an unknown enum value',
      'POST',
      '/api/v1/units',
      { name: 'A', kind: 'planet' },
      400,
      'validation_failed',
      /kind/,
    ],
    ['a bad id in the path', 'GET', '/api/v1/units/123', undefined, 400, 'validation_failed', /params\.id/],
    [
      'an unknown id',
      'GET',
      '/api/v1/units/01960000-0000-7000-8000-000000000000',
      undefined,
      404,
      'not_found',
      /unit not found/,
    ],
    ['a bad cursor', 'GET', '/api/v1/units?cursor=zzz', undefined, 400, 'bad_request', /cursor/],
    [
      'a limit out of range',
      'GET',
      '/api/v1/units?limit=100000',
      undefined,
      400,
      'validation_failed',
      /limit/,
    ],
    [
      'a score off the scale',
      'POST',
      '/api/v1/surveys',
      { name: 'S', kind: 'nps', questions: [{ id: 'q', type: 'nope' }] },
      400,
      'validation_failed',
      /questions/,
    ],
    [
      'a bad e-mail',
      'POST',
      '/api/v1/people/invitations',
      { email: 'not-an-email', name: 'X' },
      400,
      'validation_failed',
      /e-mail/,
    ],
    [
      'a bad date',
      'POST',
      '/api/v1/transactions',
      { customerId: '01960000-0000-7000-8000-000000000000', occurredAt: 'yesterday', amount: 3 },
      400,
      'validation_failed',
      /occurredAt/,
    ],
    [
      'a zero amount',
      'POST',
      '/api/v1/transactions',
      { customerId: '01960000-0000-7000-8000-000000000000', occurredAt: '2026-01-01T00:00:00Z', amount: 0 },
      400,
      'validation_failed',
      /zero/,
    ],
    ['an unknown route', 'GET', '/api/v1/nothing-here', undefined, 404, 'not_found', /no route/],
  ] as const)('%s', async (_name, method, url, payload, status, code, message) => {
    const r = await send(method, url, payload as never);
    expect(r.statusCode, r.body).toBe(status);
    const body = r.json();
    expect(body.error.code).toBe(code);
    expect(body.error.message).toMatch(message);
  });

  it('refuses an oversized body with 413', async () => {
    const r = await send('POST', '/api/v1/customers', {
      name: 'x',
      attributes: { blob: 'x'.repeat(1_100_000) },
    });
    expect(r.statusCode).toBe(413);
    expect(r.json().error.code).toBe('payload_too_large');
  });

  it('refuses a body that is not JSON with 415', async () => {
    const r = await send('POST', '/api/v1/units', 'name=x', { 'content-type': 'text/plain' });
    expect(r.statusCode).toBe(415);
    expect(r.json().error.code).toBe('unsupported_media_type');
  });

  it('changes nothing when the input is refused', async () => {
    const before = (await send('GET', '/api/v1/units')).json().items.length;
    await send('POST', '/api/v1/units', { name: 'A', kind: 'planet' });
    await send('POST', '/api/v1/units', {
      name: 'A',
      kind: 'store',
      parentId: '01960000-0000-7000-8000-000000000000',
    });
    expect((await send('GET', '/api/v1/units')).json().items.length).toBe(before);
  });

  it('refuses a cookie write from another site (CSRF)', async () => {
    const r = await centric.app.inject({
      method: 'POST',
      url: '/api/v1/units',
      headers: { cookie, origin: 'https://evil.example' },
      payload: { name: 'A', kind: 'store' },
    });
    expect(r.statusCode).toBe(403);
  });

  it('sends secure headers', async () => {
    const r = await centric.app.inject({ method: 'GET', url: '/healthz' });
    expect(r.statusCode).toBe(200);
    expect(r.headers['x-content-type-options']).toBe('nosniff');
    expect(String(r.headers['content-security-policy'])).toContain("default-src 'self'");
  });

  it('answers a wrong password with 401 in the one error shape', async () => {
    const r = await centric.app.inject({
      method: 'POST',
      url: '/api/auth/sign-in/email',
      headers: { origin: ORIGIN },
      payload: { email: 'owner-acme@example.com', password: 'wrong password!' },
    });
    expect(r.statusCode).toBe(401);
    expect(r.json().error.code).toBe('unauthenticated');
  });
});
