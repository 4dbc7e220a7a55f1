import { setTimeout as sleep } from 'node:timers/promises';

// PostgreSQL reports these SQLSTATEs when a transaction lost a race and is safe to re-run.
// Looked up by err.code, which errors that are not from PostgreSQL do not have.
const RETRYABLE = new Map<string | undefined, string>([
  ['40001', 'serialization_failure'],
  ['40P01', 'deadlock_detected'],
]);

type PgLikeError = Error & { code?: string };
interface RetryOptions {
  maxAttempts?: number;
  baseDelayMs?: number;
}

// Re-run the WHOLE transaction (reads included) on a retryable error, with jittered backoff.
async function withTxRetry<T>(
  runTransaction: (attempt: number) => Promise<T>,
  { maxAttempts = 5, baseDelayMs = 5 }: RetryOptions = {},
): Promise<T> {
  for (let attempt = 1; ; attempt++) {
    try {
      return await runTransaction(attempt);
    } catch (err) {
      if (!RETRYABLE.has((err as PgLikeError).code) || attempt >= maxAttempts) throw err;
      console.log(`  attempt ${attempt}: ${RETRYABLE.get((err as PgLikeError).code)} -> retry`);
      await sleep(baseDelayMs * 2 ** (attempt - 1) * (0.5 + Math.random()));
    }
  }
}

// With node-postgres, runTransaction would be:
//   const client = await pool.connect();
//   try { await client.query('BEGIN ISOLATION LEVEL SERIALIZABLE'); /* reads + writes */
//         await client.query('COMMIT'); }
//   catch (e) { await client.query('ROLLBACK'); throw e; } finally { client.release(); }
// Here a stand-in fails the way PostgreSQL would, so the retry logic itself is what runs.
const pgError = (code: string, message: string): PgLikeError => Object.assign(new Error(message), { code });

console.log('on-call change under SERIALIZABLE:');
const result = await withTxRetry(async (attempt) => {
  if (attempt <= 2) throw pgError('40001', 'could not serialize access due to read/write dependencies among transactions');
  return 'committed';
});
console.log('  result:', result);

console.log('duplicate email insert:');
try {
  await withTxRetry(async () => {
    throw pgError('23505', 'duplicate key value violates unique constraint "users_email_key"');
  });
} catch (err) {
  console.log(`  not retried: ${(err as PgLikeError).code} ${(err as PgLikeError).message}`);
}
