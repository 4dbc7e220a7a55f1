interface Plan {
  capacity: number; // burst size
  refillPerSec: number; // sustained rate
  maxInFlight: number; // concurrency cap
}
interface Decision {
  allowed: boolean;
  reason?: 'rate' | 'concurrency';
  retryAfterSec?: number;
}

const plans: Record<string, Plan> = {
  free: { capacity: 5, refillPerSec: 1, maxInFlight: 2 },
  enterprise: { capacity: 50, refillPerSec: 20, maxInFlight: 10 },
};

class TokenBucket {
  tokens: number;
  lastMs: number;
  readonly plan: Plan;
  constructor(plan: Plan, nowMs: number) {
    this.plan = plan;
    this.tokens = plan.capacity;
    this.lastMs = nowMs;
  }
  take(nowMs: number): number {
    // Refill lazily from elapsed time: no timers, so idle tenants cost nothing.
    const elapsedSec = (nowMs - this.lastMs) / 1000;
    this.tokens = Math.min(this.plan.capacity, this.tokens + elapsedSec * this.plan.refillPerSec);
    this.lastMs = nowMs;
    if (this.tokens >= 1) {
      this.tokens -= 1;
      return 0;
    }
    return Math.ceil((1 - this.tokens) / this.plan.refillPerSec); // seconds until one token
  }
}

class TenantLimiter {
  buckets = new Map<string, TokenBucket>();
  inFlight = new Map<string, number>();
  readonly clock: () => number;
  constructor(clock: () => number) {
    this.clock = clock;
  }
  begin(tenantId: string, tier: string): Decision {
    const plan = plans[tier];
    if (!plan) throw new Error(`unknown tier ${tier}`);
    const running = this.inFlight.get(tenantId) ?? 0;
    if (running >= plan.maxInFlight) return { allowed: false, reason: 'concurrency' };
    let bucket = this.buckets.get(tenantId);
    if (!bucket) this.buckets.set(tenantId, (bucket = new TokenBucket(plan, this.clock())));
    const wait = bucket.take(this.clock());
    if (wait > 0) return { allowed: false, reason: 'rate', retryAfterSec: wait };
    this.inFlight.set(tenantId, running + 1);
    return { allowed: true };
  }
  end(tenantId: string): void {
    this.inFlight.set(tenantId, (this.inFlight.get(tenantId) ?? 1) - 1);
  }
}

// A fake clock: the test moves time, so the result never depends on machine speed.
let nowMs = 0;
const limiter = new TenantLimiter(() => nowMs);

const summarise = (tenantId: string, tier: string, n: number, finish: boolean): string => {
  const counts: Record<string, number> = {};
  let retryAfter = 0;
  for (let i = 0; i < n; i++) {
    const d = limiter.begin(tenantId, tier);
    const label = d.allowed ? 'allowed' : `429 ${d.reason}`;
    counts[label] = (counts[label] ?? 0) + 1;
    if (d.retryAfterSec) retryAfter = d.retryAfterSec;
    if (d.allowed && finish) limiter.end(tenantId); // request completed at once
  }
  return `${tenantId.padEnd(7)} ${JSON.stringify(counts)}${retryAfter ? ` Retry-After: ${retryAfter}` : ''}`;
};

console.log('clock 0     ', summarise('bigco', 'free', 8, true)); // burst of 8 against capacity 5
console.log('clock 0     ', summarise('smallco', 'free', 3, true)); // its own bucket is untouched
nowMs += 2500;
console.log('clock 2500  ', summarise('bigco', 'free', 3, true)); // 2.5 tokens refilled
console.log('clock 2500  ', summarise('rich', 'enterprise', 30, true));
nowMs += 10_000;
// Slow requests that never finish within the test: the concurrency cap trips before the rate limit.
console.log('clock 12500 ', summarise('bigco', 'free', 4, false));
console.log('tracked tenants:', limiter.buckets.size);
