import type { Browser, Page } from 'playwright-core';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { DEMO_EXECUTIVE_EMAILS, DEMO_STORE_MANAGER_EMAIL } from '../apps/server/src/demo/demo-company';
import { launchChromium, seriousViolations, signIn, snap } from './browser';
import { startJourneyServer } from './test-server';

/**
 * From the vision to a store manager's part: the CEO drafts a new version, the Leeds store manager comments,
 * the CEO answers and publishes, adds an initiative with an NPS target for the North, and the Leeds manager
 * finds it under "my part" with the live progress the API computes.
 */
describe('direction journey', () => {
  let server: Awaited<ReturnType<typeof startJourneyServer>>;
  let browser: Browser;

  beforeAll(async () => {
    server = await startJourneyServer();
    browser = await launchChromium();
  }, 180_000);
  afterAll(async () => {
    await browser?.close();
    await server?.close();
  });

  async function signedInAs(email: string): Promise<Page> {
    const context = await browser.newContext({ viewport: { width: 1280, height: 900 } });
    const page = await context.newPage();
    await signIn(page, `${server.url}/sign-in`, { email, password: server.signIn.password });
    await page.waitForURL(/\/o\/demo/);
    return page;
  }

  it('publishes a vision after a comment is answered, and the region’s store manager sees the initiative', async () => {
    const ceo = await signedInAs(server.signIn.email);
    await ceo.goto(`${server.url}/o/demo/direction?tab=vision`);
    await ceo.getByTestId('vision-published').waitFor();
    await ceo
      .getByTestId('vision-draft-statement')
      .fill('Every customer of ours is known, heard and helped.');
    await ceo
      .getByTestId('vision-draft-pillars')
      .fill(
        'Listen and act: every detractor hears back within a day\nEvery store as good as our best: no store below the rest',
      );
    await ceo.getByTestId('vision-draft-create').click();
    await ceo.getByTestId('vision-draft').waitFor();
    await expect.poll(() => ceo.getByTestId('vision-publish').isEnabled()).toBe(true);

    const manager = await signedInAs(DEMO_STORE_MANAGER_EMAIL);
    await manager.goto(`${server.url}/o/demo/direction?tab=vision`);
    await manager.getByTestId('vision-comment-input').fill('Will busy stores be compared fairly?');
    await manager.getByTestId('vision-comment-send').click();
    await manager.getByTestId('vision-comment').filter({ hasText: 'busy stores' }).waitFor();
    expect(await manager.getByTestId('vision-publish').count()).toBe(0);

    await ceo.reload();
    const comment = ceo.getByTestId('vision-comment').filter({ hasText: 'busy stores' });
    await comment.waitFor();
    expect(await ceo.getByTestId('vision-publish').isEnabled()).toBe(false);
    await comment.getByTestId('comment-answer-input').fill('Yes: against the rest, with margins of error.');
    await comment.getByTestId('comment-answer-send').click();
    await comment.getByTestId('vision-comment-answer').waitFor();
    await expect.poll(() => ceo.getByTestId('vision-publish').isEnabled()).toBe(true);
    await snap(ceo, 'direction-draft-answered');
    await ceo.getByTestId('vision-publish').click();
    await expect
      .poll(() => ceo.getByTestId('vision-published').textContent())
      .toContain('known, heard and helped');
    const outbox = await server.centric.deps.handle.query<{ n: number }>(
      "select count(*)::int as n from outbox where subject like '%our vision, version 2'",
    );
    expect(outbox.rows[0]!.n).toBeGreaterThan(10);

    await ceo.getByTestId('tab-plan').click();
    await ceo.getByTestId('initiative-title').fill('Win back the North');
    await ceo.getByTestId('initiative-pillar').selectOption({ label: 'Listen and act' });
    await ceo.getByTestId('initiative-kind').selectOption('quick-win');
    await ceo.getByTestId('initiative-metric').selectOption('nps');
    await ceo.getByTestId('initiative-unit').selectOption({ label: 'North' });
    await ceo.getByTestId('initiative-target').fill('60');
    await ceo.getByTestId('initiative-start').fill('2026-07-01');
    await ceo.getByTestId('initiative-due').fill('2027-03-31');
    await ceo.getByTestId('initiative-create').click();
    const card = ceo.getByTestId('initiative-card').filter({ hasText: 'Win back the North' });
    await card.waitFor();
    await snap(ceo, 'direction-action-plan');

    await manager.goto(`${server.url}/o/demo/direction`);
    const mine = manager.getByTestId('initiative-card').filter({ hasText: 'Win back the North' });
    await mine.waitFor();
    expect(await mine.getByTestId('my-role').textContent()).toContain('your unit takes part');
    const api = await manager.evaluate(async () => {
      const r = await fetch('/api/v1/direction/my-part', { headers: { 'X-Centric-Org': 'demo' } });
      return (await r.json()) as {
        initiatives: { initiative: { title: string; target: { current: number | null; status: string } } }[];
      };
    });
    const live = api.initiatives.find((p) => p.initiative.title === 'Win back the North')!.initiative.target;
    expect(live.current).not.toBeNull();
    expect(await mine.getByTestId('target-current').textContent()).toBe(live.current!.toFixed(1));
    expect(await mine.getByTestId('target-progress').getAttribute('data-status')).toBe(live.status);
    await snap(manager, 'direction-my-part');
  }, 180_000);

  /** Fills a part of a review (every customer objective, then the overall) and submits it. */
  async function fillAndSubmit(page: Page, part: 'self' | 'manager', words: string) {
    const form = page.getByTestId(`${part}-form`);
    await form.waitFor();
    const objectives = await form.getByTestId('objective-input').count();
    expect(objectives).toBeGreaterThan(0);
    for (let i = 0; i < objectives; i++) {
      await form.getByTestId(`objective-rating-${i}`).selectOption('4');
      await form.getByTestId(`objective-comment-${i}`).fill(`${words}: detractors called back within a day.`);
    }
    await form.getByTestId(`${part}-rating`).selectOption('4');
    await form.getByTestId(`${part}-text`).fill(`${words}: a quarter spent with customers.`);
    await form.getByTestId(`${part}-submit`).click();
  }

  it('reviews the CEO first, then opens the cycle for everyone, and a store manager fills in their self review', async () => {
    const ceo = await signedInAs(server.signIn.email);
    await ceo.goto(`${server.url}/o/demo/direction?tab=reviews`);
    await ceo.getByTestId('review-cycle').first().waitFor();
    expect(await seriousViolations(ceo)).toEqual([]);
    await ceo.getByTestId('cycle-year').fill('2027');
    await ceo.getByTestId('cycle-quarter').selectOption('1');
    await ceo.getByTestId('cycle-board-reviewer').fill('Hannah');
    await ceo.getByRole('option', { name: /Hannah Morgan/ }).click();
    await ceo.getByTestId('cycle-create').click();
    const cycle = ceo.getByTestId('review-cycle').filter({ hasText: 'Reviews 2027 Q1' });
    await cycle.waitFor();
    await cycle.getByTestId('open-leaders').click();
    await expect.poll(() => cycle.getAttribute('data-phase')).toBe('leaders');
    await cycle.getByTestId('open-everyone').click();
    await expect
      .poll(() => cycle.getByTestId('cycle-refusal').textContent())
      .toContain('only when the CEO’s own review is complete');
    expect(await cycle.getAttribute('data-phase')).toBe('leaders');

    const mine = ceo
      .getByTestId('my-reviews')
      .getByTestId('review-row')
      .filter({ hasText: 'Reviews 2027 Q1' });
    await mine.getByRole('link').click();
    await ceo.getByTestId('self-form').waitFor();
    expect(await seriousViolations(ceo)).toEqual([]);
    // The customer section is required: submitting it empty lists what is missing.
    await ceo.getByTestId('self-submit').click();
    await expect.poll(() => ceo.getByTestId('review-error').textContent()).toContain('customer objective');
    await fillAndSubmit(ceo, 'self', 'Eleanor');
    await expect.poll(() => ceo.getByTestId('review-state').getAttribute('data-state')).toBe('self-done');
    const reviewUrl = ceo.url();

    const cpo = await signedInAs(DEMO_EXECUTIVE_EMAILS[4]);
    await cpo.goto(`${server.url}/o/demo/direction?tab=reviews`);
    const team = cpo
      .getByTestId('team-reviews')
      .getByTestId('review-row')
      .filter({ hasText: 'Reviews 2027 Q1' });
    await team.waitFor();
    expect(await seriousViolations(cpo)).toEqual([]);
    await team.getByRole('link', { name: 'Eleanor Whitfield' }).click();
    await fillAndSubmit(cpo, 'manager', 'For the board');
    await expect.poll(() => cpo.getByTestId('review-state').getAttribute('data-state')).toBe('manager-done');

    await ceo.goto(reviewUrl);
    await ceo.getByTestId('manager-view').waitFor();
    await ceo.getByTestId('sign-off').click();
    await expect.poll(() => ceo.getByTestId('review-state').getAttribute('data-state')).toBe('complete');
    await ceo.goto(`${server.url}/o/demo/direction?tab=reviews`);
    await cycle.getByTestId('open-everyone').click();
    await expect.poll(() => cycle.getAttribute('data-phase')).toBe('everyone');
    expect(await cycle.getByTestId('ceo-review-state').textContent()).toContain('Complete');
    await snap(ceo, 'direction-review-cycle');

    const manager = await signedInAs(DEMO_STORE_MANAGER_EMAIL);
    await manager.goto(`${server.url}/o/demo/direction?tab=reviews`);
    const own = manager
      .getByTestId('my-reviews')
      .getByTestId('review-row')
      .filter({ hasText: 'Reviews 2027 Q1' });
    await own.getByRole('link').click();
    const form = manager.getByTestId('self-form');
    await form.waitFor();
    expect(await form.getByTestId('objective-input').first().textContent()).toContain(
      'Leeds: fewer detractors',
    );
    await fillAndSubmit(manager, 'self', 'Leeds');
    await expect.poll(() => manager.getByTestId('review-state').getAttribute('data-state')).toBe('self-done');
    await manager.getByTestId('self-view').waitFor();
    await snap(manager, 'direction-my-review');
    const reviews = await manager.evaluate(async () => {
      const r = await fetch('/api/v1/direction/reviews', { headers: { 'X-Centric-Org': 'demo' } });
      return (await r.json()) as { mine: { cycleName: string; state: string }[] };
    });
    expect(reviews.mine.find((r) => r.cycleName === 'Reviews 2027 Q1')?.state).toBe('self-done');

    await ceo.goto(`${server.url}/o/demo/direction?tab=incentives`);
    const plan = ceo.getByTestId('incentive-plan').first();
    await plan.getByTestId('simulation-amount').waitFor();
    await plan.getByTestId('simulation-chart').waitFor();
    expect(await plan.getByTestId('plan-warning').count()).toBe(0);
    expect(await seriousViolations(ceo)).toEqual([]);
    await snap(ceo, 'direction-incentives');
  }, 300_000);
});
