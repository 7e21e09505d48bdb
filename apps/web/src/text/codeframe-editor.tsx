import type { CodeframeChange, CodeframeView, Theme } from '@centric/contracts/text/codeframe.schemas';
import {
  Alert,
  Badge,
  Button,
  Checkbox,
  Group,
  Menu,
  Modal,
  NativeSelect,
  Paper,
  Stack,
  Table,
  Text,
  Textarea,
  TextInput,
  VisuallyHidden,
} from '@mantine/core';
import { IconDots, IconPlus } from '@tabler/icons-react';
import { useState } from 'react';
import { errorMessage } from '../common/errors';
import { useChangeCodeframe } from './text.queries';

/** Splits a terms field (commas or new lines) into trimmed, non-empty terms. */
export function parseTerms(text: string): string[] {
  return text
    .split(/[,\n]/)
    .map((t) => t.trim())
    .filter((t) => t !== '');
}

/** Applies changes one after another, each at the version the previous one produced. */
function useApplyChanges(codeframe: CodeframeView) {
  const change = useChangeCodeframe();
  const apply = async (changes: CodeframeChange[]) => {
    let version = codeframe.version;
    for (const c of changes) version = (await change.mutateAsync({ version, change: c })).version;
  };
  return { apply, error: change.error, pending: change.isPending, reset: change.reset };
}

type Dialog =
  | { kind: 'edit'; theme: Theme }
  | { kind: 'merge'; theme: Theme }
  | { kind: 'split'; theme: Theme }
  | null;

/** The codeframe: themes with their terms and parents, and every curation action. */
export function CodeframeEditor({ codeframe, canEdit }: { codeframe: CodeframeView; canEdit: boolean }) {
  const { apply, error, pending, reset } = useApplyChanges(codeframe);
  const [dialog, setDialog] = useState<Dialog>(null);
  const names = new Map(codeframe.themes.map((t) => [t.id, t.name]));
  const close = () => {
    reset();
    setDialog(null);
  };
  /** Applies the changes; answers whether they all went through (a failure is shown from the mutation's state). */
  const run = async (changes: CodeframeChange[]): Promise<boolean> => {
    try {
      await apply(changes);
      setDialog(null);
      return true;
    } catch {
      return false;
    }
  };
  return (
    <Stack gap="md">
      {error && dialog === null ? (
        <Alert role="alert" color="red" data-testid="codeframe-error">
          {errorMessage(error)}
        </Alert>
      ) : null}
      {canEdit ? <AddThemeForm onAdd={(c) => run([c])} pending={pending} /> : null}
      <Paper withBorder>
        <Table.ScrollContainer minWidth={720}>
          <Table verticalSpacing="sm" data-testid="codeframe-table">
            <Table.Thead>
              <Table.Tr>
                <Table.Th scope="col">Theme</Table.Th>
                <Table.Th scope="col">Terms</Table.Th>
                <Table.Th scope="col">Under</Table.Th>
                {canEdit ? (
                  <Table.Th scope="col">
                    <VisuallyHidden>Actions</VisuallyHidden>
                  </Table.Th>
                ) : null}
              </Table.Tr>
            </Table.Thead>
            <Table.Tbody>
              {codeframe.themes.map((theme) => (
                <Table.Tr key={theme.id} data-testid="codeframe-theme" opacity={theme.ignored ? 0.55 : 1}>
                  <Table.Td>
                    <Group gap="xs">
                      <Text fw={600}>{theme.name}</Text>
                      {theme.ignored ? <Badge color="gray">ignored</Badge> : null}
                    </Group>
                  </Table.Td>
                  <Table.Td>
                    <Text size="sm">{theme.terms.join(', ') || '—'}</Text>
                  </Table.Td>
                  <Table.Td>{theme.parentId ? (names.get(theme.parentId) ?? '—') : '—'}</Table.Td>
                  {canEdit ? (
                    <Table.Td>
                      <Menu position="bottom-end" withinPortal>
                        <Menu.Target>
                          <Button
                            variant="subtle"
                            size="xs"
                            aria-label={`Actions for ${theme.name}`}
                            data-testid="theme-actions"
                          >
                            <IconDots size={16} aria-hidden />
                          </Button>
                        </Menu.Target>
                        <Menu.Dropdown>
                          <Menu.Item onClick={() => setDialog({ kind: 'edit', theme })}>
                            Rename, terms, parent…
                          </Menu.Item>
                          <Menu.Item onClick={() => setDialog({ kind: 'merge', theme })}>
                            Merge into…
                          </Menu.Item>
                          <Menu.Item onClick={() => setDialog({ kind: 'split', theme })}>Split…</Menu.Item>
                          <Menu.Item
                            onClick={() =>
                              void run([{ kind: 'ignore', themeId: theme.id, ignored: !theme.ignored }])
                            }
                          >
                            {theme.ignored ? 'Stop ignoring' : 'Ignore'}
                          </Menu.Item>
                          <Menu.Item
                            color="red"
                            onClick={() => void run([{ kind: 'remove', themeId: theme.id }])}
                          >
                            Remove
                          </Menu.Item>
                        </Menu.Dropdown>
                      </Menu>
                    </Table.Td>
                  ) : null}
                </Table.Tr>
              ))}
            </Table.Tbody>
          </Table>
        </Table.ScrollContainer>
      </Paper>
      <Modal opened={dialog !== null} onClose={close} title={dialogTitle(dialog)} size="lg">
        {error ? (
          <Alert role="alert" color="red" mb="md" data-testid="codeframe-dialog-error">
            {errorMessage(error)}
          </Alert>
        ) : null}
        {dialog?.kind === 'edit' ? (
          <EditTheme theme={dialog.theme} themes={codeframe.themes} pending={pending} onSave={run} />
        ) : null}
        {dialog?.kind === 'merge' ? (
          <MergeTheme theme={dialog.theme} themes={codeframe.themes} pending={pending} onSave={run} />
        ) : null}
        {dialog?.kind === 'split' ? <SplitTheme theme={dialog.theme} pending={pending} onSave={run} /> : null}
      </Modal>
    </Stack>
  );
}

