import { eq, sql } from 'drizzle-orm';
import type { Executor } from '../database';
import { account, user } from '../schema';

/** A sign-in identity row. */
export type UserRow = typeof user.$inferSelect;

/** Finds a user by e-mail, case-insensitively. */
export async function findUserByEmail(db: Executor, email: string): Promise<UserRow | undefined> {
  const [row] = await db
    .select()
    .from(user)
    .where(sql`lower(${user.email}) = ${email.toLowerCase()}`)
    .limit(1);
  return row;
}

/** Finds a user by id. */
export async function findUserById(db: Executor, id: string): Promise<UserRow | undefined> {
  const [row] = await db.select().from(user).where(eq(user.id, id)).limit(1);
  return row;
}

/** Inserts a user and their password credential (already hashed by the auth library). */
export async function insertUserWithPassword(
  db: Executor,
  values: { id: string; email: string; name: string; passwordHash: string; at: Date },
): Promise<UserRow> {
  const [row] = await db
    .insert(user)
    .values({
      id: values.id,
      email: values.email.toLowerCase(),
      name: values.name,
      emailVerified: true,
      createdAt: values.at,
      updatedAt: values.at,
    })
    .returning();
  await db.insert(account).values({
    id: `${values.id}-credential`,
    accountId: values.id,
    providerId: 'credential',
    userId: values.id,
    password: values.passwordHash,
    createdAt: values.at,
    updatedAt: values.at,
  });
  return row!;
}

/** Replaces a user's password hash. */
export async function setUserPassword(
  db: Executor,
  userId: string,
  passwordHash: string,
  at: Date,
): Promise<void> {
  const updated = await db
    .update(account)
    .set({ password: passwordHash, updatedAt: at })
    .where(sql`${account.userId} = ${userId} and ${account.providerId} = 'credential'`)
    .returning({ id: account.id });
  if (updated.length === 0) {
    await db.insert(account).values({
      id: `${userId}-credential`,
      accountId: userId,
      providerId: 'credential',
      userId,
      password: passwordHash,
      createdAt: at,
      updatedAt: at,
    });
  }
}

/** The password hash of a user's credential, if they have one. */
export async function findPasswordHash(db: Executor, userId: string): Promise<string | null> {
  const [row] = await db
    .select({ password: account.password })
    .from(account)
    .where(sql`${account.userId} = ${userId} and ${account.providerId} = 'credential'`)
    .limit(1);
  return row?.password ?? null;
}
