import { readFileSync } from 'node:fs';
import { fail } from '@centric/core/errors';
import { analyseSentiment } from '@centric/core/text/sentiment.analyser';
import { proposeThemes } from '@centric/core/text/theme.proposer';

/** Reads one comment per line from a file, or standard input for "-"; blank lines stay as empty comments. */
export function readComments(file: string): string[] {
  let text: string;
  try {
    text = readFileSync(file === '-' ? 0 : file, 'utf8');
  } catch (error) {
    throw fail.invalid(
      `cannot read ${file}: ${(error as NodeJS.ErrnoException).code ?? (error as Error).message}`,
    );
  }
  const lines = text.split(/\r?\n/);
  // A final newline does not start one more comment.
  if (lines.at(-1) === '') lines.pop();
  return lines;
}

/** `centric text sentiment FILE`: one JSON object `{ label, score }` per input line, in order. */
export function sentimentCommand(file: string, options: { sentences?: boolean }): void {
  const out: string[] = [];
  for (const line of readComments(file)) {
    const s = analyseSentiment(line);
    const row: Record<string, unknown> = { label: s.label, score: s.score };
    if (options.sentences)
      row.sentences = s.sentences.map(({ text, label, score }) => ({ text, label, score }));
    out.push(JSON.stringify(row));
    // Flushing in chunks keeps memory flat on big files without a write per line.
    if (out.length >= 1000) process.stdout.write(`${out.splice(0).join('\n')}\n`);
  }
  if (out.length > 0) process.stdout.write(`${out.join('\n')}\n`);
}

/** `centric text themes FILE`: proposed themes of the comments, as a table or JSON. */
export function themesCommand(
  file: string,
  options: { json?: boolean; max: number; minCount?: number },
): void {
  const comments = readComments(file).filter((c) => c.trim() !== '');
  if (comments.length === 0) throw fail.invalid(`${file} has no comments`);
  const proposals = proposeThemes(comments, {
    maxThemes: options.max,
    ...(options.minCount !== undefined ? { minCount: options.minCount } : {}),
  });
  if (options.json) {
    for (const p of proposals)
      process.stdout.write(
        `${JSON.stringify({ name: p.name, terms: p.terms, count: p.count, score: p.score, examples: p.examples.map((i) => comments[i]) })}\n`,
      );
    return;
  }
  if (proposals.length === 0) {
    process.stdout.write(
      `no themes proposed from ${comments.length} comments (too few repeated noun phrases)\n`,
    );
    return;
  }
  process.stdout.write(`${proposals.length} themes proposed from ${comments.length} comments\n`);
  const width = Math.max(5, ...proposals.map((p) => p.name.length));
  process.stdout.write(`${'theme'.padEnd(width)}  comments  terms\n`);
  for (const p of proposals)
    process.stdout.write(`${p.name.padEnd(width)}  ${String(p.count).padStart(8)}  ${p.terms.join(', ')}\n`);
}
