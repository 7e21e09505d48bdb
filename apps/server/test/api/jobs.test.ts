import { testEngines } from '@centric/db/testing/test-database';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { startJobQueue } from '../../src/platform/jobs';
import { startTestCentric, type TestCentric } from '../support/test-centric';

describe.each(testEngines())('the durable job queue (%s)', (engine) => {
  let centric: TestCentric;

  beforeAll(async () => {
    centric = await startTestCentric(engine);
  });
  afterAll(async () => {
    await centric?.close();
  });

  it('runs every job once and retries a failing one', async () => {
    const done: number[] = [];
    let failures = 0;
    await centric.deps.jobs.work<{ n: number }>('test.count', async ({ n }) => {
      if (n === 3 && failures === 0) {
        failures += 1;
        throw new Error('transient');
      }
      done.push(n);
    });
    for (let n = 0; n < 6; n++) await centric.deps.jobs.send('test.count', { n }, {});
    await centric.deps.jobs.drain('test.count', 60_000);
    expect(done.sort()).toEqual([0, 1, 2, 3, 4, 5]);
    expect(failures).toBe(1);
  });

  it('queues but never takes a job without workers (a CLI process); a process with workers does', async () => {
    const cli = await startJobQueue(centric.deps.handle, { pollingIntervalSeconds: 0.5, workers: false });
    const takenByCli: number[] = [];
    try {
      await cli.work<{ n: number }>('test.cli', async ({ n }) => {
        takenByCli.push(n);
      });
      await cli.send('test.cli', { n: 1 });
      // Several polling intervals: a worker would have fetched it at once.
      await new Promise((resolve) => setTimeout(resolve, 2_000));
    } finally {
      await cli.stop();
    }
    expect(takenByCli).toEqual([]);
    const { rows } = await centric.deps.handle.query<{ state: string }>(
      `select state from pgboss.job where name = 'test.cli'`,
    );
    expect(rows.map((r) => r.state)).toEqual(['created']);

    const done: number[] = [];
    await centric.deps.jobs.work<{ n: number }>('test.cli', async ({ n }) => {
      done.push(n);
    });
    await centric.deps.jobs.drain('test.cli', 60_000);
    expect(done).toEqual([1]);
  });
});
