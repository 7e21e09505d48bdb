import type { Browser, Page } from 'playwright-core';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { fillSignIn, launchChromium, seriousViolations, snap } from './browser';
import { startJourneyServer } from './test-server';

describe('foundation journey: the demo CEO signs in, adds a unit and invites a person', () => {
  let server: Awaited<ReturnType<typeof startJourneyServer>>;
  let browser: Browser;
  let page: Page;

  beforeAll(async () => {
    server = await startJourneyServer();
    browser = await launchChromium();
    page = await (await browser.newContext({ viewport: { width: 1280, height: 900 } })).newPage();
  }, 120_000);

  afterAll(async () => {
    await browser?.close();
    await server?.close();
  });

  it('signs in as the demo CEO and lands on a populated dashboard', async () => {
    await page.goto(`${server.url}/`);
    await page.getByTestId('sign-in-email').waitFor();
    expect(await seriousViolations(page)).toEqual([]);
    await snap(page, 'foundation-01-sign-in');

    await fillSignIn(page, server.signIn);

    await page.getByTestId('nav-dashboard').waitFor();
    // The demo organisation is populated: its headline NPS is a number, not an empty state.
    const nps = page.getByTestId('headline-nps-value');
    await nps.waitFor();
    expect(Number.isFinite(Number(await nps.getAttribute('data-value')))).toBe(true);
    await snap(page, 'foundation-02-dashboard');
  });

  it('adds a unit under the first region of the tree', async () => {
    await page.getByTestId('nav-settings').click();
    await page.getByTestId('nav-units').click();
    await page.getByTestId('unit-tree').waitFor();
    const before = await page.getByTestId('unit-node').count();
    expect(before).toBeGreaterThan(5);
    expect(await seriousViolations(page)).toEqual([]);

    await page.getByTestId('add-unit').click();
    await page.getByTestId('unit-name').fill('Harrogate pop-up');
    await page.getByTestId('unit-kind').selectOption('store');
    await page.getByTestId('unit-submit').click();

    const added = page.locator('[data-testid="unit-node"][data-unit-name="Harrogate pop-up"]');
    await added.waitFor();
    expect(await page.getByTestId('unit-node').count()).toBe(before + 1);
    await snap(page, 'foundation-03-unit-added');

    // The unit is stored, not only drawn: the API lists it after a reload.
    await page.reload();
    await added.waitFor();
  });

  it('invites a person, who then appears in the people list and in the outbox', async () => {
    await page.getByTestId('nav-people').click();
    await page.getByTestId('people-table').waitFor();
    await page.getByTestId('invite-person').click();
    await page.getByTestId('invite-name').fill('Ines Okafor-Lindqvist');
    await page.getByTestId('invite-email').fill('ines.okafor@northwind.example');
    await page.getByTestId('invite-title').fill('Customer insight analyst');
    await page.getByTestId('invite-role').selectOption('employee');
    await snap(page, 'foundation-04-invite-form');
    await page.getByTestId('invite-submit').click();

    await page.getByTestId('invitation-sent').waitFor();
    expect(await page.getByTestId('invitation-sent').textContent()).toContain(
      'ines.okafor@northwind.example',
    );
    await page.getByTestId('people-search').fill('ines.okafor@');
    await expect.poll(() => page.getByTestId('person-row').count()).toBe(1);
    expect(await page.getByTestId('person-row').first().textContent()).toContain(
      'ines.okafor@northwind.example',
    );
    expect(await seriousViolations(page)).toEqual([]);
    await snap(page, 'foundation-05-person-invited');

    // Without SMTP the invitation waits in the outbox, readable in the app.
    await page.getByTestId('nav-outbox').click();
    const message = page.getByTestId('outbox-message').filter({ hasText: 'ines.okafor@northwind.example' });
    await message.waitFor();
    await message.getByRole('button').first().click();
    await expect.poll(() => message.textContent()).toContain('/invite/');
    await snap(page, 'foundation-06-outbox');
  });

  it('creates an API key that works as a bearer token, then revokes it', async () => {
    await page.getByTestId('nav-api-keys').click();
    await page.getByTestId('api-key-name').fill('journey script');
    await page.getByRole('button', { name: 'Create key' }).click();
    const created = page.getByTestId('api-key-created');
    await created.waitFor();
    const key = (await created.locator('code').textContent())?.trim() ?? '';
    expect(key).toMatch(/^centric_/);
    const status = (bearer: string) =>
      page.evaluate(
        async (k) =>
          (await fetch('/api/v1/units', { headers: { authorization: `Bearer ${k}` }, credentials: 'omit' }))
            .status,
        bearer,
      );
    expect(await status(key)).toBe(200);
    expect(await seriousViolations(page)).toEqual([]);
    await snap(page, 'foundation-07-api-key');

    page.once('dialog', (dialog) => void dialog.accept());
    await page
      .getByTestId('api-key-row')
      .filter({ hasText: 'journey script' })
      .getByTestId('api-key-revoke')
      .click();
    await expect.poll(() => status(key)).toBe(401);
  });

  it('keeps the layout usable on a phone-sized viewport', async () => {
    await page.setViewportSize({ width: 390, height: 844 });
    await page.getByRole('button', { name: 'Open navigation' }).click();
    await page.getByTestId('nav-customers').click();
    await page.getByRole('heading', { name: 'Customers' }).waitFor();
    await snap(page, 'foundation-08-phone-customers');
  });
});
