import type { Commitment } from '@centric/contracts/commitments/commitment.schemas';
import type { LeaderPage as LeaderPageData } from '@centric/contracts/commitments/walker.schemas';
import {
  Anchor,
  Badge,
  Button,
  Group,
  List,
  Paper,
  SimpleGrid,
  Skeleton,
  Stack,
  Table,
  Text,
  Title,
} from '@mantine/core';
import { notifications } from '@mantine/notifications';
import { IconArrowLeft, IconChecklist } from '@tabler/icons-react';
import { useState } from 'react';
import { Link, useParams } from 'react-router';
import { useOrg } from '../app/org-context';
import { EmptyState } from '../common/empty-state';
import { errorMessage } from '../common/errors';
import { formatDate } from '../common/format';
import { PageHeader } from '../common/page-header';
import { QueryError } from '../common/query-error';
import { ActionItemsSection } from './action-items.section';
import { ChangeCommitmentModal } from './change-commitment.modal';
import { CommitModal } from './commit.modal';
import { useChangeCommitment, useConfirmEvidence, useLeaderPage } from './leader.queries';
import { LeaveSection } from './leave.section';
import { LinkedGoals } from './linked-goals';
import { LogEvidenceModal } from './log-evidence.modal';
import { RulesNote } from './rules-note';
import { UnitMetricsPanel } from './unit-metrics.panel';
import { WalkerChart } from './walker-chart';
import { INK, percent, Trend, WalkerStateBadge } from './walker-state';

/** A leader's page: the first version of the board-member test. */
export function LeaderPage() {
  const { personId = '' } = useParams();
  const { slug } = useOrg();
  const page = useLeaderPage(personId);
  const back = (
    <Anchor component={Link} to={`/o/${slug}/leaders`} size="sm">
      <Group gap={4} component="span">
        <IconArrowLeft size={14} aria-hidden /> The executive board
      </Group>
    </Anchor>
  );
  return (
    <Stack gap="lg">
      {back}
      {page.error ? (
        <QueryError error={page.error} onRetry={() => void page.refetch()} />
      ) : !page.data ? (
        <Skeleton h={300} />
      ) : (
        <Leader data={page.data} />
      )}
    </Stack>
  );
}

const day = (d: string, tz: string) => formatDate(`${d}T12:00:00Z`, tz);

