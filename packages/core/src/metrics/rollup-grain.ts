// The grains of the metric rollups: each answer is counted once per grain, a grain keeping some dimensions and
// dropping the others (stored as null). A query reads the one grain that keeps exactly the dimensions it filters
// or groups on, so the rows it sums do not multiply with the dimensions it does not care about.

/** A dimension of the rollups. */
export type RollupDimension = 'unit' | 'channel' | 'segment' | 'employee';

/** The bit of each dimension in a grain. */
export const GRAIN_BIT: Readonly<Record<RollupDimension, number>> = {
  unit: 1,
  channel: 2,
  segment: 4,
  employee: 8,
};

/** The grain that keeps every dimension (the finest; the employee is kept only here). */
export const FINEST_GRAIN = 15;

/** Every grain kept: each subset of unit, channel and segment (0–7), and all four with the employee (15). */
export const ROLLUP_GRAINS: readonly number[] = [0, 1, 2, 3, 4, 5, 6, 7, FINEST_GRAIN];

/**
 * The grain a query reads: the smallest kept grain with every dimension it filters or groups on. The employee is
 * kept only in the finest grain, so any query about an employee reads that one.
 */
export function grainFor(dimensions: Iterable<RollupDimension>): number {
  let grain = 0;
  for (const d of dimensions) grain |= GRAIN_BIT[d];
  return grain & GRAIN_BIT.employee ? FINEST_GRAIN : grain;
}

/** Whether a grain keeps a dimension. */
export function grainKeeps(grain: number, dimension: RollupDimension): boolean {
  return (grain & GRAIN_BIT[dimension]) !== 0;
}
