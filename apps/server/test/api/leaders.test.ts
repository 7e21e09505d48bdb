import { testEngines } from '@centric/db/testing/test-database';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { ORIGIN, startTestCentric, type TestCentric } from '../support/test-centric';

describe.each(testEngines())('leadership commitments and the Walker index (%s)', (engine) => {
  let centric: TestCentric;
  let org: Awaited<ReturnType<TestCentric['organisation']>>;
  let exec: Awaited<ReturnType<TestCentric['person']>>;
  let colleague: Awaited<ReturnType<TestCentric['person']>>;
  let employee: Awaited<ReturnType<TestCentric['person']>>;
  const call = (cookie: string, method: 'GET' | 'POST' | 'PATCH' | 'PUT', url: string, payload?: object) =>
    centric.app.inject({ method, url, headers: { cookie, origin: ORIGIN }, ...(payload ? { payload } : {}) });

  beforeAll(async () => {
    centric = await startTestCentric(engine);
    centric.clock.set('2026-10-20T09:00:00Z');
    org = await centric.organisation('walkers');
    const unit = async (name: string) =>
      (await call(org.ownerCookie, 'POST', '/api/v1/units', { name, kind: 'department' })).json()
        .id as string;
    const operations = await unit('Operations');
    const marketing = await unit('Marketing');
    exec = await centric.person(org.id, 'executive', { unitId: operations });
    colleague = await centric.person(org.id, 'manager', { unitId: marketing });
    employee = await centric.person(org.id, 'employee', { unitId: operations });
  });
  afterAll(async () => {
    await centric?.close();
  });

  it('seeds the eight behaviours and lets an admin add the organisation’s own', async () => {
    const list = (await call(employee.cookie, 'GET', '/api/v1/behaviours')).json().items;
    expect(list).toHaveLength(8);
    expect(list.map((b: { cadence: string }) => b.cadence)).toEqual([
      'monthly',
      'per_decision',
      'review_cycle',
      'monthly',
      'monthly',
      'monthly',
      'per_decision',
      'quarterly',
    ]);
    const own = await call(org.ownerCookie, 'POST', '/api/v1/behaviours', {
      name: 'Answer a complaint personally',
      cadence: 'monthly',
      evidenceKind: 'customer_conversation',
    });
    expect(own.statusCode).toBe(201);
    expect(own.json().position).toBe(9);
    expect(
      (
        await call(employee.cookie, 'POST', '/api/v1/behaviours', {
          name: 'x',
          cadence: 'monthly',
          evidenceKind: 'new_focus',
        })
      ).statusCode,
    ).toBe(403);
  });

  it('a leader logs a customer day and a feedback review with another department; a colleague confirms; the index rises', async () => {
    const behaviours = (await call(exec.cookie, 'GET', '/api/v1/behaviours')).json().items as {
      id: string;
      key: string;
    }[];
    const byKey = (k: string) => behaviours.find((b) => b.key === k)!.id;
    const customerDay = (
      await call(exec.cookie, 'POST', '/api/v1/commitments', {
        behaviourId: byKey('customer-day'),
        startsOn: '2026-07-01',
      })
    ).json();
    await call(exec.cookie, 'POST', '/api/v1/commitments', {
      behaviourId: byKey('monthly-feedback-review'),
      startsOn: '2026-07-01',
    });
    expect(customerDay.status).toBe('active');
    const duplicate = await call(exec.cookie, 'POST', '/api/v1/commitments', {
      behaviourId: byKey('customer-day'),
    });
    expect(duplicate.statusCode).toBe(409);

    const before = (await call(employee.cookie, 'GET', '/api/v1/leaders/walker-index?period=year')).json();
    const mine = () => before.find((r: { personId: string }) => r.personId === exec.id);
    // July, August and September were due and nothing was logged: a talker.
    expect(mine()).toMatchObject({ committed: 2, due: 6, evidenced: 0, index: 0, state: 'talking' });

    // An employee cannot log evidence for the executive.
    const forSomeoneElse = await call(employee.cookie, 'POST', '/api/v1/evidence', {
      commitmentId: customerDay.id,
      kind: 'customer_conversation',
      occurredOn: '2026-10-05',
      summary: 'Spent the day at the Leeds store',
      details: { minutes: 420, learned: 'Queues at the tills put people off' },
    });
    expect(forSomeoneElse.statusCode).toBe(403);
    const future = await call(exec.cookie, 'POST', '/api/v1/evidence', {
      commitmentId: customerDay.id,
      kind: 'customer_conversation',
      occurredOn: '2026-10-25',
      summary: 'Not yet',
      details: { minutes: 60, learned: 'nothing yet' },
    });
    expect(future.statusCode).toBe(400);
    const wrongKind = await call(exec.cookie, 'POST', '/api/v1/evidence', {
      commitmentId: customerDay.id,
      kind: 'online_engagement',
      occurredOn: '2026-10-05',
      summary: 'Replied on a forum',
      details: { url: 'https://example.com/r/1', platform: 'Trustpilot' },
    });
    expect(wrongKind.statusCode).toBe(400);

    const day = await call(exec.cookie, 'POST', '/api/v1/evidence', {
      commitmentId: customerDay.id,
      kind: 'customer_conversation',
      occurredOn: '2026-09-12',
      summary: 'A day on the shop floor in Leeds',
      participantIds: [colleague.id],
      details: { minutes: 420, learned: 'Queues at the tills put people off', where: 'Leeds' },
    });
    expect(day.statusCode, day.body).toBe(201);
    expect(day.json()).toMatchObject({ weight: 1, confirmedBy: null });

    const meeting = await call(exec.cookie, 'POST', '/api/v1/feedback-reviews', {
      heldOn: '2026-09-28',
      feedbackDiscussed: 'September NPS fell in the North; delivery comments',
      decisions: ['Trial a second till at peak times'],
      attendees: [
        { personId: colleague.id, attended: true },
        { personId: employee.id, attended: false },
      ],
      actionItems: [{ title: 'Staff a second till on Saturdays', ownerId: exec.id, dueOn: '2026-10-31' }],
    });
    expect(meeting.statusCode, meeting.body).toBe(201);
    const held = meeting.json();
    expect(held.evidenceId).not.toBeNull();
    expect(held.notEvidenceBecause).toBeNull();
    expect(
      held.attendees.find((a: { personId: string }) => a.personId === colleague.id).otherDepartment,
    ).toBe(true);
    expect(held.actionItems).toHaveLength(1);

    // Only a participant may confirm: not the leader, not an employee who did not come.
    expect((await call(exec.cookie, 'POST', `/api/v1/evidence/${day.json().id}/confirm`)).statusCode).toBe(
      403,
    );
    expect(
      (await call(employee.cookie, 'POST', `/api/v1/evidence/${held.evidenceId}/confirm`)).statusCode,
    ).toBe(403);
    const awaiting = (
      await call(colleague.cookie, 'GET', '/api/v1/evidence?awaitingMyConfirmation=true')
    ).json();
    expect(awaiting.items).toHaveLength(2);
    for (const item of awaiting.items) {
      const confirmed = await call(colleague.cookie, 'POST', `/api/v1/evidence/${item.id}/confirm`);
      expect(confirmed.statusCode).toBe(200);
      expect(confirmed.json().confirmedBy.id).toBe(colleague.id);
    }
    expect(
      (await call(colleague.cookie, 'POST', `/api/v1/evidence/${day.json().id}/confirm`)).statusCode,
    ).toBe(409);

    const page = (await call(employee.cookie, 'GET', `/api/v1/leaders/${exec.id}`)).json();
    expect(page.quarter.label).toBe('2026-Q4');
    expect(page.actionItems.map((a: { title: string }) => a.title)).toEqual([
      'Staff a second till on Saturdays',
    ]);
    expect(page.evidence).toHaveLength(2);
    const sept = page.series.find((p: { label: string }) => p.label === '2026-09');
    expect(sept).toMatchObject({ due: 2, evidenced: 2, index: 1 });
    expect(page.dueThisMonth.map((d: { dueOn: string }) => d.dueOn)).toEqual(['2026-10-31', '2026-10-31']);

    const after = (await call(employee.cookie, 'GET', '/api/v1/leaders/walker-index?period=quarter')).json();
    // The index is over the current quarter (Q4): nothing due yet. Over the year, two of the six are kept.
    const year = (await call(employee.cookie, 'GET', '/api/v1/leaders/walker-index?period=year')).json();
    expect(year.find((r: { personId: string }) => r.personId === exec.id)).toMatchObject({
      due: 6,
      evidenced: 2,
    });
    expect(after.find((r: { personId: string }) => r.personId === exec.id).state).toBe('not_due');
  });

  it('pauses and ends commitments with reasons, only for oneself', async () => {
    const list = (await call(exec.cookie, 'GET', `/api/v1/commitments?personId=${exec.id}`)).json().items;
    const c = list[0];
    expect(
      (await call(employee.cookie, 'POST', `/api/v1/commitments/${c.id}/pause`, { reason: 'mine now' }))
        .statusCode,
    ).toBe(403);
    const paused = await call(exec.cookie, 'POST', `/api/v1/commitments/${c.id}/pause`, {
      reason: 'Parental leave',
    });
    expect(paused.json()).toMatchObject({
      status: 'paused',
      pauses: [{ reason: 'Parental leave', endsOn: null }],
    });
    expect(
      (await call(exec.cookie, 'POST', `/api/v1/commitments/${c.id}/pause`, { reason: 'again' })).statusCode,
    ).toBe(409);
    centric.clock.set('2026-11-03T09:00:00Z');
    const resumed = await call(exec.cookie, 'POST', `/api/v1/commitments/${c.id}/resume`, {});
    expect(resumed.json().status).toBe('active');
    expect(resumed.json().pauses[0]).toMatchObject({ startsOn: '2026-10-20', endsOn: '2026-11-02' });
    const ended = await call(exec.cookie, 'POST', `/api/v1/commitments/${c.id}/end`, { reason: 'New role' });
    expect(ended.json()).toMatchObject({ endsOn: '2026-11-03', endReason: 'New role' });
    expect(
      (await call(exec.cookie, 'POST', `/api/v1/commitments/${c.id}/end`, { reason: 'x' })).statusCode,
    ).toBe(409);
  });

  it('counts every decision for a per-decision behaviour, evidenced when it records its customer impact', async () => {
    const behaviours = (await call(exec.cookie, 'GET', '/api/v1/behaviours')).json().items as {
      id: string;
      key: string;
    }[];
    const wiifc = behaviours.find((b) => b.key === 'whats-in-it-for-customers')!.id;
    await call(exec.cookie, 'POST', '/api/v1/commitments', { behaviourId: wiifc, startsOn: '2026-11-01' });
    const d1 = await call(exec.cookie, 'POST', '/api/v1/decisions', {
      title: 'Close the Derby store on Sundays',
      customerBenefit: 'Fewer, better-staffed hours',
      customerImpact: 'negative',
      expectedClvEffect: -12000,
      unitIds: [],
    });
    expect(d1.statusCode, d1.body).toBe(201);
    expect(d1.json()).toMatchObject({ recordsCustomerImpact: true, recordsClvEffect: true });
    const d2 = (
      await call(exec.cookie, 'POST', '/api/v1/decisions', { title: 'New supplier for bags' })
    ).json();
    expect(d2.recordsCustomerImpact).toBe(false);
    const month = () =>
      call(employee.cookie, 'GET', '/api/v1/leaders/walker-index?period=month').then((r) =>
        r.json().find((x: { personId: string }) => x.personId === exec.id),
      );
    expect(await month()).toMatchObject({ due: 2, evidenced: 1 });
    expect(
      (await call(employee.cookie, 'PATCH', `/api/v1/decisions/${d2.id}`, { customerImpact: 'neutral' }))
        .statusCode,
    ).toBe(403);
    await call(exec.cookie, 'PATCH', `/api/v1/decisions/${d2.id}`, {
      customerBenefit: 'Sturdier bags',
      customerImpact: 'positive',
    });
    expect(await month()).toMatchObject({ due: 2, evidenced: 2, index: 1, state: 'walking' });
  });

  it('shows the executive board and lets an admin change the rules', async () => {
    const board = (await call(employee.cookie, 'GET', '/api/v1/leaders/board?period=year')).json();
    expect(board.leaders.map((l: { personId: string }) => l.personId)).toContain(exec.id);
    expect(board.leaders.every((l: { personId: string }) => l.personId !== colleague.id)).toBe(true);
    expect(board.team.due).toBeGreaterThan(0);
    expect(board.rules[0]).toMatch(/Walker index/);
    const rules = (await call(employee.cookie, 'GET', '/api/v1/leaders/walker-rules')).json().rules;
    expect((await call(employee.cookie, 'PUT', '/api/v1/leaders/walker-rules', rules)).statusCode).toBe(403);
    const bad = await call(org.ownerCookie, 'PUT', '/api/v1/leaders/walker-rules', {
      ...rules,
      walkingAt: 0.3,
    });
    expect(bad.statusCode).toBe(400);
    const changed = await call(org.ownerCookie, 'PUT', '/api/v1/leaders/walker-rules', {
      ...rules,
      walkingAt: 0.9,
    });
    expect(changed.json().description.at(-1)).toMatch(/90 %/);
    const teams = (await call(employee.cookie, 'GET', '/api/v1/leaders/teams?period=year')).json();
    expect(teams.find((t: { name: string }) => t.name === 'Operations')).toMatchObject({ leaders: 1 });
  });
});
