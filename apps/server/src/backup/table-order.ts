import type { DatabaseHandle } from '@centric/db/database';

/** A table of the public schema with its primary key column. */
export interface TableInfo {
  name: string;
  primaryKey: string;
}

/**
 * Every table of the public schema (except the migration journal), parents before children by their foreign
 * keys, so a restore can insert in this order. Read from the catalogue, so new tables are backed up unasked.
 */
export async function tablesInDependencyOrder(handle: DatabaseHandle): Promise<TableInfo[]> {
  const { rows: tables } = await handle.query<{ name: string; pk: string | null }>(`
    select c.relname as name,
           (select a.attname from pg_index i join pg_attribute a on a.attrelid = i.indrelid and a.attnum = i.indkey[0]
             where i.indrelid = c.oid and i.indisprimary limit 1) as pk
      from pg_class c join pg_namespace n on n.oid = c.relnamespace
     where n.nspname = 'public' and c.relkind = 'r' and c.relname not like '__drizzle%'
     order by c.relname`);
  const { rows: edges } = await handle.query<{ child: string; parent: string }>(`
    select distinct cl.relname as child, pl.relname as parent
      from pg_constraint con
      join pg_class cl on cl.oid = con.conrelid join pg_namespace cn on cn.oid = cl.relnamespace
      join pg_class pl on pl.oid = con.confrelid
     where con.contype = 'f' and cn.nspname = 'public' and cl.relname <> pl.relname`);
  const parents = new Map<string, Set<string>>(tables.map((t) => [t.name, new Set<string>()]));
  for (const e of edges) parents.get(e.child)?.add(e.parent);
  const ordered: TableInfo[] = [];
  const placed = new Set<string>();
  while (ordered.length < tables.length) {
    const ready = tables.filter(
      (t) => !placed.has(t.name) && [...(parents.get(t.name) ?? [])].every((p) => placed.has(p)),
    );
    if (ready.length === 0) throw new Error('foreign keys form a cycle; cannot order the tables for backup');
    for (const t of ready) {
      if (!t.pk) throw new Error(`table ${t.name} has no primary key; cannot back it up in pages`);
      ordered.push({ name: t.name, primaryKey: t.pk });
      placed.add(t.name);
    }
  }
  return ordered;
}
