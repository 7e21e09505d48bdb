import type {
  ImportDuplicateBody,
  ResponseImportPreviewBody,
  ResponseImportStateBody,
  ResponseImportSummaryBody,
} from '@centric/contracts/responses/response-import.schemas';
import {
  Alert,
  Anchor,
  Badge,
  Button,
  Checkbox,
  FileInput,
  Group,
  List,
  Paper,
  Progress,
  Select,
  Stack,
  Table,
  Text,
  TextInput,
  Title,
} from '@mantine/core';
import { IconArrowLeft, IconCheck, IconFileUpload } from '@tabler/icons-react';
import { useQueryClient } from '@tanstack/react-query';
import { useEffect, useState } from 'react';
import { Link } from 'react-router';
import { ApiError } from '../api/api';
import { useOrg } from '../app/org-context';
import { errorMessage } from '../common/errors';
import { PageHeader } from '../common/page-header';
import { type ImportQuery, importState, previewFile, uploadFile } from './response-upload';

const FORMATS = [
  { value: 'centric', label: 'Centric CSV' },
  { value: 'qualtrics', label: 'Qualtrics CSV export' },
  { value: 'delighted', label: 'Delighted CSV export' },
  { value: 'online', label: 'Online reviews (CSV or JSON)' },
];
const COLUMNS: Record<string, string> = {
  centric:
    'responded_at, score, comment, survey, channel, segment, unit, customer_id, customer_email, employee_email',
  qualtrics:
    'a “Download data table” CSV (three header rows; the NPS question found by its _NPS_GROUP column)',
  delighted: 'Response ID, Created At, Score, Comment, Email, Person ID, Permalink',
  online: 'source, url, rating, text, author, posted_at (a CSV, a JSON array or JSON lines)',
};

/**
 * Response import: choose a file and format, preview its first lines as they will be imported, check the whole
 * file (a dry run: every line checked, nothing stored), then import.
 */
