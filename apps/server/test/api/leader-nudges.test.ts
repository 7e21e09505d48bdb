import { outbox } from '@centric/db/schema';
import { testEngines } from '@centric/db/testing/test-database';
import { eq } from 'drizzle-orm';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { runLeaderNudges } from '../../src/commitments/nudge.service';
import { ORIGIN, startTestCentric, type TestCentric } from '../support/test-centric';

describe.each(testEngines())('leader nudges (%s)', (engine) => {
  let centric: TestCentric;
  let org: Awaited<ReturnType<TestCentric['organisation']>>;
  let exec: Awaited<ReturnType<TestCentric['person']>>;
  const mail = async () =>
    (await centric.deps.db.select().from(outbox).where(eq(outbox.organisationId, org.id))).map((m) => ({
      to: m.to,
      subject: m.subject,
      text: m.text,
    }));

  beforeAll(async () => {
    centric = await startTestCentric(engine);
    centric.clock.set('2026-11-10T08:00:00Z');
    org = await centric.organisation('nudged');
    exec = await centric.person(org.id, 'executive');
    const behaviours = (
      await centric.app.inject({ method: 'GET', url: '/api/v1/behaviours', headers: { cookie: exec.cookie } })
    ).json().items as { id: string; key: string }[];
    for (const key of ['customer-day', 'online-comments']) {
      const r = await centric.app.inject({
        method: 'POST',
        url: '/api/v1/commitments',
        headers: { cookie: exec.cookie, origin: ORIGIN },
        payload: { behaviourId: behaviours.find((b) => b.key === key)!.id, startsOn: '2026-10-01' },
      });
      expect(r.statusCode).toBe(201);
    }
  });
  afterAll(async () => {
    await centric?.close();
  });

  it('reminds a week before a commitment falls due, once, and not when it is met', async () => {
    expect((await runLeaderNudges(centric.deps)).reminders).toBe(0); // 20 days before the end of November
    const online = (
      await centric.app.inject({
        method: 'GET',
        url: `/api/v1/commitments?personId=${exec.id}`,
        headers: { cookie: exec.cookie },
      })
    )
      .json()
      .items.find((c: { behaviour: { key: string } }) => c.behaviour.key === 'online-comments');
    await centric.app.inject({
      method: 'POST',
      url: '/api/v1/evidence',
      headers: { cookie: exec.cookie, origin: ORIGIN },
      payload: {
        commitmentId: online.id,
        kind: 'online_engagement',
        occurredOn: '2026-11-09',
        summary: 'Answered a one-star review',
        details: { url: 'https://reviews.example/northwind/1', platform: 'Trustpilot', replied: true },
      },
    });
    centric.clock.set('2026-11-24T08:00:00Z');
    const first = await runLeaderNudges(centric.deps);
    expect(first.reminders).toBe(1);
    const again = await runLeaderNudges(centric.deps);
    expect(again.reminders).toBe(0);
    const reminders = (await mail()).filter((m) => m.subject.startsWith('Due by'));
    expect(reminders).toEqual([
      expect.objectContaining({
        to: exec.email,
        subject: 'Due by 2026-11-30: Spend a day a month talking to customers',
      }),
    ]);
    expect(reminders[0]!.text).toContain('So far 0 of 1');
  });

  it('sends the executive team’s monthly digest once a month', async () => {
    centric.clock.set('2026-12-01T07:00:00Z');
    const { digests } = await runLeaderNudges(centric.deps);
    expect(digests).toBe(2); // the owner (as CEO-level) and the executive
    expect((await runLeaderNudges(centric.deps)).digests).toBe(0);
    const digest = (await mail()).find(
      (m) => m.subject.startsWith('Walker index for 2026-11') && m.to === exec.email,
    )!;
    expect(digest.subject).toBe('Walker index for 2026-11: the executive team at 50 %');
    expect(digest.text).toContain('1 of 2 kept');
  });
});
