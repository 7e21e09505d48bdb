import {
  responseImportOptions,
  responseImportPreview,
  responseImportState,
  responseImportSummary,
} from '@centric/contracts/responses/response-import.schemas';
import { AppError } from '@centric/core/errors';
import type { FastifyInstance, FastifyRequest } from 'fastify';
import type { ZodTypeProvider } from 'fastify-type-provider-zod';
import { v7 as uuidv7 } from 'uuid';
import { z } from 'zod';
import { authorize } from '../auth/authorize';
import { ERRORS, type RouteEnv, SECURED } from '../http/route-kit';
import { reportProgress, reportStart } from './import-progress';
import { receiveUpload } from './import-upload';
import { importResponseFile, refuseDuplicateImport } from './response-import.service';
import { previewResponseFile } from './response-import-preview';
import { getResponseImport, listResponseImportStates } from './response-import-state';

/** Largest response file accepted by upload. */
const UPLOAD_LIMIT = 4 * 2 ** 30;
/** Largest first part of a file sent for a preview. */
const PREVIEW_LIMIT = 2 * 2 ** 20;

const FILE_BODY =
  'The file itself as the request body (any content type: text/csv, application/octet-stream, application/x-ndjson…), streamed to a temporary file, never held in memory.';

/** The request's body as a stream: the pass-through parser's, or the raw request when no content type was sent. */
function bodyStream(req: FastifyRequest): NodeJS.ReadableStream {
  const body = req.body as NodeJS.ReadableStream | undefined;
  return body && typeof body.pipe === 'function' ? body : req.raw;
}

/** A duplicate refused says how to import it anyway, in the API's terms. */
function withOverrideHint(error: unknown): unknown {
  return error instanceof AppError && error.code === 'conflict'
    ? new AppError(
        'conflict',
        `${error.message} (send allowDuplicate=true to import it again anyway)`,
        error.details,
      )
    : error;
}

/** Response file imports: upload (streamed), preview, and the state of an import. */
export function responseImportRoutes({ app, ctx }: RouteEnv): void {
  const tags = ['responses'];
  // The uploads take the raw body as a stream, whatever its content type, in a scope of their own so every
  // other route keeps its JSON parser and body limit.
  app.register(async (plain: FastifyInstance) => {
    const scope = plain.withTypeProvider<ZodTypeProvider>();
    scope.removeAllContentTypeParsers();
    scope.addContentTypeParser('*', (_request, payload, done) => done(null, payload));
    scope.post(
      '/api/v1/responses/imports',
      {
        schema: {
          tags,
          summary:
            'Import a response file: checked whole first, then applied all or nothing (or skipping bad lines)',
          description: `${FILE_BODY} Answers 202 with the import's id at once (poll GET /api/v1/responses/imports/{id}), or with wait=true the summary when it is done. A file with the same bytes (SHA-256) as an applied import of the organisation is refused with 409, naming that import in the message and in error.details.duplicateOf, unless allowDuplicate=true; a dry run only warns.`,
          security: SECURED,
          querystring: responseImportOptions,
          response: { 200: responseImportSummary, 202: responseImportState, ...ERRORS },
        },
      },
      async (req, reply) => {
        const context = await ctx(req);
        authorize(context, 'response.import');
        const upload = await receiveUpload(bodyStream(req), UPLOAD_LIMIT);
        const q = req.query;
        const fileName = q.fileName ?? 'upload';
        // Refused before the 202, so a client polling nothing hears why at once.
        try {
          await refuseDuplicateImport(context, upload.fingerprint, { ...q, fileName });
        } catch (error) {
          await upload.remove();
          throw withOverrideHint(error);
        }
        const id = uuidv7();
        reportStart(id, {
          organisationId: context.organisation.id,
          format: q.format,
          fileName,
          startedAt: context.deps.clock.now(),
        });
        reportProgress(id, { stage: 'checking', bytesDone: 0, bytesTotal: upload.bytes, lines: 0 });
        const run = importResponseFile(context, upload.path, {
          ...q,
          fileName,
          importId: id,
          fingerprint: upload.fingerprint,
        }).finally(() => upload.remove());
        // Two uploads of one file at once both pass the check above; the import's own, under a lock, refuses one.
        if (q.wait)
          return reply
            .status(200)
            .send(await run.catch((error: unknown) => Promise.reject(withOverrideHint(error))));
        run.catch((error: Error) => req.log.error({ err: error, importId: id }, 'response import failed'));
        return reply.status(202).send(await getResponseImport(context, id));
      },
    );
    scope.post(
      '/api/v1/responses/imports/preview',
      {
        schema: {
          tags,
          summary:
            'Preview the first lines of a response file as they would be imported (nothing is written)',
          description: `${FILE_BODY} Send the first part of the file (up to 2 MiB, cut at a line end).`,
          security: SECURED,
          querystring: responseImportOptions,
          response: { 200: responseImportPreview, ...ERRORS },
        },
      },
      async (req) => {
        const context = await ctx(req);
        authorize(context, 'response.import');
        const upload = await receiveUpload(bodyStream(req), PREVIEW_LIMIT);
        try {
          return await previewResponseFile(context, upload.path, req.query);
        } finally {
          await upload.remove();
        }
      },
    );
  });
  app.get(
    '/api/v1/responses/imports',
    {
      schema: {
        tags,
        summary: 'The latest response imports',
        security: SECURED,
        response: { 200: z.object({ items: z.array(responseImportState) }), ...ERRORS },
      },
    },
    async (req) => listResponseImportStates(await ctx(req)),
  );
  app.get(
    '/api/v1/responses/imports/:id',
    {
      schema: {
        tags,
        summary: 'One response import: running with its progress, or finished with its summary',
        security: SECURED,
        params: z.object({ id: z.uuid() }),
        response: { 200: responseImportState, ...ERRORS },
      },
    },
    async (req) => getResponseImport(await ctx(req), req.params.id),
  );
}
