// CLV model fits: BG/NBD + Gamma-Gamma on a simulated customer base with known parameters (recovered vs true,
// and the time), and on the CDNOW sample; baseline: one likelihood evaluation on the same data.
import { readFileSync } from 'node:fs';
import {
  bgnbdLogLikelihood,
  fitBgNbd,
  fitGammaGamma,
  fitPurchaseLog,
  groupHistories,
  groupSpendHistories,
  netRefunds,
  simulateBgNbdCustomers,
} from '@centric/core/clv/index';

const TRUE_BGNBD = { r: 0.243, alpha: 4.414, a: 0.793, b: 2.426 };
const TRUE_SPEND = { p: 6.25, q: 3.74, gamma: 15.44 };

const pct = (fitted: number, truth: number) => `${((fitted / truth - 1) * 100).toFixed(2)}%`;

/** Fits both models on simulated customers and on CDNOW, printing times and recovered parameters. */
export async function clvBench({ smoke }: { smoke: boolean }): Promise<void> {
  const n = smoke ? 20_000 : 1_000_000;
  console.log(`\n## CLV (BG/NBD + Gamma-Gamma, ${n.toLocaleString()} simulated customers, one process)`);
  for (const wholeDays of [false, true]) {
    const simulated = simulateBgNbdCustomers(TRUE_BGNBD, {
      customers: n,
      seed: 2026,
      timeUnit: 'week',
      minAge: 1,
      maxAge: 78,
      spend: TRUE_SPEND,
      wholeDays,
    });
    const cpu0 = process.cpuUsage();
    const t0 = performance.now();
    const grouped = groupHistories(simulated, 'week');
    const spend = groupSpendHistories(simulated.x, simulated.meanSpend);
    const t1 = performance.now();
    const bgnbd = fitBgNbd(grouped.histories);
    const t2 = performance.now();
    const gg = fitGammaGamma(spend.histories);
    const t3 = performance.now();
    const cpu = process.cpuUsage(cpu0);
    // Baseline: one likelihood evaluation on the same histories (the unit of work a fit repeats).
    const e0 = performance.now();
    bgnbdLogLikelihood(bgnbd.params, grouped.histories);
    const evaluation = performance.now() - e0;
    const label = wholeDays ? 'whole days (real logs)' : 'continuous times';
    console.log(
      `${label}: ${grouped.histories.x.length.toLocaleString()} distinct histories, ${spend.histories.x.length.toLocaleString()} spend rows`,
    );
    console.log(
      `  total ${((t3 - t0) / 1000).toFixed(2)} s wall, ${((cpu.user + cpu.system) / 1e6).toFixed(2)} s CPU (other processes share the cores: CPU is the figure to compare) (group ${((t1 - t0) / 1000).toFixed(2)} s, BG/NBD ${((t2 - t1) / 1000).toFixed(2)} s in ${bgnbd.evaluations} evaluations, Gamma-Gamma ${((t3 - t2) / 1000).toFixed(2)} s) | one likelihood evaluation (incl. preparation) ${evaluation.toFixed(1)} ms | fit/evaluation ${((t2 - t1) / evaluation).toFixed(0)}× | target ≤ 5 s`,
    );
    console.log(
      `  BG/NBD ${bgnbd.converged ? 'converged' : `NOT converged (${bgnbd.message})`}: ${Object.entries(
        TRUE_BGNBD,
      )
        .map(
          ([k, v]) =>
            `${k} ${bgnbd.params[k as keyof typeof TRUE_BGNBD].toFixed(4)} (true ${v}, ${pct(bgnbd.params[k as keyof typeof TRUE_BGNBD], v)})`,
        )
        .join(', ')}`,
    );
    console.log(
      `  Gamma-Gamma ${gg.converged ? 'converged' : `NOT converged (${gg.message})`}: ${Object.entries(
        TRUE_SPEND,
      )
        .map(
          ([k, v]) =>
            `${k} ${gg.params[k as keyof typeof TRUE_SPEND].toFixed(3)} (true ${v}, ${pct(gg.params[k as keyof typeof TRUE_SPEND], v)})`,
        )
        .join(', ')}`,
    );
  }

  const file = new URL('../../shared/data/clv/cdnowElog.csv', import.meta.url);
  let lines: string[];
  try {
    lines = readFileSync(file, 'utf8').trim().split('\n').slice(1);
  } catch {
    console.log(`CDNOW: reference data not found at ${file.pathname}; skipped`);
    return;
  }
  const transactions = lines.map((line) => {
    const [, id, d, , sales] = line.split(',');
    return {
      customerId: id!,
      date: `${d!.slice(0, 4)}-${d!.slice(4, 6)}-${d!.slice(6, 8)}`,
      amount: Number(sales),
    };
  });
  const c0 = performance.now();
  const { purchases } = netRefunds(transactions);
  const fit = fitPurchaseLog(purchases, { timeUnit: 'week', calibrationEnd: '1997-09-30' });
  const c1 = performance.now();
  console.log(
    `CDNOW sample (${transactions.length.toLocaleString()} transactions, ${fit.customers} customers): summary + both fits + holdout check ${(c1 - c0).toFixed(0)} ms; r ${fit.bgnbd.params.r.toFixed(7)} (published 0.2425945), log-likelihood ${fit.bgnbd.logLikelihood.toFixed(3)} (published −9582.429); holdout predicted ${fit.holdout?.predictedTotal.toFixed(1)} vs actual ${fit.holdout?.actualTotal}`,
  );
}
