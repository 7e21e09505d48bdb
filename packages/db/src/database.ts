import { AppError } from '@centric/core/errors';
import { PGlite } from '@electric-sql/pglite';
import { drizzle as drizzleNodePg } from 'drizzle-orm/node-postgres';
import type { PgDatabase, PgQueryResultHKT } from 'drizzle-orm/pg-core';
import { drizzle as drizzlePglite } from 'drizzle-orm/pglite';
import pg from 'pg';
import * as schema from './schema';

/** The Drizzle database, the same type on both engines. */
export type Database = PgDatabase<PgQueryResultHKT, typeof schema>;
/** A transaction or the database itself: repositories accept either. */
export type Executor = Database | Parameters<Parameters<Database['transaction']>[0]>[0];

/** An open database and what the rest of the app needs to know about it. */
export interface DatabaseHandle {
  db: Database;
  engine: 'pglite' | 'postgres';
  /** Where it is, for messages (never includes a password). */
  location: string;
  /** Raw parameterised SQL, for pg-boss and the backup tool. */
  query<T = Record<string, unknown>>(text: string, values?: unknown[]): Promise<{ rows: T[] }>;
  /** Several statements at once (PGlite runs them as one transaction); answers the last statement's rows. */
  exec<T = Record<string, unknown>>(text: string): Promise<{ rows: T[] }>;
  close(): Promise<void>;
  /** The PGlite instance, on the embedded engine (dumps for test templates). */
  pglite?: PGlite;
}

/** How to reach the database: PostgreSQL when a URL is given, otherwise PGlite in a data directory (or memory). */
export interface DatabaseConfig {
  databaseUrl?: string | undefined;
  /** Connections of the PostgreSQL pool (default 10). */
  poolSize?: number | undefined;
  /** PGlite data directory; `memory://` keeps it in memory (tests). */
  dataDir?: string | undefined;
  /** A PGlite data directory dump to start from (tests use a migrated template). */
  loadDataDir?: Blob | File | undefined;
}

/** Opens the configured database, failing fast with one clear line when it cannot be reached. */
export async function openDatabase(config: DatabaseConfig): Promise<DatabaseHandle> {
  return config.databaseUrl ? openPostgres(config.databaseUrl, config.poolSize ?? 10) : openPglite(config);
}

async function openPostgres(databaseUrl: string, poolSize: number): Promise<DatabaseHandle> {
  let url: URL;
  try {
    url = new URL(databaseUrl);
  } catch {
    throw new AppError(
      'unavailable',
      'DATABASE_URL is not a valid URL (expected postgres://user@host:5432/database)',
    );
  }
  if (!['postgres:', 'postgresql:'].includes(url.protocol)) {
    throw new AppError('unavailable', `DATABASE_URL must start with postgres:// (got ${url.protocol}//)`);
  }
  const location = `PostgreSQL at ${url.hostname}:${url.port || 5432}${url.pathname}`;
  const pool = new pg.Pool({ connectionString: databaseUrl, connectionTimeoutMillis: 5000, max: poolSize });
  // An idle client's error (server restart) must not crash the process; the next query reconnects.
  pool.on('error', () => {});
  try {
    await pool.query('select 1');
  } catch (error) {
    await pool.end().catch(() => {});
    throw new AppError('unavailable', `cannot reach ${location}: ${(error as Error).message}`);
  }
  return {
    db: drizzleNodePg(pool, { schema }) as unknown as Database,
    engine: 'postgres',
    location,
    query: async (text, values) => {
      const result = await pool.query(text, values as unknown[]);
      return { rows: result.rows };
    },
    exec: async (text) => {
      const result = (await pool.query(text)) as unknown as pg.QueryResult | pg.QueryResult[];
      const last = Array.isArray(result) ? result.at(-1) : result;
      return { rows: (last?.rows ?? []) as never[] };
    },
    close: () => pool.end(),
  };
}

async function openPglite(config: DatabaseConfig): Promise<DatabaseHandle> {
  const dataDir = config.dataDir ?? './data';
  let client: PGlite;
  try {
    client = await PGlite.create(dataDir === 'memory://' ? undefined : dataDir, {
      ...(config.loadDataDir ? { loadDataDir: config.loadDataDir } : {}),
    });
  } catch (error) {
    throw new AppError(
      'unavailable',
      `cannot open the embedded database in ${dataDir}: ${(error as Error).message}`,
    );
  }
  return {
    pglite: client,
    db: drizzlePglite(client, { schema }) as unknown as Database,
    engine: 'pglite',
    location: dataDir === 'memory://' ? 'embedded database in memory' : `embedded database in ${dataDir}`,
    query: async (text, values) => {
      const result = await client.query(text, values as unknown[]);
      return { rows: result.rows as never[] };
    },
    exec: async (text) => {
      const results = await client.exec(text);
      return { rows: (results.at(-1)?.rows ?? []) as never[] };
    },
    close: () => client.close(),
  };
}
