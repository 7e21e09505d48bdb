import { randomBytes } from 'node:crypto';
import { readFile, writeFile } from 'node:fs/promises';
import pg from 'pg';
import { type DatabaseHandle, openDatabase } from '../database';
import { migrateDatabase } from '../migrate';

/** The engines a test run covers: PGlite always, PostgreSQL when TEST_DATABASE_URL is set. */
export type TestEngine = 'pglite' | 'postgres';

/** The engines to run database tests on in this run. */
export function testEngines(): TestEngine[] {
  return process.env.TEST_DATABASE_URL ? ['pglite', 'postgres'] : ['pglite'];
}

const PGLITE_TEMPLATE_ENV = 'CENTRIC_TEST_PGLITE_TEMPLATE';
const PG_TEMPLATE_ENV = 'CENTRIC_TEST_PG_TEMPLATE';

function adminUrl(): string {
  const url = new URL(process.env.TEST_DATABASE_URL!);
  url.pathname = '/postgres';
  return url.toString();
}

function urlOf(database: string): string {
  const url = new URL(process.env.TEST_DATABASE_URL!);
  url.pathname = `/${database}`;
  return url.toString();
}

async function admin<T>(fn: (client: pg.Client) => Promise<T>): Promise<T> {
  const client = new pg.Client({ connectionString: adminUrl() });
  await client.connect();
  try {
    return await fn(client);
  } finally {
    await client.end();
  }
}

/**
 * Builds the migrated templates once per test run (vitest globalSetup): a PGlite data-directory dump, and a
 * PostgreSQL template database when TEST_DATABASE_URL is set. Each test then starts from a copy.
 */
export async function prepareTestTemplates(tmpFile: string): Promise<() => Promise<void>> {
  const pglite = await openDatabase({ dataDir: 'memory://' });
  await migrateDatabase(pglite);
  const dump = await pglite.pglite!.dumpDataDir('none');
  await writeFile(tmpFile, Buffer.from(await dump.arrayBuffer()));
  await pglite.close();
  process.env[PGLITE_TEMPLATE_ENV] = tmpFile;

  let template: string | undefined;
  if (process.env.TEST_DATABASE_URL) {
    template = `centric_tpl_${process.pid}_${randomBytes(3).toString('hex')}`;
    await admin((c) => c.query(`create database ${template}`));
    const handle = await openDatabase({ databaseUrl: urlOf(template) });
    await migrateDatabase(handle);
    await handle.close();
    process.env[PG_TEMPLATE_ENV] = template;
  }
  return async () => {
    if (template) {
      await admin(async (c) => {
        const { rows } = await c.query<{ datname: string }>(
          `select datname from pg_database where datname like $1`,
          [`centric_t_${process.pid}_%`],
        );
        for (const row of rows) await c.query(`drop database if exists ${row.datname} with (force)`);
        await c.query(`drop database if exists ${template} with (force)`);
      });
    }
  };
}

/** A fresh, migrated database for one test file, on the given engine; `close()` disposes of it. */
export async function openTestDatabase(engine: TestEngine): Promise<DatabaseHandle> {
  if (engine === 'pglite') {
    const file = process.env[PGLITE_TEMPLATE_ENV];
    if (!file)
      throw new Error(
        'the PGlite test template is missing: run the tests through vitest (its globalSetup builds it)',
      );
    const data = await readFile(file);
    return openDatabase({ dataDir: 'memory://', loadDataDir: new Blob([data]) });
  }
  const template = process.env[PG_TEMPLATE_ENV];
  if (!template)
    throw new Error('the PostgreSQL test template is missing: set TEST_DATABASE_URL and run through vitest');
  // Test files run in separate worker processes; the run's pid (from the template name) keeps names unique per run.
  const runPid = template.split('_')[2];
  const name = `centric_t_${runPid}_${randomBytes(6).toString('hex')}`;
  await admin((c) => c.query(`create database ${name} template ${template}`));
  const handle = await openDatabase({ databaseUrl: urlOf(name) });
  return {
    ...handle,
    async close() {
      await handle.close();
      await admin((c) => c.query(`drop database if exists ${name} with (force)`));
    },
  };
}