export function ImportResponsesPage() {
  const { slug } = useOrg();
  const queryClient = useQueryClient();
  const [file, setFile] = useState<File | null>(null);
  const [format, setFormat] = useState('centric');
  const [survey, setSurvey] = useState('');
  const [ratingScale, setRatingScale] = useState('5');
  const [createMissing, setCreateMissing] = useState(false);
  const [skipInvalid, setSkipInvalid] = useState(false);
  const [allowDuplicate, setAllowDuplicate] = useState(false);
  const [preview, setPreview] = useState<ResponseImportPreviewBody | null>(null);
  const [previewError, setPreviewError] = useState<unknown>(null);
  const [sent, setSent] = useState<{ sent: number; total: number } | null>(null);
  const [state, setState] = useState<ResponseImportStateBody | null>(null);
  const [failure, setFailure] = useState<unknown>(null);
  /** Whether the last run was a check (dry run) rather than an import. */
  const [checking, setChecking] = useState(false);
  const needsSurvey = format === 'qualtrics' || format === 'delighted';
  const query: ImportQuery = {
    format,
    createMissing: String(createMissing),
    skipInvalid: String(skipInvalid),
    survey: survey.trim() || undefined,
    ratingScale: format === 'online' ? ratingScale : undefined,
  };
  const queryKey = JSON.stringify(query);

  useEffect(() => {
    setPreview(null);
    setPreviewError(null);
    // A check's report is of the options it ran with: changing one takes the report away.
    setState((s) => (s && s.status !== 'running' && s.status !== 'applied' ? null : s));
    if (!file) return;
    let current = true;
    previewFile(slug, file, JSON.parse(queryKey))
      .then((p) => current && setPreview(p))
      .catch((e) => current && setPreviewError(e));
    return () => {
      current = false;
    };
  }, [file, queryKey, slug]);

  useEffect(() => {
    if (state?.status !== 'running') return;
    const timer = setTimeout(() => {
      importState(slug, state.id).then(setState).catch(setFailure);
    }, 500);
    return () => clearTimeout(timer);
  }, [state, slug]);

  // An applied import changes the inbox, the dashboards and the surveys' counts: none may show what was cached.
  const applied = state?.status === 'applied' ? state.id : null;
  useEffect(() => {
    if (applied) void queryClient.invalidateQueries({ queryKey: ['org', slug] });
  }, [applied, queryClient, slug]);

  const start = async (dryRun: boolean) => {
    if (!file) return;
    setFailure(null);
    setState(null);
    setSent(null);
    setChecking(dryRun);
    // A check is never refused as a duplicate (it only warns), so it needs no override.
    const options = dryRun ? { dryRun: 'true' } : { allowDuplicate: String(allowDuplicate) };
    try {
      setState(
        await uploadFile(slug, file, { ...query, ...options }, (s, t) => setSent({ sent: s, total: t })),
      );
    } catch (error) {
      setFailure(error);
    }
  };
  const running = (sent !== null && state === null && failure === null) || state?.status === 'running';
  const what = checking ? 'check' : 'import';
  // The server refuses a file whose bytes were imported before (409), naming that import.
  const duplicate = failure instanceof ApiError && failure.code === 'conflict';
  const summary = state?.summary ?? null;
  const progress = state?.progress;

  return (
    <Stack gap="lg">
      <Anchor component={Link} to={`/o/${slug}/inbox`} size="sm">
        <Group gap={4} component="span">
          <IconArrowLeft size={14} aria-hidden /> Inbox
        </Group>
      </Anchor>
      <PageHeader
        title="Import responses"
        description="Responses from a file: Centric’s CSV, a Qualtrics or Delighted export, or online reviews. Every line is checked first; if one is wrong nothing is imported, unless you choose to skip the bad lines."
      />
      <Paper withBorder p="md">
        <Stack gap="sm">
          <Group align="flex-end" wrap="wrap">
            <Select
              label="Format"
              data={FORMATS}
              value={format}
              onChange={(v) => setFormat(v ?? 'centric')}
              allowDeselect={false}
              w={260}
              data-testid="import-format"
            />
            <FileInput
              label="File"
              placeholder="Choose a .csv or .json file"
              accept=".csv,.json,.jsonl,text/csv,application/json"
              value={file}
              onChange={(f) => {
                setFile(f);
                setState(null);
                setSent(null);
                setFailure(null);
                setAllowDuplicate(false);
              }}
              leftSection={<IconFileUpload size={16} aria-hidden />}
              clearable
              clearButtonProps={{ 'aria-label': 'Clear the file' }}
              // Mantine's placeholder grey is below 4.5:1 on white; this one is a real element axe checks.
              styles={{ placeholder: { color: 'var(--mantine-color-dimmed)' } }}
              style={{ flex: '1 1 280px' }}
              data-testid="import-file"
            />
          </Group>
          <Text size="sm" c="dimmed">
            Columns: {COLUMNS[format]}
          </Text>
          <Group align="flex-end" wrap="wrap">
            {needsSurvey || format === 'online' ? (
              <TextInput
                label="Survey the responses go to"
                description={
                  format === 'online' ? 'Default: “Online reviews” (CSAT)' : 'Required for this format'
                }
                value={survey}
                onChange={(e) => setSurvey(e.currentTarget.value)}
                w={260}
                required={needsSurvey}
              />
            ) : null}
            {format === 'online' ? (
              <Select
                label="Rating scale"
                description="Mapped to CSAT 1–5"
                data={[
                  { value: '5', label: '1–5 stars' },
                  { value: '10', label: '0–10' },
                  { value: '100', label: '0–100 %' },
                ]}
                value={ratingScale}
                onChange={(v) => setRatingScale(v ?? '5')}
                allowDeselect={false}
                w={180}
              />
            ) : null}
          </Group>
          <Checkbox
            label="Create surveys, channels, segments, units and customers the file names that do not exist yet"
            checked={createMissing}
            onChange={(e) => setCreateMissing(e.currentTarget.checked)}
          />
          <Checkbox
            label="Skip bad lines (import the good ones and list the bad ones)"
            checked={skipInvalid}
            onChange={(e) => setSkipInvalid(e.currentTarget.checked)}
          />
        </Stack>
      </Paper>
      {previewError ? (
        <Alert color="red" role="alert" title="The preview failed">
          {errorMessage(previewError)}
        </Alert>
      ) : null}
      {preview ? <PreviewTable preview={preview} /> : null}
      {/* Before the button: the keyboard reaches the override first, then the import it enables. */}
      {duplicate ? (
        <Alert
          color="orange"
          role="alert"
          title="This file was imported before; nothing was imported"
          data-testid="import-duplicate"
        >
          <Stack gap="xs">
            <Text size="sm">{refusalMessage(failure)}</Text>
            <Checkbox
              label="Import it again anyway"
              checked={allowDuplicate}
              onChange={(e) => setAllowDuplicate(e.currentTarget.checked)}
              data-testid="import-allow-duplicate"
            />
          </Stack>
        </Alert>
      ) : null}
      {/* After a check the buttons stay: the file may be imported (or checked again with other options). */}
      {file && preview && !preview.fileError && (!summary || checking) ? (
        <Group>
          <Button
            onClick={() => void start(false)}
            loading={running && !checking}
            disabled={running || (needsSurvey && !survey.trim()) || (duplicate && !allowDuplicate)}
            data-testid="import-start"
          >
            {duplicate ? `Import ${file.name} again` : `Import ${file.name}`}
          </Button>
          <Button
            variant="default"
            onClick={() => void start(true)}
            loading={running && checking}
            disabled={running || (needsSurvey && !survey.trim())}
            data-testid="import-check"
          >
            Check the file
          </Button>
          <Text size="sm" c="dimmed">
            A check reads every line and reports, without storing anything.
          </Text>
        </Group>
      ) : null}
      {running ? (
        <Paper withBorder p="md" role="status" aria-live="polite" data-testid="import-progress">
          <Text size="sm" mb="xs">
            {progress
              ? `${progress.stage === 'checking' ? 'Checking' : 'Importing'}: ${progress.lines.toLocaleString()} lines`
              : sent && sent.sent < sent.total
                ? 'Uploading'
                : 'Starting'}
          </Text>
          <Progress
            value={
              progress
                ? (100 * progress.bytesDone) / Math.max(1, progress.bytesTotal)
                : sent
                  ? (100 * sent.sent) / Math.max(1, sent.total)
                  : 0
            }
            aria-label={checking ? 'Check progress' : 'Import progress'}
            animated
          />
        </Paper>
      ) : null}
      {failure && !duplicate ? (
        <Alert color="red" role="alert" title={`The ${what} failed; nothing was imported`}>
          {errorMessage(failure)}
        </Alert>
      ) : null}
      {state?.status === 'failed' ? (
        <Alert color="red" role="alert" title={`The ${what} failed; nothing was imported`}>
          {state.error}
        </Alert>
      ) : null}
      {summary ? <ImportReport summary={summary} dryRun={checking} slug={slug} /> : null}
    </Stack>
  );
}