function dialogTitle(dialog: Dialog): string {
  if (!dialog) return '';
  if (dialog.kind === 'edit') return `Edit ${dialog.theme.name}`;
  if (dialog.kind === 'merge') return `Merge ${dialog.theme.name} into another theme`;
  return `Split ${dialog.theme.name}`;
}

function AddThemeForm({
  onAdd,
  pending,
}: {
  onAdd: (c: CodeframeChange) => Promise<boolean>;
  pending: boolean;
}) {
  const [name, setName] = useState('');
  const [terms, setTerms] = useState('');
  return (
    <form
      aria-label="Add a theme"
      onSubmit={(e) => {
        e.preventDefault();
        if (!name.trim()) return;
        void onAdd({ kind: 'add', name: name.trim(), terms: parseTerms(terms), parentId: null }).then(
          (ok) => {
            if (!ok) return;
            setName('');
            setTerms('');
          },
        );
      }}
    >
      <Group align="flex-end" gap="sm" wrap="wrap">
        <TextInput
          label="New theme"
          placeholder="e.g. Parking"
          value={name}
          onChange={(e) => setName(e.currentTarget.value)}
          required
          data-testid="new-theme-name"
        />
        <TextInput
          label="Terms (comma separated)"
          placeholder="parking, car park"
          value={terms}
          onChange={(e) => setTerms(e.currentTarget.value)}
          style={{ flex: '1 1 260px' }}
          data-testid="new-theme-terms"
        />
        <Button type="submit" leftSection={<IconPlus size={16} aria-hidden />} loading={pending}>
          Add theme
        </Button>
      </Group>
    </form>
  );
}

