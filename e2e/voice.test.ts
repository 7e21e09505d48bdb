import { CASE_EVALUATE_JOB } from '@centric/server/cases/case-opener';
import { DEMO_STORE_MANAGER_EMAIL } from '@centric/server/demo/demo-company';
import type { SettableClock } from '@centric/server/platform/clock';
import { MAIL_SEND_JOB } from '@centric/server/platform/mailer';
import { runVoiceSweep } from '@centric/server/voice/voice-sweep.job';
import type { Browser, Page } from 'playwright-core';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { startSmtp } from '../apps/server/test/support/smtp';
import { launchChromium, seriousViolations, signIn, snap } from './browser';
import { startJourneyServer } from './test-server';

const COMMENT = 'Waited forty minutes at the till and nobody apologised';

describe('voice journey: a customer answers from an e-mail on a phone; the store manager closes the loop', () => {
  let server: Awaited<ReturnType<typeof startJourneyServer>>;
  let smtp: Awaited<ReturnType<typeof startSmtp>>;
  let browser: Browser;
  let phone: Page;
  let desk: Page;
  let storeUnitId: string;

  const api = async (method: 'GET' | 'POST', path: string, cookie: string, payload?: unknown) => {
    const r = await server.centric.app.inject({
      method,
      url: path,
      headers: { cookie, origin: server.url },
      ...(payload ? { payload: payload as object } : {}),
    });
    expect(r.statusCode, r.body).toBeLessThan(300);
    return r.json() as Record<string, unknown> & { items: Record<string, unknown>[] };
  };

  beforeAll(async () => {
    smtp = await startSmtp();
    server = await startJourneyServer({ smtpUrl: smtp.url });
    browser = await launchChromium();
    phone = await (
      await browser.newContext({
        viewport: { width: 390, height: 844 },
        isMobile: true,
        hasTouch: true,
        locale: 'en-GB',
      })
    ).newPage();
    desk = await (await browser.newContext({ viewport: { width: 1280, height: 900 } })).newPage();
  }, 120_000);

  afterAll(async () => {
    await browser?.close();
    await server?.close();
    await smtp?.close();
  });

  it('the CEO invites a customer of the Leeds store by e-mail, caught by the local SMTP server', async () => {
    const signIn = await server.centric.app.inject({
      method: 'POST',
      url: '/api/auth/sign-in/email',
      headers: { origin: server.url },
      payload: server.signIn,
    });
    const cookie = String(signIn.headers['set-cookie']).split(';')[0]!;
    const manager = (await api('GET', `/api/v1/people?q=${DEMO_STORE_MANAGER_EMAIL}`, cookie)).items[0]!;
    storeUnitId = manager.unitId as string;
    const customer = await api('POST', '/api/v1/customers', cookie, {
      name: 'Dana Whitfield',
      email: 'dana.whitfield@example.com',
      homeUnitId: storeUnitId,
    });
    const surveys = await api('GET', '/api/v1/surveys?status=live', cookie);
    const nps = surveys.items.find((s) => s.kind === 'nps')!;
    const sent = await api('POST', `/api/v1/surveys/${nps.id}/invitations`, cookie, {
      customerIds: [customer.id],
    });
    expect(sent.invited).toBe(1);
    await server.centric.deps.jobs.drain(MAIL_SEND_JOB);
    expect(smtp.received.some((m) => m.includes('dana.whitfield@example.com'))).toBe(true);
  });

  it('the customer taps a score on a phone, says why, and sees the thank-you page', async () => {
    const mail = smtp.received.find((m) => m.includes('dana.whitfield@example.com'))!;
    const link = /(http:\/\/localhost:\d+\/s\/[A-Za-z0-9_-]{43})(?!\/unsubscribe)/.exec(mail)![1]!;
    await phone.goto(link);
    await phone.locator('.score').first().waitFor();
    expect(await phone.locator('.score').count()).toBe(11);
    expect(await seriousViolations(phone)).toEqual([]);
    await snap(phone, 'voice-01-phone-score');

    await phone.getByRole('button', { name: 'Score 2', exact: true }).tap();
    await phone.getByLabel('What is the main reason for your score?').waitFor();
    expect(await seriousViolations(phone)).toEqual([]);
    await phone.getByLabel('What is the main reason for your score?').fill(COMMENT);
    await snap(phone, 'voice-02-phone-why');
    await phone.getByRole('button', { name: 'Send' }).tap();
    await phone.getByRole('heading', { name: 'Thank you!' }).waitFor();
    expect(await seriousViolations(phone)).toEqual([]);
    await snap(phone, 'voice-03-phone-thanks');
  });

  it('a case appears for the head of the Leeds store', async () => {
    await server.centric.deps.jobs.drain(CASE_EVALUATE_JOB);
    await signIn(desk, `${server.url}/`, {
      email: DEMO_STORE_MANAGER_EMAIL,
      password: server.signIn.password,
    });
    await desk.getByTestId('nav-cases').click();
    const row = desk.getByTestId('case-row').filter({ hasText: COMMENT });
    await row.waitFor();
    expect(await row.textContent()).toContain('New');
    expect(await seriousViolations(desk)).toEqual([]);
    await snap(desk, 'voice-04-case-for-store-manager');
  });

  it('the inbox finds the answer by score band, open case and words, with its detail', async () => {
    await desk.getByTestId('nav-inbox').click();
    await desk.getByTestId('inbox-table').waitFor();
    await desk.getByTestId('inbox-band').selectOption('detractors');
    await desk.getByTestId('inbox-open-case').check();
    await desk.getByTestId('inbox-search').fill('forty minutes');
    await expect.poll(() => desk.getByTestId('inbox-row').count()).toBe(1);
    expect(await seriousViolations(desk)).toEqual([]);
    await desk.getByTestId('inbox-row').getByRole('button').click();
    const detail = desk.getByTestId('response-detail');
    await detail.waitFor();
    await expect.poll(() => detail.textContent()).toContain('Open the case');
    expect(await detail.textContent()).toContain('Dana Whitfield');
    await snap(desk, 'voice-05-inbox-detail');
    await desk.keyboard.press('Escape');
    await desk.getByTestId('nav-cases').click();
  });

  it('goes overdue when nobody calls within the SLA, and escalates to the region’s head', async () => {
    (server.centric.deps.clock as SettableClock).advance(49 * 3_600_000);
    expect((await runVoiceSweep(server.centric.deps)).overdue).toBeGreaterThan(0);
    await desk.reload();
    await desk.getByTestId('cases-view').getByText('Overdue').click();
    const row = desk.getByTestId('case-row').filter({ hasText: COMMENT });
    await row.waitFor();
    expect(await row.textContent()).toContain('Overdue');
    await row.getByRole('link').click();
    await desk.getByTestId('case-detail').waitFor();
    await expect.poll(() => desk.getByTestId('case-detail').textContent()).toMatch(/escalated to [A-Z]/);
    expect(await seriousViolations(desk)).toEqual([]);
    await snap(desk, 'voice-06-case-overdue');
  });

  it('the store manager calls the customer and resolves the case with a root cause', async () => {
    await desk.getByTestId('case-note').fill('Called Dana, apologised, offered a voucher');
    await desk.getByTestId('case-contacted').click();
    await expect.poll(() => desk.getByTestId('case-status').textContent()).toBe('Contacted');
    await desk.getByTestId('case-root-cause').selectOption('Waiting time');
    await desk.getByTestId('case-resolve').click();
    await expect.poll(() => desk.getByTestId('case-status').textContent()).toBe('Resolved');
    expect(await desk.getByTestId('case-detail').textContent()).toContain('Root cause: Waiting time');
    await snap(desk, 'voice-07-case-resolved');
  });
});
