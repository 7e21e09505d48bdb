import { testEngines } from '@centric/db/testing/test-database';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
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
});
