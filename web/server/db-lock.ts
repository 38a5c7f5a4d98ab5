/**
 * One server per database: `<db>.lock` is created exclusively (hard link, fails if it exists) and holds the owner's pid, host and start
 * time. A second server finds it and refuses, naming the file and the process; a lock whose process is gone (the
 * server was killed) is taken over. Not for ':memory:'. The lock is removed when the server stops.
 */
import { linkSync, readFileSync, rmSync, writeFileSync } from 'node:fs';
import { hostname } from 'node:os';

export interface DbLock { path: string; release(): void }

interface Owner { pid: number; host: string; startedAt: string }

function alive(pid: number): boolean {
  try {
    process.kill(pid, 0);
    return true;
  } catch (e) {
    return (e as NodeJS.ErrnoException).code === 'EPERM'; // exists, owned by another user
  }
}

function readOwner(path: string): Owner | undefined {
  try {
    const owner = JSON.parse(readFileSync(path, 'utf8')) as Owner;
    return Number.isInteger(owner.pid) ? owner : undefined;
  } catch {
    return undefined;
  }
}

export class DatabaseLockedError extends Error {}

export function lockDatabase(dbPath: string): DbLock {
  const path = `${dbPath}.lock`;
  const me: Owner = { pid: process.pid, host: hostname(), startedAt: new Date().toISOString() };
  // Written whole to a private file, then linked into place: link() fails if the lock exists, and a lock is never half-written.
  const draft = `${path}.${process.pid}`;
  writeFileSync(draft, JSON.stringify(me), { mode: 0o600 });
  try {
    for (let attempt = 0; attempt < 2; attempt++) {
      try {
        linkSync(draft, path);
        return { path, release: () => { if (readOwner(path)?.pid === me.pid) rmSync(path, { force: true }); } };
      } catch (e) {
        if ((e as NodeJS.ErrnoException).code !== 'EEXIST') throw e;
      }
      const owner = readOwner(path);
      // Another machine's pid cannot be checked from here: a lock from another host is trusted.
      if (owner && (owner.host !== me.host || alive(owner.pid))) {
        throw new DatabaseLockedError(`the database ${dbPath} is in use by another Junheng server (process ${owner.pid} on ${owner.host}, started ${owner.startedAt}); `
          + `lock file ${path}. Stop that server first, or use another JUNHENG_DB`);
      }
      rmSync(path, { force: true }); // left by a server that is gone
    }
  } finally {
    rmSync(draft, { force: true });
  }
  throw new DatabaseLockedError(`could not take the lock file ${path}; another server may be starting on ${dbPath}`);
}
