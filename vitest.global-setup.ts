import { mkdtempSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { prepareTestTemplates } from '@centric/db/testing/test-database';

// Migrates once per run; every test file starts from a copy (PGlite dump, PostgreSQL TEMPLATE).
export default async function setup() {
  const dir = mkdtempSync(join(tmpdir(), 'centric-test-'));
  const dispose = await prepareTestTemplates(join(dir, 'pglite-template.tar'));
  return async () => {
    await dispose();
    rmSync(dir, { recursive: true, force: true });
  };
}
