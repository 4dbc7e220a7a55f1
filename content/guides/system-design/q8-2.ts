import { setTimeout as sleep } from 'node:timers/promises';

type Attempt<T> = (signal: AbortSignal, attempt: number) => Promise<T>;
interface RetryOptions { attempts?: number; attemptTimeoutMs?: number; deadlineMs?: number; baseDelayMs?: number; budget?: RetryBudget | undefined }

// Retries may add at most ~`ratio` extra load on top of first attempts (a token-bucket budget, as in Finagle).
class RetryBudget {
  declare readonly ratio: number;
  declare readonly max: number;
  declare tokens: number;
  constructor({ ratio = 0.1, initial = 3, max = 10 } = {}) { Object.assign(this, { ratio, tokens: initial, max }); }
  onRequest(): void { this.tokens = Math.min(this.max, this.tokens + this.ratio); }
  tryRetry(): boolean { if (this.tokens < 1) return false; this.tokens -= 1; return true; }
}

type Failure = Error & { retryable?: boolean }; // timeouts are DOMExceptions, which are Errors too
const isRetryable = (err: Failure): boolean => err.name === 'TimeoutError' || err.retryable === true;

async function callWithRetries<T>(fn: Attempt<T>, { attempts = 3, attemptTimeoutMs = 50, deadlineMs = 1_000, baseDelayMs = 4, budget }: RetryOptions = {}): Promise<T> {
  const deadline = AbortSignal.timeout(deadlineMs); // the caller's total patience
  budget?.onRequest();
  for (let attempt = 1; ; attempt++) {
    const signal = AbortSignal.any([deadline, AbortSignal.timeout(attemptTimeoutMs)]);
    try {
      return await fn(signal, attempt);
    } catch (err) {
      if (!isRetryable(err as Failure) || attempt >= attempts || deadline.aborted) throw err;
      if (budget && !budget.tryRetry()) throw new Error('retry budget exhausted', { cause: err });
      const backoff = Math.random() * baseDelayMs * 2 ** attempt; // exponential backoff, full jitter
      await sleep(backoff, undefined, { signal: deadline });
    }
  }
}

// AbortSignal.timeout() timers are unref'd: in a server the open socket keeps Node alive; here we must.
const keepAlive = setInterval(() => {}, 1_000);

// 1) A dependency that hangs once: the per-attempt timeout turns a hang into a fast retry.
const hangThenOk: Attempt<string> = (signal, attempt) => attempt > 1 ? Promise.resolve('ok')
  : new Promise((_, reject) => signal.addEventListener('abort', () => reject(signal.reason), { once: true }));
const trail: string[] = [];
const result = await callWithRetries(async (signal, attempt) => {
  try { return await hangThenOk(signal, attempt); } catch (err) { trail.push(`attempt ${attempt}: ${(err as Error).name}`); throw err; }
});
console.log(`hang then ok -> ${result} (${trail.join(', ')})`);

// 2) A full outage during a burst of 100 requests: compare the load each policy sends.
for (const budget of [undefined, new RetryBudget()]) {
  let calls = 0;
  // A deadline far beyond the run: this part compares load, so no request may give up early on a busy machine.
  const down = async (): Promise<never> => { calls += 1; throw Object.assign(new Error('503'), { retryable: true }); };
  const outcomes = await Promise.allSettled(Array.from({ length: 100 }, () => callWithRetries(down, { budget, deadlineMs: 60_000 })));
  const failed = outcomes.filter((o) => o.status === 'rejected').length;
  console.log(`${budget ? 'with 10% retry budget' : 'naive 3 attempts    '}: 100 requests -> ${calls} calls to the dependency (${failed} failed)`);
}
clearInterval(keepAlive);
