/** A bad line of an import file. */
export interface ImportIssue {
  readonly line: number;
  readonly message: string;
}

/** How many bad lines a report lists; the total is always counted. */
export const ISSUE_REPORT_LIMIT = 100;

/** Bad lines as they are found: the first `limit` kept in line order, all of them counted. */
export class IssueLog {
  readonly issues: ImportIssue[] = [];
  total = 0;

  constructor(readonly limit = ISSUE_REPORT_LIMIT) {}

  /** Records a bad line. */
  add(line: number, message: string): void {
    this.total += 1;
    if (this.issues.length < this.limit) this.issues.push({ line, message });
  }
}
