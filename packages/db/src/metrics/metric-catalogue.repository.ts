import { sql } from 'drizzle-orm';
import type { Executor } from '../database';

/** The small tables a metric query resolves its filters and labels from. */
export interface MetricCatalogue {
  units: { id: string; parentId: string | null; name: string; kind: string; path: string }[];
  channels: { id: string; name: string }[];
  segments: { id: string; name: string }[];
  surveys: { id: string; kind: string; name: string }[];
}

/**
 * Reads an organisation's units, channels, segments and surveys (a few dozen to a few thousand rows) in one
 * statement: every metric request needs them, so they cost one round trip, not four.
 */
export async function loadMetricCatalogue(db: Executor, organisationId: string): Promise<MetricCatalogue> {
  const result = await db.execute(sql`
    select
      (select coalesce(json_agg(json_build_object('id', u.id, 'parentId', u.parent_id, 'name', u.name, 'kind', u.kind, 'path', u.path)), '[]')
         from units u where u.organisation_id = ${organisationId}::uuid)::text as units,
      (select coalesce(json_agg(json_build_object('id', c.id, 'name', c.name)), '[]')
         from channels c where c.organisation_id = ${organisationId}::uuid)::text as channels,
      (select coalesce(json_agg(json_build_object('id', s.id, 'name', s.name)), '[]')
         from segments s where s.organisation_id = ${organisationId}::uuid)::text as segments,
      (select coalesce(json_agg(json_build_object('id', v.id, 'kind', v.kind, 'name', v.name)), '[]')
         from surveys v where v.organisation_id = ${organisationId}::uuid)::text as surveys`);
  const row = (result as unknown as { rows: Record<string, string>[] }).rows[0]!;
  // Cast to text in SQL so both drivers hand back a string (pg parses json columns, PGlite may not).
  return {
    units: JSON.parse(row.units!),
    channels: JSON.parse(row.channels!),
    segments: JSON.parse(row.segments!),
    surveys: JSON.parse(row.surveys!),
  };
}
