import type { Browser, Page } from 'playwright-core';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { launchChromium, seriousViolations, signIn, snap } from './browser';
import { startJourneyServer } from './test-server';

const HEADER =
  'responded_at,score,comment,survey,channel,segment,unit,customer_id,customer_email,employee_email';
const FIRST = 'The fitting rooms were spotless this time';
const SECOND = 'Queue at the returns desk took ages';
/** One bad line: the score 19 is outside the NPS scale (line 3, the header being line 1). */
const BAD = `${HEADER}\n2026-10-20T10:00:00Z,9,${FIRST},Imported NPS,,,,,,\n2026-10-21T11:00:00Z,19,${SECOND},Imported NPS,,,,,,\n`;
const GOOD = `${HEADER}\n2026-10-20T10:00:00Z,9,${FIRST},Imported NPS,,,,,,\n2026-10-21T11:00:00Z,3,${SECOND},Imported NPS,,,,,,\n`;

describe('imports journey: an admin checks and imports a response file, fixes its bad line, and is stopped from importing it twice', () => {
  let server: Awaited<ReturnType<typeof startJourneyServer>>;
  let browser: Browser;
  let desk: Page;

  const csv = (name: string, text: string) => ({ name, mimeType: 'text/csv', buffer: Buffer.from(text) });
  /** Chooses a file through the file input's own button, from the keyboard. */
  const chooseFile = async (name: string, text: string) => {
    const chooser = desk.waitForEvent('filechooser');
    await desk.getByTestId('import-file').focus();
    await desk.keyboard.press('Enter');
    await (await chooser).setFiles(csv(name, text));
  };
  const openImportPage = async () => {
    await desk.getByTestId('nav-inbox').click();
    await desk.getByRole('link', { name: 'Import responses' }).click();
    await desk.getByRole('heading', { name: 'Import responses' }).waitFor();
  };
  /** Responses with this comment, straight from the database (nothing imported is nothing on disk). */
  const stored = async (comment: string) =>
    (
      await server.centric.deps.handle.query<{ n: number }>(
        'select count(*)::int as n from responses where comment = $1',
        [comment],
      )
    ).rows[0]!.n;

  beforeAll(async () => {
    server = await startJourneyServer();
    browser = await launchChromium();
    desk = await (
      await browser.newContext({ viewport: { width: 1280, height: 900 }, reducedMotion: 'reduce' })
    ).newPage();
  }, 120_000);

  afterAll(async () => {
    await browser?.close();
    await server?.close();
  });

  it('signs in and reaches the import page from the inbox', async () => {
    await signIn(desk, `${server.url}/`, server.signIn);
    await openImportPage();
    expect(await seriousViolations(desk)).toEqual([]);
    await snap(desk, 'imports-01-form');
  });

  it('a file with one bad line: the preview and the report name the line and its reason; nothing is imported', async () => {
    await chooseFile('october.csv', BAD);
    // Creating the survey the file names is a checkbox, ticked from the keyboard.
    const create = desk.getByRole('checkbox', { name: /Create surveys, channels/ });
    await create.focus();
    await desk.keyboard.press('Space');
    expect(await create.isChecked()).toBe(true);
    const preview = desk.getByTestId('import-preview');
    await preview.waitFor();
    await expect.poll(() => preview.locator('tbody tr').count()).toBe(2);
    const bad = preview.locator('tbody tr').nth(1);
    expect(await bad.locator('td').first().textContent()).toBe('3');
    expect(await bad.textContent()).toMatch(/error.*score 19 is outside/);
    expect(await seriousViolations(desk)).toEqual([]);
    await snap(desk, 'imports-02-preview-bad-line');

    // A check (dry run) first, reached by Tab from the import next to it: every bad line, nothing stored.
    await desk.getByTestId('import-start').focus();
    await desk.keyboard.press('Tab');
    const check = desk.getByTestId('import-check');
    expect(await check.evaluate((button) => button === button.ownerDocument.activeElement)).toBe(true);
    await desk.keyboard.press('Enter');
    const summary = desk.getByTestId('import-summary');
    await expect
      .poll(() => summary.textContent())
      .toContain('Checked: this file would not be imported as it is; nothing was stored');
    expect(await summary.textContent()).toMatch(/Line 3: .*score 19 is outside/);
    expect(await summary.textContent()).toContain('nothing was stored, no response, survey or customer');
    expect(await summary.textContent()).toContain(
      '1 line(s) are good, but a bad line stops the import unless bad lines are skipped',
    );
    expect(await seriousViolations(desk)).toEqual([]);
    await snap(desk, 'imports-02b-checked-bad-line');
    expect(await stored(FIRST)).toBe(0);

    await desk.getByTestId('import-start').focus();
    await desk.keyboard.press('Enter');
    await expect.poll(() => summary.textContent()).toContain('Nothing was imported');
    expect(await summary.textContent()).toMatch(/Line 3: .*score 19 is outside/);
    expect(await summary.textContent()).toContain(
      'october.csv: 2 line(s) read, 1 bad line(s); nothing imported',
    );
    expect(await seriousViolations(desk)).toEqual([]);
    await snap(desk, 'imports-03-rejected');
    expect(await stored(FIRST)).toBe(0);
  });

  it('the fixed file is imported, and its responses are in the inbox', async () => {
    await openImportPage();
    await chooseFile('october-fixed.csv', GOOD);
    const create = desk.getByRole('checkbox', { name: /Create surveys, channels/ });
    await create.check();
    await desk.getByTestId('import-preview').waitFor();
    await expect
      .poll(() => desk.getByTestId('import-preview').locator('tbody tr').allTextContents())
      .toEqual([expect.stringMatching(/^2ok/), expect.stringMatching(/^3ok/)]);
    await desk.getByTestId('import-start').click();
    const summary = desk.getByTestId('import-summary');
    await summary.waitFor();
    expect(await summary.textContent()).toContain('Imported');
    expect(await summary.textContent()).toContain('october-fixed.csv: imported 2 response(s) of 2 line(s)');
    expect(await seriousViolations(desk)).toEqual([]);
    await snap(desk, 'imports-04-imported');
    await summary.getByRole('link', { name: 'See them in the inbox' }).click();
    await desk.getByTestId('inbox-table').waitFor();
    await desk.getByTestId('inbox-search').fill('returns desk took ages');
    await expect.poll(() => desk.getByTestId('inbox-row').count()).toBe(1);
    expect(await desk.getByTestId('inbox-row').textContent()).toContain(SECOND);
    await snap(desk, 'imports-05-inbox');
  });

  it('a check of the file imported: it would import 2 and warns it was imported before; nothing is stored', async () => {
    await openImportPage();
    await chooseFile('october-fixed.csv', GOOD);
    await desk.getByRole('checkbox', { name: /Create surveys, channels/ }).check();
    await desk.getByTestId('import-preview').waitFor();
    await desk.getByTestId('import-check').focus();
    await desk.keyboard.press('Enter');
    const summary = desk.getByTestId('import-summary');
    await expect
      .poll(() => summary.textContent())
      .toContain('Checked: 2 response(s) would be imported; nothing was stored');
    expect(await summary.textContent()).toContain(
      'october-fixed.csv: 2 line(s) checked, no bad line; nothing imported (dry run)',
    );
    expect(await desk.getByTestId('import-check-nothing-stored').textContent()).toContain(
      'nothing was stored, no response, survey or customer. Importing the file would add 2 response(s).',
    );
    expect(await desk.getByTestId('import-check-duplicate').textContent()).toContain(
      'Imported before: The same file, “october-fixed.csv”, was imported on 2026-11-02 at 09:00 UTC with 2 response(s).',
    );
    // The import stays offered next to the report.
    expect(await desk.getByTestId('import-start').isEnabled()).toBe(true);
    expect(await seriousViolations(desk)).toEqual([]);
    await snap(desk, 'imports-06-checked-duplicate');
    expect(await stored(SECOND)).toBe(1);
    // The report is of the options it ran with: changing one takes it away.
    await desk.getByRole('checkbox', { name: /Skip bad lines/ }).check();
    await expect.poll(() => summary.count()).toBe(0);
    await desk.getByRole('checkbox', { name: /Skip bad lines/ }).uncheck();
    // The inbox shows what it showed before the check.
    await desk.getByTestId('nav-inbox').click();
    await desk.getByTestId('inbox-table').waitFor();
    await desk.getByTestId('inbox-search').fill('returns desk took ages');
    await expect.poll(() => desk.getByTestId('inbox-row').count()).toBe(1);
  });

  it('the same file again is refused, naming the earlier import; “Import it again anyway” imports it again', async () => {
    await openImportPage();
    await chooseFile('october-fixed.csv', GOOD);
    await desk.getByRole('checkbox', { name: /Create surveys, channels/ }).check();
    await desk.getByTestId('import-preview').waitFor();
    await desk.getByTestId('import-start').click();
    const refusal = desk.getByTestId('import-duplicate');
    await refusal.waitFor();
    expect(await refusal.textContent()).toContain(
      'The same file, “october-fixed.csv”, was imported on 2026-11-02 at 09:00 UTC with 2 response(s).',
    );
    expect(await desk.getByTestId('import-start').isDisabled()).toBe(true);
    expect(await seriousViolations(desk)).toEqual([]);
    await snap(desk, 'imports-07-duplicate');

    const again = desk.getByRole('checkbox', { name: /Import it again anyway/ });
    await again.focus();
    await desk.keyboard.press('Space');
    const start = desk.getByTestId('import-start');
    expect(await start.textContent()).toBe('Import october-fixed.csv again');
    // The next Tab reaches the import the override enabled.
    await desk.keyboard.press('Tab');
    expect(await start.evaluate((button) => button === button.ownerDocument.activeElement)).toBe(true);
    await desk.keyboard.press('Enter');
    const summary = desk.getByTestId('import-summary');
    await summary.waitFor();
    expect(await summary.textContent()).toContain('october-fixed.csv: imported 2 response(s) of 2 line(s)');
    expect(await summary.textContent()).toMatch(
      /imported again although an earlier import had the same bytes/,
    );
    expect(await seriousViolations(desk)).toEqual([]);
    await snap(desk, 'imports-08-imported-again');
    await summary.getByRole('link', { name: 'See them in the inbox' }).click();
    await desk.getByTestId('inbox-table').waitFor();
    await desk.getByTestId('inbox-search').fill('returns desk took ages');
    await expect.poll(() => desk.getByTestId('inbox-row').count()).toBe(2);
    expect(await stored(SECOND)).toBe(2);
  });
});
