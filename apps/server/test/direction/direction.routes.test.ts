import { outbox } from '@centric/db/schema';
import { testEngines } from '@centric/db/testing/test-database';
import { eq } from 'drizzle-orm';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { ORIGIN, startTestCentric, type TestCentric } from '../support/test-centric';

describe.each(testEngines())('vision and action plan (%s)', (engine) => {
  let centric: TestCentric;
  let orgId: string;
  let ceo: string;
  let employee: { id: string; cookie: string; email: string };
  let manager: { id: string; cookie: string };
  const ids = { region: '', store: '', other: '', nps: '', draft: '', initiative: '' };
  const call = (method: 'GET' | 'POST' | 'PUT' | 'PATCH', url: string, as: string, payload?: object) =>
    centric.app.inject({
      method,
      url,
      headers: { cookie: as, origin: ORIGIN },
      ...(payload ? { payload } : {}),
    });
  const create = async (url: string, payload: object) => {
    const r = await call('POST', url, ceo, payload);
    expect(r.statusCode, r.body).toBe(201);
    return r.json().id as string;
  };
  /** `count` NPS answers of `score` in the region's store on `day`. */
  const answers = async (count: number, score: number, day: string) => {
    for (let i = 0; i < count; i++)
      await create('/api/v1/responses', {
        surveyId: ids.nps,
        unitId: ids.store,
        score,
        respondedAt: `${day}T10:00:00Z`,
      });
  };
  const target = (metric: string, value: number) => ({
    metric,
    filters: { unit: ids.region },
    windowDays: 30,
    target: value,
    startDate: '2026-10-01',
    dueDate: '2026-12-31',
  });

  beforeAll(async () => {
    centric = await startTestCentric(engine);
    const org = await centric.organisation('direction');
    orgId = org.id;
    ceo = org.ownerCookie;
    ids.region = await create('/api/v1/units', { name: 'North', kind: 'region' });
    ids.store = await create('/api/v1/units', { name: 'Leeds', kind: 'store', parentId: ids.region });
    ids.other = await create('/api/v1/units', { name: 'South', kind: 'region' });
    ids.nps = await create('/api/v1/surveys', { name: 'NPS', kind: 'nps', status: 'live' });
    employee = await centric.person(orgId, 'employee', { unitId: ids.store });
    manager = await centric.person(orgId, 'manager', { unitId: ids.store });
    // Baseline window (September): 10/10/10 → NPS 0, detractors 33.3 %.
    await answers(10, 10, '2026-09-15');
    await answers(10, 8, '2026-09-15');
    await answers(10, 3, '2026-09-15');
    // Current window (to 2 November): 20/5/5 → NPS 50, detractors 16.7 %.
    await answers(20, 10, '2026-10-15');
    await answers(5, 8, '2026-10-15');
    await answers(5, 3, '2026-10-15');
  }, 180_000);
  afterAll(async () => {
    await centric?.close();
  });

  it('refuses an action plan before there is a vision', async () => {
    const r = await call('POST', '/api/v1/direction/initiatives', ceo, {
      pillarKey: 'service',
      title: 'Too early',
      kind: 'programme',
      target: target('nps', 40),
    });
    expect(r.statusCode, r.body).toBe(409);
  });

  it('lets leaders draft the vision, employees comment, and publishes only once comments are answered', async () => {
    expect(
      (await call('POST', '/api/v1/direction/visions', employee.cookie, { statement: 'Mine' })).statusCode,
    ).toBe(403);
    ids.draft = await create('/api/v1/direction/visions', {
      statement: 'Every customer leaves happier than they came.',
      pillars: [{ key: 'service', name: 'Service that cares', description: 'Call back every detractor.' }],
      values: [{ name: 'Own it', description: 'The person who hears a problem owns it.' }],
    });
    const again = await call('POST', '/api/v1/direction/visions', ceo, { statement: 'Another' });
    expect(again.statusCode).toBe(409);

    const commented = await call('POST', `/api/v1/direction/visions/${ids.draft}/comments`, employee.cookie, {
      body: 'What does "happier" mean for the night shift?',
    });
    expect(commented.statusCode, commented.body).toBe(201);
    const comment = commented.json().comments[0];
    expect(comment).toMatchObject({ authorPersonId: employee.id, answer: null });

    const early = await call('POST', `/api/v1/direction/visions/${ids.draft}/publish`, ceo);
    expect(early.statusCode).toBe(409);
    expect(early.json().error.message).toContain('1 comment is still unanswered');
    expect(
      (
        await call('POST', `/api/v1/direction/vision-comments/${comment.id}/answer`, employee.cookie, {
          answer: 'me',
        })
      ).statusCode,
    ).toBe(403);
    const answered = await call('POST', `/api/v1/direction/vision-comments/${comment.id}/answer`, ceo, {
      answer: 'The same: measured by the NPS of night visits.',
    });
    expect(answered.statusCode, answered.body).toBe(200);
    expect(answered.json().comments[0].answer).toContain('night visits');

    const published = await call('POST', `/api/v1/direction/visions/${ids.draft}/publish`, ceo);
    expect(published.statusCode, published.body).toBe(200);
    expect(published.json()).toMatchObject({ vision: { status: 'published', version: 1 }, announced: 3 });
    const mail = await centric.deps.db.select().from(outbox).where(eq(outbox.organisationId, orgId));
    expect(mail.map((m) => m.to)).toContain(employee.email);
    expect(mail).toHaveLength(3);
    expect(mail[0]!.subject).toContain('our vision, version 1');

    const news = await call('GET', '/api/v1/direction/announcements', employee.cookie);
    expect(news.json().items[0]).toMatchObject({ kind: 'vision-published', subjectId: ids.draft });
    const overview = await call('GET', '/api/v1/direction/visions', employee.cookie);
    expect(overview.json()).toMatchObject({ published: { id: ids.draft }, draft: null });
    const late = await call('POST', `/api/v1/direction/visions/${ids.draft}/comments`, employee.cookie, {
      body: 'late',
    });
    expect(late.statusCode).toBe(409);
  });

  it('creates an initiative with an NPS target for a region, capturing the baseline, with live progress', async () => {
    const r = await call('POST', '/api/v1/direction/initiatives', ceo, {
      pillarKey: 'service',
      title: 'Call back every detractor in the North',
      kind: 'quick-win',
      unitIds: [ids.region],
      roles: [{ personId: manager.id, role: 'responsible' }],
      milestones: [{ title: 'Scripts ready', due: '2026-10-10', done: true }],
      target: target('nps', 40),
    });
    expect(r.statusCode, r.body).toBe(201);
    ids.initiative = r.json().id;
    expect(r.json()).toMatchObject({
      rank: 1,
      target: { baseline: 0, current: 50, n: 30, direction: 'rise', progress: 1.25, status: 'met' },
      roles: [{ personId: manager.id, role: 'responsible' }],
      beforeAfter: null,
    });
    const wins = await call('GET', '/api/v1/direction/wins', employee.cookie);
    expect(wins.json().items).toEqual([
      expect.objectContaining({ initiativeId: ids.initiative, current: 50 }),
    ]);
  });

  it('reads a falling target (detractor share) in its own direction', async () => {
    const r = await call('POST', '/api/v1/direction/initiatives', ceo, {
      pillarKey: 'service',
      title: 'Fewer detractors',
      kind: 'programme',
      target: target('detractor-share', 25),
    });
    expect(r.statusCode, r.body).toBe(201);
    const t = r.json().target;
    expect(t.direction).toBe('fall');
    expect(t.baseline).toBeCloseTo(100 / 3, 6);
    expect(t.current).toBeCloseTo(100 / 6, 6);
    expect(t.status).toBe('met');
    expect(r.json().rank).toBe(2);
  });

  it('compares before and after once the initiative is done', async () => {
    const r = await call('PATCH', `/api/v1/direction/initiatives/${ids.initiative}`, ceo, { status: 'done' });
    expect(r.statusCode, r.body).toBe(200);
    // NPS 0 → 50 on 30 answers each: var₁ = 2/3, var₂ = 5/6 − .25 = .5833; SE = 100·√(1.25/30) = 20.41; z = 2.45.
    expect(r.json().beforeAfter).toMatchObject({ verdict: 'improved', before: 0, after: 50, nBefore: 30 });
    expect(r.json().beforeAfter.pValue).toBeCloseTo(0.0143, 3);
  });

  it('shows the plan with live progress to a store manager outside the metric scope of the region', async () => {
    const metric = await call('GET', `/api/v1/metrics/nps?unit=${ids.region}`, manager.cookie);
    expect(metric.statusCode).toBe(403);
    const plan = await call('GET', '/api/v1/direction/initiatives', manager.cookie);
    expect(plan.statusCode).toBe(200);
    expect(plan.json().items.map((i: { target: { current: number } }) => i.target.current)).toEqual([
      50,
      100 / 6,
    ]);
  });

  it('refuses bad references with a message', async () => {
    const pillar = await call('POST', '/api/v1/direction/initiatives', ceo, {
      pillarKey: 'growth',
      title: 'x',
      kind: 'pilot',
      target: target('nps', 40),
    });
    expect(pillar.statusCode).toBe(400);
    expect(pillar.json().error.message).toContain('pillar growth is not in the vision');
    const sponsor = await call('POST', '/api/v1/direction/initiatives', ceo, {
      pillarKey: 'service',
      title: 'x',
      kind: 'pilot',
      sponsorPersonId: employee.id,
      target: target('nps', 40),
    });
    expect(sponsor.statusCode).toBe(400);
    const dates = await call('POST', '/api/v1/direction/initiatives', ceo, {
      pillarKey: 'service',
      title: 'x',
      kind: 'pilot',
      target: { ...target('nps', 40), dueDate: '2026-01-01' },
    });
    expect(dates.statusCode).toBe(400);
    expect(
      (
        await call('POST', '/api/v1/direction/initiatives', employee.cookie, {
          pillarKey: 'service',
          title: 'x',
          kind: 'pilot',
          target: target('nps', 40),
        })
      ).statusCode,
    ).toBe(403);
  });

  it('sets goals within a manager’s part of the organisation and shows standings against the baseline', async () => {
    const own = await call('POST', '/api/v1/direction/goals', manager.cookie, {
      title: 'Leeds NPS',
      unitId: ids.store,
      weight: 3,
      target: { ...target('nps', 60), filters: { unit: ids.store } },
    });
    expect(own.statusCode, own.body).toBe(201);
    expect(own.json()).toMatchObject({
      ownerName: 'Leeds',
      customer: true,
      target: { baseline: 0, current: 50 },
    });
    expect(own.json().target.progress).toBeCloseTo(50 / 60, 10);
    const outside = await call('POST', '/api/v1/direction/goals', manager.cookie, {
      title: 'South NPS',
      unitId: ids.other,
      target: target('nps', 40),
    });
    expect(outside.statusCode).toBe(403);
    const person = await call('POST', '/api/v1/direction/goals', ceo, {
      title: 'Fewer detractors in my store',
      personId: manager.id,
      target: target('detractor-share', 10),
    });
    expect(person.statusCode, person.body).toBe(201);
    const both = await call('POST', '/api/v1/direction/goals', ceo, {
      title: 'x',
      personId: manager.id,
      unitId: ids.store,
      target: target('nps', 40),
    });
    expect(both.statusCode).toBe(400);

    const standings = await call('GET', '/api/v1/direction/standings', manager.cookie);
    expect(standings.statusCode, standings.body).toBe(200);
    const items = standings.json().items as { ownerId: string; attainment: number; belowBaseline: number }[];
    expect(items.map((s) => s.ownerId).sort()).toEqual([ids.store, manager.id].sort());
    // Detractors 33.3 % → 16.7 % of the way to 10 %: (100/3 − 100/6) / (100/3 − 10) = 5/7.
    expect(items.find((s) => s.ownerId === manager.id)!.attainment).toBeCloseTo(5 / 7, 10);
    expect(items[0]!.attainment).toBeLessThanOrEqual(items[1]!.attainment);
    expect((await call('GET', '/api/v1/direction/goals', employee.cookie)).statusCode).toBe(403);
  });

  it('shows each person their part: the region’s initiative for its stores, their goals and roles', async () => {
    const r = await call('GET', '/api/v1/direction/my-part', manager.cookie);
    expect(r.statusCode, r.body).toBe(200);
    const part = r.json();
    // Both initiatives measure the region; the manager is also responsible for the first.
    expect(part.initiatives).toHaveLength(2);
    expect(part.initiatives[1].roles).toEqual(['unit']);
    expect(part.initiatives[0]).toMatchObject({
      roles: ['responsible', 'unit'],
      initiative: { id: ids.initiative, target: { current: 50, status: 'met' } },
    });
    expect(part.goals.map((g: { title: string }) => g.title).sort()).toEqual([
      'Fewer detractors in my store',
      'Leeds NPS',
    ]);
    // (3 · 50/60 + 1 · 5/7) / 4.
    expect(part.attainment).toBeCloseTo((3 * (50 / 60) + 5 / 7) / 4, 10);
    const mine = (await call('GET', '/api/v1/direction/my-part', employee.cookie)).json();
    expect(mine.initiatives.map((i: { roles: string[] }) => i.roles)).toEqual([['unit'], ['unit']]);
    expect(mine.goals.map((g: { title: string }) => g.title)).toEqual(['Leeds NPS']);
  });

  it('keeps incentive plans per role, warns on one with no customer metric, and simulates a payout', async () => {
    const plan = await call('POST', '/api/v1/direction/incentive-plans', ceo, {
      name: 'Store managers',
      role: 'manager',
      pool: 10_000,
      components: [
        { metric: 'nps', weight: 40, threshold: 20, target: 30, cap: 1.5 },
        { metric: 'time-to-contact', weight: 20, threshold: 48, target: 24, cap: 1.2 },
        { metric: 'revenue', weight: 40, threshold: 900, target: 1000, cap: 2 },
      ],
    });
    expect(plan.statusCode, plan.body).toBe(201);
    expect(plan.json()).toMatchObject({ warning: null });
    expect(plan.json().customerShare).toBeCloseTo(0.6, 10);
    const sim = await call('POST', `/api/v1/direction/incentive-plans/${plan.json().id}/simulation`, ceo, {
      actuals: { nps: 25, 'time-to-contact': 36, revenue: 1000 },
    });
    expect(sim.statusCode, sim.body).toBe(200);
    expect(sim.json().amount).toBeCloseTo(7000, 6);
    const finance = await call('POST', '/api/v1/direction/incentive-plans', ceo, {
      name: 'Finance',
      role: 'executive',
      pool: 5000,
      components: [{ metric: 'revenue', weight: 1, threshold: 900, target: 1000 }],
    });
    expect(finance.json().warning).toContain('no customer metric');
    const list = await call('GET', '/api/v1/direction/incentive-plans', ceo);
    expect(list.json().items.map((p: { warning: string | null }) => p.warning !== null)).toEqual([
      false,
      true,
    ]);
    expect((await call('GET', '/api/v1/direction/incentive-plans', manager.cookie)).statusCode).toBe(403);
  });

  it('keeps another organisation out', async () => {
    const other = await centric.organisation('elsewhere');
    const plan = await call('GET', '/api/v1/direction/initiatives', other.ownerCookie);
    expect(plan.json().items).toEqual([]);
    const one = await call('GET', `/api/v1/direction/initiatives/${ids.initiative}`, other.ownerCookie);
    expect(one.statusCode).toBe(404);
    const visions = await call('GET', '/api/v1/direction/visions', other.ownerCookie);
    expect(visions.json().published).toBeNull();
  });
});
