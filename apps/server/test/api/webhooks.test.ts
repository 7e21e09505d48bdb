import { createHmac } from 'node:crypto';
import { createServer, type IncomingHttpHeaders } from 'node:http';
import { testEngines } from '@centric/db/testing/test-database';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { CASE_EVALUATE_JOB } from '../../src/cases/case-opener';
import { runVoiceSweep } from '../../src/voice/voice-sweep.job';
import { deliverWebhook } from '../../src/webhooks/webhook.service';
import { ORIGIN, startTestCentric, type TestCentric } from '../support/test-centric';

interface Received {
  headers: IncomingHttpHeaders;
  body: string;
}

describe.each(testEngines())('webhooks (%s)', (engine) => {
  let centric: TestCentric;
  let cookie: string;
  let url: string;
  let close: () => Promise<void>;
  const received: Received[] = [];
  let failNext = 1;

  const api = async (method: 'GET' | 'POST' | 'PATCH', path: string, payload?: unknown) => {
    const r = await centric.app.inject({
      method,
      url: path,
      headers: { cookie, origin: ORIGIN },
      ...(payload ? { payload: payload as object } : {}),
    });
    return {
      status: r.statusCode,
      body: r.json() as Record<string, unknown> & { items: Record<string, unknown>[] },
    };
  };
  const waitFor = async <T>(read: () => Promise<T>, ok: (v: T) => boolean): Promise<T> => {
    const deadline = Date.now() + 20_000;
    for (;;) {
      const value = await read();
      if (ok(value) || Date.now() > deadline) return value;
      await new Promise((r) => setTimeout(r, 100));
    }
  };

  beforeAll(async () => {
    const server = createServer((req, res) => {
      let body = '';
      req.on('data', (c: Buffer) => {
        body += c.toString('utf8');
      });
      req.on('end', () => {
        received.push({ headers: req.headers, body });
        if (failNext > 0) {
          failNext -= 1;
          res.writeHead(503).end();
        } else res.writeHead(204).end();
      });
    });
    await new Promise<void>((r) => server.listen(0, '127.0.0.1', () => r()));
    url = `http://127.0.0.1:${(server.address() as { port: number }).port}/hooks`;
    close = () => new Promise((r) => server.close(() => r()));
    centric = await startTestCentric(engine);
    cookie = (await centric.organisation('hooks')).ownerCookie;
  });
  afterAll(async () => {
    await centric?.close();
    await close?.();
  });

  it('signs response.created with HMAC-SHA256, retries a failed delivery and logs every attempt', async () => {
    const endpoint = await api('POST', '/api/v1/webhooks', { url });
    expect(endpoint.status).toBe(201);
    const secret = endpoint.body.secret as string;
    expect(secret).toMatch(/^whsec_/);
    const listed = await api('GET', '/api/v1/webhooks');
    expect(JSON.stringify(listed.body)).not.toContain(secret);
    const survey = (await api('POST', '/api/v1/surveys', { name: 'NPS', kind: 'nps', status: 'live' })).body;
    const response = (await api('POST', '/api/v1/responses', { surveyId: survey.id, score: 9 })).body;

    const log = () => api('GET', `/api/v1/webhooks/${endpoint.body.id}/deliveries`);
    const first = await waitFor(log, (l) => l.body.items.some((d) => (d.attempts as number) >= 1));
    const delivery = first.body.items.find((d) => d.event === 'response.created')!;
    expect(delivery).toMatchObject({ status: 'pending', attempts: 1, lastStatusCode: 503 });
    await deliverWebhook(centric.deps, delivery.id as string);
    const after = (await log()).body.items.find((d) => d.id === delivery.id)!;
    expect(after).toMatchObject({ status: 'delivered', attempts: 2, lastStatusCode: 204 });

    expect(received).toHaveLength(2);
    const got = received[1]!;
    expect(got.body).toBe(received[0]!.body);
    const expected = `sha256=${createHmac('sha256', secret).update(got.body).digest('hex')}`;
    expect(got.headers['x-centric-signature']).toBe(expected);
    expect(got.headers['x-centric-event']).toBe('response.created');
    expect(JSON.parse(got.body)).toMatchObject({
      event: 'response.created',
      data: { responseId: response.id, score: 9 },
    });
  });

  it('sends case.opened, case.overdue and case.resolved as the loop runs', async () => {
    const survey = (await api('POST', '/api/v1/surveys', { name: 'CSAT', kind: 'csat', status: 'live' }))
      .body;
    await api('POST', '/api/v1/responses', { surveyId: survey.id, score: 1, comment: 'Broken on arrival' });
    await centric.deps.jobs.drain(CASE_EVALUATE_JOB);
    const kase = (await api('GET', '/api/v1/cases')).body.items[0]!;
    centric.clock.advance(49 * 3_600_000);
    await runVoiceSweep(centric.deps);
    await api('PATCH', `/api/v1/cases/${kase.id}`, { status: 'resolved', rootCause: 'Product quality' });
    const events = await waitFor(
      async () => received.map((r) => r.headers['x-centric-event']),
      (e) => ['case.opened', 'case.overdue', 'case.resolved'].every((x) => e.includes(x)),
    );
    expect(events).toEqual(expect.arrayContaining(['case.opened', 'case.overdue', 'case.resolved']));
    const resolved = received.find((r) => r.headers['x-centric-event'] === 'case.resolved')!;
    expect(JSON.parse(resolved.body).data).toMatchObject({ caseId: kase.id, rootCause: 'Product quality' });
  });

  it('refuses a URL that is not http(s)', async () => {
    expect((await api('POST', '/api/v1/webhooks', { url: 'ftp://example.com/x' })).status).toBe(400);
  });
});
