// biome-ignore lint/style/noRestrictedImports: tests read the public reference data
import { readFileSync } from 'node:fs';

// The public reference data sits next to the repository (/work/shared/data on the CI machines).
const TEXT_DATA = new URL('../../../../../shared/data/text/', import.meta.url);

/** Reads a file of the public labelled text data (UCI sentences, SemEval restaurants). */
export function readTextData(name: string): string {
  return readFileSync(new URL(name, TEXT_DATA), 'utf8');
}
