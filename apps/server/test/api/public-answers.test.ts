import { createServer } from 'node:http';
import { testEngines } from '@centric/db/testing/test-database';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { CASE_EVALUATE_JOB } from '../../src/cases/case-opener';
import { WEBHOOK_DELIVER_JOB } from '../../src/webhooks/webhook.service';
import { ORIGIN, startTestCentric, type TestCentric } from '../support/test-centric';

// The group write of anonymous answers: many answers at once, twins, a bad one and a closed survey.
describe.each(testEngines())('public answers under load (%s)', (engine) => {
  let centric: TestCentric;
  let cookie: string;
  let org: string;
  let survey: string;
  let store: string;
  let head: { id: string };
  let token: string;
  let close: () => Promise<void>;
  let hooks = 0;

  const api = async (method: 'GET' | 'POST' | 'PATCH', url: string, payload?: unknown) => {
    const r = await centric.app.inject({
      method,
      url,
      headers: { cookie, origin: ORIGIN },
      ...(payload ? { payload: payload as object } : {}),
    });
    return { status: r.statusCode, body: r.json() as Record<string, unknown>, raw: r.body };
  };
  const answer = (body: object) =>
    centric.app.inject({ method: 'POST', url: `/s/${token}/answer`, payload: body });
  const count = async (sql: string, values: unknown[] = [org]) =>
    (await centric.deps.handle.query<{ n: number }>(sql, values)).rows[0]!.n;

  beforeAll(async () => {
    const server = createServer((req, res) => {
      req.resume();
      req.on('end', () => {
        hooks += 1;
        res.writeHead(204).end();
      });
    });
    await new Promise<void>((r) => server.listen(0, '127.0.0.1', () => r()));
    const hookUrl = `http://127.0.0.1:${(server.address() as { port: number }).port}/hooks`;
    close = () => new Promise((r) => server.close(() => r()));
    centric = await startTestCentric(engine);
    const created = await centric.organisation('crowd');
    cookie = created.ownerCookie;
    org = created.id;
    store = (await api('POST', '/api/v1/units', { name: 'Store 1', kind: 'store' })).body.id as string;
    head = await centric.person(org, 'manager', { unitId: store });
    expect((await api('PATCH', `/api/v1/units/${store}`, { headPersonId: head.id })).status).toBe(200);
    survey = (await api('POST', '/api/v1/surveys', { name: 'NPS', kind: 'nps', status: 'live' })).body
      .id as string;
    expect((await api('POST', '/api/v1/webhooks', { url: hookUrl })).status).toBe(201);
    const link = await api('POST', `/api/v1/surveys/${survey}/links`, { kind: 'link', unitId: store });
    expect(link.status, link.raw).toBe(201);
    token = /\/s\/([^/]+)$/.exec(link.body.url as string)![1]!;
  });
  afterAll(async () => {
    await centric?.close();
    await close?.();
  });

  it('stores one response per submission when answers, double taps and a bad score arrive at once', {
    timeout: 240_000,
  }, async () => {
    const scores = Array.from({ length: 40 }, (_, i) => i % 11);
    const sent = [
      ...scores.map((score, i) => ({
        submissionId: `crowd-${String(i).padStart(4, '0')}`,
        score,
        comment: score < 7 ? 'slow' : null,
      })),
      // Double and triple taps of the first ten, in the same wave.
      ...scores.slice(0, 10).flatMap((score, i) => [
        { submissionId: `crowd-${String(i).padStart(4, '0')}`, score, comment: score < 7 ? 'slow' : null },
        { submissionId: `crowd-${String(i).padStart(4, '0')}`, score, comment: score < 7 ? 'slow' : null },
      ]),
      { submissionId: 'crowd-bad-score', score: 11 },
    ];
    const replies = await Promise.all(sent.map((body) => answer(body)));
    const bad = replies.pop()!;
    expect(bad.statusCode).toBe(400);
    for (const r of replies) expect(r.statusCode, r.body).toBe(200);
    const idOf = new Map<string, Set<string>>();
    replies.forEach((r, i) => {
      const ids = idOf.get(sent[i]!.submissionId) ?? new Set();
      ids.add(r.json().responseId);
      idOf.set(sent[i]!.submissionId, ids);
    });
    expect(idOf.size).toBe(40);
    for (const ids of idOf.values()) expect(ids.size).toBe(1);
    expect(await count('select count(*)::int as n from responses where organisation_id = $1')).toBe(40);
    expect(
      await count(
        "select count(*)::int as n from responses where organisation_id = $1 and unit_id is not null and source = 'web'",
      ),
    ).toBe(40);

    // The rollups count every stored answer once, score by score.
    const { rows } = await centric.deps.handle.query<Record<string, number>>(
      `select ${Array.from({ length: 11 }, (_, i) => `coalesce(sum(s${i}), 0)::int as s${i}`).join(', ')}
         from metric_daily_rollups where organisation_id = $1 and grain = 0`,
      [org],
    );
    const expected = Array.from({ length: 11 }, (_, s) => scores.filter((x) => x === s).length);
    expect(Array.from({ length: 11 }, (_, i) => rows[0]![`s${i}`])).toEqual(expected);

    // Every detractor gets a case for the store's head; every response fires response.created.
    await centric.deps.jobs.drain(CASE_EVALUATE_JOB, 180_000);
    const detractors = scores.filter((s) => s <= 6).length;
    expect(
      await count(
        'select count(*)::int as n from cases where organisation_id = $1 and owner_person_id = $2',
        [org, head.id],
      ),
    ).toBe(detractors);
    expect(
      await count(
        "select count(*)::int as n from webhook_deliveries where organisation_id = $1 and event = 'response.created'",
      ),
    ).toBe(40);
    await centric.deps.jobs.drain(WEBHOOK_DELIVER_JOB, 180_000);
    expect(hooks).toBeGreaterThanOrEqual(40);

    // The "why?" step edits the same response.
    const first = idOf.get('crowd-0012')!.values().next().value;
    const why = await answer({ submissionId: 'crowd-0012', score: 1, comment: 'the queue' });
    expect(why.json().responseId).toBe(first);
    expect(await count('select count(*)::int as n from responses where organisation_id = $1')).toBe(40);
  });

  it('refuses answers once the survey closes, through the API or behind the cache’s back', async () => {
    const eights = () =>
      count('select count(*)::int as n from responses where organisation_id = $1 and score = 8');
    const before = await eights();
    const first = await answer({ submissionId: 'late-0001', score: 8 });
    expect(first.statusCode, first.body).toBe(200);
    // Another server process closes it: this process's cached link still says live, the write re-checks.
    await centric.deps.handle.query(`update surveys set status = 'closed' where id = $1`, [survey]);
    const behind = await answer({ submissionId: 'late-0002', score: 8 });
    expect(behind.statusCode, behind.body).toBe(409);
    await centric.deps.handle.query(`update surveys set status = 'live' where id = $1`, [survey]);
    const reopened = await answer({ submissionId: 'late-0003', score: 8 });
    expect(reopened.statusCode, reopened.body).toBe(200);
    const closed = await api('PATCH', `/api/v1/surveys/${survey}`, { status: 'closed' });
    expect(closed.status, closed.raw).toBe(200);
    expect((await answer({ submissionId: 'late-0004', score: 8 })).statusCode).toBe(409);
    expect(await eights()).toBe(before + 2);
  });
});
