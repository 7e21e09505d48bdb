import { defineConfig } from 'drizzle-kit';

// Generates the one set of migrations both engines (PGlite and PostgreSQL) run.
export default defineConfig({
  dialect: 'postgresql',
  schema: './packages/db/src/schema/index.ts',
  out: './packages/db/migrations',
  casing: 'snake_case',
});
