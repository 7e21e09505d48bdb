import { AppError } from '@centric/core/errors';
import { runOperation } from '@centric/server/operations/operations';
import {
  newOperatorToken,
  readOperatorLock,
  removeOperatorLock,
  writeOperatorLock,
} from '@centric/server/operations/operator-lock';
import { createCentric } from '@centric/server/server';
import { configFromEnv, loadEnv } from '../config';
import { createProgress } from '../progress';

/** `centric serve`: migrate, optionally create the demo, and serve the API and the web app. */
export async function serve(options: { port?: number; host?: string; demo?: boolean }): Promise<void> {
  const env = loadEnv();
  const config = configFromEnv(env, {
    ...(options.port !== undefined ? { port: options.port } : {}),
    ...(options.host ? { host: options.host } : {}),
  });
  const embedded = !config.databaseUrl;
  const holder = embedded ? readOperatorLock(config.dataDir) : undefined;
  if (holder)
    throw new AppError(
      'conflict',
      `another Centric server (pid ${holder.pid}) already runs on ${config.dataDir} at ${holder.url}`,
    );
  const operatorToken = embedded ? newOperatorToken() : undefined;
  const centric = await createCentric({ ...config, operatorToken });
  const where = centric.deps.handle.location;
  let demoSignIn: { email: string; password: string } | undefined;
  if (options.demo) {
    const progress = createProgress();
    const result = await runOperation(centric, 'demo', {}, progress.update);
    progress.stop();
    demoSignIn = result.signIn as { email: string; password: string };
    process.stdout.write(`${result.message}\n`);
  }
  await centric.app.listen({ port: config.port, host: config.host });
  const address = centric.app.server.address();
  const port = typeof address === 'object' && address ? address.port : config.port;
  const url = `http://${['0.0.0.0', '::', '127.0.0.1'].includes(config.host) ? 'localhost' : config.host}:${port}`;
  if (operatorToken) writeOperatorLock(config.dataDir, `http://127.0.0.1:${port}`, operatorToken);
  process.stdout.write(`Centric is running at ${url}  (${where})\n`);
  if (!config.webDir)
    process.stdout.write('The web app is not built: run `npm run build:web` to serve it here.\n');
  if (demoSignIn) process.stdout.write(`Demo sign-in: ${demoSignIn.email} / ${demoSignIn.password}\n`);
  process.stdout.write(`API reference: ${url}/api/docs\n`);

  let stopping = false;
  const stop = async (signal: string) => {
    if (stopping) return;
    stopping = true;
    process.stdout.write(`\n${signal}: stopping Centric…\n`);
    if (embedded) removeOperatorLock(config.dataDir);
    await centric.close();
    process.exit(0);
  };
  process.on('SIGINT', () => void stop('SIGINT'));
  process.on('SIGTERM', () => void stop('SIGTERM'));
}
