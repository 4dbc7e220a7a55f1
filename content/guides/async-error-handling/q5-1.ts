import { setTimeout as sleep } from 'node:timers/promises';

// Retry-After is either a number of seconds or an HTTP date.
function parseRetryAfter(value: string | undefined, now = Date.now()): number | undefined {
  if (value === undefined) return undefined;
  if (/^\d+$/.test(value)) return Number(value) * 1000;
  const at = Date.parse(value);
  return Number.isNaN(at) ? undefined : Math.max(0, at - now);
}

class HttpError extends Error {
  readonly status: number;
  readonly retryAfterMs: number | undefined;
  constructor(status: number, message: string, headers: Record<string, string> = {}) {
    super(message);
    this.name = 'HttpError';
    this.status = status;
    this.retryAfterMs = parseRetryAfter(headers['retry-after']);
  }
}

const RETRYABLE_STATUS = new Set([408, 429, 502, 503, 504]); // 500 only when the caller opts in
const isRetryable = (err: unknown, retry500: boolean): boolean =>
  err instanceof HttpError
    ? RETRYABLE_STATUS.has(err.status) || (retry500 && err.status === 500)
    : (['ECONNRESET', 'ETIMEDOUT'] as (string | undefined)[]).includes((err as NodeJS.ErrnoException).code);

interface RetryInfo {
  attempt: number;
  error: string;
  ceiling: number;
  delay: number;
  retryAfterMs: number | undefined;
}
interface RetryOptions {
  retries?: number;
  baseMs?: number;
  capMs?: number;
  maxWaitMs?: number;
  retry500?: boolean;
  signal?: AbortSignal;
  random?: () => number;
  wait?: (ms: number) => Promise<void>;
  onRetry?: (info: RetryInfo) => void;
}

// Exponential backoff with "full jitter": wait a random time in [0, min(cap, base * 2^attempt)),
// but never less than the server's Retry-After.
export async function retry<T>(fn: (attempt: number) => Promise<T>, {
  retries = 4, baseMs = 100, capMs = 2_000, maxWaitMs = 10_000,
  retry500 = false, // only for idempotent calls to a dependency whose 500s you know are transient
  signal,
  random = Math.random, // injectable, so tests are deterministic
  wait = (ms: number) => sleep(ms, undefined, { signal }),
  onRetry = () => {},
}: RetryOptions = {}): Promise<T> {
  for (let attempt = 0; ; attempt++) {
    try {
      return await fn(attempt);
    } catch (err) {
      if (attempt >= retries || !isRetryable(err, retry500)) throw err;
      const ceiling = Math.min(capMs, baseMs * 2 ** attempt);
      const retryAfterMs = (err as { retryAfterMs?: number }).retryAfterMs;
      const delay = Math.max(retryAfterMs ?? 0, Math.floor(random() * ceiling));
      if (delay > maxWaitMs) throw err; // the server wants a longer pause than this caller can give
      onRetry({ attempt: attempt + 1, error: (err as Error).message, ceiling, delay, retryAfterMs });
      await wait(delay);
    }
  }
}

// Deterministic demo: a fixed "random" sequence and a fake clock instead of real sleeping.
const randoms = [0.5, 0.9, 0.1, 0.7];
const fixedRandom = (): number => randoms.shift() ?? 0.5;
const noWait = async (): Promise<void> => {};
const log = (r: RetryInfo): void => console.log(`  retry #${r.attempt} after "${r.error}": wait ${r.delay} ms (window 0-${r.ceiling} ms${r.retryAfterMs === undefined ? '' : `, Retry-After ${r.retryAfterMs} ms`})`);

let calls = 0;
const createCharge = async (): Promise<string> => { // safe to retry only because it sends an Idempotency-Key
  calls++;
  if (calls === 2) throw new HttpError(429, 'too many requests', { 'retry-after': '1' });
  if (calls <= 3) throw new HttpError(503, 'service unavailable');
  return 'charged';
};
console.log('flaky dependency:');
console.log('  result:', await retry(createCharge, { random: fixedRandom, wait: noWait, onRetry: log }), `after ${calls} calls`);

console.log('500 from a dependency (not opted in):');
const internalError = async (): Promise<string> => { throw new HttpError(500, 'internal error'); };
await retry(internalError, { wait: noWait, onRetry: log })
  .catch((err: HttpError) => console.log(`  not retried: ${err.status} ${err.message}`));

console.log('Retry-After longer than this caller will wait:');
const maintenance = async (): Promise<string> => { throw new HttpError(503, 'maintenance', { 'retry-after': '120' }); };
await retry(maintenance, { wait: noWait, onRetry: log })
  .catch((err: HttpError) => console.log(`  gave up at once: ${err.status}, server asked for ${err.retryAfterMs} ms`));

console.log('bad request:');
const badRequest = async (): Promise<string> => { throw new HttpError(400, 'amount must be positive'); };
await retry(badRequest, { wait: noWait, onRetry: log })
  .catch((err: HttpError) => console.log(`  not retried: ${err.status} ${err.message}`));

console.log('backoff windows with base 100 ms and cap 2000 ms:');
for (let attempt = 0; attempt < 6; attempt++) {
  console.log(`  retry #${attempt + 1}: 0-${Math.min(2_000, 100 * 2 ** attempt)} ms`);
}
