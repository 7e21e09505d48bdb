import { mkdtempSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import type { OrgContext } from '../../src/context';
import { systemContext } from '../../src/voice/system-context';
import type { TestCentric } from '../support/test-centric';

/** A temporary folder for one test file's import files. */
export function importDir(): string {
  return mkdtempSync(join(tmpdir(), 'centric-import-'));
}

/** Writes a file (text or bytes) into `dir` and answers its path. */
export function writeImportFile(dir: string, name: string, content: string | Buffer): string {
  const path = join(dir, name);
  writeFileSync(path, content);
  return path;
}

/** The header of Centric's format. */
export const HEADER =
  'responded_at,score,comment,survey,channel,segment,unit,customer_id,customer_email,employee_email';

/** An organisation with an NPS and a CSAT survey, a channel, a segment, a unit and a customer. */
export async function seedImportOrg(centric: TestCentric, slug: string) {
  const org = await centric.organisation(slug);
  const db = centric.deps.handle;
  const one = async (sql: string, values: unknown[]) =>
    (await db.query<{ id: string }>(sql, values)).rows[0]!.id;
  await one(
    `insert into surveys (id, organisation_id, name, kind, status) values (gen_random_uuid(), $1, 'Store NPS', 'nps', 'live') returning id`,
    [org.id],
  );
  await one(
    `insert into surveys (id, organisation_id, name, kind, status) values (gen_random_uuid(), $1, 'Delivery CSAT', 'csat', 'live') returning id`,
    [org.id],
  );
  await one(
    `insert into channels (id, organisation_id, name) values (gen_random_uuid(), $1, 'Store') returning id`,
    [org.id],
  );
  await one(
    `insert into segments (id, organisation_id, name) values (gen_random_uuid(), $1, 'Loyal') returning id`,
    [org.id],
  );
  const unit = await one(
    `insert into units (id, organisation_id, name, kind, path) values (gen_random_uuid(), $1, 'Lyon', 'store', '/x/') returning id`,
    [org.id],
  );
  await one(
    `insert into customers (id, organisation_id, external_id, email) values (gen_random_uuid(), $1, 'C-1', 'ann@example.com') returning id`,
    [org.id],
  );
  const ctx: OrgContext = await systemContext(centric.deps, org.id);
  return { org, ctx, unit };
}

/** The organisation's response count, and the sum of its daily rollups (they must agree). */
export async function counts(centric: TestCentric, orgId: string) {
  const db = centric.deps.handle;
  const responses = Number(
    (
      await db.query<{ n: number }>('select count(*)::int as n from responses where organisation_id = $1', [
        orgId,
      ])
    ).rows[0]!.n,
  );
  const rolled = Number(
    (
      await db.query<{ n: number }>(
        'select coalesce(sum(s0+s1+s2+s3+s4+s5+s6+s7+s8+s9+s10+unscored), 0)::int as n from metric_daily_rollups where organisation_id = $1 and grain = 0',
        [orgId],
      )
    ).rows[0]!.n,
  );
  const surveys = Number(
    (
      await db.query<{ n: number }>('select count(*)::int as n from surveys where organisation_id = $1', [
        orgId,
      ])
    ).rows[0]!.n,
  );
  return { responses, rolled, surveys };
}
