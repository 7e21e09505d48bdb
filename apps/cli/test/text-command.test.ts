import { spawn } from 'node:child_process';
import { mkdtempSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { fileURLToPath } from 'node:url';
import { afterAll, describe, expect, it } from 'vitest';

const BIN = fileURLToPath(new URL('../bin/centric.js', import.meta.url));
const dir = mkdtempSync(join(tmpdir(), 'centric-text-'));

/** Runs `centric` with the given arguments and standard input. */
function centric(
  args: string[],
  input = '',
): Promise<{ code: number | null; stdout: string; stderr: string }> {
  return new Promise((resolve) => {
    const child = spawn(process.execPath, [BIN, ...args]);
    let stdout = '';
    let stderr = '';
    child.stdout.on('data', (d: Buffer) => {
      stdout += d.toString();
    });
    child.stderr.on('data', (d: Buffer) => {
      stderr += d.toString();
    });
    child.on('close', (code) => resolve({ code, stdout, stderr }));
    child.stdin.end(input);
  });
}

afterAll(() => rmSync(dir, { recursive: true, force: true }));

describe('centric text', () => {
  it('prints one { label, score } per line of a file, in order, a blank line neutral', async () => {
    const file = join(dir, 'comments.txt');
    writeFileSync(
      file,
      'The staff were lovely and so helpful.\nWaited 40 minutes and still no refund.\n\nThe package arrived on Monday.\n',
    );
    const run = await centric(['text', 'sentiment', file]);
    expect(run.code, run.stderr).toBe(0);
    const rows = run.stdout
      .trim()
      .split('\n')
      .map((l) => JSON.parse(l));
    expect(rows.map((r) => r.label)).toEqual(['positive', 'negative', 'neutral', 'neutral']);
    for (const r of rows) {
      expect(Object.keys(r).sort()).toEqual(['label', 'score']);
      expect(r.score).toBeGreaterThanOrEqual(-1);
      expect(r.score).toBeLessThanOrEqual(1);
    }
  });

  it('reads standard input for "-" and proposes themes as JSON', async () => {
    const comments = [
      ...Array.from({ length: 6 }, (_, i) => `The delivery driver was late again (order ${i}).`),
      ...Array.from({ length: 5 }, () => 'Long queue at the checkout, only one till open.'),
      'Nice shop.',
    ].join('\n');
    const run = await centric(['text', 'themes', '-', '--json'], comments);
    expect(run.code, run.stderr).toBe(0);
    const themes = run.stdout
      .trim()
      .split('\n')
      .map((l) => JSON.parse(l));
    const terms = themes.flatMap((t) => t.terms as string[]);
    expect(terms).toContain('delivery driver');
    expect(terms.some((t) => t.includes('queue') || t.includes('checkout'))).toBe(true);
  });

  it('fails on one line with a non-zero exit for a missing file', async () => {
    const run = await centric(['text', 'sentiment', join(dir, 'missing.txt')]);
    expect(run.code).toBe(1);
    expect(run.stderr.trim().split('\n')).toHaveLength(1);
    expect(run.stderr).toMatch(/cannot read/);
  });
});