function Leader({ data }: { data: LeaderPageData }) {
  const { organisation, personId, can } = useOrg();
  const [logging, setLogging] = useState(false);
  const [committing, setCommitting] = useState(false);
  const [changing, setChanging] = useState<{ commitment: Commitment; action: 'pause' | 'end' } | null>(null);
  const confirm = useConfirmEvidence();
  const change = useChangeCommitment();
  const tz = organisation.timeZone;
  const self = personId === data.leader.id;
  const mayLog = self || can('leaders.actForOthers');
  const commitments = data.promised.map((p) => p.commitment);
  return (
    <>
      <PageHeader
        title={data.leader.name}
        description={`${data.leader.title ?? data.leader.role} · Walker index ${data.quarter.label}`}
        actions={
          <>
            {self && can('commitment.write') ? (
              <Button variant="default" onClick={() => setCommitting(true)} data-testid="commit-open">
                Commit to a behaviour
              </Button>
            ) : null}
            {mayLog ? (
              <Button onClick={() => setLogging(true)} data-testid="log-evidence">
                Log evidence
              </Button>
            ) : null}
          </>
        }
      />
      <SimpleGrid cols={{ base: 1, md: 3 }}>
        <Paper withBorder p="md" data-testid="leader-score">
          <Text size="sm" c="dimmed">
            Walker index this quarter
          </Text>
          <Text fz={36} fw={700} data-testid="leader-index">
            {percent(data.score.index)}
          </Text>
          <Group gap="xs">
            <WalkerStateBadge state={data.score.state} />
            <Text size="sm" c="dimmed" data-testid="leader-kept">
              {data.score.evidenced} of {data.score.due} kept
            </Text>
          </Group>
          <Group gap="md" mt="xs">
            <Text size="sm">
              vs last quarter: <Trend value={data.trend} />
            </Text>
            <Text size="sm">
              Streak: {data.streak} month{data.streak === 1 ? '' : 's'}
            </Text>
          </Group>
        </Paper>
        <Paper withBorder p="md" data-testid="due-this-month">
          <Title order={2} size="h4" mb="xs">
            Due this month
          </Title>
          {data.dueThisMonth.length === 0 ? (
            <Text c="dimmed">Nothing falls due this month.</Text>
          ) : (
            <List spacing={4} size="sm">
              {data.dueThisMonth.map((d) => (
                <List.Item key={d.commitmentId}>
                  {d.behaviourName} —{' '}
                  {d.met ? (
                    <Badge color="green" c={INK.green} variant="light">
                      done
                    </Badge>
                  ) : (
                    `${d.done} of ${d.target}`
                  )}{' '}
                  <Text span c="dimmed" size="sm">
                    by {day(d.dueOn, tz)}
                  </Text>
                </List.Item>
              ))}
            </List>
          )}
        </Paper>
        <UnitMetricsPanel unitId={data.leader.unitId} from={data.quarter.first} to={data.quarter.last} />
      </SimpleGrid>

      <section aria-labelledby="promised-title">
        <Title order={2} size="h4" mb="sm" id="promised-title">
          Promised vs evidenced, {data.quarter.label}
        </Title>
        {data.promised.length === 0 ? (
          <EmptyState icon={<IconChecklist />} title="No commitments yet" testId="no-commitments">
            {self
              ? 'Commit to one of the behaviours: your colleagues will see it, and whether you keep it.'
              : `${data.leader.name} has not committed to any behaviour yet.`}
          </EmptyState>
        ) : (
          <Paper withBorder>
            <Table.ScrollContainer minWidth={600}>
              <Table data-testid="promised-table">
                <Table.Thead>
                  <Table.Tr>
                    <Table.Th scope="col">Behaviour</Table.Th>
                    <Table.Th scope="col">Target</Table.Th>
                    <Table.Th scope="col">Status</Table.Th>
                    <Table.Th scope="col">Kept / due</Table.Th>
                    {mayLog ? <Table.Th scope="col">Change</Table.Th> : null}
                  </Table.Tr>
                </Table.Thead>
                <Table.Tbody>
                  {data.promised.map((p) => (
                    <Table.Tr key={p.commitment.id}>
                      <Table.Td>{p.commitment.behaviour.name}</Table.Td>
                      <Table.Td>
                        {p.commitment.behaviour.cadence === 'per_decision'
                          ? 'every decision'
                          : `${p.commitment.target} per ${p.commitment.behaviour.cadence.replace('_', ' ').replace('monthly', 'month').replace('quarterly', 'quarter')}`}
                      </Table.Td>
                      <Table.Td>{p.commitment.status}</Table.Td>
                      <Table.Td>
                        {p.due === 0 ? 'nothing due yet' : `${p.evidenced} / ${p.due} (${percent(p.index)})`}
                      </Table.Td>
                      {mayLog ? (
                        <Table.Td>
                          {p.commitment.status === 'active' ? (
                            <Group gap={4}>
                              <Button
                                size="compact-xs"
                                variant="default"
                                onClick={() => setChanging({ commitment: p.commitment, action: 'pause' })}
                              >
                                Pause
                              </Button>
                              <Button
                                size="compact-xs"
                                variant="default"
                                color="red"
                                onClick={() => setChanging({ commitment: p.commitment, action: 'end' })}
                              >
                                End
                              </Button>
                            </Group>
                          ) : p.commitment.status === 'paused' ? (
                            <Button
                              size="compact-xs"
                              variant="default"
                              loading={change.isPending}
                              onClick={() =>
                                change.mutate(
                                  { id: p.commitment.id, action: 'resume' },
                                  {
                                    onError: (error) =>
                                      notifications.show({ color: 'red', message: errorMessage(error) }),
                                  },
                                )
                              }
                            >
                              Resume
                            </Button>
                          ) : null}
                        </Table.Td>
                      ) : null}
                    </Table.Tr>
                  ))}
                </Table.Tbody>
              </Table>
            </Table.ScrollContainer>
          </Paper>
        )}
      </section>

      <Paper withBorder p="md">
        <Title order={2} size="h4" mb="sm">
          Walker index by month
        </Title>
        <WalkerChart
          points={data.series}
          walkingAt={data.thresholds.walkingAt}
          slippingAt={data.thresholds.slippingAt}
          label={`${data.leader.name}'s Walker index by month`}
        />
      </Paper>

      <SimpleGrid cols={{ base: 1, lg: 2 }}>
        <section aria-labelledby="evidence-title">
          <Title order={2} size="h4" mb="sm" id="evidence-title">
            The evidence
          </Title>
          {data.evidence.length === 0 ? (
            <Text c="dimmed" data-testid="no-evidence">
              No evidence logged yet.
            </Text>
          ) : (
            <Stack gap="xs" data-testid="evidence-list">
              {data.evidence.map((e) => (
                <Paper withBorder p="sm" key={e.id} data-testid="evidence-item">
                  <Group justify="space-between" wrap="nowrap" align="flex-start">
                    <div>
                      <Text fw={600}>{e.summary}</Text>
                      <Text size="sm" c="dimmed">
                        {e.behaviourName} · {day(e.occurredOn, tz)}
                        {typeof e.details.learned === 'string' ? ` · “${e.details.learned}”` : ''}
                        {typeof e.details.url === 'string' ? ` · ${e.details.url}` : ''}
                      </Text>
                      <Text size="sm">
                        {e.confirmedBy ? (
                          <Badge color="green" c={INK.green} variant="light">
                            confirmed by {e.confirmedBy.name}
                          </Badge>
                        ) : (
                          <Badge color="gray" c={INK.gray} variant="light">
                            unconfirmed · counts{' '}
                            {e.weight === 1 ? 'fully for now' : `${Math.round(e.weight * 100)} %`}
                          </Badge>
                        )}
                        {e.participants.length ? ` with ${e.participants.map((p) => p.name).join(', ')}` : ''}
                      </Text>
                      <LinkedGoals goals={e.goals} />
                    </div>
                    {e.canConfirm ? (
                      <Button
                        size="xs"
                        onClick={() =>
                          confirm.mutate(e.id, {
                            onError: (error) =>
                              notifications.show({ color: 'red', message: errorMessage(error) }),
                          })
                        }
                      >
                        Confirm
                      </Button>
                    ) : null}
                  </Group>
                </Paper>
              ))}
            </Stack>
          )}
        </section>
        <Stack gap="lg">
          <ActionItemsSection items={data.actionItems} />
          <LeaveSection
            leaderId={data.leader.id}
            leaderName={data.leader.name}
            leave={data.leave}
            mayRecord={mayLog && can('leave.write')}
          />
        </Stack>
      </SimpleGrid>
      <RulesNote rules={data.rules} />
      {logging ? (
        <LogEvidenceModal
          opened
          onClose={() => setLogging(false)}
          leaderId={data.leader.id}
          commitments={commitments}
        />
      ) : null}
      {changing ? (
        <ChangeCommitmentModal
          commitment={changing.commitment}
          action={changing.action}
          onClose={() => setChanging(null)}
        />
      ) : null}
      {committing ? (
        <CommitModal
          opened
          onClose={() => setCommitting(false)}
          taken={commitments.filter((c) => c.status !== 'ended').map((c) => c.behaviour.id)}
        />
      ) : null}
    </>
  );
}
