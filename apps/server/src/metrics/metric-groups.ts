import type { MetricGrouping } from '@centric/contracts/metrics/metric.schemas';
import type { RollupSum } from '@centric/db/metrics/metric-rollup.repository';
import { addInto, type Counts, emptyCounts } from './metric-figures';
import type { ResolvedScope } from './metric-scope';

/** A group of a breakdown: its key, label and summed counts. */
export interface Group {
  key: string;
  label: string;
  counts: Counts;
  hasChildren?: boolean;
}

/** The key of answers attributed to no unit, channel or segment (or to one deleted since). */
export const NONE = 'none';

/**
 * The groups of a unit, channel or segment breakdown, in display order. A unit breakdown shows the children of
 * the parent unit (or the top-level units), each summing its whole subtree; answers given to the parent itself
 * and unattributed answers get groups of their own when there are any.
 */
export function groupsOf(
  dimension: 'unit' | 'channel' | 'segment',
  sums: readonly RollupSum[],
  scope: ResolvedScope,
): Group[] {
  const { catalogue } = scope;
  const byKey = new Map<string, Group>();
  const extra: Group[] = [];
  const groupFor = (key: string, label: string): Group => {
    let g = byKey.get(key);
    if (!g) {
      g = { key, label, counts: emptyCounts() };
      byKey.set(key, g);
      extra.push(g);
    }
    return g;
  };
  let ordered: Group[];
  if (dimension === 'unit') {
    const parent = scope.parentUnit;
    const children = catalogue.units
      .filter((u) => u.parentId === (parent?.id ?? null))
      .sort((a, b) => a.name.localeCompare(b.name));
    const hasChildren = new Set(catalogue.units.map((u) => u.parentId));
    ordered = children.map((u) => ({
      key: u.id,
      label: u.name,
      counts: emptyCounts(),
      hasChildren: hasChildren.has(u.id),
    }));
    for (const g of ordered) byKey.set(g.key, g);
    extra.length = 0;
    const paths = new Map(catalogue.units.map((u) => [u.id, u.path]));
    // The child a unit falls under is the one whose id is the next segment of its path after the parent's.
    const depth = parent ? parent.path.split('/').length - 2 : 0;
    for (const sum of sums) {
      const path = sum.dimension ? paths.get(sum.dimension) : undefined;
      let group: Group;
      if (!path) group = groupFor(NONE, 'No unit');
      else if (parent && sum.dimension === parent.id) group = groupFor(parent.id, `${parent.name} (itself)`);
      else group = byKey.get(path.split('/')[depth + 1]!) ?? groupFor(NONE, 'No unit');
      addInto(group.counts, sum);
    }
  } else {
    const entries = dimension === 'channel' ? catalogue.channels : catalogue.segments;
    ordered = [...entries]
      .sort((a, b) => a.name.localeCompare(b.name))
      .map((e) => ({ key: e.id, label: e.name, counts: emptyCounts() }));
    for (const g of ordered) byKey.set(g.key, g);
    extra.length = 0;
    for (const sum of sums) {
      const group =
        (sum.dimension ? byKey.get(sum.dimension) : undefined) ??
        groupFor(NONE, dimension === 'channel' ? 'No channel' : 'No segment');
      addInto(group.counts, sum);
    }
  }
  return [...ordered, ...extra];
}

/** Whether a grouping is a period. */
export function isPeriodGrouping(g: MetricGrouping | undefined): g is 'day' | 'week' | 'month' | 'quarter' {
  return g === 'day' || g === 'week' || g === 'month' || g === 'quarter';
}

/** The total of every sum. */
export function totalOf(sums: readonly RollupSum[]): Counts {
  const total = emptyCounts();
  for (const sum of sums) addInto(total, sum);
  return total;
}
