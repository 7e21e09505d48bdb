import type { Browser, Page } from 'playwright-core';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { launchChromium, seriousViolations, signIn, snap } from './browser';
import { startJourneyServer } from './test-server';

/**
 * A leader who mostly talks (the demo CFO) commits to monthly feedback reviews, logs a customer day and a review
 * with another department invited; a colleague who came confirms both; the leader's Walker index rises.
 */
describe('leaders walk the talk', () => {
  let server: Awaited<ReturnType<typeof startJourneyServer>>;
  let browser: Browser;

  beforeAll(async () => {
    server = await startJourneyServer();
    browser = await launchChromium();
  });
  afterAll(async () => {
    await browser?.close();
    await server?.close();
  });

  async function signedIn(email: string): Promise<Page> {
    const context = await browser.newContext({ viewport: { width: 1360, height: 900 } });
    const page = await context.newPage();
    await signIn(page, `${server.url}/sign-in`, { email: email, password: server.signIn.password });
    await page.getByTestId('nav-leaders').waitFor();
    return page;
  }
  const indexOf = async (page: Page) => {
    const text = (await page.getByTestId('leader-kept').textContent()) ?? '';
    const [kept, due] = text.match(/[\d.]+/g)!.map(Number) as [number, number];
    return kept / due;
  };
  async function pick(page: Page, testId: string, text: string) {
    const input = page.getByTestId(testId);
    await input.click();
    await input.fill(text);
    await page
      .getByRole('option', { name: new RegExp(text) })
      .first()
      .click();
  }

  it('a leader logs a customer day and a feedback review, a colleague confirms, the index rises', async () => {
    const cfo = await signedIn('cfo@northwind.example');
    await cfo.getByTestId('nav-leaders').click();
    await cfo.getByTestId('board-table').waitFor();
    await snap(cfo, 'leaders-01-board');
    await cfo.getByTestId('my-leader-page').click();
    await cfo.getByTestId('leader-index').waitFor();
    const before = await indexOf(cfo);
    expect(before).toBeLessThan(0.5);
    await snap(cfo, 'leaders-02-leader-page-before');

    // Commit to monthly feedback reviews, from the keyboard.
    await cfo.getByTestId('commit-open').click();
    await pick(cfo, 'commit-behaviour', 'customer-feedback review');
    await cfo.getByTestId('commit-submit').click();
    await cfo.getByTestId('commit-submit').waitFor({ state: 'detached' });

    // A customer day in October.
    await cfo.getByTestId('log-evidence').click();
    await pick(cfo, 'evidence-commitment', 'day a month talking to customers');
    const day = cfo.getByTestId('form-customer_conversation');
    await day.getByLabel('When').fill('2026-10-20');
    await day.getByTestId('evidence-summary').fill('A day on the tills in Croydon');
    await day.getByTestId('evidence-learned').fill('Customers want to pay by phone at the self-checkouts');
    await pick(cfo, 'evidence-participants', 'David Okafor');
    await cfo.keyboard.press('Escape');
    await snap(cfo, 'leaders-03-log-customer-day');
    await day.getByTestId('evidence-submit').click();
    await day.waitFor({ state: 'detached' });

    // The monthly feedback review, another department invited.
    await cfo.getByTestId('log-evidence').click();
    await pick(cfo, 'evidence-commitment', 'customer-feedback review');
    const review = cfo.getByTestId('form-feedback_review');
    await review.getByLabel('Held on').fill('2026-11-02');
    await review
      .getByTestId('review-discussed')
      .fill('October NPS by region; delivery complaints from the North');
    await pick(cfo, 'review-invited', 'David Okafor');
    await cfo.keyboard.press('Escape');
    await review
      .getByTestId('review-actions')
      .fill('Put delivery cost per order next to its NPS in the board pack');
    await snap(cfo, 'leaders-04-log-feedback-review');
    await review.getByTestId('review-submit').click();
    await review.waitFor({ state: 'detached' });
    await cfo.getByTestId('evidence-item').first().waitFor();
    const logged = await indexOf(cfo);
    expect(logged).toBeGreaterThan(before);
    await expect.poll(() => cfo.getByTestId('action-items').textContent()).toContain('board pack');

    // The colleague who took part confirms both.
    const cco = await signedIn('cco@northwind.example');
    await cco.getByTestId('nav-leaders').click();
    const awaiting = cco.getByTestId('awaiting-confirmation');
    await awaiting.waitFor();
    await snap(cco, 'leaders-05-awaiting-confirmation');
    for (const summary of ['A day on the tills in Croydon', 'Feedback review']) {
      await awaiting.getByRole('button', { name: new RegExp(`Confirm: .*${summary}`) }).click();
      await expect
        .poll(
          async () => (await awaiting.count()) === 0 || !(await awaiting.textContent())?.includes(summary),
        )
        .toBe(true);
    }
    const cfoRow = cco.getByTestId('board-row').filter({ hasText: 'Priya Natarajan' });
    await cfoRow.getByRole('link', { name: 'Priya Natarajan' }).click();
    await cco.getByTestId('leader-index').waitFor();
    await expect
      .poll(() => cco.getByTestId('evidence-list').textContent())
      .toContain('confirmed by David Okafor');
    const after = await indexOf(cco);
    expect(after).toBeGreaterThan(before);
    await snap(cco, 'leaders-06-leader-page-after');

    // The leader pauses a commitment, with the reason everyone will see.
    await cfo.reload();
    const row = cfo.getByTestId('promised-table').getByRole('row').filter({ hasText: 'performance reviews' });
    await row.getByRole('button', { name: 'Pause' }).click();
    await cfo.getByLabel('Reason').fill('Review cycle moved to January');
    await cfo.getByRole('dialog').getByRole('button', { name: 'Pause' }).click();
    await expect.poll(() => row.textContent()).toContain('paused');
    await expect.poll(() => row.getByRole('button', { name: 'Resume' }).count()).toBe(1);
  });

  it('an executive edits the catalogue, records leave and moves an action item to done; teams show their index', async () => {
    const cfo = await signedIn('cfo@northwind.example');

    // The behaviour catalogue: the eight, edited by an executive.
    await cfo.getByTestId('nav-behaviours').click();
    const catalogue = cfo.getByTestId('catalogue-table');
    await catalogue.waitFor();
    expect(await cfo.getByTestId('catalogue-row').count()).toBeGreaterThanOrEqual(8);
    expect(await seriousViolations(cfo)).toEqual([]);
    const online = cfo.getByTestId('catalogue-row').filter({ hasText: 'Go online monthly' });
    await online.getByTestId('behaviour-edit').click();
    const form = cfo.getByTestId('behaviour-form');
    await form.getByTestId('behaviour-hint').fill('a link to your reply on Trustpilot or the forum');
    await form
      .getByTestId('behaviour-description')
      .fill('Answer customers where they talk about us, monthly.');
    expect(await seriousViolations(cfo)).toEqual([]);
    await snap(cfo, 'leaders-07-edit-behaviour');
    await form.getByTestId('behaviour-save').click();
    await form.waitFor({ state: 'detached' });
    await expect.poll(() => online.textContent()).toContain('on Trustpilot or the forum');

    // A store manager reads the catalogue but cannot change it.
    const manager = await signedIn('manager.leeds@northwind.example');
    await manager.getByTestId('nav-behaviours').click();
    await manager.getByTestId('catalogue-read-only').waitFor();
    expect(await manager.getByTestId('behaviour-edit').count()).toBe(0);
    expect(await manager.getByTestId('behaviour-add').count()).toBe(0);

    // Team indexes and the executive team, with trend.
    await cfo.getByTestId('nav-leader-teams').click();
    await cfo.getByTestId('teams-table').waitFor();
    await expect.poll(() => cfo.getByTestId('team-row').count()).toBeGreaterThan(0);
    expect(await cfo.getByTestId('executive-team-index').textContent()).toMatch(/\d+ %/);
    expect(await seriousViolations(cfo)).toEqual([]);
    await snap(cfo, 'leaders-08-teams');

    // Leave for the rest of November: nothing of the leader's falls due this month any more.
    await cfo.getByTestId('nav-leaders').click();
    await cfo.getByTestId('my-leader-page').click();
    await cfo.getByTestId('leader-index').waitFor();
    expect(await cfo.getByTestId('due-this-month').getByRole('listitem').count()).toBeGreaterThan(0);
    await cfo.getByTestId('leave-open').click();
    const leave = cfo.getByTestId('leave-form');
    await leave.getByTestId('leave-from').fill('2026-11-01');
    await leave.getByTestId('leave-to').fill('2026-11-30');
    await leave.getByLabel('Note').fill('Parental leave');
    expect(await seriousViolations(cfo)).toEqual([]);
    await leave.getByTestId('leave-submit').click();
    await leave.waitFor({ state: 'detached' });
    await expect.poll(() => cfo.getByTestId('leave-list').textContent()).toContain('Parental leave');
    await expect.poll(() => cfo.getByTestId('due-this-month').textContent()).toContain('Nothing falls due');

    // The action item raised in the feedback review of the journey above, moved to done.
    const item = cfo.getByTestId('action-item').filter({ hasText: 'board pack' });
    await item.getByTestId('action-item-state').selectOption('done');
    await expect.poll(() => item.getAttribute('data-state')).toBe('done');
    expect(await seriousViolations(cfo)).toEqual([]);
    await snap(cfo, 'leaders-09-leave-and-done');
    await cfo.reload();
    await expect
      .poll(() => cfo.getByTestId('action-item').filter({ hasText: 'board pack' }).getAttribute('data-state'))
      .toBe('done');
  }, 240_000);
});
