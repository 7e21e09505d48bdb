import { testEngines } from '@centric/db/testing/test-database';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { createDemoOrganisation, DEMO_EXECUTIVE_EMAILS } from '../../src/demo/demo.generator';
import { startTestCentric, type TestCentric } from '../support/test-centric';

describe.each(testEngines())('the demo leadership story (%s)', (engine) => {
  let centric: TestCentric;
  let ceoCookie: string;
  const get = (url: string) => centric.app.inject({ method: 'GET', url, headers: { cookie: ceoCookie } });

  beforeAll(async () => {
    centric = await startTestCentric(engine);
    centric.clock.set('2026-12-01T09:00:00Z');
    await createDemoOrganisation(centric.deps, { now: centric.clock.now(), scale: 0.01 });
    ceoCookie = await centric.signIn('ceo@northwind.example', 'walk-the-talk');
  });
  afterAll(async () => {
    await centric?.close();
  });

  it('shows a walker, a slipping executive and a talker on the board, the CEO first', async () => {
    const board = (await get('/api/v1/leaders/board?period=quarter')).json();
    const byName = new Map(board.leaders.map((l: { name: string }) => [l.name, l]));
    expect(board.leaders[0].name).toBe('Eleanor Whitfield');
    expect(byName.get('Eleanor Whitfield')).toMatchObject({ state: 'walking' });
    expect(byName.get('David Okafor')).toMatchObject({ state: 'walking' });
    expect(byName.get('Marcus Bell')).toMatchObject({ state: 'slipping' });
    expect(byName.get('Priya Natarajan')).toMatchObject({ state: 'talking' });
    expect(board.leaders).toHaveLength(1 + DEMO_EXECUTIVE_EMAILS.length);
    // The COO was walking a year ago: the trend over the months tells it.
    const coo = byName.get('Marcus Bell') as { series: { index: number | null }[] };
    const early = coo.series.slice(0, 4).map((p) => p.index ?? 0);
    expect(Math.min(...early)).toBeGreaterThanOrEqual(0.6);
  });

  it('gives each executive a leader page with evidence, action items and a year of history', async () => {
    const index = (await get('/api/v1/leaders/walker-index?period=year')).json();
    const ceo = index.find((r: { name: string }) => r.name === 'Eleanor Whitfield');
    const page = (await get(`/api/v1/leaders/${ceo.personId}`)).json();
    expect(page.promised.length).toBe(4);
    expect(page.evidence.length).toBeGreaterThan(10);
    expect(page.evidence.some((e: { confirmedBy: unknown }) => e.confirmedBy !== null)).toBe(true);
    expect(page.series).toHaveLength(12);
    const reviews = (await get('/api/v1/feedback-reviews?limit=5')).json().items;
    expect(
      reviews[0].attendees.some(
        (a: { otherDepartment: boolean; attended: boolean }) => a.otherDepartment && a.attended,
      ),
    ).toBe(true);
    const decisions = (await get('/api/v1/decisions?limit=200')).json().items;
    expect(decisions.length).toBeGreaterThan(10);
  });
});
