import type { Browser, Page } from 'playwright-core';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { launchChromium, seriousViolations, signIn, snap } from './browser';
import { startJourneyServer } from './test-server';

const SURVEY = 'Store visit, winter';
const COMMENT = 'Le rayon était vide et personne pour aider';

describe('surveys journey: an admin designs a survey with its own question, a customer answers it in French on a phone', () => {
  let server: Awaited<ReturnType<typeof startJourneyServer>>;
  let browser: Browser;
  let desk: Page;
  let phone: Page;
  let link = '';

  beforeAll(async () => {
    server = await startJourneyServer();
    browser = await launchChromium();
    // Reduced motion: the inbox drawer opens at once, so axe never reads its text mid-fade as low contrast.
    desk = await (
      await browser.newContext({ viewport: { width: 1280, height: 900 }, reducedMotion: 'reduce' })
    ).newPage();
    phone = await (
      await browser.newContext({
        viewport: { width: 390, height: 844 },
        isMobile: true,
        hasTouch: true,
        locale: 'fr-FR',
      })
    ).newPage();
  }, 120_000);

  afterAll(async () => {
    await browser?.close();
    await server?.close();
  });

  it('lists the surveys with their state and responses', async () => {
    await signIn(desk, `${server.url}/`, server.signIn);
    await desk.getByTestId('nav-surveys').click();
    await desk.getByTestId('surveys-table').waitFor();
    const live = desk.getByTestId('survey-row').filter({ hasText: 'Live' }).first();
    expect(
      Number((await live.getByTestId('survey-responses').textContent())?.replace(/\D/g, '')),
    ).toBeGreaterThan(0);
    expect(await seriousViolations(desk)).toEqual([]);
    await snap(desk, 'surveys-01-list');
  });

  it('creates a draft with a French question and a choice and a rating question of its own', async () => {
    await desk.getByTestId('survey-new').click();
    await desk.getByTestId('survey-name').fill(SURVEY);
    expect(await seriousViolations(desk)).toEqual([]);
    await desk.getByTestId('survey-create').click();
    await desk.getByTestId('survey-save').waitFor();
    expect(await desk.getByTestId('survey-status').textContent()).toBe('Draft');

    await desk.getByTestId('survey-texts-fr').click();
    await desk.getByTestId('survey-question-fr').fill('Recommanderiez-vous nos magasins à un proche ?');
    await desk.getByTestId('question-add-choice').click();
    const choice = desk.getByTestId('question').nth(0);
    await choice.getByTestId('question-text-en').fill('What brought you in today?');
    await choice.getByTestId('question-text-fr').fill('Qu’est-ce qui vous amène aujourd’hui ?');
    await choice.getByTestId('option-text-en').nth(0).fill('Shopping');
    await choice.getByTestId('option-text-fr').nth(0).fill('Des achats');
    await choice.getByTestId('option-text-en').nth(1).fill('A return');
    await choice.getByTestId('option-text-fr').nth(1).fill('Un retour');
    await desk.getByTestId('question-add-rating').click();
    const rating = desk.getByTestId('question').nth(1);
    await rating.getByTestId('question-text-en').fill('How tidy was the store?');
    await rating.getByTestId('question-text-fr').fill('Le magasin était-il bien rangé ?');
    expect(await seriousViolations(desk)).toEqual([]);
    await snap(desk, 'surveys-02-design');

    await desk.getByTestId('survey-save').click();
    await desk.getByText('The survey is saved.').waitFor();
  });

  it('makes it live after a confirmation, which fixes its questions', async () => {
    await desk.getByTestId('survey-make-live').click();
    await desk.getByTestId('survey-confirm-state').waitFor();
    expect(await seriousViolations(desk)).toEqual([]);
    await desk.getByTestId('survey-confirm-state').click();
    await expect.poll(() => desk.getByTestId('survey-status').textContent()).toBe('Live');
    expect(await desk.getByTestId('question').nth(0).getByTestId('question-text-en').isDisabled()).toBe(true);
    expect(await desk.getByTestId('survey-close').isVisible()).toBe(true);
  });

  it('creates a link to share and a website widget with its snippet and preview', async () => {
    await desk.getByTestId('survey-tab-share').click();
    await desk.getByTestId('link-create').click();
    await desk.getByTestId('link-url').waitFor();
    link = await desk.getByTestId('link-url').inputValue();
    expect(link).toMatch(/\/s\/[A-Za-z0-9_-]{43}$/);

    await desk.getByTestId('link-kind').getByText('Website widget').click();
    await desk.getByTestId('link-create').click();
    const snippet = desk.getByTestId('widget-snippet');
    await snippet.waitFor();
    expect(await snippet.textContent()).toMatch(
      /<script async src="http:\/\/localhost:\d+\/s\/widget\/.+\.js"><\/script>/,
    );
    // axe cannot run inside the preview's sandboxed frame (no scripts there): check the page around it first.
    expect(await seriousViolations(desk)).toEqual([]);
    await desk.getByRole('button', { name: 'Preview' }).click();
    const preview = desk.frameLocator('[data-testid="widget-preview"]');
    await expect
      .poll(() => preview.locator('#step-score legend').textContent(), { timeout: 30_000 })
      .toContain('How likely are you to recommend');
    expect(await preview.locator('.score').count()).toBe(11);
    await snap(desk, 'surveys-03-links');
  }, 120_000);

  it('previews a contact CSV with its bad lines, then sends the good ones', async () => {
    await desk.getByTestId('survey-tab-invitations').click();
    await desk
      .getByTestId('invite-form')
      .locator('input[type=file]')
      .setInputFiles({
        name: 'contacts.csv',
        mimeType: 'text/csv',
        buffer: Buffer.from(
          'email,name,language\nmaya@example.fr,Maya,fr\nnot-an-address,X,\nleo@example.com,Leo,en\n',
        ),
      });
    await desk.getByTestId('invite-preview').click();
    await desk.getByTestId('invite-preview-result').waitFor();
    expect(await desk.getByTestId('invite-recipients').locator('tbody tr').count()).toBe(2);
    const skipped = desk.getByTestId('invite-skipped').locator('tbody tr');
    expect(await skipped.count()).toBe(1);
    expect(await skipped.first().textContent()).toContain('3not-an-addressnot an e-mail address');
    expect(await seriousViolations(desk)).toEqual([]);
    await snap(desk, 'surveys-04-invite-preview');
    await desk.getByTestId('invite-send').click();
    await expect.poll(() => desk.getByTestId('invitation-row').count()).toBe(2);
    expect(await desk.getByTestId('invitations-table').textContent()).toContain('Sent');
  });

  it('keeps the voice settings valid', async () => {
    await desk.getByTestId('nav-settings').click();
    await desk.getByTestId('nav-voice-settings').click();
    const reminder = desk.getByTestId('voice-reminderDays');
    await expect.poll(() => reminder.inputValue()).toBe('3');
    await reminder.fill('');
    await desk.getByTestId('voice-save').click();
    await desk.locator('.mantine-InputWrapper-error').first().waitFor();
    await reminder.fill('5');
    await desk.getByTestId('voice-save').click();
    await desk.getByText('The voice settings are saved.').waitFor();
    expect(await seriousViolations(desk)).toEqual([]);
    await snap(desk, 'surveys-05-voice-settings');
  });

  it('the customer answers on a phone in French, with the survey’s own questions', async () => {
    await phone.goto(link);
    await phone.locator('.score').first().waitFor();
    expect(await phone.locator('html').getAttribute('lang')).toBe('fr');
    expect(await phone.locator('legend').first().textContent()).toBe(
      'Recommanderiez-vous nos magasins à un proche ?',
    );
    expect(await seriousViolations(phone)).toEqual([]);
    await phone.getByRole('button', { name: 'Note 3', exact: true }).tap();
    const why = phone.getByLabel('Quelle est la principale raison de votre note ?');
    await why.waitFor();
    await why.fill(COMMENT);
    await phone.getByLabel('Un retour').check();
    await phone.locator('[data-question="q2"] input[value="2"]').check();
    expect(await phone.getByText('Le magasin était-il bien rangé ?').isVisible()).toBe(true);
    expect(await seriousViolations(phone)).toEqual([]);
    await snap(phone, 'surveys-06-phone-questions');
    await phone.getByRole('button', { name: 'Envoyer' }).tap();
    await phone.getByRole('heading', { name: 'Merci !' }).waitFor();
    expect(await seriousViolations(phone)).toEqual([]);
    await snap(phone, 'surveys-07-phone-thanks');
  });

  it('the answer and its question answers show in the inbox', async () => {
    await desk.getByTestId('nav-inbox').click();
    await desk.getByTestId('inbox-table').waitFor();
    await desk.getByTestId('inbox-search').fill('rayon était vide');
    await expect.poll(() => desk.getByTestId('inbox-row').count()).toBe(1);
    await desk.getByTestId('inbox-row').getByRole('button').click();
    const answers = desk.getByTestId('response-answers');
    await answers.waitFor();
    await expect.poll(() => answers.textContent()).toContain('What brought you in today?A return');
    expect(await answers.textContent()).toContain('How tidy was the store?2 of 5');
    expect(await seriousViolations(desk)).toEqual([]);
    await snap(desk, 'surveys-08-inbox-answers');
    await desk.keyboard.press('Escape');
    await desk.getByTestId('nav-surveys').click();
    const row = desk.getByTestId('survey-row').filter({ hasText: SURVEY });
    await expect.poll(() => row.getByTestId('survey-responses').textContent()).toBe('1');
  });
});
