import type { Database } from '@centric/db/database';
import {
  findOutboxMessage,
  insertOutboxMessage,
  markOutboxMessage,
} from '@centric/db/outbox/outbox.repository';
import nodemailer from 'nodemailer';
import type { Clock } from './clock';
import type { JobQueue } from './jobs';

/** An e-mail to send. */
export interface MailMessage {
  organisationId: string | null;
  to: string;
  subject: string;
  text: string;
  html?: string;
}

/** Sends e-mail through the outbox: every message is recorded; with SMTP it is delivered by a background job. */
export interface Mailer {
  send(message: MailMessage): Promise<{ id: string; status: 'queued' | 'held' }>;
  /** Whether an SMTP server is configured. */
  readonly delivers: boolean;
}

const SEND_JOB = 'mail.send';

/** Builds the mailer and registers its delivery worker. */
export async function createMailer(deps: {
  db: Database;
  clock: Clock;
  jobs: JobQueue;
  smtpUrl?: string | undefined;
  from: string;
}): Promise<Mailer> {
  const transport = deps.smtpUrl ? nodemailer.createTransport(deps.smtpUrl) : null;
  if (transport) {
    await deps.jobs.work<{ id: string }>(SEND_JOB, async ({ id }) => {
      const message = await findOutboxMessage(deps.db, id);
      if (!message || message.status === 'sent') return;
      try {
        await transport.sendMail({
          from: deps.from,
          to: message.to,
          subject: message.subject,
          text: message.text,
          ...(message.html ? { html: message.html } : {}),
        });
        await markOutboxMessage(deps.db, id, { status: 'sent', sentAt: deps.clock.now(), error: null });
      } catch (error) {
        await markOutboxMessage(deps.db, id, { status: 'failed', error: (error as Error).message });
        throw error; // pg-boss retries with back-off
      }
    });
  }
  return {
    delivers: transport !== null,
    async send(message) {
      const row = await insertOutboxMessage(deps.db, {
        organisationId: message.organisationId,
        to: message.to,
        subject: message.subject,
        text: message.text,
        html: message.html ?? null,
        status: transport ? 'queued' : 'held',
        createdAt: deps.clock.now(),
      });
      if (transport) await deps.jobs.send(SEND_JOB, { id: row.id });
      return { id: row.id, status: transport ? 'queued' : 'held' };
    },
  };
}

/** Name of the delivery queue, for tests that wait for it. */
export const MAIL_SEND_JOB = SEND_JOB;
