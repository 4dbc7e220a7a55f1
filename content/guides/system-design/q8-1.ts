type BreakerState = 'CLOSED' | 'OPEN' | 'HALF_OPEN';
interface BreakerOptions { failureThreshold?: number; cooldownMs?: number; now?: () => number }

class CircuitOpenError extends Error { override name = 'CircuitOpenError'; }

class CircuitBreaker {
  #state: BreakerState = 'CLOSED';
  #failures = 0;
  #openedAt = 0;
  #trialInFlight = false;
  declare readonly failureThreshold: number;
  declare readonly cooldownMs: number;
  declare readonly now: () => number;
  constructor({ failureThreshold = 5, cooldownMs = 10_000, now = Date.now }: BreakerOptions = {}) {
    Object.assign(this, { failureThreshold, cooldownMs, now });
  }
  get state(): BreakerState {
    const coolingDone = this.#state === 'OPEN' && this.now() - this.#openedAt >= this.cooldownMs;
    return coolingDone ? 'HALF_OPEN' : this.#state;
  }
  async call<T>(fn: () => Promise<T>): Promise<T> {
    const state = this.state;
    if (state === 'OPEN' || (state === 'HALF_OPEN' && this.#trialInFlight)) {
      throw new CircuitOpenError('failing fast'); // no call, no timeout wait, no load on the sick service
    }
    const isTrial = state === 'HALF_OPEN';
    if (isTrial) this.#trialInFlight = true; // exactly one probe request
    try {
      const result = await fn();
      this.#state = 'CLOSED';
      this.#failures = 0;
      return result;
    } catch (err) {
      this.#failures += 1;
      if (isTrial || this.#failures >= this.failureThreshold) {
        this.#state = 'OPEN';
        this.#openedAt = this.now();
      }
      throw err;
    } finally {
      if (isTrial) this.#trialInFlight = false;
    }
  }
}

// A fake clock and a scripted dependency make every line below repeatable.
let clock = 0;
let calls = 0;
const healthyFrom = 15_000; // the dependency recovers at t=15s
const inventory = async (): Promise<string> => {
  calls += 1;
  if (clock < healthyFrom) throw new Error('503 from inventory');
  return 'in stock';
};
const breaker = new CircuitBreaker({ failureThreshold: 3, cooldownMs: 10_000, now: () => clock });

for (const t of [0, 100, 200, 300, 5_000, 10_300, 12_000, 20_300, 20_400]) {
  clock = t;
  const before = breaker.state;
  const outcome = await breaker.call(inventory).catch((err: Error) => `${err.name}: ${err.message}`);
  console.log(`t=${String(t).padStart(6)} ${before.padEnd(9)} -> ${breaker.state.padEnd(9)} ${outcome}`);
}
console.log(`9 requests, ${calls} reached the dependency`);
