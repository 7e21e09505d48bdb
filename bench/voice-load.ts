// The load generator of the submission bench, in a child process of its own as a real load generator
// would be: its requests and responses are not handled on the server's event loop, and its CPU is counted apart.
import { Pool } from 'undici';

/** What the bench asks for: these submissions, so many in flight at once. */
export interface LoadRequest {
  origin: string;
  path: string;
  inFlight: number;
  submissions: { id: string; score: number }[];
}

/** What the load generator answers: every submission's latency and response id, and its own CPU time. */
export interface LoadResult {
  latencies: number[];
  responseIds: (string | null)[];
  cpuMs: number;
}

/** Sends the submissions, `inFlight` at once over a keep-alive pool, and answers what came back. */
export async function runLoad(request: LoadRequest, pool: Pool): Promise<LoadResult> {
  const { submissions, inFlight, path } = request;
  const latencies: number[] = new Array(submissions.length);
  const responseIds: (string | null)[] = new Array(submissions.length).fill(null);
  const cpu0 = process.cpuUsage();
  let next = 0;
  const sender = async () => {
    while (next < submissions.length) {
      const i = next++;
      const { id, score } = submissions[i]!;
      const t0 = performance.now();
      const { statusCode, body } = await pool.request({
        method: 'POST',
        path,
        headers: { 'content-type': 'application/json' },
        body: JSON.stringify({ submissionId: id, score, comment: score <= 6 ? 'too slow' : null }),
      });
      const text = await body.text();
      latencies[i] = performance.now() - t0;
      if (statusCode === 200) responseIds[i] = (JSON.parse(text) as { responseId: string }).responseId;
    }
  };
  await Promise.all(Array.from({ length: inFlight }, sender));
  const cpu = process.cpuUsage(cpu0);
  return { latencies, responseIds, cpuMs: (cpu.user + cpu.system) / 1000 };
}

// As a child process: one pool for the process's life, one round per message.
if (process.send) {
  let pool: Pool | undefined;
  process.on('message', (message: LoadRequest | 'stop') => {
    if (message === 'stop') {
      void (pool?.close() ?? Promise.resolve()).then(() => process.exit(0));
      return;
    }
    pool ??= new Pool(message.origin, { connections: message.inFlight, pipelining: 1 });
    runLoad(message, pool).then(
      (result) => process.send!(result),
      (error: Error) => process.send!({ error: error.message }),
    );
  });
}
