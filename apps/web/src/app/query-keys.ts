/** Query keys: everything about an organisation lives under ['org', slug], so switching organisation never mixes data. */
export const keys = {
  me: ['me'] as const,
  org: (slug: string) => ['org', slug] as const,
  units: (slug: string) => ['org', slug, 'units'] as const,
  people: (slug: string) => ['org', slug, 'people'] as const,
  peopleList: (slug: string, filters: Record<string, string | undefined>) =>
    ['org', slug, 'people', 'list', filters] as const,
  peopleSearch: (slug: string, q: string) => ['org', slug, 'people', 'search', q] as const,
  person: (slug: string, id: string) => ['org', slug, 'people', 'one', id] as const,
  customers: (slug: string) => ['org', slug, 'customers'] as const,
  customerList: (slug: string, filters: Record<string, string | undefined>) =>
    ['org', slug, 'customers', 'list', filters] as const,
  customer: (slug: string, id: string) => ['org', slug, 'customers', 'one', id] as const,
  segments: (slug: string) => ['org', slug, 'segments'] as const,
  survey: (slug: string, id: string) => ['org', slug, 'surveys', 'one', id] as const,
};
