import { type ChildProcess, spawn } from 'node:child_process';
import { mkdtempSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { fileURLToPath } from 'node:url';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';

const BIN = fileURLToPath(new URL('../bin/centric.js', import.meta.url));

/** Runs the real `centric` binary and collects its output. */
function centric(
  args: string[],
  env: Record<string, string>,
): Promise<{ code: number | null; stdout: string; stderr: string }> {
  return new Promise((resolve) => {
    const child = spawn(process.execPath, [BIN, ...args], {
      env: { ...process.env, LOG_LEVEL: 'warn', ...env },
    });
    let stdout = '';
    let stderr = '';
    child.stdout.on('data', (d: Buffer) => {
      stdout += d.toString();
    });
    child.stderr.on('data', (d: Buffer) => {
      stderr += d.toString();
    });
    child.on('close', (code) => resolve({ code, stdout, stderr }));
  });
}

describe('the centric command line', () => {
  let dir: string;
  let env: Record<string, string>;

  beforeAll(() => {
    dir = mkdtempSync(join(tmpdir(), 'centric-cli-'));
    env = { CENTRIC_DATA_DIR: join(dir, 'data'), DATABASE_URL: '' };
  });
  afterAll(() => {
    rmSync(dir, { recursive: true, force: true });
  });

  it('documents every command', async () => {
    const help = await centric(['--help'], env);
    expect(help.code).toBe(0);
    for (const command of [
      'serve',
      'migrate',
      'demo',
      'org',
      'user',
      'api-key',
      'direction',
      'backup',
      'restore',
    ])
      expect(help.stdout).toContain(command);
    const sub = await centric(['org', 'create', '--help'], env);
    expect(sub.stdout).toMatch(/--owner <email>/);
  });

  it('creates an organisation with a one-time password, and an API key alone on the last line', async () => {
    const created = await centric(
      ['org', 'create', '--slug', 'acme', '--name', 'Acme', '--owner', 'Boss@Example.com'],
      env,
    );
    expect(created.code, created.stderr).toBe(0);
    expect(created.stdout).toMatch(/created organisation acme/);
    expect(created.stdout).toMatch(/one-time password \(shown once\): \S{16,}/);

    const key = await centric(['api-key', 'create', '--org', 'acme', '--email', 'boss@example.com'], env);
    expect(key.code, key.stderr).toBe(0);
    const lines = key.stdout.trim().split('\n');
    expect(lines.at(-1)).toMatch(/^centric_\S{32,}$/);
  });

  it('prints the Walker index of an organisation as a table and as JSON', async () => {
    const table = await centric(['leaders', 'walker-index', '--org', 'acme', '--period', 'year'], env);
    expect(table.code, table.stderr).toBe(0);
    expect(table.stdout).toMatch(/Walker index of 1 leaders in acme this year/);
    expect(table.stdout).toMatch(/leader\s+committed\s+due\s+evidenced\s+index\s+state/);
    expect(table.stdout).toMatch(/no commitments/);
    const json = await centric(['leaders', 'walker-index', '--org', 'acme', '--json'], env);
    expect(JSON.parse(json.stdout)).toEqual([
      expect.objectContaining({ committed: 0, due: 0, evidenced: 0, index: null, state: 'no_commitments' }),
    ]);
    const bad = await centric(['leaders', 'walker-index', '--org', 'acme', '--period', 'week'], env);
    expect(bad.code).not.toBe(0);
    expect(bad.stderr).toMatch(/must be month, quarter or year/);
    const missing = await centric(['leaders', 'walker-index', '--org', 'nowhere'], env);
    expect(missing.code).toBe(1);
    expect(missing.stderr.trim()).toBe('centric: organisation nowhere not found');
  });

  it('records a leader’s leave and lists it; refuses a period that ends before it starts', async () => {
    const args = ['leaders', 'leave', '--org', 'acme', '--person', 'boss@example.com'];
    const recorded = await centric(
      [...args, '--from', '2026-07-01', '--to', '2026-07-31', '--note', 'sabbatical'],
      env,
    );
    expect(recorded.code, recorded.stderr).toBe(0);
    expect(recorded.stdout).toMatch(/on leave from 2026-07-01 to 2026-07-31/);
    const backwards = await centric([...args, '--from', '2026-09-10', '--to', '2026-09-01'], env);
    expect(backwards.code).toBe(1);
    expect(backwards.stderr).toMatch(/ends before it starts/);
    const list = await centric(['leaders', 'leave-list', '--org', 'acme', '--json'], env);
    expect(JSON.parse(list.stdout)).toEqual([
      expect.objectContaining({ startsOn: '2026-07-01', endsOn: '2026-07-31', note: 'sabbatical' }),
    ]);
  });

  it('prints the action plan, and refuses an unknown organisation in one line', async () => {
    const plan = await centric(['direction', 'plan', '--org', 'acme'], env);
    expect(plan.code, plan.stderr).toBe(0);
    expect(plan.stdout).toMatch(/^acme has no initiatives yet$/m);
    const unknown = await centric(['direction', 'plan', '--org', 'nowhere'], env);
    expect(unknown.code).toBe(1);
    expect(unknown.stderr.trim().split('\n')).toHaveLength(1);
    const help = await centric(['direction', 'plan', '--help'], env);
    expect(help.stdout).toMatch(/--org <slug>/);
  });

  it('creates a review cycle, prints its status, and refuses to open it before a CEO is named', async () => {
    const created = await centric(
      [
        'direction',
        'review',
        'create',
        '--org',
        'acme',
        '--kind',
        'quarter',
        '--year',
        '2027',
        '--quarter',
        '1',
      ],
      env,
    );
    expect(created.code, created.stderr).toBe(0);
    expect(created.stdout).toMatch(/^created Reviews 2027 Q1 \(2027-01-01 to 2027-03-31\)/m);
    const status = await centric(['direction', 'review', 'status', '--org', 'acme'], env);
    expect(status.code, status.stderr).toBe(0);
    expect(status.stdout).toMatch(
      /^Reviews 2027 Q1 \(2027-01-01 to 2027-03-31\): draft; the CEO’s review is not open$/m,
    );
    expect(status.stdout).toMatch(/^leaders 0\/0 complete/m);
    const open = await centric(['direction', 'review', 'open', '--org', 'acme', '--stage', 'everyone'], env);
    expect(open.code).toBe(1);
    expect(open.stderr.trim()).toMatch(/^centric: open the leaders’ reviews first/);
    const leaders = await centric(
      ['direction', 'review', 'open', '--org', 'acme', '--stage', 'leaders'],
      env,
    );
    expect(leaders.code).toBe(1);
    expect(leaders.stderr.trim()).toMatch(/^centric: name the organisation’s CEO first/);
  });

  it('answers mistakes with one clear line and a non-zero exit', async () => {
    const duplicate = await centric(
      ['org', 'create', '--slug', 'acme', '--name', 'Again', '--owner', 'x@example.com'],
      env,
    );
    expect(duplicate.code).toBe(1);
    expect(duplicate.stderr.trim().split('\n').at(-1)).toMatch(
      /^centric: an organisation with slug "acme" already exists$/,
    );
    const badSlug = await centric(
      ['org', 'create', '--slug', 'Not A Slug', '--name', 'X', '--owner', 'x@example.com'],
      env,
    );
    expect(badSlug.code).toBe(1);
    expect(badSlug.stderr).toMatch(/^centric: slug: /m);
    const missing = await centric(['org', 'create', '--slug', 'x'], env);
    expect(missing.code).not.toBe(0);
    expect(missing.stderr).toMatch(/required option/);
  });

  it('fails fast with one line when DATABASE_URL cannot be reached', async () => {
    const r = await centric(['migrate'], { ...env, DATABASE_URL: 'postgres://nobody@127.0.0.1:1/nothing' });
    expect(r.code).toBe(1);
    expect(r.stderr.trim()).toMatch(/^centric: cannot reach PostgreSQL at 127\.0\.0\.1:1\/nothing: /);
    expect(r.stderr.trim().split('\n')).toHaveLength(1);
    const bad = await centric(['migrate'], { ...env, DATABASE_URL: 'not a url' });
    expect(bad.stderr.trim()).toMatch(/^centric: DATABASE_URL is not a valid URL/);
  });

  it('imports a response file, refuses the same file again, and imports it again with --allow-duplicate', async () => {
    const file = join(dir, 'responses.csv');
    writeFileSync(
      file,
      'responded_at,score,comment,survey,channel,segment,unit,customer_id,customer_email,employee_email\n2026-10-01T10:00:00Z,9,Fine,Shop NPS,,,,,,\n',
    );
    const args = ['import', 'responses', file, '--org', 'acme', '--create-missing'];
    const first = await centric(args, env);
    expect(first.code, first.stderr).toBe(0);
    expect(first.stdout).toMatch(/responses\.csv: imported 1 response\(s\) of 1 line\(s\)/);
    const again = await centric(args, env);
    expect(again.code).toBe(1);
    expect(again.stderr.trim()).toMatch(
      /^centric: responses\.csv is a file already imported: the same bytes as "responses\.csv", imported on \d{4}-\d\d-\d\d \d\d:\d\d UTC \(1 response\(s\), import \S+\)\. Importing it again would duplicate its responses, so nothing was imported \(add --allow-duplicate to import it again anyway\)$/,
    );
    const checked = await centric([...args, '--dry-run'], env);
    expect(checked.code, checked.stderr).toBe(0);
    expect(checked.stdout).toMatch(
      /nothing imported \(dry run\); warning: the same bytes as "responses\.csv"/,
    );
    const forced = await centric([...args, '--allow-duplicate'], env);
    expect(forced.code, forced.stderr).toBe(0);
    expect(forced.stdout).toMatch(/imported 1 response\(s\).*imported again although an earlier import/);
  });

  describe('while `centric serve` holds the data directory', () => {
    let server: ChildProcess;
    let url = '';

    beforeAll(async () => {
      server = spawn(process.execPath, [BIN, 'serve', '--port', '0'], {
        env: { ...process.env, ...env, LOG_LEVEL: 'warn' },
      });
      url = await new Promise<string>((resolve, reject) => {
        let out = '';
        server.stdout!.on('data', (d: Buffer) => {
          out += d.toString();
          const m = /running at (http:\/\/\S+)/.exec(out);
          if (m) resolve(m[1]!);
        });
        server.on('exit', (code) => reject(new Error(`serve exited with ${code}`)));
      });
    });
    afterAll(async () => {
      if (server && server.exitCode === null) {
        server.kill('SIGTERM');
        await new Promise((r) => server.on('exit', r));
      }
    });

    it('hands other commands to the running server and says so', async () => {
      const health = await fetch(`${url}/healthz`);
      expect(health.status).toBe(200);
      const r = await centric(
        [
          'user',
          'create',
          '--email',
          'ann@example.com',
          '--name',
          'Ann',
          '--org',
          'acme',
          '--role',
          'manager',
        ],
        env,
      );
      expect(r.code, r.stderr).toBe(0);
      expect(r.stdout).toMatch(
        /created user ann@example.com and added to acme as manager \(done by the running server\)/,
      );
      expect(r.stderr).toMatch(/handing "user.create" to it/);
    });

    it('refuses a second server on the same data directory', async () => {
      const second = await centric(['serve', '--port', '0'], env);
      expect(second.code).toBe(1);
      expect(second.stderr).toMatch(/another Centric server \(pid \d+\) already runs/);
    });
  });
});
