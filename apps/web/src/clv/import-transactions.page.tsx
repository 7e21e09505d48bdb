import type { ImportTransactionsResult } from '@centric/contracts/clv/clv.schemas';
import {
  Alert,
  Anchor,
  Button,
  FileInput,
  Group,
  List,
  Paper,
  Stack,
  Table,
  Text,
  Title,
} from '@mantine/core';
import { IconArrowLeft, IconCheck, IconFileTypeCsv } from '@tabler/icons-react';
import { useState } from 'react';
import { Link } from 'react-router';
import { ApiError } from '../api/api';
import { useOrg } from '../app/org-context';
import { errorMessage } from '../common/errors';
import { formatDate, formatMoney } from '../common/format';
import { PageHeader } from '../common/page-header';
import { useImportTransactions } from './clv.queries';

type Issue = ImportTransactionsResult['errors'][number];

/** Transaction import: choose a CSV, see every problem and a preview, then import it whole. */
export function ImportTransactionsPage() {
  const { slug, organisation } = useOrg();
  const [file, setFile] = useState<File | null>(null);
  const [csv, setCsv] = useState<string | null>(null);
  const [check, setCheck] = useState<ImportTransactionsResult | null>(null);
  const [done, setDone] = useState<ImportTransactionsResult | null>(null);
  const importer = useImportTransactions();

  const choose = async (chosen: File | null) => {
    setFile(chosen);
    setCheck(null);
    setDone(null);
    importer.reset();
    if (!chosen) return setCsv(null);
    const text = await chosen.text();
    setCsv(text);
    importer.mutate({ csv: text, dryRun: true }, { onSuccess: setCheck });
  };
  const apply = () => {
    if (csv) importer.mutate({ csv, dryRun: false }, { onSuccess: setDone });
  };
  const failure = importer.error;
  const failedLines =
    failure instanceof ApiError ? ((failure.details as { errors?: Issue[] } | undefined)?.errors ?? []) : [];

  return (
    <Stack gap="lg">
      <Anchor component={Link} to={`/o/${slug}/value`} size="sm">
        <Group gap={4} component="span">
          <IconArrowLeft size={14} aria-hidden /> Customer value
        </Group>
      </Anchor>
      <PageHeader
        title="Import transactions"
        description="A CSV with a header row: customer_id (the customer’s external id, or their Centric id), date (YYYY-MM-DD or an ISO date-time), amount (negative for a refund), and optionally transaction_id. Every line is checked first: if one is wrong, nothing is imported."
      />
      <Paper withBorder p="md">
        <FileInput
          label="Transaction file"
          placeholder="Choose a .csv file"
          accept=".csv,text/csv"
          value={file}
          onChange={(f) => void choose(f)}
          leftSection={<IconFileTypeCsv size={16} aria-hidden />}
          clearable
          data-testid="import-file"
        />
      </Paper>
      {done ? (
        <Alert
          color="green"
          icon={<IconCheck aria-hidden />}
          title="Imported"
          role="status"
          data-testid="import-done"
        >
          {done.imported.toLocaleString()} transactions imported.{' '}
          {done.refitQueued ? 'Customer values are being refitted in the background.' : ''}{' '}
          <Anchor component={Link} to={`/o/${slug}/value`}>
            See customer value
          </Anchor>
        </Alert>
      ) : null}
      {failure ? (
        <Alert color="red" role="alert" title="Nothing was imported">
          {errorMessage(failure)}
          <IssueList issues={failedLines} />
        </Alert>
      ) : null}
      {check && !done ? (
        <Paper withBorder p="md" data-testid="import-check">
          <Title order={2} size="h4" mb="sm">
            {check.errors.length > 0
              ? `${check.errors.length} line(s) to fix before importing`
              : `${check.rows.toLocaleString()} lines ready to import`}
          </Title>
          {check.errors.length > 0 ? (
            <Alert
              color="red"
              title="Fix these lines and choose the file again"
              mb="md"
              data-testid="import-errors"
            >
              <IssueList issues={check.errors} />
            </Alert>
          ) : null}
          {check.warnings.length > 0 ? (
            <Alert color="yellow" title={`${check.warnings.length} warning(s)`} mb="md">
              <IssueList issues={check.warnings} />
            </Alert>
          ) : null}
          {check.preview.length > 0 ? (
            <>
              <Text size="sm" c="dimmed" mb="xs">
                The first {check.preview.length} valid lines:
              </Text>
              <Table.ScrollContainer minWidth={480}>
                <Table data-testid="import-preview">
                  <Table.Thead>
                    <Table.Tr>
                      <Table.Th scope="col">Line</Table.Th>
                      <Table.Th scope="col">Customer</Table.Th>
                      <Table.Th scope="col">Date</Table.Th>
                      <Table.Th scope="col" ta="right">
                        Amount
                      </Table.Th>
                    </Table.Tr>
                  </Table.Thead>
                  <Table.Tbody>
                    {check.preview.map((p) => (
                      <Table.Tr key={p.line}>
                        <Table.Td>{p.line}</Table.Td>
                        <Table.Td>{p.customerId}</Table.Td>
                        <Table.Td>{formatDate(p.occurredAt, organisation.timeZone)}</Table.Td>
                        <Table.Td ta="right">{formatMoney(p.amount, organisation.currency)}</Table.Td>
                      </Table.Tr>
                    ))}
                  </Table.Tbody>
                </Table>
              </Table.ScrollContainer>
            </>
          ) : null}
          <Group mt="md">
            <Button
              onClick={apply}
              disabled={check.errors.length > 0}
              loading={importer.isPending}
              data-testid="import-apply"
            >
              Import {check.rows.toLocaleString()} transactions
            </Button>
          </Group>
        </Paper>
      ) : null}
    </Stack>
  );
}

function IssueList({ issues }: { issues: Issue[] }) {
  if (issues.length === 0) return null;
  return (
    <List size="sm" spacing={2} mt="xs">
      {issues.slice(0, 100).map((i) => (
        <List.Item key={`${i.line}-${i.message}`}>
          Line {i.line}: {i.message}
        </List.Item>
      ))}
      {issues.length > 100 ? <List.Item>… and {issues.length - 100} more</List.Item> : null}
    </List>
  );
}
