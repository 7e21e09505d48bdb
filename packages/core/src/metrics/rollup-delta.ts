// What one batch of response writes changes in the rollups: each created answer adds one to its key's score,
// each deleted answer takes one away, and an edit or re-attribution is a deletion of the old row plus a
// creation of the new one. Every change counts at each grain of the cube (rollup-grain.ts). Deltas for the same
// key are summed first, so an import of 5,000 answers becomes one upsert per distinct key, and a key whose
// changes cancel out is not written at all.

import { localDayKey } from './periods';
import { GRAIN_BIT, ROLLUP_GRAINS } from './rollup-grain';

/** The highest score of any scale (all scales lie within 0–10, so a histogram fits eleven counts). */
export const ROLLUP_MAX_SCORE = 10;

/** What the rollups need of a response. */
export interface RollupFacts {
  readonly organisationId: string;
  readonly surveyId: string;
  readonly score: number | null;
  readonly unitId: string | null;
  readonly channelId: string | null;
  readonly segmentId: string | null;
  readonly employeeId: string | null;
  readonly respondedAt: Date;
}

/** The change of one rollup key: per-score count changes and the change of answers without a score. */
export interface RollupDelta {
  readonly organisationId: string;
  /** Which dimensions the key keeps (the others are null); see rollup-grain.ts. */
  readonly grain: number;
  /** Local day 'YYYY-MM-DD' (daily rollups) or first day of the local month (monthly rollups). */
  readonly period: string;
  readonly surveyId: string;
  readonly unitId: string | null;
  readonly channelId: string | null;
  readonly segmentId: string | null;
  readonly employeeId: string | null;
  /** Eleven count changes, index = score. */
  readonly scores: number[];
  readonly unscored: number;
}

/** One side of a change: the response before or after it, with the sign it counts with. */
export interface SignedFacts {
  readonly facts: RollupFacts;
  readonly sign: 1 | -1;
}

function keyOf(d: Omit<RollupDelta, 'scores' | 'unscored'>): string {
  return [
    d.organisationId,
    d.grain,
    d.period,
    d.surveyId,
    d.unitId,
    d.channelId,
    d.segmentId,
    d.employeeId,
  ].join('|');
}

/**
 * The daily and monthly deltas of a batch at every grain, cut in each organisation's time zone, with cancelled-out keys
 * dropped and sorted by key (concurrent writers then lock rows in the same order and cannot deadlock).
 */
export function rollupDeltas(
  changes: Iterable<SignedFacts>,
  timeZoneOf: (organisationId: string) => string,
): { daily: RollupDelta[]; monthly: RollupDelta[] } {
  const daily = new Map<string, RollupDelta>();
  const monthly = new Map<string, RollupDelta>();
  const add = (
    into: Map<string, RollupDelta>,
    base: Omit<RollupDelta, 'scores' | 'unscored'>,
    s: SignedFacts,
  ) => {
    const key = keyOf(base);
    let delta = into.get(key);
    if (!delta) {
      delta = { ...base, scores: new Array(ROLLUP_MAX_SCORE + 1).fill(0), unscored: 0 };
      into.set(key, delta);
    }
    const score = s.facts.score;
    if (score === null) (delta as { unscored: number }).unscored += s.sign;
    else {
      if (!Number.isInteger(score) || score < 0 || score > ROLLUP_MAX_SCORE)
        throw new RangeError(`a rolled-up score must be an integer 0–${ROLLUP_MAX_SCORE}, got ${score}`);
      delta.scores[score]! += s.sign;
    }
  };
  for (const change of changes) {
    const f = change.facts;
    const day = localDayKey(f.respondedAt, timeZoneOf(f.organisationId));
    const month = `${day.slice(0, 7)}-01`;
    for (const grain of ROLLUP_GRAINS) {
      const dims = {
        organisationId: f.organisationId,
        grain,
        surveyId: f.surveyId,
        unitId: grain & GRAIN_BIT.unit ? f.unitId : null,
        channelId: grain & GRAIN_BIT.channel ? f.channelId : null,
        segmentId: grain & GRAIN_BIT.segment ? f.segmentId : null,
        employeeId: grain & GRAIN_BIT.employee ? f.employeeId : null,
      };
      add(daily, { ...dims, period: day }, change);
      add(monthly, { ...dims, period: month }, change);
    }
  }
  const kept = (map: Map<string, RollupDelta>) =>
    [...map.entries()]
      .filter(([, d]) => d.unscored !== 0 || d.scores.some((c) => c !== 0))
      .sort(([a], [b]) => (a < b ? -1 : a > b ? 1 : 0))
      .map(([, d]) => d);
  return { daily: kept(daily), monthly: kept(monthly) };
}
