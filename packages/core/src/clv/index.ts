/** Customer-lifetime-value models: RFM summaries, BG/NBD, Pareto/NBD, Gamma-Gamma spend and discounted CLV. */
export {
  type BgNbdFit,
  type BgNbdModel,
  type BgNbdParams,
  bgnbdConditionalExpectedTransactions,
  bgnbdExpectedTransactions,
  bgnbdLogLikelihood,
  bgnbdProbabilityAlive,
  fitBgNbd,
} from './bgnbd.model';
export {
  type ClvCustomer,
  type ClvOptions,
  customerLifetimeValue,
  customerLifetimeValues,
  type DiscountRate,
  discountedExpectedTransactions,
  discountRatePerPeriod,
  type TransactionModel,
} from './clv';
export {
  fitGammaGamma,
  type GammaGammaFit,
  type GammaGammaParams,
  gammaGammaConditionalExpectedSpend,
  gammaGammaLogLikelihood,
  gammaGammaMeanSpend,
} from './gamma-gamma.model';
export {
  type CustomerHistories,
  type GroupedHistories,
  type GroupedSpendHistories,
  groupHistories,
  groupSpendHistories,
  type HistoryColumns,
  type SpendHistories,
  totalWeight,
} from './histories';
export { type HoldoutCheck, type HoldoutPoint, holdoutCheck, pearsonCorrelation } from './holdout';
export type { FitOptions, FitResult } from './maximum-likelihood';
export {
  type MinimiseResult,
  minimiseBfgs,
  minimiseNelderMead,
  numericalGradient,
} from './optimiser';
export {
  fitParetoNbd,
  type ParetoNbdFit,
  type ParetoNbdModel,
  type ParetoNbdParams,
  paretoNbdConditionalExpectedTransactions,
  paretoNbdLogLikelihood,
  paretoNbdProbabilityAlive,
} from './pareto-nbd.model';
export { type NettedTransactions, netRefunds, type PurchaseDay, type SignedTransaction } from './refunds';
export {
  createRandom,
  type Random,
  type SimulatedCustomers,
  type SimulationOptions,
  sampleBeta,
  sampleGamma,
  simulateBgNbdCustomers,
} from './simulate';
export { digamma, hyp2f1, logGamma } from './special-functions';
export {
  buildRfmSummary,
  fromDayNumber,
  type RfmCustomer,
  type RfmSummary,
  type RfmSummaryOptions,
  type Transaction,
  toDayNumber,
} from './summary';
export { convertDuration, daysPerTimeUnit, TIME_UNITS, type TimeUnit } from './time-unit';
export {
  type CustomerValue,
  fitPurchaseLog,
  type LogFit,
  type LogFitOptions,
  purchaseSpan,
  type ValueOptions,
  valueCustomers,
} from './transaction-log-fit';
export {
  parseTransactionDate,
  type RecordIssue,
  type RecordMode,
  type TransactionRecord,
  type ValidTransaction,
  validateTransactionRecords,
} from './transaction-records';
export {
  CLV_TIERS,
  DEFAULT_RISK_RULES,
  isFading,
  type RiskRules,
  type TierNps,
  type ValueBreakdown,
  type ValuedCustomer,
  type ValueGroup,
  valueBreakdown,
} from './value-breakdown';
