import { periodContaining, previousPeriod } from '@centric/core/commitments/calendar';
import {
  type CommitmentFacts,
  type EvidenceFacts,
  leaderScore,
  leaderSeries,
  type WalkerFacts,
} from '@centric/core/commitments/walker-index';
import { DEFAULT_WALKER_RULES } from '@centric/core/commitments/walker-rules';

/** A synthetic organisation: `leaders` leaders, six monthly commitments each, a year of evidence (~70 % kept). */
function synthetic(leaders: number, asOf: string): WalkerFacts {
  const commitments: CommitmentFacts[] = [];
  const evidence: EvidenceFacts[] = [];
  let seed = 7;
  const random = () => {
    seed = (seed * 1_103_515_245 + 12_345) % 2_147_483_648;
    return seed / 2_147_483_648;
  };
  for (let l = 0; l < leaders; l++) {
    for (let c = 0; c < 6; c++) {
      const id = `c${l}-${c}`;
      commitments.push({
        id,
        personId: `p${l}`,
        cadence: 'monthly',
        evidenceKind: 'customer_conversation',
        target: 1,
        startsOn: '2025-12-01',
        endsOn: null,
        pauses: [],
      });
      let month = periodContaining(asOf, 'month');
      for (let m = 0; m < 12; m++, month = previousPeriod(month, 'month')) {
        if (random() < 0.7)
          evidence.push({
            commitmentId: id,
            occurredOn: month.first,
            loggedOn: month.first,
            confirmed: random() < 0.8,
          });
      }
    }
  }
  return { commitments, evidence, decisions: [], leave: [] };
}

/**
 * Leadership commitments: scoring every leader of an organisation (the executive board, the walker-index
 * endpoint) for a quarter and for a 12-month series, against a baseline of one plain pass over the same evidence.
 */
export async function leadersBench({ smoke }: { smoke: boolean }): Promise<void> {
  const asOf = '2026-11-20';
  const rules = DEFAULT_WALKER_RULES;
  console.log('\n## Leadership commitments (pure Walker index in core)');
  for (const leaders of smoke ? [20] : [20, 200, 2000]) {
    const facts = synthetic(leaders, asOf);
    const quarter = periodContaining(asOf, 'quarter');
    const t0 = performance.now();
    let kept = 0;
    for (const e of facts.evidence) if (e.confirmed) kept++;
    const baseline = performance.now() - t0;
    const t1 = performance.now();
    for (let l = 0; l < leaders; l++) leaderScore(`p${l}`, facts, quarter, asOf, rules);
    const board = performance.now() - t1;
    const t2 = performance.now();
    for (let l = 0; l < leaders; l++) leaderSeries(`p${l}`, facts, 'month', 12, asOf, rules);
    const series = performance.now() - t2;
    console.log(
      `${String(leaders).padStart(5)} leaders, ${facts.evidence.length} evidence (${kept} confirmed): quarter for all ${board.toFixed(1)} ms, 12-month series for all ${series.toFixed(1)} ms | one pass over the evidence ${baseline.toFixed(2)} ms | board/pass ${(board / Math.max(baseline, 0.01)).toFixed(0)}×`,
    );
  }
}
