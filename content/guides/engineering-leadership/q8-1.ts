// On-call health from a page log: the numbers a Staff engineer brings to the rotation review.
interface Page { at: string; alert: string; actionable: boolean } // `at` in the rotation's local time

const pages: Page[] = [
  { at: '2026-11-02T03:12', alert: 'checkout-5xx-burn', actionable: true },
  { at: '2026-11-02T03:40', alert: 'disk-80-percent', actionable: false },
  { at: '2026-11-03T14:05', alert: 'checkout-5xx-burn', actionable: true },
  { at: '2026-11-04T02:30', alert: 'disk-80-percent', actionable: false },
  { at: '2026-11-04T23:55', alert: 'queue-lag', actionable: true },
  { at: '2026-11-05T01:10', alert: 'disk-80-percent', actionable: false },
  { at: '2026-11-05T04:45', alert: 'disk-80-percent', actionable: false },
  { at: '2026-11-06T10:20', alert: 'cert-expiry-14d', actionable: false },
  { at: '2026-11-07T02:05', alert: 'queue-lag', actionable: true },
];

const hour = (p: Page): number => Number(p.at.slice(11, 13));
const offHours = (p: Page): boolean => hour(p) < 8 || hour(p) >= 22; // sleep hours for this rotation
// Group pages into 12-hour shifts (08-20, 20-08) and count pages in the busiest one.
const shiftOf = (p: Page): string => {
  const day = Number(p.at.slice(8, 10));
  const h = hour(p);
  return h >= 8 && h < 20 ? `day ${day}` : `night ${h >= 20 ? day : day - 1}`;
};
const perShift = new Map<string, number>();
for (const p of pages) perShift.set(shiftOf(p), (perShift.get(shiftOf(p)) ?? 0) + 1);
const [busiestShift, busiestCount] = [...perShift].sort((a, b) => b[1] - a[1])[0] ?? ['none', 0];

const pct = (n: number): string => `${Math.round((100 * n) / pages.length)}%`;
console.log(`pages this week: ${pages.length}`);
console.log(`off-hours pages: ${pages.filter(offHours).length} (${pct(pages.filter(offHours).length)})`);
console.log(`actionable: ${pages.filter((p) => p.actionable).length} (${pct(pages.filter((p) => p.actionable).length)})`);
console.log(`busiest shift: ${busiestShift} with ${busiestCount} pages`);

// The noisiest alerts, and whether they ever needed a human: the first candidates to fix or delete.
const byAlert = new Map<string, { count: number; actionable: number }>();
for (const p of pages) {
  const entry = byAlert.get(p.alert) ?? { count: 0, actionable: 0 };
  entry.count += 1;
  entry.actionable += p.actionable ? 1 : 0;
  byAlert.set(p.alert, entry);
}
for (const [alert, { count, actionable }] of [...byAlert].sort((a, b) => b[1].count - a[1].count)) {
  const verdict = actionable === 0 ? 'never actionable: make it a ticket or delete it' : 'keep, and fix the cause';
  console.log(`  ${alert.padEnd(18)} ${count} page${count === 1 ? '' : 's'}, ${actionable} actionable -> ${verdict}`);
}
