import { spawn } from 'node:child_process';
import { mkdtempSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { fileURLToPath } from 'node:url';
import { openDatabase } from '@centric/db/database';
import { migrateDatabase } from '@centric/db/migrate';
import { startJobQueue } from '@centric/server/platform/jobs';
import { TEXT_ANALYSE_JOB } from '@centric/server/text/text.jobs';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';

const BIN = fileURLToPath(new URL('../bin/centric.js', import.meta.url));

function centric(
  args: string[],
  env: Record<string, string>,
): Promise<{ code: number | null; stderr: string }> {
  return new Promise((resolve) => {
    const child = spawn(process.execPath, [BIN, ...args], {
      env: { ...process.env, LOG_LEVEL: 'warn', DATABASE_URL: '', ...env },
    });
    let stderr = '';
    child.stderr.on('data', (d: Buffer) => {
      stderr += d.toString();
    });
    child.on('close', (code) => resolve({ code, stderr }));
  });
}

/**
 * A CLI command is a short process: were it to run job handlers it could take a queued job and exit half-way
 * through it. It may queue jobs, but leaves them to the server.
 */
describe('job workers in a CLI process', () => {
  let dir: string;
  let dataDir: string;
  beforeAll(() => {
    dir = mkdtempSync(join(tmpdir(), 'centric-cli-jobs-'));
    dataDir = join(dir, 'data');
  });
  afterAll(() => {
    rmSync(dir, { recursive: true, force: true });
  });

  const jobStates = async () => {
    const handle = await openDatabase({ dataDir });
    try {
      const { rows } = await handle.query<{ state: string }>('select state from pgboss.job where name = $1', [
        TEXT_ANALYSE_JOB,
      ]);
      return rows.map((r) => r.state);
    } finally {
      await handle.close();
    }
  };

  it('leaves a queued job to the server instead of taking it', async () => {
    const handle = await openDatabase({ dataDir });
    try {
      await migrateDatabase(handle);
      const jobs = await startJobQueue(handle, { workers: false });
      // A job of a queue the CLI's Centric registers a handler for; its organisation does not exist.
      await jobs.send(TEXT_ANALYSE_JOB, {
        organisationId: '00000000-0000-7000-8000-000000000000',
        responseIds: [],
      });
      await jobs.stop();
    } finally {
      await handle.close();
    }
    expect(await jobStates()).toEqual(['created']);

    const run = await centric(['migrate'], { CENTRIC_DATA_DIR: dataDir });
    expect(run.stderr).toBe('');
    expect(run.code).toBe(0);
    expect(await jobStates()).toEqual(['created']);

    // A process that runs the workers (the server) does take it.
    const server = await openDatabase({ dataDir });
    try {
      const jobs = await startJobQueue(server, { pollingIntervalSeconds: 0.5 });
      const seen: unknown[] = [];
      await jobs.work(TEXT_ANALYSE_JOB, async (data) => {
        seen.push(data);
      });
      await jobs.drain(TEXT_ANALYSE_JOB, 30_000);
      await jobs.stop();
      expect(seen).toHaveLength(1);
    } finally {
      await server.close();
    }
  }, 120_000);
});
