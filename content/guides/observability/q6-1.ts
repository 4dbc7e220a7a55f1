interface Counts { valid: number; bad: number }

const WINDOW_DAYS = 30;
const windowMinutes = WINDOW_DAYS * 24 * 60; // 43,200

// Time-based view: how much full downtime each target allows per 30 days.
for (const slo of [0.99, 0.995, 0.999, 0.9995, 0.9999]) {
  const minutes = (1 - slo) * windowMinutes;
  console.log(`${(slo * 100).toFixed(2)}% -> ${minutes.toFixed(1)} min/30d (${(minutes / WINDOW_DAYS).toFixed(2)} min/day)`);
}

// Request-based SLI: good events / valid events (here: non-5xx responses faster than 300 ms).
const slo: number = 0.999;
const expectedRequests = 120_000_000; // forecast for the 30-day window
const budget = Math.round(expectedRequests * (1 - slo)); // bad requests we may "spend"
console.log(`\nSLO ${slo * 100}% over ${expectedRequests.toLocaleString('en-US')} requests -> budget ${budget.toLocaleString('en-US')} bad requests`);

// Day 12: normal traffic plus one 10-minute incident at 5% errors and 2,000 req/s.
const day = 12;
const baseline: Counts = { valid: 47_000_000, bad: 21_000 };
const incident: Counts = { valid: 10 * 60 * 2_000, bad: 10 * 60 * 2_000 * 0.05 };
const valid = baseline.valid + incident.valid;
const bad = baseline.bad + incident.bad;
const sli = 1 - bad / valid;
const spent = bad / budget;
console.log(`SLI so far: ${(sli * 100).toFixed(4)}% (${bad.toLocaleString('en-US')} bad of ${valid.toLocaleString('en-US')})`);
console.log(`budget spent: ${(spent * 100).toFixed(1)}% after ${((day / WINDOW_DAYS) * 100).toFixed(0)}% of the window`);
console.log(`incident burn rate: ${(0.05 / (1 - slo)).toFixed(0)}x (1x spends exactly the budget in 30 days)`);
console.log(`incident alone used ${((incident.bad / budget) * 100).toFixed(1)}% of the budget`);

const projected = bad + (expectedRequests - valid) * (baseline.bad / baseline.valid);
console.log(`projected at the baseline error rate: ${((projected / budget) * 100).toFixed(1)}% of budget by day ${WINDOW_DAYS}`);

// Policy: the remaining budget drives decisions, not the SLI itself.
const remaining = 1 - spent;
const policy: string = remaining > 0.5 ? 'ship normally' : remaining > 0.2 ? 'slow down: risky launches need sign-off' : 'freeze features, fix reliability';
console.log(`remaining ${(remaining * 100).toFixed(1)}% -> ${policy}`);
