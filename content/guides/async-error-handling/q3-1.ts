// @predict
import { setImmediate as nextTurn } from 'node:timers/promises';

// Demo only: report escaped rejections instead of crashing (Node's default is to exit).
process.on('unhandledRejection', (err: Error) => console.log(`  !! unhandledRejection: ${err.message}`));

async function saveAudit(event: string): Promise<void> {
  await nextTurn();
  throw new Error(`audit store down (${event})`);
}

async function loginMissingAwait(): Promise<string> {
  try {
    saveAudit('login'); // BUG: floating promise - the try/catch never sees the rejection
    return 'ok';
  } catch (err) {
    return `handled: ${(err as Error).message}`;
  }
}

async function loginReturnWithoutAwait(): Promise<string | void> {
  try {
    return saveAudit('login'); // BUG: the promise leaves the try block before it rejects
  } catch (err) {
    return `handled: ${(err as Error).message}`;
  }
}

async function loginFixed(): Promise<string> {
  try {
    await saveAudit('login'); // `return await` inside try/catch is correct for the same reason
    return 'ok';
  } catch (err) {
    return `handled: ${(err as Error).message}`;
  }
}

console.log('missing await    ->', await loginMissingAwait());
await nextTurn();
console.log('return, no await ->', await loginReturnWithoutAwait().catch((err: Error) => `caller got: ${err.message}`));
console.log('awaited          ->', await loginFixed());

// forEach ignores the promises its callback returns; filter treats a promise as truthy.
const ids = [1, 2, 3];
const saved: number[] = [];
ids.forEach(async (id) => { await nextTurn(); saved.push(id); });
console.log('forEach returned, rows saved so far:', saved.length);
console.log('async filter kept:', ids.filter(async (id) => id % 2 === 0).length, 'of', ids.length);

// Fixes: map + Promise.all (parallel) or for...of with await (sequential).
const written = await Promise.all(ids.map(async (id) => { await nextTurn(); return id; }));
const keep = await Promise.all(ids.map(async (id) => id % 2 === 0));
console.log('Promise.all waited for:', written.length, '| real filter kept:', ids.filter((_, i) => keep[i]).length);
