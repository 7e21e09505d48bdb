import type { Browser, Page } from 'playwright-core';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { launchChromium, signIn, snap } from './browser';
import { startJourneyServer } from './test-server';

describe('themes and feedback in the browser', () => {
  let server: Awaited<ReturnType<typeof startJourneyServer>>;
  let browser: Browser;
  let page: Page;

  beforeAll(async () => {
    server = await startJourneyServer();
    browser = await launchChromium();
    page = await browser.newPage({ viewport: { width: 1280, height: 900 } });
    await signIn(page, `${server.url}/sign-in`, server.signIn);
    await page.getByTestId('nav-themes').waitFor();
  }, 180_000);
  afterAll(async () => {
    await browser?.close();
    await server?.close();
  });

  it('shows themes by volume, sentiment and NPS effect, and drills into a theme’s comments', async () => {
    await page.getByTestId('nav-themes').click();
    await page.getByTestId('drivers-table').waitFor();
    expect(await page.getByTestId('driver-row').count()).toBeGreaterThan(5);
    await page.getByTestId('volume-chart').locator('canvas').first().waitFor();
    await snap(page, 'text-themes');
    await page.getByTestId('driver-row').first().getByRole('button').click();
    await page.getByTestId('theme-detail').getByTestId('feedback-item').first().waitFor();
    expect(await page.getByTestId('theme-detail').getByTestId('theme-badge').count()).toBeGreaterThan(0);
    await snap(page, 'text-theme-detail');
    await page.keyboard.press('Escape');
  }, 60_000);

  it('adds a theme in the codeframe editor and shows the re-tagging finish', async () => {
    await page.getByTestId('tab-codeframe').click();
    await page.getByTestId('new-theme-name').fill('Fitting rooms');
    await page.getByTestId('new-theme-terms').fill('fitting room*, changing room*');
    await page.getByRole('button', { name: 'Add theme' }).click();
    await page.getByTestId('codeframe-theme').filter({ hasText: 'Fitting rooms' }).waitFor();
    // The run is queued, then runs in the server's job queue; the page polls until it is done.
    await page.getByTestId('run-progress').waitFor({ state: 'detached', timeout: 60_000 });
    await snap(page, 'text-codeframe');
    await page.getByTestId('tab-proposals').click();
    await page.getByTestId('proposals').waitFor();
    await snap(page, 'text-proposals');
  }, 90_000);

  it('filters the feedback list by sentiment and theme', async () => {
    await page.getByTestId('nav-feedback').click();
    await page.getByTestId('feedback-item').first().waitFor();
    await page.getByTestId('feedback-sentiment-filter').selectOption('negative');
    await page.waitForURL(/sentiment=negative/);
    const labels = () =>
      page
        .getByTestId('feedback-list')
        .locator('[data-testid="feedback-item"] [data-testid="sentiment-badge"]')
        .allTextContents();
    await expect.poll(async () => [...new Set(await labels())], { timeout: 30_000 }).toEqual(['negative']);
    await page.getByTestId('feedback-theme-filter').selectOption('waiting-time');
    await page.waitForURL(/theme=waiting-time/);
    // The list refetches after the URL changes: wait for the filtered page rather than the one before it.
    await expect
      .poll(() => page.getByTestId('feedback-item').first().getByTestId('theme-badge').allTextContents(), {
        timeout: 30_000,
      })
      .toContain('Waiting time');
    await snap(page, 'text-feedback');
  }, 60_000);
});
