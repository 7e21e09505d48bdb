import { randomFillSync } from 'node:crypto';
import { v7 as uuidv7 } from 'uuid';

const POOL_IDS = 4096;

/**
 * Draws time-ordered ids (UUIDv7) for a bulk load. The uuid package asks the system for 16 random bytes per
 * id, which at a million rows costs nearly two seconds; this takes them from a pool filled 64 KB at a time.
 * The ids keep the package's layout (the millisecond, a counter started at random within it, random bits), so
 * ids drawn later sort later: the primary key and the import's index grow at their right edge.
 */
export function bulkIdSource(): () => string {
  const pool = new Uint8Array(16 * POOL_IDS);
  let next = POOL_IDS;
  const random = () => {
    if (next === POOL_IDS) {
      randomFillSync(pool);
      next = 0;
    }
    const at = 16 * next++;
    return pool.subarray(at, at + 16);
  };
  // The uuid package's own ordering within a millisecond (a counter started at random), kept across calls.
  let msecs = -1;
  let seq = 0;
  return () => {
    const bytes = random();
    const now = Date.now();
    if (now > msecs) {
      msecs = now;
      seq = ((bytes[6]! & 0x7f) << 24) | (bytes[7]! << 16) | (bytes[8]! << 8) | bytes[9]!;
    } else {
      seq = (seq + 1) | 0;
      if (seq === 0) msecs += 1;
    }
    return uuidv7({ random: bytes, msecs, seq });
  };
}
