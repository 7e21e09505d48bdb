import { AppError, type ErrorCode } from '@centric/core/errors';
import type { FastifyError, FastifyInstance } from 'fastify';
import { hasZodFastifySchemaValidationErrors } from 'fastify-type-provider-zod';
import { withoutQueryParameters } from '../platform/safe-error';
import { ERROR_STATUS } from './error-status';

/** Fastify's own error codes for bad requests, mapped to ours with a message a person can act on. */
const FASTIFY_ERRORS: Record<string, { code: ErrorCode; message: string }> = {
  FST_ERR_CTP_INVALID_JSON_BODY: { code: 'bad_request', message: 'the body is not valid JSON' },
  FST_ERR_CTP_EMPTY_JSON_BODY: { code: 'bad_request', message: 'the body is empty: send a JSON object' },
  FST_ERR_CTP_BODY_TOO_LARGE: { code: 'payload_too_large', message: 'the body is too large' },
  FST_ERR_CTP_INVALID_MEDIA_TYPE: {
    code: 'unsupported_media_type',
    message: 'send the body as application/json',
  },
  FST_ERR_CTP_INVALID_CONTENT_LENGTH: {
    code: 'bad_request',
    message: 'the Content-Length header does not match the body',
  },
  FST_ERR_CTP_INVALID_TYPE: { code: 'unsupported_media_type', message: 'send the body as application/json' },
};

/** Answers every error in the one shape `{ error: { code, message, details } }`; unknown errors are logged, never shown. */
export function installErrorHandler(app: FastifyInstance, options: { spa: boolean }): void {
  app.setErrorHandler((error: FastifyError, request, reply) => {
    if (error instanceof AppError) {
      return reply
        .status(ERROR_STATUS[error.code])
        .send({ error: { code: error.code, message: error.message, details: error.details } });
    }
    if (hasZodFastifySchemaValidationErrors(error)) {
      const issues = error.validation.map((v) => {
        const field = v.instancePath.split('/').filter(Boolean).join('.');
        return {
          path: `${error.validationContext ?? 'body'}${field ? `.${field}` : ''}`,
          message: v.message ?? 'is not valid',
        };
      });
      const first = issues[0];
      return reply.status(400).send({
        error: {
          code: 'validation_failed',
          message: first ? `${first.path}: ${first.message}` : 'the request is not valid',
          details: { issues },
        },
      });
    }
    const known = error.code ? FASTIFY_ERRORS[error.code] : undefined;
    if (known)
      return reply
        .status(ERROR_STATUS[known.code])
        .send({ error: { code: known.code, message: known.message } });
    if (error.statusCode === 429) {
      return reply
        .status(429)
        .send({ error: { code: 'rate_limited', message: 'too many requests: wait a minute and try again' } });
    }
    if (error.statusCode && error.statusCode >= 400 && error.statusCode < 500) {
      return reply.status(error.statusCode).send({ error: { code: 'bad_request', message: error.message } });
    }
    request.log.error({ err: withoutQueryParameters(error) }, 'unexpected error');
    return reply
      .status(500)
      .send({ error: { code: 'internal', message: 'something went wrong on our side; it has been logged' } });
  });

  app.setNotFoundHandler((request, reply) => {
    const path = request.url.split('?')[0] ?? '/';
    // The web app routes on the client: any other GET of a page (not the API, not a file) answers its index.html.
    if (
      options.spa &&
      request.method === 'GET' &&
      !path.startsWith('/api/') &&
      !path.startsWith('/internal/') &&
      path !== '/healthz' &&
      !/\.[a-z0-9]+$/i.test(path)
    ) {
      return reply.type('text/html').sendFile('index.html');
    }
    reply.status(404).send({
      error: { code: 'not_found', message: `no route ${request.method} ${request.url.split('?')[0]}` },
    });
  });
}
