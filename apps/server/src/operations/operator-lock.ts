import { randomBytes } from 'node:crypto';
import { mkdirSync, readFileSync, rmSync, writeFileSync } from 'node:fs';
import { join } from 'node:path';

/** Where a running server on an embedded data directory says how to reach it. */
export interface OperatorLock {
  pid: number;
  url: string;
  token: string;
}

const FILE = 'centric-server.json';

/** A fresh token for the operator endpoint. */
export function newOperatorToken(): string {
  return randomBytes(32).toString('base64url');
}

/** Claims an embedded data directory for this server process; CLI commands then hand their work to it. */
export function writeOperatorLock(dataDir: string, url: string, token: string): OperatorLock {
  const lock = { pid: process.pid, url, token };
  mkdirSync(dataDir, { recursive: true });
  // Readable by this user only: the token lets a local operator act as the CLI would.
  writeFileSync(join(dataDir, FILE), JSON.stringify(lock), { mode: 0o600 });
  return lock;
}

/** Releases the data directory (on shutdown). */
export function removeOperatorLock(dataDir: string): void {
  rmSync(join(dataDir, FILE), { force: true });
}

/** The live server holding this data directory, if any; a lock left by a dead process is removed. */
export function readOperatorLock(dataDir: string): OperatorLock | undefined {
  let lock: OperatorLock;
  try {
    lock = JSON.parse(readFileSync(join(dataDir, FILE), 'utf8')) as OperatorLock;
  } catch {
    return undefined;
  }
  try {
    process.kill(lock.pid, 0);
    return lock;
  } catch (error) {
    if ((error as NodeJS.ErrnoException).code === 'EPERM') return lock;
    removeOperatorLock(dataDir);
    return undefined;
  }
}
