import { basename } from 'node:path';
import { responseImportOptions } from '@centric/contracts/responses/response-import.schemas';
import { AppError, fail } from '@centric/core/errors';
import { findOrganisationBySlug } from '@centric/db/organisations/organisation.repository';
import { z } from 'zod';
import type { OrgContext } from '../context';
import type { Centric } from '../server';
import { importResponseFile } from './response-import.service';

const input = responseImportOptions.omit({ wait: true, fileName: true }).extend({
  org: z.string().min(1),
  file: z.string().min(1),
  rejected: z.string().min(1).optional(),
});

/** `centric import responses`: run by the CLI, or by the server that holds the embedded data directory. */
export const RESPONSE_IMPORT_OPERATIONS = {
  'import.responses': {
    input,
    async run(
      centric: Centric,
      o: z.output<typeof input>,
      onProgress?: (stage: string, done: number, total: number) => void,
    ) {
      const organisation = await findOrganisationBySlug(centric.deps.db, o.org);
      if (!organisation) throw fail.notFound(`organisation ${o.org}`);
      const ctx: OrgContext = {
        deps: centric.deps,
        organisation,
        actor: { kind: 'cli', userId: null, personId: null, role: 'owner', unitId: null },
      };
      if (o.skipInvalid === false && o.rejected)
        throw fail.invalid(
          '--rejected FILE goes with --skip-invalid (without it nothing is imported on a bad line)',
        );
      try {
        const summary = await importResponseFile(
          ctx,
          o.file,
          {
            ...o,
            fileName: basename(o.file),
            rejectedFile: o.rejected,
          },
          onProgress
            ? (stage, bytes, total) =>
                onProgress(stage === 'checking' ? 'checking' : 'importing', bytes, total)
            : undefined,
        );
        return { ...summary, message: summary.message };
      } catch (error) {
        if ((error as NodeJS.ErrnoException).code === 'ENOENT') throw fail.notFound(`file ${o.file}`);
        if (error instanceof AppError && error.code === 'conflict')
          throw new AppError(
            'conflict',
            `${error.message} (add --allow-duplicate to import it again anyway)`,
            error.details,
          );
        throw error;
      }
    },
  },
} as const;
