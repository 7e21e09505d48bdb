import { spawn } from 'node:child_process';
import { mkdtempSync, readFileSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { fileURLToPath } from 'node:url';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';

const BIN = fileURLToPath(new URL('../bin/centric.js', import.meta.url));
const CDNOW = new URL('../../../../shared/data/clv/cdnowElog.csv', import.meta.url);

function centric(args: string[]): Promise<{ code: number | null; stdout: string; stderr: string }> {
  return new Promise((resolve) => {
    const child = spawn(process.execPath, [BIN, ...args], { env: { ...process.env, LOG_LEVEL: 'warn' } });
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

describe('centric clv fit --transactions', () => {
  let dir: string;
  let cdnow: string;
  beforeAll(() => {
    dir = mkdtempSync(join(tmpdir(), 'centric-clv-'));
    cdnow = join(dir, 'cdnow.csv');
    // cdnowElog.csv is masterid,sampleid,date(YYYYMMDD),cds,sales: rewritten as customer_id,date,amount.
    const rows = readFileSync(CDNOW, 'utf8')
      .trim()
      .split('\n')
      .slice(1)
      .map((line) => {
        const [, id, d, , sales] = line.split(',');
        return `${id},${d!.slice(0, 4)}-${d!.slice(4, 6)}-${d!.slice(6, 8)},${sales}`;
      });
    writeFileSync(cdnow, `customer_id,date,amount\n${rows.join('\n')}\n`);
  });
  afterAll(() => rmSync(dir, { recursive: true, force: true }));

  it('prints the published CDNOW fit as one JSON object, with the holdout check', async () => {
    const run = await centric([
      'clv',
      'fit',
      '--transactions',
      cdnow,
      '--calibration-end',
      '1997-09-30',
      '--json',
    ]);
    expect(run.code, run.stderr).toBe(0);
    const out = JSON.parse(run.stdout);
    expect(out.customers).toBe(2357);
    expect(out.repeatCustomers).toBe(946);
    expect(out.bgnbd.r).toBeCloseTo(0.2425945, 4);
    expect(out.bgnbd.alpha).toBeCloseTo(4.4136019, 2);
    expect(out.bgnbd.logLikelihood).toBeCloseTo(-9582.429, 1);
    expect(out.gammaGamma.q).toBeCloseTo(3.74, 1);
    expect(out.holdout.actualTotal).toBe(1882);
    expect(out.holdout.predictedTotal).toBeCloseTo(1653.4, 0);
  });

  it('prints the parameters and the holdout for a person', async () => {
    const run = await centric(['clv', 'fit', '--transactions', cdnow, '--calibration-end', '1997-09-30']);
    expect(run.code, run.stderr).toBe(0);
    expect(run.stdout).toMatch(/BG\/NBD\s+r = 0\.24259/);
    expect(run.stdout).toMatch(/predicted 1653\.4 repeat transactions, actual 1882/);
  });

  it('reports every bad line by number and fits nothing', async () => {
    const bad = join(dir, 'bad.csv');
    writeFileSync(
      bad,
      'customer_id,date,amount\nc1,2026-01-01,10\nc1,2026-01-05,-30\n,2026-01-01,3\nc2,01/02/2026,4\nc3,2026-01-01,abc\nc4,2026-01-01\n',
    );
    const run = await centric(['clv', 'fit', '--transactions', bad]);
    expect(run.code).toBe(1);
    expect(run.stderr).toContain('line 3: refund exceeds by 20');
    expect(run.stderr).toContain('line 4: customer_id is empty');
    expect(run.stderr).toContain('line 5: date "01/02/2026" is not an ISO date');
    expect(run.stderr).toContain('line 6: amount "abc" is not a number');
    expect(run.stderr).toContain('line 7: has 2 cells where the header has 3');
    expect(run.stderr.trim().split('\n').at(-1)).toBe(
      `centric: ${bad} has 5 bad line(s); nothing was fitted`,
    );
    expect(run.stdout).toBe('');
  });

  it('names the missing columns', async () => {
    const bad = join(dir, 'header.csv');
    writeFileSync(bad, 'id,when,amount\n1,2026-01-01,3\n');
    const run = await centric(['clv', 'fit', '--transactions', bad]);
    expect(run.code).toBe(1);
    expect(run.stderr).toContain(
      'line 1: the header must name the columns customer_id, date, amount (missing: customer_id, date',
    );
  });
});
