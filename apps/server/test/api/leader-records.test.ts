import { testEngines } from '@centric/db/testing/test-database';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { ORIGIN, startTestCentric, type TestCentric } from '../support/test-centric';

type Method = 'GET' | 'POST' | 'PATCH' | 'PUT' | 'DELETE';

describe.each(testEngines())('leave, the catalogue, action items and goals in reviews (%s)', (engine) => {
  let centric: TestCentric;
  let org: Awaited<ReturnType<TestCentric['organisation']>>;
  let exec: Awaited<ReturnType<TestCentric['person']>>;
  let manager: Awaited<ReturnType<TestCentric['person']>>;
  let employee: Awaited<ReturnType<TestCentric['person']>>;
  let operations: string;
  const call = (cookie: string, method: Method, url: string, payload?: object) =>
    centric.app.inject({ method, url, headers: { cookie, origin: ORIGIN }, ...(payload ? { payload } : {}) });
  const byKey = async (key: string) =>
    (
      (await call(exec.cookie, 'GET', '/api/v1/behaviours')).json().items as { id: string; key: string }[]
    ).find((b) => b.key === key)!.id;

  beforeAll(async () => {
    centric = await startTestCentric(engine);
    centric.clock.set('2026-10-20T09:00:00Z');
    org = await centric.organisation('records');
    operations = (
      await call(org.ownerCookie, 'POST', '/api/v1/units', { name: 'Operations', kind: 'department' })
    ).json().id;
    exec = await centric.person(org.id, 'executive', { unitId: operations });
    manager = await centric.person(org.id, 'manager', { unitId: operations });
    employee = await centric.person(org.id, 'employee', { unitId: operations });
  });
  afterAll(async () => {
    await centric?.close();
  });

  it('an executive edits and retires behaviours of the catalogue; a manager cannot', async () => {
    const id = await byKey('online-comments');
    const edited = await call(exec.cookie, 'PATCH', `/api/v1/behaviours/${id}`, {
      name: 'Answer customers online every month',
      cadence: 'quarterly',
      evidenceHint: 'a link to your reply',
    });
    expect(edited.statusCode).toBe(200);
    expect(edited.json()).toMatchObject({ cadence: 'quarterly', evidenceHint: 'a link to your reply' });
    expect((await call(manager.cookie, 'PATCH', `/api/v1/behaviours/${id}`, { name: 'x' })).statusCode).toBe(
      403,
    );
    const retired = await call(exec.cookie, 'PATCH', `/api/v1/behaviours/${id}`, { archived: true });
    expect(retired.json().archived).toBe(true);
    const commit = await call(manager.cookie, 'POST', '/api/v1/commitments', { behaviourId: id });
    expect(commit.statusCode).toBe(400);
  });

  it('leave excludes the months away from the index; only the leader or an admin records it', async () => {
    await call(exec.cookie, 'POST', '/api/v1/commitments', {
      behaviourId: await byKey('customer-day'),
      startsOn: '2026-07-01',
    });
    const year = async () =>
      (await call(employee.cookie, 'GET', '/api/v1/leaders/walker-index?period=year'))
        .json()
        .find((r: { personId: string }) => r.personId === exec.id);
    expect(await year()).toMatchObject({ due: 3, evidenced: 0, state: 'talking' });

    const forOther = await call(manager.cookie, 'POST', '/api/v1/leave', {
      personId: exec.id,
      startsOn: '2026-07-01',
      endsOn: '2026-08-31',
    });
    expect(forOther.statusCode).toBe(403);
    const byEmployee = await call(employee.cookie, 'POST', '/api/v1/leave', {
      startsOn: '2026-07-01',
      endsOn: '2026-08-31',
    });
    expect(byEmployee.statusCode).toBe(403);
    const backwards = await call(exec.cookie, 'POST', '/api/v1/leave', {
      startsOn: '2026-08-31',
      endsOn: '2026-07-01',
    });
    expect(backwards.statusCode).toBe(400);

    const leave = await call(exec.cookie, 'POST', '/api/v1/leave', {
      startsOn: '2026-07-01',
      endsOn: '2026-08-31',
      note: 'parental leave',
    });
    expect(leave.statusCode).toBe(201);
    expect(leave.json()).toMatchObject({ personId: exec.id, recordedBy: { id: exec.id } });
    // July and August are no longer owed: only September fell due.
    expect(await year()).toMatchObject({ due: 1, evidenced: 0 });
    const overlap = await call(org.ownerCookie, 'POST', '/api/v1/leave', {
      personId: exec.id,
      startsOn: '2026-08-15',
      endsOn: '2026-09-15',
    });
    expect(overlap.statusCode).toBe(409);

    const page = (await call(employee.cookie, 'GET', `/api/v1/leaders/${exec.id}`)).json();
    expect(page.leave).toEqual([expect.objectContaining({ startsOn: '2026-07-01', endsOn: '2026-08-31' })]);
    const listed = (await call(employee.cookie, 'GET', `/api/v1/leave?personId=${exec.id}`)).json().items;
    expect(listed).toHaveLength(1);

    expect((await call(manager.cookie, 'DELETE', `/api/v1/leave/${leave.json().id}`)).statusCode).toBe(403);
    expect((await call(org.ownerCookie, 'DELETE', `/api/v1/leave/${leave.json().id}`)).statusCode).toBe(204);
    expect(await year()).toMatchObject({ due: 3 });
  });

  it('moves action items on: the owner changes the state, a manager reassigns and re-dates', async () => {
    const item = (
      await call(exec.cookie, 'POST', '/api/v1/action-items', {
        title: 'Fix the returns form',
        ownerId: employee.id,
        dueOn: '2026-10-30',
      })
    ).json();
    const url = `/api/v1/action-items/${item.id}`;
    expect((await call(employee.cookie, 'PATCH', url, { state: 'in_progress' })).json().state).toBe(
      'in_progress',
    );
    expect((await call(employee.cookie, 'PATCH', url, { dueOn: '2026-12-01' })).statusCode).toBe(403);
    const other = await centric.person(org.id, 'employee', { unitId: operations });
    expect((await call(other.cookie, 'PATCH', url, { state: 'done' })).statusCode).toBe(403);
    const moved = await call(manager.cookie, 'PATCH', url, { ownerId: manager.id, dueOn: '2026-11-15' });
    expect(moved.json()).toMatchObject({ owner: { id: manager.id }, dueOn: '2026-11-15' });
    const done = (await call(manager.cookie, 'PATCH', url, { state: 'done' })).json();
    expect(done.state).toBe('done');
    expect(done.doneAt).not.toBeNull();
  });

  it('links customer goals to review-objectives evidence and shows their progress to goal readers', async () => {
    const goal = await call(exec.cookie, 'POST', '/api/v1/direction/goals', {
      title: 'Operations NPS to 40',
      unitId: operations,
      target: { metric: 'nps', target: 40, startDate: '2026-10-01', dueDate: '2026-12-31' },
    });
    expect(goal.statusCode).toBe(201);
    const internal = await call(exec.cookie, 'POST', '/api/v1/direction/goals', {
      title: 'Cost per ticket',
      unitId: operations,
      customer: false,
      target: { metric: 'nps', target: 30, startDate: '2026-10-01', dueDate: '2026-12-31' },
    });
    const commitment = (
      await call(exec.cookie, 'POST', '/api/v1/commitments', {
        behaviourId: await byKey('customer-objectives-in-reviews'),
        startsOn: '2026-10-01',
      })
    ).json();
    const log = (goalIds: string[], objectives: string[] = []) =>
      call(exec.cookie, 'POST', '/api/v1/evidence', {
        commitmentId: commitment.id,
        kind: 'review_objectives',
        occurredOn: '2026-10-10',
        summary: 'Set customer objectives in the autumn reviews',
        goalIds,
        details: { objectives },
      });
    expect((await log([])).statusCode).toBe(400);
    expect((await log([internal.json().id])).statusCode).toBe(400);
    expect((await log(['01890000-0000-7000-8000-000000000000'])).statusCode).toBe(400);
    const logged = await log([goal.json().id]);
    expect(logged.statusCode).toBe(201);
    expect(logged.json().goals).toEqual([
      expect.objectContaining({
        id: goal.json().id,
        title: 'Operations NPS to 40',
        ownerName: 'Operations',
        reading: expect.objectContaining({ metric: 'nps', target: 40 }),
      }),
    ]);
    const asEmployee = (await call(employee.cookie, 'GET', `/api/v1/leaders/${exec.id}`)).json();
    const seen = asEmployee.evidence.find((e: { id: string }) => e.id === logged.json().id);
    expect(seen.goals).toEqual([expect.objectContaining({ title: 'Operations NPS to 40', reading: null })]);
  });

  it('scores teams and the executive team with a trend and a series', async () => {
    const teams = (await call(employee.cookie, 'GET', '/api/v1/leaders/teams?period=quarter')).json();
    const ops = teams.find((t: { name: string }) => t.name === 'Operations');
    expect(ops).toMatchObject({ leaders: 1 });
    expect(ops.series).toHaveLength(12);
    // Last quarter (July–September) nothing was kept; this quarter nothing has fallen due yet.
    expect(ops.series.at(-2)).toMatchObject({ label: expect.any(String), due: 1, evidenced: 0 });
    const board = (await call(employee.cookie, 'GET', '/api/v1/leaders/board?period=quarter')).json();
    expect(board.team.series).toHaveLength(12);
    expect(board.team).toHaveProperty('trend');
  });
});
