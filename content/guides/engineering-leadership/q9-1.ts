// Error budget arithmetic behind a release policy: how much is left, how fast it burns, what the policy says.
interface Window { label: string; hours: number; requests: number; failed: number }

const SLO = 0.999; // 99.9% of requests succeed over a rolling 30 days
const PERIOD_HOURS = 30 * 24;
const month = { requests: 52_000_000, failed: 36_400 }; // the last 30 days
const recent: Window[] = [
  { label: 'last 1 h', hours: 1, requests: 80_000, failed: 1_200 },
  { label: 'last 6 h', hours: 6, requests: 470_000, failed: 3_100 },
];

const allowedFailures = month.requests * (1 - SLO);
const consumed = month.failed / allowedFailures;
console.log(`budget: ${Math.round(allowedFailures)} failed requests per 30 days, ${Math.round(consumed * 100)}% used`);

// Burn rate 1 means "on track to use exactly the whole budget in the period".
for (const w of recent) {
  const burn = w.failed / w.requests / (1 - SLO);
  const hoursToEmpty = ((1 - consumed) * PERIOD_HOURS) / burn;
  console.log(`${w.label}: burn rate ${burn.toFixed(1)}x, remaining budget gone in ${Math.round(hoursToEmpty)} h at this rate`);
}

// The policy the teams agreed in advance, applied mechanically.
function releasePolicy(usedFraction: number, fastBurn: number): string {
  if (fastBurn >= 14.4) return 'page now; stop deploys until the burn is below 1x';
  if (usedFraction >= 1) return 'budget exhausted: only fixes and reliability work ship until it recovers';
  if (usedFraction >= 0.75) return 'slow down: risky launches need a rollback plan and the SRE lead\'s sign-off';
  return 'normal: ship as usual';
}
const fastBurn = recent[0]!.failed / recent[0]!.requests / (1 - SLO);
console.log('policy:', releasePolicy(consumed, fastBurn));
console.log('policy once the burn is fixed:', releasePolicy(consumed, 0.5));