/**
 * The report of an import or of a check (dry run): what was (or would be) imported, every bad line reported
 * with its number and reason, and, for a check, a file imported before.
 */
function ImportReport({
  summary,
  dryRun,
  slug,
}: {
  summary: ResponseImportSummaryBody;
  dryRun: boolean;
  slug: string;
}) {
  // Every line read is passed over, bad or good: the good ones are those a real import would write.
  const good = summary.lines - summary.skipped - summary.badLines;
  const wouldImport = summary.status === 'checked' ? good : 0;
  const title = dryRun
    ? summary.status === 'checked'
      ? `Checked: ${wouldImport.toLocaleString()} response(s) would be imported; nothing was stored`
      : 'Checked: this file would not be imported as it is; nothing was stored'
    : summary.status === 'applied'
      ? 'Imported'
      : 'Nothing was imported';
  return (
    <Alert
      color={summary.status === 'applied' ? 'green' : summary.status === 'checked' ? 'blue' : 'red'}
      icon={summary.status === 'rejected' ? undefined : <IconCheck aria-hidden />}
      title={title}
      role="status"
      data-testid="import-summary"
    >
      {dryRun ? (
        <Text size="sm" mb="xs" data-testid="import-check-nothing-stored">
          This was a check of every line (a dry run): nothing was stored, no response, survey or customer.
          {summary.status === 'checked'
            ? ` Importing the file would add ${wouldImport.toLocaleString()} response(s).`
            : summary.badLines > 0
              ? ` ${good.toLocaleString()} line(s) are good, but a bad line stops the import unless bad lines are skipped.`
              : ''}
        </Text>
      ) : null}
      <Text size="sm">{summary.message}</Text>
      {summary.issues.length > 0 ? (
        <List size="sm" spacing={2} mt="xs">
          {summary.issues.map((i) => (
            <List.Item key={i.line}>
              Line {i.line}: {i.message}
            </List.Item>
          ))}
          {summary.badLines > summary.issues.length ? (
            <List.Item>… and {(summary.badLines - summary.issues.length).toLocaleString()} more</List.Item>
          ) : null}
        </List>
      ) : null}
      {dryRun && summary.duplicateOf ? (
        <Text size="sm" mt="xs" fw={600} data-testid="import-check-duplicate">
          Imported before: {duplicateMessage(summary.duplicateOf)} An import of it will be refused; you can
          then choose to import it again anyway.
        </Text>
      ) : null}
      {summary.status === 'applied' ? (
        <Anchor component={Link} to={`/o/${slug}/inbox`} size="sm">
          See them in the inbox
        </Anchor>
      ) : null}
    </Alert>
  );
}
/** The refusal of a file imported before, in the page's words (the API's message names its own override). */
function refusalMessage(error: ApiError): string {
  const earlier = (error.details as { duplicateOf?: ImportDuplicateBody } | undefined)?.duplicateOf;
  return earlier ? duplicateMessage(earlier) : errorMessage(error);
}

