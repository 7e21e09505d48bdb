import { createWriteStream } from 'node:fs';
import { mkdtemp, rm } from 'node:fs/promises';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { Transform } from 'node:stream';
import { pipeline } from 'node:stream/promises';
import { AppError } from '@centric/core/errors';
import { fingerprintHash } from './import-fingerprint';

/** An uploaded file on disk; `remove` deletes it and its folder. */
export interface Upload {
  path: string;
  bytes: number;
  /** The SHA-256 of the bytes received (hex), computed as they streamed past. */
  fingerprint: string;
  remove(): Promise<void>;
}

/**
 * Streams a request body to a temporary file, never holding it in memory, and refuses a body over `limit`
 * bytes (413) as soon as it passes the limit; the bytes are hashed on the way (the import's fingerprint).
 */
export async function receiveUpload(body: NodeJS.ReadableStream, limit: number): Promise<Upload> {
  const dir = await mkdtemp(join(tmpdir(), 'centric-upload-'));
  const path = join(dir, 'upload');
  const remove = () => rm(dir, { recursive: true, force: true });
  let bytes = 0;
  const hash = fingerprintHash();
  const counter = new Transform({
    transform(chunk: Buffer, _encoding, done) {
      bytes += chunk.length;
      if (bytes > limit)
        return done(
          new AppError('payload_too_large', `the file is larger than ${Math.round(limit / 2 ** 20)} MiB`),
        );
      hash.update(chunk);
      done(null, chunk);
    },
  });
  try {
    await pipeline(body, counter, createWriteStream(path));
  } catch (error) {
    await remove();
    throw error;
  }
  if (bytes === 0) {
    await remove();
    throw new AppError('validation_failed', 'the upload is empty: send the file as the request body');
  }
  return { path, bytes, fingerprint: hash.digest('hex'), remove };
}
