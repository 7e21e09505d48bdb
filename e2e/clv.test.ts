import { mkdtempSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import type { Browser, Page } from 'playwright-core';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { launchChromium, signIn, snap } from './browser';
import { startJourneyServer } from './test-server';

describe('customer value journey', () => {
  let server: Awaited<ReturnType<typeof startJourneyServer>>;
  let browser: Browser;
  let page: Page;
  let dir: string;

  beforeAll(async () => {
    server = await startJourneyServer();
    browser = await launchChromium();
    page = await browser.newPage({ viewport: { width: 1280, height: 900 } });
    dir = mkdtempSync(join(tmpdir(), 'centric-e2e-clv-'));
    await signIn(page, `${server.url}/sign-in`, server.signIn);
    await page.waitForURL(/\/o\/demo/);
  }, 240_000);
  afterAll(async () => {
    await browser?.close();
    await server?.close();
    if (dir) rmSync(dir, { recursive: true, force: true });
  });

  it('shows the demo’s customer value, revenue at risk and the holdout chart', async () => {
    await page.getByTestId('nav-value').click();
    await page.getByTestId('clv-total').waitFor();
    expect(await page.getByTestId('clv-at-risk').textContent()).toMatch(/Revenue at risk\s*£[\d,.]+/);
    await page.locator('[data-testid="holdout-chart"] svg').waitFor();
    expect(await page.getByTestId('holdout-summary').textContent()).toMatch(
      /the model predicted [\d,]+ repeat/,
    );
    expect(await page.getByTestId('clv-by-segment').locator('tbody tr').count()).toBeGreaterThan(1);
    expect(await page.getByTestId('nps-by-tier').locator('tbody tr').count()).toBe(4);
    await snap(page, 'clv-overview');
  });

  it('shows a customer’s value on their page', async () => {
    await page.getByTestId('nav-customers').click();
    await page.locator('tbody tr a').first().click();
    await page.getByTestId('customer-clv').waitFor();
    expect(await page.getByTestId('customer-p-alive').textContent()).toMatch(/\d+%/);
    await snap(page, 'clv-customer');
  });

  it('checks an import file line by line before anything is stored', async () => {
    await page.goto(`${server.url}/o/demo/value/import`);
    const file = join(dir, 'bad.csv');
    writeFileSync(file, 'customer_id,date,amount\nNOBODY,2026-10-01,12.50\n');
    await page.locator('input[type="file"]').setInputFiles(file);
    await page.getByTestId('import-errors').waitFor();
    expect(await page.getByTestId('import-errors').textContent()).toContain(
      'Line 2: unknown customer "NOBODY"',
    );
    expect(await page.getByTestId('import-apply').isDisabled()).toBe(true);
    await snap(page, 'clv-import-errors');
  });
});
