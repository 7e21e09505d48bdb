import { z } from 'zod';

const flag = z
  .enum(['true', 'false', '1', '0', 'yes', 'no'])
  .transform((v) => v === 'true' || v === '1' || v === 'yes');

/** Every setting Centric reads from its environment. This is the only place that reads `process.env`. */
const envSchema = z.object({
  PORT: z.coerce.number().int().min(0).max(65535).default(3000),
  HOST: z.string().default('127.0.0.1'),
  /** PostgreSQL connection string; when absent Centric runs on the embedded database. */
  DATABASE_URL: z.string().min(1).optional(),
  /** Connections the server keeps to PostgreSQL (the job queue shares them). */
  DATABASE_POOL_SIZE: z.coerce.number().int().min(2).max(500).default(10),
  /** Data directory of the embedded database. */
  CENTRIC_DATA_DIR: z.string().min(1).default('./data'),
  /** The public URL of this server (links in e-mails, trusted origin for cookies). */
  CENTRIC_BASE_URL: z.url().optional(),
  /** Signing secret of sessions; generated and kept in the database when absent. */
  CENTRIC_SECRET: z.string().min(32, 'CENTRIC_SECRET must be at least 32 characters').optional(),
  /** smtp://user:pass@host:port; without it mail is kept in the outbox, readable in the app. */
  SMTP_URL: z.string().optional(),
  MAIL_FROM: z.string().default('Centric <no-reply@centric.local>'),
  /** Sign-in attempts per client per minute. */
  RATE_LIMIT_SIGN_IN: z.coerce.number().int().min(1).default(10),
  /** Requests per client per minute on public endpoints (survey pages, invitations). */
  RATE_LIMIT_PUBLIC: z.coerce.number().int().min(1).default(120),
  LOG_LEVEL: z.enum(['fatal', 'error', 'warn', 'info', 'debug', 'trace', 'silent']).default('info'),
  /** Serve the built web app from this folder. */
  CENTRIC_WEB_DIR: z.string().optional(),
  /** Trust X-Forwarded-* headers (behind a reverse proxy). */
  TRUST_PROXY: flag.default(false),
});

/** Validated configuration. */
export type Env = z.infer<typeof envSchema>;

/** Reads and validates the environment, failing with one line per bad variable. */
export function readEnv(source: NodeJS.ProcessEnv = process.env): Env {
  // An empty variable (`DATABASE_URL=`) means "not set", as shells and .env files intend.
  const present = Object.fromEntries(Object.entries(source).filter(([, v]) => v !== undefined && v !== ''));
  const parsed = envSchema.safeParse(present);
  if (!parsed.success) {
    const lines = parsed.error.issues.map((i) => `${i.path.join('.')}: ${i.message}`);
    throw new Error(`invalid configuration — ${lines.join('; ')}`);
  }
  return parsed.data;
}
