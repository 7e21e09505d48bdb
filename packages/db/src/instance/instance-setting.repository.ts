import { eq } from 'drizzle-orm';
import type { Executor } from '../database';
import { instanceSettings } from '../schema';

/** Reads an installation setting, creating it with `create()` the first time (race-safe). */
export async function getOrCreateInstanceSetting(
  db: Executor,
  key: string,
  create: () => string,
): Promise<string> {
  await db.insert(instanceSettings).values({ key, value: create() }).onConflictDoNothing();
  const [row] = await db.select().from(instanceSettings).where(eq(instanceSettings.key, key)).limit(1);
  return row!.value;
}
