import type { MetricName } from '@centric/contracts/metrics/metric.schemas';
import { fail } from '@centric/core/errors';
import { addDays, DEFAULT_MINIMUM_SAMPLE, type EnpsScope, localDayKey } from '@centric/core/metrics/index';
import { loadMetricCatalogue, type MetricCatalogue } from '@centric/db/metrics/metric-catalogue.repository';
import { findPerson } from '@centric/db/people/person.repository';
import { authorize, unitScope } from '../auth/authorize';
import type { OrgContext } from '../context';

/** The longest period a metric query may span (ten years of days). */
const MAX_DAYS = 3660;

/** The filters of a metric query, as given. */
export interface MetricFilterInput {
  from?: string | undefined;
  to?: string | undefined;
  unit?: string | undefined;
  segment?: string | undefined;
  channel?: string | undefined;
  survey?: string | undefined;
  employee?: string | undefined;
}

/** A metric query resolved against the organisation: period, previous period, surveys, units, settings. */
export interface ResolvedScope {
  from: string;
  to: string;
  previous: { from: string; to: string };
  days: number;
  catalogue: MetricCatalogue;
  surveyIds: string[];
  /** Units whose answers count (a subtree); undefined: all answers, attributed or not. */
  unitIds: string[] | undefined;
  /** The unit whose children a unit breakdown shows; null: the top-level units. */
  parentUnit: MetricCatalogue['units'][number] | null;
  channelId: string | undefined;
  segmentId: string | undefined;
  employeeId: string | undefined;
  minimumSample: number;
  enpsScope: EnpsScope;
}

function dayNumber(day: string): number {
  return Date.parse(`${day}T00:00:00Z`) / 86_400_000;
}

/** The organisation's minimum sample: `settings.metrics.minimumSample` when valid, else 30. */
export function minimumSampleOf(settings: Record<string, unknown>): number {
  const metrics = settings.metrics as { minimumSample?: unknown } | undefined;
  const value = metrics?.minimumSample;
  return typeof value === 'number' && Number.isSafeInteger(value) && value >= 2
    ? value
    : DEFAULT_MINIMUM_SAMPLE;
}

/**
 * Authorises a metric read and resolves its filters. A manager sees their unit's subtree only: a unit filter
 * may narrow that scope, never widen it. Unknown ids are refused with a message rather than answered as zero.
 */
export async function resolveScope(
  ctx: OrgContext,
  metric: MetricName,
  input: MetricFilterInput,
): Promise<ResolvedScope> {
  authorize(ctx, 'metric.read');
  const org = ctx.organisation;
  const to = input.to ?? localDayKey(ctx.deps.clock.now(), org.timeZone);
  const from = input.from ?? addDays(to, -364);
  if (from > to) throw fail.invalid(`from (${from}) must not be after to (${to})`);
  const days = dayNumber(to) - dayNumber(from) + 1;
  if (days > MAX_DAYS) throw fail.invalid(`a metric period may span at most ${MAX_DAYS} days, got ${days}`);

  const [catalogue, scope] = await Promise.all([
    loadMetricCatalogue(ctx.deps.db, org.id),
    unitScope(ctx, 'metric.read'),
  ]);
  const surveys =
    metric === 'responses' ? catalogue.surveys : catalogue.surveys.filter((s) => s.kind === metric);
  let surveyIds = surveys.map((s) => s.id);
  if (input.survey) {
    const survey = catalogue.surveys.find((s) => s.id === input.survey);
    if (!survey) throw fail.invalid(`survey ${input.survey} does not exist`);
    if (metric !== 'responses' && survey.kind !== metric)
      throw fail.invalid(
        `survey ${survey.name} is a ${survey.kind.toUpperCase()} survey, not ${metric.toUpperCase()}`,
      );
    surveyIds = [survey.id];
  }

  const scopePrefix = scope?.slice(0, -1);
  let parentUnit: ResolvedScope['parentUnit'] = null;
  if (input.unit) {
    const unit = catalogue.units.find((u) => u.id === input.unit);
    if (!unit) throw fail.invalid(`unit ${input.unit} does not exist`);
    if (scopePrefix && !unit.path.startsWith(scopePrefix))
      throw fail.forbidden('that unit is outside your part of the organisation');
    parentUnit = unit;
  } else if (scopePrefix) {
    parentUnit = catalogue.units.find((u) => u.path === scopePrefix) ?? null;
    if (!parentUnit) {
      // A manager without a unit sees nothing rather than everything.
      return {
        ...base(),
        unitIds: [],
      };
    }
  }
  const unitIds = parentUnit
    ? catalogue.units.filter((u) => u.path.startsWith(parentUnit.path)).map((u) => u.id)
    : undefined;

  if (input.channel && !catalogue.channels.some((c) => c.id === input.channel))
    throw fail.invalid(`channel ${input.channel} does not exist`);
  if (input.segment && !catalogue.segments.some((s) => s.id === input.segment))
    throw fail.invalid(`segment ${input.segment} does not exist`);
  if (input.employee && !(await findPerson(ctx.deps.db, org.id, input.employee)))
    throw fail.invalid(`employee ${input.employee} does not exist`);

  return { ...base(), unitIds };

  function base(): Omit<ResolvedScope, 'unitIds'> {
    return {
      from,
      to,
      previous: { from: addDays(from, -days), to: addDays(from, -1) },
      days,
      catalogue,
      surveyIds,
      parentUnit,
      channelId: input.channel,
      segmentId: input.segment,
      employeeId: input.employee,
      minimumSample: minimumSampleOf(org.settings),
      // eNPS is never shown per person; a group's headcount is stood in for by its respondents.
      enpsScope: input.employee ? { kind: 'person' } : { kind: 'group' },
    };
  }
}
