import { testEngines } from '@centric/db/testing/test-database';
import { SMTPServer } from 'smtp-server';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { MAIL_SEND_JOB } from '../../src/platform/mailer';
import { ORIGIN, startTestCentric, type TestCentric } from '../support/test-centric';

/** A real SMTP server on a free local port, keeping what it receives. */
async function startSmtp(): Promise<{ url: string; received: string[]; close(): Promise<void> }> {
  const received: string[] = [];
  const server = new SMTPServer({
    authOptional: true,
    disabledCommands: ['STARTTLS'],
    onData(stream, _session, callback) {
      let text = '';
      stream.on('data', (chunk: Buffer) => {
        text += chunk.toString('utf8');
      });
      stream.on('end', () => {
        received.push(text);
        callback();
      });
    },
  });
  await new Promise<void>((resolve) => server.listen(0, '127.0.0.1', () => resolve()));
  const port = (server.server.address() as { port: number }).port;
  return {
    url: `smtp://127.0.0.1:${port}`,
    received,
    close: () => new Promise((r) => server.close(() => r())),
  };
}

describe.each(testEngines())('inviting a person (%s)', (engine) => {
  let centric: TestCentric;
  let smtp: Awaited<ReturnType<typeof startSmtp>>;
  let cookie: string;

  beforeAll(async () => {
    smtp = await startSmtp();
    centric = await startTestCentric(engine, { smtpUrl: smtp.url });
    cookie = (await centric.organisation('inv')).ownerCookie;
  });
  afterAll(async () => {
    await centric?.close();
    await smtp?.close();
  });

  it('e-mails a link over SMTP; accepting it sets a password that signs in', async () => {
    const invited = await centric.app.inject({
      method: 'POST',
      url: '/api/v1/people/invitations',
      headers: { cookie, origin: ORIGIN },
      payload: { email: 'Nadia@Example.com', name: 'Nadia', role: 'manager', title: 'Store manager' },
    });
    expect(invited.statusCode, invited.body).toBe(201);
    expect(invited.json().person).toMatchObject({
      email: 'nadia@example.com',
      status: 'invited',
      role: 'manager',
    });
    expect(invited.body).not.toMatch(/token/);

    await centric.deps.jobs.drain(MAIL_SEND_JOB);
    expect(smtp.received).toHaveLength(1);
    const mail = smtp.received[0]!.replace(/=\r?\n/g, '');
    const link = /\/invite\/([A-Za-z0-9_-]{40,})/.exec(mail);
    expect(link, mail).not.toBeNull();
    const outbox = await centric.app.inject({ method: 'GET', url: '/api/v1/outbox', headers: { cookie } });
    expect(outbox.json().items[0]).toMatchObject({ to: 'nadia@example.com', status: 'sent' });

    const accepted = await centric.app.inject({
      method: 'POST',
      url: '/api/v1/invitations/accept',
      payload: { token: link![1], password: 'a long new password' },
    });
    expect(accepted.statusCode, accepted.body).toBe(200);
    expect(accepted.json()).toEqual({ email: 'nadia@example.com', organisationSlug: 'inv' });

    const again = await centric.app.inject({
      method: 'POST',
      url: '/api/v1/invitations/accept',
      payload: { token: link![1], password: 'another password' },
    });
    expect(again.statusCode).toBe(400);

    const nadia = await centric.signIn('nadia@example.com', 'a long new password');
    const me = await centric.app.inject({ method: 'GET', url: '/api/v1/me', headers: { cookie: nadia } });
    expect(me.json().memberships).toEqual([
      expect.objectContaining({ role: 'manager', organisation: expect.objectContaining({ slug: 'inv' }) }),
    ]);
  });

  it('refuses to invite the same e-mail twice', async () => {
    const r = await centric.app.inject({
      method: 'POST',
      url: '/api/v1/people/invitations',
      headers: { cookie, origin: ORIGIN },
      payload: { email: 'nadia@example.com', name: 'N' },
    });
    expect(r.statusCode).toBe(409);
  });

  it('refuses an expired invitation', async () => {
    const r = await centric.app.inject({
      method: 'POST',
      url: '/api/v1/people/invitations',
      headers: { cookie, origin: ORIGIN },
      payload: { email: 'late@example.com', name: 'Late' },
    });
    expect(r.statusCode).toBe(201);
    await centric.deps.jobs.drain(MAIL_SEND_JOB);
    const mail = smtp.received.at(-1)!.replace(/=\r?\n/g, '');
    const token = /\/invite\/([A-Za-z0-9_-]{40,})/.exec(mail)![1];
    centric.clock.advance(15 * 86_400_000);
    const accepted = await centric.app.inject({
      method: 'POST',
      url: '/api/v1/invitations/accept',
      payload: { token, password: 'a long new password' },
    });
    expect(accepted.statusCode).toBe(400);
    expect(accepted.json().error.message).toMatch(/not valid any more/);
  });
});
