import { execFileSync } from 'node:child_process';
import { mkdirSync } from 'node:fs';
import { fileURLToPath } from 'node:url';
import AxeBuilder from '@axe-core/playwright';
import { type Browser, chromium, type Page } from 'playwright-core';

/** Screenshots of every journey are kept here (CI artefacts; ignored by git). */
export const ARTIFACTS = fileURLToPath(new URL('./artifacts/', import.meta.url));

/** Launches Debian's Chromium headless (never a downloaded browser). */
export async function launchChromium(): Promise<Browser> {
  const executablePath = execFileSync('which', ['chromium']).toString().trim();
  mkdirSync(ARTIFACTS, { recursive: true });
  return chromium.launch({
    executablePath,
    headless: true,
    args: [
      '--no-sandbox',
      '--disable-gpu',
      '--disable-quic',
      '--no-first-run',
      '--disable-background-networking',
      '--disable-component-update',
      '--disable-sync',
    ],
  });
}

/** Saves a full-page screenshot under e2e/artifacts. */
export async function snap(page: Page, name: string): Promise<void> {
  await page.screenshot({ path: `${ARTIFACTS}${name}.png`, fullPage: true });
}

/** Serious and critical accessibility violations (axe-core) on the page as it is now; the page must come from a context. */
export async function seriousViolations(page: Page): Promise<string[]> {
  const result = await new AxeBuilder({ page }).analyze();
  return result.violations
    .filter((v) => v.impact === 'serious' || v.impact === 'critical')
    .map((v) => `${v.id}: ${v.nodes.map((n) => n.target.join(' ')).join(', ')}`);
}

/** Fills and sends the sign-in form the page shows. */
export async function fillSignIn(
  page: Page,
  credentials: { email: string; password: string },
): Promise<void> {
  await page.getByTestId('sign-in-email').fill(credentials.email);
  await page.getByTestId('sign-in-password').fill(credentials.password);
  await page.getByTestId('sign-in-submit').click();
}

/** Opens `url` (the sign-in page, or a page that leads to it) and signs in. */
export async function signIn(
  page: Page,
  url: string,
  credentials: { email: string; password: string },
): Promise<void> {
  await page.goto(url);
  await fillSignIn(page, credentials);
}
