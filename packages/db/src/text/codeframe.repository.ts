import type { Theme } from '@centric/core/text/codeframe';
import { and, eq } from 'drizzle-orm';
import type { Executor } from '../database';
import { type StoredProposal, textCodeframes } from '../schema';

/** An organisation's stored codeframe. */
export type CodeframeRow = typeof textCodeframes.$inferSelect;

/** The organisation's codeframe, if it has one. */
export async function findCodeframe(db: Executor, organisationId: string): Promise<CodeframeRow | undefined> {
  const [row] = await db
    .select()
    .from(textCodeframes)
    .where(eq(textCodeframes.organisationId, organisationId))
    .limit(1);
  return row;
}

/**
 * Stores a new version of the codeframe when the stored one is still `expectedVersion` (0: none yet).
 * Answers the new row, or undefined when someone else changed it first.
 */
export async function saveCodeframe(
  db: Executor,
  organisationId: string,
  themes: Theme[],
  expectedVersion: number,
  at: Date,
): Promise<CodeframeRow | undefined> {
  const [row] = await db
    .update(textCodeframes)
    .set({ themes, version: expectedVersion + 1, updatedAt: at })
    .where(
      and(eq(textCodeframes.organisationId, organisationId), eq(textCodeframes.version, expectedVersion)),
    )
    .returning();
  if (row || expectedVersion !== 0) return row;
  const inserted = await db
    .insert(textCodeframes)
    .values({ organisationId, themes, version: 1, updatedAt: at })
    .onConflictDoNothing()
    .returning();
  return inserted[0];
}

/**
 * Stores the proposals computed against a codeframe version; an organisation still on the starter codeframe
 * gets a row holding it at version 0.
 */
export async function saveProposals(
  db: Executor,
  organisationId: string,
  values: {
    themes: Theme[];
    proposals: StoredProposal[];
    otherProposals: StoredProposal[];
    version: number;
    at: Date;
  },
): Promise<void> {
  const proposals = {
    proposals: values.proposals,
    otherProposals: values.otherProposals,
    proposalsVersion: values.version,
    proposalsAt: values.at,
  };
  await db
    .insert(textCodeframes)
    .values({ organisationId, themes: values.themes, version: 0, updatedAt: values.at, ...proposals })
    .onConflictDoUpdate({ target: textCodeframes.organisationId, set: proposals });
}
