/** The kinds of organisational unit; free enough for a retailer, a bank or a software firm. */
export const UNIT_KINDS = [
  'company',
  'division',
  'department',
  'region',
  'area',
  'store',
  'branch',
  'team',
] as const;
/** The kind of an organisational unit. */
export type UnitKind = (typeof UNIT_KINDS)[number];
