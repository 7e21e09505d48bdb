import { apiKey } from '@better-auth/api-key';
import type { Database } from '@centric/db/database';
import { account, apikey, session, user, verification } from '@centric/db/schema';
import { betterAuth } from 'better-auth';
import { drizzleAdapter } from 'better-auth/adapters/drizzle';

/** Settings of the sign-in library. */
export interface AuthSettings {
  db: Database;
  secret: string;
  baseUrl: string;
  trustedOrigins: string[];
}

/** Prefix of every Centric API key, so a leaked key is recognisable in logs and secret scanners. */
export const API_KEY_PREFIX = 'centric_';

/**
 * better-auth: e-mail + password with cookie sessions, and API keys. Public sign-up is off: people join through
 * an invitation or are created by an operator. Rate limiting is done by the HTTP layer, per client.
 */
export function createAuth(settings: AuthSettings) {
  return betterAuth({
    appName: 'Centric',
    baseURL: settings.baseUrl,
    basePath: '/api/auth',
    secret: settings.secret,
    database: drizzleAdapter(settings.db, {
      provider: 'pg',
      schema: { user, session, account, verification, apikey },
    }),
    emailAndPassword: { enabled: true, disableSignUp: true, minPasswordLength: 10, maxPasswordLength: 128 },
    session: { expiresIn: 60 * 60 * 24 * 7, updateAge: 60 * 60 * 24 },
    trustedOrigins: settings.trustedOrigins,
    rateLimit: { enabled: false },
    telemetry: { enabled: false },
    advanced: { useSecureCookies: settings.baseUrl.startsWith('https://') },
    plugins: [
      apiKey({
        defaultPrefix: API_KEY_PREFIX,
        enableMetadata: true,
        // The library's default is 10 requests a day per key; scripts need far more. Fastify limits per client.
        rateLimit: { enabled: false },
      }),
    ],
  });
}

/** The configured sign-in library. */
export type Auth = ReturnType<typeof createAuth>;
