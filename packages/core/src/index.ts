/** Centric's pure domain: metrics and statistics, CLV models, commitments, goals, text analytics. No I/O. */
export {};
