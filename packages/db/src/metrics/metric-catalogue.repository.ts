import { eq } from 'drizzle-orm';
import type { Executor } from '../database';
import { channels, segments, surveys, units } from '../schema';

/** The small tables a metric query resolves its filters and labels from. */
export interface MetricCatalogue {
  units: { id: string; parentId: string | null; name: string; kind: string; path: string }[];
  channels: { id: string; name: string }[];
  segments: { id: string; name: string }[];
  surveys: { id: string; kind: string; name: string }[];
}

/** Reads an organisation's units, channels, segments and surveys (a few dozen to a few thousand rows). */
export async function loadMetricCatalogue(db: Executor, organisationId: string): Promise<MetricCatalogue> {
  const [unitRows, channelRows, segmentRows, surveyRows] = await Promise.all([
    db
      .select({
        id: units.id,
        parentId: units.parentId,
        name: units.name,
        kind: units.kind,
        path: units.path,
      })
      .from(units)
      .where(eq(units.organisationId, organisationId)),
    db
      .select({ id: channels.id, name: channels.name })
      .from(channels)
      .where(eq(channels.organisationId, organisationId)),
    db
      .select({ id: segments.id, name: segments.name })
      .from(segments)
      .where(eq(segments.organisationId, organisationId)),
    db
      .select({ id: surveys.id, kind: surveys.kind, name: surveys.name })
      .from(surveys)
      .where(eq(surveys.organisationId, organisationId)),
  ]);
  return { units: unitRows, channels: channelRows, segments: segmentRows, surveys: surveyRows };
}
