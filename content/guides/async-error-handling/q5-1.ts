import { setTimeout as sleep } from 'node:timers/promises';

class HttpError extends Error {
  readonly status: number;
  constructor(status: number, message: string) {
    super(message);
    this.name = 'HttpError';
    this.status = status;
  }
}

const RETRYABLE_STATUS = new Set([408, 429, 500, 502, 503, 504]);
const isRetryable = (err: unknown): boolean =>
  err instanceof HttpError
    ? RETRYABLE_STATUS.has(err.status)
    : ['ECONNRESET', 'ETIMEDOUT'].includes((err as NodeJS.ErrnoException).code ?? '');

interface RetryInfo {
  attempt: number;
  error: string;
  ceiling: number;
  delay: number;
}
interface RetryOptions {
  retries?: number;
  baseMs?: number;
  capMs?: number;
  signal?: AbortSignal;
  random?: () => number;
  wait?: (ms: number) => Promise<void>;
  onRetry?: (info: RetryInfo) => void;
}

// Exponential backoff with "full jitter": wait a random time in [0, min(cap, base * 2^attempt)).
export async function retry<T>(fn: (attempt: number) => Promise<T>, {
  retries = 4, baseMs = 100, capMs = 2_000, signal,
  random = Math.random, // injectable, so tests are deterministic
  wait = (ms: number) => sleep(ms, undefined, { signal }),
  onRetry = () => {},
}: RetryOptions = {}): Promise<T> {
  for (let attempt = 0; ; attempt++) {
    try {
      return await fn(attempt);
    } catch (err) {
      if (attempt >= retries || !isRetryable(err)) throw err;
      const ceiling = Math.min(capMs, baseMs * 2 ** attempt);
      const delay = Math.floor(random() * ceiling);
      onRetry({ attempt: attempt + 1, error: (err as Error).message, ceiling, delay });
      await wait(delay);
    }
  }
}

// Deterministic demo: a fixed "random" sequence and a fake clock instead of real sleeping.
const randoms = [0.5, 0.9, 0.1, 0.7];
const fixedRandom = (): number => randoms.shift() ?? 0.5;
const noWait = async (): Promise<void> => {};
const log = (r: RetryInfo): void => console.log(`  retry #${r.attempt} after "${r.error}": wait ${r.delay} ms (window 0-${r.ceiling} ms)`);

let calls = 0;
const createCharge = async (): Promise<string> => { // safe to retry only because it sends an Idempotency-Key
  calls++;
  if (calls <= 3) throw new HttpError(503, 'service unavailable');
  return 'charged';
};
console.log('flaky dependency:');
console.log('  result:', await retry(createCharge, { random: fixedRandom, wait: noWait, onRetry: log }), `after ${calls} calls`);

console.log('bad request:');
const badRequest = async (): Promise<never> => { throw new HttpError(400, 'amount must be positive'); };
await retry(badRequest, { wait: noWait, onRetry: log })
  .catch((err: HttpError) => console.log(`  not retried: ${err.status} ${err.message}`));

console.log('backoff windows with base 100 ms and cap 2000 ms:');
for (let attempt = 0; attempt < 6; attempt++) {
  console.log(`  retry #${attempt + 1}: 0-${Math.min(2_000, 100 * 2 ** attempt)} ms`);
}
