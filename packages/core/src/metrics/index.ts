/** Survey-metric statistics: NPS, CSAT, CES, eNPS from score histograms, margins of error, significance,
 * minimum samples, noise-free leaderboards and time-zone period cutting. Pure functions, no I/O. */
export * from './ces.metric';
export * from './csat.metric';
export * from './distributions';
export * from './enps.metric';
export * from './histogram';
export * from './leaderboard';
export * from './margin-of-error';
export * from './metric-result';
export * from './metric-summary';
export * from './minimum-sample';
export * from './nps.metric';
export * from './periods';
export * from './rollup-delta';
export * from './rollup-grain';
export * from './significance';
