import { AppError } from '@centric/core/errors';
import { RESPONSE_IMPORT_FORMATS } from '@centric/core/imports/response-import-formats';
import type { Command } from 'commander';
import { InvalidArgumentError } from 'commander';

type Execute = (
  name: string,
  input: Record<string, unknown>,
) => Promise<Record<string, unknown> & { message: string }>;

interface Options {
  org: string;
  format: string;
  createMissing?: boolean;
  skipInvalid?: boolean;
  rejected?: string;
  dryRun?: boolean;
  allowDuplicate?: boolean;
  survey?: string;
  surveyKind?: string;
  ratingScale?: string;
  scoreColumn?: string;
  commentColumn?: string;
}

function format(value: string): string {
  if (!(RESPONSE_IMPORT_FORMATS as readonly string[]).includes(value))
    throw new InvalidArgumentError(`must be one of ${RESPONSE_IMPORT_FORMATS.join(', ')}`);
  return value;
}

/** `centric import responses FILE`: the streaming, all-or-nothing response import with a bar and a summary. */
export function importResponsesCommand(
  parent: Command,
  execute: Execute,
  absolute: (f: string) => string,
): void {
  parent
    .command('responses')
    .description(
      'import responses from a file, all or nothing (every bad line reported): Centric’s CSV (responded_at,score,comment,survey,channel,segment,unit,customer_id,customer_email,employee_email), a Qualtrics or Delighted export, or online reviews (CSV or JSON: source,url,rating,text,author,posted_at)',
    )
    .argument('<file>', 'the file (streamed: any size)')
    .requiredOption('--org <slug>', 'the organisation')
    .option('--format <name>', `one of ${RESPONSE_IMPORT_FORMATS.join(', ')}`, format, 'centric')
    .option(
      '--create-missing',
      'create surveys, channels, segments, units and customers the file names that do not exist',
    )
    .option(
      '--skip-invalid',
      'import the good lines and skip the bad ones (reported, and written to --rejected)',
    )
    .option(
      '--rejected <file>',
      'with --skip-invalid: write the rejected lines here (header first), to fix and re-import',
    )
    .option('--dry-run', 'check every line and report; import nothing')
    .option(
      '--allow-duplicate',
      'import the file although an earlier import had the same bytes (otherwise refused: its responses would be there twice)',
    )
    .option(
      '--survey <name>',
      'the survey every line goes to (Qualtrics, Delighted; online: default "Online reviews")',
    )
    .option(
      '--survey-kind <kind>',
      'kind of a survey created by --create-missing: nps, csat, ces, enps, custom',
    )
    .option('--rating-scale <n>', 'online reviews: the rating scale, 5 (stars), 10 or 100', '5')
    .option(
      '--score-column <name>',
      'Qualtrics: the question column of the score (default: the NPS question)',
    )
    .option(
      '--comment-column <name>',
      'Qualtrics: the question column of the comment (default: the one after the score)',
    )
    .action(async (file: string, o: Options) => {
      const outcome = await execute('import.responses', {
        org: o.org,
        file: absolute(file),
        format: o.format,
        createMissing: o.createMissing === true,
        skipInvalid: o.skipInvalid === true,
        dryRun: o.dryRun === true,
        allowDuplicate: o.allowDuplicate === true,
        ...(o.rejected ? { rejected: absolute(o.rejected) } : {}),
        ...(o.survey ? { survey: o.survey } : {}),
        ...(o.surveyKind ? { surveyKind: o.surveyKind } : {}),
        ...(o.format === 'online' ? { ratingScale: o.ratingScale } : {}),
        ...(o.scoreColumn ? { scoreColumn: o.scoreColumn } : {}),
        ...(o.commentColumn ? { commentColumn: o.commentColumn } : {}),
      });
      printSummary(outcome as unknown as Summary);
      if (outcome.status === 'rejected')
        throw new AppError(
          'validation_failed',
          `${file}: nothing imported (fix the lines above, or use --skip-invalid)`,
        );
    });
}

interface Summary {
  status: string;
  message: string;
  badLines: number;
  issues: { line: number; message: string }[];
  ranBy?: string;
}

function printSummary(s: Summary): void {
  for (const i of s.issues) process.stderr.write(`line ${i.line}: ${i.message}\n`);
  if (s.badLines > s.issues.length)
    process.stderr.write(`… and ${s.badLines - s.issues.length} more bad line(s) (${s.badLines} in all)\n`);
  process.stdout.write(`${s.message}${s.ranBy === 'server' ? ' (done by the running server)' : ''}\n`);
}
