import type { Browser } from 'playwright-core';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { launchChromium, signIn, snap } from './browser';
import { startJourneyServer } from './test-server';

/** The executive dashboard on the demo organisation, through the real server and the real browser. */
describe('executive dashboard journey', () => {
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

  it('shows the API’s headline NPS and drills from the company into a region’s stores', async () => {
    const page = await browser.newPage({ viewport: { width: 1280, height: 900 } });
    await signIn(page, `${server.url}/sign-in`, server.signIn);
    await page.waitForURL(/\/o\/demo/);

    const value = page.getByTestId('headline-nps-value');
    await value.waitFor({ timeout: 30_000 });
    const api = await page.evaluate(async () => {
      const r = await fetch('/api/v1/metrics/nps', { headers: { 'X-Centric-Org': 'demo' } });
      return (await r.json()) as { value: number; marginOfError: number; n: number };
    });
    expect(Number(await value.getAttribute('data-value'))).toBeCloseTo(api.value, 9);
    expect(await value.textContent()).toBe(api.value.toFixed(1).replace('-', '−'));
    expect(await page.getByTestId('headline-nps-margin').textContent()).toBe(
      `± ${api.marginOfError.toFixed(1)}`,
    );
    await page.getByTestId('trend-chart').locator('svg').waitFor();
    await page.getByTestId('leaderboard').waitFor();
    await snap(page, 'dashboard-headline');

    await page.getByRole('button', { name: 'Drill into Northwind Retail' }).click();
    await page.getByRole('button', { name: 'Drill into North' }).click();
    await page.waitForURL(/unit=/);
    const crumbs = page.getByTestId('breakdown-crumbs');
    await expect.poll(() => crumbs.textContent()).toContain('North');
    const rows = page.getByTestId('breakdown-row');
    await expect.poll(async () => (await rows.allTextContents()).join(' ')).toContain('Leeds');
    const labels = (await rows.allTextContents()).join(' ');
    for (const store of ['Manchester', 'Newcastle', 'Sheffield', 'York', 'Liverpool'])
      expect(labels).toContain(store);
    expect(labels).not.toContain('Croydon');
    await snap(page, 'dashboard-north-region');

    // The view survives a reload: the filters live in the URL.
    await page.reload();
    await expect
      .poll(async () => (await page.getByTestId('breakdown-row').allTextContents()).join(' '))
      .toContain('Leeds');
    await page.close();
  }, 120_000);
});
