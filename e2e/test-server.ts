import { existsSync } from 'node:fs';
import { createServer } from 'node:net';
import { fileURLToPath } from 'node:url';
import { openTestDatabase } from '@centric/db/testing/test-database';
import { runOperation } from '@centric/server/operations/operations';
import { SettableClock } from '@centric/server/platform/clock';
import { type Centric, createCentric } from '@centric/server/server';

const WEB_DIST = fileURLToPath(new URL('../apps/web/dist', import.meta.url));

/** A port nobody listens on right now. */
function freePort(): Promise<number> {
  return new Promise((resolve, reject) => {
    const server = createServer();
    server.on('error', reject);
    server.listen(0, '127.0.0.1', () => {
      const { port } = server.address() as { port: number };
      server.close(() => resolve(port));
    });
  });
}

/** A real Centric server on a free port, serving the built web app, with a small demo organisation. */
export async function startJourneyServer(options: { smtpUrl?: string } = {}): Promise<{
  centric: Centric;
  url: string;
  signIn: { email: string; password: string };
  close(): Promise<void>;
}> {
  if (!existsSync(`${WEB_DIST}/index.html`))
    throw new Error('the web app is not built: run `npm run build:web` (npm test does)');
  const handle = await openTestDatabase('pglite');
  const port = await freePort();
  const centric = await createCentric({
    handle,
    dataDir: 'memory://',
    port,
    host: '127.0.0.1',
    mailFrom: 'e2e@centric.test',
    smtpUrl: options.smtpUrl,
    rateLimits: { signIn: 1000, public: 1000 },
    logLevel: 'silent',
    clock: new SettableClock('2026-11-02T09:00:00Z'),
    webDir: WEB_DIST,
  });
  const demo = await runOperation(centric, 'demo', { scale: 0.05 });
  await centric.app.listen({ port, host: '127.0.0.1' });
  return {
    centric,
    url: `http://localhost:${port}`,
    signIn: demo.signIn as { email: string; password: string },
    async close() {
      await centric.close();
      await handle.close();
    },
  };
}
