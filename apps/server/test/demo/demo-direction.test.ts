import { testEngines } from '@centric/db/testing/test-database';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import {
  createDemoOrganisation,
  DEMO_SIGN_IN,
  DEMO_STORE_MANAGER_EMAIL,
} from '../../src/demo/demo.generator';
import { startTestCentric, type TestCentric } from '../support/test-centric';

describe.each(testEngines())('the demo organisation’s direction (%s)', (engine) => {
  let centric: TestCentric;
  let ceo: string;
  let manager: string;
  const get = async (url: string, cookie: string) => {
    const r = await centric.app.inject({ method: 'GET', url, headers: { cookie } });
    expect(r.statusCode, r.body).toBe(200);
    return r.json();
  };

  beforeAll(async () => {
    centric = await startTestCentric(engine);
    await createDemoOrganisation(centric.deps, { now: centric.clock.now(), scale: 0.05 });
    ceo = await centric.signIn(DEMO_SIGN_IN.email, DEMO_SIGN_IN.password);
    manager = await centric.signIn(DEMO_STORE_MANAGER_EMAIL, DEMO_SIGN_IN.password);
  }, 300_000);
  afterAll(async () => {
    await centric?.close();
  });

  it('has a published vision whose employee comment was answered', async () => {
    const v = await get('/api/v1/direction/visions', ceo);
    expect(v.published).toMatchObject({ version: 1, status: 'published' });
    expect(v.published.pillars).toHaveLength(3);
    expect(v.published.comments[0]).toMatchObject({ answeredByName: expect.any(String) });
  });

  it('has a ranked action plan with targets met and behind, from live metrics', async () => {
    const plan = await get('/api/v1/direction/initiatives', ceo);
    expect(plan.items.map((i: { rank: number }) => i.rank)).toEqual([1, 2, 3, 4]);
    const statuses = plan.items.map((i: { target: { status: string } }) => i.target.status);
    // At this small scale a single store has too few answers for a reading; the region and the company do.
    expect(statuses[0]).toBe('no-data');
    const delivery = plan.items[3].target;
    expect(delivery.baseline).not.toBeNull();
    expect(delivery.target).toBeGreaterThan(delivery.current);
    expect(['behind', 'regressed']).toContain(delivery.status);
    const north = plan.items[1].target;
    expect(north).toMatchObject({ metric: 'detractor-share', direction: 'fall' });
    expect(north.target).toBeGreaterThanOrEqual(0);
    expect(north.target).toBeLessThan(north.baseline);
  });

  it('gives every store and its manager goals, and shows the Leeds manager their part', async () => {
    const goals = await get('/api/v1/direction/goals', ceo);
    // 20 stores and their managers, and a customer goal for the CEO and each of the six executives.
    expect(goals.items).toHaveLength(47);
    const part = await get('/api/v1/direction/my-part', manager);
    const titles = part.initiatives.map((p: { initiative: { title: string } }) => p.initiative.title);
    expect(titles).toEqual(
      expect.arrayContaining(['Cut the queue at Leeds', 'Call back every detractor in the North']),
    );
    const leeds = part.initiatives.find(
      (p: { initiative: { title: string } }) => p.initiative.title === 'Cut the queue at Leeds',
    );
    expect(leeds.roles).toEqual(['owner', 'responsible', 'unit']);
    expect(part.goals.map((g: { title: string }) => g.title).sort()).toEqual([
      'Leeds: NPS',
      'Leeds: fewer detractors',
    ]);
    const standings = await get('/api/v1/direction/standings', ceo);
    expect(standings.items).toHaveLength(47);
    const plans = await get('/api/v1/direction/incentive-plans', ceo);
    expect(plans.items).toEqual([expect.objectContaining({ role: 'manager', warning: null })]);
    expect(plans.items[0].customerShare).toBeCloseTo(0.5, 10);
  });

  it('has a review cycle in progress: the CEO’s and some leaders’ reviews complete, others still going', async () => {
    const cycles = await get('/api/v1/direction/review-cycles', ceo);
    expect(cycles.items).toHaveLength(1);
    const c = cycles.items[0];
    expect(c).toMatchObject({
      phase: 'everyone',
      ceoReviewState: 'complete',
      boardReviewerName: 'Hannah Morgan',
    });
    expect(c.leaders.total).toBe(7);
    expect(c.leaders.byState.complete).toBe(4);
    expect(c.leaders.byState.complete).toBeLessThan(c.leaders.total);
    expect(c.everyone.byState.complete).toBeGreaterThan(0);
    expect(c.everyone.byState['not-started']).toBeGreaterThan(0);
    const mine = await get('/api/v1/direction/reviews', manager);
    expect(mine.mine).toEqual([expect.objectContaining({ state: 'not-started', leader: false })]);
    const review = await get(`/api/v1/direction/reviews/${mine.mine[0].id}`, manager);
    expect(review.may.writeSelf).toBe(true);
    expect(review.objectives.map((o: { title: string }) => o.title)).toEqual(['Leeds: fewer detractors']);
    expect(review.objectives[0].goal.target).toMatchObject({ metric: 'detractor-share', direction: 'fall' });
    const team = await get('/api/v1/direction/reviews', ceo);
    expect(team.team.length).toBe(6);
  });
});
