import { DrizzleQueryError } from 'drizzle-orm/errors';

/**
 * An error fit for a log or a message: a failed query keeps its SQL and the database's reason but drops its
 * parameters, which can hold secrets, password hashes or customers' personal data.
 */
export function withoutQueryParameters(error: unknown): Error {
  if (error instanceof DrizzleQueryError) {
    const reason = error.cause instanceof Error ? error.cause.message : 'unknown database error';
    const safe = new Error(`${reason} (in: ${error.query.slice(0, 300)})`);
    safe.name = 'DatabaseError';
    if (error.cause instanceof Error && error.cause.stack) safe.stack = error.cause.stack;
    return safe;
  }
  return error instanceof Error ? error : new Error(String(error));
}

/** The database's own reason for a failed query, or the error's message (never the query's parameters). */
export function reasonOf(error: unknown): string {
  if (error instanceof DrizzleQueryError && error.cause instanceof Error) return error.cause.message;
  return error instanceof Error ? error.message : String(error);
}
