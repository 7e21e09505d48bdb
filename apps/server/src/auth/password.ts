import { randomBytes } from 'node:crypto';
import { hashPassword } from 'better-auth/crypto';

/** Hashes a password with the sign-in library's own algorithm (scrypt), so it can verify it at sign-in. */
export function hashUserPassword(password: string): Promise<string> {
  return hashPassword(password);
}

/** A one-time password for a new account, printed once by the CLI. */
export function generatePassword(): string {
  return randomBytes(15).toString('base64url');
}
