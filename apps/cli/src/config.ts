import { existsSync } from 'node:fs';
import { fileURLToPath } from 'node:url';
import { type Env, readEnv } from '@centric/server/config/env';
import type { CentricConfig } from '@centric/server/server';

/** The built web app, served by `centric serve` when present. */
export const WEB_DIST = fileURLToPath(new URL('../../web/dist', import.meta.url));

/** Turns the validated environment into Centric's configuration. */
export function configFromEnv(env: Env, overrides: { port?: number; host?: string } = {}): CentricConfig {
  const port = overrides.port ?? env.PORT;
  return {
    databaseUrl: env.DATABASE_URL,
    databasePoolSize: env.DATABASE_POOL_SIZE,
    dataDir: env.CENTRIC_DATA_DIR,
    baseUrl: env.CENTRIC_BASE_URL,
    port,
    host: overrides.host ?? env.HOST,
    secret: env.CENTRIC_SECRET,
    smtpUrl: env.SMTP_URL,
    mailFrom: env.MAIL_FROM,
    rateLimits: { signIn: env.RATE_LIMIT_SIGN_IN, public: env.RATE_LIMIT_PUBLIC },
    logLevel: env.LOG_LEVEL,
    webDir: env.CENTRIC_WEB_DIR ?? (existsSync(WEB_DIST) ? WEB_DIST : undefined),
    trustProxy: env.TRUST_PROXY,
  };
}

/** Reads the environment once. */
export function loadEnv(): Env {
  return readEnv();
}
