import { testEngines } from '@centric/db/testing/test-database';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { ORIGIN, startTestCentric, type TestCentric } from '../support/test-centric';

/**
 * Review cycles through the API: the leaders first, the gate on the CEO's own review, the required customer
 * section, who writes which part, who reads whose review — and goals and incentive plans being edited.
 */
describe.each(testEngines())('review cycles (%s)', (engine) => {
  let centric: TestCentric;
  let orgId: string;
  let owner: string;
  let ceoId: string;
  let exec: { id: string; cookie: string };
  let manager: { id: string; cookie: string };
  let employee: { id: string; cookie: string };
  let other: { id: string; cookie: string };
  let admin: { id: string; cookie: string };
  const ids = {
    store: '',
    cycle: '',
    ceoReview: '',
    execReview: '',
    empReview: '',
    otherReview: '',
    goal: '',
  };
  const call = (
    method: 'GET' | 'POST' | 'PUT' | 'PATCH' | 'DELETE',
    url: string,
    as: string,
    payload?: object,
  ) =>
    centric.app.inject({
      method,
      url,
      headers: { cookie: as, origin: ORIGIN },
      ...(payload ? { payload } : method === 'POST' ? { payload: {} } : {}),
    });
  const ok = async (method: 'POST' | 'PUT' | 'PATCH', url: string, as: string, payload?: object) => {
    const r = await call(method, url, as, payload);
    expect(r.statusCode, `${method} ${url}: ${r.body}`).toBeLessThan(300);
    return r.json();
  };
  const goal = (personId: string, title: string, customer = true) =>
    ok('POST', '/api/v1/direction/goals', owner, {
      title,
      personId,
      customer,
      target: { metric: 'nps', target: 40, startDate: '2026-10-01', dueDate: '2026-12-31' },
    });
  const assessment = (goalIds: string[], submit: boolean) => ({
    rating: 4,
    text: 'A good quarter for our customers.',
    objectives: goalIds.map((goalId) => ({
      goalId,
      rating: 4,
      comment: 'Detractors called back within a day.',
    })),
    submit,
  });

  beforeAll(async () => {
    centric = await startTestCentric(engine);
    const org = await centric.organisation('reviews');
    orgId = org.id;
    owner = org.ownerCookie;
    const me = (await call('GET', '/api/v1/me', owner)).json() as { memberships: { personId: string }[] };
    ceoId = me.memberships[0]!.personId;
    ids.store = (await ok('POST', '/api/v1/units', owner, { name: 'Leeds', kind: 'store' })).id;
    exec = await centric.person(orgId, 'executive');
    manager = await centric.person(orgId, 'manager', { unitId: ids.store });
    employee = await centric.person(orgId, 'employee', { unitId: ids.store });
    other = await centric.person(orgId, 'employee', { unitId: ids.store });
    admin = await centric.person(orgId, 'admin');
    await ok('PATCH', `/api/v1/people/${exec.id}`, owner, { managerId: ceoId });
    await ok('PATCH', `/api/v1/people/${manager.id}`, owner, { managerId: exec.id });
    await ok('PATCH', `/api/v1/people/${employee.id}`, owner, { managerId: manager.id });
    await ok('PATCH', `/api/v1/people/${other.id}`, owner, { managerId: manager.id });
  }, 180_000);
  afterAll(async () => {
    await centric?.close();
  });

  it('creates a cycle that admins run and nobody else', async () => {
    const refused = await call('POST', '/api/v1/direction/review-cycles', exec.cookie, {
      kind: 'quarter',
      year: 2026,
      quarter: 4,
    });
    expect(refused.statusCode).toBe(403);
    const bad = await call('POST', '/api/v1/direction/review-cycles', owner, { kind: 'quarter', year: 2026 });
    expect(bad.statusCode).toBe(400);
    const cycle = await ok('POST', '/api/v1/direction/review-cycles', owner, {
      kind: 'quarter',
      year: 2026,
      quarter: 4,
    });
    expect(cycle).toMatchObject({
      name: 'Reviews 2026 Q4',
      startDate: '2026-10-01',
      endDate: '2026-12-31',
      phase: 'draft',
    });
    ids.cycle = cycle.id;
  });

  it('needs a CEO, then opens the leaders’ reviews only', async () => {
    const noCeo = await call('POST', `/api/v1/direction/review-cycles/${ids.cycle}/open-leaders`, owner);
    expect(noCeo.statusCode).toBe(409);
    expect(noCeo.json().error.message).toContain('CEO');
    await ok('PATCH', '/api/v1/organisation', owner, { ceoPersonId: ceoId });
    const opened = await ok('POST', `/api/v1/direction/review-cycles/${ids.cycle}/open-leaders`, owner);
    expect(opened.phase).toBe('leaders');
    expect(opened.leaders.total).toBe(2);
    expect(opened.everyone.total).toBe(0);
    expect(opened.ceoReviewState).toBe('not-started');
    const detail = await call('GET', `/api/v1/direction/review-cycles/${ids.cycle}`, owner);
    const reviews = detail.json().reviews as {
      id: string;
      personId: string;
      reviewerPersonId: string | null;
      ceo: boolean;
    }[];
    expect(reviews[0]!.ceo).toBe(true);
    ids.ceoReview = reviews.find((r) => r.personId === ceoId)!.id;
    const execReview = reviews.find((r) => r.personId === exec.id)!;
    ids.execReview = execReview.id;
    expect(execReview.reviewerPersonId).toBe(ceoId);
    expect(reviews.find((r) => r.personId === ceoId)!.reviewerPersonId).toBeNull();
    expect((await call('GET', '/api/v1/direction/reviews', employee.cookie)).json().mine).toEqual([]);
  });

  it('refuses to open for everyone before the CEO’s review is complete, with the reason', async () => {
    const r = await call('POST', `/api/v1/direction/review-cycles/${ids.cycle}/open-everyone`, owner);
    expect(r.statusCode).toBe(409);
    expect(r.json().error.message).toContain(
      'only when the CEO’s own review is complete (it is not started)',
    );
  });

  it('requires the customer-objectives section before a self assessment is submitted', async () => {
    const empty = await call(
      'PUT',
      `/api/v1/direction/reviews/${ids.ceoReview}/self`,
      owner,
      assessment([], true),
    );
    expect(empty.statusCode).toBe(400);
    expect(empty.json().error.message).toContain('at least one customer objective');
    // A draft may be saved without it.
    await ok('PUT', `/api/v1/direction/reviews/${ids.ceoReview}/self`, owner, assessment([], false));
    const g = await goal(ceoId, 'Company NPS above 40');
    await goal(ceoId, 'Margin', false);
    const review = (await call('GET', `/api/v1/direction/reviews/${ids.ceoReview}`, owner)).json();
    expect(review.objectives).toHaveLength(1);
    expect(review.objectives[0]).toMatchObject({ goalId: g.id, customer: true });
    expect(review.objectives[0].goal.target).toMatchObject({ target: 40 });
    const unrated = await call('PUT', `/api/v1/direction/reviews/${ids.ceoReview}/self`, owner, {
      ...assessment([g.id], true),
      objectives: [{ goalId: g.id, rating: null, comment: '' }],
    });
    expect(unrated.statusCode).toBe(400);
    expect(unrated.json().error.details.problems).toHaveLength(2);
  });

  it('lets only the person write their self part, and only the reviewer (else an admin) the manager part', async () => {
    const review = (await call('GET', `/api/v1/direction/reviews/${ids.ceoReview}`, owner)).json();
    const goalIds = review.objectives.map((o: { goalId: string }) => o.goalId);
    expect(
      (
        await call(
          'PUT',
          `/api/v1/direction/reviews/${ids.ceoReview}/self`,
          admin.cookie,
          assessment(goalIds, false),
        )
      ).statusCode,
    ).toBe(403);
    const early = await call(
      'PUT',
      `/api/v1/direction/reviews/${ids.ceoReview}/manager`,
      admin.cookie,
      assessment(goalIds, true),
    );
    expect(early.statusCode).toBe(409);
    const submitted = await ok(
      'PUT',
      `/api/v1/direction/reviews/${ids.ceoReview}/self`,
      owner,
      assessment(goalIds, true),
    );
    expect(submitted.state).toBe('self-done');
    expect(
      (
        await call(
          'PUT',
          `/api/v1/direction/reviews/${ids.ceoReview}/manager`,
          owner,
          assessment(goalIds, true),
        )
      ).statusCode,
    ).toBe(403);
    expect(
      (
        await call(
          'PUT',
          `/api/v1/direction/reviews/${ids.ceoReview}/manager`,
          exec.cookie,
          assessment(goalIds, true),
        )
      ).statusCode,
    ).toBe(403);
    const assessed = await ok(
      'PUT',
      `/api/v1/direction/reviews/${ids.ceoReview}/manager`,
      admin.cookie,
      assessment(goalIds, true),
    );
    expect(assessed.state).toBe('manager-done');
    expect(
      (await call('POST', `/api/v1/direction/reviews/${ids.ceoReview}/sign-off`, exec.cookie)).statusCode,
    ).toBe(403);
    const done = await ok('POST', `/api/v1/direction/reviews/${ids.ceoReview}/sign-off`, owner);
    expect(done.state).toBe('complete');
    expect(done.manager.rating).toBe(4);
  });

  it('keeps an employee out of the leaders’ phase, then opens the cycle for everyone', async () => {
    const opened = await ok('POST', `/api/v1/direction/review-cycles/${ids.cycle}/open-everyone`, owner);
    expect(opened.phase).toBe('everyone');
    expect(opened.ceoReviewState).toBe('complete');
    expect(opened.everyone.total).toBe(4);
    const mine = (await call('GET', '/api/v1/direction/reviews', employee.cookie)).json();
    expect(mine.mine).toHaveLength(1);
    ids.empReview = mine.mine[0].id;
    expect(mine.mine[0].reviewerPersonId).toBe(manager.id);
    const team = (await call('GET', '/api/v1/direction/reviews', manager.cookie)).json();
    expect(team.team.map((r: { personId: string }) => r.personId).sort()).toEqual(
      [employee.id, other.id].sort(),
    );
    ids.otherReview = team.team.find((r: { personId: string }) => r.personId === other.id).id;
  });

  it('never shows an employee someone else’s review, nor a reviewer a self draft', async () => {
    expect(
      (await call('GET', `/api/v1/direction/reviews/${ids.otherReview}`, employee.cookie)).statusCode,
    ).toBe(403);
    expect(
      (await call('GET', `/api/v1/direction/reviews/${ids.ceoReview}`, employee.cookie)).statusCode,
    ).toBe(403);
    const detail = (
      await call('GET', `/api/v1/direction/review-cycles/${ids.cycle}`, employee.cookie)
    ).json();
    expect(detail.reviews.map((r: { id: string }) => r.id)).toEqual([ids.empReview]);
    const g = await goal(employee.id, 'Fewer detractors at my till');
    await ok('PUT', `/api/v1/direction/reviews/${ids.empReview}/self`, employee.cookie, {
      ...assessment([g.id], false),
      text: 'private draft',
    });
    const seen = (await call('GET', `/api/v1/direction/reviews/${ids.empReview}`, manager.cookie)).json();
    expect(seen.self.text).toBe('');
    expect(seen.may.writeManager).toBe(true);
    const own = (await call('GET', `/api/v1/direction/reviews/${ids.empReview}`, employee.cookie)).json();
    expect(own.self.text).toBe('private draft');
    expect(own.may).toEqual({ writeSelf: true, writeManager: false, signOff: false });
    await ok(
      'PUT',
      `/api/v1/direction/reviews/${ids.empReview}/self`,
      employee.cookie,
      assessment([g.id], true),
    );
    await ok('PUT', `/api/v1/direction/reviews/${ids.empReview}/manager`, manager.cookie, {
      ...assessment([g.id], false),
      text: 'manager draft',
    });
    expect(
      (await call('GET', `/api/v1/direction/reviews/${ids.empReview}`, employee.cookie)).json().manager,
    ).toBeNull();
    ids.goal = g.id;
  });

  it('edits and removes goals within the manager’s part of the organisation', async () => {
    const edited = await ok('PATCH', `/api/v1/direction/goals/${ids.goal}`, manager.cookie, {
      target: 45,
      weight: 3,
      dueDate: '2027-01-31',
      customer: true,
    });
    expect(edited).toMatchObject({ weight: 3, target: { target: 45, dueDate: '2027-01-31' } });
    const bad = await call('PATCH', `/api/v1/direction/goals/${ids.goal}`, manager.cookie, {
      dueDate: '2026-01-01',
    });
    expect(bad.statusCode).toBe(400);
    expect(
      (await call('PATCH', `/api/v1/direction/goals/${ids.goal}`, employee.cookie, { weight: 1 })).statusCode,
    ).toBe(403);
    const ceoGoal = (await call('GET', `/api/v1/direction/reviews/${ids.ceoReview}`, owner)).json()
      .objectives[0].goalId;
    // The CEO has no unit: outside the store manager's part.
    expect((await call('DELETE', `/api/v1/direction/goals/${ceoGoal}`, manager.cookie)).statusCode).toBe(403);
    expect((await call('DELETE', `/api/v1/direction/goals/${ids.goal}`, manager.cookie)).statusCode).toBe(
      204,
    );
    expect((await call('DELETE', `/api/v1/direction/goals/${ids.goal}`, manager.cookie)).statusCode).toBe(
      404,
    );
    const review = (await call('GET', `/api/v1/direction/reviews/${ids.empReview}`, manager.cookie)).json();
    expect(review.objectives[0]).toMatchObject({
      goalId: null,
      title: 'Fewer detractors at my till',
      goal: null,
    });
  });

  it('edits an incentive plan’s weights and reads actual results to simulate from', async () => {
    const plan = await ok('POST', '/api/v1/direction/incentive-plans', owner, {
      name: 'Store managers',
      role: 'manager',
      pool: 1000,
      components: [{ metric: 'revenue', weight: 1, threshold: 0.9, target: 1 }],
    });
    expect(plan.warning).not.toBeNull();
    const changed = await ok('PUT', `/api/v1/direction/incentive-plans/${plan.id}`, owner, {
      name: 'Store managers',
      role: 'manager',
      pool: 1000,
      components: [
        { metric: 'revenue', weight: 1, threshold: 0.9, target: 1 },
        { metric: 'nps', weight: 3, threshold: 20, target: 40 },
      ],
    });
    expect(changed.warning).toBeNull();
    expect(changed.customerShare).toBeCloseTo(0.75);
    expect(
      (await call('PUT', `/api/v1/direction/incentive-plans/${plan.id}`, exec.cookie, changed)).statusCode,
    ).toBe(403);
    const actuals = (
      await call('GET', `/api/v1/direction/incentive-actuals?unit=${ids.store}`, owner)
    ).json();
    expect(actuals).toMatchObject({ unitId: ids.store, to: '2026-11-02' });
    expect(actuals.actuals.nps).toBeNull();
    expect((await call('GET', '/api/v1/direction/incentive-actuals', manager.cookie)).statusCode).toBe(403);
  });

  it('closes the cycle, after which no review changes', async () => {
    await ok('POST', `/api/v1/direction/review-cycles/${ids.cycle}/close`, owner);
    const r = await call(
      'PUT',
      `/api/v1/direction/reviews/${ids.otherReview}/self`,
      other.cookie,
      assessment([], false),
    );
    expect(r.statusCode).toBe(409);
    expect(r.json().error.message).toContain('closed');
  });
});
