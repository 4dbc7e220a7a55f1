import { linkSync, mkdirSync, readFileSync, rmSync, writeFileSync } from 'node:fs';
import { join } from 'node:path';
import { setTimeout as sleep } from 'node:timers/promises';

/** The lock file in a store's folder: it holds the writing process's id. */
export const LOCK_FILE = '.writing';
/** How often a waiting process looks again: a lock is held for a whole reading pass. */
const POLL_MS = 50;

/**
 * Runs `work` while this process alone writes the store in `dir`: `npm run build`'s first step
 * and Astro's loader (started beside it), or a build and a dev server on the same cache, then
 * never read the same guide at once. A process waiting for the lock reads the store as the
 * holder left it, so it finds the holder's guides done.
 *
 * The lock is a file holding the owner's process id, made whole by a hard link. A lock whose owner has
 * ended (killed, crashed) is taken over, so there is no time-out to tune: a holder on a slow
 * machine is waited for however long it takes. Libraries such as proper-lockfile judge a lock
 * stale by its age instead, which a loaded machine can exceed.
 */
export async function withStoreLock<T>(dir: string, work: () => Promise<T>): Promise<T> {
  const path = join(dir, LOCK_FILE);
  mkdirSync(dir, { recursive: true });
  while (!tryLock(path)) {
    const owner = lockOwner(path);
    // Its owner has ended, or it is not one of ours: taken over (looked at again just before).
    if (owner !== undefined && !isRunning(owner) && lockOwner(path) === owner)
      rmSync(path, { force: true });
    else await sleep(POLL_MS);
  }
  try {
    return await work();
  } finally {
    if (lockOwner(path) === process.pid) rmSync(path, { force: true });
  }
}

/** Takes the lock if it is free: the file appears already holding this process's id (a hard link is made or refused at once). */
function tryLock(path: string): boolean {
  const own = `${path}.${process.pid}`;
  writeFileSync(own, String(process.pid));
  try {
    linkSync(own, path);
    return true;
  } catch (error) {
    if ((error as NodeJS.ErrnoException).code === 'EEXIST') return false;
    throw error;
  } finally {
    rmSync(own, { force: true });
  }
}

/** The process id in the lock file (0 if it holds none); undefined when it has just gone. */
function lockOwner(path: string): number | undefined {
  let text: string;
  try {
    text = readFileSync(path, 'utf8');
  } catch {
    return undefined;
  }
  const pid = Number(text);
  return Number.isInteger(pid) && pid > 0 ? pid : 0;
}

/** Whether a process exists: signal 0 checks without sending anything. */
function isRunning(pid: number): boolean {
  if (pid === 0) return false;
  if (pid === process.pid) return true;
  try {
    process.kill(pid, 0);
    return true;
  } catch (error) {
    // EPERM: it exists but belongs to another user.
    return (error as NodeJS.ErrnoException).code === 'EPERM';
  }
}
