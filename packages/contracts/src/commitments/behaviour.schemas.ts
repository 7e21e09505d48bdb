import { CADENCES, EVIDENCE_KINDS } from '@centric/core/commitments/behaviours';
import { z } from 'zod';
import { id, name } from '../common/fields';

/** How often a behaviour falls due. */
export const cadence = z.enum(CADENCES);
/** The kind of record that evidences a behaviour. */
export const evidenceKind = z.enum(EVIDENCE_KINDS);

/** A behaviour of the catalogue. */
export const behaviour = z.object({
  id,
  key: z.string().nullable(),
  name: z.string(),
  description: z.string(),
  cadence,
  evidenceKind,
  evidenceHint: z.string(),
  position: z.number(),
  archived: z.boolean(),
});
/** A behaviour of the catalogue. */
export type Behaviour = z.infer<typeof behaviour>;
/** The catalogue. */
export const behaviourList = z.object({ items: z.array(behaviour) });

/** Body of POST /behaviours: an organisation's own behaviour. */
export const createBehaviourBody = z.strictObject({
  name,
  description: z.string().trim().max(2000).default(''),
  cadence,
  evidenceKind,
  evidenceHint: z.string().trim().max(300).default(''),
});
/** Body of PATCH /behaviours/{id}: only the fields sent change. */
export const updateBehaviourBody = z
  .strictObject({
    name,
    description: z.string().trim().max(2000),
    cadence,
    evidenceKind,
    evidenceHint: z.string().trim().max(300),
    position: z.number().int().min(0).max(1000),
    archived: z.boolean(),
  })
  .partial();
