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
}