function EditTheme({
  theme,
  themes,
  pending,
  onSave,
}: {
  theme: Theme;
  themes: Theme[];
  pending: boolean;
  onSave: (changes: CodeframeChange[]) => Promise<boolean>;
}) {
  const [name, setName] = useState(theme.name);
  const [terms, setTerms] = useState(theme.terms.join('\n'));
  const [parentId, setParentId] = useState(theme.parentId ?? '');
  return (
    <form
      aria-label={`Edit ${theme.name}`}
      onSubmit={(e) => {
        e.preventDefault();
        const changes: CodeframeChange[] = [];
        if (name.trim() !== theme.name)
          changes.push({ kind: 'rename', themeId: theme.id, name: name.trim() });
        const next = parseTerms(terms);
        if (next.join('\n') !== theme.terms.join('\n'))
          changes.push({ kind: 'set-terms', themeId: theme.id, terms: next });
        if ((parentId || null) !== theme.parentId)
          changes.push({ kind: 'move', themeId: theme.id, parentId: parentId || null });
        void onSave(changes);
      }}
    >
      <Stack gap="md">
        <TextInput
          label="Name"
          required
          value={name}
          onChange={(e) => setName(e.currentTarget.value)}
          data-autofocus
        />
        <Textarea
          label="Terms, one per line"
          description='A trailing * matches any ending ("refund*"); longer terms win over shorter ones.'
          autosize
          minRows={4}
          value={terms}
          onChange={(e) => setTerms(e.currentTarget.value)}
        />
        <NativeSelect
          label="Under"
          value={parentId}
          onChange={(e) => setParentId(e.currentTarget.value)}
          data={[
            { value: '', label: 'Top level' },
            ...themes.filter((t) => t.id !== theme.id).map((t) => ({ value: t.id, label: t.name })),
          ]}
        />
        <Group justify="flex-end">
          <Button type="submit" loading={pending}>
            Save
          </Button>
        </Group>
      </Stack>
    </form>
  );
}

function MergeTheme({
  theme,
  themes,
  pending,
  onSave,
}: {
  theme: Theme;
  themes: Theme[];
  pending: boolean;
  onSave: (changes: CodeframeChange[]) => Promise<boolean>;
}) {
  const others = themes.filter((t) => t.id !== theme.id);
  const [target, setTarget] = useState(others[0]?.id ?? '');
  return (
    <form
      aria-label={`Merge ${theme.name}`}
      onSubmit={(e) => {
        e.preventDefault();
        if (target) void onSave([{ kind: 'merge', sourceIds: [theme.id], targetId: target }]);
      }}
    >
      <Stack gap="md">
        <Text size="sm">
          The target theme takes all of {theme.name}'s terms and sub-themes; {theme.name} disappears.
        </Text>
        <NativeSelect
          label="Merge into"
          value={target}
          onChange={(e) => setTarget(e.currentTarget.value)}
          data={others.map((t) => ({ value: t.id, label: t.name }))}
        />
        <Group justify="flex-end">
          <Button type="submit" loading={pending} disabled={!target}>
            Merge
          </Button>
        </Group>
      </Stack>
    </form>
  );
}

function SplitTheme({
  theme,
  pending,
  onSave,
}: {
  theme: Theme;
  pending: boolean;
  onSave: (changes: CodeframeChange[]) => Promise<boolean>;
}) {
  const [name, setName] = useState('');
  const [picked, setPicked] = useState<string[]>([]);
  return (
    <form
      aria-label={`Split ${theme.name}`}
      onSubmit={(e) => {
        e.preventDefault();
        if (name.trim() && picked.length > 0)
          void onSave([{ kind: 'split', themeId: theme.id, parts: [{ name: name.trim(), terms: picked }] }]);
      }}
    >
      <Stack gap="md">
        <TextInput
          label="Name of the new theme"
          required
          value={name}
          onChange={(e) => setName(e.currentTarget.value)}
          data-autofocus
        />
        <Checkbox.Group label="Terms it takes from this theme" value={picked} onChange={setPicked}>
          <Stack gap={6} mt="xs">
            {theme.terms.map((t) => (
              <Checkbox key={t} value={t} label={t} />
            ))}
          </Stack>
        </Checkbox.Group>
        <Group justify="flex-end">
          <Button type="submit" loading={pending} disabled={!name.trim() || picked.length === 0}>
            Split
          </Button>
        </Group>
      </Stack>
    </form>
  );
}
