import type { Unit } from '@centric/contracts/units/unit.schemas';

/** A unit with its sub-units, for display. */
export interface UnitNode {
  unit: Unit;
  depth: number;
  children: UnitNode[];
}

const byName = (a: Unit, b: Unit) => a.name.localeCompare(b.name, undefined, { sensitivity: 'base' });

/** Builds the forest of units from their parentId links; a unit whose parent is missing becomes a root. */
export function buildUnitTree(units: readonly Unit[]): UnitNode[] {
  const ids = new Set(units.map((u) => u.id));
  const childrenOf = new Map<string | null, Unit[]>();
  for (const unit of units) {
    const parent =
      unit.parentId && ids.has(unit.parentId) && unit.parentId !== unit.id ? unit.parentId : null;
    const list = childrenOf.get(parent) ?? [];
    list.push(unit);
    childrenOf.set(parent, list);
  }
  const seen = new Set<string>();
  const grow = (parent: string | null, depth: number): UnitNode[] =>
    (childrenOf.get(parent) ?? [])
      .slice()
      .sort(byName)
      .filter((unit) => !seen.has(unit.id) && seen.add(unit.id))
      .map((unit) => ({ unit, depth, children: grow(unit.id, depth + 1) }));
  const roots = grow(null, 0);
  // Units caught in a parent cycle are never reached from a root; show them at the top rather than lose them.
  for (const unit of units.slice().sort(byName)) {
    if (!seen.has(unit.id)) {
      seen.add(unit.id);
      roots.push({ unit, depth: 0, children: grow(unit.id, 1) });
    }
  }
  return roots;
}

/** The tree in display order, depth first, each unit with its depth (for indented select options). */
export function flattenUnitTree(nodes: readonly UnitNode[]): { unit: Unit; depth: number }[] {
  const out: { unit: Unit; depth: number }[] = [];
  const walk = (list: readonly UnitNode[]) => {
    for (const node of list) {
      out.push({ unit: node.unit, depth: node.depth });
      walk(node.children);
    }
  };
  walk(nodes);
  return out;
}

/** The unit and every unit below it: none of them can become its parent. */
export function subtreeIds(units: readonly Unit[], rootId: string): Set<string> {
  const result = new Set<string>([rootId]);
  let grew = true;
  while (grew) {
    grew = false;
    for (const unit of units) {
      if (unit.parentId && result.has(unit.parentId) && !result.has(unit.id)) {
        result.add(unit.id);
        grew = true;
      }
    }
  }
  return result;
}

/** Select options for a unit picker, indented to show the tree; `exclude` removes units (and so cycles). */
export function unitOptions(
  units: readonly Unit[],
  exclude: ReadonlySet<string> = new Set(),
): { value: string; label: string }[] {
  return flattenUnitTree(buildUnitTree(units))
    .filter(({ unit }) => !exclude.has(unit.id))
    .map(({ unit, depth }) => ({
      value: unit.id,
      label: `${'\u00a0\u00a0\u00a0'.repeat(depth)}${unit.name}`,
    }));
}
