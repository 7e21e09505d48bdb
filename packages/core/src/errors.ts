/** Every error code Centric answers with. The HTTP status of each lives in exactly one table, in the server. */
export const ERROR_CODES = [
  'bad_request',
  'validation_failed',
  'unauthenticated',
  'forbidden',
  'not_found',
  'conflict',
  'payload_too_large',
  'unsupported_media_type',
  'rate_limited',
  'unavailable',
  'internal',
] as const;
/** A typed error code. */
export type ErrorCode = (typeof ERROR_CODES)[number];

/** An expected failure with a code and a message a person can act on. */
export class AppError extends Error {
  constructor(
    readonly code: ErrorCode,
    message: string,
    readonly details?: unknown,
  ) {
    super(message);
    this.name = 'AppError';
  }
}

/** Shorthands for the common failures. */
export const fail = {
  notFound: (what: string) => new AppError('not_found', `${what} not found`),
  forbidden: (message = 'your role does not allow this') => new AppError('forbidden', message),
  conflict: (message: string, details?: unknown) => new AppError('conflict', message, details),
  invalid: (message: string, details?: unknown) => new AppError('validation_failed', message, details),
  unauthenticated: (message = 'sign in or send an API key') => new AppError('unauthenticated', message),
};
