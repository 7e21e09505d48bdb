import { randomBytes } from 'node:crypto';
import { type DatabaseHandle, openDatabase } from '@centric/db/database';
import { getOrCreateInstanceSetting } from '@centric/db/instance/instance-setting.repository';
import { migrateDatabase } from '@centric/db/migrate';
import { buildApp } from './app';
import { type Auth, createAuth } from './auth/auth';
import { startCases } from './cases/case-jobs';
import { startClvJobs } from './clv/clv.jobs';
import { startLeaderNudges } from './commitments/nudge.service';
import type { Deps } from './context';
import type { App } from './http/route-kit';
import { endInterruptedImports, HEARTBEAT_MS } from './imports/import-runner';
import { rollupHook } from './metrics/rollup.hook';
import { runOperation } from './operations/operations';
import { type Clock, systemClock } from './platform/clock';
import { startJobQueue } from './platform/jobs';
import { createMailer } from './platform/mailer';
import { ResponseHooks } from './responses/response.hooks';
import { registerTextJobs, textAnalysisHook } from './text/text.jobs';
import { startWebhooks } from './webhooks/webhook-hooks';

/** Everything needed to run Centric, already validated (see config/env.ts for where it comes from). */
export interface CentricConfig {
  databaseUrl?: string | undefined;
  /** Connections to PostgreSQL (default 10). */
  databasePoolSize?: number | undefined;
  dataDir: string;
  /** Public URL of the server; defaults to http://localhost:PORT. */
  baseUrl?: string | undefined;
  port: number;
  host: string;
  secret?: string | undefined;
  smtpUrl?: string | undefined;
  mailFrom: string;
  rateLimits: { signIn: number; public: number };
  logLevel: string;
  webDir?: string | undefined;
  trustProxy?: boolean;
  clock?: Clock;
  /** Seconds between job polls (tests use less). */
  jobPollingSeconds?: number;
  /** Whether this process runs the job handlers (default true); a short CLI process only queues jobs. */
  jobWorkers?: boolean;
  /** An already open database (tests); Centric will not close it. */
  handle?: DatabaseHandle;
  /** Token the local CLI presents to hand commands to this server (embedded database only). */
  operatorToken?: string | undefined;
}

/** A running Centric: its collaborators, sign-in library and HTTP app. */
export interface Centric {
  deps: Deps;
  auth: Auth;
  app: App;
  close(): Promise<void>;
}

/** Opens the database, applies migrations, starts the job queue and builds the app (without listening). */
export async function createCentric(config: CentricConfig): Promise<Centric> {
  const ownsHandle = !config.handle;
  const handle =
    config.handle ??
    (await openDatabase({
      databaseUrl: config.databaseUrl,
      dataDir: config.dataDir,
      poolSize: config.databasePoolSize,
    }));
  try {
    await migrateDatabase(handle);
    const secret =
      config.secret ??
      (await getOrCreateInstanceSetting(handle.db, 'auth.secret', () =>
        randomBytes(32).toString('base64url'),
      ));
    const clock = config.clock ?? systemClock;
    // An import its process stopped in the middle of would otherwise show "running" for ever.
    await endInterruptedImports({ db: handle.db, clock, handle });
    const baseUrl = (config.baseUrl ?? `http://localhost:${config.port}`).replace(/\/$/, '');
    const jobs = await startJobQueue(handle, {
      pollingIntervalSeconds: config.jobPollingSeconds ?? 2,
      workers: config.jobWorkers ?? true,
    });
    const mailer = await createMailer({
      db: handle.db,
      clock,
      jobs,
      smtpUrl: config.smtpUrl,
      from: config.mailFrom,
    });
    const deps: Deps = {
      handle,
      db: handle.db,
      clock,
      jobs,
      mailer,
      responseHooks: new ResponseHooks(),
      config: { MAIL_FROM: config.mailFrom, baseUrl },
    };
    deps.responseHooks.register(textAnalysisHook(deps));
    await registerTextJobs(deps);
    await startClvJobs(deps);
    deps.responseHooks.register(rollupHook);
    await startLeaderNudges(deps);
    await startCases(deps);
    await startWebhooks(deps);
    // On PostgreSQL another process's import can stop at any time, not only before this one started.
    const sweep =
      handle.engine === 'postgres' && (config.jobWorkers ?? true)
        ? setInterval(() => {
            endInterruptedImports(deps).catch(() => {});
          }, 2 * HEARTBEAT_MS)
        : null;
    sweep?.unref();
    const trustedOrigins = trustedOriginsFor(baseUrl, config.port);
    const auth = createAuth({ db: handle.db, secret, baseUrl, trustedOrigins });
    let centric: Centric | undefined;
    const app = await buildApp({
      operator: config.operatorToken
        ? { token: config.operatorToken, run: (name, input) => runOperation(centric!, name, input) }
        : undefined,
      deps,
      auth,
      trustedOrigins,
      rateLimits: config.rateLimits,
      webDir: config.webDir,
      logLevel: config.logLevel,
      trustProxy: config.trustProxy ?? false,
    });
    centric = {
      deps,
      auth,
      app,
      async close() {
        if (sweep) clearInterval(sweep);
        await app.close();
        await jobs.stop();
        if (ownsHandle) await handle.close();
      },
    };
    return centric;
  } catch (error) {
    if (ownsHandle) await handle.close().catch(() => {});
    throw error;
  }
}

/** The origins a browser may call the API from: the public URL and its localhost twins. */
function trustedOriginsFor(baseUrl: string, port: number): string[] {
  return [...new Set([new URL(baseUrl).origin, `http://localhost:${port}`, `http://127.0.0.1:${port}`])];
}
