interface Rule { name: string; long: number; short: number; factor: number }
interface Incident { lastMinutes: number; ratio: number; endedMinutesAgo?: number }

const SLO = 0.999;
const BUDGET = 1 - SLO; // 0.1% of requests may fail over 30 days
const HOUR = 60; // the timeline is one error ratio per minute, constant traffic assumed

// Google SRE workbook style: each rule needs a long AND a short window above the threshold.
const RULES: Rule[] = [
  { name: 'page: fast burn', long: 1 * HOUR, short: 5, factor: 14.4 }, // 2% of budget in 1h
  { name: 'page: slow burn', long: 6 * HOUR, short: 30, factor: 6 }, // 5% of budget in 6h
  { name: 'ticket', long: 72 * HOUR, short: 6 * HOUR, factor: 1 }, // 10% of budget in 3d
];

// Burn rate over the last `minutes`: observed error ratio divided by the budgeted ratio.
const burn = (series: number[], minutes: number): number => series.slice(-minutes).reduce((a, b) => a + b, 0) / minutes / BUDGET;

function timeline(incidents: Incident[]): number[] {
  const series: number[] = new Array<number>(72 * HOUR).fill(0.0002); // healthy baseline: 0.2x burn
  for (const { lastMinutes, ratio, endedMinutesAgo = 0 } of incidents) {
    const end = series.length - endedMinutesAgo;
    series.fill(ratio, end - lastMinutes, end);
  }
  return series;
}

const scenarios: Record<string, number[]> = {
  'outage: 20% errors for 10 min': timeline([{ lastMinutes: 10, ratio: 0.2 }]),
  '...same outage, recovered 15 min ago': timeline([{ lastMinutes: 10, ratio: 0.2, endedMinutesAgo: 15 }]),
  'degradation: 0.8% errors for 6 h': timeline([{ lastMinutes: 6 * HOUR, ratio: 0.008 }]),
  'leak: 0.2% errors for 2 days': timeline([{ lastMinutes: 48 * HOUR, ratio: 0.002 }]),
  'blip: 5% errors for 3 min': timeline([{ lastMinutes: 3, ratio: 0.05 }]),
};

console.log('burn over:'.padEnd(38), ['5m', '30m', '1h', '6h', '3d'].map((w) => w.padStart(6)).join(' '));
for (const [name, series] of Object.entries(scenarios)) {
  const fired = RULES.filter((r) => burn(series, r.long) > r.factor && burn(series, r.short) > r.factor).map((r) => r.name);
  const naive = burn(series, 5) * BUDGET > 0.01; // "error ratio > 1% over 5 minutes"
  const rates = [5, 30, HOUR, 6 * HOUR, 72 * HOUR].map((m) => burn(series, m).toFixed(1).padStart(6)).join(' ');
  console.log(name.padEnd(38), rates, '|', fired.join(', ') || 'no alert', '| naive 1% rule:', naive ? 'FIRES' : 'quiet');
}
