import { AppError } from '@centric/core/errors';

interface Issue {
  line: number;
  message: string;
}

const lines = (issues: Issue[], limit = 50) => [
  ...issues.slice(0, limit).map((i) => `line ${i.line}: ${i.message}`),
  ...(issues.length > limit ? [`… and ${issues.length - limit} more`] : []),
];

/** `centric import transactions FILE --org SLUG`: every bad line reported; nothing stored unless all are good. */
export async function importTransactionsCommand(
  file: string,
  options: { org: string; dryRun?: boolean },
  execute: (
    name: string,
    input: Record<string, unknown>,
  ) => Promise<Record<string, unknown> & { message: string }>,
): Promise<void> {
  let outcome: Record<string, unknown> & { message: string };
  try {
    outcome = await execute('import.transactions', {
      org: options.org,
      file,
      dryRun: options.dryRun === true,
    });
  } catch (error) {
    const details =
      error instanceof AppError ? (error.details as { errors?: Issue[] } | undefined) : undefined;
    if (details?.errors) {
      process.stderr.write(`${lines(details.errors).join('\n')}\n`);
      throw new AppError(
        error instanceof AppError ? error.code : 'validation_failed',
        `${file}: ${details.errors.length} bad line(s); nothing imported`,
      );
    }
    throw error;
  }
  const warnings = (outcome.warnings as Issue[] | undefined) ?? [];
  const errors = (outcome.errors as Issue[] | undefined) ?? [];
  if (warnings.length > 0)
    process.stderr.write(
      `${lines(warnings, 10)
        .map((l) => `warning: ${l}`)
        .join('\n')}\n`,
    );
  if (errors.length > 0) process.stderr.write(`${lines(errors).join('\n')}\n`);
  process.stdout.write(`${outcome.message}\n`);
  if (errors.length > 0)
    throw new AppError('validation_failed', `${file}: ${errors.length} bad line(s); nothing imported`);
}
