import { isUtf8 } from 'node:buffer';
import { Transform, type TransformCallback } from 'node:stream';

/** A file that is not UTF-8 text, with the line its first invalid byte is on. */
export class NotUtf8Error extends Error {
  constructor(readonly line: number) {
    super(`the file is not UTF-8 text (first invalid byte on line ${line}): save or export it as UTF-8`);
  }
}

/** Where an unfinished multi-byte character at the end of a chunk starts (the chunk's length when none). */
function completeUpTo(chunk: Buffer): number {
  for (let i = chunk.length - 1; i >= Math.max(0, chunk.length - 4); i--) {
    const byte = chunk[i]!;
    if ((byte & 0xc0) === 0x80) continue;
    const size = byte >= 0xf0 ? 4 : byte >= 0xe0 ? 3 : byte >= 0xc0 ? 2 : 1;
    return i + size > chunk.length ? i : chunk.length;
  }
  return chunk.length;
}

function countLines(chunk: Buffer, end = chunk.length): number {
  let n = 0;
  let at = chunk.indexOf(10);
  while (at !== -1 && at < end) {
    n += 1;
    at = chunk.indexOf(10, at + 1);
  }
  return n;
}

/**
 * Passes bytes through while checking they are UTF-8, across chunk boundaries; fails with the line number of
 * the first invalid byte (so a Latin-1 file is refused with a clear reason, not imported as mojibake).
 */
export function utf8Guard(): Transform {
  let carry = Buffer.alloc(0);
  let lines = 1;
  const check = (bytes: Buffer): NotUtf8Error | undefined => {
    if (isUtf8(bytes)) {
      lines += countLines(bytes);
      return undefined;
    }
    // The slow path runs once, on the failing chunk: find the first bad line.
    let start = 0;
    for (;;) {
      const nl = bytes.indexOf(10, start);
      const end = nl === -1 ? bytes.length : nl;
      if (!isUtf8(bytes.subarray(start, end))) return new NotUtf8Error(lines);
      if (nl === -1) return new NotUtf8Error(lines);
      lines += 1;
      start = nl + 1;
    }
  };
  return new Transform({
    transform(chunk: Buffer, _encoding, done: TransformCallback) {
      const bytes = carry.length > 0 ? Buffer.concat([carry, chunk]) : chunk;
      const cut = completeUpTo(bytes);
      const error = check(bytes.subarray(0, cut));
      if (error) return done(error);
      carry = Buffer.from(bytes.subarray(cut));
      done(null, bytes.subarray(0, cut));
    },
    flush(done: TransformCallback) {
      if (carry.length > 0) {
        const error = check(carry);
        if (error) return done(error);
        return done(null, carry);
      }
      done();
    },
  });
}
