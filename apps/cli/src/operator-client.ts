import { AppError } from '@centric/core/errors';
import { runOperation } from '@centric/server/operations/operations';
import { readOperatorLock } from '@centric/server/operations/operator-lock';
import { createCentric } from '@centric/server/server';
import { configFromEnv, loadEnv } from './config';
import { createProgress } from './progress';

/** Where an operator command ran: here, or handed to the server that owns the embedded data directory. */
export type Outcome = Record<string, unknown> & { message: string; ranBy: 'cli' | 'server' };

/**
 * Runs an operator command. On the embedded database only one process may open the data directory, so when a
 * server holds it the command is sent to that server; otherwise the CLI opens the database itself.
 */
export async function execute(name: string, input: Record<string, unknown>): Promise<Outcome> {
  const env = loadEnv();
  if (!env.DATABASE_URL) {
    const lock = readOperatorLock(env.CENTRIC_DATA_DIR);
    if (lock) return handToServer(lock, name, input);
  }
  // A command's process is short: it may queue jobs but leaves running them to the server (were it to take
  // one, it could exit half-way through it).
  const centric = await createCentric({
    ...configFromEnv(env),
    logLevel: 'warn',
    webDir: undefined,
    jobWorkers: false,
  });
  const progress = createProgress();
  try {
    const result = await runOperation(centric, name, input, progress.update);
    return { ...result, ranBy: 'cli' };
  } finally {
    progress.stop();
    await centric.close();
  }
}

async function handToServer(
  lock: { pid: number; url: string; token: string },
  name: string,
  input: Record<string, unknown>,
): Promise<Outcome> {
  process.stderr.write(
    `a Centric server (pid ${lock.pid}) holds this data directory: handing "${name}" to it at ${lock.url}\n`,
  );
  let response: Response;
  try {
    response = await fetch(`${lock.url}/internal/operations/${name}`, {
      method: 'POST',
      headers: { 'content-type': 'application/json', 'x-centric-operator-token': lock.token },
      body: JSON.stringify(input),
    });
  } catch (error) {
    throw new AppError(
      'unavailable',
      `the server (pid ${lock.pid}) holds the data directory but does not answer at ${lock.url}: ${(error as Error).message}`,
    );
  }
  const body = (await response.json().catch(() => ({}))) as {
    error?: { code: string; message: string; details?: unknown };
  } & Record<string, unknown>;
  if (!response.ok)
    throw new AppError(
      (body.error?.code as never) ?? 'internal',
      body.error?.message ?? `the server answered ${response.status}`,
      body.error?.details,
    );
  return { ...(body as { message: string }), ranBy: 'server' };
}
