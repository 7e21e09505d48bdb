/** Where a running import is: which pass, and how many bytes of the file it has read. */
export interface ImportProgress {
  stage: 'checking' | 'importing';
  bytesDone: number;
  bytesTotal: number;
  /** Data lines read so far in this pass. */
  lines: number;
}

// Progress lives in the process that runs the import (the database is busy with the import's transaction, and
// on the embedded engine cannot be read beside it); the final outcome is stored on the import's row.
const running = new Map<string, ImportProgress>();
const about = new Map<
  string,
  { organisationId: string; format: string; fileName: string; startedAt: Date }
>();

/** Records what a running import is (so its state is answered without waiting for the database). */
export function reportStart(
  importId: string,
  meta: { organisationId: string; format: string; fileName: string; startedAt: Date },
): void {
  about.set(importId, meta);
}

/** What a running import is, if this process runs it. */
export function startOf(importId: string) {
  return about.get(importId);
}

/** Records the progress of an import. */
export function reportProgress(importId: string, progress: ImportProgress): void {
  running.set(importId, progress);
}

/** The progress of a running import, if this process runs it. */
export function progressOf(importId: string): ImportProgress | undefined {
  return running.get(importId);
}

/** Forgets a finished import's progress. */
export function clearProgress(importId: string): void {
  running.delete(importId);
  about.delete(importId);
}
