import { Paper, Skeleton, Table, type TableTdProps } from '@mantine/core';
import type { ReactNode } from 'react';
import { ListFooter, LoadMoreButton } from './list-footer';
import { QueryError } from './query-error';

/** What the table needs of a paged (infinite) TanStack query: a `useInfiniteQuery` result fits as it is. */
export interface PagedQuery<Row> {
  data: { pages: { items: Row[] }[] } | undefined;
  error: Error | null;
  isPending: boolean;
  hasNextPage: boolean;
  isFetchingNextPage: boolean;
  fetchNextPage: () => Promise<unknown>;
  refetch: () => Promise<unknown>;
}

/** One column of a paged table: its header cell and how a row fills it. */
export interface PagedTableColumn<Row> {
  /** Unique within the table (the React key of the header and of each cell). */
  key: string;
  header: ReactNode;
  cell: (row: Row) => ReactNode;
  /** Props of every body cell of the column (`fw`, `maw`, …). */
  cellProps?: TableTdProps;
}

/**
 * The body of a list page over a paged query: its error with a retry, a skeleton while the first page loads, the
 * empty state when nothing is there, else the rows in a scrollable table, and under it "Load more" (with the
 * count of rows shown once all are there when `noun` is given).
 */
export function PagedTable<Row extends { id: string }>(props: {
  query: PagedQuery<Row>;
  columns: PagedTableColumn<Row>[];
  /** Shown when the query has no rows (and no error): usually an `EmptyState`. */
  empty: ReactNode;
  /** Read by screen readers while the first page loads, e.g. "Loading customers". */
  loadingLabel: string;
  /** Below this width the table scrolls sideways instead of squeezing its columns. */
  minWidth: number;
  striped?: boolean;
  testId: string;
  rowTestId: string;
  /** Singular and plural nouns: with them the footer counts the rows shown, e.g. ['person', 'people']. */
  noun?: [string, string];
  /** Whether filters narrow the list (the count then says "match"). */
  filtered?: boolean;
  loadMoreTestId?: string;
}) {
  const { query } = props;
  const rows = query.data?.pages.flatMap((page) => page.items) ?? [];
  const footer = {
    hasMore: Boolean(query.hasNextPage),
    loadingMore: query.isFetchingNextPage,
    onLoadMore: () => void query.fetchNextPage(),
    ...(props.loadMoreTestId ? { testId: props.loadMoreTestId } : {}),
  };
  let body: ReactNode = null;
  if (query.isPending) body = <Skeleton h={200} aria-label={props.loadingLabel} />;
  else if (rows.length === 0 && !query.error) body = props.empty;
  else if (rows.length > 0)
    body = (
      <Paper withBorder>
        <Table.ScrollContainer minWidth={props.minWidth}>
          <Table
            striped={props.striped ?? false}
            highlightOnHover
            verticalSpacing="sm"
            data-testid={props.testId}
          >
            <Table.Thead>
              <Table.Tr>
                {props.columns.map((column) => (
                  <Table.Th key={column.key} scope="col">
                    {column.header}
                  </Table.Th>
                ))}
              </Table.Tr>
            </Table.Thead>
            <Table.Tbody>
              {rows.map((row) => (
                <Table.Tr key={row.id} data-testid={props.rowTestId}>
                  {props.columns.map((column) => (
                    <Table.Td key={column.key} {...column.cellProps}>
                      {column.cell(row)}
                    </Table.Td>
                  ))}
                </Table.Tr>
              ))}
            </Table.Tbody>
          </Table>
        </Table.ScrollContainer>
      </Paper>
    );
  return (
    <>
      {query.error ? <QueryError error={query.error} onRetry={() => void query.refetch()} /> : null}
      {body}
      {props.noun ? (
        <ListFooter
          {...footer}
          shown={rows.length}
          noun={props.noun}
          {...(props.filtered === undefined ? {} : { filtered: props.filtered })}
        />
      ) : (
        <LoadMoreButton {...footer} />
      )}
    </>
  );
}
