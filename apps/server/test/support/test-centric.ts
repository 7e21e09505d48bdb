import type { Role } from '@centric/core/organisation/roles';
import { insertUserWithPassword } from '@centric/db/auth/user.repository';
import { insertPerson } from '@centric/db/people/person.repository';
import { openTestDatabase, type TestEngine } from '@centric/db/testing/test-database';
import { v7 as uuidv7 } from 'uuid';
import { hashUserPassword } from '../../src/auth/password';
import { createOrganisation } from '../../src/organisations/organisation.service';
import { SettableClock } from '../../src/platform/clock';
import { type Centric, createCentric } from '../../src/server';

/** The origin tests send on cookie writes, as a browser would. */
export const ORIGIN = 'http://localhost:3999';
/** The password of every test user. */
export const PASSWORD = 'correct horse battery staple';

/** A Centric on a fresh test database with a settable clock, and helpers to act as people in it. */
export interface TestCentric extends Centric {
  clock: SettableClock;
  /** Creates an organisation whose owner is a new user; answers the owner's cookie. */
  organisation(slug: string): Promise<{ id: string; slug: string; ownerCookie: string; ownerEmail: string }>;
  /** Adds a person with a sign-in and answers their cookie. */
  person(
    orgId: string,
    role: Role,
    extra?: { unitId?: string | null; email?: string },
  ): Promise<{ id: string; cookie: string; email: string; userId: string }>;
  /** Signs in and answers the session cookie. */
  signIn(email: string, password?: string): Promise<string>;
}

/** Starts Centric for one test file on the given engine. */
export async function startTestCentric(
  engine: TestEngine,
  options: { smtpUrl?: string } = {},
): Promise<TestCentric> {
  const handle = await openTestDatabase(engine);
  const clock = new SettableClock('2026-11-02T09:00:00Z');
  const centric = await createCentric({
    handle,
    dataDir: 'memory://',
    port: 3999,
    host: '127.0.0.1',
    mailFrom: 'Centric <no-reply@centric.test>',
    smtpUrl: options.smtpUrl,
    rateLimits: { signIn: 1000, public: 1000 },
    logLevel: 'silent',
    clock,
    jobPollingSeconds: 0.5,
  });
  let counter = 0;
  const signIn = async (email: string, password = PASSWORD) => {
    const response = await centric.app.inject({
      method: 'POST',
      url: '/api/auth/sign-in/email',
      headers: { origin: ORIGIN },
      payload: { email, password },
    });
    if (response.statusCode !== 200)
      throw new Error(`sign-in of ${email} failed: ${response.statusCode} ${response.body}`);
    return String(response.headers['set-cookie']).split(';')[0]!;
  };
  const newUser = async (email: string, name: string) =>
    insertUserWithPassword(handle.db, {
      id: uuidv7(),
      email,
      name,
      passwordHash: await hashUserPassword(PASSWORD),
      at: clock.now(),
    });
  return {
    ...centric,
    clock,
    signIn,
    async organisation(slug) {
      const ownerEmail = `owner-${slug}@example.com`;
      const owner = await newUser(ownerEmail, `Owner of ${slug}`);
      const { organisation } = await createOrganisation(
        centric.deps,
        { slug, name: `Org ${slug}`, timeZone: 'Europe/Paris', currency: 'EUR' },
        owner,
        'cli',
      );
      return { id: organisation.id, slug, ownerCookie: await signIn(ownerEmail), ownerEmail };
    },
    async person(orgId, role, extra = {}) {
      counter += 1;
      const email = extra.email ?? `${role}-${counter}-${orgId.slice(-6)}@example.com`;
      const user = await newUser(email, `${role} ${counter}`);
      const person = await insertPerson(handle.db, {
        organisationId: orgId,
        userId: user.id,
        email,
        name: `${role} ${counter}`,
        role,
        unitId: extra.unitId ?? null,
        status: 'active',
      });
      return { id: person.id, cookie: await signIn(email), email, userId: user.id };
    },
    async close() {
      await centric.close();
      await handle.close();
    },
  };
}
