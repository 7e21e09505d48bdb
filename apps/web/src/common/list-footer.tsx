import { Button, Center, Text } from '@mantine/core';

/** The "Load more" button under a paged list, shown only while there are pages left. */
export function LoadMoreButton(props: {
  hasMore: boolean;
  loadingMore: boolean;
  onLoadMore: () => void;
  testId?: string;
}) {
  if (!props.hasMore) return null;
  return (
    <Center mt="md">
      <Button
        variant="default"
        onClick={props.onLoadMore}
        loading={props.loadingMore}
        data-testid={props.testId}
      >
        Load more
      </Button>
    </Center>
  );
}

/** Under a paged list: "Load more" while there are pages left, then how many rows are shown. */
export function ListFooter(props: {
  shown: number;
  hasMore: boolean;
  loadingMore: boolean;
  onLoadMore: () => void;
  /** Singular and plural nouns, e.g. ['person', 'people']. */
  noun: [string, string];
  filtered?: boolean;
  testId?: string;
}) {
  if (props.hasMore) return <LoadMoreButton {...props} />;
  if (props.shown === 0) return null;
  return (
    <Text size="sm" c="dimmed" ta="center" mt="md">
      {props.shown === 1 ? `1 ${props.noun[0]}` : `${props.shown} ${props.noun[1]}`}
      {props.filtered ? ' match' : ''}
    </Text>
  );
}
