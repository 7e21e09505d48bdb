import { z } from 'zod';

/** A Centric id (UUID). */
export const id = z.uuid({ message: 'must be an id (a UUID)' });
/** Path parameters of a single-resource route. */
export const idParams = z.object({ id });
/** A non-empty trimmed name. */
export const name = z.string().trim().min(1, 'must not be empty').max(200);
/** An e-mail address, lower-cased. */
export const email = z
  .email({ message: 'must be an e-mail address' })
  .max(254)
  .transform((e) => e.toLowerCase());
/** A URL-safe organisation handle. */
export const slug = z
  .string()
  .min(2)
  .max(48)
  .regex(/^[a-z0-9](?:[a-z0-9-]*[a-z0-9])?$/, 'lower-case letters, digits and dashes, not at either end');
/** An ISO 8601 instant, e.g. 2026-01-31T09:00:00Z. */
export const instant = z.iso.datetime({ offset: true, message: 'must be an ISO 8601 date-time' });
/** A calendar date YYYY-MM-DD. */
export const isoDate = z.iso.date({ message: 'must be a date YYYY-MM-DD' });
/** An IANA time zone name. */
export const timeZone = z.string().refine(
  (tz) => {
    try {
      new Intl.DateTimeFormat('en', { timeZone: tz });
      return true;
    } catch {
      return false;
    }
  },
  { message: 'must be an IANA time zone such as Europe/Paris' },
);
/** An ISO 4217 currency code. */
export const currency = z.string().regex(/^[A-Z]{3}$/, 'must be a 3-letter currency code such as EUR');
