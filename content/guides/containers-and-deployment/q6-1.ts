// Canary analysis: compare the canary with the baseline running at the same time, not with last week.
interface Cohort { requests: number; errors: number; p99Ms: number }
interface Verdict { decision: 'promote' | 'rollback' | 'wait'; reason: string }

// Two-proportion z-test: how many standard errors apart are the two error rates?
function zScore(a: Cohort, b: Cohort): number {
  const p1 = a.errors / a.requests;
  const p2 = b.errors / b.requests;
  const pooled = (a.errors + b.errors) / (a.requests + b.requests);
  const se = Math.sqrt(pooled * (1 - pooled) * (1 / a.requests + 1 / b.requests));
  return se === 0 ? 0 : (p2 - p1) / se;
}

function judge(baseline: Cohort, canary: Cohort, minRequests = 2000): Verdict {
  if (canary.requests < minRequests) return { decision: 'wait', reason: `only ${canary.requests} canary requests` };
  const z = zScore(baseline, canary);
  const rate = (c: Cohort): string => `${((c.errors / c.requests) * 100).toFixed(2)}%`;
  if (z > 3) return { decision: 'rollback', reason: `error rate ${rate(canary)} vs ${rate(baseline)} (z = ${z.toFixed(1)})` };
  if (canary.p99Ms > baseline.p99Ms * 1.2) return { decision: 'rollback', reason: `p99 ${canary.p99Ms} ms vs ${baseline.p99Ms} ms (limit: +20%)` };
  return { decision: 'promote', reason: `error rate ${rate(canary)} vs ${rate(baseline)} (z = ${z.toFixed(1)}), p99 within 20%` };
}

const baseline: Cohort = { requests: 95_000, errors: 190, p99Ms: 240 }; // 0.20% errors
const steps: Array<[string, Cohort]> = [
  ['5 minutes in', { requests: 800, errors: 4, p99Ms: 250 }],
  ['healthy canary', { requests: 5_000, errors: 12, p99Ms: 250 }],
  ['noisy but fine', { requests: 5_000, errors: 16, p99Ms: 245 }],
  ['real regression', { requests: 5_000, errors: 40, p99Ms: 250 }],
  ['slower release', { requests: 5_000, errors: 9, p99Ms: 330 }],
];
for (const [label, canary] of steps) {
  const { decision, reason } = judge(baseline, canary);
  console.log(label.padEnd(16), decision.padEnd(9), reason);
}
