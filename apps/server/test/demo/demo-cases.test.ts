import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { createDemoOrganisation, DEMO_SIGN_IN } from '../../src/demo/demo.generator';
import { startTestCentric, type TestCentric } from '../support/test-centric';

describe('the demo’s closed loop', () => {
  let centric: TestCentric;
  let cookie: string;

  beforeAll(async () => {
    centric = await startTestCentric('pglite');
    await createDemoOrganisation(centric.deps, {
      now: centric.clock.now(),
      scale: 0.05,
      seed: 7,
      slug: 'demo',
    });
    cookie = await centric.signIn(DEMO_SIGN_IN.email, DEMO_SIGN_IN.password);
  });
  afterAll(async () => {
    await centric?.close();
  });

  it('shows open, overdue and resolved cases, with root causes and time to contact', async () => {
    const get = async (url: string) =>
      (await centric.app.inject({ method: 'GET', url, headers: { cookie } })).json() as Record<
        string,
        unknown
      >;
    const stats = (await get('/api/v1/cases/stats')) as Record<string, number>;
    expect(stats.opened).toBeGreaterThan(5);
    expect(stats.open).toBeGreaterThan(0);
    expect(stats.overdue).toBeGreaterThan(0);
    expect(stats.medianHoursToContact).toBeGreaterThan(0);
    const overdue = (await get('/api/v1/cases?overdue=true')) as {
      items: { escalatedToPersonId: string | null }[];
    };
    expect(overdue.items.length).toBe(stats.overdue);
    const resolved = (await get('/api/v1/cases?status=resolved')) as {
      items: { rootCause: string | null }[];
    };
    expect(resolved.items.length).toBeGreaterThan(0);
    expect(resolved.items.every((c) => c.rootCause)).toBe(true);
  });
});
