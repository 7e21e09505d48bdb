import { createHash, type Hash } from 'node:crypto';
import { createReadStream } from 'node:fs';

/** A SHA-256 to feed a file's bytes as they stream past (hex digest: the import's fingerprint). */
export function fingerprintHash(): Hash {
  return createHash('sha256');
}

/** The SHA-256 of a file's bytes (hex), streamed: a file of any size is never held in memory. */
export async function fingerprintFile(path: string): Promise<string> {
  const hash = fingerprintHash();
  for await (const chunk of createReadStream(path, { highWaterMark: 1 << 20 })) hash.update(chunk as Buffer);
  return hash.digest('hex');
}