/** An earlier import of the same bytes, in the page's words. */
function duplicateMessage(earlier: ImportDuplicateBody): string {
  const when = `${earlier.createdAt.slice(0, 10)} at ${earlier.createdAt.slice(11, 16)} UTC`;
  return `The same file, “${earlier.fileName}”, was imported on ${when} with ${earlier.imported.toLocaleString()} response(s). Importing it again would put its responses in Centric twice.`;
}

function PreviewTable({ preview }: { preview: ResponseImportPreviewBody }) {
  if (preview.fileError)
    return (
      <Alert color="red" role="alert" title="This file cannot be imported" data-testid="import-file-error">
        {preview.fileError}
      </Alert>
    );
  if (preview.rows.length === 0) return <Text c="dimmed">The file has no lines under its header.</Text>;
  return (
    <Paper withBorder p="md" data-testid="import-preview">
      <Title order={2} size="h4" mb="xs">
        The first {preview.rows.length} lines, as they will be imported
      </Title>
      {preview.wouldCreate.length > 0 ? (
        <Text size="sm" mb="xs">
          Will create: {preview.wouldCreate.join(', ')}
        </Text>
      ) : null}
      <Table.ScrollContainer minWidth={720}>
        <Table>
          <Table.Thead>
            <Table.Tr>
              <Table.Th scope="col">Line</Table.Th>
              <Table.Th scope="col">Status</Table.Th>
              <Table.Th scope="col">Answered</Table.Th>
              <Table.Th scope="col">Score</Table.Th>
              <Table.Th scope="col">Comment</Table.Th>
              <Table.Th scope="col">Survey</Table.Th>
              <Table.Th scope="col">Channel / unit</Table.Th>
              <Table.Th scope="col">Customer</Table.Th>
            </Table.Tr>
          </Table.Thead>
          <Table.Tbody>
            {preview.rows.map((r) => (
              <Table.Tr key={r.line}>
                <Table.Td>{r.line}</Table.Td>
                <Table.Td>
                  {r.status === 'ok' ? (
                    <Badge color="teal.9">ok</Badge>
                  ) : (
                    <Stack gap={2}>
                      <Badge color={r.status === 'error' ? 'red.9' : 'gray.7'}>{r.status}</Badge>
                      <Text size="xs">{r.message}</Text>
                    </Stack>
                  )}
                </Table.Td>
                <Table.Td>{r.respondedAt?.replace('T', ' ').slice(0, 16) ?? '—'}</Table.Td>
                <Table.Td>{r.score ?? '—'}</Table.Td>
                <Table.Td>{r.comment ?? ''}</Table.Td>
                <Table.Td>{r.survey ?? ''}</Table.Td>
                <Table.Td>{[r.channel, r.unit].filter(Boolean).join(' / ')}</Table.Td>
                <Table.Td>{r.customer ?? ''}</Table.Td>
              </Table.Tr>
            ))}
          </Table.Tbody>
        </Table>
      </Table.ScrollContainer>
    </Paper>
  );
}
