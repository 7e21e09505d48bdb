import { Select } from '@mantine/core';
import { useDebouncedValue } from '@mantine/hooks';
import { useMemo, useState } from 'react';
import { usePeopleSearch, usePerson } from './person.queries';

/** A searchable picker of one person (manager, head of unit), searching the server as you type. */
export function PersonSelect({
  label,
  value,
  onChange,
  error,
  description,
  excludeId,
  testId,
}: {
  label: string;
  value: string | null;
  onChange: (value: string | null) => void;
  error?: React.ReactNode;
  description?: string;
  excludeId?: string;
  testId?: string;
}) {
  const [search, setSearch] = useState('');
  const [debounced] = useDebouncedValue(search, 250);
  const selected = usePerson(value);
  const selectedLabel = selected.data ? display(selected.data) : '';
  // While the field shows the chosen person, list everyone rather than only that exact match.
  const query = search === selectedLabel ? '' : debounced;
  const results = usePeopleSearch(query);
  const data = useMemo(() => {
    const options = new Map<string, string>();
    if (selected.data) options.set(selected.data.id, display(selected.data));
    for (const person of results.data ?? []) {
      if (person.id !== excludeId) options.set(person.id, display(person));
    }
    return [...options].map(([id, text]) => ({ value: id, label: text }));
  }, [selected.data, results.data, excludeId]);
  return (
    <Select
      label={label}
      description={description}
      placeholder="Type a name or e-mail"
      searchable
      clearable
      data={data}
      value={value}
      onChange={onChange}
      searchValue={search}
      onSearchChange={setSearch}
      filter={({ options }) => options}
      nothingFoundMessage={results.isFetching ? 'Searching…' : 'Nobody matches'}
      error={error}
      data-testid={testId}
      comboboxProps={{ withinPortal: true }}
    />
  );
}

function display(person: { name: string; email: string }): string {
  return `${person.name} (${person.email})`;
}
